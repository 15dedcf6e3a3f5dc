"""Every entry of the knowledge files is a test case: its example sentence must
be read the way the entry says (cases as data, like a conformance suite).

One generic runner: each (file, list) names the check its entries get, and
each entry's ``example`` (and ``passive_example``) is run through the same
compiled patterns the extractor uses. Adding a line to a knowledge file adds
a case here; an entry whose example the patterns do not read fails, naming
the file, the list and the entry.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from pathlib import Path

from kg.article import Article
from kg.extract import extract, lexicon
from kg.facts import ArticleFacts
from kg.extract.agreements import find_agreement_phrases, is_future
from kg.extract.names import name_key
from kg.knowledge import FILES, entries, knowledge

K = knowledge("en")


def _facts(text: str, headline: bool = False) -> ArticleFacts:
    """What kg reads from an example, as an article (under a headline line where asked)."""
    return extract(Article(path=Path("example.txt"), text=("Headline\n\n" + text) if headline else text,
                           title="Headline" if headline else None, published=None, source_department=None, sha256=""))


def _finds(pattern: re.Pattern[str], text: str, wanted: str | None = None) -> bool:
    """``pattern`` matches in ``text`` (and, with ``wanted``, a match covers it)."""
    for match in pattern.finditer(text):
        if wanted is None or re.sub(r"\s+", " ", match.group()).casefold().strip() .startswith(
                re.sub(r"\s+", " ", wanted).casefold()) or wanted.casefold() in match.group().casefold():
            return True
    return False


def _signing_verb(entry: dict[str, Any]) -> None:
    assert _finds(K.sign_re, entry["example"]), "the signing verb is not found"
    if "passive_example" in entry:
        assert _finds(K.passive_by_re, entry["passive_example"]), "the passive '... by' is not found"
    if "active_example" in entry:
        facts = _facts(entry["active_example"], headline=True)
        assert {s.person for a in facts.agreements for s in a.signatures}, "the subject of the active form signs nothing"
    if "not_example" in entry and entry.get("object_after"):
        assert not _finds(K.sign_re, entry["not_example"]), "the noun reports a signing with no agreement after it"
    elif "not_example" in entry and entry.get("not_heads"):
        assert not _finds(K.sign_re, entry["not_example"]), "the verb reports a signing with a head it never takes"
    elif "not_example" in entry:
        facts = _facts(entry["not_example"], headline=True)
        signers = {s.person for a in facts.agreements for s in a.signatures}
        assert not signers, f"a verb with no agreement as its object makes signers: {signers}"


def _not_done(entry: dict[str, Any]) -> None:
    text = entry["example"]
    verbs = list(K.sign_re.finditer(text))
    assert verbs, "the example has no signing verb"
    assert any(is_future(text, v.start(), len(text)) for v in verbs), "the signing is read as done"


def _told_in_general(entry: dict[str, Any]) -> None:
    """A sentence telling a signing as what is done in general reports no agreement."""
    assert K.sign_re.search(entry["example"]), "the example has no signing verb"
    assert not _facts(entry["example"]).agreements, "an agreement is read"


def _done_purpose(entry: dict[str, Any]) -> None:
    text = entry["example"]
    verbs = list(K.sign_re.finditer(text))
    assert verbs, "the example has no signing verb"
    assert not any(is_future(text, v.start(), len(text)) for v in verbs), "the signing is read as not done"


def _one_name(entry: dict[str, Any]) -> None:
    """"The Govt. of Norland ... The Government of Norland": one party."""
    facts = _facts(entry["example"])
    parties = {p for a in facts.agreements for p in a.parties}
    assert len([p for p in parties if "Lindau" not in p]) == 1, parties


def _unit_noun(entry: dict[str, Any]) -> None:
    """"the DELTACORP mission to Jordan signed": the body acting through its part is a party."""
    parties = [p for a in _facts(entry["example"]).agreements for p in a.parties]
    assert "DELTACORP" in parties, parties


def _remit_word(entry: dict[str, Any]) -> None:
    """"Director of International Cooperation A ... on behalf of B": the remit is the title's, the post B's."""
    read = {(p.title, p.organization) for p in _facts(entry["example"]).posts if p.person == "Anna Berg"}
    assert any(entry["text"] in title.casefold() and org == "Lindau University" for title, org in read), read


def _own_body(entry: dict[str, Any]) -> None:
    """"Chairman Anna Berg of our council": the post is at "our council"."""
    bodies = {(p.organization or "").casefold() for p in _facts(entry["example"]).posts if p.person == "Anna Berg"}
    assert f"our {entry['text']}" in bodies, bodies


def _praise(entry: dict[str, Any]) -> None:
    """"a landmark memorandum of understanding": the kind leaves the praise out."""
    text = entry["example"]
    phrases = find_agreement_phrases(text, 0, len(text))
    assert phrases and all(entry["text"] not in p.kind.split() for p in phrases), [p.kind for p in phrases]


def _kind(entry: dict[str, Any]) -> None:
    text = entry["example"]
    phrases = find_agreement_phrases(text, 0, len(text))
    assert phrases, "no agreement phrase is found"
    kind = entry.get("kind", entry["text"])
    assert any(p.kind.endswith(kind.casefold()) for p in phrases), [p.kind for p in phrases]
    assert any(p.plural == bool(entry.get("plural")) for p in phrases), "singular and plural are confused"


def _money_phrase(entry: dict[str, Any]) -> None:
    """"in the form of grants", "grant assistance": money, no agreement of its head."""
    text = entry["example"]
    kinds = [p.kind for p in find_agreement_phrases(text, 0, len(text))]
    assert not any(k in ("grant", "loan agreement") for k in kinds), kinds


def _topic_head(entry: dict[str, Any]) -> None:
    """"an agreement on student exchange": the kind takes its topic."""
    kinds = [a.kind for a in _facts(entry["example"]).agreements]
    assert kinds == [entry["kind"]], kinds


def _cue(pattern: re.Pattern[str]) -> Callable[[dict[str, Any]], None]:
    def check(entry: dict[str, Any]) -> None:
        assert pattern.search(entry["example"]), f"the cue {entry['cue']!r} is not found"
    return check


def _witnesses_read(entry: dict[str, Any]) -> None:
    """The example's signing is witnessed by exactly the people the entry names."""
    facts = _facts(entry["example"])
    assert facts.agreements, "the example gives no agreement"
    read = {w for a in facts.agreements for w in a.witnesses}
    assert read == set(entry["witnesses"]), f"witnesses read: {read}"


