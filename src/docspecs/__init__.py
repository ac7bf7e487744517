"""docspecs: typed, tested contracts for document-AI vendor APIs.

The pipeline is a straight line of small steps, one module each: `lint` checks the hand-written
specs, `bundle` resolves them into one document, `overlay` shapes that document for the
generators (`document` puts those steps in order: the generator-ready document), `generate`
writes the packages under generated/, `diff` classifies spec changes, `simulator` serves the
vendors from their docs, and `fuzz` runs schemathesis against a target. `build` composes them;
`cli` only parses arguments and prints.
"""

from docspecs._errors import DocspecsError
from docspecs._findings import Finding, Level
from docspecs._project import Project

__all__ = ["DocspecsError", "Finding", "Level", "Project"]
