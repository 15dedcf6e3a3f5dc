"""Agreements, sentence by sentence: which sentences report a signing, of
what kind, between which sides, signed and witnessed by whom; agreements
told one by one, counted ("five grant agreements"), described before
their signing, or signed together in one act.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kg.dates import find_dates
from kg.extract.agreements import (
    SIGN_RE,
    AgreementPhrase,
    Draft,
    find_agreement_phrases,
    is_future,
    kind_key,
    party_chain_after,
    party_chain_before,
    same_kind,
)
from kg.extract.areas import find_areas
from kg.extract.document import Document
from kg.extract.countries import two_countries
from kg.extract.mentions import MentionIndex
from kg.extract.lexicon import GENERIC_BODY_WORDS
from kg.extract.names import OrgEntry, name_key
from kg.extract.roles import represented_respectively, signer_cues, witness_cues
from kg.knowledge import alternation, entry_texts, entries, knowledge
from kg.extract.sides import parsed_sides

_K = knowledge("en")

__all__ = ["read_agreements"]


# how far (in characters) "the agreements" reach back or ahead to the agreements they name
_BACK_REFERENCE_REACH = 6000


# how many sentences before the first agreement is named a commitment to cooperate may be told and still
# be that agreement's fields
_EARLY_FIELDS_REACH = 3
# what makes such a sentence a commitment to cooperate, not a report of what was done or agreed at talks:
# "A will collaborate with B in C", "A and B are going to collaborate on C" (areas.yaml: the
# ``commitment_auxiliaries`` but those of ``talks``, then one of the ``cooperation_phrases``)
_AREAS = entries("en", "areas")
_WILL_COOPERATE_RE = re.compile(r"(?i)\b(?:" + alternation([e["text"] for e in _AREAS["commitment_auxiliaries"] if not e.get("talks")])
                                + r")\s+(?:(?:also|jointly|further|now|closely)\s+)*"
                                r"(?:" + alternation(entry_texts(_AREAS["cooperation_phrases"])) + r")\b")


def read_agreements(doc: Document, index: MentionIndex) -> list[Draft]:
    text = doc.text
    drafts: list[Draft] = []
    current: Draft | None = None
    early_witnesses: list[tuple[str, tuple[int, int]]] = []
    # those in whose presence a set of agreements of its own was signed ("Twenty documents were also
    # signed in the presence of A and B", after A and B signed a joint statement): its witnesses still
    set_witnesses: set[str] = set()
    # signers of a sentence that names no document, read while no agreement is current: (how many
    # agreements were made before, signers)
    early_signers: list[tuple[int, list[tuple[str, str | None, tuple[int, int]]]]] = []
    twins: list[tuple[Draft, AgreementPhrase]] = []
    # an agreement described before its signing: its phrase, sentence, sentence number and sides
    told: tuple[AgreementPhrase, tuple[int, int], int, list[tuple[OrgEntry, tuple[int, int]]]] | None = None
    by_ordinal: dict[str, Draft] = {}
    # "signed five grant agreements": the phrase, how many, its sentence, sides and signers
    counted: list[tuple[AgreementPhrase, int, tuple[int, int], list, list]] = []
    plural_refs: list[tuple[tuple[int, int], list]] = []  # "the agreements were signed by ..."
    uncounted: tuple[AgreementPhrase, tuple[int, int], list, list] | None = None  # "signed loan agreements"
    ceremony: list[tuple[OrgEntry, tuple[int, int]]] | None = None  # "the signing ceremony ... between A and B"
    meeting: tuple[tuple[int, int], list[tuple[OrgEntry, tuple[int, int]]]] | None = None  # "talks between A and B"
    heading_sides: list[tuple[OrgEntry, tuple[int, int]]] = []  # "Fiji and Vanuatu Sign MOU", a heading
    published = doc.article.published or doc.dateline or _opening_date(doc)
    year = published.year if published else None
    listed_from = -10  # the sentence that last told of documents signed, or the list's last item
    list_intro: tuple[int, int] = (0, 0)
    bare_mark = -10  # the line that held only a list item's mark ("1.")
    last_numeral: tuple[int, int] | None = None  # the number of the list's last numbered item, and its sentence
    marked_list = False  # whether the list's items so far were written with marks ("1.", "-")
    list_sides: list[tuple[OrgEntry, tuple[int, int]]] = []
    unplaced_areas: list[tuple[str, tuple[int, int]]] = []  # fields told with agreements in the plural
    # fields told before the story names any agreement ("A will collaborate with B in C. An MoU towards this
    # collaboration was signed ..."): the sentence number of each, and the number that first names one
    early_areas: list[tuple[int, str, tuple[int, int]]] = []
    first_named: int | None = None
    clauses = _signing_clauses(text, doc.body_sentences())
    for number, sent in enumerate(clauses):
        previous = clauses[number - 1] if number else None  # the clause read before this one
        start, end = sent
        cues = _SentenceCues(index, sent)  # (read at most once, when a step below asks)
        phrases = find_agreement_phrases(text, start, end)
        if not phrases:
            # "McConalogue signed a statement on joint cooperation in agriculture": a document's head as
            # what is signed
            phrases = _signed_document(text, start, end)
        alone = _ORDINAL_ALONE_RE.match(text, start, end) if not phrases and counted and counted[-1][1] >= 2 else None
        if alone is not None:
            # "HH attended the signing of two agreements. The first was signed by A and B": one of those
            # counted, named by its place in the count alone
            phrases = [AgreementPhrase(kind=counted[-1][0].kind, start=alone.start(1), end=alone.end(1),
                                       definite=True, plural=False)]
        if not drafts and phrases and _caption(text, start, end) and _told_next(doc, number, phrases[0]):
            # "Signing of Japanese ODA Loan with Mongolia", then the story tells that signing; "Fiji and
            # Vanuatu Sign MOU on Development Cooperation": the sides, should the story not name them
            heading_verb = SIGN_RE.search(text, start, end)
            if heading_verb is not None and not heading_sides:
                heading_sides = _sentence_parties(index, sent, heading_verb.start(), phrases[0])
            continue
        if drafts and _caption(text, start, end):
            # "Agreement Signing Ceremony", "After the signing of the agreement with Heidelberg University":
            # a photo's caption tells of the story's agreement, not of another one
            phrases = [replace(p, definite=True) for p in phrases]
        verbs = [v for v in SIGN_RE.finditer(text, start, end) if not is_future(text, v.start(), end)]
        if verbs and (any(p.plural for p in phrases) or _SIGNED_SET_RE.search(text, start, end)):
            listed_from, list_intro, marked_list = number, sent, False
            between = re.search(r"(?i)\b(?:between|with)\s+", text[start:end])
            list_sides = party_chain_after(index, start + between.end(), end) if between else []
        elif 0 < number - listed_from <= 2 and _LIST_INTRO_RE.fullmatch(text, start, end):
            # "signed eight MoUs ... These are:", "They include the following:", "According to the spokesman,
            # the agreements include:": the list follows this line
            listed_from = number
        numeral = _ITEM_NUMBER_RE.match(text, start, end)
        if numeral and last_numeral is not None and int(numeral.group(1)) == last_numeral[0] + 1 \
                and number - last_numeral[1] <= _NUMBERED_ITEM_REACH:
            # "3. MoU on health", two lines on what it does, then "4. MoU on education": the list goes on
            listed_from = number - 1
        if numeral and number - listed_from <= 2:
            last_numeral = (int(numeral.group(1)), number)
        if number - listed_from <= 2 and _LIST_ITEM_RE.fullmatch(text, start, end):
            # "1." split from its item by the sentence splitter: the next line is the item
            listed_from, bare_mark, marked_list = number, number, True
            continue
        bullet = _LIST_ITEM_RE.match(text, start, end)
        if bullet is not None and number - listed_from <= 2:
            marked_list = True
        elif not marked_list:
            # (a line of its own after an item of a list written with marks tells of that item: "This MoU will
            # regulate ...", not one more agreement)
            bullet = _unmarked_item(text, sent, list_intro, number - listed_from)
        if bullet is None and bare_mark == number - 1:
            bullet = _ITEM_OPENING_RE.match(text, start, end)
        mark_end = bullet.end() if bullet and number - listed_from <= 2 else None
        item_phrases = _item_phrases(text, mark_end, end) if mark_end is not None else []
        if mark_end is not None and item_phrases and _ITEM_ARTICLE_RE.fullmatch(text, mark_end, item_phrases[0].start) \
                and not any(v.start() < item_phrases[0].start for v in verbs):
            # (a verb after the item's agreement tells what it is on: "MoU on renewing the programme")
            phrases = item_phrases
            # "The documents signed are listed below: - Protocol on ...; - Memorandum of Understanding on ...":
            # each item of the list is one agreement
            phrase = phrases[0]
            current = Draft(kind=phrase.kind, title=phrase.title or _item_title(text, phrase.start, end),
                            first=phrase.start)
            drafts.append(current)
            for entry, span in _item_parties(index, sent, phrase) or (list_sides if len(list_sides) >= 2 else []):
                current.add_party(entry, span)
            current.mentions.append((phrase.start, phrase.end))
            current.sentences.append(sent)
            current.sentences.append(list_intro)  # when and where the list's documents were signed
            listed_from = number  # (what the item's title is on is no field of cooperation)
            continue
        singular = [p for p in phrases if not p.plural and not p.kind.startswith("draft ")]  # a draft is not signed
        if not verbs and (counted or uncounted is not None):
            described_items = _ordinal_items(index, sent, singular, by_ordinal)
            if described_items:
                # "signed three deals ... The first MoU was a cooperation framework agreement between A
                # and B, while the second MoU was a cooperation agreement between C and D": one each
                # ("signed three development aid agreements ... signed the three agreements": the kind named)
                named_kinds = [c[0].kind for c in counted if name_key(c[0].kind) not in ("agreement", "deal", "document")]
                count_kind = named_kinds[-1] if named_kinds else counted[-1][0].kind if counted \
                    else uncounted[0].kind if uncounted else phrase.kind
                for which, phrase, segment, parties in described_items:
                    # "signed two financing agreements ... The first agreement consists of": of the kind counted
                    kind = count_kind if name_key(phrase.kind) in ("agreement", "deal", "document") else phrase.kind
                    current = Draft(kind=kind, title=phrase.title, first=phrase.start)
                    drafts.append(current)
                    by_ordinal[which] = current
                    for entry, span in parties:
                        current.add_party(entry, span)
                    current.mentions.append((phrase.start, phrase.end))
                    current.sentences.append(sent)
                    current.areas.extend(find_areas(text, *segment))
                continue
        included = _INCLUDED_RE.search(text, start, end)
        topics = _topics_listed(text, included, end, phrases) if included is not None and not singular else None
        if topics is not None:
            # "The MoUs signed include Political Consultations; Diplomatic Training; and Cooperation in the
            # Field of Culture": one of the plural's kind on each topic, between the sides told before
            kind, spans = topics
            sides = [(p, current.party_spans[p.name][0]) for p in current.parties] if current is not None else []
            for a, b in spans:
                on_topic = Draft(kind=kind, title=None, first=a)
                drafts.append(on_topic)
                on_topic.mentions.append((a, b))
                on_topic.sentences.append(sent)
                between = _BETWEEN_WORD_RE.search(text, a, b)
                for entry, span in party_chain_after(index, between.end(), b) if between else sides:
                    on_topic.add_party(entry, span)
                on_topic.areas.extend(find_areas(text, a, b) or [(_listed_topic(text[a:b]), (a, b))])
            current = drafts[-1]
            continue
        listed_before = _listed_before_the_verb(text, singular, verbs)
        if included and len([p for p in singular if p.start > included.end()]) >= 2 or listed_before:
            # "The signed agreements included a memorandum of understanding on A; a memorandum of
            # understanding on B; ... and an exchange and cooperation agreement on C": one each (so for
            # "Joint Statement on A; Memorandum of Understanding on B; ... were also inked")
            items = listed_before or [p for p in singular if included and p.start > included.end()]
            for phrase, following in zip(items, [*items[1:], None]):
                current = Draft(kind=phrase.kind, title=phrase.title, first=phrase.start)
                drafts.append(current)
                current.mentions.append((phrase.start, phrase.end))
                current.sentences.append(sent)
                # what each item is on or for is that agreement's field, up to the next item
                item_end = following.start if following else end
                joint = re.search(r"[,;]?\s*(?:and\s+|as\s+well\s+as\s+)?(?:an?|the)?\s*$", text[phrase.start : item_end])
                current.areas.extend(find_areas(text, phrase.start, phrase.start + joint.start() if joint else item_end))
                # "MoU for cooperation between BIISS and ECSSR, ...": the item's own sides
                between = _BETWEEN_WORD_RE.search(text, phrase.end, item_end)
                for entry, span in party_chain_after(index, between.end(), item_end) if between else []:
                    current.add_party(entry, span)
            continue
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
        plural = next((p for p in phrases if p.plural), None) if verbs and not singular else None
        # the signers of a sentence about agreements in the plural, read once for the three uses below
        signers = cues.named() if plural is not None else []
        if plural is not None:
            # "X signed the agreements with Y at a meeting in Cairo": all the agreements told so far
            plural_refs.append((sent, signers))
        elif not phrases and previous is not None and (verbs and _THEY_SIGNED_RE.match(text, start, end)
                                                       or _THE_SIGNING_WAS_RE.match(text, start, end)) and (
                counted and counted[-1][2] == previous or uncounted is not None and uncounted[1] == previous):
            # "signed five agreements and five MoUs ... They were signed in the presence of A in Dhaka on
            # Tuesday": the ones just counted, their day, place and witnesses
            plural_refs.append((sent, cues.named()))
        if not verbs and not phrases and meeting is None:
            # "A cooperation symposium between CCNU and the Maojian District government was held on June 27",
            # then "At the symposium, an agreement was signed": the meeting's two sides sign
            held = _MEETING_BETWEEN_RE.search(text, start, end)
            sides = party_chain_after(index, held.end(), end) if held else []
            if len(sides) >= 2:
                meeting = (sent, sides)
        if verbs and not phrases and ceremony is None:
            # "The signing ceremony for the strategic cooperation between A and B was held on June 18."
            between = re.search(r"(?i)\b(?:between|among)\s+", text[start:end])
            sides = party_chain_after(index, start + between.end(), end) if between else []
            if len(sides) >= 2:
                ceremony = sides
        counted_all = _counted_phrases(text, phrases, start) if verbs else []
        counted_here = counted_all[0] if counted_all else None
        if counted_here is not None and singular and not (
                counted_here[0].start < singular[0].start
                and any(0 <= counted_here[0].start - v.end() <= 40 for v in verbs)) \
                and not _LISTED_AFTER_ONE_RE.search(text, max(start, singular[0].start - 12), counted_here[0].start):
            # "signed an MoU, one of five agreements signed at the forum": the count is no list of this
            # signing's own; "signed five MoUs, and the meeting minutes" is (the count comes first), and so is
            # "signed one agreement and four MoUs" (a list that counts the singular too)
            counted_here = None
        if counted_here is None and plural is not None and not _TALLY_RE.search(text, start, end) \
                and len(_one_with_each(index, sent, plural)) < 2:
            # "signed memorandums with four corporations, including A and B", "Four universities have signed
            # separate MoUs with X": one agreement with each body counted
            how_many = _bodies_counted(text, sent, plural) or _topics_counted(text, sent, plural)
            counted_here = (plural, how_many) if how_many else None
        named_plural = None
        if verbs and not singular and counted_here is None and counted and plural is not None and not plural.definite \
                and name_key(plural.kind) not in ("agreement", "deal", "document") \
                and all(kind_key(c[0].kind) != kind_key(plural.kind) for c in counted) \
                and not _earlier_year(text, start, end, year):
            # "Ten agreements were signed at the forum. Action plans were signed between A and B": one of
            # those counted, of its own kind and sides (the count's other ones stay unnamed; "Three MoUs
            # were signed ... The signing of MoUs between A and B, C and D": the same ones told again)
            verb = min(verbs, key=lambda v: abs(v.start() - plural.start))
            sides = _sentence_parties(index, sent, verb.start(), plural)
            if len(sides) >= 2:
                named_plural = Draft(kind=plural.kind, title=plural.title, first=plural.start)
                for entry, span in sides:
                    named_plural.add_party(entry, span)
                named_plural.mentions.append((plural.start, plural.end))
                named_plural.sentences.append(sent)
                drafts.append(named_plural)
                current = named_plural
        if verbs and not singular and counted_here is None and uncounted is None and named_plural is None \
                and not _earlier_year(text, start, end, year) and not _TALLY_RE.search(text, start, end):
            if plural is not None and not (plural.definite and name_key(plural.kind) in ("deal", "document")):
                # ("Those deals, signed in Haikou": the deals the story told of, not an uncounted set of its own)
                verb = min(verbs, key=lambda v: abs(v.start() - plural.start))
                uncounted = (plural, sent, _sentence_parties(index, sent, verb.start(), plural), signers)
        if counted_here is not None and not _earlier_year(text, start, end, year) \
                and not _SPOKEN_TALLY_RE.search(text, start, end):
            phrase, how_many = counted_here
            if uncounted is not None and name_key(phrase.kind) in ("agreement", "deal", "document") \
                    and name_key(uncounted[0].kind) not in ("agreement", "deal", "document") \
                    and _DEFINITE_COUNT_RE.search(text, max(start, phrase.start - 40), phrase.start):
                # "signed Letters of Intent ... S.M. Tanvir signed the two agreements": the letters told before
                phrase = replace(phrase, kind=uncounted[0].kind)
            counted_kinds = [c[0].kind for c in counted if c[1] == how_many
                             and name_key(c[0].kind) not in ("agreement", "deal", "document")]
            if counted_kinds and name_key(phrase.kind) in ("agreement", "deal", "document") \
                    and _DEFINITE_COUNT_RE.search(text, max(start, phrase.start - 40), phrase.start):
                # "signed three development aid agreements ... A and B signed the three agreements": those told
                phrase = replace(phrase, kind=counted_kinds[-1])
            told_fully = [c[0].kind for c in counted if c[1] == how_many and name_key(c[0].kind) != name_key(phrase.kind)
                          and name_key(c[0].kind).startswith(name_key(phrase.kind) + " ")]
            if told_fully and _DEFINITE_COUNT_RE.search(text, max(start, phrase.start - 40), phrase.start):
                # "signed three memoranda of understanding ... The three memoranda, signed by ministers": those told
                phrase = replace(phrase, kind=told_fully[-1])
            verb = min(verbs, key=lambda v: abs(v.start() - phrase.start))
            counted.append((phrase, how_many, sent, _sentence_parties(index, sent, verb.start(), phrase), signers))
            for also, also_many in counted_all[1:]:
                # "signed five agreements and five MoUs": each kind counted, between the same sides
                counted.append((also, also_many, sent, counted[-1][3], signers))
        if verbs and singular and (not singular[0].definite or current is None or (
                # "the agreement" refers back; "the Free Trade Agreement in 2008" is another, older one
                name_key(singular[0].kind) not in ("agreement", "deal", "document")
                and kind_key(current.kind) != kind_key(singular[0].kind))) and (
                _earlier_year(text, start, end, year) or _recalled(text, start, end) or _told_in_general(text, start, verbs)):
            # "The university signed an exchange agreement with a Thai institution in 2019.",
            # "He highlighted that Fiji and Samoa signed a MOU in February this year."
            continue
        if verbs and singular:
            phrase = singular[0]
            verb = min(verbs, key=lambda v: abs(v.start() - phrase.start))
            parties = _sentence_parties(index, sent, verb.start(), phrase)
            if _ONE_OF_MANY_RE.match(text, phrase.end, end):
                parties = []  # "The agreement was one of many signed between A and B": the many's sides
            if not parties and told is not None and number - told[2] <= 3 and len(told[3]) >= 2 \
                    and _BOTH_SIDES_RE.search(text, start, end):
                # "... a significant agreement between A and B. A Memorandum of Understanding was
                # signed between the two parties in Dunedin": the two just described
                parties = told[3]
            own_signers = {name for name, _, _ in cues.named()} if not phrase.definite else set()
            current = _choose_draft(drafts, current, phrase, parties, text, own_signers)
            countries_draft = _draft_of_the_countries(text, drafts, phrase, parties) if current is None else None
            if countries_draft is not None:
                # "Pakistan signed a financial cooperation agreement with Germany", then "... the signing of
                # financial cooperation agreement between the Ministry of Economic Affairs, Pakistan, and the
                # Federal Ministry ..., Germany": the same agreement, and the bodies are its sides
                current = countries_draft
                current.parties = [p for p in current.parties if p.name not in _K.countries]
            separate = _SEPARATE_RE.search(text, max(start, phrase.start - 40), phrase.start) is not None
            if separate:
                current = None  # "In a separate MoU signed at the same event, ...": a new agreement
            ordinal = _ORDINAL_RE.search(text, max(start, phrase.start - 20), phrase.start) \
                or _ORDINAL_WORD_RE.fullmatch(text, phrase.start, phrase.end)
            if ordinal:
                # "Two MoUs were signed ... The first MoU, between A and B, ... The second MoU ...": one each
                current = by_ordinal.get(ordinal.group(1).casefold())
            if current is None:
                current = Draft(kind=phrase.kind, title=phrase.title, first=phrase.start, separate=separate)
                drafts.append(current)
                if ordinal:
                    by_ordinal[ordinal.group(1).casefold()] = current
            elif phrase.title and not current.title:
                current.title = phrase.title
            if name_key(current.kind) in ("agreement", "deal") and name_key(phrase.kind) not in ("agreement", "deal") \
                    or _more_specific(phrase.kind, current.kind):
                current.kind = phrase.kind
            sides_known = {p.name for p in current.parties}
            for entry, span in parties:
                if entry.name not in sides_known and _parent_named_after(text, span, sides_known):
                    continue  # "Dept. of Science & Technology, Govt. of Arunachal Pradesh": a part of a side
                current.add_party(entry, span)
            current.mentions.append((phrase.start, phrase.end))
            if sent not in current.sentences:
                current.sentences.append(sent)
            # (and one of each kind listed in the plural with them, as a plural alone is one: "an agreement on A,
            # MoUs on B and a declaration on C")
            listed = [p for p in phrases if p.start > phrase.start and not p.kind.startswith("draft ")
                      and (not p.plural or not p.definite)]
            twins.extend((current, other) for other in _twin_phrases(text, phrase, listed))
        elif verbs and current is not None and phrases and phrases[0].definite and not phrases[0].plural:
            if sent not in current.sentences:
                current.sentences.append(sent)
        elif verbs and current is not None and not phrases and current.sentences \
                and _K.back_reference_re.match(text, start, verbs[0].start()) and current.sentences[-1] == previous:
            # "... signed a memorandum. / It was signed at the Hilton in Nairobi on 5 May": the agreement just
            # told, and when and where it was signed
            current.sentences.append(sent)
        witnesses, _covered = cues.witnesses()
        # "A and B signed an MoU. / A was represented by its Rector, C, while B was represented by D": the
        # sides of the agreement just told, each represented at its signing
        represented = current is not None and not verbs and not phrases and current.sentences[-1:] == [previous] \
            and _represents_its_sides(index, sent, current, previous)
        if current is not None and (verbs or represented or _K.signer_list_re.search(text, start, end)
                                    or _K.signers_before_re.search(text, start, end)):
            for signer, side, _side_pos in cues.signers(signing_told=represented):
                known = [i for i, s in enumerate(current.signers) if s[0] == signer.name]
                if known:
                    if side and not current.signers[known[0]][1]:
                        current.signers[known[0]] = (signer.name, side, current.signers[known[0]][2])
                    continue
                current.signers.append((signer.name, side, (signer.name_start, signer.name_end)))
                if sent not in current.sentences and not phrases:
                    current.sentences.append(sent)
        elif current is None and verbs and not phrases and not _recalled(text, start, end):
            # "The three-year programme was signed by A on behalf of Kenya, and B on behalf of the bank",
            # before the text names the loan agreement: the signers of the agreement told next
            # (only where it says whom they signed for: "A and B signed a total of eight documents", "the
            # documents were concluded after talks with the delegation led by A" may tell of other papers)
            early = cues.named()
            if early and all(side for _, side, _ in early):
                early_signers.append((len(drafts), early))
        for witness in witnesses:
            item = (witness.name, (witness.name_start, witness.name_end))
            if current is None:
                early_witnesses.append(item)
            else:
                targets = _witnessed(drafts, current, phrases, text, sent)
                for draft in targets:
                    _add_witness(draft, item)
                if targets is drafts:
                    early_witnesses.append(item)  # the ceremony's: also the agreements told after
                    if verbs and any(p.plural for p in phrases):
                        set_witnesses.add(witness.name)
        if witnesses and current is not None and not phrases and verbs and sent not in current.sentences:
            # "A and B oversaw the signing after their talks held at the Great Hall of the People": a
            # sentence about the signing's witnesses tells of the signing, and may say when and where
            current.sentences.append(sent)
        if first_named is None and (current is not None or phrases or drafts):
            first_named = number
        if current is None and not phrases and not drafts and _WILL_COOPERATE_RE.search(text, start, end):
            early_areas.extend((number, area, span) for area, span in find_areas(text, start, end))
        if current is not None or phrases:
            target = current
            if target is not None:
                for area, span in find_areas(text, start, end):
                    if all(name_key(a) != name_key(area) for a, _ in target.areas):
                        target.areas.append((area, span))
            else:
                # "Saudi Arabia and Oman signed 13 memoranda ... in the fields of X": read before any one
                # agreement is, they go to the agreements told together, once they are made
                unplaced_areas.extend(find_areas(text, start, end))
    for main, phrase in twins:
        own_between = _own_sides_between(index, phrase)
        if own_between:
            # "a MoU was signed between A and B, as well as a MoU between C and D": C and D are the second's
            # sides only, and no side of the first
            twin = _twin(main, phrase)
            twin.parties, twin.party_spans = [], {}
            for entry, span in own_between:
                twin.add_party(entry, span)
                if all(s[0] > phrase.start for s in main.party_spans.get(entry.name, [])):
                    main.parties = [p for p in main.parties if p is not entry]
                    main.party_spans.pop(entry.name, None)
            drafts.insert(drafts.index(main) + 1, twin)
            continue
        drafts.insert(drafts.index(main) + 1, _twin(main, phrase, _own_other_side(index, phrase)))
    # a later count inside an earlier one ("signed eight agreements ... The parties signed four
    # agreements on inter-university contacts"): the smaller is told first, and counts as told
    for phrase, how_many, sent, parties, signers in sorted(counted, key=lambda c: (-c[2][0], c[0].start)):
        # (the other kinds one sentence counts are not of this count: "five agreements and five MoUs")
        beside = {p.start for p, _, s, _, _ in counted if s == sent and p is not phrase}
        pairs = _pairs_after(index, sent, phrase) or _pairs_told_next(index, clauses, sent, how_many)
        _add_counted(drafts, phrase, how_many, sent, parties, signers, pairs, beside)
    # (read only where one agreement per body could replace what is read)
    each = _one_with_each(index, uncounted[1], uncounted[0]) if uncounted is not None and all(
        d.first > uncounted[0].start and kind_key(d.kind) == kind_key(uncounted[0].kind) for d in drafts) else []
    if drafts and len(each) >= 2:
        # "X signed strategic cooperation agreements with A, B, C and D ... the signing of the strategic
        # cooperation agreement": the later one in the singular is one of those, told again (what it is
        # on, each of them is on)
        told_again = [area for draft in drafts for area in draft.areas]
        # (and who witnessed it: "A and B attended the ceremony and witnessed the signing of the strategic
        # cooperation agreement")
        seen_again = [item for draft in drafts for item in draft.witnesses]
        drafts.clear()
    else:
        told_again, seen_again = [], []
    if not drafts and uncounted is not None:
        # "JICA signed loan agreements with the Philippines": one entry for what the text does not count;
        # "X signed several MoUs with three companies A, B and C": one with each of them
        phrase, sent, parties, signers = uncounted
        for sides in each or [parties]:
            _add_counted(drafts, phrase, len(drafts) + 1, sent, sides, signers)
        for draft in drafts:
            draft.areas.extend(area for area in told_again if area not in draft.areas)
            for item in seen_again:
                _add_witness(draft, item)
    if drafts and first_named is not None:
        # the cooperation the lead tells, then "An MoU towards this collaboration was signed": the first
        # agreement's fields, when it is named within a few sentences
        first_draft = min(drafts, key=lambda d: d.first)
        for told_at, area, span in early_areas:
            if first_named - told_at <= _EARLY_FIELDS_REACH and all(
                    name_key(a) != name_key(area) for d in drafts for a, _ in d.areas):
                first_draft.areas.append((area, span))
    for area, span in unplaced_areas if drafts else []:
        told_before = [d for d in drafts if d.first <= span[0]]
        if all(name_key(a) != name_key(area) for d in drafts for a, _ in d.areas):
            (told_before[-1] if told_before else drafts[0]).areas.append((area, span))
    for draft in drafts:
        if not draft.parties and ceremony:
            for entry, span in ceremony:
                draft.add_party(entry, span)
    if meeting is not None:
        _sides_of_the_meeting(text, drafts, *meeting)
    if len(drafts) == 1 and not drafts[0].parties and len(heading_sides) == 2:
        for entry, span in heading_sides:
            drafts[0].add_party(entry, span)
    # "Thailand and South Korea on Monday signed several agreements", then each told: the same sides
    _sides_of_the_count(drafts, counted + ([(uncounted[0], 0, uncounted[1], uncounted[2], uncounted[3])]
                                           if uncounted is not None else []))
    firsts = {id(d): min(d.sentences)[0] for d in drafts if d.sentences}
    for sent, signers in plural_refs:
        for draft in drafts:
            first = firsts.get(id(draft))
            if first is None or abs(first - sent[0]) > _BACK_REFERENCE_REACH:
                continue  # "the agreements" of one story do not reach another's, far away in a long file
            if first <= sent[0]:
                # "X signed the agreements with Y at a meeting in Cairo": all the agreements told so far
                if sent not in draft.sentences:
                    draft.sentences.append(sent)
                if not draft.signers:
                    draft.signers = list(signers)
            elif sent not in draft.sentences:
                # "A series of agreements were signed today by Chile and Spain", then each told: its day
                draft.sentences.append(sent)
                firsts[id(draft)] = sent[0]
    if not drafts:
        headline = _headline_agreement(doc, index, year)
        if headline is not None:
            drafts.append(headline)
    _early_signers(drafts, early_signers)
    # one who signs an agreement of the ceremony is not its witness of the others
    shared_signers = {w[0] for w in early_witnesses} & {s[0] for d in drafts for s in d.signers} - set_witnesses
    for draft in drafts:
        for item in early_witnesses:
            _add_witness(draft, item)
        signer_names = {s[0] for s in draft.signers} | shared_signers
        draft.witnesses = [w for w in draft.witnesses if w[0] not in signer_names]
    return drafts


# "A signed an agreement with B, while C signed a deal with D": where one signing's clause ends and another's begins
_NEXT_SIGNING_RE = re.compile(r"(?:,\s*|;\s*|\s+)(?:while|whereas)\s+|;\s+(?=[A-Z])")


def _signing_clauses(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences to read for signings, a sentence that tells two signings in two clauses
    ("Asyad signed an agreement with Bahri, while Minerals Oman signed a deal with Maaden"; "one
    contract was signed with A; while the other was signed with B") read as two: each clause
    has its own verb, its own agreement and its own sides."""
    clauses: list[tuple[int, int]] = []
    for start, end in sentences:
        cut = None
        # (the cheap tests first: most sentences have no second clause, nor two verbs)
        if _NEXT_SIGNING_RE.search(text, start, end) is None:
            clauses.append((start, end))
            continue
        verbs = [v for v in SIGN_RE.finditer(text, start, end) if not is_future(text, v.start(), end)]
        phrases = [p for p in find_agreement_phrases(text, start, end) if not p.plural] if len(verbs) >= 2 else []
        if len(phrases) >= 2:
            for boundary in _NEXT_SIGNING_RE.finditer(text, phrases[0].end, end):
                told_before = any(v.end() <= boundary.start() for v in verbs)
                told_after = any(v.start() >= boundary.end() for v in verbs) and any(
                    p.start >= boundary.end() for p in phrases)
                if told_before and told_after:
                    cut = boundary
                    break
        if cut is None:
            clauses.append((start, end))
        else:
            clauses.extend([(start, cut.start()), (cut.end(), end)])
    return clauses


