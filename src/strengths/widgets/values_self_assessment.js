// ValuesSelfAssessment: rate yourself 1-5 against Islington's CARE (+ Fairness) and Darlington's
// THRIVE values. A bar chart (inline SVG) with a table beside it; "Save as a snapshot" keeps the
// ratings so the next visit shows "was 2, now 4"; then choose one value to develop and plan.
// answers: { ratings: { <statement id>: 1-5 }, previous: { ratings, saved_at } | null,
//            focus: <value id>, plan: text }

function vsaAverage(value, ratings) {
  const scores = (value.statements || []).filter((s) => ratings && s.id in ratings).map((s) => Number(ratings[s.id]));
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

function vsaMarkdown(content, answers) {
  const ratings = answers.ratings || {};
  const previous = answers.previous || null;
  const before = (previous && previous.ratings) || {};
  const lines = [];
  if (previous) lines.push(`Compared with the snapshot saved ${escapeMarkdown(previous.saved_at || "")}.`, "");
  for (const value of content.values || []) {
    lines.push(`## ${escapeMarkdown(value.name)}`, "");
    for (const s of value.statements || []) {
      const now = s.id in ratings ? `${Number(ratings[s.id])} out of 5` : "not rated";
      const was = s.id in before ? ` (was ${Number(before[s.id])})` : "";
      lines.push(`- ${escapeMarkdown(s.text)}: ${now}${was}`);
    }
    lines.push("");
  }
  const focus = (content.values || []).find((v) => v.id === answers.focus);
  lines.push("## Value to develop", "", focus ? escapeMarkdown(focus.name) : "_(none chosen)_", "");
  lines.push("## My plan", "", ...quoteBlock(answers.plan), "");
  return lines;
}

function vsaFormat(n) {
  return n === null ? "not rated" : (Math.round(n * 10) / 10).toString();
}

export default {
  render({ model, el }) {
    return mountExercise(model, el, {
      markdown: vsaMarkdown,
      body(ctx) {
        const content = ctx.content;
        const values = content.values || [];
        const scale = content.scale || [];
        const previous = () => ctx.answers.previous || null;

        // --- rating questions ---------------------------------------------------------------
        const questions = h("div", { class: "sip-vsa-questions" });
        const comparisons = new Map(); // statement id -> span
        for (const value of values) {
          const group = h("div", { class: "sip-vsa-value" }, h("h4", { class: "sip-vsa-value-name", text: value.name }));
          for (const s of value.statements || []) {
            const name = uid("vsa-radio");
            const current = (ctx.answers.ratings || {})[s.id];
            const compare = h("p", { class: "sip-vsa-compare" });
            comparisons.set(s.id, compare);
            const options = scale.map((point) => {
              const id = uid("vsa-opt");
              const radio = h("input", { type: "radio", name, id, value: String(point.value), checked: Number(current) === point.value });
              radio.dataset.statement = s.id;
              radio.addEventListener("change", () => {
                if (!radio.checked) return;
                ctx.update({ ratings: { ...(ctx.answers.ratings || {}), [s.id]: point.value } });
                refresh();
              });
              return h("span", { class: "sip-vsa-option" }, radio, h("label", { for: id, text: ` ${point.value} ${point.label}` }));
            });
            group.append(
              h("fieldset", { class: "sip-vsa-statement" }, h("legend", { text: s.text }), h("div", { class: "sip-vsa-options" }, options), compare),
            );
          }
          questions.append(group);
        }

        // --- chart and table ------------------------------------------------------------------
        const chartTitleId = uid("vsa-chart-title");
        const chartDescId = uid("vsa-chart-desc");
        const rowHeight = 34;
        const svg = svgEl("svg", { role: "img", "aria-labelledby": `${chartTitleId} ${chartDescId}`, class: "sip-vsa-chart", focusable: "false" });
        const tableBody = h("tbody");
        const table = h(
          "table",
          { class: "sip-vsa-table" },
          h("caption", { text: "Your ratings by value (average of its statements, out of 5)" }),
          h("thead", {}, h("tr", {}, h("th", { scope: "col", text: "Value" }), h("th", { scope: "col", text: "Now" }), h("th", { scope: "col", text: "Last snapshot" }))),
          tableBody,
        );
        const snapshotNote = h("p", { class: "sip-hint" });

        const drawChart = () => {
          const ratings = ctx.answers.ratings || {};
          const prev = previous();
          const labelW = 200;
          const barW = 180;
          const height = values.length * rowHeight + 30;
          svg.setAttribute("viewBox", `0 0 ${labelW + barW + 40} ${height}`);
          const children = [
            svgEl("title", { id: chartTitleId, text: "Bar chart of your average rating for each value" }),
            svgEl("desc", { id: chartDescId, text: prev ? "Solid bars show your ratings now; striped bars show your last snapshot. The table gives the same numbers." : "Bars show your average rating out of 5. The table gives the same numbers." }),
            svgEl("defs", {}),
          ];
          const patternId = uid("vsa-stripes");
          const pattern = svgEl("pattern", { id: patternId, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" });
          pattern.append(svgEl("rect", { width: 3, height: 6, class: "sip-vsa-stripe" }));
          children[2].append(pattern);
          for (let t = 0; t <= 5; t += 1) {
            const x = labelW + (barW * t) / 5;
            children.push(svgEl("line", { x1: x, x2: x, y1: 4, y2: height - 22, class: "sip-vsa-grid" }));
            children.push(svgEl("text", { x, y: height - 8, "text-anchor": "middle", class: "sip-vsa-axis", text: t }));
          }
          values.forEach((value, i) => {
            const y = 6 + i * rowHeight;
            const name = value.name.length > 32 ? value.name.slice(0, 31) + "…" : value.name;
            children.push(svgEl("text", { x: labelW - 6, y: y + 17, "text-anchor": "end", class: "sip-vsa-label", text: name }));
            const now = vsaAverage(value, ratings);
            if (prev) {
              const was = vsaAverage(value, prev.ratings || {});
              children.push(svgEl("rect", { x: labelW, y, width: ((was || 0) * barW) / 5, height: 12, fill: `url(#${patternId})`, class: "sip-vsa-bar-prev" }));
              children.push(svgEl("rect", { x: labelW, y: y + 13, width: ((now || 0) * barW) / 5, height: 12, class: "sip-vsa-bar" }));
            } else {
              children.push(svgEl("rect", { x: labelW, y: y + 3, width: ((now || 0) * barW) / 5, height: 20, class: "sip-vsa-bar" }));
            }
            children.push(svgEl("text", { x: labelW + ((now || 0) * barW) / 5 + 4, y: y + 24, class: "sip-vsa-label", text: now === null ? "–" : vsaFormat(now) }));
          });
          svg.replaceChildren(...children);

          tableBody.replaceChildren(
            ...values.map((value) =>
              h(
                "tr",
                {},
                h("th", { scope: "row", text: value.name }),
                h("td", { text: vsaFormat(vsaAverage(value, ratings)) }),
                h("td", { text: prev ? vsaFormat(vsaAverage(value, prev.ratings || {})) : "no snapshot yet" }),
              ),
            ),
          );
          snapshotNote.textContent = prev
            ? `Last snapshot saved ${new Date(prev.saved_at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}.`
            : "No snapshot saved yet.";
        };

        const drawComparisons = () => {
          const ratings = ctx.answers.ratings || {};
          const prev = previous();
          for (const [sid, node] of comparisons) {
            if (!prev || !(sid in (prev.ratings || {}))) {
              node.textContent = "";
              continue;
            }
            const was = prev.ratings[sid];
            node.textContent = sid in ratings ? `Was ${was}, now ${ratings[sid]}.` : `Was ${was} at your last snapshot.`;
          }
        };

        const refresh = () => {
          drawChart();
          drawComparisons();
        };

        const snapshotButton = h("button", { type: "button", class: "sip-button sip-vsa-snapshot", text: "Save as a snapshot" });
        snapshotButton.addEventListener("click", () => {
          const saved = { ratings: { ...(ctx.answers.ratings || {}) }, saved_at: new Date().toISOString() };
          ctx.update({ previous: saved }, { immediate: true });
          refresh();
          ctx.announce("Snapshot saved. Next time you visit, you will see how your ratings have changed.");
        });

        // --- focus and plan -------------------------------------------------------------------
        const focusId = uid("vsa-focus");
        const focusSelect = h(
          "select",
          { id: focusId },
          h("option", { value: "", text: "Choose a value" }),
          values.map((v) => h("option", { value: v.id, text: v.name })),
        );
        focusSelect.value = values.some((v) => v.id === ctx.answers.focus) ? ctx.answers.focus : "";
        focusSelect.addEventListener("change", () => ctx.update({ focus: focusSelect.value }));
        const plan = textField({
          label: "My plan: what will I do to develop this value?",
          hint: "One or two steps you could take in the next month, and who could help.",
          rows: 3,
          value: ctx.answers.plan || "",
          check: ctx.support.language,
          onInput: (value) => ctx.update({ plan: value }),
        });

        refresh();
        return h(
          "div",
          { class: "sip-vsa" },
          questions,
          h(
            "div",
            { class: "sip-vsa-results" },
            h("h4", { text: "Your results" }),
            h("div", { class: "sip-vsa-figure" }, svg),
            h("div", { class: "sip-vsa-table-wrap" }, table),
            snapshotNote,
            snapshotButton,
          ),
          h("div", { class: "sip-field" }, h("label", { for: focusId, class: "sip-label", text: "Which value will you develop?" }), focusSelect),
          plan.element,
        );
      },
    });
  },
};
