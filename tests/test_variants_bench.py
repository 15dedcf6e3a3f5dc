"""The phrasing variants (data/variants/en.yaml) and the bench that reads them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FACTS = {"date", "place", "signatures", "post", "witnesses", "parties", "agreements", "areas"}


def test_every_variant_names_a_fact_a_text_and_what_to_read() -> None:
    cases = yaml.safe_load((ROOT / "data" / "variants" / "en.yaml").read_text(encoding="utf-8"))
    assert len(cases) >= 300
    for case in cases:
        assert set(case) == {"fact", "text", "want"}, case
        assert case["fact"] in FACTS and case["text"].strip(), case


def test_the_bench_counts_what_kg_reads_and_lists_what_it_misses(tmp_path: Path) -> None:
    variants = tmp_path / "v.yaml"
    variants.write_text(yaml.safe_dump([
        {"fact": "place", "text": "Lakeside University and the Kisumu Institute signed an MoU in Nairobi on Monday.",
         "want": "Nairobi"},
        {"fact": "place", "text": "Lakeside University and the Kisumu Institute signed an MoU on Monday.",
         "want": "Nairobi"},  # (no place written: missed)
    ]), encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "variants.py"), "-v", str(variants)],
                         capture_output=True, text=True, check=True)
    assert "MISSED place" in run.stdout
    assert run.stdout.splitlines()[-1].split() == ["all", "1", "2"]


def test_an_unreadable_variants_file_is_one_line_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- fact: [unclosed\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "variants.py"), str(bad)], capture_output=True, text=True)
    assert run.returncode == 2 and str(bad) in run.stderr and len(run.stderr.strip().splitlines()) == 1
