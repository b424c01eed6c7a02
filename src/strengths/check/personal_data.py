"""Personal-data detection. Patterns come from rules.yaml (shared with the browser); two checks
use specialist libraries here: NHS numbers are confirmed with their modulus 11 check digit
(python-stdnum) and phone numbers are found by phonenumbers' matcher for the UK.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator


@lru_cache(maxsize=None)
def _regex(pattern: str, case_sensitive: bool) -> re.Pattern:
    flags = re.ASCII | (0 if case_sensitive else re.IGNORECASE)
    return re.compile(pattern, flags)


def nhs_valid(candidate: str) -> bool:
    from stdnum.gb import nhs

    return nhs.is_valid(re.sub(r"\D", "", candidate))


def _uk_written(raw: str) -> bool:
    """A number written the UK way: 0…, (0…) or +44…, with 9 or 10 digits after the 0 or 44."""
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+44"):
        national = digits[2:]
        if raw.replace(" ", "")[3:6] == "(0)":
            national = national[1:]
    elif raw.startswith(("0", "(0")):
        national = digits[1:]
    else:
        return False
    return len(national) in (9, 10) and national[0] in "1235789"


def phones(text: str) -> Iterator[tuple[int, int]]:
    import phonenumbers

    # The matcher is thorough but slow; only give it the lines that hold enough digits.
    offset = 0
    for line in text.splitlines(keepends=True):
        if _ENOUGH_DIGITS.search(line):
            for match in phonenumbers.PhoneNumberMatcher(line, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
                if match.number.country_code == 44 and _uk_written(match.raw_string):
                    yield offset + match.start, offset + match.end
        offset += len(line)


_ENOUGH_DIGITS = re.compile(r"\d(?:\D{0,3}\d){8}")


def candidates(text: str, rules: list[dict[str, Any]]) -> list[tuple[int, int, int]]:
    """(start, end, rule order) for every personal-data match, before overlaps are removed."""
    found: list[tuple[int, int, int]] = []
    for order, rule in enumerate(rules):
        if rule.get("validate") == "uk-phone":
            found.extend((start, end, order) for start, end in phones(text))
            continue
        regex = _regex(rule["pattern"], rule["case_sensitive"])
        group = rule.get("group", 0)
        for m in regex.finditer(text):
            start, end = m.span(group)
            if start < 0 or end <= start:
                continue
            if rule.get("validate") == "nhs-modulus-11" and not nhs_valid(m.group(group)):
                continue
            found.append((start, end, order))
    return found
