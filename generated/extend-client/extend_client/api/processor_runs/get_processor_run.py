from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, RequestOptions, apoll_until, poll_until, within
from ...models.processor_run_response import ProcessorRunResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    x_extend_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_extend_api_version, Unset):
        headers["x-extend-api-version"] = x_extend_api_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/processor_runs/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProcessorRunResponse | None:
    if response.status_code == 200:
        data = errors.json_object(response, "ProcessorRunResponse", secrets=client._secrets())
        try:
            response_200 = ProcessorRunResponse.from_dict(data)

            return response_200

        except Exception as error:  # whatever a body of the wrong shape makes the parser raise
            raise errors.parse_error(
                response, "ProcessorRunResponse", error, secrets=client._secrets()
            ) from None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProcessorRunResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_extend_api_version: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[ProcessorRunResponse]:
    """Get a processor run

     Retrieve details about a specific processor run, including its status, outputs, and
    any edits made during review.

    A common use case is polling for the status and final output of an asynchronous
    processor run started with the Run Processor endpoint, for instance when you do not
    want to configure webhooks to receive the output through completion or failure events.
    Poll until `processorRun.status` is `PROCESSED`, `FAILED` or `CANCELLED`.

    Args:
        id (str): The unique identifier of the processor run to retrieve (for example `dpr_1234`).
        x_extend_api_version (str | Unset): The Extend API version to use for this request, named
            by its release date in the form `YYYY-MM-DD`. This document describes `2026-02-09`, the
            version Extend's SDKs send by default (they sent `2025-04-21` before February 2026); the
            generated client sends `2026-02-09` unless told otherwise. Without the header the
            account's default version presumably applies, so it is optional here; an unknown version
            is expected to be rejected with `400`.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        Response[ProcessorRunResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x_extend_api_version=x_extend_api_version,
    )

    response = client._send(kwargs, request_options)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_extend_api_version: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> ProcessorRunResponse:
    """Get a processor run

     Retrieve details about a specific processor run, including its status, outputs, and
    any edits made during review.

    A common use case is polling for the status and final output of an asynchronous
    processor run started with the Run Processor endpoint, for instance when you do not
    want to configure webhooks to receive the output through completion or failure events.
    Poll until `processorRun.status` is `PROCESSED`, `FAILED` or `CANCELLED`.

    Args:
        id (str): The unique identifier of the processor run to retrieve (for example `dpr_1234`).
        x_extend_api_version (str | Unset): The Extend API version to use for this request, named
            by its release date in the form `YYYY-MM-DD`. This document describes `2026-02-09`, the
            version Extend's SDKs send by default (they sent `2025-04-21` before February 2026); the
            generated client sends `2026-02-09` unless told otherwise. Without the header the
            account's default version presumably applies, so it is optional here; an unknown version
            is expected to be rejected with `400`.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        ProcessorRunResponse
    """

    response = sync_detailed(
        id=id,
        client=client,
        x_extend_api_version=x_extend_api_version,
        request_options=request_options,
    )
    # a documented 2xx is parsed (None for one without a body); any other status was not
    if not (response.status_code == 200):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast("ProcessorRunResponse", response.parsed)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_extend_api_version: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[ProcessorRunResponse]:
    """Get a processor run

     Retrieve details about a specific processor run, including its status, outputs, and
    any edits made during review.

    A common use case is polling for the status and final output of an asynchronous
    processor run started with the Run Processor endpoint, for instance when you do not
    want to configure webhooks to receive the output through completion or failure events.
    Poll until `processorRun.status` is `PROCESSED`, `FAILED` or `CANCELLED`.

    Args:
        id (str): The unique identifier of the processor run to retrieve (for example `dpr_1234`).
        x_extend_api_version (str | Unset): The Extend API version to use for this request, named
            by its release date in the form `YYYY-MM-DD`. This document describes `2026-02-09`, the
            version Extend's SDKs send by default (they sent `2025-04-21` before February 2026); the
            generated client sends `2026-02-09` unless told otherwise. Without the header the
            account's default version presumably applies, so it is optional here; an unknown version
            is expected to be rejected with `400`.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        Response[ProcessorRunResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        x_extend_api_version=x_extend_api_version,
    )

    response = await client._asend(kwargs, request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_extend_api_version: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> ProcessorRunResponse:
    """Get a processor run

     Retrieve details about a specific processor run, including its status, outputs, and
    any edits made during review.

    A common use case is polling for the status and final output of an asynchronous
    processor run started with the Run Processor endpoint, for instance when you do not
    want to configure webhooks to receive the output through completion or failure events.
    Poll until `processorRun.status` is `PROCESSED`, `FAILED` or `CANCELLED`.

    Args:
        id (str): The unique identifier of the processor run to retrieve (for example `dpr_1234`).
        x_extend_api_version (str | Unset): The Extend API version to use for this request, named
            by its release date in the form `YYYY-MM-DD`. This document describes `2026-02-09`, the
            version Extend's SDKs send by default (they sent `2025-04-21` before February 2026); the
            generated client sends `2026-02-09` unless told otherwise. Without the header the
            account's default version presumably applies, so it is optional here; an unknown version
            is expected to be rejected with `400`.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        ProcessorRunResponse
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        x_extend_api_version=x_extend_api_version,
        request_options=request_options,
    )
    # a documented 2xx is parsed (None for one without a body); any other status was not
    if not (response.status_code == 200):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast("ProcessorRunResponse", response.parsed)


#: The statuses after which `wait_for_processor_run` stops polling.
WAIT_FOR_PROCESSOR_RUN_TERMINAL = frozenset(
    {
        "PROCESSED",
        "FAILED",
        "CANCELLED",
    }
)


def _wait_status(result: ProcessorRunResponse) -> object:
    value: object = result
    for name in (
        "processor_run",
        "status",
    ):
        value = getattr(value, name, None)
    return value


def wait_for_processor_run(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_extend_api_version: str | Unset = UNSET,
    interval: float = 1.0,
    timeout: float = 300.0,
    backoff: float = 1.5,
    max_interval: float = 15.0,
    request_options: RequestOptions | None = None,
) -> ProcessorRunResponse:
    """Poll `sync` until `processorRun.status` is final and return that result.

    Final statuses: PROCESSED, FAILED, CANCELLED.

    Waits `interval` seconds between polls, growing by `backoff` up to `max_interval`; raises
    `errors.WaitTimeoutError` once `timeout` seconds have passed, cutting short a poll still in
    flight then (each poll's deadline is what is left of `timeout`). Takes the arguments of
    `sync` and raises what it raises.
    """
    return poll_until(
        lambda seconds_left: sync(
            id=id,
            client=client,
            x_extend_api_version=x_extend_api_version,
            request_options=within(client, request_options, seconds_left),
        ),
        _wait_status,
        WAIT_FOR_PROCESSOR_RUN_TERMINAL,
        interval=interval,
        timeout=timeout,
        backoff=backoff,
        max_interval=max_interval,
        what="get_processor_run",
    )


async def wait_for_processor_run_async(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_extend_api_version: str | Unset = UNSET,
    interval: float = 1.0,
    timeout: float = 300.0,
    backoff: float = 1.5,
    max_interval: float = 15.0,
    request_options: RequestOptions | None = None,
) -> ProcessorRunResponse:
    """The async twin of `wait_for_processor_run`."""
    return await apoll_until(
        lambda seconds_left: asyncio(
            id=id,
            client=client,
            x_extend_api_version=x_extend_api_version,
            request_options=within(client, request_options, seconds_left),
        ),
        _wait_status,
        WAIT_FOR_PROCESSOR_RUN_TERMINAL,
        interval=interval,
        timeout=timeout,
        backoff=backoff,
        max_interval=max_interval,
        what="get_processor_run",
    )
