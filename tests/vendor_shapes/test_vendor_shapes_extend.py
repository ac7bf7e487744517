"""Extend `get_processor_run` and `get_classify_run` bodies shaped as Extend publishes them.

Built from the facts in `specs/extend/sources/README.md` (values invented here): Extend's SDK
types for API versions 2025-04-21 and 2026-02-09 (processor runs with full File objects, merged
processors, usage, typed configurations and outputs of the three processor types; classify runs
with their classifier and version summaries, configuration, file, dashboard link and itemized
usage) and its error bodies (the current `{code, message, retryable, requestId, docUrl}` and the
older `{success, error}`). Each must validate against the spec, parse with both generated
packages with no undeclared key, and round-trip to the same JSON.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from vendor_shape_check import REPO, check_body, packages, published_errors, spec_errors

from docspecs.undeclared import undeclared_keys

API = "extend"
EXAMPLES = REPO / "specs" / API / "examples"
CREATED = "2026-03-02T10:15:00Z"
INSIGHTS = [{"type": "reasoning", "content": "Header and totals look like an invoice."}]
CLASSES = [{"id": "invoice", "type": "invoice", "description": "A request for payment."}]


def file(**extra: Any) -> dict[str, Any]:
    """Extend's File object as embedded in runs (no download link, no contents)."""
    return {
        "object": "file",
        "id": "file_Ab12Cd34Ef56Gh78Ij90Kl",
        "name": "batch.pdf",
        "type": "PDF",
        "metadata": {"pageCount": 4},
        "createdAt": CREATED,
        "updatedAt": CREATED,
        **extra,
    }


