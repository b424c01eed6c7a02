"""DecisionPoint, OpenQuestions, Quiz and Reflection in Python: records, Markdown, scoring, content.

The Markdown export is written twice (Python ``answers_to_markdown`` and each module's JS
``markdown``); ``test_js_markdown_matches_python`` runs the JS in Node.js on the same answers and
compares line by line.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from strengths import content, exercises

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))
import make_seed_shingles as shingles  # noqa: E402
from strengths.widgets import DecisionPoint, Exercise, OpenQuestions, Quiz, Reflection
from strengths.widgets.open_questions import SELF_CHECK_MESSAGES, self_check

ROOT = Path(__file__).resolve().parents[2]
WIDGETS = ROOT / "src" / "strengths" / "widgets"
DATA = ROOT / "tests" / "data"
SEEDS = Path("/work/shared/seeds")
MY_CONTENT = ["values-in-practice", "open-questions", "rights-and-risk"]
NASTY = "<script>alert(1)</script>\n*star* # hash [link](x)\n\n  second para_with_underscores  "

SAMPLES: list[tuple[type[Exercise], str, dict]] = [
    (
        Quiz,
        "values-quiz",
        {
            "responses": {"care-r": ["resourceful"], "thrive-parts": ["together", "targets"], "law": ["care-act"], "ambitious": []},
            "checked": {"care-r": True, "thrive-parts": True, "law": False, "ambitious": True},
        },
    ),
    (Quiz, "open-closed-quiz", {}),
    (
        DecisionPoint,
        "ada-cycling",
        {"choices": {"capacity": "assume", "unwise": "lacks"}, "confirmed": {"capacity": True, "unwise": False}, "note": NASTY},
    ),
    (DecisionPoint, "values-delroy", {"choices": {"opening": "befriend"}, "confirmed": {"opening": True}}),
    (
        OpenQuestions,
        "rewrite-closed-questions",
        {
            "rewrites": {"stairs": NASTY, "shopping": "Does she help?", "worried": "How do you feel, don't you?", "enjoy": "What do you enjoy?"},
            "revealed": {"stairs": ["hint", "model"], "enjoy": ["model"]},
        },
    ),
    (Reflection, "first-reflection", {"responses": {"recent-visit": NASTY, "what-helped": ""}, "action": "Ask *first*"}),
    (Reflection, "values-reflection", {}),
    # Odd records: unknown ids, checked with no answer, Windows and old-Mac line breaks, blank text.
    (Quiz, "values-quiz", {"responses": {"care-r": ["gone"], "law": ["care-act", "care-act"]}, "checked": {"care-r": True, "law": True, "thrive-parts": True}}),
    (DecisionPoint, "values-delroy", {"choices": {"opening": "gone", "next": "raised"}, "confirmed": {"opening": True, "next": True}, "note": "a\r\nb\rc"}),
    (OpenQuestions, "rewrite-closed-questions", {"rewrites": {"stairs": "   ", "enjoy": "What\r\n, isn't it?"}, "revealed": {"shopping": ["model", "hint"]}}),
]


# --------------------------------------------------------------------------- records


@pytest.mark.parametrize("cls,exercise,answers", SAMPLES, ids=[s[1] + str(i) for i, s in enumerate(SAMPLES)])
def test_record_round_trip(cls, exercise, answers):
    widget = cls(exercise=exercise, answers=answers)
    rec = widget.record(page="exercises/x", saved_at="2026-11-26T10:00:00.000Z")
    assert rec["format"] == "strengths-in-practice/exercise" and rec["version"] == 1
    assert rec["widget"] == cls.widget_name and rec["exercise"] == exercise
    again = cls.from_record(json.loads(json.dumps(rec)))
    assert isinstance(again, cls)
    assert again.answers == answers
    assert again.to_markdown() == widget.to_markdown()


def test_from_record_rejects_other_formats():
    with pytest.raises(ValueError):
        Quiz.from_record({"format": "something-else", "version": 1, "exercise": "values-quiz"})
    with pytest.raises(ValueError):
        Quiz.from_record({"format": "strengths-in-practice/exercise", "version": 2, "exercise": "values-quiz"})


@pytest.mark.parametrize("cls,exercise", [(Quiz, "ada-cycling"), (DecisionPoint, "values-quiz"), (OpenQuestions, "first-reflection")])
def test_wrong_widget_for_exercise(cls, exercise):
    with pytest.raises(ValueError):
        cls(exercise=exercise)


# --------------------------------------------------------------------------- Markdown


@pytest.mark.parametrize("cls,exercise,answers", SAMPLES, ids=[s[1] + str(i) for i, s in enumerate(SAMPLES)])
def test_markdown_escapes_user_text(cls, exercise, answers):
    md = cls(exercise=exercise, answers=answers).to_markdown()
    assert md.endswith("\n") and not md.endswith("\n\n")
    assert "<script>" not in md and "[link](x)" not in md and "*star*" not in md
    if NASTY in json.dumps(answers) or NASTY in str(answers):
        assert "> \\<script\\>alert\\(1\\)\\</script\\>" in md
        assert "> \\*star\\* \\# hash \\[link\\]\\(x\\)" in md
        assert "second para\\_with\\_underscores" in md
        assert "\n>\n" in md  # the blank line inside the answer stays part of the quote


def test_quiz_markdown_shape():
    md = Quiz(exercise="values-quiz", answers=SAMPLES[0][2]).to_markdown().split("\n")
    assert md[:4] == ["# Check your knowledge of CARE and THRIVE", "", "Exercise: values-quiz", ""]
    assert "My answer: Resourceful" in md
    assert "Result: correct" in md
    assert "My answer: Together and inclusive; Targets and timescales" in md
    assert "Result: not correct. The right answer: Together and inclusive; Healthy and safe; Valued and respected" in md
    assert md.count("Result: _(not checked yet)_") == 3  # law (answered, unchecked), ambitious (checked, empty), independence
    assert md[-3:] == ["", "1 of 5 correct", ""]


def test_decision_point_markdown_shape():
    md = DecisionPoint(exercise="ada-cycling", answers=SAMPLES[2][2]).to_markdown()
    assert "## The situation" in md
    assert "How it fits: A strong choice" in md
    assert "_(not confirmed yet)_" in md  # decision 2 chosen, not confirmed
    assert "My choice: _(not chosen yet)_" in md  # decision 3
    assert "## What would you write in the record about Ada's decision?" in md


def test_open_questions_markdown_shape():
    md = OpenQuestions(exercise="rewrite-closed-questions", answers=SAMPLES[4][2]).to_markdown()
    assert "Hint: Ask how the stairs go now" in md
    assert "Model answer: What do you enjoy doing" in md
    assert md.count("Model answer:") == 2
    assert "Self-check: Still closed" in md and "Self-check: Still leading" in md and "Self-check: Looks open" in md
    assert md.count("_(no answer)_") == 1  # care-home


# --------------------------------------------------------------------------- scoring


def test_quiz_scoring():
    quiz = Quiz(exercise="values-quiz", answers=SAMPLES[0][2])
    assert quiz.total == 5
    assert quiz.is_correct("care-r") and quiz.is_correct("law")
    assert not quiz.is_correct("thrive-parts")  # a wrong extra box
    assert not quiz.is_correct("ambitious")  # nothing chosen
    assert quiz.score == 1  # "law" is right but not checked
    full = {
        "responses": {q["id"]: Quiz.correct_options(q) for q in quiz.questions},
        "checked": {q["id"]: True for q in quiz.questions},
    }
    assert Quiz(exercise="values-quiz", answers=full).score == 5
    partial = {"responses": {"thrive-parts": ["together", "healthy"]}, "checked": {"thrive-parts": True}}
    assert Quiz(exercise="values-quiz", answers=partial).score == 0  # only some of the right boxes
    with pytest.raises(KeyError):
        quiz.is_correct("no-such-question")


def test_decision_point_scoring():
    dp = DecisionPoint(exercise="ada-cycling", answers=SAMPLES[2][2])
    assert dp.choice("capacity")["id"] == "assume"
    assert dp.fit("capacity") == "strong"
    assert dp.fit("unwise") is None  # chosen, not confirmed
    assert dp.choice("plan") is None
    assert dp.score == 1 and not dp.complete
    best = {s["id"]: next(c["id"] for c in s["choices"] if c["fit"] == "strong") for s in dp.steps}
    done = DecisionPoint(exercise="ada-cycling", answers={"choices": best, "confirmed": {k: True for k in best}})
    assert done.score == 3 and done.complete
    with pytest.raises(KeyError):
        dp.choice("no-such-step")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("", ""),
        ("   \n ", ""),
        ("You can manage the stairs, can't you?", "tag"),
        ("You'd be happier there, wouldn\u2019t you?", "tag"),
        ("It is cold, isn't it ?  ", "tag"),
        ("Can you tell me about the stairs?", "closed"),
        ("  do you like it", "closed"),
        ("Is there anything you enjoy?", "closed"),
        ("Would you like a cup of tea?", "closed"),
        ("Should they help?", "closed"),
        ("How do you get on with the stairs?", "open"),
        ("What matters to you?", "open"),
        ("Tell me about a good day.", "open"),
        ("Doing well today?", "open"),  # 'Doing' is not the opener 'Do'
    ],
)
def test_self_check(text, expected):
    assert self_check(text) == expected


def test_open_questions_score_and_support():
    oq = OpenQuestions(exercise="rewrite-closed-questions", answers=SAMPLES[4][2])
    assert oq.check("stairs") == "open" and oq.check("shopping") == "closed" and oq.check("worried") == "tag"
    assert oq.score == 2  # stairs, enjoy
    assert set(oq.support["messages"]) == set(SELF_CHECK_MESSAGES)
    assert oq.support["closed_opener"] and oq.support["tag_question"]
    assert oq.support["language"]["rules"]  # the live language check on each rewrite
    assert DecisionPoint(exercise="ada-cycling").support["language"]["rules"]


# --------------------------------------------------------------------------- content


@pytest.mark.parametrize("name", MY_CONTENT)
def test_content_validates(name):
    data = content.load_file(content.CONTENT_ROOT / "exercises" / f"{name}.yaml")
    assert data["exercises"]


def test_every_exercise_of_these_widgets_builds_and_makes_sense():
    classes = {"quiz": Quiz, "decision_point": DecisionPoint, "open_questions": OpenQuestions, "reflection": Reflection}
    seen = set()
    for exercise_id, item in exercises.all_exercises().items():
        cls = classes.get(item["widget"])
        if cls is None:
            continue
        seen.add(item["widget"])
        widget = cls(exercise=exercise_id)
        assert widget.to_markdown().startswith("# ")
        if item["widget"] == "quiz":
            for q in item["questions"]:
                right = Quiz.correct_options(q)
                assert right, f"{exercise_id}/{q['id']}: no correct option"
                if not q.get("multiple"):
                    assert len(right) == 1, f"{exercise_id}/{q['id']}: single-answer question with {len(right)} right options"
                assert len({o["id"] for o in q["options"]}) == len(q["options"])
        if item["widget"] == "decision_point":
            for step in item["steps"]:
                assert any(c["fit"] == "strong" for c in step["choices"]), f"{exercise_id}/{step['id']}: no strong choice"
                assert len({c["id"] for c in step["choices"]}) == len(step["choices"])
    assert seen == set(classes)


def test_schema_rejects_bad_quiz_and_decision(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "area: x\nexercises:\n"
        "  - id: q\n    widget: quiz\n    title: T\n    questions:\n"
        "      - id: a\n        text: Q\n        explanation: E\n        options:\n"
        "          - {id: x, text: X}\n          - {id: y, text: Y}\n"
        "  - id: d\n    widget: decision_point\n    title: T\n    scenario: S\n    steps:\n"
        "      - id: s\n        prompt: P\n        choices:\n"
        "          - {id: a, text: A, consequence: C, feedback: F, fit: great}\n",
        encoding="utf-8",
    )
    with pytest.raises(content.ContentError) as err:
        content.load_file(bad, "exercise")
    text = str(err.value)
    assert "options" in text  # no correct option
    assert "fit" in text or "choices" in text


def _seed_shingles() -> set[str]:
    """Hashed 12-word windows of both frameworks (tests/data/seed_shingles.txt; the seeds are not in the repo)."""
    stored = DATA / "seed_shingles.txt"
    if stored.is_file():
        return {line.strip() for line in stored.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds, "no tests/data/seed_shingles.txt: run tests/data/make_seed_shingles.py SEEDS_DIR"
    return set().union(*(shingles.shingles(seed.read_text(encoding="utf-8")) for seed in seeds))


def test_content_in_own_words():
    """No run of 12 words in these exercises or their pages matches either source framework."""
    grams = _seed_shingles()
    assert len(grams) > 1000
    texts = {n: (content.CONTENT_ROOT / "exercises" / f"{n}.yaml").read_text(encoding="utf-8") for n in MY_CONTENT}
    for page in ("values", "open-questions", "rights-and-risk"):
        nb = json.loads((ROOT / "exercises" / f"{page}.ipynb").read_text(encoding="utf-8"))
        texts[page] = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    for name, text in texts.items():
        w = shingles.words(text)
        hits = [" ".join(w[i : i + shingles.N]) for i in range(len(w) - shingles.N + 1) if shingles.shingle(w[i : i + shingles.N]) in grams]
        assert hits == [], f"{name}: {hits}"


def test_content_passes_language_check():
    """Exercise text follows the book's own strengths-based language rules."""
    from strengths.check import engine

    findings = []
    for name in MY_CONTENT:
        data = content.load_file(content.CONTENT_ROOT / "exercises" / f"{name}.yaml")
        for item in data["exercises"]:
            for text in _strings(item):
                findings += [(item["id"], f.rule, f.text) for f in engine.check(text)]
    assert findings == []


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


