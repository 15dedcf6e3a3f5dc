"""Ontology classes for agreement kinds and organization names.

The extractor gives an agreement's kind as the article's phrase ("strategic
cooperation framework agreement") and an organization by its name; the
words of kg/knowledge/en/classes.yaml pick the most specific classes of the
ontology that the words support, so a researcher can ask for every
memorandum of understanding or every university without listing phrasings.
"""
from __future__ import annotations

from kg.knowledge import knowledge
from kg.vocab import AGR

__all__ = ["agreement_classes", "organization_class"]

_ORG = "http://www.w3.org/ns/org#"
# the extractor's kind hints for a body, where it gives one
_HINTS = {
    "government": "GovernmentBody", "department": "GovernmentBody", "company": "Company",
    "university": "AcademicInstitution", "academic": "AcademicInstitution", "institute": "AcademicInstitution",
    "fund": "FundingBody", "association": "Association", "place": "AdministrativeArea",
    "city": "AdministrativeArea", "area": "AdministrativeArea",
}


def agreement_classes(kind: str, lang: str = "en") -> list[str]:
    """Every class the kind phrase names (a strategic cooperation framework
    agreement is both a framework and a strategic cooperation agreement)."""
    found = [AGR + name for pattern, name in knowledge(lang).agreement_classes if pattern.search(kind)]
    if AGR + "StrategicCooperationAgreement" in found and AGR + "CooperationAgreement" in found:
        found.remove(AGR + "CooperationAgreement")
    return found or [AGR + "Agreement"]


def organization_class(name: str, kind: str | None = None, lang: str = "en") -> str:
    """The ontology class for an organization, from the extractor's kind
    hint when it gives one, else from the words of its name."""
    if kind and kind.casefold() in _HINTS:
        return AGR + _HINTS[kind.casefold()]
    for pattern, cls in knowledge(lang).organization_classes:
        if pattern.search(name):
            return AGR + cls
    if len(name.split()) <= 2 and name[:1].isupper():
        return AGR + "AdministrativeArea"  # a bare place name acting as a body ("Shenzhen")
    return _ORG + "Organization"
