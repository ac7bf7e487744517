"""Prism (`@stoplight/prism-cli`, pinned) for the benchmarks: install once into a local prefix, run
`prism mock` on a bundled spec over loopback. Shared by every `scripts/bench_*.py` that compares
against Prism; nothing is installed globally.

    from _prism import prism_mock
    with prism_mock(project, "extend") as url:   # http://127.0.0.1:<port>
        ...
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from docspecs import DocspecsError, Project
from docspecs.bundle import bundle

PRISM_VERSION = "5.16.0"
PRISM_PACKAGE = f"@stoplight/prism-cli@{PRISM_VERSION}"
# Override with DOCSPECS_PRISM_PREFIX (nox points it at its cache directory).
DEFAULT_PREFIX = Path(__file__).resolve().parent.parent / ".cache" / f"prism-{PRISM_VERSION}"
# Lines of npm's stderr shown when the install fails.
STDERR_TAIL = 20


def prism_bin(prefix: Path | None = None) -> Path:
    """The `prism` executable of the pinned version, installed with npm into `prefix` if needed."""
    prefix = prefix or Path(os.environ.get("DOCSPECS_PRISM_PREFIX") or DEFAULT_PREFIX)
    executable = prefix / "node_modules" / ".bin" / "prism"
    manifest = prefix / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    installed = json.loads(manifest.read_text()).get("version") if manifest.exists() else None
    if executable.exists() and installed == PRISM_VERSION:
        return executable
    npm = shutil.which("npm")
    if npm is None:
        raise DocspecsError("npm not found: Prism is installed with npm (Node.js 18 or later)")
    prefix.mkdir(parents=True, exist_ok=True)
    options = ["--no-audit", "--no-fund", "--loglevel=error"]
    command = [npm, "install", "--prefix", str(prefix), *options, PRISM_PACKAGE]
    failed = f"npm install of {PRISM_PACKAGE} into {prefix} failed"
    try:
        # stderr captured for the message below; npm's stdout goes to the terminal as before.
        subprocess.run(command, check=True, stderr=subprocess.PIPE, text=True, errors="replace")
    except OSError as error:
        raise SystemExit(f"{failed}: cannot run {npm} ({error.strerror})") from None
    except subprocess.CalledProcessError as error:
        tail = "\n".join(f"  {line}" for line in (error.stderr or "").splitlines()[-STDERR_TAIL:])
        raise SystemExit(
            f"{failed} (exit {error.returncode}); npm's stderr ends with:\n{tail or '  (nothing)'}"
        ) from None
    return executable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def prism_mock(project: Project, api: str, *, timeout: float = 60.0) -> Iterator[str]:
    """`prism mock` on the bundled spec of `api`, on a free loopback port; yields its base URL."""
    executable = prism_bin()
    port = free_port()
    with tempfile.TemporaryDirectory(prefix=f"prism-{api}-") as scratch:
        spec_file = Path(scratch) / "openapi.json"
        spec_file.write_text(json.dumps(bundle(project.spec_path(api))))
        command = [str(executable), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec_file)]
        log = (Path(scratch) / "prism.log").open("w")
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + timeout
            while True:
                if process.poll() is not None:
                    raise DocspecsError(f"prism mock exited ({process.returncode}) for {api}")
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        message = f"prism mock did not listen within {timeout}s"
                        raise DocspecsError(message) from None
                    time.sleep(0.1)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()
