"""The static flow of a call: documents as nodes, ``action`` and ``<Redirect>`` edges labelled
with the input that takes them, dead ends and unreachable documents marked.

:func:`crawl` requests each document as the platform would and follows every URL it holds, for
every branch: each key (and each ``hints`` phrase) a ``<Gather>`` takes, each way a ``<Dial>``
ends, a recording, a payment that succeeds or fails, ... The same URL answering different
documents for different inputs (an app's menu choice) gives one node per document. A request
that fails (a missing document, an invalid one, an HTTP error) is a dead end. For a folder, the
documents nothing leads to from the entry are unreachable.

>>> from laml.simulate import Simulator
>>> sim = Simulator({"/voice": '<Response><Gather numDigits="1" action="/menu"/></Response>',
...                  "/menu": "<Response><Hangup/></Response>"})
>>> print(crawl(sim, ["/voice"]).to_mermaid())  # doctest: +NORMALIZE_WHITESPACE
flowchart TD
    n1["/voice<br/>Gather"]
    n2["/menu<br/>Hangup"]
    n1 -->|"any key"| n2
    class n1 entry
    classDef entry stroke-width:3px
    classDef dead fill:#fdd,stroke:#c00,color:#900
    classDef unreachable fill:#eee,stroke:#999,stroke-dasharray:4 3,color:#777
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from laml._json import JSON
from laml.simulate._exchange import exchange
from laml.simulate._fetch import Folder
from laml.simulate._session import Goto, Session, bool_attr, children, int_attr, method_attr
from laml.webhooks import (
    DialResult,
    EnqueueResult,
    FaxResult,
    GatherResult,
    MessageStatusCallback,
    PayResult,
    QueueWait,
    RecordResult,
    ReferResult,
    SmsVerbResult,
)

if TYPE_CHECKING:
    from laml._element import PlainElement
    from laml.simulate._simulator import Simulator

__all__ = ["Edge", "Graph", "Node", "crawl"]

Channel = Literal["voice", "messaging", "fax"]
_KEYS = "0123456789*#"


@dataclass(frozen=True, slots=True)
class Node:
    """A document (one URL, one answer), or a request that found none (``error``)."""

    id: str
    url: str
    label: str
    #: the verbs of the document, in order
    verbs: tuple[str, ...] = ()
    #: why this is a dead end: the request failed, or the document is not valid
    error: str | None = None
    entry: bool = False
    unreachable: bool = False


@dataclass(frozen=True, slots=True)
class Edge:
    """From one document to the next, with the input or event that takes the call there."""

    source: str
    target: str
    label: str


def _mermaid_text(text: str) -> str:
    return (text.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;")
            .replace(">", "#gt;"))


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


@dataclass(frozen=True, slots=True)
class Graph:
    """The nodes and edges of a call flow (``truncated`` when the crawl hit its budget)."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    truncated: bool = False

    def _lines(self, node: Node) -> list[str]:
        lines = [node.label]
        if node.error:
            lines.append(node.error if len(node.error) <= 60 else node.error[:59] + "…")
        elif node.verbs:
            lines.append(", ".join(node.verbs))
        return lines

    def to_mermaid(self) -> str:
        """A Mermaid flowchart (renders on GitHub, GitLab and in many editors)."""
        out = ["flowchart TD"]
        for node in self.nodes:
            text = "<br/>".join(_mermaid_text(line) for line in self._lines(node))
            shape = f'(["{text}"])' if node.error else f'["{text}"]'
            out.append(f"    {node.id}{shape}")
        for edge in self.edges:
            out.append(f'    {edge.source} -->|"{_mermaid_text(edge.label)}"| {edge.target}')
        for cls in ("entry", "dead", "unreachable"):
            ids = [n.id for n in self.nodes if _classes(n).get(cls)]
            if ids:
                out.append(f"    class {','.join(ids)} {cls}")
        out += [
            "    classDef entry stroke-width:3px",
            "    classDef dead fill:#fdd,stroke:#c00,color:#900",
            "    classDef unreachable fill:#eee,stroke:#999,stroke-dasharray:4 3,color:#777",
        ]
        if self.truncated:
            out.append("    %% the crawl stopped at its budget: some branches are not shown")
        return "\n".join(out)

    def to_dot(self) -> str:
        """A Graphviz ``digraph``."""
        out = ["digraph call_flow {", '    node [shape=box, fontname="Helvetica"];',
               '    edge [fontname="Helvetica", fontsize=10];']
        for node in self.nodes:
            attrs = [f'label="{_dot_text(chr(10).join(self._lines(node)))}"'.replace(
                "\n", "\\n")]
            if node.entry:
                attrs.append("penwidth=3")
            if node.error:
                attrs += ['shape=octagon', 'color="#cc0000"', 'style=filled',
                          'fillcolor="#ffdddd"']
            elif node.unreachable:
                attrs += ["style=dashed", 'color="#999999"', 'fontcolor="#777777"']
            out.append(f"    {node.id} [{', '.join(attrs)}];")
        for edge in self.edges:
            out.append(f'    {edge.source} -> {edge.target} [label="{_dot_text(edge.label)}"];')
        if self.truncated:
            out.append("    // the crawl stopped at its budget: some branches are not shown")
        out.append("}")
        return "\n".join(out)

    def to_dict(self) -> dict[str, JSON]:
        """The graph as JSON data."""
        return {
            "nodes": [{"id": n.id, "url": n.url, "label": n.label, "verbs": list(n.verbs),
                       "error": n.error, "entry": n.entry, "unreachable": n.unreachable}
                      for n in self.nodes],
            "edges": [{"source": e.source, "target": e.target, "label": e.label}
                      for e in self.edges],
            "truncated": self.truncated,
        }


