"""Signatory blocks: "Endorsed by:", "Signatories:" and the bodies listed after them.

A statement often ends with the organisations that co-signed it, one a
line. Every organisation named after such a heading is an issuer, and a
capitalised line there names an organisation even when no finder knows it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clecgraph.extract.entities.organisations import name_of
from clecgraph.extract.text.chunks import Candidate, Chunk
from clecgraph.extract.text.tokens import Token, fold
from clecgraph.model import ORGANISATION

_HEADING = re.compile(
    r"(?im)^[^\S\n]*(?:this\s+(?:joint\s+)?statement\s+(?:is|was|has\s+been)\s+)?"
    r"(?:(?:endorsed|signed|co-signed|supported|issued)\s+by(?:\s+the\s+following(?:\s+[\w-]+){0,3})?|(?:co-)?signed(?=[^\S\n]*:)|"
    r"(?:list\s+of\s+)?(?:signatories|signatory\s+(?:organi[sz]ations|groups)|endorsing\s+(?:organi[sz]ations|groups)|endorsements))"
    r"[^\S\n]*:?[^\S\n]*$"
)
# ... or written on in the last lines of the text: "Signed: A; B; C (CC)."
_INLINE_HEADING = re.compile(
    r"(?:^|(?<=[.!?\n]))[^\S\n]*(?:(?:[Cc]o-)?[Ss]igned(?:\s+by)?|[Ee]ndorsed\s+by|[Ss]ignatories)[^\S\n]*:[^\S\n]*(?=[A-Z])"
)
# a name fills a line of the block, or (inline) the part between semicolons
_LINE_START = re.compile(r"(?:^|\n|;)[^\S\n]*(?:[-•*–]|\d{1,3}[.)])?[^\S\n]*$")
_LINE_END = re.compile(r"[^\S\n]*(?:\([^()\n]{1,20}\))?[^\S\n]*(?:;|[,.]?[^\S\n]*(?:\n|$))")


@lru_cache(maxsize=8)  # asked for by the signatories and by the issuers, of the same field
def block_start(text: str) -> int | None:
    """Where the signatory block begins, if the text has one."""
    match = None
    for match in _HEADING.finditer(text):
        pass
    inline = None
    for inline in _INLINE_HEADING.finditer(text):
        pass
    if (
        inline is not None
        and ";" in text[inline.end() :]
        and "\n" not in text[inline.end() :].strip()
        and (match is None or inline.end() > match.end())
    ):
        return inline.end()
    return match.end() if match else None


def signatory_lines(
    text: str, tokens: list[Token], chunks: list[Chunk], field: str, known: dict[str, str] | None = None
) -> list[Candidate]:
    """Capitalised names that fill a line of the block: organisations (known ones by their label)."""
    start = block_start(text)
    if start is None:
        return []
    found = []
    for chunk in chunks:
        a, b = tokens[chunk.start].start, tokens[chunk.end - 1].end
        if a >= start and (a == start or _LINE_START.search(text[max(start, a - 8) : a])) and _LINE_END.match(text, b):
            name = name_of(tokens, chunk.start, chunk.end, text)
            found.append(
                Candidate(chunk.start, chunk.end, ORGANISATION, (known or {}).get(fold(name), name), "rules.org.signatory", 0, None, field)
            )
    return found
