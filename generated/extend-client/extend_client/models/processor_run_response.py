from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ProcessorRunResponse")


@_attrs_define(repr=False)
class ProcessorRunResponse:
    """The response of `get_processor_run`: a success flag and the processor run. May gain new fields.

    Attributes:
        success (bool | None): Whether the request was successful (`true` on this response).
        processor_run (ProcessorRun | None): One run of a document processor (extract, classify or split) over one or
            more files: its status, the processor and version it used, its outputs before and after review, and the edits
            made during review. Extend's SDKs call it `ProcessorRun` (API version 2025-04-21) and `LegacyProcessorRun`
            (2026-02-09, where processor runs are the older generation of the API); both versions return the same fields.
            May gain new fields.
    """

    success: bool | None = None
    processor_run: ProcessorRun | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _success = UNSET if self.success is None else self.success
        success = _success

        _processor_run = UNSET if self.processor_run is None else self.processor_run
        processor_run: dict[str, Any] | Unset = UNSET
        if not isinstance(_processor_run, Unset):
            processor_run = _processor_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if processor_run is not UNSET:
            field_dict["processorRun"] = processor_run

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
            _at_ = "success"
            success = d.pop("success", UNSET)
            if not isinstance(success, bool) and success is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", success)

            _at_ = "processorRun"
            _processor_run = d.pop("processorRun", UNSET)
            processor_run: ProcessorRun | Unset
            if isinstance(_processor_run, Unset):
                processor_run = UNSET
            else:
                processor_run = ProcessorRun.from_dict(_processor_run)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            success=None if isinstance(success, Unset) else success,
            processor_run=None if isinstance(processor_run, Unset) else processor_run,
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
            ("success", self.success),
            ("processor_run", self.processor_run),
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
from ..models.processor_run import ProcessorRun  # noqa: E402
