"""Command line: ``python -m strengths validate [FILE ...]``.

Exit status: 0 all good, 2 content problems or unreadable input (one line each, no traceback).
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m strengths", description="Tools for the Strengths in Practice book.")
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="check YAML content against its schema")
    validate.add_argument("files", nargs="*", help="files to check (default: all packaged content)")
    validate.add_argument("--kind", help="content kind when the folder name does not say (e.g. exercise)")
    validate.set_defaults(func=cmd_validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
