"""Strengths-based language and personal-data checker.

``check(text)`` returns a list of :class:`Finding`. The rules live in
``content/language/rules.yaml``; the browser twin is ``widgets/_check.js``, which receives the
same compiled rules (``compiled_rules()``) through each exercise's ``support`` trait.
"""

from strengths.check.engine import Finding, check, compiled_rules

__all__ = ["Finding", "check", "compiled_rules"]


# `strengths.check(text)` is the public API, but importing this subpackage binds the name
# `strengths.check` to the module itself. Making the module callable keeps both working.
import sys as _sys
import types as _types


class _CallableModule(_types.ModuleType):
    def __call__(self, text: str) -> list[Finding]:
        return check(text)


_sys.modules[__name__].__class__ = _CallableModule
