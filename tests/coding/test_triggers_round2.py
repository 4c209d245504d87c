"""Triggers, session 8 round 2: one person abducted, gunfire and a rout, headline present
tense, a mission ending its activity. Every expected value was read off the sentence by hand.
"""

from __future__ import annotations

import pytest

from analysis.coding import text as T
from analysis.coding import triggers as TR


def _found(sentence: str) -> list[tuple[str, str, bool]]:
    doc = T.parse(sentence)
    return [(t.key, t.text, t.passive) for t in TR.find_triggers(doc, T.split_sentences(doc))]


def _keys(sentence: str) -> list[tuple[str, str]]:
    return [(k, text) for k, text, _ in _found(sentence)]


def _t(key: str, text: str, strength: float = 1.0, pos: str = "verb") -> TR.TriggerMention:
    return TR.TriggerMention(start=0, end=len(text), text=text, event_type="", sub_event_type="",
                             disorder_type="", sentence_index=0, lemma=text.split()[0].lower(), passive=False,
                             key=key, pos=pos, strength=strength)


# ----------------------------------------------------------------- 1. one person abducted

@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen seized a Swiss woman in Agadez in April.", ("abduction", "seized", False)),
    ("Armed men grabbed an Italian aid worker at his home on Monday.", ("abduction", "grabbed", False)),
    ("Jihadists seized an elderly Catholic priest near the church.", ("abduction", "seized", False)),
    ("Armed individuals took an Italian national away towards the border.", ("abduction", "took", False)),
    ("The attackers led the village chief away into the bush.", ("abduction", "led", False)),
    # the passive, a person ending the subject
    ("An aid worker was seized late Monday at his residence.", ("abduction", "seized", True)),
    ("Two Chinese engineers were reportedly seized at the mine.", ("abduction", "seized", True)),
    ("The man, a German national, was seized at his home.", ("abduction", "seized", True)),
    ("The woman, who had lived in the town for 30 years, was seized from her home.", ("abduction", "seized", True)),
    ("A Swiss woman seized by gunmen in 2016 was freed.", ("abduction", "seized", True)),
])
def test_one_person_abducted(sentence, expected):
    assert expected in _found(sentence)


@pytest.mark.parametrize("sentence", [
    "Soldiers seized a weapons cache near the border.",       # weapons (Disrupted weapons use)
    "The army seized the opportunity to advance.",
    "The military seized power in July 2023.",
    "The mutineers seized the national radio and television.",  # a coup's act, not a person
    "Weapons were seized from the men on Monday.",            # passive, no person subject
    "Residents said the town was seized by the rebels.",       # passive, a town
    "Customs officers seized a man's motorbike.",              # a thing belonging to a person
])
def test_one_person_abducted_near_misses(sentence):
    assert not [k for k, _ in _keys(sentence) if k == "abduction"]


def test_a_seized_town_stays_territorial_and_a_seized_leader_by_police_is_no_abduction():
    assert _keys("Jihadists seized the town of Boni.")[0][0] == "territory"
    assert not [k for k, _ in _keys("Police seized Moussa Diallo on Tuesday.") if k == "abduction"]


# ----------------------------------------------------------------- 2. battle nouns and gunfire

@pytest.mark.parametrize("sentence, expected", [
    ("It was the rebels' worst rout since the July 2024 rout at Tinzaouaten.", ("armed_clash", "rout")),
    ("The army routed the jihadists near Boni.", ("armed_clash", "routed")),
    ("Shots rang out near the camp at dawn.", ("attack", "Shots rang out")),
    ("Gunfire erupted near the presidential palace.", ("attack", "Gunfire erupted")),
    ("Heavy gunfire was heard in the town overnight.", ("attack", "gunfire was heard")),
    ("Residents heard sustained gunfire for two hours.", ("attack", "heard sustained gunfire")),
])
def test_rout_and_gunfire(sentence, expected):
    assert expected in _keys(sentence)


@pytest.mark.parametrize("sentence", [
    "The convoy took a different route through the desert.",
    "He was killed by gunfire.",                 # bare gunfire: the kill word tells it
    "Residents heard the news on the radio.",
])
def test_rout_and_gunfire_near_misses(sentence):
    assert not [t for k, t in _keys(sentence) if k == "armed_clash" or "heard" in t or "gunfire" in t.lower()]


def test_gunfire_alone_is_no_event_but_is_typed_by_its_target():
    shots = [_t("attack", "Shots rang out", 0.6, "noun")]
    assert TR.resolve_type(shots) is None
    assert TR.resolve_type(shots, armed_target_word=True).info.sub_event_type == "Armed clash"
    r = TR.resolve_type([_t("attack", "gunfire erupted", 0.6), _t("kill", "killing", 0.5)],
                        deaths=True, civilian_victims=True)
    assert r.info.sub_event_type == "Attack"
    # near miss: a full-strength attack word with no target is still an attack on civilians
    assert TR.resolve_type([_t("attack", "attacked")]).info.sub_event_type == "Attack"


