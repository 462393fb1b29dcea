"""Local test servers: fixture replay, pyoai provider, fault injection (see fixtures.py)."""
