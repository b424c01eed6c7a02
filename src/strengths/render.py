"""Turn framework and glossary content into MyST Markdown. The one code path for chapter pages.

Every chapter follows one skeleton:

    What you will learn / The idea / What it looks like in practice / Reflect /
    Summary / Further reading / Exercises and case studies that use this chapter

The text returned here is parsed by the Sphinx directives in ``strengths.directives`` (so roles
such as {term}`ABCD` in the YAML work), and can be read on its own for tests.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from strengths import content

#: How the book names each source when it says whose idea something is.
SOURCE_NAMES = {
    "islington": "Islington Council's *Building Strengths for Better Lives* framework",
    "darlington": "Darlington Borough Council's *Strength Based Practice* framework",
    "law": "the law (Acts of Parliament, regulations and statutory guidance)",
    "book": "the authors of this book",
}
SOURCE_SHORT = {"islington": "Islington", "darlington": "Darlington", "law": "the law", "book": "this book"}


# --------------------------------------------------------------------------- finding content


def frameworks() -> dict[str, Any]:
    return content.load_all("framework")


def chapters() -> dict[str, tuple[dict, dict]]:
    """Every chapter by id: (framework file data, chapter data)."""
    found: dict[str, tuple[dict, dict]] = {}
    for data in frameworks().values():
        for chapter in data["chapters"]:
            if chapter["id"] in found:
                raise ValueError(f"chapter id '{chapter['id']}' is used twice")
            found[chapter["id"]] = (data, chapter)
    return found


def crosswalk() -> dict:
    for data in frameworks().values():
        if "crosswalk" in data:
            return data["crosswalk"]
    raise KeyError("no framework file has a crosswalk")


GLOSSARY_FILE = content.CONTENT_ROOT / "glossary" / "glossary.yaml"


def glossary() -> dict:
    return content.load("glossary", "glossary")


def content_paths(chapter_id: str | None = None) -> list[str]:
    """The YAML files a page depends on (for Sphinx rebuilds): a chapter's own framework file, plus
    the file holding the crosswalk if the chapter draws it; the glossary file when no chapter is given."""
    if chapter_id is None:
        return [str(GLOSSARY_FILE)]
    files = content.content_files("framework")
    by_stem = {p.stem: p for p in files}
    found = chapters()
    if chapter_id not in found:
        return [str(p) for p in files]
    framework, chapter = found[chapter_id]
    paths = [by_stem[framework["framework"]]] if framework["framework"] in by_stem else list(files)
    if any("crosswalk" in block for block in chapter["idea"]):
        paths += [p for stem, p in by_stem.items() if "crosswalk" in content.load("framework", stem)]
    return [str(p) for p in dict.fromkeys(paths)]


# --------------------------------------------------------------------------- helpers


def _source_line(source: str, chapter_source: str) -> list[str]:
    if source == chapter_source:
        return []
    return [f"*Whose idea: {SOURCE_NAMES[source]}.*", ""]


def _bullets(items: list[str]) -> list[str]:
    return [f"- {item}" for item in items] + [""]


def _cell(text: str) -> str:
    return str(text).replace("\n", " ").strip()


def _list_table(caption: str, columns: list[str], rows: list[list[str]]) -> list[str]:
    for row in rows:
        if len(row) != len(columns):
            raise ValueError(f"table '{caption}': row {row!r} has {len(row)} cells, expected {len(columns)}")
    out = [f"```{{list-table}} {caption}", ":header-rows: 1", ":class: sip-table", ""]
    for row in [columns] + rows:
        out.append(f"* - {_cell(row[0])}")
        out.extend(f"  - {_cell(cell)}" for cell in row[1:])
    out += ["```", ""]
    return out


# --------------------------------------------------------------------------- crosswalk


def value_matrix(cw: dict) -> dict[tuple[str, str], str]:
    return {(link["islington"], link["darlington"]): link["strength"] for link in cw["value_links"]}


def unmatched_values(cw: dict) -> tuple[list[str], list[str]]:
    """(Islington values with no close partner, THRIVE values with no close partner)."""
    close = [(l["islington"], l["darlington"]) for l in cw["value_links"] if l["strength"] == "close"]
    isl = [v for v in cw["islington_values"] if v not in {a for a, _ in close}]
    dar = [v for v in cw["darlington_values"] if v not in {b for _, b in close}]
    return isl, dar


def _join(names: list[str]) -> str:
    if not names:
        return "none"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def crosswalk_alt(kind: str, cw: dict) -> str:
    if kind == "values":
        close = [f"{l['islington']} meets {l['darlington']}" for l in cw["value_links"] if l["strength"] == "close"]
        partial = [f"{l['islington']} and {l['darlington']}" for l in cw["value_links"] if l["strength"] == "partial"]
        isl, dar = unmatched_values(cw)
        return (
            "Grid chart. Rows are Islington's values, columns are Darlington's THRIVE values. "
            f"Close matches: {_join(close)}. Partial overlaps: {_join(partial)}. "
            f"No close partner in THRIVE: {_join(isl)}. No close partner in Islington: {_join(dar)}."
        )
    parts = [f"{s['step']}: {_join(s['uses'])}" for s in cw["steps"]]
    return "Grid chart of approaches from both frameworks (rows) against the four steps (columns). " + ". ".join(parts) + "."


def _crosswalk_block(kind: str, cw: dict) -> list[str]:
    from strengths import figures  # matplotlib is only needed when a crosswalk is drawn

    out: list[str] = []
    if kind == "values":
        rows = []
        for isl in cw["islington_values"]:
            close = [l["darlington"] for l in cw["value_links"] if l["islington"] == isl and l["strength"] == "close"]
            partial = [l["darlington"] for l in cw["value_links"] if l["islington"] == isl and l["strength"] == "partial"]
            rows.append([isl, ", ".join(close) or "None", ", ".join(partial) or "None"])
        out += _list_table(
            "Islington's values and the THRIVE values they meet",
            ["Islington value", "Close match in THRIVE", "Partial overlap in THRIVE"], rows,
        )
        out += ["How each pair meets:", ""]
        out += _bullets([
            f"**{l['islington']} and {l['darlington']}** ({'close match' if l['strength'] == 'close' else 'partial'}): {l['why']}"
            for l in cw["value_links"]
        ])
        isl, dar = unmatched_values(cw)
        out += [
            f"Islington values with no close partner in THRIVE: {_join(isl)}. "
            f"THRIVE values with no close partner in Islington's list: {_join(dar)}.",
            "",
        ]
        caption = "Where Islington's values and Darlington's THRIVE values meet. A large dot is a close match, a small dot a partial one."
    else:
        steps = cw["steps"]
        rows = []
        for approach in cw["approaches"]:
            rows.append([approach["name"], SOURCE_SHORT[approach["source"]]]
                        + ["Yes" if approach["name"] in step["uses"] else "–" for step in steps])
        out += _list_table("Approaches from both frameworks (rows) at each of the four steps (columns)",
                           ["Approach", "From"] + [step["step"] for step in steps], rows)
        out += _bullets([f"**{s['step']}**: {s['note']}" for s in cw["steps"]])
        caption = "Which approaches from each framework help at each of the four steps. Islington tools are blue squares, Darlington methods orange circles."
    data_uri = figures.crosswalk_data_uri(kind, cw)
    out += [
        f"```{{figure}} {data_uri}",
        f":alt: {crosswalk_alt(kind, cw)}",
        ":width: 100%",
        f":name: crosswalk-figure-{kind}",
        "",
        caption,
        "```",
        "",
    ]
    return out


# --------------------------------------------------------------------------- chapters


def render_block(block: dict, chapter_source: str) -> list[str]:
    out = [f"### {block['heading']}", ""]
    out += _source_line(block["source"], chapter_source)
    for para in block.get("text", []):
        out += [para, ""]
    if "items" in block:
        for item in block["items"]:
            tag = "" if item["source"] == block["source"] else f" *(from {SOURCE_SHORT[item['source']]})*"
            name = re.sub(r"^(\d+)\.", r"\1\\.", item["name"])  # "1. Gather" is not a list
            out += [name, f": {item['text']}{tag}", ""]
            if "example" in item:
                out += [f"  *Example:* {item['example']}", ""]
    if "table" in block:
        table = block["table"]
        out += _source_line(table["source"], block["source"])
        out += _list_table(table["caption"], table["columns"], table["rows"])
    if "crosswalk" in block:
        out += _crosswalk_block(block["crosswalk"], crosswalk())
    if "law_differs" in block:
        out += [
            "```{admonition} Where the framework and the law differ",
            ":class: important",
            block["law_differs"],
            "```",
            "",
        ]
    for para in block.get("after", []):
        out += [para, ""]
    return out


def render_chapter(chapter: dict, framework: dict) -> str:
    """MyST for one chapter, starting at level-2 headings (the page supplies the title)."""
    src = chapter["source"]
    out = ["## What you will learn", ""]
    out += _bullets(chapter["learn"])
    out += ["## The idea", ""]
    lead = "This chapter is the work of" if src == "book" else "This chapter is based on"
    out += [f"Whose idea is this? {lead} {SOURCE_NAMES[src]}.", ""]
    for block in chapter["idea"]:
        out += render_block(block, src)

    practice = chapter["practice"]
    out += ["## What it looks like in practice", ""]
    out += _source_line(practice["source"], src)
    if "intro" in practice:
        out += [practice["intro"], ""]
    out += ["### Things you might say", ""]
    out += _bullets([f"“{p}”" for p in practice["phrases"]])
    out += ["### Things you might do", ""]
    out += _bullets(practice["actions"])

    reflect = chapter["reflect"]
    out += ["## Reflect", ""]
    out += [
        "```{admonition} A question to take away",
        ":class: tip",
        reflect["prompt"],
        "",
        f"Note your answer, then try the exercise {{doc}}`{reflect['exercise']}` and bring it to supervision.",
        "```",
        "",
    ]
    out += ["## Summary", ""]
    out += _bullets(chapter["summary"])
    out += ["## Further reading", ""]
    out += _bullets(chapter["reading"])
    out += ["## Exercises and case studies that use this chapter", ""]
    out += _bullets([f"{{doc}}`{u['doc']}`: {u['why']}" for u in chapter["used_by"]])
    return "\n".join(out).rstrip() + "\n"


def render_chapter_by_id(chapter_id: str) -> str:
    found = chapters()
    if chapter_id not in found:
        raise KeyError(f"no chapter '{chapter_id}' (known: {', '.join(sorted(found))})")
    framework, chapter = found[chapter_id]
    return render_chapter(chapter, framework)


def render_glossary(data: dict | None = None) -> str:
    data = data or glossary()
    out: list[str] = []
    for para in data.get("intro", []):
        out += [para, ""]
    out += ["```{glossary}", ":sorted:", ""]
    for entry in data["terms"]:
        out.append(entry["term"])
        out.extend(entry.get("aliases", []))
        body = entry["definition"]
        if "expansion" in entry and entry["expansion"] not in entry.get("aliases", []):
            body = f"**{entry['expansion']}.** {body}"
        body += f" *Source: {SOURCE_SHORT[entry['source']]}.*"
        if entry.get("see"):
            body += " See also: " + ", ".join(f"{{term}}`{s}`" for s in entry["see"]) + "."
        out += [f"  {body}", ""]
    out += ["```", ""]
    return "\n".join(out)


# --------------------------------------------------------------------------- prose, for tests

_ROLE = re.compile(r"\{[a-z:-]+\}`([^`<]*?)\s*(?:<[^>]*>)?`")


def plain(text: str) -> str:
    """Strip MyST roles and emphasis so that checks see the words a reader sees."""
    text = _ROLE.sub(r"\1", text)
    return re.sub(r"[*_`]", "", text)


_PROSE_KEYS = {"text", "example", "after", "learn", "phrases", "actions", "prompt", "summary",
               "law_differs", "intro", "why", "note", "definition"}


def prose(obj: Any, key: str | None = None) -> Iterator[str]:
    """Every prose string (sentences a reader reads) in a content object, roles stripped."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from prose(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from prose(v, key)
    elif isinstance(obj, str) and key in _PROSE_KEYS:
        yield plain(obj)


def strings(obj: Any) -> Iterator[str]:
    """Every string in a content object (for provenance and own-words checks)."""
    if isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)
    elif isinstance(obj, str):
        yield plain(obj)
