"""A child of a plain element may be a comment: narrow it before asking for its path."""

from laml.document import load

doc = load("<Response><!-- hi --><Say>Hi</Say></Response>")
if doc.root is not None:
    for node in doc.root:
        print(doc.path(node))  # error
