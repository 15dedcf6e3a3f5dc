"""Fields of cooperation listed for an agreement.

"the two sides will cooperate in (areas such as) A, B and C", "carry out
cooperation in ...", "covers cooperation in ...", "paves the way for ...";
the cues beyond these oldest ones are data (kg/knowledge/en/areas.yaml).
An agreement's purpose told with verbs ("a loan to increase A, improve B
and promote C", "The MoU aims to boost A") gives the verbs' objects, unless
they are generic ("to strengthen ties").

A list runs to the end of its clause: a purpose ("to promote ..."), "and"
+ a verb, a new subject after a comma or a reporting tail ("..., it said")
end it, read from the sentence's dependency parse. Its items are split at
commas and "and", but a list nested inside an item ("exchange of
researchers, teachers and students") and a modifier shared with the next
item ("scientific and technological sectors") stay whole; leads
("particularly"), scope ("in both countries") and generic tails ("other
sectors") are cut.

Wishes in speeches ("he hoped the two places would deepen cooperation in
...") and what talks discussed are not areas, so a sentence that reports
speech (or sits inside a quotation) without naming the agreement is
skipped, and so is a cue inside a quotation that does not name it; nor is
the subject in an agreement's title ("an agreement on cooperation in space
exploration"), nor what two places' cooperation in general covers ("The
bilateral cooperation covers areas of ...").

A sentence led by "According to the agreement" or whose subject is the
agreement holds its purposes however far the verb is from the agreement's
name; acts that share their object ("the purchase, packaging and export of
sesame") and a modifier shared by later items ("economic, trade, and
cultural exchange activities") make one field each. A sentence led by
"It aims to" or "The key goals include" right after one that names the
agreement tells its purposes too; purposes told as acts ("promoting A and
opening B") split at each act only.

Some cues are read only where the sentence names the agreement ("exchanges,
including A and B" is elsewhere what the sides did before); a colon's run of
items told apart by semicolons keeps each item's own commas. Fields of an
agreement still to be signed ("to conclude an agreement ... in the near
future") or of "other agreements" are not this one's; counts ("a number of
areas", "three main pillars") are no fields; a closing "in <place>" is cut
only when the article named that place before, as a side's home.

A sentence that names no agreement is read only when it tells a commitment
("will", "agreed", "signed", "the pact commits"): otherwise it is background
("relations and cooperation in different fields") or a wish ("should explore
cooperation in"); an agreement named only inside a speaker's quotation lets
the quotation's own list be read, not what the speaker adds after it. A
subject said to be "also part of the agreement" lists its fields. In a
sentence led by "Under the agreement," the objects of the acts the sides
commit to ("the two sides will build A, develop B and train C") are its
fields (kg/extract/committed_acts.py). Clauses
("has been signed ..."), counts ("61 countries"), sums of money and what
talks discussed are no fields, and an "and" inside one name ("a Science and
Technology Center") parts no list.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.committed_acts import committed_objects
from kg.extract.lexicon import FIELD_WORDS, ORG_HEADS
from kg.knowledge import alternation, entry_texts, entries, knowledge

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc as SpacyDoc

__all__ = ["find_areas", "split_list"]

_COUNT = r"(?:the\s+following|following|two|three|four|five|six|seven|several|these|its|key|main|priority)"
_CUE_RE = re.compile(
    r"(?i)\b(?:(?:cooperat(?:e|ion)|collaborat(?:e|ion)|co-operat(?:e|ion)|(?-i:partnerships)|work(?:ing)?\s+together|"
    r"exchanges\s+and\s+cooperation)\s+(?:in|on|within)|paves?\s+the\s+way\s+for|cover(?:s|ing)?|"
    r"(?:cooperation|collaboration|partnership)\s+covering|"
    # "The collaboration will span A, B and C", "commits the two cities to exchanges in A, B and C"
    r"(?:will|would|is\s+to|shall)\s+span|\bto\s+exchanges\s+in|"
    r"to\s+support\s+\w+(?:\s+\w+)?\s+in|focus(?:es|ing)?\s+on|"
    # "The loan will finance A, B and C" (a list only: see find_areas)
    r"(?P<fund>(?:loan|credit|grant|financing|funds?)\s+(?:will|would|is\s+to|are\s+to)\s+(?:be\s+used\s+to\s+)?"
    r"(?:finance|fund))|"
    # "The focus areas of the MoU are:" and a bullet list
    r"(?:focus|key|priority|main)\s+areas\s+(?:of\s+(?:cooperation\s+)?(?:under\s+)?(?:the\s+)?\w+\s+)?(?:are|include)(?=\s*:)|"
    # "The loan will finance work in three areas: A, B and C"
    r"(?:work|projects?|cooperation|activities)\s+in(?=\s+" + _COUNT + r"\s+(?:\w+\s+)?(?:areas|fields|sectors)\s*:))"
    # "will work together on:" and a bullet list
    r"(?:\s+|(?=:))"
    r"(?:(?:the\s+|key\s+|several\s+|various\s+|a\s+(?:wide\s+|broad\s+)?(?:range|variety|number)\s+of\s+|multiple\s+|many\s+|diverse\s+)*"
    r"(?:areas?|fields?|sectors?|domains?),?\s+"
    # ("various sectors of the country, such as A": the sectors are the country's, listed after "such as")
    r"(?:such\s+as|of(?!\s+the\s+(?:country|nation|state|region|province|city|economy)\b|\s+interests?\b)|including|like)\s+|"
    # ("in the areas of interest and competence for both": which areas, not a list of them)
    r"such\s+(?:areas|fields|sectors|domains|spheres)\s+as\s+|"
    r"areas\s+including\s+|cooperation\s+in\s+|"
    # "focus on three areas: A, B and C", "work together on the following areas:"
    r"" + _COUNT + r"?\s*(?:\w+\s+)?(?:areas|fields|sectors|domains|priorities|themes|pillars|strands|components|topics|workstreams)\s*:\s*)?"
)
_AREAS = entries("en", "areas")
# "signed", "inked": the signing verbs' past forms (signing.yaml)
_SIGNED_WORDS = knowledge("en").signed_words
# "MoU", "letters of intent", "documents": the words for a signed document, and their plurals (kinds.yaml)
_DOCUMENT = knowledge("en").document_words
_DOCUMENTS = knowledge("en").plural_document_words
# (a title is read after a one-word head: "an agreement on cooperation in space", "the MoU on cooperation in
# A"; after "memorandum of understanding" the cue is what the memorandum is on)
_ONE_WORD_DOCUMENT = alternation([t for t in knowledge("en").document_terms if " " not in t])


def _any_of(name: str, key: str = "pattern") -> str:
    """One alternation of the regular expressions of areas.yaml list ``name``
    (each entry's ``key``), each kept whole in its own group."""
    return "|".join(f"(?:{e[key]})" for e in _AREAS[name])


# the cues of kg/knowledge/en/areas.yaml; those marked `named` are read only in a sentence that names
# the agreement ("exchanges, including A and B" is what the MoU funds there, elsewhere what went before)
_DATA_CUE_RE = re.compile("|".join(f"(?:{c['cue']})" for c in entries("en", "areas")["cues"] if not c.get("named")), re.I)
_NAMED_CUE_RE = re.compile("|".join(f"(?:{c['cue']})" for c in entries("en", "areas")["cues"] if c.get("named")), re.I)
# an agreement's purpose told with a verb ("a loan to increase A, improve B"): kg/knowledge/en/areas.yaml
# whole items that are no field, and what closes an item without being part of it (data)
_NOT_FIELD_RE = re.compile("^(?:" + _any_of("not_fields") + ")$", re.I)
_DATA_TAIL_RE = re.compile("(?:" + _any_of("item_tails") + ").*$", re.I)
_PURPOSE_RE = re.compile(_any_of("purpose_cues", "cue"), re.I)
_FIELD_ACRONYMS = frozenset(e["text"] for e in entries("en", "areas")["field_acronyms"])  # "ICT", "R&D"

# the sentences whose purpose clauses are an agreement's: they name it, or a loan, grant or partnership
_PURPOSE_HOLDER_RE = re.compile(r"(?i)\b(?:agreements?|mous?|memorand(?:um|a)s?|protocols?|loans?|grants?|financing|"
                                r"partnerships?|collaboration)\b")
# "According to the agreement, A and B will strengthen ...": all the sentence tells is the agreement's
_UNDER_AGREEMENT_RE = re.compile(r"(?i)\s*(?:(?:under|according\s+to|as\s+per|in\s+accordance\s+with|pursuant\s+to|"
                                 # "In the memo, the two cities voiced ...", "By signing the MoU, both pledged to ..."
                                 r"in(?=\s+(?:the|this)\s+(?:[\w-]+\s+)?" + _DOCUMENT + r"\s*,)|"
                                 r"(?:[\w\s,]{0,40}?\s)?by\s+signing)\s+"
                                 r"(?:the\s+)?(?:terms\s+of\s+)?(?:the\s+|this\s+|these\s+)?|"
                                 # "The MoU, signed by A, director of B, and C, ..., will facilitate ...": its subject
                                 r"(?:the|this|these)\s+(?:(?:" + _SIGNED_WORDS + r"|new)\s+)?)(?:[\w-]+\s+){0,3}?"
                                 + _DOCUMENT + r"\b")
# "to increase A, improve B and promote C": the other verbs of a purpose list lead their items
_LEAD_VERBS = (r"(?:(?:increas|improv|promot|enhanc|provid|encourag|advanc|facilitat)(?:e|ing)|"
               r"(?:support|boost|strengthen|foster|expand|deepen|conduct|develop)(?:ing)?|undertak(?:e|ing)|upgrad(?:e|ing))")
_LEAD_VERB_RE = re.compile(r"(?i)^" + _LEAD_VERBS + r"\s+(?!(?:for|of|to|in|on|and|from|with)\b)")
# acts that are fields themselves, verb and all ("to increase A and exchange ideas and transfer knowledge":
# "exchange ideas", "transfer knowledge"): they lead an item of a purpose list but stay in it
_FIELD_VERBS = r"(?:exchange|share|transfer)"
# such a verb with its object: not a noun of its own ("exchange of", "exchange programmes", "exchange visits")
_FIELD_VERB_WITH_OBJECT = _FIELD_VERBS + r"\s+(?!(?:of|for|to|in|on|and|or|from|with|between|among|programs?|" \
    r"programmes?|visits?|students?|rates?|platforms?|mechanisms?|activities)\b)[a-z]"
_FIELD_VERB_AT_RE = re.compile(r"(?i)^" + _FIELD_VERB_WITH_OBJECT)
# where a list splits: commas (not a figure's "1,000"), "as well as", "and" before a verb of the list
_SPLIT_RE = re.compile(r",(?!\d{3}\b)\s*|\s+as\s+well\s+as\s+|\s+and\s+(?=" + _LEAD_VERBS + r"\s+(?!(?:for|of|to|in|on|and|from|with)\b))|"
                       r"\s+and\s+(?=" + _FIELD_VERB_WITH_OBJECT + ")")
# names and a headline's words in a purpose list: "... in Upper Egyptian cities, Beni Suef, Menya"
_TITLE_CASE_RE = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for|de)\s+)*[A-Z][\w'’-]*)*$")
_BARE_VERB_RE = re.compile(r"(?i)^(?:\w+ly\s+)?\w+ing$")  # "specifically aiming": a purpose's verb, its object elsewhere
_NAME_LABELS = frozenset({"GPE", "LOC", "PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
# what a purpose verb may take that is no field: "to strengthen ties", "to promote bilateral cooperation",
# "to enhance joint work in ...", "cooperation despite tensions" (read up to its first preposition)
_PREPOSITION_RE = re.compile(r"(?i)\s+(?:despite|with|between|through|among|across|by|via|for|in|on|to|at|and|of)\s+")
_GENERIC_OBJECT_RE = re.compile(r"(?i)^(?:(?:bilateral|mutual|closer|close|further|friendly|strategic|existing|their|its|"
                                r"the|two|countries'?|sides'?|overall|practical|pragmatic|all-round|comprehensive|professional|joint|"
                                r"sustained|institutional|long-term|lasting|strong|stronger|longstanding|long-standing|traditional|historic|"
                                r"deep-rooted|good|cordial|brotherly|fraternal|excellent|cooperative|co-operative|"
                                # "to strengthen the sister port relationship": the ties themselves, named by their kind
                                r"sister(?:[\s-](?:city|cities|port|ports|province|provinces|state|states))?)\s+)*"
                                r"(?:relations|relationship|ties|cooperation|collaboration|partnership|friendship|"
                                r"understanding|exchanges|links|interests?|efforts?|strategy|work|scope|cooperation\s+links)$")
# what a purpose verb may take that is no field either: "to leverage Heilongjiang's advantages"
# or "the comprehensive deepening of cooperation", what the agreement does to ties, not where
_NO_FIELD_RE = re.compile(r"(?i)^(?:(?:[\w'’-]+\s+){0,3}(?:advantages|strengths|roles?|potentials?|opportunit(?:y|ies)|benefits)|"
                          # "to fund the second tranche of the X Program": a share of money, not a field
                          r"(?:the\s+)?(?:first|second|third|fourth|next|final|last|new)\s+(?:tranche|phase|stage|instal(?:l)?ment)\s+of\b.*|"
                          r"(?:[\w-]+\s+){0,2}(?:deepening|strengthening|expansion|enhancement|promotion|development)\s+of\s+"
                          r"(?:[\w-]+\s+){0,2}(?:cooperation|relations|ties|partnership|friendship|collaboration)\b.*)$")
# a noun that names an act ("evaluation", "packaging", "export"): several of them may share one object
_ACT_RE = re.compile(r"(?i)(?:[a-z]+(?:tion|sion|ance|ence|ment|ing|al)|purchase|sale|export|import|supply|transfer|research)"
                     r"(?:/[a-z]+)?(?=\s|$)")
_BULLET_RE = re.compile(r"\n\n[•·▪●◦\-–*]\s*([^\n]+)")
# what a speaker says, asks, stresses or pledges, what talks discussed, consensus reached in them:
# not the agreement's fields (areas.yaml speech)
_SPEECH_RE = re.compile(r"(?i)\b(?:" + _any_of("speech") + r")\b")
# the words that name an agreement (areas.yaml agreement_words)
_AGREEMENT_WORD_RE = re.compile(r"(?i)\b(?:" + _any_of("agreement_words") + r")\b")
# "an agreement on cooperation in space exploration": the cue is in the agreement's title, whose
# subject is not a listed field
_TITLE_BEFORE_RE = re.compile(r"(?i)\b(?:" + _ONE_WORD_DOCUMENT + r"|"
                              # "signed a roadmap for cooperation in A", "a statement on joint cooperation in A",
                              # "other memorandums: on cooperation in A"
                              r"road\s?maps?|(?:joint\s+)?statements?|declarations?)"
                              # "a Memorandum of Understanding (MoU) on cooperation in A": its short name between
                              r"(?:\s*\([\w&.-]{2,12}\))?\)?:?\s+(?:on|of|for)\s+"
                              r"(?:(?:bilateral|mutual|joint|the|strategic|comprehensive|friendly)\s+)*$")
_PLURAL_TITLE_RE = re.compile(r"(?i)(?:" + _DOCUMENTS + r"|road\s?maps|statements|declarations)\b")
# three or more items, in lower case, up to the clause's end: "mining, hydrocarbons and electricity"
_LISTED_AFTER_TITLE_RE = re.compile(r"(?-i:[a-z])[\w-]*(?:\s+[\w-]+){0,3},\s+(?-i:[a-z])[\w-]*(?:\s+[\w-]+){0,3}"
                                    r"(?:,\s+(?-i:[a-z])[\w-]*(?:\s+[\w-]+){0,3})*,?\s+and\s+(?-i:[a-z])")
# "The bilateral cooperation covers ...", "Cooperation between the two cities focuses on ...": the fields of
# all they do together, not of one agreement
_COOPERATION_AS_SUBJECT_RE = re.compile(r"(?i)\b(?:cooperation|collaboration|relations|ties|exchanges)"
                                        r"(?:\s+between\s+[^,.;]{3,60}?)?\s+(?:covers?|focus(?:es)?\s+on|spans?)\b")
_END_RE = re.compile(
    r"(?i)(?:\.\s|\.$|(?<=[a-z0-9])\.(?=(?-i:[A-Z][a-z]))|;|:|\s+so\s+as\s+to\b|\s+so\s+that\b|\s+in\s+order\s+to\b|"
    r",\s+(?:an?\s+(?:area|field|sector|industry|move|step|key|major|important|new)\b|which|where|who|while|with|so|aiming|aimed|to|in\s+order|as\s+well\s+as\s+to|and\s+(?:will|would|to|also|"
    r"plans?|the\s+two|jointly|further|strive)|and\s+(?:[a-z]+\s+){0,2}(?:will|would|plan))\b|"
    r"\s+which\s+(?:was|were|is|are|has|have|will)\b|\s+(?:was|were)\s+(?:\w+ly\s+)?" + _SIGNED_WORDS + r"\b|"
    r"\s+between\s+the\s+(?:two|three)\b|\s+over\s+the\s+next\b|\s+as\s+(?:it|they|this|these)\s+|\s+within\s+\w+\s+years\b|"
    # "..., it said", "..., the embassy wrote on Facebook", "..., according to a statement": who reports it
    r",[”\"]?\s+(?:it|he|she|they|the\s+\w+(?:\s+[\w'’-]+){0,8})\s+(?:said|says|added|wrote|stated|noted|reported|informed|explained)\b|"
    # '..., trade fairs and student exchange," said Sec. Lopez': the speaker named after the quotation
    r",[”\"]?\s+(?:said|says|added|wrote|stated|noted|explained)\s+(?-i:[A-Z])|"
    r",?\s+etc\b\.?|"
    # "cooperation in the area, through the exchange of information": how, not a further field
    r",\s+through\s+(?:the\s+)?(?:exchange|sharing|provision|establishment|use)\b|"
    # "an MoU for customs cooperation, an MoU for ...": the next agreement and its own purpose
    r",\s+(?:and\s+)?an?\s+" + _DOCUMENT + r"\b|"
    # "... and small enterprises, under an agreement signed Tuesday": which agreement, told after its list
    r",\s+(?:under|according\s+to|as\s+per)\s+(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT + r"\b|"
    # "..., first approved in 2009, which ...": what a programme went through, not a field
    r",\s+(?:first\s+|originally\s+|recently\s+)?(?:approved|launched|adopted|announced|introduced)\s+(?:in|on|by|last)\b|"
    r",?\s+according\s+to\b|,\s+besides\b(?!\s+[a-z]+ing\s)|\s+in\s+light\s+of\b|\s+while\s+\w+ing\b|"
    # "... of the environment while the second one is meant for B": the next clause, with its own subject
    r",?\s+while\s+(?:the|a|an|its|their|this|that|another|other)\s|"
    # "... in the local, regional and international levels": where, not what
    r"\s+(?:at|in|on)\s+the\s+(?:local|regional|national|international|global)\b|"
    # "... health and trade in New Delhi on Monday", "... and trade last Friday", "... during the visit of A":
    # when and where the signing was, told after its list
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2},?)?\s+(?:(?:on|last|this|earlier\s+on)\s+)?"
    r"(?:" + "|".join(knowledge("en").weekdays) + r")\b|"
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2},?)?\s+on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\s+(?:yesterday|today)\b|"
    # "... education for 2024-2026", "... in 2018-2024", "... (2023-2027)": how long it runs, not a field
    r"\s+(?:(?:for|in|during|over|from)\s+(?:the\s+(?:period|years?)\s+)?|\()(?:19|20)\d\d\s*(?:[-–—]|to\b)|"
    # "... export to Uzbekistan ( 2001-11-24 00:32 )": a page's date line after the last sentence
    r"\s*\(\s*(?:19|20)\d\d-\d\d-\d\d\b|"
    r"\s+during\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}(?:visit|meeting|talks|ceremony|summit|forum|session|"
    r"trip|tour)\b|"
    # "..., in line with the MoU on X": what the list conforms to (kg/knowledge/en/areas.yaml list_ends)
    r"(?:" + _any_of("list_ends") + r"))"
)


