"""``laml rule``: the documentation of a rule or code, or the list of them all."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from laml.cli import EXIT_OK, EXIT_USAGE, examples


def add_parser(sub: Any) -> None:
    """Register ``laml rule``."""
    parser = sub.add_parser(
        "rule",
        help="show the documentation of a rule (or list every rule)",
        description="Print a lint rule's documentation (what it checks, its severity, options "
        "and fixes, with examples) by code or name, or what a validation or template code "
        "means. --all lists every code.",
        epilog=examples(
            ("the documentation of the e164-number rule", "laml rule LAML113"),
            ("the same, by name", "laml rule e164-number"),
            ("what a schema validation code means", "laml rule LAML005"),
            ("every code: validation, rules, template checks", "laml rule --all"),
        ),
    )
    parser.add_argument("rule", nargs="?", metavar="CODE|NAME",
                        help="a code or a rule name, e.g. LAML113 or e164-number")
    parser.add_argument("--all", action="store_true",
                        help="list every code with its name, severity, fixes and summary, "
                        "e.g. laml rule --all")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the documentation asked for."""
    if args.all == bool(args.rule):
        print("laml rule: give a code or a rule name, or --all", file=sys.stderr)
        return EXIT_USAGE
    if args.all:
        sys.stdout.write(listing())
        return EXIT_OK
    text = documentation(args.rule)
    if text is None:
        from laml.settings import SettingsError, check_codes

        try:
            check_codes([args.rule], "laml rule")
            message = f"laml rule: {args.rule!r} is a code prefix; give a whole code or name"
        except SettingsError as exc:
            message = str(exc)
        print(message, file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(text)
    return EXIT_OK


def listing() -> str:
    """Every code, one per line: code, name, severity, fixes, summary."""
    from laml.cli.lint import CODE_SEVERITIES
    from laml.linting import TEMPLATE_CODES
    from laml.rules import all_rules
    from laml.rules._markdown import inline
    from laml.validation import CODES

    rows = [(code, "", CODE_SEVERITIES.get(code, "error"), "", text)
            for code, text in CODES.items()]
    rows += [(r.code, r.name, r.severity,
              "/".join(k for k in ("safe", "unsafe") if k in r.fixes), inline(r.summary))
             for r in all_rules().values()]
    rows += [(code, "", CODE_SEVERITIES.get(code, "error"), "", text)
             for code, text in TEMPLATE_CODES.items()]
    name_width = max(len(r[1]) for r in rows)
    lines = [f"{code}  {name:<{name_width}}  {severity:<7}  {fix:<11}  {summary}".rstrip()
             for code, name, severity, fix, summary in rows]
    return "\n".join(lines) + "\n"


def documentation(key: str) -> str | None:
    """The documentation of the rule or code ``key`` (Markdown), or None."""
    from laml.linting import TEMPLATE_CODES
    from laml.rules import find
    from laml.rules._markdown import inline, markdown
    from laml.validation import CODES

    rule = find(key)
    if rule is not None:
        fixes = ", ".join(k for k in ("safe", "unsafe") if k in rule.fixes) or "none"
        options = ", ".join(f"{k} (default {v!r})" for k, v in rule.options.items()) or "none"
        head = [
            f"# {rule.code} {rule.name}",
            "",
            inline(rule.summary),
            "",
            f"- Severity: {rule.severity}",
            f"- Channels: {', '.join(sorted(rule.channels))}",
            f"- Platform error code: {rule.platform_code or 'none'}",
            f"- Options: {options}",
            f"- Fixes: {fixes}",
        ]
        if rule.supersedes:
            head.append(f"- Replaces the schema's {', '.join(sorted(rule.supersedes))} at the "
                        "same place")
        body = markdown(rule.doc)
        return "\n".join([*head, "", body]).rstrip() + "\n"
    code = key.upper()
    for table, kind in ((CODES, "schema validation"), (TEMPLATE_CODES, "template check")):
        if code in table:
            return f"# {code}\n\n{table[code][0].upper()}{table[code][1:]} ({kind}).\n"
    return None
