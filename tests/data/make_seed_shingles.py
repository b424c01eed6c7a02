#!/usr/bin/env python3
"""Write tests/data/seed_shingles.txt: hashes of every 12-word window of the seed frameworks.

Usage: python tests/data/make_seed_shingles.py SEEDS_DIR [OUTPUT]

The seeds (Islington's and Darlington's framework texts) are not part of this repository, so the
own-words test compares our prose with these hashes instead. A window is 12 consecutive words
after normalising: lowercase, curly apostrophes made straight, words = [a-z0-9']+. Each line is
the first 16 hex digits of the SHA-1 of the window's words joined by single spaces.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

N = 12
WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("\u2019", "'").replace("\u2018", "'"))


def shingle(window: list[str]) -> str:
    return hashlib.sha1(" ".join(window).encode("utf-8")).hexdigest()[:16]


def shingles(text: str, n: int = N) -> set[str]:
    w = words(text)
    return {shingle(w[i:i + n]) for i in range(len(w) - n + 1)}


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    seeds = Path(argv[0])
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("seed_shingles.txt")
    found: set[str] = set()
    files = sorted(seeds.glob("*.txt"))
    if not files:
        print(f"no .txt seeds in {seeds}", file=sys.stderr)
        return 2
    for seed in files:
        found |= shingles(seed.read_text(encoding="utf-8", errors="replace"))
    header = f"# {N}-word shingles (sha1, 16 hex) of {len(files)} seed file(s); made by make_seed_shingles.py\n"
    out.write_text(header + "\n".join(sorted(found)) + "\n", encoding="utf-8")
    print(f"{len(found)} shingles written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
