"""StrengthsMap, SocialDisciplineWindow, MindspacePlanner and ValuesSelfAssessment: state round trips,
Markdown exports (escaped, and identical to the browser's export, run in Node), content validity."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from strengths import content
from strengths.widgets import MindspacePlanner, SocialDisciplineWindow, StrengthsMap, ValuesSelfAssessment
from strengths.widgets._exercise import HERE
from strengths.widgets.mindspace_planner import choice_words_in

NASTY = '<script>alert(1)</script> *bold* # not a heading [x](y) `code` _u_ <img src=x onerror="alert(2)">'
ESCAPED = "\\<script\\>alert\\(1\\)\\</script\\> \\*bold\\* \\# not a heading \\[x\\]\\(y\\) \\`code\\` \\_u\\_"

SAMPLES = {
    "strengths_map": (
        StrengthsMap,
        "strengths-map",
        {
            "items": [
                {"id": "a", "text": "walks the dog daily", "ring": "personal"},
                {"id": "b", "text": NASTY, "ring": "community"},
                {"id": "c", "text": "niece phones most evenings", "ring": "relationships"},
                {"id": "d", "text": "lost ring", "ring": "no-such-ring"},
            ]
        },
    ),
    "social_discipline_window": (
        SocialDisciplineWindow,
        "social-discipline-sort",
        {"placements": {"arrange-everything": "for", "follow-plan-or-else": "with", "agree-goal-together": "with"}, "checked": True},
    ),
    "mindspace_planner": (
        MindspacePlanner,
        "mindspace-plan",
        {
            "levers": {
                "messenger": {"use": True, "how": "Ask her friend Jo, who already goes, to ring her."},
                "incentives": {"use": True, "how": "Tell her she MUST go or she won\u2019t get lunch."},
                "norms": {"use": False, "how": NASTY + "\n\nsecond paragraph"},
                "defaults": {"use": True, "how": "Mustard sandwiches are on the menu."},  # 'must' only inside a word
            }
        },
    ),
    "values_self_assessment": (
        ValuesSelfAssessment,
        "values-self-assessment",
        {
            "ratings": {"collaborate-choice": 4, "collaborate-community": 3, "fairness-equal": 5},
            "previous": {"ratings": {"collaborate-choice": 2, "fairness-equal": 5}, "saved_at": "2026-11-01T09:30:00.000Z"},
            "focus": "collaborate",
            "plan": NASTY,
        },
    ),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_state_round_trips_through_a_storage_record(name):
    cls, exercise, answers = SAMPLES[name]
    widget = cls(exercise=exercise, answers=answers)
    record = widget.record(page="exercises/x", saved_at="2026-11-26T10:00:00Z")
    assert record["widget"] == name and record["exercise"] == exercise
    again = cls.from_record(json.loads(json.dumps(record)))
    assert isinstance(again, cls) and again.answers == answers
    assert again.to_markdown() == widget.to_markdown()


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_markdown_escapes_user_text(name):
    cls, exercise, answers = SAMPLES[name]
    md = cls(exercise=exercise, answers=answers).to_markdown()
    assert re.search(r"(?<!\\)(?<!\n)[<>]", md) is None, "every < and > in user text is escaped"
    if name != "social_discipline_window":  # the only widget with no free text
        assert ESCAPED in md
    assert md.endswith("\n") and not md.endswith("\n\n")


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_empty_answers_export(name):
    cls, exercise, _ = SAMPLES[name]
    md = cls(exercise=exercise).to_markdown()
    assert md.startswith("# ")


def test_strengths_map_accessors_and_export():
    widget = StrengthsMap(exercise="strengths-map", answers=SAMPLES["strengths_map"][2])
    assert widget.items_in("personal") == ["walks the dog daily"]
    widget.add("Corner shop delivers the paper", "resources")
    assert widget.items_in("resources") == ["Corner shop delivers the paper"]
    with pytest.raises(ValueError):
        widget.add("x", "moon")
    md = widget.to_markdown()
    assert "## Personal strengths\n\n- walks the dog daily\n" in md
    assert "lost ring" not in md  # items in unknown rings are not exported
    assert "## Resources\n\n- Corner shop delivers the paper\n" in md


def test_social_discipline_window_score_and_feedback():
    widget = SocialDisciplineWindow(exercise="social-discipline-sort", answers=SAMPLES["social_discipline_window"][2])
    assert widget.score() == (2, 6)
    feedback = {f["statement"]: f for f in widget.feedback()}
    assert feedback["follow-plan-or-else"]["matches"] is False and feedback["follow-plan-or-else"]["suggested"] == "to"
    md = widget.to_markdown()
    assert "You placed 2 of 6 statements where the framework suggests." in md
    assert "- Your placement: WITH\n- Suggested: TO\n- Why: " in md
    unchecked = SocialDisciplineWindow(exercise="social-discipline-sort", answers={"placements": {"arrange-everything": "for"}})
    assert "Suggested" not in unchecked.to_markdown() and "not placed yet" in unchecked.to_markdown()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She must go", ["must"]),
        ("Mustard and musty", []),
        ("You have  to\ngo", ["have to"]),
        ("she won\u2019t get her lunch unless she goes", ["won't get", "unless she"]),
        ("There is NO CHOICE here", ["no choice"]),
        ("Offer a lift and let her decide", []),
    ],
)
def test_choice_words(text, found):
    words = content.load("exercise", "umbrella-mindspace")["exercises"][0]["choice_words"]
    assert choice_words_in(text, words) == found


def test_mindspace_warnings_in_export():
    widget = MindspacePlanner(exercise="mindspace-plan", answers=SAMPLES["mindspace_planner"][2])
    assert widget.levers_used() == ["messenger", "incentives", "defaults"]
    assert widget.choice_warnings() == {"incentives": ["must", "won't get"]}
    md = widget.to_markdown()
    assert md.count("**Check the wording**") == 1
    assert "## Incentives\n\nUse this lever: yes\n\n> Tell her she MUST go or she won’t get lunch\\.\n\n**Check the wording**" in md
    assert len(widget.content["levers"]) == 9


def test_values_self_assessment_export_and_plot():
    widget = ValuesSelfAssessment(exercise="values-self-assessment", answers=SAMPLES["values_self_assessment"][2])
    md = widget.to_markdown()
    assert "- I build a working relationship with the person and give them real choice and control\\.: 4 out of 5 (was 2)" in md
    assert "## Value to develop\n\nCollaborate \\(Islington CARE\\)\n" in md
    assert widget.averages()["collaborate"] == 3.5 and widget.previous_averages()["collaborate"] == 2
    fig = widget.plot()
    from matplotlib.figure import Figure

    assert isinstance(fig, Figure)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == [v["name"] for v in widget.content["values"]]
    widget.snapshot()
    assert widget.previous["ratings"] == widget.ratings
    blank = ValuesSelfAssessment(exercise="values-self-assessment")
    assert isinstance(blank.plot(), Figure) and "_(none chosen)_" in blank.to_markdown()


def test_content_files_validate():
    problems = content.validate_all()
    mine = [p for p in problems if any(n in p.file for n in ("toolkit", "social-discipline-window", "umbrella-mindspace", "self-assessment"))]
    assert mine == []
    sdw = content.load("exercise", "social-discipline-window")["exercises"][0]
    assert {q["id"] for q in sdw["quadrants"]} == {"to", "not", "for", "with"}
    assert {s["answer"] for s in sdw["statements"]} <= {"to", "not", "for", "with"}


def test_schema_rejects_a_typo(tmp_path):
    import jsonschema

    schema = json.loads((Path(content.SCHEMA_ROOT) / "exercise.schema.json").read_text())
    bad = {"area": "x", "exercises": [{"id": "m", "widget": "strengths_map", "title": "T", "rings": [{"id": "a", "name": "A", "hint": "h", "colour": "red"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


JS_FUNCTIONS = {
    "strengths_map": "strengthsMapMarkdown",
    "social_discipline_window": "sdwMarkdown",
    "mindspace_planner": "mindspaceMarkdown",
    "values_self_assessment": "vsaMarkdown",
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_browser_markdown_matches_python(name, tmp_path):
    """Run the widget's own ES module in Node and compare its Markdown with Python's, line by line."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is needed (make test installs it with npm)")
    cls, exercise, answers = SAMPLES[name]
    module = tmp_path / f"{name}.mjs"
    module.write_text(
        (HERE / "_shared.js").read_text() + "\n" + (HERE / f"{name}.js").read_text() + f"\nexport {{ {JS_FUNCTIONS[name]} as md }};\n",
        encoding="utf-8",
    )
    for sample in (answers, {}):
        widget = cls(exercise=exercise, answers=sample)
        script = f"import {{ md }} from {json.dumps(module.as_uri())}; const [c, a] = JSON.parse(process.argv[1]); process.stdout.write(JSON.stringify(md(c, a)));"
        out = subprocess.run(
            [node, "--input-type=module", "-e", script, json.dumps([widget.content, sample])], capture_output=True, text=True, check=True
        )
        assert json.loads(out.stdout) == widget.answers_to_markdown()
