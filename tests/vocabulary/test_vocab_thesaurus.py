"""The committed project thesaurus: size, languages, schemes, regions, integrity."""

from __future__ import annotations

import pycountry

from mappings.record import RECORD_TYPES
from tests.vocabulary.helpers import TY, R, T
from vocabulary.check import check_vocabulary
from vocabulary.model import PROJECT_THESAURUS, REGION_SCHEME, TOPIC_SCHEME, TYPE_SCHEME


def test_thesaurus_passes_check_with_zero_errors_and_warnings():
    problems = check_vocabulary([PROJECT_THESAURUS])
    assert [str(p) for p in problems] == []


def test_topic_scheme_has_at_least_200_concepts(vocab):
    topics = [c for c in vocab.concepts.values() if TOPIC_SCHEME in c.schemes]
    assert len(topics) >= 200


def test_every_concept_has_en_fr_es_preflabels_and_english_definition(vocab):
    for c in vocab.concepts.values():
        assert {"en", "fr", "es"} <= set(c.pref), c.uri
        assert c.definition.get("en"), c.uri


def test_top_two_topic_levels_have_arabic_chinese_russian(vocab):
    tops = vocab.top_concepts(TOPIC_SCHEME)
    second = {n for t in tops for n in vocab.concepts[t].narrower}
    assert len(tops) >= 10
    for uri in [*tops, *second]:
        assert {"ar", "zh", "ru"} <= set(vocab.concepts[uri].pref), uri


def test_required_areas_and_individual_pops_exist(vocab):
    for cid in (
        "chemicals-waste",
        "pops",
        "ddt",
        "pcbs",
        "dioxins-furans",
        "pfos",
        "lindane",
        "mercury",
        "asgm",
        "dental-amalgam",
        "mercury-added-products",
        "hhps",
        "ipm",
        "pesticide-residues",
        "e-waste",
        "ulab",
        "lmos",
        "gmos",
        "lmo-risk-assessment",
        "lmo-detection",
        "socio-economic",
        "liability-redress",
        "protected-areas",
        "invasive-alien-species",
        "abs",
        "traditional-knowledge",
        "capacity-building",
        "technology-transfer",
        "training",
        "legislation",
        "risk-assessment",
        "laboratories",
        "customs",
        "grants",
        "loans",
        "technical-assistance",
        "in-kind-support",
        "public-awareness",
        "financial-support",
        "expertise",
        "equipment",
    ):
        assert T + cid in vocab.concepts, cid
    assert T + "pops" in vocab.concepts[T + "ddt"].broader
    assert T + "ddt" in vocab.concepts[T + "pops"].narrower


def test_acronyms_in_each_language(vocab):
    pops = vocab.concepts[T + "pops"]
    assert "POPs" in pops.alt["en"]
    assert "POP" in pops.alt["fr"]
    assert "COP" in pops.alt["es"]
    gmos = vocab.concepts[T + "gmos"]
    assert "GMO" in gmos.alt["en"]
    assert "OGM" in gmos.alt["fr"]
    assert "OGM" in gmos.alt["es"]
    assert "OVM" in vocab.concepts[T + "lmos"].alt["fr"]


def test_type_scheme_has_the_eleven_record_types(vocab):
    types = {c.notation[0] for c in vocab.concepts.values() if TYPE_SCHEME in c.schemes}
    assert types == set(RECORD_TYPES)
    for rid in RECORD_TYPES:
        c = vocab.concepts[TY + rid]
        assert {"en", "fr", "es", "ar", "zh", "ru"} <= set(c.pref)


def test_regions_cover_un_m49_members(vocab):
    regions = [c for c in vocab.concepts.values() if REGION_SCHEME in c.schemes]
    members = {cc for c in regions for cc in c.member_countries}
    assert len(members) >= 240
    assert all(pycountry.countries.get(alpha_2=cc) for cc in members)
    assert vocab.regions_for_country("SN") == [
        R + "western-africa",
        R + "sub-saharan-africa",
        R + "africa",
        R + "sahel",  # not an M49 region: after the M49 chain
    ]
    assert vocab.regions_for_country("br")[:3] == [
        R + "south-america",
        R + "latin-america-caribbean",
        R + "americas",
    ]
    assert vocab.regions_for_country("FR") == [R + "western-europe", R + "europe"]
    assert vocab.regions_for_country("ZZ") == []


def test_external_matches_only_to_verified_namespaces(vocab):
    allowed = ("http://rdfdata.eionet.europa.eu/inspirethemes/themes/",)
    targets = [t for c in vocab.concepts.values() for ts in c.matches.values() for t in ts]
    external = [t for t in targets if t not in vocab.concepts]
    assert external, "some verified mappings are expected"
    assert all(t.startswith(allowed) for t in external)


def test_internal_equivalences_are_exact_matches_both_ways(vocab):
    # GMO/OGM and LMO/OVM are one idea for a reader: a search for one finds both
    gmos, lmos = vocab.uri_for("gmos"), vocab.uri_for("lmos")
    assert vocab.equivalents(gmos) == {lmos}
    assert vocab.equivalents(lmos) == {gmos}
    for c in vocab.concepts.values():
        for t in c.matches.get("exactMatch", ()):
            if t in vocab.concepts:
                assert c.uri in vocab.concepts[t].matches.get("exactMatch", ()), (c.uri, t)