def _pattern(pattern: re.Pattern[str]) -> Callable[[dict[str, Any]], None]:
    def check(entry: dict[str, Any]) -> None:
        assert _finds(pattern, entry["example"], entry["text"]), f"{entry['text']!r} is not read in its example"
    return check


def _member(words: set[str]) -> Callable[[dict[str, Any]], None]:
    """Word lists: the entry is in the set the passes read, and its example uses it."""
    def check(entry: dict[str, Any]) -> None:
        assert entry["text"] in words
        assert entry["text"].casefold() in entry["example"].casefold(), "the example does not use the word"
    return check


def _one_per_place(entry: dict[str, Any]) -> None:
    """"The Ministries of Health of A and B signed": one body of the kind for each place, each a side."""
    facts = _facts(entry["example"])
    sides = [p for a in facts.agreements for p in a.parties if entry["text"] in p.casefold()]
    assert len(sides) == 2, f"{entry['text']!r}: sides read {[a.parties for a in facts.agreements]}"


def _name_ends_before(entry: dict[str, Any]) -> None:
    """"Governor Anna Berg Meets Delegation": the name stops at the verb."""
    facts = _facts(entry["example"] + "\n\nThe two sides signed an agreement.")
    names = {p.name for p in facts.people}
    assert "Anna Berg" in names, f"{entry['text']!r}: people read {names}"


def _country(entry: dict[str, Any]) -> None:
    """"The Egyptian Ambassador Anna Berg": the post belongs to Egypt."""
    adjective = entry["adjectives"].split("|")[0]
    facts = _facts(entry["example"])
    assert ("Anna Berg", "Ambassador", entry["name"]) in {(p.person, p.title, p.organization) for p in facts.posts}, \
        f"{adjective!r} is not read as {entry['name']}"


def _official_name(entry: dict[str, Any]) -> None:
    """"The Russian Federation and Norland signed": the party is Russia, named both ways, and first as the
    article writes it (it never writes "Russia")."""
    facts = _facts(entry["example"])
    parties = {p for a in facts.agreements for p in a.parties}
    # (a form that differs from the country's name only by a hyphen is the same name: "Guinea Bissau")
    body = next((o for o in facts.organizations if entry["country"] in (o.name, *o.aliases)
                 or name_key(o.name) == name_key(entry["country"])), None)
    assert body is not None and body.name in parties, f"{entry['text']!r} is not read as {entry['country']}; parties: {parties}"
    assert body.name == entry["text"], f"{entry['country']} is named {body.name!r}, not as written: {entry['text']!r}"


def _formal_style(entry: dict[str, Any]) -> None:
    """"The Republic of Armenia and Norland signed": the party is Armenia, named both ways."""
    written = re.match(r"The (.+?) and Norland signed", entry["example"]).group(1)
    country = written[len(entry["text"]) + 1 :]
    _official_name({"text": written, "country": country, "example": entry["example"]})


def _us_state(entry: dict[str, Any]) -> None:
    """"Gov. Anna Berg signed ... between Nevada and ...": the governor is the state's."""
    facts = _facts(entry["example"])
    held = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Anna Berg", "Governor", entry["text"]) in held, held  # ("Gov." is named by its full form)


def _federal_state(entry: dict[str, Any]) -> None:
    """"Chief Minister Anna Berg said ... to Kerala": the chief minister is the state's."""
    facts = _facts(entry["example"])
    held = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Anna Berg", "Chief Minister", entry["text"]) in held, held


def _counterpart(entry: dict[str, Any]) -> None:
    """"his Kuwaiti counterpart Anna Berg": her post is the one just named, for Kuwait."""
    facts = _facts(entry["example"])
    wanted = (entry["person"], entry["post"], entry["org"])
    assert wanted in {(p.person, p.title, p.organization) for p in facts.posts}, \
        f"{wanted} not read; posts: {[(p.person, p.title, p.organization) for p in facts.posts]}"


def _plural_title(entry: dict[str, Any]) -> None:
    """"The governors of Norland and Southland, Anna Berg and Li Ming": one post each, in order."""
    facts = _facts(entry["example"], headline=True)
    held = {(p.person, p.title, (p.organization or "").split()[0]) for p in facts.posts}
    wanted = {("Anna Berg", entry["singular"], "Norland"), ("Li Ming", entry["singular"], "Southland")}
    assert wanted <= held, f"{entry['text']!r}: posts read {held}"


def _collective_noun(entry: dict[str, Any]) -> None:
    """"The instruments were signed at the Lund Congress Centre": where every agreement told before was signed
    (a singular word, "the document", stands for the one agreement told: ``singular: true``)."""
    facts = _facts(entry["example"], headline=True)
    places = [a.place for a in facts.agreements]
    assert len(places) >= (1 if entry.get("singular") else 2) and set(places) == {"Lund Congress Centre"}, places


def _listed_head(entry: dict[str, Any]) -> None:
    """"- the Plan for the celebration of ...", an item of a list of signed documents: one agreement of that head."""
    facts = _facts(entry["example"], headline=True)
    kinds = [a.kind for a in facts.agreements]
    assert len(kinds) == 2 and any(k.endswith(entry["text"]) for k in kinds), kinds


def _team(entry: dict[str, Any]) -> None:
    """"A team from Lakeside University comprising Anna Berg, Registrar; and Li Ming, Dean of Students"."""
    facts = _facts(entry["example"], headline=True)
    held = {(p.person, p.title, p.organization) for p in facts.posts}
    assert {("Anna Berg", "Registrar", "Lakeside University"),
            ("Li Ming", "Dean of Students", "Lakeside University")} <= held, held


def _signer_list(entry: dict[str, Any]) -> None:
    """"The signatories were A, ..., and B, ...": A and B signed (the agreement a sentence before tells of)."""
    told = "The Government of Norland and the Delta Bank signed a loan agreement on Monday. "
    facts = _facts(told + entry["example"], headline=True)
    signers = {s.person for a in facts.agreements for s in a.signatures}
    assert set(entry["signers"]) <= signers, signers


def _field_head(entry: dict[str, Any]) -> None:
    """"The Department of Science and Technology signed": the name runs on past "and"."""
    name = re.match(r"The (.+?) signed", entry["example"]).group(1)  # type: ignore[union-attr]
    assert name in {o.name for o in _facts(entry["example"]).organizations}, "the name is cut short"


def _rank_head(entry: dict[str, Any]) -> None:
    """"Lt. General A": the compound rank is passed over and A signs."""
    facts = _facts(entry["example"], headline=True)
    signers = {s.person for a in facts.agreements for s in a.signatures}
    assert entry["signer"] in signers, signers


def _set_off_style(entry: dict[str, Any]) -> None:
    """"X's Minister of Y, Ambassador A B": the title is A B's post, the rank only a style."""
    facts = _facts(entry["example"], headline=True)
    held = {(p.person, p.title, p.organization) for p in facts.posts}
    assert tuple(entry["post"]) in held, held


def _behalf(entry: dict[str, Any]) -> None:
    """"signed by A on behalf of X": A signed for X."""
    told = "Two agreements were signed on Monday. "
    facts = _facts(told + entry["example"], headline=True)
    sides = {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}
    assert ("Anna Berg", entry["side"]) in sides, sides


def _not_signer_word(entry: dict[str, Any]) -> None:
    """A "signer" whose name holds the word is no signer."""
    facts = _facts(entry["example"], headline=True)
    signers = {s.person for a in facts.agreements for s in a.signatures}
    assert not any(entry["text"] in name.casefold().split() for name in signers), signers


def _stays_in_its_article(entry: dict[str, Any]) -> None:
    """"The Indian Institute of Technology signed ..." (no campus), "The Republic of China signed ..." (which
    of two): the body stays in its article, joining no other article's namesake."""
    facts = _facts(entry["example"])
    body = next(o for o in facts.organizations if o.name == entry["text"])
    assert body.qualifier == "example", f"{entry['text']!r} would join other articles' namesakes"


def _represented_side(entry: dict[str, Any]) -> None:
    """"... while B, ..., represented Y": B signed for Y."""
    facts = _facts("Delta Mining and the Lakeside Institute signed an MoU on Monday. " + entry["example"], headline=True)
    assert ("Li Ming", entry["side"]) in {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}


def _government_level(entry: dict[str, Any]) -> None:
    """"... with the Lindau Municipal People's government": a body, named with its head capitalised."""
    written = re.search(r"the (.+?) government\.", entry["example"]).group(1)  # type: ignore[union-attr]
    assert f"{written} Government" in {o.name for o in _facts(entry["example"]).organizations}


