"""What a linker is given besides the entities: the extractions and the accepted review files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clecgraph.model import Extraction


@dataclass(frozen=True)
class LinkContext:
    extractions: tuple[Extraction, ...] = ()
    accepted: tuple[Path, ...] = ()  # review TSVs (clecgraph link --review) whose accepted rows apply
