"""Interface strings in English, French and Spanish, and the user's language.

Where it sits: ``search_api.pages`` (and the offline export) render every visible word through
:func:`translator`; record *content* stays in its own languages and is picked with
:func:`mappings.record.pick_lang`. Country and language names come from pycountry's ISO
translations, so they need no table here.

The user's language is, in order: ``?lang=`` (a switch, remembered in the ``chm_lang``
cookie), the cookie, the ``Accept-Language`` header, English.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import lru_cache

from starlette.requests import Request

LANGS: tuple[str, ...] = ("en", "fr", "es")
LANG_NAMES = {"en": "English", "fr": "Français", "es": "Español"}
COOKIE = "chm_lang"

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "site_name": "Clearing-house search",
        "tagline": "Projects, guidance, sources of support and contact points from every node",
        "skip": "Skip to results",
        "search_label": "Search records",
        "search_placeholder": "e.g. mercury, plaguicidas, gestion des déchets",
        "search_button": "Search",
        "filters": "Filters",
        "active_filters": "Active filters",
        "remove_filter": "Remove filter",
        "clear_all": "Clear all",
        "results": "{n} records",
        "results_one": "1 record",
        "no_results": "No record matches this search. Try fewer words or remove a filter.",
        "sort": "Sort by",
        "sort_relevance": "Relevance",
        "sort_date_desc": "Newest first",
        "sort_date_asc": "Oldest first",
        "apply": "Apply",
        "year_from": "From year",
        "eligible_for": "Open to my country",
        "field_eligible": "Open to",
        "eligible_all": "every country",
        "eligible_hint": "country, e.g. Ghana or GH",
        "year_to": "To year",
        "facet_type": "Record type",
        "facet_country": "Country",
        "facet_region": "Region",
        "facet_language": "Language",
        "facet_concept": "Topic",
        "facet_node": "Node",
        "facet_year": "Year",
        "facet_status": "Project status",
        "facet_publisher_country": "Publisher's country",
        "status_completed": "Completed",
        "status_ongoing": "Ongoing",
        "status_planned": "Planned",
        "more": "More",
        "pagination": "Pages",
        "previous": "Previous",
        "next": "Next",
        "page_n": "Page {n}",
        "chart_country": "Records per country",
        "chart_year": "Records per year",
        "language": "Language",
        "export": "Export these results",
        "record": "Record",
        "back": "Back to search",
        "source_link": "Open at the source",
        "field_title": "Title",
        "field_description": "Description",
        "field_type": "Type",
        "field_creators": "Creators",
        "field_publisher": "Publisher",
        "field_subjects": "Subjects",
        "field_concepts": "Topics",
        "field_countries": "Countries",
        "field_regions": "Regions",
        "field_languages": "Languages",
        "field_date": "Date",
        "field_status": "Status",
        "field_identifiers": "Identifiers",
        "field_rights": "Rights",
        "field_node": "Node",
        "field_source_id": "Identifier at the source",
        "field_source_datestamp": "Changed at the source",
        "field_harvested_at": "Harvested",
        "same_node": "More from this node",
        "matches_offers": "Offers of support that could answer this need",
        "matches_needs": "Needs this offer could answer",
        "also_published_by": "Also published by",
        "collapse_copies": "One result per item published by several nodes",
        "other_databases": "Related records in other databases",
        "same_identifiers": "Records sharing an identifier",
        "deleted": "This record was withdrawn by its source.",
        "formats": "Other formats",
        "not_found": "There is no record with this identifier.",
        "error": "Something went wrong",
        "api": "API",
        "footer": "Data harvested from the national nodes of the network.",
        "offline_title": "Offline copy",
        "offline_note": "Works without Internet. Generated {date}.",
        "all": "All",
        "filter_text": "Filter by word",
        "showing": "Showing {shown} of {n}",
        "show_more": "Show more",
        "suggestions": "Suggestions",
        "untitled": "(untitled)",
    },
    "fr": {
        "site_name": "Recherche du centre d'échange",
        "tagline": "Projets, guides, sources d'appui et points focaux de tous les nœuds",
        "skip": "Aller aux résultats",
        "search_label": "Rechercher des fiches",
        "search_placeholder": "ex. mercure, pesticides, gestión de residuos",
        "search_button": "Rechercher",
        "filters": "Filtres",
        "active_filters": "Filtres actifs",
        "remove_filter": "Retirer le filtre",
        "clear_all": "Tout effacer",
        "results": "{n} fiches",
        "results_one": "1 fiche",
        "no_results": "Aucune fiche ne correspond. Essayez moins de mots ou retirez un filtre.",
        "sort": "Trier par",
        "sort_relevance": "Pertinence",
        "sort_date_desc": "Plus récentes d'abord",
        "sort_date_asc": "Plus anciennes d'abord",
        "apply": "Appliquer",
        "year_from": "De l'année",
        "eligible_for": "Ouvert à mon pays",
        "field_eligible": "Ouvert à",
        "eligible_all": "tous les pays",
        "eligible_hint": "pays, p. ex. Ghana ou GH",
        "year_to": "À l'année",
        "facet_type": "Type de fiche",
        "facet_country": "Pays",
        "facet_region": "Région",
        "facet_language": "Langue",
        "facet_concept": "Thème",
        "facet_node": "Nœud",
        "facet_year": "Année",
        "facet_status": "État du projet",
        "facet_publisher_country": "Pays de l'éditeur",
        "status_completed": "Achevé",
        "status_ongoing": "En cours",
        "status_planned": "Prévu",
        "more": "Plus",
        "pagination": "Pages",
        "previous": "Précédente",
        "next": "Suivante",
        "page_n": "Page {n}",
        "chart_country": "Fiches par pays",
        "chart_year": "Fiches par année",
        "language": "Langue",
        "export": "Exporter ces résultats",
        "record": "Fiche",
        "back": "Retour à la recherche",
        "source_link": "Ouvrir à la source",
        "field_title": "Titre",
        "field_description": "Description",
        "field_type": "Type",
        "field_creators": "Auteurs",
        "field_publisher": "Éditeur",
        "field_subjects": "Sujets",
        "field_concepts": "Thèmes",
        "field_countries": "Pays",
        "field_regions": "Régions",
        "field_languages": "Langues",
        "field_date": "Date",
        "field_status": "Statut",
        "field_identifiers": "Identifiants",
        "field_rights": "Droits",
        "field_node": "Nœud",
        "field_source_id": "Identifiant à la source",
        "field_source_datestamp": "Modifiée à la source",
        "field_harvested_at": "Moissonnée",
        "same_node": "Autres fiches de ce nœud",
        "matches_offers": "Offres d'appui qui pourraient répondre à ce besoin",
        "matches_needs": "Besoins auxquels cette offre pourrait répondre",
        "also_published_by": "Également publié par",
        "collapse_copies": "Un seul résultat par fiche publiée par plusieurs nœuds",
        "other_databases": "Fiches liées dans d'autres bases de données",
        "same_identifiers": "Fiches partageant un identifiant",
        "deleted": "Cette fiche a été retirée par sa source.",
        "formats": "Autres formats",
        "not_found": "Aucune fiche ne porte cet identifiant.",
        "error": "Une erreur est survenue",
        "api": "API",
        "footer": "Données moissonnées auprès des nœuds nationaux du réseau.",
        "offline_title": "Copie hors ligne",
        "offline_note": "Fonctionne sans Internet. Générée le {date}.",
        "all": "Tous",
        "filter_text": "Filtrer par mot",
        "showing": "{shown} sur {n}",
        "show_more": "Afficher plus",
        "suggestions": "Suggestions",
        "untitled": "(sans titre)",
    },
    "es": {
        "site_name": "Búsqueda del mecanismo de facilitación",
        "tagline": "Proyectos, guías, fuentes de apoyo y puntos focales de todos los nodos",
        "skip": "Ir a los resultados",
        "search_label": "Buscar registros",
        "search_placeholder": "p. ej. mercurio, pesticides, waste management",
        "search_button": "Buscar",
        "filters": "Filtros",
        "active_filters": "Filtros activos",
        "remove_filter": "Quitar filtro",
        "clear_all": "Quitar todos",
        "results": "{n} registros",
        "results_one": "1 registro",
        "no_results": "Ningún registro coincide. Pruebe con menos palabras o quite un filtro.",
        "sort": "Ordenar por",
        "sort_relevance": "Relevancia",
        "sort_date_desc": "Más recientes primero",
        "sort_date_asc": "Más antiguos primero",
        "apply": "Aplicar",
        "year_from": "Desde el año",
        "eligible_for": "Abierto a mi país",
        "field_eligible": "Abierto a",
        "eligible_all": "todos los países",
        "eligible_hint": "país, p. ej. Ghana o GH",
        "year_to": "Hasta el año",
        "facet_type": "Tipo de registro",
        "facet_country": "País",
        "facet_region": "Región",
        "facet_language": "Idioma",
        "facet_concept": "Tema",
        "facet_node": "Nodo",
        "facet_year": "Año",
        "facet_status": "Estado del proyecto",
        "facet_publisher_country": "País del editor",
        "status_completed": "Finalizado",
        "status_ongoing": "En curso",
        "status_planned": "Previsto",
        "more": "Más",
        "pagination": "Páginas",
        "previous": "Anterior",
        "next": "Siguiente",
        "page_n": "Página {n}",
        "chart_country": "Registros por país",
        "chart_year": "Registros por año",
        "language": "Idioma",
        "export": "Exportar estos resultados",
        "record": "Registro",
        "back": "Volver a la búsqueda",
        "source_link": "Abrir en la fuente",
        "field_title": "Título",
        "field_description": "Descripción",
        "field_type": "Tipo",
        "field_creators": "Autores",
        "field_publisher": "Editor",
        "field_subjects": "Materias",
        "field_concepts": "Temas",
        "field_countries": "Países",
        "field_regions": "Regiones",
        "field_languages": "Idiomas",
        "field_date": "Fecha",
        "field_status": "Estado",
        "field_identifiers": "Identificadores",
        "field_rights": "Derechos",
        "field_node": "Nodo",
        "field_source_id": "Identificador en la fuente",
        "field_source_datestamp": "Modificado en la fuente",
        "field_harvested_at": "Cosechado",
        "same_node": "Más registros de este nodo",
        "matches_offers": "Ofertas de apoyo que podrían responder a esta necesidad",
        "matches_needs": "Necesidades que esta oferta podría atender",
        "also_published_by": "También publicado por",
        "collapse_copies": "Un solo resultado por registro publicado por varios nodos",
        "other_databases": "Registros relacionados en otras bases de datos",
        "same_identifiers": "Registros que comparten un identificador",
        "deleted": "Este registro fue retirado por su fuente.",
        "formats": "Otros formatos",
        "not_found": "No hay ningún registro con este identificador.",
        "error": "Algo salió mal",
        "api": "API",
        "footer": "Datos cosechados de los nodos nacionales de la red.",
        "offline_title": "Copia sin conexión",
        "offline_note": "Funciona sin Internet. Generada el {date}.",
        "all": "Todos",
        "filter_text": "Filtrar por palabra",
        "showing": "{shown} de {n}",
        "show_more": "Mostrar más",
        "suggestions": "Sugerencias",
        "untitled": "(sin título)",
    },
}

TYPE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "national-profile": "National profile",
        "need": "Need",
        "support-source": "Source of support",
        "project": "Project",
        "document": "Document",
        "contact-point": "Contact point",
        "organization": "Organization",
        "case-study": "Case study",
        "event": "Event",
        "dataset": "Dataset",
        "other": "Other",
    },
    "fr": {
        "national-profile": "Profil national",
        "need": "Besoin",
        "support-source": "Source d'appui",
        "project": "Projet",
        "document": "Document",
        "contact-point": "Point focal",
        "organization": "Organisation",
        "case-study": "Étude de cas",
        "event": "Événement",
        "dataset": "Jeu de données",
        "other": "Autre",
    },
    "es": {
        "national-profile": "Perfil nacional",
        "need": "Necesidad",
        "support-source": "Fuente de apoyo",
        "project": "Proyecto",
        "document": "Documento",
        "contact-point": "Punto focal",
        "organization": "Organización",
        "case-study": "Estudio de caso",
        "event": "Evento",
        "dataset": "Conjunto de datos",
        "other": "Otro",
    },
}


def normalise_lang(value: str | None) -> str | None:
    """``"fr-CA"`` -> ``"fr"`` when it is an interface language, else None."""
    if not value:
        return None
    tag = value.strip().lower().replace("_", "-").split("-")[0]
    return tag if tag in LANGS else None


def negotiate(request: Request) -> str:
    """The interface language of a request (``?lang=``, cookie, Accept-Language, English)."""
    for candidate in (request.query_params.get("lang"), request.cookies.get(COOKIE)):
        lang = normalise_lang(candidate)
        if lang:
            return lang
    return accept_language(request.headers.get("accept-language", ""))


def accept_language(header: str) -> str:
    """The best interface language for an ``Accept-Language`` header (q-values honoured)."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        lang = normalise_lang(tag)
        if lang and q > 0:
            ranked.append((-q, i, lang))
    return min(ranked)[2] if ranked else "en"


