"""Case note rewrite: deficit-style case-note excerpts, each shown with the language checker's
suggestions, and a box to rewrite it with the live check.

``answers``: ``{"rewrites": {note_id: text}}``
"""

from __future__ import annotations

from strengths.markdown import escape_markdown, quote_block
from strengths.widgets._exercise import Exercise, language_support


def describe_finding(finding, labels: dict[str, str]) -> str:
    """Twin of describeFinding in widgets/_shared.js."""
    label = labels.get(finding.rule, finding.category)
    if finding.kind == "personal-data":
        return f"“{finding.text}” — personal data ({label}): {finding.suggestion}"
    options = " or ".join(f"‘{alt}’" for alt in finding.suggestion.split(" / "))
    return f"“{finding.text}” — {label}: try {options}"


def findings_markdown(text: str) -> list[str]:
    """Markdown bullet lines for the checker's findings in ``text``. Twin of caseNoteFindingsMarkdown."""
    from strengths.check import check

    rules = language_support()
    labels = {r["id"]: r["label"] for r in rules["rules"] + rules["personal_data"]}
    found = check(text)
    if not found:
        return ["No suggestions."]
    return [f"- {escape_markdown(describe_finding(f, labels))}" for f in found]


class CaseNoteRewrite(Exercise):
    widget_name = "case_note_rewrite"

    @property
    def rewrites(self) -> dict[str, str]:
        return dict(self.answers.get("rewrites") or {})

    def answers_to_markdown(self) -> list[str]:
        lines: list[str] = []
        for note in self.content.get("notes", []):
            rewrite = str(self.rewrites.get(note["id"], "") or "")
            lines += [f"## {escape_markdown(note['title'])}", "", "### Before", "", *quote_block(note["text"]), ""]
            lines += ["Suggestions:", "", *findings_markdown(note["text"]), ""]
            lines += ["### After", "", *quote_block(rewrite), ""]
            if rewrite.strip():
                lines += ["Suggestions still in my rewrite:", "", *findings_markdown(rewrite), ""]
        return lines
