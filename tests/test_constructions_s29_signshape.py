"""Signers read in signing sentences of unusual shapes, twenty-ninth session (invented names and texts)."""
from __future__ import annotations

from invented import signers_of


def test_those_who_led_the_exchange_of_the_document_signed_it() -> None:
    # "A and B led the exchange of the memorandum": the two who exchanged it signed it
    signers = signers_of("Norland and Lindau signed a memorandum of cooperation on coastal safety on Monday. "
                         "Norland Coast Guard Commandant Anna Berg and Lindau Fisheries Director Li Ming led the "
                         "exchange of the memorandum of cooperation.")
    assert {"Anna Berg", "Li Ming"} <= set(signers), signers


def test_the_one_who_headed_the_signing_of_an_agreement_signed_it() -> None:
    # "A headed the signing of an agreement between X and Y" (not "presided over", a witness's part)
    signers = signers_of("On Thursday former premier Tom Hale headed the signing of a partnership agreement "
                         "between the Norvik Foundation and Lindau University.")
    assert "Tom Hale" in signers, signers


def test_those_who_visited_to_sign_an_agreement_signed_it() -> None:
    # "A and B visited X to sign the framework agreement": a coming together done, whose purpose was the signing;
    # "is due to sign" is only a plan
    signers = signers_of("On the afternoon of March 14, Anna Berg, the Party Secretary of Norvik District, and "
                         "Li Ming, the director of Norvik District, visited Lakeside University to sign the "
                         "framework agreement on strategic cooperation.")
    assert {"Anna Berg", "Li Ming"} <= set(signers), signers
    planned = signers_of("The framework agreement was signed on Monday. Mayor Tom Hale is due to sign the "
                         "memorandum of understanding with Lakeside University next year.")
    assert "Tom Hale" not in planned, planned
