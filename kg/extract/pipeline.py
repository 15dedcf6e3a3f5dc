"""The rule-based extractor, start to finish: names, people and posts,
agreements and their parties, signatories, witnesses, areas, date and
place, then the facts model with evidence for each.
"""
from __future__ import annotations

import re

from kg.article import Article
from kg.dates import find_dates
from kg.extract.agreements import (
    AgreementPhrase,
    SIGN_RE,
    dateline_date,
    Draft,
    find_agreement_phrases,
    is_future,
    party_chain_after,
    party_chain_before,
    same_kind,
    signing_date,
    signing_place,
)
from kg.extract.areas import find_areas
from kg.extract.document import Document
from kg.extract.entities import add_named_people, model_org_mentions, whole_names
from kg.extract.identity import settle_identities
from kg.extract.lexicon import GOVERNMENT_TITLES
from kg.extract.mentions import MentionIndex
from kg.extract.names import OrgEntry, OrgRegistry, find_org_mentions, name_key
from kg.extract.people import PersonMention, RawPost, find_people
from kg.extract.sides import parsed_sides
from kg.extract.roles import SideRef, resolve_side, signer_cues, witness_cues
from kg.facts import Agreement, ArticleFacts, Evidence, Organization, Person, PostHolding, Signature

__all__ = ["extract"]

_PLACE_WORDS = {"province", "city", "county", "prefecture", "autonomous", "municipal", "district", "region",
                "provincial", "municipality", "of", "the", "and", "people's", "peoples", "government"}


def extract(article: Article) -> ArticleFacts:
    """All facts of one article, each with the sentence it was read from."""
    doc = Document(article)
    orgs, org_mentions = _organizations(doc)
    found, people = find_people(doc, orgs, org_mentions)
    add_named_people(doc, people, orgs)
    _header_posts(doc, orgs, found)
    index = MentionIndex(doc, people, found, orgs, org_mentions)
    drafts = _read_agreements(doc, index)
    _academic_posts(index, found, drafts)
    _dateline_mayor(doc, index, found, drafts)
    posts_of = _posts_by_person(found)
    if drafts:
        _headline_parties(doc, index, drafts)
    for draft in drafts:
        _assign_sides(index, draft, found, posts_of)
        _fill_time_and_place(doc, index, draft)
    _same_occasion(doc, drafts)
    _collective_time_and_place(doc, index, drafts)
    _dateline_place(doc, drafts)
    facts = _assemble(doc, index, orgs, found, drafts)
    settle_identities(doc, facts)
    return facts


# ------------------------------------------------------------ organizations


def _organizations(doc: Document) -> tuple[OrgRegistry, list]:
    mentions = whole_names(doc, find_org_mentions(doc))
    mentions = sorted(mentions + model_org_mentions(doc, mentions), key=lambda m: m.start)
    orgs = OrgRegistry()
    for mention in sorted(mentions, key=lambda m: (-len(m.name), m.start)):
        entry = orgs.add(mention.name, doc.evidence(mention.start, mention.end))
        if mention.alias:
            orgs.add_alias(entry, mention.alias, doc.evidence(mention.alias_start, mention.alias_end))
    for mention in mentions:  # keep the entries of short forms found before full ones
        entry = orgs.resolve(mention.name)
        if entry is not None and mention.alias:
            orgs.add_alias(entry, mention.alias)
    return orgs, mentions


_NAME = r"(?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’-]+"
_ORG_RUN = r"[A-Z][\w&'’.-]*(?:,?\s(?:[A-Z][\w&'’.-]*|of|and|for|the|de|del))*"
_TITLE_RUN = r"[A-Z][\w-]*(?:\s(?:[A-Z][\w-]*|of|and))*"
_DISCLOSURE_RE = re.compile(r"Company\s+name:\s*(?P<org>" + _ORG_RUN + r")\s+Representative:\s*(?P<name>" + _NAME
                            + r"),\s*(?P<titles>" + _TITLE_RUN + r")"
                            r"(?:(?:(?!Company\s+name:).)*?\s(?:Inquiries|Contact(?:\s+person)?):\s*(?P<name2>" + _NAME + r"),\s*(?P<title2>"
                            + _TITLE_RUN + r")(?=,|$|\s\())?")
_CONTACT_RE = re.compile(r"(?:Media|Press)\s+(?:contacts?|enquiries|inquiries):\s*(?P<name>" + _NAME + r"),\s*(?P<titles>"
                         + _TITLE_RUN + r"),\s*(?P<org>" + _ORG_RUN + r")(?=\s|$)")


def _split_titles(titles: str) -> list[str]:
    return [t.strip() for t in re.split(r"\s+and\s+|,\s*", titles) if t.strip()]


def _header_posts(doc: Document, orgs: OrgRegistry, found: list[PersonMention]) -> None:
    """"Company name: X  Representative: Name, President and CEO" headers
    of disclosures, and "Media contact: Name, Communications Manager, ORG"
    footers of press releases: the posts they list."""
    text = doc.text
    readings: list[tuple[str, int, int, list[str], OrgEntry, int, int]] = []
    for match in _DISCLOSURE_RE.finditer(text):
        org = match.group("org").strip().rstrip(",")
        entry = orgs.resolve(org)
        if entry is None or entry.is_place:
            continue
        readings.append((match.group("name"), match.start("name"), match.end("name"),
                         _split_titles(match.group("titles")), entry, match.start(), match.end()))
        if match.group("name2"):
            readings.append((match.group("name2"), match.start("name2"), match.end("name2"),
                             _split_titles(match.group("title2")), entry, match.start(), match.end()))
    for match in _CONTACT_RE.finditer(text):
        entry = orgs.resolve(match.group("org").strip().rstrip(","))
        if entry is None or entry.is_place:
            continue
        readings.append((match.group("name"), match.start("name"), match.end("name"),
                         _split_titles(match.group("titles")), entry, match.start(), match.end()))
    readings = [r for r in readings if r[3] and orgs.resolve(r[0]) is None]
    for *_, a, b in readings:
        for mention in found:
            mention.posts = [p for p in mention.posts if not a <= p.start < b]
    for name, start, end, titles, entry, a, b in readings:
        posts = [RawPost(title, entry.name, False, start, end) for title in titles]
        found.append(PersonMention(name, start, end, a, b, posts))


