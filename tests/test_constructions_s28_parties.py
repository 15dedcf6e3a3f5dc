"""Constructions read in the twenty-eighth session, parties (invented names and texts)."""
from __future__ import annotations

from invented import facts_of


def test_a_signer_placed_at_a_country_signs_for_the_agency_of_it_the_text_names() -> None:
    # "Finland's aid agencies signed", then "B, Director of SACA" where the text names the Swedish Aid
    # Contracting Agency of Sweden as one of the bodies the memorandum binds: the agency B directs is the
    # side, not Sweden (nor Norway, the country of the third signer's centre)
    facts = facts_of("Norway, Sweden and Finland's aid agencies signed an agreement to increase trilateral "
                     "cooperation.\n\nThe memorandum of understanding will allow Finland's Central Grants Office, "
                     "the Swedish Aid Contracting Agency of Sweden (SACA) and the Norwegian Center for Overseas Aid "
                     "(NCOA) to share information and expertise.\n\nThe memorandum of understanding was signed last "
                     "week by Liisa Rantanen, Director of CGO, Karin Dahlberg, Director of SACA, and Ola Nordmo, "
                     "Executive Director of NCOA.")
    (agreement,) = facts.agreements
    assert sorted(agreement.parties) == ["Central Grants Office", "Norwegian Center for Overseas Aid",
                                         "Swedish Aid Contracting Agency of Sweden"], agreement.parties
    sides = {s.person: s.on_behalf_of for s in agreement.signatures}
    assert sides["Ola Nordmo"] == "Norwegian Center for Overseas Aid", sides


def test_a_country_named_by_its_government_in_one_agreement_is_that_party_in_the_next() -> None:
    # "The Government of Norway and the Government of Chile signed a protocol ... Norway and Chile also signed
    # an MoU": one side by two names is one party, named by the fuller name in both agreements
    facts = facts_of("Ankara hosts the ninth meeting of the joint commission\n\nThe Government of Norway and the "
                     "Government of Chile signed a protocol on the outcome of the meeting.\n\nNorway and Chile also "
                     "signed a memorandum of understanding on cooperation in fisheries.")
    parties = {p for agreement in facts.agreements for p in agreement.parties}
    assert parties == {"Government of Norway", "Government of Chile"}, parties


def test_a_place_and_its_own_administration_stay_two_parties() -> None:
    # "Lindau region" and "Lindau Regional Administration" signing two agreements: the administration is a
    # body of its own, not the region named again
    from kg.extract.names import OrgEntry
    from kg.extract.sides import one_name_per_side
    from kg.extract.agreements import Draft

    region, office, partner = OrgEntry("Lindau", is_place=True), OrgEntry("Lindau Regional Administration"), \
        OrgEntry("Norvik Chemicals LLP")
    first, second = Draft("memorandum", None, 0), Draft("memorandum", None, 100)
    first.parties, second.parties = [region], [office, partner]
    one_name_per_side([first, second])
    assert [p.name for p in first.parties] == ["Lindau"]
    assert [p.name for p in second.parties] == ["Lindau Regional Administration", "Norvik Chemicals LLP"]
