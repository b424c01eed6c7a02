"""Quiz: short knowledge checks with single-answer (radio) and multiple-answer (checkbox) questions.

``answers``: ``{"responses": {question_id: [option_id, ...]}, "checked": {question_id: bool}}``

A question counts towards the score once it has been checked and the chosen options are exactly
the correct ones. Changing an answer in the browser un-checks it.
"""

from __future__ import annotations

from typing import Any

from strengths.markdown import escape_markdown
from strengths.widgets._exercise import Exercise


class Quiz(Exercise):
    widget_name = "quiz"

    @property
    def questions(self) -> list[dict[str, Any]]:
        return list(self.content.get("questions", []))

    @property
    def responses(self) -> dict[str, list[str]]:
        return {k: list(v or []) for k, v in (self.answers.get("responses") or {}).items()}

    @property
    def checked(self) -> dict[str, bool]:
        return {k: bool(v) for k, v in (self.answers.get("checked") or {}).items()}

    def _question(self, question_id: str) -> dict[str, Any]:
        for question in self.questions:
            if question["id"] == question_id:
                return question
        raise KeyError(f"no question '{question_id}' in quiz '{self.exercise_id}'")

    @staticmethod
    def correct_options(question: dict[str, Any]) -> list[str]:
        return [o["id"] for o in question["options"] if o.get("correct")]

    def is_correct(self, question_id: str) -> bool:
        """True when the chosen options are exactly the correct ones (checked or not)."""
        question = self._question(question_id)
        chosen = set(self.responses.get(question_id, []))
        return bool(chosen) and chosen == set(self.correct_options(question))

    @property
    def score(self) -> int:
        """Questions checked and answered correctly (what the page's "N of M correct" shows)."""
        return sum(1 for q in self.questions if self.checked.get(q["id"]) and self.is_correct(q["id"]))

    @property
    def total(self) -> int:
        return len(self.questions)

    def answers_to_markdown(self) -> list[str]:
        lines: list[str] = []
        for number, question in enumerate(self.questions, 1):
            lines += [f"## Question {number}: {escape_markdown(question['text'])}", ""]
            picked = set(self.responses.get(question["id"], []))
            chosen = [o for o in question["options"] if o["id"] in picked]
            if chosen:
                lines.append("My answer: " + "; ".join(escape_markdown(o["text"]) for o in chosen))
            else:
                lines.append("My answer: _(no answer)_")
            lines.append("")
            if self.checked.get(question["id"]) and chosen:
                if self.is_correct(question["id"]):
                    lines.append("Result: correct")
                else:
                    right = [o for o in question["options"] if o.get("correct")]
                    lines.append("Result: not correct. The right answer: " + "; ".join(escape_markdown(o["text"]) for o in right))
                lines += ["", f"Why: {escape_markdown(question['explanation'])}"]
            else:
                lines.append("Result: _(not checked yet)_")
            lines.append("")
        lines += ["## Score", "", f"{self.score} of {self.total} correct", ""]
        return lines
