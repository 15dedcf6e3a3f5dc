"""The named query library, run as a researcher runs it: ``kg query`` on a
store of the bundled corpus, CSV read back and compared with what the
articles say (the gold facts), parameters given as names or IRIs."""
from __future__ import annotations

import pytest

from kg_inprocess import kg

import csv
import io
from datetime import date
from pathlib import Path


from kg.queries import named_queries

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/kg-agreements/id/"
SIC = BASE + "organization/state-information-center"
XIANGXI_GOV = "People's Government of Xiangxi Tujia and Miao Autonomous Prefecture of Hunan Province"


def rows(store: Path, name: str, **params: str) -> list[dict[str, str]]:
    extra = [arg for key, value in params.items() for arg in ("--param", f"{key}={value}")]
    out = kg("query", "--store", str(store), name, "--format", "csv", *extra).stdout
    return list(csv.DictReader(io.StringIO(out)))


# ------------------------------------------------------------ the library


def test_library_has_fifteen_documented_queries() -> None:
    queries = named_queries()
    assert len(queries) >= 15
    for query in queries.values():
        assert query.description.endswith("?"), f"{query.name}: the first comment should be the question it answers"
        for param, meaning in query.parameters.items():
            assert meaning, f"{query.name}: parameter {param} is not explained"
            assert f"?{param}" in query.text, f"{query.name}: documented parameter {param} is not in the query"


def test_kg_queries_lists_every_query_with_its_parameters() -> None:
    out = kg("queries").stdout
    for name in ("partners-of", "agreements-of", "busiest-signatories", "agreements-per-year", "agreements-per-kind",
                 "agreements-in-field", "shared-people", "evidence", "post-holders", "career"):
        assert name in out
    assert "[--param org=...]" in out