SPLIT_FILE = file(
    id="file_Sp12Cd34Ef56Gh78Ij90Kl",
    name="batch_part_2.pdf",
    parentFileId="file_Ab12Cd34Ef56Gh78Ij90Kl",
    metadata={
        "pageCount": 2,
        "parentSplit": {
            "id": "split_Zy98",
            "type": "invoice",
            "identifier": "INV-77",
            "startPage": 3,
            "endPage": 4,
        },
    },
)
# Extend's ParseConfig with every option its SDK types (2026-02-09; agenticOcrEnabled: 2025-04-21)
PARSER: dict[str, Any] = {
    "target": "markdown",
    "engine": "parse_performance",
    "engineVersion": "latest",
    "chunkingStrategy": {
        "type": "section",
        "options": {"minCharacters": 200, "maxCharacters": 4000},
    },
    "blockOptions": {
        "figures": {
            "enabled": True,
            "figureImageClippingEnabled": False,
            "advancedChartExtractionEnabled": True,
            "customInstructions": "Name the axes.",
        },
        "tables": {
            "enabled": True,
            "targetFormat": "html",
            "tableHeaderContinuationEnabled": True,
            "cellBlocksEnabled": False,
            "agentic": {"enabled": True, "customInstructions": "Keep merged cells."},
        },
        "text": {"signatureDetectionEnabled": True, "agentic": {"enabled": False}},
        "keyValue": {"blankFieldFormattingEnabled": True},
        "barcodes": {"imageClippingEnabled": False, "readingEnabled": True},
        "formulas": {"enabled": True},
    },
    "advancedOptions": {
        "pageRotationEnabled": True,
        "pageRanges": [{"start": 1, "end": 10}],
        "excelParsingMode": "advanced",
        "excelSkipHiddenContent": True,
        "excelUseRawCellValues": False,
        "excelSkipCalculation": True,
        "excelIncludeCellMetadata": True,
        "excelIncludeCellFormatting": False,
        "verticalGroupingThreshold": 1.5,
        "returnOcr": {"words": True},
        "alwaysConvertToPdf": False,
        "enrichmentFormat": "bracket",
        "imageConversionQuality": "medium",
        "formattingDetection": [{"type": "change_tracking"}],
    },
}
EXTRACT_CONFIG: dict[str, Any] = {
    "type": "EXTRACT",
    "baseProcessor": "extraction_light",
    "baseVersion": "3.0.2",
    "extractionRules": "Amounts are in euros unless stated.",
    "schema": {"type": "object", "properties": {"total": {"type": ["number", "null"]}}},
    "advancedOptions": {
        "documentKind": "invoice",
        "keyDefinitions": "Total means the amount due.",
        "modelReasoningInsightsEnabled": True,
        "advancedMultimodalEnabled": False,
        "citationsEnabled": True,
        "arrayCitationStrategy": "item",
        "advancedFigureParsingEnabled": True,
        "reviewAgent": {"enabled": True},
        "arrayStrategy": {"type": "large_array_overlap_context"},
        "chunkingOptions": {
            "chunkingStrategy": "semantic",
            "pageChunkSize": 5,
            "chunkSelectionStrategy": "take_first",
            "customSemanticChunkingRules": "A new heading starts a chunk.",
        },
        "excelSheetRanges": [{"start": 0, "end": 2}],
        "excelSheetSelectionStrategy": "intelligent",
        "fixedPageLimit": 20,
        "pageRanges": [{"start": 1, "end": 3}],
    },
    "parser": PARSER,
}
# The older field-list form of an extraction configuration and its output (both API versions)
FIELDS = [
    {"id": "total", "name": "Total", "type": "currency", "description": "The amount due."},
    {
        "id": "terms",
        "name": "Terms",
        "type": "enum",
        "description": "The payment terms.",
        "enum": [{"value": "NET30", "description": "Due in 30 days."}],
    },
    {
        "id": "lines",
        "name": "Lines",
        "type": "array",
        "description": "The invoice lines.",
        "schema": [{"id": "sku", "name": "SKU", "type": "string", "description": "Item code."}],
    },
]
FIELD_RESULTS = {
    "total": {
        "id": "total",
        "type": "currency",
        "value": {"amount": 412.5, "iso_4217_currency_code": "EUR"},
        "confidence": 0.97,
        "insights": INSIGHTS,
        "references": [
            {
                "id": "total",
                "fieldName": "Total",
                "page": 2,
                "boundingBoxes": [{"top": 700, "left": 400, "bottom": 715, "right": 520}],
            }
        ],
    },
    "terms": {
        "id": "terms",
        "type": "enum",
        "value": "NET30",
        "references": [],
        "enum": [{"value": "NET30", "description": "Due in 30 days."}],
    },
    "lines": {
        "id": "lines",
        "type": "array",
        "value": [{"sku": "A-1"}],
        "schema": FIELDS[2]["schema"],
        "references": [],
    },
}
JSON_OUTPUT = {
    "value": {"total": 412.5},
    "metadata": {
        "total": {
            "ocrConfidence": 0.99,
            "logprobsConfidence": 0.93,
            "reviewAgentScore": 5,
            "citations": [
                {
                    "page": 2,
                    "referenceText": "Total 412.50",
                    "polygon": [{"x": 400, "y": 700}, {"x": 520, "y": 700}, {"x": 520, "y": 715}],
                    "pageWidth": 612,
                    "pageHeight": 792,
                }
            ],
            "insights": INSIGHTS,
        }
    },
}
CLASSIFY_OUTPUT = {"id": "invoice", "type": "invoice", "confidence": 0.96, "insights": INSIGHTS}
SPLITTER_OUTPUT = {
    "splits": [
        {
            "id": "split_Zy98",
            "type": "invoice",
            "classificationId": "invoice",
            "identifier": "INV-77",
            "name": "Invoice INV-77",
            "observation": "Pages 3-4 hold the second invoice.",
            "startPage": 3,
            "endPage": 4,
            "fileId": "file_Sp12Cd34Ef56Gh78Ij90Kl",
        }
    ],
    "isExternal": False,
}


