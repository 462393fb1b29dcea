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
import re
from collections.abc import Callable
from datetime import timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from core.memo import PerObject

if TYPE_CHECKING:  # the CLI reads LANGS without loading the web stack
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
        "results_one": "{n} record",
        "colon": ":",
        "no_results": "No record matches this search. Try fewer words or remove a filter.",
        "past_last_page": "Page {page} is past the last page of this search, page {last}.",
        "to_last_page": "Go to page {last}",
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
        "date_from": "From date",
        "date_to": "To date",
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
        "suggestions": "Topics to filter by",
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
        "results_one": "{n} fiche",
        "colon": " :",
        "no_results": "Aucune fiche ne correspond. Essayez moins de mots ou retirez un filtre.",
        "past_last_page": "La page {page} est au-delà de la dernière page de cette recherche, "
        "la page {last}.",
        "to_last_page": "Aller à la page {last}",
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
        "date_from": "De la date",
        "date_to": "À la date",
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
        "suggestions": "Thèmes pour filtrer",
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
        "results_one": "{n} registro",
        "colon": ":",
        "no_results": "Ningún registro coincide. Pruebe con menos palabras o quite un filtro.",
        "past_last_page": "La página {page} está más allá de la última página de esta "
        "búsqueda, la página {last}.",
        "to_last_page": "Ir a la página {last}",
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
        "date_from": "Desde la fecha",
        "date_to": "Hasta la fecha",
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
        "suggestions": "Temas para filtrar",
        "untitled": "(sin título)",
    },
}

PORTAL_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "home_heading": "Explore the clearing-house network",
        "home_by_type": "Records by type",
        "home_all_records": "Browse all {n} records",
        "home_all_records_one": "Browse the {n} record",
        "home_latest_needs": "Latest needs",
        "home_latest_offers": "Latest offers of support",
        "home_nodes": "Nodes and their freshness",
        "home_node_records": "{n} records",
        "home_node_records_one": "{n} record",
        "home_node_harvested": "last harvested {date}",
        "home_node_never": "not harvested yet",
        "home_none_yet": "Nothing yet.",
        "map_caption": "Records per country: select a country to see its records",
        "map_title": "{name}: {n} records",
        "map_title_one": "{name}: {n} record",
        "map_fewer": "fewer",
        "map_more": "more records",
        "map_none": "no records",
        "node_page": "Node {id}",
        "node_key_heading": "Your node's page",
        "node_key_help": "Enter the API key your node received when it registered "
        "(chmk.…). It is sent to this server only and never kept in the page.",
        "node_key": "API key",
        "node_open": "Open my node's page",
        "node_key_wrong": "This key does not open any node's page (was it rotated?).",
        "node_registration": "Registration",
        "node_name": "Name",
        "node_country": "Country",
        "node_protocol": "Protocol",
        "node_url": "Address",
        "node_schedule": "Schedule",
        "node_status": "Status",
        "node_contact": "Contact",
        "node_conformance": "Conformance report",
        "node_report_passed": "Passed",
        "node_report_failed": "Failed",
        "node_no_report": "No report yet.",
        "node_holdings": "Holdings",
        "node_by_topic": "By topic",
        "node_other": "Records typed “other”",
        "node_other_help": "Records whose type chm could not recognise: give them a dc:type "
        "from the list of record types.",
        "node_rejected": "Rejected records and why",
        "node_reason": "Reason",
        "node_source_id": "Identifier at your node",
        "node_runs": "Harvest runs",
        "run_id": "Run",
        "run_status": "Status",
        "run_started": "Started",
        "run_finished": "Finished",
        "node_run_counts": "Added · updated · deleted · rejected",
        "run_queued": "queued",
        "run_live": "This page refreshes itself every {n} seconds while the run is going on.",
        "harvest_already": "A harvest of this node is already queued or running: run {id}.",
        "register_country_choose": "Choose a country",
        "csv_bom": "CSV for spreadsheets (Excel)",
        "report_node_page": "With this key, your node's own page shows its holdings, "
        "rejected records and runs:",
        "home_node_page_link": "Run a node? Open its own page with its API key",
        "node_warnings": "Records kept with warnings",
        "offline_noscript": "JavaScript is off: every record is listed below; filtering by "
        "country, type or word needs JavaScript.",
        "operator_token_needed": "An operator token is required: type it in the token field "
        "at the top of the operators' page.",
        "node_unknown": "There is no node with this identifier.",
    },
    "fr": {
        "home_heading": "Explorer le réseau du centre d'échange",
        "home_by_type": "Fiches par type",
        "home_all_records": "Parcourir les {n} fiches",
        "home_all_records_one": "Parcourir la {n} fiche",
        "home_latest_needs": "Derniers besoins",
        "home_latest_offers": "Dernières offres d'appui",
        "home_nodes": "Les nœuds et leur fraîcheur",
        "home_node_records": "{n} fiches",
        "home_node_records_one": "{n} fiche",
        "home_node_harvested": "dernière moisson le {date}",
        "home_node_never": "pas encore moissonné",
        "home_none_yet": "Rien pour l'instant.",
        "map_caption": "Fiches par pays : choisissez un pays pour voir ses fiches",
        "map_title": "{name} : {n} fiches",
        "map_title_one": "{name} : {n} fiche",
        "map_fewer": "moins",
        "map_more": "plus de fiches",
        "map_none": "aucune fiche",
        "node_page": "Nœud {id}",
        "node_key_heading": "La page de votre nœud",
        "node_key_help": "Saisissez la clé d'API reçue par votre nœud lors de son "
        "enregistrement (chmk.…). Elle n'est envoyée qu'à ce serveur et jamais gardée dans "
        "la page.",
        "node_key": "Clé d'API",
        "node_open": "Ouvrir la page de mon nœud",
        "node_key_wrong": "Cette clé n'ouvre la page d'aucun nœud (a-t-elle été changée ?).",
        "node_registration": "Enregistrement",
        "node_name": "Nom",
        "node_country": "Pays",
        "node_protocol": "Protocole",
        "node_url": "Adresse",
        "node_schedule": "Calendrier",
        "node_status": "Statut",
        "node_contact": "Contact",
        "node_conformance": "Rapport de conformité",
        "node_report_passed": "Réussi",
        "node_report_failed": "Échoué",
        "node_no_report": "Pas encore de rapport.",
        "node_holdings": "Fonds",
        "node_by_topic": "Par thème",
        "node_other": "Fiches de type « autre »",
        "node_other_help": "Fiches dont chm n'a pas reconnu le type : donnez-leur un dc:type "
        "de la liste des types de fiches.",
        "node_rejected": "Fiches rejetées et pourquoi",
        "node_reason": "Raison",
        "node_source_id": "Identifiant dans votre nœud",
        "node_runs": "Moissons",
        "run_id": "Moisson",
        "run_status": "Statut",
        "run_started": "Début",
        "run_finished": "Fin",
        "node_run_counts": "Ajoutées · modifiées · supprimées · rejetées",
        "run_queued": "en file d'attente",
        "run_live": "Cette page se met à jour toutes les {n} secondes pendant la moisson.",
        "harvest_already": "Une moisson de ce nœud est déjà en attente ou en cours : moisson {id}.",
        "register_country_choose": "Choisissez un pays",
        "csv_bom": "CSV pour tableur (Excel)",
        "report_node_page": "Avec cette clé, la page de votre nœud montre ses fonds, ses "
        "fiches rejetées et ses moissons :",
        "home_node_page_link": "Vous gérez un nœud ? Ouvrez sa page avec sa clé d'API",
        "node_warnings": "Fiches gardées avec des avertissements",
        "offline_noscript": "JavaScript est désactivé : toutes les fiches sont listées "
        "ci-dessous ; filtrer par pays, type ou mot demande JavaScript.",
        "operator_token_needed": "Un jeton d'opérateur est nécessaire : saisissez-le dans le "
        "champ du jeton en haut de la page des opérateurs.",
        "node_unknown": "Aucun nœud ne porte cet identifiant.",
    },
    "es": {
        "home_heading": "Explore la red del mecanismo de intercambio",
        "home_by_type": "Registros por tipo",
        "home_all_records": "Ver los {n} registros",
        "home_all_records_one": "Ver el {n} registro",
        "home_latest_needs": "Últimas necesidades",
        "home_latest_offers": "Últimas ofertas de apoyo",
        "home_nodes": "Los nodos y su actualidad",
        "home_node_records": "{n} registros",
        "home_node_records_one": "{n} registro",
        "home_node_harvested": "última recolección el {date}",
        "home_node_never": "aún no recolectado",
        "home_none_yet": "Nada por ahora.",
        "map_caption": "Registros por país: elija un país para ver sus registros",
        "map_title": "{name}: {n} registros",
        "map_title_one": "{name}: {n} registro",
        "map_fewer": "menos",
        "map_more": "más registros",
        "map_none": "ningún registro",
        "node_page": "Nodo {id}",
        "node_key_heading": "La página de su nodo",
        "node_key_help": "Introduzca la clave de API que su nodo recibió al registrarse "
        "(chmk.…). Solo se envía a este servidor y nunca se guarda en la página.",
        "node_key": "Clave de API",
        "node_open": "Abrir la página de mi nodo",
        "node_key_wrong": "Esta clave no abre la página de ningún nodo (¿se cambió?).",
        "node_registration": "Registro",
        "node_name": "Nombre",
        "node_country": "País",
        "node_protocol": "Protocolo",
        "node_url": "Dirección",
        "node_schedule": "Calendario",
        "node_status": "Estado",
        "node_contact": "Contacto",
        "node_conformance": "Informe de conformidad",
        "node_report_passed": "Aprobado",
        "node_report_failed": "Fallido",
        "node_no_report": "Aún no hay informe.",
        "node_holdings": "Fondos",
        "node_by_topic": "Por tema",
        "node_other": "Registros de tipo «otro»",
        "node_other_help": "Registros cuyo tipo chm no reconoció: deles un dc:type de la lista "
        "de tipos de registro.",
        "node_rejected": "Registros rechazados y por qué",
        "node_reason": "Motivo",
        "node_source_id": "Identificador en su nodo",
        "node_runs": "Recolecciones",
        "run_id": "Recolección",
        "run_status": "Estado",
        "run_started": "Inicio",
        "run_finished": "Fin",
        "node_run_counts": "Añadidos · modificados · eliminados · rechazados",
        "run_queued": "en cola",
        "run_live": "Esta página se actualiza cada {n} segundos mientras dura la recolección.",
        "harvest_already": "Ya hay una recolección de este nodo en cola o en curso: "
        "recolección {id}.",
        "register_country_choose": "Elija un país",
        "csv_bom": "CSV para hojas de cálculo (Excel)",
        "report_node_page": "Con esta clave, la página de su nodo muestra sus fondos, sus "
        "registros rechazados y sus recolecciones:",
        "home_node_page_link": "¿Gestiona un nodo? Abra su página con su clave de API",
        "node_warnings": "Registros conservados con advertencias",
        "offline_noscript": "JavaScript está desactivado: todos los registros aparecen "
        "abajo; filtrar por país, tipo o palabra requiere JavaScript.",
        "operator_token_needed": "Se necesita un token de operador: escríbalo en el campo del "
        "token arriba de la página de operadores.",
        "node_unknown": "No hay ningún nodo con este identificador.",
    },
}
"""The portal's pages (home, map, node page, runs): merged into :data:`STRINGS`."""
for _lang, _table in PORTAL_STRINGS.items():
    STRINGS[_lang].update(_table)

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


