"""The fast paths of enrichment give what the plain code gives (property tests).

Each shortcut taken for speed (a substring test before a regular expression, a compiled
matcher instead of a token scan) is compared here with the code it stands in for, on text
drawn to hit the edge cases (case, accents, dotted and dotless i, separators)."""

from __future__ import annotations

import pickle

from hypothesis import example, given, settings
from hypothesis import strategies as st

from vocabulary.eligibility import ELIGIBLE_LINE, _may_hold_line, eligibility_line
from vocabulary.matcher import _NO_LABEL, PhraseMatcher
from vocabulary.resolver import Vocabulary
from vocabulary.text import (
    STEM_LANGS,
    STEMMED_ENDINGS,
    STOPWORDS,
    stem_token,
    stem_tokens,
    tokens,
    without_stopwords,
)

_WORDS = [
    "eligible", "ELIGIBLE", "Eligibility", "éligibilité", "ÉLIGIBILITÉ", "Pays éligibles",
    "países elegibles", "PAÍSES ELEGIBLES", "elegibilidad", "countries", "parties", "elİgible",
    "elıgible", "ELİGİBİLİTY", "elegıbles", "Eligible countries", "ligib", "legib", "l'",
]  # fmt: skip
_PIECES = st.sampled_from(_WORDS) | st.text(max_size=6)
_TEXTS = st.lists(
    st.tuples(_PIECES, st.sampled_from([" ", "", ":", " : ", "\n", "  :", "-"])), max_size=8
).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=400)
@given(_TEXTS)
def test_the_line_prefilter_never_hides_a_line(text: str) -> None:
    if ELIGIBLE_LINE.search(text):
        assert _may_hold_line(text)


@given(_TEXTS)
def test_eligibility_line_is_the_regex_search(text: str) -> None:
    m = ELIGIBLE_LINE.search(text)
    assert eligibility_line({"description": {"en": text}}) == (m.group(1).strip() if m else None)


def test_the_prefilter_rejects_text_without_the_words() -> None:
    assert not _may_hold_line("Support for pesticide management in West Africa: training")
    assert _may_hold_line("Eligible countries: LDCs")
    assert _may_hold_line("ELİGİBİLİTY: all")  # dotted capital I: the regex matches it


# -- the compiled phrase matcher against the token scan ------------------------------------

# few distinct words, so that labels overlap, nest and share first tokens; plurals of each
# rule, stop words and accents so that stemming and folding matter
_LABEL_WORDS = [
    "waste", "wastes", "hazardous", "oil", "oils", "used", "pesticide", "pesticides",
    "plaguicidas", "déchets", "dangereux", "of", "the", "de", "les", "y", "animal", "animaux",
    "luz", "luces", "policy", "policies", "box", "boxes", "water", "eau", "eaux", "bus",
]  # fmt: skip
_TEXT_WORDS = [*_LABEL_WORDS, "and", "stormwater", "Waste", "WASTES", "Déchets", "x", "12"]


@st.composite
def _matcher_and_texts(draw: st.DrawFn) -> tuple[PhraseMatcher, list[str]]:
    words = _LABEL_WORDS[: draw(st.sampled_from([4, 8, 16, len(_LABEL_WORDS)]))]
    matcher = PhraseMatcher()
    labels = draw(st.lists(st.lists(st.sampled_from(words), min_size=1, max_size=4), max_size=12))
    for n, label in enumerate(labels):
        lang = draw(st.sampled_from(["en", "fr", "es", ""]))
        matcher.add(" ".join(label), f"u{n % 5}", lang)
    # texts made of labels (so that they are found, nested and overlapping) and other words
    pieces = st.sampled_from(words) | st.sampled_from(_TEXT_WORDS)
    if labels:
        pieces |= st.sampled_from([" ".join(label) for label in labels])
    texts = draw(st.lists(st.lists(pieces, max_size=20).map(" ".join), max_size=4))
    return matcher, texts


@settings(max_examples=300)
@given(_matcher_and_texts(), st.sampled_from(STEM_LANGS))
def test_compiled_occurrences_are_the_scans(
    case: tuple[PhraseMatcher, list[str]], rule: str
) -> None:
    matcher, texts = case
    for text in texts:  # several texts per matcher: the word memory is filled, then used
        folded = tokens(text)
        scanned = matcher.occurrences(stem_tokens(without_stopwords(folded), rule))
        assert matcher.content_occurrences(folded, rule) == scanned


