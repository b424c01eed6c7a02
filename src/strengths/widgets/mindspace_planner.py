"""MindspacePlanner: plan a nudge for a goal with the nine MINDSPACE levers (Darlington umbrella).

``answers``: ``{"levers": {lever_id: {"use": bool, "how": str}}}``

A lever's "how" text is flagged when it contains a phrase from the exercise's ``choice_words``
(whole words, case-insensitive, curly apostrophes treated as straight): nudges must keep choice.
"""

from __future__ import annotations

import re

from strengths.markdown import escape_markdown, quote_block
from strengths.widgets._exercise import Exercise


def choice_words_in(text: str, words: list[str]) -> list[str]:
    """The phrases from ``words`` found in ``text``. Twin of ``choiceWordsIn`` in the JS."""
    clean = " ".join(str(text or "").replace("\u2019", "'").replace("\u2018", "'").lower().split())
    found = []
    for word in words:
        phrase = " ".join(word.lower().split())
        if re.search(r"(?<![a-z0-9])" + re.escape(phrase) + r"(?![a-z0-9])", clean):
            found.append(word)
    return found


class MindspacePlanner(Exercise):
    widget_name = "mindspace_planner"

    def lever(self, lever_id: str) -> dict:
        entry = (self.answers.get("levers") or {}).get(lever_id) or {}
        return {"use": bool(entry.get("use")), "how": str(entry.get("how") or "")}

    def levers_used(self) -> list[str]:
        return [lever["id"] for lever in self.content["levers"] if self.lever(lever["id"])["use"]]

    def choice_warnings(self) -> dict[str, list[str]]:
        """lever id -> phrases that may take the person's choice away."""
        out = {}
        for lever in self.content["levers"]:
            found = choice_words_in(self.lever(lever["id"])["how"], self.content["choice_words"])
            if found:
                out[lever["id"]] = found
        return out

    def answers_to_markdown(self) -> list[str]:
        lines = ["## Goal", "", escape_markdown(self.content["goal"].strip()), ""]
        warnings = self.choice_warnings()
        for lever in self.content["levers"]:
            state = self.lever(lever["id"])
            lines += [
                f"## {escape_markdown(lever['name'])}",
                "",
                f"Use this lever: {'yes' if state['use'] else 'no'}",
                "",
                *quote_block(state["how"]),
                "",
            ]
            if lever["id"] in warnings:
                found = ", ".join(f"“{w}”" for w in warnings[lever["id"]])
                lines += [f"**Check the wording** (found {escape_markdown(found)}): {escape_markdown(self.content['choice_warning'].strip())}", ""]
        return lines
