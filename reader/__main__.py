"""python -m reader: the same as the `qari` command."""

import sys

from reader.app import main

sys.exit(main())
