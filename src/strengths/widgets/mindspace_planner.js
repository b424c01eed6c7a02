// MindspacePlanner: plan a nudge for a goal with the nine MINDSPACE levers (Darlington umbrella).
// Each lever: a one-line explanation, a "use this lever" checkbox and a "how" text box. Wording
// that could take the person's choice away (phrases listed in the YAML) gets a visible warning.
// answers: { levers: { <lever id>: { use: bool, how: text } } }

/** Phrases from `words` found in `text`. Twin of strengths.widgets.mindspace_planner.choice_words_in. */
function choiceWordsIn(text, words) {
  const clean = String(text ?? "")
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
  const found = [];
  for (const word of words || []) {
    const phrase = String(word).toLowerCase().split(/\s+/).filter(Boolean).join(" ");
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`).test(clean)) found.push(word);
  }
  return found;
}

function mindspaceLever(answers, id) {
  const entry = (answers.levers || {})[id] || {};
  return { use: Boolean(entry.use), how: String(entry.how ?? "") };
}

function mindspaceMarkdown(content, answers) {
  const lines = ["## Goal", "", escapeMarkdown(String(content.goal || "").trim()), ""];
  for (const lever of content.levers || []) {
    const state = mindspaceLever(answers, lever.id);
    lines.push(`## ${escapeMarkdown(lever.name)}`, "", `Use this lever: ${state.use ? "yes" : "no"}`, "", ...quoteBlock(state.how), "");
    const found = choiceWordsIn(state.how, content.choice_words);
    if (found.length) {
      const list = found.map((w) => `“${w}”`).join(", ");
      lines.push(`**Check the wording** (found ${escapeMarkdown(list)}): ${escapeMarkdown(String(content.choice_warning || "").trim())}`, "");
    }
  }
  return lines;
}

export default {
  render({ model, el }) {
    return mountExercise(model, el, {
      markdown: mindspaceMarkdown,
      body(ctx) {
        const content = ctx.content;
        const setLever = (id, patch) => {
          const levers = { ...(ctx.answers.levers || {}) };
          levers[id] = { ...mindspaceLever(ctx.answers, id), ...patch };
          ctx.update({ levers });
        };

        const list = h("div", { class: "sip-ms-levers" });
        for (const lever of content.levers || []) {
          const state = mindspaceLever(ctx.answers, lever.id);
          const legendId = uid("ms-legend");
          const explainId = uid("ms-explain");
          const checkId = uid("ms-use");
          const checkbox = h("input", { type: "checkbox", id: checkId, "aria-describedby": explainId, checked: state.use });
          checkbox.dataset.lever = lever.id;
          checkbox.addEventListener("change", () => {
            setLever(lever.id, { use: checkbox.checked });
            box.classList.toggle("sip-ms-used", checkbox.checked);
          });
          const field = textField({
            label: `How would you use ${lever.name.toLowerCase()}?`,
            rows: 2,
            value: state.how,
            check: ctx.support.language,
            onInput: (value) => {
              setLever(lever.id, { how: value });
              showWarning(value, true);
            },
          });
          field.input.dataset.lever = lever.id;
          const warning = h("div", { class: "sip-ms-warning", id: uid("ms-warning"), hidden: true });
          field.input.setAttribute("aria-describedby", `${field.input.getAttribute("aria-describedby")} ${warning.id}`.trim());
          let warned = false;
          const showWarning = (value, speak) => {
            const found = choiceWordsIn(value, content.choice_words);
            warning.hidden = !found.length;
            if (found.length) {
              warning.replaceChildren(
                h("strong", { text: "⚠ Warning: check the wording. " }),
                h("span", { text: `You wrote ${found.map((w) => `“${w}”`).join(", ")}. ${content.choice_warning}` }),
              );
              if (speak && !warned) ctx.announce(`Warning for ${lever.name}: this wording may take away the person's choice.`);
            } else {
              warning.replaceChildren();
            }
            warned = Boolean(found.length);
          };
          showWarning(state.how, false);
          const box = h(
            "fieldset",
            { class: `sip-ms-lever${state.use ? " sip-ms-used" : ""}`, "aria-labelledby": legendId },
            h("legend", { id: legendId, class: "sip-ms-name", text: lever.name }),
            h("p", { id: explainId, class: "sip-ms-explains", text: lever.explains }),
            h("div", { class: "sip-ms-use" }, checkbox, h("label", { for: checkId, text: " Use this lever" })),
            field.element,
            warning,
          );
          list.append(box);
        }
        return h(
          "div",
          { class: "sip-ms" },
          h("div", { class: "sip-ms-goal" }, h("h4", { text: "The goal" }), h("p", { text: content.goal })),
          list,
        );
      },
    });
  },
};
