"""``Vocabulary.forget_lookups``: a harvest process forgets the words of each run's records
(its memory must not grow node after node), and every answer stays the same."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vocabulary import resolver, text
from vocabulary.resolver import Vocabulary

SUBJECTS = ["POPs; mercury", "plaguicidas", "BIOSÉCURITÉ", "déchets dangereux",
            "Produits chimiques -- gestion", "capacity building", "unknown local term"]  # fmt: skip
TITLES = [
    ("Rapport national sur les polluants organiques persistants au Sénégal", "fr"),
    ("Guidelines on the environmentally sound management of mercury wastes", "en"),
    ("Evaluación de riesgos de los plaguicidas en humedales", "es"),
]


def _answers(vocab: Vocabulary, subjects: list[str], titles: list[tuple[str, str]]) -> list:
    out: list = [vocab.resolve(s, lang) for s in subjects for lang in (None, "en", "fr")]
    out += [vocab.infer(t, lang) for t, lang in titles]
    out += [text.stem_tokens(text.tokens(t), lang) for t, lang in titles]
    out += [text.stem_key(text.key(s), "fr") for s in subjects]
    return out


def _remembered(vocab: Vocabulary) -> dict[str, int]:
    names = ("key", "stem_token", "stem_key", "_fold_short", "_fold_long")
    caches = {name: getattr(text, name).cache_info().currsize for name in names}
    caches["stemmed"] = sum(len(d) for d in text._STEMMED.values())
    caches["genre words"] = len(resolver._GENRE_FIRST_WORDS)
    for memo in ("_memo", "_part_memo", "_mention_memo"):
        caches[memo] = len(getattr(vocab, memo))
    return caches


def test_forgetting_empties_every_lookup_cache_and_keeps_the_answers(vocab: Vocabulary) -> None:
    before = _answers(vocab, SUBJECTS, TITLES)
    assert all(_remembered(vocab)[k] > 0 for k in ("key", "stem_key", "stemmed", "_memo"))
    concepts = len(vocab)
    vocab.forget_lookups()
    assert set(_remembered(vocab).values()) == {0}
    assert len(vocab) == concepts  # the vocabulary itself stays
    assert _answers(vocab, SUBJECTS, TITLES) == before


def test_a_stem_dict_read_before_forgetting_is_left_whole(vocab: Vocabulary) -> None:
    # another run's thread may be between reading its language's dict and reading it again
    text.stem_tokens(["pesticides", "dechets"], "fr")
    held = text._STEMMED["fr"]
    vocab.forget_lookups()
    assert (held["pesticides"], held["dechets"]) == ("pesticide", "dechet")
    assert text._STEMMED["fr"] is not held and text._STEMMED["fr"] == {}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(SUBJECTS) | st.text(min_size=1, max_size=30), min_size=1, max_size=6),
    st.lists(
        st.tuples(st.text(min_size=1, max_size=80), st.sampled_from(["en", "fr", "es"])),
        max_size=4,
    ),
)
def test_answers_are_the_same_warm_and_after_forgetting(
    vocab: Vocabulary, subjects: list[str], titles: list[tuple[str, str]]
) -> None:
    warm = _answers(vocab, subjects, titles)
    again = _answers(vocab, subjects, titles)  # from the caches
    vocab.forget_lookups()
    assert _answers(vocab, subjects, titles) == warm == again
