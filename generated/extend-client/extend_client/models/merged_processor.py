from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="MergedProcessor")


@_attrs_define(repr=False)
class MergedProcessor:
    """A processor whose output was merged into a run's output. May gain new fields.

    Attributes:
        processor_id (str | None): The merged processor's identifier (for example `ex_Xj8mK2pL9nR4vT7qY5wZ`).
        processor_version_id (str | None): The identifier of the processor version used.
        processor_name (str | None): The merged processor's name.
    """

    processor_id: str | None = None
    processor_version_id: str | None = None
    processor_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _processor_id = UNSET if self.processor_id is None else self.processor_id
        processor_id = _processor_id

        _processor_version_id = (
            UNSET if self.processor_version_id is None else self.processor_version_id
        )
        processor_version_id = _processor_version_id

        _processor_name = UNSET if self.processor_name is None else self.processor_name
        processor_name = _processor_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if processor_id is not UNSET:
            field_dict["processorId"] = processor_id
        if processor_version_id is not UNSET:
            field_dict["processorVersionId"] = processor_version_id
        if processor_name is not UNSET:
            field_dict["processorName"] = processor_name

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

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            processor_id=None if isinstance(processor_id, Unset) else processor_id,
            processor_version_id=None
            if isinstance(processor_version_id, Unset)
            else processor_version_id,
            processor_name=None if isinstance(processor_name, Unset) else processor_name,
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
            ("processor_id", self.processor_id),
            ("processor_version_id", self.processor_version_id),
            ("processor_name", self.processor_name),
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
