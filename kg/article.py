"""Reading an article file into clean text with its title and date line.

News pages arrive with boilerplate: menus, breadcrumbs, "Print | Share",
view counters and footers, in scraped text as much as in HTML. This module
keeps the article's own words and nothing else, and records what the page
says about itself (title, published date, source department), so that the
extractor reads only prose and every offset points into one text.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from datetime import date
from pathlib import Path
from typing import Any

from kg.dates import find_dates
from kg.errors import ArticleError
from kg.reading_language import reads_as_english, unread_script

__all__ = ["Article", "read_article", "article_paths", "ARTICLE_SUFFIXES", "split_sentences"]

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Article:
    """An article's clean text and what the page says about itself.

    ``text`` is the title, a blank line, then the body paragraphs separated
    by blank lines; every offset in the facts model points into it.
    """

    path: Path
    text: str
    title: str | None
    published: date | None
    source_department: str | None
    sha256: str  # of the file's bytes: a changed file is a new version

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def body_start(self) -> int:
        """Offset where the body begins (after the title)."""
        if self.title and self.text.startswith(self.title):
            return len(self.title) + 2
        return 0


def article_paths(paths: list[Path]) -> list[Path]:
    """Expand folders into the article files they hold, in a stable order.

    A path that does not exist is kept, so the reader reports it by name.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            )
        else:
            found.append(path)
    return found