def processor_run(kind: str, status: str, **extra: Any) -> dict[str, Any]:
    config: dict[str, Any] = {
        "EXTRACT": EXTRACT_CONFIG,
        "CLASSIFY": {
            "type": "CLASSIFY",
            "baseProcessor": "classification_performance",
            "classifications": CLASSES,
            "classificationRules": "Stamped PAID means receipt.",
        },
        "SPLITTER": {
            "type": "SPLITTER",
            "baseProcessor": "splitting_light",
            "splitClassifications": CLASSES,
            "splitRules": "A new logo starts a new document.",
            "advancedOptions": {"splitMethod": "low_latency", "fixedPageLimit": 50},
        },
    }[kind]
    run: dict[str, Any] = {
        "object": "document_processor_run",
        "id": "exr_Xj8mK2pL9nR4vT7qY5wZ",
        "processorId": "ex_Xj8mK2pL9nR4vT7qY5wZ",
        "processorVersionId": "exv_Xj8mK2pL9nR4vT7qY5wA",
        "processorName": "Mixed mail",
        "status": status,
        "metadata": {"batch": 7},
        "reviewed": False,
        "edited": False,
        "edits": {},
        "type": kind,
        "config": config,
        "files": [file()],
        "mergedProcessors": [],
        "url": "https://platform.extend.app/processor-runs/exr_Xj8mK2pL9nR4vT7qY5wZ",
        **extra,
    }
    return {"success": True, "processorRun": run}


PROCESSOR_RUNS = {
    "extract-processed": processor_run(
        "EXTRACT", "PROCESSED", output=JSON_OUTPUT, initialOutput=JSON_OUTPUT, usage={"credits": 2}
    ),
    "extract-reviewed-edited": processor_run(
        "EXTRACT",
        "PROCESSED",
        reviewed=True,
        edited=True,
        edits={
            "total": {
                "originalValue": 412.5,
                "editedValue": 421.5,
                "fieldType": "number",
                "notes": "Digits swapped.",
                "page": 2,
            }
        },
        initialOutput=JSON_OUTPUT,
        reviewedOutput={**JSON_OUTPUT, "value": {"total": 421.5}},
        output={**JSON_OUTPUT, "value": {"total": 421.5}},
    ),
    "extract-merged": processor_run(
        "EXTRACT",
        "PROCESSED",
        output=JSON_OUTPUT,
        mergedProcessors=[
            {
                "processorId": "ex_Mm11",
                "processorVersionId": "exv_Mm12",
                "processorName": "Line items",
            }
        ],
    ),
    "classify-processed": processor_run("CLASSIFY", "PROCESSED", output=CLASSIFY_OUTPUT),
    "splitter-processed": processor_run(
        "SPLITTER", "PROCESSED", output=SPLITTER_OUTPUT, files=[SPLIT_FILE]
    ),
    # Extend's SDK types `output` as always present; its API reference shows `{}` while pending
    "failed": processor_run(
        "EXTRACT",
        "FAILED",
        output={},
        failureReason="FAILED_TO_PROCESS_FILE",
        failureMessage="Page 1 could not be read.",
    ),
    "pending": processor_run("EXTRACT", "PENDING", output={}),
    "processing": processor_run("CLASSIFY", "PROCESSING", output={}),
    "cancelled": processor_run("SPLITTER", "CANCELLED", output={}),
    # page 003/004's availability rule: no `output` until PROCESSED (still accepted)
    "pending-without-output": processor_run("EXTRACT", "PENDING"),
    # API version 2025-04-21: File objects carried the credits spent parsing them
    "v2025-file-usage": processor_run(
        "EXTRACT", "PROCESSED", output=JSON_OUTPUT, files=[file(usage={"credits": 1})]
    ),
    # the older field-list configuration and its output, a map from field id to result
    "extract-fields-array": processor_run(
        "EXTRACT",
        "PROCESSED",
        config={**{k: v for k, v in EXTRACT_CONFIG.items() if k != "schema"}, "fields": FIELDS},
        output=FIELD_RESULTS,
        initialOutput=FIELD_RESULTS,
    ),
    # the TypeScript SDK types a File's unavailable fields, and a citation's text, as null
    "file-nulls": processor_run(
        "EXTRACT",
        "PROCESSED",
        output={
            "value": {"total": 1},
            "metadata": {
                "total": {"logprobsConfidence": None, "citations": [{"referenceText": None}]}
            },
        },
        files=[file(type=None, presignedUrl=None, parentFileId=None, contents=None)],
    ),
    # a File's deprecated contents, both versions' shapes (the file endpoint's, on request)
    "file-contents": processor_run(
        "EXTRACT",
        "PROCESSED",
        output=JSON_OUTPUT,
        files=[
            file(
                contents={
                    "rawText": "Invoice INV-77",
                    "pages": [
                        {"pageNumber": 1, "pageHeight": 792, "pageWidth": 612, "markdown": "# INV"}
                    ],
                    "sections": [{"startPageNumber": 1, "endPageNumber": 2, "markdown": "# INV"}],
                }
            ),
            file(
                type="EXCEL",
                contents={"sheets": [{"sheetName": "Q1", "rawText": "a,b\n1,2"}]},
            ),
            file(  # API version 2025-04-21: whole-file markdown, per-page raw text
                contents={
                    "rawText": "Invoice INV-77",
                    "markdown": "# INV-77",
                    "pages": [{"pageNumber": 1, "rawText": "Invoice INV-77", "html": "<p>x</p>"}],
                }
            ),
        ],
    ),
    # API version 2025-04-21: the parse configuration's deprecated agentic OCR switch
    "v2025-parser": processor_run(
        "CLASSIFY",
        "PROCESSED",
        output=CLASSIFY_OUTPUT,
        config={
            "type": "CLASSIFY",
            "classifications": CLASSES,
            "parser": {"target": "spatial", "advancedOptions": {"agenticOcrEnabled": True}},
        },
    ),
}


