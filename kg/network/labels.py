"""Where a node's name goes so that no two names overlap and none is cut off.

The geometry alone, in pixels, shared by the pictures (:mod:`kg.network.drawing`
measures each name with matplotlib's renderer and asks here where to put
it); the HTML view runs the same candidate order in its script, at the
zoom of the moment.

Each name tries places around its node in a fixed order (above, below,
right, left, then the four corners), first touching the node, then one and
two text lines further out (with a leader line back to the node). It takes
the first place that stays inside the drawing's bounds and clears every
name already placed, preferring one that also covers no other node; a name
for which no such place exists is left out, since a readable few beat an
unreadable many. Names are placed in the order given, the most important
first.

>>> bounds = (0.0, 0.0, 200.0, 100.0)
>>> first = place([Label("a", 20, 50, 5, 60, 10), Label("b", 40, 50, 5, 60, 10)], bounds)
>>> first["a"].box != first["b"].box and not overlaps(first["a"].box, first["b"].box)
True
>>> place([Label("edge", 2, 50, 2, 60, 10)], bounds)["edge"].ha   # at the left edge: the name goes right
'left'
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

__all__ = ["Box", "Label", "Placement", "candidates", "overlaps", "inside", "place"]

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels, y pointing up


@dataclass(frozen=True)
class Label:
    """A name to place: its node's centre and radius, and the text's size."""

    key: Hashable
    x: float
    y: float
    radius: float
    width: float
    height: float


@dataclass(frozen=True)
class Placement:
    """Where a name went: the anchor's offset from the node's centre, the
    text's alignment at the anchor, the box it covers, and whether it sits
    away from its node (then drawn with a leader line)."""

    dx: float
    dy: float
    ha: str  # "center", "left" or "right"
    va: str  # "bottom", "top" or "center"
    box: Box
    detached: bool


def overlaps(a: Box, b: Box, pad: float = 0.0) -> bool:
    """Whether two boxes (each grown by ``pad``) share any area."""
    return a[0] - pad < b[2] and b[0] - pad < a[2] and a[1] - pad < b[3] and b[1] - pad < a[3]


def inside(box: Box, bounds: Box) -> bool:
    return bounds[0] <= box[0] and box[2] <= bounds[2] and bounds[1] <= box[1] and box[3] <= bounds[3]


def candidates(label: Label, gap: float = 3.0) -> list[Placement]:
    """The places a name tries, in order."""
    w, h, out = label.width, label.height, []
    for step in range(3):
        d = label.radius + gap + step * (h + gap)
        c = d * 0.71  # the corners: on the diagonal at the same distance
        for dx, dy, ha, va in ((0, d, "center", "bottom"), (0, -d, "center", "top"), (d, 0, "left", "center"),
                               (-d, 0, "right", "center"), (c, c, "left", "bottom"), (-c, c, "right", "bottom"),
                               (c, -c, "left", "top"), (-c, -c, "right", "top")):
            ax, ay = label.x + dx, label.y + dy
            x0 = {"center": ax - w / 2, "left": ax, "right": ax - w}[ha]
            y0 = {"bottom": ay, "top": ay - h, "center": ay - h / 2}[va]
            out.append(Placement(dx, dy, ha, va, (x0, y0, x0 + w, y0 + h), step > 0))
    return out


def place(labels: Iterable[Label], bounds: Box, *, pad: float = 2.0,
          nodes: Iterable[tuple[float, float, float]] = ()) -> dict[Hashable, Placement]:
    """A place for each name that fits, in order of importance (see the
    module's docstring); ``nodes`` are the discs (x, y, radius) a name
    should rather not cover."""
    discs = [(x - r, y - r, x + r, y + r) for x, y, r in nodes]
    taken: list[Box] = []
    chosen: dict[Hashable, Placement] = {}
    for label in labels:
        best: tuple[int, int] | None = None
        best_place: Placement | None = None
        for order, option in enumerate(candidates(label)):
            if not inside(option.box, bounds) or any(overlaps(option.box, box, pad) for box in taken):
                continue
            own = (label.x - label.radius, label.y - label.radius, label.x + label.radius, label.y + label.radius)
            covered = sum(1 for disc in discs if disc != own and overlaps(option.box, disc))
            if best is None or (covered, order) < best:
                best, best_place = (covered, order), option
            if covered == 0:
                break
        if best_place is not None:
            taken.append(best_place.box)
            chosen[label.key] = best_place
    return chosen
