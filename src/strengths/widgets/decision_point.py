"""DecisionPoint: a scenario about a fictional person with one or more decisions in sequence.

Each step offers 2-4 choices. The user confirms a choice to see what might happen next and
feedback grounded in the frameworks and the law; "Think again" lets them choose again.

``answers``: ``{"choices": {step_id: choice_id}, "confirmed": {step_id: bool}, "note": text}``
"""

from __future__ import annotations

from typing import Any

from strengths.markdown import escape_markdown, quote_block
from strengths.widgets._exercise import Exercise

#: How well a choice fits the frameworks and the law: shown as text beside the feedback.
FIT_LABELS = {
    "strong": "A strong choice",
    "partial": "Partly there",
    "weak": "A weak choice",
}


class DecisionPoint(Exercise):
    widget_name = "decision_point"

    def support_data(self) -> dict[str, Any]:
        return {**super().support_data(), "fit_labels": dict(FIT_LABELS)}

    @property
    def steps(self) -> list[dict[str, Any]]:
        return list(self.content.get("steps", []))

    @property
    def choices(self) -> dict[str, str]:
        return dict(self.answers.get("choices") or {})

    @property
    def confirmed(self) -> dict[str, bool]:
        return {k: bool(v) for k, v in (self.answers.get("confirmed") or {}).items()}

    def choice(self, step_id: str) -> dict[str, Any] | None:
        """The choice made at a step (confirmed or not), or None."""
        for step in self.steps:
            if step["id"] == step_id:
                wanted = self.choices.get(step_id)
                return next((c for c in step["choices"] if c["id"] == wanted), None)
        raise KeyError(f"no step '{step_id}' in '{self.exercise_id}'")

    def fit(self, step_id: str) -> str | None:
        """'strong', 'partial' or 'weak' for a confirmed step; None if not confirmed yet."""
        chosen = self.choice(step_id)
        return chosen["fit"] if chosen and self.confirmed.get(step_id) else None

    @property
    def score(self) -> int:
        """Confirmed steps where the choice was the strong one."""
        return sum(1 for step in self.steps if self.fit(step["id"]) == "strong")

    @property
    def complete(self) -> bool:
        return all(self.fit(step["id"]) for step in self.steps)

    def answers_to_markdown(self) -> list[str]:
        lines = ["## The situation", "", escape_markdown(self.content.get("scenario", "")), ""]
        for number, step in enumerate(self.steps, 1):
            lines += [f"## Decision {number}: {escape_markdown(step['prompt'])}", ""]
            chosen = self.choice(step["id"])
            if not chosen:
                lines += ["My choice: _(not chosen yet)_", ""]
                continue
            lines += [f"My choice: {escape_markdown(chosen['text'])}", ""]
            if self.confirmed.get(step["id"]):
                lines += [
                    f"What happened: {escape_markdown(chosen['consequence'])}",
                    "",
                    f"How it fits: {escape_markdown(FIT_LABELS[chosen['fit']])}",
                    "",
                    f"Why: {escape_markdown(chosen['feedback'])}",
                    "",
                ]
            else:
                lines += ["_(not confirmed yet)_", ""]
        if self.content.get("note_prompt"):
            lines += [f"## {escape_markdown(self.content['note_prompt'])}", "", *quote_block(self.answers.get("note", "")), ""]
        return lines
