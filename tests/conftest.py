"""Shared pytest set-up: tests import chm's packages from the repository root."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Local test servers (fixture replay, pyoai, demo nodes, faults) as fixtures for every test:
# fixture_oai_url, pyoai_server, pyoai_server_factory, demo_oai_server, fault_server.
pytest_plugins = ["tests.servers.fixtures"]

# Property tests judge what code returns, never how fast: a loaded CI machine must not turn
# hypothesis's per-example deadline into a failure. Derandomized so a failure is repeatable.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "chm",
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("chm")
