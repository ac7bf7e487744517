"""The `docspecs` command: parses arguments, calls one pipeline step, prints, picks the exit code.

Exit codes: 0 all good, 1 the step found problems (findings at ERROR level, stale files, failed
checks), 2 docspecs could not run (bad arguments, no project, unreadable input).

Each sub-command is one `_cmd_<name>` function registered in `_parser()`; the work itself lives in
the step's module, imported inside the function so that `docspecs --help` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from docspecs._errors import DocspecsError
from docspecs._extras import missing_extra_message
from docspecs._findings import Level, printable
from docspecs._project import Project, env_prefix
from docspecs._report import print_findings, report_fuzz, report_generate, report_lint

Command = Callable[[argparse.Namespace, Project], int]
# A command that works outside a checkout too (the simulator serves from code, not from specs/).
StandaloneCommand = Callable[[argparse.Namespace], int]


def _cmd_lint(args: argparse.Namespace, project: Project) -> int:
    if args.rules:
        from docspecs.lint import RULES

        for rule in RULES:
            print(f"{rule.id}\n  {rule.message}\n  why: {rule.why}\n  fix: {rule.fix}")
            print(
                "  can be disabled: yes, per API ([lint] disable in "
                "overlays/<api>/generator-settings.toml)"
                if rule.style
                else "  can be disabled: no (it guards generation, correctness or safety)"
            )
        return 0
    return report_lint(project, args.apis)


def _cmd_build(args: argparse.Namespace, project: Project) -> int:
    from docspecs.build import build

    return build(project, args.apis)


def _cmd_generate(args: argparse.Namespace, project: Project) -> int:
    return report_generate(project, args.apis, force=args.force, jobs=args.jobs)


def _cmd_check(args: argparse.Namespace, project: Project) -> int:
    from docspecs.check import check

    findings = check(project, args.apis, full=args.full)
    code = print_findings(findings)
    if not findings:
        print("generated/ is what the specs, overlays and pinned generators produce")
    return code


def _cmd_diff(args: argparse.Namespace, project: Project) -> int:
    from docspecs.diff import diff_project, render_report, rules_table

    if args.rules:
        print(rules_table(), end="")
        return 0
    breaking = False
    for result in diff_project(project, args.apis, base=args.base):
        print(f"== {result.api}: base {result.base}, revision: the working tree")
        if result.changes is None:
            print(f"  {result.note}")
            continue
        print(render_report(result.api, result.changes), end="")
        breaking = breaking or any(c.level is Level.ERROR for c in result.changes)
    return 1 if breaking and args.fail_on_breaking else 0


def _diff_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("apis", nargs="*", metavar="API", help="APIs to compare (default: all)")
    sub.add_argument(
        "--base",
        metavar="GIT_REV",
        default=None,
        help="compare with the specs and overlays at this git revision "
        "(default: generated/<api>-client/openapi.json, the last generated document)",
    )
    sub.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="exit 1 when any change is breaking (for CI); by default the diff only informs",
    )
    sub.add_argument("--rules", action="store_true", help="print the rule table and exit")


def _cmd_fuzz(args: argparse.Namespace, project: Project) -> int:
    return report_fuzz(
        project,
        args.apis,
        base_url=args.base_url,
        live=args.live,
        allow_unsafe_methods=args.allow_unsafe_methods,
        max_examples=args.max_examples,
        seed=args.seed,
        junit_xml=args.junit_xml,
        shard=args.shard,
        workers=args.workers,
        **({"case_timeout": args.case_timeout} if args.case_timeout is not None else {}),
    )


def _cmd_verify(args: argparse.Namespace, project: Project) -> int:
    from docspecs._outputs import check_output_file, open_output
    from docspecs.verify import dump_overlay, render_json, render_text, suggest_overlay, verify

    if (args.operation is None) != (args.status is None):
        raise DocspecsError("--operation and --status go together (for a plain response body)")
    if args.suggest_overlay is not None:  # refused now, not after reading every file
        check_output_file(args.suggest_overlay, "--suggest-overlay")
    result = verify(
        project, args.files, apis=args.api, operation=args.operation, status=args.status
    )
    code = 1 if result.failed(strict=args.strict) else 0
    if args.format == "json":
        print(render_json(result, exit_code=code), end="")
    else:
        print(render_text(result), end="")
    if args.suggest_overlay is not None:
        for path, document in _overlay_files(args.suggest_overlay, result, suggest_overlay):
            if not document["actions"]:
                print(f"verify: nothing to suggest; {path} not written", file=sys.stderr)
                continue
            try:
                with open_output(path, "--suggest-overlay") as file:
                    file.write(dump_overlay(document))
            except OSError as error:
                raise DocspecsError(f"--suggest-overlay {path}: cannot write: {error}") from None
            actions = len(document["actions"])
            print(f"verify: wrote {path} ({actions} action(s))", file=sys.stderr)
    return code


def _overlay_files(
    path: Path, result: Any, suggest: Callable[..., dict[str, Any]]
) -> list[tuple[Path, dict[str, Any]]]:
    """One overlay per API with suggestions: `path` itself when there is one API (or none),
    else `<stem>.<api><suffix>` beside it (overlays apply to one API's spec)."""
    wanted = ("undeclared-key", "unknown-enum-value")
    apis = sorted({f.api for f in result.findings if f.rule_id in wanted and f.api})
    if len(apis) <= 1:
        return [(path, suggest([f for f in result.findings if f.rule_id in wanted]))]
    return [
        (
            path.with_name(f"{path.stem}.{api}{path.suffix}"),
            suggest([f for f in result.findings if f.rule_id in wanted and f.api == api]),
        )
        for api in apis
    ]


def _verify_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help="HAR files, JSON Lines captures, or a plain JSON body (with --operation/--status)",
    )
    sub.add_argument(
        "--api",
        action="append",
        default=[],
        metavar="API",
        help="the spec(s) to hold the traffic against (repeatable; default: all)",
    )
    sub.add_argument("--operation", default=None, metavar="ID", help="operationId of a plain body")
    sub.add_argument("--status", type=int, default=None, metavar="N", help="status of a plain body")
    sub.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 on undeclared keys, unknown enum values and format mismatches too",
    )
    sub.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    sub.add_argument(
        "--suggest-overlay",
        type=Path,
        default=None,
        metavar="PATH",
        help="write an Overlay 1.0 document adding the undeclared keys and enum values seen",
    )


