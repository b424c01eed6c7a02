"""The Reflection widget and the shared exercise base: state, records and the Markdown export."""

from __future__ import annotations

import pytest

from strengths.markdown import escape_markdown, quote_block
from strengths.widgets import Reflection


def test_state_round_trips_through_a_storage_record():
    answers = {"responses": {"recent-visit": "She plans her week"}, "action": "Ask about the allotment"}
    widget = Reflection(exercise="first-reflection", answers=answers)
    record = widget.record(page="exercises/getting-started", saved_at="2026-11-26T10:00:00Z")
    assert record["format"] == "strengths-in-practice/exercise" and record["version"] == 1
    assert record["exercise"] == "first-reflection" and record["widget"] == "reflection"
    again = Reflection.from_record(record)
    assert again.answers == answers and again.responses == answers["responses"]


def test_markdown_export_escapes_user_text():
    widget = Reflection(exercise="first-reflection", answers={"responses": {"recent-visit": "<script>alert(1)</script> *bold* [x](y)"}})
    md = widget.to_markdown()
    assert md.startswith("# Your starting point\n\nExercise: first-reflection\n")
    assert "> \\<script\\>alert\\(1\\)\\</script\\> \\*bold\\* \\[x\\]\\(y\\)" in md
    assert "<script>" not in md
    assert md.count("_(no answer)_") == 2  # the unanswered prompt and the action line


def test_widget_ships_its_module_and_styles():
    widget = Reflection(exercise="first-reflection")
    assert "export default" in widget._esm and "function mountExercise" in widget._esm
    assert ".sip-exercise" in widget._css


def test_wrong_widget_for_exercise_is_refused():
    from strengths.widgets._exercise import Exercise

    class Other(Exercise):
        pass

    Other.widget_name = "quiz"  # set after class creation: no quiz module needs to exist here

    with pytest.raises(ValueError, match="is a reflection exercise"):
        Other(exercise="first-reflection")


def test_record_from_another_format_is_refused():
    with pytest.raises(ValueError):
        Reflection.from_record({"format": "something-else", "version": 1, "exercise": "first-reflection"})


@pytest.mark.parametrize(
    ("text", "escaped"),
    [("a*b", "a\\*b"), ("# h", "\\# h"), ("<b>", "\\<b\\>"), ("1. x", "1\\. x"), ("a\r\nb", "a\nb")],
)
def test_escape_markdown(text, escaped):
    assert escape_markdown(text) == escaped


def test_quote_block_handles_blank_and_multiline():
    assert quote_block("  ") == ["_(no answer)_"]
    assert quote_block("one\n\ntwo") == ["> one", ">", "> two"]
