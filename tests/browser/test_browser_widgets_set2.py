"""DecisionPoint, OpenQuestions, Quiz (and the foundation Reflection) in real Chromium.

Each widget is completed with the keyboard only: the test focuses the first control with
``.focus()`` and from then on uses only ``page.keyboard`` (Tab, Shift+Tab, Space, Enter, arrow
keys and typing). Then: reload restores the answers; "Download as Markdown" gives exactly what
the Python widget's ``to_markdown()`` gives for the saved record; "Clear my answers" asks first;
script-injection text shows as text; no request leaves the local server; axe finds nothing on the
filled-in page; nothing overflows sideways at 320 px.
"""

from __future__ import annotations

import json
import re

import pytest

from conftest import open_page
from strengths.widgets import DecisionPoint, OpenQuestions, Quiz, Reflection

INJECTIONS = ['<img src=x onerror="window.__pwned=1">', "<script>window.__pwned=1</script>"]
KEY_PREFIX = "strengths-in-practice:v1:"

pytestmark = pytest.mark.browser


# --------------------------------------------------------------------------- helpers


def section(page, exercise: str) -> str:
    return f".sip-exercise[data-exercise='{exercise}']"


def focused_matches(page, selector: str) -> bool:
    return page.evaluate("(sel) => !!document.activeElement && document.activeElement.matches(sel)", selector)


def tab_to(page, selector: str, *, back: bool = False, limit: int = 80) -> None:
    """Press Tab (or Shift+Tab) until the focused element matches ``selector``."""
    for _ in range(limit):
        if focused_matches(page, selector):
            return
        page.keyboard.press("Shift+Tab" if back else "Tab")
    assert focused_matches(page, selector), f"could not reach {selector} with the keyboard"


def press_on(page, selector: str, key: str = "Enter") -> None:
    tab_to(page, selector)
    page.keyboard.press(key)


def assert_visible_focus(page) -> None:
    style = page.evaluate("() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; }")
    assert style[0] != "none" and style[1] != "0px", f"no visible focus outline: {style}"


def record(page, page_id: str, exercise: str) -> dict | None:
    raw = page.evaluate("(key) => localStorage.getItem(key)", f"{KEY_PREFIX}{page_id}:{exercise}")
    return json.loads(raw) if raw else None


def wait_saved(page) -> None:
    page.wait_for_timeout(450)  # answers are saved 300 ms after the last change


def reload(watched, base_url, path):
    watched.page.reload(wait_until="load")
    watched.page.wait_for_selector("html[data-widgets-ready='true']", timeout=15000)
    return watched.page


def download_matches_python(page, exercise: str, page_id: str, widget_cls) -> str:
    """Download with the keyboard and compare with Python's to_markdown() for the stored record."""
    sel = section(page, exercise)
    with page.expect_download() as info:
        press_on(page, f"{sel} .sip-toolbar button:nth-child(1)")
    text = open(info.value.path(), encoding="utf-8").read()
    saved = record(page, page_id, exercise)
    assert saved is not None, "nothing saved in localStorage"
    expected = widget_cls.from_record(saved).to_markdown()
    assert text == expected
    assert info.value.suggested_filename.startswith(f"strengths-in-practice-{exercise}-")
    return text


def clear_with_confirmation(page, exercise: str, page_id: str) -> None:
    sel = section(page, exercise)
    press_on(page, f"{sel} .sip-button-quiet")  # "Clear my answers"
    assert page.locator(f"{sel} .sip-confirm").is_visible()
    assert focused_matches(page, f"{sel} .sip-confirm button:nth-of-type(2)")  # "Keep them"
    page.keyboard.press("Enter")
    assert page.locator(f"{sel} .sip-confirm").is_hidden()
    assert record(page, page_id, exercise) is not None, "'Keep them' must keep the answers"
    assert focused_matches(page, f"{sel} .sip-button-quiet")
    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")  # from "Keep them" back to "Yes, clear them"
    assert focused_matches(page, f"{sel} .sip-button-danger")
    page.keyboard.press("Enter")
    assert record(page, page_id, exercise) is None
    assert "cleared" in page.locator(f"{sel} .sip-status").inner_text()


