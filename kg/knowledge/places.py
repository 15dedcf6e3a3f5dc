"""The time-and-place pass's knowledge (``<lang>/places.yaml``), compiled once.

How news tells where and when a signing took place beyond "signed in X on
Y": the occasion's nouns ("at a signing ceremony in Nairobi"), the phrases that
refer back to an occasion told before ("At the meeting, both sides signed"),
the verbs an occasion's place hangs on ("a ceremony held in Kigali"), the
word for the dateline's city ("here"), the countries that are one city,
and the verbs that tell a signing as news (whose dateline's date is the
story's, not the signing's).
Kept beside the shared compiler rather than in it, so the pass that reads
these lists owns them; it uses the same file reader and phrase patterns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.knowledge import alternation, entry_texts, entries

__all__ = ["PlaceKnowledge", "place_knowledge"]


@dataclass(frozen=True)
class PlaceKnowledge:
    """Compiled place and occasion cues of one language."""

    occasion_re: re.Pattern[str]
    occasion_reference_re: re.Pattern[str]
    # the same words closing a clause after the signing ("signed the agreement during the ceremony.",
    # "The four MoUs signed during the meeting were:"): they refer back as well
    occasion_reference_after_re: re.Pattern[str]
    occasion_verbs: frozenset[str]
    dateline_adverb_re: re.Pattern[str]
    city_states: frozenset[str]
    visit_re: re.Pattern[str]
    # "visited Lakeside University on May 15" in a story's lead: the date of the occasion the story reports
    lead_visit_re: re.Pattern[str]
    # "The Norland Forum opened in Lindau on June 8" in a story's lead: the event the signings were at
    lead_event_re: re.Pattern[str]
    # an event's name ends with one of these ("the Presidents' Conference"): where it was held is the place
    event_head_re: re.Pattern[str]
    # "at State House Nairobi": a building named by its head word, then its town (group 1)
    venue_then_town_re: re.Pattern[str]
    # "the two leaders met in Detroit", "held talks ... here in Islamabad": the town of a meeting (group 1)
    meeting_re: re.Pattern[str]
    meeting_word_re: re.Pattern[str]
    # "in the sixth meeting room of the university", "at a room of Hanam City Hall", "at the university's
    # senate building": a room or building told in words, its article (group 1) and the whole (group 2);
    # what it is of, where it has a name of its own (group 3)
    room_re: re.Pattern[str]
    # parts of the world no signing is placed in ("in the Middle East"): where something is done, not signed
    regions: frozenset[str]
    # "in the Authority headquarters": a building's word after a body's name (the city may follow)
    venue_noun_after_re: re.Pattern[str]
    # "in the Kenyan capital, Nairobi", "in the Egyptian resort city of Sharm El-Sheikh": the town named
    # after a word for one (group 1), up to the clause's end or a time
    town_named_re: re.Pattern[str]
    # "X announced Wednesday that Y has signed", "..., reported the agency": a signing the story tells as news
    announced_re: re.Pattern[str]
    # "to set up a textile factory in", "building infrastructure in": works named right before "in" (and a
    # town), which say where the works stand, not where the signing was
    works_before_in_re: re.Pattern[str]
    # "es" of "Dar es Salaam", "de" of "Rio de Janeiro": the small words inside a place's name
    name_particles: frozenset[str]


@cache
def place_knowledge(lang: str = "en") -> PlaceKnowledge:
    places = entries(lang, "places")
    bound_l, bound_r = r"(?<![\w-])", r"(?![\w-])"
    return PlaceKnowledge(
        name_particles=frozenset(entry_texts(places["name_particles"])),
        works_before_in_re=re.compile(r"(?<![\w-])(?:" + alternation(entry_texts(places["works_nouns"])) + r")\s+in\s*$"),
        announced_re=re.compile(r"(?i)\b(?:" + alternation(entry_texts(places["announcing_verbs"])) + r")\b"),
        occasion_re=re.compile(bound_l + "(?:" + alternation(entry_texts(places["occasions"])) + ")" + bound_r, re.I),
        # only where the sentence opens: "At the meeting, both parties signed ..."
        # ("During this meeting, they signed ...": "this" or "that" refers back as "the" does)
        occasion_reference_re=re.compile(r"\s*(?:" + alternation(entry_texts(places["occasion_references"])).replace(
            r"the\s+", r"(?:the|this|that)\s+") + r")\s*,", re.I),
        # (not "during the event": a later agreement "signed ... during the event" may be told of a
        # different day's event the text names just before)
        occasion_reference_after_re=re.compile(bound_l + "(?:" + alternation(
            [t for t in entry_texts(places["occasion_references"]) if not t.endswith(" event")]).replace(
            r"the\s+", r"(?:the|this|that)\s+") + r")\s*(?:[.;:]|,\s|\s+(?:were|was|are|is)\b|$)", re.I),
        # every form, as the parse gives words without lemmas
        occasion_verbs=frozenset(f.casefold() for v in places["occasion_verbs"] for f in v["forms"].split("|")),
        # "here", but not "here is", "hereby"
        # ("the capital" also with a people's adjective and a side: "in the Kazakh capital", "in the
        # Vietnamese southern locality")
        dateline_adverb_re=re.compile(bound_l + "(?:" + alternation(entry_texts(places["dateline_adverbs"])).replace(
            r"the\s+", r"the\s+(?-i:[A-Z][\w'’-]+\s+)?(?:(?:northern|southern|eastern|western|central|coastal)\s+)?") + ")"
                                      # ("in the city's Sher-e-Bangla Nagar area", but not "the city of Mombasa")
                                      r"(?:['’]s)?(?![\w'’-])(?!\s+(?:is|are|was|were|to|of)\b)", re.I),
        city_states=frozenset(entry_texts(places["city_states"])),
        # "made a visit to Ningbo": group 1 is the town visited
        # (the cue in any case, the town's name with its capital: "met at the hotel" names no town)
        visit_re=re.compile(bound_l + "(?i:" + alternation(entry_texts(places["visits"])) + r")\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])"),
        lead_visit_re=re.compile(bound_l + "(?:" + alternation(entry_texts(places["lead_visits"])) + ")" + bound_r, re.I),
        lead_event_re=re.compile(r"(?i)(?<![\w-])(?:" + "|".join(f"(?P<{'day' if e['day'] else 'opening'}{k}>{e['pattern']})"
                                                                for k, e in enumerate(places["lead_events"])) + ")"),
        # "held talks", "met": the cue alone (the lead's meeting the signers held)
        meeting_word_re=re.compile(bound_l + "(?i:" + alternation(entry_texts(places["meetings"])) + r")(?![\w-])"),
        # (the cue, then within its clause "in" and a town's name, then the clause's end or a time)
        meeting_re=re.compile(bound_l + "(?i:" + alternation(entry_texts(places["meetings"])) + r")(?![\w-])[^.;:]{0,200}?"
                              r"\s(?:here\s+)?in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])"
                              r"(?=\s*[,.;]|\s+(?:on|last|this|today|yesterday)\b|\s*$)"),
        room_re=re.compile(r"(?<![\w-])(?:in|at)\s+(the|a)\s+((?:[a-z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:"
                           + alternation(entry_texts(places["rooms"])) + r")(?:\s+of\s+(?:the\s+)?"
                           r"((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,4})|\s+of\s+the\s+[a-z]+"
                           # ("the headquarters of the municipality of Lindau": the place it is of, by name)
                           r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)?)(?![\w'’-])"),
        event_head_re=re.compile(r"(?i)(?<![\w-])(?:" + alternation(entry_texts(places["event_heads"])) + r")$"),
        regions=frozenset(entry_texts(places["regions"])),
        venue_noun_after_re=re.compile(r"\s+(?:" + alternation(entry_texts(places["venue_nouns"])) + r")(?![\w'’-])"),
        # (up to two capitalised words before the town's word: "the Kenyan", "the Black Sea"; not
        # "capital, Kazinform reports": the name ends the clause or a time follows)
        # ("the city of Yangquan" alone describes where a body is; "the resort city of" names a town)
        # ("in Myanmar's largest city Yangon": a country's possessive where "the" stands)
        town_named_re=re.compile(r"\b(?:in|at)\s+(?:the\s+(?:[A-Z][\w'’-]+\s+){0,2}|[A-Z][\w'’-]+['’]s\s+)(?:(?:"
                                 + alternation([t for t in entry_texts(places["town_words"]) if " " in t])
                                 + r")(?:,|\s+of)?|(?:" + alternation([t for t in entry_texts(places["town_words"]) if " " not in t])
                                 + r"),?)\s+"
                                 r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])"
                                 r"(?=\s*[,.;]|\s+(?:on|in|at|by|between|during|last|this|yesterday|today)\b|\s*$)"),
        # (a name before the head word: "Hotel Palco La Habana" is one hotel's name, not a hotel and a town)
        venue_then_town_re=re.compile(r"(?<![\w-])(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}(?i:"
                                      + alternation(entry_texts(places["venue_heads"])) + r")\s+"
                                      r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])"
                                      r"(?=\s*[,.;]|\s+(?:on|in|at|and|to|for|last|this|today|yesterday|where)\b|\s*$)"),
    )
