"""Reflection: prompts with free-text answers and an optional action line.

``answers``: ``{"responses": {prompt_id: text}, "action": text}``
"""

from __future__ import annotations

from strengths.markdown import escape_markdown, quote_block
from strengths.widgets._exercise import Exercise


class Reflection(Exercise):
    widget_name = "reflection"

    @property
    def responses(self) -> dict[str, str]:
        return dict(self.answers.get("responses") or {})

    def answers_to_markdown(self) -> list[str]:
        lines: list[str] = []
        for prompt in self.content.get("prompts", []):
            lines += [f"## {escape_markdown(prompt['text'])}", "", *quote_block(self.responses.get(prompt["id"], "")), ""]
        if self.content.get("action_line"):
            label = self.content.get("action_label") or "What will I do differently?"
            lines += [f"## {escape_markdown(label)}", "", *quote_block(self.answers.get("action", "")), ""]
        return lines
