"""The simulator: the registered vendor APIs as one ASGI app, written from the vendor pages.

    from docspecs.simulator import build_app
    app = build_app(seed=0)          # ASGI: httpx.ASGITransport(app), schemathesis from_asgi
    app.tokens["extend"]             # the bearer token each vendor accepts

Mounts: `/instabase`, `/talonic`, `/extend` (each replaces the vendor's server URL) and the
control API under `/_simulator` (`GET state`, `POST reset`, `GET|POST|DELETE faults`). The
vendors are registered in one place, `REGISTRY` (`_registry.py`): each a module with its routes,
data and errors, and one `Vendor` entry; `build_app(vendors=(*REGISTRY, mine))` adds your own.
`serve()` runs it with uvicorn (the `docspecs mock` command); `LoopbackServer` runs it in a
thread on a free 127.0.0.1 port (the pytest plugin's live fixture).
"""

from docspecs.simulator._app import MOUNTS, OPERATIONS, VENDORS, SimulatorApp, build_app
from docspecs.simulator._data import python_field_name
from docspecs.simulator._faults import Fault
from docspecs.simulator._registry import REGISTRY, Vendor, VendorContext
from docspecs.simulator._serve import LoopbackServer, serve

__all__ = [
    "MOUNTS",
    "OPERATIONS",
    "REGISTRY",
    "VENDORS",
    "Fault",
    "LoopbackServer",
    "SimulatorApp",
    "Vendor",
    "VendorContext",
    "build_app",
    "python_field_name",
    "serve",
]
