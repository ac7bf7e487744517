from docspecs.cli import main

raise SystemExit(main())
