from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.object_type import ObjectType
from ..models.processor_run_status import ProcessorRunStatus
from ..models.processor_type import ProcessorType
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ProcessorRun")


@_attrs_define(repr=False)
class ProcessorRun:
    """One run of a document processor (extract, classify or split) over one or more files: its status, the processor and
    version it used, its outputs before and after review, and the edits made during review. Extend's SDKs call it
    `ProcessorRun` (API version 2025-04-21) and `LegacyProcessorRun` (2026-02-09, where processor runs are the older
    generation of the API); both versions return the same fields. May gain new fields.

        Attributes:
            object_ (ObjectType | None): The type of an Extend object, in its `object` field. Open enum: these are the
                values
                Extend's SDK publishes for the objects these operations return or refer to; other values
                can appear and must be accepted.

                - `document_processor_run`: a processor run.
                - `classify_run`: a classify run.
                - `classifier`, `classifier_version`: a classifier and one of its versions.
                - `file`: a file.
                - `extract_run`, `split_run`, `parse_run`, `edit_run`, `form_detection_run`: the runs
                  a usage breakdown can name (newer generation of the API).
            id (str | None): The unique identifier of the processor run (for example `dpr_1234`; Extend's SDK also shows
                `exr_`-prefixed ids).
            processor_id (str | None): The identifier of the processor that was run (for example `dp_5678`).
            processor_version_id (str | None): The identifier of the processor version that was run (for example
                `dpv_91011`).
            processor_name (str | None): The processor's human-readable name (for example `Invoice Extractor`).
            status (ProcessorRunStatus | None): The status of a processor run (extract, classify or split). Open enum: new
                values may
                be added and must be accepted.

                - `PENDING`: the run has been created and is waiting to be processed.
                - `PROCESSING`: the run is in progress.
                - `PROCESSED`: the run completed successfully.
                - `FAILED`: the run failed.
                - `CANCELLED`: the run was cancelled.
            metadata (RunMetadata | None): Metadata supplied by the caller when the run was created, returned unchanged: any
                JSON object of the caller's choosing.
            reviewed (bool | None): Whether the run's output has been reviewed by a person.
            edited (bool | None): Whether the output was changed during review (see `edits`).
            edits (ProcessorRunEdits | None): The edits made during review, keyed by output field name; empty or absent when
                nothing was edited.
            type_ (ProcessorType | None): The kind of processor. Open enum: new values may be added and must be accepted.

                - `EXTRACT`: extracts structured fields from a document.
                - `CLASSIFY`: assigns a document to one of a set of classes.
                - `SPLITTER`: splits a file into sub-documents.
            config (ProcessorConfig | None): The configuration of a processor run (Extend's "Processor configs" page and SDK
                types).
                Extend publishes three configurations, discriminated by `type`: extraction (`EXTRACT`), classification
                (`CLASSIFY`) and
                splitting (`SPLITTER`). This schema declares the fields of all three (each says which
                types have it) instead of a discriminated union, so that a configuration of a
                processor type added later still parses. May gain new fields.
            initial_output (ProcessorOutput | None): The output of a processor run; its shape depends on the processor type
                (Extend's
                "Processor output types" page and SDK types). Extend publishes three outputs, not
                discriminated by any field:

                - extraction: `value` (the extracted values) and `metadata` (per-field confidence);
                  Extend also publishes an older extraction form, a map from each field's `id` in the
                  configuration's `fields` to its `ExtractionFieldResult`: those keys are the processor
                  owner's field names, so they are this schema's additional properties, typed;
                - classification: `id`, `type`, `confidence`, `insights`;
                - splitting: `splits`, `isExternal`.

                This schema declares the fields of all three. A new field Extend adds to one of them is
                read as an additional property too, so it must be an object (any object parses).
            reviewed_output (ProcessorOutput | None): The output of a processor run; its shape depends on the processor type
                (Extend's
                "Processor output types" page and SDK types). Extend publishes three outputs, not
                discriminated by any field:

                - extraction: `value` (the extracted values) and `metadata` (per-field confidence);
                  Extend also publishes an older extraction form, a map from each field's `id` in the
                  configuration's `fields` to its `ExtractionFieldResult`: those keys are the processor
                  owner's field names, so they are this schema's additional properties, typed;
                - classification: `id`, `type`, `confidence`, `insights`;
                - splitting: `splits`, `isExternal`.

                This schema declares the fields of all three. A new field Extend adds to one of them is
                read as an additional property too, so it must be an object (any object parses).
            output (ProcessorOutput | None): The output of a processor run; its shape depends on the processor type
                (Extend's
                "Processor output types" page and SDK types). Extend publishes three outputs, not
                discriminated by any field:

                - extraction: `value` (the extracted values) and `metadata` (per-field confidence);
                  Extend also publishes an older extraction form, a map from each field's `id` in the
                  configuration's `fields` to its `ExtractionFieldResult`: those keys are the processor
                  owner's field names, so they are this schema's additional properties, typed;
                - classification: `id`, `type`, `confidence`, `insights`;
                - splitting: `splits`, `isExternal`.

                This schema declares the fields of all three. A new field Extend adds to one of them is
                read as an additional property too, so it must be an object (any object parses).
            files (list[ProcessorRunFile] | None): The files the run processed, as Extend File objects. For a file made by a
                splitter processor, the sub-file.
            merged_processors (list[MergedProcessor] | None): The processors whose outputs were merged into this output;
                empty unless the output came from a merge-extraction step of a workflow.
            url (str | None): A link to the run in the Extend web application (for example
                `https://platform.extend.app/processor-runs/dpr_1234`).
            failure_reason (str | None): A machine-readable reason the run failed, an UPPER_SNAKE_CASE code such as
                `INTERNAL_ERROR` or `FAILED_TO_PROCESS_FILE` (see `ClassifyFailureReason` for the codes the classify-run page
                lists). Availability: present when `status` is `FAILED`.
            failure_message (str | None): A detailed, human-readable message about the failure. Availability: present when
                `status` is `FAILED`.
            usage (ProcessorRunUsage | None): Credits consumed, as one number (Extend's document-processing and file
                credits). May gain new fields.
    """

    object_: ObjectType | None = None
    id: str | None = None
    processor_id: str | None = None
    processor_version_id: str | None = None
    processor_name: str | None = None
    status: ProcessorRunStatus | None = None
    metadata: RunMetadata | None = None
    reviewed: bool | None = None
    edited: bool | None = None
    edits: ProcessorRunEdits | None = None
    type_: ProcessorType | None = None
    config: ProcessorConfig | None = None
    initial_output: ProcessorOutput | None = None
    reviewed_output: ProcessorOutput | None = None
    output: ProcessorOutput | None = None
    files: list[ProcessorRunFile] | None = None
    merged_processors: list[MergedProcessor] | None = None
    url: str | None = None
    failure_reason: str | None = None
    failure_message: str | None = None
    usage: ProcessorRunUsage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _object_ = UNSET if self.object_ is None else self.object_
        object_: str | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = _object_.value

        _id = UNSET if self.id is None else self.id
        id = _id

        _processor_id = UNSET if self.processor_id is None else self.processor_id
        processor_id = _processor_id

        _processor_version_id = (
            UNSET if self.processor_version_id is None else self.processor_version_id
        )
        processor_version_id = _processor_version_id

        _processor_name = UNSET if self.processor_name is None else self.processor_name
        processor_name = _processor_name

        _status = UNSET if self.status is None else self.status
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status.value

        _metadata = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata, Unset):
            metadata = _metadata.to_dict()

        _reviewed = UNSET if self.reviewed is None else self.reviewed
        reviewed = _reviewed

        _edited = UNSET if self.edited is None else self.edited
        edited = _edited

        _edits = UNSET if self.edits is None else self.edits
        edits: dict[str, Any] | Unset = UNSET
        if not isinstance(_edits, Unset):
            edits = _edits.to_dict()

        _type_ = UNSET if self.type_ is None else self.type_
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_.value

        _config = UNSET if self.config is None else self.config
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        _initial_output = UNSET if self.initial_output is None else self.initial_output
        initial_output: dict[str, Any] | Unset = UNSET
        if not isinstance(_initial_output, Unset):
            initial_output = _initial_output.to_dict()

        _reviewed_output = UNSET if self.reviewed_output is None else self.reviewed_output
        reviewed_output: dict[str, Any] | Unset = UNSET
        if not isinstance(_reviewed_output, Unset):
            reviewed_output = _reviewed_output.to_dict()

        _output = UNSET if self.output is None else self.output
        output: dict[str, Any] | Unset = UNSET
        if not isinstance(_output, Unset):
            output = _output.to_dict()

        _files = UNSET if self.files is None else self.files
        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_files, Unset):
            files = []
            for files_item_data in _files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        _merged_processors = UNSET if self.merged_processors is None else self.merged_processors
        merged_processors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_merged_processors, Unset):
            merged_processors = []
            for merged_processors_item_data in _merged_processors:
                merged_processors_item = merged_processors_item_data.to_dict()
                merged_processors.append(merged_processors_item)

        _url = UNSET if self.url is None else self.url
        url = _url

        _failure_reason = UNSET if self.failure_reason is None else self.failure_reason
        failure_reason = _failure_reason

        _failure_message = UNSET if self.failure_message is None else self.failure_message
        failure_message = _failure_message

        _usage = UNSET if self.usage is None else self.usage
        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(_usage, Unset):
            usage = _usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if processor_id is not UNSET:
            field_dict["processorId"] = processor_id
        if processor_version_id is not UNSET:
            field_dict["processorVersionId"] = processor_version_id
        if processor_name is not UNSET:
            field_dict["processorName"] = processor_name
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if reviewed is not UNSET:
            field_dict["reviewed"] = reviewed
        if edited is not UNSET:
            field_dict["edited"] = edited
        if edits is not UNSET:
            field_dict["edits"] = edits
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config
        if initial_output is not UNSET:
            field_dict["initialOutput"] = initial_output
        if reviewed_output is not UNSET:
            field_dict["reviewedOutput"] = reviewed_output
        if output is not UNSET:
            field_dict["output"] = output
        if files is not UNSET:
            field_dict["files"] = files
        if merged_processors is not UNSET:
            field_dict["mergedProcessors"] = merged_processors
        if url is not UNSET:
            field_dict["url"] = url
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if failure_message is not UNSET:
            field_dict["failureMessage"] = failure_message
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[_T], src_dict: Mapping[str, Any]) -> _T:
        """Parse a JSON object (a dict as `json.loads` gives it) into this model.

        Raises `errors.JSONShapeError` (a `TypeError`) when `src_dict` is not a JSON object, a
        value has the wrong JSON type or a required property is missing; its `path` says where.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _JSONShapeError.wrong_type("an object", src_dict)
        d = dict(src_dict)
        _at_ = ""
        try:
            _at_ = "object"

            def _parse_object_(data: object) -> ObjectType | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_object_type_object_type = data
                        if not isinstance(_componentsschemas_object_type_object_type, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_object_type_object_type
                            )
                        componentsschemas_object_type_object_type = ObjectType(
                            _componentsschemas_object_type_object_type
                        )

                        return componentsschemas_object_type_object_type
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            object_ = _parse_object_(d.pop("object", UNSET))

            _at_ = "id"
            id = d.pop("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", id)

            _at_ = "processorId"
            processor_id = d.pop("processorId", UNSET)
            if not isinstance(processor_id, str) and processor_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", processor_id)

            _at_ = "processorVersionId"
            processor_version_id = d.pop("processorVersionId", UNSET)
            if not isinstance(processor_version_id, str) and processor_version_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", processor_version_id)

            _at_ = "processorName"
            processor_name = d.pop("processorName", UNSET)
            if not isinstance(processor_name, str) and processor_name is not UNSET:
                raise _JSONShapeError.wrong_type("a string", processor_name)

            _at_ = "status"

            def _parse_status(data: object) -> ProcessorRunStatus | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_processor_run_status_processor_run_status = data
                        if not isinstance(
                            _componentsschemas_processor_run_status_processor_run_status, str
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_processor_run_status_processor_run_status,
                            )
                        componentsschemas_processor_run_status_processor_run_status = (
                            ProcessorRunStatus(
                                _componentsschemas_processor_run_status_processor_run_status
                            )
                        )

                        return componentsschemas_processor_run_status_processor_run_status
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            status = _parse_status(d.pop("status", UNSET))

            _at_ = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: RunMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = RunMetadata.from_dict(_metadata)

            _at_ = "reviewed"
            reviewed = d.pop("reviewed", UNSET)
            if not isinstance(reviewed, bool) and reviewed is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", reviewed)

            _at_ = "edited"
            edited = d.pop("edited", UNSET)
            if not isinstance(edited, bool) and edited is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", edited)

            _at_ = "edits"
            _edits = d.pop("edits", UNSET)
            edits: ProcessorRunEdits | Unset
            if isinstance(_edits, Unset):
                edits = UNSET
            else:
                edits = ProcessorRunEdits.from_dict(_edits)

            _at_ = "type"

            def _parse_type_(data: object) -> ProcessorType | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_processor_type_processor_type = data
                        if not isinstance(_componentsschemas_processor_type_processor_type, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_processor_type_processor_type
                            )
                        componentsschemas_processor_type_processor_type = ProcessorType(
                            _componentsschemas_processor_type_processor_type
                        )

                        return componentsschemas_processor_type_processor_type
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            type_ = _parse_type_(d.pop("type", UNSET))

            _at_ = "config"
            _config = d.pop("config", UNSET)
            config: ProcessorConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = ProcessorConfig.from_dict(_config)

            _at_ = "initialOutput"
            _initial_output = d.pop("initialOutput", UNSET)
            initial_output: ProcessorOutput | Unset
            if isinstance(_initial_output, Unset):
                initial_output = UNSET
            else:
                initial_output = ProcessorOutput.from_dict(_initial_output)

            _at_ = "reviewedOutput"
            _reviewed_output = d.pop("reviewedOutput", UNSET)
            reviewed_output: ProcessorOutput | Unset
            if isinstance(_reviewed_output, Unset):
                reviewed_output = UNSET
            else:
                reviewed_output = ProcessorOutput.from_dict(_reviewed_output)

            _at_ = "output"
            _output = d.pop("output", UNSET)
            output: ProcessorOutput | Unset
            if isinstance(_output, Unset):
                output = UNSET
            else:
                output = ProcessorOutput.from_dict(_output)

            _at_ = "files"
            _files = d.pop("files", UNSET)
            files: list[ProcessorRunFile] | Unset = UNSET
            if not isinstance(_files, Unset):
                if not isinstance(_files, list):
                    raise _JSONShapeError.wrong_type("an array", _files)
                files = []
                for files_item_index_, files_item_data in enumerate(_files):
                    try:
                        files_item = ProcessorRunFile.from_dict(files_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(files_item_index_) from None
                    files.append(files_item)

            _at_ = "mergedProcessors"
            _merged_processors = d.pop("mergedProcessors", UNSET)
            merged_processors: list[MergedProcessor] | Unset = UNSET
            if not isinstance(_merged_processors, Unset):
                if not isinstance(_merged_processors, list):
                    raise _JSONShapeError.wrong_type("an array", _merged_processors)
                merged_processors = []
                for merged_processors_item_index_, merged_processors_item_data in enumerate(
                    _merged_processors
                ):
                    try:
                        merged_processors_item = MergedProcessor.from_dict(
                            merged_processors_item_data
                        )

                    except _JSONShapeError as _error_:
                        raise _error_.within(merged_processors_item_index_) from None
                    merged_processors.append(merged_processors_item)

            _at_ = "url"
            url = d.pop("url", UNSET)
            if not isinstance(url, str) and url is not UNSET:
                raise _JSONShapeError.wrong_type("a string", url)

            _at_ = "failureReason"
            failure_reason = d.pop("failureReason", UNSET)
            if not isinstance(failure_reason, str) and failure_reason is not UNSET:
                raise _JSONShapeError.wrong_type("a string", failure_reason)

            _at_ = "failureMessage"
            failure_message = d.pop("failureMessage", UNSET)
            if not isinstance(failure_message, str) and failure_message is not UNSET:
                raise _JSONShapeError.wrong_type("a string", failure_message)

            _at_ = "usage"
            _usage = d.pop("usage", UNSET)
            usage: ProcessorRunUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = ProcessorRunUsage.from_dict(_usage)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            object_=None if isinstance(object_, Unset) else object_,
            id=None if isinstance(id, Unset) else id,
            processor_id=None if isinstance(processor_id, Unset) else processor_id,
            processor_version_id=None
            if isinstance(processor_version_id, Unset)
            else processor_version_id,
            processor_name=None if isinstance(processor_name, Unset) else processor_name,
            status=None if isinstance(status, Unset) else status,
            metadata=None if isinstance(metadata, Unset) else metadata,
            reviewed=None if isinstance(reviewed, Unset) else reviewed,
            edited=None if isinstance(edited, Unset) else edited,
            edits=None if isinstance(edits, Unset) else edits,
            type_=None if isinstance(type_, Unset) else type_,
            config=None if isinstance(config, Unset) else config,
            initial_output=None if isinstance(initial_output, Unset) else initial_output,
            reviewed_output=None if isinstance(reviewed_output, Unset) else reviewed_output,
            output=None if isinstance(output, Unset) else output,
            files=None if isinstance(files, Unset) else files,
            merged_processors=None if isinstance(merged_processors, Unset) else merged_processors,
            url=None if isinstance(url, Unset) else url,
            failure_reason=None if isinstance(failure_reason, Unset) else failure_reason,
            failure_message=None if isinstance(failure_message, Unset) else failure_message,
            usage=None if isinstance(usage, Unset) else usage,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional = prop_dict

            except _JSONShapeError as _error_:
                raise _error_.within(prop_name) from None
            additional_properties[prop_name] = additional

        _parsed.additional_properties = additional_properties
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("object_", self.object_),
            ("id", self.id),
            ("processor_id", self.processor_id),
            ("processor_version_id", self.processor_version_id),
            ("processor_name", self.processor_name),
            ("status", self.status),
            ("metadata", self.metadata),
            ("reviewed", self.reviewed),
            ("edited", self.edited),
            ("edits", self.edits),
            ("type_", self.type_),
            ("config", self.config),
            ("initial_output", self.initial_output),
            ("reviewed_output", self.reviewed_output),
            ("output", self.output),
            ("files", self.files),
            ("merged_processors", self.merged_processors),
            ("url", self.url),
            ("failure_reason", self.failure_reason),
            ("failure_message", self.failure_message),
            ("usage", self.usage),
        )
        shown = [
            f"{name}={value!r}"
            for name, value in fields
            if value is not None and not isinstance(value, Unset)
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models referred to above, imported after the class so that schemas referring to each
# other in a cycle import cleanly.
from ..models.merged_processor import MergedProcessor  # noqa: E402
from ..models.processor_config import ProcessorConfig  # noqa: E402
from ..models.processor_output import ProcessorOutput  # noqa: E402
from ..models.processor_run_edits import ProcessorRunEdits  # noqa: E402
from ..models.processor_run_file import ProcessorRunFile  # noqa: E402
from ..models.processor_run_usage import ProcessorRunUsage  # noqa: E402
from ..models.run_metadata import RunMetadata  # noqa: E402
