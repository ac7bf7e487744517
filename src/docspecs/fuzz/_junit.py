"""The JUnit XML report of a fuzz run: a test suite per API, a test case per operation."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from docspecs._errors import DocspecsError
from docspecs._outputs import open_output
from docspecs.fuzz._results import FuzzResult


def write_junit(result: FuzzResult, path: Path) -> None:
    """One test suite per API, one test case per operation, one <failure> per failed check.

    Missing folders above `path` are created; a `path` that is not a regular file (a FIFO, a
    device, a folder) raises `DocspecsError` (see `docspecs._outputs`)."""
    root = ElementTree.Element("testsuites", name="docspecs fuzz")
    apis = list(dict.fromkeys(op.api for op in result.operations))
    for api in apis:
        ops = [op for op in result.operations if op.api == api]
        api_failures = [f for f in result.failures if f.api == api]
        api_errors = [
            e for e in result.errors if e.startswith(f"{api} ") or e.startswith(f"{api}:")
        ]
        suite = ElementTree.SubElement(
            root,
            "testsuite",
            name=f"fuzz {api}",
            tests=str(len(ops)),
            failures=str(len({f.operation_id for f in api_failures})),
            errors=str(len(api_errors)),
        )
        properties = ElementTree.SubElement(suite, "properties")
        for name, value in (
            ("seed", result.seed),
            ("max-examples", result.max_examples),
            ("target", result.target),
            *((("shard", f"{result.shard[0]}/{result.shard[1]}"),) if result.shard else ()),
        ):
            ElementTree.SubElement(properties, "property", name=name, value=str(value))
        for op in ops:
            case = ElementTree.SubElement(
                suite, "testcase", classname=f"fuzz.{api}", name=op.operation_id
            )
            out = ElementTree.SubElement(case, "system-out")
            out.text = (
                f"{op.cases} cases, {op.ok} 2xx ({op.share_ok:.0%}), ids {op.ids_ok}/{op.ids_total}"
            )
            for failure in (f for f in api_failures if f.operation_id == op.operation_id):
                element = ElementTree.SubElement(
                    case, "failure", message=f"{failure.check}: {failure.title}"
                )
                element.text = str(failure)
        for error in api_errors:
            case = ElementTree.SubElement(suite, "testcase", classname=f"fuzz.{api}", name="(run)")
            ElementTree.SubElement(case, "error", message=error.splitlines()[0][:200]).text = error
    ElementTree.indent(root)
    text = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True).decode("utf-8")
    try:
        with open_output(path, "--junit-xml", make_parents=True) as file:
            file.write(text)
    except OSError as error:
        raise DocspecsError(f"--junit-xml {path}: cannot write ({error.strerror})") from None
