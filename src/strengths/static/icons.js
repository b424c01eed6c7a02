// Stands in for the theme's Font Awesome script (1.5 MB): draws the handful of icons the
// book theme uses as small inline SVGs. Icons are decorative: buttons keep their own labels.
(() => {
  const P = {
    bars: "M3 6h18M3 12h18M3 18h18",
    "magnifying-glass": "M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5 21 21",
    list: "M8 6h13M8 12h13M8 18h13M3.5 6h.01M3.5 12h.01M3.5 18h.01",
    sun: "M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4",
    moon: "M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z",
    "circle-half-stroke": "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 3v18",
    "angle-left": "M15 5l-7 7 7 7",
    "angle-right": "M9 5l7 7-7 7",
    "chevron-down": "M5 9l7 7 7-7",
    "chevron-right": "M9 5l7 7-7 7",
    "chevron-left": "M15 5l-7 7 7 7",
    "chevron-up": "M5 15l7-7 7 7",
    "arrow-up": "M12 20V4M5 11l7-7 7 7",
    "arrow-left": "M20 12H4M11 5l-7 7 7 7",
    "arrow-right": "M4 12h16M13 5l7 7-7 7",
    download: "M12 3v12M6 10l6 6 6-6M4 20h16",
    expand: "M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5",
    compress: "M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5",
    xmark: "M6 6l12 12M18 6 6 18",
    "list-ul": "M8 6h13M8 12h13M8 18h13M3.5 6h.01M3.5 12h.01M3.5 18h.01",
    print: "M6 9V3h12v6M6 18H4v-7h16v7h-2M7 14h10v7H7z",
    "file-arrow-down": "M14 3H6v18h12V7zM14 3v4h4M12 10v7M9 14l3 3 3-3",
    "square-github": "M4 4h16v16H4z",
    github: "M12 3a9 9 0 0 0-2.8 17.5M12 3a9 9 0 0 1 2.8 17.5",
    "caret-right": "M10 7l5 5-5 5z",
    "caret-down": "M7 10l5 5 5-5z",
  };
  const NS = "http://www.w3.org/2000/svg";
  function draw(node) {
    if (node.dataset.sipIcon) return;
    const name = [...node.classList].map((c) => c.replace(/^fa-/, "")).find((c) => P[c]);
    if (!name) return;
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "1em");
    svg.setAttribute("height", "1em");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", "sip-icon");
    const path = document.createElementNS(NS, "path");
    path.setAttribute("d", P[name]);
    path.setAttribute("fill", name.startsWith("caret") ? "currentColor" : "none");
    path.setAttribute("stroke", "currentColor");
    path.setAttribute("stroke-width", "2");
    path.setAttribute("stroke-linecap", "round");
    path.setAttribute("stroke-linejoin", "round");
    svg.append(path);
    node.dataset.sipIcon = name;
    node.replaceChildren(svg);
  }
  function drawAll(root) {
    root.querySelectorAll('[class*="fa-"]').forEach(draw);
    // The theme's section toggles hold only an icon: give them a name screen readers can say.
    root.querySelectorAll("summary").forEach((s) => {
      if (!s.textContent.trim() && !s.hasAttribute("aria-label")) s.setAttribute("aria-label", "Show or hide the pages in this section");
    });
  }
  const start = () => {
    drawAll(document);
    new MutationObserver((changes) => {
      for (const change of changes) for (const n of change.addedNodes) if (n.nodeType === 1) { if (n.matches('[class*="fa-"]')) draw(n); drawAll(n); }
    }).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
