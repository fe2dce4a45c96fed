"""The import wizard and the import history: file, preview, mapping, values, check, import.

``wizard`` builds the pages; the pages see the wizard only through ``state.WizardState``
(a protocol) and take the entity labels from ``state``, so nothing here imports in a
circle. May import ``desktop.shared``, ``domain`` and ``storage``; never another screen.
"""
