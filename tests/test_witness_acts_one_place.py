"""What a witness does ("attended", "presided", "graced") is one list, in witnesses.yaml: the patterns
that end a list of names or a clause at a witness's act read it from there, never spell it themselves."""
from __future__ import annotations

import re
from pathlib import Path

from source_literals import string_literals
from kg.knowledge import knowledge

_ROOT = Path(__file__).resolve().parent.parent
_ACTS = sorted(knowledge("en").witness_act_words)


def test_no_extractor_module_spells_the_witness_acts_itself() -> None:
    # two acts in one pattern are a list the file should give: such lists, spelled by hand, had come to
    # differ from pass to pass ("hosted" ended a passive's place in one, nothing in the others)
    word = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
    spelled = [f"{path.relative_to(_ROOT)}:{line}: {sorted(found)}"
               for path in sorted((_ROOT / "kg" / "extract").glob("*.py")) for line, literal in string_literals(path)
               if len(found := set(word.findall(literal)) & set(_ACTS)) >= 2]
    assert not spelled, "\n".join(spelled)