# "in the fields of A, B and C" inside a list begun by a weaker cue ("focus on improvement in the
# fields of ..."): the fields start after it
_INNER_CUE_RE = re.compile(r"(?i)\b(?:in\s+)?(?:the\s+)?(?:fields?|areas?|sectors?|domains?)\s+of\s+"
                           r"(?!(?:mutual|common|shared)\b|the\s+(?:country|nation|state|region|province|city|economy)\b)|"
                           # "covers several topics including A", "in areas of mutual benefit that include A"
                           r"\b(?:(?:topics|issues|matters|aspects|subjects|areas|fields|sectors|domains|spheres|industries|priorities)"
                           r"(?:\s+of\s+(?:mutual|common|shared)\s+\w+)?|(?:mutual|common|shared)\s+(?:benefit|interest|concern)s?)"
                           r",?\s+(?:including|such\s+as|like|namely|"
                           r"(?:that|which)\s+includes?)\s+|"
                           # "cooperate in an all-round way in such fields as A, B": the fields follow "as"
                           r"\bsuch\s+(?:fields|areas|sectors|domains|spheres|aspects)\s+as\s+")
# words that lead into an item without being part of it: "particularly the training of young diplomats"
_LEAD_RE = re.compile(r"(?i)^(?:(?:and|or|(?:in|on)(?!\s+addition\b)|particularly|especially|notably|mainly|mostly|chiefly|including|also|jointly|together|"
                      # "educational exchanges, especially regarding language education": the field is what follows
                      r"regarding|concerning|"
                      # "areas including but not limited to A", "cooperation in terms of A": the field is what follows
                      r"but\s+not\s+limited\s+to,?|terms\s+of(?!\s+(?:reference|trade)\b)|such\s+as|"
                      # "cooperate in A besides promoting B", "..., besides exploring further options in C": B and C are fields too
                      r"besides\s+(?:exploring\s+(?:further\s+|new\s+|more\s+)?(?:options|opportunities|possibilities|avenues)\s+(?:in|for)|[a-z]+ing)|"
                      r"undertaking|conducting|carrying\s+out|(?:the\s+)?promotion\s+of|focus(?:ing|ed)\s+on|"
                      # "Egypt's efforts to combat A", "greater opportunities for student development": the act is the field
                      r"(?:[\w'’-]+\s+)?efforts?\s+to|(?:(?:greater|more|new|better)\s+)?opportunities\s+for|"
                      # "provides for cooperation aimed at preserving A", "entails mutual cooperation ... towards ensuring B"
                      r"(?:mutual\s+)?(?:cooperation|collaboration)(?:\s+between\s+[^,]{3,60}?)?\s+(?:aimed\s+at|aiming\s+at|towards)(?:\s+ensuring)?|"
                      # "bilateral cooperation in economy", "collaboration in R&D activities": the field is what it is in
                      r"(?:(?:bilateral|mutual|future|further|closer|close|deeper|joint|practical)\s+)?"
                      r"(?:cooperation|collaboration|ties)\s+(?:in|on)(?:\s+the)?(?=\s+\S)|"
                      # "to fund improvements to the road network", "to finance the country's programme": the field is what
                      r"(?:the\s+)?improvements?\s+(?:to|of|in)(?:\s+the)?|(?:the\s+)?(?:country|nation|state|region|province|city)['’]s|"
                      r"in\s+addition\s+to|as\s+well\s+as|(?:(?:in|on)\s+)?(?:the\s+)?(?:fields?|areas?|sectors?|domains?)\s+of|"
                      # "..., including cooperation in the field of initiatives and projects": the field is what follows
                      r"(?:(?:mutual|joint|bilateral)\s+)?(?:cooperation|collaboration)\s+(?:in|on)\s+(?:the\s+)?"
                      r"(?:fields?|areas?|sectors?|domains?)\s+of)\s+)+")