def classify_run(status: str, **extra: Any) -> dict[str, Any]:
    return {
        "object": "classify_run",
        "id": "clr_Xj8mK2pL9nR4vT7qY5wZ",
        "status": status,
        "classifier": {
            "object": "classifier",
            "id": "cl_Xj8mK2pL9nR4vT7qY5wZ",
            "name": "Mailroom",
            "createdAt": CREATED,
            "updatedAt": CREATED,
        },
        "classifierVersion": {
            "object": "classifier_version",
            "id": "clv_xK9mLPqRtN3vS8wF5hB2cQ",
            "description": "First published version.",
            "version": "1.0",
            "classifierId": "cl_Xj8mK2pL9nR4vT7qY5wZ",
            "createdAt": CREATED,
            "createdBy": {"type": "api_key", "name": "deploy-bot"},
        },
        "metadata": {"ticket": "T-1"},
        "reviewed": False,
        "edited": False,
        "config": {
            "baseProcessor": "classification_light",
            "baseVersion": "2.0.0",
            "classifications": CLASSES,
            "classificationRules": "Stamped PAID means receipt.",
            "advancedOptions": {
                "context": "max",
                "advancedMultimodalEnabled": False,
                "memoryEnabled": True,
                "pageRanges": [{"start": 1, "end": 2}],
            },
            "parseConfig": {
                **PARSER,
                "engine": "parse_light",
                "chunkingStrategy": {"type": "page"},
            },
        },
        "file": file(),
        "parseRunId": "pr_Pq12Rs34Tu56",
        "dashboardUrl": "https://dashboard.extend.ai/classify-runs/clr_Xj8mK2pL9nR4vT7qY5wZ",
        "createdAt": CREATED,
        "updatedAt": CREATED,
        **extra,
    }


