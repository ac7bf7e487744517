from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import (
    AsyncPage,
    AuthenticatedClient,
    Client,
    Page,
    RequestOptions,
    apoll_until,
    poll_until,
    within,
)
from ...models.file_result import FileResult
from ...models.run_results import RunResults
from ...types import UNSET, Response, Unset
from ...types import Unset as _Unset


def _get_kwargs(
    run_id: str,
    *,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(ib_context, Unset):
        headers["IB-Context"] = ib_context

    params: dict[str, Any] = {}

    params["include_review_results"] = include_review_results

    params["include_confidence_scores"] = include_confidence_scores

    params["include_validation_results"] = include_validation_results

    params["include_source_info"] = include_source_info

    params["file_offset"] = file_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/apps/runs/{run_id}/results".format(
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RunResults | None:
    if response.status_code == 200:
        data = errors.json_object(response, "RunResults", secrets=client._secrets())
        try:
            response_200 = RunResults.from_dict(data)

            return response_200

        except Exception as error:  # whatever a body of the wrong shape makes the parser raise
            raise errors.parse_error(
                response, "RunResults", error, secrets=client._secrets()
            ) from None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RunResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[RunResults]:
    """Get the results of an automation app run.

     Get the results of a completed automation app run: for every input file, the documents it
    was classified into and the fields extracted from each document, plus packet-level
    (case-level) cross-class fields in `case_info`.

    **Pagination.** Results are paginated by file. When `has_more` is `true` there are more
    files than this response holds: request again with `file_offset` set to the index of the
    first file not yet received (the previous `file_offset` plus the number of `files`
    returned) until `has_more` is `false`.

    **Field names.** Field names in the response are converted to valid Python variable names,
    so they can differ from the names in the automation project (the project itself is not
    changed): only letters, digits and underscores are kept, any other character becomes an
    underscore, a name must start with a letter or an underscore, and each underscore
    already in the name is doubled. The vendor's examples:

    - `due date` → `due_date` (a space becomes `_`)
    - `driver's license` → `driver_s_license` (a character not allowed in a Python name
      becomes `_`)
    - `3rd category` → `_3rd_category` (a name that starts with a digit gets a leading `_`)
    - `secret_id` → `secret__id` (an underscore already in the name is doubled)

    **Errors inside results.** If errors occur at the class, field, or document levels, the
    response status code is 200 and the response body includes error details (the
    `error_msg` property of the field or cross-class field concerned; a document whose class
    could not be decided has `class_name: null`). A run whose `status` is `COMPLETE` may
    still have fields whose `value` is the string `ERROR`: extraction of those fields failed.

    **Optional sections.** Human-review details, confidence scores, validation results and
    source information are only returned when the matching `include_*` query parameter is
    `true`.

    Args:
        run_id (str): The run ID (returned when the run was started).
        include_review_results (bool | Unset): Whether to include human review details. When
            `true`, these are added:

            - run level: `review_completed`
            - document level (`files/documents/...`): `review_completed`, `class_edit_history`
              (with `timestamp`, `user_id`, `modifications`, `modifications/message`)
            - field level (`files/documents/fields/...`): `edit_history` (with `timestamp`,
              `user_id`, `modifications`, `modifications/message`)
            - packet level, also known as case level (`case_info/fields/...`): `edit_history` (with
              `timestamp`, `user_id`, `modifications`, `modifications/message`)

            Review can include manually correcting values; this endpoint does not return the
            original and corrected values. Default: False.
        include_confidence_scores (bool | Unset): Whether to include confidence scores. When
            `true`, these are added:

            - document level (`files/documents/...`): `classification_confidence` (classification
              confidence scores)
            - field level (`files/documents/fields/...`): `confidence/model` and `confidence/ocr`
              (extraction confidence scores) Default: False.
        include_validation_results (bool | Unset): Whether to include validation results. When
            `true`, these are added:

            - document level (`files/documents/...`): `validations/final_result_pass` (older
              responses put it at the file level, `files/validations/final_result_pass`)
            - field level (`files/documents/fields/...`): `validations/valid` and
              `validations/alerts`
            - packet level, also known as case level (`case_info/fields/...`): `validations/valid`
              and `validations/failures` (cross-class validation: data quality and consistency
              across the documents of a packet) Default: False.
        include_source_info (bool | Unset): Whether to include source information: where each
            result came from, such as the paths of
            the page images generated from the input file. When `true`, these are added:

            - document level (`files/documents/...`): `post_processed_paths` (image paths),
              `post_processed_pdf_path` (only when the app setting
              `settings/runtime_config/generate_post_process_pdf` is `true`) and `page_layouts`
            - field level (`files/documents/fields/...`): `source_coordinates/top_x`,
              `source_coordinates/top_y`, `source_coordinates/bottom_x`,
              `source_coordinates/bottom_y` and `source_coordinates/page_number` Default: False.
        file_offset (int | Unset): The index of the first file to return results for (0-based).
            Defaults to 0. To fetch the
            next page while `has_more` is `true`, pass the previous `file_offset` plus the number of
            `files` received. Default: 0.
        ib_context (str | Unset): The account context the request runs in: typically your
            organization ID. To use your
            community account, set it to your user ID; to use your organization account, set it to
            your organization ID. If omitted, the request runs in your community account context.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        Response[RunResults]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        include_review_results=include_review_results,
        include_confidence_scores=include_confidence_scores,
        include_validation_results=include_validation_results,
        include_source_info=include_source_info,
        file_offset=file_offset,
        ib_context=ib_context,
    )

    response = client._send(kwargs, request_options)

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> RunResults:
    """Get the results of an automation app run.

     Get the results of a completed automation app run: for every input file, the documents it
    was classified into and the fields extracted from each document, plus packet-level
    (case-level) cross-class fields in `case_info`.

    **Pagination.** Results are paginated by file. When `has_more` is `true` there are more
    files than this response holds: request again with `file_offset` set to the index of the
    first file not yet received (the previous `file_offset` plus the number of `files`
    returned) until `has_more` is `false`.

    **Field names.** Field names in the response are converted to valid Python variable names,
    so they can differ from the names in the automation project (the project itself is not
    changed): only letters, digits and underscores are kept, any other character becomes an
    underscore, a name must start with a letter or an underscore, and each underscore
    already in the name is doubled. The vendor's examples:

    - `due date` → `due_date` (a space becomes `_`)
    - `driver's license` → `driver_s_license` (a character not allowed in a Python name
      becomes `_`)
    - `3rd category` → `_3rd_category` (a name that starts with a digit gets a leading `_`)
    - `secret_id` → `secret__id` (an underscore already in the name is doubled)

    **Errors inside results.** If errors occur at the class, field, or document levels, the
    response status code is 200 and the response body includes error details (the
    `error_msg` property of the field or cross-class field concerned; a document whose class
    could not be decided has `class_name: null`). A run whose `status` is `COMPLETE` may
    still have fields whose `value` is the string `ERROR`: extraction of those fields failed.

    **Optional sections.** Human-review details, confidence scores, validation results and
    source information are only returned when the matching `include_*` query parameter is
    `true`.

    Args:
        run_id (str): The run ID (returned when the run was started).
        include_review_results (bool | Unset): Whether to include human review details. When
            `true`, these are added:

            - run level: `review_completed`
            - document level (`files/documents/...`): `review_completed`, `class_edit_history`
              (with `timestamp`, `user_id`, `modifications`, `modifications/message`)
            - field level (`files/documents/fields/...`): `edit_history` (with `timestamp`,
              `user_id`, `modifications`, `modifications/message`)
            - packet level, also known as case level (`case_info/fields/...`): `edit_history` (with
              `timestamp`, `user_id`, `modifications`, `modifications/message`)

            Review can include manually correcting values; this endpoint does not return the
            original and corrected values. Default: False.
        include_confidence_scores (bool | Unset): Whether to include confidence scores. When
            `true`, these are added:

            - document level (`files/documents/...`): `classification_confidence` (classification
              confidence scores)
            - field level (`files/documents/fields/...`): `confidence/model` and `confidence/ocr`
              (extraction confidence scores) Default: False.
        include_validation_results (bool | Unset): Whether to include validation results. When
            `true`, these are added:

            - document level (`files/documents/...`): `validations/final_result_pass` (older
              responses put it at the file level, `files/validations/final_result_pass`)
            - field level (`files/documents/fields/...`): `validations/valid` and
              `validations/alerts`
            - packet level, also known as case level (`case_info/fields/...`): `validations/valid`
              and `validations/failures` (cross-class validation: data quality and consistency
              across the documents of a packet) Default: False.
        include_source_info (bool | Unset): Whether to include source information: where each
            result came from, such as the paths of
            the page images generated from the input file. When `true`, these are added:

            - document level (`files/documents/...`): `post_processed_paths` (image paths),
              `post_processed_pdf_path` (only when the app setting
              `settings/runtime_config/generate_post_process_pdf` is `true`) and `page_layouts`
            - field level (`files/documents/fields/...`): `source_coordinates/top_x`,
              `source_coordinates/top_y`, `source_coordinates/bottom_x`,
              `source_coordinates/bottom_y` and `source_coordinates/page_number` Default: False.
        file_offset (int | Unset): The index of the first file to return results for (0-based).
            Defaults to 0. To fetch the
            next page while `has_more` is `true`, pass the previous `file_offset` plus the number of
            `files` received. Default: 0.
        ib_context (str | Unset): The account context the request runs in: typically your
            organization ID. To use your
            community account, set it to your user ID; to use your organization account, set it to
            your organization ID. If omitted, the request runs in your community account context.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        RunResults
    """

    response = sync_detailed(
        run_id=run_id,
        client=client,
        include_review_results=include_review_results,
        include_confidence_scores=include_confidence_scores,
        include_validation_results=include_validation_results,
        include_source_info=include_source_info,
        file_offset=file_offset,
        ib_context=ib_context,
        request_options=request_options,
    )
    # a documented 2xx is parsed (None for one without a body); any other status was not
    if not (response.status_code == 200):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast("RunResults", response.parsed)


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Response[RunResults]:
    """Get the results of an automation app run.

     Get the results of a completed automation app run: for every input file, the documents it
    was classified into and the fields extracted from each document, plus packet-level
    (case-level) cross-class fields in `case_info`.

    **Pagination.** Results are paginated by file. When `has_more` is `true` there are more
    files than this response holds: request again with `file_offset` set to the index of the
    first file not yet received (the previous `file_offset` plus the number of `files`
    returned) until `has_more` is `false`.

    **Field names.** Field names in the response are converted to valid Python variable names,
    so they can differ from the names in the automation project (the project itself is not
    changed): only letters, digits and underscores are kept, any other character becomes an
    underscore, a name must start with a letter or an underscore, and each underscore
    already in the name is doubled. The vendor's examples:

    - `due date` → `due_date` (a space becomes `_`)
    - `driver's license` → `driver_s_license` (a character not allowed in a Python name
      becomes `_`)
    - `3rd category` → `_3rd_category` (a name that starts with a digit gets a leading `_`)
    - `secret_id` → `secret__id` (an underscore already in the name is doubled)

    **Errors inside results.** If errors occur at the class, field, or document levels, the
    response status code is 200 and the response body includes error details (the
    `error_msg` property of the field or cross-class field concerned; a document whose class
    could not be decided has `class_name: null`). A run whose `status` is `COMPLETE` may
    still have fields whose `value` is the string `ERROR`: extraction of those fields failed.

    **Optional sections.** Human-review details, confidence scores, validation results and
    source information are only returned when the matching `include_*` query parameter is
    `true`.

    Args:
        run_id (str): The run ID (returned when the run was started).
        include_review_results (bool | Unset): Whether to include human review details. When
            `true`, these are added:

            - run level: `review_completed`
            - document level (`files/documents/...`): `review_completed`, `class_edit_history`
              (with `timestamp`, `user_id`, `modifications`, `modifications/message`)
            - field level (`files/documents/fields/...`): `edit_history` (with `timestamp`,
              `user_id`, `modifications`, `modifications/message`)
            - packet level, also known as case level (`case_info/fields/...`): `edit_history` (with
              `timestamp`, `user_id`, `modifications`, `modifications/message`)

            Review can include manually correcting values; this endpoint does not return the
            original and corrected values. Default: False.
        include_confidence_scores (bool | Unset): Whether to include confidence scores. When
            `true`, these are added:

            - document level (`files/documents/...`): `classification_confidence` (classification
              confidence scores)
            - field level (`files/documents/fields/...`): `confidence/model` and `confidence/ocr`
              (extraction confidence scores) Default: False.
        include_validation_results (bool | Unset): Whether to include validation results. When
            `true`, these are added:

            - document level (`files/documents/...`): `validations/final_result_pass` (older
              responses put it at the file level, `files/validations/final_result_pass`)
            - field level (`files/documents/fields/...`): `validations/valid` and
              `validations/alerts`
            - packet level, also known as case level (`case_info/fields/...`): `validations/valid`
              and `validations/failures` (cross-class validation: data quality and consistency
              across the documents of a packet) Default: False.
        include_source_info (bool | Unset): Whether to include source information: where each
            result came from, such as the paths of
            the page images generated from the input file. When `true`, these are added:

            - document level (`files/documents/...`): `post_processed_paths` (image paths),
              `post_processed_pdf_path` (only when the app setting
              `settings/runtime_config/generate_post_process_pdf` is `true`) and `page_layouts`
            - field level (`files/documents/fields/...`): `source_coordinates/top_x`,
              `source_coordinates/top_y`, `source_coordinates/bottom_x`,
              `source_coordinates/bottom_y` and `source_coordinates/page_number` Default: False.
        file_offset (int | Unset): The index of the first file to return results for (0-based).
            Defaults to 0. To fetch the
            next page while `has_more` is `true`, pass the previous `file_offset` plus the number of
            `files` received. Default: 0.
        ib_context (str | Unset): The account context the request runs in: typically your
            organization ID. To use your
            community account, set it to your user ID; to use your organization account, set it to
            your organization ID. If omitted, the request runs in your community account context.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        Response[RunResults]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        include_review_results=include_review_results,
        include_confidence_scores=include_confidence_scores,
        include_validation_results=include_validation_results,
        include_source_info=include_source_info,
        file_offset=file_offset,
        ib_context=ib_context,
    )

    response = await client._asend(kwargs, request_options)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> RunResults:
    """Get the results of an automation app run.

     Get the results of a completed automation app run: for every input file, the documents it
    was classified into and the fields extracted from each document, plus packet-level
    (case-level) cross-class fields in `case_info`.

    **Pagination.** Results are paginated by file. When `has_more` is `true` there are more
    files than this response holds: request again with `file_offset` set to the index of the
    first file not yet received (the previous `file_offset` plus the number of `files`
    returned) until `has_more` is `false`.

    **Field names.** Field names in the response are converted to valid Python variable names,
    so they can differ from the names in the automation project (the project itself is not
    changed): only letters, digits and underscores are kept, any other character becomes an
    underscore, a name must start with a letter or an underscore, and each underscore
    already in the name is doubled. The vendor's examples:

    - `due date` → `due_date` (a space becomes `_`)
    - `driver's license` → `driver_s_license` (a character not allowed in a Python name
      becomes `_`)
    - `3rd category` → `_3rd_category` (a name that starts with a digit gets a leading `_`)
    - `secret_id` → `secret__id` (an underscore already in the name is doubled)

    **Errors inside results.** If errors occur at the class, field, or document levels, the
    response status code is 200 and the response body includes error details (the
    `error_msg` property of the field or cross-class field concerned; a document whose class
    could not be decided has `class_name: null`). A run whose `status` is `COMPLETE` may
    still have fields whose `value` is the string `ERROR`: extraction of those fields failed.

    **Optional sections.** Human-review details, confidence scores, validation results and
    source information are only returned when the matching `include_*` query parameter is
    `true`.

    Args:
        run_id (str): The run ID (returned when the run was started).
        include_review_results (bool | Unset): Whether to include human review details. When
            `true`, these are added:

            - run level: `review_completed`
            - document level (`files/documents/...`): `review_completed`, `class_edit_history`
              (with `timestamp`, `user_id`, `modifications`, `modifications/message`)
            - field level (`files/documents/fields/...`): `edit_history` (with `timestamp`,
              `user_id`, `modifications`, `modifications/message`)
            - packet level, also known as case level (`case_info/fields/...`): `edit_history` (with
              `timestamp`, `user_id`, `modifications`, `modifications/message`)

            Review can include manually correcting values; this endpoint does not return the
            original and corrected values. Default: False.
        include_confidence_scores (bool | Unset): Whether to include confidence scores. When
            `true`, these are added:

            - document level (`files/documents/...`): `classification_confidence` (classification
              confidence scores)
            - field level (`files/documents/fields/...`): `confidence/model` and `confidence/ocr`
              (extraction confidence scores) Default: False.
        include_validation_results (bool | Unset): Whether to include validation results. When
            `true`, these are added:

            - document level (`files/documents/...`): `validations/final_result_pass` (older
              responses put it at the file level, `files/validations/final_result_pass`)
            - field level (`files/documents/fields/...`): `validations/valid` and
              `validations/alerts`
            - packet level, also known as case level (`case_info/fields/...`): `validations/valid`
              and `validations/failures` (cross-class validation: data quality and consistency
              across the documents of a packet) Default: False.
        include_source_info (bool | Unset): Whether to include source information: where each
            result came from, such as the paths of
            the page images generated from the input file. When `true`, these are added:

            - document level (`files/documents/...`): `post_processed_paths` (image paths),
              `post_processed_pdf_path` (only when the app setting
              `settings/runtime_config/generate_post_process_pdf` is `true`) and `page_layouts`
            - field level (`files/documents/fields/...`): `source_coordinates/top_x`,
              `source_coordinates/top_y`, `source_coordinates/bottom_x`,
              `source_coordinates/bottom_y` and `source_coordinates/page_number` Default: False.
        file_offset (int | Unset): The index of the first file to return results for (0-based).
            Defaults to 0. To fetch the
            next page while `has_more` is `true`, pass the previous `file_offset` plus the number of
            `files` received. Default: 0.
        ib_context (str | Unset): The account context the request runs in: typically your
            organization ID. To use your
            community account, set it to your user ID; to use your organization account, set it to
            your organization ID. If omitted, the request runs in your community account context.

    Raises:
        errors.APIStatusError: On any non-2xx response, as the subclass for its status
            (NotFoundError, RateLimitError, ServerError, ...), after the retries allowed.
        errors.APIConnectionError: When no usable response arrives (errors.APITimeoutError on a
            timeout or when the deadline passes).
        errors.ResponseValidationError: On a 2xx body that is not what the spec describes.
        errors.ClientClosedError: When the client was closed.
        errors.UnexpectedStatus: On an undocumented 2xx status (with raise_on_unexpected_status).

    Returns:
        RunResults
    """

    response = await asyncio_detailed(
        run_id=run_id,
        client=client,
        include_review_results=include_review_results,
        include_confidence_scores=include_confidence_scores,
        include_validation_results=include_validation_results,
        include_source_info=include_source_info,
        file_offset=file_offset,
        ib_context=ib_context,
        request_options=request_options,
    )
    # a documented 2xx is parsed (None for one without a body); any other status was not
    if not (response.status_code == 200):
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast("RunResults", response.parsed)


