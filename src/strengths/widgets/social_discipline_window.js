// SocialDisciplineWindow: sort practitioner statements into TO / NOT / FOR / WITH (Darlington).
// Drag and drop, or with the keyboard: choose a statement (a toggle button, aria-pressed), then
// press "Move to WITH" (or another quadrant). "Check my sorting" explains each placement.
// answers: { placements: { <statement id>: "to" | "not" | "for" | "with" }, checked: bool }

function sdwQuadrantName(content, id) {
  const quadrant = (content.quadrants || []).find((q) => q.id === id);
  return quadrant ? quadrant.name : "not placed yet";
}

function sdwScore(content, placements) {
  const statements = content.statements || [];
  return [statements.filter((s) => placements[s.id] === s.answer).length, statements.length];
}

function sdwMarkdown(content, answers) {
  const lines = [];
  const placements = answers.placements || {};
  const checked = Boolean(answers.checked);
  if (checked) {
    const [right, total] = sdwScore(content, placements);
    lines.push(`You placed ${right} of ${total} statements where the framework suggests.`, "");
  }
  for (const s of content.statements || []) {
    lines.push(`## ${escapeMarkdown(s.text)}`, "", `- Your placement: ${escapeMarkdown(sdwQuadrantName(content, placements[s.id]))}`);
    if (checked) {
      lines.push(`- Suggested: ${escapeMarkdown(sdwQuadrantName(content, s.answer))}`, `- Why: ${escapeMarkdown(s.why)}`);
    }
    lines.push("");
  }
  return lines;
}

