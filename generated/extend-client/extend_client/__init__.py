"""A client library for accessing Extend API"""

from . import errors
from .api.classify_runs.get_classify_run import wait_for_classify_run, wait_for_classify_run_async
from .api.processor_runs.get_processor_run import (
    wait_for_processor_run,
    wait_for_processor_run_async,
)
from .client import (
    VERSION,
    AsyncAuthenticatedClient,
    AsyncPage,
    AuthenticatedClient,
    Client,
    Page,
    RequestOptions,
    WebhookEvent,
    async_from_env,
    from_env,
    verify_webhook,
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
    "WebhookEvent",
    "async_from_env",
    "errors",
    "from_env",
    "verify_webhook",
    "wait_for_classify_run",
    "wait_for_classify_run_async",
    "wait_for_processor_run",
    "wait_for_processor_run_async",
]