def read_article(path: Path) -> Article:
    """Read a .txt or .html/.htm file; raise :class:`ArticleError` on bad input."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ArticleError(f"{path}: not an article file (expected .txt, .html or .htm)")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file; check the path") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None
    utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in raw[:4096] and not utf16:
        raise ArticleError(f"{path}: a binary file, not an article; give a .txt or .html news page")
    try:
        # text saved as UTF-16 (as some Windows editors do) says so with its byte-order mark
        decoded = raw.decode("utf-16") if utf16 else raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        if utf16:
            raise ArticleError(f"{path}: marked as UTF-16 but not valid UTF-16; re-save it as UTF-8") from None
        if suffix == ".txt":
            # guessing another encoding turns Latin-1 into plausible nonsense
            raise ArticleError(f"{path}: not UTF-8 text; re-save it as UTF-8") from None
        # a web page says its encoding in its <meta charset>
        decoded = _decode_declared(raw, path)
    if not decoded.strip():
        raise ArticleError(f"{path}: the file is empty; nothing to ingest")
    if suffix == ".txt":
        title, dateline, paragraphs = _parse_plain_text(decoded)
        published = _published_from(dateline)
    else:
        title, dateline, paragraphs, published = _parse_html(decoded, path)
    paragraphs = [p for p in (_tidy(p) for p in paragraphs) if p]
    if published is None:
        published = _closing_source_date(paragraphs) or _date_line(paragraphs)
    title = _tidy(title) if title else None
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    # a page in a language kg does not read: its lines go as menus, or its words would be read as English
    # (a web page's script was judged on its whole main text already, before its lines were dropped)
    prose = "\n".join(paragraphs)
    if suffix == ".txt":
        _refuse_unread_script(path, prose or decoded)
    if paragraphs and not reads_as_english(prose):
        raise ArticleError(f"{path}: not written in English (few of its words are English words like 'the' "
                           "and 'of'); kg reads articles in English only, so give an English version of the page")
    if not paragraphs:
        raise ArticleError(f"{path}: no article text found (only menus or markup?); check the file")
    text = "\n\n".join(([title] if title else []) + paragraphs)
    return Article(
        path=path,
        text=text,
        title=title,
        published=published,
        source_department=_source_from(dateline),
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def _refuse_unread_script(path: Path, text: str) -> None:
    """Refuse a text whose letters are mostly in a script kg reads no language in."""
    script = unread_script(text)
    if script is not None:
        raise ArticleError(f"{path}: written in {script}; kg reads articles in English only, so give an English "
                           "version of the page")


# --------------------------------------------------------------- plain text

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦\-*]\s*|[—–]\s+)")
# an item of a numbered list ("2. MoU between ...", "(3) Letter of Intent ..."): a line of its own
_NUMBERED = re.compile(r"^\s*\(?\d{1,2}[.)]\s+[A-Z]")
# how a page stored by a search index opens: " date 2019-11-08 <title>"
_STAMP_RE = re.compile(r"^\s*date\s+(?P<date>(?:19|20)\d\d-\d\d-\d\d)\s*(?P<rest>.*)$")
_DATELINE_KEYS = re.compile(
    r"(?i)\b(source|date|release(?:d)?(?: time| date)?|posted|updated|published|views|author|editor)\s*[:：]"
)
# a menu item alone on its line, or a skip link ("Skip to main content", "Click acá para ir
# directamente al contenido")
_MENU_WORDS = re.compile(
    r"(?i)(?:(?:home|english|print|share|close|font size|views?|location|you are here|news and events|"
    r"print \| share|back to top|related (?:links|news|articles)|"
    r"connect with us|follow us(?: on)?|(?:left|main|top) menu|go to (?:the )?main site|off the wire|"
    r"(?:latest|all|more|top) (?:news|stories)|special column|editor'?s'? picks?|most (?:viewed|read|popular)|"
    r"latest comments|check also|related posts|we recommend|e-?paper|error message|meta information|"
    r"what'?s new|(?:press (?:releases?|notes?)|nota de prensa|comunicado de prensa)(?:\s+(?:no\.?\s*)?\d+)?|photos?|videos?|ends|spread the love|advertisement|trending(?: now)?|"
    r"subscribe(?: now)?|sign in|log in|search|menu|share (?:this|on)(?: \w+)?)\W*"
    r"|(?:skip|jump|shortcut) to (?:the )?(?:main )?(?:content|body)\b.*"
    r"|click (?:here|acá|aquí) (?:to go|para ir) (?:directly |directamente )?(?:to|al) (?:the )?(?:content|contenido)\b.*)"
)


# a photograph's caption credit or a news agency's tag, alone on its line: "Photo: UNB",
# "(File Photo: IANS)", "[Photo/China Daily]", "(Xinhua/Yin Bogu)", "(Xinhua)", "Photo courtesy of
# the university via CNA", "source: CNA"
_CAPTION_RE = re.compile(
    r"(?i)[(\[]?\s*(?:file\s+)?(?:photo|image|picture|video)s?\s*(?:[:/|]|by\b|credit\b|courtesy\b)[^()\[\].]{0,60}(?:\.\w+\.?)?[)\]]?"
    r"|(?:source|credit)s?\s*:\s*[^()\[\].]{1,50}"
    r"|(?:representative|file) (?:image|photo|picture)\.?"
    r"|\(\s*[A-Z][A-Za-z .&-]{1,30}(?:/[A-Z][A-Za-z .&-]{1,30})?\)"
)
# a byline: "By Aliyu Dangida", "By Wang Yanfei | China Daily", "By Arya M Nair, Official Reporter";
# not a sentence that opens with "By" ("By signing the MoU, ..."), whose next word is lower case
_BYLINE_RE = re.compile(
    r"By\s+(?:By\s+)?[A-Z@][\w.'’@-]*(?:[\s,|–—-]+(?:[A-Z@][\w.'’@:-]*|and|&|of|the|with|in|for|[\w.-]+@[\w.-]+))*"
    r"[\s:|–—-]*"
)


# what a cookie notice says besides "cookies" (a site's notice, in English or Spanish)
_COOKIE_NOTICE_RE = re.compile(r"(?i)\b(?:this (?:web)?site|we use|uses|accept|consent|browsing|privacy|"
                               r"sitio web|utiliza|aceptar|navegación|política)\b")


# a row of share buttons alone on its line: "Share - WeChat", "Tweet", "Twitter Facebook Myspace Yahoo!
# Linkedin Mixx", "Share this:"; a sharing word or a network's name, and nothing else
_SHARE_WORD = (r"(?:share(?:\s+(?:this|it|on|via|article|story))?|tweet|wechat|weibo|facebook|twitter|linkedin|"
               r"whatsapp|telegram|myspace|yahoo!?|mixx|reddit|pinterest|tumblr|digg|e-?mail|print|copy\s+link|"
               r"messenger|google\+?|instagram|youtube|x)")
_SHARE_ROW_RE = re.compile(rf"(?i){_SHARE_WORD}(?:[\s:|,/•·–-]+{_SHARE_WORD})*[\s:|,/•·–-]*")
# a copyright line's other half ("All rights reserved.", "Copyright 1995 - . All rights reserved")
_RIGHTS_RE = re.compile(r"(?i)(?:.{0,120}\b)?all rights reserved\b.{0,80}")


def _is_menu_line(line: str) -> bool:
    """Boilerplate of a scraped page: bullets, Chinese menu items, crumbs."""
    stripped = line.strip()
    if not stripped:
        return False
    if _BULLET.match(line) and len(stripped) < 40:
        # a menu item ("• English", "• 首页", "• Contact us"), not a bullet
        # of the article's own list ("• joint research on batteries")
        words = _BULLET.sub("", stripped).split()
        if len(words) <= 2 or not re.search(r"[a-z]", stripped):
            return True
    cjk = len(_CJK.findall(stripped))
    if cjk and cjk >= len(re.sub(r"[\W\d_]", "", stripped, flags=re.UNICODE)) * 0.5:
        # mostly Chinese: a menu, breadcrumb or Chinese date line
        return True
    if stripped.count("|") >= 2 and len(stripped) < 120:
        return True
    if len(re.findall(r"\s[•·▪]\s", stripped)) >= 3:
        return True  # a ticker of other headlines: "A  • B  • C  • D"
    segments = stripped.split(" | ")
    if len(segments) >= 4 and sum(len(segment.split()) >= 3 for segment in segments) >= 3:
        return True  # a ticker of other headlines: "Visa centre in Dhaka shuts | Sensex tumbles 120 points | ..."
    if re.match(r"(?i)(?:you\s+are\s+here|adjust\s+font\s+size|font\s+size)\b", stripped) and len(stripped) < 80:
        return True  # "You are here: Home", "Adjust font size:"
    if re.search(r"\s?[>›»]{1,2}\s", stripped) and len(stripped) < 80 and not re.search(r"[.!?]$", stripped):
        return True  # a breadcrumb: "Newsroom > Global engagement"
    if len(re.findall(r"\w\s*(?:>>|[›»]|>)\s*\w", stripped)) >= 2 and len(stripped) < 120 \
            and not re.search(r"[.!?]$", stripped):
        return True  # a breadcrumb written without spaces: "Position: Index>>News>>Content"
    if re.match(r"(?i)(?:user\s+)?(?:warning|notice|deprecated|fatal error|strict standards)\s*:", stripped) \
            and re.search(r"(?i)\b(?:module|function|file|line \d+|documentation|php)\b", stripped):
        return True  # the site's software complaining: "User warning: The following module is missing ..."
    if re.match(r"(?i)home\s*(?:[>›»/|]|-\s)", stripped) and len(stripped) < 120:
        return True  # a breadcrumb from the home page: "Home >News Updates >ICBC News", "Home / News / ..."
    if re.search(r"(?i)\bcookies?\b", stripped) and _COOKIE_NOTICE_RE.search(stripped) and len(stripped) < 500:
        return True  # "This website uses cookies ...; by continuing to browse you accept them"
    if re.fullmatch(r"(?i)(print|share|close|top|back)(\s*\|\s*\w+)*", stripped):
        return True
    if len(stripped) < 90 and (_CAPTION_RE.fullmatch(stripped) or _BYLINE_RE.fullmatch(stripped)):
        return True  # "(Photo: VCG)", "[Photo/China Daily]", "By Arya M Nair, Official Reporter"
    if re.fullmatch(r"\d{1,4}", stripped) or len(stripped) < 160 and re.match(r"(?i)(?:copyright\b|©)", stripped):
        return True  # a page number or an error code ("403"), a copyright notice
    if len(stripped) < 90 and _SHARE_ROW_RE.fullmatch(stripped) and re.search(r"[A-Za-z]{3}", stripped):
        return True  # "Share - WeChat", "Twitter Facebook Linkedin"
    if len(stripped) < 200 and _RIGHTS_RE.fullmatch(stripped):
        return True  # "Copyright 2016 China Daily. All rights reserved."
    return len(stripped) < 80 and _MENU_WORDS.fullmatch(stripped) is not None


# a photograph's caption: its credit in brackets at the end ("... (Photo: VNA)", "[Photo/Xinhua]") or
# where a person stands in it ("Minister A (R) and Chairman B (L)", "(2nd L)", "(front row, from left)")
_PHOTO_CREDIT_END_RE = re.compile(r"(?i)[(\[]\s*(?:file\s+)?(?:photo|image|picture)s?\s*(?:courtesy\b|by\b|[:/|])[^()\[\]]{0,60}"
                                  r"[)\]]\W*$")
_POSITION_MARK_RE = re.compile(r"(?i)\((?:R|L|C|centre|center|left|right|middle|\d(?:st|nd|rd|th)\s+(?:from\s+)?(?:left|right|[LR])"
                               r"|(?:(?:front|back|second|first)\s+row,?\s+)?from\s+(?:left|right))\)")


def _is_photo_caption(line: str) -> bool:
    """A caption of a photograph, not a headline nor a sentence of the story."""
    stripped = line.strip()
    if len(stripped) > 300:
        return False
    return bool(_PHOTO_CREDIT_END_RE.search(stripped) or _POSITION_MARK_RE.search(stripped))


def _is_dateline(line: str) -> bool:
    stripped = line.strip()
    if len(stripped) > 160:
        return False
    if _DATELINE_KEYS.search(stripped):
        return True
    if find_dates(stripped) and len(re.sub(r"[^A-Za-z]", "", stripped)) < 40:
        return bool(re.search(r"\d{4}", stripped))
    return False


def _parse_plain_text(text: str) -> tuple[str | None, str | None, list[str]]:
    """Split scraped text into title, date line and paragraphs."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    head_datelines: list[str] = []
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    stamp = _STAMP_RE.match(lines[first]) if first is not None else None
    if stamp and first is not None:
        # " date 2019-11-08 Yonhap, Kyodo agree ...": a stored page's date, then its title
        head_datelines.append(stamp.group("date"))
        lines[first] = stamp.group("rest")
    title_lines: list[str] = []
    head_captions: list[str] = []
    title_from: int | None = None  # where the lines taken for the title begin
    body_from = len(lines)
    i = 0
    # the head: menu lines, date lines and the title, up to the first paragraph
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            if title_lines:
                i += 1
                break
            i += 1
            continue
        if not title_lines and _is_photo_caption(line) and not _is_menu_line(line):
            # "Minister A (R) shakes hands with Chairman B (Photo: VNA)" above the headline: a caption,
            # read in the body (its people and posts are the article's), not taken for the headline
            head_captions.append(line.strip())
            i += 1
            continue
        if _is_menu_line(line):
            # "首页 > 2019-03-13", "By Megan O'Donnell | 14 May 2024 | 4 minute read"
            if find_dates(line) and (_CJK.search(line) or re.search(r"\d{4}", line)):
                head_datelines.append(line)
            i += 1
            continue
        if _is_dateline(line):
            head_datelines.append(line)
            if title_lines:
                i += 1
                break
            i += 1
            continue
        if title_lines and _looks_like_prose(line):
            if line.strip()[:1].islower() and not re.search(r"[.!?:;。\"'”’)]$", title_lines[-1]):
                # "... Ministry of Digital Development and", "Communications of Mongolia and X", then
                # "signed a Memorandum ...": a sentence broken at a fixed width, which no headline is
                # (a headline is never continued by a lower-case line): the lines open the body
                title_lines = []
                i = title_from if title_from is not None else i
            break
        if not title_lines and (len(line.strip()) > 250 or (stamp and i == first and _looks_like_prose(line))
                                or len(line.strip()) > 120 and re.search(r"[.!?]\s*$", line)
                                or _reads_as_sentence(line)):
            break  # no title: the text opens with a paragraph
        if len(title_lines) == 1 and len(title_lines[0].split()) <= 2 and not re.search(r"[.!?:]$", title_lines[0]) \
                and len(line.split()) >= 4:
            title_lines = []  # "Economy", then "China, LA sign agreement ...": a section's name, then the headline
        if title_from is None:
            title_from = i
        title_lines.append(line.strip())
        i += 1
    if title_from is not None and len(title_lines) >= 2 and len(" ".join(title_lines)) > 200:
        # a paragraph broken into short lines ("On", "Monday, 2 December, the signing ceremony of
        # the", ...), not a headline: no headline runs past two hundred characters, so the lines,
        # with a short one that opened them, are the body's first paragraph
        title_lines = []
        i = title_from
    # a date line may still follow the title after a blank line
    after_title = i
    i = _skip_head_lines(lines, i, head_datelines)
    masthead = " ".join(title_lines)
    head_between = any(line.strip() for line in lines[after_title:i]) or after_title > 0 and any(
        _is_menu_line(line) or _is_dateline(line) for line in lines[:after_title]
        if line.strip() and line.strip() not in title_lines)  # "Economy | Posted on: 2025-01-23"
    if title_lines and masthead.isupper() and len(masthead) <= 80 and head_between and i < len(lines) \
            and not _looks_like_prose(lines[i]) and len(lines[i].strip()) <= 200:
        # "SILK ROAD BUSINESS REVIEW", then menus or a date line, then the headline: the
        # masthead is the site's name ("FOR IMMEDIATE RELEASE" alone is not followed by any)
        title_lines = [lines[i].strip()]
        i = _skip_head_lines(lines, i + 1, head_datelines)
    while title_lines and len(" ".join(title_lines).split()) <= 2 and i < len(lines) \
            and _a_headline_after_sections(lines, i):
        # "Business", "Money", then "BOC signs co-op agreements with two Taiwan banks": section names, then the headline
        title_lines = [lines[i].strip()]
        i = _skip_head_lines(lines, i + 1, head_datelines)
    body_from = i
    paragraphs = _paragraphs(lines[body_from:])
    # after the first paragraph, which keeps the story's own date line at the head of the body
    paragraphs = paragraphs[:1] + head_captions + paragraphs[1:]
    title = _joined_title(title_lines)
    if not any(_has_full_date(line) for line in head_datelines):
        # a date with its year anywhere in the page's head ("Date", then "2022.07.13" among menus)
        # (the first lines of the body that hold words: blank lines between menu items do not count)
        for line in lines[:body_from] + [line for line in lines[body_from:] if line.strip()][:8]:
            if _is_menu_line(line) or line.strip() in title_lines and not _has_full_date(line):
                continue  # (a long line taken for the title ends no search: a date line may follow it)
            if _looks_like_prose(line):
                break
            if _has_full_date(line) and len(line.strip()) <= 160:
                head_datelines.append(line)
                break
    return title, " ".join(head_datelines) or None, paragraphs


