"""Printing an exercise page gives a clean record: the answers are on paper (not clipped inside
text boxes), and the site's navigation, buttons and live messages are left out."""

from __future__ import annotations

import pytest

from conftest import open_page
from test_site import built_pages

ANSWER = "Grace plans her own week\nand phones her sister on Sundays."


@pytest.mark.browser
def test_printed_reflection_shows_answers_without_site_chrome(watched, base_url):
    page = open_page(watched, base_url, "exercises/getting-started.html", widgets=True)
    box = page.locator(".sip-exercise textarea").first
    box.fill(ANSWER)
    page.emulate_media(media="print")
    visible = lambda selector: page.evaluate(  # noqa: E731
        "(s) => [...document.querySelectorAll(s)].some(el => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0)",
        selector,
    )
    assert not visible(".sip-exercise textarea"), "text boxes would clip long answers on paper"
    printed = page.locator(".sip-print-copy").first
    assert printed.is_visible() and printed.inner_text() == ANSWER
    for chrome in (".sip-toolbar", ".bd-sidebar-primary", ".bd-header", ".prev-next-area", ".sip-privacy-note"):
        assert not visible(chrome), f"{chrome} should not print"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    watched.assert_clean()


@pytest.mark.browser
def test_every_exercise_page_prints_its_text_boxes_as_text(browser, base_url, site):
    pages = [p for p in built_pages() if p.startswith("exercises/") and p != "exercises/index.html"]
    assert pages
    context = browser.new_context()
    try:
        page = context.new_page()
        for path in pages:
            page.goto(base_url + path, wait_until="load")
            page.wait_for_selector("html[data-widgets-ready='true']", timeout=15000)
            page.emulate_media(media="print")
            shown = page.evaluate(
                """() => [...document.querySelectorAll('.sip-exercise textarea')]
                     .filter(el => getComputedStyle(el).display !== 'none').length"""
            )
            assert shown == 0, f"{path}: {shown} text boxes would print instead of their text"
            page.emulate_media(media="screen")
    finally:
        context.close()