USAGE = {
    "credits": 1,
    "totalCredits": 2.5,
    "breakdown": [
        {"object": "classify_run", "id": "clr_Xj8mK2pL9nR4vT7qY5wZ", "credits": 1},
        {
            "object": "parse_run",
            "id": "pr_Pq12Rs34Tu56",
            "credits": 1.5,
            "charges": [
                {"product": "parse", "unit": "page", "quantity": 1, "credits": 1},
                {
                    "product": "agentic_text_correction",
                    "unit": "page",
                    "quantity": 1,
                    "credits": 0.5,
                    "pages": [4],
                },
            ],
        },
    ],
}
CLASSIFY_RUNS = {
    "processed": classify_run("PROCESSED", output=CLASSIFY_OUTPUT, usage={"credits": 1}),
    "processed-itemized-usage": classify_run("PROCESSED", output=CLASSIFY_OUTPUT, usage=USAGE),
    "reviewed-edited": classify_run(
        "PROCESSED",
        reviewed=True,
        edited=True,
        initialOutput={**CLASSIFY_OUTPUT, "id": "receipt", "type": "receipt"},
        reviewedOutput=CLASSIFY_OUTPUT,
        output=CLASSIFY_OUTPUT,
    ),
    "pending": classify_run("PENDING"),
    "processing": classify_run("PROCESSING"),
    "cancelled": classify_run("CANCELLED"),
    "failed-no-file": classify_run(
        "FAILED", file=None, failureReason="FAILED_TO_PROCESS_FILE", failureMessage="Unreadable."
    ),
    "user-created-version": classify_run("PROCESSED", output=CLASSIFY_OUTPUT),
    "unattributed-version": classify_run("PROCESSED", output=CLASSIFY_OUTPUT),
}
CLASSIFY_RUNS["user-created-version"]["classifierVersion"]["createdBy"] = {
    "type": "user",
    "email": "ops@example.com",
}
CLASSIFY_RUNS["unattributed-version"]["classifierVersion"]["createdBy"] = None
# Extend's TypeScript SDK types unavailable fields as `null` rather than leaving them out.
_nulls = classify_run(
    "PENDING",
    output=None,
    initialOutput=None,
    reviewedOutput=None,
    failureReason=None,
    failureMessage=None,
    metadata=None,
    parseRunId=None,
    usage=None,
    classifier=None,
    classifierVersion=None,
)
_nulls["file"] = file(type=None, parentFileId=None)
CLASSIFY_RUNS["unavailable-as-null"] = _nulls
CLASSIFY_RUNS["user-created-version"]["classifierVersion"]["description"] = None
_inline = classify_run("PROCESSED", output=CLASSIFY_OUTPUT)
del _inline["classifier"], _inline["classifierVersion"]
CLASSIFY_RUNS["inline-config"] = _inline


@pytest.mark.parametrize("name", sorted(PROCESSOR_RUNS))
def test_processor_runs_validate_parse_fully_and_roundtrip(name: str) -> None:
    check_body(API, "ProcessorRunResponse", PROCESSOR_RUNS[name])


@pytest.mark.parametrize("name", sorted(CLASSIFY_RUNS))
def test_classify_runs_validate_parse_fully_and_roundtrip(name: str) -> None:
    check_body(API, "ClassifyRun", CLASSIFY_RUNS[name])


def test_object_types_and_configs_are_typed() -> None:
    client, models = packages(API)
    parsed, parsed_models = check_body(
        API, "ClassifyRun", CLASSIFY_RUNS["processed-itemized-usage"]
    )
    assert parsed.object_ is client.ObjectType.CLASSIFY_RUN
    assert parsed_models.object is models.ObjectType("classify_run")
    assert [e.object_ for e in parsed.usage.breakdown] == [
        client.ObjectType.CLASSIFY_RUN,
        client.ObjectType.PARSE_RUN,
    ]
    assert parsed.config.classifications[0].description == "A request for payment."
    assert parsed.file.metadata.page_count == 4
    parsed, _ = check_body(API, "ProcessorRunResponse", PROCESSOR_RUNS["splitter-processed"])
    run = parsed.processor_run
    assert run.object_ is client.ObjectType.DOCUMENT_PROCESSOR_RUN
    assert run.config.type_ is client.ProcessorType.SPLITTER
    assert run.output.splits[0].start_page == 3
    assert run.files[0].metadata.parent_split.end_page == 4


