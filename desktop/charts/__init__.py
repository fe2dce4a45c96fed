"""Chart widgets shared by the dashboard and presentation mode (pyqtgraph, fed numpy arrays).

Each chart creates its plot items once and updates them with ``setData``/``setOpts``; colours
and type size come from a ``ChartTheme`` (built from ``desktop.shared.palette``).
"""
