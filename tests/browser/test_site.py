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
