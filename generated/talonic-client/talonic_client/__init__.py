"""A client library for accessing Talonic API"""

from . import errors
from .api.jobs.get_job_results import wait_for_job, wait_for_job_async
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
    "wait_for_job",
    "wait_for_job_async",
]
