"""A consumer of the six generated packages, type-checked with mypy --strict by test_consumer.py.

It reads fields of every response type of every API through both packages, the way application
code would, so a change in the generated types that breaks consumers fails the type check.
Running it (`python tests/consumer/consumer.py`) parses every example and prints a summary.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import extend_models
import instabase_models
import talonic_models
from extend_client.models import ClassifyFailureReason, ClassifyRun, ProcessorRunResponse
from extend_client.models import ErrorCode as ExtendErrorCode
from extend_client.models import ErrorResponse as ExtendError
from extend_client.models import ProcessorRunStatus as ExtendStatus
from extend_client.types import Unset as ExtendUnset
from instabase_client.models import ErrorResponse as InstabaseError
from instabase_client.models import RunResults, RunStatus
from instabase_client.types import Unset as InstabaseUnset
from talonic_client.models import Error as TalonicError
from talonic_client.models import ErrorDetail as TalonicErrorDetail
from talonic_client.models import JobResults, JobStatus, ValidationFlag
from talonic_client.types import Unset as TalonicUnset


def instabase_client(body: dict[str, Any]) -> list[str]:
    run = RunResults.from_dict(body)
    lines: list[str] = []
    # Optional fields that the spec does not allow to be null read as None when absent, as in
    # the models package; nullable ones (finish_timestamp) keep Unset apart from None.
    status: RunStatus | None = run.status
    if status is not None:
        lines.append(f"status {status.value} (documented: {status in list(RunStatus)})")
    more: bool | None = run.has_more
    lines.append(f"has_more {more}")
    finished: int | InstabaseUnset | None = run.finish_timestamp
    lines.append(f"finished {None if isinstance(finished, InstabaseUnset) else finished}")
    for file in run.files or []:
        for document in file.documents or []:
            for field in document.fields or []:
                name: str | None = field.field_name
                value: Any = field.value
                lines.append(f"{file.original_file_name}: {name} = {value!r}")
    return lines


def instabase_models_(body: dict[str, Any]) -> list[str]:
    run = instabase_models.RunResults.model_validate(body)
    lines: list[str] = []
    status: instabase_models.RunStatus | None = run.status
    if status is not None:
        lines.append(f"status {status.value}")
    finished: int | None = run.finish_timestamp
    lines.append(f"finished {finished}")
    for file in run.files or []:
        for document in file.documents or []:
            class_name: str | None = document.class_name
            for field in document.fields or []:
                lines.append(f"{class_name}: {field.field_name} = {field.value!r}")
    return lines


def instabase_errors(body: dict[str, Any]) -> str:
    client: str | None = InstabaseError.from_dict(body).message
    models: str | None = instabase_models.ErrorResponse.model_validate(body).message
    return f"{client} / {models}"


def talonic_client(body: dict[str, Any]) -> list[str]:
    job = JobResults.from_dict(body)
    lines: list[str] = []
    status: JobStatus | None = job.job_status
    lines.append(f"job {job.job_id} status {status}")
    total: int | None = job.total_rows
    lines.append(f"total_rows {total}")
    for row in job.data or []:
        confidence: float | TalonicUnset | None = row.confidence
        flags: list[ValidationFlag | str] | None = row.validation_flags
        values: dict[str, Any] = {} if row.values is None else row.values.to_dict()
        lines.append(f"{row.filename}: {confidence} {flags} {sorted(values)}")
    return lines


def talonic_models_(body: dict[str, Any]) -> list[str]:
    job = talonic_models.JobResults.model_validate(body)
    lines: list[str] = [f"job {job.job_id} status {job.job_status}"]
    schema: talonic_models.JobSchema | None = job.schema_
    if schema is not None:
        lines.append(f"schema {schema.name}")
    for row in job.data or []:
        row_status: talonic_models.RowStatus | None = row.status
        confidence: float | None = row.confidence
        lines.append(f"{row.filename}: {row_status} {confidence}")
    return lines


def talonic_errors(body: dict[str, Any]) -> str:
    parsed = TalonicError.from_dict(body)
    nested: TalonicErrorDetail | str | None = parsed.error
    if isinstance(nested, TalonicErrorDetail):
        code = str(nested.code)
    else:
        code = "" if parsed.code is None else str(parsed.code)
    model = talonic_models.Error.model_validate(body)
    detail: talonic_models.ErrorDetail | str | None = model.error
    message = detail.message if isinstance(detail, talonic_models.ErrorDetail) else model.message
    return f"{code} / {message}"


def extend_client(body: dict[str, Any]) -> list[str]:
    if body.get("object") == "classify_run":
        run = ClassifyRun.from_dict(body)
        status: ExtendStatus | None = run.status
        reason: ClassifyFailureReason | ExtendUnset | None = run.failure_reason
        created: str | None = run.created_at
        return [f"classify run {run.id} {status} {reason} created {created}"]
    response = ProcessorRunResponse.from_dict(body)
    processor_run = response.processor_run
    if processor_run is None:
        return ["no processorRun"]
    kind = processor_run.type_
    return [f"processor run {processor_run.id} {processor_run.status} {kind}"]


def extend_models_(body: dict[str, Any]) -> list[str]:
    if body.get("object") == "classify_run":
        run = extend_models.ClassifyRun.model_validate(body)
        reason: extend_models.ClassifyFailureReason | None = run.failure_reason
        output: extend_models.ClassifyOutput | None = run.output
        return [f"classify run {run.id} {run.status} {reason} {output is not None}"]
    response = extend_models.ProcessorRunResponse.model_validate(body)
    processor_run: extend_models.ProcessorRun | None = response.processor_run
    if processor_run is None:
        return ["no processorRun"]
    status: extend_models.ProcessorRunStatus | None = processor_run.status
    return [f"processor run {processor_run.id} {status} {processor_run.type}"]


def extend_errors(body: dict[str, Any]) -> str:
    client = ExtendError.from_dict(body)
    models = extend_models.ErrorResponse.model_validate(body)
    code: ExtendErrorCode | None = client.code
    retryable: bool | None = client.retryable
    text = client.error if client.message is None else client.message
    return f"{code} {text} {retryable} / {models.code} {models.message or models.error}"


READERS = {
    "instabase": (instabase_client, instabase_models_, instabase_errors),
    "talonic": (talonic_client, talonic_models_, talonic_errors),
    "extend": (extend_client, extend_models_, extend_errors),
}


def main(root: Path) -> int:
    for api, (client, models, errors) in READERS.items():
        for path in sorted((root / "specs" / api / "examples").glob("*.json")):
            body = json.loads(path.read_text(encoding="utf-8"))
            is_error = any(
                word in path.stem
                for word in (
                    "error",
                    "unauthorized",
                    "not_found",
                    "not-found",
                    "rate",
                    "unavailable",
                    "bad-request",
                    "internal",
                )
            )
            if is_error and "field_and_document" not in path.stem:
                print(f"{path.name}: {errors(body)}")
            else:
                counts = f"{len(client(body))} client lines, {len(models(body))} model lines"
                print(f"{path.name}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parents[2]))