def assert_no_injection(page, exercise: str) -> None:
    sel = section(page, exercise)
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.locator(f"{sel} img").count() == 0
    assert page.locator(f"{sel} script").count() == 0
    shown = page.locator(sel).inner_text()
    assert not re.search(r"\b(null|undefined|NaN)\b|\[object Object\]", shown), "a widget printed a JS placeholder"


def assert_no_overflow(page, widths=(320, 640)) -> None:
    """320 px wide, and 640 px (a 1280 px window at 200% zoom): nothing scrolls sideways."""
    for width in widths:
        page.set_viewport_size({"width": width, "height": 800})
        page.wait_for_timeout(150)
        bad = page.evaluate(
            """() => [document.documentElement, ...document.querySelectorAll('.sip-exercise')]
                .filter((el) => el.scrollWidth > el.clientWidth + 1)
                .map((el) => `${el.className || el.tagName}: ${el.scrollWidth} > ${el.clientWidth}`)"""
        )
        assert bad == [], f"horizontal overflow at {width}px: {bad}"
    page.set_viewport_size({"width": 1280, "height": 900})


def assert_axe_clean(watched, *, dark: bool = True) -> None:
    violations = watched.axe()
    assert violations == [], f"axe violations: {violations}"
    if dark:
        watched.page.evaluate("() => { document.documentElement.dataset.theme = 'dark'; document.documentElement.dataset.mode = 'dark'; }")
        watched.page.wait_for_timeout(100)
        violations = watched.axe()
        watched.page.evaluate("() => { document.documentElement.dataset.theme = 'light'; document.documentElement.dataset.mode = 'light'; }")
        assert violations == [], f"axe violations in dark mode: {violations}"


def checked_values(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "els => els.filter(e => e.checked).map(e => e.value)")


# --------------------------------------------------------------------------- Quiz


QUIZ_PAGE, QUIZ_PAGE_ID, QUIZ = "exercises/values.html", "exercises/values", "values-quiz"


def _answer_quiz_with_keyboard(page):
    sel = section(page, QUIZ)
    first = page.locator(f"{sel} fieldset[data-question='care-r'] input").first
    first.focus()  # the only non-keyboard step
    # Q1 (single): Space picks "Resourceful" (right). Check it.
    page.keyboard.press("Space")
    press_on(page, f"{sel} [data-check='care-r']")
    assert_visible_focus(page)
    # Q2 (multiple): tick the first three boxes (right), leave the fourth.
    tab_to(page, f"{sel} fieldset[data-question='thrive-parts'] input")
    for _ in range(3):
        page.keyboard.press("Space")
        page.keyboard.press("Tab")
    press_on(page, f"{sel} [data-check='thrive-parts']")
    # Q3 (single): Space picks the right one, ArrowDown moves to a wrong one.
    tab_to(page, f"{sel} fieldset[data-question='ambitious'] input")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    press_on(page, f"{sel} [data-check='ambitious']")
    # Q4: right. Q5: leave unchecked but answered (both right boxes ticked).
    tab_to(page, f"{sel} fieldset[data-question='law'] input")
    page.keyboard.press("Space")
    press_on(page, f"{sel} [data-check='law']")
    tab_to(page, f"{sel} fieldset[data-question='independence'] input")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")


