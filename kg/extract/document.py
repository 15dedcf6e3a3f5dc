"""The article as the rules see it: text, sentences, tokens and evidence.

Every rule works on one :class:`Document`, so sentence lookup and token
splitting are done once per article and every span it hands out is an
offset into ``Article.text``.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from kg.article import Article, split_sentences
from kg.errors import ArticleError
from kg.extract.lexicon import HONORIFICS, TITLE_WORDS
from kg.facts import Evidence
from kg.knowledge import knowledge

if TYPE_CHECKING:  # pragma: no cover
    import datetime

    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token as SpacyToken

    from kg.extract.dateline import DatelineTown

__all__ = ["Token", "Document", "TOKEN_RE"]

_K = knowledge("en")
# a title's or a courtesy style's word, as written before a name ("President", "Dr")
_TITLE_OR_STYLE = frozenset(TITLE_WORDS) | frozenset(h.rstrip(".") for h in HONORIFICS)
_FIELD_WORDS = _K.field_words  # ("Education", "Training": the capitalised words of a remit)
# the last word of a country's name of several words, and the words before it ("Lanka": "Sri")
_COUNTRY_HEADS: dict[str, list[str]] = {}
for _country in _K.countries:
    if " " in _country:
        _COUNTRY_HEADS.setdefault(_country.rsplit(" ", 1)[1], []).append(_country.rsplit(" ", 1)[0])

# Abbreviations keep their full stop ("Co.", "Ltd.", "Dr.", initials "H.");
# a possessive "'s" is a token of its own so that "DLU's campus" ends a name.
TOKEN_RE = re.compile(
    # company forms written with dots or a slash: "S.A.", "N.V.", "S.p.A.", "A/S"
    r"(?:S\.A|N\.V|B\.V|S\.p\.A|S\.A\.S|S\.L|A\.Ş|A\.S)\.(?![\w])|A/S(?![\w])"
    # a name with its initials glued on, as Mongolian names are written: "N.Batbayar", "Kh.Battulga", "A.V.Novakov"
    r"|(?<![\w.])(?!U\.[SKN]\.)(?:[A-Z]|Kh|Ch|Sh|Ts)\.(?:[A-Z]\.)?[A-Z][a-z]{2,}(?![\w]|\.\w)"
    # letters with full stops: "U.S.", "U.K.", initials "M.K."
    # a word and letters with full stops joined by a hyphen, one word of a name: "China-U.S. Chamber"
    r"|[A-Z][a-z\u00C0-\u024F]+-(?:[A-Z]\.){2,}(?![\w])"
    r"|(?:[A-Z]\.){2,}(?![\w])"
    r"|(?:Co|Ltd|Inc|Corp|Bhd|Pte|Pty|Sdn|Jr|Sr|Dr|Mr|Mrs|Ms|Prof|Gov|St|No|[A-Z])\.(?![\w])"
    r"|['’]s(?![\w])"
    r"|[A-Za-z\u00C0-\u024F0-9](?:[\w\u00C0-\u024F&]|-(?=[\w\u00C0-\u024F])|['’](?!s(?!\w))(?=[\w\u00C0-\u024F]))*"
    r"|\S"
)


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


class Token(NamedTuple):
    """A word of the text as kg's own tokenizer cuts it (a tuple: an article
    holds tens of thousands, made in one pass)."""

    text: str
    start: int
    end: int
    low: str = ""  # casefolded, straight apostrophes: what the word lists hold

    @property
    def is_cap(self) -> bool:
        """A capitalised word, or a name's elided particle before one ("d'Ivoire" in "Côte d'Ivoire")."""
        return self.text[:1].isupper() or self.text[:2] in ("d'", "d’") and self.text[2:3].isupper()


# a place's head word in small letters right after a name ("Ningxia Hui autonomous region", "Kisii county")
# (not "area" or "state", which also open a post after a name: "A, area manager")
_PLACE_HEAD_AFTER_RE = re.compile(r"\s+(?:autonomous\s+)?(?:" + "|".join(
    sorted(set(_K.place_heads) - {"area", "state"}, key=len, reverse=True)) + r")(?![\w-])")


