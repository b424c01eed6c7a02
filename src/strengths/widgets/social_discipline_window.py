"""SocialDisciplineWindow: sort practitioner statements into TO / NOT / FOR / WITH (Darlington).

``answers``: ``{"placements": {statement_id: "to" | "not" | "for" | "with"}, "checked": bool}``
"""

from __future__ import annotations

from typing import Any

from strengths.markdown import escape_markdown
from strengths.widgets._exercise import Exercise


class SocialDisciplineWindow(Exercise):
    widget_name = "social_discipline_window"

    @property
    def placements(self) -> dict[str, str]:
        return dict(self.answers.get("placements") or {})

    @property
    def checked(self) -> bool:
        return bool(self.answers.get("checked"))

    def quadrant_name(self, quadrant_id: str | None) -> str:
        for quadrant in self.content["quadrants"]:
            if quadrant["id"] == quadrant_id:
                return quadrant["name"]
        return "not placed yet"

    def score(self) -> tuple[int, int]:
        """(statements placed where the framework suggests, all statements)."""
        statements = self.content["statements"]
        right = sum(1 for s in statements if self.placements.get(s["id"]) == s["answer"])
        return right, len(statements)

    def feedback(self) -> list[dict[str, Any]]:
        return [
            {
                "statement": s["id"],
                "placed": self.placements.get(s["id"]),
                "suggested": s["answer"],
                "matches": self.placements.get(s["id"]) == s["answer"],
                "why": s["why"],
            }
            for s in self.content["statements"]
        ]

    def answers_to_markdown(self) -> list[str]:
        lines: list[str] = []
        if self.checked:
            right, total = self.score()
            lines += [f"You placed {right} of {total} statements where the framework suggests.", ""]
        for s in self.content["statements"]:
            lines += [f"## {escape_markdown(s['text'])}", "", f"- Your placement: {escape_markdown(self.quadrant_name(self.placements.get(s['id'])))}"]
            if self.checked:
                lines += [
                    f"- Suggested: {escape_markdown(self.quadrant_name(s['answer']))}",
                    f"- Why: {escape_markdown(s['why'])}",
                ]
            lines.append("")
        return lines
