"""Exit statuses of ``abm-health`` and the error every command raises for a usage mistake.

Below the commands and the command line alike, so a command never imports the command
line that registers it.
"""

from __future__ import annotations

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake in how the command was called; printed, exit code 2."""