def count_of(value: object) -> int | None:
    """The whole number a count parameter holds, given as a number or as it is shown
    ("2,900", "2 900", "2.900"); ``None`` when it is not a whole number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        digits = re.sub(r"[\s\u00a0\u202f,.']", "", value)
        return int(digits) if digits.isdigit() else None
    return None


@lru_cache(maxsize=64)
def is_one(lang: str, n: int) -> bool:
    """Whether ``n`` takes the singular in ``lang`` (CLDR plural rules: French says
    "0 fiche", "1 fiche"; English and Spanish "0 records", "1 record")."""
    from babel import Locale

    try:
        return Locale.parse(lang).plural_form(n) == "one"
    except (ValueError, TypeError):
        return n == 1


def translator(lang: str) -> Callable[..., str]:
    """``t(key, **values)``: the string for ``key`` in ``lang`` (English fallback). With a
    count ``n`` that takes the singular in ``lang``, ``key + "_one"`` is used when the
    language has it ("1 record", "1 fiche")."""
    table = STRINGS.get(lang, STRINGS["en"])

    def t(key: str, **values: object) -> str:
        text = None
        if "n" in values:
            n = count_of(values["n"])
            if n is not None and is_one(lang, n):
                text = table.get(key + "_one")
        text = text or table.get(key) or STRINGS["en"].get(key, key)
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
    "en": {  # only where the exception's own English is meant for programs, not people
        "unknown_param": "unknown parameter: {names}{suggestions_hint}",
        "reversed_range": "“{low_name}” ({low}) is after “{high_name}” ({high}): swap them",
        "beyond_window": "a search shows at most its first {max} results, page by page; to "
        "reach the records further on, narrow the search (more words, a filter, a range of "
        "years) or sort it another way",
    },
    "fr": {
        "beyond_window": "une recherche montre au plus ses {max} premiers résultats, page par "
        "page ; pour atteindre les fiches plus loin, affinez la recherche (plus de mots, un "
        "filtre, une période) ou triez-la autrement",
        "unbalanced_quote": "guillemet non fermé : une expression ouverte par \" n'est jamais "
        "fermée",
        "prefix_short": "« {word} » : tapez au moins {n} lettres avant *, par exemple merc*",
        "or_position": "OR doit se placer entre deux mots, par exemple plomb OR mercure",
        "not_position": "NOT doit être suivi d'un mot à exclure, par exemple NOT mercure",
        "and_position": "AND ne peut pas suivre OR ou NOT",
        "dash_alone": "« - » doit être suivi d'un mot à exclure, par exemple -mercure",
        "excluded_in_or": "un mot exclu ne peut pas faire partie d'un OR",
        "unbalanced_open": "parenthèses déséquilibrées : une ( n'est jamais fermée ; ajoutez "
        "la ) qui la ferme ou retirez-la",
        "unbalanced_close": "parenthèses déséquilibrées : une ) ne ferme rien ; retirez-la ou "
        "ajoutez la ( qu'elle ferme",
        "paren_depth": "parenthèses imbriquées trop profondément (au plus {max} niveaux)",
        "too_many_alternatives": "trop d'alternatives entre parenthèses : développée en AND de "
        "groupes OR, la recherche compte {n} mots ou expressions (au plus {max}) ; mettez moins "
        "de mots entre des parenthèses reliées par OR",
        "excluded_in_group_or": "un mot exclu ne peut pas se trouver entre des parenthèses "
        "reliées par OR, par exemple plomb OR (cuivre -mercure) ; excluez-le hors des "
        "parenthèses",
        "excluded_group": "seuls un mot, une expression ou des mots reliés par OR peuvent être "
        "exclus : -(plomb OR cuivre) exclut les deux, -(plomb cuivre) ne peut pas se dire",
        "no_word": "la recherche ne contient aucun mot (seulement de la ponctuation ou des "
        "symboles)",
        "too_long": "la recherche est trop longue ({n} caractères ; au plus {max})",
        "too_many_words": "la recherche a trop de mots ({n} ; au plus {max})",
        "unknown_param": "paramètre inconnu : {names}{suggestions_hint}",
        "reversed_range": "« {low_name} » ({low}) est après « {high_name} » ({high}) : "
        "inversez-les",
        "unknown_value": "{name} : « {value} » ne correspond à aucune valeur connue"
        "{suggestions_hint}",
        "not_number": "« {name} » doit être un nombre entier, reçu « {value} »",
        "out_of_range": "« {name} » doit être entre {lo} et {hi}, reçu {value}",
        "bad_date": "« {name} » doit être une date ISO (2019, 2019-07 ou 2019-07-15), "
        "reçu « {value} »",
        "suggestions_hint": " ; vouliez-vous dire {suggestions} ?",
        "not_one_of": "« {name} » doit valoir l'une de ces valeurs : {choices} ; reçu "
        "« {value} »{suggestions_hint}",
        "cursor_other_search": "curseur : il appartient à une autre recherche (d'autres mots, "
        "filtres ou périodes) ; suivez le next_cursor de la page précédente de cette "
        "recherche, ou recommencez à sa première page",
        "cursor_and_page": "donnez « cursor » ou « page », pas les deux",
        "bad_cursor": "curseur : ce n'est pas un curseur fait par ce serveur (abîmé ou "
        "modifié) ; passez le next_cursor de la page précédente tel quel, ou recommencez "
        "sans curseur",
        "index_unavailable": "l'index de recherche est indisponible ; réessayez dans un instant",
        "contact_required": "contact : obligatoire, une adresse électronique",
        "contact_shape": "contact : doit être une adresse électronique",
        "contact_email": "courriel : « {email} » n'est pas une adresse électronique",
        "node_exists": "un nœud porte déjà l'identifiant « {id} » ; choisissez-en un autre",
    },
    "es": {
        "beyond_window": "una búsqueda muestra como máximo sus primeros {max} resultados, "
        "página por página; para llegar a los registros más allá, precise la búsqueda (más "
        "palabras, un filtro, un intervalo de años) u ordénela de otra manera",
        "unbalanced_quote": 'comillas sin cerrar: una frase abierta con " nunca se cierra',
        "prefix_short": "«{word}»: escriba al menos {n} letras antes de *, por ejemplo merc*",
        "or_position": "OR debe ir entre dos palabras, por ejemplo plomo OR mercurio",
        "not_position": "NOT debe ir seguido de una palabra que excluir, por ejemplo NOT mercurio",
        "and_position": "AND no puede seguir a OR ni a NOT",
        "dash_alone": "«-» debe ir seguido de una palabra que excluir, por ejemplo -mercurio",
        "excluded_in_or": "una palabra excluida no puede formar parte de un OR",
        "unbalanced_open": "paréntesis desequilibrados: un ( nunca se cierra; añada el ) que "
        "lo cierra o quítelo",
        "unbalanced_close": "paréntesis desequilibrados: un ) no cierra nada; quítelo o añada "
        "el ( que cierra",
        "paren_depth": "paréntesis anidados a demasiada profundidad (como máximo {max} niveles)",
        "too_many_alternatives": "demasiadas alternativas entre paréntesis: desarrollada como "
        "AND de grupos OR, la búsqueda tiene {n} palabras o frases (como máximo {max}); ponga "
        "menos palabras entre paréntesis unidos por OR",
        "excluded_in_group_or": "una palabra excluida no puede estar entre paréntesis unidos "
        "por OR, por ejemplo plomo OR (cobre -mercurio); exclúyala fuera de los paréntesis",
        "excluded_group": "solo se puede excluir una palabra, una frase o palabras unidas por "
        "OR: -(plomo OR cobre) excluye ambas, -(plomo cobre) no se puede expresar",
        "no_word": "la búsqueda no contiene ninguna palabra (solo puntuación o símbolos)",
        "too_long": "la búsqueda es demasiado larga ({n} caracteres; como máximo {max})",
        "too_many_words": "la búsqueda tiene demasiadas palabras ({n}; como máximo {max})",
        "unknown_param": "parámetro desconocido: {names}{suggestions_hint}",
        "reversed_range": "«{low_name}» ({low}) es posterior a «{high_name}» ({high}): inviértalos",
        "unknown_value": "{name}: «{value}» no corresponde a ningún valor conocido"
        "{suggestions_hint}",
        "not_number": "«{name}» debe ser un número entero, se recibió «{value}»",
        "out_of_range": "«{name}» debe estar entre {lo} y {hi}, se recibió {value}",
        "bad_date": "«{name}» debe ser una fecha ISO (2019, 2019-07 o 2019-07-15), se recibió "
        "«{value}»",
        "suggestions_hint": "; ¿quiso decir {suggestions}?",
        "not_one_of": "«{name}» debe ser uno de estos valores: {choices}; se recibió "
        "«{value}»{suggestions_hint}",
        "cursor_other_search": "cursor: pertenece a otra búsqueda (otras palabras, filtros o "
        "periodos); siga el next_cursor de la página anterior de esta búsqueda, o empiece de "
        "nuevo por su primera página",
        "cursor_and_page": "indique «cursor» o «page», no ambos",
        "bad_cursor": "cursor: no es un cursor hecho por este servidor (dañado o "
        "modificado); pase el next_cursor de la página anterior tal cual, o empiece de nuevo "
        "sin cursor",
        "index_unavailable": "el índice de búsqueda no está disponible; inténtelo de nuevo en "
        "un momento",
        "contact_required": "contacto: obligatorio, una dirección de correo electrónico",
        "contact_shape": "contacto: debe ser una dirección de correo electrónico",
        "contact_email": "correo: «{email}» no es una dirección de correo electrónico",
        "node_exists": "ya existe un nodo con el identificador «{id}»; elija otro",
    },
}
"""Error messages of the search by code (``InvalidQuery.code``, ``ApiError.code``); English
is the exception's own message, unless ``"en"`` words it for the pages. :data:`MESSAGES`
(below) adds every other coded message."""


def error_message(code: str, params: dict[str, object], english: str, lang: str) -> str:
    """An error in the reader's language; ``english`` when there is no translation."""
    table = ERRORS.get(lang, {})
    template = table.get(code) if code else None
    if not template:
        return english
    values = {k: say(v, lang) for k, v in params.items()}
    if code == "reversed_range":  # the fields as the search form labels them
        said_field = translator(lang)
        for key in ("low_name", "high_name"):
            values[key] = said_field(str(params.get(key, "")))
    suggestions = values.get("suggestions", "")
    hints = table.get("suggestions_hint", " (did you mean {suggestions}?)")
    hint = hints.format(suggestions=suggestions) if suggestions else ""
    try:
        text = template.format(**values, suggestions_hint=hint)
    except (KeyError, IndexError):
        return english
    # French typography: a no-break space between a number and its percent sign ("40 %")
    return re.sub(r"(\d)\s?%", "\\1\u00a0%", text) if lang == "fr" else text


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

# --- the other pages: layout, operators, runs, registration, errors ---------------------------

