"""OpenQuestions: rewrite closed or leading questions as open ones, with hints, model answers
and a light self-check.

``answers``: ``{"rewrites": {question_id: text}, "revealed": {question_id: ["hint" | "model", ...]}}``

The self-check rules live here and are sent to the browser (``support``), so Python and the page
flag exactly the same things.
"""

from __future__ import annotations

import re
from typing import Any

from strengths.markdown import escape_markdown, quote_block
from strengths.widgets._exercise import Exercise

_APOS = "['\u2019]"
_VERBS = ["do", "does", "did", "is", "are", "can", "could", "will", "would", "have", "has", "should"]
_NEGATIVE = [f"{v}n{_APOS}t" for v in ["is", "are", "do", "does", "did", "could", "would", "have", "has", "should"]]
_NEGATIVE += [f"can{_APOS}t", f"won{_APOS}t"]

#: A question that starts like a yes/no question: "Do you…", "Can you…", "Is there…".
CLOSED_OPENER = r"^\s*(?:" + "|".join(_VERBS) + r")\s+(?:you|your|it|there|that|this|they|he|she|we)\b"
#: A question that ends with a tag: "…, isn't it?", "…, wouldn't you?".
TAG_QUESTION = r",\s*(?:" + "|".join(_NEGATIVE + _VERBS) + r")\s+(?:it|you|they|he|she|we|i|there|that)\s*\?\s*$"

SELF_CHECK_MESSAGES = {
    "closed": "Still closed: it starts like a yes-or-no question (such as \u201cCan you\u2026\u201d or \u201cDo you\u2026\u201d). "
    "Try starting with What, How or Tell me about.",
    "tag": "Still leading: it ends with a tag question (such as \u201c\u2026, isn't it?\u201d), which suggests the answer you expect.",
    "open": "Looks open: no closed opening or tag question found. Read it aloud: does it invite the person to tell their story?",
}


def self_check(text: str) -> str:
    """'' for a blank answer, else 'closed', 'tag' or 'open'. Twin of ``selfCheck`` in open_questions.js."""
    text = str(text or "")
    if not text.strip():
        return ""
    if re.search(CLOSED_OPENER, text, re.IGNORECASE):
        return "closed"
    if re.search(TAG_QUESTION, text, re.IGNORECASE):
        return "tag"
    return "open"


class OpenQuestions(Exercise):
    widget_name = "open_questions"

    def support_data(self) -> dict[str, Any]:
        return {
            **super().support_data(),
            "closed_opener": CLOSED_OPENER,
            "tag_question": TAG_QUESTION,
            "messages": dict(SELF_CHECK_MESSAGES),
        }

    @property
    def questions(self) -> list[dict[str, Any]]:
        return list(self.content.get("questions", []))

    @property
    def rewrites(self) -> dict[str, str]:
        return dict(self.answers.get("rewrites") or {})

    @property
    def revealed(self) -> dict[str, list[str]]:
        return {k: list(v or []) for k, v in (self.answers.get("revealed") or {}).items()}

    def check(self, question_id: str) -> str:
        """The self-check result for one rewrite: '', 'closed', 'tag' or 'open'."""
        return self_check(self.rewrites.get(question_id, ""))

    @property
    def score(self) -> int:
        """Rewrites that pass the self-check (no closed opening, no tag question)."""
        return sum(1 for q in self.questions if self.check(q["id"]) == "open")

    def answers_to_markdown(self) -> list[str]:
        lines: list[str] = []
        for number, question in enumerate(self.questions, 1):
            text = self.rewrites.get(question["id"], "")
            lines += [f"## Question {number}: {escape_markdown(question['closed'])}", "", "My open question:", "", *quote_block(text), ""]
            result = self_check(text)
            if result:
                lines += [f"Self-check: {escape_markdown(SELF_CHECK_MESSAGES[result])}", ""]
            shown = self.revealed.get(question["id"], [])
            if "hint" in shown:
                lines += [f"Hint: {escape_markdown(question['hint'])}", ""]
            if "model" in shown:
                lines += [f"Model answer: {escape_markdown(question['model'])}", ""]
        return lines
