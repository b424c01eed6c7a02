"""The browser language checker: same findings as Python on the shared vectors, fast enough to
run while someone types, and the case-note rewrite exercise end to end (keyboard only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import open_page

DATA = Path(__file__).resolve().parents[1] / "data" / "language"
VECTORS = yaml.safe_load((DATA / "vectors.yaml").read_text(encoding="utf-8"))["vectors"]
CLEAN = [line for line in (DATA / "clean_sentences.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
TYPING_TIMING_JS = (DATA / "typing_timing.js").read_text(encoding="utf-8")
PAGE = "exercises/case-note-language.html"
EXERCISE = "section.sip-exercise[data-exercise='case-note-rewrite']"
INJECTION = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


@pytest.mark.browser
def test_js_checker_matches_python_vectors(watched, base_url):
    page = open_page(watched, base_url, PAGE, widgets=True)
    results = page.evaluate(
        """([selector, texts]) => {
             const section = document.querySelector(selector);
             return texts.map((t) => section.sipCheck(t).map((f) => ({rule: f.rule, category: f.category, text: f.text, start: f.start, end: f.end})));
           }""",
        [EXERCISE, [v["text"] for v in VECTORS] + CLEAN],
    )
    mismatches = [
        {"text": v["text"], "js": got, "expected": v["expect"]} for v, got in zip(VECTORS, results) if got != v["expect"]
    ]
    assert mismatches == []
    assert [c for c, got in zip(CLEAN, results[len(VECTORS):]) if got] == []
    watched.assert_clean()


@pytest.mark.browser
def test_live_check_is_fast_on_2000_words(watched, base_url):
    page = open_page(watched, base_url, PAGE, widgets=True)
    words = " ".join(v["text"] for v in VECTORS).split()
    text = " ".join((words * (2000 // len(words) + 1))[:2000])
    timings = page.evaluate(TYPING_TIMING_JS, [EXERCISE, text])
    print(f"2,000 words: keystroke handler max {timings['keystroke_max']:.1f} ms; "
          f"full check + redraw median {timings['check_median']:.1f} ms, max {timings['check_max']:.1f} ms")
    assert timings["findings"] > 0
    # The 50 ms budget is measured by `make bench` on a quiet machine; here only a sanity bound, so a
    # busy CI machine cannot make the test flaky.
    assert timings["keystroke_max"] < 500
    assert timings["check_median"] < 500
    watched.assert_clean()


def _tab_to(page, selector: str, limit: int = 80) -> None:
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"could not reach {selector} with Tab")


@pytest.mark.browser
def test_case_note_rewrite_keyboard_only(watched, base_url):
    from strengths.widgets import CaseNoteRewrite

    page = open_page(watched, base_url, PAGE, widgets=True)
    section = page.locator(EXERCISE)
    notes = section.locator("section.sip-case-note")
    assert notes.count() >= 3
    # The originals come with their findings listed as text.
    assert section.locator(".sip-case-note-findings li[data-rule='refuses']").count() >= 1

    rewrites = {
        0: "Ann decided not to have a wash today; she prefers an evening bath. Her daughter Jo helps with shopping.",
        1: "Mr Evil " + INJECTION + " refused, NHS 943 476 5919.",
    }
    page.locator(f"{EXERCISE} .sip-case-note-copy").first.focus()
    for index in range(notes.count()):
        _tab_to(page, f"{EXERCISE} section.sip-case-note:nth-of-type({index + 1}) .sip-case-note-copy")
        page.keyboard.press("Enter")  # copies the original into the box and moves focus there
        assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
        if index in rewrites:
            page.keyboard.press("Control+A")
            page.keyboard.type(rewrites[index])
    field = notes.nth(1).locator(".sip-field")
    page.wait_for_function(
        "(el) => el.querySelector('.sip-check-item[data-rule=\"nhs-number\"]')", arg=field.element_handle()
    )
    assert "personal detail" in field.locator(".sip-check-summary").inner_text()
    assert field.locator(".sip-check-summary").get_attribute("aria-live") == "polite"
    # Injection strings stay text.
    assert page.evaluate("window.__pwned") is None
    assert section.locator("img, script").count() == 0
    assert INJECTION in field.locator(".sip-print-copy").text_content()

    # Accessible with findings on show.
    assert watched.axe() == []

    page.wait_for_timeout(500)  # saves are debounced
    key = page.evaluate("Object.keys(localStorage).find((k) => k.endsWith(':case-note-rewrite'))")
    record = json.loads(page.evaluate("(k) => localStorage.getItem(k)", key))
    assert record["answers"]["rewrites"]["morning-visit"] == rewrites[0]

    page.reload(wait_until="load")
    page.wait_for_selector("html[data-widgets-ready='true']")
    assert notes.nth(0).locator("textarea").input_value() == rewrites[0]
    assert notes.nth(1).locator("textarea").input_value() == rewrites[1]

    # Download by keyboard; personal data in the answers asks first.
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.accept()

    page.on("dialog", on_dialog)
    section.locator("textarea").last.focus()
    _tab_to(page, f"{EXERCISE} .sip-toolbar button:first-child")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    downloaded = Path(info.value.path()).read_text(encoding="utf-8")
    assert dialogs and "personal data" in dialogs[0] and "NHS number" in dialogs[0]
    record = json.loads(page.evaluate("(k) => localStorage.getItem(k)", key))
    assert downloaded == CaseNoteRewrite.from_record(record).to_markdown()
    assert "\\<img src=x" in downloaded
    watched.assert_clean()


@pytest.mark.browser
def test_reflection_has_the_live_check(watched, base_url):
    page = open_page(watched, base_url, "exercises/getting-started.html", widgets=True)
    area = page.locator("section.sip-exercise textarea").first
    area.focus()
    page.keyboard.type("She refused the bath, so we let her know we would come back.")
    field = page.locator("section.sip-exercise .sip-field").first
    field.locator(".sip-check-item[data-rule='refuses']").wait_for()
    assert field.locator(".sip-check-item").count() == 1
    assert field.locator(".sip-check-summary").inner_text() == "1 suggestion"
    assert "“refused” — blame word: try ‘decided not to’" in field.locator(".sip-check-item").inner_text()
    watched.assert_clean()