PAGE_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "nav_label": "Site sections",
        "nav_search": "Search",
        "nav_operators": "Operators",
        "nav_register": "Register a node",
        "skip_content": "Skip to content",
        "filters_show": "Show filters",
        "filters_close": "Back to the results",
        "chart_year_range": "from {lo} to {hi}",
        "offline_noscript": "JavaScript is off: the records are in the data block of this file "
        "(JSON).",
        "error_title": "Error {status}",
        "error_404": "There is nothing at this address.",
        "error_other": "This request could not be answered.",
        "home_link": "Go to the search page",
        "ops_heading": "Nodes and harvests",
        "ops_as_of": "Updated {time}",
        "metrics": "Metrics",
        "index_heading": "Search index:",
        "index_up": "up",
        "index_down": "unavailable",
        "index_documents": "{n} documents",
        "index_documents_one": "{n} document",
        "index_server": "server {v}",
        "index_behind": "{n} store changes not yet indexed",
        "index_behind_one": "{n} store change not yet indexed",
        "index_stuck": "not catching up",
        "index_writer": "written by process {pid} ({label}) on {host}",
        "index_hidden_error": "the search index is unavailable (operators see why)",
        "token_label": "Operator token",
        "quarantine_held": "{count} of {live} records are missing from the latest complete listing",
        "quarantine_hold": "their deletion is held in quarantine #{id}.",
        "approve_deletion": "Approve deletion",
        "keep_records": "Keep the records",
        "col_health": "Health",
        "col_last_run": "Last run",
        "col_next_run": "Next run",
        "col_records": "Records",
        "col_recent": "Recent runs",
        "col_actions": "Actions",
        "run_n": "run {n}",
        "run_heading": "Run {n} of {node}",
        "never": "never",
        "disabled": "disabled",
        "harvest_now": "Harvest now",
        "recent_runs_of": "recent runs of {node}",
        "msg_started": "harvest of {node} started; reload to follow it",
        "msg_refused": "refused",
        "msg_failed": "request failed",
        "msg_decided": "quarantine #{id}: done",
        "run_success": "success",
        "run_partial": "partial",
        "run_failed": "failed",
        "run_aborted": "aborted",
        "run_running": "running",
        "run_skipped": "skipped",
        "outcome_running": "running",
        "outcome_changed": "changed",
        "outcome_not-modified": "not modified",
        "outcome_invalid-records": "invalid records",
        "outcome_unreachable": "unreachable",
        "outcome_invalid-response": "invalid response",
        "outcome_protocol-error": "protocol error",
        "outcome_configuration": "configuration",
        "outcome_aborted": "aborted",
        "outcome_interrupted": "interrupted",
        "outcome_skipped": "skipped",
        "outcome_failed": "failed",
        "outcome_busy": "busy",
        "outcome_success": "success",
        "outcome_partial": "partial",
        "cause_running": "running: {pages} pages so far",
        "cause_all_rejected": "invalid records: all {n} records were rejected (see the run's "
        "errors)",
        "cause_rejected": "{n} invalid records rejected; {changed} changed",
        "cause_rejected_one": "{n} invalid record rejected; {changed} changed",
        "cause_not_modified": "not modified: nothing changed at the node",
        "cause_changed": "{added} added, {updated} updated, {deleted} deleted",
        "cause_unreachable": "the node could not be reached",
        "cause_invalid-response": "the node answered with an invalid response",
        "cause_protocol-error": "the node reported a protocol error",
        "cause_configuration": "the node's configuration is wrong",
        "cause_watchdog": "the run made no progress and was stopped",
        "cause_interrupted": "chm stopped during the run; the next run resumes",
        "cause_busy": "another run of this node was going on",
        "cause_status": "the run ended: {status}",
        "reason_pending": "no run has finished yet",
        "reason_misconfigured": "not scheduled: {problem}",
        "reason_quarantined": "{count} deletions held in quarantine #{id} until an operator "
        "approves or rejects them",
        "reason_failing": "{n} consecutive runs failed; last: {cause}",
        "reason_stale": "no successful run since {when} (schedule {schedule})",
        "reason_stale_ever": "no successful run ever (schedule {schedule})",
        "reason_last_failed": "the last run failed ({n} of {max} before “failing”): {cause}",
        "field_trigger": "Trigger",
        "field_started": "Started",
        "field_finished": "Finished",
        "field_from": "From",
        "full_listing": "full listing",
        "resumed_from": "resumed from {v}",
        "field_pages": "Pages",
        "pages_bytes": "{pages} ({bytes} bytes)",
        "run_counts": "{added} added · {updated} updated · {unchanged} unchanged · {deleted} "
        "deleted · {rejected} rejected",
        "trigger_manual": "by hand",
        "trigger_schedule": "on schedule",
        "errors_heading": "Errors ({n})",
        "errors_csv": "Download all errors as CSV",
        "col_count": "Count",
        "col_stage": "Stage",
        "col_message": "Message",
        "col_examples": "Examples",
        "no_errors": "No errors.",
        "stage_harvest": "harvest",
        "stage_map": "mapping",
        "stage_index": "indexing",
        "stage_enrich": "enrichment",
        "stage_warning": "warning",
        "reg_title": "Register your node",
        "reg_intro": "Give the address of your endpoint. chm checks it at once and shows a "
        "report you can act on. A node whose report fails is kept as pending and is harvested "
        "once a report passes.",
        "reg_skip": "Skip to the form",
        "reg_node": "Your node",
        "reg_id": "Node id",
        "reg_id_help": "lower-case letters, digits, “-”, “.”, “_”; e.g. sn-chm",
        "reg_name": "Name",
        "reg_country": "Country",
        "reg_country_help": "ISO 3166-1 alpha-2 code, e.g. SN",
        "reg_contact": "Contact",
        "reg_email": "E-mail",
        "reg_email_help": "not shown publicly",
        "reg_endpoint": "Endpoint",
        "reg_protocol": "Protocol",
        "reg_url": "URL",
        "reg_url_help": "for OAI-PMH, the base URL that answers ?verb=Identify",
        "reg_prefix": "Metadata prefix",
        "reg_prefix_help": "OAI-PMH only; default oai_dc",
        "reg_set": "Set",
        "reg_set_help": "OAI-PMH only; leave empty to harvest everything",
        "reg_mapping": "Mapping",
        "reg_mapping_help": "leave empty for the protocol's default",
        "reg_lang": "Default language",
        "reg_lang_help": "for records without one, e.g. fr",
        "reg_schedule": "Proposed schedule",
        "reg_schedule_help": "an interval (6h, 1d) or a cron expression",
        "reg_check": "Check only",
        "reg_submit": "Register",
        "protocol_json": "JSON API",
        "report_title": "Conformance report",
        "report_skip": "Skip to the report",
        "registered_heading": "Node {id} registered",
        "reg_status": "Status: {status}.",
        "node_active": "active",
        "node_pending": "pending",
        "note_active": "Registered and active: it will be harvested on its schedule.",
        "note_pending": "Registered as pending: the report fails, so the node is not harvested "
        "until a report passes (fix the failures, then ask for a new report).",
        "key_heading": "Your API key",
        "key_once": "It is shown only this once.",
        "key_keep": "Copy it now and keep it safe: chm stores only a hash of it.",
        "key_use": "To change your node, re-run this report or rotate the key, send it in "
        "this header:",
        "check_only_note": "Nothing was registered: this is a check only.",
        "back_to_form": "Back to the form",
        "report_for": "Report for {url}",
        "overall": "Overall: {status}",
        "report_counts": "{passed} passed, {warned} warnings, {failed} failed, {skipped} skipped",
        "col_result": "Result",
        "col_check": "Check",
        "col_found": "What we found",
        "hint": "Hint: {hint}",
        "check_pass": "PASS",
        "check_warn": "WARN",
        "check_fail": "FAIL",
        "check_skip": "SKIP",
        "failing_records": "Records that fail mapping",
        "download_report": "Download the report as JSON",
        "same_cluster": "same cluster",
        "allowed_by_operator": "allowed by an operator",
        "same_key": "same {scheme} {value}",
        "project_code": "project code",
    },
    "fr": {
        "nav_label": "Sections du site",
        "nav_search": "Recherche",
        "nav_operators": "Opérateurs",
        "nav_register": "Inscrire un nœud",
        "skip_content": "Aller au contenu",
        "filters_show": "Afficher les filtres",
        "filters_close": "Retour aux résultats",
        "chart_year_range": "de {lo} à {hi}",
        "offline_noscript": "JavaScript est désactivé : les fiches sont dans le bloc de données "
        "de ce fichier (JSON).",
        "error_title": "Erreur {status}",
        "error_404": "Il n'y a rien à cette adresse.",
        "error_other": "Cette demande n'a pas pu aboutir.",
        "home_link": "Aller à la page de recherche",
        "ops_heading": "Nœuds et moissonnages",
        "ops_as_of": "Mis à jour le {time}",
        "metrics": "Métriques",
        "index_heading": "Index de recherche :",
        "index_up": "disponible",
        "index_down": "indisponible",
        "index_documents": "{n} documents",
        "index_documents_one": "{n} document",
        "index_server": "serveur {v}",
        "index_behind": "{n} modifications de la base pas encore indexées",
        "index_behind_one": "{n} modification de la base pas encore indexée",
        "index_stuck": "ne rattrape pas son retard",
        "index_writer": "écrit par le processus {pid} ({label}) sur {host}",
        "index_hidden_error": "l'index de recherche est indisponible (les opérateurs voient "
        "pourquoi)",
        "token_label": "Jeton d'opérateur",
        "quarantine_held": "{count} fiches sur {live} manquent dans la dernière liste complète",
        "quarantine_hold": "leur suppression est retenue en quarantaine nº {id}.",
        "approve_deletion": "Approuver la suppression",
        "keep_records": "Garder les fiches",
        "col_health": "État",
        "col_last_run": "Dernier moissonnage",
        "col_next_run": "Prochain moissonnage",
        "col_records": "Fiches",
        "col_recent": "Moissonnages récents",
        "col_actions": "Actions",
        "run_n": "moissonnage {n}",
        "run_heading": "Moissonnage {n} de {node}",
        "never": "jamais",
        "disabled": "désactivé",
        "harvest_now": "Moissonner maintenant",
        "recent_runs_of": "moissonnages récents de {node}",
        "msg_started": "moissonnage de {node} lancé ; rechargez la page pour le suivre",
        "msg_refused": "refusé",
        "msg_failed": "la demande a échoué",
        "msg_decided": "quarantaine nº {id} : fait",
        "run_success": "réussi",
        "run_partial": "partiel",
        "run_failed": "échoué",
        "run_aborted": "interrompu",
        "run_running": "en cours",
        "run_skipped": "sauté",
        "outcome_running": "en cours",
        "outcome_changed": "modifié",
        "outcome_not-modified": "inchangé",
        "outcome_invalid-records": "fiches invalides",
        "outcome_unreachable": "injoignable",
        "outcome_invalid-response": "réponse invalide",
        "outcome_protocol-error": "erreur de protocole",
        "outcome_configuration": "configuration",
        "outcome_aborted": "interrompu",
        "outcome_interrupted": "coupé",
        "outcome_skipped": "sauté",
        "outcome_failed": "échoué",
        "outcome_busy": "occupé",
        "outcome_success": "réussi",
        "outcome_partial": "partiel",
        "cause_running": "en cours : {pages} pages jusqu'ici",
        "cause_all_rejected": "fiches invalides : les {n} fiches ont été rejetées (voir les "
        "erreurs du moissonnage)",
        "cause_rejected": "{n} fiches invalides rejetées ; {changed} modifiées",
        "cause_rejected_one": "{n} fiche invalide rejetée ; {changed} modifiées",
        "cause_not_modified": "inchangé : rien n'a changé sur le nœud",
        "cause_changed": "{added} ajoutées, {updated} modifiées, {deleted} supprimées",
        "cause_unreachable": "le nœud est injoignable",
        "cause_invalid-response": "le nœud a donné une réponse invalide",
        "cause_protocol-error": "le nœud a signalé une erreur de protocole",
        "cause_configuration": "la configuration du nœud est erronée",
        "cause_watchdog": "le moissonnage n'avançait plus et a été arrêté",
        "cause_interrupted": "chm s'est arrêté pendant le moissonnage ; le suivant reprendra",
        "cause_busy": "un autre moissonnage de ce nœud était en cours",
        "cause_status": "le moissonnage s'est terminé : {status}",
        "reason_pending": "aucun moissonnage n'est encore terminé",
        "reason_misconfigured": "non planifié : {problem}",
        "reason_quarantined": "{count} suppressions retenues en quarantaine nº {id} jusqu'à "
        "ce qu'un opérateur les approuve ou les refuse",
        "reason_failing": "{n} moissonnages consécutifs ont échoué ; dernier : {cause}",
        "reason_stale": "aucun moissonnage réussi depuis le {when} (calendrier {schedule})",
        "reason_stale_ever": "aucun moissonnage réussi (calendrier {schedule})",
        "reason_last_failed": "le dernier moissonnage a échoué ({n} sur {max} avant « en "
        "échec ») : {cause}",
        "field_trigger": "Déclenchement",
        "field_started": "Début",
        "field_finished": "Fin",
        "field_from": "Depuis",
        "full_listing": "liste complète",
        "resumed_from": "repris depuis {v}",
        "field_pages": "Pages",
        "pages_bytes": "{pages} ({bytes} octets)",
        "run_counts": "{added} ajoutées · {updated} modifiées · {unchanged} inchangées · "
        "{deleted} supprimées · {rejected} rejetées",
        "trigger_manual": "à la main",
        "trigger_schedule": "selon le calendrier",
        "errors_heading": "Erreurs ({n})",
        "errors_csv": "Télécharger toutes les erreurs en CSV",
        "col_count": "Nombre",
        "col_stage": "Étape",
        "col_message": "Message",
        "col_examples": "Exemples",
        "no_errors": "Aucune erreur.",
        "stage_harvest": "moissonnage",
        "stage_map": "conversion",
        "stage_index": "indexation",
        "stage_enrich": "enrichissement",
        "stage_warning": "avertissement",
        "reg_title": "Inscrire votre nœud",
        "reg_intro": "Indiquez l'adresse de votre point d'accès. chm le vérifie aussitôt et "
        "affiche un rapport utilisable. Un nœud dont le rapport échoue reste en attente et sera "
        "moissonné dès qu'un rapport réussit.",
        "reg_skip": "Aller au formulaire",
        "reg_node": "Votre nœud",
        "reg_id": "Identifiant du nœud",
        "reg_id_help": "lettres minuscules, chiffres, « - », « . », « _ » ; par ex. sn-chm",
        "reg_name": "Nom",
        "reg_country": "Pays",
        "reg_country_help": "code ISO 3166-1 alpha-2, par ex. SN",
        "reg_contact": "Personne à contacter",
        "reg_email": "Courriel",
        "reg_email_help": "non affiché publiquement",
        "reg_endpoint": "Point d'accès",
        "reg_protocol": "Protocole",
        "reg_url": "Adresse (URL)",
        "reg_url_help": "pour OAI-PMH, l'adresse de base qui répond à ?verb=Identify",
        "reg_prefix": "Préfixe de métadonnées",
        "reg_prefix_help": "OAI-PMH seulement ; oai_dc par défaut",
        "reg_set": "Ensemble (set)",
        "reg_set_help": "OAI-PMH seulement ; laisser vide pour tout moissonner",
        "reg_mapping": "Correspondance",
        "reg_mapping_help": "laisser vide pour celle du protocole",
        "reg_lang": "Langue par défaut",
        "reg_lang_help": "pour les fiches qui n'en indiquent pas, par ex. fr",
        "reg_schedule": "Calendrier proposé",
        "reg_schedule_help": "un intervalle (6h, 1d) ou une expression cron",
        "reg_check": "Vérifier seulement",
        "reg_submit": "Inscrire",
        "protocol_json": "API JSON",
        "report_title": "Rapport de conformité",
        "report_skip": "Aller au rapport",
        "registered_heading": "Nœud {id} inscrit",
        "reg_status": "Statut : {status}.",
        "node_active": "actif",
        "node_pending": "en attente",
        "note_active": "Inscrit et actif : il sera moissonné selon son calendrier.",
        "note_pending": "Inscrit en attente : le rapport échoue, le nœud ne sera moissonné "
        "qu'après un rapport réussi (corrigez les échecs, puis demandez un nouveau rapport).",
        "key_heading": "Votre clé d'API",
        "key_once": "Elle n'est affichée qu'une seule fois.",
        "key_keep": "Copiez-la maintenant et gardez-la en lieu sûr : chm n'en garde qu'une "
        "empreinte.",
        "key_use": "Pour modifier votre nœud, relancer ce rapport ou changer de clé, "
        "envoyez-la dans cet en-tête :",
        "check_only_note": "Rien n'a été inscrit : ceci n'est qu'une vérification.",
        "back_to_form": "Retour au formulaire",
        "report_for": "Rapport pour {url}",
        "overall": "Résultat global : {status}",
        "report_counts": "{passed} réussies, {warned} avertissements, {failed} échecs, "
        "{skipped} ignorées",
        "col_result": "Résultat",
        "col_check": "Vérification",
        "col_found": "Ce que nous avons trouvé",
        "hint": "Conseil : {hint}",
        "check_pass": "RÉUSSI",
        "check_warn": "AVERTISSEMENT",
        "check_fail": "ÉCHEC",
        "check_skip": "IGNORÉ",
        "failing_records": "Fiches dont la conversion échoue",
        "download_report": "Télécharger le rapport en JSON",
        "same_cluster": "même groupe",
        "allowed_by_operator": "autorisé par un opérateur",
        "same_key": "même {scheme} {value}",
        "project_code": "code de projet",
    },
    "es": {
        "nav_label": "Secciones del sitio",
        "nav_search": "Búsqueda",
        "nav_operators": "Operadores",
        "nav_register": "Registrar un nodo",
        "skip_content": "Ir al contenido",
        "filters_show": "Mostrar filtros",
        "filters_close": "Volver a los resultados",
        "chart_year_range": "de {lo} a {hi}",
        "offline_noscript": "JavaScript está desactivado: los registros están en el bloque de "
        "datos de este archivo (JSON).",
        "error_title": "Error {status}",
        "error_404": "No hay nada en esta dirección.",
        "error_other": "No se pudo responder a esta solicitud.",
        "home_link": "Ir a la página de búsqueda",
        "ops_heading": "Nodos y cosechas",
        "ops_as_of": "Actualizado el {time}",
        "metrics": "Métricas",
        "index_heading": "Índice de búsqueda:",
        "index_up": "disponible",
        "index_down": "no disponible",
        "index_documents": "{n} documentos",
        "index_documents_one": "{n} documento",
        "index_server": "servidor {v}",
        "index_behind": "{n} cambios del almacén aún sin indexar",
        "index_behind_one": "{n} cambio del almacén aún sin indexar",
        "index_stuck": "no se pone al día",
        "index_writer": "escrito por el proceso {pid} ({label}) en {host}",
        "index_hidden_error": "el índice de búsqueda no está disponible (los operadores ven "
        "por qué)",
        "token_label": "Token de operador",
        "quarantine_held": "faltan {count} de {live} registros en el último listado completo",
        "quarantine_hold": "su eliminación está retenida en la cuarentena n.º {id}.",
        "approve_deletion": "Aprobar la eliminación",
        "keep_records": "Conservar los registros",
        "col_health": "Estado",
        "col_last_run": "Última cosecha",
        "col_next_run": "Próxima cosecha",
        "col_records": "Registros",
        "col_recent": "Cosechas recientes",
        "col_actions": "Acciones",
        "run_n": "cosecha {n}",
        "run_heading": "Cosecha {n} de {node}",
        "never": "nunca",
        "disabled": "desactivado",
        "harvest_now": "Cosechar ahora",
        "recent_runs_of": "cosechas recientes de {node}",
        "msg_started": "cosecha de {node} iniciada; recargue la página para seguirla",
        "msg_refused": "rechazado",
        "msg_failed": "la solicitud falló",
        "msg_decided": "cuarentena n.º {id}: hecho",
        "run_success": "correcta",
        "run_partial": "parcial",
        "run_failed": "fallida",
        "run_aborted": "abortada",
        "run_running": "en curso",
        "run_skipped": "omitida",
        "outcome_running": "en curso",
        "outcome_changed": "con cambios",
        "outcome_not-modified": "sin cambios",
        "outcome_invalid-records": "registros no válidos",
        "outcome_unreachable": "inaccesible",
        "outcome_invalid-response": "respuesta no válida",
        "outcome_protocol-error": "error de protocolo",
        "outcome_configuration": "configuración",
        "outcome_aborted": "abortada",
        "outcome_interrupted": "interrumpida",
        "outcome_skipped": "omitida",
        "outcome_failed": "fallida",
        "outcome_busy": "ocupado",
        "outcome_success": "correcta",
        "outcome_partial": "parcial",
        "cause_running": "en curso: {pages} páginas hasta ahora",
        "cause_all_rejected": "registros no válidos: se rechazaron los {n} registros (vea los "
        "errores de la cosecha)",
        "cause_rejected": "{n} registros no válidos rechazados; {changed} con cambios",
        "cause_rejected_one": "{n} registro no válido rechazado; {changed} con cambios",
        "cause_not_modified": "sin cambios: nada cambió en el nodo",
        "cause_changed": "{added} añadidos, {updated} actualizados, {deleted} eliminados",
        "cause_unreachable": "no se pudo contactar con el nodo",
        "cause_invalid-response": "el nodo dio una respuesta no válida",
        "cause_protocol-error": "el nodo informó de un error de protocolo",
        "cause_configuration": "la configuración del nodo es incorrecta",
        "cause_watchdog": "la cosecha no avanzaba y se detuvo",
        "cause_interrupted": "chm se detuvo durante la cosecha; la siguiente la reanudará",
        "cause_busy": "otra cosecha de este nodo estaba en curso",
        "cause_status": "la cosecha terminó: {status}",
        "reason_pending": "todavía no ha terminado ninguna cosecha",
        "reason_misconfigured": "sin programar: {problem}",
        "reason_quarantined": "{count} eliminaciones retenidas en la cuarentena n.º {id} hasta "
        "que un operador las apruebe o las rechace",
        "reason_failing": "{n} cosechas seguidas fallaron; la última: {cause}",
        "reason_stale": "ninguna cosecha correcta desde el {when} (calendario {schedule})",
        "reason_stale_ever": "ninguna cosecha correcta nunca (calendario {schedule})",
        "reason_last_failed": "la última cosecha falló ({n} de {max} antes de «fallando»): {cause}",
        "field_trigger": "Origen",
        "field_started": "Inicio",
        "field_finished": "Fin",
        "field_from": "Desde",
        "full_listing": "listado completo",
        "resumed_from": "reanudada desde {v}",
        "field_pages": "Páginas",
        "pages_bytes": "{pages} ({bytes} bytes)",
        "run_counts": "{added} añadidos · {updated} actualizados · {unchanged} sin cambios · "
        "{deleted} eliminados · {rejected} rechazados",
        "trigger_manual": "a mano",
        "trigger_schedule": "según el calendario",
        "errors_heading": "Errores ({n})",
        "errors_csv": "Descargar todos los errores en CSV",
        "col_count": "Número",
        "col_stage": "Etapa",
        "col_message": "Mensaje",
        "col_examples": "Ejemplos",
        "no_errors": "Ningún error.",
        "stage_harvest": "cosecha",
        "stage_map": "conversión",
        "stage_index": "indexación",
        "stage_enrich": "enriquecimiento",
        "stage_warning": "aviso",
        "reg_title": "Registrar su nodo",
        "reg_intro": "Indique la dirección de su punto de acceso. chm lo comprueba enseguida y "
        "muestra un informe útil. Un nodo cuyo informe falla queda pendiente y se cosecha en "
        "cuanto un informe sea correcto.",
        "reg_skip": "Ir al formulario",
        "reg_node": "Su nodo",
        "reg_id": "Identificador del nodo",
        "reg_id_help": "letras minúsculas, cifras, «-», «.», «_»; p. ej. sn-chm",
        "reg_name": "Nombre",
        "reg_country": "País",
        "reg_country_help": "código ISO 3166-1 alfa-2, p. ej. SN",
        "reg_contact": "Persona de contacto",
        "reg_email": "Correo electrónico",
        "reg_email_help": "no se muestra públicamente",
        "reg_endpoint": "Punto de acceso",
        "reg_protocol": "Protocolo",
        "reg_url": "Dirección (URL)",
        "reg_url_help": "para OAI-PMH, la dirección base que responde a ?verb=Identify",
        "reg_prefix": "Prefijo de metadatos",
        "reg_prefix_help": "solo OAI-PMH; oai_dc por defecto",
        "reg_set": "Conjunto (set)",
        "reg_set_help": "solo OAI-PMH; déjelo vacío para cosecharlo todo",
        "reg_mapping": "Correspondencia",
        "reg_mapping_help": "déjelo vacío para usar la del protocolo",
        "reg_lang": "Idioma por defecto",
        "reg_lang_help": "para los registros que no lo indican, p. ej. fr",
        "reg_schedule": "Calendario propuesto",
        "reg_schedule_help": "un intervalo (6h, 1d) o una expresión cron",
        "reg_check": "Solo comprobar",
        "reg_submit": "Registrar",
        "protocol_json": "API JSON",
        "report_title": "Informe de conformidad",
        "report_skip": "Ir al informe",
        "registered_heading": "Nodo {id} registrado",
        "reg_status": "Estado: {status}.",
        "node_active": "activo",
        "node_pending": "pendiente",
        "note_active": "Registrado y activo: se cosechará según su calendario.",
        "note_pending": "Registrado como pendiente: el informe falla, así que el nodo no se "
        "cosecha hasta que un informe sea correcto (corrija los fallos y pida un nuevo "
        "informe).",
        "key_heading": "Su clave de API",
        "key_once": "Solo se muestra esta vez.",
        "key_keep": "Cópiela ahora y guárdela en lugar seguro: chm solo guarda una huella.",
        "key_use": "Para cambiar su nodo, repetir este informe o cambiar la clave, envíela en "
        "esta cabecera:",
        "check_only_note": "No se registró nada: esto es solo una comprobación.",
        "back_to_form": "Volver al formulario",
        "report_for": "Informe para {url}",
        "overall": "Resultado global: {status}",
        "report_counts": "{passed} correctas, {warned} avisos, {failed} fallos, {skipped} omitidas",
        "col_result": "Resultado",
        "col_check": "Comprobación",
        "col_found": "Lo que encontramos",
        "hint": "Sugerencia: {hint}",
        "check_pass": "CORRECTO",
        "check_warn": "AVISO",
        "check_fail": "FALLO",
        "check_skip": "OMITIDO",
        "failing_records": "Registros cuya conversión falla",
        "download_report": "Descargar el informe en JSON",
        "same_cluster": "mismo grupo",
        "allowed_by_operator": "autorizado por un operador",
        "same_key": "mismo {scheme} {value}",
        "project_code": "código de proyecto",
    },
}
for _lang, _table in PAGE_STRINGS.items():
    STRINGS[_lang].update(_table)

