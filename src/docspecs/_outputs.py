"""Files the user names for docspecs to write (`--record`, `--junit-xml`, `--suggest-overlay`,
`docs --out`): a regular file, or a new one in an existing folder, and nothing else.

    check_output_file(path, "--record")               # at start: DocspecsError if unusable
    with open_output(path, "--record", append=True) as file:   # when writing
        file.write(line)

Opening a named pipe (FIFO) for writing waits until something reads it, so `docspecs proxy
--record fifo` sat silent for ever; a device (`/dev/sda`, a terminal), a folder, a socket or a
symlink to one of them is never what a user meant either, and a dangling symlink would create a
file wherever it points. `check_output_file` says which of these a path is, before any work is
done; `open_output` opens without blocking (`O_NONBLOCK`: a FIFO fails at once instead of
waiting) and checks again what it opened (`fstat`), so that a path swapped in between is still
refused. The standard library and the usual packages (`pathlib`, `atomicwrites`) have no such
check, hence this module.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO

from docspecs._errors import DocspecsError

__all__ = ["check_output_file", "check_output_folder", "open_output"]


def _kind(mode: int) -> str:
    """What a file of this `st_mode` is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), which would block until something reads it"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISREG(mode):
        return "a regular file"
    return "not a regular file"


def _refuse(option: str, path: Path, why: str) -> DocspecsError:
    return DocspecsError(
        f"{option} {path}: {why}; give a regular file, or a new file in an existing folder"
    )


def check_output_file(path: Path, option: str, *, make_parents: bool = False) -> None:
    """Refuse `path` as a file to write unless it is a regular file (or a symlink to one), or
    does not exist and its folder does (`make_parents`: the missing folders are created).

    Raises `DocspecsError` naming `option` and `path` and saying what the path is instead (a
    folder, a named pipe, a device, a socket, a dangling symlink, a missing folder).
    """
    try:
        link = path.lstat()
    except (FileNotFoundError, NotADirectoryError):  # the latter: a file where a folder should be
        _check_parent(path, option, make_parents=make_parents)
        return
    except OSError as error:
        raise _refuse(option, path, f"cannot be examined ({error.strerror})") from None
    if stat.S_ISREG(link.st_mode):
        return
    if not stat.S_ISLNK(link.st_mode):
        raise _refuse(option, path, f"is {_kind(link.st_mode)}")
    try:
        target = path.stat()
    except FileNotFoundError:
        why = "is a symlink to nothing (writing would create its target)"
        raise _refuse(option, path, why) from None
    except OSError as error:
        why = f"is a symlink that cannot be followed ({error.strerror})"
        raise _refuse(option, path, why) from None
    if not stat.S_ISREG(target.st_mode):
        raise _refuse(option, path, f"is a symlink to {_kind(target.st_mode)}")


def _check_parent(path: Path, option: str, *, make_parents: bool) -> None:
    parent = path.parent
    if make_parents:
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _refuse(
                option, path, f"its folder cannot be created ({error.strerror})"
            ) from None
    try:
        mode = parent.stat().st_mode
    except FileNotFoundError:
        raise _refuse(option, path, f"the folder {parent} does not exist") from None
    except OSError as error:
        raise _refuse(option, path, f"its folder cannot be examined ({error.strerror})") from None
    if not stat.S_ISDIR(mode):
        raise _refuse(option, path, f"{parent} is {_kind(mode)}, not a folder")


def check_output_folder(path: Path, option: str) -> None:
    """Refuse `path` as a folder to write files into unless it is a folder (or a symlink to one)
    or can be created (missing folders are created). Raises `DocspecsError` naming `option`."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        pass
    except OSError as error:
        raise DocspecsError(
            f"{option} {path}: cannot create the folder ({error.strerror})"
        ) from None
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise DocspecsError(f"{option} {path}: cannot be examined ({error.strerror})") from None
    if not stat.S_ISDIR(mode):
        raise DocspecsError(f"{option} {path}: is {_kind(mode)}, not a folder")


def open_output(
    path: Path, option: str, *, append: bool = False, make_parents: bool = False
) -> IO[str]:
    """`path` opened for writing text (UTF-8), truncated or (`append`) appended to, after
    `check_output_file`; what was opened is checked again to be a regular file.

    Never blocks on a named pipe. Raises `DocspecsError` naming `option` and `path`.
    """
    check_output_file(path, option, make_parents=make_parents)
    flags = os.O_WRONLY | os.O_CREAT | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
    flags |= os.O_APPEND if append else 0
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as error:
        raise _refuse(option, path, f"cannot be opened ({error.strerror})") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _refuse(option, path, f"is {_kind(mode)}")
        os.set_blocking(fd, True)
        if not append:
            os.ftruncate(fd, 0)
        return os.fdopen(fd, "a" if append else "w", encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise
