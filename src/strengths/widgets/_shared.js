// Strengths in Practice: helpers shared by every exercise widget.
// This file is prepended to each widget's own module (see widgets/_exercise.py), so every
// widget is one self-contained ES module: no imports, no build step, no network.
//
// Rules for all widget code:
//  * user text goes into the page only through textContent / value / attributes, never innerHTML;
//  * answers are saved to localStorage on this device only (one versioned record per exercise);
//  * everything works with the keyboard alone.

const SIP_STORAGE_PREFIX = "strengths-in-practice:v1:";
const SIP_RECORD_FORMAT = "strengths-in-practice/exercise";
const SIP_RECORD_VERSION = 1;

/** Create an element. attrs: plain attributes, plus `text`, `on{Event}` handlers, `class`. */
function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === "value") node.value = value;
    else if (key === "checked") node.checked = Boolean(value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Create an SVG element; `text` sets its text content (never parsed as markup). */
function svgEl(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = String(value);
    else node.setAttribute(key, String(value));
  }
  return node;
}

let sipIdCounter = 0;
/** A document-unique id, for label/aria wiring. */
function uid(prefix) {
  sipIdCounter += 1;
  return `sip-${prefix}-${sipIdCounter}-${Math.random().toString(36).slice(2, 7)}`;
}

/** The page this exercise sits on, relative to the book root (stable across hosts). */
function sipPageId() {
  const root = document.documentElement.dataset.content_root;
  if (root === undefined) return "jupyter";
  const base = new URL(root, window.location.href).pathname;
  let page = window.location.pathname;
  if (page.startsWith(base)) page = page.slice(base.length);
  return page.replace(/\.html$/, "").replace(/\/index$/, "/") || "index";
}

function sipStorageKey(model) {
  return SIP_STORAGE_PREFIX + sipPageId() + ":" + model.get("exercise_id");
}

function sipReadRecord(key) {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const record = JSON.parse(raw);
    if (record && record.format === SIP_RECORD_FORMAT && record.version === SIP_RECORD_VERSION) return record;
  } catch (err) {
    console.warn("Strengths in Practice: could not read saved answers", err);
  }
  return null;
}

