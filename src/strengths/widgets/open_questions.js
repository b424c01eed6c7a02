// OpenQuestions: rewrite closed or leading questions as open ones. Each question has a text
// field, "Show a hint" and "Show a model answer" buttons (aria-expanded; the text appears in
// place) and a light self-check written as text. The self-check rules come from Python
// (model "support"), so the page and the Markdown export flag exactly the same things.
// answers: { rewrites: { <question id>: text }, revealed: { <question id>: ["hint" | "model"] } }

function openQuestionsCheck(support, text) {
  const value = String(text ?? "");
  if (!value.trim()) return "";
  if (new RegExp(support.closed_opener, "i").test(value)) return "closed";
  if (new RegExp(support.tag_question, "i").test(value)) return "tag";
  return "open";
}

function openQuestionsMarkdown(content, answers, support) {
  const lines = [];
  const rewrites = answers.rewrites || {};
  const revealed = answers.revealed || {};
  (content.questions || []).forEach((question, index) => {
    const text = rewrites[question.id] || "";
    lines.push(`## Question ${index + 1}: ${escapeMarkdown(question.closed)}`, "", "My open question:", "", ...quoteBlock(text), "");
    const result = openQuestionsCheck(support, text);
    if (result) lines.push(`Self-check: ${escapeMarkdown(support.messages[result])}`, "");
    const shown = revealed[question.id] || [];
    if (shown.includes("hint")) lines.push(`Hint: ${escapeMarkdown(question.hint)}`, "");
    if (shown.includes("model")) lines.push(`Model answer: ${escapeMarkdown(question.model)}`, "");
  });
  return lines;
}

export default {
  render({ model, el }) {
    const support = model.get("support") || {};
    return mountExercise(model, el, {
      markdown: (content, answers) => openQuestionsMarkdown(content, answers, support),
      body(ctx) {
        const questions = ctx.content.questions || [];
        const root = h("div", { class: "sip-open-questions" });
        questions.forEach((question, index) => {
          const headingId = uid("oq");
          const heading = h("h4", { id: headingId, class: "sip-subtitle" }, `Question ${index + 1}: “${question.closed}”`);
          const field = textField({
            label: `Your open version of question ${index + 1}`,
            hint: question.context || "",
            rows: 2,
            value: (ctx.answers.rewrites || {})[question.id] || "",
            check: support.language,
            onInput: (value) => {
              ctx.update({ rewrites: { ...(ctx.answers.rewrites || {}), [question.id]: value } });
              refreshCheck();
            },
          });
          field.input.dataset.questionId = question.id;
          const check = h("p", { class: "sip-selfcheck", "aria-live": "polite", "data-selfcheck": question.id });
          let lastResult = null;
          const refreshCheck = () => {
            const result = openQuestionsCheck(support, (ctx.answers.rewrites || {})[question.id]);
            if (result === lastResult) return;
            lastResult = result;
            check.className = `sip-selfcheck${result ? ` sip-selfcheck-${result}` : ""}`;
            check.textContent = result ? `Self-check: ${support.messages[result]}` : "";
          };
          refreshCheck();

          const reveals = h("div", { class: "sip-reveal-buttons" });
          const panels = [];
          for (const [kind, showText, hideText, label, text] of [
            ["hint", "Show a hint", "Hide the hint", "Hint: ", question.hint],
            ["model", "Show a model answer", "Hide the model answer", "Model answer: ", question.model],
          ]) {
            const panelId = uid(`oq-${kind}`);
            const panel = h("div", { id: panelId, class: "sip-reveal", "data-reveal": kind }, h("p", {}, h("strong", { text: label }), text));
            const button = h("button", { type: "button", class: "sip-button", "aria-controls": panelId, "data-toggle": kind });
            const sync = () => {
              const open = ((ctx.answers.revealed || {})[question.id] || []).includes(kind);
              panel.hidden = !open;
              button.setAttribute("aria-expanded", String(open));
              button.textContent = open ? hideText : showText;
              button.setAttribute("aria-label", `${open ? hideText : showText} for question ${index + 1}`);
            };
            button.addEventListener("click", () => {
              const current = (ctx.answers.revealed || {})[question.id] || [];
              const next = current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind];
              ctx.update({ revealed: { ...(ctx.answers.revealed || {}), [question.id]: next } }, { immediate: true });
              sync();
            });
            sync();
            reveals.append(button);
            panels.push(panel);
          }
          root.append(
            h("div", { class: "sip-oq-item", role: "group", "aria-labelledby": headingId, "data-question": question.id }, heading, field.element, check, reveals, ...panels),
          );
        });
        return root;
      },
    });
  },
};
