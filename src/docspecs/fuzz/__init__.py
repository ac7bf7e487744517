"""Contract fuzzing: every operation of every spec, every schemathesis check, against a target.

The target is the built-in simulator in-process (the default: its ASGI app is called directly, no
socket), a server over HTTP (`base_url`: the simulator started with `docspecs mock`, or any other
server), or the vendors' real servers (`live`: safe reads only, tokens from the environment).

How one API is fuzzed:

- The spec is bundled (`docspecs.bundle`) and handed to schemathesis with every check enabled.
- Tokens and real resource ids come from the simulator's control API (`GET /_simulator/state`);
  against any other server from the environment: the token from the variable the API's runtime
  settings name (`x-docspecs-client` `token-env`, added by `overlays/<api>/`), the headers whose
  variables are set (`headers.*.env`), and the ids in `DOCSPECS_LIVE_IDS`. A resource kind
  feeds the operations whose path names it before the id parameter (`/processor_runs/{id}`
  reads `processor_runs`).
- Explicit examples: every known id with every combination of the operation's boolean query
  flags (the `include_*` switches), so each seeded resource and each flag combination is read.
- Generated cases: a schemathesis hook puts a real id into most cases whose path is not the
  negated part (a deterministic choice from the case's own content, so the same seed sends the
  same requests); the rest keep their generated id and exercise 400/404.
- Two engine runs per API with the same seed: examples + coverage + positive fuzzing, then
  negative fuzzing with the credentials left alone (the coverage phase and the `ignored_auth`
  probes already send missing and invalid credentials), so negative cases probe the parameters.

Problems are values: `fuzz` returns a `FuzzResult` with per-operation statistics and every failure
(operation, check, and a curl command with the token replaced by `$TOKEN`); nothing is printed.

The package, one job per module (the order a run goes through them):

- `_fuzz`: the `fuzz` entry point: checks the arguments, runs every target, collects the result.
- `_operations`: the operations of a bundled spec as fuzzing sees them (id parameter, flags, the
  documented values of required parameters, the resource kind an id reads).
- `_discovery`: where tokens, ids and headers come from: the simulator's control API, the
  environment (`DOCSPECS_LIVE_IDS`) and each API's runtime settings (`x-docspecs-client`).
- `_targets`: what is fuzzed where: one `Target` per API (URL, token, ids, safeguards).
- `_shards`: which operations one shard of a run fuzzes (`--shard K/N`).
- `_engine`: schemathesis' configuration and the two engine passes per API.
- `_hooks`: the schemathesis hooks that put real ids and headers into the cases.
- `_transport`: the in-process transport that calls the ASGI app without a socket, the method
  guard, and the case timeout over HTTP.
- `_tallies`: what the engine's events add up to per operation, and the failures found.
- `_curl`: a curl command that reproduces a request, secrets replaced by `$TOKEN`.
- `_junit`: the JUnit XML report.
- `_results`: the values `fuzz` returns (`FuzzResult`, `OperationStats`, `FuzzFailure`).
"""

from docspecs.fuzz._discovery import LIVE_IDS_ENV
from docspecs.fuzz._engine import CASE_TIMEOUT, LIVE_RATE_LIMIT, MAX_RESPONSE_TIME
from docspecs.fuzz._fuzz import fuzz
from docspecs.fuzz._results import FuzzFailure, FuzzResult, OperationStats
from docspecs.fuzz._targets import MOCK_URL, TOKEN_PLACEHOLDER

__all__ = [
    "CASE_TIMEOUT",
    "LIVE_IDS_ENV",
    "LIVE_RATE_LIMIT",
    "MAX_RESPONSE_TIME",
    "MOCK_URL",
    "TOKEN_PLACEHOLDER",
    "FuzzFailure",
    "FuzzResult",
    "OperationStats",
    "fuzz",
]
