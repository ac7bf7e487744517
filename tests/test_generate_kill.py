"""A `docspecs generate` killed with SIGKILL never hangs or corrupts a later run.

Real subprocesses, really killed: the workers die with their run, the next run names the holder
of the lock it waits for, takes over a lock whose holder is dead, removes the staging folders a
killed run left and rolls back a swap killed half-way, so generated/ is always the last complete
run's packages or the new ones, never a mix.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_generate import edit_spec, make_project, tree

from docspecs import Project
from docspecs._runlock import SWAP_JOURNAL, pid_running, recover_staging

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="kill points use Linux /proc and POSIX signals"
)


def docspecs(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "docspecs", "--root", str(root), *args]


def _stat_fields(stat: Path) -> list[str]:
    try:
        return stat.read_text(encoding="ascii", errors="replace").rpartition(")")[2].split()
    except OSError:
        return ["Z", "0", "0"]  # gone meanwhile


def living_group_members(pgid: int) -> list[int]:
    """Pids in process group `pgid` that are not zombies (orphans are reaped by whoever adopts
    them, which may be slow in a container)."""
    return [
        int(stat.parent.name)
        for stat in Path("/proc").glob("[0-9]*/stat")
        if (fields := _stat_fields(stat))[0] != "Z" and int(fields[2]) == pgid
    ]


def children(pid: int) -> list[int]:
    return [
        int(stat.parent.name)
        for stat in Path("/proc").glob("[0-9]*/stat")
        if (fields := _stat_fields(stat))[0] != "Z" and int(fields[1]) == pid
    ]


def dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def packages(generated: Path) -> dict[str, bytes]:
    """generated/ without staging folders: the packages and the lock file."""
    return {
        name: data
        for name, data in tree(generated).items()
        if not name.startswith(".docspecs-staging-")
    }


def swap_in_progress(generated: Path) -> bool:
    """True when a killed run left a swap journal: it died between its first rename and the lock
    file, and the next run's recovery rolls the swap back."""
    return any(
        (folder / SWAP_JOURNAL).is_file() for folder in generated.glob(".docspecs-staging-*")
    )


def packages_as_recovered(generated: Path, scratch: Path) -> dict[str, bytes]:
    """generated/ as the next `generate` finds it once it has recovered, read from a copy in
    `scratch` (generated/ itself is left as the kill left it): a run killed outside its swap left
    it untouched; one killed mid-swap (a window of a few renames) is rolled back first."""
    if not swap_in_progress(generated):
        return packages(generated)
    copy = scratch / "recovered"
    shutil.copytree(generated, copy, symlinks=True)
    recover_staging(copy, lambda _line: None)
    state = packages(copy)
    shutil.rmtree(copy)
    return state


def staging_folders(generated: Path) -> list[str]:
    return sorted(p.name for p in generated.glob(".docspecs-staging-*"))


