"""Generated files match the vocabulary they are generated from."""

from __future__ import annotations

import pytest

from laml import vocabulary
from laml._codegen import ROOT, outputs


@pytest.mark.parametrize("path", sorted(outputs()), ids=lambda p: str(p.relative_to(ROOT)))
def test_generated_file_is_current(path: object) -> None:
    produce = outputs()[path]  # type: ignore[index]
    assert path.read_text(encoding="utf-8") == produce(), (  # type: ignore[attr-defined]
        f"{path} is out of date; run: python -m laml._codegen"
    )


def test_vocabulary_is_consistent() -> None:
    vocabulary._check()


def test_every_builder_class_is_declared() -> None:
    import laml.fax
    import laml.messaging
    import laml.voice

    for module, channel in ((laml.voice, "voice"), (laml.messaging, "messaging"), (laml.fax, "fax")):
        declared = {s.cls for s in vocabulary.channel_elements(channel)}  # type: ignore[arg-type]
        assert set(module.__all__) == declared