def test_quiz_keyboard_restore_download_clear(watched, base_url):
    page = open_page(watched, base_url, QUIZ_PAGE, widgets=True)
    sel = section(page, QUIZ)
    # Checking with no answer asks for one first and scores nothing.
    page.locator(f"{sel} [data-check='care-r']").focus()
    page.keyboard.press("Enter")
    assert "Choose an answer first" in page.locator(f"{sel} [data-feedback='care-r']").inner_text()

    _answer_quiz_with_keyboard(page)
    wait_saved(page)
    right = page.locator(f"{sel} [data-feedback='care-r']").inner_text()
    assert "Correct" in right and "null" not in right and "The right answer" not in right
    assert "Not quite" in page.locator(f"{sel} [data-feedback='ambitious']").inner_text()
    assert "The right answer" in page.locator(f"{sel} [data-feedback='ambitious']").inner_text()
    assert page.locator(f"{sel} [data-feedback='independence']").inner_text() == ""
    assert "3 of 5 correct" in page.locator(f"{sel} .sip-quiz-score").inner_text()
    assert_no_injection(page, QUIZ)
    # Each button says which question it checks (visible text first, for voice control users).
    assert page.locator(sel).get_by_role("button", name="Check answer to question 2", exact=True).count() == 1
    assert page.locator(sel).get_by_role("group", name="Question 2 of 5: Which of these are part of Darlington's THRIVE vision? (choose all that apply)").count() == 1

    saved = record(page, QUIZ_PAGE_ID, QUIZ)
    assert saved["widget"] == "quiz" and saved["page"] == QUIZ_PAGE_ID
    assert saved["answers"]["responses"]["thrive-parts"] == ["together", "healthy", "valued"]
    assert saved["answers"]["responses"]["ambitious"] == ["targets"]
    quiz = Quiz.from_record(saved)
    assert quiz.score == 3 and quiz.total == 5
    assert quiz.is_correct("independence") and not quiz.checked.get("independence")

    assert_axe_clean(watched)

    page = reload(watched, base_url, QUIZ_PAGE)
    assert checked_values(page, f"{sel} fieldset[data-question='thrive-parts'] input") == ["together", "healthy", "valued"]
    assert checked_values(page, f"{sel} fieldset[data-question='ambitious'] input") == ["targets"]
    assert "Not quite" in page.locator(f"{sel} [data-feedback='ambitious']").inner_text()
    assert "3 of 5 correct" in page.locator(f"{sel} .sip-quiz-score").inner_text()

    # Changing a checked answer un-checks it; checking again scores it.
    page.locator(f"{sel} fieldset[data-question='ambitious'] input:checked").focus()
    page.keyboard.press("ArrowUp")
    assert page.locator(f"{sel} [data-feedback='ambitious']").inner_text() == ""
    press_on(page, f"{sel} [data-check='ambitious']")
    press_on(page, f"{sel} [data-check='independence']")
    assert "5 of 5 correct" in page.locator(f"{sel} .sip-quiz-score").inner_text()

    text = download_matches_python(page, QUIZ, QUIZ_PAGE_ID, Quiz)
    assert "5 of 5 correct" in text
    assert_no_overflow(page)
    clear_with_confirmation(page, QUIZ, QUIZ_PAGE_ID)
    assert page.locator(f"{sel} input:checked").count() == 0
    assert "0 of 5 correct" in page.locator(f"{sel} .sip-quiz-score").inner_text()
    watched.assert_clean()


# --------------------------------------------------------------------------- DecisionPoint


RISK_PAGE, RISK_PAGE_ID, ADA = "exercises/rights-and-risk.html", "exercises/rights-and-risk", "ada-cycling"


