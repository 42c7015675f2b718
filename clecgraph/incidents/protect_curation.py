"""The protection curation file: persons a curator marks public or protected, over the role-based decision.

`build --protect --protect-curation FILE`. Tab-separated, a header line naming
the columns (`action` and `name` required; `curator` and `note` optional), one
person a line; empty lines and lines starting with # are skipped:

    action	name	note
    public	Sok Chea	a commune chief, quoted as such in the press
    protect	Kirth Chantharith	named as police spokesperson, but asked not to be

`public`: the person keeps their name even if the rules would protect them.
`protect`: the person gets a pseudonym even if the rules find them public (a
known authority, an office, a role word). Names match any written form of the
person's name, ignoring case and accents. A name marked both ways is an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from clecgraph.errors import InputError
from clecgraph.names import fold

ACTIONS = ("public", "protect")
COLUMNS = ("action", "name", "curator", "note")


@dataclass(frozen=True)
class ProtectCuration:
    public: frozenset[str] = frozenset()  # names as written in the file
    protected: frozenset[str] = frozenset()


def read_protect_curation(path: Path | str) -> ProtectCuration:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise InputError(str(path), f"not UTF-8 text ({err.reason} at byte {err.start})") from None
    except OSError as err:
        raise InputError(str(path), f"cannot read the protection curation file ({err.strerror or err})") from None
    return parse_protect_curation(text, str(path))


def parse_protect_curation(text: str, shown: str = "protect-curation.tsv") -> ProtectCuration:
    header: list[str] | None = None
    marked: dict[str, dict[str, tuple[str, int]]] = {action: {} for action in ACTIONS}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = [cell.lower() for cell in cells]
            if "action" not in header or "name" not in header or set(header) - set(COLUMNS):
                raise InputError(shown, f"the first line must name the columns ({', '.join(COLUMNS)}; action and name required)", number)
            continue
        if len(cells) > len(header):
            raise InputError(shown, f"{len(cells)} cells, but the header names {len(header)} columns", number)
        row = dict(zip(header, cells))
        action, name = row.get("action", "").lower(), row.get("name", "")
        if action not in ACTIONS:
            raise InputError(shown, f"unknown action {action!r}; known: {', '.join(ACTIONS)}", number)
        if not name:
            raise InputError(shown, f"{action} needs a name", number)
        other = "protect" if action == "public" else "public"
        if fold(name) in marked[other]:
            raise InputError(shown, f"{name!r} is marked {other} on line {marked[other][fold(name)][1]} and {action} here", number)
        marked[action][fold(name)] = (name, number)
    return ProtectCuration(
        frozenset(name for name, _ in marked["public"].values()), frozenset(name for name, _ in marked["protect"].values())
    )
