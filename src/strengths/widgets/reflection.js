// Reflection: prompts with free-text answers, a word count each, and an optional
// "what will I do differently" action line.
// answers: { responses: { <prompt id>: text }, action: text }

function reflectionMarkdown(content, answers) {
  const lines = [];
  const responses = answers.responses || {};
  for (const prompt of content.prompts || []) {
    lines.push(`## ${escapeMarkdown(prompt.text)}`, "", ...quoteBlock(responses[prompt.id]), "");
  }
  if (content.action_line) {
    lines.push(`## ${escapeMarkdown(content.action_label || "What will I do differently?")}`, "", ...quoteBlock(answers.action), "");
  }
  return lines;
}

export default {
  render({ model, el }) {
    return mountExercise(model, el, {
      markdown: reflectionMarkdown,
      body(ctx) {
        const { content } = ctx;
        const list = h("div", { class: "sip-reflection" });
        for (const prompt of content.prompts || []) {
          const field = textField({
            label: prompt.text,
            hint: prompt.hint || "",
            rows: prompt.rows || 4,
            value: (ctx.answers.responses || {})[prompt.id] || "",
            check: ctx.support.language,
            onInput: (value) => ctx.update({ responses: { ...(ctx.answers.responses || {}), [prompt.id]: value } }),
          });
          field.input.dataset.promptId = prompt.id;
          list.append(field.element);
        }
        if (content.action_line) {
          const field = textField({
            label: content.action_label || "What will I do differently?",
            hint: "One concrete action, for example something to try in your next visit.",
            rows: 2,
            value: ctx.answers.action || "",
            check: ctx.support.language,
            onInput: (value) => ctx.update({ action: value }),
          });
          field.input.dataset.promptId = "action";
          list.append(field.element);
        }
        return list;
      },
    });
  },
};