def test_tear_gas_fired_at_protesters_is_an_intervention():
    found = _keys("Police fired tear gas at protesters in the capital.")
    assert ("protest_intervention", "tear gas") in found and ("peaceful_protest", "protesters") in found


# ----------------------------------------------------------------- 3. headline present tense

@pytest.mark.parametrize("sentence, expected", [
    ("Police detain protesters in Bamako", ("arrests", "detain")),
    ("Gendarmes round up 20 suspects after attack", ("arrests", "round up")),
    ("Gunmen abduct 30 villagers in central Mali", ("abduction", "abduct")),
    ("Jihadists storm army post in Burkina", ("attack", "storm")),
    ("Gunmen kill 12 in attack on village", ("kill", "kill")),
    ("Rioters loot shops in Niamey", ("looting", "loot")),
    ("Thousands demonstrate in Bamako against sanctions", ("peaceful_protest", "demonstrate")),
    ("Soldiers oust president in Niger", ("other", "oust")),
    ("Army recaptures town from rebels", ("territory", "recaptures")),
])
def test_headline_present_tense(sentence, expected):
    assert expected in _keys(sentence)


def test_headline_present_tense_near_misses():
    # "demonstrate" with an object means "show" (not_events), "storm" as weather is a noun
    assert not [k for k, _ in _keys("The attacks demonstrate the group's reach") if k == "peaceful_protest"]
    assert not [t for k, t in _keys("A sand storm hit the town") if k == "attack" and t == "storm"]
    assert not [k for k, _ in _keys("The decree caused a storm of protest") if k == "attack"]
    assert not [k for k, _ in _keys("The decree caused a political storm in Bamako") if k == "attack"]
    assert ("attack", "storm") in _keys("Protesters storm French embassy in Ouagadougou")


# ----------------------------------------------------------------- 4. a mission ending its activity

@pytest.mark.parametrize("sentence, text", [
    ("The UN mission, MINUSMA, ended its operations on 31 December 2023.", "ended its operations"),
    ("The mission officially ended its presence in the country on Sunday.", "ended its presence"),
    ("Barkhane concluded its mission in the Sahel in November.", "concluded its mission"),
    ("The force wound up its operations in the region last year.", "wound up its operations"),
])
def test_a_mission_ending_its_activity_is_a_change_to_group(sentence, text):
    assert ("change_group", text) in _keys(sentence)


@pytest.mark.parametrize("sentence", [
    "The army ended the operation after two days.",
    "The Security Council ended its mandate in June.",
    "The talks ended without an agreement on operations.",
])
def test_a_mission_ending_its_activity_near_misses(sentence):
    assert not [k for k, _ in _keys(sentence) if k == "change_group"]


# ----------------------------------------------------------------- a force leaving a named base

@pytest.mark.parametrize("sentence, text", [
    ("The last U.S. troops left the Agadez base on Aug. 5, 2024.", "left the Agadez base"),
    ("UN peacekeepers quit the Tessalit camp on Monday.", "quit the Tessalit camp"),
    ("The French soldiers vacated their former base in the north.", "vacated their former base"),
])
def test_a_force_leaving_a_named_base_is_a_transfer(sentence, text):
    assert ("transfer", text) in _keys(sentence)


@pytest.mark.parametrize("sentence", [
    "Thousands of displaced people left the Mentao camp in 2023.",
    "The delegation left the Kidal base after the talks.",
])
def test_a_force_leaving_a_named_base_near_misses(sentence):
    assert not [k for k, _ in _keys(sentence) if k == "transfer"]


@pytest.mark.parametrize("sentence, expected", [
    ("The last US troops left Agadez on Monday.", ("transfer", "left")),
    ("Mali withdraws from ECOWAS", ("other", "withdraws from ECOWAS")),
    ("Russia deploys troops to Burkina Faso", ("change_group", "deploys")),
    ("Jihadists execute five men in central Mali", ("kill", "execute")),
])
def test_more_headline_present_tense_and_us_troops(sentence, expected):
    assert expected in _keys(sentence)


# ----------------------------------------------------------------- a crowd dispersed

@pytest.mark.parametrize("sentence", [
    "Police fired tear gas to disperse about 200 young people who had gathered outside the party offices.",
    "Troops dispersed the crowd outside the palace.",
    "Gendarmes dispersed hundreds of residents blocking the road.",
])
def test_a_crowd_dispersed_is_a_protest_with_intervention(sentence):
    doc = T.parse(sentence)
    trs = [t for t in TR.find_triggers(doc, T.split_sentences(doc)) if t.key in TR.PROTEST]
    assert [t.key for t in trs if t.lemma.startswith("dispers")] == ["peaceful_protest"]
    assert TR.resolve_type(trs, agent_inter=1).info.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("sentence", [
    "The attackers dispersed into the bush.",
    "Soldiers dispersed the armed men after a brief exchange.",
])
def test_a_crowd_dispersed_near_misses(sentence):
    assert not [k for k, _ in _keys(sentence) if k == "peaceful_protest"]


