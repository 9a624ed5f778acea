"""Writes the typed builder modules (``laml/voice.py`` ...) from :mod:`laml.vocabulary`.

Each element class gets a constructor and creator methods with an explicit, typed keyword for
every attribute (twilio's parameter order first, SignalWire-only ones keyword-only after them),
and one module-level *fill* function with straight-line code that sets the attributes in the
order twilio writes them (sorted by XML name). Straight-line code is what keeps building a tree
close to the cost of bare lxml calls.
"""

from __future__ import annotations

import keyword
from collections import defaultdict

from laml._codegen.annotations import description, read_annotation, reader, write_annotation
from laml._element import XML_NAMESPACE, Element
from laml.vocabulary import (
    SW,
    TW,
    Attr,
    Channel,
    Child,
    ElementSpec,
    Type,
    channel_elements,
)

HEADER = '''"""{title}

Generated from :mod:`laml.vocabulary` by ``python -m laml._codegen``: edit the vocabulary, not
this file. {dialect_note}
"""

from __future__ import annotations

{imports}

__all__ = [
{all_names}
]

_sub: Any = etree.SubElement
_CLASSES = ChannelClasses("{channel}")


class _{Channel}Element(Element):
    """Base of the {channel} element classes."""

    PARSER: ClassVar[object] = _CLASSES.parser
    _CHANNEL = "{channel}"
'''

TITLES = {
    "voice": "Voice documents: ``VoiceResponse`` and every voice verb, noun and SSML element.",
    "messaging": (
        "Messaging documents: ``MessagingResponse``, ``Message``, ``Body``, ``Media``, "
        "``Redirect``."
    ),
    "fax": "Fax documents: ``FaxResponse``, ``Receive`` and ``Reject``.",
}


def _body_annotation(spec: ElementSpec) -> str:
    """What a body argument takes: a fixed choice as a ``Literal``, else any text or number."""
    types = [spec.text] if spec.text is None or isinstance(spec.text, Type) else spec.text.values()
    choices = [t.values for t in types if t is not None and not t.union and not t.item]
    if choices and len(choices) == len(list(types)) and all(choices):
        return "Literal[" + ", ".join(f'"{v}"' for v in dict.fromkeys(sum(choices, ()))) + "]"
    return "BodyValue"


def _type_parts(t: Type) -> list[str]:
    if t.item is not None:
        items = _type_parts(t.item)
        return [*items, f"Sequence[{' | '.join(items)}]"]
    if t.sep == ",":
        return ["str", "Sequence[str]"]
    if "true" in t.values and "false" in t.values:
        return ["bool", "str"]
    if t.base == "integer":
        return ["int", "str"]
    if t.base == "decimal":
        return ["float", "int", "str"]
    parts = ["str"]
    for member in t.union:
        for part in _type_parts(member):
            if part not in parts:
                parts.append(part)
    return parts


def _type_parts_of(attr: Attr) -> set[str]:
    types = [attr.type] if isinstance(attr.type, Type) else list(attr.type.values())
    return {part for t in types for part in _type_parts(t)}


def _sep(attr: Attr) -> str:
    types = [attr.type] if isinstance(attr.type, Type) else list(attr.type.values())
    return "," if any(t.sep == "," for t in types) else " "


def _dialect_mark(dialects: frozenset[str]) -> str:
    if dialects == SW:
        return " (SignalWire only)"
    if dialects == TW:
        return " (Twilio only)"
    return ""


def _params(spec: ElementSpec, *, creator: bool) -> list[str]:
    """The parameters after ``self``: body, twilio's attributes, then the rest keyword-only."""
    params: list[str] = []
    if spec.body is not None:
        body = _body_annotation(spec)
        params.append(
            f"{spec.body}: {body}" if spec.body_required else f"{spec.body}: {body} | None = None"
        )
    shared = [a for a in spec.attrs if a.dialects != SW]
    extra = [a for a in spec.attrs if a.dialects == SW]
    if not creator:
        extra = shared + extra
        shared = []
    params.extend(f"{a.python}: {write_annotation(a)} = None" for a in shared)
    if extra:
        params.append("*")
        params.extend(f"{a.python}: {write_annotation(a)} = None" for a in extra)
    params.append("**kwargs: Unpack[NoExtraKeywords]")
    return params


