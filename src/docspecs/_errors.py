"""Errors raised by docspecs when it cannot go on.

Problems found *in* a spec are not exceptions: steps return them as `Finding` values and the CLI
decides the exit code. Exceptions are for input docspecs cannot work with at all (no project, an
unknown API name, a file that is not YAML), and each message names the file, pointer or parameter.

    DocspecsError
"""


class DocspecsError(Exception):
    """Input docspecs cannot work with; the message says which file, pointer or parameter."""