# ----------------------------------------------------------------- named word lists

@pytest.mark.parametrize("sentence, expected", [
    # the plural object of "seized" takes the trades and roles too, as "took away" does
    ("Gunmen seized two nuns near Gao on Sunday.", [("abduction", "seized")]),
    ("Jihadists seized three journalists on the road to Djibo.", [("abduction", "seized")]),
    # near misses: no person after "seized"
    ("Soldiers seized two weapons caches near Gao on Sunday.", []),
    ("The junta seized the national radio on Sunday.", []),
])
def test_people_seized_take_the_whole_person_list(sentence, expected):
    assert [k for k in _keys(sentence) if k[0] == "abduction"] == expected


def test_word_lists_expand_in_phrases_and_lists():
    lists = {"people": ("drivers", "villagers"), "role": ("nun", "nuns")}
    assert TR._expand("seized >> * @people|@role|them", lists, "t") == "seized >> * drivers|villagers|nun|nuns|them"
    assert TR._as_list(["@people", "men"], "t", lists) == ("drivers", "villagers", "men")


def test_an_unknown_word_list_is_an_error_naming_it():
    from analysis.errors import InputError

    with pytest.raises(InputError, match="@crowd"):
        TR._expand("seized >> * @crowd", {"people": ("drivers",)}, "trigger entry 3")


# ------------------------------------------ session 9: the media silenced, a crowd for a cause


@pytest.mark.parametrize("sentence, expected", [
    # a licence or press card withdrawn from the media
    ("Burkina Faso's military authorities have withdrawn the licence of the radio station Omega.",
     ("other", "withdrawn the licence of the radio station")),
    ("The regulator revoked the accreditation of France 24's correspondent.",
     ("other", "revoked the accreditation of France 24's correspondent")),
    # journalists expelled
    ("Niger's junta expelled two French journalists on Friday.", ("other", "expelled two French journalists")),
    # a named outlet suspended or banned, with or without its output named
    ("Niger junta suspends TV5Monde, supporters rally in Niamey", ("other", "suspends TV5Monde")),
    ("Mali suspends France 24 and RFI", ("other", "suspends France 24")),
    ("The junta banned the broadcasts of RFI on Monday.", ("other", "banned the broadcasts of RFI")),
])
def test_the_media_silenced_by_a_government_is_strategic_other(sentence, expected):
    assert expected in _keys(sentence)


@pytest.mark.parametrize("sentence", [
    "TV5Monde suspended its coverage of the region on Tuesday.",  # a medium's own decision
    "RFI suspended its broadcasts in Mali after the attack.",
    "Mali revoked the mining licence of the Loulo mine.",  # a licence, not the media's
])
def test_a_medium_stopping_itself_or_another_licence_is_no_decree(sentence):
    assert not [k for k, _ in _keys(sentence) if k == "other"]


@pytest.mark.parametrize("sentence, trigger", [
    ("In August 2023, tens of thousands of people gathered at the stadium in Niamey to support the military leaders.",
     "gathered"),
    ("Thousands of people turned out in Ouagadougou on Saturday in support of the junta.", "turned out"),
    ("Hundreds of youths massed outside the French embassy in Niamey, chanting anti-French slogans.", "massed"),
    ("Around 60 people gathered outside the police station to demand the men's release.", "gathered"),
])
def test_a_crowd_gathering_for_a_cause_is_a_peaceful_protest(sentence, trigger):
    assert ("peaceful_protest", trigger) in _keys(sentence)


@pytest.mark.parametrize("sentence", [
    "Officials gathered in Niamey to support the peace process.",  # no crowd
    "Hundreds of worshippers gathered for Friday prayers when gunmen opened fire.",  # no cause
    "Thousands of displaced people gathered in camps around Djibo.",
])
def test_a_gathering_without_a_crowd_or_a_cause_is_no_protest(sentence):
    assert not [k for k, _ in _keys(sentence) if k == "peaceful_protest"]


@pytest.mark.parametrize("sentence, intervention", [
    ("The demonstrators walked to the prefecture, where they handed a memorandum before dispersing calmly.", False),
    ("The crowd dispersed peacefully in the evening.", False),
    ("The marchers dispersed without incident after two hours.", False),
    ("Hundreds of protesters marched in Gao before police dispersed them with tear gas.", True),
    ("Police dispersed the protesters in Gao.", True),
])
def test_a_crowd_dispersing_of_its_own_accord_is_no_intervention(sentence, intervention):
    assert any(k == "protest_intervention" and t.startswith("dispers") for k, t in _keys(sentence)) is intervention
