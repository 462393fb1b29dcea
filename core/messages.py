"""Messages with a stable code: English for logs and the CLI, any language for people.

A :class:`Message` *is* the English sentence (a ``str``: it goes into logs, exceptions, lists
of problems and JSON unchanged) and also keeps the code and the parameters it was made from,
so that the pages and the API can say it in the reader's language (``search_api.i18n`` holds
the French and Spanish of every code). Each module that speaks to people keeps its English
catalogue beside its code, e.g. ``core.config.NODE_MESSAGES``; a test fails when a code of a
catalogue has no French or Spanish.

Text a remote node sent (an OAI-PMH error's own words) is never a parameter to translate: it
travels beside the message (``Check.node_text`` of a conformance report) and is shown as the
node's own words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Message(str):
    """An English sentence made from ``catalogue[code]`` and ``params`` (``.code``, ``.params``).

    ``english`` replaces the sentence the template makes (kept where an older sentence must not
    change, e.g. one that embeds a technical detail); the code and parameters still say the
    same thing for translation.
    """

    code: str
    params: dict[str, Any]

    def __new__(
        cls, catalogue: Mapping[str, str], code: str, english: str | None = None, **params: Any
    ) -> Message:
        text = catalogue[code].format(**params) if english is None else english
        self = super().__new__(cls, text)
        self.code = code
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (str(self), self.code, self.params))

    def to_dict(self) -> dict[str, Any]:
        """``{"code", "params", "message"}``: what the API sends beside the English text."""
        return {"code": self.code, "params": plain_params(self.params), "message": str(self)}


def _rebuild(text: str, code: str, params: dict[str, Any]) -> Message:
    return Message({code: text}, code, text, **params)


def plain_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters as JSON-ready data (a nested message becomes its code and parameters)."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, Message):
            out[key] = value.to_dict()
        elif isinstance(value, str | int | float | bool) or value is None:
            out[key] = value
        else:
            out[key] = str(value)
    return out


def code_of(text: object) -> str:
    """The code of a :class:`Message`, ``""`` for plain text."""
    return text.code if isinstance(text, Message) else ""