_ACADEMIC_TITLE_RE = re.compile(r"(?i)^(?:(?:deputy|pro|vice|acting|assistant)[\s-]+)*(?:vice[\s-]+chancellor|provost|rector|"
                                r"registrar)(?:\s+\(.*\))?$")


def _academic_posts(index: MentionIndex, found: list[PersonMention], drafts: list[Draft]) -> None:
    """"Vice-Chancellor Professor Alison Hartley", "Provost Kwame Asante": a
    university post written without its university belongs to the one
    university of the article that has no other holder of that post."""
    for mention in found:
        for post in mention.posts:
            if post.org is not None or not _ACADEMIC_TITLE_RE.match(post.title):
                continue
            pool = [p for d in drafts for p in d.parties if p.kind == "university"]
            if not pool:
                pool = [e for e in index.orgs.entries if e.kind == "university"]
            held = [index.orgs.resolve(p.org) for m in found if m is not mention for p in m.posts
                    if p.org and name_key(p.title) == name_key(post.title)]
            candidates = []
            for entry in pool:
                if all(entry is not h for h in held) and entry not in candidates:
                    candidates.append(entry)
            if len(candidates) == 1:
                post.org = candidates[0].name


_DATELINE_CITY_RE = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}),\s")
_PLAIN_MAYOR_RE = re.compile(r"(?i)^mayor$")


def _dateline_mayor(doc: Document, index: MentionIndex, found: list[PersonMention], drafts: list[Draft]) -> None:
    """"BOISE, Idaho — ... Mayor Linda Marsh and Iwaki Mayor Kenji Hosoda":
    a plain "Mayor" that no written city claims is the mayor of the city of
    the dateline, when no one else is named its mayor."""
    text = doc.text
    body = index.doc.body_sentences()
    if not body:
        return
    match = _DATELINE_CITY_RE.match(text, body[0][0])
    if match is None:
        return
    city = " ".join(w.capitalize() for w in match.group(1).split())
    if not re.search(r"(?<![\w-])" + re.escape(city) + r"(?![\w-])", text[match.end():]):
        return
    plain = [(m, p) for m in found for p in m.posts if p.org is None and _PLAIN_MAYOR_RE.match(p.title)]
    if len({m.name for m, _ in plain}) != 1:
        return
    mayors = [p for m in found for p in m.posts if p.org and "mayor" in p.title.casefold()]
    if any(name_key(p.org) == name_key(city) for p in mayors):
        return
    explicit = {"mayor": [], "governor": [], "magistrate": []}
    if _implicit_org(index, "Mayor", drafts, explicit)[0] is not None:
        return
    if not any(p.is_place for p in mayors):
        return  # only beside another city's mayor: a sister-city pair
    for _, post in plain:
        post.org, post.is_place = city, True


