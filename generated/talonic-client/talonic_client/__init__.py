"""A client library for accessing Talonic API"""

from . import errors
from .api.jobs.get_job_results import wait_for_job, wait_for_job_async
from .client import VERSION as __version__
from .client import AuthenticatedClient, Client, RequestOptions, from_env

__all__ = [
    "AuthenticatedClient",
    "Client",
    "RequestOptions",
    "errors",
    "from_env",
    "wait_for_job",
    "wait_for_job_async",
]
