"""Hypothesis strategies for arbitrary XML documents written as text.

Unlike :mod:`strategies` (builder programs), these make documents the way people write them:
any layout, mixed content, comments, processing instructions, CDATA, character references,
entities for markup characters, either quote style, whitespace everywhere.
"""

from __future__ import annotations

from hypothesis import strategies as st

TAGS = ["Response", "Say", "Play", "Gather", "Dial", "Number", "Hangup", "Message", "Body",
        "break", "prosody", "emphasis", "say-as", "s", "Custom", "x"]
ATTRIBUTES = ["action", "method", "voice", "loop", "timeout", "callerId", "to", "from", "time",
              "url", "xml:space", "a", "b"]
WHITESPACE = st.text(" \t\n", max_size=4)
_CHARS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="<&]\r\ufffe\uffff" + "".join(chr(c) for c in range(0x20) if c not in (9, 10)),
)
WORDS = st.text(_CHARS, max_size=12)
REFERENCES = st.sampled_from(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#233;", "&#x1F600;",
                              "&#13;", "&#9;", "{{From}}", "{{#Dest}}", "{{/Dest}}"])
TEXT = st.lists(st.one_of(WORDS, REFERENCES, WHITESPACE), max_size=4).map("".join)


@st.composite
def attribute(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(ATTRIBUTES))
    value = draw(st.lists(st.one_of(WORDS.filter(lambda s: '"' not in s and "'" not in s),
                                    REFERENCES, st.sampled_from(["\n", "\t", " ", ">", "/>"])),
                          max_size=3).map("".join))
    if name == "xml:space":
        value = draw(st.sampled_from(["preserve", "default"]))
    quote = draw(st.sampled_from(['"', "'"]))
    value = value.replace(quote, "")
    return name, f"{name}={quote}{value}{quote}"


def misc() -> st.SearchStrategy[str]:
    """A comment, a processing instruction or a CDATA section."""
    comment = st.text(_CHARS, max_size=10).filter(lambda s: "--" not in s and not s.endswith("-"))
    return st.one_of(
        comment.map(lambda s: f"<!--{s}-->"),
        st.tuples(st.sampled_from(["app", "php-ish", "x-y"]), st.text(_CHARS, max_size=8))
        .filter(lambda t: "?>" not in t[1])
        .map(lambda t: f"<?{t[0]} {t[1]}?>"),
    )


@st.composite
def element(draw: st.DrawFn, depth: int = 4) -> str:
    tag = draw(st.sampled_from(TAGS))
    attrs = draw(st.lists(attribute(), max_size=3, unique_by=lambda a: a[0]))
    start = tag + "".join(draw(st.sampled_from([" ", "\n  ", "  "])) + a[1] for a in attrs)
    if depth <= 0 or draw(st.integers(0, 4)) == 0:
        empty = draw(st.sampled_from([f"<{start}/>", f"<{start} />", f"<{start}></{tag}>"]))
        return str(empty)
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 9))
        if kind < 5:
            parts.append(draw(element(depth - 1)))
        elif kind < 7:
            parts.append(draw(WHITESPACE))
        elif kind < 8:
            parts.append(draw(TEXT))
        elif kind < 9:
            parts.append(draw(misc()))
        else:
            cdata = draw(st.text(_CHARS, max_size=8))
            parts.append(f"<![CDATA[{cdata}]]>")
    return f"<{start}>{''.join(parts)}</{tag}>"


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A whole well-formed document, with whatever comes before and after its root."""
    declaration = draw(st.sampled_from([
        "", '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>',
        "<?xml version='1.0' encoding='utf-8' standalone='yes'?>",
    ]))
    before = draw(st.lists(st.tuples(WHITESPACE, misc()).map("".join), max_size=2))
    after = draw(st.lists(st.tuples(WHITESPACE, misc()).map("".join), max_size=2))
    ending = draw(WHITESPACE)
    lead = draw(st.sampled_from(["", "\n"])) if declaration else ""
    return declaration + lead + "".join(before) + draw(element()) + "".join(after) + ending
