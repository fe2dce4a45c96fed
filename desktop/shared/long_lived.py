"""Keeping what lives as long as a load out of the garbage collector's full collections.

Python's cyclic garbage collector walks every tracked object at each full collection, and
one comes every so often while the dashboard, the account page or a report builds its
frames: with a workspace of 10,000 accounts loaded, the modules, widgets and loaded data
are over a hundred thousand objects, and a full collection that lands in a dashboard
update cost it 0.1-0.3 s (a new scope painted in 0.44-0.75 s without, 0.33-0.40 s with the
loaded data frozen, in the dashboard benchmark).

``settle`` is called once a complete load is in place: it unfreezes what the previous load
froze, collects the garbage (the previous load's frames, once nothing holds them), and
freezes what is alive now. Objects that were frozen and later dropped are still freed by
their reference counts; only cycles among them wait for the next load's ``settle``.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect, then take everything alive out of future collections (``gc.freeze``)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
