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
# # 04 · Foreign involvement
# France, the UN, Russia's Wagner Group and Africa Corps, the United States and the Alliance of
# Sahel States: a timeline of foreign involvement, the events each foreign force took part in,
# foreign nationals among the victims, events before and after each milestone, AES participation
# and Russian support.
#
# **Inputs**: the coded tables of the corpus (`events.csv` in `data/processed/<corpus>/`, written
# by `python -m analysis code`), the context timeline `data/reference/context_timeline.csv` (one
# checked public source per line), the actor dictionary `data/reference/actors.yaml`.
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
from analysis import foreign, plots, tables

view = tables.open_view(corpus, start_date, end_date, admin1, min_date_precision, include_background)
events, claims, mentions = view.events, view.claims, view.mentions
selection, source = view.selection, view.source
timeline = foreign.load_timeline()
WINDOW_DAYS = 180  # length of the windows compared before and after each milestone
plots.Note(selection)

# %% [markdown]
# ## What counts as foreign involvement
# A foreign **force** took part: a state force or government acting outside its own country
# (French troops in Mali, Burkinabe forces in Mali, US forces in Niger), foreign mercenaries and
# Russia's Africa Corps, and international missions such as MINUSMA. A government that only
# comments or condemns is not counted. Involvement an article only alleges is counted as reported.
#
# The coded tables also name the countries of foreign **nationals** an event affected (hostages,
# victims, foreign firms). They are not forces: a foreign country counts as a force only when
# the event's actors include that country's forces or government (or the label is itself a
# foreign force, such as Wagner Group or MINUSMA). Every count and chart of foreign involvement
# below uses forces only; foreign nationals among the victims have their own table.

# %% [markdown]
# ## The context timeline
# Milestones of foreign involvement, each checked against the public source given in the table.

# %%
foreign.plot_timeline(timeline)

# %%
plots.full_table(timeline.assign(date=timeline["date"].dt.date)[["date", "precision", "actor", "milestone", "source"]])

# %% [markdown]
# ## Events involving each foreign force
# Each dot is an event, on its date, sized by its conservative toll and coloured by event type;
# dashed lines are the milestones above that fall inside the period.

# %%
foreign.plot_foreign_over_time(events, source, timeline, selection)

# %%
n_foreign, n_all = foreign.share_foreign(events)
plots.Note(f"{n_foreign} of {n_all} selected events involve at least one foreign force.")

# %%
foreign.foreign_summary(events) if n_foreign else plots.empty_note("foreign forces", selection if events.empty else "no event involves a foreign force")

# %%
by_quarter = foreign.foreign_by_period(events, "Q")
by_quarter if len(by_quarter) else plots.empty_note("foreign forces by quarter", selection if events.empty else "no event involves a foreign force")

# %% [markdown]
# ## Foreign nationals among the victims
# Events in which foreign civilians, hostages or firms were affected, with the countries the
# coded tables give for them. These are not counted as foreign involvement above.

# %%
nationals = foreign.foreign_nationals(events)
plots.full_table(nationals.drop(columns="event_id")) if len(nationals) else plots.Note(selection if events.empty else "No selected event lists foreign nationals among its victims.")

# %% [markdown]
# ## Before and after each milestone
# Events and fatalities in the same number of days before and after each milestone. Only
# milestones whose two windows both lie inside the period covered are drawn; the table marks the
# others as incomplete.

# %%
plots.Note(foreign.CAVEAT)

# %%
win = foreign.windows(events, timeline, WINDOW_DAYS, (start_date, end_date))
foreign.plot_windows(win, source, WINDOW_DAYS, selection)

# %%
win[(win["events_before"] + win["events_after"]) > 0] if len(events) else plots.empty_note("the windows table", selection)

# %% [markdown]
# ## AES participation
# Events in which one member of the Alliance of Sahel States (Mali, Burkina Faso, Niger) acts in
# another member's territory, and whether they fall before or after the Liptako-Gourma Charter of
# 16 September 2023 and its mutual-defence clause.

# %%
aes = foreign.aes_participation(events)
aes if len(aes) else plots.empty_note("AES participation", selection if events.empty else "no event with a member's forces in another member's territory")

# %% [markdown]
# ## Russian support
# Russian material and diplomatic support from the context timeline, then the events in the
# corpus in which Russian forces took part (the Russian state, Wagner Group, Africa Corps) by year.

# %%
plots.full_table(foreign.russian_support(timeline).assign(date=lambda t: t["date"].dt.date))

# %%
russian = foreign.russian_events(events)
russian if len(russian) else plots.empty_note("events involving Russian forces", selection if events.empty else "no event involves a Russian force")
