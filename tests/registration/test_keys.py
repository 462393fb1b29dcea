"""Node API keys: a key names its node, only its salted hash is kept, a wrong key never passes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from registration.keys import hash_key, key_node_id, new_api_key, verify_key

node_ids = st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)


@settings(max_examples=30, deadline=None)
@given(node_id=node_ids)
def test_a_new_key_names_its_node_and_verifies_against_its_hash(node_id: str) -> None:
    key = new_api_key(node_id)
    assert key_node_id(key) == node_id
    stored = hash_key(key, iterations=1000)
    assert key not in stored and stored.startswith("pbkdf2_sha256$1000$")
    assert verify_key(key, stored)
    assert not verify_key(key + "x", stored)
    assert not verify_key(new_api_key(node_id), stored)


def test_malformed_keys_and_hashes_are_refused_not_raised() -> None:
    assert key_node_id("not-a-key") is None
    assert key_node_id("chmk..secret") is None
    assert key_node_id("other.fr-chm.secret") is None
    assert not verify_key("chmk.fr.x", None)
    assert not verify_key("chmk.fr.x", "garbage")
    assert not verify_key("chmk.fr.x", "md5$1$zz$00")