def translator(lang: str) -> Callable[..., str]:
    """``t(key, **values)``: the string for ``key`` in ``lang`` (English fallback)."""
    table = STRINGS.get(lang, STRINGS["en"])

    def t(key: str, **values: object) -> str:
        text = table.get(key) or STRINGS["en"].get(key, key)
        return text.format(**values) if values else text

    return t


@lru_cache(maxsize=8)
def _iso(domain: str, lang: str) -> gettext.NullTranslations:
    try:
        import pycountry

        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
    except (ImportError, OSError):
        return gettext.NullTranslations()


@lru_cache(maxsize=4096)
def country_name(code: str, lang: str = "en") -> str:
    """The name of an ISO 3166-1 alpha-2 country in ``lang`` (the code when unknown)."""
    try:
        import pycountry

        country = pycountry.countries.get(alpha_2=code.upper())
    except (ImportError, LookupError, KeyError):
        country = None
    if country is None:
        return code
    name = str(getattr(country, "common_name", None) or country.name)
    return name if lang == "en" else _iso("iso3166-1", lang).gettext(str(country.name))


@lru_cache(maxsize=4096)
def language_name(code: str, lang: str = "en") -> str:
    """The name of an ISO 639 language in ``lang`` (the code when unknown)."""
    try:
        import pycountry

        key = "alpha_2" if len(code) == 2 else "alpha_3"
        language = pycountry.languages.get(**{key: code.lower()})
    except (ImportError, LookupError, KeyError):
        language = None
    if language is None:
        return code
    name = str(language.name)
    return name if lang == "en" else _iso("iso639-3", lang).gettext(name)