# what follows a field without naming it: "internationalization of SMEs in both countries",
# "academic exchange across multiple disciplines", "... on behalf of their respective sides"
_TAIL_RE = re.compile(r"(?i)(?:\s+(?:in|for|to|across|among|between)\s+(?:both|the\s+two|all|multiple|various|many|"
                      r"their|each\s+other|the\s+governments?)\b|\s+of\s+(?:both|the\s+two|each\s+other)\b|\s+on\s+behalf\s+of\b|\s+between\s+(?:the\s+)?(?-i:[A-Z])|\s+with\s+(?:the|an?)\s+(?:aim|view|goal|objective)\b"
                      r"|,?\s+etc\b|\s+such\s+as\b|,?\s+among\s+others\b|\s+at\s+(?:the\s+)?(?-i:[A-Z])"
                      # "... plant with an investment of Rs 140 crore": what it costs
                      r"|\s+by\s+(?:the\s+)?(?-i:[A-Z])"  # "... maize by the Niger State Government": who does it
                      # "... social gender policies implemented directly by USAID": who carries it out
                      r"|\s+(?:implemented|executed|carried\s+out|undertaken|managed|run|funded|financed)\s+(?:\w+ly\s+)?by\b"
                      # "transfer knowledge with Norland's faculty": with whom, not what
                      r"|\s+with\s+(?:the\s+)?(?-i:[A-Z])[\w-]*['’]s\s"
                      r"|\s+(?:with|worth)\s+(?:US\s*)?(?:\$|USD|EUR|€|£)"  # "... budget with $845.1 million": how much
                      # "health within a five-year period", "... over the medium term": when, not what
                      r"|\s+(?:within|over)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:period|term)\b"
                      # "... digital services across the country", "... innovation tailored to defence needs": where, why
                      # "testing through the partner's experience", "innovation through joint development of B": how
                      r"|\s+through\s+(?:the|its|their|an?|collaborative|joint|mutual)\s"
                      r"|\s+(?:across|throughout)\s+the\s+(?:country|region|state|province|nation|continent|city)\b|,?\s+tailored\s+to\b"
                      # "... small businesses in the province": where, the side said again, at the item's end
                      # (not a city's: "supercharging culture in the city" is what the city will do)
                      r"|\s+in\s+the\s+(?:country|region|state|province|nation|county|prefecture)$"
                      r"|\s+(?:with|at|worth)\s+(?:an?\s+)?(?:total\s+|estimated\s+|initial\s+)?(?:investment|cost|outlay)\b"
                      # "civil aviation sectors during a joint committee meeting": when it was agreed, not what
                      r"|\s+during\s+(?:a|an|the|this|that|its|their|his|her)\s"
                      # "strategic minerals at a meeting in Paris", "various fields at the end of the 16th meeting": when
                      r"|\s+at\s+(?:an?|the\s+(?:end|start|beginning|close|conclusion|sidelines?|margins?)\s+of)\s"
                      # "R&D activities under the MoU": which agreement, said again, not part of the field
                      r"|\s+(?:under|according\s+to|as\s+per|in\s+line\s+with)\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,3}?"
                      + _DOCUMENT + r"\b"
                      # "efficiency in government procurement and also": the list's next clause cut off
                      r"|,?\s+(?:and\s+)?also$).*$")
# "other sectors", "different fields", "etc.": a list's tail or a generic word, not a field
_GENERIC_RE = re.compile(r"(?i)^(?:other\b.*|etc|so\s+on|the\s+like|detail|(?:much\s+|many\s+)?more|others|"
                         # "A, especially B, through collaboration, information and C": how, not what
                         r"through\s.*|"
                         # "on the margins of the summit": when and where, not what
                         r"(?:margins?|sidelines?)\s+of\b.*|"
                         # "deeper cooperation", "a possible partnership": more of the ties, not a field
                         r"(?:(?:deeper|closer|further|possible|stronger|bilateral|mutual|future|long-term|friendly|"
                         r"enhanced|greater)\s+)+(?:cooperation|collaboration|partnerships?|ties|relations)|"
                         r"(?:(?:their|its|our)\s+)?(?:shared|common|joint|mutual)\s+(?:goals|objectives|interests|vision|aims)|"
                         # "construction of a highway section, between A and B": where the item before lies
                         r"between\s.*|"
                         # "their existing strategic and research collaboration", "our cooperation set out in ...": ties
                         r"(?:their|its|our|his|her)\s+(?:[\w-]+\s+){0,4}?(?:cooperation|collaboration|relations|ties|partnership)\b.*|"
                         r"(?:(?:strong|stronger|closer|close|new)\s+)?(?:linkages|links|bonds)|(?:this|that|these|those)\s+\w+|"
                         r"(?:the\s+)?(?:areas?|fields?|sectors?)\s+(?:identified|mentioned|agreed|concerned)\b.*|"
                         r"(?:(?:various|all|many|different)\s+)(?:fields|areas|sectors)\s+(?:further|more|together)|"
                         # "cooperation on a number of areas", "a broad range of issues including": a count, not a field
                         r"(?:an?\s+)?(?:(?:wide|broad|large|whole|diverse)\s+)?(?:number|range|variety|host|series|array)\s+of\s+[\w\s]*|"
                         r"(?:[\w-]+\s+)?aspects?\s+of\b.*|"
                         # "It covers three main pillars": how many, before the list that names them
                         # (and "three (3) priority projects", the figure repeated in brackets)
                         r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:\(\d+\)\s+)?)"
                         r"(?:(?:main|key|major|priority|other|strategic|[a-z]+)\s+)?"
                         r"(?:pillars|areas|fields|sectors|components|strands|priorities|themes|topics|projects|objectives|"
                         r"goals|issues)\b.*|"
                         # "key focus areas", "priorities such as A": the word for the list, not one of its fields
                         r"(?:(?:key|main|major|priority|thematic)\s+)?(?:focus\s+areas|priorities)|(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:way|manner)\b.*|"
                         # '..., among others', '"...," said Sec. Lopez': a list's tail and a quotation's speaker
                         r"among\s+others|(?:said|says|added|told)\s.*|"
                         # "has been signed at the meeting": a clause whose subject came before, not a field
                         r"(?:has|have|had|was|were|is|are|will|would|shall|can|could|may|might)\s.*|"
                         # "61 countries", "1,000 tons of beef": a count of things, not a field ("5G" is one)
                         r"\d[\d,.]*\s.*|"
                         # "paves the way for both organizations to work closely": the sides, not a field
                         r"(?:both|the\s+(?:two|three))\s+(?:[\w-]+\s+)?(?:sides|parties|organi[sz]ations|institutions|universities|"
                         r"countries|cities|companies|agencies|governments|nations|provinces|states)|(?:(?:different|various|diverse|varied|numerous|wide-ranging|"
                         r"many|several|multiple|all|related|relevant|"
                         r"these|such|other|key|new)\s+)*(?:fields?|areas?|sectors?|domains?|spheres?|aspects?|matters?|issues?|"
                         r"activities|things))"
                         # ("all aspects under the principle of equality and mutual benefit": how, not what)
                         r"(?:\s+(?:under|on\s+the\s+basis\s+of|based\s+on|in\s+line\s+with)\s+the\s+principles?\b.*)?$")


# "cooperation on Air Service and Transport": a sector named with capitals, as a ministry's portfolio is,
# is one field (where the other items of its list are written in lower case)
_TITLE_PAIR_RE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


def split_list(phrase: str) -> list[str]:
    """Items of "A, B and C" / "A, B, and C" / "A, B as well as C"; items
    may hold "and" themselves ("education and culture, and tourism")."""
    # the clauses of a purpose ("promote A and B and develop C"): each ends its own list
    # and a list's examples ("A and B, including C and D")
    clauses = re.split(r"\s+and\s+(?=" + _LEAD_VERBS + r"\s+(?!(?:for|of|to|in|on|and|from|with)\b))|(?:,\s*|\s+(?=including\s+(?!the\b)))including,?\s+", phrase)
    acts = bool(re.match(r"(?i)[a-z]+ing\s+(?!(?:of|for|to|in|on|and|or|with)\b)", phrase))
    if acts:
        # "promoting A and opening B": verbs with their objects, each its own field, whose "and" is their own
        clauses = [part for clause in clauses
                   for part in re.split(r"\s+and\s+(?=[a-z]+ing\s+(?!(?:of|for|to|in|on|and|or|with)\b))", clause)]
    out: list[str] = []
    for clause in clauses:
        # "A, B and C as well as D, E and F": each group before "as well as" that is a list of its own
        # ends with its own "and"
        # and "A and B besides promoting C": what follows "besides" is a list of its own
        # ("... industrial zones in addition to developing B": B is one more field, as after "as well as")
        groups = re.split(r"\s+as\s+well\s+as\s+|(?<!,)\s+in\s+addition\s+to\s+|,?\s+(?=besides\s+[a-z]+ing\s)", clause)
        for number, group in enumerate(groups):
            pieces = [p.strip() for p in _SPLIT_RE.split(group) if p.strip()]
            if not pieces:
                continue
            last = pieces[-1]
            if last.casefold().startswith("and "):
                pieces[-1] = last[4:]
            elif " and " in last and not (_TITLE_PAIR_RE.match(last) and all(not p[:1].isupper() for p in pieces[:-1])) \
                    and not (group.startswith("besides ") and len(pieces) < 2) \
                    and (number == len(groups) - 1 or len(pieces) >= 2 or groups[number + 1].startswith("besides ")) \
                    and not (acts and re.match(r"(?i)[a-z]+ing\s", last) and not re.search(r"(?i)\sand\s+(?:the|an?)\s", last)):
                first, rest = last.split(" and ", 1)
                if " and " in rest and _shares_object(first, "and", rest):
                    # "staff training, the renovation and opening of the harbour and joint research": the
                    # first "and" joins two acts on one object, the list's own is the next
                    more, rest = rest.split(" and ", 1)
                    first = f"{first} and {more}"
                pieces[-1:] = [first, rest]
            out += pieces
    return out


