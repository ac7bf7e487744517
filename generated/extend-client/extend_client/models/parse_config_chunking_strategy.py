from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..models.parse_config_chunking_strategy_type import ParseConfigChunkingStrategyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParseConfigChunkingStrategy")


@_attrs_define
class ParseConfigChunkingStrategy:
    """How a parsed document is divided into chunks. May gain new fields.

    Attributes:
        type_ (ParseConfigChunkingStrategyType | Unset): The kind of chunks a parsed document is divided into. Open
            enum: new values may be added
            and must be accepted.

            - `page`: one chunk per page.
            - `document`: the whole document as one chunk (no chunking).
            - `section`: one chunk per logical section (not with the `spatial` target).
        options (ParseConfigChunkingStrategyOptions | Unset): Size limits of the chunks. May gain new fields.
    """

    type_: ParseConfigChunkingStrategyType | Unset = UNSET
    options: ParseConfigChunkingStrategyOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> ParseConfigChunkingStrategyType | Unset:
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_parse_config_chunking_strategy_type_parse_config_chunking_strategy_type = ParseConfigChunkingStrategyType(
                data
            )

            return componentsschemas_parse_config_chunking_strategy_type_parse_config_chunking_strategy_type

        type_ = _parse_type_(d.pop("type", UNSET))

        _options = d.pop("options", UNSET)
        options: ParseConfigChunkingStrategyOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ParseConfigChunkingStrategyOptions.from_dict(_options)

        _parsed = cls(
            type_=type_,
            options=options,
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
from ..models.parse_config_chunking_strategy_options import ParseConfigChunkingStrategyOptions  # noqa: E402