DUPLICATE_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "duplicates_link": "Duplicates",
        "dup_heading": "Duplicate clusters",
        "dup_clusters": "{n} clusters",
        "dup_clusters_one": "{n} cluster",
        "dup_previous": "previous",
        "dup_next": "next",
        "dup_same_item": "Same item:",
        "dup_and": "and",
        "dup_record_id": "record id",
        "dup_allow": "Allow (join them)",
        "dup_records": "{n} records",
        "dup_records_one": "{n} record",
        "dup_why": "Why:",
        "dup_block": "Not the same item (block)",
        "dup_rule_allow": "allowed",
        "dup_rule_block": "blocked",
        "dup_by": "by {who}",
        "dup_none": "No duplicates found.",
        "dup_blocked_heading": "Kept apart (block list)",
        "dup_no_blocked": "No pair is blocked.",
        "dup_remove": "Remove",
        "msg_blocked": "blocked; reload to see the clusters again",
        "msg_removed": "rule removed; reload",
        "msg_allowed": "allowed; reload",
        "dup_reason_similar_title": "similar title (similarity {score})",
        "dup_reason_same_country": "same country: {countries}",
        "dup_reason_year": "year {year}",
        "dup_reason_similar_subject": "same subject in titles in {languages}: {subjects}",
        "dup_reason_number": "number {n}",
        "dup_reason_same_creator": "same creator",
        "dup_reason_similar_content": "the texts say the same: {words}",
        "dup_reason_same_page": "the same country page: {countries} ({roles})",
        "dup_scheme_url": "address",
    },
    "fr": {
        "duplicates_link": "Doublons",
        "dup_heading": "Groupes de doublons",
        "dup_clusters": "{n} groupes",
        "dup_clusters_one": "{n} groupe",
        "dup_previous": "précédents",
        "dup_next": "suivants",
        "dup_same_item": "Même document :",
        "dup_and": "et",
        "dup_record_id": "identifiant de la notice",
        "dup_allow": "Autoriser (les réunir)",
        "dup_records": "{n} notices",
        "dup_records_one": "{n} notice",
        "dup_why": "Pourquoi :",
        "dup_block": "Pas le même document (bloquer)",
        "dup_rule_allow": "autorisé",
        "dup_rule_block": "bloqué",
        "dup_by": "par {who}",
        "dup_none": "Aucun doublon trouvé.",
        "dup_blocked_heading": "Tenus séparés (liste de blocage)",
        "dup_no_blocked": "Aucune paire n’est bloquée.",
        "dup_remove": "Retirer",
        "msg_blocked": "bloqué ; rechargez pour revoir les groupes",
        "msg_removed": "règle retirée ; rechargez",
        "msg_allowed": "autorisé ; rechargez",
        "dup_reason_similar_title": "titre semblable (similarité {score})",
        "dup_reason_same_country": "même pays : {countries}",
        "dup_reason_year": "année {year}",
        "dup_reason_similar_subject": "même sujet dans des titres en {languages} : {subjects}",
        "dup_reason_number": "numéro {n}",
        "dup_reason_same_creator": "même auteur",
        "dup_reason_similar_content": "les textes disent la même chose : {words}",
        "dup_reason_same_page": "même page de pays : {countries} ({roles})",
        "dup_scheme_url": "adresse",
    },
    "es": {
        "duplicates_link": "Duplicados",
        "dup_heading": "Grupos de duplicados",
        "dup_clusters": "{n} grupos",
        "dup_clusters_one": "{n} grupo",
        "dup_previous": "anteriores",
        "dup_next": "siguientes",
        "dup_same_item": "Mismo documento:",
        "dup_and": "y",
        "dup_record_id": "identificador del registro",
        "dup_allow": "Autorizar (unirlos)",
        "dup_records": "{n} registros",
        "dup_records_one": "{n} registro",
        "dup_why": "Por qué:",
        "dup_block": "No es el mismo documento (bloquear)",
        "dup_rule_allow": "autorizado",
        "dup_rule_block": "bloqueado",
        "dup_by": "por {who}",
        "dup_none": "No se encontraron duplicados.",
        "dup_blocked_heading": "Separados (lista de bloqueo)",
        "dup_no_blocked": "Ningún par está bloqueado.",
        "dup_remove": "Quitar",
        "msg_blocked": "bloqueado; recargue para ver de nuevo los grupos",
        "msg_removed": "regla quitada; recargue",
        "msg_allowed": "autorizado; recargue",
        "dup_reason_similar_title": "título similar (similitud {score})",
        "dup_reason_same_country": "mismo país: {countries}",
        "dup_reason_year": "año {year}",
        "dup_reason_similar_subject": "mismo tema en títulos en {languages}: {subjects}",
        "dup_reason_number": "número {n}",
        "dup_reason_same_creator": "mismo autor",
        "dup_reason_similar_content": "los textos dicen lo mismo: {words}",
        "dup_reason_same_page": "la misma página de país: {countries} ({roles})",
        "dup_scheme_url": "dirección",
    },
}
for _lang, _table in DUPLICATE_STRINGS.items():
    STRINGS[_lang].update(_table)

