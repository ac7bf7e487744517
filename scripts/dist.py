"""Build the distributions of the generated packages: a wheel and an sdist each, checked.

    python scripts/dist.py [--outdir dist] [API...]      # default: every package in generated/

For each `generated/<api>-client` and `generated/<api>-models` (all APIs, or the ones named):
PyPA `build` makes the sdist and, from it, the wheel (each package is copied aside first, so no
build output lands in generated/); `twine check --strict` checks the metadata and README
rendering; and the file names must carry the version `docspecs generate` wrote into the
package's pyproject.toml. Prints one line per file. Exit 0 when all is well, 1 when a build,
the check or a name fails, 2 for bad arguments (an API with no generated package).
`nox -s dist` runs this; `tests/test_dist.py` serves the result from a local index.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"


class DistError(Exception):
    """A distribution could not be made; `code` is the exit code (1 failed, 2 bad arguments)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def packages(apis: list[str], generated: Path = GENERATED) -> list[Path]:
    """The generated package folders of `apis` (all when empty), sorted."""
    found = sorted(p.parent for p in generated.glob("*-*/pyproject.toml"))
    known = sorted({p.name.rsplit("-", 1)[0] for p in found})
    unknown = [api for api in apis if api not in known]
    if unknown or not found:
        raise DistError(
            f"no generated package for {', '.join(unknown) or 'any API'} in {generated} "
            f"(there are: {', '.join(known) or 'none'}); run `docspecs generate` first",
            code=2,
        )
    return [p for p in found if not apis or p.name.rsplit("-", 1)[0] in apis]


def expected_files(package: Path) -> list[str]:
    """The sdist and wheel names of `package`, by the name and version in its pyproject.toml."""
    project = tomllib.loads((package / "pyproject.toml").read_text())["project"]
    # PEP 625 sdists and PEP 427 wheels: the normalised name with underscores
    name = re.sub(r"[-_.]+", "_", project["name"]).lower()
    version = project["version"]
    return [f"{name}-{version}.tar.gz", f"{name}-{version}-py3-none-any.whl"]


def build(package: Path, outdir: Path) -> list[Path]:
    """Build `package` into `outdir` from a copy; the two files, checked against the names."""
    with tempfile.TemporaryDirectory(prefix="docspecs-dist-") as work:
        source = Path(work, package.name)
        ignore = shutil.ignore_patterns("*.egg-info", "build", "dist", "__pycache__")
        shutil.copytree(package, source, ignore=ignore)
        staging = Path(work, "out")
        command = [sys.executable, "-m", "build", "--outdir", str(staging), str(source)]
        if shutil.which("uv") or (Path(sys.executable).parent / "uv").exists():
            command.insert(3, "--installer=uv")
        done = subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
        if done.returncode != 0:
            raise DistError(f"{package.name}: python -m build failed (exit {done.returncode})")
        made = sorted(p.name for p in staging.iterdir())
        wanted = sorted(expected_files(package))
        if made != wanted:
            raise DistError(
                f"{package.name}: built {made}, expected {wanted} (the name and version in "
                f"{package.name}/pyproject.toml)"
            )
        outdir.mkdir(parents=True, exist_ok=True)
        return [Path(shutil.copy2(staging / name, outdir / name)) for name in wanted]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("apis", nargs="*", metavar="API", help="APIs to build (default: all)")
    parser.add_argument("--outdir", type=Path, default=ROOT / "dist", help="default: dist/")
    args = parser.parse_args(argv)
    files: list[Path] = []
    try:
        for package in packages(args.apis):
            files.extend(build(package, args.outdir))
        check = [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)]
        if subprocess.run(check, check=False).returncode != 0:
            raise DistError("twine check --strict failed (its report is above)")
    except DistError as error:
        print(f"dist.py: error: {error}", file=sys.stderr)
        return error.code
    for path in files:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
