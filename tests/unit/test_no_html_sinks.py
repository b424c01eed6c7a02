"""User text must never reach an HTML parser: no innerHTML/outerHTML/insertAdjacentHTML/document.write
anywhere in the browser code we ship."""

import re
from pathlib import Path

import strengths

SINK = re.compile(r"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML\s*\(|document\.write(ln)?\s*\(|createContextualFragment\s*\(")
PACKAGE = Path(strengths.__file__).parent


def test_no_html_sinks_in_shipped_javascript():
    files = sorted(PACKAGE.rglob("*.js"))
    assert files, "expected browser modules in the package"
    offenders = [f"{f.relative_to(PACKAGE)}:{n}" for f in files for n, line in enumerate(f.read_text().splitlines(), 1) if SINK.search(line)]
    assert offenders == []