def _early_signers(drafts: list[Draft], early: list[tuple[int, list[tuple[str, str | None, tuple[int, int]]]]]) -> None:
    """"The programme was signed by A on behalf of Kenya and B on behalf of the bank. ... signing a loan
    with the bank": signers a sentence names, with their sides, before the text names what they
    signed sign the agreement told next, when it has no signer of its own."""
    for made_before, signers in early:
        if made_before < len(drafts) and not drafts[made_before].signers:
            drafts[made_before].signers = list(signers)


# "The agreement was one of many signed between China and Saudi Arabia": the sides named are those of
# all the agreements signed, not this one's
# (only "many", "several", "numerous": "was among the 12 agreements signed between A and B" may well be theirs)
_ONE_OF_MANY_RE = re.compile(r"(?i)\s+(?:was|is)\s+(?:also\s+)?(?:one\s+of|among)\s+(?:the\s+)?"
                            r"(?:many|several|numerous)\b[^.;]{0,40}?\bsigned\b")


# a meeting between two sides, told before what they sign at it: "talks between A and B", "a cooperation
# symposium between A and B"
_MEETING_NOUNS = r"(?:meeting|meetings|talks|symposium|forum|seminar|conference|consultations|dialogue|session|event)"
_MEETING_BETWEEN_RE = re.compile(r"(?i)\b" + _MEETING_NOUNS + r"\s+(?:was\s+held\s+|were\s+held\s+)?(?:between|among)\s+(?:the\s+)?")
# a signing said to be done at (or after) the meeting told before: "At the symposium, ...", "after the talks"
_AT_THE_MEETING_RE = re.compile(r"(?i)\b(?:at|after|during|following|in)\s+the\s+(?:[\w-]+\s+)?" + _MEETING_NOUNS + r"\b")
_MEETING_REACH = 1500  # characters from the meeting's sentence to the signing's