def test_decision_point_keyboard_restore_download_clear_injection(watched, base_url):
    page = open_page(watched, base_url, RISK_PAGE, widgets=True)
    sel = section(page, ADA)
    # Only the first decision shows until it is confirmed.
    assert page.locator(f"{sel} .sip-step[data-step='unwise']").is_hidden()

    page.locator(f"{sel} fieldset[data-step='capacity'] input").first.focus()
    # Confirming with nothing chosen asks for a choice.
    tab_to(page, f"{sel} [data-confirm='capacity']")
    page.keyboard.press("Enter")
    assert "Choose one of the options first" in page.locator(f"{sel} [data-feedback='capacity']").inner_text()
    tab_to(page, f"{sel} fieldset[data-step='capacity'] input", back=True)
    page.keyboard.press("Space")  # "assume capacity" (strong)
    press_on(page, f"{sel} [data-confirm='capacity']")
    feedback = page.locator(f"{sel} [data-feedback='capacity']").inner_text()
    assert "A strong choice" in feedback and "Mental Capacity Act 2005" in feedback
    assert focused_matches(page, f"{sel} [data-again='capacity']")
    assert page.locator(sel).get_by_role("button", name="Think again about decision 1", exact=True).count() == 1
    assert page.locator(sel).get_by_role("radio", name="Start by assuming Ada can make this decision", exact=False).is_checked()
    assert_visible_focus(page)
    assert page.locator(f"{sel} fieldset[data-step='capacity'] input").first.is_disabled()

    # Decision 2: arrow to "she must lack capacity" (weak), confirm, think again, pick the strong one.
    tab_to(page, f"{sel} fieldset[data-step='unwise'] input")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    press_on(page, f"{sel} [data-confirm='unwise']")
    assert "A weak choice" in page.locator(f"{sel} [data-feedback='unwise']").inner_text()
    page.keyboard.press("Enter")  # focus is on "Think again"
    assert page.locator(f"{sel} [data-feedback='unwise']").inner_text() == ""
    assert focused_matches(page, f"{sel} fieldset[data-step='unwise'] input:checked")
    page.keyboard.press("ArrowUp")
    press_on(page, f"{sel} [data-confirm='unwise']")
    assert "A strong choice" in page.locator(f"{sel} [data-feedback='unwise']").inner_text()

    # Decision 3: the partial choice, confirmed.
    tab_to(page, f"{sel} fieldset[data-step='plan'] input")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    press_on(page, f"{sel} [data-confirm='plan']")
    assert "Partly there" in page.locator(f"{sel} [data-feedback='plan']").inner_text()

    # The note: script-injection text is kept as text.
    tab_to(page, f"{sel} textarea[data-prompt-id='note']")
    note = "\n".join(INJECTIONS) + "\n*bold* # [link](x)"
    page.keyboard.type(note)
    wait_saved(page)

    saved = record(page, RISK_PAGE_ID, ADA)
    assert saved["answers"]["choices"] == {"capacity": "assume", "unwise": "respect", "plan": "delivery"}
    assert saved["answers"]["confirmed"] == {"capacity": True, "unwise": True, "plan": True}
    assert saved["answers"]["note"] == note
    widget = DecisionPoint.from_record(saved)
    assert widget.score == 2 and widget.complete
    assert_no_injection(page, ADA)
    assert_axe_clean(watched)

    page = reload(watched, base_url, RISK_PAGE)
    assert page.locator(f"{sel} textarea[data-prompt-id='note']").input_value() == note
    assert page.locator(f"{sel} .sip-print-copy").last.text_content() == note
    assert "Partly there" in page.locator(f"{sel} [data-feedback='plan']").inner_text()
    assert checked_values(page, f"{sel} fieldset[data-step='unwise'] input") == ["respect"]
    assert page.locator(f"{sel} fieldset[data-step='plan'] input").first.is_disabled()
    assert_no_injection(page, ADA)

    text = download_matches_python(page, ADA, RISK_PAGE_ID, DecisionPoint)
    assert "> \\<script\\>window\\.\\_\\_pwned=1\\</script\\>" in text
    assert "\\*bold\\* \\# \\[link\\]\\(x\\)" in text
    assert_no_overflow(page)
    clear_with_confirmation(page, ADA, RISK_PAGE_ID)
    assert page.locator(f"{sel} textarea[data-prompt-id='note']").input_value() == ""
    assert page.locator(f"{sel} .sip-step[data-step='unwise']").is_hidden()
    assert page.locator(f"{sel} input:checked").count() == 0
    assert_no_injection(page, ADA)
    watched.assert_clean()


def test_decision_note_and_rewrites_have_the_language_check(watched, base_url):
    page = open_page(watched, base_url, RISK_PAGE, widgets=True)
    sel = section(page, ADA)
    page.locator(f"{sel} textarea[data-prompt-id='note']").focus()
    page.keyboard.type("Ada refused to stop cycling.")
    page.wait_for_timeout(450)
    assert "1 suggestion" in page.locator(f"{sel} .sip-check-summary").inner_text()
    assert page.locator(f"{sel} .sip-check-item[data-rule='refuses']").count() == 1
    page = open_page(watched, base_url, OQ_PAGE, widgets=True)
    sel = section(page, OQ)
    page.locator(f"{sel} textarea[data-question-id='stairs']").focus()
    page.keyboard.type("How do you manage, given you are non-compliant?")
    page.wait_for_timeout(450)
    assert "suggestion" in page.locator(f"{sel} [data-question='stairs'] .sip-check-summary").inner_text()
    assert_axe_clean(watched, dark=False)
    watched.assert_clean()


# --------------------------------------------------------------------------- OpenQuestions


OQ_PAGE, OQ_PAGE_ID, OQ = "exercises/open-questions.html", "exercises/open-questions", "rewrite-closed-questions"


