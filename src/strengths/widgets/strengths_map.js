// StrengthsMap: a person's strengths and assets in rings (Islington's strengths mapping tool).
// A form adds or edits items; an SVG map draws them in concentric rings; a grouped list beside
// it is the accessible equivalent (with Edit and Remove buttons for each item).
// answers: { items: [{ id, text, ring }] }

function strengthsMapMarkdown(content, answers) {
  const lines = [];
  const items = answers.items || [];
  for (const ring of content.rings || []) {
    lines.push(`## ${escapeMarkdown(ring.name)}`, "");
    const texts = items.filter((item) => item.ring === ring.id).map((item) => item.text);
    if (texts.length) lines.push(...texts.map((t) => `- ${escapeMarkdown(t)}`));
    else lines.push("_(nothing added)_");
    lines.push("");
  }
  return lines;
}

function shortLabel(text, max = 22) {
  const clean = String(text).replace(/\s+/g, " ").trim();
  return clean.length > max ? clean.slice(0, max - 1) + "…" : clean;
}

let smItemCounter = 0;
function newItemId() {
  smItemCounter += 1;
  return `i${Date.now().toString(36)}${smItemCounter}`;
}

export default {
  render({ model, el }) {
    return mountExercise(model, el, {
      markdown: strengthsMapMarkdown,
      body(ctx) {
        const rings = ctx.content.rings || [];
        const items = () => (ctx.answers.items || []).filter((item) => rings.some((r) => r.id === item.ring));
        let editing = null; // id of the item being edited

        // --- the form -------------------------------------------------------------------
        const textId = uid("sm-text");
        const ringId = uid("sm-ring");
        const input = h("input", { type: "text", id: textId, class: "sip-sm-input", autocomplete: "off", maxlength: 200 });
        const select = h("select", { id: ringId }, rings.map((r) => h("option", { value: r.id, text: r.name })));
        const hint = h("p", { class: "sip-hint", id: `${ringId}-hint` });
        select.setAttribute("aria-describedby", hint.id);
        const showHint = () => {
          const ring = rings.find((r) => r.id === select.value);
          hint.textContent = ring ? ring.hint : "";
        };
        select.addEventListener("change", showHint);
        showHint();
        const addButton = h("button", { type: "button", class: "sip-button", text: "Add" });
        const cancelButton = h("button", { type: "button", class: "sip-button sip-button-quiet", text: "Cancel editing", hidden: true });
        const formLabel = h("span", { text: "Strength or asset" });

        const resetForm = () => {
          editing = null;
          input.value = "";
          addButton.textContent = "Add";
          cancelButton.hidden = true;
          formLabel.textContent = "Strength or asset";
        };

        const submit = () => {
          const text = input.value.replace(/\s+/g, " ").trim();
          if (!text) {
            ctx.announce("Type a strength or asset first.");
            input.focus();
            return;
          }
          const ring = rings.find((r) => r.id === select.value) || rings[0];
          let list = [...(ctx.answers.items || [])];
          if (editing) {
            list = list.map((item) => (item.id === editing ? { ...item, text, ring: ring.id } : item));
            ctx.announce(`Changed to “${text}” in ${ring.name}.`);
          } else {
            list.push({ id: newItemId(), text, ring: ring.id });
            ctx.announce(`Added “${text}” to ${ring.name}.`);
          }
          ctx.update({ items: list }, { immediate: true });
          // Same personal-data check as every text box: warn at once, in words, not only at download.
          const personal = personalDataIn(text, ctx.support.language);
          if (personal.length) {
            ctx.announce(`Saved, but “${personal[0].text}” looks like personal data (${personal[0].label}). Describe the strength without names, numbers or addresses.`);
          }
          resetForm();
          redraw();
          input.focus();
        };
        addButton.addEventListener("click", submit);
        input.addEventListener("keydown", (event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            submit();
          } else if (event.key === "Escape" && editing) {
            event.preventDefault();
            resetForm();
            ctx.announce("Editing cancelled.");
          }
        });
        cancelButton.addEventListener("click", () => {
          resetForm();
          input.focus();
        });

        const form = h(
          "div",
          { class: "sip-sm-form", role: "group", "aria-label": "Add a strength or asset" },
          h("div", { class: "sip-field" }, h("label", { for: textId, class: "sip-label" }, formLabel), input),
          h("div", { class: "sip-field" }, h("label", { for: ringId, class: "sip-label", text: "Ring" }), select, hint),
          h("div", {}, addButton, cancelButton),
        );

        // --- the map (SVG) and the list ---------------------------------------------------
        const titleId = uid("sm-svg-title");
        const descId = uid("sm-svg-desc");
        const svg = svgEl("svg", {
          viewBox: "0 0 400 400",
          role: "img",
          "aria-labelledby": `${titleId} ${descId}`,
          class: "sip-sm-svg",
          focusable: "false",
        });
        const listHolder = h("div", { class: "sip-sm-list" });

        const drawSvg = () => {
          const all = items();
          const title = svgEl("title", { id: titleId, text: "Strengths map" });
          const desc = svgEl("desc", {
            id: descId,
            text: `${all.length} ${all.length === 1 ? "item" : "items"} in ${rings.length} rings, from ${rings[0]?.name || ""} in the centre to ${rings[rings.length - 1]?.name || ""} on the outside. The list beside the map gives the same information.`,
          });
          const children = [title, desc];
          const band = 190 / Math.max(rings.length, 1);
          for (let i = rings.length - 1; i >= 0; i -= 1) {
            children.push(svgEl("circle", { cx: 200, cy: 200, r: band * (i + 1), class: `sip-sm-ring sip-sm-ring-${i % 4}` }));
          }
          rings.forEach((ring, i) => {
            const inRing = all.filter((item) => item.ring === ring.id);
            const nameY = i === 0 ? 200 - band * 0.45 : 200 - band * (i + 1) + 13;
            children.push(svgEl("text", { x: 200, y: nameY, class: "sip-sm-ring-name", "text-anchor": "middle", text: ring.name }));
            if (i === 0) {
              // the centre: a short stack of labels, then "+ N more" (the list has them all)
              const shown = inRing.slice(0, 4);
              shown.forEach((item, k) => {
                children.push(svgEl("text", { x: 200, y: (200 - 4 + 12 * k).toFixed(1), "text-anchor": "middle", class: "sip-sm-item", text: shortLabel(item.text, 18) }));
              });
              if (inRing.length > shown.length) {
                children.push(svgEl("text", { x: 200, y: 200 - 4 + 12 * shown.length, "text-anchor": "middle", class: "sip-sm-item", text: `+ ${inRing.length - shown.length} more` }));
              }
              return;
            }
            const radius = band * (i + 0.5);
            inRing.forEach((item, k) => {
              const n = inRing.length;
              // spread items round the ring, leaving the top free for the ring's name
              const angle = -Math.PI / 2 + ((k + 1) * 2 * Math.PI) / (n + 1);
              const x = 200 + radius * Math.cos(angle);
              const y = 200 + radius * Math.sin(angle) + 4;
              children.push(svgEl("text", { x: x.toFixed(1), y: y.toFixed(1), "text-anchor": "middle", class: "sip-sm-item", text: shortLabel(item.text) }));
            });
          });
          svg.replaceChildren(...children);
        };

        const drawList = () => {
          const all = items();
          const groups = rings.map((ring) => {
            const inRing = all.filter((item) => item.ring === ring.id);
            const headingId = uid("sm-ring-heading");
            const body = inRing.length
              ? h(
                  "ul",
                  { "aria-labelledby": headingId },
                  inRing.map((item) =>
                    h(
                      "li",
                      { "data-item": item.id },
                      h("span", { class: "sip-sm-item-text", text: item.text }),
                      h(
                        "span",
                        { class: "sip-sm-item-actions" },
                        h("button", {
                          type: "button",
                          class: "sip-button sip-sm-edit",
                          "aria-label": `Edit '${item.text}'`,
                          text: "Edit",
                          onClick: () => startEdit(item.id),
                        }),
                        h("button", {
                          type: "button",
                          class: "sip-button sip-sm-remove",
                          "aria-label": `Remove '${item.text}'`,
                          text: "Remove",
                          onClick: () => remove(item.id),
                        }),
                      ),
                    ),
                  ),
                )
              : h("p", { class: "sip-hint", text: "Nothing added yet." });
            return h("div", { class: "sip-sm-group" }, h("h4", { id: headingId, class: "sip-sm-group-name", text: ring.name }), body);
          });
          listHolder.replaceChildren(...groups);
        };

        const redraw = () => {
          drawSvg();
          drawList();
        };

        const startEdit = (id) => {
          const item = (ctx.answers.items || []).find((it) => it.id === id);
          if (!item) return;
          editing = id;
          input.value = item.text;
          select.value = item.ring;
          showHint();
          formLabel.textContent = `Edit “${item.text}”`;
          addButton.textContent = "Save changes";
          cancelButton.hidden = false;
          input.focus();
        };

        const remove = (id) => {
          const list = ctx.answers.items || [];
          const index = list.findIndex((it) => it.id === id);
          if (index < 0) return;
          const gone = list[index];
          const rest = list.filter((it) => it.id !== id);
          ctx.update({ items: rest }, { immediate: true });
          if (editing === id) resetForm();
          redraw();
          ctx.announce(`Removed “${gone.text}”.`);
          // keep focus nearby: the next item's Remove button in the same ring, else the text box
          const sameRing = rest.filter((it) => it.ring === gone.ring);
          const next = sameRing.find((it) => list.indexOf(it) > index) || sameRing[sameRing.length - 1];
          const target = next ? listHolder.querySelector(`li[data-item="${CSS.escape(next.id)}"] .sip-sm-remove`) : null;
          (target || input).focus();
        };

        redraw();
        return h(
          "div",
          { class: "sip-sm" },
          ctx.content.scenario ? h("p", { class: "sip-sm-scenario", text: ctx.content.scenario }) : null,
          form,
          h("div", { class: "sip-sm-layout" }, h("div", { class: "sip-sm-figure" }, svg), listHolder),
        );
      },
    });
  },
};