/** Escape user text for Markdown exports. Twin of strengths.markdown.escape_markdown. */
function escapeMarkdown(text) {
  return String(text ?? "")
    .replace(/\r\n?/g, "\n")
    .replace(/([\\`*_{}\[\]()<>#+\-.!|~&])/g, "\\$1");
}

/** User text as a Markdown block quote. Twin of strengths.markdown.quote_block. */
function quoteBlock(text) {
  const clean = String(text ?? "").replace(/\r\n?/g, "\n").trim();
  if (!clean) return ["_(no answer)_"];
  return clean.split("\n").map((line) => (line.trim() ? "> " + escapeMarkdown(line) : ">"));
}

function wordCount(text) {
  return String(text ?? "").trim().split(/\s+/).filter(Boolean).length;
}

function sipToday() {
  return new Date().toISOString().slice(0, 10);
}

/** Offer text as a file download. A Blob URL: nothing leaves the device. */
function downloadText(filename, text, type = "text/markdown") {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = h("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** How one finding reads in the list under a field, e.g. “refused” — blame word: try ‘decided not to’. */
function describeFinding(finding) {
  if (finding.kind === "personal-data") return `“${finding.text}” — personal data (${finding.label}): ${finding.suggestion}`;
  const options = String(finding.suggestion || "").split(" / ").map((alt) => `‘${alt}’`);
  return `“${finding.text}” — ${finding.label}: try ${options.join(" or ")}`;
}

function summariseFindings(findings) {
  const personal = findings.filter((f) => f.kind === "personal-data").length;
  const language = findings.length - personal;
  const parts = [];
  if (language) parts.push(`${language} ${language === 1 ? "suggestion" : "suggestions"}`);
  if (personal) parts.push(`${personal} possible personal ${personal === 1 ? "detail" : "details"} to remove`);
  return parts.length ? parts.join(", ") : "No suggestions";
}

/**
 * Live strengths-based language and personal-data check for a textarea (opt in with
 * textField({check: ctx.support.language})). Debounced; findings are listed under the field as
 * text, each with a button that selects the words in the field, and a count in a polite live region.
 */
function languageCheck(area, rules, { delay = 300, limit = 40 } = {}) {
  const id = uid("check");
  const summary = h("p", { id: `${id}-summary`, class: "sip-check-summary", role: "status", "aria-live": "polite" });
  const list = h("ul", { class: "sip-check-list", "aria-label": "Language and personal-data suggestions" });
  const element = h("div", { class: "sip-check", "data-check": "" }, summary, list);
  let timer = null;
  let findings = [];
  const run = () => {
    clearTimeout(timer);
    findings = checkText(area.value, rules);
    // Say nothing under an empty box; once there is text, always say what the check found.
    const text = area.value.trim() ? summariseFindings(findings) : "";
    if (summary.textContent !== text) summary.textContent = text;
    const items = findings.slice(0, limit).map((finding) => {
      const show = h("button", {
        type: "button",
        class: "sip-button sip-button-quiet sip-check-show",
        text: "Show",
        "aria-label": `Show “${finding.text}” in the text`,
      });
      show.addEventListener("click", () => {
        area.focus();
        area.setSelectionRange(finding.start, finding.end);
      });
      return h(
        "li",
        { class: `sip-check-item sip-check-${finding.kind}`, "data-rule": finding.rule },
        h("span", { class: "sip-check-kind", text: finding.kind === "personal-data" ? "Personal data: " : "Suggestion: " }),
        h("span", { class: "sip-check-message", text: describeFinding(finding) }),
        " ",
        h("span", { class: "sip-check-why", text: finding.why }),
        " ",
        show,
      );
    });
    if (findings.length > limit) items.push(h("li", { class: "sip-check-more", text: `and ${findings.length - limit} more` }));
    list.replaceChildren(...items);
    list.hidden = findings.length === 0;
    return findings;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  };
  area.addEventListener("input", schedule);
  area.sipCheckRun = run; // for tests: the full check and redraw, without the debounce
  run();
  return { element, summaryId: summary.id, run, get findings() { return findings; } };
}

/** The warning shown before a download when any answer seems to hold personal data (or null). */
function personalDataWarning(answers, rules) {
  if (!rules) return null;
  const found = personalDataIn(answers, rules);
  if (!found.length) return null;
  const kinds = [...new Set(found.map((f) => f.label))].join(", ");
  return (
    `Your answers seem to contain personal data (${kinds}). ` +
    "Remove names, numbers and addresses before you share this file. Download anyway?"
  );
}

/** A labelled multi-line text field with a live word count and a copy of its text for printing. */
function textField({ label, value = "", rows = 4, hint = "", onInput, check = null }) {
  const id = uid("field");
  const countId = `${id}-count`;
  const hintId = hint ? `${id}-hint` : null;
  const area = h("textarea", {
    id,
    rows,
    class: "sip-textarea",
    "aria-describedby": [hintId, countId].filter(Boolean).join(" "),
  });
  area.value = value;
  const count = h("span", { id: countId, class: "sip-count" });
  const printCopy = h("div", { class: "sip-print-copy", "aria-hidden": "true" });
  const refresh = () => {
    const n = wordCount(area.value);
    count.textContent = `${n} ${n === 1 ? "word" : "words"}`;
    printCopy.textContent = area.value.trim() ? area.value : "(no answer)";
  };
  area.addEventListener("input", () => {
    refresh();
    if (onInput) onInput(area.value);
  });
  refresh();
  const checker = check ? languageCheck(area, check) : null;
  if (checker) area.setAttribute("aria-describedby", [hintId, countId, checker.summaryId].filter(Boolean).join(" "));
  const wrapper = h(
    "div",
    { class: "sip-field" },
    h("label", { for: id, class: "sip-label", text: label }),
    hint ? h("p", { id: hintId, class: "sip-hint", text: hint }) : null,
    area,
    printCopy,
    count,
    checker ? checker.element : null,
  );
  return { element: wrapper, input: area, refresh, checker };
}

/** Show the "stays on this device" note once per page, before the first exercise. */
function ensurePrivacyNote(section) {
  if (document.querySelector(".sip-privacy-note")) return;
  section.before(
    h("p", {
      class: "sip-privacy-note",
      text:
        "Your answers are saved only in this web browser, on this device. Nothing you type is sent anywhere. " +
        "Use “Download as Markdown” or “Print” to keep a copy, and “Clear my answers” on a shared computer.",
    }),
  );
}

/**
 * Mount an exercise: title, intro, the widget's own body, a status line and the toolbar
 * (download, print, clear). `spec.body(ctx)` builds the body; `spec.markdown(content, answers)`
 * returns the Markdown lines for the answers (twin of the Python `answers_to_markdown`).
 * `spec.beforeExport(answers)` may return a warning message to confirm before downloading.
 * Returns a cleanup function.
 */
function mountExercise(model, el, spec) {
  const content = model.get("content") || {};
  const key = sipStorageKey(model);
  const saved = sipReadRecord(key);
  let answers = saved ? saved.answers || {} : { ...(model.get("answers") || {}) };
  if (saved) {
    model.set("answers", answers);
    model.save_changes();
  }

  const titleId = uid("title");
  const section = h("section", { class: "sip-exercise", "aria-labelledby": titleId, "data-exercise": model.get("exercise_id") });
  const status = h("p", { class: "sip-status", role: "status", "aria-live": "polite" });
  status.textContent = saved ? "Your saved answers were restored from this device." : "";

  let saveTimer = null;
  const persist = () => {
    const record = {
      format: SIP_RECORD_FORMAT,
      version: SIP_RECORD_VERSION,
      exercise: model.get("exercise_id"),
      widget: model.get("widget"),
      page: sipPageId(),
      title: content.title || "",
      saved_at: new Date().toISOString(),
      answers,
    };
    try {
      window.localStorage.setItem(key, JSON.stringify(record));
      status.textContent = `Saved on this device at ${new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.`;
    } catch (err) {
      status.textContent = "Could not save on this device (storage may be full or turned off). Download your answers to keep them.";
    }
  };

  const ctx = {
    content,
    support: model.get("support") || {},
    get answers() {
      return answers;
    },
    /** Merge a change into the answers, sync to Python (in a kernel) and save on this device. */
    update(patch, { immediate = false } = {}) {
      answers = { ...answers, ...patch };
      model.set("answers", answers);
      model.save_changes();
      clearTimeout(saveTimer);
      if (immediate) persist();
      else saveTimer = setTimeout(persist, 300);
    },
    announce(message) {
      status.textContent = message;
    },
  };

  const markdown = () => {
    const lines = [`# ${escapeMarkdown(content.title || "")}`, "", `Exercise: ${model.get("exercise_id")}`, ""];
    lines.push(...spec.markdown(content, answers));
    return lines.join("\n").replace(/\n+$/, "") + "\n";
  };

  let body = spec.body(ctx);
  const bodyHolder = h("div", { class: "sip-body" }, body);

  const confirmBox = h("div", { class: "sip-confirm", hidden: true, role: "group", "aria-label": "Confirm clearing" });
  const clearButton = h("button", { type: "button", class: "sip-button sip-button-quiet", text: "Clear my answers" });
  const yes = h("button", { type: "button", class: "sip-button sip-button-danger", text: "Yes, clear them" });
  const no = h("button", { type: "button", class: "sip-button", text: "Keep them" });
  confirmBox.append(h("span", { text: "Clear every answer in this exercise from this device? This cannot be undone. " }), yes, no);
  clearButton.addEventListener("click", () => {
    confirmBox.hidden = false;
    no.focus();
  });
  no.addEventListener("click", () => {
    confirmBox.hidden = true;
    clearButton.focus();
  });
  yes.addEventListener("click", () => {
    clearTimeout(saveTimer);
    window.localStorage.removeItem(key);
    answers = {};
    model.set("answers", answers);
    model.save_changes();
    body = spec.body(ctx);
    bodyHolder.replaceChildren(body);
    confirmBox.hidden = true;
    status.textContent = "Your answers were cleared from this device.";
    clearButton.focus();
  });

  const download = h("button", { type: "button", class: "sip-button", text: "Download as Markdown" });
  download.addEventListener("click", () => {
    const warning = (spec.beforeExport ? spec.beforeExport(answers) : null) || personalDataWarning(answers, ctx.support.language);
    if (warning && !window.confirm(warning)) return;
    const filename = `strengths-in-practice-${model.get("exercise_id")}-${sipToday()}.md`;
    downloadText(filename, markdown());
    status.textContent = `Downloaded ${filename}.`;
  });
  const print = h("button", { type: "button", class: "sip-button", text: "Print" });
  print.addEventListener("click", () => window.print());

  section.append(
    h("h3", { id: titleId, class: "sip-title", text: content.title || "Exercise" }),
    content.intro ? h("p", { class: "sip-intro", text: content.intro }) : null,
    bodyHolder,
    h("div", { class: "sip-toolbar", role: "group", "aria-label": "Save and export" }, download, print, clearButton),
    confirmBox,
    status,
  );
  el.replaceChildren(section);
  ensurePrivacyNote(section);
  // Expose the export for tests and for the kernel-less portfolio page.
  section.sipMarkdown = markdown;
  // The language checker with this exercise's rules (tests compare it with the Python checker).
  section.sipCheck = (text) => checkText(text, ctx.support.language || null);
  return () => clearTimeout(saveTimer);
}
