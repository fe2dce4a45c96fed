"""Words for the domain's ids and facts, in the chosen language.

The domain speaks in ids and facts (a driver's ``kind`` with its numbers and dates, an n/a
reason's input id, a metric id, a movement's cause); the modules here turn them into
sentences through Qt's translation (``QCoreApplication.translate`` with the source text
written out at the call, so ``pyside6-lupdate`` finds it). Whole sentences with ``%1``
placeholders and ``%n`` plurals, never fragments glued together. One module per family:
``drivers``, ``components``, ``reasons``, ``metrics``, ``movement``, ``segments``, ``progress``,
``periods``, ``protected`` (paths a command never writes to); the domain's refusals of
input (``domain.error_facts.ErrorFacts``: a kind with facts) in ``health_model``,
``setting_values``, ``addresses``, ``periods`` and ``stage_window``, picked by ``refusals``.
What storage says (a ``storage.said.Said``: English with a kind and facts) is worded by
``said``, with the families ``import_problems`` (and the summary, ``import_summary``),
``locks``, ``workspace``, ``safe_paths``, ``batches``, ``copies``, ``edits`` and ``demo``.
"""
