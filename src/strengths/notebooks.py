"""Re-run every notebook in the book and store its outputs: ``python -m strengths.notebooks [FILE ...]``.

nbval (in ``make test``) re-runs each notebook and compares with these stored outputs, so run this
after changing a notebook. Widget state is not stored in the file (the book build makes it fresh),
which keeps diffs small and reviewable.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path.cwd()
FOLDERS = ("book", "exercises", "case_studies", "supervision")


def notebooks(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    try:
        listed = subprocess.run(["git", "ls-files", *[f"{f}/*.ipynb" for f in FOLDERS]], capture_output=True, text=True, check=True)
        tracked = {Path(p) for p in listed.stdout.split()}
    except (OSError, subprocess.CalledProcessError):
        tracked = set()
    found = {p for f in FOLDERS for p in Path(f).rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts}
    return sorted(tracked | found)


def run(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    nb.metadata.pop("widgets", None)  # the build regenerates widget state
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.metadata.pop("execution", None)
    nbformat.write(nb, path)


def main(argv: list[str] | None = None) -> int:
    paths = notebooks(sys.argv[1:] if argv is None else argv)
    for path in paths:
        print(f"running {path}")
        run(path)
    print(f"{len(paths)} notebook(s) updated.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
