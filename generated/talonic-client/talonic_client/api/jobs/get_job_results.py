from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, RequestOptions, apoll_until, poll_until, within
from ...models.job_results import JobResults
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{id}/results".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobResults | None:
    if response.status_code == 200:
        data = errors.json_object(response, "JobResults", secrets=client._secrets())
        try:
            response_200 = JobResults.from_dict(data)

            return response_200

        except Exception as error:  # whatever a body of the wrong shape makes the parser raise
            raise errors.parse_error(
                response, "JobResults", error, secrets=client._secrets()
            ) from None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobResults]:
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
    request_options: RequestOptions | None = None,
) -> Response[JobResults]:
    """Get the extracted result rows of a job

     Retrieve the extracted result rows for a completed (or partially completed) job.
    Each row corresponds to one source document and contains the extracted field values
    keyed by the schema field names you defined, a row-level confidence score, and any
    validation flags raised during Phase 4 of the pipeline.

    Results are available progressively: the grid flushes to the database after each
    pipeline phase, so you can read partial results while `job_status` is still
    `processing`.

    Rows whose `validation_flags` contain entries such as `missing_required_field:<name>`
    or `format_mismatch:<name>` are rows where Phase 4 detected data-quality issues. Use
    the row `confidence` to prioritise manual review: values below 0.8 typically warrant
    inspection.

    Args:
        id (str): The job's UUID (for example `a1b2c3d4-e5f6-7890-abcd-ef1234567890`). A value
            that is not a UUID is rejected with `400 validation_error`.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        Response[JobResults]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client._send(kwargs, request_options)

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    request_options: RequestOptions | None = None,
) -> JobResults:
    """Get the extracted result rows of a job

     Retrieve the extracted result rows for a completed (or partially completed) job.
    Each row corresponds to one source document and contains the extracted field values
    keyed by the schema field names you defined, a row-level confidence score, and any
    validation flags raised during Phase 4 of the pipeline.

    Results are available progressively: the grid flushes to the database after each
    pipeline phase, so you can read partial results while `job_status` is still
    `processing`.

    Rows whose `validation_flags` contain entries such as `missing_required_field:<name>`
    or `format_mismatch:<name>` are rows where Phase 4 detected data-quality issues. Use
    the row `confidence` to prioritise manual review: values below 0.8 typically warrant
    inspection.

    Args:
        id (str): The job's UUID (for example `a1b2c3d4-e5f6-7890-abcd-ef1234567890`). A value
            that is not a UUID is rejected with `400 validation_error`.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        JobResults
    """

    response = sync_detailed(
        id=id,
        client=client,
        request_options=request_options,
    )
    # a documented 2xx is parsed (None for one without a body); any other status was not
    if not (response.status_code == 200):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast("JobResults", response.parsed)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    request_options: RequestOptions | None = None,
) -> Response[JobResults]:
    """Get the extracted result rows of a job

     Retrieve the extracted result rows for a completed (or partially completed) job.
    Each row corresponds to one source document and contains the extracted field values
    keyed by the schema field names you defined, a row-level confidence score, and any
    validation flags raised during Phase 4 of the pipeline.

    Results are available progressively: the grid flushes to the database after each
    pipeline phase, so you can read partial results while `job_status` is still
    `processing`.

    Rows whose `validation_flags` contain entries such as `missing_required_field:<name>`
    or `format_mismatch:<name>` are rows where Phase 4 detected data-quality issues. Use
    the row `confidence` to prioritise manual review: values below 0.8 typically warrant
    inspection.

    Args:
        id (str): The job's UUID (for example `a1b2c3d4-e5f6-7890-abcd-ef1234567890`). A value
            that is not a UUID is rejected with `400 validation_error`.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        Response[JobResults]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client._asend(kwargs, request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    request_options: RequestOptions | None = None,
) -> JobResults:
    """Get the extracted result rows of a job

     Retrieve the extracted result rows for a completed (or partially completed) job.
    Each row corresponds to one source document and contains the extracted field values
    keyed by the schema field names you defined, a row-level confidence score, and any
    validation flags raised during Phase 4 of the pipeline.

    Results are available progressively: the grid flushes to the database after each
    pipeline phase, so you can read partial results while `job_status` is still
    `processing`.

    Rows whose `validation_flags` contain entries such as `missing_required_field:<name>`
    or `format_mismatch:<name>` are rows where Phase 4 detected data-quality issues. Use
    the row `confidence` to prioritise manual review: values below 0.8 typically warrant
    inspection.

    Args:
        id (str): The job's UUID (for example `a1b2c3d4-e5f6-7890-abcd-ef1234567890`). A value
            that is not a UUID is rejected with `400 validation_error`.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        JobResults
    """

    response = await asyncio_detailed(
        id=id,
        client=client,
        request_options=request_options,
    )
    # a documented 2xx is parsed (None for one without a body); any other status was not
    if not (response.status_code == 200):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast("JobResults", response.parsed)


#: The statuses after which `wait_for_job` stops polling.
WAIT_FOR_JOB_TERMINAL = frozenset(
    {
        "complete",
        "failed",
        "cancelled",
    }
)


def _wait_status(result: JobResults) -> object:
    value: object = result
    for name in ("job_status",):
        value = getattr(value, name, None)
    return value


def wait_for_job(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    interval: float = 1.0,
    timeout: float = 300.0,
    backoff: float = 1.5,
    max_interval: float = 15.0,
    request_options: RequestOptions | None = None,
) -> JobResults:
    """Poll `sync` until `job_status` is final and return that result.

    Final statuses: complete, failed, cancelled.

    Waits `interval` seconds between polls, growing by `backoff` up to `max_interval`; raises
    `errors.WaitTimeoutError` once `timeout` seconds have passed, cutting short a poll still in
    flight then (each poll's deadline is what is left of `timeout`). Takes the arguments of
    `sync` and raises what it raises.
    """
    return poll_until(
        lambda seconds_left: sync(
            id=id,
            client=client,
            request_options=within(client, request_options, seconds_left),
        ),
        _wait_status,
        WAIT_FOR_JOB_TERMINAL,
        interval=interval,
        timeout=timeout,
        backoff=backoff,
        max_interval=max_interval,
        what="get_job_results",
    )


async def wait_for_job_async(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    interval: float = 1.0,
    timeout: float = 300.0,
    backoff: float = 1.5,
    max_interval: float = 15.0,
    request_options: RequestOptions | None = None,
) -> JobResults:
    """The async twin of `wait_for_job`."""
    return await apoll_until(
        lambda seconds_left: asyncio(
            id=id,
            client=client,
            request_options=within(client, request_options, seconds_left),
        ),
        _wait_status,
        WAIT_FOR_JOB_TERMINAL,
        interval=interval,
        timeout=timeout,
        backoff=backoff,
        max_interval=max_interval,
        what="get_job_results",
    )
