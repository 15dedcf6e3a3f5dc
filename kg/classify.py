"""Ontology classes for agreement kinds and organization names.

The extractor gives an agreement's kind as the article's phrase ("strategic
cooperation framework agreement") and an organization by its name; these
rules pick the most specific class of the ontology that the words support,
so a researcher can ask for every memorandum of understanding or every
university without listing phrasings.
"""
from __future__ import annotations

import re

from kg.vocab import AGR

__all__ = ["agreement_classes", "organization_class"]

_AGREEMENT_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"memorand(um|a) of understanding|\bmou\b"), "MemorandumOfUnderstanding"),
    (re.compile(r"letter of intent|\bloi\b"), "LetterOfIntent"),
    (re.compile(r"\bloan\b|\bcredit\b|financing agreement"), "LoanAgreement"),
    (re.compile(r"\binvestment\b"), "InvestmentAgreement"),
    (re.compile(r"\bframework\b"), "FrameworkAgreement"),
    (re.compile(r"strategic (cooperation|partnership|collaboration)"), "StrategicCooperationAgreement"),
    (re.compile(r"partnership|friendly cit|sister cit|twinning"), "PartnershipAgreement"),
    (re.compile(r"cooperation|collaboration|co-operation"), "CooperationAgreement"),
]


def agreement_classes(kind: str) -> list[str]:
    """Every class the kind phrase names (a strategic cooperation framework
    agreement is both a framework and a strategic cooperation agreement)."""
    phrase = kind.casefold()
    found = [AGR + name for pattern, name in _AGREEMENT_RULES if pattern.search(phrase)]
    if AGR + "StrategicCooperationAgreement" in found and AGR + "CooperationAgreement" in found:
        found.remove(AGR + "CooperationAgreement")
    return found or [AGR + "Agreement"]


_ORG_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(fund|development bank)\b", re.I), "FundingBody"),
    (re.compile(r"\b(chamber of commerce|association|federation|society|council of)\b", re.I), "Association"),
    (re.compile(r"\b(university|college|academy|institute|school)\b", re.I), "AcademicInstitution"),
    (re.compile(r"\b(co\.?,? ?ltd|company|corporation|group|gmbh|inc\.?|plc|bank|branch|ag|s\.a\.|llc|holdings?)\b", re.I), "Company"),
    (re.compile(r"\b(government|ministry|department|bureau|commission|committee|administration|office|"
                r"municipality|council|authority|agency|center|centre)\b", re.I), "GovernmentBody"),
    (re.compile(r"\b(province|prefecture|county|city|district|region|new area|state of)\b", re.I), "AdministrativeArea"),
]


def organization_class(name: str, kind: str | None = None) -> str:
    """The ontology class for an organization, from the extractor's kind
    hint when it gives one, else from the words of its name."""
    hints = {
        "government": "GovernmentBody", "department": "GovernmentBody", "company": "Company",
        "university": "AcademicInstitution", "academic": "AcademicInstitution", "institute": "AcademicInstitution",
        "fund": "FundingBody", "association": "Association", "place": "AdministrativeArea",
        "city": "AdministrativeArea", "area": "AdministrativeArea",
    }
    if kind and kind.casefold() in hints:
        return AGR + hints[kind.casefold()]
    for pattern, cls in _ORG_RULES:
        if pattern.search(name):
            return AGR + cls
    if len(name.split()) <= 2 and name[:1].isupper():
        return AGR + "AdministrativeArea"  # a bare place name acting as a body ("Shenzhen")
    return "http://www.w3.org/ns/org#Organization"
