"""Checks of the client runtime settings the overlays add, judged by what the client templates do.

`x-docspecs-client` (the document), `x-docspecs-region` (a server), `x-docspecs-wait` and
`x-docspecs-paging` (an operation) are read only by docspecs' client templates
(`templates/client/`); each setting becomes code or a constant of the generated client:

- `headers.<name>.default` and the string defaults of header parameters make `DEFAULT_HEADERS`,
  sent with every request a caller does not override: a value changed or dropped changes what
  every such caller sends (`client-default-header-changed`); one added sends a value where the
  server applied its own (`client-default-header-added`).
- `token-env`, `base-url-env`, `headers.<name>.env` name the environment variables `from_env()`
  reads; `headers.<name>.argument` a keyword argument of `from_env()`; a server's
  `x-docspecs-region` the names `from_env(region=...)` accepts; the first server
  `DEFAULT_BASE_URL`; a helper's `helper` the function `wait_for_...`/`iter_...`. Code and
  environments are set up with these names: one renamed or gone fails (`TypeError`,
  `ConfigurationError`) or silently falls back to a default (`client-setting-changed`); one added
  is `client-setting-added`.
- The rest of a helper (`status`, `terminal`, `interval`, `timeout`; `offset`, `items`,
  `has-more`) and `request-id-headers` change what the client does, not what code calls
  (`client-behaviour-changed`).
- `simulator` says whether the package README has its simulator sections: documentation
  (`info-changed`).
- `webhooks` makes `verify_webhook()` and `WebhookEvent`: set or dropped is a name added or
  gone; its headers, signed content, tolerance and event models are what they do.
- An operation's `x-docspecs-method`, else a name derived from its HTTP method and path (its
  operationId's where two of a tag's operations would share one), names its resource method
  `client.<tag>.<name>`; its polling shortcut is `wait` or `wait_<name>`: a name that changes is
  `client-method-renamed`.

Names the template defaults (`token-env`: `<API>_API_TOKEN`, `base-url-env`: `<API>_BASE_URL`,
the derived method name, a webhook tolerance of 300 s, a header `argument` it snake-cases) are
compared as the names they produce: one written out, or dropped where it held the default, is
`generated-name-respelled` (documentation). The `<API>_` defaults need the API's name
(`compare(..., api=...)`); without it they are compared as written.

Any other key of `x-docspecs-client` (one no template reads) stays `unclassified-change`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from docspecs._project import env_prefix
from docspecs.diff._checks import (
    CLIENT_HELPERS,
    CLIENT_METHOD,
    CLIENT_REGION,
    METHODS,
    Op,
    differs,
    document_check,
    from_to,
    operation_check,
    show,
    template_key,
    unread_key,
)
from docspecs.diff._packages import client_parameter_name, python_identifier
from docspecs.diff._rules import Change, change
from docspecs.diff._walk import Document, Json, join, listed

CLIENT = "x-docspecs-client"
METHOD = CLIENT_METHOD
REGION = CLIENT_REGION
HELPERS = CLIENT_HELPERS
#: the keys of `x-docspecs-client` the templates read, each judged below
CLIENT_KEYS = frozenset(
    {"token-env", "base-url-env", "headers", "request-id-headers", "simulator", "webhooks"}
)
#: the keys of `webhooks` (client.py.jinja's `verify_webhook`), each judged by `_webhooks_changed`
WEBHOOK_KEYS = frozenset(
    {"signature-header", "timestamp-header", "signed-content", "tolerance", "events"}
)
WEBHOOK_TOLERANCE = 300  # seconds, the template's default
#: the keys of one header's settings
HEADER_KEYS = frozenset({"env", "argument", "default"})


def _settings(doc: Document) -> dict[str, Json]:
    node = doc.data.get(CLIENT)
    return node if isinstance(node, dict) else {}


def _headers(settings: dict[str, Json]) -> dict[str, tuple[str, dict[str, Json]]]:
    """Header settings (name as written, settings) by lower-case name (HTTP header names are
    case-insensitive)."""
    raw = settings.get("headers")
    if not isinstance(raw, dict):
        return {}
    return {str(k).lower(): (str(k), v) for k, v in raw.items() if isinstance(v, dict)}


def path_items(doc: Document) -> list[tuple[str, Json]]:
    """(path, path item) of every path, a path item kept in `components/pathItems` followed."""
    paths = doc.data.get("paths")
    return [
        (str(path), doc.resolve(item, join("/paths", str(path)))[0])
        for path, item in (paths.items() if isinstance(paths, dict) else ())
    ]


def default_headers(doc: Document) -> dict[str, tuple[str, str]]:
    """`DEFAULT_HEADERS` of the generated client, by lower-case name, each with the pointer it
    comes from: the string defaults of header parameters (any operation's, components' through
    `$ref`), then `x-docspecs-client` header defaults for the names no parameter gives one (as
    `client.py.jinja` builds it)."""
    found: dict[str, tuple[str, str]] = {}
    for path, item in path_items(doc):
        for method, operation in item.items() if isinstance(item, dict) else ():
            if not isinstance(operation, dict):
                continue
            for index, raw in enumerate(listed(operation.get("parameters"))):
                where = join("/paths", path, method, "parameters", index)
                node, ptr = doc.resolve(raw, where)
                if not isinstance(node, dict) or node.get("in") != "header":
                    continue
                schema = node.get("schema")
                default = schema.get("default") if isinstance(schema, dict) else None
                if isinstance(default, str):
                    found[str(node.get("name")).lower()] = (default, join(ptr, "schema", "default"))
    raw_headers = _settings(doc).get("headers")
    for name, setting in (raw_headers if isinstance(raw_headers, dict) else {}).items():
        key = str(name).lower()
        default = setting.get("default") if isinstance(setting, dict) else None
        if isinstance(default, str) and key not in found:
            found[key] = (default, join("", CLIENT, "headers", name, "default"))
    return found


@document_check
def default_headers_changed(base: Document, rev: Document) -> Iterator[Change]:
    old, new = default_headers(base), default_headers(rev)
    for name in sorted(old.keys() | new.keys()):
        before, after = old.get(name, (None, "")), new.get(name, (None, ""))
        if before[0] == after[0]:
            continue
        what = f"header '{name}' the client sends by default"
        rule = "added" if before[0] is None else "changed"
        detail = from_to(before[0], after[0])
        yield change(f"client-default-header-{rule}", after[1] or before[1], what, detail)


def _named(what: str, ptr: str, old: Json, new: Json) -> Iterator[Change]:
    """A name code or an environment is set up with: gone or renamed breaks, added is new."""
    if not differs(old, new):
        return
    rule = "client-setting-added" if old is None else "client-setting-changed"
    yield change(rule, ptr, what, from_to(old, new))


#: settings the templates default when they are absent: key -> the default's suffix after the
#: API's environment prefix (`client.py.jinja`: `<API>_API_TOKEN`, `<API>_BASE_URL`)
DEFAULTED = {"token-env": "_API_TOKEN", "base-url-env": "_BASE_URL"}


def _effective(doc: Document, settings: dict[str, Json], key: str) -> Json:
    """The value the client template uses for `key`: as written, else its default (known only
    when the API's name is)."""
    if key in settings or doc.api is None:
        return settings.get(key)
    return env_prefix(doc.api) + DEFAULTED[key]


def _respelled(what: str, ptr: str, old: Json, new: Json) -> Iterator[Change]:
    """The same generated name written another way (its default written out or left to it)."""
    yield change("generated-name-respelled", ptr, what, from_to(old, new))


@document_check
def client_settings_changed(base: Document, rev: Document) -> Iterator[Change]:
    old, new = _settings(base), _settings(rev)
    for key, what in (
        ("token-env", "from_env(): the token's environment variable"),
        ("base-url-env", "from_env(): the base URL's environment variable"),
    ):
        ptr = join("", CLIENT, key)
        before, after = _effective(base, old, key), _effective(rev, new, key)
        if not differs(before, after) and differs(old.get(key), new.get(key)):
            yield from _respelled(what, ptr, old.get(key), new.get(key))
        else:
            yield from _named(what, ptr, before, after)
    yield from _header_settings_changed(base, rev)
    if differs(old.get("request-id-headers"), new.get("request-id-headers")):
        what = "the errors' request id: response headers read"
        detail = from_to(old.get("request-id-headers"), new.get("request-id-headers"))
        yield change("client-behaviour-changed", join("", CLIENT, "request-id-headers"), what,
                     detail)  # fmt: skip
    yield from _webhooks_changed(old.get("webhooks"), new.get("webhooks"))
    if differs(old.get("simulator"), new.get("simulator")):
        what = "the package README's simulator sections (x-docspecs-client simulator)"
        detail = from_to(old.get("simulator"), new.get("simulator"))
        yield change("info-changed", join("", CLIENT, "simulator"), what, detail)
    for key in sorted((old.keys() | new.keys()) - CLIENT_KEYS):
        if differs(old.get(key), new.get(key)):
            yield unread_key(CLIENT, key, join("", CLIENT, key))


def _webhooks_changed(old: Json, new: Json) -> Iterator[Change]:
    """`webhooks`: `verify_webhook()` and `WebhookEvent` exist when it is set; which headers and
    signed content they check, the timestamp tolerance and which event types parse into which
    model are what they do with a delivery."""
    ptr = join("", CLIENT, "webhooks")
    what = "verify_webhook() and WebhookEvent (x-docspecs-client webhooks)"
    if not differs(old, new):
        return
    if not isinstance(old, dict) or not isinstance(new, dict):
        if isinstance(old, dict) or isinstance(new, dict):
            rule = "client-setting-added" if isinstance(new, dict) else "client-setting-changed"
            yield change(rule, ptr, what, "set" if isinstance(new, dict) else "gone")
        else:
            yield change("unclassified-change", ptr, f"{CLIENT} webhooks")
        return
    tolerance = [_value(d.get("tolerance", WEBHOOK_TOLERANCE)) for d in (old, new)]
    shown = [
        f"{key} {from_to(old.get(key), new.get(key))}"
        for key in ("signature-header", "timestamp-header", "signed-content")
        if differs(old.get(key), new.get(key))
    ]
    if differs(*tolerance):
        shown.append(f"tolerance {from_to(*tolerance)} seconds")
    events: list[dict[str, Json]] = [
        d["events"] if isinstance(d.get("events"), dict) else {} for d in (old, new)
    ]
    for event in sorted(events[0].keys() | events[1].keys(), key=str):
        before, after = events[0].get(event), events[1].get(event)
        if differs(before, after):
            shown.append(f"event {str(event)!r} parsed into {from_to(before, after)}")
    if shown:
        yield change("client-behaviour-changed", ptr, what, "; ".join(shown))
    elif differs(old.get("tolerance"), new.get("tolerance")):  # 300 written out, or dropped
        yield from _respelled(f"{what}: tolerance", ptr, old.get("tolerance"), new.get("tolerance"))
    for key in sorted((old.keys() | new.keys()) - WEBHOOK_KEYS, key=str):
        if differs(old.get(key), new.get(key)):
            yield unread_key(f"{CLIENT} webhooks", key, join(ptr, str(key)))


def _header_settings_changed(base: Document, rev: Document) -> Iterator[Change]:
    """`headers.<name>`: the `env` and `argument` from_env() takes it from (its `default` is
    judged with `DEFAULT_HEADERS`, unless a parameter's default wins)."""
    old, new = _settings(base), _settings(rev)
    before, after = _headers(old), _headers(new)
    sent = default_headers(base), default_headers(rev)
    for name in sorted(before.keys() | after.keys()):
        (was, b), (written, a) = before.get(name, ("", {})), after.get(name, ("", {}))
        ptr = join("", CLIENT, "headers", written or was)
        if was and written and was != written:
            what = f"{CLIENT} header '{written}'"
            yield change("header-name-case-changed", ptr, what, from_to(was, written))
        if differs(b.get("default"), a.get("default")) and (
            sent[0].get(name, (None,))[0] == sent[1].get(name, (None,))[0]
        ):
            # a header parameter's own default is what the client sends
            what = f"{CLIENT} header '{written or was}' default, unused (a parameter's wins)"
            yield change("info-changed", join(ptr, "default"), what)
        yield from _named(f"from_env(): header '{name}' environment variable", ptr,
                          b.get("env"), a.get("env"))  # fmt: skip
        before_argument, after_argument = b.get("argument"), a.get("argument")
        what = f"from_env(): header '{name}' keyword argument"
        if (
            isinstance(before_argument, str)
            and isinstance(after_argument, str)
            and before_argument != after_argument
            and client_parameter_name(before_argument) == client_parameter_name(after_argument)
        ):  # the template snake-cases it: `apiVersion` is `api_version`
            yield from _respelled(what, ptr, before_argument, after_argument)
        else:
            yield from _named(what, ptr, before_argument, after_argument)
        for key in sorted((b.keys() | a.keys()) - HEADER_KEYS):
            if differs(b.get(key), a.get(key)):
                yield unread_key(f"{CLIENT} header '{name}'", key, join(ptr, key))
    raw: list[dict[str, Json]] = [
        o["headers"] if isinstance(o.get("headers"), dict) else {} for o in (old, new)
    ]
    for name in sorted(raw[0].keys() | raw[1].keys(), key=str):
        first, second = raw[0].get(name), raw[1].get(name)
        if differs(first, second) and not (
            isinstance(first, dict | None) and isinstance(second, dict | None)
        ):
            # a header's settings that are no mapping: the templates cannot read them
            ptr = join("", CLIENT, "headers", str(name))
            yield change("unclassified-change", ptr, f"{CLIENT} header {str(name)!r}")


def _servers(doc: Document) -> list[dict[str, Json]]:
    servers = doc.data.get("servers")
    return [s for s in servers if isinstance(s, dict)] if isinstance(servers, list) else []


def _regions(doc: Document) -> dict[str, tuple[Json, str]]:
    """`REGIONS`: region name -> (server URL, pointer of the server)."""
    return {
        str(s[REGION]): (s.get("url"), join("/servers", index))
        for index, s in enumerate(_servers(doc))
        if s.get(REGION)
    }


@document_check
def regions_changed(base: Document, rev: Document) -> Iterator[Change]:
    """`from_env(region=...)` names and `DEFAULT_BASE_URL` (the first server's URL)."""
    old, new = _regions(base), _regions(rev)
    for name in sorted(old.keys() | new.keys()):
        before, after = old.get(name, (None, "")), new.get(name, (None, ""))
        ptr = after[1] or before[1]
        yield from _named(f"from_env(region={name!r}): its server", ptr, before[0], after[0])
    first = [s[0].get("url") if s else None for s in (_servers(base), _servers(rev))]
    if first[0] is not None and first[0] != first[1]:
        what = "DEFAULT_BASE_URL (the first server), used by from_env() without a base URL"
        yield change("client-setting-changed", "/servers/0", what, from_to(*first))


@operation_check
def helpers_changed(base: Op, rev: Op) -> Iterator[Change]:
    """The polling (`x-docspecs-wait`) and paging (`x-docspecs-paging`) helpers of an operation:
    the function's name is what code calls, the rest is what it does."""
    for key in HELPERS:
        old, new = base.node.get(key), rev.node.get(key)
        if not differs(old, new):
            continue
        old = old if isinstance(old, dict) else {}
        new = new if isinstance(new, dict) else {}
        ptr = join(rev.ptr if key in rev.node else base.ptr, key)
        what = f"{rev.name}: the {key.rsplit('-', 1)[1]} helper"
        yield from _named(what, ptr, old.get("helper"), new.get("helper"))
        if not old or not new:
            continue
        keys = sorted(k for k in old.keys() | new.keys() if k != "helper")
        defaults = HELPER_DEFAULTS.get(key, {})
        shown = [
            f"{k} {from_to(old.get(k), new.get(k))}"
            for k in keys
            if differs(_value(old.get(k, defaults.get(k))), _value(new.get(k, defaults.get(k))))
        ]
        if shown:
            detail = f"{show(new.get('helper'))}: {'; '.join(shown)}"
            yield change("client-behaviour-changed", ptr, what, detail)
        elif any(differs(old.get(k), new.get(k)) for k in keys):
            written = ", ".join(f"{k}: {show(defaults[k])}" for k in sorted(defaults))
            yield change("info-changed", ptr, what, f"(written out with, or left to, {written})")


#: what the templates use when a helper leaves a setting out (`client.py.jinja`,
#: `endpoint_module.py.jinja`): seconds between polls and in all
HELPER_DEFAULTS: dict[str, dict[str, Json]] = {
    "x-docspecs-wait": {"interval": 1.0, "timeout": 300.0}
}


def _value(value: Json) -> Json:
    """A number as a float (`300` and `300.0` are one timeout), anything else as it is."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return value


# -- the resource methods: `client.<tag>.<name>(...)` ----------------------------------------------

_VERBS = {"get": "get", "post": "create", "put": "update", "patch": "update", "delete": "delete"}


def _derived_method(path: str, method: str) -> str:
    """The resource method's name from the HTTP method and path, as `resource_names.jinja`'s
    `method_name` derives it when the operation has no `x-docspecs-method`: `GET /x/{id}` get,
    `GET /x` list, `POST /x` create, `GET /x/{id}/results` get_results, `POST /x/{id}/cancel`
    cancel."""
    last = path.rstrip("/").split("/")[-1]
    has_param = "{" in path
    verb = "list" if method == "get" and not has_param else _VERBS.get(method, method)
    if last.startswith("{") or not has_param:
        return verb
    if method == "post":
        return python_identifier(last)
    return f"{verb}_{python_identifier(last)}"


def _operation_name(path: str, method: str, operation: dict[str, Json]) -> str:
    """openapi-python-client's endpoint name: the operationId, else one made from the path."""
    operation_id = operation.get("operationId")
    if isinstance(operation_id, str):
        return python_identifier(operation_id)
    made = path.replace("{", "").replace("}", "").replace("/", "_").strip("_")
    return python_identifier(f"{method}_{made}")


@dataclass(frozen=True)
class Method:
    """One operation's resource method on the generated client: `client.<tag>.<name>`, and the
    name of its polling shortcut (`wait`, or `wait_<name>` when several share the resource)."""

    name: str
    wait: str | None
    ptr: str
    label: str  # `GET /jobs/{id}`, for messages
    tag: str  # the resource, `client.<tag>` (the first tag as a Python name)


def resource_methods(doc: Document) -> dict[tuple[str, str], Method]:
    """{(path template, method): Method} as `client.py.jinja` names them: per tag (the first,
    else `default`), `x-docspecs-method` or the derived name, the operation's own name where two
    of the tag's operations would share one."""
    by_tag: dict[str, list[tuple[tuple[str, str], str, str, str, str, bool]]] = {}
    for path, item in path_items(doc):
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            tags = operation.get("tags")
            tag = str(tags[0]) if isinstance(tags, list) and tags else "default"
            written = operation.get(METHOD)
            name = str(written) if written else _derived_method(str(path), method)
            key = (template_key(str(path)), method)
            ptr = join("/paths", path, method)
            waits = bool(operation.get("x-docspecs-wait"))
            own = _operation_name(str(path), method, operation)
            label = f"{method.upper()} {path}"
            by_tag.setdefault(python_identifier(tag), []).append(
                (key, name, own, ptr, label, waits)
            )
    found: dict[tuple[str, str], Method] = {}
    for tag, entries in by_tag.items():
        names = [entry[1] for entry in entries]
        waiting = sum(entry[-1] for entry in entries)
        for key, name, own, ptr, label, waits in entries:
            final = own if names.count(name) > 1 else name
            wait = ("wait" if waiting == 1 else f"wait_{final}") if waits else None
            found[key] = Method(final, wait, ptr, label, tag)
    return found


@document_check
def resource_methods_changed(base: Document, rev: Document) -> Iterator[Change]:
    """A resource method (or its `wait` shortcut) renamed breaks every call of it; an
    `x-docspecs-method` that names what the method was already called changes nothing."""
    old, new = resource_methods(base), resource_methods(rev)
    old_ops, new_ops = _operations(base), _operations(rev)
    for key in sorted(old.keys() & new.keys()):
        before, after = old[key], new[key]
        what = f"{after.label}: the resource method"
        if before.name != after.name:
            yield change("client-method-renamed", after.ptr, what, from_to(before.name, after.name))
        elif differs(old_ops[key].get(METHOD), new_ops[key].get(METHOD)):
            detail = f"{METHOD} {from_to(old_ops[key].get(METHOD), new_ops[key].get(METHOD))}"
            yield change("generated-name-respelled", join(after.ptr, METHOD), what, detail)
        if before.wait and after.wait and before.wait != after.wait:
            what = f"{after.label}: the resource's polling shortcut"
            yield change("client-method-renamed", after.ptr, what, from_to(before.wait, after.wait))


def _operations(doc: Document) -> dict[tuple[str, str], dict[str, Json]]:
    return {
        (template_key(str(path)), method): item[method]
        for path, item in path_items(doc)
        if isinstance(item, dict)
        for method in METHODS
        if isinstance(item.get(method), dict)
    }
