"""Strengths in Practice: content, renderers, widgets and checks for the book."""

__version__ = "0.1.0"


def check(text: str):
    """Strengths-based language and personal-data findings in ``text`` (see strengths.check)."""
    from strengths.check import check as _check

    return _check(text)