def type_label(value: str, lang: str = "en") -> str:
    """A record type's label in ``lang`` (English, then the value itself, as fallback)."""
    return TYPE_LABELS.get(lang, {}).get(value) or TYPE_LABELS["en"].get(value, value)


ERRORS: dict[str, dict[str, str]] = {
    "fr": {
        "unbalanced_quote": "guillemet non fermé : une expression ouverte par \" n'est jamais "
        "fermée",
        "prefix_short": "« {word} » : tapez au moins {n} lettres avant *, par exemple merc*",
        "or_position": "OR doit se placer entre deux mots, par exemple plomb OR mercure",
        "not_position": "NOT doit être suivi d'un mot à exclure, par exemple NOT mercure",
        "and_position": "AND ne peut pas suivre OR ou NOT",
        "dash_alone": "« - » doit être suivi d'un mot à exclure, par exemple -mercure",
        "excluded_in_or": "un mot exclu ne peut pas faire partie d'un OR",
        "no_word": "la recherche ne contient aucun mot (seulement de la ponctuation ou des "
        "symboles)",
        "too_long": "la recherche est trop longue ({n} caractères ; au plus {max})",
        "too_many_words": "la recherche a trop de mots ({n} ; au plus {max})",
        "unknown_param": "paramètre inconnu : {names}",
        "unknown_value": "{name} : « {value} » ne correspond à aucune valeur connue"
        "{suggestions_hint}",
        "not_number": "« {name} » doit être un nombre entier, reçu « {value} »",
        "out_of_range": "« {name} » doit être entre {lo} et {hi}, reçu {value}",
        "bad_date": "« {name} » doit être une date ISO (2019, 2019-07 ou 2019-07-15), "
        "reçu « {value} »",
        "suggestions_hint": " ; vouliez-vous dire {suggestions} ?",
        "index_unavailable": "l'index de recherche est indisponible ; réessayez dans un instant",
    },
    "es": {
        "unbalanced_quote": 'comillas sin cerrar: una frase abierta con " nunca se cierra',
        "prefix_short": "«{word}»: escriba al menos {n} letras antes de *, por ejemplo merc*",
        "or_position": "OR debe ir entre dos palabras, por ejemplo plomo OR mercurio",
        "not_position": "NOT debe ir seguido de una palabra que excluir, por ejemplo NOT mercurio",
        "and_position": "AND no puede seguir a OR ni a NOT",
        "dash_alone": "«-» debe ir seguido de una palabra que excluir, por ejemplo -mercurio",
        "excluded_in_or": "una palabra excluida no puede formar parte de un OR",
        "no_word": "la búsqueda no contiene ninguna palabra (solo puntuación o símbolos)",
        "too_long": "la búsqueda es demasiado larga ({n} caracteres; como máximo {max})",
        "too_many_words": "la búsqueda tiene demasiadas palabras ({n}; como máximo {max})",
        "unknown_param": "parámetro desconocido: {names}",
        "unknown_value": "{name}: «{value}» no corresponde a ningún valor conocido"
        "{suggestions_hint}",
        "not_number": "«{name}» debe ser un número entero, se recibió «{value}»",
        "out_of_range": "«{name}» debe estar entre {lo} y {hi}, se recibió {value}",
        "bad_date": "«{name}» debe ser una fecha ISO (2019, 2019-07 o 2019-07-15), se recibió "
        "«{value}»",
        "suggestions_hint": "; ¿quiso decir {suggestions}?",
        "index_unavailable": "el índice de búsqueda no está disponible; inténtelo de nuevo en "
        "un momento",
    },
}
"""Error messages of the search by code (``InvalidQuery.code``, ``ApiError.code``); English
is the exception's own message."""


