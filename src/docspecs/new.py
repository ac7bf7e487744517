"""`docspecs new`: the files of a new API, ready for `lint`, `generate` and `check` at once.

    new(project, "acme", title="Acme API", server="https://api.acme.example", auth="bearer")

writes `specs/<api>/` (a valid OpenAPI 3.1 document with the server, the security scheme and one
placeholder operation to replace, its examples, `README.md` with the fixed headings,
`sources/README.md`) and `overlays/<api>/90-client-runtime.yaml` (the token and base-URL
variables of the generated client). The files are Jinja templates under `data/new/`, kept out of
`templates/` because those are generation inputs whose digest is in the lock.

Errors (`DocspecsError`, naming the parameter or the path): an API name that is not a lowercase
identifier, a title with control characters, a server that is not an absolute http(s) URL or
that carries credentials (they would land in a committed file), an API whose folders exist.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from docspecs._errors import DocspecsError
from docspecs._project import Project, api_name_problem, env_prefix

__all__ = ["AUTH_SCHEMES", "new"]

_TEMPLATES = Path(__file__).parent / "data" / "new"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TITLE_MAX = 100


@dataclass(frozen=True)
class _Auth:
    """A security scheme `docspecs new` can write, as the spec's component and in words."""

    scheme: str
    component: str
    words: str


#: `--auth` choices. The generated client sends `Authorization: Bearer <token>`; a vendor with
#: another scheme needs the client runtime overlay and templates extended first.
AUTH_SCHEMES: dict[str, _Auth] = {
    "bearer": _Auth(
        scheme="bearerAuth",
        component=(
            "    bearerAuth:\n"
            "      type: http\n"
            "      scheme: bearer\n"
            '      description: "The API token, sent as `Authorization: Bearer <token>`."'
        ),
        words="`Authorization: Bearer <token>`",
    ),
}


def new(project: Project, api: str, *, title: str, server: str, auth: str) -> list[Path]:
    """Write `specs/<api>/` and `overlays/<api>/`; return the files written, sorted.

    `title`: the API's name as the vendor writes it (`info.title`); `server`: its base URL
    (`servers[0].url`); `auth`: a key of `AUTH_SCHEMES`. Raises `DocspecsError` for bad input
    or when either folder exists already; nothing is written then.
    """
    _check_name(api)
    title = _check_title(title)
    _check_server(server)
    if auth not in AUTH_SCHEMES:
        raise DocspecsError(f"--auth {auth!r}: expected one of {', '.join(AUTH_SCHEMES)}")
    targets = {"specs": project.specs_dir / api, "overlays": project.overlays_dir / api}
    for target in targets.values():
        if target.exists():
            raise DocspecsError(
                f"{target}: already exists; `docspecs new` only starts an API (pick another "
                "name, or remove the folder)"
            )
    rendered = _render(api, title=title, server=server, auth=AUTH_SCHEMES[auth])
    return _write(project, targets, rendered)


def _check_name(api: str) -> None:
    """The naming rule every command applies (`docspecs._project.api_name_problem`)."""
    problem = api_name_problem(api)
    if problem is not None:
        raise DocspecsError(f"API name {problem}")


def _check_title(title: str) -> str:
    title = title.strip()
    if not title or _CONTROL.search(title) or len(title) > _TITLE_MAX:
        raise DocspecsError(
            f"--title {title!r}: give the API's name on one line, 1 to {_TITLE_MAX} characters"
        )
    return title


def _check_server(server: str) -> None:
    parts = urlsplit(server)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DocspecsError(f"--server {server!r}: expected an absolute http(s) URL")
    if parts.username is not None or parts.password is not None:
        # never echo the URL back: it holds a secret
        raise DocspecsError(
            "--server: the URL carries credentials; give the bare base URL (tokens come from "
            "the environment at run time, never from the spec)"
        )
    if parts.query or parts.fragment or _CONTROL.search(server) or " " in server:
        raise DocspecsError(f"--server {server!r}: a base URL has no spaces, query or fragment")


def _render(api: str, *, title: str, server: str, auth: _Auth) -> dict[str, str]:
    """Relative path under `data/new/` (less `.jinja`) -> rendered text."""
    # imported here: the CLI's parser reads AUTH_SCHEMES, and `docspecs mock` must start without
    # the `pipeline` extra (Jinja2 comes with it)
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    values = {
        "api": api,
        "title": title,
        "server": server.rstrip("/"),
        "scheme": auth.scheme,
        "security_scheme": auth.component,
        "auth_words": auth.words,
        "token_env": f"{env_prefix(api)}_API_TOKEN",
        "base_url_env": f"{env_prefix(api)}_BASE_URL",
    }
    rendered: dict[str, str] = {}
    for path in sorted(_TEMPLATES.rglob("*.jinja")):
        name = path.relative_to(_TEMPLATES).as_posix()
        rendered[name.removesuffix(".jinja")] = env.get_template(name).render(values)
    return rendered


def _write(project: Project, targets: dict[str, Path], rendered: dict[str, str]) -> list[Path]:
    """Write into a staging folder, then move each top folder into place (nothing half-done)."""
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix=".docspecs-new-", dir=project.root) as staging:
        for name, text in rendered.items():
            top, _, rest = name.partition("/")
            path = Path(staging, top, rest)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(targets[top] / rest)
        for top, target in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(Path(staging, top), target)
    return sorted(written)
