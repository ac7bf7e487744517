"""The seeded data every vendor serves: the same seed gives the same resources, byte for byte.

The *shape* of the seed is fixed (which resources exist, in which status, with which optional
parts), so tests can rely on "a run in every status"; the seed varies identifiers, names, values,
scores and timestamps. Nothing here reads the clock or the environment.

A resource is a `Resource`: a kind (`runs`, `jobs`, `processor_runs`, `classify_runs`), an id,
and its stages. A terminal resource has one stage. A resource that is still moving (Instabase
`RUNNING`, Talonic `pending`/`queued`/`processing`, Extend `PENDING`/`PROCESSING`) has two: what
it shows while it moves, and the terminal record it reaches after the configured number of reads.

Instabase records are stored with every optional section present (as if all four `include_*`
flags were true, and with every file); the Instabase module removes what a request did not ask
for and cuts the page.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid
from dataclasses import dataclass
from typing import Any

JSON = dict[str, Any]


@dataclass(frozen=True)
class Resource:
    kind: str
    id: str
    stages: tuple[JSON, ...]
    status_key: str

    def status(self, stage: int) -> str:
        return str(self.stages[min(stage, len(self.stages) - 1)][self.status_key])


@dataclass(frozen=True)
class Seed:
    """Every vendor's resources for one seed, in a stable order."""

    seed: int
    instabase: tuple[Resource, ...]
    talonic: tuple[Resource, ...]
    extend: tuple[Resource, ...]


def python_field_name(name: str) -> str:
    """Instabase's conversion of a project field name to a valid Python name (pages 001).

    `due date` -> `due_date`, `driver's license` -> `driver_s_license`,
    `3rd category` -> `_3rd_category`, `secret_id` -> `secret__id`.
    """
    converted = re.sub(r"[^0-9A-Za-z_]", "_", name.replace("_", "__"))
    return f"_{converted}" if converted[:1].isdigit() else converted


def make_seed(seed: int) -> Seed:
    rng = random.Random(f"docspecs-simulator:{seed}")
    return Seed(seed, _instabase(rng), _talonic(rng), _extend(rng))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _token(rng: random.Random, length: int = 22) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return "".join(rng.choice(alphabet) for _ in range(length))


def _score(rng: random.Random, low: float = 0.6, high: float = 0.995) -> float:
    return round(rng.uniform(low, high), 2)


