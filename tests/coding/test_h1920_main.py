"""Main vs background, event dates and which incidents are events (h19/h20 round). Texts written
for these tests (2024-03-11 is a Monday: "Friday" 2024-03-08, "Saturday" 03-09, "Sunday" 03-10)."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding.extract import code_text

MON = date(2024, 3, 11)


def _mains(events):
    return {e.event_date: e.is_main for e in events}


# ---- a headline or a lead counting the weekend's incidents: every incident told inside those days is main

@pytest.mark.parametrize("title, lead", [
    ("Mali: at least 30 killed in three attacks between Friday and Sunday", ""),
    ("Mali: three attacks leave 30 dead", "Several security incidents were recorded in central Mali between Friday and Sunday, "
                                          "local sources said.\n\n"),
    ("Violence flares in central Mali", "Three incidents were reported in the Mopti region between Friday and Sunday.\n\n"),
])
def test_a_roundup_of_the_weekend_makes_each_incident_main(title, lead):
    text = (f"{title}\n\n{lead}"
            "Gunmen attacked the army post at Boni on Saturday, killing eight soldiers, a security source said.\n\n"
            "Late Friday, a bus hit a landmine near Douentza, killing 12 passengers, according to a local official.\n\n"
            "On Sunday, armed men raided the village of Ogossagou and killed 10 civilians, residents said.\n")
    events = code_text(text, MON, title=title)
    mains = _mains(events)
    assert mains == {"2024-03-09": True, "2024-03-08": True, "2024-03-10": True}, events


def test_a_single_incident_story_keeps_an_older_incident_in_the_background():
    # no sum of incidents in the headline or lead: last year's attack told as history stays background
    title = "Gunmen kill eight soldiers in central Mali"
    text = (f"{title}\n\nGunmen attacked the army post at Boni on Saturday, killing eight soldiers, a security source said.\n\n"
            "In June 2023, armed men raided the village of Ogossagou and killed 10 civilians, residents said.\n")
    mains = _mains(code_text(text, MON, title=title))
    assert mains == {"2024-03-09": True, "2023-06-15": False}


# ---- no publication date: a weekday with a day-month fixes the year; a page label without a year

@pytest.mark.parametrize("when, expected", [
    ("on Sunday, February 14", "2021-02-14"),     # 2019: Thursday, 2021: Sunday
    ("on Saturday, March 6", "2021-03-06"),       # 2019: Wednesday, 2021: Saturday
    ("late Friday, 12 March", "2021-03-12"),      # 2019: Tuesday, 2021: Friday
])
def test_a_weekday_fixes_the_year_of_a_day_month_without_publication_date(when, expected):
    text = (f"Gunmen killed 15 villagers in Ogossagou, central Mali, {when}, the mayor said.\n\n"
            "The area has seen repeated massacres; in March 2019, some 160 people were killed there.\n")
    dates = {e.event_date for e in code_text(text, None)}
    assert expected in dates, dates


def test_a_day_month_whose_weekday_fits_keeps_its_year():
    # "Thursday, February 14" is 2019's: the latest year the text dates, nothing moves
    text = ("Gunmen killed 15 villagers in Ogossagou, central Mali, on Thursday, February 14, the mayor said.\n\n"
            "The village had been attacked before, in January 2019.\n")
    dates = {e.event_date for e in code_text(text, None)}
    assert "2019-02-14" in dates, dates


@pytest.mark.parametrize("label", ["Published on 16/02 at 19:32", "Updated: 16.02 - 08:10", "Posted 16/02"])
def test_a_page_label_without_year_dates_the_report(label):
    # the label's day after the incident (2021-02-14, a Sunday) is the publication day: "on Tuesday" is the 16th
    text = (f"Mali: villagers killed in central Mali\n\n{label}\n\n"
            "Gunmen killed 15 villagers in Ogossagou on Sunday, February 14, the mayor said. Back in March 2019, "
            "some 160 people were killed there.\n\n"
            "On Tuesday, gunmen attacked the army post in Boni, killing four soldiers, a security source said.\n")
    dates = {e.event_date for e in code_text(text, None)}
    assert {"2021-02-14", "2021-02-16"} <= dates, dates
