"""``python -m kg.cli``: the same as the ``kg`` console script."""

import sys

from kg.cli.main import main

sys.exit(main())
