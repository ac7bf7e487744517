"""Generated models read plainly (issue 17): absent optional fields are None where the spec does
not tell absent from null, stay distinct where it does, and a repr shows the fields that are set."""

from __future__ import annotations

from types import ModuleType


def test_absent_optional_fields_read_as_none_and_round_trip(ib: ModuleType) -> None:
    run = ib.models.RunResults.from_dict({"status": "COMPLETE"})
    assert run.files is None
    assert run.has_more is None
    assert run.to_dict() == {"status": "COMPLETE"}  # absent stays absent
    built = ib.models.RunResults(has_more=False)
    assert built.files is None and built.to_dict() == {"has_more": False}


def test_nullable_fields_keep_absent_and_null_apart(ib: ModuleType) -> None:
    absent = ib.models.RunResults.from_dict({"status": "RUNNING"})
    null = ib.models.RunResults.from_dict({"status": "RUNNING", "finish_timestamp": None})
    assert isinstance(absent.finish_timestamp, ib.types.Unset)
    assert null.finish_timestamp is None
    assert absent.to_dict() == {"status": "RUNNING"}
    assert null.to_dict() == {"status": "RUNNING", "finish_timestamp": None}


def test_repr_shows_the_fields_that_are_set(ib: ModuleType, ext: ModuleType) -> None:
    body = {
        "status": "COMPLETE",
        "has_more": False,
        "files": [{"original_file_name": "a.pdf"}],
        "vendor_added": 1,
    }
    text = repr(ib.models.RunResults.from_dict(body))
    assert text.startswith("RunResults(")
    assert "has_more=False" in text
    assert "FileResult(original_file_name='a.pdf')" in text
    assert "additional_properties={'vendor_added': 1}" in text
    assert "Unset" not in text and "object at 0x" not in text
    assert "documents" not in text  # absent: not shown
    assert repr(ext.models.ClassifyRun.from_dict({})) == "ClassifyRun()"


def test_enums_print_the_same_in_the_client_and_models_packages(ib: ModuleType) -> None:
    import instabase_models

    for value in ("COMPLETE", "A_STATUS_ADDED_LATER"):
        client_enum = ib.models.RunStatus(value)
        models_enum = instabase_models.RunStatus(value)
        assert str(client_enum) == str(models_enum) == f"{models_enum}" == value