def test_the_older_fields_array_output_is_a_typed_map_of_field_results() -> None:
    """Extend's older extraction output maps each field's id to a typed ExtractionFieldResult."""
    client, models = packages(API)
    parsed, parsed_models = check_body(
        API, "ProcessorRunResponse", PROCESSOR_RUNS["extract-fields-array"]
    )
    output, output_models = parsed.processor_run.output, parsed_models.processor_run.output
    assert isinstance(output["total"], client.ExtractionFieldResult)
    assert output["total"].type_ is client.ExtractionFieldType.CURRENCY
    assert output["total"].references[0].bounding_boxes[0].right == 520
    assert output["terms"].enum[0].value == "NET30"
    assert isinstance(output_models.model_extra["lines"], models.ExtractionFieldResult)
    assert output_models.model_extra["lines"].schema_[0].id == "sku"
    field = parsed.processor_run.config.fields[2]
    assert field.type_ is client.ExtractionFieldType.ARRAY and field.schema[0].name == "SKU"


def test_an_unknown_key_inside_a_field_result_is_reported_by_its_path() -> None:
    body = copy.deepcopy(PROCESSOR_RUNS["extract-fields-array"])
    del body["processorRun"]["initialOutput"]  # shares its dicts with output
    body["processorRun"]["output"]["total"]["pageNumbers"] = [2]
    body["processorRun"]["edits"] = {"total": {"editedValue": 1, "reviewer": "ops"}}
    client, models = packages(API)
    parsed = client.ProcessorRunResponse.from_dict(copy.deepcopy(body))
    parsed_models = models.ProcessorRunResponse.model_validate(copy.deepcopy(body))
    assert parsed.to_dict() == body
    assert parsed_models.model_dump(mode="json", by_alias=True, exclude_unset=True) == body
    assert undeclared_keys(parsed) == [
        "processor_run.edits['total']['reviewer']",
        "processor_run.output['total']['pageNumbers']",
    ]
    assert undeclared_keys(parsed_models) == [
        "processor_run.edits['total']['reviewer']",
        "processor_run.output['total']['pageNumbers']",
    ]


def test_a_new_top_level_output_field_parses_only_when_it_is_an_object() -> None:
    """The output's additional properties are typed (the older map's field results).

    A field Extend might add to one of its output types parses when it is an object (it is read
    as a field result, its keys reported as undeclared); a scalar does not: the README states
    this limit of typing the map.
    """
    client, models = packages(API)
    body = processor_run("CLASSIFY", "PROCESSED", output={**CLASSIFY_OUTPUT, "calib": {"k": 1}})
    assert not spec_errors(API, "ProcessorRunResponse", body)
    parsed = client.ProcessorRunResponse.from_dict(copy.deepcopy(body))
    parsed_models = models.ProcessorRunResponse.model_validate(copy.deepcopy(body))
    assert parsed.to_dict() == body
    assert parsed_models.model_dump(mode="json", by_alias=True, exclude_unset=True) == body
    assert undeclared_keys(parsed) == ["processor_run.output['calib']['k']"]
    scalar = processor_run("CLASSIFY", "PROCESSED", output={**CLASSIFY_OUTPUT, "rank": 1})
    assert spec_errors(API, "ProcessorRunResponse", scalar)


ERRORS = {
    # status: (code, retryable)
    400: ("INVALID_REQUEST", False),
    401: ("UNAUTHORIZED", False),
    402: ("USAGE_BLOCKED", False),
    404: ("NOT_FOUND", False),
    422: ("INVALID_REQUEST", False),
    429: ("RATE_LIMIT_EXCEEDED", True),
    500: ("INTERNAL_ERROR", True),
}


@pytest.mark.parametrize("status", sorted(ERRORS))
def test_current_error_bodies_validate_parse_fully_and_roundtrip(status: int) -> None:
    code, retryable = ERRORS[status]
    body = {
        "code": code,
        "message": "Something about the request.",
        "retryable": retryable,
        "requestId": "req_Xj8mK2pL9nR4vT7qY5wZ",
    }
    if status == 400:
        body["docUrl"] = "https://docs.extend.ai/2026-02-09/developers/error-codes"
    parsed, parsed_models = check_body(API, "ErrorResponse", body)
    client, models = packages(API)
    assert parsed.code is client.ErrorCode(code) and parsed_models.code is models.ErrorCode(code)


