"""SHACL validation: clean corpus data conforms; broken data is reported
line by line with its article, from Python and from ``kg validate``; and
``kg ingest`` refuses to reason over a membership with two members."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import ARTICLES, GOLD, load_gold
from kg_inprocess import kg as run_kg
from kg.store import Store
from kg.validate import check_before_reasoning, validate

FIXTURES = Path(__file__).parent / "fixtures" / "reason"
ID = "https://w3id.org/kg-agreements/id/"


def kg(*args: str) -> subprocess.CompletedProcess:
    return run_kg(*args, check=False)


def _load_trig(store: Store, path: Path) -> None:
    graphs: dict[str, list[ox.Quad]] = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        graphs.setdefault(quad.graph_name.value, []).append(quad)
    for graph, quads in graphs.items():
        store.replace_graph(graph, quads)


@pytest.fixture()
def broken(tmp_path) -> Path:
    """Gold facts plus three faults: a membership with two members (from
    its own article), a date typed as a plain string, an agreement of one party."""
    path = tmp_path / "store"
    with Store(path) as store:
        load_gold(store, GOLD, ARTICLES)
        _load_trig(store, FIXTURES / "two-members.trig")
        graph = store.minter.graph("sic-xiangxi-2019")
        quads = list(store.db.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        signing = ox.NamedNode(ID + "agreement/sic-xiangxi-2019/1/signing")
        date = ox.NamedNode("http://schema.org/startDate")
        party = ox.NamedNode("https://w3id.org/kg-agreements/ontology#party")
        sic = ox.NamedNode(ID + "organization/state-information-center")
        kept = [q for q in quads if not (q.predicate == date and q.subject == signing)
                and not (q.predicate == party and q.object == sic)]
        kept.append(ox.Quad(signing, date, ox.Literal("11 March 2019"), ox.NamedNode(graph)))
        store.replace_graph(graph, kept)
    return path


def test_gold_facts_conform(gold_store):
    report = validate(Store(gold_store, read_only=True))
    assert report.conforms and not report.blocking, [p.line() for p in report.problems]


def test_problems_name_node_property_and_article(broken):
    report = validate(Store(broken, read_only=True))
    assert not report.conforms
    lines = [p.line() for p in report.problems]
    member = [p for p in report.problems if p.path and p.path.endswith("org#member")]
    assert member and member[0].blocks_reasoning and member[0].articles == ["two-members.txt"]
    date = [p for p in report.problems if p.path and p.path.endswith("startDate")]
    assert date and date[0].severity == "Violation" and date[0].articles == ["sic-xiangxi-2019.txt"], lines
    parties = [p for p in report.problems if p.path and p.path.endswith("#party")]
    assert parties and parties[0].severity == "Warning" and not parties[0].blocks_reasoning
    assert len(report.blocking) == 1


def test_check_of_changed_articles_only(broken):
    store = Store(broken, read_only=True)
    # the broken membership is not in this article: nothing blocks
    report = check_before_reasoning(store, [store.minter.graph("graz-lund-partnership-2022")])
    assert report.focus_nodes and not report.blocking


def test_a_focused_check_finds_what_the_whole_check_finds_about_its_nodes(broken):
    """Focused validation checks a graph of the focus nodes' descriptions and
    keeps results about them: the same problems as the whole check."""
    from kg.validate import nodes_of_graphs

    store = Store(broken, read_only=True)
    whole = validate(store)

    def key(problem) -> tuple:
        return (problem.severity, problem.focus, problem.path, problem.value, problem.message, problem.blocks_reasoning)

    for graphs in ([store.minter.graph("sic-xiangxi-2019")], store.article_graphs()):
        focus = nodes_of_graphs(store, graphs)
        focused = validate(store, focus=focus)
        assert {key(p) for p in focused.problems} == {key(p) for p in whole.problems if p.focus in focus}
        assert focused.problems, "the faults are found"


def test_kg_validate_prints_each_problem_and_exits_1(broken, gold_store):
    run = kg("validate", "--store", str(broken))
    assert run.returncode == 1, run.stderr
    assert any("two-members.txt" in line and "[blocks reasoning]" in line for line in run.stdout.splitlines())
    assert "violations" in run.stderr
    clean = kg("validate", "--store", str(gold_store), "--format", "csv")
    assert clean.returncode == 0
    assert clean.stdout.splitlines() == ["severity,focus,path,value,message,articles,blocks_reasoning"]


def test_kg_infer_refuses_with_one_line(broken):
    run = kg("infer", "--store", str(broken))
    assert run.returncode == 1
    assert len(run.stderr.strip().splitlines()) == 1
    assert "not reasoning" in run.stderr and "two-members.txt" in run.stderr


@pytest.mark.slow
def test_kg_ingest_reasons_then_refuses_over_two_members(tmp_path):
    """The real command: articles in, inferred graph out; then a store that
    holds a broken membership keeps the new article but is not reasoned over."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("sic-xiangxi-2019.txt", "gansu-huaxia-energy-2017.txt"):
        shutil.copy(ARTICLES / name, articles / name)
    store = tmp_path / "store"
    run = kg("ingest", "--store", str(store), str(articles / "sic-xiangxi-2019.txt"))
    assert run.returncode == 0, run.stderr
    assert "inferred triples" in run.stderr
    partners = kg("query", "--store", str(store), "partners", "--format", "csv")
    assert "State Information Center" in partners.stdout
    with Store(store) as opened:
        inferred = opened.minter.inferred_graph()
        before = sum(1 for _ in opened.db.quads_for_pattern(None, None, None, ox.NamedNode(inferred)))
        _load_trig(opened, FIXTURES / "two-members.trig")  # stored beside, by another tool
    # the graph written beside is owed inference (the store recorded it), so
    # SHACL checks its nodes with the new article's and refuses to merge
    # Li Wei and Li Wen
    run = kg("ingest", "--store", str(store), "-q", str(articles / "gansu-huaxia-energy-2017.txt"))
    assert run.returncode == 1
    assert len(run.stderr.strip().splitlines()) == 1
    assert "org:member" in run.stderr and "two-members.txt" in run.stderr and "blocks reasoning" in run.stderr
    with Store(store, read_only=True) as opened:
        assert opened.query("ASK { ?a agr:party <%sorganization/gansu-provincial-peoples-government> }" % ID,
                            asserted_only=True)
        after = sum(1 for _ in opened.db.quads_for_pattern(None, None, None, ox.NamedNode(inferred)))
    assert after == before  # the inferred graph was left as it was
    # --no-reason stores and says nothing about reasoning
    again = kg("ingest", "--store", str(store), "--no-reason", str(articles / "gansu-huaxia-energy-2017.txt"))
    assert again.returncode == 0 and "inferred" not in again.stderr