def _posts_by_person(found: list[PersonMention]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for mention in found:
        for post in mention.posts:
            if post.org:
                out.setdefault(mention.name, []).append(post.org)
    return out


# --------------------------------------------------------------- agreements


def _read_agreements(doc: Document, index: MentionIndex) -> list[Draft]:
    text = doc.text
    drafts: list[Draft] = []
    current: Draft | None = None
    early_witnesses: list[tuple[str, tuple[int, int]]] = []
    twins: list[tuple[Draft, AgreementPhrase]] = []
    # an agreement described before its signing: its phrase, sentence, sentence number and sides
    told: tuple[AgreementPhrase, tuple[int, int], int, list[tuple[OrgEntry, tuple[int, int]]]] | None = None
    by_ordinal: dict[str, Draft] = {}
    # "signed five grant agreements": the phrase, how many, its sentence, sides and signers
    counted: list[tuple[AgreementPhrase, int, tuple[int, int], list, list]] = []
    plural_refs: list[tuple[tuple[int, int], list]] = []  # "the agreements were signed by ..."
    uncounted: tuple[AgreementPhrase, tuple[int, int], list, list] | None = None  # "signed loan agreements"
    ceremony: list[tuple[OrgEntry, tuple[int, int]]] | None = None  # "the signing ceremony ... between A and B"
    published = doc.article.published or dateline_date(doc)
    year = published.year if published else None
    for number, sent in enumerate(doc.body_sentences()):
        start, end = sent
        phrases = find_agreement_phrases(text, start, end)
        verbs = [v for v in SIGN_RE.finditer(text, start, end) if not is_future(text, v.start(), end)]
        singular = [p for p in phrases if not p.plural and not p.kind.startswith("draft ")]  # a draft is not signed
        described = [p for p in singular if not p.definite]
        if not verbs and described:
            # "The largest deal is an agreement on X between A and B."
            told = (described[0], sent, number, _described_parties(index, sent, described[0]))
        elif verbs and told is not None and number - told[2] <= 3 and (not phrases or phrases[0].definite) \
                and len(told[3]) >= 2 and (current is None or {e.name for e, _ in told[3]} - {p.name for p in current.parties}):
            # "... The agreement was signed by ...", "It was inked by ...": the one just described
            phrase, told_sent, _, parties = told
            current = Draft(kind=phrase.kind, title=phrase.title, first=phrase.start)
            drafts.append(current)
            for entry, span in parties:
                current.add_party(entry, span)
            current.mentions.append((phrase.start, phrase.end))
            current.sentences.append(told_sent)
            if sent not in current.sentences:
                current.sentences.append(sent)
            told = None
        if verbs and not singular and any(p.plural for p in phrases):
            # "X signed the agreements with Y at a meeting in Cairo": all the agreements told so far
            signers = [(span.name, side, (span.name_start, span.name_end))
                       for span, side, _ in signer_cues(index, sent, witness_cues(index, sent)[1])]
            plural_refs.append((sent, signers))
        if verbs and not phrases and ceremony is None:
            # "The signing ceremony for the strategic cooperation between A and B was held on June 18."
            between = re.search(r"(?i)\bbetween\s+", text[start:end])
            sides = party_chain_after(index, start + between.end(), end) if between else []
            if len(sides) >= 2:
                ceremony = sides
        counted_here = _counted_phrase(text, phrases, start) if verbs and not singular else None
        if verbs and not singular and counted_here is None and uncounted is None and not _earlier_year(text, start, end, year) \
                and not _TALLY_RE.search(text, start, end):
            plural = next(p for p in phrases if p.plural) if any(p.plural for p in phrases) else None
            if plural is not None:
                verb = min(verbs, key=lambda v: abs(v.start() - plural.start))
                uncounted = (plural, sent, _sentence_parties(index, sent, verb.start(), plural),
                             [(span.name, side, (span.name_start, span.name_end))
                              for span, side, _ in signer_cues(index, sent, witness_cues(index, sent)[1])])
        if counted_here is not None and not _earlier_year(text, start, end, year):
            phrase, how_many = counted_here
            verb = min(verbs, key=lambda v: abs(v.start() - phrase.start))
            signers = [(span.name, side, (span.name_start, span.name_end))
                       for span, side, _ in signer_cues(index, sent, witness_cues(index, sent)[1])]
            counted.append((phrase, how_many, sent, _sentence_parties(index, sent, verb.start(), phrase), signers))
        if verbs and singular and not singular[0].definite and _earlier_year(text, start, end, year):
            continue  # "The university signed an exchange agreement with a Thai institution in 2019."
        if verbs and singular:
            phrase = singular[0]
            verb = min(verbs, key=lambda v: abs(v.start() - phrase.start))
            parties = _sentence_parties(index, sent, verb.start(), phrase)
            current = _choose_draft(drafts, current, phrase, parties)
            if _SEPARATE_RE.search(text, max(start, phrase.start - 40), phrase.start):
                current = None  # "In a separate MoU signed at the same event, ...": a new agreement
            ordinal = _ORDINAL_RE.search(text, max(start, phrase.start - 20), phrase.start)
            if ordinal:
                # "Two MoUs were signed ... The first MoU, between A and B, ... The second MoU ...": one each
                current = by_ordinal.get(ordinal.group(1).casefold())
            if current is None:
                current = Draft(kind=phrase.kind, title=phrase.title, first=phrase.start)
                drafts.append(current)
                if ordinal:
                    by_ordinal[ordinal.group(1).casefold()] = current
            elif phrase.title and not current.title:
                current.title = phrase.title
            if name_key(current.kind) in ("agreement", "deal") and name_key(phrase.kind) not in ("agreement", "deal"):
                current.kind = phrase.kind
            for entry, span in parties:
                current.add_party(entry, span)
            current.mentions.append((phrase.start, phrase.end))
            if sent not in current.sentences:
                current.sentences.append(sent)
            twins.extend((current, other) for other in _twin_phrases(text, phrase, singular[1:]))
        elif verbs and current is not None and phrases and phrases[0].definite and not phrases[0].plural:
            if sent not in current.sentences:
                current.sentences.append(sent)
        witnesses, covered = witness_cues(index, sent)
        if current is not None and verbs:
            for span, side, side_pos in signer_cues(index, sent, covered):
                known = [i for i, s in enumerate(current.signatures) if s[0] == span.name]
                if known:
                    if side and not current.signatures[known[0]][1]:
                        current.signatures[known[0]] = (span.name, side, current.signatures[known[0]][2])
                    continue
                current.signatures.append((span.name, side, (span.name_start, span.name_end)))  # type: ignore[arg-type]
                if sent not in current.sentences and not phrases:
                    current.sentences.append(sent)
        for span in witnesses:
            item = (span.name, (span.name_start, span.name_end))
            if current is None:
                early_witnesses.append(item)
            elif any(p.plural for p in phrases):
                for draft in drafts:
                    _add_witness(draft, item)
            else:
                _add_witness(current, item)
        if current is not None or phrases:
            target = current
            if target is not None:
                for area, span in find_areas(text, start, end):
                    if all(name_key(a) != name_key(area) for a, _ in target.areas):
                        target.areas.append((area, span))
    for main, phrase in twins:
        drafts.insert(drafts.index(main) + 1, _twin(main, phrase))
    for phrase, how_many, sent, parties, signers in counted:
        _add_counted(drafts, phrase, how_many, sent, parties, signers)
    if not drafts and uncounted is not None:
        # "JICA signed loan agreements with the Philippines": one entry for what the text does not count
        phrase, sent, parties, signers = uncounted
        _add_counted(drafts, phrase, 1, sent, parties, signers)
    for draft in drafts:
        if not draft.parties and ceremony:
            for entry, span in ceremony:
                draft.add_party(entry, span)
    for sent, signers in plural_refs:
        for draft in drafts:
            if draft.sentences and min(draft.sentences)[0] <= sent[0]:
                # "X signed the agreements with Y at a meeting in Cairo": all the agreements told so far
                if sent not in draft.sentences:
                    draft.sentences.append(sent)
                if not draft.signatures:
                    draft.signatures = list(signers)
            elif draft.sentences and sent not in draft.sentences:
                # "A series of agreements were signed today by Chile and Spain", then each told: its day
                draft.sentences.append(sent)
    for draft in drafts:
        for item in early_witnesses:
            _add_witness(draft, item)
        signer_names = {s[0] for s in draft.signatures}
        draft.witnesses = [w for w in draft.witnesses if w[0] not in signer_names]
    return drafts


# "signed a grant agreement worth US$18.5 million and a loan agreement of ...":
# a second agreement of another kind, signed in the same act
_TWIN_GAP_RE = re.compile(r"(?:[^.;:]|\.(?=\d)){0,60}?(?:,\s*|\s+)(?:and|as\s+well\s+as)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,5}", re.I)


def _twin_phrases(text: str, first: AgreementPhrase, others: list[AgreementPhrase]) -> list[AgreementPhrase]:
    """Agreements of other kinds listed with ``first`` after the same verb."""
    twins, previous = [], first
    for other in others:
        if other.definite or same_kind(first.kind, other.kind) or not _TWIN_GAP_RE.fullmatch(text, previous.end, other.start):
            break
        twins.append(other)
        previous = other
    return twins


def _twin(main: Draft, phrase: AgreementPhrase) -> Draft:
    """A draft for the second agreement of one signing: same sides, signers,
    witnesses, sentences (so the same date and place); its own kind."""
    twin = Draft(kind=phrase.kind, title=phrase.title, first=phrase.start)
    twin.sentences = list(main.sentences)
    twin.mentions = [(phrase.start, phrase.end)]
    twin.parties = list(main.parties)
    twin.party_spans = {name: list(spans) for name, spans in main.party_spans.items()}
    twin.signatures = list(main.signatures)
    twin.witnesses = list(main.witnesses)
    return twin


def _earlier_year(text: str, start: int, end: int, year: int | None) -> bool:
    """A sentence about a signing in an earlier year than the article's."""
    if year is None:
        return False
    return any(int(m.group(1)) < year for m in re.finditer(r"\b(?:in|since|back\s+in)\s+((?:19|20)\d\d)\b", text[start:end]))


_ORDINAL_RE = re.compile(r"(?i)\bthe\s+(first|second|third|fourth|fifth|last)\s+(?:[\w-]+\s+){0,2}$")
_SEPARATE_RE = re.compile(r"(?i)\b(?:a\s+separate|another|a\s+second|a\s+further|an\s+additional)\s+(?:[\w-]+\s+){0,3}$")


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "both": 2, "a pair of": 2}
_COUNT_RE = re.compile(r"(?i)(?<![\w-])(\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
                       + r")\s+(?:(?:new|more|separate|different|key|major|important|bilateral)\s+)?((?:[\w'’-]+\s+){0,5})$")


