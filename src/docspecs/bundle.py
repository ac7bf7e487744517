"""Bundle: one spec, with the files it `$ref`s and the examples it names, as ONE document.

External schemas become `#/components/schemas/<Name>`, other external refs are inlined, local refs
stay local, and every Example Object's `externalValue` file is inlined as `value`. The result is
deterministic: the same files give the same dict, keys in the order they were written (schemas
pulled in from other files are appended to `components/schemas`, sorted by name). How it works, and
why it is written here rather than on `referencing`: `docspecs._bundler`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docspecs._bundler import resolve
from docspecs._errors import DocspecsError


def bundle(spec_path: Path) -> dict[str, Any]:
    """The spec at `spec_path` as one document with only local `#/...` refs and inline examples.

    Raises `DocspecsError` when the spec cannot be bundled (unreadable YAML, a broken `$ref`, a
    missing example file, a ref or example outside the spec's folder, a cycle of refs with no
    schema in it, two schemas that would get the same component name); the message has
    one line per problem, `file: /json/pointer: message` (file relative to the working directory
    when inside it), e.g.
    `specs/x/openapi.yaml: /paths/~1a/get/responses/200/$ref: cannot resolve 'r.yaml#/R': ...`.
    """
    result = resolve(spec_path)
    if result.problems:
        cwd = Path.cwd()
        lines = [f"{_show(p.file, cwd)}: {p.pointer or '/'}: {p.message}" for p in result.problems]
        raise DocspecsError("\n".join(lines))
    return result.document


def _show(path: Path, cwd: Path) -> str:
    try:
        return path.relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
