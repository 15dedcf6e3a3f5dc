"""Whether a text is in a language kg reads.

kg reads languages whose knowledge it has (``kg/knowledge/<lang>/``), and
today that is English. A page in another language (a Chinese government
portal's own page, a Russian, French or Spanish news site) would otherwise
be read with English rules: its lines dropped as menus ("no article text
found") or, worse, its capitalised words taken for names and signers.
Telling the user what the page is written in, and that kg cannot read it
yet, is the honest answer.

Two plain measures, no language model:
- the script: the first word of each letter's Unicode name ("LATIN SMALL
  LETTER A", "CJK UNIFIED IDEOGRAPH-4E2D", "CYRILLIC CAPITAL LETTER A");
- for a page in Latin letters, the share of its words that are English
  function words (spaCy's English stop words). English prose has a fifth
  to a half of them ("the", "of", "and", "signed by"), a French, Spanish,
  German or Indonesian page a twentieth at most.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["SCRIPTS_READ", "letter_scripts", "unread_script", "english_word_share", "reads_as_english"]

# the scripts of the languages kg has knowledge for: English is written in Latin letters
SCRIPTS_READ = frozenset({"LATIN"})
# a page whose letters are at least this share in one script kg does not read is in that script
_SHARE = 0.5
# Unicode's first name word for a script, as a reader calls it
_READABLE = {"CJK": "Chinese characters", "HANGUL": "Korean (Hangul)", "HIRAGANA": "Japanese (kana)",
             "KATAKANA": "Japanese (kana)", "CYRILLIC": "Cyrillic", "ARABIC": "Arabic", "GREEK": "Greek",
             "HEBREW": "Hebrew", "THAI": "Thai", "DEVANAGARI": "Devanagari", "BENGALI": "Bengali",
             "TAMIL": "Tamil", "GEORGIAN": "Georgian", "ARMENIAN": "Armenian", "MONGOLIAN": "Mongolian",
             "LAO": "Lao", "KHMER": "Khmer", "MYANMAR": "Burmese", "ETHIOPIC": "Ethiopic"}


def letter_scripts(text: str) -> Counter[str]:
    """How many letters of each script the text has (ideographs count as letters)."""
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            counts[name.split(" ", 1)[0] if name else "UNKNOWN"] += 1
    return counts


def unread_script(text: str) -> str | None:
    """The script most of the text's letters are in, as a reader names it,
    when kg reads no language in it; None for a text kg can read (or one
    with no letters at all)."""
    counts = letter_scripts(text)
    total = sum(counts.values())
    if not total:
        return None
    script, count = counts.most_common(1)[0]
    if script in SCRIPTS_READ or count < total * _SHARE:
        return None
    return _READABLE.get(script, script.title())


# a page of Latin letters with fewer English function words than this is in another language: English
# pages (the development set's 901, boilerplate and all) have at least 0.20, other languages at most 0.05
_LEAST_ENGLISH_SHARE = 0.10
# fewer words than this (a headline, a caption) say too little to judge
_FEWEST_WORDS = 20
_WORD_RE = re.compile(r"[^\W\d_]+")


def english_word_share(text: str) -> tuple[float, int]:
    """The share of the text's words that are English function words, and how many words it has."""
    from spacy.lang.en.stop_words import STOP_WORDS  # the lexical module only, not a pipeline

    words = [w.casefold() for w in _WORD_RE.findall(text)]
    return (sum(w in STOP_WORDS for w in words) / len(words) if words else 0.0), len(words)


# a line of prose has at least this many words; menus, crumbs and captions have fewer, and no function words
_PROSE_WORDS = 10


def reads_as_english(text: str) -> bool:
    """Whether a text in Latin letters is English, as far as the function words of its lines of prose tell
    (a page's menu lines are not prose in any language; a text with too little prose to judge is taken as
    English)."""
    prose = "\n".join(line for line in text.splitlines() if len(_WORD_RE.findall(line)) >= _PROSE_WORDS)
    share, words = english_word_share(prose)
    return words < _FEWEST_WORDS or share >= _LEAST_ENGLISH_SHARE