def test_a_403_with_a_code_no_source_names_parses_fully() -> None:
    body = {"code": "FORBIDDEN", "message": "No access.", "retryable": False, "requestId": "req_1"}
    parsed, parsed_models = check_body(API, "ErrorResponse", body)
    assert parsed.code == parsed_models.code == "FORBIDDEN"


def test_the_older_error_body_validates_parses_and_roundtrips() -> None:
    check_body(API, "ErrorResponse", {"success": False, "error": "Run not found."})


def test_unknown_fields_and_values_still_parse_roundtrip_and_are_reported() -> None:
    body = copy.deepcopy(CLASSIFY_RUNS["processed-itemized-usage"])
    body["object"] = "classify_run_v2"
    body["status"] = "QUEUED"
    body["priority"] = "high"
    body["file"]["type"] = "PPTX"
    body["usage"]["breakdown"][0]["object"] = "layout_run"
    body["classifierVersion"]["createdBy"] = {"type": "service_account", "name": "svc"}
    client, models = packages(API)
    parsed = client.ClassifyRun.from_dict(copy.deepcopy(body))
    parsed_models = models.ClassifyRun.model_validate(copy.deepcopy(body))
    assert parsed.to_dict() == body
    assert parsed_models.model_dump(mode="json", by_alias=True, exclude_unset=True) == body
    assert parsed.status == "QUEUED" and parsed_models.file.type == "PPTX"
    assert undeclared_keys(parsed) == undeclared_keys(parsed_models) == ["['priority']"]

    error = {"code": "USAGE_PAUSED", "message": "Paused.", "retryable": False, "hint": "top up"}
    parsed = client.ErrorResponse.from_dict(copy.deepcopy(error))
    assert parsed.to_dict() == error and parsed.code == "USAGE_PAUSED"
    assert undeclared_keys(parsed) == ["['hint']"]


# --- the examples against the facts of Extend's published types ---------------------------------
# Written from Extend's SDK types (sources README): the fields each type requires, and the shape
# of its configuration, output and error bodies. The page's own example (processed-reviewed) has
# `config: {}` and files with only a name, so it does not conform, and says so below.