def _counted_phrase(text: str, phrases: list[AgreementPhrase], start: int) -> tuple[AgreementPhrase, int] | None:
    """"signed five grant agreements", "inked 4 MoUs": a plural phrase and the number it gives."""
    for phrase in phrases:
        if not phrase.plural:
            continue
        count = _COUNT_RE.search(text, max(start, phrase.start - 80), phrase.start)
        if count is None or " ".join(count.group(2).split()).casefold() not in phrase.kind.casefold():
            continue
        word = count.group(1).casefold()
        how_many = int(word) if word.isdigit() else _COUNT_WORDS[word]
        if 2 <= how_many <= 10:  # "11 memorandums were signed at the forum": a tally, not a list
            return phrase, how_many
    return None


# "has signed cooperation agreements with more than 20 chambers", "she noted that ...": a tally or
# what someone said, not a signing the article reports
_TALLY_RE = re.compile(r"(?i)\b(?:more\s+than|over|at\s+least|about|nearly|some|dozens\s+of|hundreds\s+of)\s+\d"
                       r"|\b(?:noted|said|says|added|stated|told|recalled|mentioned)\b")
_ANY_KIND_HEADS = {"agreement", "deal", "document", "documents", "instrument", "accord", "pact"}


def _add_counted(drafts: list[Draft], phrase: AgreementPhrase, how_many: int, sent: tuple[int, int],
                 parties: list, signers: list) -> None:
    """As many agreements as the text counts: those it tells one by one, then
    one for each it only counts, with the sides, signers, date and place of
    the sentence that counts them."""
    head = phrase.kind.split()[-1]
    if head in _ANY_KIND_HEADS:
        # "five cooperation agreements", then "an MoU ... Another MoU ...": any kind told after counts
        told = [d for d in drafts if min((a for a, _ in d.sentences), default=-1) >= sent[0]]
    else:
        told = [d for d in drafts if d.kind.split()[-1] == head]
    for _ in range(how_many - len(told)):
        draft = Draft(kind=phrase.kind, title=None, first=phrase.start)
        for entry, span in parties:
            draft.add_party(entry, span)
        draft.signatures = list(signers)
        draft.mentions.append((phrase.start, phrase.end))
        draft.sentences.append(sent)
        drafts.append(draft)


def _add_witness(draft: Draft, item: tuple[str, tuple[int, int]]) -> None:
    if all(w[0] != item[0] for w in draft.witnesses):
        draft.witnesses.append(item)


def _sentence_parties(index: MentionIndex, sent: tuple[int, int], verb: int, phrase) -> list[tuple[OrgEntry, tuple[int, int]]]:
    text = index.doc.text
    start, end = sent
    held = re.search(r"(?i)\b(?:held|hold|holds|holding)\s+(?:a|the|an)\s+(?:\w+\s+)?$", text[start:verb])
    anchor = start + held.start() if held else verb
    parties = party_chain_before(index, start, anchor)
    if not parties:
        first = min((m for m in index.org_mentions if start <= m.start < anchor), key=lambda m: m.start, default=None)
        # "SINGAPORE, 14 May 2024 /PRNewswire/ -- Meridian Tidal ... announced that it has entered into"
        opens_sentence = first is not None and (
            text[start : first.start].strip(" ,").casefold() in ("", "the")
            or re.search(r"(?:--|—|–)\s*(?:the\s+)?$", text[start : first.start])
            and re.search(r"\bthat\s+it\s+(?:has\s+|had\s+)?(?:\w+\s+)?$", text[start:anchor]))
        if opens_sentence and not index.in_person_phrase(first.start, first.end):
            entry = index.orgs.resolve(first.name)
            if entry is not None:
                parties = [(entry, (first.start, first.end))]
    after = re.compile(r"(?i)\b(?:with|between)\s+").search(text, min(verb, phrase.end), end)
    if after and after.start() - phrase.end < 40:
        parties += party_chain_after(index, after.end(), end)
    known = {entry.name for entry, _ in parties}
    parties += [(e, s) for e, s in parsed_sides(index, sent, verb) if e.name not in known]
    # "Japan-based SoftBank Corp", "Nigeria's Bells University": where a body is, or whose, is no side
    starts = {s[0] for _, s in parties}
    parties = [(e, s) for e, s in parties if not re.match(r"-based\b", text[s[1] : s[1] + 6])
               and not (re.match(r"['’]s\s", text[s[1] : s[1] + 3]) and s[1] + 3 in starts)]
    seen: list[OrgEntry] = []
    unique = []
    for entry, span in parties:
        if entry not in seen:
            seen.append(entry)
            unique.append((entry, span))
    return unique


