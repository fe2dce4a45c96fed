"""The abm-health application: windows, Qt models, charts, workers, PDF, and the command line.

May import ``domain`` and ``storage``.
"""