def _fill_body(spec: ElementSpec, indent: str) -> list[str]:
    """Straight-line code setting the attributes (sorted by XML name), the text and extras.

    Runs in a ``try``; its ``except`` hands the error to :func:`laml._element.recover`, which
    calls the fill function again through a cleaning wrapper, or undoes the element.
    """
    lines = [f"{indent}try:"]
    for attr in sorted(spec.attrs, key=lambda a: a.xml):
        p = attr.python
        convert = f"_v({p})" if _sep(attr) == " " else f'_v({p}, ",")'
        kinds = _type_parts_of(attr)
        if "bool" in kinds:  # the common values first, without a call
            value = (
                f'"true" if {p} is True else "false" if {p} is False '
                f"else {p} if {p}.__class__ is str else {convert}"
            )
        elif "int" in kinds:
            value = (
                f"{p} if {p}.__class__ is str else str({p}) if {p}.__class__ is int else {convert}"
            )
        else:
            value = f"{p} if {p}.__class__ is str else {convert}"
        name = XML_NAMESPACE + attr.xml[4:] if attr.xml.startswith("xml:") else attr.xml
        lines.append(f"{indent}    if {p} is not None:")
        lines.append(f'{indent}        el.set("{name}", {value})')
    if spec.body is not None:
        b = spec.body
        lines.append(f"{indent}    if {b} is not None:")
        lines.append(f"{indent}        el.text = {b} if {b}.__class__ is str and {b} else _t({b})")
    lines.append(f"{indent}    if kwargs:")
    lines.append(f"{indent}        _extra(el, kwargs)")
    lines.append(f"{indent}except (ValueError, TypeError) as exc:")
    lines.extend(
        _wrap_call(f"{indent}    recover(el, exc, _fill_{spec.cls}, ", _arg_names(spec), ")")
    )
    return lines


def _fill_function(spec: ElementSpec) -> list[str]:
    names = _arg_names(spec)[:-1]
    params = ["el: Any", *(f"{n}: Any" for n in names), "kwargs: Mapping[str, object]"]
    return [*_wrap_call(f"def _fill_{spec.cls}(", params, ") -> None:"), *_fill_body(spec, "    ")]


def _arg_names(spec: ElementSpec) -> list[str]:
    return [*([spec.body] if spec.body else []), *(a.python for a in spec.attrs), "kwargs"]


def _wrap_call(
    head: str, items: list[str], tail: str, width: int = 99, sep: str = ", "
) -> list[str]:
    """``head`` + ``sep``-separated ``items`` + ``tail`` on one line, or one item per line."""
    one = head + sep.join(items) + tail
    if len(one) <= width:
        return [one]
    indent = " " * (len(head) - len(head.lstrip()))
    if sep == ", ":
        lines = [f"{indent}    {item}," for item in items]
    else:
        lines = [f"{indent}    {item}" for item in items]
        lines[1:] = [f"{indent}    {sep.strip()} {item.strip()}" for item in items[1:]]
    return [head.rstrip(), *lines, indent + tail.lstrip(",")]


def _docstring(spec: ElementSpec, indent: str) -> list[str]:
    lines = [f'{indent}"""<{spec.tag}>: {spec.doc}{_dialect_mark(spec.dialects)}']
    if spec.attrs:
        lines.append("")
        lines.append(f"{indent}Attributes (keyword → XML name):")
        lines.append("")
        for a in spec.attrs:
            doc = spec.notes.get(a.xml) or a.doc
            doc = f": {doc}" if doc else ""
            lines.append(f"{indent}* ``{a.python}`` → ``{a.xml}``{doc}{_dialect_mark(a.dialects)}")
    lines.append(f'{indent}"""')
    return lines


