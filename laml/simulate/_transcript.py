"""A simulated call as a log a person reads: requests, what the caller heard and did, the end.

::

    [00:00.0] call: POST http://localhost/voice -> 200
    [00:00.0] Say "Thanks for calling Acme. For sales, press 1 or say sales." (inside Gather)
    [00:07.6] Gather dtmf speech: caller pressed 1
    [00:07.6] Gather action: POST http://localhost/voice/menu [Digits=1] -> 200
    [00:07.6] Say "Connecting you to sales."
    [00:08.6] Dial +14155550101 (answered): completed, talked 30s
    [00:43.6] ended: completed: the document ran out of verbs: the platform hangs up
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from laml.simulate._events import Event
from laml.simulate._request import Request

if TYPE_CHECKING:
    from laml.simulate._call import Call

__all__ = ["clock", "transcript"]


def clock(seconds: float) -> str:
    """``seconds`` as ``[mm:ss.s]`` (``[h:mm:ss.s]`` past an hour)."""
    tenths = round(seconds * 10)
    minutes, rest = divmod(tenths, 600)
    hours, minutes = divmod(minutes, 60)
    text = f"{minutes:02d}:{rest // 10:02d}.{rest % 10}"
    return f"[{hours}:{text}]" if hours else f"[{text}]"


def transcript(call: Call) -> str:
    """The log of ``call``: one line per request and event, findings indented under their
    request, then how the call ended (or what it waits for)."""
    lines: list[str] = []
    for item in call.session.log:
        if isinstance(item, Request):
            lines.append(f"{clock(item.at)} {item.describe()}")
            for redirect in item.redirects:
                lines.append(f"{' ' * 10}   redirected to {redirect}")
            for d in item.diagnostics:
                if d.severity == "info":
                    continue
                lines.append(f"{' ' * 10}   {d.severity} {d.code} {d.line}:{d.column} {d.message}")
        elif isinstance(item, Event):
            inside = getattr(item, "inside", None)
            where = f" (inside {inside})" if inside else ""
            lines.append(f"{clock(item.at)} {item.describe()}{where}")
        else:
            lines.append(f"{clock(item.at)} {item.describe()}")
    if call.ended is None and call.waiting is not None:
        lines.append(f"{clock(call.waiting.at)} waiting at <{call.waiting.verb}> for "
                     f"{call.waiting.expects}")
    return "\n".join(lines)
