"""Running a document: its verbs top to bottom, as the platform runs them, on a virtual clock.

:func:`run_document` returns what comes after the document: a :class:`~laml.simulate._session.Goto`
(request another document), a :class:`~laml.simulate._session.Stop` (the call ends) or None (it
ran out of verbs: the platform hangs up). It is a generator: a verb that waits for the caller
(``<Gather>``, ``<Record>``, a ``<Say loop="0">``) yields a :class:`~laml.simulate._session.Wait`
and receives the caller's input (``None`` when the script has no more: the caller stays silent,
and hangs up where only hanging up ends the verb). The messaging and fax verbs are here; the
voice verbs in :mod:`laml.simulate._voice` and :mod:`laml.simulate._dial`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, TypeAlias

from laml.simulate._dial import dial, enqueue, leave
from laml.simulate._events import MessageEvent, ReceiveEvent
from laml.simulate._script import Input
from laml.simulate._session import (
    FOREVER,
    Goto,
    Session,
    Step,
    Stop,
    Wait,
    all_text,
    children,
    int_attr,
    method_attr,
    text_of,
)
from laml.simulate._voice import VOICE, VOICE_WAITING, forever, redirect, reject
from laml.webhooks import FaxResult, MessageStatusCallback

if TYPE_CHECKING:
    from laml._element import PlainElement as Element
    from laml.simulate._answer import Loaded

__all__ = ["run_document"]

Executor: TypeAlias = Callable[[Session, "Element"], Step]
Waiting: TypeAlias = Callable[[Session, "Element"], Generator[Wait, Input | None, Step]]

# ------------------------------------------------------------------------------ messaging, fax


def _message(s: Session, el: Element) -> Step:
    to = (el.get("to") or "").strip() or s.identity["from_"]
    sender = (el.get("from") or "").strip() or s.identity["to"]
    bodies = [c for c in children(el) if c.tag == "Body"]
    media = tuple(text_of(c) for c in children(el) if c.tag == "Media")
    body = ("".join(all_text(b) for b in bodies) if bodies or media else all_text(el)).strip()
    sid = s.new_sid("MM" if media else "SM")
    s.emit(MessageEvent(at=s.clock, to=to, from_=sender, body=body, media=media,
                        action=(el.get("action") or "").strip() or None, method=method_attr(el)))
    status = s.callback_params(
        MessageStatusCallback, message_sid=sid, message_status="sent",
        account_sid=s.identity["account_sid"], from_=sender, to=to, body=body,
        num_media=len(media))
    callback = s.target(el, "statusCallback")
    if isinstance(callback, str):
        s.notify("Message statusCallback", callback, "POST", status)
    action = s.target(el)
    if action is None or isinstance(action, Stop):
        return action
    return Goto("Message action", action, method_attr(el), status)


def _receive(s: Session, el: Element) -> Step:
    media_type = el.get("mediaType") or "application/pdf"
    s.emit(ReceiveEvent(at=s.clock, media_type=media_type, page_size=el.get("pageSize") or "letter",
                        pages=1, action=(el.get("action") or "").strip() or None,
                        method=method_attr(el)))
    s.clock += 30.0
    action = s.target(el)
    if action is None or isinstance(action, Stop):
        return action
    fax = s.identity["fax_sid"]
    suffix = "pdf" if media_type == "application/pdf" else "tiff"
    return Goto("Receive action", action, method_attr(el), s.params(
        FaxResult, fax_status="received", num_pages=1,
        media_url=f"https://example.com/faxes/{fax}.{suffix}",
        remote_station_id=s.identity["from_"]))


# ------------------------------------------------------------------------------ documents

_VOICE: dict[str, Executor] = {**VOICE, "Dial": dial, "Leave": leave}
_VOICE_WAITING: dict[str, Waiting] = {**VOICE_WAITING, "Enqueue": enqueue}
_MESSAGING: dict[str, Executor] = {"Message": _message, "Redirect": redirect}
_FAX: dict[str, Executor] = {"Receive": _receive, "Reject": reject}
_TABLES: dict[str, tuple[dict[str, Executor], dict[str, Waiting]]] = {
    "voice": (_VOICE, _VOICE_WAITING),
    "messaging": (_MESSAGING, {}),
    "fax": (_FAX, {}),
}


def run_document(s: Session, loaded: Loaded, url: str) -> Generator[Wait, Input | None, Step]:
    """Run the verbs of ``loaded`` (fetched from ``url``); what comes after it."""
    root = loaded.document.root
    assert root is not None
    s.url = url
    if s.channel == "voice":
        s.status = "in-progress"
    simple, waiting = _TABLES[s.channel]
    for el in children(root):
        s.steps += 1
        if s.steps > s.limits.max_steps:
            return Stop("step-limit", message=f"more than {s.limits.max_steps} steps")
        tag = str(el.tag)
        step: Step
        if tag in ("Say", "Play") and s.channel == "voice" and int_attr(el, "loop", 1) == FOREVER:
            step = yield from forever(s, el)
        elif tag in waiting:
            step = yield from waiting[tag](s, el)
        elif tag in simple:
            step = simple[tag](s, el)
        else:
            return Stop("error", 12200, f"<{tag}> cannot run in a {s.channel} document")
        if s.clock > s.limits.max_duration:
            return Stop("time-limit",
                        message=f"the call lasted more than {s.limits.max_duration:g} s")
        if step is not None:
            return step
    return None
