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

from docspecs._errors import DocspecsError
from docspecs.document import bundled, problems_message


def bundle(spec_path: Path) -> dict[str, Any]:
    """The spec at `spec_path` as one document with only local `#/...` refs and inline examples;
    an OpenAPI 3.0.x spec is converted to 3.1.0 (`docspecs._convert`).

    Raises `DocspecsError` when the spec cannot be bundled (unreadable YAML, a broken `$ref`, a
    missing example file, a ref or example outside the spec's folder, a cycle of refs with no
    schema in it, two schemas that would get the same component name); the message has
    one line per problem, `file: /json/pointer: message` (file relative to the working directory
    when inside it), e.g.
    `specs/x/openapi.yaml: /paths/~1a/get/responses/200/$ref: cannot resolve 'r.yaml#/R': ...`.
    Pre-bundle overlays are not applied here: `docspecs.document.generator_ready` does that.
    """
    result = bundled(spec_path)
    if result.problems:
        raise DocspecsError(problems_message(result))
    return result.document