# --------------------------------------------------------------------------- JS twins


def test_js_modules_use_no_html_sinks():
    for name in ("quiz", "decision_point", "open_questions"):
        source = (WIDGETS / f"{name}.js").read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "fetch(", "XMLHttpRequest"):
            assert sink not in source, f"{name}.js uses {sink}"


JS_FUNCTIONS = {
    "quiz": "(content, answers, support) => quizMarkdown(content, answers)",
    "decision_point": "(content, answers, support) => decisionMarkdown(content, answers, support.fit_labels)",
    "open_questions": "(content, answers, support) => openQuestionsMarkdown(content, answers, support)",
    "reflection": "(content, answers, support) => reflectionMarkdown(content, answers)",
}


def test_js_markdown_matches_python(tmp_path):
    node = shutil.which("node") or shutil.which("nodejs")
    assert node, "Node.js is needed for this test (README: the machine needs Node.js/npm)"
    cases = []
    for cls, exercise, answers in SAMPLES:
        widget = cls(exercise=exercise, answers=answers)
        cases.append({"widget": cls.widget_name, "content": widget.content, "answers": answers, "support": widget.support, "python": widget.answers_to_markdown()})
    shared = (WIDGETS / "_shared.js").read_text(encoding="utf-8")
    blocks = []
    for name, call in JS_FUNCTIONS.items():
        own = (WIDGETS / f"{name}.js").read_text(encoding="utf-8").replace("export default", "const _unused_default =")
        blocks.append(f"MD[{json.dumps(name)}] = (() => {{ {own}\n return {call}; }})();")
    script = (
        shared
        + "\nconst MD = {};\n"
        + "\n".join(blocks)
        + "\nimport { readFileSync } from 'node:fs';\n"
        + f"const cases = JSON.parse(readFileSync({json.dumps(str(tmp_path / 'cases.json'))}, 'utf8'));\n"
        + "console.log(JSON.stringify(cases.map((c) => MD[c.widget](c.content, c.answers, c.support))));\n"
    )
    (tmp_path / "cases.json").write_text(json.dumps(cases), encoding="utf-8")
    (tmp_path / "twins.mjs").write_text(script, encoding="utf-8")
    result = subprocess.run([node, str(tmp_path / "twins.mjs")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    for case, js_lines in zip(cases, json.loads(result.stdout)):
        assert js_lines == case["python"], f"{case['widget']}: JS and Python Markdown differ"