def _after_a_governing_title(text: str, start: int) -> bool:
    """Whether an office that governs a place ("Mayor", "Governor", "Chief
    Minister") is written right before ``start``."""
    from kg.extract.lexicon import GOVERNMENT_TITLES

    before = re.search(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+$", text[max(0, start - 30) : start])
    return before is not None and any(GOVERNMENT_TITLES.fullmatch(w) for w in (before.group(1), before.group(1).split()[-1]))


def _their_own_place(word: str, name: str) -> bool:
    """Whether ``word``, written right before a listed leader's ``name``, is
    the region or country the lists say they led ("Mayor of Seoul Park Won
    Soon", which the model reads as one building): the end of their title,
    not a word of another name."""
    from kg.knowledge.leaders import leader_countries, leader_key, regional_heads

    key = leader_key(name)
    return word in regional_heads("en").get(key, frozenset()) or word == leader_countries("en").get(key)


@dataclass
class Document:
    """An article's text with its sentences and tokens, indexed by offset."""

    article: Article
    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    body_start: int = 0

    _parsed: SpacyDoc | None = None

    def __post_init__(self) -> None:
        from kg.nlp import MAX_CHARS

        self.text = self.article.text
        if len(self.text) > MAX_CHARS:
            raise ArticleError(f"{self.article.path}: {len(self.text):,} characters of text, more than the "
                               f"{MAX_CHARS:,} kg reads in one article; split the file into its articles")
        self.sentences = _join_honorific_breaks(self.text, split_sentences(self.text))
        self._sentence_starts = [s for s, _ in self.sentences]
        self.tokens = [
            Token(m.group(), m.start(), m.end(), m.group().casefold().translate(_APOSTROPHES))
            for m in TOKEN_RE.finditer(self.text)
        ]
        self._token_starts = [t.start for t in self.tokens]
        self.body_start = self.article.body_start

    # ------------------------------------------------------------ lookups

    @property
    def parsed(self) -> SpacyDoc:
        """The statistical parse of the text (tokens, tags, dependencies,
        named entities), made on first use and kept for every pass."""
        if self._parsed is None:
            from kg.nlp import parse

            self._parsed = parse(self.text)
        return self._parsed

    def entity_label(self, start: int, end: int) -> str | None:
        """The model's label (PERSON, ORG, GPE...) for an entity covering ``text[start:end]``."""
        span = self.parsed.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        labels = {t.ent_type_ for t in span if t.ent_type_}
        return labels.pop() if len(labels) == 1 else None

    @functools.cached_property
    def person_spans(self) -> list[tuple[int, int]]:
        """The model's PERSON entities, less the country a title ended with
        ("Ambassador to Azerbaijan Hun Tsui": the person is "Hun Tsui"); a
        people's adjective alone ("Azerbaijani") is nobody."""
        from kg.knowledge.leaders import regions_led

        nations = _K.countries | set(_K.country_of_adjective)
        spans = []
        for entity in self.parsed.ents:
            if entity.label_ != "PERSON":
                continue
            start = entity.start_char
            if entity.text in nations:
                continue  # "Azerbaijani", "Sri Lankan": a people's adjective is nobody
            if _PLACE_HEAD_AFTER_RE.match(self.text, entity.end_char):
                continue  # "Yinchuan, Ningxia Hui autonomous region": a place named with its head word after it
            words = list(re.finditer(r"\S+", entity.text))
            while len(words) > 2 and words[0].group() in nations:
                words.pop(0)
            if len(words) > 2 and _after_a_governing_title(self.text, start) and words[0].group() in regions_led("en"):
                words.pop(0)  # "Mayor Karachi Murtaza Wahab": the town the mayor governs, then the name
            # "to Sri Lanka Taranjit Singh Sandhu": a country's name of two words is no part of the name either
            lead = " ".join(w.group() for w in words[:2])
            if len(words) >= 3 and lead in nations:
                words = words[2:]
            # "... to Sri Lanka Taranjit": the model's person begins inside a country's name
            before = self.text[max(0, start - 30) : start]
            while len(words) > 2 and any(before.endswith(head + " ") for head in _COUNTRY_HEADS.get(words[0].group(), ())):
                words.pop(0)
            if len(words) == 1 and words[0].group() in nations:
                continue
            # "Hail's Saud Fahd al-Abdah": whose person it is comes before the name
            # (a tokenizer may or may not keep the possessive with its word)
            while len(words) > 2 and re.fullmatch(r"\w[\w.-]*['’]s", words[0].group()):
                words.pop(0)
            # "Minister of Education and Training Karl Olsen": a remit's last field word is no given name
            while len(words) > 2 and words[0].group().casefold() in _FIELD_WORDS \
                    and re.search(r"\b(?:of|for|and|&)\s+$", self.text[max(0, start - 5) : start + words[0].start()]):
                words.pop(0)
            spans.append((entity.start_char + words[0].start(), entity.end_char) if words else (start, entity.end_char))
        # a leader's, a minister's or a region's head's name the lists know, which the model missed or read as
        # a body ("Kassym-Jomart Tokayev" as an organization), is a person's too
        # (not where a capitalised word comes right before it: the end of a remit the title readers split off
        # themselves, "... and International Cooperation Hugh Todd", or a place named for a person, "Dera
        # Ismail Khan"; but a title's word, where the model reads the name as a body: "President Emil Boc")
        taken = sorted(spans)
        for begin, end in self.known_people:
            at = bisect.bisect_left(taken, (begin, -1))
            if any(a < end and begin < b for a, b in taken[max(0, at - 1) : at + 1]):
                continue
            capital_before = re.search(r"([A-Z][\w’'.-]*) $", self.text[max(0, begin - 40) : begin])
            if capital_before is not None and not (capital_before.group(1).casefold().rstrip(".") in _TITLE_OR_STYLE
                                                   and self._read_as_other(begin, end)) \
                    and not _their_own_place(capital_before.group(1), self.text[begin:end]):
                continue
            bisect.insort(taken, (begin, end))
            spans.append((begin, end))
        return spans

    def _read_as_other(self, begin: int, end: int) -> bool:
        """Whether the model reads exactly ``text[begin:end]`` as something
        other than a person (an organization, a place)."""
        return any(e.start_char == begin and e.end_char in (end, end + 2) and e.label_ != "PERSON" for e in self.parsed.ents)

    @functools.cached_property
    def known_people(self) -> list[tuple[int, int]]:
        """Where the text writes in full (two words or more) the name of a
        leader, a minister or a region's head that kg's lists know
        (kg/knowledge/en/leaders.jsonl and the others): the longest such name
        from each word on, not where another capitalised word follows it (a
        longer name, someone else's: "Joko Widodo Santoso")."""
        from kg.knowledge.leaders import first_name_keys, known_public_names, leader_key

        names, firsts = known_public_names("en"), first_name_keys("en")
        tokens, found = self.tokens, []
        i = 0
        while i < len(tokens):
            first = tokens[i]
            if not first.is_cap or not (key := leader_key(first.text)) or key.split()[0] not in firsts:
                i += 1
                continue
            longest = None
            for j in range(i + 1, min(i + 7, len(tokens))):
                if "\n" in self.text[tokens[j - 1].end : tokens[j].start]:
                    break
                if tokens[j].text[:1].isalnum() and leader_key(self.text[first.start : tokens[j].end]) in names:
                    longest = j
            after = tokens[longest + 1] if longest is not None and longest + 1 < len(tokens) else None
            if longest is None or after is not None and after.is_cap and self.text[tokens[longest].end : after.start] == " ":
                i += 1
                continue
            found.append((first.start, tokens[longest].end))
            i = longest + 1
        return found

    @functools.cached_property
    def person_ends(self) -> dict[int, int]:
        """Where each of the model's PERSON entities ends, by where it begins."""
        return dict(self.person_spans)

    @functools.cached_property
    def person_starts(self) -> frozenset[int]:
        """Where the model's PERSON entities begin: a run of capitalised words
        after a title ("Minister of Foreign Affairs Faisal bin Farhan") ends
        where a person's name begins."""
        return frozenset(start for start, _ in self.person_spans)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence span holding ``offset`` (or the nearest before it)."""
        if not self.sentences:
            return (0, len(self.text))
        index = max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)
        return self.sentences[index]

    def evidence(self, start: int, end: int) -> Evidence:
        s_start, s_end = self.sentence_at(start)
        return Evidence(start, end, s_start, max(s_end, end if end <= len(self.text) else s_end))

    def token_index(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self._token_starts, offset)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        i = self.token_index(start)
        out: list[Token] = []
        while i < len(self.tokens) and self.tokens[i].end <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    @functools.cached_property
    def _body(self) -> list[tuple[int, int]]:
        return [s for s in self.sentences if s[0] >= self.body_start]

    @functools.cached_property
    def _body_starts(self) -> list[int]:
        return [s for s, _ in self._body]

    def body_sentences(self) -> list[tuple[int, int]]:
        """The sentences after the headline (one list, made once: do not change it)."""
        return self._body

    def body_sentences_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """Body sentences beginning at or after ``start`` and before ``end``,
        found by bisection so that passes over every signing stay linear."""
        lo = bisect.bisect_left(self._body_starts, start)
        hi = bisect.bisect_left(self._body_starts, end)
        return self._body[lo:hi]

    def sentence_before_in_paragraph(self, start: int) -> tuple[int, int] | None:
        """The body sentence just before the one starting at ``start``, if the
        same paragraph holds it."""
        i = bisect.bisect_left(self._body_starts, start)
        if i == 0:
            return None
        previous = self._body[i - 1]
        return previous if previous[0] >= self.paragraph_of(start)[0] else None

    @functools.cached_property
    def dateline(self) -> datetime.date | None:
        """The date of a dateline opening the body, read once."""
        from kg.extract.dateline import dateline_date

        return dateline_date(self)

    @functools.cached_property
    def dateline_town(self) -> DatelineTown | None:
        """The town of a dateline opening the story, read once."""
        from kg.extract.dateline import dateline_town

        return dateline_town(self)

    @functools.cached_property
    def token_texts(self) -> frozenset[str]:
        """Every word of the text, to ask whether a word is written anywhere."""
        return frozenset(t.text for t in self.tokens)

    def parsed_token_at(self, offset: int) -> SpacyToken | None:
        """The model's token starting at character ``offset``."""
        starts = self._parsed_starts
        i = bisect.bisect_left(starts, offset)
        return self.parsed[i] if i < len(starts) and starts[i] == offset else None

    @functools.cached_property
    def _parsed_starts(self) -> list[int]:
        """Where each of the model's tokens starts, read from the parse's
        arrays (making a Token object for every word of a long article, to
        look a few up, costs more than the rest of the lookup)."""
        return [int(i) for i in self.parsed.to_array("IDX").tolist()]

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return (start, len(self.text) if end < 0 else end)


# a style written with full stops ("signed by H.E. Saeed ...") ends no sentence
# nor does a company form that always goes on ("Meridian Tidal Logistics Pte. Ltd."), nor a
# month before its day ("Kathmandu, Jan. 23 --")
# (the honorifics written with a full stop come from the knowledge files: "Lt. General A")
_HONORIFIC_END_RE = re.compile(r"(?:^|\s)(?:H\.\s?E\.|Pte\.|Pty\.|Sdn\.|" + "|".join(
    re.escape(h[:1].upper() + h[1:]) for h in sorted(knowledge("en").honorifics | knowledge("en").rank_heads, key=len, reverse=True)
    if h.endswith("."))
    + r")$")
_MONTH_END_RE = re.compile(r"(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
# nor do a name's initials ("... and H.D. Karunaratne", "Manuel M. Lopez")
_INITIALS_END_RE = re.compile(r"(?:^|\s)(?:(?:[A-Z]\.){2,3}|(?<=[A-Z][a-z]\s)[A-Z]\.|(?<=\sand\s)[A-Z]\.)$")


def _join_honorific_breaks(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        joined = out and "\n" not in text[out[-1][1] : start] and (
            (_HONORIFIC_END_RE.search(text[out[-1][0] : out[-1][1]]) or _INITIALS_END_RE.search(text[out[-1][0] : out[-1][1]]))
            and text[start : start + 1].isupper()
            or _MONTH_END_RE.search(text[out[-1][0] : out[-1][1]]) and text[start : start + 1].isdigit())
        if joined:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out

