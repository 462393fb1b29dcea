"""JMESPath expressions compiled to Python closures (same results, several times faster).

Where this sits: declarative mappings (``mappings/declarative.py``) and the JSON harvester
evaluate a dozen JMESPath expressions per record; the jmespath library walks its AST with a
visitor on every call, which dominated a 100,000-record harvest. Here the AST that
``jmespath.compile`` produces is turned once into nested closures that follow
``jmespath.visitor.TreeInterpreter`` node by node; node types not handled here (functions,
slices, expression references) fall back to the interpreter for that subtree, so every
valid expression works. ``tests/mappings/test_declarative.py`` checks the two agree.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import jmespath
from jmespath.visitor import TreeInterpreter, _equals, _is_comparable

Fn = Callable[[Any], Any]
_INTERPRETER = TreeInterpreter()
_ORDER = {"lt": operator.lt, "gt": operator.gt, "lte": operator.le, "gte": operator.ge}


def is_false(value: Any) -> bool:
    """JMESPath falsiness: empty string, list, object, null and false (0 is true)."""
    return value is None or value is False or value == "" or value == [] or value == {}


def compile_expression(expr: str) -> Fn:
    """Compile a JMESPath expression; raises jmespath's ParseError when it is not valid."""
    return _node(jmespath.compile(expr).parsed)


def _node(node: dict[str, Any]) -> Fn:
    build = _BUILDERS.get(node["type"])
    if build is None:
        return lambda value: _INTERPRETER.visit(node, value)
    return build(node)


def _kids(node: dict[str, Any]) -> list[Fn]:
    return [_node(child) for child in node["children"]]


def _field(node: dict[str, Any]) -> Fn:
    name = node["value"]
    return lambda value: value.get(name) if isinstance(value, dict) else None


def _field_names(nodes: list[dict[str, Any]]) -> list[str] | None:
    """The names of a run of plain ``field`` nodes, or None when one is something else."""
    if all(n["type"] == "field" for n in nodes):
        return [n["value"] for n in nodes]
    return None


def _chain(node: dict[str, Any]) -> Fn:
    children = [c for c in node["children"] if c["type"] not in ("identity", "current")]
    if not children:  # "@ | @": the value itself
        return lambda value: value
    names = _field_names(children)
    if names is not None and len(names) > 1:  # a.b.c: one loop, no closure per step
        return _walk(names)
    steps = [_node(child) for child in children]
    if len(steps) == 1:
        return steps[0]

    def run(value: Any) -> Any:
        for step in steps:
            value = step(value)
        return value

    return run


def _walk(names: list[str]) -> Fn:
    def run(value: Any) -> Any:
        for name in names:
            if not isinstance(value, dict):
                return None
            value = value.get(name)
        return value

    return run


def _index(node: dict[str, Any]) -> Fn:
    i = node["value"]

    def run(value: Any) -> Any:
        if not isinstance(value, list):
            return None
        try:
            return value[i]
        except IndexError:
            return None

    return run


def _projection(node: dict[str, Any]) -> Fn:
    base_node, each_node = node["children"]
    base = _node(base_node)
    if each_node["type"] in ("identity", "current") and base_node["type"] == "flatten":
        inner = _node(base_node["children"][0])

        def flat(value: Any) -> Any:  # [a, b][]: flattened, nulls dropped, in one pass
            items = inner(value)
            if not isinstance(items, list):
                return None
            out: list[Any] = []
            for item in items:
                if isinstance(item, list):
                    out.extend([r for r in item if r is not None])
                elif item is not None:
                    out.append(item)
            return out

        return flat
    if each_node["type"] in ("identity", "current"):  # the items, nulls dropped

        def items_only(value: Any) -> Any:
            items = base(value)
            if not isinstance(items, list):
                return None
            return [r for r in items if r is not None]

        return items_only
    if each_node["type"] == "field":  # tags[].name: one comprehension
        name = each_node["value"]

        def field_of_each(value: Any) -> Any:
            items = base(value)
            if not isinstance(items, list):
                return None
            return [
                r for item in items if isinstance(item, dict) and (r := item.get(name)) is not None
            ]

        return field_of_each
    each = _node(each_node)

    def run(value: Any) -> Any:
        items = base(value)
        if not isinstance(items, list):
            return None
        return [r for r in map(each, items) if r is not None]

    return run


