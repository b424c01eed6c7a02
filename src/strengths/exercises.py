"""Exercise content: every exercise in ``content/exercises/*.yaml``, looked up by its id."""

from __future__ import annotations

from functools import cache
from typing import Any

from strengths import content


@cache
def all_exercises() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for name, data in content.load_all("exercise").items():
        for item in data["exercises"]:
            if item["id"] in found:
                raise content.ContentError(
                    [content.Problem(f"content/exercises/{name}.yaml", 0, "exercises.id", f"duplicate exercise id '{item['id']}'")]
                )
            found[item["id"]] = {**item, "area": data["area"]}
    return found


def get(exercise_id: str) -> dict[str, Any]:
    try:
        return all_exercises()[exercise_id]
    except KeyError:
        raise KeyError(f"no exercise with id '{exercise_id}' in content/exercises/") from None