def _organ_word(entry: dict[str, Any]) -> None:
    """"the Provincial Party Committee" and "the Provincial Party Standing Committee": two bodies."""
    facts = _facts(entry["example"])
    held = {(p.person, p.organization) for p in facts.posts}
    assert ("Liu Ping", "Provincial Party Committee") in held, held
    assert ("Zhao Ming", "Provincial Party Standing Committee") in held, held


def _namesake(entry: dict[str, Any]) -> None:
    """"The King Harald University signed ...": a body named after a royal, not a person."""
    names = {o.name for o in _facts(entry["example"]).organizations}
    assert any(n.casefold().startswith(("prince", "princess", "king", "queen", "sultan", "sheikh", "shaikh", "emir"))
               and entry["text"].casefold() in n.casefold() for n in names), names


def _person_namesake(entry: dict[str, Any]) -> None:
    """"Dr Harald Berg University signed ...": a body named after a person, the style its name's first word."""
    facts = _facts(entry["example"])
    names = {o.name for o in facts.organizations}
    assert any(n.casefold().startswith(entry["text"] + " ") and n.endswith(("University", "College", "Institute",
                                                                              "Hospital"))
               for n in names), names
    assert not facts.people, [p.name for p in facts.people]


def _public_office(entry: dict[str, Any]) -> None:
    """"Finance Minister Anna Berg and Bank Director Li Ming signed ... between
    the Government of Norland and the Delta Bank": she signed for the state."""
    facts = _facts(entry["example"])
    sides = {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}
    assert any(person == "Anna Berg" and side and "Norland" in side for person, side in sides), sides
    assert any(person == "Li Ming" and side == "Delta Bank" for person, side in sides), sides


def _national_office(entry: dict[str, Any]) -> None:
    """"Deputy Prime Minister Anna Berg of Ghana": the office is Ghana's."""
    assert K.national_office_re.fullmatch(entry["title"]), f"{entry['title']!r} is not a national office"
    facts = _facts(entry["example"], headline=True)
    held = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Anna Berg", entry["title"], "Ghana") in held, held


def _regional_office(entry: dict[str, Any]) -> None:
    """"Governor Nasir El-Rufai" in a story naming Kaduna State: the head the
    regional list knows in that office heads the region the article names."""
    assert any(p.fullmatch(entry["title"]) and office == entry["office"] for p, office in K.regional_offices), entry
    facts = _facts(entry["example"])
    held = {(p.title, p.organization) for p in facts.posts}
    assert (entry["title"], entry["region"]) in held, held


def _state_office(entry: dict[str, Any]) -> None:
    """"The Government of Kerala ... Chief Minister Anna Berg": the office is Kerala's."""
    assert K.state_office_re.fullmatch(entry["title"]), f"{entry['title']!r} is not a state's office"
    facts = _facts(entry["example"], headline=True)
    held = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Anna Berg", entry["title"], "Kerala") in held, held


def _state_voice(entry: dict[str, Any]) -> None:
    """"Minister of Foreign Affairs Anna Berg of Ghana ... the Ministry of Foreign Affairs": Ghana's, not the ministry's."""
    assert K.state_voice_re.fullmatch(entry["title"]), f"{entry['title']!r} is not a foreign minister's title"
    facts = _facts(entry["example"], headline=True)
    held = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Anna Berg", entry["title"], "Ghana") in held, held


def _post_words(words: frozenset[str]) -> Callable[[dict[str, Any]], None]:
    """Words a post's title carries: in the set the passes read, and, where the
    entry names the post, the example gives Anna Berg that post."""
    def check(entry: dict[str, Any]) -> None:
        assert entry["text"] in words and entry["text"].casefold() in entry["example"].casefold()
        if "post" in entry:
            held = {(p.person, p.title, p.organization) for p in _facts(entry["example"]).posts}
            assert ("Anna Berg", entry["post"], entry["body"]) in held, held
    return check


def _side_led(entry: dict[str, Any]) -> None:
    """"The Ghanaian side was led by Anna Berg, Deputy Foreign Minister": her post is Ghana's."""
    facts = _facts(entry["example"], headline=True)
    held = {(p.person, p.title, p.organization) for p in facts.posts}
    assert ("Anna Berg", entry["post"], "Ghana") in held, held


def _short_form(entry: dict[str, Any]) -> None:
    """"Gov. Berger" in the headline, "Governor Anna Berger" in the story: one post, the full title."""
    facts = _facts(entry["example"])
    titles = [p.title for p in facts.posts if p.person == "Anna Berger"]
    assert titles == [entry["full"]], titles


def _state_word(entry: dict[str, Any]) -> None:
    from kg.extract.names import OrgEntry
    from kg.extract.sides import is_state

    name = re.sub(r"^the\s+", "", entry["example"])
    assert is_state(OrgEntry(name)), f"{name!r} is not read as a state's body"


def _area_cue(entry: dict[str, Any]) -> None:
    from kg.extract.areas import find_areas

    text = entry["example"]
    assert entry["item"] in [area for area, _ in find_areas(text, 0, len(text))]


