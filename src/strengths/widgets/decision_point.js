// DecisionPoint: a scenario about a fictional person with one or more decisions in sequence.
// Each decision is a radio group in a fieldset. "Confirm my choice" reveals what might happen
// next and feedback grounded in the frameworks and the law (in a live region); "Think again"
// lets the user choose again. A later decision appears once the one before it is confirmed.
// answers: { choices: { <step id>: choice id }, confirmed: { <step id>: bool }, note: text }

function decisionFitLabel(labels, fit) {
  return (labels || {})[fit] || fit;
}

function decisionMarkdown(content, answers, labels) {
  const lines = ["## The situation", "", escapeMarkdown(content.scenario || ""), ""];
  const choices = answers.choices || {};
  const confirmed = answers.confirmed || {};
  (content.steps || []).forEach((step, index) => {
    lines.push(`## Decision ${index + 1}: ${escapeMarkdown(step.prompt)}`, "");
    const chosen = step.choices.find((c) => c.id === choices[step.id]);
    if (!chosen) {
      lines.push("My choice: _(not chosen yet)_", "");
      return;
    }
    lines.push(`My choice: ${escapeMarkdown(chosen.text)}`, "");
    if (confirmed[step.id]) {
      lines.push(
        `What happened: ${escapeMarkdown(chosen.consequence)}`,
        "",
        `How it fits: ${escapeMarkdown(decisionFitLabel(labels, chosen.fit))}`,
        "",
        `Why: ${escapeMarkdown(chosen.feedback)}`,
        "",
      );
    } else {
      lines.push("_(not confirmed yet)_", "");
    }
  });
  if (content.note_prompt) lines.push(`## ${escapeMarkdown(content.note_prompt)}`, "", ...quoteBlock(answers.note), "");
  return lines;
}

export default {
  render({ model, el }) {
    const labels = (model.get("support") || {}).fit_labels || {};
    return mountExercise(model, el, {
      markdown: (content, answers) => decisionMarkdown(content, answers, labels),
      body(ctx) {
        const steps = ctx.content.steps || [];
        const root = h("div", { class: "sip-decision" });
        root.append(
          h("div", { class: "sip-scenario" }, h("h4", { class: "sip-subtitle", text: "The situation" }), h("p", { text: ctx.content.scenario || "" })),
        );
        const views = [];
        const refreshVisibility = () => {
          let open = true;
          for (const view of views) {
            view.element.hidden = !open;
            open = open && Boolean((ctx.answers.confirmed || {})[view.step.id]);
          }
        };

        steps.forEach((step, index) => {
          const groupName = uid("decision");
          const legend = h("legend", { class: "sip-legend", text: `Decision ${index + 1} of ${steps.length}: ${step.prompt}` });
          const fieldset = h("fieldset", { class: "sip-choice-group", "data-step": step.id }, legend);
          const inputs = [];
          for (const choice of step.choices || []) {
            const id = uid("choice");
            const input = h("input", {
              type: "radio",
              name: groupName,
              id,
              value: choice.id,
              class: "sip-choice-input",
              checked: (ctx.answers.choices || {})[step.id] === choice.id,
            });
            input.addEventListener("change", () => {
              if (input.checked) ctx.update({ choices: { ...(ctx.answers.choices || {}), [step.id]: choice.id } });
            });
            inputs.push(input);
            fieldset.append(h("div", { class: "sip-choice" }, input, h("label", { for: id, class: "sip-choice-label", text: choice.text })));
          }
          const confirm = h("button", {
            type: "button",
            class: "sip-button",
            text: "Confirm my choice",
            "aria-label": `Confirm my choice for decision ${index + 1}`,
            "data-confirm": step.id,
          });
          const feedback = h("div", { class: "sip-feedback", "aria-live": "polite", "data-feedback": step.id });
          const again = h("button", {
            type: "button",
            class: "sip-button",
            text: "Think again",
            "aria-label": `Think again about decision ${index + 1}`,
            "data-again": step.id,
          });

          const show = () => {
            const isConfirmed = Boolean((ctx.answers.confirmed || {})[step.id]);
            const chosen = step.choices.find((c) => c.id === (ctx.answers.choices || {})[step.id]);
            const done = isConfirmed && Boolean(chosen);
            fieldset.disabled = done;
            confirm.hidden = done;
            again.hidden = !done;
            feedback.classList.remove("sip-fit-strong", "sip-fit-partial", "sip-fit-weak");
            if (!done) {
              feedback.replaceChildren();
              return;
            }
            feedback.classList.add(`sip-fit-${chosen.fit}`);
            feedback.replaceChildren(
              h("p", {}, h("strong", { text: "You chose: " }), chosen.text),
              h("p", {}, h("strong", { text: "What happens next: " }), chosen.consequence),
              h("p", {}, h("strong", { text: "How it fits: " }), decisionFitLabel(labels, chosen.fit)),
              h("p", {}, h("strong", { text: "Why: " }), chosen.feedback),
            );
          };

          confirm.addEventListener("click", () => {
            if (!(ctx.answers.choices || {})[step.id]) {
              feedback.replaceChildren(h("p", { text: "Choose one of the options first, then confirm it." }));
              return;
            }
            ctx.update({ confirmed: { ...(ctx.answers.confirmed || {}), [step.id]: true } }, { immediate: true });
            show();
            refreshVisibility();
            again.focus();
          });
          again.addEventListener("click", () => {
            ctx.update({ confirmed: { ...(ctx.answers.confirmed || {}), [step.id]: false } }, { immediate: true });
            show();
            refreshVisibility();
            (inputs.find((i) => i.checked) || inputs[0]).focus();
          });

          const element = h("div", { class: "sip-step", "data-step": step.id }, fieldset, confirm, feedback, again);
          show();
          views.push({ step, element });
          root.append(element);
        });
        refreshVisibility();

        if (ctx.content.note_prompt) {
          const field = textField({
            label: ctx.content.note_prompt,
            hint: "Optional. A few lines for yourself.",
            rows: 3,
            value: ctx.answers.note || "",
            check: ctx.support.language,
            onInput: (value) => ctx.update({ note: value }),
          });
          field.input.dataset.promptId = "note";
          root.append(field.element);
        }
        return root;
      },
    });
  },
};