def _classes(node: Node) -> dict[str, bool]:
    return {"entry": node.entry, "dead": node.error is not None,
            "unreachable": node.unreachable}


def _compress(keys: Sequence[str]) -> str:
    """``["0", "3", "4", "5", "#"]`` as ``0, 3-5, #``."""
    digits = sorted((k for k in keys if k.isdigit()), key=int)
    parts: list[str] = []
    run: list[str] = []
    for key in digits:
        if run and int(key) == int(run[-1]) + 1:
            run.append(key)
            continue
        if run:
            parts.append(run[0] if len(run) < 3 else f"{run[0]}-{run[-1]}")
            if len(run) == 2:
                parts.append(run[1])
        run = [key]
    if run:
        parts.append(run[0] if len(run) < 3 else f"{run[0]}-{run[-1]}")
        if len(run) == 2:
            parts.append(run[1])
    parts += [k for k in keys if not k.isdigit()]
    return ", ".join(parts)


@dataclass(slots=True)
class _Branch:
    """One way out of a document: a request, and the words for what takes the call there."""

    goto: Goto
    label: str
    #: inputs grouped into one label when several lead to the same document (keys, phrases)
    key: str | None = None
    phrase: str | None = None


@dataclass(slots=True)
class _State:
    simulator: Simulator
    max_nodes: int
    max_requests: int
    nodes: dict[tuple[str, str], Node] = field(default_factory=dict)
    by_url: dict[str, int] = field(default_factory=dict)
    edges: dict[tuple[str, str], list[_Branch]] = field(default_factory=dict)
    answers: dict[tuple[str, str, tuple[tuple[str, str], ...]], tuple[str, str]] = field(
        default_factory=dict)
    queue: deque[tuple[str, Any, str, Channel]] = field(default_factory=deque)
    folder: Folder | None = None
    requests: int = 0
    truncated: bool = False


def _label(simulator: Simulator, url: str) -> str:
    parts = urlsplit(url)
    entry = urlsplit(simulator.entry)
    if (parts.scheme, parts.netloc) == (entry.scheme, entry.netloc):
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return url


#: elements whose text is what is said or sent, not where the call goes
_WORDS = frozenset({"Say", "Message", "Body", "Sms"})


