"""Exercise widgets. Each is an anywidget with a hand-written ES module beside it."""

from strengths.widgets._exercise import Exercise
from strengths.widgets.reflection import Reflection

__all__ = ["Exercise", "Reflection"]