def _value_projection(node: dict[str, Any]) -> Fn:
    base, each = _kids(node)

    def run(value: Any) -> Any:
        items = base(value)
        if not isinstance(items, dict):
            return None
        return [r for r in map(each, items.values()) if r is not None]

    return run


def _flatten(node: dict[str, Any]) -> Fn:
    (base,) = _kids(node)

    def run(value: Any) -> Any:
        items = base(value)
        if not isinstance(items, list):
            return None
        out: list[Any] = []
        for item in items:
            if isinstance(item, list):
                out.extend(item)
            else:
                out.append(item)
        return out

    return run


def _filter_projection(node: dict[str, Any]) -> Fn:
    base_node, each_node, cond_node = node["children"]
    picked = _picked_by_key(base_node, each_node, cond_node)
    if picked is not None:
        return picked
    base, each, cond = _node(base_node), _node(each_node), _node(cond_node)

    def run(value: Any) -> Any:
        items = base(value)
        if not isinstance(items, list):
            return None
        out = []
        for item in items:
            if not is_false(cond(item)):
                result = each(item)
                if result is not None:
                    out.append(result)
        return out

    return run


def _picked_by_key(
    base_node: dict[str, Any], each_node: dict[str, Any], cond_node: dict[str, Any]
) -> Fn | None:
    """``extras[?key=='country'].value`` (a field equal to a string, a field of each match) as
    one comprehension; None for any other filter. Equality with a string is plain ``==`` in
    JMESPath (no number or boolean case), and a missing key is null, never equal to it."""
    if cond_node["type"] != "comparator" or cond_node["value"] != "eq":
        return None
    left, right = cond_node["children"]
    if left["type"] == "literal":
        left, right = right, left
    if (
        left["type"] != "field"
        or right["type"] != "literal"
        or type(right["value"]) is not str
        or each_node["type"] != "field"
    ):
        return None
    base = _node(base_node)
    key, wanted, name = left["value"], right["value"], each_node["value"]

    def run(value: Any) -> Any:
        items = base(value)
        if not isinstance(items, list):
            return None
        return [
            r
            for item in items
            if isinstance(item, dict)
            and item.get(key) == wanted
            and (r := item.get(name)) is not None
        ]

    return run


def _comparator(node: dict[str, Any]) -> Fn:
    left, right = _kids(node)
    op = node["value"]
    if op in ("eq", "ne"):
        negate = op == "ne"

        def equal(value: Any) -> bool:
            a, b = left(value), right(value)
            if type(a) is str or type(b) is str:  # no number/boolean special case possible
                return (a != b) if negate else (a == b)
            return negate is not _equals(a, b)

        return equal
    compare = _ORDER[op]

    def run(value: Any) -> Any:
        a, b = left(value), right(value)
        # ordering needs two numbers or two strings; anything else is null (the JMESPath
        # spec; jmespath 1.0.1 raises TypeError for a string against a number)
        if not (_is_comparable(a) and _is_comparable(b)) or (type(a) is str) != (type(b) is str):
            return None
        return compare(a, b)

    return run


def _or(node: dict[str, Any]) -> Fn:
    left, right = _kids(node)

    def run(value: Any) -> Any:
        matched = left(value)
        return right(value) if is_false(matched) else matched

    return run


def _and(node: dict[str, Any]) -> Fn:
    left, right = _kids(node)

    def run(value: Any) -> Any:
        matched = left(value)
        return matched if is_false(matched) else right(value)

    return run


def _multi_list(node: dict[str, Any]) -> Fn:
    kids = _kids(node)
    return lambda value: None if value is None else [k(value) for k in kids]


def _multi_dict(node: dict[str, Any]) -> Fn:
    pairs = [(child["value"], _node(child["children"][0])) for child in node["children"]]
    return lambda value: None if value is None else {k: f(value) for k, f in pairs}


def _literal(node: dict[str, Any]) -> Fn:
    constant = node["value"]
    return lambda value: constant


_BUILDERS: dict[str, Callable[[dict[str, Any]], Fn]] = {
    "field": _field,
    "subexpression": _chain,
    "index_expression": _chain,
    "pipe": _chain,
    "index": _index,
    "projection": _projection,
    "value_projection": _value_projection,
    "flatten": _flatten,
    "filter_projection": _filter_projection,
    "comparator": _comparator,
    "or_expression": _or,
    "and_expression": _and,
    "multi_select_list": _multi_list,
    "multi_select_dict": _multi_dict,
    "literal": _literal,
    "current": lambda node: lambda value: value,
    "identity": lambda node: lambda value: value,
}