def _shape(root: PlainElement) -> str:
    """A digest of what a document does to the flow: its elements, attributes and text,
    except the words said or sent (a menu saying back the key pressed is one node)."""
    parts: list[str] = []

    def walk(el: PlainElement) -> None:
        parts.append(f"<{el.tag} {sorted(el.attrib.items())}")
        if el.tag not in _WORDS:
            parts.append((el.text or "").strip())
        for child in children(el):
            if el.tag != "Say":
                walk(child)
        parts.append(">")

    walk(root)
    return hashlib.blake2b("\x00".join(parts).encode(), digest_size=12).hexdigest()


def _verbs(root: PlainElement) -> tuple[str, ...]:
    return tuple(str(el.tag) for el in children(root))


def _visit(state: _State, goto: Goto, channel: Channel) -> str | None:
    """The node ``goto`` leads to (requested once per URL and parameters), or None past the
    budget."""
    key = (goto.method, goto.url, goto.params)
    known = state.answers.get(key)
    if known is not None:
        return state.nodes[known].id
    if state.requests >= state.max_requests or len(state.nodes) >= state.max_nodes:
        state.truncated = True
        return None
    state.requests += 1
    sim = state.simulator
    done = exchange(goto, fetcher=sim.fetcher, signer=sim.signer, limits=sim.limits,
                    channel=channel, dialect=sim.dialect, document=True)
    base = goto.url.partition("#")[0]
    if state.folder is not None:  # one node per file, however it is linked
        file = state.folder.file_for(base)
        if file is not None:
            base = state.folder.url_of(file)
    if done.error is not None:
        node_key = (base, f"error {done.error.code}")
        error = f"error {done.error.code}: {done.error.message}"
        digest = None
    elif done.loaded is None:
        node_key = (base, "empty")
        error, digest = None, None
    else:
        answer = done.answer
        assert answer is not None
        root = done.loaded.document.root
        digest = _shape(root) if root is not None else ""
        node_key, error = (base, digest), None
    state.answers[key] = node_key
    node = state.nodes.get(node_key)
    if node is None:
        count = state.by_url[base] = state.by_url.get(base, 0) + 1
        label = _label(sim, base) + (f" ({count})" if count > 1 else "")
        verbs: tuple[str, ...] = ()
        if done.loaded is not None and done.loaded.document.root is not None:
            verbs = _verbs(done.loaded.document.root)
        if not verbs and error is None:
            verbs = ("(empty)",) if done.loaded is not None else ("(no reply)",)
        node = Node(f"n{len(state.nodes) + 1}", base, label, verbs, error)
        state.nodes[node_key] = node
        if done.loaded is not None:
            final = done.answer.redirects[-1] if done.answer and done.answer.redirects else base
            state.queue.append((node.id, done.loaded, final, channel))
    return node.id


def _gather_branches(s: Session, el: PlainElement) -> Iterator[_Branch]:
    action = s.target(el, current=True)
    if not isinstance(action, str):
        return
    method = method_attr(el)
    kinds = (el.get("input") or "dtmf").split()
    finish = el.get("finishOnKey", "#")
    digits = int_attr(el, "numDigits", 0)
    if "dtmf" in kinds:
        if digits <= 1:
            for key in _KEYS:
                if key not in finish:
                    yield _Branch(Goto("Gather action", action, method,
                                       s.params(GatherResult, digits=key)), "", key=key)
        else:
            yield _Branch(Goto("Gather action", action, method,
                               s.params(GatherResult, digits="1" * digits)),
                          f"{digits} digits")
    if "speech" in kinds:
        hints = [h.strip() for h in (el.get("hints") or "").split(",") if h.strip()][:20]
        for phrase in hints or ["something"]:
            yield _Branch(Goto("Gather action", action, method, s.params(
                GatherResult, speech_result=phrase, confidence=0.9)), "", phrase=phrase)
    if bool_attr(el, "actionOnEmptyResult", False):
        yield _Branch(Goto("Gather action", action, method, s.params(GatherResult)), "no input")


