"""Files named for docspecs to write: a regular file or a new one, never a FIFO, device or folder.

Each path option the CLI writes to (`proxy --record`, `fuzz --junit-xml`, `verify
--suggest-overlay`, `docs --out`) is tried with a named pipe that nothing reads: before the
check, opening it for writing waited for a reader for ever. Each call runs in a thread with a
time limit, so a hang is a failure rather than a stuck test run.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from docspecs import DocspecsError
from docspecs._outputs import check_output_file, check_output_folder, open_output
from docspecs.cli import main

ROOT = Path(__file__).resolve().parents[1]
WAIT = 15.0


def finishes(call: Callable[[], object]) -> object:
    """`call()`'s result, or a test failure if it has not returned within `WAIT` seconds."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # handed to the test below
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(WAIT)
    assert not thread.is_alive(), f"still waiting after {WAIT}s (blocked on a path?)"
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def odd_paths(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Paths that are not a regular file, each with what the refusal must say."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    folder = tmp_path / "folder"
    folder.mkdir()
    sock_path = tmp_path / "sock"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(sock_path))
    listener.close()
    to_pipe = tmp_path / "to-pipe"
    to_pipe.symlink_to(pipe)
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere" / "x")
    a_file = tmp_path / "file"
    a_file.write_text("x")
    return {
        "fifo": (pipe, "is a named pipe (FIFO)"),
        "folder": (folder, "is a folder"),
        "device": (Path("/dev/null"), "is a device"),
        "socket": (sock_path, "is a socket"),
        "symlink to a fifo": (to_pipe, "is a symlink to a named pipe"),
        "dangling symlink": (dangling, "is a symlink to nothing"),
        "missing folder": (tmp_path / "no" / "such.txt", "does not exist"),
        "folder is a file": (a_file / "x.txt", "file is a regular file, not a folder"),
    }


KINDS = [
    "fifo",
    "folder",
    "device",
    "socket",
    "symlink to a fifo",
    "dangling symlink",
    "missing folder",
    "folder is a file",
]


@pytest.mark.parametrize("kind", KINDS)
def test_anything_but_a_regular_or_new_file_is_refused_naming_the_option_and_path(
    kind: str, tmp_path: Path
) -> None:
    path, why = odd_paths(tmp_path)[kind]
    with pytest.raises(DocspecsError) as raised:
        finishes(lambda: check_output_file(path, "--record"))
    message = str(raised.value)
    assert message.startswith(f"--record {path}: ")
    assert why in message
    with pytest.raises(DocspecsError):
        finishes(lambda: open_output(path, "--record", append=True))


