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

__all__ = ["Curation", "load_curation", "check_curation", "MAX_CURATION_BYTES"]

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
    notes: list[str] = field(default_factory=list)  # what applying it found worth saying, one line each

    def __call__(self, article: Article, facts: ArticleFacts) -> ArticleFacts:
        return apply_curation(self, article, facts)


# A curation file is typed by hand and small: a megabyte is thousands of entries.
MAX_CURATION_BYTES = 1_000_000
_SECTIONS = ("curator", "rename", "merge", "split", "retract", "add")
_KINDS = ("organizations", "people")
_ENTRY_KEYS = ("article", "agreement", *_FACT_KEYS, "on_behalf_of")
_POST_KEYS = ("person", "title", "organization")


def _read_yaml(path: Path) -> tuple[Any, dict[int, int]]:
    """The file's YAML data, and the line each mapping and list starts on.

    Loaded with limits, so a hostile file fails at once with one line:
    at most :data:`MAX_CURATION_BYTES`, no aliases (``*name``: a few
    hundred bytes of nested aliases expand to billions of names), no
    nesting deeper than the parser's stack, only plain YAML types.
    """
    import yaml

    try:
        size = path.stat().st_size
        if size > MAX_CURATION_BYTES:
            raise CurationError(f"{path}: {size:,} bytes, more than a curation file may hold "
                                f"({MAX_CURATION_BYTES:,}); split it or remove what is not needed")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise CurationError(f"{path}: no such curation file; check the path") from None
    except IsADirectoryError:
        raise CurationError(f"{path}: a folder, not a curation file; give the YAML file") from None
    except OSError as exc:
        raise CurationError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None
    except UnicodeDecodeError:
        raise CurationError(f"{path}: not UTF-8 text; save the curation file as UTF-8") from None
    lines: dict[int, int] = {}

    class Loader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                line = self.peek_event().start_mark.line + 1
                raise CurationError(f"{path}: line {line}: YAML aliases (*name) are not allowed in a curation "
                                    f"file; write the value out in full")
            return super().compose_node(parent, index)

        def construct_object(self, node, deep=False):
            data = super().construct_object(node, deep)
            if isinstance(data, (dict, list)):
                lines[id(data)] = node.start_mark.line + 1
            return data

    try:
        loader = Loader(text)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CurationError(f"{path}: {where}not valid YAML ({problem}); fix the file") from None
    except RecursionError:
        raise CurationError(f"{path}: nested too deeply to be a curation file; fix the file") from None
    except (ValueError, TypeError, OverflowError) as exc:  # a value YAML reads as a date that is none
        raise CurationError(f"{path}: a value YAML cannot read ({exc}); write dates as YYYY-MM-DD") from None
    return data, lines


