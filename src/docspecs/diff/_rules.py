"""Every rule `docspecs diff` knows, in one table (after oasdiff's `checker/rules.go`).

A rule says what kind of change it is (`area`, `action`), which way the data flows (`direction`:
`request` is what a client sends, `response` what it reads, `none` for the API's shape itself),
how much it matters to a consumer of the generated packages (`level`), the semver bump it asks
for (`bump`), and the message template every report uses. Checks emit only ids from this table.

Levels follow oasdiff: ERROR is breaking (code written against the old package stops working or
type-checking), WARNING may matter to some consumers but the generated packages absorb it, INFO
is non-breaking. Unlike oasdiff, a change is judged by what it does to the generated packages
(`_packages`: the Python types, the constraints the models package checks, the extensions read,
the enum member names); the README's rule table names oasdiff's rule and level beside each row
and says why wherever the level differs.

The semver verdict is a rule too: the highest `bump` among the changes found, where every ERROR
rule asks for `major`, additions and other compatible changes for `minor`, and documentation
(descriptions, summaries, examples) for `patch`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from docspecs._findings import Level, printable

Direction = Literal["request", "response", "none"]
Bump = Literal["major", "minor", "patch", "none"]

BUMP_ORDER: tuple[Bump, ...] = ("none", "patch", "minor", "major")

ERR, WARN, INFO = Level.ERROR, Level.WARNING, Level.INFO


@dataclass(frozen=True)
class Rule:
    """One row of the table; `message` is formatted with `what` (the thing) and `detail`."""

    id: str
    level: Level
    direction: Direction
    area: str
    action: str
    bump: Bump
    message: str


def _rule(
    id: str, level: Level, direction: Direction, area: str, action: str, bump: Bump, message: str
) -> Rule:
    return Rule(id, level, direction, area, action, bump, message)


# fmt: off
_TABLE: tuple[Rule, ...] = (
    # -- the API's shape: paths, operations, security, servers, components --------------------
    _rule("api-path-removed", ERR, "none", "paths", "remove", "major",
          "{what} removed: every generated function for it is gone"),
    _rule("api-path-added", INFO, "none", "paths", "add", "minor", "{what} added"),
    _rule("api-operation-removed", ERR, "none", "operations", "remove", "major",
          "{what} removed: its generated function is gone"),
    _rule("api-operation-added", INFO, "none", "operations", "add", "minor", "{what} added"),
    _rule("api-operation-id-changed", ERR, "none", "operations", "change", "major",
          "{what}: operationId changed {detail}: the generated function is renamed"),
    _rule("api-tag-changed", ERR, "none", "operations", "change", "major",
          "{what}: first tag changed {detail}: the generated function moves to another module"),
    _rule("api-operation-deprecated", INFO, "none", "operations", "deprecate", "minor",
          "{what} deprecated"),
    _rule("api-operation-reactivated", INFO, "none", "operations", "change", "minor",
          "{what} is no longer deprecated"),
    _rule("api-security-added", ERR, "none", "security", "add", "major",
          "{what} now requires authentication {detail}"),
    _rule("api-security-removed", INFO, "none", "security", "remove", "minor",
          "{what} no longer requires authentication {detail}"),
    _rule("api-security-option-added", INFO, "none", "security", "add", "minor",
          "{what} accepts another way to authenticate {detail}"),
    _rule("api-security-changed", ERR, "none", "security", "change", "major",
          "{what}: security requirements changed {detail}"),
    _rule("api-security-scope-added", WARN, "none", "security", "add", "minor",
          "{what}: requires scope {detail}: tokens issued without it may be refused (the client "
          "sends no scopes itself)"),
    _rule("api-security-scope-removed", INFO, "none", "security", "remove", "minor",
          "{what}: no longer requires scope {detail}"),
    _rule("security-scheme-removed", ERR, "none", "security", "remove", "major",
          "{what} removed"),
    _rule("security-scheme-added", INFO, "none", "security", "add", "minor", "{what} added"),
    _rule("security-scheme-changed", ERR, "none", "security", "change", "major",
          "{what} changed {detail}: existing credentials may stop working"),
    _rule("security-scheme-details-changed", INFO, "none", "security", "change", "patch",
          "{what}: {detail} changed: the generated client never reads them"),
    _rule("server-removed", ERR, "none", "servers", "remove", "major",
          "{what} removed: clients configured with it must move"),
    _rule("server-added", INFO, "none", "servers", "add", "minor", "{what} added"),
    _rule("component-schema-removed", ERR, "none", "components", "remove", "major",
          "{what} removed: its generated class is gone"),
    _rule("component-schema-added", INFO, "none", "components", "add", "minor",
          "{what} added: a new generated class"),
    _rule("component-schema-renamed", ERR, "none", "components", "rename", "major",
          "{what} renamed to {detail}: the generated class name changes"),
    _rule("schema-title-changed", ERR, "none", "schemas", "rename", "major",
          "{what}: title changed {detail}: the generated class is named after it"),
    # -- request: parameters (path, query, header, cookie) -----------------------------------
    _rule("request-parameter-removed", ERR, "request", "parameters", "remove", "major",
          "{what} removed: calls that pass it fail"),
    _rule("request-parameter-added-required", ERR, "request", "parameters", "add", "major",
          "new required {what}: existing calls do not pass it"),
    _rule("request-parameter-added-optional", INFO, "request", "parameters", "add", "minor",
          "new optional {what}"),
    _rule("request-parameter-became-required", ERR, "request", "parameters", "specialize",
          "major", "{what} became required: existing calls may not pass it"),
    _rule("request-parameter-became-optional", INFO, "request", "parameters", "generalize",
          "minor", "{what} became optional"),
    _rule("request-parameter-default-value-changed", ERR, "request", "parameters", "change",
          "major", "{what}: default {detail}: calls that leave it out now behave differently"),
    _rule("request-parameter-default-value-added", WARN, "request", "parameters", "add",
          "minor", "{what}: default {detail}: the client now sends it when a call leaves it out"),
    _rule("request-parameter-deprecated", INFO, "request", "parameters", "deprecate", "minor",
          "{what} deprecated (the generated client does not warn)"),
    _rule("request-parameter-reactivated", INFO, "request", "parameters", "change", "minor",
          "{what} is no longer deprecated"),
    _rule("request-parameter-serialization-changed", WARN, "request", "parameters", "change",
          "minor", "{what}: {detail}: the generated client ignores these and sends the value as "
          "before, so the server may now read it differently"),
    _rule("request-parameter-became-content", ERR, "request", "parameters", "change", "major",
          "{what} now given by `content` instead of `schema`: openapi-python-client skips such a "
          "parameter, so the generated function loses its argument and calls that pass it fail"),
    _rule("header-name-case-changed", INFO, "none", "headers", "change", "patch",
          "{what}: name spelled {detail}: HTTP header names are case-insensitive and the "
          "generated argument keeps its name"),
    # -- request: body -----------------------------------------------------------------------
    _rule("request-body-removed", ERR, "request", "body", "remove", "major",
          "{what} removed: calls that send one fail"),
    _rule("request-body-added-required", ERR, "request", "body", "add", "major",
          "new required {what}: existing calls do not send one"),
    _rule("request-body-added-optional", INFO, "request", "body", "add", "minor",
          "new optional {what}"),
    _rule("request-body-became-required", ERR, "request", "body", "specialize", "major",
          "{what} became required"),
    _rule("request-body-became-optional", INFO, "request", "body", "generalize", "minor",
          "{what} became optional"),
    _rule("request-media-type-removed", ERR, "request", "body", "remove", "major",
          "{what}: media type {detail} removed"),
    _rule("request-media-type-added", INFO, "request", "body", "add", "minor",
          "{what}: media type {detail} added"),
    _rule("request-body-encoding-changed", WARN, "request", "body", "change", "minor",
          "{what}: {detail} changed: the generated client ignores `encoding` and sends the "
          "body as before, so the server may now read it differently"),
    # -- request: schemas of parameters and bodies -------------------------------------------
    _rule("request-property-removed", ERR, "request", "properties", "remove", "major",
          "{what} removed: its generated attribute is gone"),
    _rule("request-property-added-required", ERR, "request", "properties", "add", "major",
          "new required {what}: existing requests do not send it"),
    _rule("request-property-added-optional", INFO, "request", "properties", "add", "minor",
          "new optional {what}"),
    _rule("request-property-became-required", ERR, "request", "properties", "specialize",
          "major", "{what} became required: existing requests may not send it"),
    _rule("request-property-became-optional", INFO, "request", "properties", "generalize",
          "minor", "{what} became optional"),
    _rule("request-property-deprecated", INFO, "request", "properties", "deprecate", "minor",
          "{what} deprecated: the models package warns (DeprecationWarning) only when code reads "
          "the attribute back, not when it sets it"),
    _rule("request-property-reactivated", INFO, "request", "properties", "change", "minor",
          "{what} is no longer deprecated"),
    _rule("request-property-became-read-only", WARN, "request", "properties", "change", "minor",
          "{what} became read-only: the generated classes still send it when code sets it, and "
          "the server may ignore or refuse it"),
    _rule("request-property-became-non-read-only", INFO, "request", "properties", "change",
          "minor", "{what} is no longer read-only: requests may set it"),
    _rule("request-type-changed", ERR, "request", "schemas", "change", "major",
          "{what}: type changed {detail}: values sent today may be rejected"),
    _rule("request-type-widened", INFO, "request", "schemas", "generalize", "minor",
          "{what}: type widened {detail}"),
    _rule("request-enum-value-removed", ERR, "request", "schemas", "remove", "major",
          "{what}: enum value {detail} removed: clients may still send it"),
    _rule("request-enum-value-added", INFO, "request", "schemas", "add", "minor",
          "{what}: enum value {detail} added"),
    _rule("request-format-changed", ERR, "request", "schemas", "change", "major",
          "{what}: format changed {detail}: the generated type changes"),
    _rule("request-property-default-value-changed", ERR, "request", "properties", "change",
          "major", "{what}: default {detail}: the generated classes send the new value when "
          "code leaves it out"),
    _rule("request-property-default-value-added", WARN, "request", "properties", "add", "minor",
          "{what}: default {detail}: the generated classes now send it when code leaves it out"),
    _rule("request-constraint-narrowed", ERR, "request", "schemas", "specialize", "major",
          "{what}: {detail}: values sent today may be rejected"),
    _rule("request-constraint-relaxed", INFO, "request", "schemas", "generalize", "minor",
          "{what}: {detail}"),
    # -- responses ---------------------------------------------------------------------------
    _rule("response-success-status-removed", ERR, "response", "responses", "remove", "major",
          "{what} removed: code that handles it never sees it again"),
    _rule("response-error-status-removed", WARN, "response", "responses", "remove", "minor",
          "{what} removed: the generated client no longer parses that error body"),
    _rule("response-status-added", INFO, "response", "responses", "add", "minor",
          "{what} added"),
    _rule("response-media-type-removed", ERR, "response", "responses", "remove", "major",
          "{what}: media type {detail} removed"),
    _rule("response-media-type-added", INFO, "response", "responses", "add", "minor",
          "{what}: media type {detail} added"),
    _rule("response-body-encoding-changed", INFO, "response", "responses", "change", "patch",
          "{what}: {detail} changed: the generated client reads the body without it"),
    _rule("response-required-header-removed", ERR, "response", "headers", "remove", "major",
          "{what} removed: code that reads it finds nothing"),
    _rule("response-optional-header-removed", WARN, "response", "headers", "remove", "minor",
          "{what} removed: code that reads it finds nothing"),
    _rule("response-header-added", INFO, "response", "headers", "add", "minor",
          "{what} added"),
    _rule("response-header-became-optional", ERR, "response", "headers", "generalize", "major",
          "{what} became optional: code that relies on it being present breaks"),
    _rule("response-header-became-required", INFO, "response", "headers", "specialize",
          "minor", "{what} became required"),
    # -- responses: schemas of bodies ----------------------------------------------------------
    _rule("response-property-removed", ERR, "response", "properties", "remove", "major",
          "{what} removed: code that reads it breaks"),
    _rule("response-property-added", INFO, "response", "properties", "add", "minor",
          "{what} added"),
    _rule("response-property-declared", ERR, "response", "properties", "add", "major",
          "{what}: properties {detail} declared on an object that declared none: code could "
          "only read these keys through the dict, and now the client moves them from "
          "`additional_properties` (`obj[key]`) to attributes and the models package from a "
          "dict or `model_extra` to fields (snake_case names, typed values), so code that reads "
          "them the old way breaks"),
    _rule("response-property-became-optional", ERR, "response", "properties", "generalize",
          "major", "{what} became optional: code that relies on it being present breaks"),
    _rule("response-property-became-required", INFO, "response", "properties", "specialize",
          "minor", "{what} became required"),
    _rule("response-property-deprecated", WARN, "response", "properties", "deprecate", "minor",
          "{what} deprecated: the models package emits a DeprecationWarning when code reads the "
          "attribute (an error where warnings are errors)"),
    _rule("response-property-reactivated", INFO, "response", "properties", "change", "minor",
          "{what} is no longer deprecated"),
    _rule("response-property-became-write-only", ERR, "response", "properties", "change",
          "major", "{what} became write-only: the server stops sending it, so code that reads it "
          "finds nothing (and a models class that requires it fails to parse)"),
    _rule("response-property-became-non-write-only", INFO, "response", "properties", "change",
          "minor", "{what} is no longer write-only: responses may carry it"),
    _rule("response-type-changed", ERR, "response", "schemas", "change", "major",
          "{what}: type changed {detail}: code that reads it may break"),
    _rule("response-type-narrowed", INFO, "response", "schemas", "specialize", "minor",
          "{what}: type narrowed {detail}"),
    _rule("response-type-narrowed-from-any", ERR, "response", "schemas", "specialize", "major",
          "{what}: type narrowed {detail}: code written against `Any` may no longer type-check, "
          "and the "
          "models package rejects values of any other type when it parses"),
    _rule("response-became-nullable", ERR, "response", "schemas", "generalize", "major",
          "{what} became nullable: code that reads it must now handle null"),
    _rule("response-became-enum", ERR, "response", "schemas", "specialize", "major",
          "{what} became an enum ({detail}): the generated attribute is an enum class, not a "
          "plain value; unknown values still parse and `==` with a string still holds, but "
          "`str()` and f-strings of the models package's `(str, Enum)` give `Name.MEMBER`, and "
          "code that builds the class from plain values no longer type-checks (the client's "
          "`to_dict` fails on one)"),
    _rule("response-enum-value-removed", ERR, "response", "schemas", "remove", "major",
          "{what}: enum value {detail} removed: parsing keeps working, but the generated enum "
          "loses its member, so code naming it (`Status.CANCELLED`) breaks"),
    _rule("response-enum-value-added", INFO, "response", "schemas", "add", "minor",
          "{what}: enum value {detail} added (unknown values were already kept as strings)"),
    _rule("response-format-changed", ERR, "response", "schemas", "change", "major",
          "{what}: format changed {detail}: the generated type changes"),
    _rule("response-constraint-relaxed", ERR, "response", "schemas", "generalize", "major",
          "{what}: {detail}: the models package checks the old bound when it parses, so it "
          "rejects values the server may now send"),
    _rule("response-constraint-narrowed", INFO, "response", "schemas", "specialize", "minor",
          "{what}: {detail}"),
    _rule("response-unchecked-constraint-relaxed", INFO, "response", "schemas", "generalize",
          "minor", "{what}: {detail} (no generated package checks it)"),
    _rule("response-property-default-value-changed", WARN, "response", "properties", "change",
          "minor", "{what}: default {detail}: the models package fills it in when the server "
          "leaves the property out"),
    _rule("response-union-reordered", ERR, "response", "schemas", "change", "major",
          "{what}: {detail}: a body that parses as either now parses into the other class (the "
          "client tries the alternatives in order, pydantic breaks ties by order)"),
    _rule("discriminator-changed", ERR, "none", "schemas", "change", "major",
          "{what}: {detail}: the models package parses the union by its tags, so bodies tagged "
          "the old way parse into another class or fail"),
    _rule("object-closed", ERR, "none", "schemas", "specialize", "major",
          "{what} closed (additionalProperties: false): the client's class loses "
          "`additional_properties` and item access, and drops fields it does not declare"),
    _rule("object-opened", INFO, "none", "schemas", "generalize", "minor",
          "{what} open to properties it does not declare: the client's class gains "
          "`additional_properties` and item access"),
    _rule("union-member-class-renamed", ERR, "none", "schemas", "rename", "major",
          "{what}: {detail} are renamed, stand for another alternative or are gone (a class for "
          "an inline object is named by where it sits): code that names them breaks"),
    _rule("generated-name-respelled", INFO, "none", "names", "change", "patch",
          "{what} written another way {detail}: the generated packages use the same name (a "
          "default written out, or dropped where it held the default, or a spelling the "
          "generators normalise)"),
    _rule("enum-member-renamed", ERR, "none", "schemas", "rename", "major",
          "{what}: generated enum member {detail}: code that names the member breaks"),
    # -- the client's runtime settings (x-docspecs-client, -region, -wait, -paging) ------------
    _rule("client-default-header-changed", ERR, "none", "client", "change", "major",
          "{what}: {detail}: every call that does not set it now sends the new value (or none)"),
    _rule("client-default-header-added", WARN, "none", "client", "add", "minor",
          "{what}: {detail}: calls that do not set it now send it, where the server applied "
          "its own default"),
    _rule("client-setting-changed", ERR, "none", "client", "change", "major",
          "{what} {detail}: code and environments set up with the old one fail or silently "
          "fall back to a default"),
    _rule("client-setting-added", INFO, "none", "client", "add", "minor", "{what} {detail}"),
    _rule("client-method-renamed", ERR, "none", "client", "rename", "major",
          "{what} renamed {detail}: code calling the old name fails with AttributeError"),
    _rule("client-behaviour-changed", WARN, "none", "client", "change", "minor",
          "{what} {detail}: the generated client does something else with the same calls"),
    # -- documentation -------------------------------------------------------------------------
    _rule("info-changed", INFO, "none", "info", "change", "patch",
          "{what} changed {detail}: documentation only"),
    _rule("api-summary-changed", INFO, "none", "operations", "change", "patch",
          "{what}: summary changed"),
    _rule("api-description-changed", INFO, "none", "operations", "change", "patch",
          "{what}: description changed"),
    _rule("request-parameter-description-changed", INFO, "request", "parameters", "change",
          "patch", "{what}: description changed"),
    _rule("response-description-changed", INFO, "response", "responses", "change", "patch",
          "{what}: description changed"),
    _rule("schema-description-changed", INFO, "none", "schemas", "change", "patch",
          "{what}: {detail} changed"),
    _rule("example-changed", INFO, "none", "examples", "change", "patch",
          "{what}: examples changed"),
    _rule("schema-definitions-changed", INFO, "none", "schemas", "change", "patch",
          "{what}: {detail} changed: neither generator makes code of it (a schema kept in "
          "`$defs` is compared where a `$ref` uses it)"),
    _rule("schema-format-changed", INFO, "none", "schemas", "change", "patch",
          "{what}: format changed {detail}: no generated type changes"),
    _rule("schema-type-respelled", INFO, "none", "schemas", "change", "patch",
          "{what}: type written another way, {detail}: both packages generate the same type"),
    _rule("extension-changed", INFO, "none", "extensions", "change", "patch",
          "{what}: extension {detail} changed: no template or generator reads it"),
    # -- anything no rule above recognises -----------------------------------------------------
    _rule("unclassified-change", WARN, "none", "document", "change", "minor",
          "{what} changed in a way no rule classifies; review the change by hand"),
)
# fmt: on

RULES: dict[str, Rule] = {rule.id: rule for rule in _TABLE}


@dataclass(frozen=True)
class Change:
    """One classified difference between two documents.

    `location` is an RFC 6901 JSON pointer into the revision (or, for something removed, into
    the base); `message` is the rule's template filled in for this place.
    """

    rule_id: str
    level: Level
    direction: Direction
    location: str
    message: str

    def sort_key(self) -> tuple[str, str, str]:
        return (self.location, self.rule_id, self.message)

    def __str__(self) -> str:
        return printable(f"{self.location or '/'}: {self.message}")


def change(rule_id: str, location: str, what: str, detail: str = "") -> Change:
    """The `Change` of rule `rule_id` at `location`; an unknown id is a bug, not a finding."""
    rule = RULES[rule_id]
    message = rule.message.format(what=what, detail=detail)
    return Change(rule_id, rule.level, rule.direction, location, " ".join(message.split()))
