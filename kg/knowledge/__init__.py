"""The genre's knowledge as data, compiled once.

What the extractor knows about how news reports a signing (signing verbs,
agreement kinds and their abbreviations, titles, honorifics, organization
head words, witness cues) lives in YAML files under ``kg/knowledge/<lang>/``,
each entry with an example sentence that the test suite runs as a case; what
a reader of the news knows (the gazetteers of leaders, ministers and regional
heads, thousands of names each) lives beside them as JSON Lines.
This module reads a language's files once per process and compiles them
into the word sets and regular expressions every pass shares, so that
adding a signing verb or a title is one line in one file.

A second language is a second folder of the same files (plus a tokenizer):
the passes ask for ``knowledge(lang)`` and stay as they are.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from collections.abc import Iterator, Mapping
from typing import Any

import yaml

from kg.errors import KnowledgeError

__all__ = ["Knowledge", "knowledge", "entries", "alternation", "entry_texts", "read_file", "json_lines", "FILES"]

FILES = ("signing", "kinds", "witnesses", "titles", "people", "organizations", "words", "countries", "areas", "classes",
         "places")
_POSSESSIVES = r"(?:their|his|her|its)"
# libyaml's safe loader when PyYAML was built with it (its wheels are): the same data, read ten
# times faster, which is a second and more of every process that reads an article
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _read(lang: str, name: str) -> dict[str, Any]:
    """A knowledge file as written, parsed once per process (``entries`` and the shared lists both start
    from it; neither changes it)."""
    path = resources.files("kg.knowledge").joinpath(lang).joinpath(f"{name}.yaml")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except FileNotFoundError:
        raise KnowledgeError(f"kg/knowledge/{lang}/{name}.yaml: missing; reinstall kg") from None
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"kg/knowledge/{lang}/{name}.yaml: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise KnowledgeError(f"kg/knowledge/{lang}/{name}.yaml: expected a mapping of lists")
    return data


@cache
def read_file(lang: str, name: str) -> dict[str, Any]:
    """A gazetteer (``<lang>/<name>.jsonl``: one JSON object per line, each an entry; objects with only a
    ``comment`` are its documentation), as ``{name: [entries]}``, read once per process: the gazetteers are
    large and each is asked by several lookups. JSON Lines because there are thousands of entries: the same
    data as YAML took a second of every process to parse, JSON a fiftieth. Callers only read it."""
    where = f"kg/knowledge/{lang}/{name}.jsonl"
    try:
        lines = resources.files("kg.knowledge").joinpath(lang).joinpath(f"{name}.jsonl").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(f"{where}: missing; reinstall kg") from None
    return {name: json_lines(lines, where)}


def json_lines(lines: str, where: str) -> list[dict[str, Any]]:
    """The entries of a JSON Lines text (``where`` names it in errors), without its comment objects."""
    found: list[dict[str, Any]] = []
    for number, line in enumerate(lines.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KnowledgeError(f"{where}, line {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(entry, dict):
            raise KnowledgeError(f"{where}, line {number}: expected one JSON object per line")
        if set(entry) != {"comment"}:
            found.append(entry)
    return found


@dataclass(frozen=True)
class SharedLists:
    """The lists one file keeps and other files' patterns and the passes use:
    the signing verbs' one-word forms (signing.yaml) and the words for a
    signed document (kinds.yaml), as sets and as pattern fragments
    (alternations without groups, to be read ignoring case)."""

    sign_word_set: frozenset[str]
    document_terms: tuple[str, ...]
    # by placeholder name: a pattern in a data file writes "{signed}" for the past forms
    fragments: dict[str, str]


# "{signed}", "{document}": where a data file's pattern takes a list another file keeps
_PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")
_PATTERN_KEYS = ("cue", "pattern")


@cache
def _shared_lists(lang: str) -> SharedLists:
    """The signing verbs' forms and the document words, from the two files as written (not through
    ``entries``, whose patterns these fill in)."""
    signing, kinds = _read(lang, "signing"), _read(lang, "kinds")
    heads = [str(h["text"]) for h in kinds["heads"] + kinds["abbreviations"]]
    plural_heads = [str(h["text"]) for h in kinds["heads"] + kinds["abbreviations"] if h.get("plural")]
    collective = kinds["collective_nouns"]
    # the one-word forms of the verbs that report a signing by themselves or with an agreement as their
    # object (not "reach", whose agreements are what talks reach; not the passives read only after a
    # document's head word)
    one_word = [(str(f), bool(verb.get("object_needed")))
                for verb in signing["verbs"] if not verb.get("not_heads") and not verb.get("subject_before")
                for f in verb["forms"] if " " not in f]
    plain = {f for f, needs_object in one_word if not needs_object}
    present = sorted({f for f, _ in one_word if not f.endswith(("ed", "ing"))})
    # a present form of a verb that signs only with an agreement as its object takes one within six words
    present_sign = [alternation([f for f in present if f in plain])] + [
        r"(?:" + _phrase(f) + r")(?=(?:\s+" + _OBJECT_WORD + r"){0,6}?\s+(?i:" + alternation(heads) + r")(?![\w-]))"
        for f in present if f not in plain]
    return SharedLists(
        sign_word_set=frozenset(f for f, _ in one_word),
        document_terms=tuple(sorted(set(heads) | {str(c["text"]) for c in collective})),
        fragments={
            "sign_words": "(?:" + alternation([f for f, _ in one_word]) + ")",
            "signed": "(?:" + alternation([f for f, _ in one_word if f.endswith("ed")]) + ")",
            "present_sign": "(?:" + "|".join(present_sign) + ")",
            "document": "(?:" + alternation(heads + [str(c["text"]) for c in collective]) + ")",
            "documents": "(?:" + alternation(plural_heads + [str(c["text"]) for c in collective if not c.get("singular")])
                         + ")",
        })


def _fill_in(lang: str, name: str, key: str, pattern: str) -> str:
    """A data file's pattern with its placeholders filled in ("(?:{signed}) before" reads every past form
    signing.yaml lists), so that a list stays in the one file that keeps it."""
    fragments = _shared_lists(lang).fragments

    def fill(placeholder: re.Match[str]) -> str:
        if placeholder.group(1) not in fragments:
            raise KnowledgeError(f"kg/knowledge/{lang}/{name}.yaml: unknown placeholder {placeholder.group()} in a "
                                 f"{key!r}; the known ones are " + ", ".join("{" + f + "}" for f in sorted(fragments)))
        return fragments[placeholder.group(1)]

    return _PLACEHOLDER_RE.sub(fill, pattern)


@cache
def entries(lang: str, name: str) -> dict[str, list[dict[str, Any]]]:
    """One knowledge file as read: its lists of entries (for the example runner), the placeholders of
    its patterns filled in."""
    data = _read(lang, name)
    for key, items in data.items():
        if not isinstance(items, list) or not all(isinstance(i, dict) and "example" in i for i in items):
            raise KnowledgeError(f"kg/knowledge/{lang}/{name}.yaml: every entry of {key!r} needs an example")
    return {key: [{**item, **{field: _fill_in(lang, name, field, item[field]) for field in _PATTERN_KEYS
                              if isinstance(item.get(field), str) and "{" in item[field]}} for item in items]
            for key, items in data.items()}


_APOSTROPHE_RE = re.compile(r"\\?['’]")

# one word between a signing verb and the agreement it takes: a word, or an amount written with its
# currency and decimals ("signed the Sh17.9 billion tender award agreement", "inked the $2.5bn loan")
_OBJECT_WORD = r"[\w'’$€£¥-]+(?:[.,]\d+)*"


def _phrase(text: str) -> str:
    """A multi-word phrase as a pattern: any whitespace between words,
    'their' standing for any possessive, and an apostrophe for either of the
    two that news pages write ("Chargé d’Affaires")."""
    words = [_POSSESSIVES if w == "their" else _APOSTROPHE_RE.sub("['’]", re.escape(w)) for w in text.split()]
    return r"\s+".join(words)


def alternation(texts: list[str], phrase: bool = True) -> str:
    """One regular-expression alternation of ``texts``, longest first (so a
    longer form wins over its prefix), each as a phrase (any whitespace
    between words, "their" for any possessive) unless ``phrase`` is false:
    how the passes that need a pattern build it from a knowledge list."""
    ordered = sorted(set(texts), key=lambda t: (-len(t), t))  # (the same order in every process)
    return "|".join(_phrase(t) if phrase else t for t in ordered)


def entry_texts(items: list[dict[str, Any]], key: str = "text") -> list[str]:
    """The ``key`` field of every entry of a knowledge list."""
    return [str(i[key]) for i in items]


class FormalNames(Mapping[str, str]):
    """A country's formal names, to the country: the listed ones ("Russian
    Federation"), and any formal style before a short name ("Republic of
    Armenia"), but not the tail of a listed one ("Republic of China", which a
    text may write for the People's Republic or for Taiwan). Iterating gives
    the listed names only: the styled ones are read, not enumerated (every
    style before every country would be thousands of names to search for)."""

    def __init__(self, listed: dict[str, str], styles: list[str], countries: frozenset[str]) -> None:
        self._listed = listed
        self._countries = countries
        self._styled = re.compile(r"(?:" + alternation(styles) + r")\s+(?P<country>.+)")
        # for searching a text: the listed names, then a style before a country's name
        self.pattern = (r"(?:" + alternation(list(listed)) + r"|(?:" + alternation(styles) + r")\s+(?:"
                        + alternation(sorted(countries)) + r"))")

    def __getitem__(self, name: str) -> str:
        if name in self._listed:
            return self._listed[name]
        styled = self._styled.fullmatch(name)
        if styled is None or styled.group("country") not in self._countries \
                or any(other.endswith(" " + name) for other in self._listed):
            raise KeyError(name)
        return styled.group("country")

    def __iter__(self) -> Iterator[str]:
        return iter(self._listed)

    def __len__(self) -> int:
        return len(self._listed)


@dataclass(frozen=True)
class Knowledge:
    """Compiled knowledge of one language."""

    lang: str
    sign_re: re.Pattern[str]
    active_sign_re: re.Pattern[str]
    passive_by_re: re.Pattern[str]
    sign_for_re: re.Pattern[str]
    not_done_re: re.Pattern[str]
    # "is formed when the mayors sign": a signing told as what is done in general (signing.yaml told_in_general)
    told_in_general_re: re.Pattern[str]
    # "... signed an MoU. / It was signed at ...": the agreement just told (signing.yaml back_references)
    back_reference_re: re.Pattern[str]
    done_purpose_re: re.Pattern[str]
    signer_list_re: re.Pattern[str]
    # "A and B were the signatories", "A, who was one of the signatories": signers named before the phrase
    signers_before_re: re.Pattern[str]
    # "they", "the two mayors" just before an active signing verb: people named together before (group "group")
    signer_group_re: re.Pattern[str]
    # "signed by the two presidents", "an MoU signed between the two ministers": the same group words as the
    # agent of a passive signing (group "group")
    signer_group_agent_re: re.Pattern[str]
    # "on behalf of", "on the part of": a pattern fragment (no groups) for the phrases that, like "for",
    # say whose side a signer signed for
    behalf: str
    # the signing verbs' one-word forms as pattern fragments (alternations, no groups), for the passes that
    # end a name, a list or a clause at a signing verb or read one in a fixed frame ("were signed", "had
    # inked", "signed between"): every form ("signing", "inks"); the past forms ("inked", "sealed"), which
    # the passive and the past tense take; and the present forms ("sign", "seals": a headline's, a
    # purpose's "to sign"), those of a verb that signs only with an agreement as its object taking one
    # within six words ("renew the MoU", not "renew ties")
    sign_words: str
    signed_words: str
    present_sign: str
    # the same forms as a set, for the passes that stop at a word ("... the new MoU signed")
    sign_word_set: frozenset[str]
    # the words for a signed document as pattern fragments (alternations, no groups, to be read ignoring
    # case): every agreement head, its abbreviations and the collective nouns ("MoU", "letters of intent",
    # "documents"), for the passes that read a document in a fixed frame ("under the MoU", "the
    # following agreements were signed"); and their plurals alone, for the frames that count
    document_words: str
    plural_document_words: str
    # the same words as a list, for a pass that takes some of them
    document_terms: tuple[str, ...]
    # "The bank was represented at the signing ceremony by": the side (group "side"), then the signers
    represented_by_re: re.Pattern[str]
    represented_side_re: re.Pattern[str]
    # the same verbs before a side named by its head word too ("represented the university"), read in the
    # sentence after the signing's
    represented_any_side_re: re.Pattern[str]
    agreement_head_re: re.Pattern[str]
    plural_heads: frozenset[str]
    # "-the Plan for the celebration of ...": a document's head that names a signed document only as an
    # item of a list of signed documents (group "kind": the capitalised words ending with it)
    listed_head_re: re.Pattern[str]
    # the same heads as words ("signed a statement on joint cooperation in agriculture")
    listed_heads: tuple[str, ...]
    praise_words: frozenset[str]
    money_heads: frozenset[str]
    money_before_re: re.Pattern[str]
    collective_re: re.Pattern[str]
    abbreviations: dict[str, str]
    kind_of_head: dict[str, str]
    # bare heads whose kind takes the topic written after them ("an agreement on news exchange")
    topic_heads: frozenset[str]
    forward_witness_re: re.Pattern[str]
    backward_witness_re: re.Pattern[str]
    # what a witness verb after the names is about when it is about the signing ("witnessed the exchange")
    witness_object_re: re.Pattern[str]
    # what a witness does, past forms ("attended", "presided"): where a list of names or a clause ends
    witness_acts: str
    witness_act_words: frozenset[str]
    # an event that is not the signing ("The forum was attended by ..."): its attendants witness nothing signed
    other_event_re: re.Pattern[str]
    event_told_re: dict[str, re.Pattern[str]]
    # several people named before, by a group word ("the two leaders attended the signing ceremony")
    witness_group_re: re.Pattern[str]
    # a sentence that goes on with the attendants the sentence before announced ("These included A, B")
    witness_continuation_re: re.Pattern[str]
    title_cores: tuple[str, ...]
    title_modifiers: tuple[str, ...]
    # lower-case words inside a post's field before the field's word ("public health minister")
    field_modifiers: frozenset[str]
    # lower-case words other than fields a lower-case title may carry ("Nordhavn Group board chairman")
    lower_title_words: frozenset[str]
    lower_modifiers: tuple[str, ...]
    # modifiers that modify one title only, written capitalised ("State Minister", not "the state Deputy
    # Governor" nor "Cumberland State President"): the modifier to the title it goes before
    narrow_modifiers: dict[str, str]
    lower_titles: tuple[str, ...]
    government_titles: tuple[str, ...]
    public_office_re: re.Pattern[str]
    national_office_re: re.Pattern[str]
    state_office_re: re.Pattern[str]
    state_voice_re: re.Pattern[str]
    # a region's head's title written bare, and the office regional.jsonl names it ("Gov.": "Governor")
    regional_offices: tuple[tuple[re.Pattern[str], str], ...]
    state_words: frozenset[str]
    not_signer_words: frozenset[str]
    minister_fields: tuple[str, ...]
    honorifics: frozenset[str]
    rank_heads: frozenset[str]
    # titles that open a name set off after another title as its style ("..., Ambassador A B")
    set_off_styles: tuple[str, ...]
    # words naming a unit a title covers, between a body's name and the title ("Bank Technical Director")
    unit_qualifiers: frozenset[str]
    name_particles: frozenset[str]
    # "Md", "Mohd": a given name written short, which opens a name (case as written)
    given_name_abbreviations: frozenset[str]
    # a style only after another ("Datuk Amar A"): the styles it follows
    styles_after_a_style: dict[str, frozenset[str]]
    # "Sheikh": a style that is also a family name, closing a name ("Abdul Hafeez Sheikh")
    family_name_styles: frozenset[str]
    # "(r)", "(Retd)": a retired officer's mark after a rank, read with the style (case ignored)
    retired_marks: frozenset[str]
    # "MP", "IAS", "PhD": letters after a name, never a surname in capitals (case as written)
    letters_after_names: frozenset[str]
    # "MP", "OBE", "KC": those written right after the name, as part of how the person is styled
    set_off_letters: tuple[str, ...]
    # "KC": letters that are also a family name, after a style and one given name ("Prof. Khadga KC")
    surname_letters: frozenset[str]
    org_heads: frozenset[str]
    of_heads: frozenset[str]
    # the acts a body may be "for the ..." of; a body's local office's head words
    for_the_acts: frozenset[str]
    # "Committee on ...", "Committee to ...": heads of bodies named by what they deliberate on or do
    on_heads: frozenset[str]
    unit_heads: frozenset[str]
    in_heads: frozenset[str]
    field_words: frozenset[str]
    conjoined_words: frozenset[str]
    field_heads: frozenset[str]
    generic_bodies: frozenset[str]
    # "company", "giant": lower-case nouns describing a body before its name ("telecom giant Safaricom")
    descriptor_nouns: frozenset[str]
    # "partners", "companies": a group of bodies whose members a side's list names after "including"
    groups_of_bodies: frozenset[str]
    owned_name_words: frozenset[str]
    event_heads: frozenset[str]
    company_suffixes: frozenset[str]
    # "Group", "Corporation": what a company is, left off its name before a title ("Sinopec Chairman A")
    company_form_words: frozenset[str]
    generic_body_words: frozenset[str]
    unit_nouns: frozenset[str]
    remit_words: frozenset[str]
    # "ministry", "council": bodies a place has one of, so that one plural of them names two
    one_per_place: frozenset[str]
    place_heads: frozenset[str]
    generic_name_words: frozenset[str]
    organ_words: frozenset[str]
    # names of many campuses' institutions ("Indian Institute of Technology"), as name keys
    branch_families: frozenset[str]
    # names two different bodies go by ("Republic of China"), as name keys: kept local to their article
    ambiguous_names: frozenset[str]
    government_levels: frozenset[str]
    name_opening_stops: frozenset[str]
    # "King Abdulaziz University": royal styles that open a body's name when a namesake head ends the run
    royal_styles: frozenset[str]
    # "Dr. B.R. Ambedkar Open University": courtesy styles that open a body's name when only capitalised
    # words run to a namesake head
    person_namesake_styles: frozenset[str]
    namesake_heads: frozenset[str]
    stop_caps: frozenset[str]
    months_and_days: frozenset[str]
    weekdays: tuple[str, ...]  # in order from Monday, in small letters
    headline_verbs: frozenset[str]
    # "Related news:", "Top Picks |": a line that links to another story (words.yaml story_link_labels)
    story_link_re: re.Pattern[str]
    country_of_adjective: dict[str, str]
    countries: frozenset[str]
    country_of_official_name: FormalNames
    # the United States' states: a governor written without a body governs the one named
    us_states: frozenset[str]
    # states and provinces whose offices go unnamed ("Chief Minister A"): the one the article names
    federal_states: frozenset[str]
    # country names that are also a US state's, and what is written before the name where it is the
    # state's ("Fulton County, Georgia")
    us_state_homonyms: dict[str, re.Pattern[str]]
    # "dollars", "yen": after a country's name or adjective, a currency that names no country
    currency_after_re: re.Pattern[str]
    # "Latin", "South": before a country's adjective, a region's ("Latin American"), which names no country
    region_before_re: re.Pattern[str]
    counterpart_re: re.Pattern[str]
    plural_title_re: re.Pattern[str]
    team_re: re.Pattern[str]
    side_led_re: re.Pattern[str]
    singular_of_plural: dict[str, str]
    # "state", "working": what kind of visit a person paid ("A's Lindau state visit")
    visit_kinds: tuple[str, ...]
    # ",", "and", "between": what opens the next person of a list ("..., and PK Rondal, Health Minister")
    item_openers: frozenset[str]
    # a public office in lower case after the place it serves ("the Lower Saxony minister of transport",
    # "the Bremen deputy premier"), matched where the title starts
    place_office_re: re.Pattern[str]
    # those of them whose holder, signing with no side written, signed for that place
    place_signer_office_re: re.Pattern[str]
    area_cue_re: re.Pattern[str]
    agreement_classes: tuple[tuple[re.Pattern[str], str], ...]
    organization_classes: tuple[tuple[re.Pattern[str], str], ...]


@cache
def knowledge(lang: str = "en") -> Knowledge:
    """The compiled knowledge of ``lang``, read from its files on first use."""
    signing = entries(lang, "signing")
    kinds = entries(lang, "kinds")
    witnesses = entries(lang, "witnesses")
    titles = entries(lang, "titles")
    people = entries(lang, "people")
    orgs = entries(lang, "organizations")
    words = entries(lang, "words")
    countries = entries(lang, "countries")
    areas = entries(lang, "areas")
    classes = entries(lang, "classes")

    forms = [f for verb in signing["verbs"] if not verb.get("object_after") and not verb.get("subject_before")
             and not verb.get("not_heads") for f in verb["forms"]]
    active = [f for verb in signing["verbs"] if not verb.get("object_needed") for f in verb.get("active", [])]
    # a verb that reports a signing only with an agreement as its object ("renewed their MoU",
    # not "renewed the ties"): its active forms take the agreement's head word within six words
    heads_alt = alternation([h["text"] for h in kinds["heads"] + kinds["abbreviations"]])

    def taking_an_agreement(verb: dict[str, Any], form: str) -> str:
        """The form, then within six words one of the heads the verb takes ("reached two MoUs", not
        "reached an agreement": its not_heads are what talks reach, no document)."""
        taken = heads_alt if not verb.get("not_heads") else alternation(
            [h["text"] for h in kinds["heads"] + kinds["abbreviations"] if h["text"] not in verb["not_heads"]])
        return _phrase(form) + r"(?=(?:\s+" + _OBJECT_WORD + r"){0,6}?\s+(?:" + taken + r")(?![\w-]))"

    with_object = [taking_an_agreement(verb, f)
                   for verb in signing["verbs"] if verb.get("object_needed") for f in verb.get("active", [])]
    # (a verb that takes only some heads reports a signing only with one of them, in any voice)
    forms_taking_some = [taking_an_agreement(verb, f) for verb in signing["verbs"] if verb.get("not_heads")
                         for f in verb["forms"]]
    # the passive takes the past forms: "was signed by", "were sealed by"
    past = [f for verb in signing["verbs"] for f in verb["forms"] if f.split()[0].endswith("ed")]
    bound_l, bound_r = r"(?<![\w-])", r"(?![\w-])"
    # an agreement's head starts a word, or closes a hyphenated name in capitals ("a Twinning-Agreement"), or
    # follows an article a web page glued to it ("signed theMemorandum Between ...")
    head_start = r"(?:" + bound_l + r"|(?<=[A-Za-z]-)(?=(?-i:[A-Z]))|(?<=(?<![\w-])(?-i:the))(?=(?-i:[A-Z])))"
    heads = kinds["heads"] + kinds["abbreviations"]
    # a noun that reports a signing only with an agreement's head word just after it ("the exchange of
    # eight cooperation agreements", not "the exchange of students")
    nouns = [_phrase(f) + r"(?=(?:\s+[\w'’()-]+){0,4}?\s+(?:" + heads_alt + r")(?![\w-]))"
             for verb in signing["verbs"] if verb.get("object_after") for f in verb["forms"]]
    # a passive that reports a signing only right after an agreement's head word or a word for the
    # documents ("The MoUs were exchanged", not "Ideas were exchanged"): one fixed-width look-behind each
    def behind(extra: list[str]) -> str:
        subjects = {h["text"] for h in heads} | set(entry_texts(kinds["collective_nouns"])) | set(extra)
        return "(?:" + "|".join(f"(?<={re.escape(h)}\\s)" for h in sorted(subjects, key=len, reverse=True)) + ")"

    after_subject = [behind(verb.get("subjects", [])) + "(?:" + alternation(verb["forms"]) + ")"
                     for verb in signing["verbs"] if verb.get("subject_before")]
    # "deputy", "vice": before a lower-case office after its place ("the Lower Saxony deputy minister")
    place_modifiers = r"(?:(?:" + alternation(entry_texts(titles["place_office_modifiers"])) + r")\s+)?"
    shared = _shared_lists(lang)
    # "they", "the two mayors": the group words, as a subject and as a passive's agent
    signer_groups = "|".join(f"(?:{e['pattern']})" for e in signing["signer_groups"])
    return Knowledge(
        lang=lang,
        sign_re=re.compile(bound_l + "(?:" + "|".join([alternation(forms), *forms_taking_some, *nouns, *after_subject])
                           + ")" + bound_r, re.I),
        active_sign_re=re.compile(bound_l + "(?:" + "|".join([alternation(active), *with_object]) + r")\b(?!\s+by)", re.I),
        # "signed on 18.5.2024 in ... by": the words up to "by" may hold dotted dates
        passive_by_re=re.compile(bound_l + "(?:" + alternation(past) + r")\b(?:[^.;]|\.(?=\d))*?\bby\s+", re.I),
        # (the forms in -ing too, where a name comes before: "with A and B signing for their institutions")
        sign_for_re=re.compile(
            r"(?i)\b(?:" + alternation([f for f in forms if " " not in f and not f.endswith("ing")]) + r"|"
            r"(?<=[a-z]\s)(?:" + alternation([f for f in forms if " " not in f and f.endswith("ing")]) + r"))\s+"
            r"(?:the\s+(?:" + alternation([h["text"] for h in heads if not h.get("plural")]) + r"|document)\s+)?"
            r"(?:" + alternation(entry_texts(signing["behalf"])) + r"|for)\s+"
        ),
        done_purpose_re=re.compile(r"(?i)\b(?:" + alternation(entry_texts(signing["done_purposes"])) + r")\b[^.;]{0,80}?\bto\s+$"),
        behalf="(?:" + alternation(entry_texts(signing["behalf"])) + ")",
        sign_words=shared.fragments["sign_words"],
        signed_words=shared.fragments["signed"],
        present_sign=shared.fragments["present_sign"],
        sign_word_set=shared.sign_word_set,
        document_words=shared.fragments["document"],
        document_terms=shared.document_terms,
        plural_document_words=shared.fragments["documents"],
        represented_by_re=re.compile(
            r"(?P<side>(?:[Tt]he\s+)?[A-Z][^,;.]{0,80}?)(?:\s*,)?\s+(?:" + alternation(entry_texts(signing["represented_by"]))
            + r")\s+(?:at\s+the\s+(?:signing|ceremony)(?:\s+ceremony)?\s+)?by\s+(?:its\s+|their\s+)?"),
        # "while B, ..., represented the IIT-ISM": the side B signed for follows
        represented_side_re=re.compile(r"\s(?:" + alternation(entry_texts(signing["represented_sides"])) + r")\s+(?=(?:the\s+)?[A-Z])"),
        represented_any_side_re=re.compile(r"\s(?:" + alternation(entry_texts(signing["represented_sides"])) + r")\s+(?=the\s+\w|[A-Z])"),
        signer_list_re=re.compile("|".join(f"(?:{e['pattern']})" for e in signing["signer_lists"]), re.I),
        signers_before_re=re.compile("|".join(f"(?:{e['pattern']})" for e in signing["signers_named_before"]), re.I),
        signer_group_re=re.compile(
            "(?P<group>" + signer_groups + ")"
            + r"(?=\s+(?:(?:have|had|also|then|jointly|later|subsequently)\s+)*(?:" + alternation(active) + r")\b)",
            re.I),
        signer_group_agent_re=re.compile(
            bound_l + "(?:" + alternation(past) + r")\s+(?:\w+ly\s+)?(?:by|between)\s+(?P<group>" + signer_groups + r")\b",
            re.I),
        told_in_general_re=re.compile("|".join(f"(?:{e['pattern']})" for e in signing["told_in_general"]), re.I),
        back_reference_re=re.compile(r"\s*(?:" + alternation(entry_texts(signing["back_references"])) + r")\s+(?:\w+ly\s+)?$",
                                     re.I),
        not_done_re=re.compile(r"(?:\b(" + alternation(entry_texts(signing["not_done"])) + r")\s+(?:\w+\s+){0,2})$", re.I),
        agreement_head_re=re.compile(
            head_start + "(?:" + "|".join(_phrase(h["text"]) if h["text"].islower() else re.escape(h["text"])
                                       for h in sorted(heads, key=lambda h: len(h["text"]), reverse=True)) + ")" + bound_r,
            re.I,
        ),
        praise_words=frozenset(entry_texts(kinds["praise"])),
        money_heads=frozenset(h["text"] for h in kinds["heads"] if h.get("money")),
        money_before_re=re.compile(r"(?i)(?<![\w-])(?:" + alternation(
            [e["before"] for e in kinds["money_phrases"]]) + r")\s+(?:an?\s+)?$"),
        # "The instruments were signed ...", "Both documents were signed ...": the agreements just listed
        collective_re=re.compile(r"(?i)\b(?:the|these|those|both|all|all\s+the|the\s+\w+)\s+(?:" +
                                 alternation(entry_texts(kinds["collective_nouns"])) + r")\b"),
        plural_heads=frozenset(h["text"].casefold() for h in heads if h.get("plural")),
        listed_heads=tuple(entry_texts(kinds["listed_heads"])),
        listed_head_re=re.compile(r"\s*(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<kind>(?:[A-Z][\w'’-]*\s+){0,4}(?:"
                                  + alternation([t.capitalize() for t in entry_texts(kinds["listed_heads"])])
                                  + r"))(?![\w'’-])(?!\s+[A-Z])"),
        abbreviations={a["text"].casefold(): a["kind"] for a in kinds["abbreviations"]},
        kind_of_head={h["text"].casefold(): h.get("kind", h["text"]) for h in heads},
        topic_heads=frozenset(entry_texts(kinds["topic_heads"])),
        forward_witness_re=re.compile(
            r"(?i)\b(?:" + "|".join(c["cue"].replace(" ", r"\s+") for c in witnesses["before_names"])
            + r")(?:\s+|(?=:[ \t]*(?:\n|$)))"  # (or ending a heading line over its list: "Witnessed by:")
        ),
        backward_witness_re=re.compile(
            r"(?i)\b(?:" + "|".join(c["cue"].replace(" ", r"\s+") for c in witnesses["after_names"]) + r")\b"
        ),
        witness_object_re=re.compile(r"(?i)\b(?:" + alternation(entry_texts(witnesses["objects"])) + r")(?![\w-])"),
        witness_acts=alternation(entry_texts(witnesses["acts"])),
        witness_act_words=frozenset(entry_texts(witnesses["acts"])),
        other_event_re=re.compile(r"(?i)\b(?:" + alternation(entry_texts(witnesses["other_events"])) + r")(?![\w-])"),
        # how a sentence tells of each such event: its word, or a verb ("met" for a meeting)
        event_told_re={e["text"].casefold(): re.compile(r"(?i)\b(?:" + alternation([e["text"], *e.get("told_by", [])])
                                                       + r")(?![\w-])") for e in witnesses["other_events"]},
        witness_group_re=re.compile("|".join(f"(?:{e['pattern']})" for e in witnesses["groups"]), re.I),
        witness_continuation_re=re.compile(
            r"(?i)\s*(?:" + "|".join(c["cue"].replace(" ", r"\s+") for c in witnesses["continuations"]) + r")\s+"),
        title_cores=tuple(entry_texts(titles["cores"])),
        title_modifiers=tuple(entry_texts(titles["modifiers"])),
        field_modifiers=frozenset(entry_texts(titles["field_modifiers"])),
        lower_title_words=frozenset(entry_texts(titles["lower_title_words"])),
        lower_modifiers=tuple(entry_texts(titles["lower_modifiers"])),
        narrow_modifiers={m["text"]: m["only_before"] for m in titles["modifiers"] if m.get("only_before")},
        lower_titles=tuple(entry_texts(titles["lower_case"])),
        government_titles=tuple(entry_texts(titles["government"])),
        public_office_re=re.compile(r"(?i)(?<![\w-])(?:" + alternation(entry_texts(titles["public_offices"])) + r")(?![\w-])"),
        # a state's own offices: "Prime Minister", "Minister of Finance", "Trade Secretary"
        national_office_re=re.compile("|".join(f"(?:{e['pattern']})" for e in titles["national_offices"]), re.I),
        state_office_re=re.compile("|".join(f"(?:{e['pattern']})" for e in titles["state_offices"]), re.I),
        # a foreign minister speaks for the state: the post is the country's, not the ministry's
        state_voice_re=re.compile("|".join(f"(?:{e['pattern']})" for e in titles["state_voices"]), re.I),
        regional_offices=tuple((re.compile(r"(?:(?:former|then|acting|interim)[\s-]+)?(?:" + e["pattern"] + ")", re.I),
                                e["office"]) for e in titles["regional_offices"]),
        state_words=frozenset(entry_texts(orgs["state_words"])),
        not_signer_words=frozenset(entry_texts(signing["not_signer_words"])),
        minister_fields=tuple(entry_texts(titles["minister_fields"])),
        honorifics=frozenset(entry_texts(people["honorifics"])),
        rank_heads=frozenset(entry_texts(people["rank_heads"])),
        set_off_styles=tuple(e["text"] for e in people["set_off_styles"]),
        unit_qualifiers=frozenset(entry_texts(titles["unit_qualifiers"])),
        name_particles=frozenset(entry_texts(people["particles"])),
        given_name_abbreviations=frozenset(e["text"] for e in people["given_name_abbreviations"]),
        styles_after_a_style={e["text"]: frozenset(e["after"]) for e in people["styles_after_a_style"]},
        family_name_styles=frozenset(e["text"] for e in people["family_name_styles"]),
        retired_marks=frozenset(e["text"] for e in people["retired_marks"]),
        letters_after_names=frozenset(e["text"] for e in people["letters_after_names"]),
        set_off_letters=tuple(e["text"] for e in people["letters_after_names"] if e.get("set_off")),
        surname_letters=frozenset(e["text"] for e in people["letters_after_names"] if e.get("surname_too")),
        org_heads=frozenset(entry_texts(orgs["heads"])),
        of_heads=frozenset(entry_texts(orgs["of_heads"])),
        for_the_acts=frozenset(entry_texts(orgs["for_the_acts"])),
        on_heads=frozenset(entry_texts(orgs["on_heads"])),
        unit_heads=frozenset(entry_texts(orgs["unit_heads"])),
        in_heads=frozenset(entry_texts(orgs["in_heads"])),
        field_words=frozenset(entry_texts(orgs["field_words"])),
        conjoined_words=frozenset(entry_texts(orgs["conjoined_words"])),
        field_heads=frozenset(entry_texts(orgs["field_heads"])),
        generic_bodies=frozenset(entry_texts(orgs["generic_bodies"])),
        descriptor_nouns=frozenset(entry_texts(orgs["descriptor_nouns"])),
        groups_of_bodies=frozenset(entry_texts(orgs["groups_of_bodies"])),
        owned_name_words=frozenset(entry_texts(orgs["owned_name_words"])),
        event_heads=frozenset(entry_texts(orgs["event_heads"])),
        company_suffixes=frozenset(entry_texts(orgs["company_suffixes"])),
        company_form_words=frozenset(entry_texts(orgs["company_form_words"])),
        generic_body_words=frozenset(entry_texts(orgs["generic_body_words"])),
        unit_nouns=frozenset(entry_texts(orgs["unit_nouns"])),
        remit_words=frozenset(entry_texts(orgs["remit_words"])),
        one_per_place=frozenset(entry_texts(orgs["one_per_place"])),
        place_heads=frozenset(entry_texts(orgs["place_heads"])),
        generic_name_words=frozenset(entry_texts(orgs["generic_name_words"])),
        organ_words=frozenset(w.casefold() for w in entry_texts(orgs["organ_words"])),
        branch_families=frozenset(re.sub(r"[\s-]+", " ", t.casefold()) for t in entry_texts(orgs["branch_families"])),
        ambiguous_names=frozenset(re.sub(r"[\s-]+", " ", t.casefold()) for t in entry_texts(orgs["ambiguous_names"])),
        government_levels=frozenset(entry_texts(orgs["government_levels"])),
        name_opening_stops=frozenset(entry_texts(orgs["name_opening_stops"])),
        royal_styles=frozenset(entry_texts(orgs["royal_styles"])),
        person_namesake_styles=frozenset(entry_texts(orgs["person_namesake_styles"])),
        namesake_heads=frozenset(entry_texts(orgs["namesake_heads"])),
        stop_caps=frozenset(entry_texts(words["stop_caps"])) | frozenset(entry_texts(words["months_and_days"])),
        months_and_days=frozenset(entry_texts(words["months_and_days"])),
        weekdays=tuple(entry_texts(words["weekdays"])),
        headline_verbs=frozenset(entry_texts(words["headline_verbs"])),
        story_link_re=re.compile(r"^\s*(?:" + alternation(entry_texts(words["story_link_labels"])) + r")\s*[:：|]", re.I),
        country_of_adjective={adj: c["name"] for c in countries["countries"] for adj in c["adjectives"].split("|")},
        countries=frozenset(c["name"] for c in countries["countries"]),
        country_of_official_name=FormalNames({o["text"]: o["country"] for o in countries["official_names"]},
                                             entry_texts(countries["formal_styles"]),
                                             frozenset(c["name"] for c in countries["countries"])),
        us_states=frozenset(entry_texts(countries["us_states"])),
        federal_states=frozenset(entry_texts(countries["federal_states"])),
        # (and a dollar sign glued on: "US$640 million", "NZ$")
        currency_after_re=re.compile(r"\s+(?:" + alternation(entry_texts(countries["currency_words"])) + r")\b|\$", re.I),
        region_before_re=re.compile(r"(?<![\w-])(?:" + alternation(entry_texts(countries["region_words"])) + r")[\s-]$"),
        us_state_homonyms={e["text"]: re.compile(r"(?:" + e["written_after"] + r")\s*$") for e in countries["us_state_homonyms"]},
        # "his Kuwaiti counterpart, Anna Berg": the side's word, then the name after
        # ("his counterpart from Puerto Peñasco, Jorge Pivac": the side's name after the word)
        counterpart_re=re.compile(
            r"(?:\b(?:his|her|their|its)\s+)?(?:(?P<side>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:"
            + alternation(entry_texts(people["counterparts"])) + r")\b|\b(?<=(?:his|her|its)\s)(?:"
            + alternation(entry_texts(people["counterparts"])) + r")\s+(?:from|of|in|at)\s+(?:the\s+)?"
            r"(?P<side_after>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*,)\s*,?\s*"
        ),
        # "the governors of Akmola and South Kazakhstan regions, A and B"; "the presidents of both countries, A and B"
        plural_title_re=re.compile(
            r"(?i)\b(?P<title>" + alternation(entry_texts(titles["plural_titles"])) + r")\s+of\s+(?:the\s+)?(?:"
            r"(?P<both>both|the\s+two)\s+[a-z]+|"
            r"(?P<first>(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3})\s+and\s+(?:the\s+)?"
            r"(?P<second>(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3})(?:\s+(?-i:[a-z]+))?|"
            # "the managing directors of Cuxport, A and B": one body, two holders
            r"(?P<one>(?-i:[A-Z][\w'’.&-]*)(?:\s+(?:of\s+|for\s+|and\s+)?(?-i:[A-Z][\w'’.&-]*)){0,5}))"
            r"\s*(?:,|–|—|-{1,2}|:)\s*"
        ),
        # "a team from VMRF comprising ...", "The UWE delegation ... included ...": the body, before or after
        team_re=re.compile(
            # ("met with Norvik University delegation": a page that leaves the article out; a body's name
            # on one line, not a headline's end run into the next paragraph's "A delegation")
            r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|with)\s+(?:(?P<before>[A-Z][\w'’&.-]*(?:[^\S\n]+[A-Z][\w'’&.-]*){0,5})[^\S\n]+)?"
            r"(?:" + alternation(entry_texts(people["teams"])) + r")\b"
            r"(?:\s+(?:from|of)\s+(?:the\s+)?(?P<after>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&.-]*){0,6}))?"
        ),
        # "the Argentine side was led by": the country, then the person named next
        side_led_re=re.compile(
            r"\b(?P<side>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?i:" + "|".join(e["text"] for e in people["sides_led"])
            + r")\s+"),
        singular_of_plural={e["text"].casefold(): e["singular"] for e in titles["plural_titles"]},
        visit_kinds=tuple(entry_texts(people["visit_kinds"])),
        item_openers=frozenset(entry_texts(people["item_openers"])),
        # (case kept: the office is the lower-case word after a capitalised place)
        place_office_re=re.compile(place_modifiers + r"(?:" + alternation(entry_texts(titles["place_offices"])) + r")\b"),
        # (none marked: a pattern that matches nothing, not the empty title)
        place_signer_office_re=re.compile(place_modifiers + r"(?:" + (alternation(
            [e["text"] for e in titles["place_offices"] if e.get("signer")]) or r"(?!)") + r")\b"),
        area_cue_re=re.compile("|".join(f"(?:{c['cue']})" for c in areas["cues"]), re.I),
        agreement_classes=tuple((re.compile(c["words"], re.I), c["class"]) for c in classes["agreement_classes"]),
        organization_classes=tuple((re.compile(c["words"], re.I), c["class"]) for c in classes["organization_classes"]),
    )
