"""`python -m docspecs`: the `docspecs` command."""

from docspecs.cli import main

raise SystemExit(main())