@settings(max_examples=300)
@given(_matcher_and_texts(), st.sampled_from(STEM_LANGS), st.sampled_from([None, "en", "fr", ""]))
def test_content_counts_count_the_occurrences(
    case: tuple[PhraseMatcher, list[str]], rule: str, lang: str | None
) -> None:
    # what infer_mentions counted at each occurrence before: the set of its concepts (in a
    # label language when given), in the order first named
    matcher, texts = case
    for text in texts:
        folded = tokens(text)
        expected: dict[str, int] = {}
        for entries in matcher.content_occurrences(folded, rule):
            for uri in {u for u, ll in entries if lang is None or ll == lang}:
                expected[uri] = expected.get(uri, 0) + 1
        got = matcher.content_counts(folded, rule, lang)
        assert list(got.items()) == list(expected.items())


def _encode_word_by_word(matcher: PhraseMatcher, folded: list[str], rule: str) -> str:
    """The compiled form's encoding as it was first written: each word stemmed and looked up."""
    chars = matcher.__dict__["_compiled"].chars
    out = []
    for word in folded:
        if word in STOPWORDS:
            continue
        stem = stem_token(word, rule) if word[-1:] in STEMMED_ENDINGS else word
        out.append(chars.get(stem, _NO_LABEL))
    return "".join(out)


# words near the labels' tokens: every ending a plural rule strips or replaces, and others
_ENDINGS = ["", "s", "es", "x", "ies", "aux", "ces", "ss", "us", "is", "eaux", "y", "al", "z",
            "a", "as", "ica", "icas", "ada", "adas", "e", "ee", "ees", "euse", "ive", "elle",
            "ale", "ales"]  # fmt: skip


@settings(max_examples=300)
@given(
    _matcher_and_texts(),
    st.sampled_from(STEM_LANGS),
    st.lists(
        st.tuples(
            st.sampled_from([*_LABEL_WORDS, *STOPWORDS, "1", "12", "pol", "ani", "lu"]),
            st.integers(0, 3),
            st.sampled_from(_ENDINGS),
        ),
        max_size=30,
    ),
)
def test_the_encoding_table_is_stemming_each_word(
    case: tuple[PhraseMatcher, list[str]], rule: str, parts: list[tuple[str, int, str]]
) -> None:
    # the per-rule table built from the labels' tokens gives every word the character that
    # stemming it and looking its stem up gives (words cut and re-ended as the rules do)
    matcher, _ = case
    matcher.content_occurrences([], rule)  # builds the compiled form
    folded = [word[: len(word) - cut] + end for word, cut, end in parts]
    folded = [w for w in folded if w]
    compiled = matcher.__dict__["_compiled"]
    assert compiled.encode(folded, rule) == _encode_word_by_word(matcher, folded, rule)


def test_the_longest_label_at_a_position_wins_whatever_the_order_added() -> None:
    matcher = PhraseMatcher()
    matcher.add("waste", "u1", "en")
    matcher.add("waste water", "u2", "en")
    matcher.add("water policy", "u3", "en")
    folded = tokens("waste water policy; water policies, wastes")
    assert matcher.content_occurrences(folded, "en") == [
        [("u2", "en")],
        [("u3", "en")],
        [("u1", "en")],
    ]


def test_compiled_form_follows_added_labels_and_pickling() -> None:
    matcher = PhraseMatcher()
    matcher.add("hazardous waste", "u1", "en")
    assert matcher.content_occurrences(tokens("Hazardous wastes and waste"), "en") == [
        [("u1", "en")]
    ]
    matcher.add("waste", "u2", "en")  # a label added after the first use is found
    folded = tokens("Hazardous wastes and waste")
    assert matcher.content_occurrences(folded, "en") == [[("u1", "en")], [("u2", "en")]]
    copy = pickle.loads(pickle.dumps(matcher))  # the compiled form travels, rebuilt automaton
    assert copy.__dict__["_compiled"].words == matcher.__dict__["_compiled"].words
    assert copy.content_occurrences(folded, "en") == [[("u1", "en")], [("u2", "en")]]
    copy.add("used oil", "u3", "en")  # a label added after unpickling is found too
    assert copy.content_occurrences(tokens("used oils"), "en") == [[("u3", "en")]]


def test_compiled_tables_pickled_are_those_built_on_first_use(vocab: Vocabulary) -> None:
    """The vocabulary's cache holds the enrichment matcher's compiled form with its word
    tables built (``compile_matchers``): the same tables and the same occurrences as a
    matcher that builds them on its first text."""
    built = pickle.loads(pickle.dumps(vocab))
    built.compile_matchers()
    loaded = pickle.loads(pickle.dumps(built))
    fresh = pickle.loads(pickle.dumps(vocab))
    fresh._infer.__dict__.pop("_compiled", None)
    compiled = loaded._infer.__dict__["_compiled"]
    assert set(compiled.words) == set(STEM_LANGS)
    text = "Pesticides, hazardous wastes and POPs; gestion des déchets dangereux; plaguicidas"
    folded = tokens(text)
    for rule in STEM_LANGS:
        assert fresh._infer.content_counts(folded, rule, None) == compiled.counts(
            folded, rule, None
        )
        assert fresh._infer.__dict__["_compiled"].words[rule] == compiled.words[rule]
        assert list(fresh._infer.__dict__["_compiled"].words[rule].items()) == list(
            compiled.words[rule].items()
        )


