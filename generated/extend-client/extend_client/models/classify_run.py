from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classify_failure_reason import ClassifyFailureReason
from ..models.processor_run_status import ProcessorRunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClassifyRun")


@_attrs_define(repr=False)
class ClassifyRun:
    """One run of a classifier over a document: its status, the classifier used, its output, failure details and usage.
    Returned directly by `get_classify_run`. May gain new fields.

        Attributes:
            object_ (str | None): The type of object; always `classify_run`.
            id (str | None): The unique identifier of the classify run (for example `clr_Xj8mK2pL9nR4vT7qY5wZ`).
            classifier (Classifier | None): The classifier a classify run used. Its fields are documented on Extend's
                classifier object page, not on the pages this spec is written from, so it is left open: any JSON object.
            classifier_version (ClassifierVersion | None): The classifier version a classify run used. Its fields are
                documented on Extend's classifier version object page, not on the pages this spec is written from, so it is left
                open: any JSON object.
            status (ProcessorRunStatus | None): The status of a processor run (extract, classify or split). Open enum: new
                values may
                be added and must be accepted.

                - `PENDING`: the run has been created and is waiting to be processed.
                - `PROCESSING`: the run is in progress.
                - `PROCESSED`: the run completed successfully.
                - `FAILED`: the run failed.
                - `CANCELLED`: the run was cancelled.
            output (ClassifyOutput | None): The output of a classify run (the class assigned to the document). Its shape is
                documented on Extend's output types page, not on the pages this spec is written from, so it is left open: any
                JSON object.
            initial_output (ClassifyOutput | None): The output of a classify run (the class assigned to the document). Its
                shape is documented on Extend's output types page, not on the pages this spec is written from, so it is left
                open: any JSON object.
            reviewed_output (ClassifyOutput | None): The output of a classify run (the class assigned to the document). Its
                shape is documented on Extend's output types page, not on the pages this spec is written from, so it is left
                open: any JSON object.
            reviewed (bool | None): Whether the run's output has been reviewed by a person; when true, `initialOutput` and
                `reviewedOutput` are present. (The page refers to this field but does not list it, so it may be absent.)
            failure_reason (ClassifyFailureReason | None): Why a classify run failed. Open enum: additional failure reasons
                may be added in the
                future; handle unknown values gracefully.

                - `ABORTED`: the run was aborted by the user.
                - `INTERNAL_ERROR`: an unexpected internal error occurred.
                - `FAILED_TO_PROCESS_FILE`: the file could not be processed (for example an OCR
                  failure or a file access issue).
                - `INVALID_PROCESSOR`: the processor configuration is invalid.
                - `INVALID_CONFIGURATION`: the provided configuration is incompatible with the
                  selected model.
                - `PARSING_ERROR`: the classification output could not be parsed.
                - `PRE_PROCESSING_FAILURE`: an error occurred during preprocessing.
                - `POST_PROCESSING_FAILURE`: an error occurred during postprocessing.
                - `OUT_OF_CREDITS`: there were insufficient credits to run the classification.
            failure_message (str | None): A detailed, human-readable message about the failure. Availability: present when
                `status` is `FAILED`.
            metadata (RunMetadata | None): Metadata supplied by the caller when the run was created, returned unchanged: any
                JSON object of the caller's choosing.
            parse_run_id (str | None): The ID of the parse run that was used for this classify run. Availability: present
                when a parse run was created.
            usage (Usage | None): The usage credits a run consumed. Its fields are not defined on the pages this spec is
                written from, so it is left open: any JSON object.
            created_at (str | None): When the run was created, in UTC, as an RFC 3339 timestamp (for example
                `2024-03-21T16:45:00Z`).
            updated_at (str | None): When the run was last updated, in UTC, as an RFC 3339 timestamp (for example
                `2024-03-21T16:45:00Z`).
    """

    object_: str | None = None
    id: str | None = None
    classifier: Classifier | None = None
    classifier_version: ClassifierVersion | None = None
    status: ProcessorRunStatus | None = None
    output: ClassifyOutput | None = None
    initial_output: ClassifyOutput | None = None
    reviewed_output: ClassifyOutput | None = None
    reviewed: bool | None = None
    failure_reason: ClassifyFailureReason | None = None
    failure_message: str | None = None
    metadata: RunMetadata | None = None
    parse_run_id: str | None = None
    usage: Usage | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _object_ = UNSET if self.object_ is None else self.object_
        object_ = _object_

        _id = UNSET if self.id is None else self.id
        id = _id

        _classifier = UNSET if self.classifier is None else self.classifier
        classifier: dict[str, Any] | Unset = UNSET
        if not isinstance(_classifier, Unset):
            classifier = _classifier.to_dict()

        _classifier_version = UNSET if self.classifier_version is None else self.classifier_version
        classifier_version: dict[str, Any] | Unset = UNSET
        if not isinstance(_classifier_version, Unset):
            classifier_version = _classifier_version.to_dict()

        _status = UNSET if self.status is None else self.status
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status.value

        _output = UNSET if self.output is None else self.output
        output: dict[str, Any] | Unset = UNSET
        if not isinstance(_output, Unset):
            output = _output.to_dict()

        _initial_output = UNSET if self.initial_output is None else self.initial_output
        initial_output: dict[str, Any] | Unset = UNSET
        if not isinstance(_initial_output, Unset):
            initial_output = _initial_output.to_dict()

        _reviewed_output = UNSET if self.reviewed_output is None else self.reviewed_output
        reviewed_output: dict[str, Any] | Unset = UNSET
        if not isinstance(_reviewed_output, Unset):
            reviewed_output = _reviewed_output.to_dict()

        _reviewed = UNSET if self.reviewed is None else self.reviewed
        reviewed = _reviewed

        _failure_reason = UNSET if self.failure_reason is None else self.failure_reason
        failure_reason: str | Unset
        if isinstance(_failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = _failure_reason.value

        _failure_message = UNSET if self.failure_message is None else self.failure_message
        failure_message = _failure_message

        _metadata = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata, Unset):
            metadata = _metadata.to_dict()

        _parse_run_id = UNSET if self.parse_run_id is None else self.parse_run_id
        parse_run_id = _parse_run_id

        _usage = UNSET if self.usage is None else self.usage
        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(_usage, Unset):
            usage = _usage.to_dict()

        _created_at = UNSET if self.created_at is None else self.created_at
        created_at = _created_at

        _updated_at = UNSET if self.updated_at is None else self.updated_at
        updated_at = _updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if classifier is not UNSET:
            field_dict["classifier"] = classifier
        if classifier_version is not UNSET:
            field_dict["classifierVersion"] = classifier_version
        if status is not UNSET:
            field_dict["status"] = status
        if output is not UNSET:
            field_dict["output"] = output
        if initial_output is not UNSET:
            field_dict["initialOutput"] = initial_output
        if reviewed_output is not UNSET:
            field_dict["reviewedOutput"] = reviewed_output
        if reviewed is not UNSET:
            field_dict["reviewed"] = reviewed
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if failure_message is not UNSET:
            field_dict["failureMessage"] = failure_message
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parse_run_id is not UNSET:
            field_dict["parseRunId"] = parse_run_id
        if usage is not UNSET:
            field_dict["usage"] = usage
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        id = d.pop("id", UNSET)

        _classifier = d.pop("classifier", UNSET)
        classifier: Classifier | Unset
        if isinstance(_classifier, Unset):
            classifier = UNSET
        else:
            classifier = Classifier.from_dict(_classifier)

        _classifier_version = d.pop("classifierVersion", UNSET)
        classifier_version: ClassifierVersion | Unset
        if isinstance(_classifier_version, Unset):
            classifier_version = UNSET
        else:
            classifier_version = ClassifierVersion.from_dict(_classifier_version)

        def _parse_status(data: object) -> ProcessorRunStatus | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_processor_run_status_processor_run_status = ProcessorRunStatus(data)

            return componentsschemas_processor_run_status_processor_run_status

        status = _parse_status(d.pop("status", UNSET))

        _output = d.pop("output", UNSET)
        output: ClassifyOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = ClassifyOutput.from_dict(_output)

        _initial_output = d.pop("initialOutput", UNSET)
        initial_output: ClassifyOutput | Unset
        if isinstance(_initial_output, Unset):
            initial_output = UNSET
        else:
            initial_output = ClassifyOutput.from_dict(_initial_output)

        _reviewed_output = d.pop("reviewedOutput", UNSET)
        reviewed_output: ClassifyOutput | Unset
        if isinstance(_reviewed_output, Unset):
            reviewed_output = UNSET
        else:
            reviewed_output = ClassifyOutput.from_dict(_reviewed_output)

        reviewed = d.pop("reviewed", UNSET)

        def _parse_failure_reason(data: object) -> ClassifyFailureReason | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_classify_failure_reason_classify_failure_reason = (
                ClassifyFailureReason(data)
            )

            return componentsschemas_classify_failure_reason_classify_failure_reason

        failure_reason = _parse_failure_reason(d.pop("failureReason", UNSET))

        failure_message = d.pop("failureMessage", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: RunMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = RunMetadata.from_dict(_metadata)

        parse_run_id = d.pop("parseRunId", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _parsed = cls(
            object_=None if isinstance(object_, Unset) else object_,
            id=None if isinstance(id, Unset) else id,
            classifier=None if isinstance(classifier, Unset) else classifier,
            classifier_version=None
            if isinstance(classifier_version, Unset)
            else classifier_version,
            status=None if isinstance(status, Unset) else status,
            output=None if isinstance(output, Unset) else output,
            initial_output=None if isinstance(initial_output, Unset) else initial_output,
            reviewed_output=None if isinstance(reviewed_output, Unset) else reviewed_output,
            reviewed=None if isinstance(reviewed, Unset) else reviewed,
            failure_reason=None if isinstance(failure_reason, Unset) else failure_reason,
            failure_message=None if isinstance(failure_message, Unset) else failure_message,
            metadata=None if isinstance(metadata, Unset) else metadata,
            parse_run_id=None if isinstance(parse_run_id, Unset) else parse_run_id,
            usage=None if isinstance(usage, Unset) else usage,
            created_at=None if isinstance(created_at, Unset) else created_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
        )

        _parsed.additional_properties = d
        return _parsed

    def __repr__(self) -> str:
        """The fields that are set (not None, not absent), then any undeclared ones."""
        fields: tuple[tuple[str, object], ...] = (
            ("object_", self.object_),
            ("id", self.id),
            ("classifier", self.classifier),
            ("classifier_version", self.classifier_version),
            ("status", self.status),
            ("output", self.output),
            ("initial_output", self.initial_output),
            ("reviewed_output", self.reviewed_output),
            ("reviewed", self.reviewed),
            ("failure_reason", self.failure_reason),
            ("failure_message", self.failure_message),
            ("metadata", self.metadata),
            ("parse_run_id", self.parse_run_id),
            ("usage", self.usage),
            ("created_at", self.created_at),
            ("updated_at", self.updated_at),
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
from ..models.classifier import Classifier  # noqa: E402
from ..models.classifier_version import ClassifierVersion  # noqa: E402
from ..models.classify_output import ClassifyOutput  # noqa: E402
from ..models.run_metadata import RunMetadata  # noqa: E402
from ..models.usage import Usage  # noqa: E402