CHECK_TITLES: dict[str, dict[str, str]] = {
    "fr": {
        "url_policy": "Entrée hostile",
        "url": "URL",
        "oai": "Autres vérifications OAI-PMH",
        "identify": "Identify",
        "identify.protocol_version": "Version du protocole",
        "identify.granularity": "Granularité des dates",
        "identify.earliest_datestamp": "Date la plus ancienne",
        "identify.deleted_record": "Fiches supprimées",
        "identify.admin_email": "Courriel de l'administrateur",
        "identify.utc": "Dates en UTC",
        "metadata_formats": "Formats de métadonnées",
        "list_sets": "Ensembles (sets)",
        "list_records": "ListRecords",
        "list_records.rejected": "Fiches mal formées",
        "list_metadata_formats": "Formats de métadonnées",
        "resumption_token": "Jeton de reprise",
        "datestamps": "Dates des fiches",
        "fetch": "Première page",
        "types": "Types de fiche",
        "mapping": "Conversion",
        "concepts": "Concepts du vocabulaire",
        "field.languages": "Champ : langues",
        "field.countries": "Champ : pays",
        "field.date": "Champ : date",
    },
    "es": {
        "url_policy": "Entrada hostil",
        "url": "URL",
        "oai": "Otras comprobaciones OAI-PMH",
        "identify": "Identify",
        "identify.protocol_version": "Versión del protocolo",
        "identify.granularity": "Granularidad de las fechas",
        "identify.earliest_datestamp": "Fecha más antigua",
        "identify.deleted_record": "Registros eliminados",
        "identify.admin_email": "Correo del administrador",
        "identify.utc": "Fechas en UTC",
        "metadata_formats": "Formatos de metadatos",
        "list_sets": "Conjuntos (sets)",
        "list_records": "ListRecords",
        "list_records.rejected": "Registros mal formados",
        "list_metadata_formats": "Formatos de metadatos",
        "resumption_token": "Token de reanudación",
        "datestamps": "Fechas de los registros",
        "fetch": "Primera página",
        "types": "Tipos de registro",
        "mapping": "Conversión",
        "concepts": "Conceptos del vocabulario",
        "field.languages": "Campo: idiomas",
        "field.countries": "Campo: países",
        "field.date": "Campo: fecha",
    },
}
"""Titles of the conformance checks by check id (English is the check's own title); the
checks' findings are technical text about the endpoint and stay in English."""


def check_title(check_id: str, english: str, lang: str) -> str:
    """A conformance check's title in ``lang`` (the English title when there is none)."""
    return CHECK_TITLES.get(lang, {}).get(check_id, english)


def dup_reason(reason: str | dict[str, Any], lang: str, vocabulary: Any = None) -> str:
    """Why two records are the same item, in words of ``lang``.

    ``reason`` is a stored reason or its parsed form ``{"code", "params"}``
    (:func:`matching.duplicates.parse_reason`); ``vocabulary`` names the subjects of a
    "same subject" reason by their labels in ``lang`` (their ids without it).

    Example::

        dup_reason({"code": "same-identifier", "params": {"scheme": "doi", "value": "10.1/x"}},
                   "fr")   # 'même DOI 10.1/x'
    """
    from matching.duplicates import parse_reason

    got = parse_reason(reason) if isinstance(reason, str) else reason
    code, p = got["code"], got.get("params") or {}
    t = translator(lang)
    if code == "same-cluster":
        return t("same_cluster")
    if code == "allowed":
        return t("allowed_by_operator")
    if code == "same-identifier":
        kind = str(p.get("scheme") or "")
        named = {"code": t("project_code"), "url": t("dup_scheme_url")}.get(kind, kind.upper())
        return t("same_key", scheme=named, value=p.get("value", ""))
    parts: list[str] = []
    if code == "similar-title":
        parts.append(t("dup_reason_similar_title", score=format_number(p.get("score", 0), lang)))
        if p.get("countries"):
            names = [country_name(c, lang) for c in p["countries"]]
            parts.append(t("dup_reason_same_country", countries=_listed(names, lang)))
    elif code == "similar-subject":
        subjects = [_concept_label(x, lang, vocabulary) for x in p.get("topics", ())]
        subjects += [country_name(c, lang) for c in p.get("countries", ())]
        subjects += [_concept_label(x, lang, vocabulary) for x in p.get("regions", ())]
        subjects += [t("dup_reason_number", n=n) for n in p.get("numbers", ())]
        names = [language_name(x, lang) for x in p.get("languages", ())]
        if lang != "en":  # mid-sentence, French and Spanish write language names in lower case
            names = [n[:1].lower() + n[1:] for n in names]
        languages = _listed(names, lang)
        parts.append(
            t("dup_reason_similar_subject", languages=languages, subjects=", ".join(subjects))
        )
        if p.get("same_creator"):
            parts.append(t("dup_reason_same_creator"))
    elif code == "similar-content":
        said = [*p.get("codes", ()), *p.get("words", ())]
        parts.append(t("dup_reason_similar_content", words=", ".join(said)))
    elif code == "same-page":
        names = [country_name(c, lang) for c in p.get("countries", ())]
        roles = [_PAGE_ROLES.get(x, x) for x in p.get("roles", ())]
        parts.append(
            t("dup_reason_same_page", countries=_listed(names, lang), roles=", ".join(roles))
        )
    else:
        return str(p.get("text", ""))
    if p.get("year") is not None:
        parts.append(t("dup_reason_year", year=p["year"]))
    return ", ".join(parts)


