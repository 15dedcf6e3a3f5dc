"""Who else signed, when no rule says: the learned signer linker.

The signing rules read signers in the shapes they know ("A and B signed",
"signed by A on behalf of X", "inked by A"). Real articles tell the signing
in many more ("A and B took part in the signing ceremony", "A exchanged the
documents with B", a signer named in one sentence and the signing told in
the next). For each person the article names who is neither a signer nor a
witness of any agreement, a logistic model (``python bench/train.py
signers``) weighs named features (how far the person stands from the
signing sentences and the verb, how the parse hangs the name on the verb,
the words around it, whether their post is at one of the sides, how many
signers the agreement already has) and adds them as a signer of the nearest
agreement when it is likely enough. The side is the party their post names,
else the side chooser's pick; a person no side is found for is not added.

The features are positions, parse relations and words, not one language's
patterns: a second language trains its own weights from its own gold.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from kg.extract.agreements import SIGN_RE, Draft
from kg.extract.document import Document
from kg.extract.linear import Features, LinearModel, best, model, parse_features, words_around
from kg.extract.mentions import MentionIndex
from kg.extract.names import OrgEntry, name_key
from kg.extract.people import PersonMention
from kg.extract.posts import posts_by_person
from kg.extract.roles import STOOD_IN_FOR_RE
from kg.extract.side_chooser import side_candidates
from kg.knowledge import knowledge

__all__ = ["SignerCandidate", "signer_candidates", "link_signers"]

_K = knowledge("en")


@dataclass
class SignerCandidate:
    """One person the article names who signs or witnesses nothing yet, with
    the agreement they stand nearest to, the mention nearest its signing, and
    the party their posts name (if any)."""

    name: str
    span: tuple[int, int]
    draft: Draft
    side: OrgEntry | None
    features: Features


def _count_bucket(n: int) -> str:
    return "none" if n == 0 else "one" if n == 1 else "two" if n == 2 else "more"


def _post_side(mentions: list[PersonMention], orgs_of_parties: dict[int, OrgEntry], index: MentionIndex) -> OrgEntry | None:
    """The party one of the person's posts is at, if any."""
    for mention in mentions:
        for post in mention.posts:
            if post.org is None:
                continue
            entry = index.orgs.resolve(post.org)
            if entry is not None and id(entry) in orgs_of_parties:
                return entry
    return None