def _sides_of_the_meeting(text: str, drafts: list[Draft], sent: tuple[int, int],
                          sides: list[tuple[OrgEntry, tuple[int, int]]]) -> None:
    """An agreement naming no side, said to be signed at (or after) the
    meeting told just before between two sides, is between them."""
    for draft in drafts:
        first = min(draft.sentences)[0] if draft.sentences else -1
        paragraph_end = text.find("\n", first) % (len(text) + 1)
        if not draft.parties and 0 < first - sent[0] <= _MEETING_REACH \
                and _AT_THE_MEETING_RE.search(text, first, paragraph_end):
            for entry, span in sides:
                draft.add_party(entry, span)


# "a list of documents signed", "the following agreements were signed": what the next list items are
_SIGNED_SET_RE = re.compile(r"(?i)\b" + _K.plural_document_words + r"\b")
# a short line that introduces the list of what was just said signed: "These are:", "They include the following:"
_LIST_INTRO_RE = re.compile(r"(?i)\s*(?:according\s+to\s+[^,:;]{3,80},\s*)?(?:(?:these|they|those|the\s+\w+)\s+(?:are|were|include[ds]?|included)"
                            r"(?:\s+as\s+follows|\s+the\s+following)?|the\s+following)\s*:\s*")
# an item of a list: a bullet ("- Protocol", "-the Plan"), or "1." / "(a)" / "i)"
_LIST_ITEM_RE = re.compile(r"\s*(?:[-–—•·▪*](?=\s*[A-Za-z])|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s*")
# a list item's number ("3." or "3)" opening its line) and how many sentences on from the item before the
# next number still goes on the same list (each item may be followed by lines on what it does)
# "signed one agreement and four MoUs", "including one agreement, four MoUs and ...": a list of counts
_LISTED_AFTER_ONE_RE = re.compile(r"(?i)\bone\s+[\w\s-]{2,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:two|three|four|five|six|seven|"
                                  r"eight|nine|ten|eleven|twelve|\d{1,2})\s+")
_ITEM_NUMBER_RE = re.compile(r"\s*\(?(\d{1,2})[.)](?!\d)")
_NUMBERED_ITEM_REACH = 6
# what may stand between an item's mark and its agreement: nothing, or an article ("-the Plan for ...")
_ITEM_ARTICLE_RE = re.compile(r"(?i)\s?(?:(?:a|an|the)\s+)?(?:draft\s+)?")


# the capitalised words before an item's agreement head ("Economic and Technical Cooperation Agreement")
_ITEM_QUALIFIERS_RE = re.compile(r"\s?(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<words>(?:(?!(?:An?|The)\s)[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,5})")


# a document's head right after a signing verb and its article: "signed a strategic plan on ...",
# "inked a joint statement"; the words between describe it, they are no other noun's
_SIGNED_DOCUMENT_RE = re.compile(
    r"(?i)(?:" + SIGN_RE.pattern + r")\s+(?:an?|the)\s+(?P<kind>(?:(?!(?:the|an?|of|on|for|in|with|under|to|and|by)\b)"
    r"[\w-]+\s+){0,3}?(?:" + "|".join(re.escape(h) for h in _K.listed_heads) + r"))(?![\w-])(?!\s+(?:to|of)\b)")


def _signed_document(text: str, start: int, end: int) -> list[AgreementPhrase]:
    """The document a sentence with no agreement's head says was signed, if its head is a document's."""
    found = _SIGNED_DOCUMENT_RE.search(text, start, end)
    if found is None or is_future(text, found.start(), end):
        return []
    kind = " ".join(found.group("kind").split()).casefold()
    return [AgreementPhrase(kind, found.start("kind"), found.end("kind"), False, False)]


def _item_phrases(text: str, start: int, end: int) -> list[AgreementPhrase]:
    """The agreements a list item names after its mark, read as if the mark were
    not there ("-Memorandum of Understanding on ...", where the dash is glued to
    the word); an item of a list of signed documents may also open with a
    document's own head ("-the Plan for the celebration of ...": a plan)."""
    found = [replace(p, start=p.start + start, end=p.end + start) for p in find_agreement_phrases(text[start:end], 0, end - start)]
    qualified = _ITEM_QUALIFIERS_RE.fullmatch(text, start, found[0].start) if found else None
    if qualified and not found[0].plural and found[0].kind in _K.kind_of_head.values():
        # "-Economic and Technical Cooperation Agreement and": the item's capitalised words are its kind
        words = " ".join(qualified.group("words").split()).casefold()
        found[0] = replace(found[0], kind=f"{words} {found[0].kind}", start=qualified.start("words"))
    if found:
        return found
    head = _K.listed_head_re.match(text, start, end)
    if head is None:
        return []
    kind = " ".join(head.group("kind").split()).casefold()
    return [AgreementPhrase(kind, head.start("kind"), head.end("kind"), False, False)]
# a line that opens with its agreement, with or without an article: an item even without a mark
_ITEM_OPENING_RE = re.compile(r"\s*")


def _unmarked_item(text: str, sent: tuple[int, int], intro: tuple[int, int], since: int) -> re.Match[str] | None:
    """"signed the following agreements:", then one line per agreement with no
    bullet ("A Memorandum of Understanding on ..."): a line of its own, right
    after an introduction that ends with a colon or after another such item."""
    start, end = sent
    if since > 2 or intro == (0, 0) or text[max(0, start - 1) : start] not in ("\n", "") \
            or text[end : end + 1] not in ("\n", "") or not text[intro[0] : intro[1]].rstrip().endswith(":"):
        return None
    return _ITEM_OPENING_RE.match(text, start, end)


def _item_title(text: str, start: int, end: int) -> str | None:
    """A list item's agreement as written, up to its closing ";" or ".", when
    it names more than its kind ("Protocol on cooperation in the field of
    vocational education")."""
    written = re.split(r"[;.]\s*$|;\s", text[start:end])[0].strip()
    return written if len(written.split()) > 3 else None


def _sides_of_the_count(drafts: list[Draft], counted: list[tuple[AgreementPhrase, int, tuple[int, int], list, list]]) -> None:
    """"A and B signed five cooperation agreements ... The two parties signed
    an MoU on X. Another MoU was signed on Y.": each agreement told after a
    count whose sides are named, and naming no sides of its own, is one of
    those counted, between the same sides."""
    for _phrase, _how_many, sent, parties, _signers in counted:
        if len(parties) < 2:
            continue
        for draft in drafts:
            if draft.parties or not draft.sentences:
                continue
            first = min(draft.sentences)[0]
            if sent[0] <= first <= sent[0] + _BACK_REFERENCE_REACH:
                for entry, span in parties:
                    draft.add_party(entry, span)


# "signed a grant agreement worth US$18.5 million and a loan agreement of ...":
# a second agreement of another kind, signed in the same act; also a list of them
# ("signed a joint venture agreement with A, a framework agreement with B, and an MoU with C")
# where one listed agreement ends and the next begins: ", and", " as well as", then its article and up to five
# words before its head; agreements in the plural take no article ("an agreement on A, MoUs on B and a
# declaration on C")
_NEXT_ITEM = r"(?:[,;]\s*(?:(?:and|as\s+well\s+as)\s+)?|\s+(?:and|as\s+well\s+as)\s+)"
_TWIN_GAP_RE = re.compile(r"(?:[^.;:]|\.(?=\d)){0,100}?" + _NEXT_ITEM + r"(?:a|an|one)\s+(?:[\w-]+\s+){0,5}", re.I)
# (after an agreement told with "a", one with no article that a name opens: "an industry cooperation agreement
# and Lindau product-distribution agreement"; after "the", such a one is told again with the first: "signed the
# Exchange of Notes and Grant Agreement")
_BARE_TWIN_GAP_RE = re.compile(r"(?:[^.;:]|\.(?=\d)){0,100}?" + _NEXT_ITEM + r"(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}",
                               re.I)
# (in lower case: "and MoUs for ...", "and cultural exchange programmes"; not the next clause's subject, "while A
# and B confirmed deals", nor a vague set, "a number of other agreements")
_PLURAL_ITEM_WORDS = r"(?!(?:a\s+number\s+of|other)\b)(?:(?-i:[a-z])[\w-]*\s+){0,3}"
_PLURAL_TWIN_GAP_RE = re.compile(r"(?:[^.;:]|\.(?=\d)){0,100}?" + _NEXT_ITEM + _PLURAL_ITEM_WORDS, re.I)


# "signed a cooperation agreement on rail transport and an exchange agreement on intelligence", "a MoU on A
# and a MoU on B", "an agreement on A, B and C, a memorandum on D": a second agreement of the same kind,
# each with what it is on, joined by "and" or a comma
_WHAT_IT_IS_ON = r"\s+(?:(?:was|were|has\s+been|had\s+been)\s+" + _K.signed_words + r"\s+)?(?:on|for|in|of|to|with|between)\s[^.;:]{0,100}?"
_SAME_KIND_TWIN_RE = re.compile(_WHAT_IT_IS_ON + _NEXT_ITEM + r"(?:a|an|one)\s+(?:[\w-]+\s+){0,5}", re.I)
_PLURAL_SAME_KIND_TWIN_RE = re.compile(_WHAT_IT_IS_ON + _NEXT_ITEM + _PLURAL_ITEM_WORDS, re.I)


def _twin_phrases(text: str, first: AgreementPhrase, others: list[AgreementPhrase]) -> list[AgreementPhrase]:
    """Agreements of other kinds listed with ``first`` after the same verb."""
    twins, previous = [], first
    for other in others:
        gap = (_PLURAL_TWIN_GAP_RE if other.plural else _TWIN_GAP_RE).fullmatch(text, previous.end, other.start)
        if gap is None and not other.plural and not first.definite:
            gap = _BARE_TWIN_GAP_RE.fullmatch(text, previous.end, other.start)
        same_kind_gap = _PLURAL_SAME_KIND_TWIN_RE if other.plural else _SAME_KIND_TWIN_RE
        if other.definite or gap is None or same_kind(first.kind, other.kind) and not (
                same_kind_gap.fullmatch(text, previous.end, other.start)
                and (_same_head(first.kind, other.kind) or _bare_with_a_topic(text, first, other)
                     or _bare_first_with_a_topic(text, first, other))):
            break
        twins.append(other)
        previous = other
    return twins


def _same_head(a: str, b: str) -> bool:
    """Two kinds with one head ("cooperation agreement", "exchange agreement"), not a bare "agreement" that
    may sum up another kind ("an agreement on a committee, as well as a memorandum")."""
    return kind_key(a).split()[-1] == kind_key(b).split()[-1]


def _bare_first_with_a_topic(text: str, first: AgreementPhrase, other: AgreementPhrase) -> bool:
    """"signed a 5-year agreement on bilateral cooperation and a memorandum of understanding on a PhD
    programme": a bare "agreement" with what it is on, listed before a kind the article has not named
    yet, is an agreement of its own; the memorandum does not sum it up (it would, recalled from before:
    "the signing of an agreement on a committee, as well as a memorandum ...")."""
    if name_key(first.kind) not in ("agreement", "deal") or name_key(other.kind) in ("agreement", "deal"):
        return False
    if re.match(r"\s+(?:on|for|to)\s", text[first.end : first.end + 6]) is None:
        return False
    head = kind_key(other.kind).split()[-1]
    return re.search(r"(?i)\b" + re.escape(head) + r"\b", text[: first.start]) is None


def _bare_with_a_topic(text: str, first: AgreementPhrase, other: AgreementPhrase) -> bool:
    """"signed a memorandum on A ... and an agreement on polar cooperation": a bare "agreement" listed
    last, after another kind, with what it is on of its own, is one more (not the first one summed up)."""
    return name_key(other.kind) in ("agreement", "deal") and name_key(first.kind) not in ("agreement", "deal") \
        and re.match(r"\s+(?:on|for|to)\s", text[other.end : other.end + 6]) is not None


