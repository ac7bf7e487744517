from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ParseConfigBlockOptionsText")


@_attrs_define(repr=False)
class ParseConfigBlockOptionsText:
    """How text is parsed. May gain new fields.

    Attributes:
        signature_detection_enabled (bool | None): Whether a separate vision model looks for signatures.
        agentic (ParseConfigAgenticOptions | None): A vision model's review and correction of one kind of block (Extend
            types the same fields for tables and for text). May gain new fields.
    """

    signature_detection_enabled: bool | None = None
    agentic: ParseConfigAgenticOptions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _signature_detection_enabled = (
            UNSET if self.signature_detection_enabled is None else self.signature_detection_enabled
        )
        signature_detection_enabled = _signature_detection_enabled

        _agentic = UNSET if self.agentic is None else self.agentic
        agentic: dict[str, Any] | Unset = UNSET
        if not isinstance(_agentic, Unset):
            agentic = _agentic.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signature_detection_enabled is not UNSET:
            field_dict["signatureDetectionEnabled"] = signature_detection_enabled
        if agentic is not UNSET:
            field_dict["agentic"] = agentic

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
            _at_ = "signatureDetectionEnabled"
            signature_detection_enabled = d.pop("signatureDetectionEnabled", UNSET)
            if (
                not isinstance(signature_detection_enabled, bool)
                and signature_detection_enabled is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a boolean", signature_detection_enabled)

            _at_ = "agentic"
            _agentic = d.pop("agentic", UNSET)
            agentic: ParseConfigAgenticOptions | Unset
            if isinstance(_agentic, Unset):
                agentic = UNSET
            else:
                agentic = ParseConfigAgenticOptions.from_dict(_agentic)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            signature_detection_enabled=None
            if isinstance(signature_detection_enabled, Unset)
            else signature_detection_enabled,
            agentic=None if isinstance(agentic, Unset) else agentic,
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
            ("signature_detection_enabled", self.signature_detection_enabled),
            ("agentic", self.agentic),
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
from ..models.parse_config_agentic_options import ParseConfigAgenticOptions  # noqa: E402
