"""A client library for accessing Instabase AI Hub API"""

from . import errors
from .api.runs.get_run_results import (
    iter_run_results,
    iter_run_results_async,
    wait_for_run,
    wait_for_run_async,
)
from .client import VERSION as __version__
from .client import AuthenticatedClient, Client, RequestOptions, from_env

__all__ = [
    "AuthenticatedClient",
    "Client",
    "RequestOptions",
    "errors",
    "from_env",
    "iter_run_results",
    "iter_run_results_async",
    "wait_for_run",
    "wait_for_run_async",
]
