"""Writes the XSD 1.0 schemas in ``schemas/`` from :mod:`laml.vocabulary`.

One shared base and one folder per dialect, all from the same declarations:

* ``common.xsd``: the simple types shared by name (``Boolean``, ``Method``, ``Url`` ...);
* ``xml.xsd``: the ``xml:lang`` attribute of the XML namespace (imported by the SSML schema);
* ``<dialect>/voice.xsd``, ``messaging.xsd``, ``fax.xsd``: ``<Response>`` and every element of
  the channel; ``<dialect>/ssml.xsd``: the SSML elements of ``<Say>`` (included by voice).

Every element class becomes a named complex type with the class's name; elements are declared
locally inside their parents' content models, so a tag may have different types in different
places (``<Sip>`` in ``<Dial>`` and in ``<Refer>``) and only ``<Response>`` can be the root.
Child counts become counted particles: ``F* (C F*){min,max}`` for one counted child ``C`` among
free children ``F``; a child that must be alone becomes its own branch of a choice.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from xml.sax.saxutils import escape, quoteattr

from laml.vocabulary import (
    CHANNELS,
    DIALECTS,
    Attr,
    Channel,
    Child,
    Dialect,
    ElementSpec,
    Type,
    channel_elements,
)

XS = "http://www.w3.org/2001/XMLSchema"
XML_NS = "http://www.w3.org/XML/1998/namespace"
HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<!-- Generated from laml/vocabulary.py by `python -m laml._codegen`: edit the vocabulary,"
    " not this file. -->\n"
)
#: The content of an element that takes neither text nor children: white space only.
BLANK = "Blank"


def _q(value: object) -> str:
    return quoteattr(str(value))


def _doc(text: str, indent: str) -> list[str]:
    if not text:
        return []
    return [
        f"{indent}<xs:annotation><xs:documentation>{escape(text)}</xs:documentation>"
        "</xs:annotation>"
    ]


def _number(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


# --------------------------------------------------------------------------- simple types


def simple_type(t: Type, indent: str, name: str | None = None, doc: str = "") -> list[str]:
    """An ``xs:simpleType`` declaring ``t`` (named ``name``, or anonymous)."""
    head = f"{indent}<xs:simpleType" + (f" name={_q(name)}" if name else "") + ">"
    inner = indent + "  "
    out = [head, *_doc(doc, inner)]
    if t.union:
        named = [m.xsd_name for m in t.union if m.xsd_name]
        anonymous = [m for m in t.union if not m.xsd_name]
        attr = f" memberTypes={_q(' '.join(named))}" if named else ""
        if anonymous:
            out.append(f"{inner}<xs:union{attr}>")
            for member in anonymous:
                out.extend(simple_type(member, inner + "  "))
            out.append(f"{inner}</xs:union>")
        else:
            out.append(f"{inner}<xs:union{attr}/>")
    elif t.item is not None:
        # a list of at least one item
        out.append(f"{inner}<xs:restriction>")
        out.append(f"{inner}  <xs:simpleType>")
        if t.item.xsd_name:
            out.append(f"{inner}    <xs:list itemType={_q(t.item.xsd_name)}/>")
        else:
            out.append(f"{inner}    <xs:list>")
            out.extend(simple_type(t.item, inner + "      "))
            out.append(f"{inner}    </xs:list>")
        out.append(f"{inner}  </xs:simpleType>")
        out.append(f'{inner}  <xs:minLength value="1"/>')
        out.append(f"{inner}</xs:restriction>")
    else:
        facets = list(_facets(t))
        if facets:
            out.append(f"{inner}<xs:restriction base={_q('xs:' + t.base)}>")
            out.extend(f"{inner}  {f}" for f in facets)
            out.append(f"{inner}</xs:restriction>")
        else:
            out.append(f"{inner}<xs:restriction base={_q('xs:' + t.base)}/>")
    out.append(f"{indent}</xs:simpleType>")
    return out


def _facets(t: Type) -> Iterator[str]:
    if t.min_length is not None:
        yield f'<xs:minLength value="{t.min_length}"/>'
    if t.max_length is not None:
        yield f'<xs:maxLength value="{t.max_length}"/>'
    if t.min is not None:
        yield f'<xs:minInclusive value="{_number(t.min)}"/>'
    if t.max is not None:
        yield f'<xs:maxInclusive value="{_number(t.max)}"/>'
    if t.pattern is not None:
        yield f"<xs:pattern value={_q(t.pattern)}/>"
    for value in t.values:
        yield f"<xs:enumeration value={_q(value)}/>"


def _named_types(t: Type) -> Iterator[Type]:
    """``t`` and the types inside it that are declared once by name."""
    if t.xsd_name:
        yield t
    for member in t.union:
        yield from _named_types(member)
    if t.item is not None:
        yield from _named_types(t.item)


def shared_types() -> dict[str, Type]:
    """Every named simple type of the vocabulary, by XSD name."""
    found: dict[str, Type] = {}
    for channel in CHANNELS:
        for spec in channel_elements(channel):
            types: list[Type] = []
            for attr in spec.attrs:
                types.extend(attr.type_in(d) for d in attr.dialects)
            if spec.takes_text:
                types.extend(spec.text_type_in(d) for d in spec.dialects)
            for t in types:
                for named in _named_types(t):
                    assert named.xsd_name is not None
                    known = found.setdefault(named.xsd_name, named)
                    if known != named:
                        raise ValueError(f"two different types are named {named.xsd_name}")
    return dict(sorted(found.items()))


def common() -> str:
    """``schemas/common.xsd``."""
    out = [
        HEADER.rstrip("\n"),
        f'<xs:schema xmlns:xs="{XS}">',
        *_doc(
            "Simple types shared by every channel and dialect of Compatibility XML (LaML / "
            "TwiML). Included by the channel schemas; it has no target namespace.",
            "  ",
        ),
    ]
    blank = Type("white space only", pattern="[ \t\r\n]*")
    for name, t in [(BLANK, blank), *shared_types().items()]:
        out.append("")
        out.extend(simple_type(t, "  ", name, t.name))
    out.append("</xs:schema>")
    return "\n".join(out) + "\n"


def _xml_lang_type() -> Type:
    types = {
        attr.type_in(d)
        for channel in CHANNELS
        for spec in channel_elements(channel)
        for attr in spec.attrs
        if attr.xml == "xml:lang"
        for d in attr.dialects
    }
    if len(types) != 1:
        raise ValueError("xml:lang must have one type in every dialect")
    return types.pop()


def xml_namespace() -> str:
    """``schemas/xml.xsd``: ``xml:lang``, so that schemas can refer to it without the network."""
    t = _xml_lang_type()
    out = [
        HEADER.rstrip("\n"),
        f'<xs:schema xmlns:xs="{XS}" targetNamespace="{XML_NS}">',
        *_doc("The xml:lang attribute of the XML namespace, as SSML <lang> uses it.", "  "),
        '  <xs:attribute name="lang">',
        *_doc(t.name, "    "),
        *simple_type(t, "    "),
        "  </xs:attribute>",
    ]
    out.append("</xs:schema>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- complex types


def _attribute(attr: Attr, dialect: Dialect, doc: str, indent: str) -> list[str]:
    if attr.xml.startswith("xml:"):
        use = ' use="required"' if attr.required else ""
        return [f"{indent}<xs:attribute ref={_q(attr.xml)}{use}/>"]
    t = attr.type_in(dialect)
    use = ' use="required"' if attr.required else ""
    if t.xsd_name:
        if not doc:
            return [f"{indent}<xs:attribute name={_q(attr.xml)} type={_q(t.xsd_name)}{use}/>"]
        return [
            f"{indent}<xs:attribute name={_q(attr.xml)} type={_q(t.xsd_name)}{use}>",
            *_doc(doc, indent + "  "),
            f"{indent}</xs:attribute>",
        ]
    return [
        f"{indent}<xs:attribute name={_q(attr.xml)}{use}>",
        *_doc(doc, indent + "  "),
        *simple_type(t, indent + "  "),
        f"{indent}</xs:attribute>",
    ]


def _occurs(lo: int, hi: int | None) -> str:
    text = "" if lo == 1 else f' minOccurs="{lo}"'
    if hi is None:
        return text + ' maxOccurs="unbounded"'
    return text + ("" if hi == 1 else f' maxOccurs="{hi}"')


def _element(tag: str, cls: str, indent: str, lo: int = 1, hi: int | None = 1) -> str:
    return f"{indent}<xs:element name={_q(tag)} type={_q(cls)}{_occurs(lo, hi)}/>"


def content_model(
    children: list[tuple[Child, ElementSpec]], dialect: Dialect, indent: str
) -> list[str]:
    """The particle of a parent whose allowed children are ``children``."""
    alone = [(c, s) for c, s in children if dialect in c.alone]
    rest = [(c, s) for c, s in children if dialect not in c.alone]
    counted = [(c, s) for c, s in rest if c.max_in(dialect) is not None or c.min]
    free = [(c, s) for c, s in rest if (c, s) not in counted]
    if len(counted) > 1:
        raise ValueError("at most one counted child per parent (besides children that are alone)")

    def free_choice(ind: str) -> list[str]:
        if not free:
            return []
        if len(free) == 1:
            return [_element(free[0][1].tag, free[0][1].cls, ind, 0, None)]
        return [
            f'{ind}<xs:choice minOccurs="0" maxOccurs="unbounded">',
            *(_element(s.tag, s.cls, ind + "  ") for _, s in free),
            f"{ind}</xs:choice>",
        ]

    def rest_model(ind: str) -> list[str]:
        if not counted:
            return free_choice(ind)
        c, s = counted[0]
        hi, least = c.max_in(dialect), c.min
        if not free:
            return [_element(s.tag, s.cls, ind, least, hi)]
        return [
            f"{ind}<xs:sequence>",
            *free_choice(ind + "  "),
            f"{ind}  <xs:sequence{_occurs(least, hi)}>",
            _element(s.tag, s.cls, ind + "    "),
            *free_choice(ind + "    "),
            f"{ind}  </xs:sequence>",
            f"{ind}</xs:sequence>",
        ]

    if not alone:
        model = rest_model(indent)
        if len(model) == 1:  # a lone element particle needs a group around it
            model = [f"{indent}<xs:sequence>", *rest_model(indent + "  ")]
            model.append(f"{indent}</xs:sequence>")
        return model
    out = [f"{indent}<xs:choice>" if rest else f'{indent}<xs:choice minOccurs="0">']
    for c, s in alone:
        out.append(_element(s.tag, s.cls, indent + "  ", max(c.min, 1), c.max_in(dialect)))
    if rest:
        out.extend(rest_model(indent + "  "))
    out.append(f"{indent}</xs:choice>")
    return out


def text_type_name(spec: ElementSpec, dialect: Dialect) -> tuple[str, Type | None]:
    """The name of the simple type of ``spec``'s text, and the type when it must be declared."""
    t = spec.text_type_in(dialect)
    if t.xsd_name:
        return t.xsd_name, None
    return f"{spec.cls}Text", t


