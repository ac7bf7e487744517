"""No import cycle anywhere in `src/docspecs` (issue 15), read from the source with `ast`.

Every import counts, at module level or inside a function (a deferred import that closes a cycle
still couples the two modules both ways), except those under `if TYPE_CHECKING:`. An import of
`docspecs.a.b` from outside `docspecs.a` also runs `docspecs/a/__init__.py`, so it counts as an
import of the package too.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "docspecs"


def _modules() -> dict[str, Path]:
    found = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes inside `if TYPE_CHECKING:` blocks."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                skipped.update(id(n) for n in ast.walk(child))
    return skipped


def _imported(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The docspecs modules `name` (at `path`) imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_nodes(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                targets.add(submodule if submodule in modules else source)
        elif isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
    edges = set()
    for target in targets:
        if not target.startswith("docspecs"):
            continue
        # Importing a.b.c runs a and a.b first, unless the importer is already inside them.
        parts = target.split(".")
        for depth in range(2, len(parts) + 1):
            ancestor = ".".join(parts[:depth])
            inside = name == ancestor or name.startswith(ancestor + ".")
            if ancestor in modules and ancestor != name and (depth == len(parts) or not inside):
                edges.add(ancestor)
    return edges


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read_from_every_module() -> None:
    modules = _modules()
    graph = {name: _imported(name, path, modules) for name, path in modules.items()}
    assert "docspecs.fuzz._engine" in graph and "docspecs.simulator._registry" in graph
    assert "docspecs.fuzz._targets" in graph["docspecs.fuzz._engine"]
    assert "docspecs.simulator" in graph["docspecs.fuzz._targets"]  # a deferred import counts
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_in_src_docspecs() -> None:
    modules = _modules()
    graph = {name: _imported(name, path, modules) for name, path in modules.items()}
    assert _cycles(graph) == []