def _own_other_side(index: MentionIndex, phrase: AgreementPhrase) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The body a listed agreement is signed with, named right after it
    ("..., a strategic cooperation agreement with Delta Shipping, and ..."), or nothing."""
    text = index.doc.text
    with_ = re.compile(r"\s+with\s+").match(text, phrase.end)
    if with_ is None:
        return []
    stop = re.compile(r"[,;.]").search(text, with_.end())
    return party_chain_after(index, with_.end(), stop.start() if stop else len(text))[:1]


def _own_sides_between(index: MentionIndex, phrase: AgreementPhrase) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """Both sides of a listed agreement, named right after it ("a MoU was signed between A and B, as well
    as a MoU between C and D"): the listed one is C and D's alone. Nothing unless two are named."""
    text = index.doc.text
    between = re.compile(r"\s+between\s+").match(text, phrase.end)
    if between is None:
        return []
    stop = re.compile(r"[;.]|,\s*(?:and\s+|as\s+well\s+as\s+)?(?:an?|one)\s").search(text, between.end())
    sides = party_chain_after(index, between.end(), stop.start() if stop else len(text))
    return sides[:2] if len(sides) >= 2 else []


def _twin(main: Draft, phrase: AgreementPhrase, own: list[tuple[OrgEntry, tuple[int, int]]] | None = None) -> Draft:
    """A draft for the second agreement of one signing: same sides, signers,
    witnesses, sentences (so the same date and place); its own kind. With a
    body of its own after it (``own``), that body replaces the sides named
    after the first agreement: the sides before the verb sign both."""
    twin = Draft(kind=phrase.kind, title=phrase.title, first=phrase.start)
    twin.sentences = list(main.sentences)
    twin.mentions = [(phrase.start, phrase.end)]
    twin.parties = list(main.parties)
    twin.party_spans = {name: list(spans) for name, spans in main.party_spans.items()}
    if own:
        twin.parties = [p for p in main.parties if any(s[0] < main.first for s in main.party_spans.get(p.name, []))]
        twin.party_spans = {p.name: list(main.party_spans[p.name]) for p in twin.parties}
        for entry, span in own:
            twin.add_party(entry, span)
    twin.signers = list(main.signers)
    twin.witnesses = list(main.witnesses)
    return twin


# a speaker recalling an earlier signing: "he highlighted that ... signed ... in February this year"
_RECALLED_BY_RE = re.compile(r"(?i)\b(?:highlighted|recalled|noted|mentioned|pointed\s+out|reminded)\s+(?:\w+\s+){0,3}?that\b")
# "He added that the countries have signed 10 agreements on ...": a speaker's tally of past signings
_SPOKEN_TALLY_RE = re.compile(r"(?i)\b(?:said|says|added|noted|stated|recalled|mentioned|highlighted|pointed\s+out)\s+"
                              r"(?:\w+\s+){0,3}?that\s+[^.;:]{0,80}?\b(?:have|has)\s+(?:already\s+|so\s+far\s+|jointly\s+)?"
                              + _K.signed_words + r"\b")
_VAGUE_PAST_RE = re.compile(r"(?i)\b(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|"
                            r"November|December)(?!\s+\d)|last\s+(?:year|month|week)|earlier\s+this\s+year|"
                            r"previously|years?\s+ago|months?\s+ago)\b")


def _told_in_general(text: str, start: int, verbs: list[re.Match[str]]) -> bool:
    """A signing told as what is done in general, not as news: the
    sentence says in the present how a relationship "is formed when", "is
    recognized after" or "is based on" an agreement that officials sign (a
    page explaining sister cities), before every signing verb it has
    (signing.yaml ``told_in_general``)."""
    return all(_K.told_in_general_re.search(text, start, v.start()) for v in verbs)


def _recalled(text: str, start: int, end: int) -> bool:
    """A signing a speaker recalls, at a vague earlier time, is background, not the news."""
    told = _RECALLED_BY_RE.search(text, start, end)
    return told is not None and _VAGUE_PAST_RE.search(text, told.end(), end) is not None


def _caption(text: str, start: int, end: int) -> bool:
    """A short line alone in its paragraph, with no full stop: a photo's caption or a heading, which,
    once the story has told of its signing, refers to it."""
    line = text[start:end].strip()
    alone = text[max(0, start - 2) : start] in ("\n\n", "") or start == 0
    return alone and text[end : end + 2] in ("\n\n", "", "\n") and not re.search(r"[.!?:;\"”’)]$", line) \
        and len(line.split()) <= 14 and SIGN_RE.search(line) is not None and not _K.sign_re.fullmatch(line)


_HEADLINE_REACH = 3  # body sentences that may tell the headline's signing


def _headline_agreement(doc: Document, index: MentionIndex, year: int | None) -> Draft | None:
    """The agreement a headline names when the story only tells its signing
    without naming it again ("Wuhan, Oita sign friendly exchange agreement",
    then "Wuhan signed with Oita on October 18 ..."): the headline's kind and
    sides, and the opening sentence that tells the signing, for its day and
    place. None where the headline signs nothing, or no opening sentence of
    the story signs anything this year."""
    if doc.body_start == 0:
        return None
    text = doc.text
    heading = (0, doc.body_start - 2)
    verbs = [v for v in SIGN_RE.finditer(text, *heading) if not is_future(text, v.start(), heading[1])]
    phrases = [p for p in find_agreement_phrases(text, *heading) if not p.plural]
    if not verbs or len(phrases) != 1:
        return None
    told = next((sent for sent in doc.body_sentences()[:_HEADLINE_REACH]
                 if any(not is_future(text, v.start(), sent[1]) for v in SIGN_RE.finditer(text, *sent))
                 and not _earlier_year(text, *sent, year) and not _recalled(text, *sent)), None)
    if told is None:
        return None
    phrase = phrases[0]
    draft = Draft(kind=phrase.kind, title=phrase.title, first=phrase.start)
    draft.mentions.append((phrase.start, phrase.end))
    draft.sentences.append(told)
    for entry, span in _sentence_parties(index, heading, verbs[0].start(), phrase):
        draft.add_party(entry, span)
    return draft


def _told_next(doc: Document, number: int, phrase: AgreementPhrase) -> bool:
    """Whether one of the next sentences tells of the signing of an agreement of ``phrase``'s kind."""
    for start, end in doc.body_sentences()[number + 1 : number + 4]:
        if SIGN_RE.search(doc.text, start, end) and any(
                same_kind(p.kind, phrase.kind) for p in find_agreement_phrases(doc.text, start, end)):
            return True
    return False


def _opening_date(doc: Document) -> date | None:
    """"On October 29, 2015, Kumamoto University concluded ...": with no date
    line and no publication date, the story's year is that of the first full
    date its opening sentences give (a signing "in 2010" told later is earlier)."""
    for start, end in doc.body_sentences()[:3]:
        for found in find_dates(doc.text[start:end]):
            if found.year is not None:
                return found.to_date()
    return None


def _earlier_year(text: str, start: int, end: int, year: int | None) -> bool:
    """A sentence about a signing in an earlier year than the article's."""
    if year is None:
        return False
    # "in 2019", "back in 2010", "in June 2009"
    return any(int(m.group(1)) < year for m in re.finditer(
        r"\b(?:in|since|back\s+in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)\s+)?((?:19|20)\d\d)\b", text[start:end]))


# "The signed agreements included", "The documents signed include", "Among the agreements signed were"
_INCLUDED_RE = re.compile(r"(?i)\b(?:the\s+)?(?:" + _K.signed_words + r"\s+)?" + _K.plural_document_words + r"\s+"
                          r"(?:(?:that|which)\s+(?:have\s+|had\s+)?(?:were\s+)?been\s+|(?:that|which)\s+were\s+)?"
                          r"(?:" + _K.signed_words + r"\s+)?(?:included?|includes|were|are)\s*:?\s+")
# "MoU for cooperation between BIISS and ECSSR": an item's own sides follow
_BETWEEN_WORD_RE = re.compile(r"(?i)\bbetween\s+")
# a topic's words, less "cooperation in the field of" and an article before them
_TOPIC_LEAD_RE = re.compile(r"(?i)^(?:(?:the|an?)\s+)?(?:(?:co-?operation|collaboration)\s+(?:in|on)\s+(?:the\s+)?"
                            r"(?:fields?|areas?|sectors?)\s+of\s+)?(?:the\s+)?")
_MOST_TOPIC_WORDS = 16


def _topics_listed(text: str, included: re.Match[str], end: int,
                   phrases: list[AgreementPhrase]) -> tuple[str, list[tuple[int, int]]] | None:
    """"The MoUs signed include Political Consultations; Diplomatic Training; and Culture": the plural's
    kind and the span of each topic the list names (None where it names no documents in the plural, an
    item holds an agreement's head, or the list has fewer than two items). Items are set off by semicolons
    where the list has any, else by commas ("the formation of a working group on trade, cooperation between
    the academies, and a partnership between the institutes"), never by an "and" inside an item."""
    plural = next((p for p in phrases if p.plural and included.start() <= p.start < included.end()), None)
    if plural is None or any(p.start >= included.end() for p in phrases) or "includ" not in included.group().casefold() \
            or SIGN_RE.search(text, included.end(), end):
        return None  # ("The agreements were signed by A and B": who signed them, not what they are on)
    first, last = included.end(), end
    while last > first and text[last - 1] in " .\n":
        last -= 1  # (the sentence's stop is no part of its last item)
    cut = re.compile(r"\s*;\s*(?:and\s+)?" if ";" in text[first:last] else r"\s*,\s*(?:and\s+)?")
    bounds = [first, *[at for sep in cut.finditer(text, first, last) for at in sep.span()], last]
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2]) if text[a:b].strip()]
    if len(spans) < 2 or any(len(text[a:b].split()) > _MOST_TOPIC_WORDS for a, b in spans):
        return None
    return plural.kind, spans


def _listed_topic(item: str) -> str:
    """A listed topic as a field of cooperation: "Cooperation in the Field of Culture" is "culture"."""
    return _TOPIC_LEAD_RE.sub("", item.strip()).casefold()


# "...; Exchange of Notes on C; and Framework Agreement on D were also inked": a list's end, then its verb
_LIST_THEN_PASSIVE_RE = re.compile(r"(?i)[^;.]*?\s(?:were|have\s+been|had\s+been)\s+(?:also\s+)?$")


def _listed_before_the_verb(text: str, singular: list[AgreementPhrase], verbs: list[re.Match[str]]) -> list[AgreementPhrase]:
    """The agreements a sentence lists before its passive verb, set off by semicolons ("Joint
    Statement on A; Memorandum of Understanding on B; Exchange of Notes on C; ... were also
    inked on the occasion"): one each; nothing where the sentence is no such list."""
    if not verbs:
        return []
    verb = verbs[0]
    items = [p for p in singular if p.end <= verb.start()]
    if len(items) < 3 or text.count(";", items[0].start, verb.start()) < 2 \
            or not _LIST_THEN_PASSIVE_RE.fullmatch(text, items[-1].end, verb.start()):
        return []
    return items


# "They were signed ...", "These were inked ...": the agreements the sentence before counted
_THEY_SIGNED_RE = re.compile(r"\s*(?:They|These|All\s+(?:of\s+)?(?:them|these|the\s+documents))\s+(?:were|have\s+been)\s+"
                             r"(?:[a-z]+ly\s+)?" + _K.signed_words + r"\b")
# "... signed three agreements. The signing was held between the countries' foreign ministers, A and B": the
# signing just told, of all the agreements counted
_THE_SIGNING_WAS_RE = re.compile(r"\s*The\s+signing(?:\s+ceremony)?\s+(?:was|took\s+place|has\s+been)\b")
# the sides of a signing named only as the two just told of
_BOTH_SIDES_RE = re.compile(r"(?i)\b(?:between|by)\s+(?:the\s+two|both)\s+(?:sides|parties|universities|institutions|"
                            r"organi[sz]ations|countries|cities|governments|companies)\b")
_ORDINAL_RE = re.compile(r"(?i)\bthe\s+(first|second|third|fourth|fifth|last)\s+(?:[\w-]+\s+){0,2}$")
# "The first was signed by ...", "Of these, the second one was inked by ...": an ordinal alone for one of
# the agreements counted before
_ORDINAL_ALONE_RE = re.compile(r"(?i)\s*(?:[\w’',]+\s+){0,3}?the\s+(first|second|third|fourth|fifth|last)(?:\s+one)?"
                               r"\s+(?:was|is|has\s+been)\s+(?:also\s+)?" + _K.signed_words + r"\b")
_ORDINAL_WORD_RE = re.compile(r"(?i)(first|second|third|fourth|fifth|last)")
_SEPARATE_RE = re.compile(r"(?i)\b(?:a\s+separate|another|a\s+(?:second|third|fourth|fifth)|a\s+further|an\s+additional)\s+"
                          r"(?:[\w-]+\s+){0,3}$")


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "both": 2, "a pair of": 2}
# ("twenty six documents": a tally in words, not six of them)
_NOT_AFTER_TENS = "".join(rf"(?<!{tens}\s)" for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                                          "ninety"))
_COUNT_RE = re.compile(r"(?i)(?<![\w-])" + _NOT_AFTER_TENS + r"(\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True))
                       + r")\s+(?:(?:new|more|separate|different|key|major|important|bilateral)\s+)?((?:[\w'’-]+\s+){0,5})$")


# "the two agreements", "both these agreements": a count of agreements already told
_DEFINITE_COUNT_RE = re.compile(r"(?i)\b(?:the|these|those|all)\s+(?:\d{1,2}|" + "|".join(_COUNT_WORDS)
                                + r")\s+(?:[\w'’-]+\s+){0,2}$")


def _count_before(text: str, start: int, phrase: AgreementPhrase,
                  phrase_starts: frozenset[int] = frozenset()) -> re.Match[str] | None:
    """The count of ``phrase`` just before it, its words between being the kind's own ("five grant
    agreements"); the nearest such count, not an earlier number ("the two sides signed three agreements").
    ``phrase_starts`` are where the sentence's other agreement phrases start: an earlier count of one of
    them is its own ("five agreements and five MoUs")."""
    at, earlier = start, None
    while (count := _COUNT_RE.search(text, at, phrase.start)) is not None:
        if " ".join(count.group(2).split()).casefold() in phrase.kind.casefold():
            if earlier is not None and earlier.start(2) not in phrase_starts \
                    and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}?(?:and|,)\s+", text[earlier.start(2) : count.start()]):
                return None  # "three interregional and seven commercial agreements": a tally by kinds
            return count
        earlier, at = count, count.start() + 1
    return None


# between two counts of one signing: "five agreements and five MoUs", "two loan agreements, as well as three MoUs"
_NEXT_COUNT_JOIN_RE = re.compile(r"(?i)\s*,?\s*(?:and|as\s+well\s+as|along\s+with|plus)\s+$")


def _counted_phrases(text: str, phrases: list[AgreementPhrase], start: int) -> list[tuple[AgreementPhrase, int]]:
    """"signed five grant agreements", "inked 4 MoUs": a plural phrase and the number it gives; and, where
    the same signing counts another kind right after it ("five agreements and five memoranda of
    understanding"), that one too."""
    found: list[tuple[AgreementPhrase, int]] = []
    starts = frozenset(p.start for p in phrases)
    for phrase in phrases:
        if not phrase.plural:
            continue
        count = _count_before(text, max(start, phrase.start - 80), phrase, starts)
        if count is None:
            continue
        how_many = _count_of(count.group(1))
        if not 2 <= how_many <= 10:  # "11 memorandums were signed at the forum": a tally, not a list
            continue
        if found and not (_NEXT_COUNT_JOIN_RE.fullmatch(text, found[-1][0].end, count.start())
                          and kind_key(phrase.kind) != kind_key(found[-1][0].kind)):
            break
        found.append((phrase, how_many))
    return found


# "has signed cooperation agreements with more than 20 chambers", "she noted that ...": a tally or
# what someone said, not a signing the article reports
_TALLY_RE = re.compile(r"(?i)\b(?:more\s+than|over|at\s+least|about|nearly|some|dozens\s+of|hundreds\s+of)\s+\d"
                       r"|\b(?:noted|said|says|added|stated|told|recalled|mentioned)\b")
_ANY_KIND_HEADS = {"agreement", "deal", "document", "documents", "instrument", "accord", "pact"}


def _represents_its_sides(index: MentionIndex, sent: tuple[int, int], draft: Draft,
                          previous: tuple[int, int] | None = None) -> bool:
    """Whether the sentence tells who represented the agreement's sides:
    "A represented X, while B represented Y", or "X was represented by A,
    while Y was represented by B", where each side it names so is one of the
    agreement's parties; "A and B represented X and Y, respectively"; or
    one side's half of a representation whose other half the sentence
    before told. Not one side's delegation ("The University was
    represented by A and B"), nor someone representing another body."""
    text = index.doc.text
    parties = {p.name for p in draft.parties}
    heads = {w.casefold() for p in draft.parties for w in p.name.split()[-1:]}

    def a_party(side: str) -> bool:
        side = re.sub(r"^[Tt]he\s+", "", side)
        entry = index.orgs.resolve(side, allow_bare=True)
        # ("represented the university": a party named by its head word)
        return entry is not None and entry.name in parties or side.islower() and side.casefold() in heads

    # "Rector A represented the university, while B represented the company"
    cues = list(_K.represented_any_side_re.finditer(text, *sent))
    sides = [re.match(r"(?:[Tt]he\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]+)*", text[cue.end() : sent[1]]) for cue in cues]
    if len(cues) == 1:
        # "A and B represented X and Y, respectively": both sides in one phrase
        shared = represented_respectively(text, cues[0].end(), sent[1])
        if len(shared) >= 2 and all(a_party(side) or index.orgs.resolve(re.sub(r"^[Tt]he\s+", "", side)) is not None
                                    for side in shared):
            return True  # (the sides may be the countries of the parties: "the Kingdom of X and the USA")
        # "A and B represented the province at the signing ceremony. Meanwhile, C was the representative of
        # the firm": the other side's half of a representation told just before
        if previous is not None and _K.represented_any_side_re.search(text, *previous):
            return True
    if sides:
        return len(sides) >= 2 and all(side is not None and a_party(side.group()) for side in sides)
    sides_by = [re.sub(r"^(?:and|while|whereas)\s+", "", cue.group("side").strip())
                for cue in _K.represented_by_re.finditer(text, *sent)]
    return len(sides_by) >= 2 and all(a_party(side) for side in sides_by)


