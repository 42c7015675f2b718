"""Coreference scores for incident grouping: B-cubed, MUC, CEAF-e and their CoNLL average.

A clustering is a mapping from mention to cluster id; key (gold) and
response (system) are scored over the mentions both hold. Formulas:
B-cubed (Bagga and Baldwin 1998), MUC (Vilain et al. 1995), entity-based
CEAF (Luo 2005, phi4 similarity), CoNLL F1 = mean of the three F1s
(Pradhan et al. 2011). Singleton clusters count in B-cubed and CEAF-e, not
in MUC (a singleton has no links).

    >>> key = {"a": 1, "b": 1, "c": 2}
    >>> round(bcubed(key, {"a": "x", "b": "y", "c": "z"})[2], 3)
    0.8
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping

Clustering = Mapping[Hashable, Hashable]


def clusters(assignment: Clustering) -> list[frozenset]:
    table: dict = defaultdict(set)
    for mention, cluster in assignment.items():
        table[cluster].add(mention)
    return [frozenset(members) for members in table.values()]


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _common(key: Clustering, response: Clustering) -> tuple[dict, dict]:
    shared = set(key) & set(response)
    return {m: key[m] for m in shared}, {m: response[m] for m in shared}


def bcubed(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    """(precision, recall, F1), averaged over mentions."""
    key, response = _common(key, response)
    if not key:
        return 0.0, 0.0, 0.0
    of_key = {m: c for c in clusters(key) for m in c}
    of_response = {m: c for c in clusters(response) for m in c}
    precision = sum(len(of_key[m] & of_response[m]) / len(of_response[m]) for m in key) / len(key)
    recall = sum(len(of_key[m] & of_response[m]) / len(of_key[m]) for m in key) / len(key)
    return precision, recall, _f1(precision, recall)


def _muc_side(gold: list[frozenset], other: Clustering) -> float:
    numerator = denominator = 0
    for cluster in gold:
        parts = {other[m] for m in cluster}
        numerator += len(cluster) - len(parts)
        denominator += len(cluster) - 1
    return numerator / denominator if denominator else 0.0


def muc(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    key, response = _common(key, response)
    recall = _muc_side(clusters(key), response)
    precision = _muc_side(clusters(response), key)
    return precision, recall, _f1(precision, recall)


def _best_assignment(weights: list[list[float]]) -> float:
    """The largest total weight of a one-to-one matching of rows to columns (Hungarian method)."""
    rows, cols = len(weights), len(weights[0]) if weights else 0
    if not rows or not cols:
        return 0.0
    size = max(rows, cols)
    top = max(max(row) for row in weights)
    # Minimise cost = top - weight on a square matrix padded with `top` (zero weight).
    cost = [[top - (weights[i][j] if i < rows and j < cols else 0.0) for j in range(size)] for i in range(size)]
    inf = float("inf")
    u, v, match, way = [0.0] * (size + 1), [0.0] * (size + 1), [0] * (size + 1), [0] * (size + 1)
    for i in range(1, size + 1):
        match[0], j0 = i, 0
        least, used = [inf] * (size + 1), [False] * (size + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], inf, 0
            for j in range(1, size + 1):
                if not used[j]:
                    current = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if current < least[j]:
                        least[j], way[j] = current, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(size + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
    total = 0.0
    for j in range(1, size + 1):
        i = match[j]
        if i and i <= rows and j <= cols:
            total += weights[i - 1][j - 1]
    return total


def ceaf_e(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    """Entity-based CEAF with phi4 = 2|K∩R| / (|K|+|R|)."""
    key, response = _common(key, response)
    gold, system = clusters(key), clusters(response)
    if not gold or not system:
        return 0.0, 0.0, 0.0
    of_system = {m: n for n, c in enumerate(system) for m in c}
    weights = [[0.0] * len(system) for _ in gold]
    for i, cluster in enumerate(gold):  # only overlapping pairs have weight: sparse fill
        for n in {of_system[m] for m in cluster}:
            weights[i][n] = 2 * len(cluster & system[n]) / (len(cluster) + len(system[n]))
    best = _best_assignment(weights)
    precision, recall = best / len(system), best / len(gold)
    return precision, recall, _f1(precision, recall)


def conll(key: Clustering, response: Clustering) -> float:
    """The CoNLL-2011 F1: the mean of MUC, B-cubed and CEAF-e F1."""
    return (muc(key, response)[2] + bcubed(key, response)[2] + ceaf_e(key, response)[2]) / 3


def scores(key: Clustering, response: Clustering) -> dict[str, float]:
    """Every measure, rounded to four places, and the number of mentions scored."""
    out = {"mentions": len(set(key) & set(response))}
    for name, measure in (("muc", muc), ("bcubed", bcubed), ("ceaf_e", ceaf_e)):
        p, r, f = measure(key, response)
        out.update({f"{name}_p": round(p, 4), f"{name}_r": round(r, 4), f"{name}_f1": round(f, 4)})
    out["conll_f1"] = round(conll(key, response), 4)
    return out
