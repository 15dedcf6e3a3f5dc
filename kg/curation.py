"""A researcher's corrections, applied to the extractor's facts at ingest.

A curation file (YAML) renames and merges entities, splits namesakes, and
adds or retracts facts of an article. It works on the facts model, before
RDF, so every ingest applies it the same way and a re-ingest is still
idempotent; the facts it changes carry the file as their provenance
(``prov:wasAttributedTo``) instead of the article's sentences.

Format (every section optional)::

    curator: Jane Doe
    rename:                        # extracted name -> the name to use
      organizations: {"Xiangxi Prefecture Government": "People's Government of Xiangxi"}
      people: {"Long Xiao Hua": "Long Xiaohua"}
    merge:                         # names of one entity; the first is preferred
      organizations: [["State Information Center", "SIC", "National Information Center"]]
    split:                         # a name that is someone else in one article
      people: [{name: Wang Wei, article: story-2021, qualifier: Xinhai Logistics}]
    retract:                       # facts the extractor got wrong
      - {article: story-2021, witness: Deng Qun}
      - {article: story-2021, agreement: 2}          # a whole agreement
    add:                           # facts the extractor missed
      - {article: story-2021, agreement: 1, area: port logistics}
      - {article: story-2021, post: {person: Li Jun, title: Mayor, organization: Yueyang}}

Fact keys for ``retract``/``add``: ``party``, ``witness``, ``area``,
``signatory`` (with ``on_behalf_of``), ``post`` (person/title/organization),
``date``, ``place``; ``agreement: N`` (1-based) picks one agreement of the
article, all of them when left out (``add`` defaults to the first).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kg.article import Article
from kg.errors import CurationError
from kg.facts import Agreement, ArticleFacts, Organization, Person, PostHolding, Signature

__all__ = ["Curation", "load_curation"]

_FACT_KEYS = ("party", "witness", "area", "signatory", "post", "date", "place")


@dataclass
class Curation:
    """A parsed curation file."""

    source: str  # the file name, recorded as provenance
    curator: str | None = None
    org_names: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # name -> (preferred, group)
    person_names: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    splits: list[dict[str, str]] = field(default_factory=list)
    retractions: list[dict[str, Any]] = field(default_factory=list)
    additions: list[dict[str, Any]] = field(default_factory=list)

    def __call__(self, article: Article, facts: ArticleFacts) -> ArticleFacts:
        return apply_curation(self, article, facts)


def load_curation(path: Path | str) -> Curation:
    """Parse and check a curation file; one-line errors name the entry."""
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise CurationError(f"{path}: no such curation file; check the path") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise CurationError(f"{path}: {where}not valid YAML ({getattr(exc, 'problem', exc)}); fix the file") from None
    if not isinstance(data, dict):
        raise CurationError(f"{path}: expected a mapping of sections (rename, merge, split, retract, add)")
    unknown = set(data) - {"curator", "rename", "merge", "split", "retract", "add"}
    if unknown:
        raise CurationError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}; "
                            f"use rename, merge, split, retract, add")
    curation = Curation(source=path.name, curator=data.get("curator"))
    for kind, names in (("organizations", curation.org_names), ("people", curation.person_names)):
        for old, new in ((data.get("rename") or {}).get(kind) or {}).items():
            _group(path, names, [str(new), str(old)])
        for group in (data.get("merge") or {}).get(kind) or []:
            if not isinstance(group, list) or len(group) < 2:
                raise CurationError(f"{path}: merge.{kind}: each entry is a list of two or more names")
            _group(path, names, [str(n) for n in group])
    for kind in ("organizations", "people"):
        for entry in (data.get("split") or {}).get(kind) or []:
            if not isinstance(entry, dict) or not {"name", "article", "qualifier"} <= set(entry):
                raise CurationError(f"{path}: split.{kind}: each entry needs name, article and qualifier")
            curation.splits.append({"kind": kind, **{k: str(v) for k, v in entry.items()}})
    for section, target in (("retract", curation.retractions), ("add", curation.additions)):
        for number, entry in enumerate(data.get(section) or [], start=1):
            if not isinstance(entry, dict) or "article" not in entry:
                raise CurationError(f"{path}: {section} entry {number}: needs 'article' (the file stem)")
            keys = [k for k in _FACT_KEYS if k in entry]
            if len(keys) > 1 or (not keys and not (section == "retract" and "agreement" in entry)):
                raise CurationError(f"{path}: {section} entry {number}: give one of {', '.join(_FACT_KEYS)}")
            target.append(entry)
    return curation


def _group(path: Path, names: dict[str, tuple[str, list[str]]], group: list[str]) -> None:
    preferred = group[0]
    if preferred in names:  # chained: extend the existing group
        preferred, existing = names[preferred]
        group = existing + [n for n in group if n not in existing]
    for name in group:
        names[name] = (preferred, group)


def _matches(entry: dict[str, Any], article: Article) -> bool:
    wanted = str(entry.get("article", ""))
    return wanted in (article.stem, article.file_name)


def apply_curation(curation: Curation, article: Article, facts: ArticleFacts) -> ArticleFacts:
    """The facts with the curation applied; ``facts`` itself is not changed."""
    facts = dataclasses.replace(
        facts,
        organizations=[dataclasses.replace(o) for o in facts.organizations],
        people=[dataclasses.replace(p) for p in facts.people],
        posts=[dataclasses.replace(h) for h in facts.posts],
        agreements=[dataclasses.replace(a, parties=list(a.parties), witnesses=list(a.witnesses),
                                        areas=list(a.areas), signatures=list(a.signatures),
                                        curated=dict(a.curated)) for a in facts.agreements],
    )
    source = curation.source
    org_map = _rename_entities(facts.organizations, curation.org_names, source)
    person_map = _rename_entities(facts.people, curation.person_names, source)
    for split in curation.splits:
        if split["article"] in (article.stem, article.file_name):
            entities = facts.organizations if split["kind"] == "organizations" else facts.people
            for entity in entities:
                if entity.name == split["name"] or entity.name == (org_map if split["kind"] == "organizations" else person_map).get(split["name"]):
                    entity.qualifier = split["qualifier"]
                    entity.curated_by = source
    _rename_references(facts, org_map, person_map)
    for entry in curation.retractions:
        if _matches(entry, article):
            _retract(facts, entry)
    for entry in curation.additions:
        if _matches(entry, article):
            _add(facts, entry, source)
    return facts


def _rename_entities(entities: list, names: dict[str, tuple[str, list[str]]], source: str) -> dict[str, str]:
    """Give entities their curated preferred names; merge duplicates."""
    mapping: dict[str, str] = {}
    by_name: dict[str, Organization | Person] = {}
    for entity in list(entities):
        hit = next((names[n] for n in [entity.name, *entity.aliases] if n in names), None)
        if hit is not None:
            preferred, group = hit
            mapping[entity.name] = preferred
            aliases = [n for n in [entity.name, *entity.aliases, *group] if n != preferred]
            entity.name, entity.curated_by = preferred, source
            entity.aliases = list(dict.fromkeys(aliases))
        if entity.name in by_name:  # two extracted entities are one: fold this into the first
            first = by_name[entity.name]
            first.aliases = list(dict.fromkeys(first.aliases + entity.aliases))
            first.evidence = first.evidence + entity.evidence
            entities.remove(entity)
        else:
            by_name[entity.name] = entity
    return mapping


def _rename_references(facts: ArticleFacts, orgs: dict[str, str], people: dict[str, str]) -> None:
    def org(name: str | None) -> str | None:
        return orgs.get(name, name) if name else name

    def person(name: str) -> str:
        return people.get(name, name)

    for holding in facts.posts:
        holding.person, holding.organization = person(holding.person), org(holding.organization)
    for agreement in facts.agreements:
        agreement.parties = list(dict.fromkeys(org(p) for p in agreement.parties))
        agreement.party_evidence = {org(k): v for k, v in agreement.party_evidence.items()}
        agreement.witnesses = list(dict.fromkeys(person(w) for w in agreement.witnesses))
        agreement.witness_evidence = {person(k): v for k, v in agreement.witness_evidence.items()}
        agreement.signatures = [dataclasses.replace(s, person=person(s.person), on_behalf_of=org(s.on_behalf_of))
                                for s in agreement.signatures]


def _chosen(facts: ArticleFacts, entry: dict[str, Any], default_all: bool) -> list[Agreement]:
    if "agreement" in entry:
        index = int(entry["agreement"]) - 1
        return [facts.agreements[index]] if 0 <= index < len(facts.agreements) else []
    return list(facts.agreements) if default_all else facts.agreements[:1]


def _retract(facts: ArticleFacts, entry: dict[str, Any]) -> None:
    if "post" in entry:
        post = entry["post"] or {}
        facts.posts = [h for h in facts.posts if not (
            h.person == post.get("person") and h.title == post.get("title")
            and ("organization" not in post or h.organization == post.get("organization")))]
        return
    chosen = _chosen(facts, entry, default_all=True)
    if not any(k in entry for k in _FACT_KEYS):
        facts.agreements = [a for a in facts.agreements if a not in chosen]
        return
    for agreement in chosen:
        if "party" in entry:
            agreement.parties = [p for p in agreement.parties if p != entry["party"]]
        if "witness" in entry:
            agreement.witnesses = [w for w in agreement.witnesses if w != entry["witness"]]
        if "area" in entry:
            agreement.areas = [a for a in agreement.areas if a != entry["area"]]
        if "signatory" in entry:
            agreement.signatures = [s for s in agreement.signatures if s.person != entry["signatory"]]
        if "date" in entry:
            agreement.date = None
        if "place" in entry:
            agreement.place = None


def _add(facts: ArticleFacts, entry: dict[str, Any], source: str) -> None:
    def ensure_org(name: str) -> None:
        if facts.organization(name) is None:
            facts.organizations.append(Organization(name=name, curated_by=source))

    def ensure_person(name: str) -> None:
        if facts.person(name) is None:
            facts.people.append(Person(name=name, curated_by=source))

    if "post" in entry:
        post = entry["post"] or {}
        ensure_person(str(post["person"]))
        if post.get("organization"):
            ensure_org(str(post["organization"]))
        facts.posts.append(PostHolding(str(post["person"]), str(post["title"]),
                                       str(post["organization"]) if post.get("organization") else None,
                                       curated_by=source))
        return
    chosen = _chosen(facts, entry, default_all=False)
    if not chosen:
        raise CurationError(f"{source}: add to {entry['article']}: the article has no agreement "
                            f"{entry.get('agreement', 1)}; check the number")
    for agreement in chosen:
        if "party" in entry:
            name = str(entry["party"])
            ensure_org(name)
            agreement.parties.append(name)
            agreement.curated[f"party:{name}"] = source
        if "witness" in entry:
            name = str(entry["witness"])
            ensure_person(name)
            agreement.witnesses.append(name)
            agreement.curated[f"witness:{name}"] = source
        if "area" in entry:
            name = str(entry["area"])
            agreement.areas.append(name)
            agreement.curated[f"area:{name}"] = source
        if "signatory" in entry:
            name, side = str(entry["signatory"]), entry.get("on_behalf_of")
            ensure_person(name)
            if side:
                ensure_org(str(side))
            agreement.signatures.append(Signature(name, str(side) if side else None, curated_by=source))
        if "date" in entry:
            value = entry["date"]
            agreement.date = value if isinstance(value, date) else date.fromisoformat(str(value))
            agreement.date_evidence = []
            agreement.curated["date"] = source
        if "place" in entry:
            agreement.place = str(entry["place"])
            agreement.place_evidence = []
            agreement.curated["place"] = source
