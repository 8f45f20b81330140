"""python -m loaders {extract,build,fetch}."""

import sys

from loaders.cli import main

sys.exit(main())
