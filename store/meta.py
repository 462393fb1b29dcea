"""Meta: small named values the store keeps for chm itself (e.g. the key that signs cursors).

The table ``meta`` (key -> value).
"""

from __future__ import annotations

from store.base import Repository


class MetaRepository(Repository):
    """Named values."""

    def get(self, key: str) -> str | None:
        """A value from the meta table."""
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        """Set a value in the meta table."""
        with self.transaction() as c:
            c.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, value),
            )

    def setdefault(self, key: str, value: str) -> str:
        """The meta value of ``key``, set to ``value`` first if there is none (the first
        writer wins, also across processes)."""
        with self.transaction() as c:
            c.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (key, value))
        got = self.get(key)
        return value if got is None else got
