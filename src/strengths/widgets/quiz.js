// Quiz: short knowledge checks. Single-answer questions use radio buttons, multiple-answer
// questions use checkboxes; each sits in a fieldset with a legend and has its own "Check answer"
// button. Feedback and the explanation appear in a live region after checking.
// answers: { responses: { <question id>: [option id, ...] }, checked: { <question id>: bool } }
// Changing an answer un-checks that question, so the score only counts checked answers.

function quizCorrectIds(question) {
  return (question.options || []).filter((o) => o.correct).map((o) => o.id);
}

function quizIsCorrect(question, picked) {
  const chosen = new Set(picked || []);
  const correct = quizCorrectIds(question);
  return chosen.size > 0 && chosen.size === correct.length && correct.every((id) => chosen.has(id));
}

function quizScore(content, answers) {
  const responses = answers.responses || {};
  const checked = answers.checked || {};
  return (content.questions || []).filter((q) => checked[q.id] && quizIsCorrect(q, responses[q.id])).length;
}

function quizMarkdown(content, answers) {
  const lines = [];
  const responses = answers.responses || {};
  const checked = answers.checked || {};
  const questions = content.questions || [];
  questions.forEach((question, index) => {
    lines.push(`## Question ${index + 1}: ${escapeMarkdown(question.text)}`, "");
    const picked = new Set(responses[question.id] || []);
    const chosen = question.options.filter((o) => picked.has(o.id));
    lines.push(chosen.length ? "My answer: " + chosen.map((o) => escapeMarkdown(o.text)).join("; ") : "My answer: _(no answer)_");
    lines.push("");
    if (checked[question.id] && chosen.length) {
      if (quizIsCorrect(question, responses[question.id])) lines.push("Result: correct");
      else {
        const right = question.options.filter((o) => o.correct);
        lines.push("Result: not correct. The right answer: " + right.map((o) => escapeMarkdown(o.text)).join("; "));
      }
      lines.push("", `Why: ${escapeMarkdown(question.explanation)}`);
    } else {
      lines.push("Result: _(not checked yet)_");
    }
    lines.push("");
  });
  lines.push("## Score", "", `${quizScore(content, answers)} of ${questions.length} correct`, "");
  return lines;
}

export default {
  render({ model, el }) {
    return mountExercise(model, el, {
      markdown: quizMarkdown,
      body(ctx) {
        const questions = ctx.content.questions || [];
        const root = h("div", { class: "sip-quiz" });
        const summary = h("p", { class: "sip-quiz-score" });
        const refreshSummary = () => {
          const checked = ctx.answers.checked || {};
          const done = questions.filter((q) => checked[q.id]).length;
          summary.textContent =
            `Your score: ${quizScore(ctx.content, ctx.answers)} of ${questions.length} correct ` +
            `(${done} of ${questions.length} checked).`;
        };

        questions.forEach((question, index) => {
          const groupName = uid("quiz");
          const picked = (ctx.answers.responses || {})[question.id] || [];
          const legend = h(
            "legend",
            { class: "sip-legend" },
            `Question ${index + 1} of ${questions.length}: ${question.text}`,
            question.multiple ? h("span", { class: "sip-legend-hint", text: " (choose all that apply)" }) : null,
          );
          const fieldset = h("fieldset", { class: "sip-choice-group", "data-question": question.id }, legend);
          const inputs = [];
          for (const option of question.options || []) {
            const id = uid("option");
            const input = h("input", {
              type: question.multiple ? "checkbox" : "radio",
              name: groupName,
              id,
              value: option.id,
              class: "sip-choice-input",
              checked: picked.includes(option.id),
            });
            inputs.push(input);
            fieldset.append(h("div", { class: "sip-choice" }, input, h("label", { for: id, class: "sip-choice-label", text: option.text })));
          }
          const feedback = h("div", { class: "sip-feedback", "aria-live": "polite", "data-feedback": question.id });
          const check = h("button", {
            type: "button",
            class: "sip-button",
            text: "Check answer",
            "aria-label": `Check answer to question ${index + 1}`,
            "data-check": question.id,
          });

          const showFeedback = () => {
            const chosen = (ctx.answers.responses || {})[question.id] || [];
            const isChecked = Boolean((ctx.answers.checked || {})[question.id]) && chosen.length > 0;
            feedback.classList.remove("sip-feedback-correct", "sip-feedback-wrong");
            if (!isChecked) {
              feedback.replaceChildren();
              return;
            }
            const right = quizIsCorrect(question, chosen);
            feedback.classList.add(right ? "sip-feedback-correct" : "sip-feedback-wrong");
            const rightText = question.options.filter((o) => o.correct).map((o) => o.text).join("; ");
            const parts = [h("p", { class: "sip-feedback-verdict" }, h("strong", { text: right ? "✓ Correct." : "✗ Not quite." }))];
            if (!right) parts.push(h("p", { text: `The right answer: ${rightText}` }));
            parts.push(h("p", { text: question.explanation }));
            feedback.replaceChildren(...parts);
          };

          const onChange = () => {
            const ids = inputs.filter((i) => i.checked).map((i) => i.value);
            ctx.update({
              responses: { ...(ctx.answers.responses || {}), [question.id]: ids },
              checked: { ...(ctx.answers.checked || {}), [question.id]: false },
            });
            showFeedback();
            refreshSummary();
          };
          for (const input of inputs) input.addEventListener("change", onChange);

          check.addEventListener("click", () => {
            const chosen = (ctx.answers.responses || {})[question.id] || [];
            if (!chosen.length) {
              feedback.classList.remove("sip-feedback-correct", "sip-feedback-wrong");
              feedback.replaceChildren(h("p", { text: "Choose an answer first, then check it." }));
              return;
            }
            ctx.update({ checked: { ...(ctx.answers.checked || {}), [question.id]: true } }, { immediate: true });
            showFeedback();
            refreshSummary();
          });

          showFeedback();
          root.append(h("div", { class: "sip-question" }, fieldset, check, feedback));
        });
        refreshSummary();
        root.append(summary);
        return root;
      },
    });
  },
};
