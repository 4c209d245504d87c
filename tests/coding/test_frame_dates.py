"""Frames: which date is a report date, and which date dates which frame.

Each sentence is run through the real mention finders (as in test_frames.py); the expected
dates were read off the sentences by hand. Publication day: Wednesday 2023-11-08, so Thursday
is 2023-11-02, Saturday 11-04, Sunday 11-05, Monday 11-06 and Tuesday 11-07.
"""

from __future__ import annotations

from datetime import date

from analysis.coding import actors as A
from analysis.coding import claims as C
from analysis.coding import dates as D
from analysis.coding import frames as F
from analysis.coding import places as P
from analysis.coding import text as T
from analysis.coding import triggers as TR

PUBLISHED = date(2023, 11, 8)  # a Wednesday
SUN, MON, TUE, THU, SAT = date(2023, 11, 5), date(2023, 11, 6), date(2023, 11, 7), date(2023, 11, 2), date(2023, 11, 4)


def _mentions(text: str):
    doc = T.parse(text)
    sents = T.split_sentences(doc)
    actors = A.find_actors(text, sents, country="Mali", when=PUBLISHED)
    claims = C.find_casualty_claims(text, sents, actors, outlet="X", published=PUBLISHED)
    return doc, sents, actors, claims, D.find_dates(text, PUBLISHED, sents)


def frames(text: str):
    doc, sents, actors, claims, dates = _mentions(text)
    return F.build_frames(doc, sents, TR.find_triggers(doc, sents), actors, P.find_places(text, sents), dates, claims)


def only(text: str):
    fs = frames(text)
    assert len(fs) == 1, [(f.type_key, f.head.text) for f in fs]
    return fs[0]


def by_key(text: str) -> dict:
    out = {}
    for f in frames(text):
        assert f.type_key not in out, f.type_key
        out[f.type_key] = f
    return out


def day(f):
    return f.date.date if f.date is not None else None


def report_flags(text: str) -> dict[str, bool]:
    """Per date text: is_report_date once build_frames has run on the Doc."""
    doc, sents, actors, claims, dates = _mentions(text)
    F.build_frames(doc, sents, TR.find_triggers(doc, sents), actors, P.find_places(text, sents), dates, claims)
    return {d.text: F.is_report_date(doc, d) for d in dates}


# ------------------------------------------------ C1a: a sentence-opening report date


def test_opening_report_date_gives_way_to_the_date_in_the_reported_clause():
    assert day(only("On Monday, the army said it had regained control of Boni on Sunday.")) == SUN
    assert day(only("On Tuesday, officials said gunmen had killed 12 villagers near Bandiagara on Sunday.")) == SUN
    f = only("Earlier this week, a security source told AFP that jihadists had attacked a military post in Boni on Saturday.")
    assert day(f) == SAT


def test_opening_report_date_is_a_report_date_for_is_report_date():
    assert report_flags("On Monday, the army said it had regained control of Boni on Sunday.") == {"Monday": True, "Sunday": False}
    flags = report_flags("Late on Friday, JNIM claimed responsibility for an attack on a military post in Boni on Thursday.")
    assert flags == {"Late on Friday": True, "Thursday": False}
    # without the sentence's dates (a Doc build_frames has not seen) no opening date is one
    text = "On Monday, the army said it had regained control of Boni on Sunday."
    doc, _, _, _, dates = _mentions(text)
    tk = T.token_arrays(doc)
    assert not F._report_date(tk, dates[0])
    assert F._report_date(tk, dates[0], None, 0, None, [d.start for d in dates])


def test_opening_date_before_the_trigger_stays_the_event_date():
    # near misses: the trigger comes before the reporting verb; no later date in the sentence
    assert day(only("On Sunday, gunmen killed 12 villagers near Bandiagara, officials said on Monday.")) == SUN
    f = only("Late on Tuesday, the army said it had launched air strikes near Tessit.")
    assert day(f) == TUE  # the only day the text gives for the strikes
    assert report_flags("Late on Tuesday, the army said it had launched air strikes near Tessit.") == {"Late on Tuesday": False}


# ------------------------------------------------ C1b: report dates behind a medium phrase


