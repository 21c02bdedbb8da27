"""``python -m geoevents``: the command-line interface."""

from geoevents.cli import main

raise SystemExit(main())