# a "sentence" longer than this is no sentence of news (a page without full stops): its lists are read
# without the parse, so that a hostile file costs no second parse of itself
_LONGEST_PARSED = 5000


# the article whose sentences find_areas reads: their parse is cut from the article's own
_ARTICLE: ContextVar[str | None] = ContextVar("areas_article", default=None)


def _parse(sentence: str) -> SpacyDoc:
    """The statistical parse of one sentence (a list's items are read from
    it): the article's own parse, cut at the sentence, so that no sentence is
    parsed twice; an empty parse for a run-on text longer than any sentence."""
    article = _ARTICLE.get()
    if article is not None and len(sentence) <= _LONGEST_PARSED:
        at = article.find(sentence)
        if at >= 0:
            return _cut(article, at, at + len(sentence))
    return _parse_alone(sentence)


@lru_cache(maxsize=64)
def _cut(article: str, start: int, end: int) -> SpacyDoc:
    from kg.nlp import parse

    span = parse(article).char_span(start, end)
    return span.as_doc() if span is not None else _parse_alone(article[start:end])


@lru_cache(maxsize=64)
def _parse_alone(sentence: str) -> SpacyDoc:
    from kg.nlp import parse

    return parse(sentence if len(sentence) <= _LONGEST_PARSED else "")


def _clause_end(sentence: str, offset: int, stop: int, verbs_listed: bool = False) -> int:
    """Where the list that starts at ``offset`` in ``sentence`` ends before
    ``stop``: at "and" + a verb that starts a new clause ("focus on A and
    follow B"), at "to" + a verb that gives a purpose ("exchange to promote
    B")."""
    for token in _parse(sentence):
        if token.idx < offset or token.idx >= stop:
            continue
        after = token.nbor() if token.i + 1 < len(token.doc) else None
        if after is None:
            break
        if token.lower_ == "and":
            verb = next((t for t in token.doc[token.i + 1 : token.i + 4] if t.pos_ != "ADV"), after)
            if verb.pos_ == "VERB" and (verb.tag_ in ("VBD", "VBZ") or verb.tag_ in ("VB", "VBP") and not verbs_listed):
                return token.idx  # "... and then attended the signing": a new clause
            if verb.tag_ == "MD" or verb.pos_ == "AUX" and verb.tag_ in ("VBZ", "VBD", "VBP"):
                return token.idx  # "focuses on the steel industry and will create 3,200 jobs": a new clause
        if token.text == "," and not verbs_listed:
            verb = next((t for t in token.doc[token.i + 1 : token.i + 4] if t.pos_ != "ADV"), after)
            if verb.pos_ == "VERB" and verb.tag_ in ("VB", "VBP") and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.idx < offset):
                return token.idx  # "cooperate in A and B, orderly promote C": the subject's next act
        if token.text == "," and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX")
                                     for t in token.doc[token.i + 1 : token.i + 5]):
            return token.idx  # "Focusing on A and B, both universities will ...": a new clause
        if token.tag_ == "TO" and after.tag_ == "VB" or token.tag_ == "TO" and after.tag_ == "RB" \
                and token.i + 2 < len(token.doc) and token.doc[token.i + 2].tag_ == "VB":
            verb = after if after.tag_ == "VB" else token.doc[token.i + 2]
            if verb.dep_ in ("acl", "advcl", "relcl", "xcomp") and verb.head.idx >= offset and (
                    verb.head.pos_ in ("NOUN", "PROPN") or verb.head.tag_ == "VBG"):
                continue  # "the formation of a joint committee to evaluate projects": the item's own words
            return token.idx
    return stop


def _nested(sentence: str, piece: tuple[int, int], item_start: int, any_preposition: bool = False) -> bool:
    """Whether the piece of a list at ``piece`` (offsets in ``sentence``)
    continues a list inside the item before it rather than the list of
    fields: in "exchange of researchers, teachers and students" "teachers"
    is joined to "researchers", inside "of ..."."""
    words = [t for t in _parse(sentence) if piece[0] <= t.idx < piece[1] and not t.is_punct and t.lower_ not in ("and", "or")]
    if not words:
        return False
    # the piece's head: its word whose head lies outside it
    token = next((t for t in words if not piece[0] <= t.head.idx < piece[1]), words[0])
    if words[0].lower_ != "other" and any(child.i < token.i for child in token.children if child.dep_ not in ("cc", "punct")):
        return False  # "research projects", "food processing": a field of its own, not a bare word of a nested list
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    if token.idx < item_start:
        return False
    # the top of the chain is the object of "of" inside the item before: a nested list ("artificial
    # intelligence for health sciences, chemistry" is two fields: the parse cannot tell them apart)
    return token.dep_ == "pobj" and (token.head.lower_ == "of" or any_preposition) and token.head.idx >= item_start


def _modifies_next(sentence: str, item_end: int, piece: tuple[int, int], phrase_end: int) -> bool:
    """Whether the item ending at ``item_end`` ends in a word that modifies
    the head of the next piece, or of a later one: "scientific and
    technological sectors", "economic, trade, and cultural exchange
    activities" are one field each."""
    doc = _parse(sentence)
    last = next((t for t in reversed(doc) if t.idx + len(t) <= item_end and not t.is_punct), None)
    if last is None:
        return False
    if last.dep_ in ("amod", "compound") and piece[0] <= last.head.idx < piece[1]:
        return True
    top = last  # "economic, trade, and cultural exchange activities": "trade" joins "economic", which modifies "activities"
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    if top.dep_ not in ("amod", "compound"):
        return False
    # a later piece: only when every word between modifies that head too
    head = top.head
    between = [t for t in doc if piece[0] <= t.idx < head.idx and not t.is_punct and t.lower_ not in ("and", "or")]
    return piece[0] <= head.idx < phrase_end and all(
        t.dep_ in ("amod", "compound", "conj", "nmod") and top.i <= t.head.i <= head.i for t in between)


# an act whose list of objects is a list of fields, one each ("the promotion of A, B and C"), unlike "the
# exchange of researchers, teachers and students", one field
_SPREAD_HEAD_RE = re.compile(r"(?i)(?:the\s+)?(?:[a-z]+\s+and\s+)?(?:" + _any_of("spread_acts", "text") + r")\s+of\s+")


def _items(sentence: str, phrase: str, phrase_start: int) -> list[str]:
    """The fields of a list phrase (which starts at ``phrase_start`` in
    ``sentence``), with nested lists kept whole."""
    spread = _SPREAD_HEAD_RE.match(phrase)
    if spread is not None and "," in phrase[spread.end():]:
        # "the promotion of teaching, research and cultural exchange": the promotion of each is a field
        phrase, phrase_start = phrase[spread.end():], phrase_start + spread.end()
    pieces = split_list(phrase)
    if len(pieces) < 2:
        return pieces
    merged: list[tuple[str, int]] = []  # each item and where it starts in the phrase
    cursor = 0
    for index, piece in enumerate(pieces):
        where = phrase.find(piece, cursor)
        if where < 0:
            merged.append((piece, -1))
            continue
        span = (phrase_start + where, phrase_start + where + len(piece))
        if _NEXT_AGREEMENT_RE.match(piece):
            merged.append((piece, where))  # "..., and another on cooperation in A": the next agreement's field
        elif merged and merged[-1][1] >= 0 and _inside_name(sentence, phrase_start + merged[-1][1] + len(merged[-1][0]), span[0]) \
                and not (_a_field_word(merged[-1][0]) and _a_field_word(piece)):
            # "a Nuclear Science and Technology Center": the "and" is inside one name, which stays whole
            merged[-1] = (phrase[merged[-1][1] : where + len(piece)], merged[-1][1])
        elif merged and merged[-1][1] >= 0 and _shares_object(merged[-1][0], phrase[merged[-1][1] + len(merged[-1][0]) : where], piece):
            # "the preparation and training of students": two acts on one object are one field
            merged[-1] = (phrase[merged[-1][1] : where + len(piece)], merged[-1][1])
        elif merged and re.search(r"(?i)\bbetween\s+[^,]*$", merged[-1][0]) and merged[-1][1] >= 0:
            # "exchange of students between A and B": one field
            merged[-1] = (phrase[merged[-1][1] : where + len(piece)], merged[-1][1])
        elif merged and merged[-1][1] >= 0 and (_modifies_next(sentence, phrase_start + merged[-1][1] + len(merged[-1][0]), span,
                                                                phrase_start + len(phrase))
                                              or _nested(sentence, span, phrase_start + merged[-1][1], "," not in phrase)
                                              and not _CLOSED_NESTED_RE.search(merged[-1][0])
                                              and _nested_list_closes(sentence, phrase, phrase_start, pieces, index, where,
                                                                      merged[-1][1])):
            merged[-1] = (phrase[merged[-1][1] : where + len(piece)], merged[-1][1])
        else:
            merged.append((piece, where))
        cursor = where + len(piece)
    return [part for item, where in merged for half in _joint_work_apart(item)
            for part in _names_apart(sentence, half, phrase_start + where if where >= 0 else -1)]


# "grant applications and joint efforts in e-learning, consultancy and C": the joint work's own field
# opens a nested list, and the item before it is a field of the outer one
_JOINT_WORK_RE = re.compile(r"(?i)^(.+?)\s+and\s+(?:joint\s+|collaborative\s+|mutual\s+)?(?:efforts|cooperation|collaboration|"
                            r"co-operation|work)\s+(?:in|on)\s+(?:the\s+)?(\S.*)$")


def _joint_work_apart(item: str) -> list[str]:
    """``item``, or the field before "and joint efforts in" and the fields after it (a list of their own)."""
    match = _JOINT_WORK_RE.match(item)
    return [match.group(1), *split_list(match.group(2))] if match else [item]


def _shares_object(item: str, between: str, piece: str) -> bool:
    """Whether ``item``, a bare act ("preparation", "the renovation"), and
    the act that follows it after "and" (``piece``: "training of students")
    name one field, the two acts on the second's object."""
    bare = re.sub(r"(?i)^(?:the|a|an)\s+", "", item.strip())
    return between.strip().casefold() == "and" and " " not in bare and bool(_ACT_RE.fullmatch(bare)) \
        and bool(re.match(r"(?i)(?:[a-z]+(?:tion|sion|ance|ence|ment|ing|al)|purchase|sale|export|import|supply|transfer|research)"
                          r"\s+of\s", piece))


