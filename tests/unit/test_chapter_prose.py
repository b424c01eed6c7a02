"""Chapter prose is plain English (Flesch-Kincaid grade 9 or below on average) and in our own
words: no run of 12 or more words matches either source framework.

The seeds are not in this repository; tests/data/seed_shingles.txt holds hashes of every 12-word
window of both (made by tests/data/make_seed_shingles.py), and we hash our own windows the same way.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest
import textstat
import textstat.backend.counts._count_syllables as _syllables

# textstat 0.7.5+ counts English syllables with NLTK's CMU dictionary, which it tries to download
# at run time. Tests must work offline, so count syllables with Pyphen (bundled hyphenation
# dictionaries), as textstat itself does for every word the CMU dictionary does not know.
_syllables.get_cmudict = lambda lang: None

from strengths import content, render

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(DATA))
from make_seed_shingles import N, shingle, words  # noqa: E402

MAX_AVERAGE_GRADE = 9.0
MAX_CHAPTER_GRADE = 11.0


def _sentence(text: str) -> str:
    text = render.plain(text).strip()
    return text if text[-1:] in ".?!:;”\"" else text + "."


def chapter_prose() -> dict[str, str]:
    """Each chapter's prose fields (and the glossary's), as sentences textstat can count."""
    prose = {}
    for cid, (_, chapter) in render.chapters().items():
        prose[cid] = " ".join(_sentence(t) for t in render.prose(chapter))
    prose["glossary"] = " ".join(_sentence(t) for t in render.prose(render.glossary()))
    return prose


def page_prose() -> dict[str, str]:
    """Prose typed straight into book/*.md pages (directives, front matter and code removed)."""
    out = {}
    for page in sorted(BOOK.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        text = re.sub(r"(?ms)^(`{3,}|:{3,}).*?^\1\s*$", " ", text)
        text = re.sub(r"(?m)^\s*[#:].*$", " ", text)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        if text.strip():
            out[page.name] = render.plain(text)
    return out


BOOK = ROOT / "book"


def test_chapter_prose_reads_at_grade_nine_or_below():
    texts = {**chapter_prose(), **page_prose()}
    grades = {name: textstat.flesch_kincaid_grade(text) for name, text in texts.items()}
    average = sum(grades.values()) / len(grades)
    report = ", ".join(f"{k}={v:.1f}" for k, v in sorted(grades.items(), key=lambda kv: -kv[1]))
    assert average <= MAX_AVERAGE_GRADE, f"average grade {average:.1f} > {MAX_AVERAGE_GRADE}: {report}"
    too_hard = {k: v for k, v in grades.items() if v > MAX_CHAPTER_GRADE}
    assert not too_hard, f"chapters above grade {MAX_CHAPTER_GRADE}: {too_hard}"


@pytest.fixture(scope="module")
def seed_shingles() -> set[str]:
    lines = (DATA / "seed_shingles.txt").read_text(encoding="utf-8").splitlines()
    hashes = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    assert len(hashes) > 5000, "seed_shingles.txt looks empty: regenerate it with make_seed_shingles.py"
    return hashes


@lru_cache(maxsize=1)
def our_texts() -> dict[str, str]:
    texts = {}
    for path in content.content_files("framework") + [render.GLOSSARY_FILE]:
        texts[content.display_path(path)] = "\n".join(render.strings(content.load_file(path)))
    for page in sorted(BOOK.glob("*.md")):
        texts[f"book/{page.name}"] = page.read_text(encoding="utf-8")
    for cid in render.chapters():
        texts[f"rendered:{cid}"] = render.plain(render.render_chapter_by_id(cid))
    return texts


def shared_runs(text: str, hashes: set[str]) -> list[str]:
    w = words(text)
    return [" ".join(w[i:i + N]) for i in range(len(w) - N + 1) if shingle(w[i:i + N]) in hashes]


@pytest.mark.parametrize("name", sorted(our_texts()))
def test_no_twelve_word_run_from_the_seeds(name, seed_shingles):
    runs = shared_runs(our_texts()[name], seed_shingles)
    assert not runs, f"{name} shares {len(runs)} 12-word run(s) with a source framework, e.g. '{runs[0]}'"


def test_the_check_catches_a_copied_sentence(seed_shingles):
    # A known 12-word run from a seed (Darlington's wording about support and challenge) must be
    # caught. It is stored backwards so that this file itself does not copy the seed.
    backwards = "limits setting challenge high and helping and encouraging listening support high give will we"
    copied = " ".join(reversed(backwards.split()))
    assert shared_runs(copied, seed_shingles)