def complex_type(
    spec: ElementSpec, dialect: Dialect, specs: dict[str, ElementSpec], indent: str = "  "
) -> list[str]:
    """The named complex type (and, when needed, the simple type of its text) of ``spec``."""
    children = [
        (c, specs[c.cls]) for c in spec.children_in(dialect) if dialect in specs[c.cls].dialects
    ]
    attrs = list(spec.attrs_in(dialect))
    inner = indent + "  "
    out: list[str] = []
    if not children:
        if spec.takes_text:
            base, declare = text_type_name(spec, dialect)
            if declare is not None:
                out.extend(simple_type(declare, indent, base, declare.name))
                out.append("")
        else:
            base = BLANK
        out.append(f"{indent}<xs:complexType name={_q(spec.cls)}>")
        out.extend(_doc(spec.doc, inner))
        out.append(f"{inner}<xs:simpleContent>")
        if attrs:
            out.append(f"{inner}  <xs:extension base={_q(base)}>")
            for a in attrs:
                out.extend(_attribute(a, dialect, spec.notes.get(a.xml) or a.doc, inner + "    "))
            out.append(f"{inner}  </xs:extension>")
        else:
            out.append(f"{inner}  <xs:extension base={_q(base)}/>")
        out.append(f"{inner}</xs:simpleContent>")
        out.append(f"{indent}</xs:complexType>")
        return out
    mixed = ' mixed="true"' if spec.takes_text else ""
    out.append(f"{indent}<xs:complexType name={_q(spec.cls)}{mixed}>")
    out.extend(_doc(spec.doc, inner))
    out.extend(content_model(children, dialect, inner))
    for a in attrs:
        out.extend(_attribute(a, dialect, spec.notes.get(a.xml) or a.doc, inner))
    out.append(f"{indent}</xs:complexType>")
    return out


