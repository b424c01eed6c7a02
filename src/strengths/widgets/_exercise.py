"""Shared base for every exercise widget.

An exercise is an anywidget whose browser behaviour lives in a hand-written ES module
(``<name>.js`` beside the Python module). The same module runs in three places:

* a live Jupyter kernel (anywidget's own front end): answers sync to ``widget.answers``;
* the static book page, through our light runtime (``static/widgets/runtime.js``);
* the browser tests.

Storage scheme (the contract the portfolio and later widgets build on): each exercise
keeps **one versioned record** in ``localStorage`` under
``strengths-in-practice:v1:<page>:<exercise id>``::

    {"format": "strengths-in-practice/exercise", "version": 1,
     "exercise": "<id>", "widget": "<name>", "page": "<page path>", "title": "...",
     "saved_at": "<ISO 8601>", "answers": {...}}

``answers`` has a per-widget shape, documented in each widget module. ``record()`` and
``from_record()`` read and write the same shape from Python.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, ClassVar

import anywidget
import traitlets

from strengths import exercises as exercise_content
from strengths.markdown import escape_markdown

HERE = Path(__file__).parent
RECORD_FORMAT = "strengths-in-practice/exercise"
RECORD_VERSION = 1


@cache
def _module_source(widget: str) -> tuple[str, str]:
    """The ES module and CSS sent to the browser: shared helpers first, then the widget's own code.

    Concatenation (not ``import``) keeps each widget a single self-contained module, which the
    static runtime can load from a Blob URL with no build step and no extra requests.
    """
    js = "\n".join((HERE / name).read_text(encoding="utf-8") for name in ("_check.js", "_shared.js", f"{widget}.js"))
    css = (HERE / "_shared.css").read_text(encoding="utf-8")
    own_css = HERE / f"{widget}.css"
    if own_css.is_file():
        css += "\n" + own_css.read_text(encoding="utf-8")
    return js, css


def language_support() -> dict[str, Any]:
    """The language and personal-data rules for the browser check (``support["language"]``)."""
    from strengths.check import compiled_rules

    return compiled_rules()


class Exercise(anywidget.AnyWidget):
    """Base class. Subclasses set ``widget_name`` and implement ``answers_to_markdown``."""

    widget_name: ClassVar[str] = ""

    exercise_id = traitlets.Unicode().tag(sync=True)
    widget = traitlets.Unicode().tag(sync=True)
    content = traitlets.Dict().tag(sync=True)
    answers = traitlets.Dict().tag(sync=True)
    storage_version = traitlets.Int(RECORD_VERSION).tag(sync=True)
    #: Extra data the browser needs: the language rules for every widget, plus what subclasses add.
    support = traitlets.Dict().tag(sync=True)

    def __init__(self, *, exercise: str, answers: dict[str, Any] | None = None, **kwargs: Any):
        content = exercise_content.get(exercise)
        if content["widget"] != self.widget_name:
            raise ValueError(f"exercise '{exercise}' is a {content['widget']} exercise, not {self.widget_name}")
        super().__init__(
            exercise_id=exercise,
            widget=self.widget_name,
            content=content,
            answers=dict(answers or {}),
            support=self.support_data(),
            **kwargs,
        )

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # anywidget turns class-level _esm/_css into synced traits; set them before it looks.
        if cls.__dict__.get("widget_name"):
            cls._esm, cls._css = _module_source(cls.widget_name)
        super().__init_subclass__(**kwargs)

    # -- hooks for subclasses -------------------------------------------------------------
    def support_data(self) -> dict[str, Any]:
        """Data the browser module needs besides the content. Every widget gets the language and
        personal-data rules, so any text a user types can be checked and downloads can warn."""
        return {"language": language_support()}

    def answers_to_markdown(self) -> list[str]:
        """Markdown lines for the answers (after the shared heading). Must match the JS export."""
        raise NotImplementedError

    # -- shared behaviour -------------------------------------------------------------------
    @property
    def title(self) -> str:
        return self.content["title"]

    def to_markdown(self) -> str:
        """The same Markdown the browser's "Download as Markdown" button gives."""
        lines = [f"# {escape_markdown(self.title)}", "", f"Exercise: {self.exercise_id}", ""]
        lines += self.answers_to_markdown()
        return "\n".join(lines).rstrip("\n") + "\n"

    def record(self, *, page: str = "", saved_at: str = "") -> dict[str, Any]:
        return {
            "format": RECORD_FORMAT,
            "version": RECORD_VERSION,
            "exercise": self.exercise_id,
            "widget": self.widget_name,
            "page": page,
            "title": self.title,
            "saved_at": saved_at,
            "answers": dict(self.answers),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> "Exercise":
        if record.get("format") != RECORD_FORMAT or record.get("version") != RECORD_VERSION:
            raise ValueError("not a version 1 Strengths in Practice exercise record")
        return cls(exercise=record["exercise"], answers=record.get("answers") or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(exercise={self.exercise_id!r})"
