from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="CaseFieldValidations")


@_attrs_define(repr=False)
class CaseFieldValidations:
    """Cross-class validation results for a packet-level field: data quality and consistency
    across the documents of the packet. Availability: present when
    `include_validation_results=true`. Open object: the vendor may add properties.

        Attributes:
            valid (bool | None): Whether the cross-class field passed all of its validation rules.
            failures (list[ValidationFailure] | None): The cross-class validation rules the field failed; filled only when
                `valid` is
                `false`.
    """

    valid: bool | None = None
    failures: list[ValidationFailure] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _valid = UNSET if self.valid is None else self.valid
        valid = _valid

        _failures = UNSET if self.failures is None else self.failures
        failures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_failures, Unset):
            failures = []
            for failures_item_data in _failures:
                failures_item = failures_item_data.to_dict()
                failures.append(failures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valid is not UNSET:
            field_dict["valid"] = valid
        if failures is not UNSET:
            field_dict["failures"] = failures

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
            _at_ = "valid"
            valid = d.pop("valid", UNSET)
            if not isinstance(valid, bool) and valid is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", valid)

            _at_ = "failures"
            _failures = d.pop("failures", UNSET)
            failures: list[ValidationFailure] | Unset = UNSET
            if not isinstance(_failures, Unset):
                if not isinstance(_failures, list):
                    raise _JSONShapeError.wrong_type("an array", _failures)
                failures = []
                for failures_item_index_, failures_item_data in enumerate(_failures):
                    try:
                        failures_item = ValidationFailure.from_dict(failures_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(failures_item_index_) from None
                    failures.append(failures_item)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            valid=None if isinstance(valid, Unset) else valid,
            failures=None if isinstance(failures, Unset) else failures,
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
            ("valid", self.valid),
            ("failures", self.failures),
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
from ..models.validation_failure import ValidationFailure  # noqa: E402
