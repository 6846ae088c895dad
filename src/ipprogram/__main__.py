"""``python -m ipprogram``: the ``ipprogram`` command (see :mod:`ipprogram.cli`)."""

import sys

try:
    from ipprogram.cli import main
except KeyboardInterrupt:  # Ctrl-C while the command was still loading
    sys.stderr.write("ipprogram: interrupted\n")
    raise SystemExit(130) from None

raise SystemExit(main())
