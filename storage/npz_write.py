"""Writing a cache's arrays to its file: whole or not at all, readable by its owner only.

Every cache of ours (events, stored portfolio, tables) is a NumPy ``.npz`` beside the
workspace or in the user's cache folder. It is written to a temporary name in the same
folder, made owner-only before a byte is written (it copies the workspace's data), then
renamed over the old file, so a killed process leaves either the old cache or the new one.
A folder we may not write to is not an error: the cache is only a speed-up.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np


def write_arrays(path: Path, arrays: dict[str, np.ndarray]) -> bool:
    """Store ``arrays`` at ``path`` atomically; False when it cannot be written."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except OSError:
        return False
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            np.savez(handle, **arrays)
        os.replace(tmp, path)
        return True
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False