def wait_for(condition: object, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not callable(condition) or not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {seconds} s waiting for {what}")
        time.sleep(0.05)


def kill_generate_mid_run(project: Project, delay: float) -> bool:
    """Start `docspecs generate --jobs 2` in its own process group, SIGKILL the parent `delay`
    seconds after its worker processes started, and assert the workers die with it. False: the
    run had finished before the kill."""
    run = subprocess.Popen(
        docspecs(project.root, "generate", "--jobs", "2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for(lambda: len(children(run.pid)) >= 2, 120, "the worker processes")
        time.sleep(delay)
        if run.poll() is not None:
            return False
        os.kill(run.pid, signal.SIGKILL)  # the parent only: its workers must follow by themselves
        run.wait(10)
        wait_for(lambda: not living_group_members(run.pid), 10, "the workers to die")
        return True
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()


def two_api_project(root: Path) -> tuple[Project, dict[str, bytes], dict[str, bytes]]:
    """A generated two-API project with a pending spec edit: (project, tree before, tree after)."""
    project = make_project(root / "project", ("alpha", "beta"))
    subprocess.run(docspecs(project.root, "generate", "--jobs", "2"), check=True, timeout=300)
    edit_spec(project, "alpha", "description: A thing.", "description: A better thing.")
    edit_spec(project, "beta", "description: A thing.", "description: A finer thing.")
    before = packages(project.generated_dir)
    after_project = Project(root / "after")
    shutil.copytree(project.root, after_project.root)
    subprocess.run(docspecs(after_project.root, "generate"), check=True, timeout=300)
    return project, before, packages(after_project.generated_dir)


def test_a_killed_run_leaves_generated_intact_and_the_next_run_cleans_up(tmp_path: Path) -> None:
    project, before, after = two_api_project(tmp_path)
    assert kill_generate_mid_run(project, 0.2)
    assert packages_as_recovered(project.generated_dir, tmp_path) in (before, after)
    assert staging_folders(project.generated_dir)  # what the killed run left

    rerun = subprocess.run(
        docspecs(project.root, "generate"), capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    assert "removed, left by a run that is no longer running" in rerun.stdout
    assert staging_folders(project.generated_dir) == []
    assert packages(project.generated_dir) == after


@pytest.mark.slow
def test_kill_points_during_generation(tmp_path: Path) -> None:
    """SIGKILL every 0.05 s of a run, each time on a fresh copy (README's reliability figure):
    the workers die, generated/ is the old or the new packages, the next run cleans up."""
    project, before, after = two_api_project(tmp_path)
    hits = 0
    for twentieths in range(200):
        copy = Project(tmp_path / f"kill-{twentieths}")
        shutil.copytree(project.root, copy.root)
        if not kill_generate_mid_run(copy, twentieths / 20):
            break
        hits += 1
        state = packages_as_recovered(copy.generated_dir, tmp_path)
        assert state in (before, after), f"killed at {twentieths / 20} s"
        rerun = subprocess.run(docspecs(copy.root, "generate"), capture_output=True, timeout=300)
        assert rerun.returncode == 0
        assert packages(copy.generated_dir) == after and not staging_folders(copy.generated_dir)
        shutil.rmtree(copy.root)
    assert hits >= 3
    print(f"{hits} kill points during generation, generated/ intact after each")


SWAP_SCRIPT = """
import os, pathlib, signal, sys
from docspecs.generate import _swap_in

staging, target, kill_at, lock = sys.argv[1:5]
lock = None if lock == "-" else lock  # "-": a swap into --output, which leaves the lock file alone
calls = 0

def killing(method):
    def wrapped(self, *args, **kwargs):
        global calls
        result = method(self, *args, **kwargs)
        calls += 1
        if calls == int(kill_at):
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    return wrapped

for name in ("rename", "replace", "touch", "unlink", "write_text", "mkdir"):
    setattr(pathlib.Path, name, killing(getattr(pathlib.Path, name)))
_swap_in(pathlib.Path(staging), pathlib.Path(target), ["alpha", "beta", "gamma"], lock)
print("completed", calls)
"""


def fake_packages(directory: Path, label: str, apis: tuple[str, ...]) -> None:
    for api in apis:
        for kind in ("client", "models"):
            package = directory / f"{api}-{kind}"
            (package / f"{api}_{kind}").mkdir(parents=True)
            (package / "pyproject.toml").write_text(f"{label} {api} {kind}\n", encoding="utf-8")
            (package / f"{api}_{kind}" / "__init__.py").write_text(label, encoding="utf-8")


@pytest.mark.parametrize("new_lock", ["new\n", None], ids=["generated", "output-dir"])
def test_every_kill_point_of_the_swap_leaves_the_old_or_the_new_packages(
    tmp_path: Path, new_lock: str | None
) -> None:
    """SIGKILL after each file-system call of the swap (gamma's packages are new in this run);
    the next run's recovery leaves exactly the old or exactly the new generated/. A swap that
    writes no lock file (`generate --output`) leaves the one there alone, rolled back or not."""
    old, new = tmp_path / "old", tmp_path / "new"
    fake_packages(old, "old", ("alpha", "beta"))
    (old / ".docspecs-lock.json").write_text("old lock\n", encoding="utf-8")
    fake_packages(new, "new", ("alpha", "beta", "gamma"))
    (new / ".docspecs-lock.json").write_text(new_lock or "old lock\n", encoding="utf-8")
    outcomes: dict[str, int] = {"old": 0, "new": 0}
    kill_at = 0
    while True:
        kill_at += 1
        target = tmp_path / f"point-{kill_at}"
        shutil.copytree(old, target)
        staging = target / f".docspecs-staging-{dead_pid()}-x"
        fake_packages(staging, "new", ("alpha", "beta", "gamma"))
        run = subprocess.run(
            [
                sys.executable,
                "-c",
                SWAP_SCRIPT,
                str(staging),
                str(target),
                str(kill_at),
                "-" if new_lock is None else new_lock,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if run.returncode == 0:
            assert run.stdout.startswith("completed")
            break
        assert run.returncode == -signal.SIGKILL, run.stderr
        recover_staging(target, lambda _line: None)
        state = tree(target)
        assert state in (tree(old), tree(new)), f"kill point {kill_at}: {sorted(state)}"
        outcomes["old" if state == tree(old) else "new"] += 1
    assert outcomes["old"] >= 8 and outcomes["new"] >= 1, outcomes
    print(f"{kill_at - 1} kill points in the swap: {outcomes}")


HOLDER_SCRIPT = """
import sys, time
from pathlib import Path
from docspecs._runlock import run_lock

with run_lock(Path(sys.argv[1]), print, "lock"):
    print("holding", flush=True)
    time.sleep(60)
"""


def test_a_waiting_run_names_the_holder_then_runs(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    lock = project.root / ".docspecs-cache" / "generate.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER_SCRIPT, str(lock)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        waiting = subprocess.Popen(
            docspecs(project.root, "generate", "--jobs", "1"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert waiting.stdout is not None
        line = waiting.stdout.readline()
        assert line == (
            ".docspecs-cache/generate.lock: waiting for another docspecs generate to finish "
            f"(held by pid {holder.pid})\n"
        )
        assert waiting.poll() is None
    finally:
        holder.kill()
        holder.wait()
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err
    assert "demo  regenerated" in out


FORKING_HOLDER_SCRIPT = """
import fcntl, os, sys, time

handle = open(sys.argv[1], "a+")
fcntl.flock(handle, fcntl.LOCK_EX)
handle.write(f"{os.getpid()}\\n")
handle.flush()
child = os.fork()
if child == 0:  # an orphan that inherited the lock, as workers of old versions were
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    time.sleep(60)
    os._exit(0)
print(child, flush=True)
os._exit(0)
"""


def test_a_lock_kept_by_a_dead_runs_leftovers_is_taken_over(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    lock = project.root / ".docspecs-cache" / "generate.lock"
    lock.parent.mkdir()
    dead = subprocess.Popen(
        [sys.executable, "-c", FORKING_HOLDER_SCRIPT, str(lock)], stdout=subprocess.PIPE, text=True
    )
    orphan = int(dead.communicate(timeout=60)[0])
    try:
        assert lock.read_text(encoding="ascii") == f"{dead.pid}\n"
        run = subprocess.run(
            docspecs(project.root, "generate", "--jobs", "1"),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, run.stderr
        assert run.stdout.splitlines()[0] == (
            f".docspecs-cache/generate.lock: taking over the generate lock from pid {dead.pid}, "
            "which is no longer running (processes it left behind still held it)"
        )
    finally:
        if pid_running(orphan):
            os.kill(orphan, signal.SIGKILL)


def test_stale_staging_folders_are_removed_live_ones_kept(tmp_path: Path) -> None:
    generated = tmp_path / "generated"
    stale = generated / f".docspecs-staging-{dead_pid()}-abc"
    legacy = generated / ".docspecs-staging-k2j4_x9q"  # before pids were in the name
    live = generated / f".docspecs-staging-{os.getpid()}-def"
    for folder in (stale, legacy, live):
        (folder / "demo-client").mkdir(parents=True)
    lines: list[str] = []
    recover_staging(generated, lines.append)
    assert staging_folders(generated) == [live.name]
    assert lines == [
        f"generated/{name}: removed, left by a run that is no longer running"
        for name in sorted((legacy.name, stale.name))
    ]


def test_a_journal_cut_short_by_a_kill_rolls_nothing_back(tmp_path: Path) -> None:
    """A run killed while writing the swap journal had swapped nothing yet: the next run removes
    its staging folder and leaves generated/ alone (a truncated journal failed the next run with
    a JSONDecodeError; the journal is now written aside and renamed, and an unreadable one read
    as 'not started')."""
    generated = tmp_path / "generated"
    (generated / "demo-client").mkdir(parents=True)
    (generated / "demo-client" / "keep.txt").write_text("old", encoding="utf-8")
    stale = generated / f".docspecs-staging-{dead_pid()}-abc"
    (stale / "demo-client").mkdir(parents=True)
    (stale / SWAP_JOURNAL).write_text('{"names": ["demo-cl', encoding="utf-8")
    lines: list[str] = []
    recover_staging(generated, lines.append)
    assert staging_folders(generated) == []
    assert (generated / "demo-client" / "keep.txt").read_text(encoding="utf-8") == "old"