def test_two_preferred_names_and_a_name_both_preferred_and_other_are_warned(tmp_path):
    """What an older kg stored (each article's spelling preferred) is
    reported: SKOS allows one preferred name, disjoint from the others."""
    path = tmp_path / "store"
    skos = "http://www.w3.org/2004/02/skos/core#"
    with Store(path) as store:
        load_gold(store, GOLD, ARTICLES)
        graph = store.minter.graph("sic-xiangxi-2019")
        quads = list(store.db.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        sic = ox.NamedNode(ID + "organization/state-information-center")
        role = next(q.subject for q in quads if q.subject.value.startswith(ID + "role/"))
        quads += [ox.Quad(sic, ox.NamedNode(skos + "prefLabel"), ox.Literal("State Information Centre"), ox.NamedNode(graph)),
                  ox.Quad(role, ox.NamedNode(skos + "altLabel"),
                          next(q.object for q in quads if q.subject == role and q.predicate.value == skos + "prefLabel"),
                          ox.NamedNode(graph))]
        store.replace_graph(graph, quads)
    report = validate(Store(path, read_only=True))
    warned = {(p.focus, p.message.split(";")[0]) for p in report.problems if p.severity == "Warning"}
    assert (sic.value, "An entity has one preferred name") in warned
    assert (role.value, "A name is both the preferred name (skos:prefLabel) and another name (skos:altLabel) "
                        "of one entity") in warned
