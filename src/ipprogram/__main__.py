"""``python -m ipprogram``: the ``ipprogram`` command (see :mod:`ipprogram.cli`)."""

from ipprogram.cli import main

raise SystemExit(main())
