"""Sphinx directives that render content YAML through ``strengths.render``.

In a page (MyST)::

    # Values: CARE and Fairness

    ```{chapter} islington-values
    ```

    ```{glossary-terms}
    ```

The generated MyST is parsed in place with ``nested_parse`` (headings allowed), so roles such as
{term}`ABCD` and {doc}`...` work and the chapter's headings appear in the page's contents list.
Each YAML file is registered with ``env.note_dependency`` so editing it rebuilds the page.
"""

from __future__ import annotations

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

from strengths import content, render


class _RenderedDirective(SphinxDirective):
    has_content = False

    def markdown(self) -> str:  # pragma: no cover - subclasses implement
        raise NotImplementedError

    def dependencies(self) -> list[str]:
        return render.content_paths()

    def run(self) -> list[nodes.Node]:
        try:
            for path in self.dependencies():
                self.env.note_dependency(path)
            text = self.markdown()
        except (content.ContentError, KeyError, ValueError) as err:
            raise self.error(f"{self.name}: {err}") from None
        holder = nodes.container()
        # match_titles: the chapter's "## ..." headings become real sections of this page.
        self.state.nested_parse(StringList(text.splitlines(), source=self.get_source_info()[0]),
                                self.content_offset, holder, match_titles=True)
        return holder.children


class ChapterDirective(_RenderedDirective):
    """```{chapter} <chapter id>``` renders one framework chapter from the YAML."""

    required_arguments = 1

    def dependencies(self) -> list[str]:
        return render.content_paths(self.arguments[0].strip())

    def markdown(self) -> str:
        return render.render_chapter_by_id(self.arguments[0].strip())


class GlossaryTermsDirective(_RenderedDirective):
    """```{glossary-terms}``` renders the glossary YAML as a Sphinx glossary."""

    def markdown(self) -> str:
        return render.render_glossary()


def setup(app) -> None:
    app.add_directive("chapter", ChapterDirective)
    app.add_directive("glossary-terms", GlossaryTermsDirective)