# a line of a date badge above the story ("27", "Apr"): no words of the headline
_BADGE_LINE_RE = re.compile(r"(?i)\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?")


def _joined_title(title_lines: list[str]) -> str | None:
    """The headline from the lines of the page's head: a headline a page
    repeats is taken once, a date badge's lines are none of it, and a line
    that ends on its own (the next opens with a capital, as in "USJ signed
    MOU with Foshan University", then "USJ signed ...", or a page's "Update
    time: 2009-08-30" under it) keeps its line break, so that no name runs on
    from one line into the next."""
    kept: list[str] = []
    for line in title_lines:
        if line in kept or _BADGE_LINE_RE.fullmatch(line):
            continue
        kept.append(line)
    if not kept:
        return None
    title = kept[0]
    for previous, line in zip(kept, kept[1:]):
        # (a headline wrapped onto the next line goes on in lower case, or after a word that goes on)
        goes_on = line[:1].islower() or _GOES_ON_RE.search(previous) is not None
        title += (" " if goes_on else "\n") + line
    return title


def _a_headline_after_sections(lines: list[str], i: int) -> bool:
    """Whether the line at ``i`` may be a headline after a page's section
    names: a line of its own, not prose, and either a section name itself or a
    headline of four words or more followed by no more than head lines."""
    line = lines[i].strip()
    if not line or _looks_like_prose(line) or len(line) > 200:
        return False
    if len(line.split()) <= 2:
        return i + 1 < len(lines) and _a_headline_after_sections(lines, _skip_head_lines(lines, i + 1, []))
    return len(line.split()) >= 4