def _rfc3339(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


_EPOCH = dt.datetime(2026, 11, 2, 9, 0, 0, tzinfo=dt.UTC)


def _moment(rng: random.Random, base: dt.datetime = _EPOCH, days: int = 20) -> dt.datetime:
    return base + dt.timedelta(seconds=rng.randrange(days * 86400))


# --- Instabase --------------------------------------------------------------------------------

_PEOPLE = ["Jordan Reyes", "Avery Chen", "Sam Okafor", "Riley Novak", "Morgan Patel", "Casey Ito"]
_USERS = ["sam.okafor", "lee.ramos", "dana.kim", "ops.reviewer"]

# (class name, project field names): the names go through `python_field_name`.
_CLASSES: list[tuple[str, list[str]]] = [
    ("Invoice", ["invoice number", "due date", "total amount", "3rd category", "secret_id"]),
    ("Driver's License", ["full name", "driver's license", "date of birth"]),
    ("Paystub", ["employee name", "pay period end", "net pay"]),
    ("Bank Statement", ["account holder", "statement date", "closing balance"]),
]


def _ib_value(rng: random.Random, field: str) -> Any:
    if "date" in field or "period" in field:
        return _rfc3339(_moment(rng))[:10]
    if "amount" in field or "pay" in field or "balance" in field:
        return f"{rng.randrange(100, 99999):,}.{rng.randrange(100):02d}"
    if "name" in field or "holder" in field:
        return rng.choice(_PEOPLE)
    if "category" in field:
        return rng.choice(["utilities", "travel", "equipment"])
    if "license" in field:
        return f"D{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
    return f"{field.split()[0].upper()[:3]}-{rng.randrange(10000, 99999)}"


def _edit(rng: random.Random, message: str | None) -> JSON:
    # The vendor's edit timestamps are `MM/DD/YYYY HH:MM:SS` strings, not RFC 3339.
    return {
        "timestamp": _moment(rng).strftime("%m/%d/%Y %H:%M:%S"),
        "user_id": rng.choice(_USERS),
        "modifications": [{"message": message}],
    }


def _alert(name: str, rule: str, page: int) -> JSON:
    return {
        "alert_level": "FAILURE",
        "msg": f"{name} failed validation rule '{rule}'",
        "blocked": True,
        "type": rule,
        "locations": [{"page_number": page}],
    }


def _ib_field(
    rng: random.Random, project_name: str, page: int, *, error: bool = False, invalid: bool = False
) -> JSON:
    name = python_field_name(project_name)
    edited = not error and rng.random() < 0.3
    field: JSON = {
        "field_name": name,
        "value": "ERROR" if error else _ib_value(rng, project_name),
        "type": "TEXT",
    }
    if error:
        field["error_msg"] = f"Extraction of {name} failed: the model returned no answer."
    field["edit_history"] = [_edit(rng, f"Edited value of {name}")] if edited else []
    field["confidence"] = {"model": _score(rng), "ocr": _score(rng, 0.8)}
    field["validations"] = {
        "valid": not (invalid or error),
        "alerts": [_alert(name, "regex", page)] if invalid or error else [],
    }
    top_x, top_y = rng.randrange(100, 1800), rng.randrange(100, 3000)
    field["source_coordinates"] = [
        {
            "top_x": float(top_x),
            "top_y": float(top_y),
            "bottom_x": float(top_x + rng.randrange(80, 600)),
            "bottom_y": float(top_y + rng.randrange(30, 70)),
            "page_number": page,
        }
    ]
    return field


def _ib_document(
    rng: random.Random,
    run_id: str,
    file_name: str,
    index: int,
    page: int,
    *,
    pdf: bool,
    field_error: bool = False,
    invalid: bool = False,
    doc_error: bool = False,
) -> JSON:
    class_name: str | None
    class_name, fields = _CLASSES[rng.randrange(len(_CLASSES))]
    if doc_error:  # no class could be decided: the vendor sends `class_name: null`
        class_name, fields = None, []
    reclassified = rng.random() < 0.25 and not doc_error
    doc: JSON = {"class_name": class_name, "page_numbers": [page + 1]}
    doc["fields"] = [
        _ib_field(
            rng, f, page, error=field_error and i == len(fields) - 1, invalid=invalid and i == 0
        )
        for i, f in enumerate(fields)
    ]
    doc["review_completed"] = not invalid
    doc["class_edit_history"] = (
        [_edit(rng, f"Changed class from Other to {class_name}")] if reclassified else []
    )
    doc["classification_confidence"] = {"model": _score(rng, 0.7)}
    doc["validations"] = {"final_result_pass": not (invalid or field_error)}
    root = _ib_root(run_id)
    doc["post_processed_paths"] = [f"{root}/s1_process_files/images/{file_name}_p{page}.jpeg"]
    if pdf:
        stem = file_name.rsplit(".", 1)[0]
        doc["post_processed_pdf_path"] = f"{root}/s4_post_process/{stem}_doc{index}.pdf"
    doc["page_layouts"] = [
        {
            "page_number": page,
            "width": rng.choice([2550.0, 1700.0]),
            "height": rng.choice([3300.0, 2200.0]),
        }
    ]
    return doc


def _ib_root(run_id: str) -> str:
    return f"acme-lending/Loan Ops/fs/Instabase Drive/app-runs/{run_id}"


def _ib_file(
    rng: random.Random, run_id: str, number: int, *, pdf: bool, docs: int = 2, **flags: bool
) -> JSON:  # flags: field_error, invalid, doc_error
    name = f"{rng.choice(['loan_packet', 'invoice', 'scan', 'statement'])}_{number:04d}.pdf"
    return {
        "original_file_name": name,
        "input_file_path": f"{_ib_root(run_id)}/input/{name}",
        "documents": [_ib_document(rng, run_id, name, i, i, pdf=pdf, **flags) for i in range(docs)],
    }


# Cross-class fields: (name, the document field names each candidate comes from).
_CROSS_CLASS = [
    ("Applicant_Name", ["full_name", "employee_name"]),
    ("Monthly_Net_Income", ["net_pay"]),
    ("Address_Match", ["address", "address"]),
]


def _case_info(rng: random.Random, *, failing: bool = False) -> JSON:
    fields = []
    for i, (name, sources) in enumerate(_CROSS_CLASS):
        fails = failing and i == 2
        inputs = [{"record_index": n, "refined_phrase_name": src} for n, src in enumerate(sources)]
        field: JSON = {
            "name": name,
            "value": _ib_value(rng, name.lower().replace("_", " ")) if not fails else "false",
            "input_fields": inputs,
            "chosen_field": None if fails else inputs[0],
            "edit_history": [_edit(rng, f"Edited value of {name}")] if i == 0 else [],
        }
        field["validations"] = {
            "valid": not fails,
            "failures": (
                [{"type": "all_inputs_match", "msg": "The addresses of the documents differ."}]
                if fails
                else []
            ),
        }
        fields.append(field)
    return {"fields": fields}


def _ns(moment: dt.datetime) -> int:
    return int(moment.timestamp()) * 1_000_000_000 + 482_915_000


_IB_MESSAGES = {
    "COMPLETE": "Completed loan_packet_flow",
    "FAILED": "Run failed: loan_packet_flow stopped with an error",
    "CANCELLED": "Cancelled by a user",
    "STOPPED_AT_CHECKPOINT": "Stopped at a validation checkpoint",
}


def _ib_run(
    rng: random.Random,
    status: str,
    *,
    files: int = 0,
    batch: bool = False,
    case: bool = False,
    pdf: bool = False,
    reviewed: bool = True,
    docs: int = 2,
    **flags: bool,
) -> JSON:
    run_id = _uuid(rng)
    finished = status in {"COMPLETE", "FAILED", "CANCELLED"}
    started = _moment(rng)
    run: JSON = {
        "id": run_id,
        "status": status,
        "message": _IB_MESSAGES.get(status),
        "start_timestamp": _ns(started),
        "finish_timestamp": _ns(started + dt.timedelta(seconds=rng.randrange(20, 900)))
        if finished
        else None,
    }
    if batch:
        run["batch_id"] = str(rng.randrange(10000, 99999))
    run["keys"] = {"custom": {"loan_id": f"LN-{rng.randrange(10000, 99999)}"} if case else {}}
    run["review_completed"] = reviewed
    run["files"] = [_ib_file(rng, run_id, n + 1, pdf=pdf, docs=docs, **flags) for n in range(files)]
    if case:
        run["case_info"] = _case_info(rng, failing=not reviewed)
    return run


def _instabase(rng: random.Random) -> tuple[Resource, ...]:
    runs: list[tuple[JSON, ...]] = [
        # A packet of seven files (four pages at the default page size of 2), every section.
        (_ib_run(rng, "COMPLETE", files=7, batch=True, case=True, pdf=True),),
        # Errors inside a COMPLETE run: a field whose value is ERROR, a failed document.
        (_ib_run(rng, "COMPLETE", files=2, field_error=True),),
        (_ib_run(rng, "COMPLETE", files=1, docs=2, doc_error=True),),
        (_ib_run(rng, "FAILED", files=0),),
        (_ib_run(rng, "CANCELLED", files=1, batch=True),),
        (_ib_run(rng, "PAUSED", files=0),),
        (_ib_run(rng, "STOPPED_AT_CHECKPOINT", files=2, case=True, reviewed=False, invalid=True),),
    ]
    # Runs still moving: RUNNING (no files yet) until enough reads, then terminal.
    for final, files in (("COMPLETE", 3), ("FAILED", 0)):
        done = _ib_run(rng, final, files=files, case=final == "COMPLETE", pdf=True)
        running = {
            "id": done["id"],
            "status": "RUNNING",
            "message": None,
            "start_timestamp": done["start_timestamp"],
            "finish_timestamp": None,
            "files": [],
        }
        runs.append((running, done))
    # A file no document came out of (the vendor publishes no file-level error property).
    broken = runs[1][0]
    broken["files"].append(
        {
            "original_file_name": "photo_receipt.heic",
            "input_file_path": f"{_ib_root(broken['id'])}/input/photo_receipt.heic",
            "documents": [],
        }
    )
    return tuple(Resource("runs", stages[0]["id"], stages, "status") for stages in runs)


# --- Talonic ----------------------------------------------------------------------------------

_VENDORS = ["Acme Corp", "Globex Ltd", "Initech", "Umbrella plc", "Stark Industries"]


def _tl_values(rng: random.Random, *, missing: str | None = None, odd_date: bool = False) -> JSON:
    day = _moment(rng, dt.datetime(2024, 9, 1, tzinfo=dt.UTC), 120)
    return {
        "invoice_number": f"INV-2024-{rng.randrange(1, 999):03d}",
        "vendor": rng.choice(_VENDORS),
        "total": None if missing == "total" else round(rng.uniform(50, 9000), 2),
        "date": day.strftime("%d/%m/%Y") if odd_date else day.strftime("%Y-%m-%d"),
    }


def _tl_flag(kind: str, field: str, *, as_object: bool) -> Any:
    """A validation flag: the results page's `<kind>:<field>` string, or the published schema's
    object form (whose keys no source names: `kind` and `field` are this simulator's own)."""
    return {"kind": kind, "field": field} if as_object else f"{kind}:{field}"


def _tl_row(rng: random.Random, status: str, **kind: Any) -> JSON:
    as_object = bool(kind.get("object_flags"))
    flags: list[Any] = []
    if kind.get("missing"):
        flags.append(_tl_flag("missing_required_field", kind["missing"], as_object=as_object))
    if kind.get("odd_date"):
        flags.append(_tl_flag("format_mismatch", "date", as_object=as_object))
    values = _tl_values(rng, missing=kind.get("missing"), odd_date=bool(kind.get("odd_date")))
    confidence: float | None = (
        _score(rng, 0.82) if status in ("approved", "complete") else _score(rng, 0.55, 0.79)
    )
    if kind.get("no_confidence"):
        confidence = None
    return {
        "id": _uuid(rng),
        "document_id": _uuid(rng),
        "filename": f"{rng.choice(['invoice', 'scan', 'bill'])}_{rng.randrange(1000, 9999)}.pdf",
        "status": status,
        "values": values,
        "confidence": confidence,
        "validation_flags": flags,
    }


def _tl_job(job_id: str, status: str, schema: JSON | None, rows: list[JSON]) -> JSON:
    return {
        "job_id": job_id,
        "job_status": status,
        "schema": schema,
        "total_rows": len(rows),
        "data": rows,
        "links": {"self": f"/v1/jobs/{job_id}/results", "job": f"/v1/jobs/{job_id}"},
    }


def _partial(row: JSON) -> JSON:
    """A row as flushed by an early phase: no scores, no validation, some values not yet read."""
    values = dict(row["values"])
    values["total"] = None
    values["date"] = None
    return {**row, "status": "review", "values": values, "confidence": None, "validation_flags": []}


def _talonic(rng: random.Random) -> tuple[Resource, ...]:
    schema = {"id": _uuid(rng), "name": "Invoice"}
    jobs: list[tuple[JSON, ...]] = []
    # complete: the page's example shape, one approved row and one flagged for review.
    rows = [_tl_row(rng, "approved"), _tl_row(rng, "review", missing="total")]
    jobs.append((_tl_job(_uuid(rng), "complete", schema, rows),))
    # complete: a row without a confidence score and a format-mismatch flag.
    rows = [_tl_row(rng, "review", odd_date=True, no_confidence=True), _tl_row(rng, "approved")]
    jobs.append((_tl_job(_uuid(rng), "complete", schema, rows),))
    # complete without a schema.
    jobs.append((_tl_job(_uuid(rng), "complete", None, [_tl_row(rng, "approved")]),))
    # failed: no rows.
    jobs.append((_tl_job(_uuid(rng), "failed", schema, []),))
    # complete, shaped as Talonic's published schema: object flags, row statuses complete/partial.
    rows = [
        _tl_row(rng, "complete", object_flags=True),
        _tl_row(rng, "partial", missing="total", odd_date=True, object_flags=True),
    ]
    jobs.append((_tl_job(_uuid(rng), "complete", schema, rows),))
    # cancelled (Talonic's job-list page): no rows.
    jobs.append((_tl_job(_uuid(rng), "cancelled", schema, []),))
    # pending and queued (the published schema's early statuses): no rows yet -> complete.
    for early in ("pending", "queued"):
        job_id = _uuid(rng)
        done = [_tl_row(rng, "complete", object_flags=True)]
        jobs.append((_tl_job(job_id, early, schema, []), _tl_job(job_id, "complete", schema, done)))
    # processing: two of four rows flushed (partial) -> complete with all four.
    final_rows = [
        _tl_row(rng, "approved"),
        _tl_row(rng, "review", missing="total"),
        _tl_row(rng, "approved"),
        _tl_row(rng, "approved"),
    ]
    job_id = _uuid(rng)
    moving = _tl_job(job_id, "processing", schema, [_partial(r) for r in final_rows[:2]])
    jobs.append((moving, _tl_job(job_id, "complete", schema, final_rows)))
    # processing -> failed.
    job_id = _uuid(rng)
    jobs.append(
        (
            _tl_job(job_id, "processing", schema, [_partial(_tl_row(rng, "review"))]),
            _tl_job(job_id, "failed", schema, []),
        )
    )
    return tuple(Resource("jobs", stages[0]["job_id"], stages, "job_status") for stages in jobs)


# --- Extend -----------------------------------------------------------------------------------

_USAGE_SINCE = dt.datetime(2025, 10, 7, tzinfo=dt.UTC)
_ITEMIZED_SINCE = dt.datetime(2026, 6, 10, tzinfo=dt.UTC)  # usage breakdown with charges
_EX_CLASSES = [
    {
        "id": "bank_statement",
        "type": "bank_statement",
        "description": "A bank's account statement.",
    },
    {"id": "pay_stub", "type": "pay_stub", "description": "An employee's payslip."},
]
_BASE = {
    "EXTRACT": "extraction_performance",
    "CLASSIFY": "classification_performance",
    "SPLITTER": "splitting_performance",
}
_FAILURES = {  # page 004's failure reasons, each with a message in the page's words
    "ABORTED": "The run was aborted by the user.",
    "INTERNAL_ERROR": "An unexpected internal error occurred.",
    "FAILED_TO_PROCESS_FILE": "Failed to process the file: OCR could not read page 1.",
    "INVALID_PROCESSOR": "The processor configuration is invalid.",
    "INVALID_CONFIGURATION": "The provided configuration is incompatible with the selected model.",
    "PARSING_ERROR": "Failed to parse the classification output.",
    "PRE_PROCESSING_FAILURE": "An error occurred during preprocessing.",
    "POST_PROCESSING_FAILURE": "An error occurred during postprocessing.",
    "OUT_OF_CREDITS": "Insufficient credits to run the classification.",
}


def _extract_output(rng: random.Random, total: str) -> JSON:
    return {
        "value": {
            "invoice_number": f"INV-{rng.randrange(1000, 9999)}",
            "vendor_name": rng.choice(_VENDORS),
            "total_amount": {"amount": float(total), "iso_4217_currency_code": "USD"},
        },
        "metadata": {
            "total_amount": {
                "ocrConfidence": _score(rng, 0.8),
                "logprobsConfidence": _score(rng, 0.8),
            }
        },
    }


def _classify_output(rng: random.Random, label: str) -> JSON:
    return {
        "id": f"class_{_token(rng, 10)}",
        "type": label,
        "confidence": _score(rng, 0.7),
        "insights": [{"type": "reasoning", "content": f"The document looks like a {label}."}],
    }


def _split_output(rng: random.Random) -> JSON:
    def split(kind: str, first: int, last: int) -> JSON:
        return {
            "id": f"split_{_token(rng, 10)}",
            "type": kind,
            "classificationId": kind,
            "identifier": f"{kind[:3].upper()}-{rng.randrange(100, 999)}",
            "observation": f"Pages {first}-{last} read as one {kind}.",
            "startPage": first,
            "endPage": last,
            "fileId": f"file_{_token(rng)}",
        }

    return {"splits": [split("invoice", 1, 2), split("receipt", 3, 3)], "isExternal": False}


def _config(rng: random.Random, kind: str) -> JSON:
    """A processor configuration of `kind`, with the fields Extend's SDK types for it."""
    config: JSON = {"type": kind, "baseProcessor": _BASE[kind], "baseVersion": "4.1.0"}
    if kind == "EXTRACT":
        amount = {"type": ["number", "null"]}
        config["schema"] = {"type": "object", "properties": {"total_amount": amount}}
    elif kind == "CLASSIFY":
        config["classifications"] = _EX_CLASSES
    else:
        config["splitClassifications"] = _EX_CLASSES
    return config


def _file(rng: random.Random, name: str, created: dt.datetime) -> JSON:
    """Extend's File object as runs embed it (no download link, no contents)."""
    return {
        "object": "file",
        "id": f"file_{_token(rng)}",
        "name": name,
        "type": "PDF",
        "metadata": {"pageCount": rng.randrange(1, 9)},
        "createdAt": _rfc3339(created),
        "updatedAt": _rfc3339(created),
    }


def _usage(rng: random.Random, run: JSON, created: dt.datetime) -> JSON:
    credits = rng.choice([1, 2, 3])
    if created < _ITEMIZED_SINCE or "parseRunId" not in run:
        return {"credits": credits}
    pages = rng.randrange(1, 5)
    return {
        "credits": credits,
        "totalCredits": credits + pages,
        "breakdown": [
            {"object": "classify_run", "id": run["id"], "credits": credits},
            {
                "object": "parse_run",
                "id": run["parseRunId"],
                "credits": pages,
                "charges": [
                    {"product": "parse", "unit": "page", "quantity": pages, "credits": pages}
                ],
            },
        ],
    }


def _processor_run(
    rng: random.Random,
    status: str,
    kind: str = "EXTRACT",
    *,
    reviewed: bool = False,
    failure: str = "INTERNAL_ERROR",
) -> JSON:
    run_id = f"dpr_{_token(rng)}"
    names = {
        "EXTRACT": "Invoice Extractor",
        "CLASSIFY": "Document Classifier",
        "SPLITTER": "Packet Splitter",
    }
    run: JSON = {
        "object": "document_processor_run",
        "id": run_id,
        "processorId": f"dp_{_token(rng)}",
        "processorVersionId": f"dpv_{_token(rng)}",
        "processorName": names[kind],
        "status": status,
        "metadata": {"internal_id": f"id_{rng.randrange(1000, 9999)}"},
        "reviewed": reviewed,
        "edited": False,
        "edits": {},
        "type": kind,
        "config": _config(rng, kind),
    }
    if kind == "EXTRACT":
        before, after = "1000.00", "1100.00"
        initial, final = _extract_output(rng, before), None
        if reviewed:
            final = {
                **initial,
                "value": {
                    **initial["value"],
                    "total_amount": {"amount": float(after), "iso_4217_currency_code": "USD"},
                },
            }
            run["edited"] = True
            run["edits"] = {
                "total_amount": {
                    "originalValue": before,
                    "editedValue": after,
                    "fieldType": "currency",
                    "notes": "Corrected after tax calculation",
                }
            }
    elif kind == "CLASSIFY":
        initial, final = _classify_output(rng, "invoice"), None
        if reviewed:
            final = {**initial, "type": "receipt"}
            run["edited"] = True
            run["edits"] = {
                "type": {
                    "originalValue": "invoice",
                    "editedValue": "receipt",
                    "fieldType": "enum",
                    "notes": "Reclassified by reviewer",
                }
            }
    else:
        initial, final = _split_output(rng), None
    if reviewed:
        run["initialOutput"] = initial
        run["reviewedOutput"] = final or initial
    # Extend's SDK types `output` as always present; its reference shows `{}` on a pending run.
    run["output"] = ((final or initial) if reviewed else initial) if status == "PROCESSED" else {}
    name = f"{rng.choice(['invoice', 'statement', 'packet'])}_{rng.randrange(100, 999)}.pdf"
    run["files"] = [_file(rng, name, _moment(rng))]
    run["mergedProcessors"] = []
    run["url"] = f"https://platform.extend.app/processor-runs/{run_id}"
    if status == "FAILED":
        run["failureReason"] = failure
        run["failureMessage"] = _FAILURES[failure]
    if status == "PROCESSED":
        run["usage"] = {"credits": rng.choice([1, 2, 3])}
    return run


def _as_fields_array(run: JSON) -> JSON:
    """`run`, a processed extraction, in the older field-list form (both API versions serve it).

    Its configuration lists `fields` instead of a JSON Schema, and its output maps each field's
    id to a field result (type, value, confidence, references with bounding boxes). Made from
    the run's own values, so no random draw is added and the other seeded runs stay as they were.
    """
    value, metadata = run["output"]["value"], run["output"]["metadata"]
    fields = [
        {
            "id": "invoice_number",
            "name": "Invoice number",
            "type": "string",
            "description": "The invoice's number.",
        },
        {"id": "vendor_name", "name": "Vendor", "type": "string", "description": "Who billed."},
        {"id": "total_amount", "name": "Total", "type": "currency", "description": "Amount due."},
    ]
    box = {"top": 70.0, "left": 400.0, "bottom": 84.0, "right": 530.0}
    output = {}
    for field in fields:
        result: JSON = {"id": field["id"], "type": field["type"], "value": value[field["id"]]}
        if field["id"] in metadata:
            result["confidence"] = metadata[field["id"]]["ocrConfidence"]
        reference = {"id": field["id"], "fieldName": field["name"], "page": 1}
        result["references"] = [{**reference, "boundingBoxes": [box]}]
        output[field["id"]] = result
    config = {k: v for k, v in run["config"].items() if k != "schema"}
    return {**run, "config": {**config, "fields": fields}, "output": output}


def _moving_processor_run(rng: random.Random, first: str, final: str) -> tuple[JSON, JSON]:
    done = _processor_run(rng, final, failure="FAILED_TO_PROCESS_FILE")
    keep = (
        "object",
        "id",
        "processorId",
        "processorVersionId",
        "processorName",
        "metadata",
        "type",
        "config",
        "files",
        "mergedProcessors",
        "url",
    )
    moving = {k: done[k] for k in keep if k in done}
    moving = {
        **moving,
        "status": first,
        "output": {},
        "reviewed": False,
        "edited": False,
        "edits": {},
    }
    ordered = {k: moving[k] for k in done if k in moving}
    return ordered, done


def _classify_run(
    rng: random.Random,
    status: str,
    *,
    created: dt.datetime,
    reviewed: bool = False,
    inline: bool = False,
    failure: str = "INTERNAL_ERROR",
    metadata: bool = True,
    parse: bool = True,
) -> JSON:
    run: JSON = {"object": "classify_run", "id": f"clr_{_token(rng)}"}
    if not inline:
        classifier_id = f"cl_{_token(rng)}"
        classifier_created = _rfc3339(created - dt.timedelta(days=90))
        run["classifier"] = {
            "object": "classifier",
            "id": classifier_id,
            "name": "Mortgage Packet Classifier",
            "createdAt": classifier_created,
            "updatedAt": classifier_created,
        }
        run["classifierVersion"] = {
            "object": "classifier_version",
            "id": f"clv_{_token(rng)}",
            "classifierId": classifier_id,
            "version": "1.2",
            "createdAt": classifier_created,
            "createdBy": {"type": "api_key", "name": "loan-intake"},
        }
    run["status"] = status
    initial = _classify_output(rng, "bank_statement")
    if status == "PROCESSED":
        run["output"] = {**initial, "type": "pay_stub"} if reviewed else initial
    if reviewed:
        run["initialOutput"] = initial
        run["reviewedOutput"] = {**initial, "type": "pay_stub"}
    if status == "FAILED":
        run["failureReason"] = failure
        run["failureMessage"] = _FAILURES[failure]
    if metadata:
        run["metadata"] = {"loan_id": f"LN-{rng.randrange(10000, 99999)}"}
    run["reviewed"] = reviewed
    run["edited"] = reviewed
    config: JSON = {"baseProcessor": "classification_performance", "classifications": _EX_CLASSES}
    if inline:
        config["classificationRules"] = "A payslip names an employer and a pay period."
    run["config"] = config
    name = f"loan_packet_{rng.randrange(100, 999)}.pdf"
    unreadable = status == "FAILED" and failure == "FAILED_TO_PROCESS_FILE"
    run["file"] = None if unreadable else _file(rng, name, created)
    if parse:
        run["parseRunId"] = f"pr_{_token(rng)}"
    run["dashboardUrl"] = f"https://dashboard.extend.ai/classify-runs/{run['id']}"
    if created >= _USAGE_SINCE and status == "PROCESSED":
        run["usage"] = _usage(rng, run, created)
    run["createdAt"] = _rfc3339(created)
    updated = created + dt.timedelta(seconds=rng.randrange(5, 600))
    run["updatedAt"] = _rfc3339(updated if status != "PENDING" else created)
    return run


def _moving_classify_run(rng: random.Random, first: str, final: str) -> tuple[JSON, JSON]:
    created = _moment(rng)
    done = _classify_run(rng, final, created=created, failure="FAILED_TO_PROCESS_FILE")
    moving = {
        k: v
        for k, v in done.items()
        if k not in {"output", "failureReason", "failureMessage", "usage"}
    }
    moving["status"] = first
    moving["updatedAt"] = done["createdAt"]
    if first == "PENDING":
        moving.pop("parseRunId", None)
    return moving, done


def _extend(rng: random.Random) -> tuple[Resource, ...]:
    processor: list[tuple[JSON, ...]] = [
        (_processor_run(rng, "PROCESSED", "EXTRACT", reviewed=True),),
        (_as_fields_array(_processor_run(rng, "PROCESSED", "EXTRACT")),),
        (_processor_run(rng, "PROCESSED", "CLASSIFY", reviewed=True),),
        (_processor_run(rng, "PROCESSED", "SPLITTER"),),
        (_processor_run(rng, "FAILED", failure="FAILED_TO_PROCESS_FILE"),),
        (_processor_run(rng, "CANCELLED"),),
        _moving_processor_run(rng, "PENDING", "PROCESSED"),
        _moving_processor_run(rng, "PROCESSING", "PROCESSED"),
        _moving_processor_run(rng, "PROCESSING", "FAILED"),
    ]
    old = dt.datetime(2025, 3, 21, 16, 45, tzinfo=dt.UTC)
    classify: list[tuple[JSON, ...]] = [
        (_classify_run(rng, "PROCESSED", created=_moment(rng)),),
        (_classify_run(rng, "PROCESSED", created=_moment(rng), reviewed=True),),
        (_classify_run(rng, "PROCESSED", created=_moment(rng), inline=True, metadata=False),),
        (_classify_run(rng, "PROCESSED", created=_moment(rng, old, 30)),),
        # A failed run for each failure reason (the moving run below fails to process its file).
        *(
            (_classify_run(rng, "FAILED", created=_moment(rng), failure=reason, parse=False),)
            for reason in _FAILURES
            if reason != "FAILED_TO_PROCESS_FILE"
        ),
        (_classify_run(rng, "CANCELLED", created=_moment(rng)),),
        _moving_classify_run(rng, "PENDING", "PROCESSED"),
        _moving_classify_run(rng, "PROCESSING", "PROCESSED"),
        _moving_classify_run(rng, "PROCESSING", "FAILED"),
    ]
    return tuple(
        [Resource("processor_runs", s[0]["id"], s, "status") for s in processor]
        + [Resource("classify_runs", s[0]["id"], s, "status") for s in classify]
    )
