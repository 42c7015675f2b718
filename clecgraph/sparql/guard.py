"""What the endpoint refuses before a query runs, decided by parsing, never by keywords.

A query is first put in one canonical form, which is both what is checked
and what the engine runs: Unicode escapes (\\uXXXX) expanded, as the SPARQL
grammar says they are before parsing, and line breaks made LF (pyoxigraph
ends a comment at a lone CR, rdflib's grammar only at LF: without this a
"# ...CR SERVICE" would be a comment to one and code to the other).
It is then parsed with rdflib's SPARQL grammar and translated to the algebra;
a SERVICE anywhere in it is refused, and so is an update (INSERT, DELETE,
LOAD, CLEAR, ...), which the query grammar does not accept but the update
grammar does. Text that neither grammar accepts is refused too: what cannot
be checked does not run (pyoxigraph accepts a few forms rdflib does not,
such as a prefixed name ending in the escape ``\\#``; those are answered 400
with rdflib's reason).

Parsing runs in the query workers, under the time limit. The workers also
give up their network where the system allows (a new, empty network
namespace), so that even a SERVICE the parser missed could reach nothing.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

# Strings, IRIs and comments: brackets in them do not nest anything.
NOT_CODE = re.compile(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\"{}|^`\\\s]*>|#[^\n]*", re.S)
_BRACKETS = re.compile(r"[(){}\[\]]")
MAX_NESTING = 64  # brackets deep; the library's deepest query is 7, a crash needs thousands
PARSE_RECURSION = 20_000  # rdflib's parser recurses ~15 frames per bracket


@dataclass(frozen=True)
class Refusal:
    status: int
    message: str


def nesting(text: str) -> int:
    """How deep brackets ( { [ nest in a query, outside strings, IRIs and comments."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(NOT_CODE.sub(" ", text)):
        if match.group() in "({[":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def too_deep(text: str, limit: int = MAX_NESTING) -> Refusal | None:
    depth = nesting(text)
    if depth > limit:
        return Refusal(400, f"the query nests brackets {depth} deep; this server takes at most {limit}")
    return None


def _walk(node, seen: set[int]):
    """Every node of a parse tree or algebra (rdflib CompValues, lists, dicts)."""
    if id(node) in seen:
        return
    seen.add(id(node))
    yield node
    if isinstance(node, dict):  # CompValue is an OrderedDict
        for value in node.values():
            yield from _walk(value, seen)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _walk(value, seen)
    elif hasattr(node, "algebra"):  # rdflib's Query
        yield from _walk(node.algebra, seen)


def _has_service(tree) -> bool:
    return any(getattr(node, "name", None) == "ServiceGraphPattern" for node in _walk(tree, set()))


def canonical(text: str) -> str:
    """The text both the check and the engine see: escapes expanded until none is left, LF line breaks.
    Raises ValueError for an escape that names no code point."""
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes

    while True:  # "\\u005Cu0053" is "\\u0053" after one pass: rdflib's parser would expand it again
        expanded = expandUnicodeEscapes(text)
        if expanded == text:
            break
        text = expanded
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check(text: str) -> tuple[str, Refusal | None]:
    """(the canonical text to run, why it is refused or None)."""
    try:
        text = canonical(text)
    except ValueError as err:
        return text, Refusal(400, f"the query has a bad escape: {err}")
    return text, _refusal_of(text)


def refusal(text: str) -> Refusal | None:
    """Why a query is refused (SERVICE, an update or LOAD, or text the parser cannot check), or None.
    What may run is the canonical text, which `check` gives with the verdict."""
    return check(text)[1]


def _refusal_of(text: str) -> Refusal | None:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    deep = too_deep(text)
    if deep:
        return deep
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, PARSE_RECURSION))
    try:
        try:
            parsed = parseQuery(text)
        except (ParseBaseException, RecursionError, ValueError) as err:
            try:
                parseUpdate(text)
            except (ParseBaseException, RecursionError, ValueError, TypeError, KeyError, AttributeError):
                reason = str(err).splitlines()[0][:300] if str(err) else type(err).__name__
                return Refusal(400, f"the query could not be checked, so it is not run (SPARQL parser: {reason})")
            return Refusal(403, "updates (INSERT, DELETE, LOAD, CLEAR, ...) are refused: this endpoint is read-only")
        if _has_service(parsed):
            return _SERVICE
        try:
            algebra = translateQuery(parsed)
        except Exception:  # noqa: BLE001 - rdflib cannot translate a few valid queries; the parse tree was checked
            return None
        return _SERVICE if _has_service(algebra) else None
    finally:
        sys.setrecursionlimit(limit)


_SERVICE = Refusal(403, "SERVICE is refused: this server makes no requests to other endpoints")

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def isolate_network() -> bool:
    """Move this process into a new network namespace with no interfaces up: it can reach
    no address at all, loopback included. True if that worked (Linux, with user namespaces
    or as root); elsewhere False, and the parser's refusal is the only guard."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    for flags in (_CLONE_NEWUSER | _CLONE_NEWNET, _CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return True
    return False