def test_regular_files_new_files_and_symlinks_to_files_are_written(tmp_path: Path) -> None:
    existing = tmp_path / "old.jsonl"
    existing.write_text("one\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(existing)
    with open_output(link, "--record", append=True) as file:
        file.write("two\n")
    assert existing.read_text() == "one\ntwo\n"
    with open_output(existing, "--record") as file:
        file.write("new\n")
    assert existing.read_text() == "new\n"  # truncated when not appending
    fresh = tmp_path / "deeper" / "new.xml"
    with open_output(fresh, "--junit-xml", make_parents=True) as file:
        file.write("x")
    assert fresh.read_text() == "x"


def test_a_fifo_swapped_in_after_the_check_is_refused_without_waiting(
    fifo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docspecs._outputs as outputs

    monkeypatch.setattr(outputs, "check_output_file", lambda *args, **kwargs: None)
    with pytest.raises(DocspecsError, match=r"cannot be opened|named pipe"):
        finishes(lambda: open_output(fifo, "--record", append=True))
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # now a writer would not wait
    try:
        with pytest.raises(DocspecsError, match="is a named pipe"):
            finishes(lambda: open_output(fifo, "--record", append=True))
    finally:
        os.close(reader)


def test_an_output_folder_must_be_a_folder(tmp_path: Path, fifo: Path) -> None:
    check_output_folder(tmp_path / "a" / "b", "--out")
    assert (tmp_path / "a" / "b").is_dir()
    with pytest.raises(DocspecsError, match=f"--out {fifo}: is a named pipe"):
        check_output_folder(fifo, "--out")


def test_proxy_record_to_a_fifo_is_refused_at_start(
    fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--root", str(ROOT), "proxy", "--api", "extend", "--upstream", "http://127.0.0.1:9"]
    code = finishes(lambda: main([*argv, "--port", "0", "--record", str(fifo)]))
    assert code == 2
    assert f"--record {fifo}: is a named pipe (FIFO)" in capsys.readouterr().err


def test_fuzz_junit_xml_to_a_fifo_is_refused_before_fuzzing(
    fifo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import docspecs.fuzz._fuzz as fuzz_module

    def no_fuzzing(*args: object, **kwargs: object) -> None:
        raise AssertionError("fuzzing started")

    monkeypatch.setattr(fuzz_module, "fuzz_api", no_fuzzing)
    argv = ["--root", str(ROOT), "fuzz", "extend", "--max-examples", "1"]
    code = finishes(lambda: main([*argv, "--junit-xml", str(fifo)]))
    assert code == 2
    assert f"--junit-xml {fifo}: is a named pipe (FIFO)" in capsys.readouterr().err


def test_verify_suggest_overlay_to_a_fifo_is_refused(
    fifo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capture = tmp_path / "traffic.jsonl"
    capture.write_text("")
    argv = ["--root", str(ROOT), "verify", str(capture), "--suggest-overlay", str(fifo)]
    code = finishes(lambda: main(argv))
    assert code == 2
    assert f"--suggest-overlay {fifo}: is a named pipe (FIFO)" in capsys.readouterr().err


def test_docs_out_with_a_fifo_for_a_page_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import docspecs.docs as docs

    def no_npm(*args: object) -> Path:
        raise AssertionError("redocly was looked for")

    monkeypatch.setattr(docs, "redocly_bin", no_npm)
    os.mkfifo(tmp_path / "index.html")
    code = finishes(lambda: main(["--root", str(ROOT), "docs", "--out", str(tmp_path)]))
    assert code == 2
    assert f"--out {tmp_path / 'index.html'}: is a named pipe" in capsys.readouterr().err
    a_file = tmp_path / "file"
    a_file.write_text("x")
    code = main(["--root", str(ROOT), "docs", "--out", str(a_file)])
    assert code == 2
    assert f"--out {a_file}: " in capsys.readouterr().err


# -- files docspecs reads or locks: the same kinds, on the input side ---------------------------


@pytest.mark.parametrize("source", ["fifo", "device"])
def test_verify_refuses_a_fifo_or_a_device_to_read(
    fifo: Path, source: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`verify /dev/zero` read without end; `verify fifo` waited for a writer for ever."""
    path = fifo if source == "fifo" else Path("/dev/zero")
    code = finishes(lambda: main(["--root", str(ROOT), "verify", str(path)]))
    assert code == 2
    assert f"{path}: cannot read: not a regular file" in capsys.readouterr().err


def _small_project(root: Path) -> Path:
    import shutil

    shutil.copytree(ROOT / "specs" / "talonic", root / "specs" / "talonic")
    shutil.copytree(ROOT / "overlays" / "talonic", root / "overlays" / "talonic")
    return root


def test_generate_refuses_a_fifo_for_its_run_lock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _small_project(tmp_path / "project")
    (root / ".docspecs-cache").mkdir()
    os.mkfifo(root / ".docspecs-cache" / "generate.lock")
    code = finishes(lambda: main(["--root", str(root), "generate"]))
    assert code == 2
    err = capsys.readouterr().err
    assert ".docspecs-cache/generate.lock: not a regular file; remove it" in err
    assert not (root / "generated").exists()


def test_a_fifo_for_the_generator_settings_is_refused_not_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A settings file that is no file used to be skipped, so the API silently had none."""
    root = _small_project(tmp_path / "project")
    os.mkfifo(root / "overlays" / "talonic" / "generator-settings.toml")
    code = finishes(lambda: main(["--root", str(root), "lint"]))
    assert code != 0
    err = capsys.readouterr()
    assert "overlays/talonic/generator-settings.toml" in err.err + err.out
    assert "cannot read: not a regular file" in err.err + err.out
