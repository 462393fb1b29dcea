"""Protocol name -> harvester class (dotted path, imported lazily)."""

from __future__ import annotations

from typing import Any

from core.config import HarvestSettings, NodeConfig
from core.plugins import load_object
from harvesters.base import Harvester

HARVESTERS: dict[str, str] = {
    "oai-pmh": "harvesters.oai_pmh:OaiPmhHarvester",
    "json": "harvesters.json_api:JsonApiHarvester",
    "dcat": "harvesters.dcat:DcatHarvester",
}


class UnknownProtocol(KeyError):
    """A node names a protocol no harvester is registered for (a configuration problem)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown protocol"


def get_harvester(node: NodeConfig, settings: HarvestSettings, **kwargs: Any) -> Harvester:
    """The harvester for ``node.protocol``."""
    try:
        path = HARVESTERS[node.protocol]
    except KeyError:
        known = ", ".join(sorted(HARVESTERS))
        raise UnknownProtocol(
            f"no harvester for protocol '{node.protocol}' (known: {known})"
        ) from None
    harvester: Harvester = load_object(path)(node, settings, **kwargs)
    return harvester
