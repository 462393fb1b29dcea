"""Title and description templates per record type and language, for the demo generator.

Part of the demo national nodes (``demo/``): :mod:`demo.generator` fills these with a topic,
a country and a few facts. Title lists are *aligned* across languages (same index, same
meaning), so the ~15% of records that carry a second-language title re-use the same template.

Placeholders: ``{the}`` topic with article, ``{bare}`` topic without article, ``{need}``,
``{c}`` country, ``{in_c}``/``{of_c}`` country with preposition, ``{conv}``/``{of_conv}``
convention, ``{in_region}``, ``{city}``, ``{y1}``/``{y2}``/``{year}``, ``{month}``, ``{phase}``,
``{funder}``, ``{funder_short}``, ``{org}``, ``{activities}``, ``{needs}``, ``{audience}``,
``{result}``, ``{support}``, ``{eligible}``, ``{person}``, ``{email}``, ``{fmt}``,
``{d1}``, ``{d2}``.
"""

from __future__ import annotations

TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "project": {
        "fr": (
            "Projet de renforcement des capacités pour {the} {in_c}",
            "Projet pilote sur {the} {in_c} ({y1}-{y2})",
            "Appui à la mise en œuvre {of_conv} {in_c}",
            "Programme national pour {the} — phase {phase}",
            "Projet régional : {bare} {in_region}",
        ),
        "es": (
            "Proyecto de fortalecimiento de capacidades para {the} {in_c}",
            "Proyecto piloto sobre {the} {in_c} ({y1}-{y2})",
            "Apoyo a la implementación {of_conv} {in_c}",
            "Programa nacional para {the} — fase {phase}",
            "Proyecto regional: {bare} {in_region}",
        ),
        "en": (
            "Capacity-building project for {the} {in_c}",
            "Pilot project on {the} {in_c} ({y1}-{y2})",
            "Support to the implementation {of_conv} {in_c}",
            "National programme for {the} — phase {phase}",
            "Regional project: {bare} {in_region}",
        ),
    },
    "document": {
        "fr": (
            "Guide pratique pour {the}",
            "Manuel de formation : {bare}",
            "Lignes directrices nationales sur {the} {in_c}",
            "Module de formation en ligne sur {the}",
            "Recueil des textes réglementaires sur {the} {in_c}",
        ),
        "es": (
            "Guía para {the}",
            "Manual de capacitación: {bare}",
            "Directrices nacionales sobre {the} {in_c}",
            "Módulo de formación en línea sobre {the}",
            "Compendio de normas sobre {the} {in_c}",
        ),
        "en": (
            "Practical guide to {the}",
            "Training manual: {bare}",
            "National guidelines on {the} {in_c}",
            "Online training module on {the}",
            "Compendium of regulations on {the} {in_c}",
        ),
    },
    "need": {
        "fr": (
            "Demande d'assistance : {need}",
            "Besoin d'appui technique pour {the} {in_c}",
            "Demande de formation : {need}",
            "Besoin d'équipement pour {the}",
            "Demande d'expertise en matière de {bare} — {c}",
        ),
        "es": (
            "Solicitud de asistencia: {need}",
            "Necesidad de apoyo técnico para {the} {in_c}",
            "Solicitud de capacitación: {need}",
            "Necesidad de equipos para {the}",
            "Solicitud de asesoría en materia de {bare} — {c}",
        ),
        "en": (
            "Request for assistance: {need}",
            "Technical support needed for {the} {in_c}",
            "Request for training: {need}",
            "Equipment needed for {the}",
            "Request for expertise on {bare} — {c}",
        ),
    },
    "support-source": {
        "fr": (
            "Offre de formation : {bare}",
            "Offre d'appui technique pour {the}",
            "Financement disponible : {bare} ({funder_short})",
            "Expertise disponible en matière de {bare}",
            "Mise à disposition d'équipements pour {the}",
        ),
        "es": (
            "Oferta de capacitación: {bare}",
            "Oferta de apoyo técnico para {the}",
            "Financiamiento disponible: {bare} ({funder_short})",
            "Asesoría disponible en materia de {bare}",
            "Equipos disponibles para {the}",
        ),
        "en": (
            "Offer of training: {bare}",
            "Offer of technical support for {the}",
            "Funding available: {bare} ({funder_short})",
            "Expertise available on {bare}",
            "Equipment available for {the}",
        ),
    },
    "national-profile": {
        "fr": (
            "Profil national {of_c} : {bare}",
            "Plan d'action national pour {the} ({y1}-{y2})",
            "Stratégie nationale {of_c} pour {the}",
            "Priorités nationales en matière de {bare} — {c}",
            "Plan national de mise en œuvre {of_conv} — {c}",
        ),
        "es": (
            "Perfil nacional {of_c}: {bare}",
            "Plan de acción nacional para {the} ({y1}-{y2})",
            "Estrategia nacional {of_c} para {the}",
            "Prioridades nacionales en materia de {bare} — {c}",
            "Plan nacional de aplicación {of_conv} — {c}",
        ),
        "en": (
            "National profile {of_c}: {bare}",
            "National action plan for {the} ({y1}-{y2})",
            "National strategy {of_c} for {the}",
            "National priorities on {bare} — {c}",
            "National implementation plan {of_conv} — {c}",
        ),
    },
    "contact-point": {
        "fr": (
            "Point focal national {of_conv} — {c}",
            "Point focal pour {the} {in_c}",
            "Autorité nationale compétente en matière de {bare} — {c}",
            "Correspondant national pour {the}",
        ),
        "es": (
            "Punto focal nacional {of_conv} — {c}",
            "Punto focal para {the} {in_c}",
            "Autoridad nacional competente en materia de {bare} — {c}",
            "Corresponsal nacional para {the}",
        ),
        "en": (
            "National focal point {of_conv} — {c}",
            "Focal point for {the} {in_c}",
            "Competent national authority for {bare} — {c}",
            "National correspondent for {the}",
        ),
    },
    "organization": {
        "fr": ("{org_name}", "{org_name}", "{org_name} — Division {bare}"),
        "es": ("{org_name}", "{org_name}", "{org_name} — División de {bare}"),
        "en": ("{org_name}", "{org_name}", "{org_name} — {bare} division"),
    },
    "case-study": {
        "fr": (
            "Étude de cas : {the} {in_c}",
            "Bonnes pratiques pour {the} : l'expérience {of_c}",
            "Retour d'expérience sur {the} {in_c}",
            "Leçons tirées d'un projet sur {the} {in_c}",
        ),
        "es": (
            "Estudio de caso: {the} {in_c}",
            "Buenas prácticas para {the}: la experiencia {of_c}",
            "Sistematización de experiencias sobre {the} {in_c}",
            "Lecciones aprendidas de un proyecto sobre {the} {in_c}",
        ),
        "en": (
            "Case study: {the} {in_c}",
            "Good practice in {bare}: the experience {of_c}",
            "Experience with {the} {in_c}",
            "Lessons learned from a project on {the} {in_c}",
        ),
    },
    "event": {
        "fr": (
            "Atelier national sur {the} ({city}, {month} {year})",
            "Atelier régional de formation sur {the} — {city}",
            "Séminaire de validation du plan national pour {the}",
            "Webinaire : {bare}",
            "Journée de sensibilisation sur {the} à {city}",
        ),
        "es": (
            "Taller nacional sobre {the} ({city}, {month} de {year})",
            "Taller regional de capacitación sobre {the} — {city}",
            "Seminario de validación del plan nacional para {the}",
            "Seminario web: {bare}",
            "Jornada de sensibilización sobre {the} en {city}",
        ),
        "en": (
            "National workshop on {the} ({city}, {month} {year})",
            "Regional training workshop on {the} — {city}",
            "Validation seminar for the national plan for {the}",
            "Webinar: {bare}",
            "Awareness day on {the} in {city}",
        ),
    },
    "dataset": {
        "fr": (
            "Inventaire national {of_c} : {bare} ({year})",
            "Données de surveillance : {bare}, {y1}-{y2}",
            "Résultats d'analyses de laboratoire : {bare} ({year})",
            "Base de données nationale sur {the}",
        ),
        "es": (
            "Inventario nacional {of_c}: {bare} ({year})",
            "Datos de monitoreo: {bare}, {y1}-{y2}",
            "Resultados de análisis de laboratorio: {bare} ({year})",
            "Base de datos nacional sobre {the}",
        ),
        "en": (
            "National inventory {of_c}: {bare} ({year})",
            "Monitoring data: {bare}, {y1}-{y2}",
            "Laboratory analysis results: {bare} ({year})",
            "National database on {the}",
        ),
    },
}

DESCRIPTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "project": {
        "fr": (
            "Ce projet vise à renforcer les capacités nationales pour {the} {in_c}. Il est "
            "mis en œuvre par {org} avec l'appui de {funder}. Principales activités : "
            "{activities}.",
            "Le projet accompagne {org} dans {the}, en lien avec les engagements du pays au "
            "titre {of_conv}. Il comprend {activities}.",
        ),
        "es": (
            "Este proyecto tiene como objetivo fortalecer las capacidades nacionales para "
            "{the} {in_c}. Es ejecutado por {org} con el apoyo de {funder}. Actividades "
            "principales: {activities}.",
            "El proyecto, ejecutado por {org}, trabaja en {the}, en el marco de los "
            "compromisos del país en virtud {of_conv}. Incluye {activities}.",
        ),
        "en": (
            "This project aims to strengthen national capacities for {the} {in_c}. It is "
            "implemented by {org} with support from {funder}. Main activities: "
            "{activities}.",
            "The project supports {org} in {the}, in line with the country's commitments "
            "under {conv}. It includes {activities}.",
        ),
    },
    "need": {
        "fr": (
            "{Org} sollicite un appui pour {the}. Besoins identifiés : {needs}. Échéance "
            "souhaitée : {year}.",
        ),
        "es": (
            "{Org} solicita apoyo para {the}. Necesidades identificadas: {needs}. Plazo "
            "deseado: {year}.",
        ),
        "en": (
            "{Org} requests support for {the}. Identified needs: {needs}. Desired "
            "timeframe: {year}.",
        ),
    },
    "support-source": {
        "fr": (
            "{funder_cap} propose un appui aux pays pour {the}.\nType d'appui : {support}"
            "\nPays éligibles : {eligible}",
        ),
        "es": (
            "{funder_cap} ofrece apoyo a los países para {the}.\nTipo de apoyo: {support}"
            "\nPaíses elegibles: {eligible}",
        ),
        "en": (
            "{funder_cap} offers support to countries for {the}.\nType of support: "
            "{support}\nEligible countries: {eligible}",
        ),
    },
    "document": {
        "fr": (
            "Ce document fournit des orientations pratiques pour {the}. Il s'adresse aux "
            "{audience} et comprend des études de cas et des fiches techniques.",
            "Support de formation élaboré par {org} sur {the}, destiné aux {audience}.",
        ),
        "es": (
            "Este documento ofrece orientación práctica para {the}. Está dirigido a "
            "{audience} e incluye estudios de caso y fichas técnicas.",
            "Material de capacitación elaborado por {org} sobre {the}, dirigido a {audience}.",
        ),
        "en": (
            "This document provides practical guidance on {the}. It is intended for "
            "{audience} and includes case studies and technical sheets.",
            "Training material prepared by {org} on {the}, for {audience}.",
        ),
    },
    "national-profile": {
        "fr": (
            "Ce document présente la situation nationale {of_c} en matière de {bare}, les "
            "priorités identifiées et le plan d'action pour la période {y1}-{y2}.",
        ),
        "es": (
            "Este documento presenta la situación nacional {of_c} en materia de {bare}, "
            "las prioridades identificadas y el plan de acción para el período {y1}-{y2}.",
        ),
        "en": (
            "This document presents the national situation {of_c} regarding {bare}, the "
            "priorities identified and the action plan for {y1}-{y2}.",
        ),
    },
    "contact-point": {
        "fr": ("Point focal : {person}, {org_name}.\nCourriel : {email}\nTéléphone : {phone}",),
        "es": (
            "Punto focal: {person}, {org_name}.\nCorreo electrónico: {email}\nTeléfono: {phone}",
        ),
        "en": ("Focal point: {person}, {org_name}.\nEmail: {email}\nTelephone: {phone}",),
    },
    "organization": {
        "fr": ("Institution nationale compétente pour {the} {in_c}. Adresse : {city}, {c}.",),
        "es": ("Institución nacional competente en {the} {in_c}. Dirección: {city}, {c}.",),
        "en": ("National institution responsible for {the} {in_c}. Address: {city}, {c}.",),
    },
    "case-study": {
        "fr": (
            "Cette étude de cas décrit l'expérience {of_c} en matière de {bare}. Résultat "
            "principal : {result}.",
        ),
        "es": (
            "Este estudio de caso describe la experiencia {of_c} en materia de {bare}. "
            "Resultado principal: {result}.",
        ),
        "en": (
            "This case study describes the experience {of_c} with {bare}. Main result: {result}.",
        ),
    },
    "event": {
        "fr": (
            "{Org} organise un atelier sur {the} à {city} du {d1} au {d2} {month} {year}. "
            "Participants : {audience}.",
        ),
        "es": (
            "{Org} organiza un taller sobre {the} en {city} del {d1} al {d2} de {month} de "
            "{year}. Participantes: {audience}.",
        ),
        "en": (
            "{Org} is organising a workshop on {the} in {city} from {d1} to {d2} {month} "
            "{year}. Participants: {audience}.",
        ),
    },
    "dataset": {
        "fr": (
            "Jeu de données sur {the} {in_c}, collecté entre {y1} et {y2}. Format : {fmt}. "
            "Mis à jour chaque année.",
        ),
        "es": (
            "Conjunto de datos sobre {the} {in_c}, recopilado entre {y1} y {y2}. Formato: "
            "{fmt}. Actualización anual.",
        ),
        "en": (
            "Dataset on {the} {in_c}, collected between {y1} and {y2}. Format: {fmt}. "
            "Updated annually.",
        ),
    },
}

