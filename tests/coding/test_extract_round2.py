"""code_article, round 2 of session 8: datelines without a place, months and years later, the
agent a role phrase credits (the incident told last before it; a list item's own), and a
demonstration without a place of its own after a national decree.

Short texts written for these tests; expected values checked by hand against the text.
Publication: Tuesday 14 May 2024 (Sunday is 12 May).
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_article, code_text
from analysis.records import Article

PUBLISHED = date(2024, 5, 14)  # a Tuesday


def code(text: str, published: date | None = PUBLISHED):
    return code_text(text, published, outlet="Test Wire")


def by_place(text: str) -> dict[str, object]:
    evs = code(text)
    out = {e.location: e for e in evs}
    assert len(out) == len(evs), [(e.location, e.sub_event_type) for e in evs]
    return out


def test_publication_weekday():
    assert PUBLISHED.weekday() == 1  # Tuesday


# ------------------------------------------------------------ datelines without a place


@pytest.mark.parametrize(
    "dateline",
    ["May 10 (Reuters) - ", "10 May 2024 (AFP) - ", "May 10, 2024 (Reuters) -- "],
)
def test_dateline_without_a_place_never_dates_the_event(dateline):
    # the report's date (10 May) is not the attack's: "on Sunday" is 12 May, the day before
    # publication (and without the weekday, the publication week)
    evs = code(dateline + "Gunmen killed 12 soldiers in an attack on an army post in Tessit on Sunday, the army said.")
    assert [(e.location, e.event_date) for e in evs] == [("Tessit", "2024-05-12")]
    evs = code(dateline + "Gunmen killed 12 soldiers in an attack on an army post in Tessit, the army said.")
    assert [(e.location, e.event_date, e.date_precision) for e in evs] == [("Tessit", "2024-05-11", "week")]


# ------------------------------------------------------------ months and years later


# (the three phrasings of 'N months/years later' after the incident are in test_scope_rules.py)


def test_months_later_before_the_main_story_is_background_too():
    evs = by_place("Gunmen killed 160 people in Solhan in June 2021. Three months later they attacked Seytenga, "
                   "killing 20.\nGunmen killed 12 soldiers in Tessit on Sunday.")
    assert (evs["Tessit"].event_date, evs["Tessit"].is_main) == ("2024-05-12", True)
    assert (evs["Sitenga"].event_date, evs["Sitenga"].is_main) == ("2021-09-15", False)


def test_a_few_months_later_gives_no_date():
    # near miss: "a few months later" says no date: the incident keeps the story's day
    evs = by_place("Gunmen killed 160 people in Solhan in June 2021. A few months later they attacked Seytenga, "
                   "killing 20.\nGunmen killed 12 soldiers in Tessit on Sunday.")
    assert evs["Sitenga"].event_date != "2021-09-15"


# ------------------------------------------------------------ the agent a role phrase credits

DIGEST = (
    "Niger: security incidents, 6-12 May 2024\n\n"
    "- 7 May - Tillaberi region: An army post was attacked near Tera, killing 12 soldiers. {c1}\n"
    "- 9 May - Tahoua region: A convoy was ambushed near Tillia, killing 8 soldiers. {c2}\n"
    "- 11 May - Dosso region: A checkpoint was attacked near Gaya, killing 5 gendarmes.\n"
)


@pytest.mark.parametrize(
    "c2",
    ["Islamic State claimed responsibility.", "The ambush was blamed on Islamic State.",
     "The army is blaming Islamic State."],
)
def test_a_list_items_cue_credits_that_item_only(c2):
    evs = by_place(DIGEST.format(c1="", c2=c2))
    assert evs["Tillia"].actor1 == "Islamic State Sahel"
    assert evs["Téra"].actor1 == "Unidentified armed group"  # the item before
    assert evs["Gaya"].actor1 == "Unidentified armed group"  # the item after


def test_each_list_item_takes_the_cue_told_after_it():
    evs = by_place(DIGEST.format(c1="The army blamed JNIM.", c2="Islamic State claimed responsibility."))
    assert (evs["Téra"].actor1, evs["Tillia"].actor1, evs["Gaya"].actor1) == (
        "JNIM", "Islamic State Sahel", "Unidentified armed group")


def test_story_cue_after_its_incident_credits_it():
    # near miss: one incident, a role phrase after it: still credited ("blame" in the present)
    evs = code("Gunmen killed 12 soldiers in an attack on an army post in Tessit on Sunday. "
               "Residents blame JNIM for the attack.")
    assert [(e.location, e.actor1) for e in evs] == [("Tessit", "JNIM")]


def test_headline_cue_before_the_incident_credits_it():
    evs = code("Islamic State claims deadly attack on Niger army post\n\n"
               "Gunmen attacked an army post near Tera on Sunday, killing 12 soldiers. The attackers fled.")
    assert [(e.location, e.actor1) for e in evs] == [("Téra", "Islamic State Sahel")]


# ------------------------------------------------------------ a demonstration after a decree

DECREE = ("{dl}Mali's military junta on Tuesday dissolved all political parties and organisations, according "
          "to a decree read on state television. {protest}")


@pytest.mark.parametrize(
    "dl",
    ["BAMAKO, May 14 (Reuters) - ", "Bamako, 14 May 2024 (AFP) - ", "BAMAKO (AP) — "],
)
@pytest.mark.parametrize(
    "protest",
    ["Hundreds of people protested against the decision on Tuesday afternoon.",
     "Dozens of opposition supporters demonstrated against the decree on Tuesday."],
)
def test_protest_without_a_place_after_a_decree_is_at_the_dateline(dl, protest):
    evs = code(DECREE.format(dl=dl, protest=protest))
    protests = [e for e in evs if e.event_type == "Protests"]
    assert [(e.location, e.admin1, e.event_date, e.is_main) for e in protests] == [
        ("Bamako", "Bamako", "2024-05-14", True)]


@pytest.mark.parametrize("dl", ["DAKAR, May 14 (Reuters) - ", "PARIS (AFP) - ", ""])
def test_protest_without_a_place_filed_from_abroad_gets_no_place(dl):
    # near miss: a dateline outside the story's country (or none) says nothing of where
    evs = code(DECREE.format(dl=dl, protest="Hundreds of people protested against the decision on Tuesday afternoon."))
    assert [e for e in evs if e.event_type == "Protests"] == []


def test_protest_with_its_own_place_keeps_it():
    evs = code(DECREE.format(dl="BAMAKO, May 14 (Reuters) - ",
                             protest="Hundreds of people protested in Kayes against the decision on Tuesday afternoon."))
    assert [e.location for e in evs if e.event_type == "Protests"] == ["Kayes"]


# --------------------------------------------- session 9: main or background, one demonstration


@pytest.mark.parametrize("second", [
    "Also on Sunday, suspected jihadis killed five VDP members in an ambush near Aribinda, the official said.",
    "Also Sunday, gunmen ambushed an army patrol near Aribinda, killing three soldiers.",
    "Also in the Sahel region, gunmen ambushed an army patrol near Aribinda on Sunday, killing three soldiers.",
])
def test_an_incident_told_also_at_another_place_is_background(second):
    evs = by_place("A bus struck an explosive device near Tongomayel on Sunday, killing 14 passengers. " + second)
    assert evs["Tongomayel"].is_main and evs["Tongomayel"].event_date == "2024-05-12"
    assert not evs["Aribinda"].is_main and evs["Aribinda"].event_date == "2024-05-12"


def test_the_same_day_at_another_place_without_also_stays_main_and_also_killed_goes_on():
    evs = by_place("Gunmen killed 14 villagers in Tongomayel on Sunday. On Sunday, gunmen ambushed an army patrol "
                   "near Aribinda, killing three soldiers.")
    assert evs["Tongomayel"].is_main and evs["Aribinda"].is_main
    evs = code("Gunmen killed 14 villagers in Tongomayel on Sunday. Also killed in Tongomayel was the village chief.")
    assert [(e.location, e.is_main) for e in evs] == [("Tongomayel", True)]


_OPERATIONS = ("The army said it had neutralized more than 50 terrorists during a series of operations conducted "
               "from May 5 to 9 in the Est region. On May 5, military aircraft struck a gathering of terrorists near "
               "Natiaboani, killing about 30 of them. On May 7, troops clashed with a group of terrorists at "
               "Matiacoali, killing 22. ")


@pytest.mark.parametrize("arrest, day, main", [
    # an arrest at a town inside the days the communique sums up: one of its operations
    ("In Fada N'Gourma, security forces arrested four people suspected of supplying fuel to armed groups on May 6.",
     "2024-05-06", True),
    ("Soldiers detained three suspected collaborators in Fada N'Gourma on May 8, the statement said.", "2024-05-08", True),
    # outside those days: background
    ("On April 20, police arrested a journalist in Fada N'Gourma.", "2024-04-20", False),
])
def test_an_arrest_inside_the_days_an_operations_summary_covers_is_main(arrest, day, main):
    evs = by_place(_OPERATIONS + arrest)
    e = evs["Fada N'gourma"]
    assert (e.sub_event_type, e.event_date, e.is_main) == ("Arrests", day, main)
    assert evs["Natiaboani"].is_main


@pytest.mark.parametrize("text", [
    "Around 60 people gathered outside the central police station in Niamey on Sunday to demand the men's release. "
    "Police fired tear gas to break up the gathering within minutes and detained at least five demonstrators.",
    "Hundreds of residents marched in Niamey on Sunday to demand the men's release. "
    "Police fired tear gas to disperse the protesters.",
])
def test_a_demonstration_and_the_force_met_by_it_are_one_event_of_the_severer_type(text):
    evs = code(text)
    assert [(e.location, e.sub_event_type, e.event_date) for e in evs] == [
        ("Niamey", "Protest with intervention", "2024-05-12")]


def test_a_year_in_the_lead_sentence_does_not_make_its_incident_background():
    # the lead's "since the army seized power in 2023" is context: the arrest is the headline
    # incident, not a later demonstration that has a place and a day of its own
    evs = code("Niger's military authorities have detained a prominent journalist in the capital Niamey, relatives "
               "said on Monday, the latest in a string of arrests of critics since the army seized power in 2023.\n\n"
               "On Monday morning, around 60 people gathered outside the central police station in Niamey to demand "
               "his release.")
    got = {(e.sub_event_type, e.event_date, e.is_main) for e in evs}
    assert ("Arrests", "2024-05-13", True) in got and ("Peaceful protest", "2024-05-13", True) in got


@pytest.mark.parametrize("title, main", [
    ("Gunmen kidnap aid worker in Niamey; residents protest", True),  # the headline tells the protest too
    ("Gunmen kidnap aid worker in Niamey", False),  # a reaction on another day: background
])
def test_a_demonstration_of_another_day_is_main_when_the_headline_tells_it(title, main):
    text = ("Gunmen kidnapped an aid worker in Niamey on Sunday night, police said. On Monday, hundreds of residents "
            "marched in Niamey to demand his release.")
    evs = [ae.event for ae in code_article(Article(id="t", text=text, published=PUBLISHED, outlet="W", title=title))]
    protest = [e for e in evs if e.event_type == "Protests"]
    assert [(e.event_date, e.is_main) for e in protest] == [("2024-05-13", main)]


@pytest.mark.parametrize("pursuit, main", [
    # the forces meet the headline's attackers the next day elsewhere: the story's next move
    ("On Monday, an army unit engaged a group of the assailants near Tiloa, killing six of them.", True),
    ("On Monday, soldiers killed six of the attackers near Tiloa.", True),
    # other fighters at another place the next day: an incident of its own
    ("On Monday, an army unit clashed with a group of jihadists near Tiloa, killing six of them.", False),
])
def test_a_clash_with_the_headline_attackers_the_next_day_is_its_sequel(pursuit, main):
    evs = by_place("Gunmen killed 21 civilians at the weekly market of Banibangou on Sunday, officials said. "
                   + pursuit)
    assert evs["Tiloa"].event_date == "2024-05-13" and evs["Tiloa"].is_main is main
    assert evs["Bani Bangou"].is_main


def test_also_on_the_same_day_the_same_raiders_elsewhere_is_the_same_raid_and_main():
    evs = by_place("Gunmen killed 14 villagers in Tongomayel on Sunday. Also on Sunday, the assailants attacked "
                   "Aribinda, killing four civilians.")
    assert evs["Tongomayel"].is_main and evs["Aribinda"].is_main


@pytest.mark.parametrize("rally, day", [
    ("In August 2023, tens of thousands of people gathered at the stadium in Niamey to support the military "
     "leaders.", "2023-08-15"),
    ("In July 2023, thousands of supporters of the junta massed outside the French embassy in Niamey, chanting "
     "anti-French slogans.", "2023-07-15"),
])
def test_a_background_rally_for_the_junta_is_coded_at_its_month(rally, day):
    evs = by_place("Gunmen killed five soldiers near Tessit on Sunday, the army said.\n\n" + rally)
    e = evs["Niamey"]
    assert (e.sub_event_type, e.actor1, e.event_date, e.date_precision, e.is_main) == (
        "Peaceful protest", "Protesters", day, "month", False)
    assert evs["Tessit"].is_main


@pytest.mark.parametrize("opening", [
    "In 2012, Tuareg rebels seized the northern town of Kidal from the army.",
    "Rebels seized the northern town of Kidal from the army in 2012.",
])
def test_an_opening_incident_of_another_year_stays_background(opening):
    evs = code(opening + " On Sunday, gunmen killed 12 soldiers in an ambush near Kidal, officials said.")
    got = sorted((e.event_date, e.sub_event_type, e.is_main) for e in evs)
    assert got == [("2012-07-01", "Non-state actor overtakes territory", False), ("2024-05-12", "Armed clash", True)]
