"""The vendors the simulator serves, registered in one place: `REGISTRY`.

A vendor is a module with its routes, error catalogue and spec-breaking body (`_instabase`,
`_talonic`, `_extend`), its seeded resources (in `_data`), and one `Vendor` entry here that tells
the generic parts (`_app`, `_state`, `_serve`, the fuzz targets through `/_simulator/state`) how
to reach them. Adding a vendor is writing its module and adding its entry to `REGISTRY`; a user's
own vendor goes in through `build_app(vendors=(*REGISTRY, mine))`.

The order of `REGISTRY` is the order vendors are listed in (the state, `docspecs mock`'s banner).
Seeded data does not depend on it: `_data.make_seed` draws each vendor's resources in its own
fixed order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import docspecs.simulator._extend as _extend
import docspecs.simulator._instabase as _instabase
import docspecs.simulator._talonic as _talonic
from docspecs._errors import DocspecsError
from docspecs._project import api_name_problem
from docspecs.simulator._common import JSON, ErrorCatalog, Hook, VendorApp
from docspecs.simulator._data import Resource, Seed
from docspecs.simulator._state import State


@dataclass(frozen=True)
class VendorContext:
    """What a vendor's app is built from: shared state, its token, the hooks, the settings."""

    state: State
    token: str = ""
    before: Hook | None = None
    """The fault hook, called after routing (see `_common.VendorApp`)."""
    rate_limit: Callable[[], int | None] | None = None
    page_size: int = 2
    """Items per page, for vendors that page (Instabase's files)."""


@dataclass(frozen=True)
class Vendor:
    """One simulated vendor, as the generic parts of the simulator see it."""

    name: str
    """The API's folder name under `specs/` (and the key in `/_simulator/state`)."""
    mount: str
    """The path the vendor is served under; it replaces the vendor's server URL."""
    token_prefix: str
    """Start of the token `build_app` makes up for this vendor (`<prefix><32 hex digits>`)."""
    errors: ErrorCatalog
    invalid_body: JSON
    """The 200 body an `invalid_body` fault answers with: it breaks the vendor's spec."""
    resources: Callable[[Seed], tuple[Resource, ...]]
    """The vendor's seeded resources (a user vendor may derive its own from `seed.seed`)."""
    make_app: Callable[[VendorContext], VendorApp]
    required_prefix: str = ""
    """Tokens the vendor accepts must start with this (Talonic keys: `tlnc_`)."""

    def operation_ids(self) -> tuple[str, ...]:
        """The specs' operationIds this vendor serves (what a fault's `operation` may name)."""
        app = self.make_app(VendorContext(state=State(0, 0, ())))
        return tuple(operation.operation_id for operation in app.operations)


def _instabase_app(context: VendorContext) -> VendorApp:
    return _instabase.make_app(
        context.state,
        context.token,
        page_size=context.page_size,
        before=context.before,
        rate_limit=context.rate_limit,
    )


def _talonic_app(context: VendorContext) -> VendorApp:
    return _talonic.make_app(
        context.state, context.token, before=context.before, rate_limit=context.rate_limit
    )


def _extend_app(context: VendorContext) -> VendorApp:
    return _extend.make_app(
        context.state, context.token, before=context.before, rate_limit=context.rate_limit
    )


def _seeded(name: str) -> Callable[[Seed], tuple[Resource, ...]]:
    def resources(seed: Seed) -> tuple[Resource, ...]:
        found: Any = getattr(seed, name)
        return tuple(found)

    return resources


REGISTRY: tuple[Vendor, ...] = (
    Vendor(
        name=_instabase.VENDOR,
        mount=_instabase.MOUNT,
        token_prefix="ib_sim_",
        errors=_instabase.ERRORS,
        invalid_body=_instabase.INVALID_BODY,
        resources=_seeded(_instabase.VENDOR),
        make_app=_instabase_app,
    ),
    Vendor(
        name=_talonic.VENDOR,
        mount=_talonic.MOUNT,
        token_prefix="tlnc_sim_",
        errors=_talonic.ERRORS,
        invalid_body=_talonic.INVALID_BODY,
        resources=_seeded(_talonic.VENDOR),
        make_app=_talonic_app,
        required_prefix=_talonic.KEY_PREFIX,
    ),
    Vendor(
        name=_extend.VENDOR,
        mount=_extend.MOUNT,
        token_prefix="sk_sim_",
        errors=_extend.ERRORS,
        invalid_body=_extend.INVALID_BODY,
        resources=_seeded(_extend.VENDOR),
        make_app=_extend_app,
    ),
)


CONTROL_MOUNT = "/_simulator"
"""Where the control API lives; no vendor may be mounted there or below it."""
_MOUNT = re.compile(r"^(?:/(?!\.\.?(?:/|$))[A-Za-z0-9._~-]+)+$")


def check_vendors(vendors: Sequence[Any]) -> tuple[Vendor, ...]:
    """`vendors` as a tuple, or `DocspecsError` naming the entry that cannot be served.

    Each must be a `Vendor` whose `name` is an API name (its folder under `specs/`) and whose
    `mount` is a path of one or more segments without a trailing slash (`/acme`, `/v1/acme`),
    outside `/_simulator`; names and mounts are unique, and no mount lies below another (the
    outer vendor would answer for it).
    """
    checked: list[Vendor] = []
    for index, vendor in enumerate(vendors):
        where = f"vendors[{index}]"
        if not isinstance(vendor, Vendor):
            raise DocspecsError(
                f"{where}: expected a docspecs.simulator.Vendor, got {type(vendor).__name__}"
            )
        if not isinstance(vendor.name, str) or api_name_problem(vendor.name) is not None:
            raise DocspecsError(
                f"{where}: the name {vendor.name!r} is not an API name (the API's folder under "
                "specs/: a letter, then letters, digits and single '-' or '_' between them)"
            )
        mount = vendor.mount
        if not isinstance(mount, str) or not _MOUNT.match(mount):
            raise DocspecsError(
                f"{where} ({vendor.name}): the mount {mount!r} is not a path like "
                f"'/{vendor.name}' (segments of letters, digits, '.', '_', '~', '-', not '.' or "
                "'..', no trailing slash)"
            )
        if mount == CONTROL_MOUNT or mount.startswith(CONTROL_MOUNT + "/"):
            raise DocspecsError(
                f"{where} ({vendor.name}): the mount {mount!r} would hide the control API under "
                f"{CONTROL_MOUNT}"
            )
        checked.append(vendor)
    for field_name, values in (
        ("name", [v.name for v in checked]),
        ("mount", [v.mount for v in checked]),
    ):
        repeated = sorted({value for value in values if values.count(value) > 1})
        if repeated:
            raise DocspecsError(f"vendors: the {field_name} {repeated[0]!r} is used twice")
    for outer in checked:
        for inner in checked:
            if inner.mount.startswith(outer.mount + "/"):
                raise DocspecsError(
                    f"vendors: the mount {inner.mount!r} ({inner.name}) is below "
                    f"{outer.mount!r} ({outer.name}), which would answer for it"
                )
    return tuple(checked)