def test_date_of_a_statement_or_message_is_a_report_date():
    assert only("In a statement broadcast on state television on Monday, the army said it had carried out air strikes near Tessit.").date is None
    assert only("The army said in a communique read on national television on Friday that its units had killed 20 jihadists near Boni.").date is None
    assert only("JNIM said in a message posted on its Telegram channel on Saturday that its fighters had attacked a military post in Boni.").date is None


def test_report_dates_after_a_medium_phrase_are_flagged():
    flags = report_flags("Jihadists attacked a military post in Boni on Sunday, the army told reporters on Monday.")
    assert flags == {"Sunday": False, "Monday": True}
    flags = report_flags("Jihadists attacked a military post in Boni on Sunday, the army said in a video released on Monday.")
    assert flags == {"Sunday": False, "Monday": True}


def test_report_date_after_a_hearer_or_place_name():
    flags = report_flags("Jihadists attacked a post in Boni on Sunday, a local official told Radio France Internationale on Monday.")
    assert flags == {"Sunday": False, "Monday": True}
    assert report_flags("Jihadists attacked a post in Boni on Sunday, the minister said in Bamako on Monday.") == {
        "Sunday": False, "Monday": True}
    # near miss: the subject of the reported clause, not a hearer ("JNIM on Monday attacked")
    assert report_flags("The army said JNIM on Monday attacked a convoy near Boni.") == {"Monday": False}


def test_source_named_before_a_comma_and_nouns_like_posts_are_no_report_cue():
    # "According to the communique, on Tuesday": the source, not the time of the telling
    assert day(only("According to the communique, on Tuesday, jihadists attacked a military post in Boni.")) == TUE
    # "posts" is a noun here, not the reporting verb "posts"
    assert day(only("Jihadists attacked two army posts on Monday near Boni.")) == MON
    assert day(only("Jihadists attacked two army posts near Boni on Monday.")) == MON


# ------------------------------------------------ C1c: far dates and opening phrases


def test_far_date_dates_the_only_frame_of_the_sentence():
    f = only("The town was the scene of a heavy defeat for the army in July 2022, when the rebels, then known as "
             "the CMA, and fighters of the Islamic State killed dozens of soldiers.")
    assert (f.date.date, f.date.precision) == (date(2022, 7, 1), "month")
    f = only("Menaka saw its worst day in March 2022, when, according to local officials who spoke on condition of "
             "anonymity, gunmen on motorbikes killed 30 civilians.")
    assert (f.date.date, f.date.precision) == (date(2022, 3, 1), "month")


def test_far_date_near_misses():
    # a year after "since" is a comparison point
    assert only("Jihadists killed 12 soldiers near Boni, one of the heaviest tolls suffered by the army in the centre "
                "of the country since the start of the insurgency in 2012.").date is None
    # a reference back ("the jihadist attack") is not dated by another predicate's date
    assert only("A week of national mourning, beginning on Friday at midnight, was declared across the whole country "
                "to honour the many victims of the jihadist attack in Boni.").date is None
    # a pattern ("repeated incursions") is not dated from afar
    assert only("During a visit to Bamako on Wednesday, the foreign minister of Niger stressed the need for cooperation "
                "between the two countries as they face repeated incursions by armed groups.").date is None


def test_date_of_a_comma_closed_opening_phrase_dates_the_sentence():
    f = only("The day after, Thursday 2 November, the planes and helicopters of the air force (the Malian air arm) "
             "carried out strikes on a jihadist base identified in the area of Boni.")
    assert day(f) == THU
    f = only("In the early hours of Sunday 5 November, several dozen heavily armed men riding motorcycles and driving "
             "three pick-up trucks from the forest attacked the village of Dioura.")
    assert day(f) == SUN
    f = only("Two days later, on Thursday, soldiers of the army, backed by Dozo hunters from the neighbouring villages "
             "of the commune, attacked a jihadist camp near Boni.")
    assert day(f) == THU


