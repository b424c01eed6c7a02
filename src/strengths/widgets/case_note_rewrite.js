// Case note rewrite: each deficit-style note is shown with the checker's suggestions and a box to
// rewrite it, with the live language and personal-data check.
// answers: { rewrites: { <note id>: text } }

function caseNoteFindingsMarkdown(text, rules) {
  const found = checkText(text, rules);
  if (!found.length) return ["No suggestions."];
  return found.map((finding) => `- ${escapeMarkdown(describeFinding(finding))}`);
}

function caseNoteMarkdown(content, answers, rules) {
  const lines = [];
  const rewrites = answers.rewrites || {};
  for (const note of content.notes || []) {
    const rewrite = String(rewrites[note.id] ?? "");
    lines.push(`## ${escapeMarkdown(note.title)}`, "", "### Before", "", ...quoteBlock(note.text), "");
    lines.push("Suggestions:", "", ...caseNoteFindingsMarkdown(note.text, rules), "");
    lines.push("### After", "", ...quoteBlock(rewrite), "");
    if (rewrite.trim()) lines.push("Suggestions still in my rewrite:", "", ...caseNoteFindingsMarkdown(rewrite, rules), "");
  }
  return lines;
}

export default {
  render({ model, el }) {
    const rules = (model.get("support") || {}).language;
    return mountExercise(model, el, {
      markdown: (content, answers) => caseNoteMarkdown(content, answers, rules),
      body(ctx) {
        const holder = h("div", { class: "sip-case-notes" });
        for (const note of ctx.content.notes || []) {
          const headingId = uid("note");
          const original = checkText(note.text, rules);
          const field = textField({
            label: `Your rewrite of “${note.title}”`,
            hint: "Keep the facts; change the words. Use made-up names only.",
            rows: 5,
            value: (ctx.answers.rewrites || {})[note.id] || "",
            check: rules,
            onInput: (value) => ctx.update({ rewrites: { ...(ctx.answers.rewrites || {}), [note.id]: value } }),
          });
          field.input.dataset.noteId = note.id;
          const copy = h("button", { type: "button", class: "sip-button sip-case-note-copy", text: "Start from the original note" });
          copy.addEventListener("click", () => {
            if (field.input.value.trim() && field.input.value !== note.text) {
              ctx.announce("Your rewrite already has text, so it was kept. Clear the box first to start again.");
              field.input.focus();
              return;
            }
            field.input.value = note.text;
            field.input.dispatchEvent(new Event("input", { bubbles: true }));
            field.input.focus();
          });
          holder.append(
            h(
              "section",
              { class: "sip-case-note", "aria-labelledby": headingId, "data-note": note.id },
              h("h4", { id: headingId, class: "sip-case-note-title", text: note.title }),
              h("p", { class: "sip-case-note-label", text: "The note as written:" }),
              h("blockquote", { class: "sip-case-note-original", text: note.text }),
              h("p", { class: "sip-case-note-label", text: `${summariseFindings(original)} in this note:` }),
              h(
                "ul",
                { class: "sip-check-list sip-case-note-findings" },
                original.map((finding) =>
                  h("li", { class: `sip-check-item sip-check-${finding.kind}`, "data-rule": finding.rule },
                    h("span", { class: "sip-check-message", text: describeFinding(finding) }),
                    " ",
                    h("span", { class: "sip-check-why", text: finding.why })),
                ),
              ),
              copy,
              field.element,
            ),
          );
        }
        return holder;
      },
    });
  },
};