def test_a_concept_defined_as_a_kind_of_pesticide_is_narrower_of_it(vocab):
    # the hierarchy says what the definitions say: a POP that is "an organochlorine
    # insecticide" is found by "pesticides" / "insecticidas" as well as by "POPs"
    kinds = {"insecticide": "insecticides", "fungicide": "fungicides", "pesticide": "pesticides"}
    for c in vocab.concepts.values():
        if TOPIC_SCHEME not in c.schemes:
            continue
        first = c.definition.get("en", "").split(",")[0].split(" listed")[0].lower()
        for word, parent in kinds.items():
            if first.startswith(("a ", "an ")) and first.split()[-1] == word:
                assert T + parent in vocab.broader_closure(c.uri), c.uri
    assert T + "pesticides" in vocab.broader_closure(T + "heptachlor")
    assert T + "pesticides" in vocab.broader_closure(T + "hexachlorobenzene")


def test_hierarchy_is_kind_of(vocab):
    # hazardous waste is waste ("waste" / "residuos" / "déchets" name waste management);
    # guidelines are no kind of training; not every obsolete pesticide is a POP (related)
    assert T + "waste-management" in vocab.broader_closure(T + "hazardous-waste")
    assert T + "guidelines" not in vocab.narrower_closure(T + "training")
    assert T + "pops" not in vocab.broader_closure(T + "obsolete-pesticides")
    assert T + "pops-stockpiles" in vocab.concepts[T + "obsolete-pesticides"].related


def test_document_genres_and_best_practices_are_record_types_not_topics(vocab):
    # a dissertation or a book chapter is a kind of document, not a record about guidelines;
    # best practices are case studies (lessons from experience)
    genres = (
        *("dissertation", "book chapter", "conference proceedings", "lecture notes"),
        *("technical report", "best practices", "bonnes pratiques", "buenas prácticas"),
    )
    for label in genres:
        uris = vocab.label_concepts(label)
        assert uris and all(u.startswith(TY) for u in uris), (label, uris)
    assert vocab.label_concepts("déchets biomédicaux") == vocab.label_concepts("medical waste")


def test_used_lead_acid_batteries_are_waste_batteries_and_bt_cotton_a_gm_crop(vocab):
    # "used batteries" / "pilas usadas" are labels of waste batteries; a used lead-acid
    # battery is one (Basel: waste lead-acid batteries); Bt cotton is one GM crop, not all
    assert T + "ulab" in vocab.narrower_closure(T + "waste-batteries")
    assert T + "bt-cotton" in vocab.narrower_closure(T + "gm-crops")
    assert vocab.label_concepts("coton Bt") == [T + "bt-cotton"]
    assert T + "gm-crops" not in vocab.label_concepts("Bt cotton")
    # marine litter is waste at sea, not all plastic waste (nor all plastic waste marine)
    assert vocab.label_concepts("basura marina") == [T + "marine-litter"]
    assert T + "marine-litter" not in vocab.narrower_closure(T + "plastic-waste")
    assert T + "plastic-waste" not in vocab.narrower_closure(T + "marine-litter")
    # a poison centre is a service about poisoning, not every record about poisoning
    assert vocab.label_concepts("centre antipoison") == [T + "poison-centres"]
    assert T + "poison-centres" in vocab.narrower_closure(T + "poisoning")
    # a Stockholm national implementation plan is one of the national action plans "required
    # by the conventions" (the definition of national policies and action plans)
    assert T + "national-implementation-plans" in vocab.narrower_closure(T + "action-plans")


def test_a_narrower_thing_is_no_label_of_its_broader_concept(vocab):
    # each of these was a label of the broader concept, so a query for the narrower thing
    # answered every record of the broader one (bench/README.md, the twelfth set's round)
    narrower_of = {
        "soil biodiversity": "soil-health",
        "biodiversité des sols": "soil-health",
        "proficiency testing": "quality-assurance",
        "accréditation": "quality-assurance",
        "Kigali Amendment": "montreal-protocol",
        "lait maternel": "biomonitoring",
    }
    for label, broader in narrower_of.items():
        uris = vocab.label_concepts(label)
        assert uris and T + broader not in uris, (label, uris)
        assert all(T + broader in vocab.broader_closure(u) for u in uris), (label, uris)
    # a seed is no plant genetic resource by itself, a guide no kind of law, a crop said to
    # be drought-tolerant no record about drought
    assert T + "seeds" not in vocab.narrower_closure(T + "pgrfa")
    assert vocab.label_concepts("semillas") == [T + "seeds"]
    assert T + "guidelines" not in vocab.narrower_closure(T + "legislation")
    assert T + "drought" not in vocab.label_concepts("tolerante a la sequía")
    assert T + "drought-tolerant-varieties" not in vocab.narrower_closure(T + "drought")


def test_the_twelfth_rounds_families_join_their_languages(vocab):
    # the same idea in English, French and Spanish, acronyms included, is one concept
    for group in (
        ("IWRM", "GIRH", "gestion intégrée des ressources en eau"),
        ("river basin organisations", "organismes de bassin", "consejos de cuenca"),
        ("caves and karst", "grottes", "cuevas"),
        ("online wildlife trade", "cybercriminalité", "comercio de fauna en línea"),
        ("environmental prosecutors", "procureurs", "fiscales ambientales"),
        ("farmers' seeds", "semences paysannes", "semillas nativas"),
        ("eco-schools", "éco-écoles", "ecoescuelas"),
        ("drought early warning", "alerte précoce à la sécheresse", "alerta temprana de sequía"),
    ):
        found = [set(vocab.label_concepts(label)) for label in group]
        assert all(found) and all(f == found[0] for f in found), (group, found)
    # basin organisations are an instrument of IWRM, farmers' seeds plant genetic resources
    assert T + "river-basin-organisations" in vocab.narrower_closure(T + "iwrm")
    assert T + "farmers-seeds" in vocab.narrower_closure(T + "pgrfa")
    assert T + "environmental-prosecutors" in vocab.narrower_closure(T + "environmental-justice")