def test_open_questions_keyboard_selfcheck_reveal_restore_download_clear(watched, base_url):
    page = open_page(watched, base_url, OQ_PAGE, widgets=True)
    sel = section(page, OQ)
    field = lambda qid: f"{sel} textarea[data-question-id='{qid}']"  # noqa: E731
    page.locator(field("stairs")).focus()
    page.keyboard.type("Can you manage the stairs")
    check = page.locator(f"{sel} [data-selfcheck='stairs']")
    assert "Still closed" in check.inner_text()
    page.keyboard.press("Control+A")
    page.keyboard.type("How do you get on with the stairs?")
    assert "Looks open" in check.inner_text()

    # Hint: a toggle with aria-expanded; the text appears in place.
    hint_button = f"{sel} [data-question='stairs'] [data-toggle='hint']"
    assert page.get_attribute(hint_button, "aria-expanded") == "false"
    assert page.locator(f"{sel} [data-question='stairs'] [data-reveal='hint']").is_hidden()
    assert page.locator(sel).get_by_role("button", name="Show a hint for question 1", exact=True).count() == 1
    assert page.locator(sel).get_by_role("textbox", name="Your open version of question 1", exact=True).count() == 1
    press_on(page, hint_button)
    assert_visible_focus(page)
    assert page.get_attribute(hint_button, "aria-expanded") == "true"
    assert page.locator(f"{sel} [data-question='stairs'] [data-reveal='hint']").is_visible()
    page.keyboard.press("Enter")  # and hides again
    assert page.get_attribute(hint_button, "aria-expanded") == "false"
    press_on(page, f"{sel} [data-question='stairs'] [data-toggle='model']")
    assert "Model answer" in page.locator(f"{sel} [data-question='stairs'] [data-reveal='model']").inner_text()

    tab_to(page, field("shopping"))
    page.keyboard.type("Tell me who helps with the shopping, doesn't she?")
    assert "Still leading" in page.locator(f"{sel} [data-selfcheck='shopping']").inner_text()
    tab_to(page, field("worried"))
    page.keyboard.type(INJECTIONS[0])
    tab_to(page, field("enjoy"))
    page.keyboard.type(INJECTIONS[1])
    tab_to(page, field("care-home"))
    page.keyboard.type("What would help you *keep* living # [the way](x) you want?")
    press_on(page, f"{sel} [data-question='care-home'] [data-toggle='model']")
    wait_saved(page)

    saved = record(page, OQ_PAGE_ID, OQ)
    assert saved["answers"]["revealed"] == {"stairs": ["model"], "care-home": ["model"]}
    assert saved["answers"]["rewrites"]["worried"] == INJECTIONS[0]
    widget = OpenQuestions.from_record(saved)
    assert widget.check("stairs") == "open" and widget.check("shopping") == "tag"
    assert_no_injection(page, OQ)
    assert_axe_clean(watched)

    page = reload(watched, base_url, OQ_PAGE)
    assert page.locator(field("worried")).input_value() == INJECTIONS[0]
    assert page.locator(field("enjoy")).input_value() == INJECTIONS[1]
    assert page.get_attribute(f"{sel} [data-question='stairs'] [data-toggle='model']", "aria-expanded") == "true"
    assert page.locator(f"{sel} [data-question='stairs'] [data-reveal='hint']").is_hidden()
    assert "Still leading" in page.locator(f"{sel} [data-selfcheck='shopping']").inner_text()
    # Reveal everything for the injected answers too: still only text.
    page.locator(field("worried")).focus()
    press_on(page, f"{sel} [data-question='worried'] [data-toggle='hint']")
    press_on(page, f"{sel} [data-question='enjoy'] [data-toggle='model']")
    assert_no_injection(page, OQ)

    text = download_matches_python(page, OQ, OQ_PAGE_ID, OpenQuestions)
    assert "> \\<img src=x onerror=\"window\\.\\_\\_pwned=1\"\\>" in text
    assert "\\*keep\\* living \\# \\[the way\\]\\(x\\)" in text
    assert_no_overflow(page)
    clear_with_confirmation(page, OQ, OQ_PAGE_ID)
    assert page.locator(field("worried")).input_value() == ""
    assert page.locator(f"{sel} [aria-expanded='true']").count() == 0
    watched.assert_clean()


