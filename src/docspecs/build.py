"""The main job: every step a spec change needs, in order, stopping at the first that fails.

    lint  ->  generate  ->  fuzz

Each step prints its own progress and returns an exit code; `build` returns the first non-zero one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docspecs._project import Project
from docspecs._report import report_fuzz, report_generate, report_lint

Step = Callable[[Project, Sequence[str]], int]


def _lint(project: Project, apis: Sequence[str]) -> int:
    return report_lint(project, apis)


def _generate(project: Project, apis: Sequence[str]) -> int:
    """Regenerate the packages of every API whose inputs changed (versions, changelogs too)."""
    return report_generate(project, apis)


# Cases per fuzzing pass in the main job: every operation still gets its explicit examples (each
# seeded id x each flag combination), the coverage phase and two fuzzing passes, in a few seconds.
# `docspecs fuzz --max-examples 500` is the long run.
BUILD_FUZZ_MAX_EXAMPLES = 50


def _fuzz(project: Project, apis: Sequence[str]) -> int:
    """Contract-fuzz the in-process simulator against the specs, every check on."""
    return report_fuzz(project, apis, max_examples=BUILD_FUZZ_MAX_EXAMPLES)


STEPS: tuple[tuple[str, Step], ...] = (("lint", _lint), ("generate", _generate), ("fuzz", _fuzz))


def build(project: Project, apis: Sequence[str]) -> int:
    for name, step in STEPS:
        print(f"== {name}", flush=True)
        code = step(project, apis)
        if code:
            print(f"== {name} failed (exit {code}); stopping", flush=True)
            return code
    return 0
