"""Every built page in a real browser: zero axe violations (WCAG 2.2 A/AA), zero requests to
other hosts, no console errors or page errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SITE, open_page

SKIP_DIRS = {"_static", "_sources", "_images"}


def built_pages() -> list[str]:
    if not SITE.is_dir():
        return ["(no built site)"]
    pages = []
    for html in sorted(SITE.rglob("*.html")):
        rel = html.relative_to(SITE)
        if SKIP_DIRS & set(rel.parts[:-1]) or rel.parts[0].startswith("."):
            continue
        pages.append(rel.as_posix())
    return pages


@pytest.mark.browser
@pytest.mark.parametrize("path", built_pages())
def test_page_is_accessible_offline_and_error_free(watched, base_url, site, path):
    page = open_page(watched, base_url, path)
    if page.locator("script[type='application/vnd.jupyter.widget-view+json']").count():
        page.wait_for_selector("html[data-widgets-ready='true']", timeout=15000)
    violations = watched.axe()
    assert violations == [], f"{path}: axe violations: {violations}"
    watched.assert_clean()
    assert page.locator(".sip-widget-error").count() == 0, f"{path}: a widget failed to start"
    # No AMD loader or html-manager on any page: widgets run on the light runtime.
    assert page.evaluate("typeof window.require === 'undefined' && typeof window.define === 'undefined'")


def test_site_lists_pages(site):
    pages = built_pages()
    assert "book/index.html" in pages and len(pages) >= 5


def dark_mode_pages() -> list[str]:
    pages = [p for p in built_pages() if p.startswith(("exercises/", "book/"))]
    return pages or ["(no built site)"]


@pytest.mark.browser
@pytest.mark.parametrize("path", dark_mode_pages())
def test_dark_mode_pages_have_no_axe_violations(browser, base_url, site, path):
    """The theme follows the device's dark setting; contrast must hold there too."""
    from conftest import PageWatch

    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    try:
        watch = PageWatch(context.new_page(), base_url)
        page = open_page(watch, base_url, path)
        if page.locator("script[type='application/vnd.jupyter.widget-view+json']").count():
            page.wait_for_selector("html[data-widgets-ready='true']", timeout=15000)
        assert page.evaluate("document.documentElement.dataset.theme") == "dark"
        assert watch.axe() == []
        watch.assert_clean()
    finally:
        context.close()


@pytest.mark.browser
def test_pages_fit_a_320px_screen_and_200_percent_zoom(browser, base_url, site):
    """WCAG 1.4.10 reflow: at 320 CSS px (what 1280 px at 400 % or a small phone gives) and at
    640 px (1280 px at 200 % zoom) the main content does not scroll sideways."""
    pages = [p for p in built_pages() if p.startswith(("book/", "exercises/"))]
    for width in (320, 640):
        context = browser.new_context(viewport={"width": width, "height": 800})
        try:
            page = context.new_page()
            for path in pages:
                page.goto(base_url + path, wait_until="load")
                if page.locator("script[type='application/vnd.jupyter.widget-view+json']").count():
                    page.wait_for_selector("html[data-widgets-ready='true']", timeout=15000)
                overflow = page.evaluate(
                    """() => [...document.querySelectorAll('.bd-article > *, .sip-exercise')]
                        .filter(el => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible')
                        .map(el => el.className || el.tagName)"""
                )
                assert overflow == [], f"{path} at {width}px: {overflow}"
                assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), f"{path} scrolls sideways at {width}px"
        finally:
            context.close()


@pytest.mark.browser
def test_hovered_links_keep_their_contrast(watched, base_url, site):
    """Hover colours count too: the theme's orange hover failed 4.5:1 on white."""
    page = open_page(watched, base_url, "book/index.html")
    for selector in (".prev-next-area a .prev-next-title", ".bd-article li a.reference >> nth=0"):
        page.hover(selector)
        page.wait_for_timeout(200)
        assert watched.axe() == [], selector
