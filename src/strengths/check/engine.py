"""The checker engine, shared in spirit (and tested against the same vectors) with widgets/_check.js.

How a text is checked (the JavaScript twin does exactly the same steps):

1. Phrase rules: the text is split into word tokens (``TOKEN``). Each rule's phrases are word
   lists; at each token the longest phrase starting with that word wins (ties: earlier rule).
   Words in a phrase may be separated by spaces, a line break, a hyphen or an apostrophe.
2. Pattern rules: each small regular expression is wrapped in ``\\b(?:...)\\b``, case-insensitive.
3. Personal data: see ``personal_data.py``.
4. All candidates are sorted by (start, longest first, rule order, personal data first) and
   overlapping ones are dropped, so every character belongs to at most one finding.

Offsets are Python string indices (Unicode code points). The browser uses UTF-16 code units,
which are the same for every character outside the astral planes (emoji differ).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

# A word: ASCII letters and digits plus Latin-1/Latin Extended-A/B letters. Same class in JS.
TOKEN = re.compile("[A-Za-z0-9\u00c0-\u024f]+")
# What may sit between two words of one phrase.
GAP = re.compile("^[ \t\r\n\\-\u2010\u2011'\u2019]{1,4}$")
RULES_FILE = "rules.yaml"


@dataclass(frozen=True)
class Finding:
    kind: str  # "language" or "personal-data"
    rule: str
    category: str
    text: str
    start: int
    end: int
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------- compiling rules


def _words(phrase: str) -> list[str]:
    return [w.lower() for w in TOKEN.findall(phrase.replace("\u2019", "'"))]


def _inflect_verb(word: str) -> list[str]:
    w = word.lower()
    if w.endswith("ee"):
        return [w, w + "s", w + "d", w + "ing"]
    if w.endswith("e"):
        return [w, w + "s", w + "d", w[:-1] + "ing"]
    if len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou":
        return [w, w[:-1] + "ies", w[:-1] + "ied", w + "ing"]
    if w.endswith(("s", "sh", "ch", "x", "z")):
        return [w, w + "es", w + "ed", w + "ing"]
    return [w, w + "s", w + "ed", w + "ing"]


def _plural(word: str) -> str:
    w = word.lower()
    if w.endswith(("s", "sh", "ch", "x", "z")):
        return w + "es"
    if len(w) > 2 and w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.isupper() or w.upper() == word:  # acronyms: SU -> SUs
        return w + "s"
    return w + "s"


def expand_phrases(rule: dict[str, Any]) -> list[list[str]]:
    """Every word list a rule matches: terms as written, verbs inflected, nouns with plurals."""
    out: list[list[str]] = []

    def add(words: list[str]) -> None:
        if words and words not in out:
            out.append(words)

    for term in rule.get("terms", []):
        add(_words(term))
    for verb in rule.get("verbs", []):
        words = _words(verb)
        for form in _inflect_verb(words[0]):
            add([form, *words[1:]])
    for noun in rule.get("nouns", []):
        words = _words(noun)
        add(words)
        add([*words[:-1], _plural(words[-1])])
    return out


def _suggestion(alternatives: list[str]) -> str:
    return " / ".join(alternatives)


@lru_cache(maxsize=1)
def compiled_rules() -> dict[str, Any]:
    """The rules as plain data for both checkers (JSON-safe; sent to the browser as is)."""
    from strengths import content

    data = content.load_file(content.CONTENT_ROOT / "language" / RULES_FILE, "language")
    labels = {c["id"]: c["label"] for c in data["categories"]}
    rules = []
    for rule in data["rules"]:
        rules.append(
            {
                "id": rule["id"],
                "category": rule["category"],
                "label": labels[rule["category"]],
                "phrases": expand_phrases(rule),
                "pattern": rule.get("pattern"),
                "not_followed_by": rule.get("not_followed_by", []),
                "not_preceded_by": rule.get("not_preceded_by", []),
                "why": rule["why"],
                "suggestion": _suggestion(rule["alternatives"]),
            }
        )
    personal = [
        {
            "id": item["id"],
            "category": "personal-data",
            "label": item["label"],
            "pattern": item["pattern"],
            "group": item.get("group", 0),
            "case_sensitive": bool(item.get("case_sensitive", False)),
            "validate": item.get("validate"),
            "why": item["why"],
            "suggestion": item["advice"],
        }
        for item in data["personal_data"]
    ]
    return {"version": 1, "categories": labels, "rules": rules, "personal_data": personal}


@lru_cache(maxsize=1)
def _prepared():
    compiled = compiled_rules()
    index: dict[str, list[tuple[list[str], int]]] = {}
    for order, rule in enumerate(compiled["rules"]):
        for words in rule["phrases"]:
            index.setdefault(words[0], []).append((words, order))
    for first in index:
        index[first].sort(key=lambda item: -len(item[0]))  # stable: rule order kept within a length
    patterns = [
        (order, re.compile(r"\b(?:" + rule["pattern"] + r")\b", re.IGNORECASE | re.ASCII))
        for order, rule in enumerate(compiled["rules"])
        if rule["pattern"]
    ]
    rule_sets = [(set(r["not_followed_by"]), set(r["not_preceded_by"])) for r in compiled["rules"]]
    return compiled, index, patterns, rule_sets


# --------------------------------------------------------------------------- checking


def _language_candidates(text: str) -> list[tuple[int, int, int]]:
    """(start, end, rule order) for every language match, before overlaps are removed."""
    compiled, index, patterns, rule_sets = _prepared()
    lower = text.lower()
    if len(lower) == len(text):  # lowering kept every offset (true for all but a few letters)
        tokens = [(*m.span(), m.group()) for m in TOKEN.finditer(lower)]
    else:
        tokens = [(*m.span(), m.group().lower()) for m in TOKEN.finditer(text)]
    found: list[tuple[int, int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        step = 1
        for words, order in index.get(tokens[i][2], ()):
            size = len(words)
            if i + size > n:
                continue
            ok = all(
                tokens[i + k][2] == words[k] and GAP.match(text[tokens[i + k - 1][1] : tokens[i + k][0]])
                for k in range(1, size)
            )
            if not ok:
                continue
            not_after, not_before = rule_sets[order]
            last = i + size - 1
            if not_after and last + 1 < n and tokens[last + 1][2] in not_after and GAP.match(text[tokens[last][1] : tokens[last + 1][0]]):
                continue
            if not_before and i > 0 and tokens[i - 1][2] in not_before and GAP.match(text[tokens[i - 1][1] : tokens[i][0]]):
                continue
            found.append((tokens[i][0], tokens[last][1], order))
            step = size
            break
        i += step
    for order, regex in patterns:
        for m in regex.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), order))
    return found


def check(text: str) -> list[Finding]:
    """Every strengths-based language and personal-data finding in ``text``, in text order."""
    from strengths.check import personal_data

    compiled = _prepared()[0]
    text = str(text)
    # (start, end, priority, kind, rule dict); personal data ranks before language.
    candidates: list[tuple[int, int, int, str, dict]] = []
    n_personal = len(compiled["personal_data"])
    for start, end, order in personal_data.candidates(text, compiled["personal_data"]):
        candidates.append((start, end, order, "personal-data", compiled["personal_data"][order]))
    for start, end, order in _language_candidates(text):
        candidates.append((start, end, n_personal + order, "language", compiled["rules"][order]))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    findings: list[Finding] = []
    last_end = -1
    for start, end, _, kind, rule in candidates:
        if start < last_end:
            continue
        findings.append(Finding(kind, rule["id"], rule["category"], text[start:end], start, end, rule["suggestion"]))
        last_end = end
    return findings