def _branches(s: Session, el: PlainElement) -> Iterator[_Branch]:
    tag = str(el.tag)
    method = method_attr(el)
    if tag == "Gather":
        yield from _gather_branches(s, el)
        return
    if tag == "Redirect":
        try:
            url = s.resolve(el.text or "")
        except ValueError:
            return
        yield _Branch(Goto("Redirect", url, method, s.params()), "redirect")
        return
    if tag == "Dial":
        for child in children(el):
            whisper = s.target(child, "url")
            if isinstance(whisper, str):
                yield _Branch(Goto(f"{child.tag} url", whisper, method_attr(child), s.params()),
                              "whisper")
            wait = s.target(child, "waitUrl")
            if isinstance(wait, str):
                yield _Branch(Goto("Conference waitUrl", wait, method_attr(child, "waitMethod"),
                                   s.params()), "wait")
        action = s.target(el)
        if isinstance(action, str):
            conference = any(c.tag == "Conference" for c in children(el))
            for status in ("answered" if conference else "completed", "busy", "no-answer",
                           "failed"):
                fields: dict[str, Any] = {"dial_call_status": status}
                if status in ("answered", "completed"):
                    fields["dial_call_duration"] = 30
                yield _Branch(Goto("Dial action", action, method, s.params(DialResult, **fields)),
                              f"Dial {status}")
        return
    if tag == "Record":
        action = s.target(el, current=True)
        if isinstance(action, str):
            yield _Branch(Goto("Record action", action, method, s.params(
                RecordResult, recording_url=s.recording_url("RE0"), recording_duration=10,
                digits="#")), "recording")
        return
    if tag == "Enqueue":
        wait = s.target(el, "waitUrl")
        if isinstance(wait, str):
            yield _Branch(Goto("Enqueue waitUrl", wait, method_attr(el, "waitUrlMethod"),
                               s.params(QueueWait, queue_position=1, current_queue_size=1)),
                          "waitUrl")
        action = s.target(el)
        if isinstance(action, str):
            for result in ("bridged", "leave", "hangup"):
                yield _Branch(Goto("Enqueue action", action, method, s.params(
                    EnqueueResult, queue_result=result, queue_time=30)), f"queue {result}")
        return
    simple: dict[str, tuple[str, list[tuple[str, dict[str, Any]]], Any, bool]] = {
        "Pay": ("Pay action", [("paid", {"result": "success"}),
                               ("payment failed", {"result": "too-many-failed-attempts"})],
                PayResult, True),
        "Refer": ("Refer action", [("transferred", {"refer_call_status": "in-progress"}),
                                   ("transfer failed", {"refer_call_status": "failed"})],
                  ReferResult, False),
        "Sms": ("Sms action", [("sms sent", {"sms_status": "sending"})], SmsVerbResult, False),
        "Connect": ("Connect action", [("connection ended", {})], None, False),
        "Receive": ("Receive action", [("fax received", {"fax_status": "received"})],
                    FaxResult, False),
    }
    if tag == "Message":
        action = s.target(el)
        if isinstance(action, str):
            yield _Branch(Goto("Message action", action, method, s.callback_params(
                MessageStatusCallback, message_sid="SM0", message_status="sent",
                account_sid=s.identity["account_sid"])), "message sent")
        return
    if tag in simple:
        kind, outcomes, cls, current = simple[tag]
        action = s.target(el, current=current)
        if isinstance(action, str):
            for label, fields in outcomes:
                yield _Branch(Goto(kind, action, method, s.params(cls, **fields)), label)


def _edge_label(branches: list[_Branch], tried_keys: int) -> str:
    keys = [b.key for b in branches if b.key is not None]
    phrases = [b.phrase for b in branches if b.phrase is not None]
    parts: list[str] = []
    if keys:
        parts.append("any key" if len(keys) == tried_keys else "press " + _compress(keys))
    if phrases:
        parts.append("say " + ", ".join(f"“{p}”" for p in phrases))
    for branch in branches:
        if branch.key is None and branch.phrase is None and branch.label not in parts:
            parts.append(branch.label)
    return " / ".join(parts)