_PAGE_ROLES = {
    "g:bch": "BCH",
    "g:abs": "ABS",
    "g:mercury": "Minamata",
    "g:ramsar": "Ramsar",
    "g:cites": "CITES",
    "g:cpb": "Cartagena",
    "g:basel": "Basel",
    "g:rotterdam": "Rotterdam",
    "g:stockholm": "Stockholm",
    "g:chm": "CHM",
    "g:cbd": "CBD",
    "g:ozone": "Montreal Protocol",
    "r:nfp": "NFP",
    "r:cna": "CNA",
    "r:dna": "DNA",
    "r:pest": "pesticides",
    "r:ichem": "industrial chemicals",
    "r:ma": "MA",
    "r:sa": "SA",
    "r:cp": "checkpoint",
}
"""The regimes and roles of a "same page" reason (:func:`matching.duplicates.page_match`), by
the acronyms every language of the pages uses."""


def _listed(items: list[str], lang: str) -> str:
    """``a, b and c`` in ``lang``."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {translator(lang)('dup_and')} {items[-1]}"


def _concept_label(slug: str, lang: str, vocabulary: Any) -> str:
    """A concept named by the last part of its URI (``lmo-detection``), by its label."""
    uri = _concept_uris(vocabulary).get(slug) if vocabulary is not None else None
    if uri is not None:
        try:
            label = vocabulary.label(uri, lang)
        except (KeyError, AttributeError):
            label = None
        if label:
            return str(label)
    return slug.replace("-", " ")


_URIS: PerObject[dict[str, str]] = PerObject(2)


def _concept_uris(vocabulary: Any) -> dict[str, str]:
    got = _URIS.get(vocabulary)
    if got is None:
        uris = getattr(vocabulary, "concepts", {}) or {}
        got = {u.rsplit("/", 1)[-1]: u for u in uris}
        _URIS.put(vocabulary, got)
    return got


# --- numbers and dates in the reader's locale ---------------------------------------------------


def format_number(value: object, lang: str) -> str:
    """``2900`` as ``2,900`` (en), ``2 900`` (fr, narrow no-break space), ``2.900`` (es)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    return _number(value, lang if lang in LANGS else "en")


@lru_cache(maxsize=8192)
def _number(value: int | float, lang: str) -> str:
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=lang))


_DATE = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def format_date(value: object, lang: str) -> str:
    """An ISO date or timestamp as the reader writes it (see :func:`_date`)."""
    return _date("" if value is None else str(value).strip(), lang if lang in LANGS else "en")


@lru_cache(maxsize=8192)
def _date(text: str, locale: str) -> str:
    """An ISO date or timestamp as the reader writes it: ``2019`` stays ``2019``, ``2019-07``
    becomes ``Jul 2019`` / ``juil. 2019``, a day ``15 Jul 2019``-like, a timestamp with its time
    (UTC). Anything else is shown as it is."""
    from datetime import date, datetime

    from babel.dates import format_date as babel_date
    from babel.dates import format_datetime, format_skeleton

    m = _DATE.match(text)
    try:
        if m and m.group(2) is None:
            return text
        if m and m.group(3) is None:
            day = date(int(m.group(1)), int(m.group(2)), 1)
            return str(format_skeleton("yMMM", day, locale=locale))
        if m:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return str(babel_date(day, "medium", locale=locale))
        if "T" in text:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                return str(format_datetime(moment, "medium", locale=locale))
            shown = format_datetime(moment, "medium", tzinfo=moment.tzinfo, locale=locale)
            return f"{shown} UTC" if moment.utcoffset() == timedelta(0) else str(shown)
    except (ValueError, OverflowError):
        return text
    return text


# --- messages with a stable code (core.messages.Message) ----------------------------------------