def _cmd_proxy(args: argparse.Namespace, project: Project) -> int:
    from docspecs.proxy import PROXY_RISK, ProxyApp, serve_proxy
    from docspecs.simulator._serve import check_host
    from docspecs.verify import load_specs, summary

    check_host(args.host, allow_non_loopback=args.allow_non_loopback, risk=PROXY_RISK)
    if not args.upstream.startswith(("http://", "https://")):
        raise DocspecsError(f"--upstream {args.upstream}: expected an http:// or https:// URL")
    documents = load_specs(project, [args.api])
    app = ProxyApp(documents, upstream=args.upstream, api=args.api, record=args.record)
    serve_proxy(app, args.host, args.port, allow_non_loopback=args.allow_non_loopback)
    result = app.result()
    print(summary(result))
    return 1 if result.failed() else 0


def _proxy_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--api", required=True, metavar="API", help="the spec the traffic follows")
    sub.add_argument(
        "--upstream",
        required=True,
        metavar="URL",
        help="where requests go: the vendor's server URL, or `docspecs mock`'s base URL",
    )
    _host_options(sub, "the proxy forwards whatever reaches it, credentials included")
    sub.add_argument(
        "--port", type=_port, default=8401, help="port to bind (default: 8401; 0: any)"
    )
    sub.add_argument(
        "--record",
        type=Path,
        default=None,
        metavar="FILE",
        help="append each exchange to this JSON Lines capture (tokens redacted)",
    )


def _cmd_mock(args: argparse.Namespace) -> int:
    from docspecs.simulator import serve

    serve(
        args.host,
        args.port,
        seed=args.seed,
        reads_until_terminal=args.reads_until_terminal,
        allow_non_loopback=args.allow_non_loopback,
    )
    return 0


