"""Constants shared by the vocabulary tests."""

from pathlib import Path

SKOS_FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "skos"
OAI_FIXTURES = SKOS_FIXTURES.parent / "oai-pmh"
T = "https://vocab.chm.example.org/topic/"
R = "https://vocab.chm.example.org/region/"
TY = "https://vocab.chm.example.org/type/"