_LINKS_RE = re.compile(r"(?i)\b(?:links|connects|joins|brings\s+together)\s+")


def _described_parties(index: MentionIndex, sent: tuple[int, int],
                       phrase: AgreementPhrase) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The sides of an agreement a sentence describes without a signing:
    "between A and B", "links A with B"."""
    parties = _sentence_parties(index, sent, phrase.start, phrase)
    between = re.compile(r"(?i)\bbetween\s+").search(index.doc.text, phrase.end, min(sent[1], phrase.end + 90))
    if len(parties) < 2 and between:
        # "an agreement on the implementation of an investment project between A and B"
        named = {e.name for e, _ in parties}
        parties += [(e, span) for e, span in party_chain_after(index, between.end(), sent[1]) if e.name not in named]
    links = _LINKS_RE.search(index.doc.text, phrase.end, sent[1])
    if links and links.start() - phrase.end < 10:
        named = {e.name for e, _ in parties}
        parties = [(e, span) for e, span in party_chain_after(index, links.end(), sent[1]) if e.name not in named] + parties
    return parties


def _choose_draft(drafts: list[Draft], current: Draft | None, phrase, parties) -> Draft | None:
    """The agreement a phrase refers to, or None for a new one."""
    if not drafts:
        return None
    entries = {e.name for e, _ in parties}
    if phrase.definite and current is not None and (not entries or not current.parties
                                                     or entries <= {p.name for p in current.parties}):
        return current
    for draft in reversed(drafts):
        known = {p.name for p in draft.parties}
        if not phrase.definite and draft.signatures and name_key(draft.kind) != name_key(phrase.kind):
            continue  # "a shareholders' agreement" after an agreement already signed by people: another one
        if same_kind(draft.kind, phrase.kind) and (not entries or not known or entries == known or entries <= known):
            return draft
    return None


# --------------------------------------------------------------- sides


def _initials_of(name: str) -> str:
    """"All Pakistan Business Forum" -> "APBF" (small words skipped)."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name)
                   if w.casefold() not in ("of", "and", "the", "for", "&")).upper()


def _matches(index: MentionIndex, org_name: str, party: OrgEntry) -> bool:
    """Whether a post's body is (or governs) a party: "Mayor of Yueyang"
    signs for the Yueyang Municipal People's Government."""
    entry = index.orgs.resolve(org_name)
    if entry is party:
        return True
    if _initials_of(party.name) == re.sub(r"[^A-Za-z]", "", org_name).upper() and len(org_name) >= 3:
        return True  # "President of APBF" signs for the All Pakistan Business Forum
    words = set(name_key(org_name).split())
    party_words = set(name_key(party.name).split())
    if entry is not None and not entry.is_place and not party.is_place:
        return False
    proper = words - _PLACE_WORDS
    if not proper:
        return False
    if party.is_place:
        return proper == party_words - _PLACE_WORDS
    return proper <= party_words and bool(re.search(r"(?i)government|municipality|city of|committee|council", party.name))


def _parties_from_signers(index: MentionIndex, draft: Draft, posts_of: dict[str, list[str]],
                          found: list[PersonMention]) -> None:
    """"The MoU was signed by A, President of X, and B, Rector of Y": when
    the text names no parties, the bodies the signers head are the parties."""
    if draft.parties or len(draft.signatures) < 2 or any(side for _, side, _ in draft.signatures):
        return
    picked: list[tuple[OrgEntry, tuple[int, int]]] = []
    for name, _, span in draft.signatures:  # type: ignore[misc]
        # the bodies of the signer's posts, named as the posts name them ("CEO of Nordhavn Wind")
        entries = [index.orgs.resolve(p.org) or index.orgs.add(p.org) for m in found if m.name == name
                   for p in m.posts if p.org and not p.is_place]
        entries = [e for e in entries if not e.is_place]
        if not entries:  # "Mayor A and Iwaki Mayor B signed": the cities they govern
            entries = [index.orgs.exact(p.org) or index.orgs.add(p.org, place=True) for m in found if m.name == name
                       for p in m.posts if p.org and p.is_place and GOVERNMENT_TITLES.search(p.title)][:1]
        if entries and all(entries[0] is not e for e, _ in picked):
            picked.append((entries[0], span))
    if len(picked) >= 2:
        for entry, span in picked:
            draft.add_party(entry, span)


def _first_span(draft: Draft, party: OrgEntry) -> int:
    spans = [a for a, b in draft.party_spans.get(party.name, []) if b > a]
    return min(spans) if spans else 1 << 30


