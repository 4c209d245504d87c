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
# # 03 · Actors
# Who fights whom: events and fatalities by actor, the ACLED interaction matrix, the actor
# network, civilian targeting, and who claims which death tolls.
#
# **Inputs**: the coded tables of the corpus (`events.csv` and `claims.csv` in
# `data/processed/<corpus>/`, written by `python -m analysis code`), the actor dictionary
# `data/reference/actors.yaml`.
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
from analysis import actors, plots, tables

view = tables.open_view(corpus, start_date, end_date, admin1, min_date_precision, include_background)
events, claims, mentions = view.events, view.claims, view.mentions
selection, source = view.selection, view.source
plots.Note(selection)

# %% [markdown]
# ## Events and fatalities by actor
# An actor is involved in an event as the acting side (actor1), the other side (actor2) or an
# associated force (for example Wagner Group beside the Malian army). Colours are ACLED's actor
# categories, the same in every chart. The fatalities beside a bar are those of the events the
# actor took part in, on whichever side they fell, so they do not add up to the total.

# %%
actors.plot_actors(events, source, selection)

# %%
actors.actor_table_view(events) if len(events) else plots.empty_note("the actor table", selection)

# %% [markdown]
# ## Interactions
# ACLED's interaction code pairs the two actor categories, lowest code first; events with a
# single actor (an announcement, a withdrawal) pair their category with "no second actor".

# %%
actors.plot_interactions(events, source, selection)

# %% [markdown]
# ## The actor network
# Actors are nodes, sized by the events they took part in; a line joins two actors who were on
# opposite sides of at least one event, thicker with more events.

# %%
actors.plot_network(events, source, selection)

# %% [markdown]
# ## Civilian targeting
# Events coded as targeting civilians, credited to the perpetrator (actor1). The share is that of
# the perpetrator's own events in the selection.

# %%
actors.plot_civilian_targeting(events, source, selection)

# %%
actors.civilian_targeting(events) if len(events) else plots.empty_note("the civilian-targeting table", selection)

# %% [markdown]
# ## Who claims which tolls
# Every death toll stated in the articles, by who stated it. Tolls replaced by a later figure from
# the same claimant are left out; wounded and missing figures are not death tolls.

# %%
actors.claims_by_claimant(claims) if len(claims) else plots.empty_note("casualty claims", selection)

# %% [markdown]
# ### Disputed tolls, side by side
# Events for which sources give different death tolls: the lowest and the highest figure and who
# gave each, then every claim. The event table keeps the conservative figure and the range.

# %%
disputed = actors.disputed_tolls(claims, events)
plots.full_table(disputed) if len(disputed) else plots.empty_note("disputed tolls", selection if events.empty else "no event with conflicting figures")
