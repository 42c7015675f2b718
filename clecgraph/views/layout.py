"""Positions for small network pages, worked out before the page opens: each connected part laid out, the parts packed.

vis-network's physics pushes unconnected parts of a network away from each
other; on a small archive of separate clusters the page then zooms out until
its labels are too small to draw. Here each part is laid out on its own
(Fruchterman-Reingold, seeded, so a build gives the same page every time) and
the parts are packed in rows, biggest first, into a roughly square area, so
that the page fits them at a zoom where every label reads. Bigger networks
(over LAYOUT_NODES nodes) keep vis-network's physics: the pure-Python layout
grows with the square of a part's size.
"""

from __future__ import annotations

import math
import random

import networkx as nx

LAYOUT_NODES = 200
SPACING = 95.0  # pixels between linked nodes
GAP = 70.0  # pixels between packed parts
ROUNDS = 90
APART = 0.85  # no two nodes closer than this (in edge lengths)
SEED = 7


def spring(part: nx.Graph, nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions (unit edge length) of one connected part."""
    count = len(nodes)
    if count == 1:
        return {nodes[0]: (0.0, 0.0)}
    rng = random.Random(SEED)
    side = math.sqrt(count)
    pos = {n: [rng.uniform(0, side), rng.uniform(0, side)] for n in nodes}
    # Sorted, not in the graph's own order: the same page must come out whatever order the graph was built in.
    links = sorted({(min(u, v), max(u, v)) for u, v in part.edges() if u != v})
    heat = side / 8
    for step in range(ROUNDS):
        move = {n: [0.0, 0.0] for n in nodes}
        for i, a in enumerate(nodes):
            ax, ay = pos[a]
            for b in nodes[i + 1 :]:
                dx, dy = ax - pos[b][0], ay - pos[b][1]
                far = dx * dx + dy * dy or 1e-6
                push = 1.0 / far  # k^2 / d, as a vector: (dx, dy) * k^2 / d^2
                move[a][0] += dx * push
                move[a][1] += dy * push
                move[b][0] -= dx * push
                move[b][1] -= dy * push
        for u, v in links:
            dx, dy = pos[u][0] - pos[v][0], pos[u][1] - pos[v][1]
            far = math.sqrt(dx * dx + dy * dy) or 1e-6
            pull = far  # d^2 / k, as a vector: (dx, dy) * d / k
            move[u][0] -= dx * pull
            move[u][1] -= dy * pull
            move[v][0] += dx * pull
            move[v][1] += dy * pull
        limit = heat * (1 - step / ROUNDS) + 0.01
        for n in nodes:
            mx, my = move[n]
            length = math.sqrt(mx * mx + my * my) or 1e-6
            scale = min(length, limit) / length
            pos[n][0] += mx * scale
            pos[n][1] += my * scale
    for _ in range(30):  # then nodes still on top of each other are moved apart
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1 :]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                far = math.sqrt(dx * dx + dy * dy)
                if far < APART:
                    if far < 1e-6:
                        dx, dy, far = 1e-3, 0.0, 1e-3
                    shift = (APART - far) / 2 / far
                    pos[a][0] += dx * shift
                    pos[a][1] += dy * shift
                    pos[b][0] -= dx * shift
                    pos[b][1] -= dy * shift
                    moved = True
        if not moved:
            break
    return {n: (p[0], p[1]) for n, p in pos.items()}


def packed(net: nx.Graph, centre: str | None = None) -> dict[str, tuple[int, int]] | None:
    """Pixel positions for every node, or None for a network too big to lay out here.

    `centre` (a focus view's entity) is put at the middle of its part, and its part first.
    """
    if net.number_of_nodes() == 0 or net.number_of_nodes() > LAYOUT_NODES:
        return None
    whole = net.to_undirected(as_view=True) if net.is_directed() else net
    parts = sorted((sorted(c) for c in nx.connected_components(whole)), key=lambda c: (centre not in c, -len(c), c[0]))
    boxes = []
    for nodes in parts:
        pos = spring(whole.subgraph(nodes), nodes)
        if centre in pos:
            cx, cy = pos[centre]
            pos = {n: (x - cx, y - cy) for n, (x, y) in pos.items()}
        xs, ys = [p[0] * SPACING for p in pos.values()], [p[1] * SPACING for p in pos.values()]
        boxes.append((nodes, pos, min(xs), min(ys), max(xs) - min(xs) + GAP, max(ys) - min(ys) + GAP))
    area = sum(w * h for *_, w, h in boxes)
    row_width = max(max(w for *_, w, _ in boxes), math.sqrt(area) * 1.4)
    placed: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for nodes, pos, left, top, width, height in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n in nodes:
            px, py = pos[n]
            placed[n] = (round(x + px * SPACING - left), round(y + py * SPACING - top))
        x += width
        row_height = max(row_height, height)
    if centre in placed:  # the centre at (0, 0), where the page opens
        cx, cy = placed[centre]
        placed = {n: (px - cx, py - cy) for n, (px, py) in placed.items()}
    return placed
