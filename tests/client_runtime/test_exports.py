"""The public surface of each client package: exports complete, sorted, and the same everywhere."""

from __future__ import annotations

import inspect
from types import ModuleType

import pytest

HELPERS = {
    "instabase_client": {"iter_run_results", "wait_for_run"},
    "talonic_client": {"wait_for_job"},
    "extend_client": {"wait_for_processor_run", "wait_for_classify_run"},
}
#: Exports without an async twin: the webhook helper of the APIs that document webhooks.
SYNC_ONLY = {
    "instabase_client": set(),
    "talonic_client": set(),
    "extend_client": {"WebhookEvent", "verify_webhook"},
}
COMMON = {
    "AsyncAuthenticatedClient",
    "AsyncPage",
    "AuthenticatedClient",
    "Client",
    "Page",
    "RequestOptions",
    "async_from_env",
    "errors",
    "from_env",
}
#: Paging helpers also yield pages (`<helper>_pages`, `<helper>_pages_async`).
PAGES = {
    "instabase_client": {"iter_run_results_pages"},
    "talonic_client": set(),
    "extend_client": set(),
}


def _isort_key(name: str) -> tuple[int, str]:
    kind = 0 if name.isupper() else 1 if name[0].isupper() else 2
    return kind, name


@pytest.mark.parametrize("package", ["ib", "tal", "ext"])
def test_package_exports_are_complete_and_sorted(
    request: pytest.FixtureRequest, package: str
) -> None:
    module: ModuleType = request.getfixturevalue(package)
    helpers = HELPERS[module.__name__] | PAGES[module.__name__]
    expected = COMMON | helpers | {f"{name}_async" for name in helpers} | SYNC_ONLY[module.__name__]
    assert set(module.__all__) == expected
    assert list(module.__all__) == sorted(module.__all__, key=_isort_key)
    for name in module.__all__:
        assert getattr(module, name) is not None
    for name in helpers:
        assert inspect.iscoroutinefunction(getattr(module, f"{name}_async")) or (
            inspect.isasyncgenfunction(getattr(module, f"{name}_async"))
        )


@pytest.mark.parametrize("package", ["ib", "tal", "ext"])
def test_every_error_class_is_exported_and_derives_from_api_error(
    request: pytest.FixtureRequest, package: str
) -> None:
    errors: ModuleType = request.getfixturevalue(package).errors
    classes = {
        name
        for name, value in vars(errors).items()
        if inspect.isclass(value)
        and issubclass(value, Exception)
        and value.__module__ == errors.__name__
    }
    assert classes <= set(errors.__all__)
    assert list(errors.__all__) == sorted(errors.__all__, key=_isort_key)
    for name in classes:
        assert issubclass(getattr(errors, name), errors.APIError)
    for name in ("BadRequestError", "AuthenticationError", "NotFoundError", "RateLimitError"):
        assert issubclass(getattr(errors, name), errors.APIStatusError)
    assert issubclass(errors.ServerError, errors.APIStatusError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
