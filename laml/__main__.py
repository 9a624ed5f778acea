"""``python -m laml`` runs the command line."""

import sys

from laml.cli import main

sys.exit(main())