def test_every_query_runs_on_the_corpus(gold_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each named query through kg's command line (its ``main``, in this
    process: a process of its own per query took a minute of the suite, and
    the tests here and in test_cli_contract run ``kg query`` as a process)."""
    from kg.cli import main

    for name in named_queries():
        code = main(["query", "--store", str(gold_store), name, "--format", "csv"])
        out, err = capsys.readouterr()
        assert code == 0, f"{name}: {err}"
        assert out.splitlines(), f"{name}: no CSV header"


# ------------------------------------------------------------ answers


def test_partners_of_an_organization_by_name(gold_store: Path) -> None:
    (row,) = rows(gold_store, "partners-of", org="state information center")
    assert row["org"] == SIC
    assert row["partner_name"] == XIANGXI_GOV
    assert (row["agreements"], row["first_date"], row["last_date"]) == ("1", "2019-03-11", "2019-03-11")


def test_a_short_name_finds_the_same_organization(gold_store: Path) -> None:
    assert rows(gold_store, "partners-of", org="SIC") == rows(gold_store, "partners-of", org=SIC)


def test_agreements_of_an_organization(gold_store: Path) -> None:
    found = rows(gold_store, "agreements-of", org="Shenzhen Anke Battery Technology Co., Ltd.")
    assert len(found) == 2
    assert {r["date"] for r in found} == {"2021-05-20"}
    assert {r["source"] for r in found} == {"hunan-gba-fair-2021.txt"}


def test_agreements_between_two_organizations(gold_store: Path) -> None:
    (row,) = rows(gold_store, "agreements-between", org="SIC", other=XIANGXI_GOV)
    assert (row["kind"], row["date"], row["place"]) == ("strategic cooperation framework agreement", "2019-03-11",
                                                          "Beijing")


def test_busiest_signatories_and_organizations(gold_store: Path) -> None:
    people = rows(gold_store, "busiest-signatories")
    counts = [int(r["agreements"]) for r in people]
    assert counts == sorted(counts, reverse=True)
    cheng = next(r for r in people if r["person_name"] == "Cheng Xiaobo")
    assert (cheng["agreements"], cheng["on_behalf_of"]) == ("1", "State Information Center")
    top = rows(gold_store, "busiest-organizations")[0]
    assert top["org_name"] == "Shenzhen Anke Battery Technology Co., Ltd." and top["agreements"] == "2"


def test_agreements_per_year_match_the_gold_dates(gold_store: Path) -> None:
    import yaml

    expected: dict[str, int] = {}
    for file in (ROOT / "tests" / "fixtures" / "gold").glob("*.yaml"):
        for agreement in yaml.safe_load(file.read_text(encoding="utf-8"))["agreements"] or []:
            year = str(agreement["date"].year) if isinstance(agreement.get("date"), date) else ""
            expected[year] = expected.get(year, 0) + 1
    got = {r["year"]: int(r["agreements"]) for r in rows(gold_store, "agreements-per-year")}
    assert got == expected


def test_agreements_per_kind(gold_store: Path) -> None:
    kinds = {r["kind_name"]: int(r["agreements"]) for r in rows(gold_store, "agreements-per-kind")}
    assert kinds["strategic cooperation framework agreement"] == 4
    assert kinds["loan agreement"] == 1
    assert sum(kinds.values()) == 20


def test_agreements_in_a_field(gold_store: Path) -> None:
    (row,) = rows(gold_store, "agreements-in-field", field="Digital Economy Development")
    assert row["agreement"] == BASE + "agreement/sic-xiangxi-2019/1"
    assert set(row["parties"].split(" / ")) == {"State Information Center", XIANGXI_GOV}
    years = rows(gold_store, "fields-per-year")
    assert {"year": "2019", "field_name": "digital economy development", "agreements": "1"}.items() <= \
        next(r for r in years if r["field_name"] == "digital economy development").items()


def test_organizations_linked_through_a_shared_person(gold_store: Path) -> None:
    linked = {(r["other_name"], r["person_name"]) for r in rows(gold_store, "shared-people", org="Gansu Province")}
    assert ("CPC Gansu Provincial Committee", "Tang Ruiping") in linked


def test_places_and_person_agreements(gold_store: Path) -> None:
    places = {r["place_name"]: int(r["agreements"]) for r in rows(gold_store, "places")}
    assert places["Beijing"] == 2
    (row,) = rows(gold_store, "person-agreements", person="Cheng Xiaobo")
    assert (row["as"], row["on_behalf_of_name"], row["date"]) == ("signatory", "State Information Center", "2019-03-11")


def test_articles_listed_with_their_agreements(gold_store: Path) -> None:
    listed = {r["source"]: r for r in rows(gold_store, "articles")}
    assert len(listed) == 19
    assert listed["sic-xiangxi-2019.txt"]["issued"] == "2019-03-13"
    assert listed["sic-xiangxi-2019.txt"]["agreements"] == "1"


def test_career_and_post_holders_take_names(gold_store: Path) -> None:
    titles = {r["title"] for r in rows(gold_store, "career", person="cheng xiaobo")}
    assert titles == {"President", "Secretary of the Party Committee"}
    holders = rows(gold_store, "post-holders", title="Governor", date="2019-03-01")
    assert holders[0]["person_name"] == "Long Xiaohua"  # observed nearest that date


# ------------------------------------------------------------ parameters


def test_unknown_name_is_a_one_line_error(gold_store: Path) -> None:
    result = kg("query", "--store", str(gold_store), "partners-of", "--param", "org=Acme Widgets", check=False)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no organization is named 'Acme Widgets'" in result.stderr


def test_ambiguous_name_asks_for_an_iri(tmp_path: Path) -> None:
    from kg.facts import Agreement, ArticleFacts, Organization
    from kg.mapping import map_article
    from kg.store import Store

    store_path = tmp_path / "store"
    with Store(store_path) as store:
        for stem, qualifier in (("a", "north"), ("b", "south")):
            facts = ArticleFacts(organizations=[Organization("Harbour Bureau", qualifier=qualifier)],
                                 agreements=[Agreement("memorandum of understanding", parties=["Harbour Bureau"])])
            store.replace_graph(store.minter.graph(stem), map_article(_article(stem), facts, store.minter))
    result = kg("query", "--store", str(store_path), "agreements-of", "--param", "org=harbour bureau", check=False)
    assert result.returncode == 1
    assert "2 entities are named 'harbour bureau'" in result.stderr and "give the IRI" in result.stderr


def test_parameter_text_cannot_change_the_query(gold_store: Path) -> None:
    attack = 'x" } UNION { ?agreement ?p ?o } #'
    result = kg("query", "--store", str(gold_store), "post-holders", "--param", f"title={attack}", check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == []
    bad_iri = kg("query", "--store", str(gold_store), "partners-of", "--param", "org=http://x> ?p ?o", check=False)
    assert bad_iri.returncode == 1 and "not a valid IRI" in bad_iri.stderr


def test_unknown_parameter_and_malformed_param(gold_store: Path) -> None:
    result = kg("query", "--store", str(gold_store), "partners-of", "--param", "colour=red", check=False)
    assert result.returncode == 1 and "no parameter 'colour' (it takes: org)" in result.stderr
    result = kg("query", "--store", str(gold_store), "partners-of", "--param", "org", check=False)
    assert result.returncode == 2 and "NAME=VALUE" in result.stderr


def test_values_block_binds_like_substitution(gold_store: Path) -> None:
    """kg's binding (a VALUES block, :func:`kg.params.query_bound`) gives
    what pyoxigraph's own substitution gives, on the same store."""
    import pyoxigraph as ox

    from kg.params import query_bound
    from kg.queries import load_query
    from kg.store import Store
    from kg.vocab import PREFIXES

    store = Store(gold_store, read_only=True)
    query = load_query("partners-of")
    by_values = [tuple(s) for s in query_bound(store, query.text, {"org": ox.NamedNode(SIC)})]
    by_substitution = [tuple(s) for s in store.db.query(query.text, default_graph=store.dataset(), prefixes=PREFIXES,
                                                        substitutions={ox.Variable("org"): ox.NamedNode(SIC)})]
    assert by_values == by_substitution and len(by_values) == 1