class _Checker:
    """Checks a whole curation file against its schema, collecting every
    problem (one line each) instead of stopping at the first."""

    def __init__(self, path: Path, lines: dict[int, int]):
        self.path, self.lines = path, lines
        self.problems: list[str] = []

    def problem(self, where: str, message: str, node: object = None) -> None:
        line = self.lines.get(id(node)) if node is not None else None
        at = f"line {line}: " if line else ""
        self.problems.append(f"{self.path}: {at}{where}: {message}")

    def mapping(self, where: str, value: object, allowed: tuple[str, ...], parent: object = None,
                noun: str = "key") -> bool:
        if not isinstance(value, dict):
            self.problem(where, f"expected a mapping of {', '.join(allowed)}, found {_kind(value)}", parent)
            return False
        for key in value:
            if key not in allowed:
                self.problem(where, f"unknown {noun} {key!r}; expected {', '.join(allowed)}", value)
        return True

    def text(self, where: str, value: object, parent: object) -> bool:
        # a bare number or date in YAML is a name or a stem too ("2021: ...")
        if isinstance(value, (str, int, date)) and not isinstance(value, bool) and str(value).strip():
            return True
        self.problem(where, f"expected a name, found {_kind(value)}", parent)
        return False

    def check(self, data: object) -> None:
        if not self.mapping("the file", data, _SECTIONS, noun="section"):
            return
        assert isinstance(data, dict)
        if "curator" in data:
            self.text("curator", data["curator"], data)
        if data.get("rename") is not None and self.mapping("rename", data["rename"], _KINDS, data):
            for kind, names in data["rename"].items():
                if kind not in _KINDS or names is None:
                    continue
                if not isinstance(names, dict):
                    self.problem(f"rename.{kind}", f"expected a mapping of old name: new name, found {_kind(names)}",
                                 data["rename"])
                    continue
                for old, new in names.items():
                    self.text(f"rename.{kind} {old!r}", old, names) and self.text(f"rename.{kind} {old!r}", new, names)
        if data.get("merge") is not None and self.mapping("merge", data["merge"], _KINDS, data):
            for kind, groups in data["merge"].items():
                if kind not in _KINDS or groups is None:
                    continue
                if not isinstance(groups, list):
                    self.problem(f"merge.{kind}", f"expected a list of lists of names, found {_kind(groups)}",
                                 data["merge"])
                    continue
                for number, group in enumerate(groups, start=1):
                    where = f"merge.{kind} entry {number}"
                    if not isinstance(group, list) or len(group) < 2:
                        self.problem(where, "expected a list of two or more names", groups)
                    else:
                        for name in group:
                            self.text(where, name, group)
        if data.get("split") is not None and self.mapping("split", data["split"], _KINDS, data):
            for kind, entries in data["split"].items():
                if kind not in _KINDS or entries is None:
                    continue
                if not isinstance(entries, list):
                    self.problem(f"split.{kind}", f"expected a list of entries, found {_kind(entries)}", data["split"])
                    continue
                for number, entry in enumerate(entries, start=1):
                    where = f"split.{kind} entry {number}"
                    if self.mapping(where, entry, ("name", "article", "qualifier"), entries):
                        for key in ("name", "article", "qualifier"):
                            if key not in entry:
                                self.problem(where, f"needs {key!r}", entry)
                            else:
                                self.text(f"{where} {key}", entry[key], entry)
        for section in ("retract", "add"):
            entries = data.get(section)
            if entries is None:
                continue
            if not isinstance(entries, list):
                self.problem(section, f"expected a list of entries, found {_kind(entries)}", data)
                continue
            for number, entry in enumerate(entries, start=1):
                self.entry(section, number, entry, entries)

    def entry(self, section: str, number: int, entry: object, parent: object) -> None:
        where = f"{section} entry {number}"
        if not self.mapping(where, entry, _ENTRY_KEYS, parent):
            return
        assert isinstance(entry, dict)
        if "article" not in entry:
            self.problem(where, "needs 'article' (the article's file name or stem)", entry)
        else:
            self.text(f"{where} article", entry["article"], entry)
        if "agreement" in entry:
            value = entry["agreement"]
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                self.problem(where, f"agreement: expected a number from 1 (the article's first agreement), "
                                    f"found {value!r}", entry)
        facts = [k for k in _FACT_KEYS if k in entry]
        if len(facts) > 1:
            self.problem(where, f"one fact per entry, found {', '.join(facts)}; write one entry each", entry)
        elif not facts and not (section == "retract" and "agreement" in entry):
            needs = "a fact" + (" (or an agreement number, to retract it whole)" if section == "retract" else "")
            self.problem(where, f"needs {needs}: one of {', '.join(_FACT_KEYS)}", entry)
        if "on_behalf_of" in entry and "signatory" not in entry:
            self.problem(where, "on_behalf_of goes with signatory", entry)
        for key in facts:
            value = entry[key]
            if key == "post":
                if self.mapping(f"{where} post", value, _POST_KEYS, entry):
                    for needed in ("person", "title"):
                        if needed not in value:
                            self.problem(f"{where} post", f"needs {needed!r}", value)
                    for name, text in value.items():
                        if name in _POST_KEYS and text is not None:
                            self.text(f"{where} post.{name}", text, value)
                if "agreement" in entry:
                    self.problem(where, "a post belongs to a person, not to an agreement; drop 'agreement'", entry)
            elif key == "date" and section == "add":
                if not isinstance(value, date):
                    try:
                        date.fromisoformat(str(value))
                    except ValueError:
                        self.problem(where, f"date: expected YYYY-MM-DD, found {value!r}", entry)
            elif key in ("date", "place") and section == "retract":
                continue  # the agreement's date or place goes, whatever value is written
            else:
                self.text(f"{where} {key}", value, entry)
        if "on_behalf_of" in entry and entry["on_behalf_of"] is not None:
            self.text(f"{where} on_behalf_of", entry["on_behalf_of"], entry)


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: f"the text {value!r}", bool: f"{value}".lower()}.get(
        type(value), f"{type(value).__name__} {value!r}")[:80]


def curation_error(problems: list[str]) -> CurationError:
    """One error for a file's problems: its message has one line per
    problem, and ``.problems`` lists them."""
    lines = [*problems[:-1], problems[-1] + "; fix the file: nothing was ingested"]
    error = CurationError("\n".join(lines))
    error.problems = lines  # type: ignore[attr-defined]
    return error


def check_curation(path: Path | str) -> list[str]:
    """Every problem of a curation file, one line each (empty: it is fine).

    Raises :class:`CurationError` at once for a file that is not YAML at
    all, or too big, or uses aliases.
    """
    path = Path(path)
    data, lines = _read_yaml(path)
    if data is None:
        return []
    checker = _Checker(path, lines)
    checker.check(data)
    return checker.problems