def _port(text: str) -> int:
    """A TCP port for argparse: 0 (any free port) to 65535."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port: use 0 (any free port) to 65535")
    return port


def _positive_int(text: str) -> int:
    """A count for argparse: 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _seconds(text: str) -> float:
    """A duration for argparse: a number of seconds > 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, got {text}")
    return value


def _shard(text: str) -> tuple[int, int]:
    """`--shard K/N` for argparse."""
    from docspecs.fuzz._shards import parse_shard

    try:
        return parse_shard(text)
    except DocspecsError as error:
        raise argparse.ArgumentTypeError(str(error).split(": ", 1)[-1]) from None


def _host_options(sub: argparse.ArgumentParser, risk: str) -> None:
    """`--host` and `--allow-non-loopback` (a host off loopback is refused without it)."""
    sub.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default: 127.0.0.1); anything but a loopback address "
        "(127.0.0.0/8, ::1, localhost) is refused without --allow-non-loopback",
    )
    sub.add_argument(
        "--allow-non-loopback",
        action="store_true",
        help=f"DANGEROUS: allow a --host other machines can reach ({risk}); "
        "only on a network you trust",
    )


def _mock_options(sub: argparse.ArgumentParser) -> None:
    _host_options(sub, "the simulator accepts any token and changes state for anyone")
    sub.add_argument(
        "--port", type=_port, default=8400, help="port to bind (default: 8400; 0: any)"
    )
    sub.add_argument("--seed", type=int, default=0, help="seed of the served data (default: 0)")
    sub.add_argument(
        "--reads-until-terminal",
        type=int,
        default=2,
        metavar="N",
        help="reads a running run shows its first status for before it finishes (default: 2)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="docspecs",
        description="Typed, tested contracts for document-AI vendor APIs.",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        help="the project directory (default: nearest directory above cwd with a specs/ folder)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, run: Command, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(run=run, standalone=None)
        return sub

    def add_standalone(name: str, run: StandaloneCommand, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(run=None, standalone=run)
        return sub

    def apis(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("apis", nargs="*", metavar="API", help="APIs to work on (default: all)")

    apis(add("build", _cmd_build, "the main job: lint, regenerate and contract-fuzz every API"))
    _lint_options(add("lint", _cmd_lint, "check the specs: OpenAPI 3.1, refs, examples, rules"))
    _mock_options(add_standalone("mock", _cmd_mock, "serve the vendor simulator on a local port"))
    _fuzz_options(add("fuzz", _cmd_fuzz, "contract-fuzz every operation with schemathesis"))
    gen = add("generate", _cmd_generate, "regenerate the packages under generated/ from the specs")
    apis(gen)
    gen.add_argument("--force", action="store_true", help="regenerate even if no input changed")
    gen.add_argument(
        "--jobs", type=_positive_int, default=None, help="worker processes (default: CPUs)"
    )
    check = add("check", _cmd_check, "exit 1 listing stale files if generated/ is out of date")
    apis(check)
    check.add_argument(
        "--full",
        action="store_true",
        help="regenerate aside and compare every file (default: inputs and file hashes against "
        "generated/.docspecs-lock.json, no regeneration)",
    )
    _diff_options(add("diff", _cmd_diff, "classify spec changes as breaking or not; semver bump"))
    _verify_options(
        add("verify", _cmd_verify, "hold recorded responses (HAR, captures) against the specs")
    )
    _proxy_options(add("proxy", _cmd_proxy, "a validating, recording proxy in front of an API"))
    _new_options(add("new", _cmd_new, "start a new API: specs/<api>/ and overlays/<api>/"))
    _docs_options(add("docs", _cmd_docs, "render static HTML reference pages (Redocly CLI)"))
    return parser


def _lint_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("apis", nargs="*", metavar="API", help="APIs to lint (default: all)")
    sub.add_argument("--rules", action="store_true", help="print the rule catalogue and exit")


def _fuzz_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("apis", nargs="*", metavar="API", help="APIs to fuzz (default: all)")
    sub.add_argument(
        "--base-url",
        default=None,
        help="fuzz a server over HTTP: `docspecs mock` on loopback (its control API gives "
        "tokens and ids) or any other server (tokens and ids from the environment as with "
        "--live, safe reads only unless --allow-unsafe-methods); default: the simulator "
        "in-process",
    )
    sub.add_argument(
        "--live",
        action="store_true",
        help="fuzz the vendors' servers, safe reads only, with each API's token from the "
        "variable its runtime settings name (x-docspecs-client token-env in overlays/<API>/, "
        "else <API>_API_TOKEN), the headers whose variables are set, and the ids in "
        "DOCSPECS_LIVE_IDS",
    )
    sub.add_argument(
        "--allow-unsafe-methods",
        action="store_true",
        help="with --base-url at a server that is not the simulator: also send POST, PUT, PATCH, "
        "DELETE and undeclared-method probes, without a rate limit (by default only safe reads "
        "go there, at most 5 a second); only for a server you may break",
    )
    sub.add_argument(
        "--max-examples",
        type=int,
        default=100,
        help="generated cases per fuzzing pass, positive and negative (default 100)",
    )
    sub.add_argument("--seed", type=int, default=0, help="same seed, same cases (default 0)")
    sub.add_argument(
        "--junit-xml", type=Path, default=None, help="also write a JUnit XML report here"
    )
    sub.add_argument(
        "--shard",
        type=_shard,
        default=None,
        metavar="K/N",
        help="fuzz only the K-th of N deterministic parts of the operations (sorted by API and "
        "operationId, dealt out in turn), e.g. one CI job per part",
    )
    sub.add_argument(
        "--case-timeout",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help="the longest one case may take over HTTP, request and whole answer together "
        "(default 30, docspecs.fuzz.CASE_TIMEOUT); a slower one fails the operation's "
        "case_timeout check and fuzzing goes on",
    )
    sub.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="schemathesis worker threads, operations in parallel (default 1)",
    )


def _cmd_new(args: argparse.Namespace, project: Project) -> int:
    from docspecs.new import new

    written = new(project, args.api, title=args.title, server=args.server, auth=args.auth)
    for path in written:
        print(f"wrote {path.relative_to(project.root)}")
    print(_new_next_steps(args.api))
    return 0


def _new_next_steps(api: str) -> str:
    """What to do after `docspecs new` (README's "Adding a vendor" shows this text)."""
    return f"""next:
  1. save the vendor's pages under specs/{api}/sources/ and list each, with the facts taken,
     in specs/{api}/sources/README.md
  2. replace the placeholder operation get_example (and its examples/ files) in
     specs/{api}/openapi.yaml with the vendor's operations; record judgement calls in
     specs/{api}/README.md
  3. one overlay per concern in overlays/{api}/<NN>-<purpose>.yaml (90-client-runtime.yaml
     names the token variable {env_prefix(api)}_API_TOKEN)
  4. docspecs lint {api} && docspecs generate {api} && docspecs check {api}
  5. contract fuzzing needs a server: a simulator module for {api} (src/docspecs/simulator/),
     or docspecs fuzz --base-url URL {api}"""


def _new_options(sub: argparse.ArgumentParser) -> None:
    from docspecs.new import AUTH_SCHEMES

    sub.add_argument(
        "api",
        metavar="API",
        help="the API's name, e.g. acme or my-api (names the folders and packages)",
    )
    sub.add_argument("--title", required=True, help="the API's name as the vendor writes it")
    sub.add_argument("--server", required=True, metavar="URL", help="the API's base URL")
    sub.add_argument(
        "--auth",
        choices=sorted(AUTH_SCHEMES),
        default="bearer",
        help="how requests authenticate (default: bearer, `Authorization: Bearer <token>`)",
    )


def _cmd_docs(args: argparse.Namespace, project: Project) -> int:
    from docspecs.docs import render_docs

    out = args.out if args.out is not None else project.root / "build" / "docs"
    for page in render_docs(project, args.apis, out):
        print(f"wrote {page}")
    return 0


def _docs_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("apis", nargs="*", metavar="API", help="APIs to render (default: all)")
    sub.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder for <api>.html and index.html (default: build/docs)",
    )


