"""Start the tracker desktop app (same as the `tracker-gui` command)."""

import sys

from tracker.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
