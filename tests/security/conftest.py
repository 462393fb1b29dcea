"""Fixtures for the security tests: the registration tests' real app and endpoint server."""

from tests.registration.conftest import (  # noqa: F401  (fixtures, used by name)
    base_url,
    client,
    ctx,
    endpoint_server,
    oai_url,
    replay_root,
    settings,
)