_FILE = {
    "type": "object",
    "required": ["object", "id", "name", "metadata", "createdAt", "updatedAt"],
    "properties": {"object": {"const": "file"}, "createdAt": {"format": "date-time"}},
}
_FIELD = {"type": "object", "required": ["id", "name", "type", "description"]}
_FIELD_RESULT = {"type": "object", "required": ["id", "type", "references"]}
_REFERENCE = {"type": "object", "required": ["id", "fieldName", "page", "boundingBoxes"]}
_CONFIG = {  # the SDK's LegacyProcessorRunConfig and the option objects it types as required
    "type": "object",
    "required": ["type"],
    "properties": {
        "fields": {"type": "array", "items": _FIELD},
        "advancedOptions": {
            "properties": {
                "arrayStrategy": {"required": ["type"]},
                "excelSheetRanges": {"items": {"required": ["start", "end"]}},
            }
        },
    },
}
_PROCESSOR_OUTPUT = {  # the older extraction form: every value a field result
    "if": {"not": {"anyOf": [{"required": [k]} for k in ("value", "id", "splits")]}},
    "then": {
        "additionalProperties": {
            **_FIELD_RESULT,
            "properties": {"references": {"items": _REFERENCE}},
        }
    },
}
PUBLISHED_PROCESSOR_RUN: dict[str, Any] = {
    "type": "object",
    "required": ["success", "processorRun"],
    "properties": {
        "processorRun": {
            "type": "object",
            "required": [
                "object",
                "id",
                "processorId",
                "processorVersionId",
                "processorName",
                "status",
                "output",
                "reviewed",
                "edited",
                "edits",
                "type",
                "config",
                "files",
                "mergedProcessors",
                "url",
            ],
            "properties": {
                "config": _CONFIG,
                "output": _PROCESSOR_OUTPUT,
                "initialOutput": _PROCESSOR_OUTPUT,
                "reviewedOutput": _PROCESSOR_OUTPUT,
                "files": {"type": "array", "items": _FILE},
                "mergedProcessors": {
                    "type": "array",
                    "items": {"required": ["processorId", "processorVersionId", "processorName"]},
                },
                "usage": {"type": "object", "required": ["credits"]},
            },
        }
    },
}
_OUTPUT = {"type": "object", "required": ["id", "type", "confidence", "insights"]}
PUBLISHED_CLASSIFY_RUN: dict[str, Any] = {
    "type": "object",
    "required": [
        "object",
        "id",
        "status",
        "reviewed",
        "edited",
        "config",
        "dashboardUrl",
        "createdAt",
        "updatedAt",
    ],
    "properties": {
        "object": {"const": "classify_run"},
        "output": _OUTPUT,
        "initialOutput": _OUTPUT,
        "reviewedOutput": _OUTPUT,
        "classifier": {"required": ["object", "id", "name", "createdAt", "updatedAt"]},
        "classifierVersion": {"required": ["object", "id", "version", "classifierId", "createdAt"]},
        "config": {"type": "object", "required": ["classifications"]},
        "file": {"oneOf": [_FILE, {"type": "null"}]},
        "usage": {"type": "object", "required": ["credits"]},
    },
}
PUBLISHED_ERROR: dict[str, Any] = {
    "oneOf": [
        {"type": "object", "required": ["code", "message", "retryable"]},
        {"type": "object", "required": ["error"], "properties": {"success": {"const": False}}},
    ]
}
NOT_CONFORMING = {  # example name: why Extend's published types do not describe it
    "get_processor_run-processed-reviewed": "the page's verbatim example: config {}, bare files",
    "get_processor_run-service-unavailable": "503 and SERVICE_UNAVAILABLE are a judgement call",
    "get_classify_run-service-unavailable": "503 and SERVICE_UNAVAILABLE are a judgement call",
}


def _examples() -> list[str]:
    return sorted(p.stem for p in EXAMPLES.glob("*.json"))


def _published(name: str, body: Any) -> dict[str, Any]:
    if "success" in body and "processorRun" in body:
        return PUBLISHED_PROCESSOR_RUN
    if body.get("object") == "classify_run":
        return PUBLISHED_CLASSIFY_RUN
    return PUBLISHED_ERROR


@pytest.mark.parametrize("name", [n for n in _examples() if n not in NOT_CONFORMING])
def test_examples_conform_to_extends_published_types(name: str) -> None:
    body = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    errors = published_errors(_published(name, body), body)
    assert not errors, f"{name}: " + "; ".join(errors)


@pytest.mark.parametrize("name", sorted(NOT_CONFORMING))
def test_the_non_conforming_examples_are_the_listed_ones(name: str) -> None:
    body = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    if "service-unavailable" in name:
        assert body["code"] == "SERVICE_UNAVAILABLE", NOT_CONFORMING[name]
    else:
        assert published_errors(_published(name, body), body), NOT_CONFORMING[name]


def _seeded() -> list[Any]:
    from docspecs.simulator._data import make_seed

    return [
        pytest.param(r.kind, stage, id=f"{r.id}-{n}")
        for r in make_seed(0).extend
        for n, stage in enumerate(r.stages)
    ]


@pytest.mark.parametrize(("kind", "body"), _seeded())
def test_the_simulators_runs_parse_fully(kind: str, body: dict[str, Any]) -> None:
    if kind == "processor_runs":
        check_body(API, "ProcessorRunResponse", {"success": True, "processorRun": body})
    else:
        check_body(API, "ClassifyRun", body)