MESSAGES: dict[str, dict[str, str]] = {
    "fr": {
        # the registration API (search_api.registration.REGISTRATION_MESSAGES)
        "too_many_requests": "trop de demandes ({action}) depuis {client} : la limite est de "
        "{per_hour} par heure ; réessayez dans {seconds} secondes",
        "node_invalid": "{what} : {problem}",
        "what.registration": "inscription",
        "what.change": "modification",
        "what.validate": "vérification",
        "what.check": "vérification",
        "mapping_file_operators": "seuls les opérateurs peuvent donner à un nœud un fichier de "
        "correspondance du serveur ; indiquez le nom d'une correspondance (GET /api/mappings "
        "les liste) ou demandez à un opérateur",
        "body_object": "le corps de la requête doit être un objet JSON",
        "unknown_fields": "champ(s) inconnu(s) : {names} (connus : {known})",
        "refused": "inscription refusée : {detail}",
        "patch_body": "le corps de la requête doit être un objet JSON avec les champs à modifier",
        "unchangeable_fields": "champ(s) non modifiable(s) : {names} (modifiables : {known})",
        "status_operators": "seuls les opérateurs changent le statut d'un nœud ; un nœud en "
        "attente devient actif quand son rapport réussit (POST /api/nodes/{id}/validate)",
        "no_report": "le nœud « {id} » n'a pas encore de rapport (POST /api/nodes/{id}/validate)",
        "validate_body": "le corps de la requête doit être un objet JSON contenant au moins "
        "« url »",
        "unknown_fields_only": "champ(s) inconnu(s) : {names}",
        # a node's definition (core.config.NODE_MESSAGES, core.triggers.SCHEDULE_MESSAGES)
        "node.not_table": "(nœud) : doit être une table",
        "node.unknown_key": "{key} : clé inconnue (connues : {known})",
        "node.required": "{key} : obligatoire, un texte non vide",
        "node.bad_id": "identifiant : « {value} » ne doit contenir que des minuscules, des "
        "chiffres, « . », « _ » ou « - »",
        "node.bad_protocol": "protocole : « {value} » n'est pas l'un de {known}",
        "node.bad_url": "url : « {value} » n'est pas une URL http(s)",
        "node.bad_country": "pays : « {value} » n'est pas un code ISO 3166-1 alpha-2 comme « FR »",
        "node.bad_type": "{key} : {type} attendu, reçu {value}",
        "node.mapping": "correspondance : {detail}",
        "node.misconfigured": "{where}.{problem}",
        "schedule.not_text": "calendrier : {value} n'est pas un calendrier ; attendu : un "
        "intervalle (30m, 6h, 1d) ou une expression cron à 5 champs comme « 0 3 * * * » (UTC)",
        "schedule.too_long": "calendrier : une valeur de {n} caractères n'est pas un calendrier ; "
        "un intervalle (30m, 6h, 1d) ou une expression cron à 5 champs comme « 0 3 * * * » (UTC)",
        "schedule.zero": "calendrier : « {value} » est un intervalle nul ; attendu : un "
        "intervalle (30m, 6h, 1d) ou une expression cron à 5 champs comme « 0 3 * * * » (UTC)",
        "schedule.invalid": "calendrier : « {value} » n'est pas valide : {detail} ; attendu : un "
        "intervalle (30m, 6h, 1d) ou une expression cron à 5 champs comme « 0 3 * * * » (UTC)",
        "schedule.never": "calendrier : « {value} » ne se déclenche jamais (aucune date ne "
        "correspond)",
        # the node registry (registration.registry.REGISTRY_MESSAGES)
        "registry.no_node": "aucun nœud « {id} »",
        "no_record": "aucune fiche « {id} »",
        "registry.exists": "un nœud porte déjà l'identifiant « {id} » ; choisissez-en un autre",
        "registry.bad_secret": "{detail}",
        "registry.in_config": "le nœud « {id} » est défini dans {file} ; modifiez-le là (l'API "
        "et ces commandes ne modifient que les nœuds inscrits)",
        "registry.file_broken": "le registre des nœuds ne peut pas être modifié pour l'instant : "
        "{detail} ; les opérateurs ont été prévenus (chm le signale à chaque commande)",
        "registry.file_unwritable": "le registre des nœuds ne peut pas être enregistré : {detail}",
        "registry.bad_status": "le statut « {value} » n'est pas l'un de {known}",
        # the conformance report (registration.conformance.CHECK_MESSAGES, CHECK_HINTS)
        "word.missing": "absent",
        "word.none": "aucun",
        "word.more": " et {n} autres",
        "label.languages": "une langue",
        "label.languages_oai": "dc:language",
        "label.countries": "un pays",
        "label.countries_oai": "un pays (dc:coverage)",
        "label.date": "une date",
        "label.date_oai": "une date (dc:date)",
        "url.refused": "refusé : {detail}",
        "url.ok": "{url} est une URL http(s) que la politique d'adresses autorise",
        "step.unreachable": "le point d'accès est injoignable : {detail}",
        "step.invalid_response": "la réponse du point d'accès est inutilisable : {detail}",
        "step.protocol_error": "le point d'accès a répondu par l'erreur OAI-PMH {oai_code}",
        "step.failed": "la requête a échoué : {detail}",
        "oai.skipped": "ignorée parce qu'Identify a échoué",
        "identify.missing": "la réponse n'a pas d'élément <Identify>",
        "identify.ok": "le point d'accès répond à Identify : {name}",
        "version.ok": "OAI-PMH 2.0",
        "version.bad": "protocolVersion vaut « {value} », chm ne moissonne que OAI-PMH 2.0",
        "granularity.seconds": "secondes (AAAA-MM-JJThh:mm:ssZ)",
        "granularity.days": "jours (AAAA-MM-JJ) : chaque moissonnage incrémental relit le jour "
        "en cours",
        "granularity.bad": "la granularité vaut « {value} » ; chm suppose des jours",
        "earliest.ok": "{value}",
        "earliest.bad": "earliestDatestamp « {value} » n'est pas une date UTC dans la "
        "granularité déclarée",
        "deleted.persistent": "persistent : les suppressions sont conservées",
        "deleted.partial": "deletedRecord vaut « {value} » : chm ne voit les suppressions que "
        "lors des moissonnages complets",
        "deleted.bad": "deletedRecord vaut « {value} », ni no, ni transient, ni persistent",
        "email.ok": "{emails}",
        "email.none": "aucun <adminEmail> valide : les opérateurs ne peuvent pas joindre "
        "l'administrateur de l'entrepôt",
        "utc.ok": "responseDate {value} est en UTC",
        "utc.bad": "responseDate « {value} » n'est pas une date UTC (AAAA-MM-JJThh:mm:ssZ)",
        "formats.ok": "« {prefix} » est proposé (tous : {offered})",
        "formats.missing": "le point d'accès ne propose pas « {prefix} » (il propose : {offered})",
        "sets.none": "l'entrepôt n'utilise pas d'ensembles",
        "sets.none_asked": "l'entrepôt n'a pas d'ensembles, mais le nœud demande l'ensemble "
        "« {set} »",
        "sets.offered": "{n} ensembles proposés",
        "sets.offered_more": "{n} ensembles proposés (d'autres sur les pages suivantes)",
        "sets.ok": "l'ensemble « {set} » est proposé",
        "sets.not_first_page": "l'ensemble « {set} » n'est pas sur la première page de ListSets",
        "sets.missing": "l'ensemble « {set} » n'est pas proposé (ensembles : {sets})",
        "records.none": "le point d'accès n'a aucune fiche en « {prefix} »",
        "records.none_in_set": "le point d'accès n'a aucune fiche en « {prefix} » dans "
        "l'ensemble « {set} »",
        "records.first_page": "{n} fiches sur la première page",
        "records.rejected": "une fiche a été écartée : {detail}",
        "token.none": "une seule page : pas de jeton",
        "token.ok": "le jeton a été suivi : {n} fiches sur la deuxième page",
        "datestamps.ok": "toutes les dates des fiches sont en UTC, comme déclaré",
        "datestamps.bad": "{n} dates de fiche sur {total} ne suivent pas la granularité "
        "déclarée en UTC : {shown}",
        "fetch.protocol": "ce serveur ne sait pas encore moissonner le protocole « {protocol} » "
        "({detail})",
        "fetch.empty": "la première page n'a aucune fiche",
        "mapping.unknown": "aucune correspondance « {mapping} » : {detail}",
        "mapping.no_sample": "aucune fiche active à convertir dans l'échantillon",
        "mapping.ok": "les {n} fiches de l'échantillon se convertissent en fiche chm",
        "mapping.none": "aucune des {n} fiches de l'échantillon ne peut être convertie : "
        "{shown}{more}",
        "mapping.some": "{n} fiches sur {total} échouent à la conversion : {shown}{more}",
        "types.ok": "chaque fiche convertie a un type",
        "types.other": "{n} fiches sur {total} sont de type « autre » : valeurs du type de "
        "fiche {shown}",
        "types.other_oai": "{n} fiches sur {total} sont de type « autre » : valeurs de dc:type "
        "{shown}",
        "field.ok": "chaque fiche convertie a {label}",
        "field.lacking": "{n} fiches sur {total} n'ont pas {label}",
        "concepts.not_loaded": "le vocabulaire n'est pas chargé : part des concepts non mesurée",
        "concepts.share": "{n} fiches sur {total} ({share}) reçoivent des concepts du "
        "vocabulaire du réseau",
        "hint.unreachable": "le point d'accès doit être joignable depuis Internet : vérifiez le "
        "nom d'hôte, le port et que le serveur fonctionne",
        "hint.refused": "chm ne lit que des points d'accès http(s) publics qui répondent dans "
        "le délai et la taille autorisés ; corrigez l'URL ou demandez aux opérateurs",
        "hint.base_url": "l'URL doit être l'URL de base OAI-PMH, l'adresse qui répond à "
        "?verb=Identify (elle finit souvent par /oai, /oai2d ou /oai/request)",
        "hint.version": "servez OAI-PMH 2.0 et déclarez <protocolVersion>2.0</protocolVersion>",
        "hint.granularity": "déclarez <granularity>{seconds}</granularity> ou {day}",
        "hint.earliest": "donnez la date de la fiche la plus ancienne, p. ex. 2011-01-01T00:00:00Z",
        "hint.deleted": 'gardez les fiches supprimées comme en-têtes avec status="deleted" et '
        "déclarez deletedRecord « persistent »",
        "hint.deleted_value": "déclarez <deletedRecord>persistent</deletedRecord> (ou transient "
        "/ no)",
        "hint.email": "ajoutez un <adminEmail> avec une adresse suivie",
        "hint.utc": "les dates OAI-PMH sont en UTC avec un Z final ; un fuseau local décale les "
        "moissonnages incrémentaux et des fiches peuvent être manquées",
        "hint.formats_answer": "le point d'accès doit répondre à ListMetadataFormats",
        "hint.formats": "donnez au nœud un préfixe de métadonnées que le point d'accès propose, "
        "avec une correspondance pour lui",
        "hint.sets_answer": "ListSets devrait répondre",
        "hint.remove_set": "retirez l'ensemble de la définition du nœud",
        "hint.set_name": "vérifiez le nom de l'ensemble ; seule la première page des ensembles "
        "a été lue",
        "hint.set_choice": "utilisez l'une des valeurs setSpec du point d'accès, ou aucun ensemble",
        "hint.records": "ListRecords avec le préfixe de métadonnées du nœud (et son ensemble) "
        "doit renvoyer des fiches",
        "hint.no_records": "rien ne sera moissonné tant qu'aucune fiche n'est publiée",
        "hint.token": "un jeton de reprise doit donner la page suivante ; les jetons ne doivent "
        "pas expirer en quelques minutes",
        "hint.datestamps": "donnez à chaque en-tête une <datestamp> UTC dans la granularité "
        "déclarée par Identify",
        "hint.protocol": "demandez aux opérateurs, ou proposez OAI-PMH",
        "hint.first_page": "l'URL doit renvoyer la première page de fiches dans le format déclaré",
        "hint.mapping_choice": "choisissez l'une des correspondances de chm pour le format du nœud",
        "hint.types": "indiquez dans chaque fiche un type que chm connaît (projet, besoin, offre "
        "d'appui, document d'orientation…, en anglais, français ou espagnol), ou demandez au "
        "réseau d'ajouter votre formulation au schéma des types de fiche du thésaurus ; une "
        "correspondance propre au nœud peut la traduire dans une table de valeurs",
        "hint.mapping_format": "vérifiez que les fiches sont dans le format que lit la "
        "correspondance « {mapping} »",
        "hint.mapping_some": "corrigez ces fiches à la source ; les autres seront moissonnées",
        "hint.languages": "ajoutez-la ou donnez une langue par défaut au nœud",
        "hint.countries": "ajoutez-le ou indiquez le pays du nœud",
        "hint.date": "ajoutez la date de publication ou du projet",
        "hint.concepts": "ajoutez des mots-clés (dc:subject) dans les termes du vocabulaire, "
        "dans n'importe quelle langue",
    },
    "es": {
        "too_many_requests": "demasiadas solicitudes ({action}) desde {client}: el límite es "
        "{per_hour} por hora; inténtelo de nuevo dentro de {seconds} segundos",
        "node_invalid": "{what}: {problem}",
        "what.registration": "registro",
        "what.change": "cambio",
        "what.validate": "comprobación",
        "what.check": "comprobación",
        "mapping_file_operators": "solo los operadores pueden dar a un nodo un archivo de "
        "correspondencia del servidor; indique el nombre de una correspondencia (GET "
        "/api/mappings las lista) o pregunte a un operador",
        "body_object": "el cuerpo de la solicitud debe ser un objeto JSON",
        "unknown_fields": "campo(s) desconocido(s): {names} (conocidos: {known})",
        "refused": "registro rechazado: {detail}",
        "patch_body": "el cuerpo de la solicitud debe ser un objeto JSON con los campos que "
        "cambiar",
        "unchangeable_fields": "campo(s) que no se pueden cambiar: {names} (se pueden cambiar: "
        "{known})",
        "status_operators": "solo los operadores cambian el estado de un nodo; un nodo "
        "pendiente pasa a activo cuando su informe es correcto (POST /api/nodes/{id}/validate)",
        "no_report": "el nodo «{id}» aún no tiene informe (POST /api/nodes/{id}/validate)",
        "validate_body": "el cuerpo de la solicitud debe ser un objeto JSON con al menos «url»",
        "unknown_fields_only": "campo(s) desconocido(s): {names}",
        "node.not_table": "(nodo): debe ser una tabla",
        "node.unknown_key": "{key}: clave desconocida (conocidas: {known})",
        "node.required": "{key}: obligatorio, un texto no vacío",
        "node.bad_id": "identificador: «{value}» solo puede tener minúsculas, cifras, «.», «_» "
        "o «-»",
        "node.bad_protocol": "protocolo: «{value}» no es uno de {known}",
        "node.bad_url": "url: «{value}» no es una URL http(s)",
        "node.bad_country": "país: «{value}» no es un código ISO 3166-1 alfa-2 como «FR»",
        "node.bad_type": "{key}: se esperaba {type}, se recibió {value}",
        "node.mapping": "correspondencia: {detail}",
        "node.misconfigured": "{where}.{problem}",
        "schedule.not_text": "calendario: {value} no es un calendario; se espera un intervalo "
        "(30m, 6h, 1d) o una expresión cron de 5 campos como «0 3 * * *» (UTC)",
        "schedule.too_long": "calendario: un valor de {n} caracteres no es un calendario; un "
        "intervalo (30m, 6h, 1d) o una expresión cron de 5 campos como «0 3 * * *» (UTC)",
        "schedule.zero": "calendario: «{value}» es un intervalo nulo; se espera un intervalo "
        "(30m, 6h, 1d) o una expresión cron de 5 campos como «0 3 * * *» (UTC)",
        "schedule.invalid": "calendario: «{value}» no es válido: {detail}; se espera un "
        "intervalo (30m, 6h, 1d) o una expresión cron de 5 campos como «0 3 * * *» (UTC)",
        "schedule.never": "calendario: «{value}» nunca se activa (ninguna fecha coincide)",
        "registry.no_node": "no existe el nodo «{id}»",
        "no_record": "no existe el registro «{id}»",
        "registry.exists": "ya existe un nodo con el identificador «{id}»; elija otro",
        "registry.bad_secret": "{detail}",
        "registry.in_config": "el nodo «{id}» está definido en {file}; cámbielo allí (la API y "
        "estas órdenes solo cambian los nodos registrados)",
        "registry.file_broken": "el registro de nodos no se puede cambiar ahora: {detail}; se "
        "ha avisado a los operadores (chm lo indica en cada orden)",
        "registry.file_unwritable": "el registro de nodos no se puede guardar: {detail}",
        "registry.bad_status": "el estado «{value}» no es uno de {known}",
        "word.missing": "ausente",
        "word.none": "ninguno",
        "word.more": " y {n} más",
        "label.languages": "un idioma",
        "label.languages_oai": "dc:language",
        "label.countries": "un país",
        "label.countries_oai": "un país (dc:coverage)",
        "label.date": "una fecha",
        "label.date_oai": "una fecha (dc:date)",
        "url.refused": "rechazado: {detail}",
        "url.ok": "{url} es una URL http(s) que la política de direcciones permite",
        "step.unreachable": "no se pudo contactar con el punto de acceso: {detail}",
        "step.invalid_response": "la respuesta del punto de acceso no se puede usar: {detail}",
        "step.protocol_error": "el punto de acceso respondió con el error OAI-PMH {oai_code}",
        "step.failed": "la solicitud falló: {detail}",
        "oai.skipped": "omitida porque Identify falló",
        "identify.missing": "la respuesta no tiene elemento <Identify>",
        "identify.ok": "el punto de acceso responde a Identify: {name}",
        "version.ok": "OAI-PMH 2.0",
        "version.bad": "protocolVersion es «{value}», chm solo cosecha OAI-PMH 2.0",
        "granularity.seconds": "segundos (AAAA-MM-DDThh:mm:ssZ)",
        "granularity.days": "días (AAAA-MM-DD): cada cosecha incremental vuelve a leer el día "
        "en curso",
        "granularity.bad": "la granularidad es «{value}»; chm supone días",
        "earliest.ok": "{value}",
        "earliest.bad": "earliestDatestamp «{value}» no es una fecha UTC en la granularidad "
        "declarada",
        "deleted.persistent": "persistent: se conservan las eliminaciones",
        "deleted.partial": "deletedRecord es «{value}»: chm solo ve las eliminaciones en las "
        "cosechas completas",
        "deleted.bad": "deletedRecord es «{value}», no es no, transient ni persistent",
        "email.ok": "{emails}",
        "email.none": "ningún <adminEmail> válido: los operadores no pueden contactar con el "
        "administrador del repositorio",
        "utc.ok": "responseDate {value} está en UTC",
        "utc.bad": "responseDate «{value}» no es una fecha UTC (AAAA-MM-DDThh:mm:ssZ)",
        "formats.ok": "se ofrece «{prefix}» (todos: {offered})",
        "formats.missing": "el punto de acceso no ofrece «{prefix}» (ofrece: {offered})",
        "sets.none": "el repositorio no usa conjuntos",
        "sets.none_asked": "el repositorio no tiene conjuntos, pero el nodo pide el conjunto "
        "«{set}»",
        "sets.offered": "se ofrecen {n} conjuntos",
        "sets.offered_more": "se ofrecen {n} conjuntos (más en las páginas siguientes)",
        "sets.ok": "se ofrece el conjunto «{set}»",
        "sets.not_first_page": "el conjunto «{set}» no está en la primera página de ListSets",
        "sets.missing": "no se ofrece el conjunto «{set}» (conjuntos: {sets})",
        "records.none": "el punto de acceso no tiene registros en «{prefix}»",
        "records.none_in_set": "el punto de acceso no tiene registros en «{prefix}» en el "
        "conjunto «{set}»",
        "records.first_page": "{n} registros en la primera página",
        "records.rejected": "se descartó un registro: {detail}",
        "token.none": "una sola página: sin token",
        "token.ok": "se siguió el token: {n} registros en la segunda página",
        "datestamps.ok": "todas las fechas de los registros están en UTC, como se declara",
        "datestamps.bad": "{n} de {total} fechas de registro no siguen la granularidad "
        "declarada en UTC: {shown}",
        "fetch.protocol": "este servidor aún no sabe cosechar el protocolo «{protocol}» ({detail})",
        "fetch.empty": "la primera página no tiene registros",
        "mapping.unknown": "no existe la correspondencia «{mapping}»: {detail}",
        "mapping.no_sample": "no hay registros vigentes que convertir en la muestra",
        "mapping.ok": "los {n} registros de la muestra se convierten en registros de chm",
        "mapping.none": "ninguno de los {n} registros de la muestra se puede convertir: "
        "{shown}{more}",
        "mapping.some": "{n} de {total} registros fallan en la conversión: {shown}{more}",
        "types.ok": "cada registro convertido tiene un tipo",
        "types.other": "{n} de {total} registros son de tipo «otro»: valores del tipo de "
        "registro {shown}",
        "types.other_oai": "{n} de {total} registros son de tipo «otro»: valores de dc:type "
        "{shown}",
        "field.ok": "cada registro convertido tiene {label}",
        "field.lacking": "a {n} de {total} registros les falta {label}",
        "concepts.not_loaded": "el vocabulario no está cargado: no se midió la parte de conceptos",
        "concepts.share": "{n} de {total} registros ({share}) reciben conceptos del vocabulario "
        "de la red",
        "hint.unreachable": "el punto de acceso debe ser accesible desde Internet: compruebe el "
        "nombre de host, el puerto y que el servidor funciona",
        "hint.refused": "chm solo lee puntos de acceso http(s) públicos que responden dentro del "
        "tiempo y del tamaño permitidos; corrija la URL o pregunte a los operadores",
        "hint.base_url": "la URL debe ser la URL base OAI-PMH, la dirección que responde a "
        "?verb=Identify (suele terminar en /oai, /oai2d o /oai/request)",
        "hint.version": "sirva OAI-PMH 2.0 y declare <protocolVersion>2.0</protocolVersion>",
        "hint.granularity": "declare <granularity>{seconds}</granularity> o {day}",
        "hint.earliest": "indique la fecha del registro más antiguo, p. ej. 2011-01-01T00:00:00Z",
        "hint.deleted": 'conserve los registros eliminados como cabeceras con status="deleted" '
        "y declare deletedRecord «persistent»",
        "hint.deleted_value": "declare <deletedRecord>persistent</deletedRecord> (o transient / "
        "no)",
        "hint.email": "añada un <adminEmail> con una dirección atendida",
        "hint.utc": "las fechas OAI-PMH van en UTC con una Z final; una zona horaria local "
        "desplaza las cosechas incrementales y se pueden perder registros",
        "hint.formats_answer": "el punto de acceso debe responder a ListMetadataFormats",
        "hint.formats": "dé al nodo un prefijo de metadatos que el punto de acceso ofrezca, con "
        "una correspondencia para él",
        "hint.sets_answer": "ListSets debería responder",
        "hint.remove_set": "quite el conjunto de la definición del nodo",
        "hint.set_name": "compruebe el nombre del conjunto; solo se leyó la primera página de "
        "conjuntos",
        "hint.set_choice": "use uno de los valores setSpec del punto de acceso, o ningún conjunto",
        "hint.records": "ListRecords con el prefijo de metadatos del nodo (y su conjunto) debe "
        "devolver registros",
        "hint.no_records": "no se cosechará nada hasta que se publiquen registros",
        "hint.token": "un token de reanudación debe dar la página siguiente; los tokens no "
        "deben caducar en pocos minutos",
        "hint.datestamps": "dé a cada cabecera una <datestamp> UTC en la granularidad que "
        "declara Identify",
        "hint.protocol": "pregunte a los operadores, u ofrezca OAI-PMH",
        "hint.first_page": "la URL debe devolver la primera página de registros en el formato "
        "declarado",
        "hint.mapping_choice": "elija una de las correspondencias de chm para el formato del nodo",
        "hint.types": "indique en cada registro un tipo que chm conozca (proyecto, necesidad, "
        "oferta de apoyo, documento de orientación…, en inglés, francés o español), o pida a la "
        "red que añada su formulación al esquema de tipos de registro del tesauro; una "
        "correspondencia propia del nodo puede traducirla en una tabla de valores",
        "hint.mapping_format": "compruebe que los registros están en el formato que lee la "
        "correspondencia «{mapping}»",
        "hint.mapping_some": "corrija estos registros en la fuente; los demás se cosecharán",
        "hint.languages": "añádalo o dé un idioma por defecto al nodo",
        "hint.countries": "añádalo o indique el país del nodo",
        "hint.date": "añada la fecha de publicación o del proyecto",
        "hint.concepts": "añada palabras clave (dc:subject) con los términos del vocabulario, "
        "en cualquier idioma",
    },
}
"""French and Spanish of every coded message people see outside the search: the registration
API, node definitions and schedules, the node registry and the conformance report. English is
each catalogue's own (``REGISTRATION_MESSAGES``, ``NODE_MESSAGES``, ``SCHEDULE_MESSAGES``,
``REGISTRY_MESSAGES``, ``CHECK_MESSAGES``, ``CHECK_HINTS``)."""