def _not_a_field(entry: dict[str, Any]) -> None:
    from kg.extract.areas import find_areas

    text = entry["example"]
    areas = [area for area, _ in find_areas(text, 0, len(text))]
    assert entry["item"] in areas
    assert entry.get("not") not in areas


def _no_field(entry: dict[str, Any]) -> None:
    """"... and are to sign a deal in the near future": the fields of one not yet signed are read for none."""
    from kg.extract.areas import find_areas

    text = entry["example"]
    assert not find_areas(text, 0, len(text)), f"fields are read: {find_areas(text, 0, len(text))}"


def _hedge(entry: dict[str, Any]) -> None:
    """"could cooperate in A" where no agreement is named: a wish, no field; the same sentence without the
    hedge's words gives A (so the hedge is what keeps it out)."""
    from kg.extract.areas import find_areas

    before = entry.get("context", "") + " " if entry.get("context") else ""
    for sentence, read in ((entry["example"], False), (entry["plain"], True)):
        text = before + sentence
        assert (entry["item"] in [area for area, _ in find_areas(text, len(before), len(text))]) is read, sentence


def _speech(entry: dict[str, Any]) -> None:
    """"The mayor said the two ports will cooperate in A": a speaker's words, no field; the words after the
    speech, read alone, give A (so the speech is what keeps it out)."""
    import re

    from kg.extract.areas import find_areas

    text = entry["example"]
    assert entry["item"] not in [area for area, _ in find_areas(text, 0, len(text))], text
    said = re.search(r"(?i)\b(?:" + entry["pattern"] + r")\b", text)
    assert said is not None, f"the example does not use the pattern: {text}"
    rest = text[said.end():].lstrip(" ,")
    assert entry["item"] in [area for area, _ in find_areas(rest, 0, len(rest))], rest


def _area_named(entry: dict[str, Any]) -> None:
    """"The mayor said the MoU will see the two ports cooperate in A": the agreement named, its fields are
    read though the sentence reports speech."""
    from kg.extract.areas import find_areas

    text = entry["example"]
    assert entry["item"] in [area for area, _ in find_areas(text, 0, len(text))], text


def _not_committed_act(entry: dict[str, Any]) -> None:
    """"will sign further contracts": no field; an act that makes an agreement, told with "as soon as
    possible", tells of one still to be signed, whose fields are read for none."""
    _not_a_field(entry)
    if entry.get("signs"):
        _no_field({"example": entry["future_example"]})


def _commitment_auxiliary(entry: dict[str, Any]) -> None:
    """"will cooperate in A": a commitment, so A is a field; "are going to collaborate to build B" is not
    read as a purpose (``purpose: false``); "agreed to cooperate in A" ahead of the MoU is what talks
    agreed, no field of it (``talks``)."""
    from kg.extract.areas import find_areas

    _area_cue(entry)
    if entry.get("purpose", True) is False:
        text = entry["purpose_example"]
        assert not find_areas(text, 0, len(text)), "a purpose is read after the word"
    if entry.get("talks"):
        facts = _facts(entry["talks_example"], headline=True)
        assert not any(a.areas for a in facts.agreements), [a.areas for a in facts.agreements]


def _cooperation_phrase(entry: dict[str, Any]) -> None:
    """"Norland Port will cooperate with Lindau Port in fisheries. The two ports signed an MoU": the field
    is the MoU's; "have been cooperating in fisheries": what went before, no field."""
    facts = _facts(entry["example"], headline=True)
    assert "fisheries" in {area for a in facts.agreements for area in a.areas}, [a.areas for a in facts.agreements]
    if "past_example" in entry:
        _no_field({"example": entry["past_example"]})


def _visitor(entry: dict[str, Any]) -> None:
    """"Prime Minister Anna Berg's Ghana state visit", in an article of Ghana and Kenya: she is Kenya's."""
    held = {(p.person, p.title, p.organization) for p in _facts(entry["example"], headline=True).posts}
    assert ("Anna Berg", "Prime Minister", "Kenya") in held, held


def _person_read(entry: dict[str, Any]) -> None:
    """"..., and PK Rondal, Director of Delta Mining": the list's next person is read, initials and all."""
    names = {p.name for p in _facts(entry["example"], headline=True).people}
    assert entry["person"] in names, names


def _witness_act(entry: dict[str, Any]) -> None:
    """"..., and Governor C attended the ceremony": the act is in the list the passes read, and its example
    tells a witness's act after a list of signers, who stay the signers."""
    assert entry["text"] in K.witness_act_words
    assert re.search(rf"\b{entry['text']}\b", entry["example"]), "the example does not use the word"
    facts = _facts(entry["example"])
    assert {"Anna Berg", "Li Ming"} <= {s.person for a in facts.agreements for s in a.signatures}, facts.agreements


def _style_after_a_style(entry: dict[str, Any]) -> None:
    """"Datuk Amar A": a style after the one it follows; with that one taken away, a given name."""
    names = {p.name for p in _facts(entry["example"], headline=True).people}
    assert entry["person"] in names, names
    before = next(s for s in entry["after"] if re.search(rf"(?i)\b{re.escape(s)}\s", entry["example"]))
    alone = re.sub(rf"(?i)\b{re.escape(before)}\s+", "", entry["example"], count=1)
    names = {p.name for p in _facts(alone, headline=True).people}
    assert entry["alone"] in names, names


