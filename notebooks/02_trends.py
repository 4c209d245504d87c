# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python (sahel-brief)
#     language: python
#     name: sahel-brief
# ---

# %% [markdown]
# # 02 · Trends
# How many events, how many dead, of which kind and where: month by month, by event type, by
# region, and on a map of Mali.
#
# **Inputs**: the coded tables of the corpus (`events.csv` in `data/processed/<corpus>/`, written
# by `python -m analysis code`), the context timeline `data/reference/context_timeline.csv`, the
# boundaries in `data/reference/boundaries/`.
# **Outputs**: the figures and tables on this page (nothing is written to disk).

# %% tags=["parameters"]
corpus: str = ""                  # corpus folder; "" = the project corpus (data/raw)
start_date: str = ""              # ISO date, first day kept; "" = from the first event
end_date: str = ""                # ISO date, last day kept; "" = to the last event
admin1: str = "all"               # a first-level region (e.g. "Mopti"), or "all"
min_date_precision: str = "year"  # keep events at least this precise: day, week, month or year
include_background: bool = True   # keep background mentions (is_main = false)

# %%
# %matplotlib inline
from analysis import foreign, maps, plots, tables, trends

view = tables.open_view(corpus, start_date, end_date, admin1, min_date_precision, include_background)
events, claims, mentions = view.events, view.claims, view.mentions
selection, source = view.selection, view.source
timeline = foreign.load_timeline()
plots.Note(selection)

# %% [markdown]
# ## Events and fatalities per month
# Bars count events; the line is the conservative (ACLED-style) fatality count and the shaded
# band the range between the lowest and the highest figure any source gave. Dashed lines mark
# milestones of the context timeline. Events dated only to a week, month or year sit in the
# month of the middle of their span; set `min_date_precision` to `day` to leave them out.

# %%
trends.plot_monthly(events, source, timeline, selection)

# %% [markdown]
# Months with events, with the fatality band (quiet months omitted):

# %%
trends.active_months(events) if len(events) else plots.empty_note("the monthly table", selection)

# %% [markdown]
# ## By event type
# ACLED's six event types, each with the same colour in every chart of the report.

# %%
trends.plot_by_type_monthly(events, source, selection)

# %%
trends.by_type(events) if len(events) else plots.empty_note("the event-type table", selection)

# %% [markdown]
# ## By region
# First-level regions (admin1) as the project's gazetteer names them; events in Burkina Faso
# or Niger carry their country in brackets. The figure beside each bar is the conservative
# toll, with the range of reported figures when sources disagree.

# %%
trends.plot_by_admin1(events, source, selection)

# %%
trends.by_admin1(events) if len(events) else plots.empty_note("the region table", selection)

# %% [markdown]
# ## Where the events happened
# Points are sized by fatalities and coloured by event type; hollow points are events located
# only to a region (ACLED geo precision 3), placed at the region's reference point rather than
# at a town.

# %%
maps.plot_event_map(events, source, selection)

# %% [markdown]
# **Caveat.** A news corpus is not a census: a month without events may be a month the
# collected articles did not cover, and regions far from the wire services' correspondents are
# under-reported. The counts describe what the corpus reports.