for _lang, _table in MESSAGES.items():
    ERRORS[_lang].update(_table)


def say(value: object, lang: str) -> str:
    """A parameter in ``lang``: a nested coded message (a Message, or its JSON form) is said
    in ``lang`` too; anything else is shown as it is."""
    code = getattr(value, "code", None)
    if isinstance(value, str) and isinstance(code, str):
        return error_message(code, getattr(value, "params", {}), str(value), lang)
    if isinstance(value, dict) and isinstance(value.get("code"), str):
        params = value.get("params") or {}
        return error_message(value["code"], params, str(value.get("message", "")), lang)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value, lang)  # 10,000 / 10 000 / 10.000
    return str(value)


def said(request: Request, code: str, params: dict[str, object], english: str) -> tuple[str, str]:
    """``(language, message)``: a coded message in the language the request asks for
    (``lang``, cookie, Accept-Language); English when it has no code or no translation."""
    lang = negotiate(request)
    return lang, error_message(code, params, english, lang)


def check_text(check: dict[str, object], lang: str) -> tuple[str, str]:
    """``(finding, hint)`` of a conformance check (its JSON form) in ``lang``; a report stored
    before checks had codes is shown in English."""
    message, hint = str(check.get("message") or ""), str(check.get("hint") or "")
    params = check.get("params")
    hint_params = check.get("hint_params")
    if isinstance(check.get("code"), str) and isinstance(params, dict):
        message = error_message(str(check["code"]), params, message, lang)
    if check.get("hint_code") and isinstance(hint_params, dict):
        hint = error_message(str(check["hint_code"]), hint_params, hint, lang)
    return message, hint


CODED_PAGE_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "node_words": "The node's own words:",
        "node_disabled": "disabled",
        "needs_none": "No request for assistance matches these filters.",
    },
    "fr": {
        "node_words": "Texte envoyé par le nœud :",
        "node_disabled": "désactivé",
        "needs_none": "Aucune demande d'assistance ne correspond à ces filtres.",
    },
    "es": {
        "node_words": "Texto enviado por el nodo:",
        "node_disabled": "desactivado",
        "needs_none": "Ninguna solicitud de asistencia corresponde a estos filtros.",
    },
}
for _lang, _table in CODED_PAGE_STRINGS.items():
    STRINGS[_lang].update(_table)

STATUS_REASONS: dict[str, dict[str, str]] = {
    "fr": {
        "the conformance report passes": "le rapport de conformité réussit",
        "the conformance report fails": "le rapport de conformité échoue",
        "set by an operator": "fixé par un opérateur",
    },
    "es": {
        "the conformance report passes": "el informe de conformidad es correcto",
        "the conformance report fails": "el informe de conformidad falla",
        "set by an operator": "fijado por un operador",
    },
}
"""Why a node has its status, as chm writes it (an operator's own reason is shown as given)."""


def status_reason(reason: object, lang: str) -> str:
    """The reason of a node's status in ``lang`` (an operator's own words as they are)."""
    text = "" if reason is None else str(reason)
    return STATUS_REASONS.get(lang, {}).get(text, text)


# --- what a harvest noted about a record (mappings.notes), on the run and node pages -------------

NOTE_REASONS: dict[str, dict[str, str]] = {
    "fr": {
        "the coverage names no known country": "la couverture ne nomme aucun pays connu",
        "matches no label of the record-type scheme": "ne correspond à aucun libellé du schéma "
        "des types de fiche",
        "is not a year": "n'est pas une année",
        "no language could be told for this text; kept as 'und'": "aucune langue n'a pu être "
        "reconnue pour ce texte ; gardé comme « und »",
        "typed {type}": "typée {type}",
    },
    "es": {
        "the coverage names no known country": "la cobertura no nombra ningún país conocido",
        "matches no label of the record-type scheme": "no corresponde a ninguna etiqueta del "
        "esquema de tipos de registro",
        "is not a year": "no es un año",
        "no language could be told for this text; kept as 'und'": "no se pudo reconocer el "
        "idioma de este texto; se guarda como «und»",
        "typed {type}": "tipo {type}",
    },
}
"""The fixed reasons of :func:`mappings.notes.note` in French and Spanish (a reason built
from an exception's text is shown in English, marked as such)."""

_NOTE = re.compile(r"^(?P<field>[\w:.-]+): (?P<reason>.+?)(?: \(typed (?P<type>'[^']*')\))?$", re.S)


def run_message(text: str, lang: str) -> tuple[str, str]:
    """``(message, its language)``: a harvest's note about a record (``field: reason``) in
    ``lang`` when its reason is a known one, else as it was written (English)."""
    table = NOTE_REASONS.get(lang)
    m = _NOTE.match(text)
    if not table or not m or m.group("reason") not in table:
        return text, "en"
    said = f"{m.group('field')}: {table[m.group('reason')]}"
    if m.group("type"):
        said += " (" + table["typed {type}"].format(type=m.group("type")) + ")"
    return said, lang