def _assign_sides(index: MentionIndex, draft: Draft, found: list[PersonMention], posts_of: dict[str, list[str]]) -> None:
    _parties_from_signers(index, draft, posts_of, found)
    resolved: list[tuple[str, OrgEntry | None, tuple[int, int], str | None]] = []
    listed_sides: list[OrgEntry] = []
    sharing: dict[str, list[str]] = {}
    for name, side, _ in draft.signatures:  # type: ignore[misc]
        if side:
            sharing.setdefault(side, []).append(name)
    for name, side, span in draft.signatures:  # type: ignore[misc]
        sides = resolve_side(index, side, name, draft.parties, posts_of)
        names = sharing.get(side or "", [])
        if len(names) >= 2 and len(sides) == len(names):
            # "A and B signed on behalf of X and Y (respectively)": one each, in order
            resolved.append((name, sides[names.index(name)], span, side))
        elif len(sides) == 1:
            resolved.append((name, sides[0], span, side))
        else:
            listed_sides += [s for s in sides if s not in listed_sides]
            resolved.append((name, None, span, side))
    for entry in listed_sides:
        if entry not in draft.parties:
            draft.add_party(entry, (0, 0))
    for i, (name, side, span, phrase) in enumerate(resolved):
        if side is not None:
            continue
        hits = [p for p in draft.parties if any(_matches(index, o, p) for o in posts_of.get(name, []))]
        if len(hits) == 1:
            resolved[i] = (name, hits[0], span, phrase)
    linked = any(p and (SideRef.COLLECTIVE_RE.match(p) or " and " in p) for *_, p in resolved) or listed_sides
    open_signers = [i for i, r in enumerate(resolved) if r[1] is None]
    taken = {r[1].name for r in resolved if r[1] is not None}
    open_parties = [p for p in draft.parties if p.name not in taken]
    # one signer per side: when all other signers are placed, the last one
    # signed for the one party left ("Executive Mayor Mokoena and Lisbon's
    # Deputy Mayor Vasconcelos signed the agreement")
    one_each = len(resolved) == len(draft.parties) >= 2 and len(taken) == len(resolved) - 1
    if (linked or one_each) and len(open_signers) == 1 and len(open_parties) == 1:
        name, _, span, phrase = resolved[open_signers[0]]
        resolved[open_signers[0]] = (name, open_parties[0], span, phrase)
    elif linked and len(open_signers) == len(open_parties) >= 2 and len(open_signers) == len(resolved):
        # "A and B signed on behalf of their respective parties": in the order the parties were named
        for i, party in zip(open_signers, sorted(open_parties, key=lambda p: _first_span(draft, p))):
            name, _, span, phrase = resolved[i]
            resolved[i] = (name, party, span, phrase)
    for name, side, span, phrase in resolved:
        if side is not None and side not in draft.parties:
            draft.add_party(side, span)
    draft.signatures = [(name, side, span) for name, side, span, _ in resolved]  # type: ignore[misc]


# ------------------------------------------------------------ date, place

_SIGNING_HELD_RE = re.compile(r"(?i)\b(?:signing|ceremony)\b[^.;]{0,40}?\b(?:took\s+place|was\s+held)\s+(?:at|in)\b")
_EVENT_RE = re.compile(r"(?i)\b(?:was|were)\s+held\s+in\b|\btook\s+place\s+in\b|\bwas\s+convened\s+in\b")


def _date_and_place_from(doc: Document, index: MentionIndex, draft: Draft, sentences: list) -> None:
    """Take the first date and the first place these sentences give, for
    whichever of the two the draft still lacks."""
    for sent in sentences:
        if draft.date_span is None:
            value, span, _ = signing_date(doc, *sent)
            if value is not None:
                draft.date, draft.date_span = value, span
        if draft.place is None:
            place, span = signing_place(index, *sent)
            if place:
                draft.place, draft.place_span = place, span


def _fill_time_and_place(doc: Document, index: MentionIndex, draft: Draft) -> None:
    sentences = sorted(draft.sentences)
    if not sentences:
        return
    _date_and_place_from(doc, index, draft, sentences)
    first = sentences[0]
    para = doc.paragraph_of(first[0])
    earlier = [s for s in doc.body_sentences() if para[0] <= s[0] < first[0]]
    fallbacks = list(reversed(earlier[-1:])) + [
        s for s in doc.body_sentences() if s[0] < first[0] and _EVENT_RE.search(doc.text[s[0] : s[1]])
    ]
    _date_and_place_from(doc, index, draft, fallbacks)
    if draft.place is None:
        # "The signing ceremony took place at Capital Hill in Lilongwe": a
        # sentence soon after that tells where the signing was
        later = [s for s in doc.body_sentences() if s[0] > sentences[-1][0]][:3]
        _date_and_place_from(doc, index, draft, [s for s in later if _SIGNING_HELD_RE.search(doc.text, *s)])