def _expand(state: _State, node_id: str, loaded: Any, url: str, channel: Channel) -> None:
    session = state.simulator.session(channel)
    session.url = url
    session.status = "in-progress"
    root = loaded.document.root
    for el in children(root):
        branches = list(_branches(session, el))
        tried_keys = sum(1 for b in branches if b.key is not None)
        targets: dict[str, list[_Branch]] = {}
        for branch in branches:
            target = _visit(state, branch.goto, channel)
            if target is not None:
                targets.setdefault(target, []).append(branch)
        for target, group in targets.items():
            edge = state.edges.setdefault((node_id, target), [])
            if len(targets) == 1 and len(group) > 1 and tried_keys < len(group):
                label = "any input" if el.tag == "Gather" else f"{el.tag}: any outcome"
            else:
                label = _edge_label(group, tried_keys)
            edge.append(_Branch(group[0].goto, label))


def _sniff(simulator: Simulator, url: str) -> Channel:
    """The channel of the document at ``url``, read from its verbs: asked as a call first,
    then as a message when the app refuses a call's parameters (voice when it cannot tell)."""
    from laml.document import load

    pairs: tuple[tuple[Channel, str], ...] = (("voice", "call"), ("messaging", "message"))
    for channel, kind in pairs:
        goto = Goto(kind, url, "POST", simulator.session(channel).params())
        done = exchange(goto, fetcher=simulator.fetcher, signer=simulator.signer,
                        limits=simulator.limits, channel=channel, dialect=simulator.dialect,
                        document=False)
        if done.error is None and done.answer is not None and done.answer.body.strip():
            return load(done.answer.body).channel
    return "voice"


def crawl(
    simulator: Simulator,
    entries: Iterable[str | None] | None = None,
    *,
    channel: Channel | None = None,
    max_nodes: int = 200,
    max_requests: int = 2000,
) -> Graph:
    """The flow graph from ``entries`` (paths or URLs; None: the target's first document).

    For a folder target, every document in it is a node: crawled from the entries (by default
    the target file, for a folder the documents nothing else leads to); the rest is
    unreachable. For any other target the entry is by default its first document.
    ``channel``: the kind of request that opens the flow (by default, read from the entry
    document's verbs).
    """
    folder = next((f for f in simulator.fetcher.fetchers if isinstance(f, Folder)), None)
    state = _State(simulator, max_nodes, max_requests, folder=folder)
    if entries is None:
        implicit = folder is not None and simulator.entry == folder.base_url + "/" \
            and folder.file_for(simulator.entry) is None
        entries = [] if implicit else [None]
    starts = list(dict.fromkeys(simulator.url(e) for e in entries))
    files = [folder.url_of(p) for p in folder.documents()] if folder is not None else []
    entry_ids: list[str] = []

    def start(url: str) -> str | None:
        chosen = channel or _sniff(simulator, url)
        kind = {"voice": "call", "messaging": "message", "fax": "fax"}[chosen]
        goto = Goto(kind, url, "POST", simulator.session(chosen).params())
        return _visit(state, goto, chosen)

    for url in [*starts, *files]:
        if url not in starts and any(n.url == url for n in state.nodes.values()):
            continue  # a file already reached
        node_id = start(url)
        if node_id is None:
            continue
        if url in starts:
            entry_ids.append(node_id)
        while state.queue:
            _expand(state, *state.queue.popleft())
    nodes = list(state.nodes.values())
    edges = [Edge(s, t, " / ".join(dict.fromkeys(b.label for b in group)))
             for (s, t), group in state.edges.items()]
    if not entry_ids and nodes:
        incoming = {e.target for e in edges if e.source != e.target}
        entry_ids = [n.id for n in nodes if n.id not in incoming and n.error is None] \
            or [nodes[0].id]
    reached = _reachable(entry_ids, edges)
    final = tuple(
        Node(n.id, n.url, n.label, n.verbs, n.error, entry=n.id in entry_ids,
             unreachable=n.id not in reached)
        for n in nodes
    )
    return Graph(final, tuple(edges), state.truncated)


def _reachable(entries: Sequence[str], edges: Sequence[Edge]) -> set[str]:
    following: dict[str, list[str]] = {}
    for edge in edges:
        following.setdefault(edge.source, []).append(edge.target)
    seen = set(entries)
    todo = list(entries)
    while todo:
        for target in following.get(todo.pop(), []):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen
