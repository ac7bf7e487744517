"""A client library for accessing Instabase AI Hub API"""

from . import errors
from .api.runs.get_run_results import (
    iter_run_results,
    iter_run_results_async,
    iter_run_results_pages,
    iter_run_results_pages_async,
    wait_for_run,
    wait_for_run_async,
)
from .client import (
    VERSION,
    AsyncAuthenticatedClient,
    AsyncPage,
    AuthenticatedClient,
    Client,
    Page,
    RequestOptions,
    async_from_env,
    from_env,
)

#: This package's version (its installed metadata).
__version__ = VERSION

__all__ = [
    "AsyncAuthenticatedClient",
    "AsyncPage",
    "AuthenticatedClient",
    "Client",
    "Page",
    "RequestOptions",
    "async_from_env",
    "errors",
    "from_env",
    "iter_run_results",
    "iter_run_results_async",
    "iter_run_results_pages",
    "iter_run_results_pages_async",
    "wait_for_run",
    "wait_for_run_async",
]