# ------------------------------------------------------------ evidence


def _article(stem: str, text: str = "placeholder", published: date | None = date(2020, 5, 2)):
    from kg.article import Article

    return Article(path=Path(f"{stem}.txt"), text=text, title=text.split("\n")[0], published=published,
                   source_department=None, sha256=stem * 8)


def test_evidence_gives_the_sentences_of_a_fact(tmp_path: Path) -> None:
    from kg.facts import Agreement, ArticleFacts, Evidence, Organization, Person, Signature
    from kg.mapping import map_article
    from kg.store import Store

    text = ("Harbour deal\n\nThe Alder Port Authority and Birch Shipping signed a memorandum of understanding "
            "on Monday. Jane Roe signed for Birch Shipping.")
    first = text.index("The Alder")
    first_end = text.index("Monday.") + len("Monday.")
    second = text.index("Jane Roe")
    party = text.index("Birch Shipping")
    facts = ArticleFacts(
        organizations=[Organization("Alder Port Authority"), Organization("Birch Shipping")],
        people=[Person("Jane Roe")],
        agreements=[Agreement(
            "memorandum of understanding", parties=["Alder Port Authority", "Birch Shipping"],
            signatures=[Signature("Jane Roe", "Birch Shipping",
                                  evidence=[Evidence(second, second + 8, second, len(text))])],
            party_evidence={"Birch Shipping": [Evidence(party, party + 14, first, first_end)]},
        )],
    )
    store_path = tmp_path / "store"
    with Store(store_path) as store:
        store.replace_graph(store.minter.graph("harbour"), map_article(_article("harbour", text), facts, store.minter))
    found = rows(store_path, "evidence", about="Birch Shipping")
    sentences = {(r["statement"], r["sentence"], r["source"]) for r in found}
    assert ("Jane Roe signs the memorandum of understanding for Birch Shipping",
            "Jane Roe signed for Birch Shipping.", "harbour.txt") in sentences
    assert any("party" in s and sentence == text[first:first_end] for s, sentence, _ in sentences)


# ------------------------------------------------------------ real ingest


def test_partners_on_the_ingested_corpus(corpus_store: Path) -> None:
    found = rows(corpus_store, "partners-of", org="State Information Center")
    assert any("Xiangxi" in r["partner_name"] for r in found)