def error_message(code: str, params: dict[str, object], english: str, lang: str) -> str:
    """An error in the reader's language; ``english`` when there is no translation."""
    table = ERRORS.get(lang, {})
    template = table.get(code)
    if not template:
        return english
    values = {k: str(v) for k, v in params.items()}
    suggestions = values.get("suggestions", "")
    hint = table["suggestions_hint"].format(suggestions=suggestions) if suggestions else ""
    try:
        return template.format(**values, suggestions_hint=hint)
    except (KeyError, IndexError):
        return english


# ---- the assistance procedure and the country status pages --------------------------------
ASSISTANCE_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "procedure": "Follow-up of this request",
        "state": "State",
        "state_open": "Open",
        "state_forwarded": "Forwarded to providers",
        "state_offers_received": "Offers received",
        "state_met": "Met",
        "state_withdrawn": "Withdrawn",
        "state_expired": "Expired",
        "state_confirm": "Still needed (confirm)",
        "opened_on": "Open since {date}",
        "flagged_note": "Past its expiry: its node is asked to confirm that it is still needed.",
        "forwarded_to": "Forwarded to",
        "received_from": "Offers received",
        "met_by": "Met by",
        "history": "History",
        "change_state": "Change the state",
        "new_state": "New state",
        "offer_ids": "Offers (record ids, separated by spaces)",
        "met_by_id": "Met by (record id of the project or offer)",
        "note": "Note",
        "key": "The node's API key or an operator token",
        "save": "Save",
        "suggested_offers": "Matched offers you can forward: {ids}",
        "countries_title": "Status of national clearing-houses",
        "country_title": "Status of the clearing-house: {name}",
        "col_country": "Country",
        "col_profile": "Profile",
        "col_contact_points": "Contact points",
        "col_needs": "Requests",
        "col_waiting": "Waiting",
        "col_overdue": "Not forwarded in time",
        "col_met": "Met",
        "col_offers_matched": "Offers matched",
        "col_freshness": "Node freshness",
        "col_conformance": "Conformance",
        "yes": "Yes",
        "no": "No",
        "checklist": "Checklist",
        "check_profile": "National profile published",
        "check_contacts": "Contact points published",
        "check_forwarded": "Every request forwarded within {days} days",
        "check_fresh": "Node harvested and up to date",
        "check_conformance": "Node passes the conformance report",
        "needs_by_state": "Requests for assistance by state",
        "nodes": "Nodes",
        "last_harvest": "Last harvest",
        "all_countries": "All countries",
        "no_country": "No record or node names this country.",
        "health_healthy": "Up to date",
        "health_degraded": "Degraded",
        "health_stale": "Stale",
        "health_failing": "Failing",
        "health_pending": "Pending",
        "health_quarantined": "Quarantined",
        "health_misconfigured": "Misconfigured",
        "conf_pass": "Passes",
        "conf_warn": "Warnings",
        "conf_fail": "Fails",
        "unsub_title": "Unsubscribe",
        "unsub_confirm": "Stop receiving the digests of this saved search?",
        "unsub_button": "Unsubscribe",
        "unsub_done": "Done: you will receive no more messages for this search.",
        "unsub_already": "This subscription had already ended.",
        "feed": "Atom feed of this search",
        "needs_title": "Requests for assistance",
        "flagged_only": "Only those awaiting confirmation",
        "opened": "Opened",
        "overdue": "not forwarded within {days} days",
        "sub_title": "Confirm the subscription",
        "sub_confirm": "Receive the digests of this saved search at this address?",
        "sub_button": "Confirm",
        "sub_done": "Confirmed: new records answering the search will be sent to you.",
        "sub_already": "This subscription was already confirmed (or has ended).",
    },
    "fr": {
        "procedure": "Suivi de la demande",
        "state": "État",
        "state_open": "Ouverte",
        "state_forwarded": "Transmise aux fournisseurs",
        "state_offers_received": "Offres reçues",
        "state_met": "Satisfaite",
        "state_withdrawn": "Retirée",
        "state_expired": "Expirée",
        "state_confirm": "Toujours d'actualité (confirmer)",
        "opened_on": "Ouverte depuis le {date}",
        "flagged_note": "Délai dépassé : son nœud est invité à confirmer qu'elle est toujours "
        "d'actualité.",
        "forwarded_to": "Transmise à",
        "received_from": "Offres reçues",
        "met_by": "Satisfaite par",
        "history": "Historique",
        "change_state": "Changer l'état",
        "new_state": "Nouvel état",
        "offer_ids": "Offres (identifiants des fiches, séparés par des espaces)",
        "met_by_id": "Satisfaite par (identifiant du projet ou de l'offre)",
        "note": "Remarque",
        "key": "La clé d'API du nœud ou un jeton d'opérateur",
        "save": "Enregistrer",
        "suggested_offers": "Offres correspondantes à transmettre : {ids}",
        "countries_title": "État des centres d'échange nationaux",
        "country_title": "État du centre d'échange : {name}",
        "col_country": "Pays",
        "col_profile": "Profil",
        "col_contact_points": "Points focaux",
        "col_needs": "Demandes",
        "col_waiting": "En attente",
        "col_overdue": "Non transmises à temps",
        "col_met": "Satisfaites",
        "col_offers_matched": "Offres correspondantes",
        "col_freshness": "Fraîcheur du nœud",
        "col_conformance": "Conformité",
        "yes": "Oui",
        "no": "Non",
        "checklist": "Liste de contrôle",
        "check_profile": "Profil national publié",
        "check_contacts": "Points focaux publiés",
        "check_forwarded": "Chaque demande transmise sous {days} jours",
        "check_fresh": "Nœud moissonné et à jour",
        "check_conformance": "Le nœud passe le rapport de conformité",
        "needs_by_state": "Demandes d'assistance par état",
        "nodes": "Nœuds",
        "last_harvest": "Dernier moissonnage",
        "all_countries": "Tous les pays",
        "no_country": "Aucune fiche ni aucun nœud ne nomme ce pays.",
        "health_healthy": "À jour",
        "health_degraded": "Dégradé",
        "health_stale": "Pas à jour",
        "health_failing": "En échec",
        "health_pending": "En attente",
        "health_quarantined": "En quarantaine",
        "health_misconfigured": "Mal configuré",
        "conf_pass": "Conforme",
        "conf_warn": "Avertissements",
        "conf_fail": "Non conforme",
        "unsub_title": "Se désabonner",
        "unsub_confirm": "Ne plus recevoir les résumés de cette recherche enregistrée ?",
        "unsub_button": "Se désabonner",
        "unsub_done": "C'est fait : vous ne recevrez plus de messages pour cette recherche.",
        "unsub_already": "Cet abonnement avait déjà pris fin.",
        "feed": "Flux Atom de cette recherche",
        "needs_title": "Demandes d'assistance",
        "flagged_only": "Seulement celles à confirmer",
        "opened": "Ouverte le",
        "overdue": "non transmise sous {days} jours",
        "sub_title": "Confirmer l'abonnement",
        "sub_confirm": "Recevoir à cette adresse les résumés de cette recherche enregistrée ?",
        "sub_button": "Confirmer",
        "sub_done": "Confirmé : les nouvelles fiches de cette recherche vous seront envoyées.",
        "sub_already": "Cet abonnement était déjà confirmé (ou a pris fin).",
    },
    "es": {
        "procedure": "Seguimiento de la solicitud",
        "state": "Estado",
        "state_open": "Abierta",
        "state_forwarded": "Remitida a los proveedores",
        "state_offers_received": "Ofertas recibidas",
        "state_met": "Atendida",
        "state_withdrawn": "Retirada",
        "state_expired": "Vencida",
        "state_confirm": "Sigue vigente (confirmar)",
        "opened_on": "Abierta desde el {date}",
        "flagged_note": "Plazo vencido: se pide a su nodo que confirme que sigue vigente.",
        "forwarded_to": "Remitida a",
        "received_from": "Ofertas recibidas",
        "met_by": "Atendida por",
        "history": "Historial",
        "change_state": "Cambiar el estado",
        "new_state": "Nuevo estado",
        "offer_ids": "Ofertas (identificadores de registros, separados por espacios)",
        "met_by_id": "Atendida por (identificador del proyecto o de la oferta)",
        "note": "Nota",
        "key": "La clave de API del nodo o un token de operador",
        "save": "Guardar",
        "suggested_offers": "Ofertas correspondientes que puede remitir: {ids}",
        "countries_title": "Estado de los mecanismos de facilitación nacionales",
        "country_title": "Estado del mecanismo de facilitación: {name}",
        "col_country": "País",
        "col_profile": "Perfil",
        "col_contact_points": "Puntos focales",
        "col_needs": "Solicitudes",
        "col_waiting": "En espera",
        "col_overdue": "No remitidas a tiempo",
        "col_met": "Atendidas",
        "col_offers_matched": "Ofertas correspondientes",
        "col_freshness": "Actualidad del nodo",
        "col_conformance": "Conformidad",
        "yes": "Sí",
        "no": "No",
        "checklist": "Lista de control",
        "check_profile": "Perfil nacional publicado",
        "check_contacts": "Puntos focales publicados",
        "check_forwarded": "Cada solicitud remitida en {days} días",
        "check_fresh": "Nodo cosechado y al día",
        "check_conformance": "El nodo supera el informe de conformidad",
        "needs_by_state": "Solicitudes de asistencia por estado",
        "nodes": "Nodos",
        "last_harvest": "Última cosecha",
        "all_countries": "Todos los países",
        "no_country": "Ningún registro ni nodo nombra este país.",
        "health_healthy": "Al día",
        "health_degraded": "Degradado",
        "health_stale": "Desactualizado",
        "health_failing": "Con fallos",
        "health_pending": "Pendiente",
        "health_quarantined": "En cuarentena",
        "health_misconfigured": "Mal configurado",
        "conf_pass": "Conforme",
        "conf_warn": "Advertencias",
        "conf_fail": "No conforme",
        "unsub_title": "Cancelar la suscripción",
        "unsub_confirm": "¿Dejar de recibir los resúmenes de esta búsqueda guardada?",
        "unsub_button": "Cancelar la suscripción",
        "unsub_done": "Hecho: no recibirá más mensajes de esta búsqueda.",
        "unsub_already": "Esta suscripción ya había terminado.",
        "feed": "Canal Atom de esta búsqueda",
        "needs_title": "Solicitudes de asistencia",
        "flagged_only": "Solo las que esperan confirmación",
        "opened": "Abierta el",
        "overdue": "no remitida en {days} días",
        "sub_title": "Confirmar la suscripción",
        "sub_confirm": "¿Recibir en esta dirección los resúmenes de esta búsqueda guardada?",
        "sub_button": "Confirmar",
        "sub_done": "Confirmado: se le enviarán los nuevos registros de esta búsqueda.",
        "sub_already": "Esta suscripción ya estaba confirmada (o ha terminado).",
    },
}
for _lang, _table in ASSISTANCE_STRINGS.items():
    STRINGS[_lang].update(_table)