def _has_full_date(line: str) -> bool:
    return any(found.year is not None for found in find_dates(line))


def _skip_head_lines(lines: list[str], i: int, head_datelines: list[str]) -> int:
    """Past blank, menu and date lines from ``i``, keeping the date lines."""
    while i < len(lines) and (not lines[i].strip() or _is_dateline(lines[i]) or _is_menu_line(lines[i])):
        if lines[i].strip() and (_is_dateline(lines[i]) or find_dates(lines[i]) and re.search(r"\d{4}", lines[i])):
            head_datelines.append(lines[i])
        i += 1
    return i


# a sentence of a story, not a headline: a determiner, a lower-case word, and a verb that
# headlines leave out ("The signing of the MoU took place at the Government House on Tuesday")
_SENTENCE_OPENING_RE = re.compile(r"(?:The|A|An|This|These)\s+[a-z]")
_SENTENCE_VERB_RE = re.compile(
    r"\b(?:was|were|took place|has been|have been|had been|is being)\b"
    r"|\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


# a finite verb with its auxiliary, which headlines leave out ("have signed", "was held")
_AUXILIARY_RE = re.compile(r"\b(?:has|have|had|was|were|is|are|will)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ng)\b")


def _reads_as_sentence(line: str) -> bool:
    """A first line that is the story's first sentence: its full stop lost
    after a determiner and a verb headlines leave out, or a long line ended
    by a full stop whose verb has its auxiliary ("Uganda and Tanzania have
    signed a Memorandum of Understanding on ... ."), which headlines drop."""
    stripped = line.strip()
    words = len(stripped.split())
    if words >= 8 and _SENTENCE_OPENING_RE.match(stripped) and _SENTENCE_VERB_RE.search(stripped):
        return True
    return words >= 10 and bool(re.search(r"[^.][.!?][\"'”’)]*$", stripped)) and bool(_AUXILIARY_RE.search(stripped))


def _looks_like_prose(line: str) -> bool:
    return len(line.strip()) > 160 or bool(re.search(r"[.!?。]\s*$", line.strip()))


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated paragraphs, boilerplate lines dropped."""
    paragraphs: list[str] = []
    current: list[str] = []
    links = False  # under a "Related readings:" heading, up to the next blank line: other stories' headlines
    dated_links = False  # in a list of other stories' headlines, each with its date: up to a line not in the list
    wrapped = _hard_wrapped(lines)
    for line in lines:
        if not line.strip():
            links = False
        dated_links = bool(_BULLET.match(line)) and (dated_links or _is_dated_story_item(line))
        if dated_links:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if _is_story_link(line) and re.search(r"[:：|]\s*$", line):
            links = True
        if not line.strip() or _is_menu_line(line) or _is_story_link(line) or links:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if (_BULLET.match(line) or _NUMBERED.match(line)) and current:  # each item of a list is a paragraph
            paragraphs.append(" ".join(current))
            current = []
        if current and not wrapped and _ends_a_line_of_its_own(current[-1], line):
            # "Partnership for Sustainable Development", then "The newly signed MoU establishes ...":
            # a heading or a caption ends at its line; glued to the next sentence it would open it
            paragraphs.append(" ".join(current))
            current = []
        current.append(line.strip())
    if current:
        paragraphs.append(" ".join(current))
    return _rejoin_broken_sentences(paragraphs)


def _rejoin_broken_sentences(paragraphs: list[str]) -> list[str]:
    """A sentence a scraper broke with a blank line ("... paid a courtesy",
    then "call on the Foreign Secretary ..."): a paragraph that stops on a
    lower-case word and one that opens with a lower-case word are one."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and re.search(r"\b[a-z]+$", joined[-1]) and re.match(r"[a-z]+\b", paragraph) \
                and not _BULLET.match(paragraph):
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


# an item of a list of other stories: "- Governor Opens New Bridge in Kisumu - September 5, 2025"
_DATED_ITEM_RE = re.compile(r"\s*[-•·▪●◦*]\s*(?P<headline>.{10,200}?)\s+[-–—|]\s*(?P<date>[^-–—|.!?]{6,30}|\d{4}-\d\d-\d\d(?: \d\d:\d\d)?)\s*")


def _is_dated_story_item(line: str) -> bool:
    """A bulleted headline that ends in its own date: another story linked
    from the page, whose signings and posts are not this article's (the items
    after it in the list, one perhaps cut short, are read as links too)."""
    item = _DATED_ITEM_RE.fullmatch(line)
    return item is not None and not re.search(r"[.!?]$", item.group("headline")) \
        and _has_full_date(item.group("date")) and len(re.sub(r"[^A-Za-z]", "", item.group("date"))) <= 12


# a line that stops on one of these words, or a comma, goes on in the next line
_GOES_ON_RE = re.compile(r"(?i)(?:[,&/(–—-]|\b(?:and|or|of|by|the|a|an|for|with|to|in|on|at|from|between|as|its|their|"
                         r"his|her|said|that|which|who|is|are|was|were|has|have|de|del|la|y)|\b(?:mr|mrs|ms|dr|prof)\.)$")


def _ends_a_line_of_its_own(previous: str, line: str) -> bool:
    """Whether a line with no closing stop ends where it ends: the next line
    opens with a capital and the line does not stop on a word that goes on."""
    previous = previous.strip()
    return bool(previous) and not re.search(r"[.!?:;。！？\"'”’)]$", previous) \
        and line.strip()[:1].isupper() and not _GOES_ON_RE.search(previous) \
        and not (_FIELD_RE.match(line.strip()) and not _STAMP_FIELD_RE.fullmatch(line.strip()))


# a field of a fact box ("Signed: 2024-03-05, Gdańsk"): the box's lines are read together
_FIELD_RE = re.compile(r"[A-Z][\w'’ ]{0,24}:\s")
# a page's stamp written as a field, a date and no more ("Update time: 2009-08-30"): a line of its own
_STAMP_FIELD_RE = re.compile(r"(?i)(?:update[d]?|posted|published|release|date)[\w ]{0,12}:\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
                             r"(?:\s+\d{1,2}:\d\d(?::\d\d)?)?")


def _hard_wrapped(lines: list[str]) -> bool:
    """Text broken at a fixed width (as in e-mails and plain-text releases):
    most lines are nearly as long as the longest, which is short; there a
    line break is not the end of a heading."""
    lengths = [len(line.strip()) for line in lines if line.strip()]
    if len(lengths) < 4:
        return False
    width = max(lengths)
    if width > 110:
        return False
    return sum(1 for n in lengths if n >= 0.7 * width) >= 0.6 * len(lengths)


def _closing_source_date(paragraphs: list[str]) -> date | None:
    """"( Xinhua News Agency October 30, 2001)": a reprint names its source and
    date in a closing line in brackets, where the head gave none (a page's
    links and menus may follow it)."""
    for paragraph in reversed(paragraphs[-_CLOSING_PARAGRAPHS:]):
        if _CLOSING_SOURCE_RE.fullmatch(paragraph.strip()):
            for found in find_dates(paragraph):
                if found.year is not None:
                    return found.to_date()
    return None


_CLOSING_PARAGRAPHS = 24  # the closing line and the related links, tools and site menus under it
_CLOSING_SOURCE_RE = re.compile(r"\(\s*(?:Source\s*:\s*)?[A-Z][^()]{2,60}\)")


def _date_line(paragraphs: list[str]) -> date | None:
    """"12 Oct 2022", "( 2001-11-24 00:32 )", "Published: 12/4/2019": a line
    near the head of a page that holds nothing but one full date (with a
    time, a weekday or a label) is the page's date, where the page gave
    none in its markup or date line."""
    for paragraph in paragraphs[:_DATE_LINE_PARAGRAPHS]:
        stamp = _TIME_STAMP_RE.search(paragraph) if len(paragraph) <= 160 else None
        if stamp:
            # "Bank loan to support export ( 2001-11-24 00:32 ) (1 )": a headline and its stamp, on one line
            dates = [d for d in find_dates(stamp.group(1)) if d.year is not None]
            if len(dates) == 1:
                return dates[0].to_date()
        if len(paragraph) > 70:
            continue
        if re.search(r"\d{1,2}:\d\d", paragraph):
            # "Thursday, August 10, 2000, updated at 21:13(GMT+8) Business": the stamp, then its section's name
            paragraph = re.sub(r"(?<=[\d)])\s+[A-Z][a-z]{2,14}$", "", paragraph)
        dates = [d for d in find_dates(paragraph) if d.year is not None]
        if len(dates) == 1 and _DATE_LINE_REST_RE.fullmatch(paragraph[: dates[0].start] + " " + paragraph[dates[0].end :]):
            return dates[0].to_date()
    return None


# "( 2001-11-24 00:32 )", "(May 3, 2019 10:15)": a date and a clock time alone in brackets, a page's stamp
_TIME_STAMP_RE = re.compile(r"\(\s*([^()\n]{6,30}?),?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\s*\)")


_DATE_LINE_PARAGRAPHS = 40  # a page's date stands near its head, under menus (one line each) and the headline
# what a date line may hold besides its date: a time, a weekday, a label, brackets and stops
_DATE_LINE_REST_RE = re.compile(
    r"(?i)(?:\s|[()\[\]|:,.\-–]|\d{1,2}:\d\d(?::\d\d)?|(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d\d)?\b|"
    r"(?:posted|published|updated|date[d]?|on|at|hrs|am|pm|gmt|utc|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b)*")


def _published_from(dateline: str | None) -> date | None:
    if not dateline:
        return None
    found = find_dates(dateline)
    for found_date in found:
        if found_date.year is not None:
            return found_date.to_date()
    return None


def _source_from(dateline: str | None) -> str | None:
    if not dateline:
        return None
    match = re.search(r"(?i)(?:source|来源)\s*[:：]\s*(.+?)(?=\s{2,}|\s*\||\s+\w+\s*[:：]|$)", dateline)
    if not match:
        return None
    value = match.group(1).strip()
    return value or None


# --------------------------------------------------------------------- HTML


def _decode_declared(raw: bytes, path: Path) -> str:
    """A page's text in the encoding its <meta> declares."""
    match = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", raw[:4096], re.I)
    if match:
        try:
            return raw.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    raise ArticleError(f"{path}: neither UTF-8 nor the encoding the page declares; re-save it as UTF-8")


def _parse_html(markup: str, path: Path) -> tuple[str | None, str | None, list[str], date | None]:
    """Main text of a web page by trafilatura's boilerplate removal."""
    import trafilatura

    document: Any = trafilatura.bare_extraction(  # a Document (or a dict in older trafilatura)
        markup, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    if document is None or not (getattr(document, "text", None) or "").strip():
        raise ArticleError(f"{path}: no article text found in the HTML; check that it is a news page")
    text = document.text
    title = document.title
    published = None
    if document.date:
        try:
            published = date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    lines = [line for line in (text or "").split("\n") if line.strip()]
    _refuse_unread_script(path, text)  # before its lines are dropped as menus
    dateline = _html_dateline(markup)
    if published is None and dateline:
        published = _published_from(dateline)
    paragraphs = [line for line in lines if not _is_menu_line(line) and not _is_page_furniture(line)]
    return title, dateline, paragraphs, published


def _html_dateline(markup: str) -> str | None:
    """A 'Date: ... Source: ...' line of the page, outside the main text."""
    import html as html_lib

    flat = html_lib.unescape(re.sub(r"<[^>]+>", "\n", markup))
    for line in flat.split("\n"):
        if _DATELINE_KEYS.search(line) and len(line.strip()) < 200 and re.search(r"(?i)source|date", line):
            return line.strip()
    return None


def _is_story_link(line: str) -> bool:
    """A line that links to another story: its headline reports another
    signing, which this article does not (the labels: words.yaml
    story_link_labels)."""
    from kg.knowledge import knowledge

    return bool(knowledge("en").story_link_re.match(line))


def _is_page_furniture(line: str) -> bool:
    stripped = line.strip()
    return bool(
        re.match(r"(?i)^(press contact|contact|copyright|©|tel|e-?mail|editor|responsible editor)\b", stripped)
        or stripped.startswith("©")
        or _is_story_link(line)
    )


# ---------------------------------------------------------------- cleaning

_QUOTES = str.maketrans({"\u00a0": " ", "\u3000": " ", "\u2009": " ", "\u200b": ""})


# a grave or acute accent typed for an apostrophe between letters ("People`s", "People´s Republic")
_ACCENT_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d_])[`´](?=[^\W\d_])")


def _tidy(text: str) -> str:
    """One line of normal spaces; typographic quotes are kept as written, and
    an accent typed for an apostrophe is an apostrophe, so "People`s Republic
    of China" is read whole."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = _ACCENT_APOSTROPHE_RE.sub("’", text)
    return re.sub(r"[ \t]+", " ", text).strip()


# --------------------------------------------------------------- sentences

_ABBREVIATIONS = {
    "co", "ltd", "inc", "corp", "dr", "mr", "mrs", "ms", "prof", "st", "no", "jr", "sr",
    "vs", "etc", "e.g", "i.e", "gov", "dept", "u.s", "u.k", "esq", "messrs", "mt", "ft",
    # styles and ranks written before a name ("Temotu Premier Fr. Brown Beu", "Brig. Gen. A")
    "fr", "rev", "hon", "rt", "lt", "gen", "col", "capt", "brig", "maj", "sgt", "cpl", "adm",
    "cdr", "cmdr", "amb", "sen", "rep", "engr", "eng", "atty", "msgr", "supt", "insp", "cllr",
    "pres", "shri", "smt", "dy", "asst", "assoc",
    # words that a number follows ("Rs. 16.5 billion", "Ext. 2314", "approx. 20")
    "rs", "ext", "approx", "nos", "tel", "vol",
}
# a month's abbreviation before its day ("on Friday (Dec. 13)", "Sept. 5, 2019"): no sentence ends there
_MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_DAY_AFTER_RE = re.compile(r"\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b")
# a first name's usual abbreviation: "Secretary Ma. Antonia Yulo-Loyzaga", "Md. Shahriar Alam";
# it goes on only into a name of two capitalised words, for "Ma" is also a surname ("said Ma.")
_NAME_ABBREVIATIONS = {"ma", "md", "mohd", "muhd", "wm"}
# the abbreviations that end a company's name, and so may end a sentence too
_COMPANY_ENDINGS = {"ltd", "inc", "corp", "plc", "llc"}
_NAME_AFTER_RE = re.compile(r"\s+[A-Z][\w'’-]+\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+")
# a word that opens a sentence rather than a name
_SENTENCE_OPENERS = {"The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "In", "On",
                     "At", "As", "A", "An", "His", "Her", "Their", "Its", "Our", "After", "During", "With"}


# a stop before a space and a capital, or (text scraped without its spaces: "in the locality.The two
# sides") a stop glued to the next sentence's first word
_SENTENCE_END_RE = re.compile(
    r"[.!?。！？][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9\u4e00-\u9fff])"
    r"|(?P<glued>(?<=[a-z]{2})[.!?][\"”’)]?(?=[A-Z][a-z]{2,}\b))")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans ``(begin, end)`` of ``text``, never crossing a paragraph.

    A full stop ends a sentence unless it closes a known abbreviation
    ("Co.", "Ltd.", "Dr.") or a single initial ("Yero H. J. Baldeh").
    """
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        p_begin, p_text = para.start(), para.group()
        cursor = 0
        for match in _SENTENCE_END_RE.finditer(p_text):
            word = re.search(r"([\w.]+)[.!?。！？][\"'”’)]*$", p_text[: match.end()])
            token = word.group(1).lower() if word else ""
            if match.group("glued") is not None and not (word and word.group(1).islower() and word.group(1).isalpha()):
                continue  # "in the locality.The two sides": only after a word in lower case ("Davaasuren.Ts" goes on)
            if match.group().startswith(".") and (token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())) \
                    and not (token in _COMPANY_ENDINGS and (_opens_a_sentence(p_text, match.end())
                                                            or _person_goes_on(p_text, match.end()))):
                # (but "... China Construction Bank Co., Ltd. The main leaders", "... Energy Group Co., Ltd. Wang
                # Lixia and Zou Lei attended": the name ends the sentence)
                continue
            if match.group() == "." and token in _NAME_ABBREVIATIONS and _goes_on_into_a_name(p_text, match.end()):
                continue
            if match.group() == "." and token in _MONTH_ABBREVIATIONS and _DAY_AFTER_RE.match(p_text, match.end()):
                continue
            end = match.end()
            _add_span(spans, p_text, p_begin, cursor, end)
            cursor = end
        _add_span(spans, p_text, p_begin, cursor, len(p_text))
    return [(b + start, e + start) for b, e in spans]


def _opens_a_sentence(text: str, at: int) -> bool:
    """Whether the word after ``at`` is one that opens sentences ("The")."""
    word = re.match(r"\s*([A-Z][a-z]*)\b", text[at:])
    return word is not None and word.group(1) in _SENTENCE_OPENERS


@cache
def _person_goes_on_re() -> re.Pattern[str]:
    """Two or three name words, then what a person does or another name ("Wang Lixia and Zou Lei
    attended", "... inked"): the signing verbs as signing.yaml spells them, compiled on first use so
    that reading a file does not load the genre's knowledge."""
    from kg.knowledge import knowledge
    return re.compile(r"\s*([A-Z][a-z]+)(?:\s+[A-Z][a-z]+){1,2}\s+(?:and\s+[A-Z]|said\b|" + knowledge("en").signed_words
                      + r"\b|attended\b|witnessed\b|met\b|noted\b|added\b|was\b|were\b)")


def _person_goes_on(text: str, at: int) -> bool:
    """Whether a person's name and what they did follow ``at`` (not a title
    of the body just named: "Co., Ltd. Chairman Wang said")."""
    named = _person_goes_on_re().match(text, at)
    return named is not None and named.group(1).casefold() not in _title_words()


def _title_words() -> frozenset[str] | set[str]:
    """The words of titles ("chairman", "deputy"), as the extractor's lexicon reads them (imported
    here, where it is needed, so that reading a file does not load the genre's knowledge)."""
    from kg.extract.lexicon import TITLE_WORDS

    return TITLE_WORDS


def _goes_on_into_a_name(text: str, at: int) -> bool:
    """Whether two capitalised words that open no sentence follow ``at``."""
    name = _NAME_AFTER_RE.match(text, at)
    return name is not None and name.group().split()[0] not in _SENTENCE_OPENERS


def _add_span(spans: list[tuple[int, int]], text: str, offset: int, begin: int, end: int) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end > begin:
        spans.append((offset + begin, offset + end))
