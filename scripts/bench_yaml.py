"""Benchmark loading a ~1 MB OpenAPI YAML document (nox -s bench, or run directly).

    docspecs            `docspecs._bundler.load_yaml`: PyYAML's C parser (libyaml), YAML 1.2
                        core-schema resolution, duplicate-key detection, alias-bomb check
    PyYAML pure Python  `yaml.load(..., Loader=yaml.SafeLoader)` (YAML 1.1, what docspecs used
                        before, give or take its key check)
    PyYAML C, bare      `yaml.load(..., Loader=yaml.CSafeLoader)`, no docspecs rules: the floor

The document is generated here (about 1 MB: schemas with typed properties, numbers in every
YAML 1.2 form, descriptions, enums). Each figure is the best of `--repeat` runs (default 3).
Usage: python scripts/bench_yaml.py [--repeat N] [--size-kb N]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import yaml

from docspecs._bundler import load_yaml


def document(size_kb: int) -> str:
    """An OpenAPI-shaped YAML document of about `size_kb` kilobytes."""
    lines = ["openapi: 3.1.0", "info: {title: bench, version: '1'}", "paths: {}", "components:"]
    lines.append("  schemas:")
    index = 0
    while sum(len(line) + 1 for line in lines) < size_kb * 1024:
        lines += [
            f"    Schema{index}:",
            "      type: object",
            f"      description: Schema number {index}, generated for the benchmark.",
            "      required: [id, score]",
            "      properties:",
            "        id: {type: string, description: The identifier., pattern: '^[a-z]+$'}",
            "        score: {type: number, minimum: 1e-08, maximum: 1E3, default: 0.5}",
            "        count: {type: integer, minimum: 0, maximum: 1e+09, example: 0755}",
            "        status: {type: string, enum: [queued, running, done, failed]}",
            "        created: {type: string, format: date-time, example: 2024-01-01}",
            "        tags:",
            "          type: array",
            "          items: {type: string, description: A tag.}",
        ]
        index += 1
    return "\n".join(lines) + "\n"


def best(repeat: int, run: Callable[[], Any]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--size-kb", type=int, default=1024)
    options = parser.parse_args()
    text = document(options.size_kb)
    size = len(text.encode()) / 1e6
    ours = best(options.repeat, lambda: load_yaml(text))
    pure = best(options.repeat, lambda: yaml.load(text, Loader=yaml.SafeLoader))
    bare = best(options.repeat, lambda: yaml.load(text, Loader=yaml.CSafeLoader))
    print(f"YAML load of a {size:.2f} MB document (best of {options.repeat}):")
    print(f"  docspecs (C parser, YAML 1.2)  {ours:6.3f} s")
    print(f"  PyYAML pure Python (YAML 1.1) {pure:6.3f} s  ({pure / ours:.1f}x docspecs)")
    print(f"  PyYAML C, no docspecs rules   {bare:6.3f} s  ({ours / bare:.2f}x of it)")


if __name__ == "__main__":
    main()
