"""Real-browser fixtures: the built site served on 127.0.0.1 and Debian's headless Chromium.

These tests never skip: with no built site or no Chromium they fail and say what to run,
so CI cannot pass while quietly testing nothing.
"""

from __future__ import annotations

import functools
import os
import http.server
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("SIP_SITE", ROOT / "_build" / "html")).resolve()
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output readable
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


@pytest.fixture(scope="session")
def site() -> Path:
    if not (SITE / "index.html").is_file():
        pytest.fail("No built book in _build/html. Run `make build` (or `make test`, which builds first).")
    return SITE


@pytest.fixture(scope="session")
def base_url(site: Path):
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's Chromium is missing at /usr/bin/chromium. `make test` installs it (apt-get install chromium).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class PageWatch:
    """Everything a page did that a test may want to assert on."""

    def __init__(self, page, base_url: str):
        self.page = page
        self.base_host = urlparse(base_url).netloc
        self.requests: list[str] = []
        self.external: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        page.on("request", self._on_request)
        page.on("console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text))
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        page.on("response", lambda r: r.status >= 400 and self.console_errors.append(f"HTTP {r.status}: {r.url}"))
        # Anything not served by our local server is refused, like a machine with no network.
        page.route("**/*", self._route)

    def _route(self, route):
        url = urlparse(route.request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.netloc != self.base_host:
            return route.abort("internetdisconnected")
        return route.continue_()

    def _on_request(self, request):
        self.requests.append(request.url)
        url = urlparse(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.netloc != self.base_host:
            self.external.append(request.url)

    def axe(self, context: str | None = None) -> list[dict]:
        """Run axe-core (WCAG 2.2 A/AA) and return the violations."""
        if not AXE.is_file():
            pytest.fail("axe-core is missing: run `npm ci` (make test does it).")
        self.page.add_script_tag(path=str(AXE))
        return self.page.evaluate(
            """([context, tags]) => axe.run(context ? document.querySelector(context) : document,
                   {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
                 .then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                     nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})))""",
            [context, AXE_TAGS],
        )

    def assert_clean(self):
        assert self.external == [], f"requests to other hosts: {self.external}"
        assert self.page_errors == [], f"page errors: {self.page_errors}"
        assert self.console_errors == [], f"console errors: {self.console_errors}"


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB", accept_downloads=True, service_workers="block")
    yield ctx
    ctx.close()


@pytest.fixture
def watched(context, base_url):
    """A fresh page with request/console/error recording. Use ``watched.page``."""
    page = context.new_page()
    return PageWatch(page, base_url)


def open_page(watch: PageWatch, base_url: str, path: str, *, widgets: bool = False):
    watch.page.goto(base_url + path, wait_until="load")
    if widgets:
        watch.page.wait_for_selector("html[data-widgets-ready='true']", timeout=15000)
    watch.page.wait_for_load_state("networkidle")
    return watch.page