def _class(spec: ElementSpec, channel: Channel, specs: dict[str, ElementSpec]) -> list[str]:
    base = f"_{channel.capitalize()}Element"
    out = [f"class {spec.cls}({base}):"]
    out.extend(_docstring(spec, "    "))
    out.append("")
    out.append(f'    TAG: ClassVar[str] = "{spec.tag}"')
    known = ", ".join(f'"{a.xml}"' for a in spec.attrs)
    out.append(f"    _KNOWN = frozenset({{{known}}})" if known else "    _KNOWN = frozenset()")
    child_tags = sorted({specs[c.cls].tag for c in spec.children})
    tags = ", ".join(f'"{t}"' for t in child_tags)
    out.append(f"    _CHILDREN = frozenset({{{tags}}})" if tags else "    _CHILDREN = frozenset()")
    out.append(f"    _TEXT = {spec.takes_text}")
    if not spec.body_required:
        out.append("    _INIT_WITHOUT_ARGUMENTS = False")
    out.append("")
    if spec.kind == "root":
        out.append("    def __init__(self, **kwargs: Unpack[NoExtraKeywords]) -> None:")
        out.append("        if kwargs:")
        out.append("            _extra(self, kwargs)")
    else:
        out.extend(
            _wrap_call("    def __init__(", ["self", *_params(spec, creator=False)], ") -> None:")
        )
        out.extend(_wrap_call(f"        _fill_{spec.cls}(", ["self", *_arg_names(spec)], ")"))
    if spec.children:
        out.append("")
    for child in spec.children:
        assert not keyword.iskeyword(child.method), child.method
        out.append(f"    {child.method} = {_creator_name(child)}")
    out.extend(_child_types(spec))
    for attr in spec.attrs:
        out.extend(_accessor(spec, attr))
    return out


#: Names of the element API (laml's and lxml's) that a read accessor must not hide.
ELEMENT_API = frozenset(
    {
        *(name for name in vars(Element) if not name.startswith("_")),
        *("addnext", "addprevious", "append", "attrib", "base", "clear", "cssselect", "extend"),
        *("find", "findall", "findtext", "get", "getchildren", "getiterator", "getnext"),
        *("getparent", "getprevious", "getroottree", "index", "insert", "items", "iter"),
        *("iterancestors", "iterchildren", "iterdescendants", "iterfind", "itersiblings"),
        *("itertext", "keys", "makeelement", "nsmap", "prefix", "remove", "replace", "set"),
        *("sourceline", "tag", "tail", "text", "values", "xpath"),
    }
)


def accessor_name(spec: ElementSpec, attr: Attr) -> str:
    """The read accessor of ``attr``: its keyword, or ``<keyword>_attr`` where that is taken
    (``Parameter.name`` is twilio's tag name, ``ConversationRelay.language`` a creator)."""
    taken = ELEMENT_API | {c.method for c in spec.children}
    return f"{attr.python}_attr" if attr.python in taken else attr.python


def _accessor(spec: ElementSpec, attr: Attr) -> list[str]:
    name = accessor_name(spec, attr)
    doc = spec.notes.get(attr.xml) or attr.doc
    doc = f": {doc}" if doc else ""
    what = description(attr).replace('"', "'")
    return [
        "",
        "    @property",
        f"    def {name}(self) -> {read_annotation(attr)}:",
        f'        """``{attr.xml}``{doc}; ``None`` when absent."""',
        *_wrap_call(
            "        return _read(",
            ["self", f'"{attr.xml}"', reader(attr), f'"{what}"'],
            ")",
        ),
    ]


def _child_types(spec: ElementSpec) -> list[str]:
    """Typed iteration: the classes of the children the builder can add, and any others."""
    if not spec.children:
        return []
    classes = [*dict.fromkeys(c.cls for c in spec.children), "GenericNode"]
    nodes = [*classes, "Comment", "ProcessingInstruction"]
    return [
        "",
        "    if TYPE_CHECKING:",
        "",
        *_wrap_call("        def __iter__(self) -> Iterator[", nodes, "]: ...", sep=" | "),
        "",
        "        @property",
        *_wrap_call("        def verbs(self) -> list[", classes, "]: ...", sep=" | "),
    ]


def _creator_name(child: Child) -> str:
    return f"_add_{child.cls}" + ("_compat" if child.builder_only else "")


