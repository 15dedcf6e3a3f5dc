"""SHACL validation after an ingest: proportional to what changed, in one run.

    .venv/bin/python bench/validate.py                   # 1000 synthetic agreements
    .venv/bin/python bench/validate.py --agreements 2000 --changed 20

On a deterministic synthetic store (kg.synthetic, the same mapping as real
ingest) it times, each in this process, one after the other:

* whole     ``kg validate``: every node of the store
* all       :func:`kg.validate.validate` focused on the nodes of every
            article graph (what an ingest of the whole store checks)
* changed   focused on the nodes of ``--changed`` article graphs (a small
            ingest into a big store)
* pyshacl   the way kg did it before: pySHACL's own ``focus_nodes`` option
            on the nodes of every article graph (the baseline; it grows with
            the square of the nodes; ``--baseline`` agreements, default the same)

and checks that the focused runs report exactly the problems the whole run
reports about their nodes. Targets (issue 13 item 6): focusing on every
node costs no more than about the whole check; a small ingest costs a small
fraction of it.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def _store(agreements: int, folder: Path):
    from kg.store import Store
    from kg.synthetic import load_synthetic

    store = Store(folder / f"store-{agreements}")
    if not store.article_graphs():
        load_synthetic(store, agreements)
        # a few faults, so there is something to find
        store.db.update("DELETE { GRAPH ?g { ?a <https://w3id.org/kg-agreements/ontology#kind> ?k } } WHERE { "
                        "GRAPH ?g { ?a <https://w3id.org/kg-agreements/ontology#kind> ?k } "
                        "FILTER(STRENDS(STR(?a), '7/1')) }")
        store.rebuild_union()
    return store


def _timed(label: str, run) -> tuple[float, object]:
    clock = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - clock
    print(f"  {label:<10} {seconds:8.2f} s", flush=True)
    return seconds, result


def _pyshacl_focus(store, focus: set[str]) -> float:
    """The old way: pySHACL's focus_nodes option."""
    import pyshacl
    import rdflib

    from kg.validate import _data_graph, shapes_path

    shacl = rdflib.Graph().parse(str(shapes_path()), format="turtle")
    data = _data_graph(store, focus)
    clock = time.perf_counter()
    pyshacl.validate(data, shacl_graph=shacl, inference="none", allow_warnings=True, advanced=False,
                     focus_nodes=sorted(rdflib.URIRef(i) for i in focus))
    return time.perf_counter() - clock


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--agreements", type=int, default=1000)
    parser.add_argument("--changed", type=int, default=10, help="article graphs a small ingest changed")
    parser.add_argument("--baseline", type=int, default=None, help="agreements for the old pySHACL focus run (default: --agreements)")
    args = parser.parse_args()

    from kg.validate import nodes_of_graphs, validate

    def key(problem) -> tuple:
        return (problem.severity, problem.focus, problem.path, problem.message)

    with tempfile.TemporaryDirectory(prefix="kg-bench-validate-") as temp:
        store = _store(args.agreements, Path(temp))
        graphs = store.article_graphs()
        every = nodes_of_graphs(store, graphs)
        few = nodes_of_graphs(store, graphs[: args.changed])
        print(f"{args.agreements:,} agreements: {len(every):,} nodes in {len(graphs):,} article graphs; "
              f"{len(few):,} nodes in {args.changed} of them")
        whole_s, whole = _timed("whole", lambda: validate(store))
        all_s, focused = _timed("all", lambda: validate(store, focus=every))
        few_s, changed = _timed("changed", lambda: validate(store, focus=few))
        expected_all = {key(p) for p in whole.problems if p.focus in every}
        expected_few = {key(p) for p in whole.problems if p.focus in few}
        same = {key(p) for p in focused.problems} == expected_all and {key(p) for p in changed.problems} == expected_few
        print(f"  problems: whole {len(whole.problems)}, all {len(focused.problems)}, changed "
              f"{len(changed.problems)}; the focused runs agree with the whole run: {'yes' if same else 'NO'}")
        print(f"  all / whole = {all_s / whole_s:.2f}; changed / whole = {few_s / whole_s:.3f}")

        args.baseline = args.baseline or args.agreements
        small = store if args.baseline == args.agreements else _store(args.baseline, Path(temp))
        small_every = nodes_of_graphs(small, small.article_graphs())
        print(f"baseline at {args.baseline:,} agreements ({len(small_every):,} nodes):")
        new_s = all_s if small is store else _timed("all", lambda: validate(small, focus=small_every))[0]
        if small is store:
            print(f"  {'all':<10} {new_s:8.2f} s  (as above)")
        old_s = _pyshacl_focus(small, small_every)
        print(f"  {'pyshacl':<10} {old_s:8.2f} s  (pySHACL's focus_nodes, the old way)")
        print(f"  old / new = {old_s / new_s:.1f}x")
        store.close()
        if small is not store:
            small.close()


if __name__ == "__main__":
    main()
