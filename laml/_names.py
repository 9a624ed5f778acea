"""Builder keywords and XML attribute names, both ways (twilio's mapping)."""

from __future__ import annotations

import re

__all__ = ["python_to_xml", "xml_to_python"]

_SPECIAL_NAMES = {
    "from_": "from",
    "xml_lang": "xml:lang",
    "interpret_as": "interpret-as",
    "for_": "for",
    "break_": "break",
}
_SPECIAL_XML = {xml: python for python, xml in _SPECIAL_NAMES.items()}
_UPPER = re.compile("([A-Z])")


def python_to_xml(name: str) -> str:
    """Map a builder keyword to its XML attribute name, exactly as twilio does.

    ``from_`` → ``from``, ``xml_lang`` → ``xml:lang``, ``interpret_as`` → ``interpret-as``,
    ``for_`` → ``for``; otherwise snake_case → lowerCamel (a name without ``_`` is kept).
    """
    name = _SPECIAL_NAMES.get(name, name)
    if "_" not in name:
        return name
    camel = name.title().replace("_", "")  # (what title-casing each part and joining gives)
    return camel[:1].lower() + camel[1:]


def xml_to_python(name: str) -> str:
    """The builder keyword of XML attribute ``name``: ``callerId`` → ``caller_id``."""
    special = _SPECIAL_XML.get(name)
    if special is not None:
        return special
    return _UPPER.sub(lambda m: "_" + m.group(1).lower(), name)
