"""Surviving a killed `docspecs generate`: the run lock, workers that die with their run, and
the clean-up of what a killed run left behind.

- **Run lock** (`run_lock`): one `generate` at a time per checkout, an advisory `flock` on
  `.docspecs-cache/generate.lock`, whose text is the holder's pid. A run that has to wait says
  once what it waits for and who holds it; when the recorded holder is no longer running while
  the lock is still held (processes it left behind inherited the lock), the lock file is replaced
  and the waiting run takes over. Polling (every 0.2 s) rather than a blocking `flock`, so the
  waiting run can notice a dead holder.
- **Workers die with their run** (`die_with_parent`, the worker initializer): on Linux the kernel
  kills a worker when its parent dies (`PR_SET_PDEATHSIG` through `ctypes`, no dependency);
  elsewhere a daemon thread polls the parent pid. Workers also close their inherited copy of the
  lock file, so no worker can keep a dead run's lock.
- **Staging folders** are named `.docspecs-staging-<pid>-*`. `recover_staging` (run with the lock
  held) removes every one whose pid is not running; one that was killed half-way through
  swapping packages into generated/ is first rolled back, using the journal the swap writes
  before its first rename (`SWAP_JOURNAL`), so generated/ and the lock file are again the last
  complete run's.

Written here rather than taken from a library: `filelock` and `fasteners` give the lock but
neither says who holds it nor takes over from a dead holder whose children keep the `flock`.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from docspecs._errors import DocspecsError

__all__ = [
    "STAGING_PREFIX",
    "SWAP_DONE",
    "SWAP_JOURNAL",
    "die_with_parent",
    "pid_running",
    "recover_staging",
    "run_lock",
    "staging_prefix",
]

STAGING_PREFIX = ".docspecs-staging-"
SWAP_JOURNAL = ".swap.json"  # written before the first rename of a swap
SWAP_DONE = ".swap-done"  # written after the lock file: the swap is complete
POLL_SECONDS = 0.2
_PR_SET_PDEATHSIG = 1


def pid_running(pid: int) -> bool:
    """Whether a process with this pid exists (a zombie counts as not running)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (exited, not yet reaped) no longer holds anything
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def _holder(handle: IO[str]) -> int | None:
    """The pid recorded in the lock file, None when it is empty or not a pid."""
    handle.seek(0)
    text = handle.read(64).strip()
    return int(text) if text.isdigit() else None


@contextlib.contextmanager
def run_lock(path: Path, say: Callable[[str], None], shown: str) -> Iterator[int | None]:
    """Hold the run lock at `path` (created with its folder); yields the lock's file descriptor
    (None where there is no `fcntl`: no lock) for workers to close.

    `say` gets one line when the run has to wait (naming `shown`, the lock's display path, and the
    holder's pid) and one when it takes over from a holder that is no longer running.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield None
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not path.is_file():
        # a FIFO (or a folder, a device) where the lock file goes: opening it could block, and
        # a run lock that is no file locks nothing
        raise DocspecsError(
            f"{shown}: not a regular file; remove it so that the run lock can be made"
        )
    announced: tuple[int | None] | None = None  # the holder last named
    while True:
        handle = path.open("a+", encoding="ascii")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(handle)
            if holder is not None and not pid_running(holder):
                _replace_stale(path, handle, fcntl)
                say(
                    f"{shown}: taking over the generate lock from pid {holder}, which is no "
                    "longer running (processes it left behind still held it)"
                )
                handle.close()
                continue
            if announced != (holder,):
                who = f"pid {holder}" if holder is not None else "a process starting up"
                say(f"{shown}: waiting for another docspecs generate to finish (held by {who})")
                announced = (holder,)
            handle.close()
            time.sleep(POLL_SECONDS)
            continue
        try:
            if os.fstat(handle.fileno()).st_ino != path.stat().st_ino:
                handle.close()  # replaced by a takeover after we opened it: lock the new file
                continue
        except FileNotFoundError:
            handle.close()
            continue
        break
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield handle.fileno()
    finally:
        handle.seek(0)
        handle.truncate()
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def _replace_stale(path: Path, handle: IO[str], fcntl: object) -> None:
    """Unlink the lock file `handle` has open, unless another run already replaced it.

    Two runs could otherwise both see the stale holder and the second unlink the file the first
    just locked; a short-lived second lock on `<path>.takeover` orders them.
    """
    flock, lock_ex, lock_un = (getattr(fcntl, n) for n in ("flock", "LOCK_EX", "LOCK_UN"))
    with path.with_name(path.name + ".takeover").open("a+") as guard:
        flock(guard, lock_ex)
        try:
            if os.fstat(handle.fileno()).st_ino == path.stat().st_ino:
                path.unlink()
        except FileNotFoundError:
            pass
        finally:
            flock(guard, lock_un)


def die_with_parent(parent: int, inherited_fd: int | None) -> None:
    """Worker initializer: end this process when `parent` ends; close the inherited lock fd."""
    if inherited_fd is not None:
        with contextlib.suppress(OSError):
            os.close(inherited_fd)
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0:
            if os.getppid() != parent:  # the parent died before prctl took effect
                os._exit(1)
            return
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def staging_prefix() -> str:
    """The prefix of this process's staging folders (`tempfile.mkdtemp(prefix=...)`)."""
    return f"{STAGING_PREFIX}{os.getpid()}-"


def _owner(folder: Path) -> int | None:
    pid = folder.name.removeprefix(STAGING_PREFIX).partition("-")[0]
    return int(pid) if pid.isdigit() else None


def recover_staging(generated: Path, say: Callable[[str], None]) -> None:
    """Remove the staging folders in `generated` whose owner is not running (call with the run
    lock held), rolling back a swap that a killed run left half done (see the module docstring).
    """
    if not generated.is_dir():
        return
    for folder in sorted(generated.glob(STAGING_PREFIX + "*")):
        owner = _owner(folder)
        if not folder.is_dir() or (owner is not None and pid_running(owner)):
            continue
        journal = folder / SWAP_JOURNAL
        if journal.is_file():
            if not (folder / SWAP_DONE).exists():
                _roll_back(folder, generated, journal)
                say(f"{generated.name}/{folder.name}: rolled back a swap left half done")
            journal.unlink()  # first: without it nothing is rolled back, whatever rmtree leaves
        shutil.rmtree(folder, ignore_errors=True)
        say(f"{generated.name}/{folder.name}: removed, left by a run that is no longer running")


def _roll_back(staging: Path, target: Path, journal: Path) -> None:
    """Put back the packages and the lock file a half-done swap replaced (see `SWAP_JOURNAL`)."""
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
    except ValueError:
        # a journal from before it was written atomically, cut short: the swap had not started
        return
    trash = staging / ".old"
    for name in data["names"]:
        if (trash / name).exists():  # the old package had been moved aside
            if (target / name).exists():
                shutil.rmtree(target / name)
            (trash / name).rename(target / name)
        elif name not in data["existed"] and not (staging / name).exists():
            # a package new in this run, already swapped in
            shutil.rmtree(target / name, ignore_errors=True)
    lock_name, old_lock = data["lock"], data["old_lock"]
    if lock_name is None:  # the swap did not touch the lock file
        return
    temporary = target / (lock_name + ".tmp")
    if old_lock is None:
        temporary.unlink(missing_ok=True)  # a killed write of the new lock file
        (target / lock_name).unlink(missing_ok=True)
    else:
        temporary.write_text(old_lock, encoding="utf-8")
        temporary.replace(target / lock_name)
