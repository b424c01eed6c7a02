"""Load and validate the book's YAML content. This is the only module that reads YAML.

Every content file lives in ``strengths/content/<kind>/*.yaml`` and is checked against
``strengths/schemas/<kind>.schema.json``. Problems are reported as one line each,
``path:line: field: message``, so an author can jump straight to the bad line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import jsonschema
import yaml

PACKAGE_ROOT = Path(str(resources.files("strengths")))
CONTENT_ROOT = PACKAGE_ROOT / "content"
SCHEMA_ROOT = PACKAGE_ROOT / "schemas"


class ContentError(Exception):
    """One or more content problems. ``str(error)`` is one ``file:line: field: message`` per line."""

    def __init__(self, problems: list["Problem"]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


# --------------------------------------------------------------------------- YAML with lines


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate keys (YAML silently keeps the last one otherwise)."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False):
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise _DuplicateKey(str(key), key_node.start_mark.line + 1, seen[key])
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int, first_line: int):
        self.key, self.line, self.first_line = key, line, first_line


def _format_path(path: Iterable[Any]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def _node_at(root: yaml.Node, path: Iterable[Any]) -> tuple[yaml.Node, yaml.Node | None]:
    """Follow a JSON path through the YAML node tree. Returns (value node, key node if any)."""
    node, key_node = root, None
    for part in path:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == str(part):
                    node, key_node = v, k
                    break
            else:
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node, key_node = node.value[part], None
        else:
            break
    return node, key_node


def _describe(error: jsonschema.ValidationError) -> tuple[list[Any], str]:
    """Turn a jsonschema error into (path to the field, short plain message)."""
    path = list(error.absolute_path)
    if error.validator == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message)
        return path + [missing.group(1) if missing else "?"], "required"
    if error.validator == "additionalProperties":
        extra = re.findall(r"'([^']+)'", error.message.split("(")[-1])
        return path + [extra[0] if extra else "?"], "unknown key (check the spelling)"
    if error.validator == "type":
        return path, f"should be {error.validator_value}, not {type(error.instance).__name__}"
    if error.validator == "enum":
        return path, "should be one of " + ", ".join(map(str, error.validator_value))
    if error.validator == "minLength" and error.validator_value == 1:
        return path, "must not be empty"
    return path, error.message


@lru_cache(maxsize=None)
def _schema(kind: str) -> dict:
    schema_file = SCHEMA_ROOT / f"{kind}.schema.json"
    if not schema_file.is_file():
        raise KeyError(kind)
    return json.loads(schema_file.read_text(encoding="utf-8"))


def schema_kinds() -> list[str]:
    return sorted(p.name.removesuffix(".schema.json") for p in SCHEMA_ROOT.glob("*.schema.json"))


def display_path(path: Path) -> str:
    """Paths inside the package are shown from the package root (content/...), others as given."""
    try:
        return str(Path(path).resolve().relative_to(PACKAGE_ROOT))
    except ValueError:
        return str(path)


def kind_of(path: Path) -> str:
    """A file's kind is the name of the folder it sits in (content/frameworks/x.yaml -> framework)."""
    folder = Path(path).resolve().parent.name
    kind = folder[:-1] if folder.endswith("s") else folder
    return kind


def load_file(path: Path, kind: str | None = None) -> Any:
    """Read one YAML file and validate it. Raises ContentError (never a traceback for bad content)."""
    path = Path(path)
    shown = display_path(path)
    kind = kind or kind_of(path)

    def fail(line: int, field: str, message: str):
        raise ContentError([Problem(shown, line, field, message)])

    try:
        raw = path.read_bytes()
    except OSError as exc:
        fail(0, "(file)", f"cannot read: {exc.strerror or exc}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        fail(line, "(file)", f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8")
    if not text.strip():
        fail(1, "(top level)", "file is empty")
    try:
        root = yaml.compose(text, Loader=_UniqueKeyLoader)
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except _DuplicateKey as dup:
        fail(dup.line, dup.key, f"duplicate key (first given on line {dup.first_line})")
    except yaml.MarkedYAMLError as exc:
        # Point at where the broken construct starts (e.g. an unclosed quote), not where YAML gave up.
        mark = exc.context_mark or exc.problem_mark
        line = mark.line + 1 if mark else 1
        detail = f"{exc.context}: {exc.problem}" if exc.context else str(exc.problem)
        fail(line, "(syntax)", f"YAML syntax: {detail}")
    if root is None:
        fail(1, "(top level)", "file is empty")

    try:
        schema = _schema(kind)
    except KeyError:
        fail(1, "(file)", f"no schema for content kind '{kind}' (known: {', '.join(schema_kinds())})")
    validator = jsonschema.Draft202012Validator(schema)
    problems = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        field_path, message = _describe(error)
        node, key_node = _node_at(root, field_path)
        marked = key_node if key_node is not None and field_path and field_path[-1] == getattr(key_node, "value", None) else node
        problems.append(Problem(shown, marked.start_mark.line + 1, _format_path(field_path), message))
    if problems:
        raise ContentError(problems)
    return data


def _folder(kind: str) -> Path:
    """The folder holding one kind: its plural (frameworks/ for framework) or the kind itself (glossary/)."""
    plural = CONTENT_ROOT / f"{kind}s"
    return plural if plural.is_dir() else CONTENT_ROOT / kind


def content_files(kind: str | None = None) -> list[Path]:
    folders = [_folder(kind)] if kind else [p for p in CONTENT_ROOT.iterdir() if p.is_dir()]
    return sorted(f for folder in folders if folder.is_dir() for f in folder.glob("*.yaml"))


def validate_all(paths: Iterable[Path] | None = None) -> list[Problem]:
    problems: list[Problem] = []
    for path in paths or content_files():
        try:
            load_file(path)
        except ContentError as err:
            problems.extend(err.problems)
    return problems


@lru_cache(maxsize=None)
def load(kind: str, name: str) -> Any:
    """Load ``content/<kind>s/<name>.yaml``, validated. Cached: content is read once per process."""
    return load_file(_folder(kind) / f"{name}.yaml", kind)


def load_all(kind: str) -> dict[str, Any]:
    return {p.stem: load(kind, p.stem) for p in content_files(kind)}
