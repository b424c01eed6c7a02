"""ValuesSelfAssessment: rate yourself against Islington's CARE (+ Fairness) and Darlington's THRIVE values.

``answers``: ``{"ratings": {statement_id: 1-5}, "previous": {"ratings": {...}, "saved_at": ISO} | None,
"focus": value_id, "plan": str}``
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from strengths.markdown import escape_markdown, quote_block
from strengths.widgets._exercise import Exercise


class ValuesSelfAssessment(Exercise):
    widget_name = "values_self_assessment"

    @property
    def ratings(self) -> dict[str, int]:
        return {k: int(v) for k, v in (self.answers.get("ratings") or {}).items()}

    @property
    def previous(self) -> dict[str, Any] | None:
        return self.answers.get("previous") or None

    def _average(self, value: dict[str, Any], ratings: dict[str, Any]) -> float | None:
        scores = [int(ratings[s["id"]]) for s in value["statements"] if s["id"] in ratings]
        return sum(scores) / len(scores) if scores else None

    def averages(self) -> dict[str, float | None]:
        """value id -> mean rating of its statements (None when none rated)."""
        return {v["id"]: self._average(v, self.ratings) for v in self.content["values"]}

    def previous_averages(self) -> dict[str, float | None]:
        ratings = (self.previous or {}).get("ratings") or {}
        return {v["id"]: self._average(v, ratings) for v in self.content["values"]}

    def snapshot(self) -> None:
        """Keep the current ratings as the previous save (like the browser's button)."""
        now = datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        self.answers = {**self.answers, "previous": {"ratings": dict(self.ratings), "saved_at": now}}

    def plot(self):
        """The browser's bar chart as a matplotlib Figure: mean rating per value, with the snapshot."""
        from matplotlib.figure import Figure

        values = self.content["values"]
        names = [v["name"] for v in values]
        now = [self.averages()[v["id"]] or 0 for v in values]
        fig = Figure(figsize=(7, 0.5 * len(values) + 1.2), layout="constrained")
        ax = fig.add_subplot()
        positions = list(range(len(values)))[::-1]
        if self.previous:
            before = [self.previous_averages()[v["id"]] or 0 for v in values]
            ax.barh([p + 0.2 for p in positions], before, height=0.4, color="#bbbbbb", hatch="//", label="Snapshot")
            ax.barh([p - 0.2 for p in positions], now, height=0.4, color="#0a5f8a", label="Now")
            ax.legend(loc="lower right")
        else:
            ax.barh(positions, now, height=0.6, color="#0a5f8a", label="Now")
        ax.set_yticks(positions, names)
        ax.set_xlim(0, 5)
        ax.set_xticks(range(6))
        ax.set_xlabel("Average rating (1 = not yet, 5 = nearly always)")
        ax.set_title(self.title)
        return fig

    def answers_to_markdown(self) -> list[str]:
        ratings = self.ratings
        previous = self.previous
        before = {k: int(v) for k, v in ((previous or {}).get("ratings") or {}).items()}
        lines: list[str] = []
        if previous:
            lines += [f"Compared with the snapshot saved {escape_markdown(previous.get('saved_at', ''))}.", ""]
        for value in self.content["values"]:
            lines += [f"## {escape_markdown(value['name'])}", ""]
            for s in value["statements"]:
                now = f"{ratings[s['id']]} out of 5" if s["id"] in ratings else "not rated"
                was = f" (was {before[s['id']]})" if s["id"] in before else ""
                lines.append(f"- {escape_markdown(s['text'])}: {now}{was}")
            lines.append("")
        focus = next((v["name"] for v in self.content["values"] if v["id"] == self.answers.get("focus")), None)
        lines += ["## Value to develop", "", escape_markdown(focus) if focus else "_(none chosen)_", ""]
        lines += ["## My plan", "", *quote_block(self.answers.get("plan", "")), ""]
        return lines
