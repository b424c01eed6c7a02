"""Sphinx extension for the book: local assets, light icons, and content directives.

* Adds ``strengths/static`` to the static path (widget runtime, icons, favicon). The folder is
  not the book's ``_static``, because Jupyter Book adds every js/css file found there to every page.
* Replaces the theme's 1.5 MB Font Awesome script with ``static/icons.js``, which swaps the few
  icons the theme uses for inline SVG.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from sphinx.application import Sphinx

STATIC = Path(__file__).parent / "static"


TEMPLATES = Path(__file__).parent / "templates"


def _add_paths(app: Sphinx, config) -> None:
    if str(STATIC) not in config.html_static_path:
        config.html_static_path.append(str(STATIC))
    # Without a default the theme logs "Got invalid theme mode" on every page; follow the device.
    config.html_context.setdefault("default_mode", "auto")
    # Our templates override a few theme fragments (accessibility fixes).
    if str(TEMPLATES) not in config.templates_path:
        config.templates_path.insert(0, str(TEMPLATES))


def _package_fingerprint() -> str:
    """A hash of everything that ends up inside executed notebook outputs (widget code, content)."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*")):
        if path.suffix in {".py", ".js", ".css", ".yaml", ".json"} and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _invalidate_stale_execution_cache(app: Sphinx, config) -> None:
    """Jupyter-cache keys on notebook source only, but widget pages embed the widget's ES module
    and content in their outputs. When the package changes, drop the cache so pages re-execute."""
    # Same default as myst-nb: <build dir>/.jupyter_cache beside the html folder.
    configured = config.nb_execution_cache_path
    cache_dir = Path(app.srcdir) / configured if configured else Path(app.outdir).parent / ".jupyter_cache"
    stamp = cache_dir.parent / ".strengths-package-hash"
    current = _package_fingerprint()
    if stamp.exists() and stamp.read_text() == current:
        return
    shutil.rmtree(cache_dir, ignore_errors=True)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(current)
    # Executed pages must be re-read too, not only re-executed.
    app.env_outdated_by_package = True


def _notebooks_outdated(app: Sphinx, env, added, changed, removed) -> list[str]:
    if not getattr(app, "env_outdated_by_package", False):
        return []
    return [doc for doc in env.found_docs if str(env.doc2path(doc)).endswith(".ipynb")]


def _replace_fontawesome(app: Sphinx, exception: Exception | None) -> None:
    if exception or app.builder.format != "html":
        return
    out = Path(app.outdir) / "_static"
    target = out / "scripts" / "fontawesome.js"
    if target.exists():
        shutil.copyfile(STATIC / "icons.js", target)
    # Drop the icon webfonts and the @font-face rules that would fetch them (book.css removes the
    # CSS glyphs that used them).
    css = out / "styles" / "pydata-sphinx-theme.css"
    if css.exists():
        text = css.read_text(encoding="utf-8")
        css.write_text(re.sub(r"@font-face\{[^}]*Font Awesome[^}]*\}", "", text), encoding="utf-8")
    shutil.rmtree(out / "vendor" / "fontawesome", ignore_errors=True)
    for leftover in (out / "scripts").glob("fontawesome.js.*"):
        leftover.unlink()


def setup(app: Sphinx) -> dict:
    app.connect("config-inited", _add_paths)
    app.connect("config-inited", _invalidate_stale_execution_cache)
    app.connect("env-get-outdated", _notebooks_outdated)
    app.connect("build-finished", _replace_fontawesome)
    app.add_css_file("book.css")
    from strengths import directives  # framework chapters and glossary from YAML

    directives.setup(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
