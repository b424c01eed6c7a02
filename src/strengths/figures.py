"""Crosswalk figures, drawn with matplotlib at build time from the crosswalk content.

The SVG is embedded in the page as a ``data:`` URI, so the figure needs no extra file, works
offline and is rebuilt whenever the YAML changes. Text stays text (``svg.fonttype: none``) and
the output is deterministic (no date, fixed hash salt), so rebuilds give identical pages.
"""

from __future__ import annotations

import base64
import io
import json
import textwrap
from functools import lru_cache

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot as plt  # noqa: E402

BLUE = "#1f5fa8"     # Islington
ORANGE = "#b3541e"   # Darlington
GREY = "#6b6b6b"


def _axes_grid(ax, rows: list[str], cols: list[str]) -> None:
    ax.set_xticks(range(len(cols)))
    ax.set_xticklabels(cols, rotation=35, ha="right", fontsize=11)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(rows, fontsize=11)
    ax.set_xlim(-0.6, len(cols) - 0.4)
    ax.set_ylim(len(rows) - 0.4, -0.6)
    for x in range(len(cols)):
        ax.axvline(x, color="#dddddd", linewidth=0.8, zorder=0)
    for y in range(len(rows)):
        ax.axhline(y, color="#dddddd", linewidth=0.8, zorder=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.tick_params(length=0)


def values_figure(cw: dict):
    rows, cols = cw["islington_values"], cw["darlington_values"]
    fig, ax = plt.subplots(figsize=(8, 4.6))
    _axes_grid(ax, rows, cols)
    for link in cw["value_links"]:
        x, y = cols.index(link["darlington"]), rows.index(link["islington"])
        close = link["strength"] == "close"
        ax.scatter([x], [y], s=520 if close else 170, color=BLUE if close else "white",
                   edgecolors=BLUE, linewidths=2, zorder=3)
    ax.set_xlabel("Darlington: THRIVE values", fontsize=11, color=ORANGE)
    ax.set_ylabel("Islington: CARE values and Fairness", fontsize=11, color=BLUE)
    ax.set_title("Where the two sets of values meet", fontsize=12)
    handles = [
        plt.Line2D([], [], marker="o", linestyle="", markersize=14, color=BLUE, label="Close match"),
        plt.Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor="white",
                   markeredgecolor=BLUE, markeredgewidth=2, label="Partial overlap"),
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=10)
    fig.tight_layout()
    return fig


def steps_figure(cw: dict):
    approaches = cw["approaches"]
    rows = [a["name"] for a in approaches]
    cols = [textwrap.fill(s["step"], 12) for s in cw["steps"]]
    fig, ax = plt.subplots(figsize=(8, 6.4))
    _axes_grid(ax, rows, cols)
    ax.set_xticklabels(cols, rotation=0, ha="center", fontsize=11)
    ax.xaxis.tick_top()
    for x, step in enumerate(cw["steps"]):
        for y, approach in enumerate(approaches):
            if approach["name"] in step["uses"]:
                isl = approach["source"] == "islington"
                ax.scatter([x], [y], s=260, marker="s" if isl else "o", color=BLUE if isl else ORANGE, zorder=3)
    for label, approach in zip(ax.get_yticklabels(), approaches):
        label.set_color(BLUE if approach["source"] == "islington" else ORANGE)
        label.set_fontsize(11)
    handles = [
        plt.Line2D([], [], marker="s", linestyle="", markersize=11, color=BLUE, label="Islington toolkit"),
        plt.Line2D([], [], marker="o", linestyle="", markersize=11, color=ORANGE, label="Darlington methods"),
    ]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.02), ncol=2, frameon=False, fontsize=11)
    fig.tight_layout()
    return fig


def svg_bytes(fig) -> bytes:
    buffer = io.BytesIO()
    with plt.rc_context({"svg.fonttype": "none", "svg.hashsalt": "strengths-in-practice"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None}, facecolor="white")
    plt.close(fig)
    return buffer.getvalue()


def _figure(kind: str, cw: dict):
    if kind == "values":
        return values_figure(cw)
    if kind == "steps":
        return steps_figure(cw)
    raise KeyError(kind)


def crosswalk_data_uri(kind: str, cw: dict) -> str:
    """The figure as a ``data:image/svg+xml`` URI (cached per content, so rebuilds are quick)."""
    return _uri(kind, json.dumps(cw, sort_keys=True))


@lru_cache(maxsize=8)
def _uri(kind: str, key: str) -> str:
    svg = svg_bytes(_figure(kind, json.loads(key)))
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
