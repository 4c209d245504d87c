"""sahel-brief: code news about the war in Mali and the central Sahel into events, analyse, report.

Sub-packages and modules, in the order data flows through them:

- ``analysis.paths``: every path the project uses (no literal paths anywhere else).
- ``analysis.corpus``: load, validate and clean a corpus folder into ``Article`` records.
- ``analysis.coding``: articles into the event, claims and mentions tables.
- ``analysis.trends`` / ``actors`` / ``foreign`` / ``maps`` / ``plots``: the analysis.
- ``analysis.report``: run the notebooks with papermill, render HTML and the briefing PDF.
"""

__version__ = "0.1.0"

# Compiled copies of the coder's modules run while they match their source (analysis.native).
from analysis import native as _native  # noqa: E402

_native.install()