def signer_candidates(doc: Document, index: MentionIndex, drafts: list[Draft],
                      found: list[PersonMention]) -> list[SignerCandidate]:
    """Every person the article names who signs or witnesses nothing, with
    what a reader would weigh about them as one more signer."""
    if not drafts:
        return []
    text = doc.text
    starts = [s for s, _ in doc.sentences]

    def sentence_no(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    taken = {name_key(n) for d in drafts for n, _, _ in d.signatures} | {name_key(n) for d in drafts for n, _ in d.witnesses}
    signing = {id(d): sorted({sentence_no(a) for a, _ in d.sentences}) for d in drafts}
    mentions_of: dict[str, list[PersonMention]] = {}
    for m in found:
        mentions_of.setdefault(name_key(m.name), []).append(m)
    # every place each person is named (in full, by surname, with a title), from the mention index
    named: dict[str, tuple[str, set[tuple[int, int]]]] = {}
    for span in index.person_spans:
        named.setdefault(name_key(span.name), (span.name, set()))[1].add((span.name_start, span.name_end))
    for m in found:
        named.setdefault(name_key(m.name), (m.name, set()))[1].add((m.start, m.end))
    out: list[SignerCandidate] = []
    for key, (person, places) in named.items():
        spans = sorted(places)
        if key in taken or not spans:
            continue
        if any(STOOD_IN_FOR_RE.search(text, max(0, s - 80), s) for s, _ in spans):
            continue  # "A, who represented the Vice-Chancellor, Prof. B": B stayed away
        positions = [sentence_no(a) for a, _ in spans]
        gaps = [min((abs(p - s) for p in positions for s in signing[id(d)]), default=99) for d in drafts]
        gap = min(gaps)
        draft = drafts[gaps.index(gap)]
        a, b = min(spans, key=lambda s: min((abs(sentence_no(s[0]) - x) for x in signing[id(draft)]), default=99))
        sent = doc.sentences[sentence_no(a)] if doc.sentences else (0, len(text))
        f: dict[str, float] = {}
        where = "in" if gap == 0 else "next" if gap == 1 else "near" if gap <= 3 else "far"
        f[f"signing={where}"] = 1.0
        has = _count_bucket(len(draft.signatures))
        f[f"signers={has}"] = 1.0
        f[f"signing={where}&signers={has}"] = 1.0
        f[f"agreements={_count_bucket(len(drafts))}"] = 1.0
        n = len(spans)
        f["named_once" if n == 1 else "named_twice" if n == 2 else "named_often"] = 1.0
        if a < doc.body_start:
            f["headline"] = 1.0
        parties = {id(p): p for p in draft.parties}
        mentions = mentions_of.get(key, [])
        side = _post_side(mentions, parties, index)
        if side is not None:
            f["post_at_a_party"] = 1.0
        posts = [p for m in mentions for p in m.posts]
        if posts:
            f["has_a_post"] = 1.0
            for post in posts[:2]:
                f[f"title_head={post.title.split()[-1].casefold()}"] = 1.0
            if any(p.org is not None and p.is_place for p in posts):
                f["post_of_a_place"] = 1.0
        verb = SIGN_RE.search(text, sent[0], sent[1])
        if verb is not None:
            f["before_verb" if a < verb.start() else "after_verb"] = 1.0
        if _K.agreement_head_re.search(text, sent[0], sent[1]):
            f["named_where_an_agreement_is_told"] = 1.0
        if _K.forward_witness_re.search(text, sent[0], a):
            f["after_a_witness_cue"] = 1.0  # "in the presence of", "attended by"
        if _K.backward_witness_re.search(text, b, sent[1]):
            f["before_a_witness_cue"] = 1.0
        for _, _, (ps, pe) in draft.signatures:
            if 0 <= a - pe < 80 or 0 <= ps - b < 80:
                f["beside_a_signer"] = 1.0
            if sent[0] <= ps < sent[1]:
                f["in_a_signers_sentence"] = 1.0
        for _, (ws, we) in draft.witnesses:
            if 0 <= a - we < 60 or 0 <= ws - b < 60:
                f["beside_a_witness"] = 1.0
        f[f"entity={doc.entity_label(a, b) or 'none'}"] = 1.0
        f.update(parse_features(doc.parsed, a, b, SIGN_RE))
        f.update(words_around(text, a, b))
        out.append(SignerCandidate(person, (a, b), draft, side, f))
    return out


def link_signers(doc: Document, index: MentionIndex, drafts: list[Draft], found: list[PersonMention],
                 linker: LinearModel | None = None, chooser: LinearModel | None = None) -> None:
    """Add as a signer of its nearest agreement every person the model finds
    likely enough to have signed, for the party their post names, else the
    side the side chooser picks for them. A person no side is found for is
    not added: a signer told in a shape no rule reads is seldom one whose
    side the text leaves unsaid, and on the development set most such rows
    were right about the person and wrong about the side."""
    linker = linker or model("en", "signers")
    chooser = chooser or model("en", "sides")
    posts_of = posts_by_person(found)
    for candidate in signer_candidates(doc, index, drafts, found):
        if linker.probability(candidate.features) < linker.threshold:
            continue
        signatures = candidate.draft.signatures
        signatures.append((candidate.name, candidate.side, candidate.span))
        if candidate.side is None:
            top = best(chooser, ((c, c.features) for c in side_candidates(doc, index, candidate.draft,
                                                                          len(signatures) - 1, posts_of)))
            if top is None or top[0].entry is None:
                signatures.pop()
            else:
                signatures[-1] = (candidate.name, top[0].entry, candidate.span)
