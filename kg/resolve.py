"""Which node an entity of a new article is: identity across articles.

Organizations: an organization introduced as "State Information Center
(SIC)" in one article and named only "SIC" in the next is one node, where
the next article bears it out (a word of the full name, a person the body is
known by, or a country both articles name): letters alone are shared by
bodies across the world ("MMU" in Uganda and in Malaysia). Names
are compared by their slug (case, punctuation and apostrophes folded). An
organization whose own preferred name already has a node keeps it; else the
first existing node carrying any of its names is taken; else a new IRI is
minted. A qualified organization (a generic name kept to its article, or one
a curation split) has its own node, and no other article joins it by name.

People: matched on their full name only (a surname alone would join
strangers), and kept apart when their organizations say they are different
people: a "Wang Wei" known by Company A and a "Wang Wei" known by Company B,
with no organization in common, are two nodes, the second qualified by its
organization. A namesake with no stated organization joins the existing node.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from kg.extract.identity import joins_strangers, other_bodies, telling_words
from kg.extract.lexicon import COUNTRY_LETTERS
from kg.extract.countries import countries_named
from kg.knowledge import knowledge
from kg.facts import Organization, Person
from kg.iri import Minter, slug
from kg.vocab import AGR, FOAF, NIF, ORG, SKOS

if TYPE_CHECKING:
    from kg.stores import KgStore as Store

__all__ = ["country_node_name", "StoreResolver"]

# a name made of letters only ("MMU", "U.N.D.P."): the kind many bodies share across the world
_LETTERS_RE = re.compile(r"(?:[A-Z]\.?){2,8}")
_COUNTRY_NAMES = frozenset(knowledge("en").countries)


def _country_of(name: str) -> str | None:
    """The country a formal name or the letters of one name ("Sultanate of Oman", "UAE"), if any."""
    country = knowledge("en").country_of_official_name.get(name)
    return country if country is not None or name not in COUNTRY_LETTERS else knowledge("en").country_of_adjective[name]


def country_node_name(name: str) -> str | None:
    """The name a country's node is minted from, however an article writes
    the country ("Kingdom of Saudi Arabia", "KSA", "Saudi Arabia" give
    "Saudi Arabia"), so its IRI is the same whatever the store met first;
    ``None`` for anything else."""
    return name if name in _COUNTRY_NAMES else _country_of(name)


def _joining_aliases(org: Organization) -> list[str]:
    """The other names of a body that may join it to other articles' bodies."""
    return [a for a in org.aliases if not joins_strangers(a, org.name)]