# "KATHMANDU, Jan. 23 --", "SINGAPORE, 14 May 2024 /PRNewswire/ --", "VLADIVOSTOK —", "ISLAMABAD, Mar 14:"
_DATELINE_CITY_RE = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})((?:,\s+[^\n]{0,40}?)?)\s*(?:--|—|–|\(|/[A-Z]|:\s)")
# a body's seat, not a place a reader can find ("Ministry of Finance", "Krishi Bhawan")
_VENUE_WORDS_RE = re.compile(r"(?i)\b(?:bhawan|bhavan|ministry|secretariat|office|headquarters)\b")


def _signed_here(doc: Document, draft: Draft) -> bool:
    """"... were signed at the Prime Minister's Office here on Wednesday, paving the way
    for an investment in Pakistan": "here" is the dateline's city; the place read later is not."""
    if draft.place_span is None:
        return False
    sentence = doc.sentence_at(draft.place_span[0])
    return bool(re.search(r"\b(?:signed|inked|concluded)\b[^.;]*\bhere\b", doc.text[sentence[0] : draft.place_span[0]]))


def _dateline_place(doc: Document, drafts: list[Draft]) -> None:
    """Where the story was filed, for agreements whose text names no city
    (only a venue, or nothing): a signing reported from Kathmandu with no
    other city named took place there."""
    head = doc.text[doc.body_start : doc.body_start + 600]
    for para in re.finditer(r"(?:^|\n\n)([^\n]+)", head):
        match = _DATELINE_CITY_RE.match(para.group(1))
        if match is None:
            continue
        city, rest = match.group(1), match.group(2)
        if not (city.isupper() or find_dates(rest)):
            continue  # "The Government of Nepal (GoN) ...": not a dateline
        city = city.title() if city.isupper() else city
        start = doc.body_start + para.start(1)
        for draft in drafts:
            if draft.place is None or _VENUE_WORDS_RE.search(draft.place) or _signed_here(doc, draft):
                draft.place, draft.place_span = city, (start, start + len(match.group(1)))
        return


def _collective_time_and_place(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """Agreements told one by one after a sentence about them all ("All four
    agreements were concluded at the forum venue in Vladivostok") were
    signed when and where that sentence, or the one before it, says."""
    if len(drafts) < 2:
        return
    collective = []
    for sent in doc.body_sentences():
        phrases = find_agreement_phrases(doc.text, *sent)
        if phrases and all(p.plural for p in phrases) and any(
                not is_future(doc.text, v.start(), sent[1]) for v in SIGN_RE.finditer(doc.text, *sent)):
            para = doc.paragraph_of(sent[0])
            before = [s for s in doc.body_sentences() if para[0] <= s[0] < sent[0]][-1:]
            collective += [sent] + before
    if not collective:
        return
    for draft in drafts:
        if draft.date is None or draft.place is None:
            _date_and_place_from(doc, index, draft, collective)


_OTHER_TIME_RE = re.compile(r"(?i)\b(?:19|20)\d\d\b|\bearlier\b|\bprevious(?:ly)?\b|\blast\s+(?:year|month)\b|\bago\b|"
                            r"\bin\s+the\s+past\b|\bhad\s+signed\b")


_SAME_EVENT_RE = re.compile(r"(?i)\b(?:at|during|on)\s+the\s+same\s+(?:event|ceremony|occasion|signing|function|meeting)\b")


def _same_occasion(doc: Document, drafts: list[Draft]) -> None:
    """A second agreement told without its own date or place ("At the same
    ceremony, X entered into a joint venture agreement with Y") was signed
    when and where the one before it was."""
    for before, draft in zip(drafts, drafts[1:]):
        if draft.sentences and any(_SAME_EVENT_RE.search(doc.text, a, b) for a, b in draft.sentences):
            # "In a separate MoU signed at the same event, ...": that event's date and place
            if before.date is not None:
                draft.date, draft.date_span = before.date, before.date_span
            if before.place is not None:
                draft.place, draft.place_span = before.place, before.place_span
            continue
        if not draft.sentences or (draft.date is not None and draft.place is not None):
            continue
        if any(_OTHER_TIME_RE.search(doc.text, a, b) for a, b in draft.sentences):
            continue
        if draft.date is None and before.date is not None:
            draft.date, draft.date_span = before.date, before.date_span
        if draft.place is None and before.place is not None:
            draft.place, draft.place_span = before.place, before.place_span


def _headline_parties(doc: Document, index: MentionIndex, drafts: list[Draft]) -> None:
    """A body the headline names as signing, when the text says only "the
    provincial government" and "the group"."""
    if doc.body_start == 0:
        return
    title = (0, doc.body_start - 2)
    verb = SIGN_RE.search(doc.text, 0, title[1])
    if verb is None:
        return
    if len(drafts) != 1 or drafts[0].parties:
        return
    # only names written in full (or introduced short names) count here:
    # a headline's bare words ("German auto parts maker") are not parties
    for mention in index.org_mentions:
        if mention.end <= title[1]:
            entry = index.orgs.resolve(mention.name)
            if entry is not None and not entry.is_place:
                drafts[0].add_party(entry, (mention.start, mention.end))


# ---------------------------------------------------------------- facts


def _implicit_org(index: MentionIndex, title: str, drafts: list[Draft], explicit: dict[str, list[str]],
                  side: OrgEntry | None = None) -> tuple[str | None, bool]:
    """The body of a post written without one ("Vice Mayor Deng Yu"): the
    city, province or county the article is about, or the one of the side
    the person signed for ("Mayor Ana Costa" signing for the Municipality
    of Viseu)."""
    text = index.doc.text
    low = title.casefold()
    if "mayor" in low:
        level, pattern = "mayor", (r"(?:\b([A-Z][\w'’-]+) Municipal\b|\bCity of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)|"
                                   r"\b([A-Z][\w'’-]+) City\b|\bMunicipality of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))")
    elif "governor" in low:
        level, pattern = "governor", r"(?:\b([A-Z][\w'’-]+) Province\b|\b([A-Z][\w'’-]+) Provincial\b)"
    elif "magistrate" in low:
        level, pattern = "magistrate", r"\b([A-Z][\w'’-]+ County)\b"
    else:
        return None, False
    if side is not None:
        own = [next(g for g in m.groups() if g) for m in re.finditer(pattern, side.name)]
        if len(set(own)) == 1:
            return (f"{own[0]} Province" if level == "governor" else own[0]), True
    if explicit.get(level):
        return explicit[level][0], True
    candidates: list[str] = []
    for draft in drafts:
        for party in draft.parties:
            for match in re.finditer(pattern, party.name):
                name = next(g for g in match.groups() if g)
                if name not in candidates:
                    candidates.append(name)
    if not candidates:
        for match in re.finditer(pattern, text):
            name = next(g for g in match.groups() if g)
            if name not in candidates:
                candidates.append(name)
    if level == "governor":
        candidates = [f"{c} Province" for c in candidates]
    if len(candidates) > 1:
        places = {name_key(d.place or "") for d in drafts}
        narrowed = [c for c in candidates if name_key(c.replace(" Province", "")) in places]
        candidates = narrowed or candidates
    if len(candidates) == 1:
        return candidates[0], True
    return None, False


_CABINET_TITLE_RE = re.compile(r"(?i)\b(?:minister|secretary|governor|premier)\b")
_NOT_CABINET_RE = re.compile(r"(?i)secretary[\s-]+general|general\s+secretary|company\s+secretary|party|board|"
                             r"foreign|prime|ambassador|consul|envoy")
_GOVERNMENT_NAME_RE = re.compile(r"(?i)^(?:the\s+)?government\s+of\b|\bstate\s+government$")


def _sole_government(drafts: list[Draft]) -> str | None:
    """"Chief Minister Naveen X" in an article where the Government of
    Odisha signs: the one government among the parties, when there is
    only one."""
    governments = {p.name for d in drafts for p in d.parties if _GOVERNMENT_NAME_RE.search(p.name)}
    return governments.pop() if len(governments) == 1 else None


def _assemble(doc: Document, index: MentionIndex, orgs: OrgRegistry, found: list[PersonMention], drafts: list[Draft]) -> ArticleFacts:
    text = doc.text
    facts = ArticleFacts()
    used: list[OrgEntry] = []

    def use(entry: OrgEntry) -> OrgEntry:
        if entry not in used:
            used.append(entry)
        return entry

    def org_entry(name: str, place: bool) -> OrgEntry:
        entry = orgs.resolve(name) if not place else (orgs.exact(name) or orgs.resolve(name, allow_subset=False))
        if entry is None:
            entry = orgs.add(name, place=place)
        return use(entry)

    signer_side: dict[str, OrgEntry] = {}
    for draft in drafts:
        for name, side, _ in draft.signatures:  # type: ignore[misc]
            if side is not None:
                signer_side.setdefault(name, side)

    # posts, with the implied body filled in
    explicit: dict[str, list[str]] = {"mayor": [], "governor": [], "magistrate": []}
    for mention in found:
        for post in mention.posts:
            low = post.title.casefold()
            level = "mayor" if "mayor" in low else "governor" if "governor" in low else "magistrate" if "magistrate" in low else None
            if level and post.org and post.is_place and post.org not in explicit[level]:
                explicit[level].append(post.org)
    seen_posts: set[tuple[str, str, str]] = set()
    titled: set[tuple[str, str]] = set()
    holdings: list[tuple[str, str, OrgEntry, Evidence]] = []
    for mention in found:
        for post in mention.posts:
            if post.org:
                titled.add((mention.name, name_key(post.title)))
    for mention in found:
        evidence = doc.evidence(mention.phrase_start, mention.phrase_end)
        for post in mention.posts:
            org_name, is_place = post.org, post.is_place
            if org_name is None:
                if (mention.name, name_key(post.title)) in titled:
                    continue
                if GOVERNMENT_TITLES.search(post.title) and mention.name in signer_side and signer_side[mention.name].is_place:
                    org_name, is_place = signer_side[mention.name].name, True
                elif mention.name in signer_side and not GOVERNMENT_TITLES.search(post.title):
                    org_name, is_place = signer_side[mention.name].name, False
                else:
                    # a place whose "Mayor" is someone else is not this plain "Mayor"'s place
                    taken = {p.org for m in found if m.name != mention.name for p in m.posts
                             if p.org and p.is_place and name_key(p.title) == name_key(post.title)}
                    free = {k: [x for x in v if x not in taken] for k, v in explicit.items()}
                    org_name, is_place = _implicit_org(index, post.title, drafts, free, signer_side.get(mention.name))
                if org_name is None and mention.name in signer_side:
                    org_name, is_place = signer_side[mention.name].name, signer_side[mention.name].is_place
                if org_name is None and _CABINET_TITLE_RE.search(post.title) and not _NOT_CABINET_RE.search(post.title):
                    org_name, is_place = _sole_government(drafts), False
                if org_name is None:
                    continue
            entry = org_entry(org_name, is_place)
            key = (mention.name, name_key(post.title), entry.name)
            if key in seen_posts:
                continue
            seen_posts.add(key)
            titled.add((mention.name, name_key(post.title)))
            holdings.append((mention.name, post.title, entry, evidence))

    # people
    for entry in index.people.entries.values():
        spans = [s for s in index.person_spans if s.name == entry.name]
        facts.people.append(Person(name=entry.name, evidence=[doc.evidence(s.name_start, s.name_end) for s in spans]))

    # agreements
    for draft in drafts:
        agreement = Agreement(kind=draft.kind, title=draft.title, date=draft.date, place=draft.place)
        agreement.evidence = [doc.evidence(a, b) for a, b in draft.mentions]
        for party in draft.parties:
            use(party)
            agreement.parties.append(party)  # type: ignore[arg-type]
            agreement.party_evidence[party.name] = [doc.evidence(a, b) for a, b in draft.party_spans.get(party.name, []) if b > a]
        for name, side, span in draft.signatures:  # type: ignore[misc]
            agreement.signatures.append(Signature(name, side, [doc.evidence(*span)]))  # type: ignore[arg-type]
        for name, span in draft.witnesses:
            agreement.witnesses.append(name)
            agreement.witness_evidence.setdefault(name, []).append(doc.evidence(*span))
        for area, span in draft.areas:
            agreement.areas.append(area)
            agreement.area_evidence.setdefault(area, []).append(doc.evidence(*span))
        if draft.date_span:
            agreement.date_evidence.append(doc.evidence(*draft.date_span))
        if draft.place_span:
            agreement.place_evidence.append(doc.evidence(*draft.place_span))
        facts.agreements.append(agreement)

    # organizations: every body named, by its final preferred name
    for entry in orgs.entries:
        if not entry.is_place:
            use(entry)
    for entry in used:
        evidence = list(entry.evidence)
        for alias in entry.aliases:
            for match in re.finditer(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", text):
                ev = doc.evidence(match.start(), match.end())
                if ev not in evidence:
                    evidence.append(ev)
        if not evidence:
            for match in re.finditer(r"(?<![\w-])" + re.escape(entry.name) + r"(?![\w-])", text):
                evidence.append(doc.evidence(match.start(), match.end()))
        facts.organizations.append(Organization(name=entry.name, aliases=list(entry.aliases), kind=entry.kind,
                                                evidence=evidence))
    # entries may have been renamed after they were referenced: use names now
    for agreement in facts.agreements:
        agreement.parties = [p.name if isinstance(p, OrgEntry) else p for p in agreement.parties]  # type: ignore[misc]
        for signature in agreement.signatures:
            if isinstance(signature.on_behalf_of, OrgEntry):
                use(signature.on_behalf_of)
                signature.on_behalf_of = signature.on_behalf_of.name
    for person, title, entry, evidence in holdings:
        facts.posts.append(PostHolding(person, title, entry.name, [evidence]))
    known = {o.name for o in facts.organizations}
    for entry in used:
        if entry.name not in known:
            facts.organizations.append(Organization(name=entry.name, aliases=list(entry.aliases), kind=entry.kind,
                                                    evidence=list(entry.evidence)))
            known.add(entry.name)
    names = {p.name for p in facts.people}
    for holding in facts.posts:
        if holding.person not in names:
            facts.people.append(Person(name=holding.person, evidence=list(holding.evidence)))
            names.add(holding.person)
    for agreement in facts.agreements:
        for signature in agreement.signatures:
            if signature.person not in names:
                facts.people.append(Person(name=signature.person))
                names.add(signature.person)
        for witness in agreement.witnesses:
            if witness not in names:
                facts.people.append(Person(name=witness))
                names.add(witness)
    return facts
