"""The content loader and `python -m strengths validate`: good content passes, every kind of
broken file gives one clear line (file:line: field: message), exit status 2, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from strengths import content, exercises

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"

# file name -> (line, field, words the message must contain)
EXPECTED = {
    "bad_syntax.yaml": (5, "(syntax)", "quoted scalar"),
    "missing_field.yaml": (9, "exercises[1].title", "required"),
    "wrong_type.yaml": (6, "exercises[0].action_line", "should be boolean"),
    "unknown_key.yaml": (9, "exercises[0].prompts[0].hnit", "unknown key"),
    "empty.yaml": (1, "(top level)", "empty"),
    "not_utf8.yaml": (1, "(file)", "not UTF-8"),
    "duplicate_key.yaml": (2, "area", "duplicate key"),
}


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "strengths", *args], capture_output=True, text=True, input=stdin, timeout=60)


def test_all_packaged_content_is_valid():
    assert content.validate_all() == []


def test_every_broken_fixture_is_covered():
    assert sorted(p.name for p in BROKEN.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_loader_names_file_line_and_field(name):
    line, field, words = EXPECTED[name]
    with pytest.raises(content.ContentError) as caught:
        content.load_file(BROKEN / name, "exercise")
    (problem,) = caught.value.problems
    assert problem.file.endswith(f"broken/{name}")
    assert (problem.line, problem.field) == (line, field)
    assert words in problem.message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cli_prints_one_line_and_exits_2(name):
    result = run_cli("validate", "--kind", "exercise", str(BROKEN / name))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line, field, words = EXPECTED[name]
    assert lines[0].startswith(f"{BROKEN / name}:{line}: {field}: ")
    assert words in lines[0]
    assert "Traceback" not in result.stderr + result.stdout


def test_cli_validates_everything_by_default():
    result = run_cli("validate")
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


def test_cli_reports_missing_file_without_traceback(tmp_path):
    result = run_cli("validate", "--kind", "exercise", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert "cannot read" in result.stderr and "Traceback" not in result.stderr


def test_unknown_kind_is_explained(tmp_path):
    odd = tmp_path / "odd" / "x.yaml"
    odd.parent.mkdir()
    odd.write_text("a: 1\n")
    result = run_cli("validate", str(odd))
    assert result.returncode == 2
    assert "no schema for content kind 'odd'" in result.stderr


def test_packaged_paths_are_shown_from_the_package_root():
    path = content.CONTENT_ROOT / "exercises" / "foundation.yaml"
    assert content.display_path(path) == "content/exercises/foundation.yaml"


def test_exercise_lookup_by_id():
    assert exercises.get("first-reflection")["widget"] == "reflection"
    with pytest.raises(KeyError, match="no exercise with id"):
        exercises.get("no-such-exercise")