class _SentenceCues:
    """One sentence's witnesses and signers (outside its witness lists), read
    when first asked: several steps of the reading ask for them."""

    def __init__(self, index: MentionIndex, sent: tuple[int, int]) -> None:
        self.index, self.sent = index, sent
        self._witnesses: tuple[list, list[tuple[int, int]]] | None = None
        self._signers: list | None = None

    def witnesses(self) -> tuple[list, list[tuple[int, int]]]:
        if self._witnesses is None:
            self._witnesses = witness_cues(self.index, self.sent)
        return self._witnesses

    def signers(self, signing_told: bool = False) -> list:
        if self._signers is None:
            self._signers = signer_cues(self.index, self.sent, self.witnesses()[1], signing_told)
        return self._signers

    def named(self) -> list[tuple[str, str | None, tuple[int, int]]]:
        """The signers by name, with the side each names as written."""
        return [(span.name, side, (span.name_start, span.name_end)) for span, side, _ in self.signers()]


def _pairs_after(index: MentionIndex, sent: tuple[int, int], phrase: AgreementPhrase) -> list[list]:
    """"four agreements on inter-university contacts, namely between A and B,
    C and D, E and F": the sides of each counted agreement, pair by pair
    (empty when the sentence names no such pairs)."""
    text = index.doc.text
    between = _BETWEEN_WORD_RE.search(text, phrase.end, sent[1])
    if between is None or between.start() - phrase.end > 80:
        return []
    pairs: list[list] = []
    for segment in re.finditer(r"[^,;]+", text[between.end() : sent[1]]):
        start = between.end() + segment.start()
        chain = party_chain_after(index, start + len(segment.group()) - len(segment.group().lstrip()),
                                  between.end() + segment.end())
        item = segment.group().strip()
        if len(chain) != 2 or not re.search(r"\band\b", item):
            break
        pairs.append(chain)
    return pairs if len(pairs) >= 2 else []


# "The MoUs were inked between": the counted agreements, referred back to (the kinds' plurals and the
# signing verbs are the knowledge's own), and the pairs that follow
_REFERRING_BACK_RE = re.compile(r"(?i)\s*(?:the|these|those|all)\s+")
_PASSIVE_RE = re.compile(r"(?i)\s+(?:were|have\s+been)\s+(?:\w+ly\s+)?$")
_BETWEEN_RE = re.compile(r"(?i)\s+between\s+")


def _pairs_told_next(index: MentionIndex, clauses: list[tuple[int, int]], sent: tuple[int, int],
                     how_many: int) -> list[list]:
    """"signed three MoUs between Malaysian and Saudi companies. The MoUs were
    inked between A and B; C and D; and E and F": the next sentence refers
    back to the counted agreements and names their sides, one pair each, its
    pairs parted by semicolons (as many pairs as agreements counted, or none)."""
    text = index.doc.text
    later = [c for c in clauses if c[0] >= sent[1]]
    if not later:
        return []
    start, end = later[0]
    lead = _REFERRING_BACK_RE.match(text, start, end)
    phrases = find_agreement_phrases(text, start, end)
    verb = SIGN_RE.search(text, start, end)
    if lead is None or not phrases or not phrases[0].plural or phrases[0].start != lead.end() or verb is None \
            or not _PASSIVE_RE.search(text[phrases[0].end : verb.start()]) or "\n" in text[phrases[0].end : verb.start()]:
        return []
    opening = _BETWEEN_RE.match(text, verb.end(), end)
    if opening is None:
        return []
    pairs: list[list] = []
    cursor = opening.end()
    for part in text[opening.end() : end].split(";"):
        item_start = cursor + len(part) - len(part.lstrip())
        cursor += len(part) + 1
        lead = re.match(r"(?i)(?:and\s+)?", text[item_start:cursor])
        item_start += lead.end() if lead else 0
        chain = party_chain_after(index, item_start, cursor - 1)
        if len(chain) != 2:
            return []
        pairs.append(chain)
    return pairs if len(pairs) == how_many else []


def _add_counted(drafts: list[Draft], phrase: AgreementPhrase, how_many: int, sent: tuple[int, int],
                 parties: list, signers: list, pairs: list[list] | None = None,
                 beside: set[int] | frozenset[int] = frozenset()) -> None:
    """As many agreements as the text counts: those it tells one by one, then
    one for each it only counts, with the sides, signers, date and place of
    the sentence that counts them (or, where it pairs them, one pair each).
    ``beside`` are where the sentence's other counts' phrases start: their
    agreements are none of this count's."""
    head = phrase.kind.split()[-1]
    if head in _ANY_KIND_HEADS:
        # "five cooperation agreements", then "an MoU ... Another MoU ...": any kind told after counts
        told = [d for d in drafts if min((a for a, _ in d.sentences), default=-1) >= sent[0] and d.first not in beside]
    else:
        # ("four memorandums": the memorandum of understanding told is one of them)
        told = [d for d in drafts if d.kind.split()[-1] == head or head == d.kind.split()[0]]
    missing = how_many - len(told)
    each = pairs if pairs and len(pairs) == missing else None
    for k in range(missing):
        draft = Draft(kind=phrase.kind, title=None, first=phrase.start)
        for entry, span in each[k] if each else parties:
            draft.add_party(entry, span)
        draft.signers = list(signers)
        draft.mentions.append((phrase.start, phrase.end))
        draft.sentences.append(sent)
        drafts.append(draft)


# "four foreign universities at the ceremony, namely ": a count of bodies, then their names
_NAMELY_RE = re.compile(r"(?i)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+number\s+of)\s+[^.;]{0,60}?"
                        r"(?:,\s*|\s+)(?:namely|including|:)\s*")


def _one_with_each(index: MentionIndex, sent: tuple[int, int], phrase: AgreementPhrase) -> list[list]:
    """The sides of each agreement when one body signs agreements in the plural
    "with" several bodies ("the Telangana government signed several MoUs with
    three companies A, B and C"): one body and each of the others, or nothing
    when the sentence does not say so."""
    text = index.doc.text
    # the verb nearest the phrase ("At the signing ceremony, the government inked agreements with")
    verb = next(reversed(list(SIGN_RE.finditer(text, sent[0], phrase.start))), None)
    after = re.compile(r"(?i)\bwith\s+").search(text, phrase.end, min(sent[1], phrase.end + 20))
    if verb is None or after is None:
        return []
    others = [(e, s) for e, s in party_chain_after(index, after.end(), sent[1]) if not e.is_place]
    namely = _NAMELY_RE.match(text, after.end(), sent[1]) if not others else None
    if namely:  # "with four foreign universities at the ceremony, namely A, B, C and D"
        others = [(e, s) for e, s in party_chain_after(index, namely.end(), sent[1]) if not e.is_place]
    counted = _COUNTED_BODIES_RE.match(text, after.end(), sent[1]) if not others else None
    if counted:
        # "signing MoUs with four universities in Bangladesh. The institutions included A, B, C and D."
        others = _bodies_listed_next(index, sent, _count_of(counted.group("n")))
    named = {e.name for e, _ in others}
    subject = [(e, s) for e, s in _sentence_parties(index, sent, verb.start(), phrase)
               if e.name not in named and not e.is_place and s[1] <= verb.start()]
    if len(subject) != 1 or len(others) < 2:
        return []
    return [[subject[0], other] for other in others]


# "four prestigious universities", "several companies": bodies counted, named in the next sentence
_COUNTED_BODIES_RE = re.compile(r"(?i)\s*(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+"
                                r"(?:[\w-]+\s+){0,3}?"
                                r"(?:universities|institutions|institutes|colleges|companies|firms|banks|organi[sz]ations|"
                                r"agencies|cities|bodies|partners|entities)\b")
# the bodies a plural agreement phrase is signed with, counted: "memorandums with four corporations",
# "agreements with two Taiwan-based banks"; or those that sign it with one body: "Four universities have
# signed separate MoUs with X"
_BODY_NOUNS = (r"(?:universities|institutions|institutes|colleges|companies|corporations|firms|banks|organi[sz]ations|"
               r"agencies|cities|bodies|partners|entities|enterprises|automakers|carmakers|ports)\b")
_WITH_COUNTED_RE = re.compile(r"(?i)(?:\s+[a-z][\w-]*){0,3}?\s+with\s+(?:with\s+)?(?P<n>\d{1,2}|"
                              + "|".join(_COUNT_WORDS) + r")\s+(?:[\w-]+\s+){0,3}?" + _BODY_NOUNS)
_COUNTED_SUBJECT_RE = re.compile(r"(?i)\s*(?:the\s+)?(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS)
                                 + r")\s+(?:[\w-]+\s+){0,3}?" + _BODY_NOUNS + r"[^,;]{0,40}?\s+(?:have\s+|has\s+)?$")


def _bodies_counted(text: str, sent: tuple[int, int], phrase: AgreementPhrase) -> int:
    """How many agreements a plural phrase stands for when the sentence counts the bodies that sign
    one each (0 when it does not): the count after "with", or the count of the subject when one body
    follows "with"."""
    found = _WITH_COUNTED_RE.match(text, phrase.end, sent[1])
    verb = SIGN_RE.search(text, sent[0], phrase.start)
    if found is None and verb is not None and re.match(r"\s+with\s+[A-Z]", text[phrase.end : sent[1]]):
        found = _COUNTED_SUBJECT_RE.fullmatch(text, sent[0], verb.start())
    if found is None:
        return 0
    how_many = _count_of(found.group("n"))
    return how_many if 2 <= how_many <= 10 else 0


# "MoUs on four different areas": a count of the subjects, one agreement each
_TOPICS_COUNTED_RE = re.compile(r"(?i)\s+(?:on|in|covering)\s+(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS)
                                + r")\s+(?:[\w-]+\s+)?(?:areas|fields|sectors|issues|subjects|topics|domains)\b")
# "The MoUs on tourism, culture and railways were signed": the subjects listed before the passive verb
_TOPICS_LISTED_RE = re.compile(r"(?i)\s+(?:on|for)\s+(?P<list>[^.;:()]{3,250}?)\s+(?:were|have\s+been|had\s+been)\s+"
                               + _K.signed_words + r"\b")

_TOPICS_REPEATED_RE = re.compile(r"(?i)\s+(on|for)\s+[^.;:()]{3,200}?(?:(?:,\s*|\s+and\s+|,\s+and\s+)\1\s+[^.;:()]{3,200}?)+"
                                 r"(?=[.;:]|,\s+as\s+well\s+as|\s+(?:were|was|have\s+been|had\s+been)\s|$)")

# "signed other memorandums: on cooperation in justice, tourism and ecology": a colon opens the list
# of the subjects, one agreement each
_TOPICS_AFTER_COLON_RE = re.compile(r"(?i)\s*:\s*(?:on|for|in)\s+(?:cooperation\s+(?:in|on)\s+(?:the\s+fields?\s+of\s+)?)?"
                                    r"(?P<list>[^.;:()]{3,250}?)\s*(?=[.;]|$)")


def _topics_counted(text: str, sent: tuple[int, int], phrase: AgreementPhrase) -> int:
    """How many agreements a plural phrase stands for when it names their subjects, one each: counted
    ("MoUs on four different areas") or listed as the subject of a passive signing ("The MoUs on
    tourism cooperation, cultural exchange and railways were signed"); 0 when it does neither."""
    counted = _TOPICS_COUNTED_RE.match(text, phrase.end, sent[1])
    if counted is not None:
        how_many = _count_of(counted.group("n"))
        return how_many if 2 <= how_many <= 10 else 0
    repeated = _TOPICS_REPEATED_RE.match(text, phrase.end, sent[1])
    if repeated is not None:
        # "memorandums on establishing a business council and on consolidating cooperation": the
        # preposition said again opens each one
        again = re.findall(r"(?i)(?:,\s*|\s+and\s+|,\s+and\s+)" + repeated.group(1) + r"\s+", repeated.group())
        return len(again) + 1 if 2 <= len(again) + 1 <= 10 else 0
    listed = _TOPICS_LISTED_RE.match(text, phrase.end, sent[1]) or _TOPICS_AFTER_COLON_RE.match(text, phrase.end, sent[1])
    if listed is None:
        return 0
    pieces = [p for p in re.split(r"\s*,\s*", listed.group("list")) if p.strip()]
    last = re.split(r"\s+and\s+", pieces[-1], maxsplit=1)
    how_many = len(pieces) + (1 if len(last) == 2 and last[0] and not pieces[-1].startswith("and ") else 0)
    return how_many if 2 <= how_many <= 10 else 0


# "The institutions included", "The Bangladeshi Universities are---": the next sentence names them
_LISTED_NEXT_RE = re.compile(r"(?i)\s*(?:the|these)\s+(?:[\w-]+\s+){0,2}?(?:universities|institutions|institutes|colleges|"
                             r"companies|firms|banks|organi[sz]ations|agencies|cities|bodies|partners|entities)\s+"
                             r"(?:included?|includes|are|were|being)\b\s*[-—–:,]*\s*")


def _count_of(word: str) -> int:
    """The number a count word or numeral gives (0 for "several")."""
    word = word.casefold()
    return int(word) if word.isdigit() else _COUNT_WORDS.get(word, 0)


def _bodies_listed_next(index: MentionIndex, sent: tuple[int, int], how_many: int = 0) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The bodies one of the two sentences after ``sent`` lists, when it opens "The institutions
    included ..." (which may also follow within the same sentence's paragraph, or after a sentence on
    what the agreements do). Where the count was given ("with 11 foreign banks") and the list has as
    many items, each item is a body even where no other rule knows its name ("the French Banque de
    l'Industrie")."""
    text = index.doc.text
    for start, end in index.doc.body_sentences_between(sent[1], sent[1] + 3000)[:2]:
        listed = _LISTED_NEXT_RE.match(text, start, end)
        if listed is None:
            continue
        chain = [(e, s) for e, s in party_chain_after(index, listed.end(), end) if not e.is_place]
        if how_many > len(chain):
            items = _counted_items(index, listed.end(), end)
            if len(items) == how_many:
                return items
        return chain
    return []


_ITEM_SPLIT_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)")
_ITEM_LEAD_RE = re.compile(r"(?:the\s+)?(?:(?:" + "|".join(re.escape(a) for a in sorted(
    knowledge("en").country_of_adjective, key=len, reverse=True) if " " not in a) + r")\s+)?")


