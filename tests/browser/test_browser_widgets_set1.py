"""StrengthsMap, SocialDisciplineWindow, MindspacePlanner and ValuesSelfAssessment on the built site:
filled in with the keyboard alone, restored after a reload, downloaded Markdown identical to Python's,
no requests to other hosts, no axe violations, user text shown as text, no overflow at 320px."""

from __future__ import annotations

import pytest

from conftest import open_page
from strengths.widgets import MindspacePlanner, SocialDisciplineWindow, StrengthsMap, ValuesSelfAssessment

INJECT_IMG = '<img src=x onerror="window.__pwned=1">'
INJECT_SCRIPT = "<script>window.__pwned=1</script>"

pytestmark = pytest.mark.browser


# --- helpers ------------------------------------------------------------------------------


def tab_until(page, predicate: str, *, limit: int = 80, back: bool = False) -> None:
    """Press Tab (or Shift+Tab) until ``predicate(document.activeElement)`` holds."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return Boolean(({predicate})(el)); }})()"):
            return
    raise AssertionError(f"never reached an element matching {predicate} with the keyboard")


def active(page, expression: str = "el"):
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {expression}; }})()")


def stored_record(page, exercise: str) -> dict:
    record = page.evaluate(
        """(id) => { for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i);
             if (k.endsWith(':' + id)) return JSON.parse(localStorage.getItem(k)); } return null; }""",
        exercise,
    )
    assert record is not None, f"no saved record for {exercise}"
    return record


def wait_saved(page) -> None:
    page.wait_for_timeout(700)  # the answers are saved 300 ms after the last keystroke


def download_markdown(page, section) -> str:
    with page.expect_download() as info:
        section.get_by_role("button", name="Download as Markdown").click()
    return open(info.value.path(), encoding="utf-8").read()


def check_export(page, section, exercise: str, cls) -> dict:
    record = stored_record(page, exercise)
    assert record["widget"] == cls.widget_name
    text = download_markdown(page, section)
    assert text == cls.from_record(record).to_markdown()
    return record


def check_safe(page, section) -> None:
    assert page.evaluate("window.__pwned") is None
    assert section.locator("img, script, iframe, object").count() == 0


def check_narrow(page, section) -> None:
    page.set_viewport_size({"width": 320, "height": 800})
    page.wait_for_timeout(100)
    widths = section.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert widths[0] <= widths[1] + 1, f"horizontal overflow at 320px: {widths}"
    page.set_viewport_size({"width": 1280, "height": 900})


def check_axe_and_network(watched) -> None:
    violations = watched.axe()
    assert violations == [], violations
    watched.assert_clean()
    assert watched.external == []


# --- StrengthsMap ----------------------------------------------------------------------------


def test_strengths_map_keyboard_reload_export(watched, base_url):
    page = open_page(watched, base_url, "exercises/toolkit.html", widgets=True)
    section = page.locator('section[data-exercise="strengths-map"]')
    text_box = section.get_by_role("textbox", name="Strength or asset")
    ring = section.get_by_role("combobox", name="Ring")
    text_box.focus()

    def add(text: str, ring_id: str, *, with_button: bool) -> None:
        assert active(page, "el.type") == "text"
        page.keyboard.type(text)
        page.keyboard.press("Tab")
        assert active(page, "el.tagName") == "SELECT"
        page.keyboard.press("Home")
        for _ in range(5):
            if ring.input_value() == ring_id:
                break
            page.keyboard.press("ArrowDown")
        assert ring.input_value() == ring_id
        if with_button:
            page.keyboard.press("Tab")
            assert active(page, "el.textContent") in ("Add", "Save changes")
            page.keyboard.press("Enter")
        else:
            page.keyboard.press("Shift+Tab")
            page.keyboard.press("Enter")  # Enter in the text box adds too

    add("walks the dog daily", "personal", with_button=True)
    add("niece phones most evenings", "relationships", with_button=False)
    add("choir on Thursdays", "community", with_button=True)
    add("corner shop delivers paper", "resources", with_button=True)
    add("a mistake to remove", "personal", with_button=True)
    add(INJECT_IMG, "community", with_button=True)
    add(INJECT_SCRIPT, "resources", with_button=True)

    # edit with the keyboard: reach the Edit button, change the text, save
    tab_until(page, "el => el.getAttribute('aria-label') === \"Edit 'choir on Thursdays'\"")
    page.keyboard.press("Enter")
    assert active(page, "el.value") == "choir on Thursdays"
    page.keyboard.press("Control+A")
    page.keyboard.type("sings in a choir on Thursdays")
    page.keyboard.press("Enter")
    # remove with the keyboard
    tab_until(page, "el => el.getAttribute('aria-label') === \"Remove 'a mistake to remove'\"")
    page.keyboard.press("Space")
    assert active(page, "el.getAttribute('aria-label') || el.type") is not None
    # start editing, then change your mind with Escape
    tab_until(page, "el => el.getAttribute('aria-label') === \"Edit 'walks the dog daily'\"", back=True)
    page.keyboard.press("Enter")
    assert active(page, "el.value") == "walks the dog daily"
    page.keyboard.press("Escape")
    assert active(page, "el.value") == ""
    assert section.get_by_role("button", name="Add", exact=True).is_visible()
    wait_saved(page)

    def check_shown():
        items = section.locator(".sip-sm-item-text").all_text_contents()
        assert items == [
            "walks the dog daily",
            "niece phones most evenings",
            "sings in a choir on Thursdays",
            INJECT_IMG,
            "corner shop delivers paper",
            INJECT_SCRIPT,
        ]
        svg = section.locator("svg[role='img']")
        labelled = svg.get_attribute("aria-labelledby").split()
        assert all(section.locator(f"[id='{i}']").count() == 1 for i in labelled)
        labels = svg.locator("text.sip-sm-item").all_text_contents()
        assert len(labels) == 6
        assert any(label.startswith("<img src=x") for label in labels)
        assert any(label.startswith("<script>") for label in labels)
        assert "a mistake to remove" not in section.locator(".sip-sm-layout").inner_text()
        check_safe(page, section)

    check_shown()
    page.reload(wait_until="load")
    page.wait_for_selector("html[data-widgets-ready='true']")
    check_shown()
    assert "restored" in section.locator(".sip-status").inner_text()
    record = check_export(page, section, "strengths-map", StrengthsMap)
    assert [i["ring"] for i in record["answers"]["items"]] == ["personal", "relationships", "community", "resources", "community", "resources"]
    check_narrow(page, section)
    check_axe_and_network(watched)


# --- SocialDisciplineWindow -------------------------------------------------------------------


def test_social_discipline_window_keyboard_reload_export(watched, base_url):
    page = open_page(watched, base_url, "exercises/social-discipline-window.html", widgets=True)
    section = page.locator('section[data-exercise="social-discipline-sort"]')
    widget = SocialDisciplineWindow(exercise="social-discipline-sort")
    answers = {s["id"]: s["answer"] for s in widget.content["statements"]}
    names = {q["id"]: q["name"] for q in widget.content["quadrants"]}
    wrong = {"follow-plan-or-else": "with"}  # one deliberate mistake, to see the feedback explain it
    target = {**answers, **wrong}

    section.locator(".sip-sdw-card").first.focus()
    for _ in range(len(answers)):
        statement = active(page, "el.dataset.statement")
        assert statement in answers, "focus should sit on the next statement to sort"
        page.keyboard.press("Space")
        assert active(page, "el.getAttribute('aria-pressed')") == "true"
        quadrant = names[target[statement]]
        tab_until(page, f"el => el.textContent === 'Move to {quadrant}'")
        page.keyboard.press("Enter")
    assert active(page, "el.textContent") == "Check my sorting"
    page.keyboard.press("Enter")
    feedback = section.locator(".sip-sdw-feedback")
    assert f"You placed {len(answers) - 1} of {len(answers)} statements" in feedback.inner_text()
    assert feedback.inner_text().count("✗ Different") == 1  # marked in words and symbols, not colour alone
    wait_saved(page)

    page.reload(wait_until="load")
    page.wait_for_selector("html[data-widgets-ready='true']")
    for sid, qid in target.items():
        assert section.locator(f".sip-sdw-{qid} [data-statement='{sid}']").count() == 1
    assert "✗ Different" in section.locator(".sip-sdw-feedback").inner_text()
    record = check_export(page, section, "social-discipline-sort", SocialDisciplineWindow)
    assert record["answers"] == {"placements": target, "checked": True}

    # keyboard: take the mistake back out of WITH ("Move back to the list")
    section.locator(".sip-sdw-card").first.focus()
    tab_until(page, "el => el.dataset.statement === 'follow-plan-or-else'")
    page.keyboard.press("Enter")
    tab_until(page, "el => el.textContent === 'Move back to the list'", back=True)
    page.keyboard.press("Enter")
    assert section.locator(".sip-sdw-pool [data-statement='follow-plan-or-else']").count() == 1
    assert "○ Not placed" in section.locator(".sip-sdw-feedback").inner_text()
    # drag and drop works too: move it to TO with the mouse
    page.drag_and_drop(".sip-sdw-pool [data-statement='follow-plan-or-else']", ".sip-sdw-to")
    assert section.locator(".sip-sdw-to [data-statement='follow-plan-or-else']").count() == 1
    assert f"You placed {len(answers)} of {len(answers)}" in section.locator(".sip-sdw-feedback").inner_text()
    check_safe(page, section)
    check_narrow(page, section)
    check_axe_and_network(watched)


# --- MindspacePlanner ------------------------------------------------------------------------


def test_mindspace_planner_keyboard_reload_export(watched, base_url):
    page = open_page(watched, base_url, "exercises/umbrella-mindspace.html", widgets=True)
    section = page.locator('section[data-exercise="mindspace-plan"]')
    levers = [lever["id"] for lever in MindspacePlanner(exercise="mindspace-plan").content["levers"]]
    assert len(levers) == 9
    plans = {
        "messenger": (True, "Ask her friend Jo, who already goes, to ring her."),
        "incentives": (True, "She must go or she won't get lunch."),
    }
    typed = {}
    section.locator("input[type=checkbox]").first.focus()
    for n, lever in enumerate(levers):
        assert active(page, "el.type + ':' + el.dataset.lever") == f"checkbox:{lever}"
        use, how = plans.get(lever, (False, INJECT_IMG if n % 2 else INJECT_SCRIPT))
        if use:
            page.keyboard.press("Space")
        page.keyboard.press("Tab")
        assert active(page, "el.tagName + ':' + el.dataset.lever") == f"TEXTAREA:{lever}"
        page.keyboard.type(how)
        typed[lever] = how
        if n < len(levers) - 1:
            page.keyboard.press("Tab")
    wait_saved(page)

    def check_shown():
        warnings = section.locator(".sip-ms-warning:visible")
        assert warnings.count() == 1
        text = warnings.inner_text()
        assert "Warning" in text and "“must”" in text and "“won't get”" in text and "choice" in text
        for lever, how in typed.items():
            assert section.locator(f"textarea[data-lever='{lever}']").input_value() == how
        assert section.locator("input[data-lever='messenger']").is_checked()
        assert not section.locator("input[data-lever='norms']").is_checked()
        check_safe(page, section)

    check_shown()
    page.reload(wait_until="load")
    page.wait_for_selector("html[data-widgets-ready='true']")
    check_shown()
    record = check_export(page, section, "mindspace-plan", MindspacePlanner)
    assert record["answers"]["levers"]["incentives"] == {"use": True, "how": plans["incentives"][1]}
    assert MindspacePlanner.from_record(record).choice_warnings() == {"incentives": ["must", "won't get"]}
    check_narrow(page, section)
    check_axe_and_network(watched)


# --- ValuesSelfAssessment ---------------------------------------------------------------------


def test_values_self_assessment_keyboard_snapshot_reload_export(watched, base_url):
    page = open_page(watched, base_url, "exercises/self-assessment.html", widgets=True)
    section = page.locator('section[data-exercise="values-self-assessment"]')
    content = ValuesSelfAssessment(exercise="values-self-assessment").content
    statements = [s["id"] for v in content["values"] for s in v["statements"]]
    wanted = {sid: (i % 5) + 1 for i, sid in enumerate(statements)}

    section.locator("input[type=radio]").first.focus()
    for n, sid in enumerate(statements):
        assert active(page, "el.type + ':' + el.dataset.statement") == f"radio:{sid}"
        page.keyboard.press("Space")  # rating 1
        for _ in range(wanted[sid] - 1):
            page.keyboard.press("ArrowRight")
        if n < len(statements) - 1:
            page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert active(page, "el.textContent") == "Save as a snapshot"
    page.keyboard.press("Enter")
    assert "Snapshot saved" in section.locator(".sip-status").inner_text()

    # after the snapshot, raise the last rating by one: shows "was, now"
    last = statements[-1]
    page.keyboard.press("Shift+Tab")
    assert active(page, "el.dataset.statement + ':' + el.checked") == f"{last}:true"
    page.keyboard.press("ArrowLeft" if wanted[last] == 5 else "ArrowRight")
    new_last = 4 if wanted[last] == 5 else wanted[last] + 1

    # choose a value to develop and write a plan
    tab_until(page, "el => el.tagName === 'SELECT'")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    assert active(page, "el.tagName") == "TEXTAREA"
    page.keyboard.type(f"Ask for feedback in supervision. {INJECT_IMG} {INJECT_SCRIPT}")
    wait_saved(page)

    def check_shown():
        compare = section.locator(".sip-vsa-compare").all_text_contents()
        assert f"Was {wanted[last]}, now {new_last}." in compare
        assert f"Was {wanted[statements[0]]}, now {wanted[statements[0]]}." in compare
        for sid in statements:
            expected = new_last if sid == last else wanted[sid]
            assert section.locator(f"input[data-statement='{sid}']:checked").input_value() == str(expected)
        svg = section.locator("svg.sip-vsa-chart")
        assert svg.get_attribute("role") == "img"
        assert svg.locator("rect.sip-vsa-bar").count() == len(content["values"])
        assert svg.locator("rect.sip-vsa-bar-prev").count() == len(content["values"])
        rows = section.locator(".sip-vsa-table tbody tr")
        assert rows.count() == len(content["values"])
        assert "no snapshot yet" not in section.locator(".sip-vsa-table").inner_text()
        assert section.locator("select").input_value() == content["values"][1]["id"]
        assert INJECT_IMG in section.locator("textarea").input_value()
        check_safe(page, section)

    check_shown()
    page.reload(wait_until="load")
    page.wait_for_selector("html[data-widgets-ready='true']")
    check_shown()
    record = check_export(page, section, "values-self-assessment", ValuesSelfAssessment)
    answers = record["answers"]
    assert answers["previous"]["ratings"] == wanted and answers["ratings"][last] == new_last
    assert answers["focus"] == content["values"][1]["id"]
    check_narrow(page, section)
    check_axe_and_network(watched)


@pytest.mark.parametrize("path", ["toolkit", "social-discipline-window", "umbrella-mindspace", "self-assessment"])
def test_pages_work_at_200_percent_zoom_and_in_dark_mode(watched, base_url, path):
    page = watched.page
    page.set_viewport_size({"width": 640, "height": 900})  # 1280px at 200% zoom
    page.emulate_media(color_scheme="dark")  # the theme follows the device setting
    open_page(watched, base_url, f"exercises/{path}.html", widgets=True)
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    for section in page.locator("section.sip-exercise").all():
        widths = section.evaluate("el => [el.scrollWidth, el.clientWidth]")
        assert widths[0] <= widths[1] + 1
    check_axe_and_network(watched)
