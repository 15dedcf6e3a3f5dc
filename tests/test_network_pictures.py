"""Network pictures a person can read: in the SVG and in the HTML view, no
two names overlap and none is cut off at an edge, and the SVG keeps its
names as text. Boxes are measured by a real headless Chromium laying the
files out, not computed from kg's own idea of where the names went."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import kg.network as kn
from browser import dump_dom
from conftest import ARTICLES, GOLD, load_gold
from kg.network.drawing import _label
from kg.store import Store

pytestmark = pytest.mark.browser

_MEASURE_SVG = """<!DOCTYPE html><html><body style="margin:0">%s
<pre id="measured"></pre>
<script>
  document.fonts.ready.then(function () {  // measured once the picture's own font has loaded
    var svg = document.querySelector("svg"), all = svg.getBoundingClientRect();
    var boxes = Array.prototype.map.call(svg.querySelectorAll("text"), function (t) {
      var b = t.getBoundingClientRect(); return {text: t.textContent, box: [b.left, b.top, b.right, b.bottom]};
    });
    var fonts = Array.prototype.map.call(svg.querySelectorAll("text"), function (t) {
      return getComputedStyle(t).fontFamily; });
    document.getElementById("measured").textContent = JSON.stringify({
      bounds: [all.left, all.top, all.right, all.bottom], texts: boxes, fonts: fonts,
      loaded: Array.from(document.fonts).filter(function (f) { return f.status === "loaded"; }).map(function (f) {
        return f.family; })});
  });
</script></body></html>"""

_MEASURE_HTML = """<pre id="measured"></pre>
<script>
  function measure() {
    var stage = document.getElementById("stage").getBoundingClientRect();
    var labels = Array.prototype.filter.call(document.querySelectorAll(".label"), function (t) {
      return getComputedStyle(t).display !== "none"; });
    return {bounds: [stage.left, stage.top, stage.right, stage.bottom], shown: labels.length,
            total: document.querySelectorAll(".label").length,
            texts: labels.map(function (t) { var b = t.getBoundingClientRect();
              return {text: t.textContent, box: [b.left, b.top, b.right, b.bottom]}; })};
  }
  setTimeout(function () {
    var fitted = measure();
    document.getElementById("zout").click(); document.getElementById("zout").click();
    var smaller = measure();
    document.getElementById("measured").textContent = JSON.stringify({fitted: fitted, smaller: smaller});
  }, 300);
</script>
</body>"""


@pytest.fixture(scope="module")
def graphs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The bundled corpus's gold facts as two projections: 40 organizations
    (every one named) and 164 organizations and people (the best connected named)."""
    folder = tmp_path_factory.mktemp("pictures")
    with Store(folder / "store") as store:
        load_gold(store, GOLD, ARTICLES)
        return {"organizations": kn.organization_graph(store), "entities": kn.entity_graph(store),
                "folder": folder}


def _measured(page: Path) -> dict:
    found = re.search(r'<pre id="measured">(.*?)</pre>', dump_dom(page), re.S)
    assert found and found.group(1), "the measuring script did not run"
    return json.loads(found.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))


def _clashes(texts: list[dict], tolerance: float) -> list[tuple[str, str]]:
    out = []
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = a["box"], b["box"]
            if ax0 + tolerance < bx1 and bx0 + tolerance < ax1 and ay0 + tolerance < by1 and by0 + tolerance < ay1:
                out.append((a["text"], b["text"]))
    return out


def _outside(texts: list[dict], bounds: list[float]) -> list[str]:
    return [t["text"] for t in texts if t["box"][0] < bounds[0] or t["box"][1] < bounds[1]
            or t["box"][2] > bounds[2] or t["box"][3] > bounds[3]]


@pytest.mark.parametrize("projection", ["organizations", "entities"])
def test_svg_names_are_text_and_neither_overlap_nor_leave_the_picture(graphs: dict, projection: str) -> None:
    G = graphs[projection]
    svg = kn.write(G, graphs["folder"] / f"{projection}.svg")
    markup = svg.read_text(encoding="utf-8")
    page = graphs["folder"] / f"{projection}-svg.html"
    page.write_text(_MEASURE_SVG % markup[markup.index("<svg"):], encoding="utf-8")
    measured = _measured(page)
    texts = measured["texts"]
    first_lines = {_label(G.nodes[v]["name"]).split("\n")[0] for v in G}  # a long name wraps onto lines
    shown = [t for t in texts if t["text"] in first_lines]
    assert len(shown) >= (35 if projection == "organizations" else 25), [t["text"] for t in texts]
    hub = max(G, key=G.degree)  # the best connected is always named, as searchable text, not outlines
    assert _label(G.nodes[hub]["name"]).split("\n")[0] in {t["text"] for t in texts}
    assert _clashes(texts, tolerance=0.5) == []
    assert _outside(texts, measured["bounds"]) == []
    # the names are drawn in the font they were measured with, carried by the
    # file itself, whatever fonts the viewing machine has
    assert all(family.startswith('"kg DejaVu Sans"') for family in measured["fonts"]), set(measured["fonts"])
    assert any("kg DejaVu Sans" in family for family in measured["loaded"]), measured["loaded"]


@pytest.mark.parametrize("projection", ["organizations", "entities"])
def test_html_names_neither_overlap_nor_leave_the_view(graphs: dict, projection: str) -> None:
    view = kn.write(graphs[projection], graphs["folder"] / f"{projection}.html")
    page = graphs["folder"] / f"{projection}-measured.html"
    page.write_text(view.read_text(encoding="utf-8").replace("</body>", _MEASURE_HTML), encoding="utf-8")
    measured = _measured(page)
    for state in ("fitted", "smaller"):
        texts = measured[state]["texts"]
        assert texts, state
        assert all(9 < t["box"][3] - t["box"][1] < 16 for t in texts), state  # 11px on screen at any zoom
        assert _clashes(texts, tolerance=0.5) == [], state
        assert _outside(texts, measured[state]["bounds"]) == [], (state, measured[state]["bounds"], [
            t for t in texts if t["text"] in _outside(texts, measured[state]["bounds"])])
    assert measured["fitted"]["shown"] >= measured["smaller"]["shown"]  # zoomed out, fewer names fit
