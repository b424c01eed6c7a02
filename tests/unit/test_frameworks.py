"""Framework chapters and glossary: the YAML is valid, the one renderer shows every value, lever
and step, every fact says whose idea it is, pages stay thin, and every term used is defined."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from strengths import content, render

ROOT = Path(__file__).resolve().parents[2]
BOOK = ROOT / "book"
FRAMEWORK_FILES = ["islington", "darlington", "law", "crosswalk"]
CHAPTERS = render.chapters()


def chapter_text(chapter_id: str) -> str:
    return render.render_chapter_by_id(chapter_id)


def all_rendered() -> str:
    return "\n".join(chapter_text(cid) for cid in CHAPTERS)


# --------------------------------------------------------------------------- schema and loading


@pytest.mark.parametrize("name", FRAMEWORK_FILES)
def test_framework_yaml_is_valid(name):
    data = content.load("framework", name)
    assert data["framework"] == name


def test_glossary_yaml_is_valid():
    assert len(render.glossary()["terms"]) >= 30


def test_validate_reports_no_problems():
    paths = content.content_files("framework") + [render.GLOSSARY_FILE]
    assert content.validate_all(paths) == []


def test_schema_rejects_unknown_keys_and_missing_source(tmp_path):
    folder = tmp_path / "frameworks"
    folder.mkdir()
    bad = folder / "bad.yaml"
    bad.write_text(
        "framework: bad\nname: Bad\nsource: islington\nchapters:\n"
        "  - id: x\n    title: X\n    sourse: islington\n", encoding="utf-8")
    with pytest.raises(content.ContentError) as err:
        content.load_file(bad)
    text = str(err.value)
    assert "bad.yaml:7: chapters[0].sourse: unknown key" in text
    assert "chapters[0].source: required" in text


# --------------------------------------------------------------------------- what the renderer shows

ISLINGTON_NAMES = {
    "islington-values": ["Collaborate", "Ambitious", "Resourceful", "Efficient", "Fairness"],
    "islington-four-steps": ["Gather information", "Develop ideas", "Support planning", "Review",
                             "Holding a crisis"],
    "islington-toolkit": ["Person-centred planning", "Strengths mapping", "Open questions",
                          "Appreciative enquiry", "Relationship-based practice", "Family group conferencing"],
    "islington-making-it-work": ["Supervision", "Practitioner networks", "case-file audit",
                                 "Prevent need", "Promote independence", "Improve lives", "Keep finances on track"],
}
DARLINGTON_NAMES = {
    "darlington-thrive": ["Together and inclusive", "Healthy and safe", "Resilient and strong",
                          "Independent and innovative", "Valued and respected", "Educated and aspirational"],
    "darlington-umbrella": ["Outcome and solution focused practice", "Person-centred practice",
                            "asset-based community development", "MINDSPACE", "Messenger", "Incentives",
                            "Norms", "Defaults", "Salience", "Priming", "Affect", "Commitments", "Ego"],
    "darlington-social-discipline-window": ["TO", "NOT", "FOR", "WITH", "support", "challenge"],
    "darlington-voices": ["What teams said", "voice of people who use services", "Critical friends",
                          "Co-production"],
}
LAW_NAMES = {
    "law-risk-capacity": ["Positive risk taking", "Assume capacity", "Help people decide",
                          "Unwise is not the same as unable", "Best interests", "Least restrictive option"],
    "law-safeguarding-advocacy": ["Making Safeguarding Personal", "Empowerment", "Prevention", "Proportionality",
                                  "Protection", "Partnership", "Accountability", "sections 67 and 68",
                                  "Understanding", "Retaining", "Using or weighing", "Communicating", "IMCA"],
    "law-wellbeing-eligibility": ["section 1", "Eligibility Criteria", "Managing and maintaining nutrition",
                                  "Carrying out any caring responsibilities for a child"],
}


@pytest.mark.parametrize("chapter_id,names", [*ISLINGTON_NAMES.items(), *DARLINGTON_NAMES.items(), *LAW_NAMES.items()])
def test_renderer_shows_every_name(chapter_id, names):
    text = render.plain(chapter_text(chapter_id)).lower()
    missing = [n for n in names if n.lower() not in text]
    assert not missing, f"{chapter_id} does not mention {missing}"


def test_every_chapter_follows_the_skeleton():
    skeleton = ["## What you will learn", "## The idea", "## What it looks like in practice", "## Reflect",
                "## Summary", "## Further reading", "## Exercises and case studies that use this chapter"]
    for cid in CHAPTERS:
        text = chapter_text(cid)
        positions = [text.find(h) for h in skeleton]
        assert -1 not in positions and positions == sorted(positions), f"{cid}: skeleton out of order"
        assert re.search(r"try the exercise \{doc\}`/exercises/", text), f"{cid}: reflect prompt must link to an exercise"


def test_linked_exercise_pages_exist_and_are_in_the_toc():
    toc = (ROOT / "_toc.yml").read_text(encoding="utf-8")
    for cid, (_, chapter) in CHAPTERS.items():
        for doc in [chapter["reflect"]["exercise"]] + [u["doc"] for u in chapter["used_by"]]:
            name = doc.lstrip("/")
            assert any((ROOT / f"{name}{ext}").is_file() for ext in (".md", ".ipynb")), f"{cid}: no page {doc}"
            assert f"file: {name}\n" in toc, f"{cid}: {doc} is not in _toc.yml"


def test_four_areas_of_substantial_difficulty_and_the_difference_is_said():
    text = render.plain(chapter_text("law-safeguarding-advocacy"))
    assert "Where the framework and the law differ" in text
    assert "only three areas" in text and "names four" in text and "retaining" in text.lower()


def test_crosswalk_covers_every_value_and_step():
    cw = render.crosswalk()
    islington = content.load("framework", "islington")
    darlington = content.load("framework", "darlington")
    isl_items = {i["name"] for c in islington["chapters"] for b in c["idea"] for i in b.get("items", [])}
    assert set(cw["islington_values"]) <= isl_items
    dar_items = {i["name"].split("–")[-1].strip() for c in darlington["chapters"] for b in c["idea"]
                 for i in b.get("items", [])}
    assert set(cw["darlington_values"]) <= dar_items
    names = {a["name"] for a in cw["approaches"]}
    for link in cw["value_links"]:
        assert link["islington"] in cw["islington_values"] and link["darlington"] in cw["darlington_values"]
    for step in cw["steps"]:
        assert set(step["uses"]) <= names, step["step"]
    assert [s["step"] for s in cw["steps"]] == ["Gather information", "Develop ideas", "Support planning", "Review"]


def test_crosswalk_figures_are_svg_with_alt_text_and_facts_in_text():
    text = chapter_text("side-by-side")
    assert text.count("data:image/svg+xml;base64,") == 2
    alts = re.findall(r"^:alt: (.+)$", text, re.M)
    assert len(alts) == 2 and all(len(a) > 80 for a in alts)
    isl, dar = render.unmatched_values(render.crosswalk())
    assert "Efficient" in isl and "Healthy and safe" in dar
    body = re.sub(r"```\{figure\}.*?```", "", text, flags=re.S)  # the facts must be in the text too
    for value in isl + dar:
        assert value in body


def test_figures_are_deterministic():
    from strengths import figures

    cw = render.crosswalk()
    one = figures.svg_bytes(figures.values_figure(cw))
    two = figures.svg_bytes(figures.values_figure(cw))
    assert one == two and b"<svg" in one


# --------------------------------------------------------------------------- provenance


def _items_with_source(obj, path="") -> list[tuple[str, dict]]:
    found = []
    if isinstance(obj, dict):
        if {"name", "text"} <= obj.keys() or {"heading"} <= obj.keys() or {"step", "uses"} <= obj.keys() \
                or {"islington", "darlington", "why"} <= obj.keys() or {"term", "definition"} <= obj.keys():
            found.append((path, obj))
        for k, v in obj.items():
            found += _items_with_source(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            found += _items_with_source(v, f"{path}[{i}]")
    return found


def test_every_fact_has_a_source():
    everything = {name: content.load("framework", name) for name in FRAMEWORK_FILES}
    everything["glossary"] = render.glossary()
    facts = [(name, path, item) for name, data in everything.items() for path, item in _items_with_source(data)]
    assert len(facts) > 150
    missing = [f"{name}{path}" for name, path, item in facts if item.get("source") not in render.SOURCE_NAMES]
    assert not missing, missing


@pytest.mark.parametrize("chapter_id", sorted(CHAPTERS))
def test_chapters_say_whose_idea_it_is(chapter_id):
    framework, chapter = CHAPTERS[chapter_id]
    text = render.plain(chapter_text(chapter_id))
    assert "Whose idea is this?" in text
    if chapter["source"] in {"islington", "darlington"}:
        assert chapter["source"].capitalize() in text
    if chapter_id == "side-by-side":
        assert "Islington" in text and "Darlington" in text


# --------------------------------------------------------------------------- pages


def chapter_pages() -> dict[str, Path]:
    pages = {}
    for page in sorted(BOOK.glob("*.md")):
        match = re.search(r"```\{chapter\}\s+(\S+)", page.read_text(encoding="utf-8"))
        if match:
            pages[match.group(1)] = page
    return pages


def test_every_chapter_has_one_thin_page_in_the_toc():
    pages = chapter_pages()
    assert set(pages) == set(CHAPTERS)
    toc = (ROOT / "_toc.yml").read_text(encoding="utf-8")
    for cid, page in pages.items():
        lines = [l for l in page.read_text(encoding="utf-8").splitlines() if l.strip()]
        assert len(lines) <= 4, f"{page.name} should be a title and a directive"
        assert lines[0] == f"# {CHAPTERS[cid][1]['title']}", f"{page.name}: title differs from the YAML"
        assert f"file: book/{page.stem}\n" in toc
    assert "file: book/glossary\n" in toc


def test_landing_page_links_every_chapter():
    index = (BOOK / "index.md").read_text(encoding="utf-8")
    for page in chapter_pages().values():
        assert f"<{page.stem}>`" in index, f"book/index.md does not link {page.stem}"


def test_no_external_resources_in_chapters():
    text = all_rendered() + render.render_glossary()
    assert not re.search(r"https?://", text), "chapters use plain-text references, not web links"


# --------------------------------------------------------------------------- glossary

ACRONYM = re.compile(r"\b([A-Z]{2,})s?\b")
NOT_TERMS = {"TO", "NOT", "FOR", "WITH", "UK", "GP", "HIGH", "LOW", "I", "T", "H", "R", "V", "E", "M", "N", "D",
             "S", "P", "A", "C", "NHS", "ADASS"}


def test_every_term_link_resolves():
    known = {t.lower() for entry in render.glossary()["terms"] for t in [entry["term"], *entry.get("aliases", [])]}
    used = set(re.findall(r"\{term\}`([^`<]+?)\s*(?:<([^>]+)>)?`", all_rendered() + render.render_glossary()))
    unknown = sorted({(target or label).strip() for label, target in used} - {"", *known}
                     - {t for t in known}, key=str)
    unknown = [u for u in unknown if u.lower() not in known]
    assert not unknown, f"terms not in the glossary: {unknown}"


def test_every_acronym_is_in_the_glossary():
    known = {t for entry in render.glossary()["terms"] for t in [entry["term"], *entry.get("aliases", [])]}
    text = render.plain(all_rendered())
    acronyms = set(ACRONYM.findall(text)) - NOT_TERMS
    missing = sorted(a for a in acronyms if a not in known)
    assert not missing, f"add these to the glossary: {missing}"


def test_acronyms_are_expanded_in_each_chapter_that_uses_them():
    entries = [e for e in render.glossary()["terms"] if "expansion" in e and e["term"].isupper()]
    problems = []
    for cid in CHAPTERS:
        text = render.plain(chapter_text(cid))
        lower = text.lower()
        for entry in entries:
            if re.search(rf"\b{re.escape(entry['term'])}s?\b", text):
                words = re.findall(r"[a-z]+", entry["expansion"].lower())
                if not all(w in lower for w in words if len(w) > 3):
                    problems.append(f"{cid}: {entry['term']} ({entry['expansion']})")
    assert not problems, "expand these acronyms in the chapter: " + "; ".join(problems)