# an item whose own nested list has closed ("an exchange of know-how and information"): a comma after it
# starts the next field ("..., training, ...")
_CLOSED_NESTED_RE = re.compile(r"(?i)\bof\s+[^,]*\s(?:and|or)\s[^,]*$")


def _names_apart(sentence: str, item: str, at: int) -> list[str]:
    """``item`` as one field, or the two halves of a capitalized pair kept
    whole by split_list that are names ("Norland and Lindau"), each read on
    its own (and dropped as a place or person later)."""
    if at < 0 or not _TITLE_PAIR_RE.match(item):
        return [item]
    first, rest = item.split(" and ", 1)
    second_at = at + len(first) + 5
    if _is_name(sentence, at, at + len(first)) or _is_name(sentence, second_at, second_at + len(rest)):
        return [first, rest]
    return [item]


# names whose words may hold "and" or a comma: "Ministry of Science and Technology"
_NAME_ENTITY_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"})


def _a_field_word(piece: str) -> bool:
    """"Health", "Energy": one capitalised word that names a field, which the
    parse may take for a piece of a name ("sectors such as Agriculture,
    Health, and Energy" read as one organisation's)."""
    return re.fullmatch(r"(?:and\s+)?[A-Z][a-z]+", piece.strip()) is not None \
        and piece.strip().split()[-1].casefold() in FIELD_WORDS


def _inside_name(sentence: str, at: int, to: int) -> bool:
    """Whether one name the parse finds runs across ``sentence[at:to]``,
    the "and" or comma between two pieces of a list: then the pieces are
    one name's words, not two fields."""
    return any(entity.label_ in _NAME_ENTITY_LABELS and entity.start_char < at and entity.end_char > to
               for entity in _parse(sentence).ents)


def _nested_list_closes(sentence: str, phrase: str, phrase_start: int, pieces: list[str], index: int, where: int,
                        item_start: int) -> bool:
    """Whether the nested list that piece ``index`` (at ``where`` in
    ``phrase``) continues ends as a list does, with "and" or "or" ("exchange
    of researchers, teachers and students"); in "mutual recognition of goods,
    reciprocity, labour mobility and C" it does not, and "reciprocity" is a
    field of the outer list."""
    piece = pieces[index]
    if re.search(r"(?i)\s(?:and|or)\s", piece) or re.search(r"(?i)\b(?:and|or)\s*$", phrase[:where]) \
            or index == len(pieces) - 1:
        return True
    following = pieces[index + 1]
    at = phrase.find(following, where + len(piece))
    return at >= 0 and _nested(sentence, (phrase_start + at, phrase_start + at + len(following)), phrase_start + item_start) \
        and _nested_list_closes(sentence, phrase, phrase_start, pieces, index + 1, at, item_start)


# "..., and another on cooperation in the areas of A": a list of agreements, each told with its field
_NEXT_AGREEMENT_RE = re.compile(r"(?i)^(?:and\s+)?(?:another|an?\s+" + _DOCUMENT + r"\b[^,]*?)\s+(?:on|for)\s+"
                                r"(?:cooperation|collaboration)\s+(?:in|on)\s+(?:the\s+)?(?:(?:fields?|areas?|sectors?|domains?)\s+of\s+)?")


# "loans of up to 68.263 billion yen for seven projects": a sum of money is what is lent, not a field
# (a currency's code written onto the figure, "XOF55 billion", is money too)
_MONEY_RE = re.compile(r"(?i)(?:US\s*)?(?:\$|USD|EUR|€|£|¥|Rs\.?)\s*\d|(?<![\d.,])\d[\d,.]*\s*(?:million|billion|crore|lakh|trillion)\b")


def _clean(item: str) -> str:
    item = item.strip(" “”\"'‘’")
    if _MONEY_RE.search(item):
        return ""
    item = _NEXT_AGREEMENT_RE.sub("", item)
    item = _LEAD_RE.sub("", item)
    item = re.sub(r"^(?:the|a|an)\s+", "", item, flags=re.I)
    # "its supply of natural gas": whose it is was said before; the field is what follows
    if _GENERIC_RE.match(item.strip(" .,")):
        return ""  # "their existing research collaboration": ties, before the possessive is cut
    item = re.sub(r"^(?:its|their|our|his|her)\s+(?=\S+\s+\S)", "", item, flags=re.I)
    item = _DATA_TAIL_RE.sub("", _TAIL_RE.sub("", item))
    item = re.sub(r"\s+between\s+the\s+(?:two|three)\s+\w+$", "", item)
    item = item.strip(" “”\"'‘’.,")
    if _GENERIC_RE.match(item) or _NOT_FIELD_RE.match(item) or _BROKEN_OR_OWNED_RE.search(item):
        return ""
    return item


# "Ethiopia's development", "Kenya's vision of a digital economy": a named side's own aim, what the
# agreement serves, not a field it lists; "... science and technology with": a span cut inside its clause
_BROKEN_OR_OWNED_RE = re.compile(r"^(?-i:[A-Z])[\w-]*['’]s\s|(?i:\s(?:and|or|with|of|the|to|for|in))$"
                                 # "which our government", "the Pacific Community will seek": a clause's words
                                 r"|(?i:^(?:which|that|who|whom|whose)\s|\s(?:will|would|shall|can|could)\s(?:\w+)$)"
                                 # "accordance with the existing laws": how it is done, not what
                                 r"|(?i:^accordance\s+with\b)")


# "the two sides could (explore ways to) cooperate in A": a wish, where no agreement is named (areas.yaml hedges)
_HEDGE_RE = re.compile(r"(?i)\b(?:" + _any_of("hedges") + r")\s+(?:\w+\s+){0,4}$")


