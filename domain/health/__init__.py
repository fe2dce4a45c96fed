"""The account health model (SPEC §6): versioned, explainable, validated.

- ``model``: ``HealthModelConfig`` (weights, band thresholds, windows; to/from dict);
- ``activity``: the dated streams one as-of evaluation slices (``Activity.prepare``);
- ``engagement_components`` / ``commercial_components``: the six component scores;
- ``score``: ``score_accounts(frames, settings, config, as_of) -> HealthResult``;
- ``drivers``: ``Explanation`` and ``Driver`` (component lines, renormalisation, sentences);
- ``history`` / ``trend``: weekly snapshots as a background job, trend and sparklines;
- ``backtest`` / ``evaluation``: month-end backtest, AUC, band rates, lift, what-if;
- ``asof``: what "as of a day" means.
"""
