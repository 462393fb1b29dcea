"""Demo national clearing-house nodes: a deterministic record generator and OAI-PMH servers."""
