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
# # 05 · Briefing: political violence in Mali and the central Sahel
# What the news reports on political violence in Mali and its neighbours, coded event by event:
# key judgments, the trend, where and by whom, foreign involvement, and every event behind the numbers.
#
# **Inputs**: the coded tables of the corpus (`events.csv`, `claims.csv` in
# `data/processed/<corpus>/`, written by `python -m analysis code`), the context timeline
# `data/reference/context_timeline.csv`, the boundaries in `data/reference/boundaries/`.
# **Outputs**: this briefing, as this page and as the PDF `report/briefing.pdf` (built by `make report`).

# %% tags=["parameters"]
corpus: str = ""                  # corpus folder; "" = the project corpus (data/raw)
start_date: str = ""              # ISO date, first day kept; "" = from the first event
end_date: str = ""                # ISO date, last day kept; "" = to the last event
admin1: str = "all"               # a first-level region (e.g. "Mopti"), or "all"
min_date_precision: str = "year"  # keep events at least this precise: day, week, month or year
include_background: bool = True   # keep background mentions (is_main = false)

# %%
# %matplotlib inline
from analysis import actors, briefing, foreign, maps, plots, tables, trends

view = tables.open_view(corpus, start_date, end_date, admin1, min_date_precision, include_background)
events, claims, mentions = view.events, view.claims, view.mentions
selection, source = view.selection, view.source
timeline = foreign.load_timeline()
briefing.cover_line(events, start_date, end_date, admin1)

# %% [markdown]
# ## Key judgments
# Every number below is computed from the event and claims tables of this corpus.

# %%
briefing.key_judgments(events, claims, start_date, end_date)

# %% [markdown]
# ## The trend
# Events per month, and deaths as a band from the lowest to the highest figure reported, with the
# conservative count as a line; dashed lines mark milestones of foreign involvement.

# %%
trends.plot_monthly(events, source, timeline, selection)

# %% [markdown]
# ## Where
# Events on the map of Mali's regions, sized by deaths and coloured by type.

# %%
maps.plot_event_map(events, source, selection)

# %% [markdown]
# ## Who
# The actors involved in most events, coloured by ACLED actor category, with the deaths in those
# events.

# %%
actors.plot_actors(events, source, selection, top=10)

# %% [markdown]
# ## Foreign involvement
# Events in which foreign forces (state forces abroad, Wagner Group and Africa Corps, UN
# peacekeepers) took part, against the milestones of their arrival and departure. Foreign
# civilians, hostages or firms caught up in an event are not counted as foreign forces.

# %%
foreign.plot_foreign_over_time(events, source, timeline, selection)

# %%
briefing.methods_box(events)

# %% [markdown]
# ## Annex: every event
# Date as precisely as the articles give it; "(area)" marks events located only to a region.
# Fatalities: the conservative count, with the range of reported figures in brackets when sources
# disagree.

# %%
plots.full_table(briefing.annex(events), "annex") if len(events) else plots.empty_note("the annex", selection)
