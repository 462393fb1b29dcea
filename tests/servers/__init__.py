"""Every HTTP server the tests run, in one place (all on 127.0.0.1, port 0), and the one
config.toml writer that points chm at them.

- ``fixture_server``        replays the real recorded OAI-PMH responses (../shared/fixtures)
- ``pyoai_server``          an independent OAI-PMH provider (the ``oaipmh`` package)
- ``faults``                a demo node behind named OAI-PMH failure paths
- ``contract``              one source over OAI-PMH, JSON and DCAT with faults on demand (the
                            harvester contract suite)
- ``json_dcat``             JSON APIs and DCAT catalogues replaying ../shared/fixtures
- ``ops_nodes``             a switchable OAI-PMH node, a full-listing test harvester, a webhook
                            receiver (scheduler and operations tests)
- ``registration_endpoints``  hostile endpoints for registration and conformance reports
- ``elasticsearch_stub``    a recording Elasticsearch REST stub
- ``app_server``            chm's own app under a real uvicorn
- ``notify_receivers``      an SMTP server (aiosmtpd) and a webhook receiver that can refuse
                            its first posts (the assistance procedure's digests)
- ``config``                ``write_config``: the config.toml every test folder writes
- ``fixtures``              pytest fixtures for the first three (loaded by tests/conftest.py)
"""
