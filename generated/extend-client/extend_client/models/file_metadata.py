from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="FileMetadata")


@_attrs_define(repr=False)
class FileMetadata:
    """Facts about a file. May gain new fields.

    Attributes:
        page_count (float | None): The number of pages (PDF and DOCX files only).
        parent_split (ParentSplit | None): The split a derived file was made from. May gain new fields.
    """

    page_count: float | None = None
    parent_split: ParentSplit | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _page_count = UNSET if self.page_count is None else self.page_count
        page_count = _page_count

        _parent_split = UNSET if self.parent_split is None else self.parent_split
        parent_split: dict[str, Any] | Unset = UNSET
        if not isinstance(_parent_split, Unset):
            parent_split = _parent_split.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count
        if parent_split is not UNSET:
            field_dict["parentSplit"] = parent_split

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
            _at_ = "pageCount"
            page_count = d.pop("pageCount", UNSET)
            if (
                not (isinstance(page_count, (int, float)) and not isinstance(page_count, bool))
                and page_count is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a number", page_count)

            _at_ = "parentSplit"
            _parent_split = d.pop("parentSplit", UNSET)
            parent_split: ParentSplit | Unset
            if isinstance(_parent_split, Unset):
                parent_split = UNSET
            else:
                parent_split = ParentSplit.from_dict(_parent_split)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            page_count=None if isinstance(page_count, Unset) else page_count,
            parent_split=None if isinstance(parent_split, Unset) else parent_split,
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
            ("page_count", self.page_count),
            ("parent_split", self.parent_split),
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
from ..models.parent_split import ParentSplit  # noqa: E402