def _counted_items(index: MentionIndex, start: int, end: int) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The items of a list of bodies, one by one: a known body where one starts (its name may hold a
    comma: "Bank of Tokyo-Mitsubishi, Ltd."), else the capitalised words up to the next comma or "and"
    (a people's adjective before them says where the body is from, not its name)."""
    text = index.doc.text
    end = start + len(text[start:end].rstrip(" .;"))
    items: list[tuple[OrgEntry, tuple[int, int]]] = []
    cur = start
    while cur < end:
        lead = _ITEM_LEAD_RE.match(text, cur, end)  # (it may match nothing, never fail)
        cur = lead.end() if lead else cur
        mention = index.org_starting_at(cur)
        if mention is not None and mention.full_end <= end:
            entry = index.orgs.resolve(mention.name) or index.orgs.add(mention.name)
            items.append((entry, (mention.start, mention.end)))
            cur = mention.full_end
        else:
            split = _ITEM_SPLIT_RE.search(text, cur, end)
            stop = split.start() if split else end
            name = text[cur:stop].strip()
            if not name[:1].isupper() or len(name.split()) > 6 or index.people.get(name) is not None:
                return []
            entry = index.orgs.resolve(name, allow_bare=True) or index.orgs.add(name)
            items.append((entry, (cur, stop)))
            cur = stop
        split = _ITEM_SPLIT_RE.match(text, cur, end)
        if split is None:
            break
        cur = split.end()
    return items


# "the MoU signing ceremony": an agreement's kind naming the ceremony, not one agreement of several
_CEREMONY_AFTER_RE = re.compile(r"(?i)\s*(?:signing\s+|exchange\s+)?(?:ceremony|signing|event)\b")
_CEREMONY_RE = re.compile(r"(?i)\b(?:ceremony|signing|event|occasion)\b")


def _witnessed(drafts: list[Draft], current: Draft, phrases: list[AgreementPhrase], text: str,
               sent: tuple[int, int]) -> list[Draft]:
    """The agreements a sentence's witnesses saw signed: every one told so far
    when it names them together ("The MoUs were signed in the presence of")
    or names none but the ceremony ("Present at the signing ceremony were",
    "The MoU signing ceremony was attended by"); the one it tells of when it
    names a new one ("An intergovernmental agreement ... was signed in the
    presence of"); else the one just told."""
    kinds = [p.kind for p in phrases if p.plural]
    if kinds:
        # "The MoUs were signed in the presence of": those of that kind, when others are of other kinds
        same = [d for d in drafts if any(same_kind(d.kind, k) for k in kinds)]
        return same if same and len(same) < len(drafts) else drafts
    particular = [p for p in phrases if not _CEREMONY_AFTER_RE.match(text, p.end, sent[1])]
    if not particular:
        return drafts if _CEREMONY_RE.search(text, *sent) else [current]
    told = [d for d in drafts if any(a <= particular[0].start < b for a, b in d.mentions)]
    return told[-1:] if told and not particular[0].definite else [current]


def _add_witness(draft: Draft, item: tuple[str, tuple[int, int]]) -> None:
    if all(w[0] != item[0] for w in draft.witnesses):
        draft.witnesses.append(item)


_GOVERNMENT_OF_RE = re.compile(r"(?i)\s*(?:the\s+)?(?:federal\s+|national\s+|central\s+)?government\s+of\s+(?:the\s+)?")


def _owns_a_body(index: MentionIndex, pos: int) -> bool:
    """Whether the name ending at ``pos`` is whose a body is ("China's
    state-owned Sinopec Group", "China's Gansu Province"): that body signs,
    not its owner; but "Australia's Minister for Education, A" signs for
    Australia."""
    owns = re.match(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}", index.doc.text[pos : pos + 60])
    return owns is not None and index.org_starting_at(pos + owns.end()) is not None


def _sentence_parties(index: MentionIndex, sent: tuple[int, int], verb: int, phrase) -> list[tuple[OrgEntry, tuple[int, int]]]:
    text = index.doc.text
    start, end = sent
    held = re.search(r"(?i)\b(?:held|hold|holds|holding)\s+(?:a|the|an)\s+(?:\w+\s+)?$", text[start:verb])
    anchor = start + held.start() if held else verb
    parties = party_chain_before(index, start, anchor)
    if not parties:
        first = next(iter(index.org_mentions_between(start, anchor)), None)
        # "SINGAPORE, 14 May 2024 /PRNewswire/ -- Meridian Tidal ... announced that it has entered into"
        opens_sentence = first is not None and (
            text[start : first.start].strip(" ,").casefold() in ("", "the")
            # "FAISALABAD: The Government College University ... has ... signed": a dateline, then the body
            or re.fullmatch(r"[A-Z][A-Z .'’-]{2,30}\s*[:—–-]+\s*(?:[Tt]he\s+)?", text[start : first.start])
            # "The government of Rwanda, on May 31, signed ...": the country signs
            or _GOVERNMENT_OF_RE.fullmatch(text[start : first.start])
            or re.search(r"(?:--|—|–)\s*(?:the\s+)?$", text[start : first.start])
            and re.search(r"\bthat\s+it\s+(?:has\s+|had\s+)?(?:\w+\s+)?$", text[start:anchor]))
        owner = first is not None and _owns_a_body(index, first.end)
        if first is not None and opens_sentence and not owner and not index.in_person_phrase(first.start, first.end):
            # (not "China's state-owned Sinopec Group ... signed": whose the body is)
            entry = index.orgs.resolve(first.name)
            if entry is not None:
                parties = [(entry, (first.start, first.end))]
    after = re.compile(r"(?i)\b(?:with|between|among)\s+").search(text, min(verb, phrase.end), end)
    verb_end = SIGN_RE.match(text, verb)
    if after and (after.start() - phrase.end < 40 or (
            # "the signing ceremony of the Framework Agreement on the Construction of X Park (2023-2027) among A,
            # B and C": sides after the agreement's long title
            after.group().casefold().startswith(("between", "among")) and 0 <= after.start() - phrase.end <= 90
            and _TITLE_GOES_ON_RE.fullmatch(text, phrase.end, after.start()) is not None) or (
            # "A Memorandum of Understanding was also signed for political consultation between A and B"
            verb_end is not None and after.group().casefold().startswith(("between", "among"))
            and 0 <= after.start() - verb_end.end() <= 50 and not re.search(r"[,;]", text[verb_end.end() : after.start()]))):
        parties += party_chain_after(index, after.end(), end)
    if not parties and verb_end is not None:
        # "Another memorandum was signed by Fisheries Development Oman and Saudi Arabia's National
        # Aquaculture Group": bodies, not people, after "signed by"
        parties = _bodies_signing(index, verb_end.end(), end)
    # "Kenya and Ghana sealed their ties with the signing of 12 MoUs", "... concluded the talks by
    # signing an agreement": the signing as a noun; who does the clause's deed signs (the name rules
    # may have read only the first of them, the one opening the sentence)
    deed = _subjects_of_the_deed(index, sent, verb)
    if len(deed) > len(parties) and all(any(e is d for d, _ in deed) for e, _ in parties):
        parties = deed
    known = {entry.name for entry, _ in parties}
    parties += [(e, s) for e, s in parsed_sides(index, sent, verb) if e.name not in known]
    if not parties:
        # "Kenya and Ghana held talks. The two countries signed ...": the pair named just before
        parties = _pair_referred_back(index, sent, verb)
    dateline = _CAPITAL_DATELINE_RE.match(text, start, verb)
    opening = dateline.end() if dateline else start
    if dateline is not None and any(s[0] >= opening for _, s in parties):
        # "MUSCAT: The Ministry of Arts has signed ...", "DUTSE— Jigawa State government has signed": the
        # dateline's city in capitals is where the story was filed, not a side
        parties = [(e, s) for e, s in parties if s[0] >= opening]
    # (a source in capitals before them, "KAZINFORM –", signs nothing)
    town = index.doc.dateline_town
    if town is not None:
        # "Abu Dhabi-Brisbane, 2 Feb. 2009 (WAM): ...": the town (or towns) the story was filed from, in
        # any case, is no side; a side named again after the date line is ("Lindau (NNA) - Lindau province
        # and Norvik signed"); kept where no other side is read yet, for the sentence's own agreement to
        # stay apart from the next one told (the places that sign may be read later: ``places_signing``)
        elsewhere = [(e, s) for e, s in parties if not (town.start <= s[0] and s[1] <= town.end)]
        parties = elsewhere or parties
    if not parties:
        # "An agreement was signed between Armenian and Chinese governments": the two countries
        parties = _countries_between(index, start, end)
    officials = _countries_of_officials(index, start, verb)
    if not all(s[0] >= verb or s[1] <= opening or _inside_officials(s, officials) for _, s in parties):
        officials = []
    if officials:
        # "Iranian and Turkish officials signed ... between Iran's President and ...": the two countries
        parties = officials
    governments = _governments_of(index, start, end)
    if len(governments) >= 2:
        # "The governments of the municipalities of Beijing and Tianjin as well as Hebei province signed":
        # each of them is a side, and no body inside that phrase is another
        within = (governments[0][1][0], governments[-1][1][1])
        parties = governments + [(e, s) for e, s in parties if not (within[0] <= s[0] < within[1])
                                 and e not in [g for g, _ in governments]]
    parties = [_town_not_its_region(index, entry, span) for entry, span in parties]
    parties = _split_plurals(index, sent, parties)
    parties = [side for party in parties for side in _body_not_person(index, *party)]
    parties = [side for party in parties for side in _conjoined_bodies(index, *party)]
    for entry, span in parties:
        _name_its_seat(index, entry, span)
        _name_its_whole(index, entry, span)
    reported = _REPORTED_RE.search(text, start, verb)
    if reported is not None and (len([1 for _, s in parties if s[0] >= reported.end()]) >= 2
                                 # "The News Agency of Nigeria reports that the MoU was signed by ...": the
                                 # outlet; but "X said that it has signed" is X's own signing
                                 or not re.match(r"(?i)(?:it|they|we|both|the\s+two)\b", text[reported.end() : verb])):
        # "The Chinese Embassy in Sri Lanka said that an agreement ... was signed between Sri Lanka and
        # China": who reports the signing is no side of it when the report names two
        parties = [(e, s) for e, s in parties if s[0] >= reported.end()]
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


# "the governments of A and B", "the governments of the municipalities of A and B as well as C province",
# "the municipal administrations of A and B"
_GOVERNMENTS_OF_RE = re.compile(r"(?i)\bthe\s+(?:(?:municipal|city|local|provincial|regional|state)\s+)?"
                                r"(?:governments|administrations)\s+of\s+(?:the\s+)?(?:(?:municipalities|cities|provinces|states|"
                                r"countries|two\s+countries|regions)\s+of\s+)?")
# (a country whose name holds "and", "Trinidad and Tobago", is one place, tried first)
_GOVERNED_RE = re.compile(r"(?P<name>" + "".join(re.escape(c) + r"(?![\w'’-])|" for c in sorted(
                              (c for c in _K.countries if " and " in c), key=len, reverse=True))
                          + r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                          r"(?P<unit>\s+(?:province|state|region|municipality|county|city|prefecture))?")
_TITLE_WORDS = frozenset(w.casefold() for title in _K.title_cores for w in title.split()[:1])
_GOVERNED_JOIN_RE = re.compile(r"(?:,\s*and|,|\s+and|\s+as\s+well\s+as)\s+(?:the\s+)?")


def _governments_of(index: MentionIndex, start: int, end: int) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The places whose governments a sentence names together ("the
    governments of Canada and Ontario"): each one is a side."""
    text = index.doc.text
    found = _GOVERNMENTS_OF_RE.search(text, start, end)
    if found is None:
        return []
    sides: list[tuple[OrgEntry, tuple[int, int]]] = []
    cur = found.end()
    while True:
        place = _GOVERNED_RE.match(text, cur, end)
        if place is None or index.people.get(place.group("name")) \
                or place.group("name").split()[0].casefold() in _TITLE_WORDS | _K.honorifics:
            break  # "Representing the Governments of Japan and Mongolia, Minister ... signed"
        name = place.group("name") + (place.group("unit") or "")
        entry = index.orgs.resolve(name) or index.orgs.resolve(place.group("name")) or index.orgs.add(name, place=True)
        sides.append((entry, place.span()))
        joined = _GOVERNED_JOIN_RE.match(text, place.end(), end)
        if joined is None:
            break
        cur = joined.end()
    return sides


# what follows a person's name, never a body's: a post in lower case ("DJ Pandian, vice president,"),
# "on (the) behalf of" ("Acharya Balkrishan on the behalf of Patanjali signed")
_PERSON_AFTER_RE = re.compile(r"(?:,\s*(?:(?:senior|deputy|vice|executive|first|joint|additional|assistant)[\s-]+)?(?:"
                              + "|".join(re.escape(t) for t in sorted(_K.lower_titles, key=len, reverse=True))
                              + r")\b|\s+on\s+(?:the\s+)?behalf\s+of\b)")


def _body_not_person(index: MentionIndex, entry: OrgEntry,
                     span: tuple[int, int]) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The side a name stands for: itself, unless the words around it say it
    is a person's name with no head word of a body ("with Manish Bajpai of
    Daybest Research": the company; "DJ Pandian, vice president": none), or
    it is an honorific and the surname of a person the article names ("Mr
    Dick"): none."""
    text = index.doc.text
    words = entry.name.split()
    if len(words) == 2 and words[0].casefold() in _K.honorifics and index.people.by_token(words[1]) is not None:
        return []  # "Mr Dick also signed ...", after "Minister Cameron Dick": the person, by honorific and surname
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or entry.is_place \
            or any(w.casefold().strip(".,") in _K.org_heads | _K.state_words for w in words) or entry.name in _K.countries \
            or any(w.isupper() and len(w) > 2 for w in words):
        return [(entry, span)]
    of_body = re.match(r"\s+of\s+(?:the\s+)?", text[span[1] : span[1] + 12])
    body = index.org_starting_at(span[1] + of_body.end()) if of_body else None
    if body is not None and body.name not in _K.countries:
        return [(index.orgs.resolve(body.name) or index.orgs.add(body.name), (body.start, body.end))]
    if _PERSON_AFTER_RE.match(text, span[1]):
        return []
    return [(entry, span)]


# a national institution whose name holds no place: its seat tells which one it is
_NATIONAL_INSTITUTE_RE = re.compile(r"(?:All[- ]India|Indian|National)\s+Institute\s+of\s+[A-Z][\w ]+")
# "X, Rishikesh and Y", "X (IIM), Sambalpur", "X (IIT) – ISM, Dhanbad"
_SEAT_RE = re.compile(r"(?P<tail>(?:\s*\([A-Z]{2,6}\))?(?:\s*[–-]\s*[A-Z]{2,6})?\s*,\s*(?P<city>[A-Z][a-z]+))"
                      r"(?=\s*(?:[,.;]|and\b|has\b|have\b|" + _K.signed_words + r"\b|for\b|on\b|in\b|to\b|$))")


def _name_its_seat(index: MentionIndex, entry: OrgEntry, span: tuple[int, int]) -> None:
    """"The All-India Institute of Medical Sciences, Rishikesh": one of a
    national network of institutes with one name is the one at its seat,
    and is named with it."""
    text = index.doc.text
    if not _NATIONAL_INSTITUTE_RE.fullmatch(entry.name) or text[span[0] : span[1]] != entry.name:
        return
    seat = _SEAT_RE.match(text, span[1])
    if seat is None or seat.group("city") in _K.countries or index.people.get(seat.group("city")):
        return
    full = text[span[0] : seat.end()]
    entry.add_name(full)
    index.orgs.add_alias(entry, full)


def _full_body_name(words: list[str]) -> bool:
    """Whether words name a body on their own: an acronym, "Government of
    X", or two or more words with a body's head word or a company form."""
    if len(words) == 1:
        return words[0].isupper() and len(words[0]) >= 2
    return words[0][:1].isupper() and (
        " ".join(words[:2]) == "Government of"
        or any(w.casefold().strip(",") in _K.org_heads or w.casefold() in _K.company_suffixes for w in words))


def _conjoined_bodies(index: MentionIndex, entry: OrgEntry,
                      span: tuple[int, int]) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """Two bodies read as one name ("NESAC and Government of Arunachal
    Pradesh", "the Government of Maharashtra and Reliance Infrastructure
    Ltd."): each is a side. A name whose words after "and" are no body of
    their own ("Ministry of Industry and Commerce", "Technical Education and
    Skills Development Authority") stays whole."""
    said = index.doc.text[span[0] : span[1]]
    if entry.is_place:
        return [(entry, span)]
    for joint in re.finditer(r"\s+and\s+(?:the\s+)?", entry.name):
        before, after = entry.name[: joint.start()], entry.name[joint.end() :]
        if not _full_body_name(before.split()) or not _full_body_name(after.split()):
            continue
        if {before.split()[-1].casefold(), after.split()[0].casefold()} <= _K.conjoined_words:
            continue  # "Singapore Branch of Industrial and Commercial Bank of China": one name's two words
        parts = [(before, span[0]), (after, span[0] + joint.end())] if said == entry.name \
            else [(said, span[0])] if said in (before, after) else []
        sides = []
        for part, begin in parts:
            found = index.orgs.exact(part)
            if found is None or found is entry:
                found = index.orgs.detach(entry, part)
            sides.append((found, (begin, begin + len(part))))
        return sides or [(entry, span)]
    return [(entry, span)]


# what names the one body: "of International Economic Relations of Chile", "on Balanced National Development of
# the Republic of Korea", "of Bac Ninh province"
_WHOSE_RE = re.compile(r"\s+(?:of|on|for)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?"
                       r"(?:[A-Z][\w'’-]*(?:\s+(?:of|and|&|the|for)\s+(?:the\s+)?|\s+))*"
                       r"[A-Z][\w'’-]*(?:\s+(?:province|city|district|region|county|state))?(?![\w'’-])")


def _name_its_whole(index: MentionIndex, entry: OrgEntry, span: tuple[int, int]) -> None:
    """"The General Directorate of International Economic Relations of
    Chile": a name read only as far as the kind of body it is gets the words
    that say which body it is."""
    text = index.doc.text
    said = text[span[0] : span[1]].replace("’", "'")
    if said != entry.name or not all(w.casefold() in GENERIC_BODY_WORDS for w in said.split()):
        return
    whose = _WHOSE_RE.match(text, span[1], index.doc.sentence_at(span[0])[1])
    if whose is None:
        return
    full = text[span[0] : whose.end()]
    entry.aliases.insert(0, entry.name)
    entry.name = full
    index.orgs.add_alias(entry, full)


# "X said (in a statement) that ...": X reports what follows
_REPORTED_RE = re.compile(r"(?i)\b(?:said|says|stated|states|reported|reports|announced|announces|noted|informed|confirmed)"
                          r"\s+(?:(?:on|in|via)\s+(?:\w+\s+){1,3}?)?that\s+")
# the rest of an agreement's title: capitalised words, "of", "on", "the", a span of years
_TITLE_GOES_ON_RE = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|of|on|for|the|and|in|\(\d{4}\s*[–-]\s*\d{4}\)))*\s+")
# when or where, told between a passive signing verb and its agent: "signed today by", "signed on 9 May
# 2024 by", "signed in Madrid on Monday by" (no verb of its own: "at a ceremony attended by" is another's agent)
_WHEN_OR_WHERE = (r"(?:\s*,?\s+(?:today|yesterday|recently|earlier|here|there|jointly|formally|officially|"
                  r"(?:on|in|at|during|last|this|earlier\s+this)\s+(?:(?!(?:" + _K.witness_acts + r"|organi[sz]ed|held|led|by)"
                  r"\b)[\w'’-]+,?\s+){0,3}?(?!(?:" + _K.witness_acts + r"|organi[sz]ed|held|led|by)\b)[\w'’-]+)){0,2}\s*,?")
# "signed by (the representatives of) A and B": the bodies that sign
_BY_BODIES_RE = re.compile(_WHEN_OR_WHERE + r"\s+by\s+(?:(?:the\s+)?(?:representatives|officials|heads|leaders|delegations)\s+of\s+)?")
# what may follow the last body that signs: the sentence goes on, no person or title follows
_AFTER_BODIES_RE = re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|at|to|for|during|after|following|under|with|which|that|as|"
                              r"last|this|earlier|recently|today|yesterday)\b)")


