"""Markdown helpers shared by exports. The browser twin is ``escapeMarkdown`` in widgets/_shared.js."""

import re

# Characters that could start Markdown or HTML markup when a reader opens the export.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&])")


def escape_markdown(text: str) -> str:
    """Escape user text so that it shows literally in any Markdown viewer (no links, no HTML)."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return _SPECIAL.sub(r"\\\1", text)


def quote_block(text: str) -> list[str]:
    """User text as a Markdown block quote, one line per line, escaped; '(no answer)' when blank."""
    text = str(text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ["_(no answer)_"]
    return ["> " + escape_markdown(line) if line.strip() else ">" for line in text.split("\n")]