def test_opening_phrase_near_misses():
    # a reference back in a later clause keeps its own time
    fs = by_key("The day after, Thursday 2 November, the planes and helicopters of the air force (the Malian air arm) "
                "carried out strikes on a jihadist base near Boni, where the fighters were regrouping after the fighting.")
    assert day(fs["air_strike"]) == THU and fs["armed_clash"].date is None
    # a relative clause is no opening adverbial
    tk = T.token_arrays(T.parse("The soldiers, who had arrived in Boni on Sunday, were attacked by jihadists."))
    a = tk.lower.index("sunday")
    assert F._opening_comma(tk, a, a + 1, 0, None) == -1
    tk = T.token_arrays(T.parse("In the early hours of Sunday, jihadists attacked Boni."))
    a = tk.lower.index("sunday")
    assert F._opening_comma(tk, a, a + 1, 0, None) == a + 2


# ------------------------------------------------ C1d: a dateless sibling frame


def test_dateless_frame_takes_the_date_and_place_of_its_clause_sibling():
    fs = by_key("UN troops withdrew from their base in Ber, north of Timbuktu, in August amid heavy fighting between "
                "soldiers and rebels.")
    assert fs["armed_clash"].date is fs["transfer"].date and fs["transfer"].date.precision == "month"
    assert [p.name for p in fs["armed_clash"].places][0] == "Bèr"  # the sibling's places, town first
    fs = by_key("Soldiers withdrew from their base in Boni on Monday during heavy fighting with jihadists.")
    assert day(fs["armed_clash"]) == MON and [p.name for p in fs["armed_clash"].places] == ["Boni"]
    fs = by_key("The army withdrew from Ber on Sunday and rebels took control of the camp.")
    assert day(fs["nsa_overtakes"]) == SUN


def test_dateless_sibling_near_misses():
    # an earlier event ("after gunmen massacred") is not dated by the protest
    fs = by_key("Dozens of residents demonstrated on Tuesday in Bankass to demand protection after gunmen massacred 30 "
                "villagers nearby.")
    assert day(fs["peaceful_protest"]) == TUE and fs["attack"].date is None
    # a reference back ("after the fighting") keeps its own time
    fs = by_key("UN troops left their base in Ber in August after the fighting.")
    assert fs["transfer"].date is not None and fs["armed_clash"].date is None


# ------------------------------------------------------ probe gaps round 2 (frames2)


def test_ranked_event_takes_its_own_month_or_year():
    # F1: "the deadliest massacre ... in March 2019" is dated by its own date
    f = only("The deadliest massacre killed some 160 villagers at Ogossagou in March 2019.")
    assert f.date is not None and f.date.date == date(2019, 3, 1) and f.date.precision == "month"
    f = only("The first raid, in May in Djibo, killed 12 civilians.")
    assert f.date is not None and f.date.precision == "month"
    # near miss: a reference back still takes no month after it
    f = only("The attack killed 12 villagers in Djibo in March.")
    assert f.date is None


def test_since_when_dates_the_when_clause():
    # F3: "since August 2020, when soldiers ... detained the president": August 2020
    f = only("Mali has been ruled by the military since August 2020, when soldiers who had mutinied at the Kati "
             "camp detained President Ibrahim Boubacar Keita.")
    assert f.date is not None and f.date.date == date(2020, 8, 1)
    f = only("Niger has been under military rule since July 2023, when the presidential guard detained President "
             "Mohamed Bazoum in Niamey.")
    assert f.date is not None and f.date.date == date(2023, 7, 1)
    # near misses: a plain "since" span dates nothing
    f = only("Jihadists killed 12 villagers in Djibo on Sunday, the worst attack since 2015.")
    assert day(f) == SUN
    f = only("Soldiers detained the mayor of Gao, in custody since July 2023.")
    assert f.date is None


def test_when_after_directly():
    assert F._when_after("since august 2020 , when soldiers".split(), 3) == 4
    assert F._when_after("since 2012 when rebels".split(), 2) == 2
    assert F._when_after("since 2012 , rebels".split(), 2) == -1


def test_definite_event_takes_a_week():
    # "the arrests were carried out earlier this week": a week is never a span's end
    f = only("The minister said on Thursday that the arrests were carried out earlier this week in Bamako.")
    assert f.date is not None and f.date.precision == "week"
