"""The interactive network view opened in a real headless Chromium, offline:
the nodes are in the page, a ``#node=`` link opens one node's facts, and the
file asks for nothing from the network."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg.network as kn
from browser import dump_dom, screenshot
from conftest import load_gold
from kg.store import Store

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "network" / "small"


@pytest.fixture(scope="module")
def views(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("network-html")
    with Store(folder / "store") as store:
        load_gold(store, FIXTURE)
        entities = kn.entity_graph(store)
        path = kn.shortest_path(entities, "Bo Wu", "Fay Sun")
        return {
            "orgs": kn.write(kn.organization_graph(store), folder / "orgs.html"),
            "entities": kn.write_html(entities, folder / "entities.html", highlight=path.nodes),
        }


def test_file_is_self_contained(views):
    text = views["entities"].read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text), "the view must not load anything remote"
    assert "<script src" not in text and "<link" not in text


@pytest.mark.browser
def test_chromium_shows_every_node(views):
    dom = dump_dom(views["orgs"])
    assert 'data-ready="8"' in dom, "the viewer's script did not finish"
    drawn = re.findall(r'class="node[^"]*"[^>]*data-name="([^"]+)"', dom)
    assert sorted(drawn) == ["Alder City Government", "Birch University", "Cedar Energy Group", "Dogwood Bank",
                             "Elm Institute", "Fir Port Authority", "Ginkgo Foundation", "Hazel College"]
    assert len(re.findall(r'<line [^>]*class="edge"', dom)) == 7
    assert ">Cedar Energy Group</text>" in dom  # small networks are labelled in full


@pytest.mark.browser
def test_people_and_organizations_and_the_route(views):
    dom = dump_dom(views["entities"])
    assert 'data-ready="17"' in dom
    assert dom.count('class="node"') == 17
    assert re.search(r'<path [^>]*class="node"[^>]*data-name="Fay Sun"', dom), "people are drawn as triangles"
    assert 'class="route"' in dom


@pytest.mark.browser
def test_a_node_link_opens_its_facts(views):
    dom = dump_dom(views["entities"].resolve().as_uri() + "#node=Dogwood%20Bank")
    panel = dom[dom.index('id="panel"'):dom.index("</aside>")]
    assert "<h2>Dogwood Bank</h2>" in panel
    assert "Cedar Energy Group signed a loan agreement with Dogwood Bank on 2019-07-15" in panel
    assert "Eva Ma is President of Dogwood Bank" in panel
    assert "<a>Elm Institute</a>" in panel


@pytest.mark.browser
def test_screenshot_is_not_blank(views, tmp_path):
    from PIL import Image

    shot = screenshot(views["orgs"], tmp_path / "view.png", size=(1200, 800))
    with Image.open(shot) as image:
        assert image.size == (1200, 800)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50, "the page rendered as a flat colour"
