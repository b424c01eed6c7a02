"""The chapter and glossary directives in a small Sphinx build: headings become real sections,
{term} links resolve against the glossary, and a wrong chapter id is a clear build error."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest

pytest.importorskip("myst_parser")
from sphinx.application import Sphinx  # noqa: E402

CONF = '''
extensions = ["myst_parser"]
myst_enable_extensions = ["deflist", "colon_fence"]
suppress_warnings = ["myst.xref_missing"]

def setup(app):
    from strengths import directives
    directives.setup(app)
'''


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("src")
    (src / "conf.py").write_text(CONF, encoding="utf-8")
    (src / "index.md").write_text(
        "# Test book\n\n```{toctree}\nchapter\nglossary\nbroken\n```\n", encoding="utf-8")
    (src / "chapter.md").write_text("# Positive risk and mental capacity\n\n```{chapter} law-risk-capacity\n```\n",
                                    encoding="utf-8")
    (src / "glossary.md").write_text("# Glossary\n\n```{glossary-terms}\n```\n", encoding="utf-8")
    (src / "broken.md").write_text("# Broken\n\n```{chapter} no-such-chapter\n```\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    warnings = StringIO()
    app = Sphinx(str(src), str(src), str(out / "html"), str(out / "doctrees"), "html",
                 status=None, warning=warnings, freshenv=True)
    app.build()
    return out / "html", warnings.getvalue(), app


def test_chapter_headings_are_sections_in_order(built):
    html_dir, _, _ = built
    html = (html_dir / "chapter.html").read_text(encoding="utf-8")
    order = [html.find(h) for h in ["What you will learn", "The idea", "What it looks like in practice",
                                    "Reflect", "Summary", "Further reading"]]
    assert -1 not in order and order == sorted(order)
    assert '<section id="what-you-will-learn">' in html


def test_term_links_resolve_to_the_glossary(built):
    html_dir, warnings, _ = built
    html = (html_dir / "chapter.html").read_text(encoding="utf-8")
    assert 'href="glossary.html#term-' in html
    assert "term not in glossary" not in warnings


def test_yaml_files_are_build_dependencies(built):
    _, _, app = built
    deps = {Path(p).name for p in app.env.dependencies["chapter"]}
    assert "law.yaml" in deps
    assert "glossary.yaml" in {Path(p).name for p in app.env.dependencies["glossary"]}


def test_unknown_chapter_is_a_clear_error(built):
    _, warnings, _ = built
    assert "broken.md" in warnings and "no chapter 'no-such-chapter'" in warnings