class StoreResolver:
    """Resolves entities against what the store already holds.

    It reads every organization's and person's labels (and each person's
    organizations) once, then learns from each article as it is mapped, so
    a batch of articles resolves against each other too.
    """

    def __init__(self, store: Store, minter: Minter):
        # what the articles say (the store's union of article graphs), no inference
        self.minter = minter

        def select(sparql: str):
            return store.query(sparql, asserted_only=True)

        self._select = select
        # the countries named by the articles of this batch that give each body its full name with another
        # name, and (read from the store only when a bare acronym asks) by the stored articles that do
        self._countries: dict[str, set[str]] = {}
        self._stored_countries: dict[str, frozenset[str]] = {}
        self._org_by_name: dict[str, str] = {}
        self._defined: dict[str, str] = {}  # short name or acronym -> the node it stands for
        self._orgs: set[str] = set()
        self._full_name: dict[str, str] = {}  # organization IRI -> the full name it was first given
        self._people: dict[str, set[str]] = {}  # person IRI -> organization IRIs
        # organization IRI -> the people (plain person IRIs) a batch article that gives its full name ties to it
        self._primed_people: dict[str, set[str]] = {}
        # article -> (node of the plain name, bodies the article names) of the people it kept its own
        self._kept_apart: dict[str, list[tuple[str, frozenset[str]]]] = {}
        # (another name that other articles give other bodies, "IIT" or "People's Committee", joins none)
        query = f"""
            SELECT ?node ?label ?name WHERE {{
              ?node a <{ORG}Organization> ; <{SKOS}prefLabel> ?name .
              {{ ?node <{SKOS}prefLabel> ?label }} UNION {{ ?node <{SKOS}altLabel> ?label }}
            }} ORDER BY ?node ?label"""  # (the same node first for a name two nodes carry, in every run)
        for row in select(query):
            self._full_name.setdefault(row["node"].value, row["name"].value)
            if not self.minter.is_qualified(row["node"].value) \
                    and not joins_strangers(row["label"].value, row["name"].value):  # a node of one article only
                self._learn_org(row["node"].value, [row["label"].value])
        query = f"""
            SELECT ?node ?label ?name WHERE {{
              ?node a <{ORG}Organization> ; <{SKOS}altLabel> ?label ; <{SKOS}prefLabel> ?name .
            }} ORDER BY ?node"""
        for row in select(query):
            if not self.minter.is_qualified(row["node"].value) \
                    and not joins_strangers(row["label"].value, row["name"].value):
                self._defined.setdefault(slug(row["label"].value), row["node"].value)
        query = f"""
            SELECT ?person ?org WHERE {{
              ?person a <{FOAF}Person> .
              OPTIONAL {{
                {{ ?holding <{ORG}member> ?person ; <{ORG}organization> ?org }}
                UNION {{ ?signature <{AGR}signer> ?person ; <{AGR}onBehalfOf> ?org }}
              }}
            }}"""
        for row in select(query):
            orgs = self._people.setdefault(row["person"].value, set())
            if row["org"] is not None:
                orgs.add(row["org"].value)

    def _learn_org(self, iri: str, names: list[str]) -> None:
        self._orgs.add(iri)
        for name in names:
            self._org_by_name.setdefault(slug(name), iri)

    def prime(self, organizations: list[Organization], text: str | None = None,
              tied: Mapping[str, Collection[str]] | None = None) -> None:
        """Learn the short names a batch of articles defines before any of
        them is mapped, so the batch resolves the same in any order (and the
        countries the defining article, ``text``, names, and the people it
        ties to each body, ``tied``, by the body's name)."""
        for org in organizations:
            if not org.qualifier:
                for alias in _joining_aliases(org):
                    # (only a name's shorter forms: where one article gives "China" the other name "People's
                    # Republic of China" and another the reverse, each would point at the other's node, and
                    # neither node would keep a name of its own; the fuller name's node is the one)
                    if slug(alias) != slug(org.name) and len(alias) <= len(org.name):
                        node = self.minter.organization(org.name)
                        self._defined.setdefault(slug(alias), node)
                        # (its full name is known from now on: bare letters another article of the batch
                        # writes must bear that name out, whichever article is mapped first)
                        self._full_name.setdefault(node, org.name)
                        for name in (org.name, *org.aliases):
                            self._primed_people.setdefault(node, set()).update(
                                self.minter.person(person, None) for person in (tied or {}).get(name, ()))
                        if text is not None:
                            self._countries.setdefault(node, set()).update(countries_named(text))

    def _node_countries(self, node: str) -> set[str]:
        """The countries named by the articles that give ``node`` its full
        name with another name: those of this batch, and those already stored."""
        if node not in self._stored_countries:
            query = f"""
                SELECT ?text WHERE {{
                  GRAPH ?g {{ <{node}> <{SKOS}altLabel> ?label . ?context <{NIF}isString> ?text }}
                }}"""
            self._stored_countries[node] = frozenset(
                country for row in self._select(query) for country in countries_named(row["text"].value))
        return self._countries.get(node, set()) | self._stored_countries[node]

    def organization(self, org: Organization, text: str | None = None, people: Collection[str] = ()) -> str:
        """The node of an organization named in an article (``text``, when
        given, is that article's, and ``people`` those it ties to the body: a
        bare acronym joins another article's body only where they bear that
        body out)."""
        own = self.minter.organization(org.name, org.qualifier)
        names = [org.name, *_joining_aliases(org)]
        country = country_node_name(org.name) if not org.qualifier else None
        if country is not None:
            # a country is one node, minted from its short name, whatever the articles met first call it
            iri = self.minter.organization(country)
            self._full_name.setdefault(iri, org.name)
            self._learn_org(iri, names)
            for alias in _joining_aliases(org):
                if slug(alias) != slug(org.name):
                    self._defined.setdefault(slug(alias), iri)
            return iri
        defined = self._defined.get(slug(org.name))
        # (a node defined from a name that is itself defined as another's stands for that other: "U.S." for
        # "United States", which another article gives as "United States of America"'s)
        seen = {own}
        while defined is not None and defined not in seen and self._defined.get(defined.rsplit("/", 1)[-1]) \
                not in (None, defined):
            seen.add(defined)
            defined = self._defined[defined.rsplit("/", 1)[-1]]
        if org.qualifier:
            iri = own
        elif defined and defined != own and not other_bodies(org.name, self._full_name.get(defined, org.name)) \
                and self._borne_out(org, defined, text, people):
            iri = defined
        elif own in self._orgs:
            iri = own
        else:
            # a node minted from one of our short names is a stand-in made
            # before the full name was known: the full name gets its own node
            # (re-ingesting the older article then moves it here)
            # (a short name two bodies share, "IDB" for the Inter-American and the Islamic
            # Development Bank, joins no two bodies whose full names tell them apart)
            # (but a country's short name is no stand-in: "Sultanate of Oman" joins the "Oman" of before)
            iri = next((self._org_by_name[slug(n)] for n in names if slug(n) in self._org_by_name
                        and (self._org_by_name[slug(n)] != self.minter.organization(n) or n == _country_of(org.name))
                        and not other_bodies(org.name, self._full_name.get(self._org_by_name[slug(n)], org.name))
                        and self._borne_out(org, self._org_by_name[slug(n)], text, people)),
                       own)
        if org.qualifier:  # its names stay with it: no other article's body may join it by them
            self._orgs.add(iri)
            return iri
        self._full_name.setdefault(iri, org.name)
        self._learn_org(iri, names)
        if text is not None and org.aliases:
            self._countries.setdefault(iri, set()).update(countries_named(text))
        for alias in _joining_aliases(org):
            if slug(alias) != slug(org.name):
                self._defined.setdefault(slug(alias), iri)
        return iri

    def would_join_now(self, article: str) -> bool:
        """Whether a person the article was mapped with as its own would now
        join the node of that name, because an article mapped after it tied
        that node to a body this article names: mapping the article again
        gives what a second ingest would, so the batch resolves the same in
        any order."""
        return any(not self._people.get(plain, set()).isdisjoint(named)
                   for plain, named in self._kept_apart.get(article, ()))

    def _borne_out(self, org: Organization, node: str, text: str | None, people: Collection[str] = ()) -> bool:
        """Whether an organization an article names only by its letters
        ("MMU", with no full name in the article) may be the body another
        article gave those letters. Bodies share letters across the world
        (Mountains of the Moon University in Uganda, Multimedia University in
        Malaysia): the article must write one of the words that tell that
        body from others of its kind ("Moon"), or tie to it someone that
        body is known by ("Zhang Wei, President of NERI"), or name a country
        the article that gave the full name names; else its letters stay its
        own. A country's letters ("PNG") are always the country's."""
        if text is None or org.aliases or not _LETTERS_RE.fullmatch(org.name) or org.name in COUNTRY_LETTERS:
            return True
        full = self._full_name.get(node, org.name)
        if slug(full) == slug(org.name) or full in _COUNTRY_NAMES:
            return True
        if any(node in self._people.get(plain, ()) or plain in self._primed_people.get(node, ())
               for plain in (self.minter.person(person, None) for person in people)):
            return True
        own = telling_words(full)
        if not own or own & set(re.findall(r"[\w'’]+", text.casefold())):
            return True
        # no word of it, but the two articles tell of the same country ("CAS" in a Chinese province's story)
        return bool(countries_named(text) & self._node_countries(node))

    def person(self, person: Person, organizations: set[str], article: str | None = None,
               named_here: Collection[str] = ()) -> str:
        """The node of a person. One tied to a body joins the node of that name
        unless it is known by other bodies (a namesake). One the article ties
        to no body joins it only if the article names a body that node is
        known by ("Prime Minister Narendra Modi" where the text names India);
        otherwise it stays the article's own: two "Zhang Xiaoping"s with no
        common body are as likely two people as one."""
        if not person.qualifier and not organizations and article is not None:
            plain = self.minter.person(person.name, None)
            known = self._people.get(plain)
            if known and not known.isdisjoint(named_here):
                return plain
            iri = self.minter.person(person.name, article)
            self._people.setdefault(iri, set())
            self._kept_apart.setdefault(article, []).append((plain, frozenset(named_here)))
            return iri
        iri = self.minter.person(person.name, person.qualifier)
        if not person.qualifier:
            known = self._people.get(iri)
            if known and organizations and not (known & organizations):
                # a namesake: qualify by the organization they are known by here
                first = min(organizations)
                qualified = self.minter.person(person.name, first.rsplit("/", 1)[-1])
                iri = qualified
        self._people.setdefault(iri, set()).update(organizations)
        return iri
