"""The strengths-based language and personal-data checker (Python side).

The same vectors run in the browser (tests/browser/test_check_browser.py), so the two checkers
stay in step.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

import strengths
from strengths.check import check, compiled_rules
from strengths.check.engine import expand_phrases

DATA = Path(__file__).resolve().parents[1] / "data" / "language"
VECTORS = yaml.safe_load((DATA / "vectors.yaml").read_text(encoding="utf-8"))["vectors"]
CLEAN = [line for line in (DATA / "clean_sentences.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


def as_expected(findings):
    return [{"rule": f.rule, "category": f.category, "text": f.text, "start": f.start, "end": f.end} for f in findings]


@pytest.mark.parametrize("vector", VECTORS, ids=[f"{v['for']}-{i}" for i, v in enumerate(VECTORS)])
def test_vector(vector):
    assert as_expected(check(vector["text"])) == vector["expect"]


def test_every_rule_has_a_flagged_and_a_clean_vector():
    rules = compiled_rules()
    ids = [r["id"] for r in rules["rules"]] + [r["id"] for r in rules["personal_data"]]
    flagged = {f["rule"] for v in VECTORS for f in v["expect"]}
    clean = {v["for"] for v in VECTORS if not v["flagged"] and all(f["rule"] != v["for"] for f in v["expect"])}
    assert [i for i in ids if i not in flagged] == []
    assert [i for i in ids if i not in clean] == []
    # Flagged vectors really show their own rule.
    for v in VECTORS:
        if v["flagged"] and v["for"] != "mixed":
            assert any(f["rule"] == v["for"] for f in v["expect"]), v


def test_expected_offsets_match_text():
    for v in VECTORS:
        for f in v["expect"]:
            assert v["text"][f["start"] : f["end"]] == f["text"]


@pytest.mark.parametrize("sentence", CLEAN)
def test_clean_sentences_have_no_findings(sentence):
    assert check(sentence) == []


def test_enough_rules_and_categories():
    rules = compiled_rules()
    cats = {r["category"] for r in rules["rules"]}
    assert cats == {"blame", "pity", "label", "power", "service-label", "jargon"}
    assert len(rules["rules"]) >= 60
    assert sum(len(r["phrases"]) for r in rules["rules"]) >= 400


def test_inflections():
    assert expand_phrases({"verbs": ["refuse"]}) == [["refuse"], ["refuses"], ["refused"], ["refusing"]]
    assert expand_phrases({"verbs": ["fail to engage"]})[2] == ["failed", "to", "engage"]
    assert expand_phrases({"nouns": ["bed blocker"]}) == [["bed", "blocker"], ["bed", "blockers"]]
    assert expand_phrases({"verbs": ["deny"]}) == [["deny"], ["denies"], ["denied"], ["denying"]]


def test_patterns_are_in_the_common_subset():
    forbidden = re.compile(r"\(\?<[=!]|\(\?P|\(\?[aiLmsux]|\(\?>|[*+?}]\+")
    rules = compiled_rules()
    for rule in rules["rules"] + rules["personal_data"]:
        if rule["pattern"]:
            assert not forbidden.search(rule["pattern"]), rule["id"]


def test_nhs_number_needs_a_valid_check_digit():
    for text in ["943 476 5919", "943-476-5919", "9434765919"]:
        assert [f.rule for f in check(f"NHS {text}.")] == ["nhs-number"]
    assert check("Ref 943 476 5918.") == []


def test_ordinary_dates_are_not_dates_of_birth():
    assert check("We met on 3 May 2024.") == []
    assert [f.text for f in check("Born on 3 May 1950.")] == ["3 May 1950"]


def test_finding_shape_and_api():
    [finding] = strengths.check("She refused.")
    assert finding.to_dict() == {
        "kind": "language", "rule": "refuses", "category": "blame", "text": "refused",
        "start": 4, "end": 11, "suggestion": "decided not to / chose not to / said no to",
    }


def test_compiled_rules_are_json():
    json.dumps(compiled_rules())


def test_speed_100kb():
    text = "\n".join(v["text"] for v in VECTORS) + "\n" + "\n".join(CLEAN)
    big = (text + "\n") * (100_000 // len(text) + 1)
    big = big[:100_000]
    check(big)  # warm up: rules, regexes and the phone metadata load once per process
    # CPU time, so a busy test machine (parallel workers, builds) does not make this flaky.
    cpu, wall = time.process_time(), time.perf_counter()
    findings = check(big)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"check(100 KB): {cpu * 1000:.0f} ms CPU, {wall * 1000:.0f} ms wall, {len(findings)} findings")
    assert cpu < 2.0


# --------------------------------------------------------------------------- command line


def run_cli(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "strengths", "check", *args], input=stdin, capture_output=True)


def test_cli_plain(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Visit.\nMr Brown refused lunch.\n", encoding="utf-8")
    out = run_cli(str(note))
    assert out.returncode == 0
    lines = out.stdout.decode().splitlines()
    assert lines[0].startswith('2:1  personal-data  "Mr Brown" -> ')
    assert lines[1] == '2:10  blame  "refused" -> decided not to / chose not to / said no to'


def test_cli_json_stdin_strict():
    text = "Café: she suffers from asthma."
    out = run_cli("--json", "--strict", "-", stdin=text.encode())
    assert out.returncode == 1
    data = json.loads(out.stdout)
    assert data == [{"kind": "language", "rule": "suffers-from", "category": "pity", "text": "suffers from",
                     "start": 10, "end": 22, "suggestion": "has / lives with / has a diagnosis of"}]
    assert text[10:22] == "suffers from"
    clean = run_cli("--strict", "-", stdin=b"She chose to stay at home.")
    assert clean.returncode == 0 and clean.stdout == b""


def test_cli_unreadable(tmp_path):
    missing = run_cli(str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and b"Traceback" not in missing.stderr
    assert len(missing.stderr.decode().strip().splitlines()) == 1
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    out = run_cli(str(bad))
    assert out.returncode == 2 and b"not UTF-8" in out.stderr and b"Traceback" not in out.stderr
