from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._drift import undeclared_fields as _undeclared_fields
from ..errors import JSONShapeError as _JSONShapeError
from ..models.job_status import JobStatus
from ..types import UNSET, Unset

_T = TypeVar("_T", bound="JobResults")


@_attrs_define(repr=False)
class JobResults:
    """The result rows of one job, with the job's current status. Returned by `get_job_results`. May gain new fields.

    Attributes:
        job_id (str | None): The job's UUID.
        job_status (JobStatus | None): The status of a job. Open enum: the page lists `complete`, `processing` and
            `failed`
            followed by "etc."; Talonic's published schema adds `pending` and `queued`, and its
            job-list page `cancelled`. Other values can appear and must be accepted.

            - `pending`: the job was created and has not started (every job starts here).
            - `queued`: the job is waiting to run.
            - `processing`: the job is still running; rows are available progressively as each
              phase flushes to the database.
            - `complete`: every pipeline phase has finished; the rows are final (the API reports
              its internal `completed` as `complete`).
            - `failed`: the job failed.
            - `cancelled`: the job was cancelled.
        schema (JobSchema | None | Unset): The extraction schema used for this job, as `{id, name}`; `null` when the job
            has no associated schema.
        total_rows (int | None): The total number of result rows (one per document). While the job is processing this
            counts the rows available so far.
        data (list[ResultRow] | None): The result rows, one per source document. While `job_status` is `processing`,
            only the rows flushed so far; when the job failed, possibly none.
        links (JobResultsLinks | None): Hypermedia links related to a job's results. May gain new links.
    """

    job_id: str | None = None
    job_status: JobStatus | None = None
    schema: JobSchema | None | Unset = UNSET
    total_rows: int | None = None
    data: list[ResultRow] | None = None
    links: JobResultsLinks | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _job_id = UNSET if self.job_id is None else self.job_id
        job_id = _job_id

        _job_status = UNSET if self.job_status is None else self.job_status
        job_status: str | Unset
        if isinstance(_job_status, Unset):
            job_status = UNSET
        else:
            job_status = _job_status.value

        schema: dict[str, Any] | None | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(self.schema, JobSchema):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

        _total_rows = UNSET if self.total_rows is None else self.total_rows
        total_rows = _total_rows

        _data = UNSET if self.data is None else self.data
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_data, Unset):
            data = []
            for data_item_data in _data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        _links = UNSET if self.links is None else self.links
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(_links, Unset):
            links = _links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_status is not UNSET:
            field_dict["job_status"] = job_status
        if schema is not UNSET:
            field_dict["schema"] = schema
        if total_rows is not UNSET:
            field_dict["total_rows"] = total_rows
        if data is not UNSET:
            field_dict["data"] = data
        if links is not UNSET:
            field_dict["links"] = links

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
            _at_ = "job_id"
            job_id = d.pop("job_id", UNSET)
            if not isinstance(job_id, str) and job_id is not UNSET:
                raise _JSONShapeError.wrong_type("a string", job_id)

            _at_ = "job_status"

            def _parse_job_status(data: object) -> JobStatus | Unset:
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, str):
                    try:
                        _componentsschemas_job_status_job_status = data
                        if not isinstance(_componentsschemas_job_status_job_status, str):
                            raise _JSONShapeError.wrong_type(
                                "a string", _componentsschemas_job_status_job_status
                            )
                        componentsschemas_job_status_job_status = JobStatus(
                            _componentsschemas_job_status_job_status
                        )

                        return componentsschemas_job_status_job_status
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("a string", data)

            job_status = _parse_job_status(d.pop("job_status", UNSET))

            _at_ = "schema"

            def _parse_schema(data: object) -> JobSchema | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _first_error_: _JSONShapeError | None = None
                if isinstance(data, dict):
                    try:
                        schema_type_0 = JobSchema.from_dict(data)

                        return schema_type_0
                    except _JSONShapeError as _error_:
                        _first_error_ = _first_error_ or _error_
                if _first_error_ is not None:
                    raise _first_error_
                raise _JSONShapeError.wrong_type("null or an object", data)

            schema = _parse_schema(d.pop("schema", UNSET))

            _at_ = "total_rows"
            total_rows = d.pop("total_rows", UNSET)
            if (
                not (isinstance(total_rows, int) and not isinstance(total_rows, bool))
                and total_rows is not UNSET
            ):
                raise _JSONShapeError.wrong_type("an integer", total_rows)

            _at_ = "data"
            _data = d.pop("data", UNSET)
            data: list[ResultRow] | Unset = UNSET
            if not isinstance(_data, Unset):
                if not isinstance(_data, list):
                    raise _JSONShapeError.wrong_type("an array", _data)
                data = []
                for data_item_index_, data_item_data in enumerate(_data):
                    try:
                        data_item = ResultRow.from_dict(data_item_data)

                    except _JSONShapeError as _error_:
                        raise _error_.within(data_item_index_) from None
                    data.append(data_item)

            _at_ = "links"
            _links = d.pop("links", UNSET)
            links: JobResultsLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = JobResultsLinks.from_dict(_links)

        except _JSONShapeError as _error_:
            raise _error_.within(_at_) from None
        except KeyError:  # d.pop() of a required property: the nested models raise _JSONShapeError
            raise _JSONShapeError.missing(_at_) from None
        _parsed = cls(
            job_id=None if isinstance(job_id, Unset) else job_id,
            job_status=None if isinstance(job_status, Unset) else job_status,
            schema=schema,
            total_rows=None if isinstance(total_rows, Unset) else total_rows,
            data=None if isinstance(data, Unset) else data,
            links=None if isinstance(links, Unset) else links,
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
            ("job_id", self.job_id),
            ("job_status", self.job_status),
            ("schema", self.schema),
            ("total_rows", self.total_rows),
            ("data", self.data),
            ("links", self.links),
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
from ..models.job_results_links import JobResultsLinks  # noqa: E402
from ..models.job_schema import JobSchema  # noqa: E402
from ..models.result_row import ResultRow  # noqa: E402
