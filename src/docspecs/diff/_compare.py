"""`compare`: walk two resolved OpenAPI documents side by side and run every check on each pair.

Paths are matched by their template with parameter names erased (`/jobs/{id}` is `/jobs/{job_id}`;
the renamed parameter itself is reported), operations by method, parameters by name and
location, responses by status code, media types by name, properties by name. Schemas are
compared in the direction data flows: request bodies and parameters as what a client sends,
responses as what it reads. Component schemas no operation reaches are compared as responses:
the models package generates a class for each of them, and consumers read those classes.
A schema that became one alternative of an anyOf/oneOf (or the reverse) is judged as a union
once (`UNION_CHECKS`) and otherwise compared with that alternative, keyword by keyword.
The client runtime settings the overlays add (`x-docspecs-client`, `-region`, `-wait`,
`-paging`) are judged by the checks `_client` registers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from docspecs._errors import DocspecsError
from docspecs.diff import _client
from docspecs.diff._checks import (
    DOCUMENT_CHECKS,
    DOCUMENTATION_KEYS,
    METHODS,
    OPERATION_CHECKS,
    PART_CHECKS,
    SCHEMA_CHECKS,
    Ctx,
    Op,
    Part,
    differs,
    from_to,
    parameter_required,
    template_key,
    type_changed,
    type_respelled,
    union_classes_renamed,
    unread_key,
)
from docspecs.diff._packages import client_parameter_name
from docspecs.diff._rules import Change, change
from docspecs.diff._walk import (
    Document,
    Json,
    join,
    listed,
    mapped,
    matching_branch,
    normalise,
    pair_branches,
)

# judged on a union and the schema it became (or was) one alternative of, not on that alternative
UNION_CHECKS = (type_changed, union_classes_renamed)
# top-level and components keys the walk reads; a difference anywhere else is unclassified
_WALKED = {
    "info",
    "servers",
    "paths",
    "components",
    "security",
    *DOCUMENTATION_KEYS,
    _client.CLIENT,
}
_WALKED_COMPONENTS = {
    "schemas",
    "securitySchemes",
    "parameters",
    "requestBodies",
    "responses",
    "headers",
    "examples",
    "pathItems",  # OpenAPI 3.1: compared where `paths` refer to them
}


def compare(
    base: dict[str, Any], revision: dict[str, Any], *, api: str | None = None
) -> list[Change]:
    """Every change from `base` to `revision`, classified by the rules table, sorted by location.

    Both are resolved (bundled) OpenAPI 3.1 documents whose `$ref`s are local (`#/...`); an
    OpenAPI 3.0 schema's `nullable: true` is read as 3.1's `type: [x, "null"]`. `api` (the
    folder name under `specs/`) names the client's defaults (`<API>_API_TOKEN`): with it, a
    setting written out with its default value, or dropped where it held it, is no change to
    the client; without it such a setting is compared as written.
    `DocspecsError` when either is not shaped like one (`paths` or `components` not a mapping),
    naming which and where: lint says more.
    """
    for label, document in (("the base", base), ("the revision", revision)):
        for key in ("paths", "components"):
            if key in document and not isinstance(document[key], dict | None):
                raise DocspecsError(
                    f"{label}: /{key}: not a mapping, so not an OpenAPI document diff can read "
                    "(docspecs lint names the problem)"
                )
    walk = _Walk(Document(base, api), Document(revision, api))
    walk.run()
    return sorted(walk.changes.values(), key=Change.sort_key)


class _Walk:
    def __init__(self, base: Document, rev: Document) -> None:
        self.base, self.rev = base, rev
        self.changes: dict[tuple[str, str], Change] = {}
        self.visited: set[tuple[str, str, str]] = set()
        self.reached: set[str] = set()  # component schema pointers compared on the way

    def add(self, changes: Iterable[Change]) -> None:
        for c in changes:
            self.changes.setdefault((c.rule_id, c.location), c)

    def run(self) -> None:
        for document_check in DOCUMENT_CHECKS:
            self.add(document_check(self.base, self.rev))
        self.paths()
        self.unreached_schemas()
        self.unclassified()

    # -- paths and operations ------------------------------------------------------------------

    def paths(self) -> None:
        old = _by_template(self.base.data.get("paths") or {})
        new = _by_template(self.rev.data.get("paths") or {})
        for key, path in old.items():
            if key not in new:
                self.add([change("api-path-removed", join("/paths", path), f"path {path}")])
        for key, path in new.items():
            if key not in old:
                self.add([change("api-path-added", join("/paths", path), f"path {path}")])
                continue
            self.path_item(old[key], path)

    def path_item(self, base_path: str, rev_path: str) -> None:
        base_ptr, rev_ptr = join("/paths", base_path), join("/paths", rev_path)
        base_item, base_ptr = self.base.resolve(self.base.data["paths"][base_path], base_ptr)
        rev_item, rev_ptr = self.rev.resolve(self.rev.data["paths"][rev_path], rev_ptr)
        self.part("path item", f"path {rev_path}", (base_item, base_ptr), (rev_item, rev_ptr))
        for method in METHODS:
            name = f"{method.upper()} {rev_path}"
            in_base, in_rev = method in base_item, method in rev_item
            if in_base and not in_rev:
                ptr = join(base_ptr, method)
                self.add([change("api-operation-removed", ptr, f"{method.upper()} {base_path}")])
            elif in_rev and not in_base:
                self.add([change("api-operation-added", join(rev_ptr, method), name)])
            elif in_base and in_rev:
                self.operation(
                    Op(self.base, base_item[method], join(base_ptr, method), name, base_item,
                       base_ptr),
                    Op(self.rev, rev_item[method], join(rev_ptr, method), name, rev_item, rev_ptr),
                )  # fmt: skip

    def operation(self, base: Op, rev: Op) -> None:
        for operation_check in OPERATION_CHECKS:
            self.add(operation_check(base, rev))
        self.parameters(base, rev)
        self.request_body(base, rev)
        self.responses(base, rev)

    # -- requests --------------------------------------------------------------------------------

    def part(
        self, kind: str, what: str, base: tuple[Json, str], rev: tuple[Json, str], flow: str = ""
    ) -> bool:
        """Run the checks for one object found on both sides; False when either is no object."""
        if not isinstance(base[0], dict) or not isinstance(rev[0], dict):
            return False
        for part_check in PART_CHECKS:
            self.add(part_check(Part(kind, what, base[0], base[1], rev[0], rev[1], flow)))
        return True

    def parameters(self, base: Op, rev: Op) -> None:
        old, new = _parameters(base), _parameters(rev)
        for key in old.keys() & new.keys():
            before, after = old[key][0]["name"], new[key][0]["name"]
            if before == after:
                continue
            if client_parameter_name(before) != client_parameter_name(after):
                # the generated argument is renamed: the old parameter is gone, a new one is here
                old[(key[0], before)] = old.pop(key)
                new[(key[0], after)] = new.pop(key)
            else:
                what = f"{rev.name} {_parameter_what(new[key][0])}"
                self.add(
                    [change("header-name-case-changed", new[key][1], what, from_to(before, after))]
                )
        for key, (node, ptr) in old.items():
            if key not in new:
                self.add([change("request-parameter-removed", ptr, _parameter_what(node))])
        for key, (node, ptr) in new.items():
            what = _parameter_what(node)
            if key not in old:
                rule = "required" if parameter_required(node) else "optional"
                self.add([change(f"request-parameter-added-{rule}", ptr, what)])
                continue
            before, before_ptr = old[key]
            self.part("parameter", f"{rev.name} {what}", old[key], new[key])
            if ("schema" in before) != ("schema" in node):
                # openapi-python-client skips a parameter without `schema` (given by `content`):
                # the generated function loses the argument, or gains one
                if "schema" in before:
                    self.add([change("request-parameter-became-content", ptr, what)])
                else:
                    rule = "required" if parameter_required(node) else "optional"
                    self.add([change(f"request-parameter-added-{rule}", ptr, what)])
                continue
            old_value, new_value = value_schema(before, before_ptr), value_schema(node, ptr)
            if old_value is not None and new_value is not None:
                self.schema(Ctx("request", what, body=False), old_value, new_value)

    def request_body(self, base: Op, rev: Op) -> None:
        old_ptr, new_ptr = base.ptr + "/requestBody", rev.ptr + "/requestBody"
        old, old_ptr = self.base.resolve(base.node.get("requestBody"), old_ptr)
        new, new_ptr = self.rev.resolve(rev.node.get("requestBody"), new_ptr)
        what = f"{rev.name} request body"
        if not isinstance(old, dict) and not isinstance(new, dict):
            return
        if not isinstance(new, dict):
            self.add([change("request-body-removed", old_ptr, what)])
            return
        required = new.get("required") is True
        if not isinstance(old, dict):
            rule = "request-body-added-required" if required else "request-body-added-optional"
            self.add([change(rule, new_ptr, what)])
            return
        self.part("request body", what, (old, old_ptr), (new, new_ptr))
        self.content("request", what, (old, old_ptr), (new, new_ptr))

    # -- responses -------------------------------------------------------------------------------

    def responses(self, base: Op, rev: Op) -> None:
        old, new = mapped(base.node.get("responses")), mapped(rev.node.get("responses"))
        old_ptr, new_ptr = base.ptr + "/responses", rev.ptr + "/responses"
        for status in old:
            if status not in new:
                what = f"{rev.name} response {status}"
                success = str(status).startswith("2")
                rule = "success" if success else "error"
                ptr = join(old_ptr, str(status))
                self.add([change(f"response-{rule}-status-removed", ptr, what)])
        for status in new:
            ptr = join(new_ptr, str(status))
            what = f"{rev.name} response {status}"
            if status not in old:
                self.add([change("response-status-added", ptr, what)])
                continue
            before = self.base.resolve(old[status], join(old_ptr, str(status)))
            after = self.rev.resolve(new[status], ptr)
            self.response(what, before, after)

    def response(self, what: str, base: tuple[Json, str], rev: tuple[Json, str]) -> None:
        if not self.part("response", what, base, rev):
            return
        (old, old_ptr), (new, new_ptr) = base, rev
        old_headers = {str(k).lower(): k for k in mapped(old.get("headers"))}
        new_headers = {str(k).lower(): k for k in mapped(new.get("headers"))}
        for key, name in old_headers.items():
            if key not in new_headers:
                ptr = join(old_ptr, "headers", name)
                header, _ = self.base.resolve(old["headers"][name], ptr)
                required = isinstance(header, dict) and header.get("required") is True
                rule = "required" if required else "optional"
                self.add(
                    [change(f"response-{rule}-header-removed", ptr, f"{what} header '{name}'")]
                )
        for key, name in new_headers.items():
            ptr = join(new_ptr, "headers", name)
            header_what = f"{what} header '{name}'"
            if key not in old_headers:
                self.add([change("response-header-added", ptr, header_what)])
                continue
            before_name = old_headers[key]
            if before_name != name:
                detail = from_to(before_name, name)
                self.add([change("header-name-case-changed", ptr, header_what, detail)])
            before = self.base.resolve(
                old["headers"][before_name], join(old_ptr, "headers", before_name)
            )
            after = self.rev.resolve(new["headers"][name], ptr)
            if self.part("header", header_what, before, after):
                # the client hands headers over as text: `schema` or `content`, the same value
                old_value, new_value = value_schema(*before), value_schema(*after)
                if old_value is not None and new_value is not None:
                    self.schema(Ctx("response", header_what, body=False), old_value, new_value)
        self.content("response", what, base, rev)

    def content(self, flow: str, what: str, base: tuple[Json, str], rev: tuple[Json, str]) -> None:
        (old, old_ptr), (new, new_ptr) = base, rev
        old_media, new_media = mapped(old.get("content")), mapped(new.get("content"))
        for media in old_media:
            if media not in new_media:
                ptr = join(old_ptr, "content", media)
                self.add([change(f"{flow}-media-type-removed", ptr, what, media)])
        for media, after in new_media.items():
            ptr = join(new_ptr, "content", media)
            if media not in old_media:
                self.add([change(f"{flow}-media-type-added", ptr, what, media)])
                continue
            before = old_media[media]
            before_ptr = join(old_ptr, "content", media)
            if not self.part(
                "media type", f"{what} {media}", (before, before_ptr), (after, ptr), flow
            ):
                continue
            if "schema" in before and "schema" in after:
                subject = "request" if flow == "request" else "response"
                self.schema(
                    Ctx("request" if flow == "request" else "response", subject, body=True),
                    (before["schema"], before_ptr + "/schema"),
                    (after["schema"], ptr + "/schema"),
                )

    # -- schemas ---------------------------------------------------------------------------------

    def schema(self, ctx: Ctx, base: tuple[Json, str], rev: tuple[Json, str]) -> None:
        key = (base[1], rev[1], ctx.flow)
        if key in self.visited:
            return
        self.visited.add(key)
        old = normalise(self.base, *base)
        new = normalise(self.rev, *rev)
        self.reached.update((old.ptr, new.ptr))
        checks = SCHEMA_CHECKS
        view = None
        if bool(old.branches) != bool(new.branches):
            # a schema became one alternative of an anyOf/oneOf (an object that may now be a
            # list of it), or the reverse: the union is judged as a type change here, the
            # matching alternative keyword by keyword (no property "removed" for lack of one)
            view = matching_branch(old, new) if new.branches else matching_branch(new, old)
        if view is not None:
            for union_check in UNION_CHECKS:
                self.add(union_check(ctx, old, new))
            old, new = (old, view) if new.branches else (view, new)
            checks = [c for c in checks if c not in UNION_CHECKS and c is not type_respelled]
        for schema_check in checks:
            self.add(schema_check(ctx, old, new))
        for name, (node, ptr) in new.props.items():
            if name in old.props:
                self.schema(ctx.child(name), old.props[name], (node, ptr))
        for keyword, segment in (("items", "[]"), ("additionalProperties", "*")):
            before, after = old.raw.get(keyword), new.raw.get(keyword)
            if keyword == "additionalProperties" and isinstance(before, dict) != isinstance(
                after, dict
            ):
                # an open object's values are any JSON (`dict[str, Any]`): compared as `{}`
                before, after = _open_values(before), _open_values(after)
            if isinstance(before, dict) and isinstance(after, dict):
                self.schema(
                    ctx.child(segment),
                    (before, join(old.ptr, keyword)),
                    (after, join(new.ptr, keyword)),
                )
        before_items, after_items = old.raw.get("prefixItems"), new.raw.get("prefixItems")
        if isinstance(before_items, list) and isinstance(after_items, list):
            for index, (before, after) in enumerate(zip(before_items, after_items, strict=False)):
                self.schema(
                    ctx.child(f"[{index}]"),
                    (before, join(old.ptr, "prefixItems", index)),
                    (after, join(new.ptr, "prefixItems", index)),
                )
        for before_branch, after_branch in pair_branches(old, new):
            self.schema(ctx, before_branch, after_branch)

    def unreached_schemas(self) -> None:
        old, new = self.base.component("schemas"), self.rev.component("schemas")
        for name in new:
            ptr = join("/components/schemas", name)
            if name in old and ptr not in self.reached:
                self.schema(Ctx("response", f"schema '{name}'", body=False), (old[name], ptr),
                            (new[name], ptr))  # fmt: skip

    # -- what no rule reads ----------------------------------------------------------------------

    def unclassified(self) -> None:
        unread = [
            ("", key) for key in self.base.data.keys() | self.rev.data.keys() if key not in _WALKED
        ]
        old_components = self.base.data.get("components") or {}
        new_components = self.rev.data.get("components") or {}
        unread += [
            ("/components", key)
            for key in old_components.keys() | new_components.keys()
            if key not in _WALKED_COMPONENTS
        ]
        for parent, key in sorted(unread):
            old = (old_components if parent else self.base.data).get(key)
            new = (new_components if parent else self.rev.data).get(key)
            if differs(old, new):
                self.add([unread_key("the document", key, join(parent, key))])
        if not self.changes and differs(self.base.data, self.rev.data):
            ptr = _first_difference(self.base.data, self.rev.data, "")
            self.add([change("unclassified-change", ptr, "the document")])


def _by_template(paths: dict[str, Json]) -> dict[str, str]:
    return {template_key(path): path for path in paths}


def _parameter_what(node: dict[str, Json]) -> str:
    return f"request parameter '{node['name']}' ({node['in']})"


def _parameters(op: Op) -> dict[tuple[str, str], tuple[dict[str, Json], str]]:
    """The operation's parameters by (location, name), path-level ones overridden per operation;
    header names in lower case (HTTP header names are case-insensitive)."""
    found: dict[tuple[str, str], tuple[dict[str, Json], str]] = {}
    for owner, owner_ptr in ((op.path_item, op.path_ptr), (op.node, op.ptr)):
        for index, raw in enumerate(listed(owner.get("parameters"))):
            node, ptr = op.doc.resolve(raw, join(owner_ptr, "parameters", index))
            if isinstance(node, dict) and "name" in node and "in" in node:
                name, where = str(node["name"]), str(node["in"])
                found[(where, name.lower() if where == "header" else name)] = (node, ptr)
    return found


def _open_values(node: Json) -> Json:
    """additionalProperties absent or `true` is the schema `{}`; `false` stays `false`."""
    return {} if node is None or node is True else node


def value_schema(node: Json, ptr: str) -> tuple[Json, str] | None:
    """The schema of a parameter's or header's value, with its pointer: its `schema`, else the
    schema of its one `content` media type (both say what the value is; only how it is
    written differs, judged by the part checks). None without either."""
    if not isinstance(node, dict):
        return None
    if "schema" in node:
        return node["schema"], ptr + "/schema"
    content = node.get("content")
    if isinstance(content, dict) and len(content) == 1:
        ((media, entry),) = content.items()
        if isinstance(entry, dict) and "schema" in entry:
            return entry["schema"], join(ptr, "content", media, "schema")
    return None


def _first_difference(old: Json, new: Json, ptr: str) -> str:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys()):
            if differs(old.get(key), new.get(key)):
                return _first_difference(old.get(key), new.get(key), join(ptr, key))
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            if differs(a, b):
                return _first_difference(a, b, join(ptr, index))
    return ptr
