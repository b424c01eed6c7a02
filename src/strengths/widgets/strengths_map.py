"""StrengthsMap: a person's strengths and assets in rings (Islington's strengths mapping tool).

``answers``: ``{"items": [{"id": str, "text": str, "ring": ring_id}, ...]}``
"""

from __future__ import annotations

import itertools
from typing import Any

from strengths.markdown import escape_markdown
from strengths.widgets._exercise import Exercise

_counter = itertools.count(1)


class StrengthsMap(Exercise):
    widget_name = "strengths_map"

    @property
    def rings(self) -> list[dict[str, Any]]:
        return list(self.content.get("rings", []))

    @property
    def items(self) -> list[dict[str, str]]:
        return [dict(item) for item in self.answers.get("items") or []]

    def items_in(self, ring: str) -> list[str]:
        """The text of every item in one ring, in the order added."""
        return [item["text"] for item in self.items if item.get("ring") == ring]

    def add(self, text: str, ring: str) -> None:
        """Add an item from Python (in a kernel the browser view updates too)."""
        if ring not in {r["id"] for r in self.rings}:
            raise ValueError(f"unknown ring '{ring}'")
        item = {"id": f"py{next(_counter)}", "text": str(text).strip(), "ring": ring}
        self.answers = {**self.answers, "items": [*self.items, item]}

    def answers_to_markdown(self) -> list[str]:
        lines: list[str] = []
        for ring in self.rings:
            lines += [f"## {escape_markdown(ring['name'])}", ""]
            texts = self.items_in(ring["id"])
            lines += [f"- {escape_markdown(t)}" for t in texts] if texts else ["_(nothing added)_"]
            lines.append("")
        return lines
