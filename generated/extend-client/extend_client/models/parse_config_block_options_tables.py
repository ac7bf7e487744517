from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.parse_config_block_options_tables_target_format import (
    ParseConfigBlockOptionsTablesTargetFormat,
)
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="ParseConfigBlockOptionsTables")


@_attrs_define(repr=False)
class ParseConfigBlockOptionsTables:
    """How tables are parsed. May gain new fields.

    Attributes:
        enabled (bool | None): Deprecated by Extend; it has no effect.
        target_format (ParseConfigBlockOptionsTablesTargetFormat | None): The format tables are written in. Open enum:
            new values may be added and must be
            accepted.

            - `markdown`: Markdown tables.
            - `html`: HTML tables.
        table_header_continuation_enabled (bool | None): Whether a header row is carried over to a table without one on
            a following page (when the column counts match).
        cell_blocks_enabled (bool | None): Whether each table cell is returned as a block of its own.
        agentic (ParseConfigAgenticOptions | None): A vision model's review and correction of one kind of block (Extend
            types the same fields for tables and for text). May gain new fields.
    """

    enabled: bool | None = None
    target_format: ParseConfigBlockOptionsTablesTargetFormat | None = None
    table_header_continuation_enabled: bool | None = None
    cell_blocks_enabled: bool | None = None
    agentic: ParseConfigAgenticOptions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _enabled = UNSET if self.enabled is None else self.enabled
        enabled = _enabled

        _target_format = UNSET if self.target_format is None else self.target_format
        target_format: str | Unset
        if isinstance(_target_format, Unset):
            target_format = UNSET
        else:
            target_format = _target_format.value

        _table_header_continuation_enabled = (
            UNSET
            if self.table_header_continuation_enabled is None
            else self.table_header_continuation_enabled
        )
        table_header_continuation_enabled = _table_header_continuation_enabled

        _cell_blocks_enabled = (
            UNSET if self.cell_blocks_enabled is None else self.cell_blocks_enabled
        )
        cell_blocks_enabled = _cell_blocks_enabled

        _agentic = UNSET if self.agentic is None else self.agentic
        agentic: dict[str, Any] | Unset = UNSET
        if not isinstance(_agentic, Unset):
            agentic = _agentic.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if target_format is not UNSET:
            field_dict["targetFormat"] = target_format
        if table_header_continuation_enabled is not UNSET:
            field_dict["tableHeaderContinuationEnabled"] = table_header_continuation_enabled
        if cell_blocks_enabled is not UNSET:
            field_dict["cellBlocksEnabled"] = cell_blocks_enabled
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
            _at_ = "enabled"
            enabled = d.pop("enabled", UNSET)
            if not isinstance(enabled, bool) and enabled is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", enabled)

            _at_ = "targetFormat"

            def _parse_target_format(
                data: object,
            ) -> ParseConfigBlockOptionsTablesTargetFormat | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_parse_config_block_options_tables_target_format_parse_config_block_options_tables_target_format = data
                        if not isinstance(
                            _componentsschemas_parse_config_block_options_tables_target_format_parse_config_block_options_tables_target_format,
                            str,
                        ):
                            raise _JSONShapeError.wrong_type(
                                "a string",
                                _componentsschemas_parse_config_block_options_tables_target_format_parse_config_block_options_tables_target_format,
                            )
                        componentsschemas_parse_config_block_options_tables_target_format_parse_config_block_options_tables_target_format = ParseConfigBlockOptionsTablesTargetFormat(
                            _componentsschemas_parse_config_block_options_tables_target_format_parse_config_block_options_tables_target_format
                        )

                        return componentsschemas_parse_config_block_options_tables_target_format_parse_config_block_options_tables_target_format
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            target_format = _parse_target_format(d.pop("targetFormat", UNSET))

            _at_ = "tableHeaderContinuationEnabled"
            table_header_continuation_enabled = d.pop("tableHeaderContinuationEnabled", UNSET)
            if (
                not isinstance(table_header_continuation_enabled, bool)
                and table_header_continuation_enabled is not UNSET
            ):
                raise _JSONShapeError.wrong_type("a boolean", table_header_continuation_enabled)

            _at_ = "cellBlocksEnabled"
            cell_blocks_enabled = d.pop("cellBlocksEnabled", UNSET)
            if not isinstance(cell_blocks_enabled, bool) and cell_blocks_enabled is not UNSET:
                raise _JSONShapeError.wrong_type("a boolean", cell_blocks_enabled)

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
            enabled=None if isinstance(enabled, Unset) else enabled,
            target_format=None if isinstance(target_format, Unset) else target_format,
            table_header_continuation_enabled=None
            if isinstance(table_header_continuation_enabled, Unset)
            else table_header_continuation_enabled,
            cell_blocks_enabled=None
            if isinstance(cell_blocks_enabled, Unset)
            else cell_blocks_enabled,
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
            ("enabled", self.enabled),
            ("target_format", self.target_format),
            ("table_header_continuation_enabled", self.table_header_continuation_enabled),
            ("cell_blocks_enabled", self.cell_blocks_enabled),
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
