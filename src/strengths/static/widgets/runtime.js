// Strengths in Practice: a light runtime for anywidget widgets on the static book.
//
// A built page holds the widgets' saved state in
//   <script type="application/vnd.jupyter.widget-state+json"> {"state": {model_id: {...}}}
// and one view per output in
//   <script type="application/vnd.jupyter.widget-view+json"> {"model_id": "..."}
// This module reads both, imports each anywidget model's ES module (its `_esm` text) from a
// Blob URL, applies its `_css`, and calls the module's `initialize` and `render` with a small
// model object. There is no kernel: `save_changes` and `send` stay on the page, and nothing
// is fetched from the network. It replaces require.js + @jupyter-widgets/html-manager
// (about 3.6 MB), which we only needed for anywidget models.

const STATE_MIME = "application/vnd.jupyter.widget-state+json";
const VIEW_MIME = "application/vnd.jupyter.widget-view+json";

/** The subset of the anywidget model API that widget modules use. */
export class StaticModel {
  constructor(id, state) {
    this.model_id = id;
    this._state = { ...state };
    this._listeners = new Map(); // event name -> Set of callbacks
  }
  get(name) {
    return this._state[name];
  }
  set(name, value) {
    const old = this._state[name];
    this._state[name] = value;
    if (old !== value) {
      this._emit(`change:${name}`, value, old);
      this._emit("change", name, value);
    }
  }
  on(event, callback) {
    for (const name of String(event).split(/\s+/).filter(Boolean)) {
      if (!this._listeners.has(name)) this._listeners.set(name, new Set());
      this._listeners.get(name).add(callback);
    }
  }
  off(event, callback) {
    if (!event) {
      this._listeners.clear();
      return;
    }
    for (const name of String(event).split(/\s+/).filter(Boolean)) {
      if (!callback) this._listeners.delete(name);
      else this._listeners.get(name)?.delete(callback);
    }
  }
  /** No kernel to sync with; listeners still hear about it (anywidget fires nothing extra). */
  save_changes() {
    this._emit("save_changes");
  }
  /** Custom messages go to a kernel; on a static page there is none, so they are dropped. */
  send() {}
  _emit(event, ...args) {
    for (const callback of [...(this._listeners.get(event) || [])]) {
      try {
        callback(...args);
      } catch (err) {
        console.error(`Strengths in Practice: a "${event}" listener failed`, err);
      }
    }
  }
}

const modules = new Map(); // _esm text -> Promise<module>
const styled = new Set(); // _css text already applied

function importModule(source) {
  if (!modules.has(source)) {
    const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    modules.set(
      source,
      import(url).finally(() => URL.revokeObjectURL(url)),
    );
  }
  return modules.get(source);
}

function applyCss(css) {
  if (!css || styled.has(css)) return;
  styled.add(css);
  const style = document.createElement("style");
  style.dataset.source = "anywidget";
  style.textContent = css;
  document.head.append(style);
}

/** anywidget modules export `{initialize, render}`, a function returning that, or named exports. */
async function widgetDefinition(mod) {
  let def = mod.default ?? mod;
  if (typeof def === "function") def = await def();
  return def || {};
}

function showError(holder, message, err) {
  const box = document.createElement("div");
  box.className = "sip-widget-error";
  box.setAttribute("role", "alert");
  const strong = document.createElement("strong");
  strong.textContent = "This exercise could not start. ";
  box.append(strong, document.createTextNode(message));
  if (err) box.append(document.createTextNode(` (${err && err.message ? err.message : err})`));
  holder.replaceChildren(box);
  if (err) console.warn("Strengths in Practice:", message, err);
}

function readState() {
  const state = {};
  for (const script of document.querySelectorAll(`script[type="${STATE_MIME}"]`)) {
    try {
      Object.assign(state, JSON.parse(script.textContent).state || {});
    } catch (err) {
      console.error("Strengths in Practice: widget state is not valid JSON", err);
    }
  }
  return state;
}

const models = new Map(); // model id -> {model, ready: Promise<definition>}

function modelFor(id, entry) {
  if (!models.has(id)) {
    const model = new StaticModel(id, entry.state || {});
    const ready = (async () => {
      applyCss(model.get("_css"));
      const def = await widgetDefinition(await importModule(model.get("_esm") || ""));
      if (typeof def.initialize === "function") await def.initialize({ model });
      return def;
    })();
    models.set(id, { model, ready });
  }
  return models.get(id);
}

async function renderView(script, state) {
  const holder = document.createElement("div");
  holder.className = "sip-widget";
  script.before(holder);
  let view;
  try {
    view = JSON.parse(script.textContent);
  } catch (err) {
    showError(holder, "Its page data is damaged.", err);
    return;
  }
  const entry = state[view.model_id];
  if (!entry) {
    showError(holder, "Its saved state is missing from this page. Rebuild the book.");
    return;
  }
  if (entry.model_module !== "anywidget") {
    showError(
      holder,
      `It uses "${entry.model_module}.${entry.model_name}", which needs a live Jupyter kernel. Open this page as a notebook to use it.`,
    );
    return;
  }
  const { model, ready } = modelFor(view.model_id, entry);
  try {
    const def = await ready;
    if (typeof def.render !== "function") throw new Error("the module has no render function");
    await def.render({ model, el: holder });
  } catch (err) {
    showError(holder, "Its code failed to load. Reload the page; if it happens again, tell the book's maintainers.", err);
  }
}

export async function renderAll() {
  const state = readState();
  const views = [...document.querySelectorAll(`script[type="${VIEW_MIME}"]`)];
  await Promise.all(views.map((script) => renderView(script, state)));
  document.documentElement.dataset.widgetsReady = "true";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", renderAll);
else renderAll();
