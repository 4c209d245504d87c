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
# # 01 · Coding events
# How an article becomes rows of the event table: what the coder found in its sentences, the
# events and casualty claims it wrote, the rows that most need a human check, and what the
# review file changed.
#
# **Inputs**: the corpus (`manifest.csv`, `articles/`), its coded tables (`events.csv`,
# `claims.csv`, `mentions.csv` in `data/processed/<corpus>/`, written by
# `python -m analysis code`), the review file `data/reviewed/review.yaml`.
# **Outputs**: the tables and highlighted text on this page (nothing is written to disk).

# %% tags=["parameters"]
corpus: str = ""                  # corpus folder; "" = the project corpus (data/raw)
start_date: str = ""              # ISO date, first day kept; "" = from the first event
end_date: str = ""                # ISO date, last day kept; "" = to the last event
admin1: str = "all"               # a first-level region (e.g. "Mopti"), or "all"
min_date_precision: str = "year"  # keep events at least this precise: day, week, month or year
include_background: bool = True   # keep background mentions (is_main = false)

# %%
from analysis import actors, plots, tables
from analysis import walkthrough as wt

view = tables.open_view(corpus, start_date, end_date, admin1, min_date_precision, include_background)
events, claims, mentions = view.events, view.claims, view.mentions
selection, source = view.selection, view.source
article_id = wt.pick_article(events, mentions)  # the selected article with the most coded mentions
article = wt.load_article(view.corpus_dir, article_id) if article_id else None
plots.Note(selection)

# %% [markdown]
# ## One article, as the coder read it
# The sentences of the article that refer to a coded event, with what the coder found in them:
# the words that signal an event (trigger), its date, place, actors and casualty figures. Numbers
# in brackets are sentence indices. Hover a highlight to see every role it plays.

# %%
plots.Note(f"Article {article.id}: {article.title or '(no title)'} ({article.outlet or 'outlet not recorded'}, "
           f"published {article.published or 'date unknown'}).") if article else plots.empty_note("the article walk-through", "no article")

# %%
wt.highlight(article.text, mentions[mentions["article_id"] == article.id]) if article else plots.empty_note("highlighted sentences", "no article")

# %% [markdown]
# ## The events coded from it
# One row per event (ACLED's rule: one place, one day, one set of actors). `fatalities` is the
# conservative figure; `fatalities_low` and `fatalities_high` the range of figures the sources gave.

# %%
wt.article_events(events, article_id) if article_id else plots.empty_note("the article's events", "no article")

# %% [markdown]
# ## Who said what
# Every casualty figure the article states, with who stated it. Across the whole selection,
# tolls that sources give differently are set side by side below.

# %%
plots.full_table(wt.article_claims(claims, article_id)) if article_id else plots.empty_note("the article's claims", "no article")

# %%
disputed = actors.disputed_tolls(claims, events)
plots.full_table(disputed) if len(disputed) else plots.empty_note("disputed tolls", "" if events.empty else "no event with conflicting figures")

# %% [markdown]
# ## The event table
# Every selected event with the columns a reviewer reads first; the full table has the columns of
# the spec (`../shared/spec/event-table.md`).

# %%
events[["event_id", "event_date", "date_precision", "event_type", "actor1", "actor2", "location", "admin1", "country",
        "fatalities", "fatalities_low", "fatalities_high", "foreign_actors", "is_main", "confidence", "review_status"]] \
    if len(events) else plots.empty_note("the event table")

# %% [markdown]
# ## Rows most in need of review
# Low confidence, a date coarser than a day, a place known only to a region, or a disputed toll:
# the rows to check first against their evidence. Rows already reviewed are left out.

# %%
queue = wt.review_queue(events, claims, n=15)
queue if len(queue) else plots.empty_note("the review queue", "" if events.empty else "every row is precise, confident and undisputed, or reviewed")

# %% [markdown]
# ## What the review file changed
# Entries of `data/reviewed/review.yaml` (written by people, never by code) and whether their
# effect shows in this table. An entry whose event is missing was probably orphaned by a change
# of the coder (the event's id changed): re-point it at the new id.

# %%
changes = wt.review_changes(events)
changes if len(changes) else plots.Note("The review file has no entries yet: every row is as the coder wrote it (review_status = auto).")