def test_infer_mentions_counts_as_the_scan_counts(vocab: Vocabulary) -> None:
    text = (
        "Hazardous waste and used oil: a policy on hazardous wastes, pesticides and "
        "persistent organic pollutants (POPs); pesticide registration."
    )
    folded = tokens(text)
    content = without_stopwords(folded)
    for rule in STEM_LANGS:
        scanned = vocab._infer.occurrences(stem_tokens(content, rule))
        assert vocab._infer.content_occurrences(folded, rule) == scanned
    assert vocab.infer_mentions(text, "en")  # the thesaurus names some of these


@settings(max_examples=500)
@given(
    st.one_of(
        st.text(alphabet=st.characters(max_codepoint=0x7F)),  # the one-translate path
        st.text(alphabet="aZ _-'\x1c\x1fÉé\u0301ß"),
        st.text(),
    )
)
def test_tokens_are_the_split_of_the_folded_text(text: str) -> None:
    from vocabulary.text import fold, split_words

    assert tokens(text) == split_words(fold.__wrapped__(text))


# every character Windows-1252 has (the one-table path of tokens), and a few it has not
_CP1252 = "".join(
    c for c in (bytes([b]).decode("cp1252", errors="ignore") for b in range(256)) if c
)


@settings(max_examples=800)
@given(
    st.one_of(
        st.text(alphabet=_CP1252, max_size=40),
        st.text(alphabet=_CP1252 + "\u0301\u2044µß™½İı\u00a0\u2019\u3000", max_size=40),
        st.lists(
            st.sampled_from(
                [
                    "Évaluation",
                    "œuvre",
                    " – ",
                    "’",
                    "…",
                    "ÆSOP",
                    "Straße",
                    "ﬁn",
                    "½",
                    "™",
                    "año",
                    "µg",
                    "\x81",
                    " ",
                ]
            )
        ).map("".join),
    )
)
def test_the_cp1252_table_folds_and_splits_as_fold_then_split(text: str) -> None:
    from vocabulary.text import _boundary_movers, fold, folding_keeps_boundaries, split_words

    assert tokens(text) == split_words(fold.__wrapped__(text))
    keeps = text.isascii() or _boundary_movers().search(text) is None
    assert folding_keeps_boundaries(text) == keeps


@given(st.text(max_size=12), st.sampled_from(STEM_LANGS))
def test_only_words_ending_in_s_x_a_or_e_change(word: str, rule: str) -> None:
    # the compiled matcher and stem_tokens stem only those words
    if word[-1:] not in STEMMED_ENDINGS:
        assert stem_token(word, rule) == word
    assert stem_tokens([word], rule) == [stem_token(word, rule)]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["w", "word", " ", "  ", "\n", "\t", "\u00a0", "é"]), max_size=130))
def test_the_short_description_test_is_the_word_count(parts: list[str]) -> None:
    # enrich tells a short description without splitting it whole
    from vocabulary.enrich import LONG_DESCRIPTION_WORDS as n

    text = "".join(parts)
    assert (len(text.split(None, n)) <= n) == (len(text.split()) <= n)


def test_fill_unshared_takes_only_record_fields() -> None:
    import pytest

    from mappings.record import Record

    rec = Record(id="n:1", node="n", source_id="1", title={"en": "T"})
    first = rec.to_json()
    assert rec.to_json() is first  # serialised once: the store and the index share the text
    assert rec.with_changes(type="need").to_json() != first
    rec.fill_unshared({"type": "project"})
    assert rec.type == "project" and rec.to_json() != first  # the cached text is dropped
    with pytest.raises(TypeError):
        rec.fill_unshared({"colour": "red"})


def test_ligatures_fold_to_their_letters_on_every_path() -> None:
    """ "mise en œuvre" and "mise en oeuvre" are one phrase for the enrichment, the lexicon and
    the duplicates (the mappings' fold and the index's analyser already wrote them out)."""
    from vocabulary.text import fold

    assert fold("Mise en Œuvre, cœur, ÆGIS") == "mise en oeuvre, coeur, aegis"
    for text in ("Mise en Œuvre du cœur", "MISE EN ŒUVRE DU CŒUR ★"):  # cp1252 and not
        assert tokens(text)[:5] == tokens("mise en oeuvre du coeur")