def _letters_after_name(entry: dict[str, Any]) -> None:
    """"Dr. Anna Berg MP, Director of Delta Mining": the letters are no surname in capitals and no post,
    so the name ends before them and the title after them is the name's; letters that are also a family
    name are one after a style and a single given name ("Prof. Dr. Tara KC (Rector)")."""
    facts = _facts(entry["example"], headline=True)
    held = {(p.person, p.title, p.organization) for p in facts.posts}
    assert (entry["person"], "Director", "Delta Mining") in held, held
    if entry.get("surname_too"):
        names = {p.name for p in _facts(entry["surname_example"], headline=True).people}
        assert entry["surname_person"] in names, names


def _place_office(entry: dict[str, Any]) -> None:
    """"Anna Berg, the Lower Lindau minister of economic affairs": her post is at the place; an office
    marked ``signer``: its holder, signing with no side written, signed for the place."""
    held = {(p.person, p.organization) for p in _facts(entry["example"], headline=True).posts}
    assert ("Anna Berg", "Lower Lindau") in held, held
    if entry.get("signer"):
        facts = _facts(entry["signer_example"], headline=True)
        sides = {(s.person, s.on_behalf_of) for a in facts.agreements for s in a.signatures}
        assert ("Anna Berg", "Lower Lindau") in sides, sides


def _agreement_class(entry: dict[str, Any]) -> None:
    from kg.classify import agreement_classes
    from kg.vocab import AGR

    assert AGR + entry["class"] in agreement_classes(entry["example"])


def _organization_class(entry: dict[str, Any]) -> None:
    from kg.classify import organization_class
    from kg.vocab import AGR

    assert organization_class(entry["example"]) == AGR + entry["class"]


def _place_cue(entry: dict[str, Any]) -> None:
    """The example, read as an article dated 2024-05-17, gives the entry's place
    (by default its text, for a city) and date (when the entry names one)."""
    import datetime

    facts = extract(Article(path=Path("example.txt"), text=entry["example"], title=None,
                            published=datetime.date(2024, 5, 17), source_department=None, sha256=""))
    assert facts.agreements, "no agreement is read from the example"
    assert facts.agreements[0].place == (entry["place"] if "place" in entry else entry["text"]), "the place is not read"
    if "date" in entry:
        assert facts.agreements[0].date == entry["date"], "the date is not read"


def _us_state_homonym(entry: dict[str, Any]) -> None:
    """Written as a county's state, the name's body stays local to its article."""
    facts = _facts(entry["example"], headline=True)
    bodies = [o for o in facts.organizations if o.name == entry["text"]]
    assert bodies and all(o.qualifier for o in bodies), [(o.name, o.qualifier) for o in facts.organizations]


def _story_link(entry: dict[str, Any]) -> None:
    """A page whose story is followed by the example line: the line links to another story, so the article
    read from the page leaves it out (and reads the one signing its story tells)."""
    import tempfile

    from kg.article import read_article

    story = "Lakeside University and the Kisumu Institute signed a memorandum of understanding in Nairobi on Monday."
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.txt"
        page.write_text(f"Lakeside University signs MoU\n\n{story}\n\n{entry['example']}\n", encoding="utf-8")
        article = read_article(page)
    assert story in article.text, article.text
    assert "Lusaka" not in article.text, article.text
    assert len(extract(article).agreements) == 1


def _currency_word(entry: dict[str, Any]) -> None:
    """Money named after a country names no country: the example's only country is the borrower."""
    from kg.extract.countries import country_counts

    assert set(country_counts(entry["example"])) == {"Fiji"}, country_counts(entry["example"])


def _region_word(entry: dict[str, Any]) -> None:
    """A region's adjective ("Latin American") names no country: the example's only country is the borrower."""
    from kg.extract.countries import country_counts

    assert set(country_counts(entry["example"])) == {"Fiji"}, country_counts(entry["example"])


def _weekday(entry: dict[str, Any]) -> None:
    """A day of the week in its place in the list: the example's signing, told "on <day>" in a page dated
    Friday 17 May 2024, was on that day of the week before (Monday 13 May for the first entry)."""
    from datetime import date, timedelta

    from kg.knowledge import entries

    order = [e["text"] for e in entries("en", "words")["weekdays"]]
    published = date(2024, 5, 17)
    want = published - timedelta(days=(published.weekday() - order.index(entry["text"])) % 7)
    facts = extract(Article(path=Path("example.txt"), text=entry["example"], title=None, published=published,
                            source_department=None, sha256=""))
    assert [a.date for a in facts.agreements] == [want]


def _party_named_whole(entry: dict[str, Any]) -> None:
    """A body "for the <act> of ..." (or "Committee on ...") keeps its whole name: the example's party is the entry's."""
    parties = [p for a in _facts(entry["example"]).agreements for p in a.parties]
    assert entry["party"] in parties, parties


