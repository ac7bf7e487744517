"""A client library for accessing Talonic API"""

from . import errors
from .api.jobs.get_job_results import wait_for_job, wait_for_job_async
from .client import VERSION as __version__
from .client import (
    AsyncAuthenticatedClient,
    AsyncPage,
    AuthenticatedClient,
    Client,
    Page,
    RequestOptions,
    async_from_env,
    from_env,
)

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
    "wait_for_job",
    "wait_for_job_async",
]