def _creator(child: Child, cspec: ElementSpec) -> list[str]:
    """The creator method of ``cspec``, shared by every parent that offers it.

    Its body is the fill code itself, not a call to the fill function: building a tree is
    mostly creator calls, and one call less per element is what keeps it near bare lxml.
    """
    name = _creator_name(child)
    note = _dialect_mark(cspec.dialects)
    if child.builder_only:
        note = " (kept for twilio compatibility; not valid there in any dialect)"
    out = _wrap_call(
        f"def {name}(", ["self: Element", *_params(cspec, creator=True)], f") -> {cspec.cls}:"
    )
    out.append(f'    """Add a <{cspec.tag}>: {cspec.doc}{note}"""')
    out.append(f'    el: {cspec.cls} = _sub(self, "{cspec.tag}")')
    out.extend(_fill_body(cspec, "    "))
    out.append("    return el")
    return out


def generate(channel: Channel) -> str:
    """The source of the builder module of ``channel``."""
    specs_list = channel_elements(channel)
    specs = {s.cls: s for s in specs_list}
    dialect_note = (
        "Classes and keywords marked *SignalWire only* or *Twilio only* belong to one dialect; "
        "the builder accepts both and validation tells them apart."
    )
    head = HEADER.format(
        title=TITLES[channel],
        dialect_note=dialect_note,
        all_names="\n".join(f'    "{s.cls}",' for s in sorted(specs_list, key=lambda s: s.cls)),
        channel=channel,
        Channel=channel.capitalize(),
        imports="{imports}",
    )
    body = "\n".join(out_body(specs_list, specs, channel))
    typing_names = ["TYPE_CHECKING", "Any"] + (["Literal"] if "Literal[" in body else [])
    imports = [f"from typing import {', '.join(typing_names)}", "", "from lxml import etree", ""]
    names = ["ChannelClasses", "Element", "recover"]
    if "BodyValue" in body:
        names.insert(0, "BodyValue")
    if "GenericNode" in body:
        names.append("GenericNode")
    imports.append(f"from laml._element import {', '.join(sorted(names))}")
    imports.append("from laml._element import attr_value as _v")
    if "_t(" in body:
        imports.append("from laml._element import body_text as _t")
    if "_read(" in body:
        imports.append("from laml._element import read_attribute as _read")
    imports.append("from laml._element import set_extra as _extra")
    imports += ["", "if TYPE_CHECKING:"]
    abc = [n for n in ("Iterator", "Mapping", "Sequence") if f"{n}[" in body]
    if abc:
        imports.append(f"    from collections.abc import {', '.join(abc)}")
    imports.append("    from typing import ClassVar, Unpack")
    imports.append("")
    node_names = ["Comment", "ProcessingInstruction"] if "Comment" in body else []
    names = sorted([*node_names, "NoExtraKeywords"])
    imports.append(f"    from laml._element import {', '.join(names)}")
    return head.replace("{imports}", "\n".join(imports)) + "\n" + body + "\n"


def out_body(
    specs_list: tuple[ElementSpec, ...], specs: dict[str, ElementSpec], channel: Channel
) -> list[str]:
    """Fill functions, classes and the class registration of one channel module."""
    out: list[str] = []
    for spec in specs_list:
        if spec.kind != "root":
            out.append("")
            out.extend(_fill_function(spec))
            out.append("")
    creators: dict[str, Child] = {}
    for spec in specs_list:
        for child in spec.children:
            creators.setdefault(_creator_name(child), child)
    for _name, child in sorted(creators.items()):
        out.append("")
        out.extend(_creator(child, specs[child.cls]))
        out.append("")
    for spec in specs_list:
        out.append("")
        out.extend(_class(spec, channel, specs))
        out.append("")
    # tags shared by several classes: the class depends on the parent's tag
    by_tag: dict[str, list[ElementSpec]] = defaultdict(list)
    for spec in specs_list:
        by_tag[spec.tag].append(spec)
    shared: dict[str, dict[str | None, str]] = {}
    for tag, group in by_tag.items():
        if len(group) < 2:
            continue
        default = next((s.cls for s in group if s.cls == tag), group[0].cls)
        table: dict[str | None, str] = {None: default}
        for parent in specs_list:
            for c in parent.children:
                if specs[c.cls].tag == tag and c.cls != default:
                    table[parent.tag] = c.cls
        shared[tag] = table
    out.append("")
    out.extend(
        _wrap_call(
            "_CLASSES.register(", [f"({', '.join(s.cls for s in specs_list)},)", repr(shared)], ")"
        )
    )
    return out
