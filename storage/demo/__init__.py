"""The demo portfolio generator (SPEC §3, §10): a deterministic, realistic workspace.

``fill_demo(workspace, accounts=250, seed=1, as_of=...)`` writes about 250 target accounts
with buying committees, 18 months of campaigns and engagement, meetings, deals,
subscriptions, NPS, questions and notes, whose signals precede their outcomes the way the
health model's backtest expects. See ``storage.demo.stories`` for the stories told.
"""

from storage.demo.fill import DemoSummary, WorkspaceNotEmpty, fill_demo

__all__ = ["DemoSummary", "WorkspaceNotEmpty", "fill_demo"]