def _items(result: RunResults) -> list[FileResult]:
    items = result.files
    return [] if items is None or isinstance(items, _Unset) else list(items)


def sync_page(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Page[RunResults, FileResult]:
    """The page at `file_offset` (default 0) as a `Page`: `.result` is the whole parsed
    response (every field, not only the items), `.items` its `files`;
    `has_next_page()` is true while `has_more` is and the page had items;
    `next_page()` requests the next one (`file_offset` moved past this page's items).
    Iterating over the page yields every item of it and of the pages after it; `iter_pages()`
    yields the pages. Takes the arguments of `sync`; raises what `sync` raises.
    """

    def fetch(offset: int) -> Page[RunResults, FileResult]:
        result = sync(
            run_id=run_id,
            client=client,
            include_review_results=include_review_results,
            include_confidence_scores=include_confidence_scores,
            include_validation_results=include_validation_results,
            include_source_info=include_source_info,
            file_offset=offset,
            ib_context=ib_context,
            request_options=request_options,
        )
        return Page(result, _items(result), offset, result.has_more is True, fetch)

    return fetch(0 if isinstance(file_offset, _Unset) or file_offset is None else file_offset)


async def asyncio_page(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> AsyncPage[RunResults, FileResult]:
    """The async twin of `sync_page`: an `AsyncPage` (`await page.next_page()`, `async for`)."""

    async def fetch(offset: int) -> AsyncPage[RunResults, FileResult]:
        result = await asyncio(
            run_id=run_id,
            client=client,
            include_review_results=include_review_results,
            include_confidence_scores=include_confidence_scores,
            include_validation_results=include_validation_results,
            include_source_info=include_source_info,
            file_offset=offset,
            ib_context=ib_context,
            request_options=request_options,
        )
        return AsyncPage(result, _items(result), offset, result.has_more is True, fetch)

    return await fetch(0 if isinstance(file_offset, _Unset) or file_offset is None else file_offset)


def iter_run_results(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Iterator[FileResult]:
    """Every `files` item of every page, in order, each exactly once.

    Requests page after page, setting `file_offset` to the number of items received so
    far (starting at the `file_offset` given, default 0), until
    `has_more` is false. `iter_run_results_pages` yields the pages instead
    (with every field of each response). Takes the arguments of `sync`; raises what `sync` raises.
    """
    yield from sync_page(
        run_id=run_id,
        client=client,
        include_review_results=include_review_results,
        include_confidence_scores=include_confidence_scores,
        include_validation_results=include_validation_results,
        include_source_info=include_source_info,
        file_offset=file_offset,
        ib_context=ib_context,
        request_options=request_options,
    )


def iter_run_results_pages(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> Iterator[Page[RunResults, FileResult]]:
    """Every page, in order, as `Page` objects (see `sync_page`)."""
    yield from sync_page(
        run_id=run_id,
        client=client,
        include_review_results=include_review_results,
        include_confidence_scores=include_confidence_scores,
        include_validation_results=include_validation_results,
        include_source_info=include_source_info,
        file_offset=file_offset,
        ib_context=ib_context,
        request_options=request_options,
    ).iter_pages()


async def iter_run_results_async(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[FileResult]:
    """The async twin of `iter_run_results`."""
    page = await asyncio_page(
        run_id=run_id,
        client=client,
        include_review_results=include_review_results,
        include_confidence_scores=include_confidence_scores,
        include_validation_results=include_validation_results,
        include_source_info=include_source_info,
        file_offset=file_offset,
        ib_context=ib_context,
        request_options=request_options,
    )
    async for item in page:
        yield item


async def iter_run_results_pages_async(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    request_options: RequestOptions | None = None,
) -> AsyncIterator[AsyncPage[RunResults, FileResult]]:
    """The async twin of `iter_run_results_pages`."""
    page = await asyncio_page(
        run_id=run_id,
        client=client,
        include_review_results=include_review_results,
        include_confidence_scores=include_confidence_scores,
        include_validation_results=include_validation_results,
        include_source_info=include_source_info,
        file_offset=file_offset,
        ib_context=ib_context,
        request_options=request_options,
    )
    async for each in page.iter_pages():
        yield each


#: The statuses after which `wait_for_run` stops polling.
WAIT_FOR_RUN_TERMINAL = frozenset(
    {
        "COMPLETE",
        "FAILED",
        "CANCELLED",
    }
)


def _wait_status(result: RunResults) -> object:
    value: object = result
    for name in ("status",):
        value = getattr(value, name, None)
    return value


def wait_for_run(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    interval: float = 1.0,
    timeout: float = 300.0,
    backoff: float = 1.5,
    max_interval: float = 15.0,
    request_options: RequestOptions | None = None,
) -> RunResults:
    """Poll `sync` until `status` is final and return that result.

    Final statuses: COMPLETE, FAILED, CANCELLED.

    Waits `interval` seconds between polls, growing by `backoff` up to `max_interval`; raises
    `errors.WaitTimeoutError` once `timeout` seconds have passed, cutting short a poll still in
    flight then (each poll's deadline is what is left of `timeout`). Takes the arguments of
    `sync` and raises what it raises.
    """
    return poll_until(
        lambda seconds_left: sync(
            run_id=run_id,
            client=client,
            include_review_results=include_review_results,
            include_confidence_scores=include_confidence_scores,
            include_validation_results=include_validation_results,
            include_source_info=include_source_info,
            file_offset=file_offset,
            ib_context=ib_context,
            request_options=within(client, request_options, seconds_left),
        ),
        _wait_status,
        WAIT_FOR_RUN_TERMINAL,
        interval=interval,
        timeout=timeout,
        backoff=backoff,
        max_interval=max_interval,
        what="get_run_results",
    )


async def wait_for_run_async(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_review_results: bool | Unset = False,
    include_confidence_scores: bool | Unset = False,
    include_validation_results: bool | Unset = False,
    include_source_info: bool | Unset = False,
    file_offset: int | Unset = 0,
    ib_context: str | Unset = UNSET,
    interval: float = 1.0,
    timeout: float = 300.0,
    backoff: float = 1.5,
    max_interval: float = 15.0,
    request_options: RequestOptions | None = None,
) -> RunResults:
    """The async twin of `wait_for_run`."""
    return await apoll_until(
        lambda seconds_left: asyncio(
            run_id=run_id,
            client=client,
            include_review_results=include_review_results,
            include_confidence_scores=include_confidence_scores,
            include_validation_results=include_validation_results,
            include_source_info=include_source_info,
            file_offset=file_offset,
            ib_context=ib_context,
            request_options=within(client, request_options, seconds_left),
        ),
        _wait_status,
        WAIT_FOR_RUN_TERMINAL,
        interval=interval,
        timeout=timeout,
        backoff=backoff,
        max_interval=max_interval,
        what="get_run_results",
    )
