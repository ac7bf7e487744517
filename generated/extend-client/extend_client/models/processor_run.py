from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.processor_run_status import ProcessorRunStatus
from ..models.processor_type import ProcessorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessorRun")


@_attrs_define
class ProcessorRun:
    """One run of a document processor (extract, classify or split) over one or more files: its status, the processor and
    version it used, its outputs before and after review, and the edits made during review. May gain new fields.

        Attributes:
            object_ (str | Unset): The type of object; `document_processor_run` for a processor run.
            id (str | Unset): The unique identifier of the processor run (for example `dpr_1234`).
            processor_id (str | Unset): The identifier of the processor that was run (for example `dp_5678`).
            processor_version_id (str | Unset): The identifier of the processor version that was run (for example
                `dpv_91011`).
            processor_name (str | Unset): The processor's human-readable name (for example `Invoice Extractor`).
            status (ProcessorRunStatus | Unset): The status of a processor run (extract, classify or split). Open enum: new
                values may
                be added and must be accepted.

                - `PENDING`: the run has been created and is waiting to be processed.
                - `PROCESSING`: the run is in progress.
                - `PROCESSED`: the run completed successfully.
                - `FAILED`: the run failed.
                - `CANCELLED`: the run was cancelled.
            metadata (RunMetadata | Unset): Metadata supplied by the caller when the run was created, returned unchanged:
                any JSON object of the caller's choosing.
            reviewed (bool | Unset): Whether the run's output has been reviewed by a person.
            edited (bool | Unset): Whether the output was changed during review (see `edits`).
            edits (ProcessorRunEdits | Unset): The edits made during review, keyed by output field name; empty or absent
                when nothing was edited.
            type_ (ProcessorType | Unset): The kind of processor. Open enum: new values may be added and must be accepted.

                - `EXTRACT`: extracts structured fields from a document.
                - `CLASSIFY`: assigns a document to one of a set of classes.
                - `SPLITTER`: splits a file into sub-documents.
            config (ProcessorConfig | Unset): A processor configuration. Its shape depends on the processor type and is
                documented on Extend's "Processor configs" page, not on the pages this spec is written from, so it is left open:
                any JSON object.
            initial_output (ProcessorOutput | Unset): The output of a processor run. Its shape depends on the processor type
                and is documented on Extend's "Processor output types" page, not on the pages this spec is written from, so it
                is left open: any JSON object.
            reviewed_output (ProcessorOutput | Unset): The output of a processor run. Its shape depends on the processor
                type and is documented on Extend's "Processor output types" page, not on the pages this spec is written from, so
                it is left open: any JSON object.
            output (ProcessorOutput | Unset): The output of a processor run. Its shape depends on the processor type and is
                documented on Extend's "Processor output types" page, not on the pages this spec is written from, so it is left
                open: any JSON object.
            files (list[ProcessorRunFile] | Unset): The files the run processed.
            url (str | Unset): A link to the run in the Extend web application (for example
                `https://platform.extend.app/processor-runs/dpr_1234`).
            failure_reason (str | Unset): A machine-readable reason the run failed, an UPPER_SNAKE_CASE code such as
                `INTERNAL_ERROR` or `FAILED_TO_PROCESS_FILE` (see `ClassifyFailureReason` for the codes the classify-run page
                lists). Availability: present when `status` is `FAILED` (borrowed from the classify-run page's status rules; not
                shown on the processor-run page).
            failure_message (str | Unset): A detailed, human-readable message about the failure. Availability: present when
                `status` is `FAILED` (borrowed from the classify-run page's status rules).
    """

    object_: str | Unset = UNSET
    id: str | Unset = UNSET
    processor_id: str | Unset = UNSET
    processor_version_id: str | Unset = UNSET
    processor_name: str | Unset = UNSET
    status: ProcessorRunStatus | Unset = UNSET
    metadata: RunMetadata | Unset = UNSET
    reviewed: bool | Unset = UNSET
    edited: bool | Unset = UNSET
    edits: ProcessorRunEdits | Unset = UNSET
    type_: ProcessorType | Unset = UNSET
    config: ProcessorConfig | Unset = UNSET
    initial_output: ProcessorOutput | Unset = UNSET
    reviewed_output: ProcessorOutput | Unset = UNSET
    output: ProcessorOutput | Unset = UNSET
    files: list[ProcessorRunFile] | Unset = UNSET
    url: str | Unset = UNSET
    failure_reason: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        processor_id = self.processor_id

        processor_version_id = self.processor_version_id

        processor_name = self.processor_name

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status.value

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        reviewed = self.reviewed

        edited = self.edited

        edits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edits, Unset):
            edits = self.edits.to_dict()

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        initial_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial_output, Unset):
            initial_output = self.initial_output.to_dict()

        reviewed_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reviewed_output, Unset):
            reviewed_output = self.reviewed_output.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        url = self.url

        failure_reason = self.failure_reason

        failure_message = self.failure_message

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
        if url is not UNSET:
            field_dict["url"] = url
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if failure_message is not UNSET:
            field_dict["failureMessage"] = failure_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        id = d.pop("id", UNSET)

        processor_id = d.pop("processorId", UNSET)

        processor_version_id = d.pop("processorVersionId", UNSET)

        processor_name = d.pop("processorName", UNSET)

        def _parse_status(data: object) -> ProcessorRunStatus | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_processor_run_status_processor_run_status = ProcessorRunStatus(data)

            return componentsschemas_processor_run_status_processor_run_status

        status = _parse_status(d.pop("status", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: RunMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RunMetadata.from_dict(_metadata)

        reviewed = d.pop("reviewed", UNSET)

        edited = d.pop("edited", UNSET)

        _edits = d.pop("edits", UNSET)
        edits: ProcessorRunEdits | Unset
        if isinstance(_edits, Unset):
            edits = UNSET
        else:
            edits = ProcessorRunEdits.from_dict(_edits)

        def _parse_type_(data: object) -> ProcessorType | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_processor_type_processor_type = ProcessorType(data)

            return componentsschemas_processor_type_processor_type

        type_ = _parse_type_(d.pop("type", UNSET))

        _config = d.pop("config", UNSET)
        config: ProcessorConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ProcessorConfig.from_dict(_config)

        _initial_output = d.pop("initialOutput", UNSET)
        initial_output: ProcessorOutput | Unset
        if isinstance(_initial_output, Unset):
            initial_output = UNSET
        else:
            initial_output = ProcessorOutput.from_dict(_initial_output)

        _reviewed_output = d.pop("reviewedOutput", UNSET)
        reviewed_output: ProcessorOutput | Unset
        if isinstance(_reviewed_output, Unset):
            reviewed_output = UNSET
        else:
            reviewed_output = ProcessorOutput.from_dict(_reviewed_output)

        _output = d.pop("output", UNSET)
        output: ProcessorOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = ProcessorOutput.from_dict(_output)

        _files = d.pop("files", UNSET)
        files: list[ProcessorRunFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ProcessorRunFile.from_dict(files_item_data)

                files.append(files_item)

        url = d.pop("url", UNSET)

        failure_reason = d.pop("failureReason", UNSET)

        failure_message = d.pop("failureMessage", UNSET)

        _parsed = cls(
            object_=object_,
            id=id,
            processor_id=processor_id,
            processor_version_id=processor_version_id,
            processor_name=processor_name,
            status=status,
            metadata=metadata,
            reviewed=reviewed,
            edited=edited,
            edits=edits,
            type_=type_,
            config=config,
            initial_output=initial_output,
            reviewed_output=reviewed_output,
            output=output,
            files=files,
            url=url,
            failure_reason=failure_reason,
            failure_message=failure_message,
        )

        _parsed.additional_properties = d
        if d:  # fields the spec does not declare: logged at DEBUG once each (see _drift)
            _undeclared_fields(cls.__name__, d)
        return _parsed

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
from ..models.processor_config import ProcessorConfig  # noqa: E402
from ..models.processor_output import ProcessorOutput  # noqa: E402
from ..models.processor_run_edits import ProcessorRunEdits  # noqa: E402
from ..models.processor_run_file import ProcessorRunFile  # noqa: E402
from ..models.run_metadata import RunMetadata  # noqa: E402