def _no_body_named_by_it(entry: dict[str, Any]) -> None:
    """An event's or programme's name is no body's: the example's body is read, and nothing its word ends."""
    names = [n for o in _facts(entry["example"]).organizations for n in [o.name, *o.aliases]]
    assert "Lindau Port Authority" in names, names
    assert not any(n.casefold().endswith(" " + entry["text"]) for n in names), names


def _unit_signs_for_its_body(entry: dict[str, Any]) -> None:
    """The head of a body's local office signs for the body: the example's signer is on the entry's side."""
    sides = [s.on_behalf_of for a in _facts(entry["example"]).agreements for s in a.signatures]
    assert entry["side"] in sides, sides


CHECKS: dict[tuple[str, str], Callable[[dict[str, Any]], None]] = {
    ("signing", "verbs"): _signing_verb,
    ("signing", "not_done"): _not_done,
    ("signing", "told_in_general"): _told_in_general,
    ("signing", "back_references"): _place_cue,
    ("signing", "signer_lists"): _signer_list,
    ("signing", "signers_named_before"): _signer_list,
    ("signing", "signer_groups"): _signer_list,
    ("signing", "behalf"): _behalf,
    ("signing", "represented_by"): _behalf,
    ("signing", "represented_sides"): _represented_side,
    ("signing", "done_purposes"): _done_purpose,
    ("signing", "not_signer_words"): _not_signer_word,
    ("kinds", "heads"): _kind,
    ("kinds", "abbreviations"): _kind,
    ("kinds", "praise"): _praise,
    ("kinds", "collective_nouns"): _collective_noun,
    ("kinds", "listed_heads"): _listed_head,
    ("kinds", "topic_heads"): _topic_head,
    ("kinds", "money_phrases"): _money_phrase,
    ("witnesses", "before_names"): _cue(K.forward_witness_re),
    ("witnesses", "after_names"): _cue(K.backward_witness_re),
    ("witnesses", "objects"): _witnesses_read,
    ("witnesses", "acts"): _witness_act,
    ("witnesses", "other_events"): _witnesses_read,
    ("witnesses", "groups"): _witnesses_read,
    ("witnesses", "continuations"): _witnesses_read,
    ("titles", "cores"): _pattern(lexicon.TITLE_RE),
    ("titles", "modifiers"): _pattern(lexicon.TITLE_RE),
    ("titles", "lower_case"): _pattern(lexicon.LOWER_TITLE_RE),
    ("titles", "government"): _pattern(lexicon.GOVERNMENT_TITLES),
    ("titles", "minister_fields"): _pattern(lexicon.MINISTER_FIELD_RE),
    ("titles", "public_offices"): _public_office,
    ("titles", "national_offices"): _national_office,
    ("titles", "state_offices"): _state_office,
    ("titles", "regional_offices"): _regional_office,
    ("titles", "state_voices"): _state_voice,
    ("people", "honorifics"): _member(lexicon.HONORIFICS),
    ("people", "particles"): _member(lexicon.NAME_PARTICLES),
    ("people", "rank_heads"): _rank_head,
    ("people", "set_off_styles"): _set_off_style,
    ("people", "counterparts"): _counterpart,
    ("titles", "plural_titles"): _plural_title,
    ("titles", "field_modifiers"): _post_words(K.field_modifiers),
    ("titles", "lower_title_words"): _post_words(K.lower_title_words),
    ("titles", "unit_qualifiers"): _post_words(K.unit_qualifiers),
    ("titles", "lower_modifiers"): _post_words(frozenset(K.lower_modifiers)),
    ("people", "teams"): _team,
    ("people", "sides_led"): _side_led,
    ("people", "visit_kinds"): _visitor,
    ("people", "item_openers"): _person_read,
    ("people", "given_name_abbreviations"): _person_read,
    ("people", "styles_after_a_style"): _style_after_a_style,
    ("people", "family_name_styles"): _person_read,
    ("people", "retired_marks"): _person_read,
    ("people", "letters_after_names"): _letters_after_name,
    ("titles", "place_offices"): _place_office,
    ("titles", "place_office_modifiers"): _place_office,
    ("organizations", "heads"): _member(lexicon.ORG_HEADS),
    ("organizations", "of_heads"): _member(lexicon.OF_HEADS),
    ("organizations", "for_the_acts"): _party_named_whole,
    ("organizations", "on_heads"): _party_named_whole,
    ("organizations", "unit_heads"): _unit_signs_for_its_body,
    ("organizations", "in_heads"): _member(lexicon.IN_HEADS),
    ("organizations", "field_words"): _member(lexicon.FIELD_WORDS),
    ("organizations", "conjoined_words"): _member(lexicon.CONJOINED_WORDS),
    ("organizations", "field_heads"): _field_head,
    ("organizations", "generic_bodies"): _member(lexicon.GENERIC_BODIES),
    ("organizations", "descriptor_nouns"): _party_named_whole,
    ("organizations", "groups_of_bodies"): _party_named_whole,
    ("organizations", "owned_name_words"): _party_named_whole,
    ("organizations", "event_heads"): _no_body_named_by_it,
    ("organizations", "company_suffixes"): _member(lexicon.COMPANY_SUFFIXES),
    ("organizations", "company_form_words"): _member(set(K.company_form_words)),
    ("organizations", "generic_body_words"): _member(set(K.generic_body_words)),
    ("organizations", "one_per_place"): _one_per_place,
    ("organizations", "place_heads"): _member(lexicon.PLACE_HEADS),
    ("organizations", "generic_name_words"): _member(set(K.generic_name_words)),
    ("organizations", "state_words"): _state_word,
    ("organizations", "branch_families"): _stays_in_its_article,
    ("organizations", "ambiguous_names"): _stays_in_its_article,
    ("organizations", "government_levels"): _government_level,
    ("organizations", "name_opening_stops"): _member(set(K.name_opening_stops)),
    ("organizations", "organ_words"): _organ_word,
    ("organizations", "royal_styles"): _namesake,
    ("organizations", "person_namesake_styles"): _person_namesake,
    ("organizations", "namesake_heads"): _namesake,
    ("organizations", "name_abbreviations"): _one_name,
    ("organizations", "own_body_heads"): _own_body,
    ("organizations", "unit_nouns"): _unit_noun,
    ("organizations", "remit_words"): _remit_word,
    ("words", "stop_caps"): _member(lexicon.STOP_CAPS),
    ("words", "months_and_days"): _member(lexicon.MONTHS_AND_DAYS),
    ("words", "story_link_labels"): _story_link,
    ("words", "weekdays"): _weekday,
    ("words", "headline_verbs"): _name_ends_before,
    ("countries", "countries"): _country,
    ("countries", "official_names"): _official_name,
    ("countries", "formal_styles"): _formal_style,
    ("countries", "us_states"): _us_state,
    ("countries", "federal_states"): _federal_state,
    ("countries", "us_state_homonyms"): _us_state_homonym,
    ("countries", "currency_words"): _currency_word,
    ("countries", "region_words"): _region_word,
    ("titles", "short_forms"): _short_form,
    ("areas", "cues"): _area_cue,
    ("areas", "purpose_cues"): _area_cue,
    ("areas", "not_fields"): _not_a_field,
    ("areas", "item_tails"): _not_a_field,
    ("areas", "list_ends"): _not_a_field,
    ("areas", "spread_acts"): _not_a_field,
    ("areas", "field_acronyms"): _area_cue,
    ("areas", "commitment_subjects"): _area_cue,
    ("areas", "not_committed_acts"): _not_committed_act,
    ("areas", "commitment_auxiliaries"): _commitment_auxiliary,
    ("areas", "commitment_words"): _area_cue,
    ("areas", "cooperation_phrases"): _cooperation_phrase,
    ("areas", "later_times"): _no_field,
    ("areas", "hedges"): _hedge,
    ("areas", "expectations"): _hedge,
    ("areas", "speech"): _speech,
    ("areas", "agreement_words"): _area_named,
    ("areas", "carrier_objects"): _area_cue,
    ("areas", "undertaking_verbs"): _area_cue,
    ("areas", "cooperating_verbs"): _area_cue,
    ("classes", "agreement_classes"): _agreement_class,
    ("classes", "organization_classes"): _organization_class,
    ("places", "occasions"): _place_cue,
    ("places", "occasion_references"): _place_cue,
    ("places", "occasion_verbs"): _place_cue,
    ("places", "dateline_adverbs"): _place_cue,
    ("places", "city_states"): _place_cue,
    ("places", "name_abbreviations"): _place_cue,
    ("places", "name_particles"): _place_cue,
    ("places", "venue_nouns"): _place_cue,
    ("places", "visits"): _place_cue,
    ("places", "lead_visits"): _place_cue,
    ("places", "lead_events"): _place_cue,
    ("places", "event_heads"): _place_cue,
    ("places", "regions"): _place_cue,
    ("places", "venue_heads"): _place_cue,
    ("places", "meetings"): _place_cue,
    ("places", "rooms"): _place_cue,
    ("places", "town_words"): _place_cue,
    ("places", "announcing_verbs"): _place_cue,
    ("places", "works_nouns"): _place_cue,
}

def _case_id(name: str, key: str, number: int, entry: dict[str, Any]) -> str:
    label = entry.get("text") or entry.get("item") or entry.get("cue") or entry.get("name") or entry.get("class") \
        or (entry["forms"][0] if "forms" in entry else str(number))
    return f"{name}.{key}:{label}"


CASES = [
    pytest.param(name, key, entry, id=_case_id(name, key, number, entry))
    for name in FILES
    for key, items in entries("en", name).items()
    for number, entry in enumerate(items)
]


def test_every_list_has_a_check() -> None:
    lists = {(name, key) for name in FILES for key in entries("en", name)}
    assert lists == set(CHECKS), f"lists without a check: {lists - set(CHECKS)}; checks without a list: {set(CHECKS) - lists}"


@pytest.mark.parametrize("name,key,entry", CASES)
def test_example_is_read_as_the_entry_says(name: str, key: str, entry: dict[str, Any]) -> None:
    CHECKS[(name, key)](entry)
