"""Carry, inside an SVG picture, the font its names were measured with.

The drawing places every name by measuring it with matplotlib's own font
(DejaVu Sans, shipped inside matplotlib), and the SVG keeps names as text so
they stay searchable and selectable. A viewer without that font installed
would draw the text in whatever its fallback is, wider or taller, and names
placed a pixel or two apart would then overlap. So the SVG embeds the font
itself, cut down to the characters the picture uses (a few tens of kB),
under a family name of its own that no installed font can shadow; every
viewer then draws the names exactly where they were measured.

>>> markup = ('<svg xmlns="http://www.w3.org/2000/svg"><style type="text/css">*{}</style>'
...           '<text style="font-size: 8px; font-family: \\'DejaVu Sans\\', sans-serif">Lin Hai</text></svg>')
>>> out = embed_fonts(markup)
>>> "@font-face" in out and "font-family: 'kg DejaVu Sans', 'DejaVu Sans'" in out
True
"""
from __future__ import annotations

import base64
import io
import re
import xml.etree.ElementTree as ET

__all__ = ["embed_fonts"]

_PREFIX = "kg "  # the embedded copy's family name: "kg DejaVu Sans"
_WEIGHT = re.compile(r"font-weight:\s*(\w+)")
_FAMILY = re.compile(r"font-family:\s*'([^']+)'")


def _used_characters(markup: str) -> dict[tuple[str, str], set[str]]:
    """The characters each (family, weight) of the picture's text draws."""
    used: dict[tuple[str, str], set[str]] = {}
    for element in ET.fromstring(markup).iter():
        if not element.tag.endswith("text"):
            continue
        style = element.get("style", "")
        family = _FAMILY.search(style)
        if family is None:
            continue
        weight = _WEIGHT.search(style)
        key = (family.group(1), weight.group(1) if weight else "normal")
        used.setdefault(key, set()).update("".join(element.itertext()))
    return used


def _subset(family: str, weight: str, characters: set[str]) -> str:
    """The font matplotlib measured ``family`` at ``weight`` with, cut down
    to ``characters``, as a base64 WOFF. Raises ValueError when matplotlib
    has no file for that family (then the viewer's own font is the best
    there is)."""
    from fontTools import subset
    from matplotlib.font_manager import FontProperties, findfont

    path = findfont(FontProperties(family=family, weight=weight), fallback_to_default=False)
    options = subset.Options()
    options.flavor = "woff"  # zlib-compressed; needs nothing beyond fontTools
    options.hinting = False
    options.drop_tables += ["FFTM"]  # FontForge's timestamps: nothing a viewer reads
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]  # keep the licence and copyright records
    font = subset.load_font(path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(characters)))
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def embed_fonts(markup: str) -> str:
    """``markup`` (an SVG written by matplotlib with text kept as text) with
    its fonts embedded and its text pointed at them first."""
    faces = []
    families = set()
    for (family, weight), characters in sorted(_used_characters(markup).items()):
        try:
            data = _subset(family, weight, characters)
        except ValueError:  # matplotlib has no file for this family: leave it to the viewer
            continue
        families.add(family)
        faces.append(f"@font-face{{font-family:'{_PREFIX}{family}';font-weight:{weight};"
                     f"src:url(data:font/woff;base64,{data}) format('woff')}}")
    if not faces:
        return markup
    for family in families:
        markup = markup.replace(f"font-family: '{family}'", f"font-family: '{_PREFIX}{family}', '{family}'")
    style = '<style type="text/css">'
    at = markup.find(style)
    if at < 0:  # no style sheet yet: open one right after the root element
        root_end = markup.index(">", markup.index("<svg")) + 1
        return markup[:root_end] + style + "\n".join(faces) + "</style>" + markup[root_end:]
    return markup[:at + len(style)] + "\n".join(faces) + "\n" + markup[at + len(style):]
