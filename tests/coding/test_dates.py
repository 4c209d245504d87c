"""Time expressions (analysis.coding.dates): hand-checked cases against a publication date.

Weekdays of the publication dates used below (checked on a calendar, and asserted in
test_publication_weekdays so a typo in a date cannot pass silently):
2024-07-31 Wednesday, 2022-08-10 Wednesday, 2022-07-28 Thursday, 2024-08-26 Monday,
2023-08-04 Friday, 2022-08-12 Friday, 2022-08-14 Sunday, 2022-08-13 Saturday, 2019-07-01 Monday.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.coding import dates as D
from analysis.coding import text as T

WED_2024_07_31 = date(2024, 7, 31)
WED_2022_08_10 = date(2022, 8, 10)
THU_2022_07_28 = date(2022, 7, 28)
MON_2024_08_26 = date(2024, 8, 26)
FRI_2023_08_04 = date(2023, 8, 4)


def test_publication_weekdays():
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert names[WED_2024_07_31.weekday()] == "Wednesday"
    assert names[WED_2022_08_10.weekday()] == "Wednesday"
    assert names[THU_2022_07_28.weekday()] == "Thursday"
    assert names[MON_2024_08_26.weekday()] == "Monday"
    assert names[FRI_2023_08_04.weekday()] == "Friday"
    assert names[date(2022, 8, 12).weekday()] == "Friday"
    assert names[date(2022, 8, 14).weekday()] == "Sunday"
    assert names[date(2022, 8, 13).weekday()] == "Saturday"
    assert names[date(2019, 7, 1).weekday()] == "Monday"


def one(text: str, published: date | None):
    found = D.find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


# -------------------------------------------------------------------------------- weekdays


def test_late_on_tuesday():
    m = one("Late on Tuesday, the army said it had struck.", WED_2024_07_31)
    assert (m.text, m.date, m.precision, m.tense, m.kind) == ("Late on Tuesday", date(2024, 7, 30), "day", "past", "weekday")
    assert m.end_date is None


def test_weekday_is_the_publication_day_itself():
    m = one("Mali's government on Wednesday confirmed the toll.", WED_2022_08_10)
    assert (m.text, m.date, m.precision) == ("Wednesday", WED_2022_08_10, "day")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the toll from Thursday's attack", date(2023, 8, 3)),
        ("the toll from Thursday’s attack", date(2023, 8, 3)),
        ("early Thursday, killing", date(2023, 8, 3)),
        ("Saturday night", date(2023, 7, 29)),
        ("since Monday", date(2023, 7, 31)),
        ("on Friday", FRI_2023_08_04),
        ("last Friday", date(2023, 7, 28)),  # "last" skips the publication day itself
    ],
)
def test_weekdays_look_back(text, expected):
    m = one(text, FRI_2023_08_04)
    assert m.date == expected
    assert m.tense == "past"


def test_starting_thursday_looks_forward():
    text = "Three days of national mourning, starting Thursday at midnight, is declared."
    m = one(text, WED_2022_08_10)
    assert (m.text, m.date, m.tense) == ("Thursday", date(2022, 8, 11), "future")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The vote will be held on Sunday.", date(2022, 8, 14)),
        ("A curfew applies from Monday.", date(2022, 8, 15)),
        ("Talks are scheduled for Friday.", date(2022, 8, 12)),
        ("They meet next Wednesday.", date(2022, 8, 17)),
    ],
)
def test_future_weekdays(text, expected):
    m = one(text, WED_2022_08_10)
    assert (m.date, m.tense) == (expected, "future")


def test_said_then_will_is_past_before_the_marker():
    # the weekday comes before "will": the statement was made on Monday
    m = one("The army said on Monday it will withdraw.", WED_2022_08_10)
    assert (m.date, m.tense) == (date(2022, 8, 8), "past")


def test_overnight_range_is_one_acled_day():
    m = one("Gunmen struck overnight Friday to Saturday.", MON_2024_08_26)
    assert (m.date, m.end_date, m.precision) == (date(2024, 8, 23), date(2024, 8, 24), "day")
    assert m.text == "overnight Friday to Saturday"
    assert D.acled_event_date(*D.span(m)) == date(2024, 8, 23)


def test_weekday_joined_to_explicit_date_is_one_mention():
    m = one("an attack on Sunday evening, June 30, amid", date(2019, 7, 1))
    assert (m.text, m.date, m.kind) == ("Sunday evening, June 30", date(2019, 6, 30), "explicit")
    m = one("Tuesday, Aug. 8, 2023", None)
    assert m.date == date(2023, 8, 8)


# -------------------------------------------------------------------------------- relative


def test_last_weekend():
    m = one("killed 42 of its troops last weekend in a drone attack", WED_2022_08_10)
    assert (m.text, m.date, m.end_date, m.precision, m.kind) == (
        "last weekend", date(2022, 8, 6), date(2022, 8, 7), "week", "weekend",
    )
    assert D.span(m) == (date(2022, 8, 6), date(2022, 8, 7))


def test_weekend_read_on_a_weekend():
    # published on Sunday 14 Aug: "at the weekend" is this one, "last weekend" the one before
    assert one("at the weekend", date(2022, 8, 14)).date == date(2022, 8, 13)
    assert one("last weekend", date(2022, 8, 14)).date == date(2022, 8, 6)
    assert one("over the weekend", WED_2022_08_10).date == date(2022, 8, 6)


@pytest.mark.parametrize(
    "text,published,first,last,precision",
    [
        ("last week", THU_2022_07_28, date(2022, 7, 18), date(2022, 7, 24), "week"),
        ("earlier this week", THU_2022_07_28, date(2022, 7, 25), THU_2022_07_28, "week"),
        ("earlier this month", THU_2022_07_28, date(2022, 7, 1), THU_2022_07_28, "month"),
        ("last month", date(2022, 1, 15), date(2021, 12, 1), date(2021, 12, 31), "month"),
        ("last year", WED_2024_07_31, date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("yesterday", WED_2022_08_10, date(2022, 8, 9), date(2022, 8, 9), "day"),
        ("three days ago", WED_2022_08_10, date(2022, 8, 7), date(2022, 8, 7), "day"),
        ("next week", WED_2022_08_10, date(2022, 8, 15), date(2022, 8, 21), "week"),
    ],
)
def test_relative(text, published, first, last, precision):
    m = one(text, published)
    assert (D.span(m), m.precision) == ((first, last), precision)


def test_relative_to_another_event_is_not_dated():
    assert D.find_dates("on the same day", WED_2022_08_10) == []
    assert D.find_dates("the following day, troops returned", WED_2022_08_10) == []
    assert D.find_dates("in recent months", WED_2022_08_10) == []


# ---------------------------------------------------------------------------------- months


def test_in_july_is_the_most_recent_july():
    m = one("as recently as July when the groups claimed", MON_2024_08_26)
    assert (m.date, m.precision, m.kind) == (date(2024, 7, 1), "month", "month")
    assert D.span(m) == (date(2024, 7, 1), date(2024, 7, 31))
    assert D.acled_event_date(*D.span(m)) == date(2024, 7, 15)


def test_in_february():
    m = one("Macron announced the withdrawal of troops in February, following", THU_2022_07_28)
    assert (m.date, m.precision) == (date(2022, 2, 1), "month")


def test_month_after_publication_month_is_last_year():
    assert one("in September", THU_2022_07_28).date == date(2021, 9, 1)
    assert one("in July", THU_2022_07_28).date == date(2022, 7, 1)  # the current month counts
    assert one("last July", THU_2022_07_28).date == date(2021, 7, 1)  # strictly before it


def test_parts_of_months():
    assert D.span(one("in early July", MON_2024_08_26)) == (date(2024, 7, 1), date(2024, 7, 10))
    assert D.span(one("mid-July", MON_2024_08_26)) == (date(2024, 7, 11), date(2024, 7, 20))
    assert D.span(one("late July", MON_2024_08_26)) == (date(2024, 7, 21), date(2024, 7, 31))
    assert one("late July", MON_2024_08_26).precision == "month"


def test_bare_month_words_are_not_dates():
    assert [m.text for m in D.find_dates("May God help us. Troops may march in March.", date(2024, 4, 1))] == ["March"]
    assert D.find_dates("the attack on Kati", MON_2024_08_26) == []
    assert D.find_dates("a town just 15 kilometers from Bamako", MON_2024_08_26) == []


def test_month_with_year():
    m = one("fighting resumed in August 2023.", None)
    assert (m.date, m.precision) == (date(2023, 8, 1), "month")


# -------------------------------------------------------------------------------- explicit


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("on July 22", WED_2024_07_31, date(2024, 7, 22)),
        ("on 22 July 2024", None, date(2024, 7, 22)),
        ("on Aug. 25", MON_2024_08_26, date(2024, 8, 25)),
        ("on Aug. 27", MON_2024_08_26, date(2023, 8, 27)),  # not after publication: last year
        ("August 25, 2024", None, date(2024, 8, 25)),
        ("the 29th of January 2025", None, date(2025, 1, 29)),
        ("2024-08-26", None, date(2024, 8, 26)),
        ("25/08/2024", None, date(2024, 8, 25)),
        ("07/08/2024", None, date(2024, 8, 7)),  # day first
        ("Mopti, Mali, June 24, 2022.", None, date(2022, 6, 24)),
        ("July 1, 2019World News", None, date(2019, 7, 1)),
        ("on the 22nd, gunmen", MON_2024_08_26, date(2024, 8, 22)),
    ],
)
def test_explicit_dates(text, published, expected):
    m = one(f"It happened {text} there.", published)
    assert (m.date, m.precision, m.kind) == (expected, "day", "explicit")


def test_explicit_date_in_future_tense_looks_forward():
    m = one("The mission will leave by Dec. 31.", date(2023, 11, 7))
    assert (m.date, m.tense) == (date(2023, 12, 31), "future")


def test_without_publication_date_only_dates_with_a_year_resolve():
    # no dated expression at all: nothing fixes a year, so nothing resolves
    assert D.find_dates("On Tuesday, 3 days after July 22, last week.", None) == []
    # "March 2023" carries its year; "July 22" takes the most recent year not after it (as the
    # extractor does with the latest full date) and says so with kind "inferred"; the weekday
    # and the relative expressions still need a publication date
    found = D.find_dates("On Tuesday, 3 days after July 22 and in March 2023, last week.", None)
    assert [(m.text, m.date, m.precision, m.kind) for m in found] == [
        ("July 22", date(2022, 7, 22), "day", "inferred"),
        ("March 2023", date(2023, 3, 1), "month", "month"),
    ]


# ---------------------------------------------------------------------------------- ranges


def test_between_two_dates():
    m = one("both reported losses between July 22 and July 27 in the region", WED_2024_07_31)
    assert (m.text, m.date, m.end_date, m.precision, m.kind) == (
        "between July 22 and July 27", date(2024, 7, 22), date(2024, 7, 27), "week", "range",
    )
    assert D.acled_event_date(*D.span(m)) == date(2024, 7, 24)


@pytest.mark.parametrize(
    "text,first,last,precision",
    [
        ("from 22 to 27 July", date(2024, 7, 22), date(2024, 7, 27), "week"),
        ("July 22-27", date(2024, 7, 22), date(2024, 7, 27), "week"),
        ("on the night of 30-31 July", date(2024, 7, 30), date(2024, 7, 31), "day"),
        ("between 1 and 20 July", date(2024, 7, 1), date(2024, 7, 20), "month"),
    ],
)
def test_ranges(text, first, last, precision):
    m = one(text, date(2024, 8, 2))
    assert (m.date, m.end_date, m.precision) == (first, last, precision)
    assert m.text == text


def test_and_without_between_is_two_dates():
    found = D.find_dates("attacks on July 22 and July 27", WED_2024_07_31)
    assert [(m.text, m.date) for m in found] == [("July 22", date(2024, 7, 22)), ("July 27", date(2024, 7, 27))]


# ----------------------------------------------------------------------------------- years


def test_years():
    m = one("Since 2012, an insurgency has plagued the north.", FRI_2023_08_04)
    assert (m.text, m.date, m.precision, m.kind) == ("2012", date(2012, 1, 1), "year", "year")
    found = D.find_dates("the army, which took over in two coups in 2020 and 2021, drove out", WED_2024_07_31)
    assert [(m.text, m.date.year) for m in found] == [("2020", 2020), ("2021", 2021)]
    assert D.span(one("in 2013", None)) == (date(2013, 1, 1), date(2013, 12, 31))


def test_adjectival_year_dates_a_background_event():
    # decision: "Mali's 2020 coup" says when the coup happened -> a year mention
    m = one("Mali's 2020 coup", FRI_2023_08_04)
    assert (m.date, m.precision) == (date(2020, 1, 1), "year")


def test_year_ranges_and_decades():
    m = one("the 2012-2013 crisis", None)
    assert D.span(m) == (date(2012, 1, 1), date(2013, 12, 31))
    assert one("in the 1990s", None).kind == "decade"


def test_counts_are_not_years():
    assert D.find_dates("some 2000 people fled", FRI_2023_08_04) == []
    assert D.find_dates("2000 soldiers were deployed", FRI_2023_08_04) == []
    assert D.find_dates("UN resolution 2100", FRI_2023_08_04) == []
    assert D.find_dates("Mi-24 and COVID-19", FRI_2023_08_04) == []


# ----------------------------------------------------------------------------------- helpers


def test_sentence_index_from_sentences():
    text = "Headline\n\nMilitants attacked on Sunday. The army replied in July."
    found = D.find_dates(text, WED_2022_08_10, T.split_sentences(text))
    assert [(m.text, m.sentence_index) for m in found] == [("Sunday", 1), ("July", 2)]
    for m in found:
        assert text[m.start:m.end] == m.text


def test_time_precision_and_acled_date():
    assert [D.time_precision(p) for p in ("day", "week", "month", "year")] == [1, 2, 3, 3]
    assert D.acled_event_date(date(2024, 7, 1), date(2024, 7, 31)) == date(2024, 7, 15)
    assert D.acled_event_date(date(2022, 8, 6), date(2022, 8, 7)) == date(2022, 8, 6)
    assert D.acled_event_date(date(2024, 1, 1), date(2024, 12, 31)) == date(2024, 7, 1)


def test_compatible():
    sunday = one("on Sunday", WED_2022_08_10)  # 2022-08-07
    weekend = one("last weekend", WED_2022_08_10)  # 08-06..08-07
    monday = one("on Monday", WED_2022_08_10)  # 08-08
    tuesday = one("on Tuesday", WED_2022_08_10)  # 08-09
    assert D.compatible(sunday, weekend)
    assert D.compatible(sunday, monday)  # overnight: +-1 day
    assert not D.compatible(sunday, tuesday)
    assert D.compatible(weekend, (date(2022, 8, 1), date(2022, 8, 31)))  # a month contains it
    assert not D.compatible(weekend, (date(2022, 7, 1), date(2022, 7, 31)))
    assert D.compatible((date(2022, 8, 7), date(2022, 8, 7)), (date(2022, 8, 8), date(2022, 8, 8)))
    assert not D.compatible((date(2022, 8, 7), date(2022, 8, 7)), (date(2022, 8, 8), date(2022, 8, 8)), tolerance_days=0)


def test_precision_for_span():
    assert D.precision_for_span(date(2024, 7, 30), date(2024, 7, 31)) == "day"
    assert D.precision_for_span(date(2024, 7, 22), date(2024, 7, 28)) == "week"
    assert D.precision_for_span(date(2024, 7, 22), date(2024, 7, 29)) == "month"
    assert D.precision_for_span(date(2024, 3, 1), date(2024, 12, 31)) == "year"


def test_seed_shaped_paragraph():
    text = (
        "Mali's military government Wednesday confirmed militants killed 42 troops last weekend. "
        "After an initial toll announced on Monday, the government updated it in a statement Wednesday. "
        "The statement said the Sunday attack used drones. France intervened in 2013."
    )
    found = D.find_dates(text, WED_2022_08_10, T.split_sentences(text))
    assert [(m.text, m.date, m.precision) for m in found] == [
        ("Wednesday", date(2022, 8, 10), "day"),
        ("last weekend", date(2022, 8, 6), "week"),
        ("Monday", date(2022, 8, 8), "day"),
        ("Wednesday", date(2022, 8, 10), "day"),
        ("Sunday", date(2022, 8, 7), "day"),
        ("2013", date(2013, 1, 1), "year"),
    ]


def test_page_date_lines_are_datelines():
    text = " date 2024-08-26 News|Conflict\n\nHeadline here\nPublished On 26 Aug 2024\n\nIt happened on Aug. 25."
    found = D.find_dates(text, MON_2024_08_26)
    assert [(m.text, m.kind) for m in found] == [
        ("2024-08-26", "dateline"),
        ("26 Aug 2024", "dateline"),
        ("Aug. 25", "explicit"),
    ]
    # a photo caption's date is not the page's own date
    assert one("A man is treated at a hospital in Mopti, Mali, June 24, 2022.", None).kind == "explicit"


# ------------------------------------------------- no publication date: years from the text


@pytest.mark.parametrize(
    "text, expected",
    [
        # weekday + day-month, a year elsewhere: the first year from the anchor on where they match
        ("Gunmen killed five villagers near Tillia on Saturday, May 1. Attacks rose in 2021.", date(2021, 5, 1)),
        ("Attacks rose in 2019 and 2020. Gunmen killed five villagers on Saturday May 1.", date(2021, 5, 1)),
        ("Since 2015 the region has been unstable. On Tuesday, June 30, an army post was hit.", date(2015, 6, 30)),
        ("Since 2016 the region has been unstable. On Tuesday, June 30, an army post was hit.", date(2020, 6, 30)),
        # no weekday: the anchor's year when the day falls on or after its start, else the next
        ("Two coups in 2020 and 2021 shook Mali. On March 17, drones struck a camp.", date(2021, 3, 17)),
        ("From mid-2023 the army stepped up strikes. On March 17, drones struck a camp.", date(2024, 3, 17)),
        ("In late 2022 the junta expelled the envoy. On 22 July, a convoy was attacked.", date(2023, 7, 22)),
    ],
)
def test_without_publication_date_a_year_in_the_text_dates_a_day_month(text, expected):
    found = [m for m in D.find_dates(text, None) if m.kind == "inferred"]
    assert [(m.date, m.precision) for m in found] == [(expected, "day")]


def test_without_publication_date_a_full_date_is_the_reference():
    text = "On Oct. 10, 2023 rebels seized the camp. On Saturday, March 17, drones struck."
    found = [m for m in D.find_dates(text, None) if m.kind == "inferred"]
    assert [(m.text, m.date) for m in found] == [("Saturday, March 17", date(2023, 3, 17))]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five villagers near Tillia on Saturday, May 1.",  # no year anywhere
        "The plan runs until 2030. On March 17, drones struck.",  # a target year is no anchor
        "Attacks rose in 2021. Gunmen attacked on Monday, February 30.",  # no such day
    ],
)
def test_without_publication_date_nothing_to_anchor_leaves_it_unresolved(text):
    assert [m for m in D.find_dates(text, None) if m.kind == "inferred"] == []


def test_inferred_range_without_year():
    text = "Violence has surged since 2022. The killings took place between December 29 and 30."
    found = [m for m in D.find_dates(text, None) if m.kind == "inferred"]
    assert [(m.text, m.date, m.end_date, m.precision) for m in found] == [
        ("between December 29 and 30", date(2022, 12, 29), date(2022, 12, 30), "day"),
    ]


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("The army has stepped up operations since mid-2023.", date(2023, 5, 1), date(2023, 8, 31)),
        ("Troops left in early 2024.", date(2024, 1, 1), date(2024, 4, 30)),
        ("The deal was signed in late 2022.", date(2022, 9, 1), date(2022, 12, 31)),
    ],
)
def test_part_of_a_year(text, first, last):
    (m,) = D.find_dates(text, date(2025, 1, 10))
    assert (m.precision, *D.span(m)) == ("year", first, last)


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("The junta took power in January of last year.", date(2023, 1, 1), date(2023, 1, 31)),
        ("Attacks rose in March last year, officials said.", date(2023, 3, 1), date(2023, 3, 31)),
        ("The base was handed over in March this year.", date(2024, 3, 1), date(2024, 3, 31)),
        ("Fighting raged between March and May last year.", date(2023, 3, 1), date(2023, 5, 31)),
    ],
)
def test_month_of_last_or_this_year(text, first, last):
    (m,) = D.find_dates(text, date(2024, 6, 12))
    assert (m.precision, *D.span(m)) == ("month", first, last)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen attacked the post on Tuesday last week.", date(2024, 6, 4)),  # published Wed 12 June
        ("The convoy was ambushed on Friday of last week.", date(2024, 6, 7)),
        ("The talks open on Friday next week.", date(2024, 6, 21)),
    ],
)
def test_weekday_of_last_or_next_week(text, expected):
    (m,) = D.find_dates(text, date(2024, 6, 12))
    assert (m.date, m.precision) == (expected, "day")


@pytest.mark.parametrize("text", ["It began 2024 years ago.", "a million days ago: 1000000 days ago",
                                  "99999999 weeks ago", "30000 months ago"])
def test_relative_span_before_year_one_is_skipped_not_raised(text):
    # "N ago" that reaches back past year 1 names no calendar date: no relative mention, no error
    found = D.find_dates(text, WED_2022_08_10)
    assert [d for d in found if d.kind == "relative"] == []
    # a plausible span on the same scale still counts: two years before 10 Aug 2022 is 2020
    (two,) = [d for d in D.find_dates("two years ago", WED_2022_08_10) if d.kind == "relative"]
    assert (two.date, two.precision) == (date(2020, 1, 1), "year")


# 0001-01-01 is a Monday and 9999-12-31 a Friday (proleptic Gregorian, as datetime counts).
@pytest.mark.parametrize(
    "text, published",
    [
        ("It happened yesterday.", date(1, 1, 1)),  # 0000-12-31
        ("They met last week.", date(1, 1, 1)),  # the week of 0000-12-25
        ("Fighting broke out on Friday.", date(1, 1, 1)),  # the Friday before: 0000-12-29
        ("The raid was last January.", date(1, 1, 1)),  # January of year 0
        ("It was in December last year.", date(1, 6, 1)),  # December of year 0
        ("Talks resume next week.", date(9999, 12, 31)),  # the week of 10000-01-03
        ("Talks will resume next month.", date(9999, 12, 31)),
        ("Talks will resume next year.", date(9999, 12, 31)),
        ("Talks will resume on Monday.", date(9999, 12, 31)),  # 10000-01-03
        ("Talks will resume in January.", date(9999, 12, 31)),  # January 10000
    ],
)
def test_relative_date_outside_the_calendar_is_skipped_not_raised(text, published):
    # a placeholder publication date at the calendar's ends: the one expression that would
    # fall before year 1 or after 9999 gets no date (it raised ValueError/OverflowError)
    assert D.find_dates(text, published) == []


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("It happened today.", date(1, 1, 1), (date(1, 1, 1), "day")),
        ("Fighting broke out on Friday.", date(1, 1, 5), (date(1, 1, 5), "day")),  # a Friday itself
        ("It happened yesterday.", date(9999, 12, 31), (date(9999, 12, 30), "day")),
        ("They met last week.", date(9999, 12, 31), (date(9999, 12, 20), "week")),  # Mon 20 - Sun 26
    ],
)
def test_relative_date_inside_the_calendar_at_its_ends_still_resolves(text, published, expected):
    (m,) = D.find_dates(text, published)
    assert (m.date, m.precision) == expected


def test_week_span_begun_in_the_last_days_of_the_calendar_ends_with_it():
    # no publication date: the ISO date stands in for it and dates the range to 9999; a week
    # from 28 December "naturally" runs to 10000-01-03 (it raised OverflowError): cut at 12-31
    found = D.find_dates("A report dated 9999-12-31 said fighting raged between December 28 and 31.", None)
    (rng,) = [m for m in found if m.kind == "inferred"]
    assert (rng.text, rng.date, rng.end_date, rng.precision) == ("between December 28 and 31", date(9999, 12, 28), None, "week")
    assert D.span(rng) == (date(9999, 12, 28), date(9999, 12, 31))


# ------------------------------------------- a day-month with "last year" / "this year" (B1)

MON_2024_10_14 = date(2024, 10, 14)
THU_2025_08_21 = date(2025, 8, 21)


def test_more_publication_weekdays():
    assert MON_2024_10_14.weekday() == 0  # Monday
    assert THU_2025_08_21.weekday() == 3  # Thursday


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("On July 30 last year, thousands rallied in Niamey.", "July 30 last year", date(2023, 7, 30)),
        ("On 3 March last year, gunmen attacked Boni.", "3 March last year", date(2023, 3, 3)),
        ("On March 3 of last year, gunmen attacked Boni.", "March 3 of last year", date(2023, 3, 3)),
        ("On Aug. 2, last year, gunmen attacked Boni.", "Aug. 2, last year", date(2023, 8, 2)),
        ("Last year on March 3, gunmen attacked Boni.", "Last year on March 3", date(2023, 3, 3)),
        ("Last year, on 3 March, gunmen attacked Boni.", "Last year, on 3 March", date(2023, 3, 3)),
        # "this year": the publication year, even where the plain rule would go back a year
        ("On March 3 this year, gunmen attacked Boni.", "March 3 this year", date(2024, 3, 3)),
        ("Earlier this year, on 3 March, gunmen attacked Boni.", "Earlier this year, on 3 March", date(2024, 3, 3)),
    ],
)
def test_day_month_takes_the_relative_year(text, mention, expected):
    m = one(text, MON_2024_10_14)
    assert (m.text, m.date, m.precision, m.tense, m.kind) == (mention, expected, "day", "past", "explicit")


def test_day_month_this_year_or_next_year_after_publication_is_future():
    m = one("The elections of December 3 this year were postponed.", MON_2024_10_14)
    assert (m.date, m.tense) == (date(2024, 12, 3), "future")
    m = one("The vote is set for March 3 next year.", MON_2024_10_14)
    assert (m.text, m.date, m.tense) == ("March 3 next year", date(2025, 3, 3), "future")


def test_range_and_pair_take_the_relative_year():
    m = one("Fighting raged between March 3 and 5 last year.", MON_2024_10_14)
    assert (m.date, m.end_date, m.kind) == (date(2023, 3, 3), date(2023, 3, 5), "range")
    m = one("The offensive ran from 8 to 12 January last year.", MON_2024_10_14)
    assert (m.date, m.end_date) == (date(2023, 1, 8), date(2023, 1, 12))
    found = D.find_dates("They struck on July 22 and July 27 last year.", MON_2024_10_14)
    assert [(m.text, m.date) for m in found] == [("July 22", date(2023, 7, 22)), ("July 27 last year", date(2023, 7, 27))]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five on March 3, last year's deadliest attack.",  # "last year's": a noun phrase
        "Gunmen killed five on March 3. Last year, the army left.",  # another sentence
        "Since last year, on March 3 each year, people gather.",  # "since last year" is no date's year
    ],
)
def test_near_misses_keep_the_plain_year(text):
    (day,) = [m for m in D.find_dates(text, MON_2024_10_14) if m.kind == "explicit"]
    assert (day.text, day.date) == ("March 3", date(2024, 3, 3))


def test_relative_year_without_publication_date_is_skipped():
    # no publication date: "last year" has no year to count from (no inferred guess)
    found = D.find_dates("On July 30 last year, thousands rallied. A report dated 2024-10-14 said so.", None)
    assert [m.text for m in found] == ["2024-10-14"]


# ------------------------------------------------------------- days after a day (B2)


@pytest.mark.parametrize(
    "second, mention, expected",
    [
        ("The next day, a roadside bomb killed two soldiers near Bourem.", "The next day", date(2025, 8, 20)),
        ("A day later, a roadside bomb killed two soldiers near Bourem.", "A day later", date(2025, 8, 20)),
        ("The following day, gunmen killed five civilians in Gossi.", "The following day", date(2025, 8, 20)),
        ("Troops reached Anefis the day after.", "the day after", date(2025, 8, 20)),
        ("Two days later, the army retook the town.", "Two days later", date(2025, 8, 21)),
        ("Troops had arrived there the previous day.", "the previous day", date(2025, 8, 18)),
        ("The day before, a convoy had left Gao.", "The day before", date(2025, 8, 18)),
        ("Two days earlier, a convoy had left Gao.", "Two days earlier", date(2025, 8, 17)),
    ],
)
def test_day_counted_from_the_incident_before(second, mention, expected):
    text = "Rebels ambushed an army convoy near Anefis on Tuesday, killing 40 soldiers. " + second
    for sents in (None, T.split_sentences(T.parse(text))):
        found = D.find_dates(text, THU_2025_08_21, sents)
        assert [(m.text, m.date) for m in found][0] == ("Tuesday", date(2025, 8, 19))
        (ana,) = found[1:]
        assert (ana.text, ana.date, ana.precision, ana.tense, ana.kind) == (mention, expected, "day", "past", "anaphoric")


def test_days_after_a_day_chain_and_explicit_anchor():
    text = "Gunmen attacked Boni on August 3. The following day, troops arrived. Two days later, the army left."
    found = D.find_dates(text, THU_2025_08_21)
    assert [(m.text, m.date) for m in found] == [
        ("August 3", date(2025, 8, 3)), ("The following day", date(2025, 8, 4)), ("Two days later", date(2025, 8, 6)),
    ]


def test_day_after_with_the_date_in_apposition_is_that_date():
    text = "Gunmen attacked Boni on Wednesday 10 January. The day after, Thursday 11 January, the air force struck."
    found = D.find_dates(text, date(2024, 1, 13))
    assert [(m.text, m.date, m.kind) for m in found] == [
        ("Wednesday 10 January", date(2024, 1, 10), "explicit"),
        ("Thursday 11 January", date(2024, 1, 11), "explicit"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no date before: not the publication day by default
        "A roadside bomb hit an army vehicle the following day.",
        # the date before is when something was said, not an incident
        "The army said on Tuesday that its troops had been attacked the previous day.",
        # a coarser date in between
        "Gunmen attacked Boni on August 3. In July, the army had left. The next day, the town fell.",
        # the date is four sentences back: too far to be the incident told before
        "Gunmen attacked Boni on August 3. Nobody came. Troops arrived. People fled. The next day the town fell.",
        # a crosshead between opens another story
        "Gunmen attacked Boni on August 3. Nobody came.\n\nDrought in the north\n\nThe next day the town fell.",
        # a night across two dates: which day is "the next"?
        "Gunmen attacked Boni overnight Monday to Tuesday. The next day, the army arrived.",
        # its own reference, or counted from now
        "Gunmen attacked Boni on August 3. Troops arrived the day after the attack.",
        "Gunmen attacked Boni on Tuesday. Troops are expected in the next day or two.",
        "Gunmen attacked Boni on Tuesday. The next days were calm. A day-long siege followed.",
        # a day before, with a statement's date later in its sentence
        "Gunmen attacked Boni on Tuesday. Troops had been attacked the previous day, the army said on Wednesday.",
        # a past incident's next day after publication
        "Gunmen attacked Boni on Thursday. The next day, the army arrived.",
        # a dateline is the page's date, not an incident's
        "BAMAKO, Aug 20 (Reuters) - Gunmen attacked Boni the previous day.",
    ],
)
def test_day_after_a_day_left_undated(text):
    assert [m for m in D.find_dates(text, THU_2025_08_21) if m.kind == "anaphoric"] == []


def test_day_before_yesterday_counts_from_publication():
    (m,) = D.find_dates("The attack happened the day before yesterday.", THU_2025_08_21)
    assert (m.text, m.date, m.tense, m.kind) == ("the day before yesterday", date(2025, 8, 19), "past", "relative")


@pytest.mark.parametrize(
    "second, mention",
    [
        ("The same day, troops arrived in Gao.", "The same day"),
        ("Troops reached Gao later that day.", "that day"),
        ("\"Nobody came that day,\" a resident said.", "that day"),
        ("The army, in a statement issued the same evening, said it killed 21 militants.", "the same evening"),
        ("Later that night, troops arrived.", "that night"),
    ],
)
def test_same_day_takes_the_incident_date(second, mention):
    text = "Gunmen attacked Boni on Tuesday. " + second
    for sents in (None, T.split_sentences(T.parse(text))):
        found = D.find_dates(text, THU_2025_08_21, sents)
        assert [(m.text, m.date, m.kind) for m in found] == [
            ("Tuesday", date(2025, 8, 19), "weekday"), (mention, date(2025, 8, 19), "anaphoric"),
        ]


@pytest.mark.parametrize(
    "second, mention, expected",
    [
        ("The bodies were found the next morning.", "the next morning", date(2025, 8, 20)),
        ("The following night, troops arrived.", "The following night", date(2025, 8, 20)),
        ("Troops had left the previous evening.", "the previous evening", date(2025, 8, 18)),
    ],
)
def test_part_of_a_day_counted_from_the_incident_before(second, mention, expected):
    found = D.find_dates("Gunmen attacked Boni on Tuesday. " + second, THU_2025_08_21)
    assert [(m.text, m.date, m.precision, m.kind) for m in found][1:] == [(mention, expected, "day", "anaphoric")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Boni on Tuesday. Elections were held the same day as the attack.",  # its own reference
        "Gunmen attacked Boni on Tuesday. Rain is expected over the next night.",  # from now
        "Gunmen attacked Boni on Tuesday. That evenings were calm is rare.",  # no phrase
        "The same day, troops arrived in Gao.",  # nothing before
        "Gunmen attacked Boni in July. The same day, troops arrived.",  # a month is no day
    ],
)
def test_same_day_near_misses_stay_undated(text):
    assert [m for m in D.find_dates(text, THU_2025_08_21) if m.kind == "anaphoric"] == []


@pytest.mark.parametrize(
    "between, mention, expected",
    [
        # a quote between the incident and the phrase
        ('"Several dozen fighters were killed," the statement said.', "The following day", date(2025, 8, 20)),
        # a claim and a comment, in another paragraph
        ("The army claimed that dozens of militants were killed. The figures could not be verified.\n\n",
         "A day earlier", date(2025, 8, 18)),
        # a toll and a description
        ("At least 12 soldiers died. The attackers came on motorbikes.", "Two days later", date(2025, 8, 21)),
    ],
)
def test_day_after_a_day_looks_back_over_undated_sentences(between, mention, expected):
    text = f"Troops regained control of Boni on Tuesday after heavy fighting. {between} {mention}, drones struck Gao."
    for sents in (None, T.split_sentences(T.parse(text))):
        found = D.find_dates(text, THU_2025_08_21, sents)
        assert [(m.text, m.date, m.kind) for m in found] == [
            ("Tuesday", date(2025, 8, 19), "weekday"), (mention, expected, "anaphoric"),
        ]


@pytest.mark.parametrize(
    "between",
    [
        # a sentence with a coarser date of its own: it is the nearest date, and no day
        "In July, militants had killed 30 civilians in Gao.",
        # a sentence that says when something was said
        "The army said on Wednesday that 12 soldiers died.",
    ],
)
def test_day_after_a_day_never_looks_past_another_dated_sentence(between):
    text = f"Gunmen attacked Boni on Tuesday. {between} Nobody came. The next day, troops arrived."
    for sents in (None, T.split_sentences(T.parse(text))):
        found = D.find_dates(text, THU_2025_08_21, sents)
        assert [m for m in found if m.kind == "anaphoric"] == []


def test_day_after_a_day_never_looks_past_a_page_date_line():
    text = "Gunmen attack Boni on Tuesday.\nPublished 21 August 2025\n\nNobody came. The next day, troops arrived."
    found = D.find_dates(text, THU_2025_08_21, T.split_sentences(T.parse(text)))
    assert [(m.text, m.kind) for m in found] == [("Tuesday", "weekday"), ("21 August 2025", "dateline")]


# ---------------------------------------------------------------- page date labels (B3)


@pytest.mark.parametrize(
    "line, mention",
    [
        ("Issued on: 22/10/2023 - 11:40", "22/10/2023"),
        ("Modified: 22/10/2023 - 13:02", "22/10/2023"),
        ("Updated 11:04 AM GMT, August 16, 2025", "August 16, 2025"),
        ("Published on August 21, 2025, at 5:32 pm (Paris)", "August 21, 2025"),
        ("Last updated: 14:32, 3 March 2024", "3 March 2024"),
        ("Publication date: 3 March 2024", "3 March 2024"),
        ("Posted by Amadou Diallo on 3 March 2024", "3 March 2024"),
    ],
)
def test_page_labels_are_datelines(line, mention):
    text = f"Mali army takes over UN camp\n\n{line}\n\nSoldiers entered the camp on Saturday."
    found = D.find_dates(text, date(2025, 8, 21))
    assert [(m.text, m.kind) for m in found if m.kind != "weekday"] == [(mention, "dateline")]


def test_page_label_line_with_two_dates():
    found = D.find_dates("Headline\nPublished 3 March 2024, updated 4 March 2024\n\nText.", MON_2024_10_14)
    assert [(m.text, m.kind) for m in found] == [("3 March 2024", "dateline"), ("4 March 2024", "dateline")]


@pytest.mark.parametrize(
    "text",
    [
        "Headline\nIssued on March 3, the decree bans motorbikes in Gao.",  # prose opened by the verb
        "Headline\nReleased on March 3, 2024, the report says 40 civilians died.",
        "Headline\nThe decree was issued on March 3, 2024.",  # the label does not open the line
    ],
)
def test_label_words_in_prose_are_not_datelines(text):
    (m,) = D.find_dates(text, MON_2024_10_14)
    assert m.kind == "explicit"


# ------------------------------------------------- numeric page dates, day first (P7-1)


@pytest.mark.parametrize(
    "line, mentions",
    [
        ("Date 18.02.2025", [("18.02.2025", date(2025, 2, 18))]),
        ("Last updated: 03.03.2024 14:05", [("03.03.2024", date(2024, 3, 3))]),
        ("Publié le 03/03/2024", [("03/03/2024", date(2024, 3, 3))]),
        # a byline: the date after "|", the update's after its label
        ("Kamal Ali Hassan   |16.10.2024 - Update : 17.10.2024",
         [("16.10.2024", date(2024, 10, 16)), ("17.10.2024", date(2024, 10, 17))]),
        ("Politics | 3 March 2024", [("3 March 2024", date(2024, 3, 3))]),
    ],
)
def test_numeric_page_dates_are_datelines(line, mentions):
    text = f"Gunmen kill nine in Tahoua\n\nGunmen killed nine civilians near Bagaroua.\n\n{line}\nAuthor Mahamadou Kane"
    for published in (None, date(2025, 8, 21)):
        found = D.find_dates(text, published)
        assert [(m.text, m.date, m.kind) for m in found] == [(t, d, "dateline") for t, d in mentions]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The decree of 03.04.2024 bans motorbikes.", date(2024, 4, 3)),  # ambiguous: day first
        ("The decree of 03/04/2024 bans motorbikes.", date(2024, 4, 3)),
        ("The decree of 13.04.2024 bans motorbikes.", date(2024, 4, 13)),  # 13 can only be the day
        ("The decree of 04/13/2024 bans motorbikes.", date(2024, 4, 13)),  # the US order: 13 cannot be a month
        ("The decree of 4.1.2024 bans motorbikes.", date(2024, 1, 4)),
        ("The decree of 18.02.2025.", date(2025, 2, 18)),  # a full stop after the year
    ],
)
def test_numeric_dates_are_read_day_first(text, expected):
    m = one(text, date(2025, 8, 21))
    assert (m.date, m.precision, m.kind) == (expected, "day", "explicit")


@pytest.mark.parametrize(
    "text",
    [
        "Version 1.18.02.2025 of the app is out.",  # part of a longer dotted number
        "Screenshot 2025-10-18 at 22.30.03.",  # a time (the ISO date aside)
        "Some 12.5 million people need aid and 3.14.2 is a version.",
        "The decree of 31.02.2024 was never published.",  # no such day
        "The code 18.02.20256 is a reference.",  # a five-digit tail is no year
    ],
)
def test_dotted_numbers_that_are_not_dates(text):
    assert [m.text for m in D.find_dates(text, date(2025, 8, 21)) if "." in m.text] == []


@pytest.mark.parametrize(
    "text",
    [
        "Headline\nThe report, released on 16.10.2024, says 40 civilians died.",  # a label word in prose
        "Headline\nNiger | Soldiers were killed on 16.10.2024 near Tillia.",  # "|" but a sentence
    ],
)
def test_numeric_dates_in_prose_are_not_datelines(text):
    (m,) = D.find_dates(text, date(2025, 8, 21))
    assert (m.text, m.kind) == ("16.10.2024", "explicit")


@pytest.mark.parametrize(
    "text",
    [
        "Date 18.02.2025, 1.2.2024 and 18.02.2025 again; 3.4.20256, 7.7.2024.",
        "x.1.2.2024 v1.2.3.2024 12.12.2012.12 01.01.1999 1.1.1800",
        " ".join(f"{k}.{k}" for k in range(120)) + " 5.6.2024",  # too many runs of digits: the regex scan
    ],
)
def test_dotted_starts_give_the_matches_of_a_scan(text):
    runs = D._digit_runs(text)
    found = D._matches_at(D._DOTTED, text, D._dotted_starts(text, runs))
    assert [m.span() for m in found] == [m.span() for m in D._DOTTED.finditer(text)]


# ------------------------------- no publication date: the page's date line first (P7-1)


def _reference(text: str, raw: str = "") -> date | None:
    from analysis.coding import extract as X
    from analysis.records import Article

    return X._reference_date(Article(id="t", text=text, published=None, raw_text=raw), T.split_sentences(T.parse(text)))


def test_reference_date_prefers_the_page_date_line_over_background_dates():
    text = (
        "Gunmen killed nine civilians near Bagaroua on Sunday. In December 2020, Boko Haram killed 28 people. "
        "The junta seized power in July 2023.\n\nDate 18.02.2025\nAuthor Mahamadou Kane"
    )
    assert _reference(text) == date(2025, 2, 18)
    # the publication date before an update
    assert _reference("Kamal Ali Hassan |16.10.2024 - Update : 17.10.2024\n\nTroops attacked on Monday.") == date(2024, 10, 16)
    # a later date that is no page date line (an election planned for 2026) does not win over it
    assert _reference("Published on 3 March 2024\n\nElections are planned for 10 March 2026.") == date(2024, 3, 3)


def test_reference_date_page_line_of_the_raw_page():
    text = "Gunmen killed nine civilians near Bagaroua on Sunday. In December 2020, Boko Haram killed 28 people."
    raw = "By Mahamadou Kane | 18.02.2025\n\n" + text
    assert _reference(text, raw) == date(2025, 2, 18)


def test_reference_date_without_a_page_line_is_the_latest_date():
    text = "In December 2020, Boko Haram killed 28 people. On 3 May 2024, gunmen attacked Toumour."
    assert _reference(text) == date(2024, 5, 3)
    assert _reference("Gunmen attacked Toumour on Sunday.") is None


@pytest.mark.parametrize(
    "report",
    [
        "In a statement broadcast on state television on Wednesday, the army said it struck Boni.",
        "In a video posted on its Telegram channel on Wednesday, the group claimed the attack.",
        "The army said on Wednesday that it struck Boni.",
    ],
)
def test_same_day_after_a_statement_date_stays_undated(report):
    # which day: the statement's or the incident's? Left undated rather than guessed
    text = f"Drones struck a market in Boni on Tuesday. {report} Residents said a well was also hit the same day."
    found = D.find_dates(text, THU_2025_08_21, T.split_sentences(T.parse(text)))
    assert [m.text for m in found if m.kind == "anaphoric"] == []


def test_same_day_after_a_statement_phrase_that_dates_an_incident():
    # near miss: the medium phrase ends before the date ("a video ..., on Tuesday gunmen ...")
    text = "In a video, on Tuesday gunmen struck Boni. Residents said a well was also hit the same day."
    found = D.find_dates(text, THU_2025_08_21, T.split_sentences(T.parse(text)))
    assert [(m.text, m.date) for m in found] == [("Tuesday", date(2025, 8, 19)), ("the same day", date(2025, 8, 19))]


def test_reference_date_page_line_older_than_the_story_is_another_page():
    # a related article's date line, older than what the story tells: the latest date instead
    text = "On 3 June 2025, gunmen attacked Boni.\n\nRelated Articles\nMali junta dissolves parties\nMay 14, 2025"
    assert _reference(text) == date(2025, 6, 3)


# ------------------------------------------- "by <weekday>" in a past clause (session 6, fext6)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a cut-off already passed: the most recent such day (2022-08-10 is a Wednesday)
        ("More than 40 bodies had been recovered from the river by Monday evening.", date(2022, 8, 8)),
        ("By Tuesday, hundreds of families had fled the town.", date(2022, 8, 9)),
        ("The toll has risen to 12 by Monday, officials said.", date(2022, 8, 8)),
    ],
)
def test_by_weekday_in_a_past_clause_looks_back(text, expected):
    m = one(text, WED_2022_08_10)
    assert (m.date, m.tense) == (expected, "past")


@pytest.mark.parametrize(
    "text,expected",
    [
        # near misses: a deadline ahead stays in the future
        ("The troops must leave the base by Friday.", date(2022, 8, 12)),
        ("The force will be deployed by Monday, the minister said.", date(2022, 8, 15)),
        ("The talks were expected to end by Friday.", date(2022, 8, 12)),
    ],
)
def test_by_weekday_as_a_deadline_ahead_looks_forward(text, expected):
    m = one(text, WED_2022_08_10)
    assert (m.date, m.tense) == (expected, "future")


@pytest.mark.parametrize(
    "text,expected,published",
    [
        # "that year", "of the same year": the year of the year told just before, not the publication's
        ("In March 2019, 160 villagers were killed. In June that year, gunmen raided Sobane.", date(2019, 6, 1), WED_2024_07_31),
        ("Rebels took Kidal in 2012. In April of the same year, they declared independence.", date(2012, 4, 1), WED_2024_07_31),
        ("The 2020 coup came first. On 24 May that same year, officers detained the president.", date(2020, 5, 24), WED_2024_07_31),
        # no publication date: the year told before still dates it
        ("In March 2019, 160 villagers were killed. In June that year, gunmen raided Sobane.", date(2019, 6, 1), None),
    ],
)
def test_month_that_year_takes_the_year_told_before(text, expected, published):
    m = next(m for m in D.find_dates(text, published) if "that" in m.text or "same" in m.text)
    assert m.date == expected
    assert text[m.start:m.end].endswith("year")


def test_month_without_that_year_is_unchanged():
    # near miss: "in June" alone is the most recent June not after publication
    found = D.find_dates("In March 2019, 160 villagers were killed. In June, gunmen raided Sobane.", WED_2024_07_31)
    assert [(m.text, m.date) for m in found] == [("March 2019", date(2019, 3, 1)), ("June", date(2024, 6, 1))]


@pytest.mark.parametrize(
    "text",
    [
        # a situation report's header: the page's own date, not an event's
        "NIGER\nFlash Update No. 2\nAs of 17 March 2025\n\nGunmen attacked Tebaram on 10 March.",
        "Situation Report\nSituation as of 17 March 2025\n\nGunmen attacked Tebaram on 10 March.",
        "Humanitarian snapshot\nAs at 17/03/2025\n\nGunmen attacked Tebaram on 10 March.",
    ],
)
def test_as_of_header_line_is_a_dateline(text):
    found = D.find_dates(text, None)
    header = next(m for m in found if m.date == date(2025, 3, 17))
    assert header.kind == "dateline"


def test_as_of_in_a_sentence_is_not_a_dateline():
    # near miss: "As of 17 March, 4,200 people had fled" is prose
    found = D.find_dates("As of 17 March 2025, some 4,200 people had fled the area.", None)
    assert [m.kind for m in found] != ["dateline"]


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Gunmen attacked Boni on Monday. The army said on Tuesday its troops had repelled an ambush near Gao "
         "earlier that day.", "that day"),
        ("Gunmen attacked Boni on Monday. Police said on Tuesday that bandits had looted a market the same day.",
         "the same day"),
        ("Gunmen attacked Boni on Monday. The governor announced on Tuesday that a convoy was hit that morning.",
         "that morning"),
    ],
)
def test_same_day_in_the_statements_own_sentence_is_the_statement_day(text, phrase):
    # "X said on Tuesday ... earlier that day": the only day the clause can mean is the statement's
    found = D.find_dates(text, THU_2025_08_21, T.split_sentences(T.parse(text)))
    assert [(m.text, m.date) for m in found if m.kind == "anaphoric"] == [(phrase, date(2025, 8, 19))]


def test_previous_day_in_the_statements_own_sentence_stays_undated():
    # near miss: a day before the statement is still left undated (counted from which day?)
    text = "Gunmen attacked Boni on Monday. The army said on Wednesday its troops had repelled an ambush the previous day."
    found = D.find_dates(text, THU_2025_08_21, T.split_sentences(T.parse(text)))
    assert [m.text for m in found if m.kind == "anaphoric"] == []


def test_month_abbreviations_and_capitals_from_the_shared_calendar():
    # text.MONTH_NAMES / MONTH_ABBREVIATIONS: "Sept." and "Sep." are September, a page's capitals too
    assert (one("Gunmen killed 12 people near Djibo on Sept. 3, 2024.", MON_2024_08_26).date) == date(2024, 9, 3)
    assert (one("Gunmen killed 12 people near Djibo on Sep. 3, 2024.", MON_2024_08_26).date) == date(2024, 9, 3)
    assert (one("BAMAKO, 12 AUGUST 2024", MON_2024_08_26).date) == date(2024, 8, 12)


# --- dated items of factboxes / timelines (dated_items) and capitals in item headings ---------

TUE_2025_05_13 = date(2025, 5, 13)

_FACTBOX = (
    "Jihadists attacked the town of Djibo on Sunday, killing at least 30 soldiers, security sources said.\n\n"
    "Here are some earlier attacks:\n\n"
    "* ARBINDA - NOV. 14, 2021\n"
    "Gunmen killed 53 gendarmes at a post near Arbinda, the government said.\n\n"
    "* SOLHAN - JUNE 4-5, 2021\n"
    "Attackers killed 132 villagers in Solhan, the government said.\n\n"
    "* KOUMBRI — APRIL 26, 2023\n"
    "Men in army uniforms killed 60 civilians in Koumbri, a prosecutor said.\n"
)


@pytest.mark.parametrize("text, first, last", [
    ("GASKINDE - SEPT. 26, 2022", date(2022, 9, 26), None),
    ("DEOU - FEB. 17, 2023", date(2023, 2, 17), None),
    ("SEYTENGA - JUNE 11-12, 2022", date(2022, 6, 11), date(2022, 6, 12)),
    ("BARSALOGHO - AUG 24, 2024", date(2024, 8, 24), None),
])
def test_capital_month_abbreviations_in_item_headings(text, first, last):
    (d,) = D.find_dates(text, TUE_2025_05_13)
    assert (d.date, d.end_date, d.precision) == (first, last, "day")


def test_capital_abbreviation_only_as_a_whole_word():
    assert D.find_dates("OMAR 5 and DECO 3 are call signs", TUE_2025_05_13) == []


def test_factbox_items_are_dated_by_their_headings():
    items = D.dated_items(_FACTBOX, TUE_2025_05_13)
    assert [d.date for _, _, d in items] == [date(2021, 11, 14), date(2021, 6, 4), date(2023, 4, 26)]
    # each item runs from its heading to the next heading; the prose of the item lies inside
    a, b, _ = items[0]
    assert _FACTBOX[a:b].startswith("* ARBINDA") and "53 gendarmes" in _FACTBOX[a:b] and "Solhan" not in _FACTBOX[a:b]
    assert items[-1][1] == len(_FACTBOX)


@pytest.mark.parametrize("text, days", [
    ("* June 2022: Gunmen killed 20 people in Tessit.\n* March 2023: A convoy was ambushed near Boni.\n",
     [date(2022, 6, 1), date(2023, 3, 1)]),
    ("- 24 August 2024 — JNIM attacked Barsalogho.\n- 11 May 2025 — Militants overran Djibo.\n",
     [date(2024, 8, 24), date(2025, 5, 11)]),
    ("Feb. 17, 2023: Fifty soldiers were killed near Deou.\nApril 15, 2023: Gunmen struck Ouahigouya.\n",
     [date(2023, 2, 17), date(2023, 4, 15)]),
    # a bulleted item may open with "On <date>," (the bullet makes it an item, not prose)
    ("- On Jan. 9, six gendarmes were killed in Makalondi.\n- On Jan. 11, gunmen raided Kantchari.\n",
     [date(2025, 1, 9), date(2025, 1, 11)]),
])
def test_timeline_bullets_and_colons_open_items(text, days):
    assert [d.date for _, _, d in D.dated_items(text, TUE_2025_05_13)] == days


@pytest.mark.parametrize("text", [
    # a dateline is one line, not a list
    "BAMAKO, May 12 (Reuters) - Gunmen killed 12 people in central Mali on Sunday.\n\nThe army said it responded.\n",
    "OUAGADOUGOU, May 12 - Gunmen killed 12 people.\n\nThe army said it responded.\n",
    # prose lines that start with a date are sentences, not item headings
    "On May 11 gunmen attacked Djibo.\nOn May 12 the army struck back near Diapaga.\n",
    "On May 11, gunmen attacked Djibo.\nOn May 12, the army struck back near Diapaga.\n",
    # bullets of quotes or facts without a date
    "* The army said 12 soldiers died.\n* JNIM claimed the attack.\n",
])
def test_prose_and_datelines_are_no_items(text):
    assert D.dated_items(text, TUE_2025_05_13) == []


def _events(text: str, published: date):
    from analysis.coding.extract import code_article
    from analysis.records import Article

    return code_article(Article(id="t", text=text, published=published))


def test_factbox_item_events_take_their_heading_dates_not_the_leads():
    # (before: every item took the lead's "on Sunday", 2025-05-11, and was coded as a main event)
    got = sorted((e.event.event_date, e.event.fatalities_low, e.event.is_main) for e in _events(_FACTBOX, TUE_2025_05_13))
    assert got == [
        ("2021-06-04", 132, False),  # Solhan, a night across two days: its first day
        ("2021-11-14", 53, False),  # Arbinda
        ("2023-04-26", 60, False),  # Koumbri
        ("2025-05-11", 30, True),  # Djibo, the lead's "on Sunday"
    ]


def test_live_page_entries_keep_their_own_days_and_tolls():
    # published Thursday 2025-03-13; each timestamped entry is its own short story
    text = (
        "14:05\nGunmen ambushed an army convoy near Tessit on Tuesday evening, killing 12 soldiers, the army said.\n\n"
        "11:30\nA drone strike hit a wedding party in Abeibara this morning, killing eight civilians, officials said.\n\n"
        "09:12\nUnidentified attackers burned the market in Ber on Wednesday night, residents said.\n"
    )
    by_place = {e.event.location: e.event for e in _events(text, date(2025, 3, 13))}
    assert by_place["Tessit"].event_date == "2025-03-11" and by_place["Tessit"].fatalities_low == 12
    assert by_place["Abeïbara"].event_date == "2025-03-13" and by_place["Abeïbara"].fatalities_low == 8
    assert by_place["Bèr"].event_date == "2025-03-12" and not by_place["Bèr"].fatalities_low


def test_prose_article_with_a_dateline_is_unchanged_by_items():
    text = ("BAMAKO, May 12 (Reuters) - Gunmen killed 12 soldiers near Tessit on Sunday, the army said.\n\n"
            "In June 2022, 20 people were killed in an attack in the same area.\n")
    got = sorted((e.event.event_date, e.event.date_precision, e.event.fatalities_low, e.event.is_main)
                 for e in _events(text, TUE_2025_05_13))
    assert got == [("2022-06-15", "month", 20, False), ("2025-05-11", "day", 12, True)]


@pytest.mark.parametrize(
    "second, mention, expected",
    [
        ("Hours later, drones struck Gao.", "Hours later", date(2025, 8, 19)),
        ("A few hours later, drones struck Gao.", "A few hours later", date(2025, 8, 19)),
        ("An hour later, drones struck Gao.", "An hour later", date(2025, 8, 19)),
        ("Minutes later, a second blast hit the crowd.", "Minutes later", date(2025, 8, 19)),
        ("Some 48 hours later, the army retook the town.", "48 hours later", date(2025, 8, 21)),
    ],
)
def test_hours_later_counted_from_the_incident_before(second, mention, expected):
    text = "Rebels ambushed an army convoy near Anefis on Tuesday. " + second
    for sents in (None, T.split_sentences(T.parse(text))):
        found = D.find_dates(text, THU_2025_08_21, sents)
        assert [(m.text, m.date, m.precision, m.kind) for m in found] == [
            ("Tuesday", date(2025, 8, 19), "day", "weekday"), (mention, expected, "day", "anaphoric"),
        ]


def test_hours_later_in_the_incident_sentence():
    text = "The junta dissolved the parties on Tuesday, a move met two hours later by a protest in the capital."
    found = D.find_dates(text, THU_2025_08_21)
    assert [(m.text, m.date) for m in found] == [("Tuesday", date(2025, 8, 19)), ("two hours later", date(2025, 8, 19))]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels ambushed a convoy near Anefis. Hours later, drones struck Gao.",  # nothing dated before
        "The army said on Tuesday it had been attacked. Hours later, drones struck Gao.",  # when it was said
        "Rebels ambushed a convoy on Tuesday. 36 hours later, drones struck Gao.",  # which day?
        "Rebels ambushed a convoy on Tuesday. The siege lasted for hours. Later, drones struck Gao.",  # no phrase
        "Rebels ambushed a convoy on Tuesday. Two hours after the attack, drones struck Gao.",  # its own reference
    ],
)
def test_hours_later_left_undated(text):
    assert [m for m in D.find_dates(text, THU_2025_08_21) if m.kind == "anaphoric"] == []


# ------------------------------------------------------------ round 2: datelines without a place


@pytest.mark.parametrize(
    "text, mention",
    [
        ("May 13 (Reuters) - Islamist militants attacked an army post in Tessit.", "May 13"),
        ("13 May 2024 (AFP) - Gunmen killed 12 villagers near Djibo on Sunday.", "13 May 2024"),
        ("Factbox:\nMay 13, 2024 (Reuters) -- Gunmen killed 12 soldiers in Mali.", "May 13, 2024"),
    ],
)
def test_dateline_without_a_place_is_the_reports_date(text, mention):
    found = D.find_dates(text, date(2024, 5, 14))
    assert [(m.text, m.kind) for m in found if m.kind == "dateline"] == [(mention, "dateline")]


@pytest.mark.parametrize(
    "text",
    [
        "On May 13 (a Monday) gunmen attacked an army post in Tessit.",  # a bracket of prose
        "Gunmen attacked Tessit on May 13 (Reuters) - the army said.",  # not opening its line
        "May 13 was the deadliest day of the year (AFP).",  # no dash after the bracket
    ],
)
def test_date_with_a_bracket_in_prose_is_no_dateline(text):
    assert [m.kind for m in D.find_dates(text, date(2024, 5, 14)) if m.kind == "dateline"] == []


# ------------------------------------------------------------ round 2: months and years later


@pytest.mark.parametrize(
    "second, mention, expected, precision",
    [
        ("Three months later gunmen attacked Sobane Da.", "Three months later", date(2019, 6, 1), "month"),
        ("A year later, the militia struck again.", "A year later", date(2020, 3, 1), "month"),
        ("Some 14 months later, jihadists overran the town.", "14 months later", date(2020, 5, 1), "month"),
    ],
)
def test_months_and_years_later_counted_from_the_incident_before(second, mention, expected, precision):
    text = "In March 2019, militiamen killed some 160 herders at Ogossagou. " + second
    for sents in (None, T.split_sentences(T.parse(text))):
        found = D.find_dates(text, THU_2025_08_21, sents)
        assert [(m.text, m.date, m.precision, m.kind) for m in found] == [
            ("March 2019", date(2019, 3, 1), "month", "month"), (mention, expected, precision, "anaphoric"),
        ]
        assert found[1].end_date is None  # a whole month


def test_years_later_after_a_year_is_a_year_and_after_a_day_a_month():
    found = D.find_dates("The junta seized power in 2020. Two years later it expelled French troops.", THU_2025_08_21)
    assert [(m.text, m.date, m.precision) for m in found] == [
        ("2020", date(2020, 1, 1), "year"), ("Two years later", date(2022, 1, 1), "year")]
    found = D.find_dates("Gunmen killed 12 soldiers on 3 May 2022. A year later they returned.", THU_2025_08_21)
    assert [(m.text, m.date, m.precision) for m in found] == [
        ("3 May 2022", date(2022, 5, 3), "day"), ("A year later", date(2023, 5, 1), "month")]


@pytest.mark.parametrize(
    "text",
    [
        "The junta seized power in 2020. A few months later it expelled French troops.",  # how many?
        "Fighting began in August 2023. Months later the town fell.",  # no count
        "The base was attacked in March 2025. Six months later it was attacked again.",  # after publication
        "Rebels ambushed a convoy near Anefis. Two years later, drones struck Gao.",  # nothing dated before
        "Rebels ambushed a convoy in 2019. Two year later, drones struck Gao.",  # count and unit disagree
    ],
)
def test_months_later_left_undated(text):
    assert [m for m in D.find_dates(text, THU_2025_08_21) if m.kind == "anaphoric"] == []
