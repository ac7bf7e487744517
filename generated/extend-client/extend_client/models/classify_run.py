from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.classify_failure_reason import ClassifyFailureReason
from ..models.object_type import ObjectType
from ..models.processor_run_status import ProcessorRunStatus
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ClassifyRun")


@_attrs_define(repr=False)
class ClassifyRun:
    """One run of a classifier over a document: its status, the classifier used, its configuration and file, its output,
    failure details and usage. Returned directly by `get_classify_run` (API version 2026-02-09, the generation of the
    API that has classify runs). A field that is not available is left out or, as Extend's TypeScript SDK types it,
    `null`; both are accepted. May gain new fields.

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
            id (str | None): The unique identifier of the classify run (for example `clr_Xj8mK2pL9nR4vT7qY5wZ`).
            classifier (Classifier | None | Unset): The classifier that was used for this run. Availability: present when a
                classifier reference was provided; not present when the run used an inline config.
            classifier_version (ClassifierVersion | None | Unset): The version of the classifier that was used for this run.
                Availability: present when a classifier reference was provided; not present when the run used an inline config.
            status (ProcessorRunStatus | None): The status of a processor run (extract, classify or split). Open enum: new
                values may
                be added and must be accepted.

                - `PENDING`: the run has been created and is waiting to be processed.
                - `PROCESSING`: the run is in progress.
                - `PROCESSED`: the run completed successfully.
                - `FAILED`: the run failed.
                - `CANCELLED`: the run was cancelled.
            output (ClassifyOutput | None | Unset): The final output: the reviewed output when the run has been reviewed,
                otherwise the initial output. Availability: present when `status` is `PROCESSED`.
            initial_output (ClassifyOutput | None | Unset): The initial output of the classify run, before any review edits.
                Availability: present when `reviewed` is true.
            reviewed_output (ClassifyOutput | None | Unset): The output after human review. Availability: present when
                `reviewed` is true.
            reviewed (bool | None): Whether the run's output has been reviewed by a person; when true, `initialOutput` and
                `reviewedOutput` are present.
            edited (bool | None): Whether the run's results were edited during review.
            config (ClassifyConfig | None): The configuration of a classify run. May gain new fields.
            file (FileSummary | None | Unset): The file that was processed; `null` when the file could not be accessed or
                processed (for example a run that failed while ingesting the file, or a run over several files).
            failure_reason (ClassifyFailureReason | None | Unset): The reason the run failed. Availability: present when
                `status` is `FAILED`.
            failure_message (None | str | Unset): A detailed, human-readable message about the failure. Availability:
                present when `status` is `FAILED`.
            metadata (None | RunMetadata | Unset): Any metadata that was provided when creating the classify run.
                Availability: present when metadata was provided during creation.
            parse_run_id (None | str | Unset): The ID of the parse run that was used for this classify run. Availability:
                present when a parse run was created.
            dashboard_url (str | None): A link to the run in the Extend dashboard.
            usage (None | Unset | Usage): Usage credits consumed by this run. Availability: present when `status` is
                `PROCESSED` (Extend's SDK up to mid-2026 did not say so, and the seed page does not); not returned for runs
                created before 2025-10-07, nor for customers on legacy billing systems.
            created_at (str | None): When the run was created, in UTC, as an RFC 3339 timestamp (for example
                `2024-03-21T16:45:00Z`).
            updated_at (str | None): When the run was last updated, in UTC, as an RFC 3339 timestamp (for example
                `2024-03-21T16:45:00Z`).
    """

    object_: ObjectType | None = None
    id: str | None = None
    classifier: Classifier | None | Unset = UNSET
    classifier_version: ClassifierVersion | None | Unset = UNSET
    status: ProcessorRunStatus | None = None
    output: ClassifyOutput | None | Unset = UNSET
    initial_output: ClassifyOutput | None | Unset = UNSET
    reviewed_output: ClassifyOutput | None | Unset = UNSET
    reviewed: bool | None = None
    edited: bool | None = None
    config: ClassifyConfig | None = None
    file: FileSummary | None | Unset = UNSET
    failure_reason: ClassifyFailureReason | None | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    metadata: None | RunMetadata | Unset = UNSET
    parse_run_id: None | str | Unset = UNSET
    dashboard_url: str | None = None
    usage: None | Unset | Usage = UNSET
    created_at: str | None = None
    updated_at: str | None = None
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

        classifier: dict[str, Any] | None | Unset
        if isinstance(self.classifier, Unset):
            classifier = UNSET
        elif isinstance(self.classifier, Classifier):
            classifier = self.classifier.to_dict()
        else:
            classifier = self.classifier

        classifier_version: dict[str, Any] | None | Unset
        if isinstance(self.classifier_version, Unset):
            classifier_version = UNSET
        elif isinstance(self.classifier_version, ClassifierVersion):
            classifier_version = self.classifier_version.to_dict()
        else:
            classifier_version = self.classifier_version

        _status = UNSET if self.status is None else self.status
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status.value

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, ClassifyOutput):
            output = self.output.to_dict()
        else:
            output = self.output

        initial_output: dict[str, Any] | None | Unset
        if isinstance(self.initial_output, Unset):
            initial_output = UNSET
        elif isinstance(self.initial_output, ClassifyOutput):
            initial_output = self.initial_output.to_dict()
        else:
            initial_output = self.initial_output

        reviewed_output: dict[str, Any] | None | Unset
        if isinstance(self.reviewed_output, Unset):
            reviewed_output = UNSET
        elif isinstance(self.reviewed_output, ClassifyOutput):
            reviewed_output = self.reviewed_output.to_dict()
        else:
            reviewed_output = self.reviewed_output

        _reviewed = UNSET if self.reviewed is None else self.reviewed
        reviewed = _reviewed

        _edited = UNSET if self.edited is None else self.edited
        edited = _edited

        _config = UNSET if self.config is None else self.config
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        file: dict[str, Any] | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, FileSummary):
            file = self.file.to_dict()
        else:
            file = self.file

        failure_reason: None | str | Unset
        if isinstance(self.failure_reason, Unset):
            failure_reason = UNSET
        elif isinstance(self.failure_reason, ClassifyFailureReason):
            failure_reason = self.failure_reason.value
        else:
            failure_reason = self.failure_reason

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RunMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        parse_run_id: None | str | Unset
        if isinstance(self.parse_run_id, Unset):
            parse_run_id = UNSET
        else:
            parse_run_id = self.parse_run_id

        _dashboard_url = UNSET if self.dashboard_url is None else self.dashboard_url
        dashboard_url = _dashboard_url

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, Usage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

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
        if edited is not UNSET:
            field_dict["edited"] = edited
        if config is not UNSET:
            field_dict["config"] = config
        if file is not UNSET:
            field_dict["file"] = file
        if failure_reason is not UNSET:
            field_dict["failureReason"] = failure_reason
        if failure_message is not UNSET:
            field_dict["failureMessage"] = failure_message
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parse_run_id is not UNSET:
            field_dict["parseRunId"] = parse_run_id
        if dashboard_url is not UNSET:
            field_dict["dashboardUrl"] = dashboard_url
        if usage is not UNSET:
            field_dict["usage"] = usage
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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

            _at_ = "classifier"

            def _parse_classifier(data: object) -> Classifier | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, dict):
                    try:
                        classifier_type_0 = Classifier.from_dict(data)

                        return classifier_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an object", data)

            classifier = _parse_classifier(d.pop("classifier", UNSET))

            _at_ = "classifierVersion"

            def _parse_classifier_version(data: object) -> ClassifierVersion | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, dict):
                    try:
                        classifier_version_type_0 = ClassifierVersion.from_dict(data)

                        return classifier_version_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an object", data)

            classifier_version = _parse_classifier_version(d.pop("classifierVersion", UNSET))

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

            _at_ = "output"

            def _parse_output(data: object) -> ClassifyOutput | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, dict):
                    try:
                        output_type_0 = ClassifyOutput.from_dict(data)

                        return output_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an object", data)

            output = _parse_output(d.pop("output", UNSET))

            _at_ = "initialOutput"

            def _parse_initial_output(data: object) -> ClassifyOutput | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, dict):
                    try:
                        initial_output_type_0 = ClassifyOutput.from_dict(data)

                        return initial_output_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an object", data)

            initial_output = _parse_initial_output(d.pop("initialOutput", UNSET))

            _at_ = "reviewedOutput"

            def _parse_reviewed_output(data: object) -> ClassifyOutput | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, dict):
                    try:
                        reviewed_output_type_0 = ClassifyOutput.from_dict(data)

                        return reviewed_output_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an object", data)

            reviewed_output = _parse_reviewed_output(d.pop("reviewedOutput", UNSET))

            _at_ = "reviewed"
            reviewed = d.pop("reviewed", UNSET)
            if not isinstance(reviewed, bool) and reviewed is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", reviewed)

            _at_ = "edited"
            edited = d.pop("edited", UNSET)
            if not isinstance(edited, bool) and edited is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", edited)

            _at_ = "config"
            _config = d.pop("config", UNSET)
            config: ClassifyConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = ClassifyConfig.from_dict(_config)

            _at_ = "file"

            def _parse_file(data: object) -> FileSummary | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, dict):
                    try:
                        file_type_0 = FileSummary.from_dict(data)

                        return file_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an object", data)

            file = _parse_file(d.pop("file", UNSET))

            _at_ = "failureReason"

            def _parse_failure_reason(data: object) -> ClassifyFailureReason | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_classify_failure_reason_classify_failure_reason = data
                        if not isinstance(
                            _componentsschemas_classify_failure_reason_classify_failure_reason, str
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_classify_failure_reason_classify_failure_reason,
                            )
                        componentsschemas_classify_failure_reason_classify_failure_reason = (
                            ClassifyFailureReason(
                                _componentsschemas_classify_failure_reason_classify_failure_reason
                            )
                        )

                        return componentsschemas_classify_failure_reason_classify_failure_reason
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or a string", data)

            failure_reason = _parse_failure_reason(d.pop("failureReason", UNSET))

            _at_ = "failureMessage"

            def _parse_failure_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    return data
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or a string", data)

            failure_message = _parse_failure_message(d.pop("failureMessage", UNSET))

            _at_ = "metadata"

            def _parse_metadata(data: object) -> None | RunMetadata | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, dict):
                    try:
                        metadata_type_0 = RunMetadata.from_dict(data)

                        return metadata_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an object", data)

            metadata = _parse_metadata(d.pop("metadata", UNSET))

            _at_ = "parseRunId"

            def _parse_parse_run_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    return data
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or a string", data)

            parse_run_id = _parse_parse_run_id(d.pop("parseRunId", UNSET))

            _at_ = "dashboardUrl"
            dashboard_url = d.pop("dashboardUrl", UNSET)
            if not isinstance(dashboard_url, str) and dashboard_url is not UNSET:
                raise _JSONShapeError.wrong_type("a string", dashboard_url)

            _at_ = "usage"

            def _parse_usage(data: object) -> None | Unset | Usage:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, dict):
                    try:
                        usage_type_0 = Usage.from_dict(data)

                        return usage_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an object", data)

            usage = _parse_usage(d.pop("usage", UNSET))

            _at_ = "createdAt"
            created_at = d.pop("createdAt", UNSET)
            if not isinstance(created_at, str) and created_at is not UNSET:
                raise _JSONShapeError.wrong_type("a string", created_at)

            _at_ = "updatedAt"
            updated_at = d.pop("updatedAt", UNSET)
            if not isinstance(updated_at, str) and updated_at is not UNSET:
                raise _JSONShapeError.wrong_type("a string", updated_at)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            object_=None if isinstance(object_, Unset) else object_,
            id=None if isinstance(id, Unset) else id,
            classifier=classifier,
            classifier_version=classifier_version,
            status=None if isinstance(status, Unset) else status,
            output=output,
            initial_output=initial_output,
            reviewed_output=reviewed_output,
            reviewed=None if isinstance(reviewed, Unset) else reviewed,
            edited=None if isinstance(edited, Unset) else edited,
            config=None if isinstance(config, Unset) else config,
            file=file,
            failure_reason=failure_reason,
            failure_message=failure_message,
            metadata=metadata,
            parse_run_id=parse_run_id,
            dashboard_url=None if isinstance(dashboard_url, Unset) else dashboard_url,
            usage=usage,
            created_at=None if isinstance(created_at, Unset) else created_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
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
            ("classifier", self.classifier),
            ("classifier_version", self.classifier_version),
            ("status", self.status),
            ("output", self.output),
            ("initial_output", self.initial_output),
            ("reviewed_output", self.reviewed_output),
            ("reviewed", self.reviewed),
            ("edited", self.edited),
            ("config", self.config),
            ("file", self.file),
            ("failure_reason", self.failure_reason),
            ("failure_message", self.failure_message),
            ("metadata", self.metadata),
            ("parse_run_id", self.parse_run_id),
            ("dashboard_url", self.dashboard_url),
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
from ..models.classify_config import ClassifyConfig  # noqa: E402
from ..models.classify_output import ClassifyOutput  # noqa: E402
from ..models.file_summary import FileSummary  # noqa: E402
from ..models.run_metadata import RunMetadata  # noqa: E402
from ..models.usage import Usage  # noqa: E402
