"""Command line: ``python -m strengths validate [FILE ...]``, ``python -m strengths check [--json] [--strict] FILE|-``.

Exit status: 0 all good, 2 content problems or unreadable input (one line each, no traceback).
``check`` exits 1 with ``--strict`` when it finds anything.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from strengths import content


def cmd_validate(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.files] or content.content_files()
    problems = []
    for path in paths:
        try:
            content.load_file(path, args.kind)
        except content.ContentError as err:
            problems.extend(err.problems)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 2
    print(f"{len(paths)} content file(s) valid.")
    return 0


def _read_text(source: str) -> str:
    """The text to check, from a file or stdin ('-'). Raises ValueError with a one-line reason."""
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise ValueError(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{source}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); save it as UTF-8") from None


def cmd_check(args: argparse.Namespace) -> int:
    import json

    from strengths.check import check

    try:
        text = _read_text(args.file)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    findings = check(text)
    if args.json:
        print(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        import bisect

        for f in findings:
            line = bisect.bisect_right(line_starts, f.start)
            col = f.start - line_starts[line - 1] + 1
            shown = f.text.replace("\r", " ").replace("\n", " ")
            print(f'{line}:{col}  {f.category}  "{shown}" -> {f.suggestion}')
    return 1 if args.strict and findings else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m strengths", description="Tools for the Strengths in Practice book.")
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="check YAML content against its schema")
    validate.add_argument("files", nargs="*", help="files to check (default: all packaged content)")
    validate.add_argument("--kind", help="content kind when the folder name does not say (e.g. exercise)")
    validate.set_defaults(func=cmd_validate)
    check = sub.add_parser("check", help="check text for deficit language, jargon and personal data")
    check.add_argument("file", help="text file to check, or - for standard input")
    check.add_argument("--json", action="store_true", help="print findings as a JSON array")
    check.add_argument("--strict", action="store_true", help="exit 1 when there is any finding")
    check.set_defaults(func=cmd_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
