"""Vendors are registered in one place: adding one (a user's own) is a registration, not edits."""

from __future__ import annotations

import re

import httpx
import pytest
from starlette.responses import Response

from docspecs._errors import DocspecsError
from docspecs.simulator import (
    MOUNTS,
    OPERATIONS,
    REGISTRY,
    VENDORS,
    Vendor,
    VendorContext,
    build_app,
)
from docspecs.simulator._common import (
    JSON,
    ApiError,
    Call,
    ErrorCatalog,
    Operation,
    Rejected,
    VendorApp,
    json_response,
    token_checker,
)
from docspecs.simulator._data import Resource, Seed
from docspecs.simulator._serve import banner
from docspecs.testing import SyncASGITransport, Target


def _shape(error: ApiError) -> JSON:
    return {"fault": error.code}


ERRORS = ErrorCatalog(
    shape=_shape,
    unauthorized=ApiError(401, "auth", "No."),
    invalid=ApiError(400, "bad", "Bad."),
    not_found_route=ApiError(404, "route", "No route."),
    method_not_allowed=ApiError(405, "method", "No method."),
    rate_limited=ApiError(429, "slow", "Slow down."),
    server_errors={500: ApiError(500, "boom", "Boom.")},
)


def _resources(seed: Seed) -> tuple[Resource, ...]:
    return (
        Resource("widgets", f"w{seed.seed}", ({"id": f"w{seed.seed}", "state": "ok"},), "state"),
    )


def _make_app(context: VendorContext) -> VendorApp:
    def get_widget(call: Call) -> Response:
        widget = context.state.read("acme", call.path["id"])
        if widget is None:
            raise Rejected(ApiError(404, "missing", "No such widget."))
        return json_response(widget)

    operations = (
        Operation("get_widget", "GET", re.compile(r"/widgets/(?P<id>[^/]+)"), get_widget),
    )
    return VendorApp(
        "acme",
        ERRORS,
        operations,
        token_checker(context.token),
        context.before,
        context.rate_limit or (lambda: None),
    )


ACME = Vendor(
    name="acme",
    mount="/acme",
    token_prefix="acme_sim_",
    errors=ERRORS,
    invalid_body={"id": 1},
    resources=_resources,
    make_app=_make_app,
)


def test_the_registry_is_what_the_simulator_serves() -> None:
    assert tuple(vendor.name for vendor in REGISTRY) == VENDORS
    assert {vendor.name: vendor.mount for vendor in REGISTRY} == MOUNTS
    assert {vendor.name: vendor.operation_ids() for vendor in REGISTRY} == OPERATIONS
    app = build_app()
    assert set(app.state_json()) == set(VENDORS)
    assert app.operations == OPERATIONS


def test_a_users_vendor_is_added_by_registering_it() -> None:
    app = build_app(seed=3, vendors=(*REGISTRY, ACME))
    state = app.state_json()
    assert state["acme"]["resources"] == {"widgets": [{"id": "w3", "status": "ok"}]}
    assert state["acme"]["token"].startswith("acme_sim_")
    assert "  acme " in banner(app, "http://127.0.0.1:8400")
    target = Target(app, "http://simulator.local")
    with httpx.Client(transport=SyncASGITransport(app), base_url=target.url) as client:
        read = client.get(target.base_url("acme") + "/widgets/w3", headers=target.headers("acme"))
        assert read.json() == {"id": "w3", "state": "ok"}
        target.fault("acme", "get_widget", status=500)
        failed = client.get(target.base_url("acme") + "/widgets/w3", headers=target.headers("acme"))
        assert (failed.status_code, failed.json()) == (500, {"fault": "boom"})
        fault = {"vendor": "acme", "operation": "nope", "status": 500}
        refused = client.post("/_simulator/faults", json=fault)
        assert refused.status_code == 400 and "get_widget" in refused.json()["error"]
        # The registered vendors are unchanged beside it.
        assert client.get(target.base_url("talonic") + "/v1/jobs/x/results").status_code == 401


def test_registering_a_name_or_mount_twice_is_an_error() -> None:
    with pytest.raises(DocspecsError, match="vendors: the name 'acme' is used twice"):
        build_app(vendors=(ACME, ACME))
    other = Vendor(**{**ACME.__dict__, "name": "other"})
    with pytest.raises(DocspecsError, match="vendors: the mount '/acme' is used twice"):
        build_app(vendors=(ACME, other))


def _acme(**changes: object) -> Vendor:
    return Vendor(**{**ACME.__dict__, **changes})


@pytest.mark.parametrize(
    ("vendor", "message"),
    [
        # Before: each of these built an app without a word. "/" answered every path as acme's
        # (the control API and the other vendors gone), "/_simulator/state" hid the state fuzzing
        # reads, "acme" and "/acme/" matched no request at all.
        (_acme(mount="/"), "vendors[0] (acme): the mount '/' is not a path like '/acme'"),
        (_acme(mount="acme"), "vendors[0] (acme): the mount 'acme' is not a path like '/acme'"),
        (_acme(mount="/acme/"), "vendors[0] (acme): the mount '/acme/' is not a path"),
        (_acme(mount="/a//b"), "vendors[0] (acme): the mount '/a//b' is not a path"),
        (_acme(mount="/a/.."), "vendors[0] (acme): the mount '/a/..' is not a path"),
        (_acme(mount="/_simulator"), "the mount '/_simulator' would hide the control API"),
        (_acme(mount="/_simulator/state"), "the mount '/_simulator/state' would hide the control"),
        (_acme(name="my api"), "vendors[0]: the name 'my api' is not an API name"),
        (_acme(name=""), "vendors[0]: the name '' is not an API name"),
        (_acme(name="../x"), "vendors[0]: the name '../x' is not an API name"),
        ("acme", "vendors[0]: expected a docspecs.simulator.Vendor, got str"),
    ],
)
def test_a_vendor_that_cannot_be_served_is_an_error_naming_it(vendor: object, message: str) -> None:
    with pytest.raises(DocspecsError) as info:
        build_app(vendors=(vendor,))  # type: ignore[arg-type]
    assert message in str(info.value), str(info.value)


def test_a_mount_below_another_is_an_error_naming_both() -> None:
    # Before: the outer vendor answered every request meant for the inner one.
    inner = _acme(name="acme-eu", mount="/acme/eu")
    with pytest.raises(DocspecsError) as info:
        build_app(vendors=(ACME, inner))
    assert str(info.value) == (
        "vendors: the mount '/acme/eu' (acme-eu) is below '/acme' (acme), which would answer for it"
    )
    assert build_app(vendors=(ACME, _acme(name="acme-eu", mount="/acme-eu"))).mounts == {
        "acme": "/acme",
        "acme-eu": "/acme-eu",
    }