def _bodies_signing(index: MentionIndex, verb_end: int, end: int) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The bodies named as the agent of a passive signing ("was signed by
    A and B"), when the words after them say they are not a person's
    employer ("signed by Yonhap CEO Cho Sung-boo" names a person)."""
    text = index.doc.text
    by = _BY_BODIES_RE.match(text, verb_end, end)
    if by is None:
        return []
    chain = party_chain_after(index, by.end(), end)
    if not chain or not _AFTER_BODIES_RE.match(text, chain[-1][1][1], end) \
            or any(index.in_person_phrase(*span) for _, span in chain):
        return []
    return chain


def _subjects_of_the_deed(index: MentionIndex, sent: tuple[int, int], verb: int) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The bodies (or countries) that are the subject of the clause a
    signing written as a noun hangs on by "with", "by" or "through": "A and B
    marked the anniversary with the signing of an MoU" (the subject does the
    deed by signing). A subject that is a person, or a visit, names none."""
    token = index.doc.parsed_token_at(verb)
    if token is None or token.dep_ not in ("pobj", "pcomp") or token.head.lower_ not in ("with", "by", "through"):
        return []
    deed = token.head.head
    if deed.pos_ not in ("VERB", "AUX") or not sent[0] <= deed.idx < sent[1]:
        return []
    heads = [t for c in deed.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    sides: list[tuple[OrgEntry, tuple[int, int]]] = []
    for head in heads:
        start, end = head.idx, head.idx + len(head.text)
        mention = next((m for m in index.org_mentions_around(start, end)
                        if m.start <= start and end <= max(m.end, m.full_end)), None)
        entry = index.orgs.resolve(mention.name) if mention is not None else None
        if mention is None or entry is None or index.in_person_phrase(mention.start, mention.end):
            return []  # "The visit ended with the signing", "the minister marked ...": no body does it
        if all(entry is not e for e, _ in sides):
            sides.append((entry, (mention.start, mention.end)))
    return sides


# "the two countries", "both universities": a pair named before, and what kind of thing it is
_PAIR_REFERENCE_RE = re.compile(r"(?i)\b(?:the\s+two|both(?:\s+the)?)\s+(?P<noun>countries|nations|governments|"
                                r"cities|provinces|regions|municipalities|districts|counties|towns|prefectures|"
                                r"universities|institutions|institutes|companies|firms|banks|organi[sz]ations|"
                                r"ministries|agencies|groups|colleges|schools|hospitals|ports)\b")
_COUNTRY_NOUNS = frozenset({"countries", "nations", "governments"})
_PLACE_NOUNS = frozenset({"cities", "provinces", "regions", "municipalities", "districts", "counties", "towns",
                          "prefectures"})
_PAIR_REACH = 3  # sentences back, besides the headline
# "Hunan and Hubei provinces", "the Mombasa and Kisumu counties": two places named with their kind after them
_PLACES_OF_A_KIND_RE = re.compile(r"(?<![\w'’-])(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+and\s+"
                                  r"(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?P<unit>cities|provinces|regions|"
                                  r"municipalities|districts|counties|towns|prefectures)\b")


# "Wa in the ": a town named right before the region it is in
_TOWN_IN_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+in\s+(?:the\s+)?$")


def _town_not_its_region(index: MentionIndex, entry: OrgEntry, span: tuple[int, int]) -> tuple[OrgEntry, tuple[int, int]]:
    """"between Wa in the Upper West Region and Ouahigouya in the Yatenga
    Province": a region read as a side, written right after the town it
    holds, stands for that town (which the name rules did not read as a body)."""
    if not entry.is_place or entry.name in _K.countries:
        return entry, span
    text = index.doc.text
    town = _TOWN_IN_RE.search(text, max(0, span[0] - 40), span[0])
    if town is None or index.people.get(town.group(1)) is not None or index.org_starting_at(town.start(1)) is not None \
            or town.group(1).casefold() in _K.stop_caps:
        return entry, span
    return index.orgs.resolve(town.group(1)) or index.orgs.add(town.group(1), place=True), town.span(1)


_SIGNED_BY_REPRESENTATIVES_RE = re.compile(r"(?i)\w+(?:\s+\w+){0,3}\s+by\s+(?:the\s+)?(?:representatives|officials|"
                                           r"delegations|ministers)\s+of\s+")


def _pair_referred_back(index: MentionIndex, sent: tuple[int, int], verb: int) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The two sides a signing sentence refers to as "the two countries",
    "both cities" or "the two universities": the two of that kind the
    nearest sentence before it names (or the headline), when it names just
    two. Countries and places are found by their names, bodies by theirs."""
    doc = index.doc
    text = doc.text
    # the pair signs ("The two countries signed", before the verb) or is what the signing is between
    # ("signed ... between the two countries"); "serves the interests of both countries" names no side
    # (or "signed Tuesday by representatives of the two countries": the pair's people sign, the "by" the
    # signing verb's, a few words after it; "supported by the leaders of both countries" names no signer)
    referred = next((r for r in _PAIR_REFERENCE_RE.finditer(text, *sent) if r.start() < verb
                     or re.search(r"(?i)\b(?:between|among)\s+(?:the\s+\w+\s+of\s+)?$", text[max(verb, r.start() - 30) : r.start()])
                     or _SIGNED_BY_REPRESENTATIVES_RE.fullmatch(text, verb, r.start())), None)
    if referred is None:
        return []
    noun = referred.group("noun").casefold()
    sentences = doc.body_sentences()
    starts = [s for s, _ in sentences]
    k = starts.index(sent[0]) if sent[0] in starts else 0
    earlier = [(sent[0], referred.start()), *reversed(sentences[max(0, k - _PAIR_REACH) : k])]
    if doc.body_start > 0:
        earlier.append((0, doc.body_start))
    for begin, end in earlier:
        named: list[tuple[OrgEntry, tuple[int, int]]] = []
        for mention in index.org_mentions_between(begin, end):
            entry = index.orgs.resolve(mention.name)
            country = entry is not None and entry.name in _K.countries
            # ("Foreign Minister of Mongolia D. Tsogtbaatar": a post still names the minister's country)
            if entry is None or index.in_person_phrase(mention.start, mention.end) and not (country or entry.is_place) \
                    or any(entry is e for e, _ in named) or _K.agreement_head_re.search(entry.name):
                continue
            if noun in _COUNTRY_NOUNS and country or noun in _PLACE_NOUNS and entry.is_place and not country \
                    or noun not in _COUNTRY_NOUNS | _PLACE_NOUNS and not entry.is_place and not country:
                named.append((entry, (mention.start, mention.end)))
        if noun in _PLACE_NOUNS:
            pair = _PLACES_OF_A_KIND_RE.search(text, begin, end)
            if pair is not None and pair.group("unit").casefold() == noun:
                # "representatives of Thua Thien Hue and Ubon Ratchathani provinces": the two, by their kind
                return [(index.orgs.resolve(pair.group(g)) or index.orgs.add(pair.group(g), place=True), pair.span(g))
                        for g in ("a", "b")]
            for ent in doc.parsed.ents:
                if ent.label_ == "GPE" and begin <= ent.start_char < end and ent.text not in _K.countries \
                        and not any(s[0] <= ent.start_char < s[1] for _, s in named) \
                        and not index.org_mentions_around(ent.start_char, ent.end_char):
                    entry = index.orgs.resolve(ent.text) or index.orgs.add(ent.text, place=True)
                    if all(entry is not e for e, _ in named):
                        named.append((entry, (ent.start_char, ent.end_char)))
        if len(named) == 2:
            return sorted(named, key=lambda side: side[1][0])
        if len(named) > 2:
            return []  # more than the pair: which two is not told
    # (not "cooperation between the two countries", which says what the sides share, nor a speaker's words)
    between = re.search(r"(?i)\b(?:between|among)\s+(?:the\s+\w+\s+of\s+)?$", text[max(0, referred.start() - 30) : referred.start()])
    quoted = re.search(r"[“\"][^”\"]*$", text[sent[0] : referred.start()])
    two = two_countries(text) if noun in _COUNTRY_NOUNS and between is None and quoted is None else None
    if two is not None:
        # "The Russian-Spanish negotiations ... Both countries' leaders were present at the signing": the two
        # countries the article is about, where the sentences just before name them by no name of their own
        return [(index.orgs.resolve(c) or index.orgs.add(c, place=True), referred.span()) for c in two]
    return []


# "Iranian and Turkish officials signed": the officials' countries are the sides
# also "Kazakhstani and South Korean Foreign Ministers Murat Nurtleu and Park Jin have signed"
# "MUSCAT:", "PHNOM PENH (Feb 20, 2014):": the city in capitals where the story was filed, its date in brackets
# ("DIMAPUR, FEBRUARY 9 (MExN):": the day may follow the city)
_CAPITAL_DATELINE_RE = re.compile(r"\s*[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"
                                  r"(?:,?\s*\([^()\n]{1,40}\))?\s*(?::|--|—|–)\s*")
# (a demonym may have two words, "South African", but "Prime" and "Foreign" are the officials' own)
_DEMONYM = r"[A-Z][\w'’-]+(?:\s+(?!(?:Prime|Foreign|Senior)\b)[A-Z][\w'’-]+)?"
_OFFICIALS_OF_RE = re.compile(r"\s*(?:[A-Z][A-Z .'’-]{2,30}\s*(?::|--|—|–)\s*)?(?:[Tt]he\s+)?(?P<a>" + _DEMONYM + r")\s+(?:and|&)\s+"
                              r"(?P<b>" + _DEMONYM + r")\s+(?:[Ss]enior\s+|[Ff]oreign\s+|[Pp]rime\s+)?"
                              r"(?:officials|delegations|delegates|[Mm]inisters|representatives|governments)\s+"
                              r"(?:(?:\w+\s+){0,3}|(?:[A-Z][\w'’.-]*\s+){1,3}(?:and|&)\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
                              r"(?:have\s+|has\s+)?(?:\w+ly\s+)?)$")


def _inside_officials(span: tuple[int, int], officials: list[tuple[OrgEntry, tuple[int, int]]]) -> bool:
    """Whether a side read before the verb is the officials' phrase itself misread as a body's name
    ("Norlandic and Lindauan Prime Ministers", read as one body): it holds one of the demonyms."""
    return any(span[0] <= demonym[0] < span[1] for _, demonym in officials)


def _countries_of_officials(index: MentionIndex, start: int, verb: int) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The two countries whose officials, named by demonyms, open the sentence and sign."""
    return _demonyms_countries(index, _OFFICIALS_OF_RE.fullmatch(index.doc.text, start, verb))


def _countries_between(index: MentionIndex, start: int, end: int) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The two countries whose governments or sides, named by demonyms, an
    agreement is "between" ("between the Armenian and Chinese governments")."""
    return _demonyms_countries(index, _BETWEEN_DEMONYMS_RE.search(index.doc.text, start, end))


def _demonyms_countries(index: MentionIndex, found: re.Match[str] | None) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The countries of the two demonyms a match holds (groups "a" and "b"),
    each where its demonym is written; none unless both name a country."""
    if found is None:
        return []
    sides = []
    for group in ("a", "b"):
        country = _K.country_of_adjective.get(found.group(group))
        if country is None:
            return []
        sides.append((index.orgs.resolve(country) or index.orgs.add(country, place=True), found.span(group)))
    return sides


_BETWEEN_DEMONYMS_RE = re.compile(r"\b(?:between|among)\s+(?:the\s+)?(?P<a>" + _DEMONYM + r")\s+(?:and|&)\s+(?P<b>"
                                  + _DEMONYM + r")\s+(?:governments|sides|authorities|delegations)\b")


_LINKS_RE = re.compile(r"(?i)\b(?:links|connects|joins|brings\s+together)\s+")


_ORDINAL_ITEM_RE = re.compile(r"(?i)\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|last)\s+$")
_PREDICATE_RE = re.compile(r"(?i)\s*(?:\([^()]{1,12}\)\s*)?(?:was|is)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?$")


def _ordinal_items(index: MentionIndex, sent: tuple[int, int], singular: list[AgreementPhrase],
                   by_ordinal: dict[str, Draft]) -> list[tuple[str, AgreementPhrase, tuple[int, int], list]]:
    """The agreements of a count told one by one without a signing verb ("The
    first MoU was a cooperation framework agreement between A and B, while the
    second MoU was ..."): for each, its ordinal, its phrase (the more telling
    of the noun and what it is said to be), its stretch of the sentence and
    its sides."""
    text = index.doc.text
    heads = [(m.group(1).casefold(), p) for p in singular
             for m in [_ORDINAL_ITEM_RE.search(text, max(sent[0], p.start - 20), p.start)] if m]
    heads = [(o, p) for o, p in heads if o not in by_ordinal]
    if not heads:
        return []
    items = []
    for k, (ordinal, phrase) in enumerate(heads):
        seg_end = heads[k + 1][1].start if k + 1 < len(heads) else sent[1]
        said = next((p for p in singular if phrase.end < p.start < seg_end
                     and _PREDICATE_RE.fullmatch(text, phrase.end, p.start)), None)
        if said is not None and name_key(phrase.kind) in ("agreement", "deal", "document"):
            phrase = said  # "the first deal was a memorandum of understanding"
        between = _BETWEEN_WORD_RE.search(text, phrase.end, seg_end)
        parties = party_chain_after(index, between.end(), seg_end) if between else []
        items.append((ordinal, phrase, (phrase.start, seg_end), parties))
    return items


def _described_parties(index: MentionIndex, sent: tuple[int, int],
                       phrase: AgreementPhrase) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The sides of an agreement a sentence describes without a signing:
    "between A and B", "links A with B"."""
    parties = _sentence_parties(index, sent, phrase.start, phrase)
    between = _BETWEEN_WORD_RE.search(index.doc.text, phrase.end, min(sent[1], phrase.end + 90))
    if len(parties) < 2 and between:
        # "an agreement on the implementation of an investment project between A and B"
        named = {e.name for e, _ in parties}
        parties += [(e, span) for e, span in party_chain_after(index, between.end(), sent[1]) if e.name not in named]
    links = _LINKS_RE.search(index.doc.text, phrase.end, sent[1])
    if links and links.start() - phrase.end < 10:
        named = {e.name for e, _ in parties}
        parties = [(e, span) for e, span in party_chain_after(index, links.end(), sent[1]) if e.name not in named] + parties
    return parties


def _countries_of(text: str, entry: OrgEntry, span: tuple[int, int]) -> set[str]:
    """The countries a body belongs to by its name ("Saudi Ministry of
    Finance", "Ministry of Foreign Affairs of Kenya") or by the seat written
    after it ("the Ministry of Economic Affairs, Pakistan")."""
    found = {c for c in _K.countries if c in entry.name and re.search(r"(?<![\w-])" + re.escape(c) + r"(?![\w-])", entry.name)}
    found |= {country for adjective, country in _K.country_of_adjective.items()
              if adjective in entry.name and re.search(r"(?<![\w-])" + re.escape(adjective) + r"(?![\w-])", entry.name)}
    seat = re.match(r",\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s*(?:,|\.|;|$))", text[span[1] : span[1] + 40])
    if seat and seat.group(1) in _K.countries:
        found.add(seat.group(1))
    return found


def _draft_of_the_countries(text: str, drafts: list[Draft], phrase: AgreementPhrase,
                            parties: list[tuple[OrgEntry, tuple[int, int]]]) -> Draft | None:
    """The agreement told before between countries that a new mention of
    the same kind tells again between one body of each of them."""
    if len(parties) < 2:
        return None
    for draft in reversed(drafts):
        known = {p.name for p in draft.parties}
        if len(known) < 2 or not all(name in _K.countries for name in known) or not same_kind(draft.kind, phrase.kind):
            continue
        if not phrase.definite and _another_topic(text, draft, phrase):
            return None  # "a treaty on friendly relations" between the countries, then "a treaty on science"
        owners = [_countries_of(text, entry, span) & known for entry, span in parties]
        if len(owners) == len(known) and all(len(o) == 1 for o in owners) and set().union(*owners) == known:
            return draft
        return None
    return None


def _item_parties(index: MentionIndex, sent: tuple[int, int],
                  phrase: AgreementPhrase) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The sides of a list item: "MoU between A and B on ..." names them all
    right after its agreement, and nothing later in the line is a side
    ("... on Teaching with Design Thinking")."""
    between = re.compile(r"(?i)\s*(?:" + _K.signed_words + r"\s+)?between\s+").match(index.doc.text, phrase.end, sent[1])
    if between is not None:
        sides = _split_plurals(index, (between.start(), sent[1]), party_chain_after(index, between.end(), sent[1]))
        if len(sides) >= 2:
            return sides
    return _described_parties(index, sent, phrase)


# a plural word that may be a body's head ("Ministries", "councils"), and the words before it that may say which
# of its kind ("the municipal", "Olympic")
_PLURAL_HEAD_RE = re.compile(r"\b(?P<head>[A-Za-z]+(?:ies|s))\b")
_BEFORE_HEAD_RE = re.compile(r"(?:[\w'’-]+\s+){0,2}$")
# "of Foreign Affairs", "of Industry and Trade": what the bodies are for, before whose they are
_PLURAL_WHAT_RE = re.compile(r"\s+of\s+(?P<what>[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+|for\s+)?[A-Z][\w'’-]*){0,4})"
                             r"(?=\s+of\s)")
_PLACE_PAIR_RE = re.compile(r"\s+of\s+(?:the\s+)?(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+and\s+(?:the\s+)?"
                            r"(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?![\w'’-])")
_ADJECTIVE_PAIR_RE = re.compile(r"(?:\b[Tt]he\s+)?(?P<a>[A-Z][\w'’-]*)\s+and\s+(?P<b>[A-Z][\w'’-]*)\s+"
                                r"(?P<mods>(?:[\w'’-]+\s+){1,2})$")

# words before a plural head that say nothing of which body it is
_NOT_WHICH = frozenset({"the", "a", "an", "and", "of", "between", "among", "with", "by", "two", "both", "their", "its"})


def _singular_head(word: str) -> str | None:
    """"Ministries" -> "Ministry", "councils" -> "council": the head word of
    one body, when the plural names bodies a place has one of."""
    one = word[:-3] + ("Y" if word.isupper() else "y") if word.casefold().endswith("ies") else word[:-1]
    return one if one.casefold() in _K.one_per_place and one.casefold() != word.casefold() else None


def _place_like(index: MentionIndex, name: str, adjective: bool = False) -> bool:
    """A country, a place the text knows, or (with ``adjective``) a
    country's adjective ("Russian")."""
    if name in _K.countries or adjective and name in _K.country_of_adjective:
        return True
    entry = index.orgs.resolve(name)
    return entry is not None and (entry.is_place or entry.name in _K.countries) or any(
        e.label_ == "GPE" and e.text == name for e in index.doc.parsed.ents)


def _plural_bodies(index: MentionIndex, start: int, end: int) -> list[tuple[tuple[int, int], list[str]]]:
    """Bodies named together by one plural ("the Ministries of Foreign
    Affairs of Norland and Sweden", "the municipal councils of Lindau and
    Velsk", "the Russian and Chinese Olympic committees"): each place has
    one such body and each is a side. With the plural before the places, the
    words before it may say which of its kind; with the places before it,
    some word must (not "Spanish and Chinese universities", which are any
    number of them). Returns each phrase's span and the names of its bodies."""
    text = index.doc.text
    out: list[tuple[tuple[int, int], list[str]]] = []
    for m in _PLURAL_HEAD_RE.finditer(text, start, end):
        one = _singular_head(m.group("head"))
        if one is None:
            continue
        adjectives = _ADJECTIVE_PAIR_RE.search(text, max(start, m.start() - 80), m.start())
        if adjectives is not None and all(_place_like(index, adjectives.group(k), adjective=True) for k in ("a", "b")):
            # "the Russian and Chinese Olympic committees", "Lindau and Velsk Municipal Councils"
            after = " ".join([*adjectives.group("mods").split(), one])
            out.append(((adjectives.start(), m.end()), [f"{adjectives.group(k)} {after}" for k in ("a", "b")]))
            continue
        before = _BEFORE_HEAD_RE.search(text, max(start, m.start() - 60), m.start())
        mods = before.group().split() if before is not None else []
        while any(w.casefold() in _NOT_WHICH for w in mods):
            mods = mods[1:]
        what = _PLURAL_WHAT_RE.match(text, m.end(), end)
        pair = _PLACE_PAIR_RE.match(text, what.end() if what else m.end(), end)
        if pair is None or not all(_place_like(index, pair.group(k)) for k in ("a", "b")):
            continue
        if not m.group("head")[:1].isupper() and not mods:
            continue  # "the councils of Lindau and Velsk": no word says which of their kind
        body = " ".join([*mods, one]) + (f" of {what.group('what')}" if what else "")
        begin = m.start() - len(" ".join(mods)) - 1 if mods else m.start()
        out.append(((begin, pair.end()), [f"{body} of {pair.group(k)}" for k in ("a", "b")]))
    return out


def _split_plurals(index: MentionIndex, sent: tuple[int, int],
                   parties: list[tuple[OrgEntry, tuple[int, int]]]) -> list[tuple[OrgEntry, tuple[int, int]]]:
    """The sides of a sentence with the bodies one plural names in place of
    the places read inside it ("between the Ministries of Foreign Affairs of
    Norland and Sweden" is not between Norland and Sweden), or added when
    the plural opens the sentence or follows "between"."""
    text = index.doc.text
    for span, names in _plural_bodies(index, *sent):
        inside = [p for p in parties if span[0] <= p[1][0] and p[1][1] <= span[1]]
        opens = re.fullmatch(r"\s*(?:[Tt]he\s+)?", text[sent[0] : span[0]]) is not None
        listed = re.search(r"(?i)\b(?:between|among)\s+(?:the\s+)?$", text[sent[0] : span[0]]) is not None
        if not inside and not opens and not listed:
            continue
        split = [(index.orgs.exact(name) or index.orgs.add(name), span) for name in names]
        at = parties.index(inside[0]) if inside else len(parties)
        parties = [p for p in parties[:at] if p not in inside] + split + [p for p in parties[at:] if p not in inside]
    return parties


# words that say what kind of body a name is, not which: "the Government of Kenya" is Kenya
_BODY_KIND_WORDS = frozenset({"government", "govt", "state", "of", "the", "and"})


def _same_body(a: str, b: str) -> bool:
    """Two names of one side as a story varies them ("Kenya" and "the Government of Kenya",
    "Meghalaya" and "Meghalaya government"): the same words, past the words of a government's kind
    (not "the National Academy of Sciences of Belarus", a body of Belarus)."""
    wa = set(name_key(a).split()) - _BODY_KIND_WORDS
    return bool(wa) and wa == set(name_key(b).split()) - _BODY_KIND_WORDS


_TOPIC_RE = re.compile(r"\s+(?:on|for|of)\s+(?!behalf\b)(?:the\s+)?([^,.;:()]{3,80})")  # (not "on behalf of A")
_TOPIC_END_RE = re.compile(r"\s(?:was|were|is|are|has|have|had|will|would|" + _K.signed_words + r"|between|by|with|following|at|which|that|"
                           r"during|after|in\s+(?-i:[A-Z]))\s", re.I)
_TOPIC_STOP = frozenset({"and", "the", "of", "in", "on", "for", "between", "with", "to", "a", "an", "cooperation",
                         "co-operation", "collaboration", "mutual", "bilateral", "from", "million", "billion",
                         "thousand", "usd", "us", "dollars", "euros", "yen", "worth", "up"})


def _topic(text: str, end: int) -> set[str]:
    """The words of what an agreement is on, written right after its kind ("a treaty on
    friendly relations and cooperation", "an MoU for science and technology")."""
    match = _TOPIC_RE.match(text, end)
    if match is None:
        return set()
    topic = _TOPIC_END_RE.split(match.group(1), maxsplit=1)[0]  # what it is on, not who signed it or when
    return {w for w in re.findall(r"[a-z]+(?:-[a-z]+)?", topic.casefold()) if w not in _TOPIC_STOP}


def _another_topic(text: str, draft: Draft, phrase) -> bool:
    """"... signed a treaty on friendly relations ... A treaty on science and technology was
    concluded by ...": an agreement named with a topic of its own, which shares no word with
    the topic the earlier one was named with, is another one (asked only of kinds with one
    head: "an agreement on X, as well as a memorandum on Y" may sum the memorandum up)."""
    mine = _topic(text, phrase.end)
    if not mine or not draft.mentions:
        return False
    first = _topic(text, draft.mentions[0][1])
    return bool(first) and not mine & first


def _choose_draft(drafts: list[Draft], current: Draft | None, phrase, parties, text: str = "",
                  own_signers: set[str] | frozenset[str] = frozenset()) -> Draft | None:
    """The agreement a phrase refers to, or None for a new one;
    ``own_signers`` are the people the phrase's sentence has sign."""
    if not drafts:
        return None
    entries = {e.name for e, _ in parties}
    if phrase.definite and current is not None and not (_same_head(current.kind, phrase.kind)
                                                         and _another_topic(text, current, phrase)):
        current_parties = {p.name for p in current.parties}
        if not entries or not current_parties or entries <= current_parties:
            return current
        if len(current_parties) >= 2 and entries & current_parties and len(entries - current_parties) <= 2 \
                and same_kind(current.kind, phrase.kind):
            # "The MoU was signed by A, Director, HR, NTPC": the MoU the story told, one side of it named
            # again beside a body read where there is none (or named another way); "A, Director, HR,
            # NTPC and B, Secretary, Health Department signed the MoU": two such words
            return current
        if len(current_parties) >= 2 and len(entries) == 1 and same_kind(current.kind, phrase.kind):
            # "The MoU was signed with KIT-B" after the MoU between the region and the Kanto Institute of
            # Technology Brena: one side, named another way, does not make another pair (but after "the
            # agreement with A", "the agreement with B" may be another one)
            return current
    for draft in reversed(drafts):
        known = {p.name for p in draft.parties}
        if not phrase.definite and draft.signers and kind_key(draft.kind) != kind_key(phrase.kind):
            continue  # "a shareholders' agreement" after an agreement already signed by people: another one
        if _same_head(draft.kind, phrase.kind) and _another_topic(text, draft, phrase):
            continue  # ("The MoU on sport was signed by A ... The MoU on trade was signed by B": two)
        if not phrase.definite and (draft.signers or draft.separate) and entries and not known:
            continue  # "A and B signed a memorandum" after one signed by people for other sides: another one
        if not phrase.definite and own_signers and draft.signers \
                and not own_signers & {name for name, _, _ in draft.signers}:
            continue  # "Secretary A and Minister B also penned an MOU" after one others signed: another one
        if not phrase.definite and name_key(draft.kind) in ("agreement", "deal") and draft.parties \
                and name_key(phrase.kind) not in ("agreement", "deal") and not name_key(phrase.kind).endswith("agreement"):
            continue  # "An agreement was signed between A and B. Finally, a declaration of intentions was signed": two
        if same_kind(draft.kind, phrase.kind) and (not entries or not known or entries == known or entries <= known
                                                   or all(any(_same_body(e, k) for k in known) for e in entries)
                                                   or _named_with_known_parents(text, parties, known)):
            return draft
        if same_kind(draft.kind, phrase.kind) and known and known < entries and not draft.signers \
                and (name_key(phrase.kind) in ("agreement", "deal")
                     or phrase.definite and kind_key(phrase.kind) == kind_key(draft.kind)):
            # "Missouri has signed a memorandum of understanding to boost trade with Quebec. ... Missouri and
            # Quebec signed an agreement to boost trade": the same one, its sides now both named (so is
            # "the agreement of collaboration" after a headline's "collaboration agreement")
            return draft
    return None


def _named_with_known_parents(text: str, parties: list[tuple[OrgEntry, tuple[int, int]]], known: set[str]) -> bool:
    """Whether every side of ``parties`` the draft does not know is named
    with a known side after it as its parent ("NESAC signs MoU with Dept.
    of Science & Technology, Govt. of Arunachal Pradesh" after the MoU
    between NESAC and the Government of Arunachal Pradesh)."""
    return bool(text) and bool(known) and all(entry.name in known or _parent_named_after(text, span, known)
                                              for entry, span in parties)


def _parent_named_after(text: str, span: tuple[int, int], known: set[str]) -> bool:
    """Whether a known side is named right after the body at ``span``, set off
    by a comma: the body's parent ("Dept. of Science & Technology, Govt. of
    Arunachal Pradesh")."""
    parent = re.match(r",\s*(?:the\s+)?", text[span[1] : span[1] + 4])
    after = name_key(text[span[1] + parent.end() : span[1] + parent.end() + 120]) if parent else ""
    # (not a country: "the Ministry of Economic Affairs, Pakistan" is where the body is, and the body is the side)
    return bool(after) and any(after.startswith(name_key(k)) for k in known if k not in _K.countries)


def _more_specific(kind: str, than: str) -> bool:
    """A kind that says more of the same agreement: "contract of cooperation"
    or "cooperation contract" after a headline's "contracts"."""
    longer, shorter = kind_key(kind), kind_key(than)
    return longer.endswith(" " + shorter)
