"""British and American spellings of one English word.

English text written in the United Kingdom, at the United Nations (Oxford spelling) and in the
United States spells the same word several ways: *fertilisers* / *fertilizers*,
*digitisation* / *digitization*, *analyse* / *analyze*, *colour* / *color*, *centre* /
*center*, *labelling* / *labeling*, *sulphur* / *sulfur*, *haemorrhagic* / *hemorrhagic*.
The English stemmer keeps them apart (*fertilis* and *fertil*, *labell* and *label*), so a
search for one misses the records written the other way. :func:`english_spellings` gives the
other spellings of a word by the regular correspondences and a short list of words that
change otherwise; the search looks for them in English text as the word itself
(:func:`index.query.parse_text`), and English translations of the lexicon get them too.

A rule may produce a form no one writes (*advize* from *advise*, *haemisphere* from
*hemisphere*): such a form matches nothing and costs one lookup. The rules never reach a
different word that exists: the *-ise* / *-ize* rule needs three letters before the ending
(*prise* / *prize*, *seize* and *size* stay as they are), and the words whose spelling
changes otherwise are listed with their endings.
"""

from __future__ import annotations

import re
from functools import lru_cache

_IZE = re.compile(
    r"^([a-z]{3,})i([sz])(e|es|ed|ing|er|ers|ation|ations|ational|able|ement|ements)$"
)
"""organise / organize, fertilisers / fertilizers, digitisation / digitization."""

_ISE_WHOLE = frozenset(
    ("raise", "rise", "arise", "prise", "wise", "noise", "poise", "guise", "anise", "vise")
)
"""Short words whose *-ise* is no *-ize* suffix (as whole words only: *summarise* and
*organise* end like *arise* and *anise*)."""

_ISE_ENDS = (
    "sunrise", "uprise", "fundraise", "praise", "otherwise", "likewise", "clockwise", "cruise",
    "bruise", "disguise", "expertise", "enterprise", "exercise", "franchise", "merchandise",
    "premise", "promise", "surprise", "concise", "precise", "advertise", "advise", "revise",
    "supervise", "televise", "comprise", "despise", "devise", "improvise", "incise",
    "excise", "chastise", "treatise", "demise", "paradise", "valise", "reprise", "surmise",
    "circumcise",
)  # fmt: skip
"""Words whose *-ise* is no *-ize* suffix, alone or ending a longer word (*fundraising*,
*enterprises*, *advised*): never respelt."""


_YZE = re.compile(r"^([a-z]{2,})y([sz])(e|es|ed|ing|er|ers|able)$")
"""analyse / analyze, catalysed / catalyzed, hydrolysing / hydrolyzing."""

_WORDS: tuple[tuple[str, str], ...] = (
    ("colour", "color"), ("labour", "labor"), ("behaviour", "behavior"),
    ("harbour", "harbor"), ("favour", "favor"), ("flavour", "flavor"), ("honour", "honor"),
    ("humour", "humor"), ("rumour", "rumor"), ("vapour", "vapor"), ("odour", "odor"),
    ("tumour", "tumor"), ("neighbour", "neighbor"), ("savour", "savor"),
    ("endeavour", "endeavor"), ("armour", "armor"), ("vigour", "vigor"), ("rigour", "rigor"),
    ("mould", "mold"), ("moult", "molt"), ("smoulder", "smolder"), ("plough", "plow"),
    ("centre", "center"), ("metre", "meter"), ("litre", "liter"), ("fibre", "fiber"),
    ("theatre", "theater"), ("calibre", "caliber"), ("sombre", "somber"),
    ("lustre", "luster"), ("meagre", "meager"), ("manoeuvre", "maneuver"),
    ("catalogue", "catalog"), ("dialogue", "dialog"), ("analogue", "analog"),
    ("programme", "program"), ("defence", "defense"), ("licence", "license"),
    ("offence", "offense"), ("grey", "gray"), ("aluminium", "aluminum"),
    ("ageing", "aging"), ("judgement", "judgment"), ("acknowledgement", "acknowledgment"),
    ("artefact", "artifact"), ("sceptic", "skeptic"), ("enrol", "enroll"),
    ("fulfil", "fulfill"), ("instil", "instill"), ("skilful", "skillful"),
    ("wilful", "willful"), ("jewellery", "jewelry"), ("pyjama", "pajama"),
    ("mollusc", "mollusk"), ("yoghurt", "yogurt"), ("aeroplane", "airplane"),
    ("fiord", "fjord"),
)  # fmt: skip
"""Whole words spelt otherwise, British first, each also with the endings of
:data:`_ENDINGS` (*colours*, *coloured*, *centres*, *kilometres*)."""