def load_curation(path: Path | str) -> Curation:
    """Parse and check a whole curation file.

    Raises :class:`CurationError` naming every problem (one line each)
    before anything is applied: a file with one wrong entry changes
    nothing.
    """
    path = Path(path)
    data, lines = _read_yaml(path)
    data = data or {}
    checker = _Checker(path, lines)
    checker.check(data)
    if checker.problems:
        raise curation_error(checker.problems)
    curation = Curation(source=path.name, curator=str(data["curator"]) if data.get("curator") else None)
    for kind, names in (("organizations", curation.org_names), ("people", curation.person_names)):
        for old, new in ((data.get("rename") or {}).get(kind) or {}).items():
            _group(path, names, [str(new), str(old)])
        for group in (data.get("merge") or {}).get(kind) or []:
            _group(path, names, [str(n) for n in group])
    for kind in ("organizations", "people"):
        for entry in (data.get("split") or {}).get(kind) or []:
            curation.splits.append({"kind": kind, **{k: str(v) for k, v in entry.items()}})
    for section, target in (("retract", curation.retractions), ("add", curation.additions)):
        for number, entry in enumerate(data.get(section) or [], start=1):
            target.append({**entry, "article": str(entry["article"]), "_entry": f"{section} entry {number}"})
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
        if _matches(entry, article) and not _retract(facts, entry):
            curation.notes.append(f"{source}: {entry['_entry']}: matches nothing in {article.file_name}; "
                                  f"check the names and the agreement number against 'kg explain'")
    _note_sides_merged(curation, article, facts)
    for entry in curation.additions:
        if _matches(entry, article):
            _add(facts, entry, source)
    return facts


def _note_sides_merged(curation: Curation, article: Article, facts: ArticleFacts) -> None:
    """Say when a merge or rename made one person of people who signed one
    agreement for different sides: rarely one person, usually a mistake."""
    curated = {name for name, (preferred, _) in curation.person_names.items()} | {
        preferred for preferred, _ in curation.person_names.values()}
    for number, agreement in enumerate(facts.agreements, start=1):
        sides: dict[str, set[str]] = {}
        for signature in agreement.signatures:
            if signature.person in curated and signature.on_behalf_of:
                sides.setdefault(signature.person, set()).add(signature.on_behalf_of)
        for person, parties in sorted(sides.items()):
            if len(parties) > 1:
                curation.notes.append(
                    f"{curation.source}: {person} now signs agreement {number} of {article.file_name} for "
                    f"{' and for '.join(sorted(parties))}; a merge or rename joined two signers, check it")


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

    def party(name: str) -> str:
        return orgs.get(name, name)

    def person(name: str) -> str:
        return people.get(name, name)

    for holding in facts.posts:
        holding.person, holding.organization = person(holding.person), org(holding.organization)
    for agreement in facts.agreements:
        agreement.parties = list(dict.fromkeys(party(p) for p in agreement.parties))
        agreement.party_evidence = {party(k): v for k, v in agreement.party_evidence.items()}
        agreement.witnesses = list(dict.fromkeys(person(w) for w in agreement.witnesses))
        agreement.witness_evidence = {person(k): v for k, v in agreement.witness_evidence.items()}
        agreement.signatures = [dataclasses.replace(s, person=person(s.person), on_behalf_of=org(s.on_behalf_of))
                                for s in agreement.signatures]


def _chosen(facts: ArticleFacts, entry: dict[str, Any], default_all: bool) -> list[Agreement]:
    if "agreement" in entry:
        index = int(entry["agreement"]) - 1
        return [facts.agreements[index]] if 0 <= index < len(facts.agreements) else []
    return list(facts.agreements) if default_all else facts.agreements[:1]


def _retract(facts: ArticleFacts, entry: dict[str, Any]) -> bool:
    """Take the entry's fact out; whether anything was taken."""
    if "post" in entry:
        post = entry["post"] or {}
        before = len(facts.posts)
        facts.posts = [h for h in facts.posts if not (
            h.person == str(post.get("person")) and h.title == str(post.get("title"))
            and ("organization" not in post or h.organization == post.get("organization")))]
        return len(facts.posts) < before
    chosen = _chosen(facts, entry, default_all=True)
    if not any(k in entry for k in _FACT_KEYS):
        facts.agreements = [a for a in facts.agreements if a not in chosen]
        return bool(chosen)
    removed = False
    for agreement in chosen:
        if "party" in entry:
            kept = [p for p in agreement.parties if p != str(entry["party"])]
            removed |= len(kept) < len(agreement.parties)
            agreement.parties = kept
        if "witness" in entry:
            kept = [w for w in agreement.witnesses if w != str(entry["witness"])]
            removed |= len(kept) < len(agreement.witnesses)
            agreement.witnesses = kept
        if "area" in entry:
            kept = [a for a in agreement.areas if a != str(entry["area"])]
            removed |= len(kept) < len(agreement.areas)
            agreement.areas = kept
        if "signatory" in entry:
            signatures = [s for s in agreement.signatures if s.person != str(entry["signatory"])]
            removed |= len(signatures) < len(agreement.signatures)
            agreement.signatures = signatures
        if "date" in entry:
            removed |= agreement.date is not None
            agreement.date = None
        if "place" in entry:
            removed |= agreement.place is not None
            agreement.place = None
    return removed


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