def _title_heads_plain(vocab: Vocabulary, title: str, lang: str | None) -> list[str]:
    """``Vocabulary.title_heads`` as written before its shortcuts: every title split by the
    part pattern, every first word stemmed by every rule (genre words, and activity words of
    the title's own language: "Training …", "Formation aux …")."""
    from vocabulary.resolver import (
        _GENRE_FIRSTS,
        _HEAD_WORDS,
        _TITLE_PARTS,
        is_activity_head,
        is_genre_head,
    )

    out: list[str] = []
    for part in _TITLE_PARTS.split(title):
        toks = tokens(part)
        while toks and toks[0] in STOPWORDS:
            toks = toks[1:]
        if not toks or not any(
            (rule, stem_token(toks[0], rule)) in _GENRE_FIRSTS for rule in STEM_LANGS
        ):
            continue
        if vocab._longer_head_label(toks):
            continue
        for n in range(min(len(toks), _HEAD_WORDS), 0, -1):
            head = " ".join(toks[:n])
            if (n == len(toks) or toks[n] in STOPWORDS) and (
                is_genre_head(head, lang)
                or is_activity_head(head, lang, toks[n] if n < len(toks) else None)
            ):
                out.extend(u for u in vocab.label_concepts(head) if u not in out
                           and vocab.scheme_kind(u) not in ("type", "region"))  # fmt: skip
                break
    return out


_TITLE_WORDS = [
    "Guidance", "guidelines", "Manual", "manuales", "Manuel", "guía", "Guías", "handbook",
    "on", "de", "the", "The", "Un", "la", "for", "pesticides", "PFOS", "capacitación",
    "formation", "sorting", "of", "waste", "Training", "buenas", "prácticas", "Report",
]  # fmt: skip
_TITLES = st.lists(
    st.tuples(
        st.sampled_from(_TITLE_WORDS) | st.text(max_size=4),
        st.sampled_from([" ", ": ", " - ", "-", " (", ") ", "; ", " | ", " – ", "—", "\t-\n"]),
    ),
    max_size=7,
).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=300, deadline=None)
@given(_TITLES, st.sampled_from([None, "en", "fr", "es", "und", "de"]))
@example("Pesticides - Guidance", "en")
@example("Waste management (manual)", None)
@example("Sorting of waste; guidelines for the regions", "en")
@example("Plaguicidas – guía", "es")
@example("Guidance on PFOS", "en")
@example("Training ", "en")
@example("Formation aux bonnes pratiques", "fr")
def test_title_heads_shortcuts_give_the_plain_result(
    vocab: Vocabulary, title: str, lang: str | None
) -> None:
    """A title without a part mark is not split by the part pattern, and a part's first word
    is looked up in a memo of words that may start a genre head: the same concepts."""
    assert vocab.title_heads(title, lang) == _title_heads_plain(vocab, title, lang)


_SUBJECTS = st.sampled_from([
    "Pesticides", "hazardous waste management", "Déchets dangereux", "POPs", "COP",
    "Gestión de plaguicidas", "Biodiversity", "Capacity building", "mercury", "Mercurio",
    "used oils", "PCBs", "ozone layer", "", "e-waste", "Persistent organic pollutants",
]) | st.text(max_size=30)  # fmt: skip


@settings(max_examples=300)
@given(
    st.lists(st.tuples(_SUBJECTS, st.sampled_from([None, "en", "fr", "es", "und", "fr-CA"]))),
)
def test_text_mentions_are_infer_mentions_remembered(
    vocab: Vocabulary, texts: list[tuple[str, str | None]]
) -> None:
    """Enrichment reads unmapped subjects through ``text_mentions``: the concepts
    ``infer_mentions`` finds, in its order, for a text seen before as for a new one."""
    for text, lang in texts + texts:  # every text twice: the second time from the memo
        assert vocab.text_mentions(text, lang) == tuple(vocab.infer_mentions(text, lang))


def test_text_mentions_remember_short_texts_only(vocab: Vocabulary) -> None:
    from vocabulary.resolver import MENTION_MEMO_CHARS

    short, long = "Hazardous wastes", "Hazardous wastes " * (MENTION_MEMO_CHARS // 10)
    assert vocab.text_mentions(short, "en") == tuple(vocab.infer_mentions(short, "en"))
    assert vocab.text_mentions(long, "en") == tuple(vocab.infer_mentions(long, "en"))
    assert (short, "en") in vocab._mention_memo
    assert (long, "en") not in vocab._mention_memo
    assert pickle.loads(pickle.dumps(vocab))._mention_memo == {}  # not carried by the cache