_ENDINGS = ("", "s", "es", "ed", "ing", "ful", "less", "ist", "ists", "ation", "ations",
            "er", "ers", "al", "ly", "ment", "ments", "ite", "ites")  # fmt: skip

_UNIT_PREFIXES = ("kilo", "centi", "milli", "micro", "nano", "deci", "hecto")
"""Prefixes a unit keeps in both spellings (*kilometres* / *kilometers*, *millilitre*)."""

_STARTS: tuple[tuple[str, str], ...] = (
    ("haem", "hem"), ("anaem", "anem"), ("leukaem", "leukem"), ("paediatr", "pediatr"),
    ("orthopaed", "orthoped"), ("encyclopaed", "encycloped"), ("palaeo", "paleo"),
    ("oesoph", "esoph"), ("oestr", "estr"), ("oedem", "edem"), ("foet", "fet"),
    ("faec", "fec"), ("caesium", "cesium"), ("amoeb", "ameb"), ("diarrhoe", "diarrhe"),
    ("gynaec", "gynec"), ("anaesth", "anesth"), ("mediaev", "mediev"), ("sulph", "sulf"),
    ("oenolog", "enolog"),
)  # fmt: skip
"""Beginnings spelt otherwise (*haemorrhagic* / *hemorrhagic*, *sulphate* / *sulfate*,
*oestrogen* / *estrogen*), British first."""

_DOUBLE_L = (
    "label", "model", "travel", "level", "signal", "channel", "fuel", "cancel", "total",
    "counsel", "dial", "marshal", "pedal", "quarrel", "tunnel", "funnel", "shovel", "rival",
    "equal", "panel", "barrel", "parcel", "pencil", "snorkel", "kernel",
)  # fmt: skip
"""Verbs whose final l doubles in British English before -ed, -ing, -er (*labelled* /
*labeled*, *modelling* / *modeling*, *signalling* / *signaling*)."""

_DOUBLE_L_RE = re.compile(r"^(" + "|".join(_DOUBLE_L) + r")(l?)(ed|ing|er|ers)$")

MIN_LENGTH = 4
"""Shorter words are never respelt."""


@lru_cache(maxsize=50_000)
def english_spellings(word: str) -> tuple[str, ...]:
    """The other British or American spellings of one lowercase English word (folded, no
    accents), the word itself not included; ``()`` when it is spelt one way only."""
    if len(word) < MIN_LENGTH or not word.isascii() or not word.isalpha():
        return ()
    out: list[str] = []
    m = _IZE.match(word)
    if m and not _ise_word(m[1] + "ise"):
        out.append(f"{m[1]}i{'z' if m[2] == 's' else 's'}{m[3]}")
    m = _YZE.match(word)
    if m:
        out.append(f"{m[1]}y{'z' if m[2] == 's' else 's'}{m[3]}")
    m = _DOUBLE_L_RE.match(word)
    if m:
        out.append(f"{m[1]}{'' if m[2] else 'l'}{m[3]}")
    for british, american in _WORDS:
        out.extend(_swap_word(word, british, american))
        out.extend(_swap_word(word, american, british))
    for british, american in _STARTS:
        if word.startswith(british):
            out.append(american + word[len(british) :])
        elif word.startswith(american):
            out.append(british + word[len(american) :])
    return tuple(dict.fromkeys(w for w in out if w != word))


def _ise_word(base: str) -> bool:
    """True when ``base`` (a word's stem + *-ise*) is a word of :data:`_ISE_WHOLE` or ends
    with one of :data:`_ISE_ENDS`."""
    return base in _ISE_WHOLE or base.endswith(_ISE_ENDS)


def _swap_word(word: str, this: str, that: str) -> list[str]:
    """``word`` with ``this`` (a whole word of :data:`_WORDS`, after a unit prefix at most,
    with one of :data:`_ENDINGS` after it) written ``that``."""
    for prefix in ("", *_UNIT_PREFIXES):
        if not word.startswith(prefix + this):
            continue
        rest = word[len(prefix) + len(this) :]
        if this.endswith("re") and rest == "d":  # centred / centered
            return [prefix + that + "ed"]
        if that.endswith("re") and rest == "ed":
            return [prefix + that + "d"]
        if rest in _ENDINGS:
            return [prefix + that + rest]
    return []


def with_spellings(text: str) -> tuple[str, ...]:
    """The other spellings of a text of one or more words: each word respelt where it can be
    (one text with every such word respelt the first way), ``()`` when none is."""
    words = text.split()
    spelt = [english_spellings(w.lower()) for w in words]
    if not any(spelt):
        return ()
    if len(words) == 1:
        return spelt[0]
    return (" ".join(s[0] if s else w for s, w in zip(spelt, words, strict=True)),)
