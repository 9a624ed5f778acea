"""``laml graph``: draw the call flow of a folder of documents, an app or a server.

Documents are nodes; ``action`` and ``<Redirect>`` edges are labelled with the input that takes
them (keys, phrases, how a dial ends, ...); requests that fail are dead ends and documents of a
folder that nothing leads to are unreachable. An app (or a server) is crawled from ``--path``
by requesting every branch, as the platform would. Mermaid (the default) renders on GitHub and
GitLab; ``--format dot`` is for Graphviz.

Exit status: 0 when the graph was drawn, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["add_parser", "run"]

EXIT_OK, EXIT_USAGE = 0, 2

def add_parser(subparsers: Any) -> None:
    """Register ``laml graph``."""
    from laml.cli import examples
    from laml.cli._target import add_simulator_options

    parser = subparsers.add_parser(
        "graph",
        help="draw the call flow of a folder of documents or an app",
        description="Draw the static flow of a folder of documents, or of an app or server "
        "crawled through every branch: documents as nodes, action and Redirect edges "
        "labelled with the input that takes them, dead ends and unreachable documents marked. "
        "Mermaid renders on GitHub and GitLab; dot is for Graphviz.\n\n"
        "Exit status: 0 drawn, 2 usage or an internal error.",
        epilog=examples(
            ("the flow of a folder of bins, as Mermaid", "laml graph bins/ > flow.mmd"),
            ("an app crawled from /voice, drawn by Graphviz",
             "laml graph examples/flask_app.py:app --path /voice --format dot | dot -Tsvg "
             "> flow.svg"),
        ),
    )
    parser.add_argument("target", metavar="DIR|TARGET",
                        help="folder or file of documents, http(s) URL, or module:attr of an app")
    parser.add_argument("--path", action="append", default=[], metavar="PATH",
                        help="where the flow starts (repeatable; default: the TARGET URL or / "
                        "for an app; for a folder, the documents nothing else leads to)")
    parser.add_argument("--format", choices=("mermaid", "dot", "json"), default="mermaid",
                        help="output format (default: mermaid)")
    parser.add_argument("--channel", choices=("voice", "messaging", "fax"),
                        help="the kind of request that starts the flow (default: read from the "
                        "first document)")
    add_simulator_options(parser)
    parser.add_argument("--max-nodes", type=int, default=200, metavar="N",
                        help="stop crawling after N documents (default: 200)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Crawl the flow and print the graph."""
    from laml.cli._target import signing_key_for_app

    with signing_key_for_app(args):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from laml.cli._target import TargetError, make_simulator, request_path, write_json
    from laml.simulate._graph import crawl

    if args.max_nodes < 1:
        print("laml graph: --max-nodes must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        simulator = make_simulator(args)
    except TargetError as exc:
        print(f"laml graph: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        graph = crawl(simulator, [request_path(p) for p in args.path] or None,
                      channel=args.channel,
                      max_nodes=args.max_nodes)
    except ValueError as exc:
        print(f"laml graph: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        simulator.close()
    if args.format == "json":
        write_json(graph.to_dict())
    else:
        sys.stdout.write((graph.to_dot() if args.format == "dot" else graph.to_mermaid()) + "\n")
    if graph.truncated:
        print(f"laml graph: stopped after {args.max_nodes} documents; some branches are not "
              "shown (raise --max-nodes)", file=sys.stderr)
    return EXIT_OK
