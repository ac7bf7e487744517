"""What is fuzzed where: one `Target` per API, with its URL, token, ids and safeguards."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from docspecs._errors import DocspecsError
from docspecs._findings import pointer
from docspecs.fuzz._discovery import (
    LIVE_IDS_ENV,
    RuntimeSettings,
    asgi_state,
    http_state,
    is_loopback,
    parse_live_ids,
)
from docspecs.fuzz._operations import SAFE_METHODS, Operation, spec_operations
from docspecs.fuzz._transport import ASGI_HOST

# Where `docspecs mock` listens by default: curl commands for in-process failures point there.
MOCK_URL = "http://127.0.0.1:8400"

TOKEN_PLACEHOLDER = "$TOKEN"
"""What replaces a token (or any other secret) in everything fuzzing reports."""


@dataclass(frozen=True)
class Target:
    api: str
    base_url: str
    """Where schemathesis sends requests (`http://testserver/<mount>` in-process)."""
    shown_url: str
    """The same API as a user reaches it with curl (the `docspecs mock` URL in-process)."""
    app: Any | None
    token: str | None = field(repr=False)
    headers: Mapping[str, str]
    """Headers every non-negative case carries (from the environment, as the runtime settings
    name them)."""
    operations: tuple[Operation, ...]
    ids: Mapping[str, tuple[str, ...]]
    """operationId -> ids that exist on the target."""
    live: bool
    """Live safeguards: safe methods only, a rate limit, no undeclared-method probes."""
    secrets: tuple[str, ...] = field(default=(), repr=False)
    unsafe: bool = False
    """Not the simulator, and the user allowed every method (`allow_unsafe_methods`)."""

    def scrub(self, text: str) -> str:
        """`text` with every secret of this target replaced by `TOKEN_PLACEHOLDER`."""
        for secret in self.secrets:
            # As written, and as a repr or an escaped message shows it (`'Bearer x\\n'`).
            escaped = secret.encode("unicode_escape").decode("ascii")
            text = text.replace(secret, TOKEN_PLACEHOLDER).replace(escaped, TOKEN_PLACEHOLDER)
        return text


def resolve_targets(
    specs: Mapping[str, dict[str, Any]],
    *,
    base_url: str | None,
    app: Any | None,
    live: bool,
    allow_unsafe_methods: bool,
    env: Mapping[str, str],
    apis: Collection[str],
    runtime: Callable[[str], RuntimeSettings],
) -> tuple[list[Target], list[str], str]:
    """The targets of the selected APIs, what was skipped and why, and where they are (for the
    summary line). `runtime(api)`: the API's runtime settings, read only for targets whose token
    comes from the environment."""
    if live and app is not None:
        raise DocspecsError(
            "live fuzzing talks to the vendors' servers; it cannot take an in-process app"
        )
    if live:
        return (*live_targets(specs, base_url, env, apis, runtime), "the live vendor servers")
    if base_url is not None:
        base = base_url  # checked by `checked_base_url`: http(s), a host, no trailing slash
        state = http_state(base)
        if state is not None and (is_loopback(base) or allow_unsafe_methods):
            # The simulator: on this machine and answering with its state (or one elsewhere the
            # user vouches for with `allow_unsafe_methods`, warned about like any other server).
            unsafe = not is_loopback(base)
            found = simulator_targets(specs, state, base, shown_url(base), None, unsafe=unsafe)
            return (*found, shown_url(base))
        if state is not None:
            # It answers like the simulator but is not on this machine, so nothing proves it is
            # one (a proxy, a server mimicking the control API): its tokens and ids, safe reads.
            found = simulator_targets(specs, state, base, shown_url(base), None, safe_only=True)
            return (*found, shown_url(base))
        # Not a simulator: another server, driven like a live one (tokens and ids from env, live
        # safeguards unless the user allowed every method). Operations without ids are fuzzed
        # with generated ones (a read of a made-up id harms nothing).
        targets, skipped = live_targets(
            specs, base, env, apis, runtime, require_ids=False, unsafe=allow_unsafe_methods
        )
        return targets, skipped, shown_url(base)
    if app is None:
        from docspecs.simulator import build_app

        app = build_app()
    state = asgi_state(app)
    if state is None:
        raise DocspecsError(
            "the in-process app does not answer GET /_simulator/state with the simulator's state "
            "(a JSON object of vendors, each with mount, token and resources)"
        )
    return (*simulator_targets(specs, state, ASGI_HOST, MOCK_URL, app), "the in-process simulator")


def simulator_targets(
    specs: Mapping[str, dict[str, Any]],
    state: Mapping[str, Any],
    base: str,
    shown: str,
    app: Any | None,
    *,
    safe_only: bool = False,
    unsafe: bool = False,
) -> tuple[list[Target], list[str]]:
    """A target per API the simulator serves (token and ids from its state), and a skip line
    for each API it does not serve, saying how to fuzz that one.

    `safe_only`: a server not proven to be the simulator: the live safeguards, and a skip line
    for each operation that is not a safe read. `unsafe`: such a server the user allowed every
    method (`allow_unsafe_methods`)."""
    targets = []
    skipped = []
    for api, spec in specs.items():
        vendor = state.get(api)
        if not isinstance(vendor, dict):
            serves = ", ".join(sorted(state)) or "nothing"
            skipped.append(
                f"{api}: not fuzzed: the simulator has no {api} vendor (it serves {serves}); "
                f"fuzz it against a server with `docspecs fuzz {api} --base-url URL`"
            )
            continue
        resources: Mapping[str, Any] = vendor.get("resources") or {}
        kinds = sorted(resources)
        operations = spec_operations(spec, kinds)
        if safe_only:
            for op in operations:
                if op.method not in SAFE_METHODS:
                    skipped.append(
                        f"{api} {op.operation_id}: not fuzzed: not a safe read "
                        f"({op.method.upper()}) and {shown} is not on loopback, so not proven "
                        "to be the simulator; --allow-unsafe-methods sends it"
                    )
            operations = [op for op in operations if op.method in SAFE_METHODS]
            if not operations:
                continue
        ids = {
            op.operation_id: tuple(str(r["id"]) for r in resources[op.resource])
            for op in operations
            if op.resource is not None
        }
        mount = str(vendor.get("mount") or f"/{api}")
        token = vendor.get("token")
        targets.append(
            Target(
                api=api,
                base_url=base + mount,
                shown_url=shown + mount,
                app=app,
                token=str(token) if token else None,
                headers={},
                operations=tuple(operations),
                ids=ids,
                live=safe_only,
                secrets=(*((str(token),) if token else ()), *url_secrets(base)),
                unsafe=unsafe,
            )
        )
    return targets, skipped


def live_targets(
    specs: Mapping[str, dict[str, Any]],
    base_url: str | None,
    env: Mapping[str, str],
    apis: Collection[str],
    runtime: Callable[[str], RuntimeSettings],
    *,
    require_ids: bool = True,
    unsafe: bool = False,
) -> tuple[list[Target], list[str]]:
    """Targets driven from the environment: a token per API and the ids to read.

    `require_ids`: skip a read operation with an id parameter that has no ids (the vendors'
    servers); `unsafe`: send every method (a non-simulator server the user may break). Ids are
    only ever read: `DOCSPECS_LIVE_IDS` listing an operation that is not a safe read is an
    error naming it, and other methods never get them.
    """
    # Every API of the project may have ids; the selected ones (specs loaded) are checked down to
    # their operationIds.
    known: dict[str, Collection[str] | None] = dict.fromkeys(apis)
    for api, spec in specs.items():
        known[api] = {op.operation_id for op in spec_operations(spec, [])}
    live_ids = parse_live_ids(env.get(LIVE_IDS_ENV), known)
    refuse_ids_for_writes(specs, live_ids)
    targets: list[Target] = []
    skipped: list[str] = []
    for api, spec in specs.items():
        settings = runtime(api)
        variable = settings.token_env
        token = env_secret(env, variable)
        if not token:
            skipped.append(f"{api}: not fuzzed: set {variable} (and {LIVE_IDS_ENV}) to fuzz it")
            continue
        api_ids = live_ids.get(api, {})
        operations = []
        ids: dict[str, tuple[str, ...]] = {}
        for op in spec_operations(spec, []):
            safe = op.method in SAFE_METHODS
            if not unsafe and not safe:
                hint = "" if require_ids else "; --allow-unsafe-methods sends it"
                skipped.append(
                    f"{api} {op.operation_id}: not fuzzed: not a safe read "
                    f"({op.method.upper()}){hint}"
                )
                continue
            known_ids = api_ids.get(op.operation_id, ()) if safe else ()
            if require_ids and op.id_parameter is not None and not known_ids:
                skipped.append(
                    f"{api} {op.operation_id}: not fuzzed: no ids to read; set {LIVE_IDS_ENV} to "
                    f'{{"{api}": {{"{op.operation_id}": ["<id>"]}}}}'
                )
                continue
            operations.append(op)
            ids[op.operation_id] = known_ids
        if not operations:
            continue
        servers = spec.get("servers") or [{}]
        server = base_url or str(servers[0].get("url", "")).rstrip("/")
        if not server:
            raise DocspecsError(
                f"specs/{api}/openapi.yaml: /servers: no server URL to fuzz; pass --base-url"
            )
        headers = {
            name: value
            for name, var in settings.header_env.items()
            if (value := env_secret(env, var))
        }
        targets.append(
            Target(
                api=api,
                base_url=server,
                shown_url=shown_url(server),
                app=None,
                token=token,
                headers=headers,
                operations=tuple(operations),
                ids=ids,
                live=not unsafe,
                secrets=(token, *url_secrets(server)),
                unsafe=unsafe,
            )
        )
    return targets, skipped


def env_secret(env: Mapping[str, str], variable: str) -> str | None:
    """The value of `variable` without surrounding whitespace (a token read from a secrets file
    ends with a newline), None when unset or blank; `DocspecsError` naming the variable, never
    the value, when a control character is left inside it (it could not be sent in a header)."""
    value = (env.get(variable) or "").strip()
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        raise DocspecsError(
            f"{variable}: the value holds a control character (a line break, a tab...) inside "
            "it; it is sent in a header, so set it to the value alone"
        )
    return value or None


def refuse_ids_for_writes(
    specs: Mapping[str, dict[str, Any]], live_ids: Mapping[str, Mapping[str, tuple[str, ...]]]
) -> None:
    """Ids in `DOCSPECS_LIVE_IDS` are for reads: listing them under another method is an error."""
    for api, spec in specs.items():
        for op in spec_operations(spec, []):
            if op.method not in SAFE_METHODS and op.operation_id in live_ids.get(api, {}):
                raise DocspecsError(
                    f"{LIVE_IDS_ENV}: {pointer(api)}{pointer(op.operation_id)}: "
                    f"{op.operation_id} is {op.method.upper()} {op.path}, not a safe read; "
                    "ids given here are only read, never sent to other methods"
                )


def checked_base_url(url: str) -> str:
    """`--base-url` without its trailing slash, or an error naming it: http(s), a host, a port."""

    def bad(why: str) -> DocspecsError:
        return DocspecsError(
            f"--base-url {shown_url(url)!r}: {why}; expected http(s)://HOST[:PORT][/PATH]"
        )

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a port that is not a number in 0-65535)
    except ValueError as error:
        raise bad(f"not a URL ({error})") from None
    if parts.scheme not in ("http", "https"):
        raise bad("not an http:// or https:// URL")
    if not parts.hostname:
        raise bad("no host")
    if parts.query or parts.fragment:
        raise bad("a base URL has no query or fragment")
    return url.rstrip("/")


def url_secrets(url: str) -> tuple[str, ...]:
    """The credential in `url`'s userinfo, as written and decoded (none: ()), so that reports
    scrub it like a token: the password of `user:password@`, or the whole `token@`."""
    parts = urlsplit(url)
    secret = parts.password if parts.password is not None else parts.username
    if not secret:
        return ()
    raw = parts.netloc.rpartition("@")[0]
    written = raw.partition(":")[2] if parts.password is not None else raw
    return tuple(dict.fromkeys((written, unquote(written))))


def shown_url(url: str) -> str:
    """`url` with the credential of its userinfo replaced by `***` (`user:***@`, or `***@` for a
    token given as the user name), for messages."""
    scheme, slashes, rest = url.partition("//")
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if slashes and at:
        user, colon, _ = userinfo.partition(":")
        authority = f"{user}:***@{host}" if colon else f"***@{host}"
    return scheme + slashes + authority + slash + path