export default {
  render({ model, el }) {
    return mountExercise(model, el, {
      markdown: sdwMarkdown,
      body(ctx) {
        const content = ctx.content;
        const statements = content.statements || [];
        const quadrants = content.quadrants || [];
        const validQuadrant = (id) => quadrants.some((q) => q.id === id);
        const placements = () => {
          const out = {};
          for (const [sid, qid] of Object.entries(ctx.answers.placements || {})) if (validQuadrant(qid)) out[sid] = qid;
          return out;
        };
        let selected = null; // statement id chosen for moving

        const pool = h("ul", { class: "sip-sdw-cards" });
        const poolZone = h(
          "div",
          { class: "sip-sdw-pool", "data-zone": "" },
          h("h4", { class: "sip-sdw-heading", text: "Statements to sort" }),
          pool,
        );
        const backButton = h("button", { type: "button", class: "sip-button sip-sdw-move", "data-move": "", text: "Move back to the list" });
        poolZone.append(backButton);

        const zones = new Map(); // quadrant id -> card list
        const grid = h("div", { class: "sip-sdw-grid" });
        for (const q of quadrants) {
          const headingId = uid("sdw-q");
          const cards = h("ul", { class: "sip-sdw-cards" });
          zones.set(q.id, cards);
          const zone = h(
            "div",
            { class: `sip-sdw-quadrant sip-sdw-${q.id}`, role: "group", "aria-labelledby": headingId, "data-zone": q.id },
            h("h4", { id: headingId, class: "sip-sdw-heading", text: q.name }),
            h("p", { class: "sip-sdw-summary", text: q.summary }),
            h("button", { type: "button", class: "sip-button sip-sdw-move", "data-move": q.id, text: `Move to ${q.name}` }),
            cards,
          );
          grid.append(zone);
        }

        const feedback = h("div", { class: "sip-sdw-feedback", tabindex: "-1" });
        const checkButton = h("button", { type: "button", class: "sip-button sip-sdw-check", text: "Check my sorting" });

        const cardButton = (s) =>
          h("button", {
            type: "button",
            class: "sip-sdw-card",
            draggable: "true",
            "aria-pressed": selected === s.id ? "true" : "false",
            "data-statement": s.id,
            text: s.text,
            onClick: () => {
              selected = selected === s.id ? null : s.id;
              draw();
              const again = el.querySelector(`[data-statement="${CSS.escape(s.id)}"]`);
              if (again) again.focus();
              ctx.announce(selected ? `Chosen: “${s.text}”. Now choose a “Move to” button.` : "Nothing chosen.");
            },
            onDragstart: (event) => {
              event.dataTransfer.setData("text/plain", s.id);
              event.dataTransfer.effectAllowed = "move";
            },
          });

        const draw = () => {
          const placed = placements();
          pool.replaceChildren(...statements.filter((s) => !placed[s.id]).map((s) => h("li", {}, cardButton(s))));
          if (!pool.children.length) pool.append(h("li", { class: "sip-hint", text: "All statements are sorted." }));
          for (const [qid, list] of zones) {
            list.replaceChildren(...statements.filter((s) => placed[s.id] === qid).map((s) => h("li", {}, cardButton(s))));
          }
          drawFeedback();
        };

        const drawFeedback = () => {
          if (!ctx.answers.checked) {
            feedback.replaceChildren();
            return;
          }
          const placed = placements();
          const [right, total] = sdwScore(content, placed);
          feedback.replaceChildren(
            h("h4", { class: "sip-sdw-heading", text: "Feedback" }),
            h("p", { text: `You placed ${right} of ${total} statements where the framework suggests.` }),
            h(
              "ul",
              { class: "sip-sdw-results" },
              statements.map((s) => {
                const mine = placed[s.id];
                const matches = mine === s.answer;
                return h(
                  "li",
                  { class: matches ? "sip-sdw-match" : "sip-sdw-differ" },
                  h("strong", { text: matches ? "✓ Matches: " : mine ? "✗ Different: " : "○ Not placed: " }),
                  h("span", { text: `“${s.text}” ` }),
                  h("span", {
                    text: `You chose ${sdwQuadrantName(content, mine)}; the framework suggests ${sdwQuadrantName(content, s.answer)}. ${s.why}`,
                  }),
                );
              }),
            ),
          );
        };

        const place = (sid, qid) => {
          const s = statements.find((st) => st.id === sid);
          if (!s) return;
          const next = { ...(ctx.answers.placements || {}) };
          if (qid) next[sid] = qid;
          else delete next[sid];
          ctx.update({ placements: next }, { immediate: true });
          selected = null;
          draw();
          ctx.announce(qid ? `Moved “${s.text}” to ${sdwQuadrantName(content, qid)}.` : `Moved “${s.text}” back to the list.`);
        };

        const onMove = (event) => {
          const button = event.target.closest("[data-move]");
          if (!button) return;
          if (!selected) {
            ctx.announce("Choose a statement first, then choose where to move it.");
            return;
          }
          place(selected, button.dataset.move || null);
          // carry on with the next statement still to sort, else the check button
          const nextCard = pool.querySelector(".sip-sdw-card");
          (nextCard || checkButton).focus();
        };

        const onDragover = (event) => {
          if (event.target.closest("[data-zone]")) {
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
          }
        };
        const onDrop = (event) => {
          const zone = event.target.closest("[data-zone]");
          if (!zone) return;
          event.preventDefault();
          const sid = event.dataTransfer.getData("text/plain");
          if (statements.some((s) => s.id === sid)) place(sid, zone.dataset.zone || null);
        };

        checkButton.addEventListener("click", () => {
          ctx.update({ checked: true }, { immediate: true });
          drawFeedback();
          const [right, total] = sdwScore(content, placements());
          ctx.announce(`Checked: ${right} of ${total} match the framework. Feedback is below.`);
          feedback.focus();
        });

        const root = h(
          "div",
          { class: "sip-sdw" },
          h("p", {
            class: "sip-hint",
            text: "Drag each statement into a part of the window. With a keyboard: press a statement to choose it, then press a “Move to” button.",
          }),
          poolZone,
          h("p", { class: "sip-sdw-axes", text: "Top row: high challenge. Bottom row: low challenge. Left: low support. Right: high support." }),
          grid,
          checkButton,
          feedback,
        );
        root.addEventListener("click", onMove);
        root.addEventListener("dragover", onDragover);
        root.addEventListener("drop", onDrop);
        draw();
        return root;
      },
    });
  },
};