def _schema(doc: str, includes: list[str], imports: list[str], body: list[str]) -> str:
    out = [HEADER.rstrip("\n"), f'<xs:schema xmlns:xs="{XS}">', *_doc(doc, "  ")]
    out.extend(f"  <xs:include schemaLocation={_q(loc)}/>" for loc in includes)
    out.extend(
        f"  <xs:import namespace={_q(XML_NS)} schemaLocation={_q(loc)}/>" for loc in imports
    )
    out.extend(body)
    out.append("</xs:schema>")
    return "\n".join(out) + "\n"


_DIALECT_NAMES = {
    "signalwire": "LaML, SignalWire's Compatibility XML",
    "twilio": "TwiML as the twilio 9.13 library builds it",
}


def channel_schema(channel: Channel, dialect: Dialect) -> str:
    """``schemas/<dialect>/<channel>.xsd``: the root and every non-SSML element."""
    all_specs = channel_elements(channel)
    specs = {s.cls: s for s in all_specs}
    root = all_specs[0]
    names = {s.cls for s in all_specs} | set(shared_types()) | {BLANK}
    if len(names) != len(all_specs) + len(shared_types()) + 1:
        raise ValueError(f"a {channel} class has the name of a shared type")
    body = ["", f"  <xs:element name={_q(root.tag)} type={_q(root.cls)}/>"]
    has_ssml = False
    for spec in all_specs:
        if dialect not in spec.dialects:
            continue
        if spec.kind == "ssml":
            has_ssml = True
            continue
        body.append("")
        body.extend(complex_type(spec, dialect, specs))
    includes = ["../common.xsd"] + (["ssml.xsd"] if has_ssml else [])
    doc = f"{channel.capitalize()} documents of {_DIALECT_NAMES[dialect]} (dialect {dialect})."
    return _schema(doc, includes, [], body)


def ssml_schema(dialect: Dialect) -> str:
    """``schemas/<dialect>/ssml.xsd``: the SSML elements inside ``<Say>``."""
    all_specs = channel_elements("voice")
    specs = {s.cls: s for s in all_specs}
    body: list[str] = []
    imports: list[str] = []
    for spec in all_specs:
        if spec.kind != "ssml" or dialect not in spec.dialects:
            continue
        if any(a.xml.startswith("xml:") for a in spec.attrs_in(dialect)):
            imports = ["../xml.xsd"]
        body.append("")
        body.extend(complex_type(spec, dialect, specs))
    doc = f"SSML inside <Say> in {_DIALECT_NAMES[dialect]} (dialect {dialect})."
    return _schema(doc, ["../common.xsd"], imports, body)


@functools.cache
def files() -> dict[str, str]:
    """Every schema file, by path relative to ``schemas/``, with its text."""
    out = {"common.xsd": common(), "xml.xsd": xml_namespace()}
    for dialect in DIALECTS:
        for channel in CHANNELS:
            out[f"{dialect}/{channel}.xsd"] = channel_schema(channel, dialect)
        out[f"{dialect}/ssml.xsd"] = ssml_schema(dialect)
    return out