# Extra description lines for projects (after the status line).
PROJECT_LINES: dict[str, tuple[str, str, str]] = {
    "fr": ("Période : {y1}-{y2}", "Code du projet : {code}", "Financement : {funder}"),
    "es": ("Período: {y1}-{y2}", "Código del proyecto: {code}", "Financiamiento: {funder}"),
    "en": ("Period: {y1}-{y2}", "Project code: {code}", "Funding: {funder}"),
}

REVISED: dict[str, str] = {
    "fr": " (version révisée {v})",
    "es": " (versión revisada {v})",
    "en": " (revised version {v})",
}

DATE_FORMATS: dict[str, tuple[str, ...]] = {
    "fr": (
        "{y}",
        "{d:02d}/{m:02d}/{y}",
        "{month} {y}",
        "{y}-{m:02d}-{d:02d}",
        "{d} {month} {y}",
        "{y}-{m:02d}",
        "{y}-{m:02d}-{d:02d}",
    ),
    "es": (
        "{y}",
        "{d:02d}/{m:02d}/{y}",
        "{month} de {y}",
        "{y}-{m:02d}-{d:02d}",
        "{d} de {month} de {y}",
        "{y}-{m:02d}-{d:02d}",
    ),
    "en": (
        "{y}",
        "{d:02d}/{m:02d}/{y}",
        "{month} {y}",
        "{y}-{m:02d}-{d:02d}",
        "{d} {month} {y}",
        "{month} {d}, {y}",
        "{y}-{m:02d}-{d:02d}",
    ),
}
