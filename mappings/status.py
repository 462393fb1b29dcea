"""Project statuses in English, French and Spanish -> ``completed``, ``ongoing``, ``planned``.

Where this sits: ``mapping -> normalisers -> **status**``; record types use it too (a stated
type that is a status, "En cours", makes a project), so it sits below both.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from mappings.folding import fold

# fmt: off
_STATUS_TERMS = {
    "completed": ("completed", "complete", "finished", "closed", "ended", "done", "termine",
                  "terminee", "acheve", "achevee", "clos", "cloture", "cloturee", "finalise",
                  "finalisee", "finalizado", "finalizada", "terminado", "terminada",
                  "concluido", "concluida", "completado", "completada", "cerrado", "cerrada"),
    "ongoing": ("ongoing", "on going", "in progress", "active", "current", "running",
                "under way", "underway", "under implementation", "in implementation",
                "being implemented", "implementation", "en cours", "en cours d execution",
                "en cours de mise en oeuvre", "en execution", "mise en oeuvre", "actif",
                "en curso", "en ejecucion", "en marcha", "activo", "activa", "vigente"),
    "planned": ("planned", "proposed", "pipeline", "upcoming", "forthcoming", "planifie",
                "planifiee", "prevu", "prevue", "envisage", "a venir", "en preparation",
                "project preparation", "not started", "previsto", "prevista",
                "planificado", "planificada", "propuesto", "propuesta", "programado"),
}
# fmt: on
_STATUS_LABEL = re.compile(r"^(?:project\s+)?(?:status|statut|etat|estado|situacion)\s*")


@cache
def _status_table() -> dict[str, str]:
    return {term: status for status, terms in _STATUS_TERMS.items() for term in terms}


@lru_cache(maxsize=4096)
def normalise_status(value: str) -> str | None:
    """Map a project status (en/fr/es) to ``"completed"``, ``"ongoing"`` or ``"planned"``.

    Args:
        value: ``"Completed"``, ``"terminé"``, ``"en cours"``, ``"en curso"``,
            ``"Statut : en cours"``, ``"planifié"``, ``"previsto"``...

    Returns:
        the status, or None when the text is not a status.
    """
    key = _STATUS_LABEL.sub("", fold(value))
    return _status_table().get(key)