def _project(root: Path | None) -> Project:
    """The project at `--root` (which must hold a specs/ folder), else the one around the cwd."""
    if root is None:
        return Project.find()
    if not (root / "specs").is_dir():
        raise DocspecsError(
            f"--root {root}: not a docspecs project (no specs/ folder in it); pass the "
            "repository's top folder"
        )
    return Project(root.resolve())


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except ModuleNotFoundError as error:  # an option's parser needing the pipeline extra
        message = missing_extra_message(error, None)
        if message is None:
            raise
        print(f"docspecs: error: {message}", file=sys.stderr)
        return 2
    try:
        standalone: StandaloneCommand | None = args.standalone
        if standalone is not None:
            return standalone(args)
        project = _project(args.root)
        run: Command = args.run
        return run(args, project)
    except DocspecsError as error:
        # one line per problem; within a line, no control character from a spec or a file
        lines = f"docspecs: error: {error}".split("\n")
        print("\n".join(printable(line) for line in lines), file=sys.stderr)
        return 2
    except ModuleNotFoundError as error:  # importlib.metadata's PackageNotFoundError too
        # `pip install docspecs` has only what `mock` needs; the rest comes with the extra
        message = missing_extra_message(error, args.command)
        if message is None:
            raise
        print(f"docspecs: error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("docspecs: interrupted", file=sys.stderr)
        return 130