def find_areas(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """Areas listed in the sentence ``text[start:end]`` with their spans."""
    reading = _ARTICLE.set(text)
    try:
        return _find_areas(text, start, end)
    finally:
        _ARTICLE.reset(reading)


def _find_areas(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    sentence = text[start:end]
    # the agreement named inside a speaker's quotation does not make the speaker's wishes its terms:
    # 'He said: "This memorandum ...," stressing that this cooperation aims to ... in the field of A'
    quotes = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", sentence)] if _SPEECH_RE.search(sentence) else []
    # ... unless the fields are inside the quotation that names it ('"This agreement ... in areas that include A," he said')
    quoted_only = bool(quotes) and not _AGREEMENT_WORD_RE.search(re.sub(r"“[^”]*”|\"[^\"]*\"", " ", sentence))
    if (_SPEECH_RE.search(sentence) or _quoted(text, start)) and not (_AGREEMENT_WORD_RE.search(sentence)
                                                                       or _UNDER_AGREEMENT_RE.match(text, start)
                                                                       or _continues_agreement(text, start)):
        return []
    if _FUTURE_AGREEMENT_RE.search(sentence):
        return []  # "agreed to conclude an agreement to cooperate in A in the near future": one not yet signed
    out: list[tuple[str, tuple[int, int]]] = []
    listed: list[tuple[int, int]] = []  # where each list read so far runs, from its cue
    named = _NAMED_CUE_RE.finditer(text, start, end) if _AGREEMENT_WORD_RE.search(sentence) else iter(())
    cues = sorted([*_CUE_RE.finditer(text, start, end), *_DATA_CUE_RE.finditer(text, start, end), *named],
                  key=lambda m: (m.start(), -m.end()))  # (of two cues at one place, the longer: "collaboration in relation to")
    for cue in cues:
        if listed and cue.start() < listed[-1][1]:
            continue  # "cooperate in A, sales cooperation in Asia, and C": a cue inside a list is an item's words
        if quoted_only and not any(at <= cue.start() - start < to and _AGREEMENT_WORD_RE.search(sentence, at, to)
                                   for at, to in quotes):
            continue
        if _HEDGE_RE.search(text[max(start, cue.start() - 40) : cue.start()]) \
                and not _AGREEMENT_WORD_RE.search(sentence):
            continue  # "the two sides should (explore ways to) cooperate in A": a wish, where no agreement is named
        titled = _TITLE_BEFORE_RE.search(text, max(start, cue.start() - 60), cue.start())
        if titled and (_PLURAL_TITLE_RE.match(titled.group()) or not _LISTED_AFTER_TITLE_RE.match(text, cue.end(), end)) \
                or _hedged(text, start, cue.start()):
            continue  # (a list of three or more after one agreement's title cue is its fields: "an agreement on
            # cooperation in mining, hydrocarbons and electricity"; not "memorandums: on cooperation in A, B
            # and C", one document each)
        if _PAST_COOPERATION_RE.search(text, max(start, cue.start() - 60), cue.end()):
            continue  # "Since 2015, the two ports have been working together in A": what went before, not the terms
        if not (_AGREEMENT_WORD_RE.search(sentence) or _PURPOSE_HOLDER_RE.search(sentence) or _UNDER_AGREEMENT_RE.match(text, start)
                or _continues_agreement(text, start) or _fields_follow_agreement(text, start)) \
                and not _COMMITMENT_RE.search(text, start, cue.end()):
            continue  # "It would strengthen bridges, in light of relations and cooperation in different fields": no terms
        if _AGREEMENT_WORD_RE.match(re.sub(r"(?i)^(?:cooperation|collaboration)\s+", "", cue.group(0))) \
                and re.search(r"(?i)\bother\s+(?:[\w-]+\s+){0,2}$", text[max(start, cue.start() - 40) : cue.start()]):
            continue  # "witnessed the signing of the MoU and other agreements in A, B": the others' fields
        if _OTHER_AGREEMENTS_RE.search(text, max(start, cue.start() - 120), cue.start()):
            continue  # "Twelve other agreements were signed, including cooperation on youth": not this one's fields
        if cue.group(0).lower().startswith("covering") and not re.search(
                r"(?i)\b" + _DOCUMENT + r"(?:\s+(?:on|in|at)\s+(?:[A-Z][\w'’-]*|\d[\w,]*)(?:\s+(?:[A-Z][\w'’-]*|\d[\w,]*)){0,3})?\s*$",
                text[max(start, cue.start() - 80) : cue.start()]):
            # "20 cooperation documents covering A, B", "signed an MoU on Monday covering A": only what agreements
            # cover (past when or where they were signed)
            continue
        if _in_quotation(text, start, cue.start()):
            continue  # '..., adding "we expect investment in the industries covering A, B"': a speaker's hopes
        if _COOPERATION_AS_SUBJECT_RE.search(text, max(start, cue.start() - 100), cue.end()) \
                and not _AGREEMENT_WORD_RE.search(sentence):
            continue  # "The bilateral cooperation covers areas of A and B": all that two places do together
        items, list_end = _read_list(text, start, end, cue, purpose=False)
        out += items
        if items:
            listed.append((cue.start(), list_end))
    # an agreement's purpose ("a loan to increase A, improve B"), told close after it, where no cue
    # of fields has listed them; not what a speaker says the agreement is an opportunity for
    for cue in _PURPOSE_RE.finditer(text, start, end):
        # (the holder may open a long cue itself: "memorandum ... signed between A and B for the")
        if not (_PURPOSE_HOLDER_RE.search(text, max(start, min(cue.start(), cue.end() - 120)), cue.end())
                or _UNDER_AGREEMENT_RE.match(text, start)

                or _continues_agreement(text, start) or _COOPERATING_PURPOSE_RE.match(cue.group(0))
                and _WILL_COMMIT_RE.search(text, max(start, cue.start() - 40), cue.start())) \
                or _spoken_before(text, start, cue.start(), cue.end()) and not (_UNDER_AGREEMENT_RE.match(text, start)
                                                                        or _continues_agreement(text, start)):
            continue
        if _hedged(text, start, cue.start()) or _quoted(text, start) or _in_quoted_words(text, start, cue.start()):
            continue  # '"The MoU will strengthen A," he said': what a speaker expects of it, not its terms
        items, list_end = _read_list(text, start, end, cue, purpose=True)
        if any(cue.start() < to and list_end > at for at, to in listed) \
                or any(cue.end() <= c.start() < list_end for c in cues):
            continue  # "to enhance cooperation in A": the cue of fields reads A
        if any(list_end <= at <= list_end + 60 and _QUALIFIER_GAP_RE.fullmatch(text, list_end, at) for at, _ in listed):
            # "to facilitate all exchanges and initiatives between the two institutions in the area of A": the
            # objects are what the fields qualify, and the cue of fields right after them reads the fields
            continue
        out += items
        if items:
            listed.append((cue.start(), list_end))
    if not _quoted(text, start) and (_UNDER_AGREEMENT_RE.match(text, start) or _continues_agreement(text, start)):
        out += _committed(text, start, end, listed)
    if not out:
        out += _subject_list(text, start, end)
    return sorted(out, key=lambda item: item[1])


_ACTIVE_SIGN_RE = knowledge("en").active_sign_re
# between a purpose's objects and the cue of fields that qualifies them: nothing, or whose they are
# ("all exchanges and initiatives between the two institutions in the area of A"), no clause of its own
_QUALIFIER_GAP_RE = re.compile(r"(?:\s+(?:between|among|with|of|for|from)\s+[^,;:.]*?)?\s*")


def _spoken_before(text: str, start: int, at: int, cue_end: int) -> bool:
    """Whether a speaker's verb comes before the cue at ``at`` in the
    sentence at ``start`` and is more than a report of the signing: in "X
    said it has signed an MoU with Y for A and B" the speaker reports the
    agreement (named before the cue ends at ``cue_end``), and A and B are
    what it is for."""
    spoken = max(_SPEECH_RE.finditer(text, start, at), key=lambda m: m.start(), default=None)
    if spoken is None:
        return False
    signed = _ACTIVE_SIGN_RE.search(text, spoken.end(), at)
    return not (signed and re.fullmatch(r"\s*(?:that\s+)?(?:it|they|the\s+[\w-]+|[A-Z][\w'’-]*)?\s*(?:(?:has|have|had)\s+)?",
                                         text[spoken.end() : signed.start()])
                and _AGREEMENT_WORD_RE.search(text, signed.end(), cue_end))


# "share experience in A": the object carries the field after it (areas.yaml carrier_objects)
_CARRIER_RE = re.compile(r"(?i)^(?:" + _any_of("carrier_objects")
                         + r")\s+(?:in|on|of|about)\s+(?:the\s+)?(?=\S)")


def _committed(text: str, start: int, end: int, listed: list[tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """The objects of the acts the sides commit to in the sentence
    ``text[start:end]`` ("the two sides will build A, develop B and train
    C"), outside the lists read already, each cleaned as a purpose's item."""
    sentence = text[start:end]
    if len(sentence) > _LONGEST_PARSED:
        return []
    out: list[tuple[str, tuple[int, int]]] = []
    for at, to in committed_objects(_parse(sentence)):
        if any(at + start < b and to + start > a for a, b in listed) or _in_quoted_words(text, start, start + at) \
                or _hedged(text, start, start + at):
            continue
        phrase = sentence[at:to]
        if sentence[to : to + 1] == "-":
            continue  # "multi-form, multi-channel ... exchanges": the parse cut a word, and the phrase with it
        pieces = _items(sentence, phrase, at) if "," in phrase else [phrase]
        cursor = at
        for piece in pieces:
            where = sentence.find(piece, cursor)
            if where < 0:
                continue
            cursor = where + len(piece)
            cleaned = _CARRIER_RE.sub("", _purpose_item(piece))  # "experience in developing tourism": the field follows
            head = _PREPOSITION_RE.split(cleaned, maxsplit=1)[0]
            if not cleaned or len(cleaned.split()) > 12 or not re.search(r"[a-z]", cleaned) \
                    or _GENERIC_OBJECT_RE.match(head) or _NO_FIELD_RE.match(cleaned) or _TITLE_CASE_RE.match(cleaned) \
                    or _is_name(sentence, where, where + len(piece)):
                continue
            out.append((_without_place(sentence, cleaned, where, text[: start + where]), (start + where, start + where + len(piece))))
    return out


# "The building of A, B and C are also part of the agreement", "The organization of A and conducting B are
# other actions contemplated in the agreement", "Exchange programmes involving A will be another highlight of
# the MoU": the sentence's subject lists what the agreement holds
_PART_OF_AGREEMENT_RE = re.compile(
    r"(?i)\s+(?:is|are|will\s+be|would\s+be|were|was)\s+(?:also\s+)?"
    r"(?:(?:a|an|an\s+important|a\s+key|a\s+major)\s+)?(?:part\s+of|parts\s+of|included\s+in|covered\s+(?:by|under|in)|"
    r"(?:other|further)\s+(?:actions|activities|areas|components|elements|measures)\s+(?:that\s+(?:are|were)\s+)?"
    r"(?:contemplated|included|envisaged|provided\s+for|set\s+out)\s+in|"
    r"another\s+(?:highlight|component|element|pillar|focus|feature)\s+of|"
    r"(?:among|one\s+of)\s+the\s+(?:[\w-]+\s+)?(?:areas|highlights|components|elements|pillars|features)\s+(?:of|in|under))\s+"
    r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT + r"\b"
    r"(?!['’]s|\s+(?:team|signing|ceremony|negotiations?|talks|process|text|committee|delegation)\b)")
# an act that the subject's items share: "The building of A, B and C"
_SHARED_ACT_RE = re.compile(r"(?i)^(?:the\s+)?(?:building|construction|establishment|organi[sz]ation|creation|setting\s+up|"
                            r"development|launch|holding)\s+of\s+")


def _subject_list(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """The fields a sentence names as its subject and says are part of the
    agreement: "The building of an industrial park, a sightseeing park and a
    manufacturing park are also part of the agreement"."""
    sentence = text[start:end]
    tail = _PART_OF_AGREEMENT_RE.search(sentence)
    if tail is None or _SPEECH_RE.search(sentence, 0, tail.start()) or _quoted(text, start):
        return []
    head = sentence[: tail.start()]
    lead = len(head) - len(head.lstrip())
    act = _SHARED_ACT_RE.match(head, lead)
    phrase_start = act.end() if act else lead
    phrase = head[phrase_start:]
    if not phrase or len(phrase.split()) > 30 or re.match(r"(?i)(?:it|this|that|they|these|which|he|she)\b", phrase):
        return []
    pieces = _items(sentence, phrase, phrase_start)
    if re.search(r"(?i)\s(?:involving|including|covering|between|among|for|with)\s", pieces[0] if pieces else ""):
        pieces = [phrase.strip()]  # "Exchange programmes involving A, B and C": one field, whose own list is nested
    out: list[tuple[str, tuple[int, int]]] = []
    cursor = phrase_start
    for item in pieces:
        where = sentence.find(item, cursor)
        cleaned = re.sub(r"(?i)^(?:an?|the)\s+", "", _LEAD_VERB_RE.sub("", _clean(item)))
        cleaned = re.sub(r"(?i)^[a-z]+ing\s+(?=(?:\w+\s+)*?\w+)", "", cleaned) if re.match(r"(?i)^[a-z]+ing\s+\w+\s", cleaned) else cleaned
        if where < 0 or not cleaned or len(cleaned.split()) > 16 or _is_name(sentence, where, where + len(item)) \
                or _TITLE_CASE_RE.match(cleaned):
            continue
        cursor = where + len(item)
        out.append((cleaned, (start + where, start + where + len(item))))
    return out


# what makes a sentence that names no agreement tell its terms: a commitment ("will", "agreed", "commits",
# "A and B are going to collaborate on C"), the signing, or a word for what was signed ("the pact", "the
# twinning", "the funding covers"): areas.yaml ``commitment_auxiliaries`` and ``commitment_words``
_COMMITMENT_RE = re.compile(r"(?i)\b(?:" + alternation(entry_texts(_AREAS["commitment_auxiliaries"] + _AREAS["commitment_words"]))
                            + r")\b")


# "A and B will collaborate to develop C and D": the sides' own purpose, told as a commitment like "will cooperate in"
# (the auxiliaries not marked ``purpose: false``)
_COOPERATING_PURPOSE_RE = re.compile(r"(?i)(?:cooperate|collaborate|co-operate|work\s+together)\s+to\s")
_WILL_COMMIT_RE = re.compile(r"(?i)\b(?:" + alternation([e["text"] for e in _AREAS["commitment_auxiliaries"]
                                                          if e.get("purpose", True)])
                             + r")\s+(?:\w+ly\s+|also\s+|jointly\s+)*$")


# "the two ports have been working together in A, B": cooperation before the agreement (or under an older one)
# (the ``ongoing`` forms of areas.yaml ``cooperation_phrases``)
_PAST_COOPERATION_RE = re.compile(r"(?i)\b(?:have|has|had)\s+(?:already\s+|long\s+|successfully\s+)?been\s+(?:\w+ly\s+)?"
                                  r"(?:" + alternation([e["ongoing"] for e in _AREAS["cooperation_phrases"] if "ongoing" in e])
                                  + r")(?:\s+(?:for|over|since)\s+(?:[\w-]+\s+){1,3}?)?\s+(?:in|on|within)\b")


# "Twelve other agreements were signed during the event, including ...": what the cue after it lists
# belongs to agreements the article does not tell of
_OTHER_AGREEMENTS_RE = re.compile(r"(?i)\bother\s+(?:[\w-]+\s+){0,2}" + _DOCUMENTS + r"\b"
                                  r"[^.;]*$")


# an agreement still to be signed: its fields are not those of any signed here (the acts that make an
# agreement: areas.yaml ``not_committed_acts`` marked ``signs``; when: ``later_times``)
_FUTURE_AGREEMENT_RE = re.compile(r"(?i)\b(?:to|will|would)\s+(?:" + alternation(
                                      [e["verb"] for e in _AREAS["not_committed_acts"] if e.get("signs")])
                                  + r")\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}"
                                  + _DOCUMENT + r"\b.{0,160}?(?:"
                                  + alternation(entry_texts(_AREAS["later_times"])) + r")")


# "It aims to ...", "Its aim is to ...": a sentence whose subject stands for the one before
_PRONOUN_SUBJECT_RE = re.compile(r"\s*(?:It|(?:Its|The)\s+(?:main\s+|key\s+|primary\s+)?(?:aims?|objectives?|goals?|purposes?)|"
                                 # "Under the agreement, ... They also agreed to expand B": the sides' further terms
                                 r"(?:(?:In\s+particular|Besides|Moreover|Furthermore|In\s+addition|Also),\s+)?"
                                 r"(?:They|The\s+two\s+(?:sides|parties)|Both\s+(?:sides|parties))\s+(?:also\s+|further\s+)?"
                                 r"(?:agreed|pledged|vowed|committed\s+themselves)(?=\s+to\s))\s")


# "Other areas of collaboration include A", "Priority areas include A": a sentence whose subject is the
# fields, told soon after the agreement
# ("Designated areas for cooperation include A": the ones the agreement names)
_FIELDS_SUBJECT_RE = re.compile(r"(?i)\s*(?:the\s+)?(?:(?:(?:other|further|additional|priority|key|main|major|focus|core|"
                                r"designated|identified|agreed|specific)\s+)+"
                                r"(?:areas|fields|sectors|domains)(?:\s+(?:of|for)\s+(?:mutual\s+|joint\s+|future\s+)?"
                                r"(?:cooperation|collaboration|co-operation|partnership))?|(?:areas|fields|sectors|domains)\s+(?:of|for)\s+"
                                r"(?:mutual\s+|joint\s+|future\s+)?(?:cooperation|collaboration|co-operation|partnership)"
                                # "... signed an MoU in key areas of cooperation. The areas include A": the ones just named
                                # "The scope of cooperation includes A"
                                r"|scope\s+of\s+(?:the\s+)?(?:cooperation|collaboration|co-operation|partnership)"
                                r"|(?<=the\s)(?P<named>areas|fields|sectors|domains)"
                                # "The cooperation mainly includes A": the cooperation the agreement just told brings
                                r"|(?<=the\s)(?:cooperation|collaboration|co-operation|partnership))"
                                # "The areas of cooperation between the two banks include but are not limited to:"
                                r"(?:\s+between\s+[^,.;:]{3,80}?)?"
                                r"\s+(?:(?:also|mainly|primarily|chiefly)\s+)?(?:include|includes|cover|covers|are|will\s+(?:be|include|cover))(?:\s|:)")


# "the agreement is expected to enhance A", "it could pave the way for B": what a speaker or writer expects
# the agreement to bring, not what it lists
# (areas.yaml expectations)
_HEDGE_BEFORE_RE = re.compile(r"(?i)\b(?:" + _any_of("expectations")
                              + r")\s+(?:[\w-]+\s+){0,3}$")


def _hedged(text: str, start: int, at: int) -> bool:
    """Whether the cue at ``at`` follows a hedge in its sentence (which starts at ``start``)."""
    return bool(_HEDGE_BEFORE_RE.search(text, max(start, at - 50), at))


def _fields_follow_agreement(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` has the fields as its subject
    ("Other areas of collaboration include A, B") and the agreement is
    named in the few sentences before it: they are its fields."""
    subject = _FIELDS_SUBJECT_RE.match(text, start)
    if subject is None or not _AGREEMENT_WORD_RE.search(text, max(0, start - 600), start):
        return False
    if subject.group("named") is None:
        return True
    # "The areas include A": the areas the sentence before names, with the agreement it says was signed
    # (not "they did not sign agreements in four other sectors. The sectors include A")
    before = text[max(0, start - 400) : start].rstrip()
    previous = re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""
    return bool(re.search(r"(?i)\b" + subject.group("named"), previous) and _AGREEMENT_WORD_RE.search(previous)
                and not _DENIED_RE.search(previous))


# "did not sign", "didn't sign any", "has yet to": a sentence that says no agreement was signed
_DENIED_RE = re.compile(r"(?i)\b(?:not|never|yet\s+to|no\s+agreements?)\b|n['’]t\b")


def _continues_agreement(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is led by "It" or "Its aim" and
    the sentence before names the agreement (or a loan, grant or
    partnership): "The fifth agreement is valued at $5 million. It aims to
    support A, strengthen B" tells the agreement's purposes."""
    if not _PRONOUN_SUBJECT_RE.match(text, start):
        return False
    before = text[max(0, start - 400) : start].rstrip()
    previous = re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""
    return bool(_PURPOSE_HOLDER_RE.search(previous) or _AGREEMENT_WORD_RE.search(previous))


def _quoted(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is inside a quotation opened
    earlier in its paragraph: a speaker's words ("... we plan cooperation in
    A and B," he said), not what the agreement lists."""
    paragraph = text[text.rfind("\n", 0, start) + 1 : start]
    if text[start : start + 1] in ("“", '"'):
        return True
    return paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1


def _in_quoted_words(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened after the sentence
    start ``start``, whatever its words name."""
    before = text[start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _in_quotation(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened after the sentence
    start ``start`` whose words do not name the agreement."""
    before = text[start:at]
    opened = max(before.rfind("“"), before.rfind('"') if before.count('"') % 2 == 1 else -1)
    if opened < 0 or before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
        return False
    close = min((i for i in (text.find("”", at), text.find('"', at)) if i >= 0), default=len(text))
    # a quotation opened after the sentence has named the agreement, with no one speaking between, tells
    # what the agreement covers: 'it is a cooperation agreement "in very diverse fields, such as A and B"',
    # 'the signing of an MoU, whereby both A and B "will collaborate ... in the fields of X and Y"'
    named_before = max(_AGREEMENT_WORD_RE.finditer(text, start, start + opened), key=lambda m: m.end(), default=None)
    if named_before is not None and not _SPEECH_RE.search(text, named_before.end(), start + opened):
        return False
    return not _AGREEMENT_WORD_RE.search(text, start + opened, close)


_COOPERATION_IN_RE = re.compile(r"(?i)\b(?:co-?operation|collaboration)\s+(?:in|on)\s+$")


# a list's generic tail: ", and other sectors", "as well as many other fields"
_OTHER_FIELDS_TAIL_RE = re.compile(r"(?i),?\s+(?:and|as\s+well\s+as)\s+(?:(?:many|various|several|all)\s+)?other\s+"
                                   r"(?:related\s+)?(?:fields|sectors|areas|domains|spheres)$")


# a list of modifiers that share a generic plural head: "the scientific, academic and research fields",
# "marine and logistic sectors" (each modifier is a field; not "rural areas" or "the two sectors")
_SHARED_HEAD_RE = re.compile(r"^(?:(?:co-?operation|collaboration|exchanges?|partnership)\s+(?:in|on|within)\s+)?"
                             r"(?:the\s+)?(?P<list>(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*)?"
                             r"(?:,\s+(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*)?)*,?\s+and\s+"
                             r"(?!(?:related|other|similar|allied|associated|relevant|respective)\b)(?-i:[a-z])[\w-]*)"
                             r"\s+(?:fields|sectors|areas|domains|spheres)$", re.I)


# "in four areas - A; B", "in six areas related to the urban economy – A, B and C": a count of fields,
# then a dash that opens their list, as a colon does (not "agreements in four other areas – A, B": the others')
_COUNTED_DASH_RE = re.compile(r"(?i)(?:the\s+following\s+|(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)"
                              r"(?!other\b)(?:[\w-]+\s+)?(?:areas|fields|sectors|domains|pillars|priorities)\b[^.;:–—]{0,80}?"
                              r"\s+[–—-]\s+")


def _read_list(text: str, start: int, end: int, cue: re.Match[str], purpose: bool) -> tuple[list[tuple[str, tuple[int, int]]], int]:
    """The fields listed after ``cue`` in the sentence ``text[start:end]``,
    and where their list ends."""
    sentence = text[start:end]
    stop = _END_RE.search(text, cue.end(), end)
    list_end = stop.start() if stop else end
    list_start = cue.end()
    counted = _COUNTED_DASH_RE.match(text, list_start, list_end)
    if counted is not None:
        list_start = counted.end()  # "cooperate in six areas related to the economy – A, B and C": A, B and C
    if stop is not None and stop.group() == ";" and list_end > list_start:
        # "areas for cooperation include biology and chemistry; medicine and health; and energy": the
        # semicolons part the items, each keeping its own "and" and commas, as after a colon
        run = _semicolon_items(text, list_start)
        if len(run) >= 3 and run[-1][1][1] <= end and not any(
                _starts_with_verb(sentence, item, at - start) for item, (at, _) in run):
            # (not "will exchange A; invest in B; introduce C": acts, each its own clause)
            first_at, first_end = run[0][1]
            inner = _INNER_CUE_RE.search(text, first_at, first_end)
            if inner and "," not in text[first_at : inner.start()] and _clean(text[inner.end() : first_end]):
                # "information on exemplary cases in numerous sectors, including A; B; C": the list starts at A
                run[0] = (_clean(text[inner.end() : first_end]), (inner.end(), first_end))
            spread = _SPREAD_HEAD_RE.match(text, first_at)
            if spread is not None and spread.end() < first_end:
                # "for the promotion of teaching; research; and cultural exchange": each promoted is a field
                run[0] = (_clean(text[spread.end() : first_end]), (spread.end(), first_end))
            return run, run[-1][1][1]
    inner = _INNER_CUE_RE.search(text, list_start, list_end)
    if inner and "," not in text[list_start : inner.start()]:
        list_start = inner.end()
    if list_end > list_start:
        list_end = start + _clause_end(sentence, list_start - start, list_end - start, verbs_listed=purpose)
    phrase = text[list_start:list_end].rstrip(" .,")
    if not phrase.strip():
        if not purpose and (text[list_end : list_end + 1] == ":" or text[start:list_end].rstrip().endswith(":")):
            # the items are the bullet paragraphs that follow, or the colon's run of items told apart by
            # semicolons ("issues including: trade and investment; education, youth and sport; and health")
            colon = list_end if text[list_end : list_end + 1] == ":" else text.rfind(":", start, list_end)
            return _bullets(text, end) or _semicolon_items(text, colon + 1) or _colon_run(text, colon), list_end
        return [], list_end
    if not purpose and text[list_end : list_end + 1] == ":" and not _clean(
            re.sub(r"(?i),?\s+(?:including|such\s+as|like|namely|as\s+follows)$", "", phrase)):
        # "encompasses a broad range of issues including: A; B, C and D; E": the items follow the colon
        return _semicolon_items(text, list_end + 1), list_end
    generic_tail = _OTHER_FIELDS_TAIL_RE.search(phrase)
    if generic_tail is not None and "," in phrase[: generic_tail.start()]:
        # "in economic, trade, scientific and other sectors": the words listed are the fields (their
        # shared head is a generic one, which the list's own tail, "other sectors", only repeats)
        phrase = phrase[: generic_tail.start()]
    shared_head = _SHARED_HEAD_RE.match(phrase)
    if shared_head is not None \
            and not any(_NOT_FIELD_RE.match(piece) for piece in split_list(shared_head.group("list"))):
        # (not "agriculture and rural areas": a place, no field)
        phrase, list_start = shared_head.group("list"), list_start + shared_head.start("list")
    items = _items(sentence, phrase, list_start - start)
    if len(items) == 2 and "," not in phrase and re.search(r"(?i)\b(?:field|area|domain|sphere)\s+of\s+(?:the\s+)?$",
                                                            text[max(start, list_start - 30) : list_start]) \
            and all(len(item.split()) <= 3 for item in items):
        items = [phrase]  # "in the field of creativity and innovation": one field, as the singular tells
    if len(items) >= 2 and all(_ACT_RE.fullmatch(_clean(item)) for item in items[:-1]) \
            and _ACT_RE.match(_clean(items[-1]) + " ") and re.search(r"(?i)\bof\s+", _clean(items[-1])):
        # "the purchase, packaging and export of sesame": acts that share their object are one field
        items = [phrase[phrase.find(items[0]) : phrase.rfind(items[-1]) + len(items[-1])]] \
            if phrase.find(items[0]) >= 0 and items[-1] in phrase else items
    elif purpose and len(items) >= 2 and re.match(r"(?i)(?:the\s+)?[a-z]+\s+of\s+", items[0]) \
            and all(len(_clean(item).split()) <= 3 and not re.search(r"(?i)\b(?:of|for|to)\b", _clean(item)) for item in items[1:]):
        # "the supply of sesame seeds, soya beans and maize": a purpose is one act, the list is its object's
        first = phrase.find(items[0])
        items = [phrase[first : phrase.rfind(items[-1]) + len(items[-1])]] if first >= 0 and items[-1] in phrase else items
    if cue.groupdict().get("fund") and len(items) < 3:
        return [], list_end  # "the loan will finance the second phase of X": a purpose, not fields
    if len(items) == 1 and not purpose and re.match(r"[a-z]+ing\b", items[0]) \
            and not _COOPERATION_IN_RE.search(text, max(start, list_start - 20), list_start):
        # ("cooperation in training skilled workers": what they cooperate in is the field, act or not)
        return [], list_end  # "pledging to work together on upgrading ...": a purpose, not a list
    out: list[tuple[str, tuple[int, int]]] = []
    cursor = list_start
    for item in items:
        where = text.find(item, cursor, list_end + 1)
        span = (where, where + len(item)) if where >= 0 else (list_start, list_end)
        if where >= 0:
            cursor = where + len(item)
        cleaned = _purpose_item(item) if purpose else _clean(item)
        if purpose:
            head = _PREPOSITION_RE.split(cleaned, maxsplit=1)[0]
            if _GENERIC_OBJECT_RE.match(head) or re.fullmatch(r"(?i)projects|programmes|programs|activities", head):
                # "to finance projects in A and B", like "to enhance cooperation in A and B"
                if not out and re.search(r"(?i)\s(?:in|on)\s", cleaned):
                    # "to enhance joint work in A and B": the fields are told as cooperation's, which
                    # a cue of fields reads where the text lists them
                    return [], list_end
                continue  # "cooperation despite tensions", "ties between the two": no field
            if re.search(r"(?i)\b(?:encourag(?:e|ing)|enabl(?:e|ing)|help(?:ing)?|allow(?:ing)?|invit(?:e|ing))\s+$", cue.group(0)) \
                    and re.match(r"\s*to\s+(?:[a-z]+ly\s+)?[a-z]+", text[list_end : list_end + 40]) and item is items[-1]:
                continue  # "to encourage schools to participate in ...": who is to act, not a field
            if _TITLE_CASE_RE.match(cleaned) or _NO_FIELD_RE.match(cleaned) \
                    or _BARE_VERB_RE.match(cleaned) and not (where >= 0 and _noun_at(sentence, cleaned, where - start)) \
                    or where >= 0 and _starts_with_verb(sentence, cleaned, where - start) and not _FIELD_VERB_AT_RE.match(cleaned):
                continue  # "... Upper Egyptian cities, Beni Suef, Menya", a headline's "To Enhance Media Cooperation"
        elif _GENERIC_OBJECT_RE.match(cleaned):
            continue  # "aims at enhancing cooperation between the two parties": no field
        if not cleaned or len(cleaned.split()) > 12 or not re.search(r"[a-z]", cleaned) and cleaned not in _FIELD_ACRONYMS \
                or (where >= 0 and _is_name(sentence, where - start, where - start + len(item))
                    and cleaned not in _FIELD_ACRONYMS):
            continue
        named_at = sentence.find(cleaned, where - start) if where >= 0 and cleaned not in _FIELD_ACRONYMS else -1
        if named_at >= 0 and (_is_name(sentence, named_at, named_at + len(cleaned))
                              or not out and re.search(r"(?i)\bin\s*$", cue.group(0)) and _starts_with_place(sentence, named_at)):
            continue  # "particularly Ukraine", "collaboration in Africa and the EU's neighbours": where, not what
        out.append((_without_place(sentence, cleaned, where - start if where >= 0 else -1, text[:where] if where >= 0 else ""), span))
    return out, list_end


def _purpose_item(item: str) -> str:
    """An item of a purpose or a committed act, cleaned, without its lead verb
    and article ("to increase A, improve the B": "A", "B")."""
    return re.sub(r"(?i)^(?:the|a|an)\s+", "", _LEAD_RE.sub("", _LEAD_VERB_RE.sub("", _clean(item))))


def _without_place(sentence: str, item: str, at: int, before: str = "") -> str:
    """``item`` without a closing "in <place>" the parse names as a place
    and the article named before (``before`` is its text up to the item),
    as a side's home: "The Papua New Guinea Government signed loans for ...
    air services in Papua New Guinea (PNG)" gives "air services", and so
    does "... energy infrastructure in Ukraine" after "The EIB and Ukraine
    signed ..."; "sales cooperation in Southeast Asia" keeps its region, a
    place beyond the sides."""
    tail = re.search(r"\s+in\s+((?-i:[A-Z])[^,;]*?)(?:\s*\([A-Z]{2,8}\))?$", item)
    if tail is None or at < 0 or sentence.find(item, at) < 0 or tail.group(1) not in (before or sentence[:at]):
        return item
    place_at = sentence.find(item, at) + tail.start(1)
    place_end = place_at + len(tail.group(1))
    for entity in _parse(sentence).ents:
        if entity.label_ in ("GPE", "LOC") and entity.start_char <= place_at and entity.end_char >= place_end - 1:
            return item[: tail.start()]
    return item


def _starts_with_verb(sentence: str, item: str, at: int) -> bool:
    """Whether ``item`` (found from ``at`` in ``sentence``) begins with a
    verb in its base form that the purpose list's verbs do not lead: "...
    and build lifelong learning environment", "bolster regional
    cooperation" are further purposes or results told as acts, not fields
    ("efforts to combat A" keeps its act, the field)."""
    found = sentence.find(item, at)
    return found >= 0 and any(token.idx == found and token.tag_ == "VB" and not (token.i and token.nbor(-1).lower_ == "to")
                              for token in _parse(sentence))


def _noun_at(sentence: str, item: str, at: int) -> bool:
    """Whether the parse takes the -ing word ``item`` (found from ``at``) for a
    noun: "training" listed among an agreement's purposes is a field, unlike
    "specifically aiming"."""
    found = sentence.find(item, at)
    return found >= 0 and any(token.idx == found and token.pos_ == "NOUN" for token in _parse(sentence))


def _starts_with_place(sentence: str, at: int) -> bool:
    """Whether a place the parse names begins at ``at`` in ``sentence``."""
    return any(entity.label_ in ("GPE", "LOC") and entity.start_char == at for entity in _parse(sentence).ents)


def _is_name(sentence: str, at: int, to: int) -> bool:
    """Whether ``sentence[at:to]`` is a place, person, date or figure
    (" ... in Upper Egyptian cities, Beni Suef, Menya"), not a field."""
    words = sentence[at:to].split()
    # "Lomonosov Moscow State University": a body named by its head word, a party, not a field
    a_body = bool(words) and words[-1].casefold() in ORG_HEADS and sentence[at : at + 1].isupper()
    for entity in _parse(sentence).ents:
        if entity.start_char <= at + 1 and entity.end_char >= to - 1 and (
                entity.label_ in _NAME_LABELS or entity.label_ == "ORG" and a_body):
            return True
    return False


def _semicolon_items(text: str, pos: int) -> list[tuple[str, tuple[int, int]]]:
    """The items after a colon at ``pos`` when semicolons part them: each
    item keeps its own commas and "and" ("education, youth and human
    resource development"), as the writer grouped them; the run ends with
    its paragraph or sentence."""
    if pos <= 0:
        return []
    # (the run ends with its sentence, or where a quotation opens after the last item: "...; and cultural
    # exchange “for the furtherance of ...,” the university said")
    stop = re.compile(r"\n|\.(?:\s|$)|\s[“\"]").search(text, pos)
    run = text[pos : stop.start() if stop else len(text)]
    if run.count(";") < 2:
        return []
    out: list[tuple[str, tuple[int, int]]] = []
    cursor = pos
    for part in run.split(";"):
        at = text.find(part, cursor)
        cursor = at + len(part)
        item = _clean(re.sub(r"(?i)^\s*(?:and|or)\s+", "", part))
        if item and len(item.split()) <= 12 and re.search(r"[a-z]", item):
            out.append((item, (at + len(part) - len(part.lstrip()), at + len(part.rstrip()))))
    return out


def _colon_run(text: str, colon: int) -> list[tuple[str, tuple[int, int]]]:
    """The items after a colon where the sentence splitter cut the cue's
    sentence there ("The areas of cooperation are: A, B and C"): the run
    to the end of its own sentence, read as a list, when it is one."""
    if colon < 0:
        return []
    stop = re.compile(r"\n|\.(?:\s|$)").search(text, colon + 1)
    end = stop.start() if stop else len(text)
    if not re.search(r",|\sand\s", text[colon + 1 : end]):
        return []
    opening = re.compile(r"\s*").match(text, colon + 1)  # the list opens right after the colon, as after a cue
    assert opening is not None  # (an empty run matches anywhere)
    items, _ = _read_list(text, colon + 1, end, opening, purpose=False)
    return items


def _bullets(text: str, pos: int) -> list[tuple[str, tuple[int, int]]]:
    """Bullet paragraphs right after ``pos``: "• staff and student mobility"."""
    out: list[tuple[str, tuple[int, int]]] = []
    while True:
        match = _BULLET_RE.match(text, pos)
        if match is None:
            return out
        # "cultural and tourist promotion, also through joint itineraries": the field, not how
        item = _clean(re.split(r",\s+(?=[a-z])", match.group(1).rstrip(" ;,."), maxsplit=1)[0])
        if item and len(item.split()) <= 16 and re.search(r"[a-z]", item):
            out.append((item, match.span(1)))
        pos = match.end()
