"""The light widget runtime (static/widgets/runtime.js) on its own, in a real browser.

A hand-made page holds the same script tags myst-nb writes: two anywidget models (one shown
twice), a model with `_css`, a module that throws, a model whose state is missing and a core
ipywidgets model. Each must behave as documented, without touching the network."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading

import pytest

import strengths

RUNTIME = strengths.__path__[0] + "/static/widgets/runtime.js"

COUNTER_ESM = """
export default {
  initialize({ model }) { model.set("initialized", (model.get("initialized") || 0) + 1); },
  render({ model, el }) {
    const button = document.createElement("button");
    const events = document.createElement("output");
    let seen = [];
    const draw = () => { button.textContent = `${model.get("label")}: ${model.get("count")}`; };
    model.on("change:count", (value, old) => { seen.push(`count ${old}->${value}`); draw(); events.textContent = seen.join(", "); });
    model.on("change", (name) => { el.dataset.lastChange = name; });
    button.addEventListener("click", () => { model.set("count", model.get("count") + 1); model.save_changes(); model.send({hello: 1}); });
    draw();
    el.append(button, events);
    el.dataset.initialized = model.get("initialized");
  },
};
"""

THROWING_ESM = "throw new Error('boom from module');"
BROKEN_RENDER_ESM = "export default { render() { throw new Error('render failed'); } };"


def anywidget(esm: str, **state) -> dict:
    return {"model_name": "AnyModel", "model_module": "anywidget", "model_module_version": "~0.9.*",
            "state": {"_esm": esm, "_model_module": "anywidget", "_model_name": "AnyModel", **state}}


def view(model_id: str) -> str:
    return f'<div class="cell_output"><script type="application/vnd.jupyter.widget-view+json">{json.dumps({"version_major": 2, "version_minor": 0, "model_id": model_id})}</script></div>'


@pytest.fixture(scope="module")
def runtime_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("runtime")
    (folder / "_static" / "widgets").mkdir(parents=True)
    shutil.copy(RUNTIME, folder / "_static" / "widgets" / "runtime.js")
    state = {"state": {
        "a": anywidget(COUNTER_ESM, label="First", count=0, _css=".styled-by-css { outline: 3px solid rgb(255, 0, 0); }"),
        "b": anywidget(COUNTER_ESM, label="Second", count=10),
        "bad": anywidget(THROWING_ESM),
        "badrender": anywidget(BROKEN_RENDER_ESM),
        "slider": {"model_name": "IntSliderModel", "model_module": "@jupyter-widgets/controls", "model_module_version": "2.0.0", "state": {"value": 3}},
    }}
    body = "".join([
        '<section id="one" class="styled-by-css">', view("a"), "</section>",
        '<section id="two">', view("b"), "</section>",
        '<section id="again">', view("a"), "</section>",
        '<section id="bad">', view("bad"), "</section>",
        '<section id="badrender">', view("badrender"), "</section>",
        '<section id="missing">', view("not-in-state"), "</section>",
        '<section id="slider">', view("slider"), "</section>",
    ])
    html = f"""<!doctype html><html lang="en" data-content_root="./"><head><meta charset="utf-8"><title>runtime test</title>
<script type="application/vnd.jupyter.widget-state+json">{json.dumps(state)}</script>
<script type="module" src="_static/widgets/runtime.js"></script></head><body><main>{body}</main></body></html>"""
    (folder / "index.html").write_text(html)
    from conftest import _QuietHandler

    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture
def loaded(browser, runtime_page):
    from conftest import PageWatch

    context = browser.new_context()
    page = context.new_page()
    watch = PageWatch(page, runtime_page)
    page.goto(runtime_page + "index.html")
    page.wait_for_selector("html[data-widgets-ready='true']", timeout=10000)
    yield page, watch
    context.close()


def test_two_widgets_render_independently_and_share_a_model_between_views(loaded):
    page, _ = loaded
    first, second, again = (page.locator(f"#{s} .sip-widget button") for s in ("one", "two", "again"))
    assert first.text_content() == "First: 0"
    assert second.text_content() == "Second: 10"
    first.click()
    first.click()
    assert first.text_content() == "First: 2"
    assert again.text_content() == "First: 2", "both views of model a follow its state"
    assert second.text_content() == "Second: 10", "model b is untouched"
    assert page.locator("#one output").text_content() == "count 0->1, count 1->2"
    assert page.locator("#one .sip-widget").get_attribute("data-last-change") == "count"
    # initialize runs once per model, not once per view
    assert page.locator("#again .sip-widget").get_attribute("data-initialized") == "1"


def test_css_of_a_model_is_applied_once(loaded):
    page, _ = loaded
    assert page.evaluate("getComputedStyle(document.querySelector('#one')).outlineColor") == "rgb(255, 0, 0)"
    assert page.locator("style[data-source='anywidget']").count() == 1


def test_failures_show_readable_errors_in_place_and_others_still_work(loaded):
    page, watch = loaded
    for section, words in [
        ("bad", "code failed to load"),
        ("badrender", "code failed to load"),
        ("missing", "saved state is missing"),
        ("slider", "needs a live Jupyter kernel"),
    ]:
        box = page.locator(f"#{section} .sip-widget-error")
        assert box.count() == 1, section
        assert box.get_attribute("role") == "alert"
        assert words in box.text_content(), section
    page.locator("#two .sip-widget button").click()
    assert page.locator("#two .sip-widget button").text_content() == "Second: 11"
    assert watch.external == [] and watch.page_errors == []
    assert page.evaluate("typeof window.require === 'undefined'")
