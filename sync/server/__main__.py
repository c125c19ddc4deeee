"""`python -m sync.server` runs the server CLI."""

import sys

from sync.server.cli import main

sys.exit(main())