def test_open_questions_quiz_on_same_page(watched, base_url):
    page = open_page(watched, base_url, OQ_PAGE, widgets=True)
    sel = section(page, "open-closed-quiz")
    page.locator(f"{sel} fieldset[data-question='which-open'] input").first.focus()
    page.keyboard.press("Space")
    press_on(page, f"{sel} [data-check='which-open']")
    tab_to(page, f"{sel} fieldset[data-question='leading'] input")
    page.keyboard.press("Space")  # only one of the two right answers: not correct
    press_on(page, f"{sel} [data-check='leading']")
    wait_saved(page)
    assert "1 of 3 correct" in page.locator(f"{sel} .sip-quiz-score").inner_text()
    assert "Not quite" in page.locator(f"{sel} [data-feedback='leading']").inner_text()
    download_matches_python(page, "open-closed-quiz", OQ_PAGE_ID, Quiz)
    watched.assert_clean()


# --------------------------------------------------------------------------- values page


VALUES_PAGE, VALUES_PAGE_ID = "exercises/values.html", "exercises/values"


def test_values_page_decision_and_reflection(watched, base_url):
    page = open_page(watched, base_url, VALUES_PAGE, widgets=True)
    assert page.locator(".sip-exercise").count() == 3
    sel = section(page, "values-delroy")
    page.locator(f"{sel} fieldset[data-step='opening'] input").first.focus()
    page.keyboard.press("Space")
    press_on(page, f"{sel} [data-confirm='opening']")
    tab_to(page, f"{sel} fieldset[data-step='next'] input")
    page.keyboard.press("Space")
    press_on(page, f"{sel} [data-confirm='next']")
    tab_to(page, f"{sel} textarea")
    page.keyboard.type(INJECTIONS[1])
    rsel = section(page, "values-reflection")
    tab_to(page, f"{rsel} textarea")
    page.keyboard.type("Collaborate: I asked Sam what a good day looks like.")
    wait_saved(page)
    assert DecisionPoint.from_record(record(page, VALUES_PAGE_ID, "values-delroy")).score == 2
    assert_axe_clean(watched)
    page = reload(watched, base_url, VALUES_PAGE)
    assert page.locator(f"{sel} textarea").input_value() == INJECTIONS[1]
    assert_no_injection(page, "values-delroy")
    download_matches_python(page, "values-delroy", VALUES_PAGE_ID, DecisionPoint)
    download_matches_python(page, "values-reflection", VALUES_PAGE_ID, Reflection)
    assert_no_overflow(page)
    watched.assert_clean()


# --------------------------------------------------------------------------- Reflection


REFLECTION_PAGE, REFLECTION_PAGE_ID, FIRST = "exercises/getting-started.html", "exercises/getting-started", "first-reflection"


def test_reflection_keyboard_restore_download_clear_injection(watched, base_url):
    page = open_page(watched, base_url, REFLECTION_PAGE, widgets=True)
    sel = section(page, FIRST)
    page.locator(f"{sel} textarea[data-prompt-id='recent-visit']").focus()
    page.keyboard.type(INJECTIONS[0])
    page.keyboard.press("Enter")
    page.keyboard.type("She *loves* her garden # [link](x)")
    tab_to(page, f"{sel} textarea[data-prompt-id='what-helped']")
    page.keyboard.type(INJECTIONS[1])
    tab_to(page, f"{sel} textarea[data-prompt-id='action']")
    page.keyboard.type("Ask about the garden first.")
    assert "5 words" in page.locator(f"{sel} .sip-count").last.inner_text()
    wait_saved(page)
    saved = record(page, REFLECTION_PAGE_ID, FIRST)
    assert saved["answers"]["responses"]["what-helped"] == INJECTIONS[1]
    assert saved["answers"]["action"] == "Ask about the garden first."
    assert_no_injection(page, FIRST)
    assert_axe_clean(watched)

    page = reload(watched, base_url, REFLECTION_PAGE)
    assert page.locator(f"{sel} textarea[data-prompt-id='recent-visit']").input_value() == INJECTIONS[0] + "\nShe *loves* her garden # [link](x)"
    assert page.locator(f"{sel} textarea[data-prompt-id='what-helped']").input_value() == INJECTIONS[1]
    assert "restored" in page.locator(f"{sel} .sip-status").inner_text()
    assert_no_injection(page, FIRST)

    text = download_matches_python(page, FIRST, REFLECTION_PAGE_ID, Reflection)
    assert "\\*loves\\*" in text and "\\[link\\]\\(x\\)" in text
    assert_no_overflow(page)
    clear_with_confirmation(page, FIRST, REFLECTION_PAGE_ID)
    assert page.locator(f"{sel} textarea[data-prompt-id='action']").input_value() == ""
    watched.assert_clean()
