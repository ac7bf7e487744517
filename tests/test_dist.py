"""The generated packages as consumers get them: built, published to a package index, installed.

`scripts/dist.py` (what `nox -s dist` runs) builds extend's wheel and sdist; twine uploads them
to a pypiserver on loopback (started and stopped here, the same commands a team runs against its
own index); a fresh virtualenv installs `extend-client==<version>` with pip's `--index-url`
pointing only at that index (pip's own configuration switched off), then runs the package
README's example against the simulator on loopback.
"""

from __future__ import annotations

import importlib.util
import os
import re
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from collections.abc import Iterator
from importlib.metadata import requires, version
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from docspecs.testing import Target

REPO_ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
API = "extend"
PACKAGE = REPO_ROOT / "generated" / f"{API}-client"
DIST_SCRIPT = REPO_ROOT / "scripts" / "dist.py"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def package_version() -> str:
    text = (PACKAGE / "pyproject.toml").read_text()
    found: str = tomllib.loads(text)["project"]["version"]
    return found


def readme_example() -> str:
    """The first Python block of the package's README: what a new user copies."""
    readme = (PACKAGE / "README.md").read_text()
    found = re.search(r"```python\n(.*?)```", readme, flags=re.S)
    assert found, "the package README has no Python example"
    return found[1]


def isolated_pip_env() -> dict[str, str]:
    """The environment without pip's configuration (files and PIP_* variables such as
    PIP_FIND_LINKS): only the command line says where packages come from."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
    return {**env, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


@pytest.fixture(scope="module")
def packages_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What is uploaded: extend's distributions plus the wheels they depend on.

    The dependencies (httpx, attrs and theirs) come from pip's usual index, at the versions this
    environment runs, so the install below needs nothing but the local index.
    """
    built = tmp_path_factory.mktemp("dist")
    command = [sys.executable, str(DIST_SCRIPT), "--outdir", str(built), API]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    deps = [f"{name}=={version(name)}" for name in sorted(dependency_closure(f"{API}-client"))]
    # pip from a virtualenv of its own: nox may build this environment with uv, which has no pip
    helper = tmp_path_factory.mktemp("pip")
    subprocess.run([sys.executable, "-m", "venv", str(helper)], check=True)
    download = [
        str(helper / "bin" / "python"),
        "-m",
        "pip",
        "download",
        "-q",
        "--only-binary=:all:",
    ]
    subprocess.run([*download, "--no-deps", "--dest", str(built), *deps], check=True)
    return built


def dependency_closure(distribution: str) -> set[str]:
    """Every distribution `distribution` needs on this Python, found through installed metadata."""
    seen: set[str] = set()
    pending = [distribution]
    while pending:
        for line in requires(pending.pop()) or []:
            requirement = Requirement(line)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue
            name = canonicalize_name(requirement.name)
            if name not in seen:
                seen.add(name)
                pending.append(name)
    return seen


@pytest.fixture(scope="module")
def index(packages_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A pypiserver on loopback, anyone may upload (`-a . -P .`), no fallback to another index."""
    served = tmp_path_factory.mktemp("index")
    port = free_port()
    command = [
        str(BIN / "pypi-server"), "run", "--host", "127.0.0.1", "--port", str(port),
        "--disable-fallback", "-a", ".", "-P", ".", "--log-stream", "none", str(served),
    ]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/simple/", timeout=2):
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "pypiserver did not start within 30 s"
                time.sleep(0.2)
        upload = [sys.executable, "-m", "twine", "upload", "--non-interactive"]
        files = sorted(str(p) for p in packages_dir.iterdir())
        env = {**os.environ, "TWINE_USERNAME": "ci", "TWINE_PASSWORD": "unused"}
        done = subprocess.run(
            [*upload, "--repository-url", f"{url}/", *files],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
def test_the_index_serves_every_generated_distribution_by_version(
    index: str, packages_dir: Path
) -> None:
    with urllib.request.urlopen(f"{index}/simple/{API}-client/", timeout=10) as response:
        listing = response.read().decode()
    name = f"{API}_client-{package_version()}"
    assert f"{name}.tar.gz" in listing
    assert f"{name}-py3-none-any.whl" in listing


@pytest.mark.slow
def test_a_fresh_virtualenv_installs_the_client_by_version_and_runs_its_readme_example(
    index: str, tmp_path: Path, simulator_server: Target
) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    requirement = f"{API}-client=={package_version()}"
    install = [str(python), "-m", "pip", "install", "-q", "--index-url", f"{index}/simple/"]
    done = subprocess.run(
        [*install, requirement], env=isolated_pip_env(), capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # installed from the index, not from this checkout
    where = subprocess.run(
        [str(python), "-c", f"import {API}_client; print({API}_client.__file__)"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert str(venv) in where.stdout and str(REPO_ROOT) not in where.stdout

    example = tmp_path / "example.py"
    example.write_text(readme_example())
    finished = next(
        run["id"]
        for run in simulator_server.state()[API]["resources"]["classify_runs"]
        if run["status"] == "PROCESSED"
    )
    env = {
        **os.environ,
        "EXTEND_BASE_URL": simulator_server.base_url(API),
        "EXTEND_API_TOKEN": simulator_server.token(API),
    }
    done = subprocess.run(
        [str(python), str(example), finished],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == [
        "status: PROCESSED",
        "NotFoundError 404 " + done.stdout.splitlines()[1].split(" ", 2)[2],
    ]
    assert simulator_server.token(API) not in done.stdout + done.stderr


def load_dist() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_dist_under_test", DIST_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_api_without_packages_exits_2_naming_it() -> None:
    done = subprocess.run(
        [sys.executable, str(DIST_SCRIPT), "--outdir", os.devnull, "nosuchapi"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "no generated package for nosuchapi" in done.stderr
    assert "Traceback" not in done.stderr


def test_file_names_follow_the_version_generate_wrote(tmp_path: Path) -> None:
    package = tmp_path / "acme-client"
    package.mkdir()
    text = '[project]\nname = "Acme.Docs-client"\nversion = "2.1.0"\n'
    (package / "pyproject.toml").write_text(text)
    assert load_dist().expected_files(package) == [
        "acme_docs_client-2.1.0.tar.gz",
        "acme_docs_client-2.1.0-py3-none-any.whl",
    ]
