#!/usr/bin/env python3
"""Pairwise precision, recall and F1 of duplicate detection against the
ground truth of contrib/gen-customers.py --truth.

    dedup-eval.py TRUTH.tsv --steward DUPLICATES.csv
    dedup-eval.py TRUTH.tsv --pairs PAIRS.tsv

TRUTH: record_key, kind, field, note; a line of kind "duplicate" with
note "dup-of:KEY" puts record_key in KEY's true cluster.  The true pairs
are every pair inside a true cluster.

--steward: `steward duplicates --format csv` (cluster_id, record_key,
score, decision).  Prints "review P R F1 PREDICTED TRUE LARGEST" over
every cluster (predicted and true pair counts, the largest cluster's
size) and "merge ..." over merge clusters only.

--pairs: two keys a line (what a self-join returns).  Prints "pairs ..."
over the pairs as returned and "closure ..." over their connected
components (what a user who merges a~b and b~c gets).

Pairs are counted, not listed (a cluster of n members holds n(n-1)/2),
so a bad run with a cluster of 10^5 records still evaluates in seconds."""
import argparse, collections, csv

ap = argparse.ArgumentParser()
ap.add_argument("truth")
g = ap.add_mutually_exclusive_group(required=True)
g.add_argument("--steward")
g.add_argument("--pairs")
a = ap.parse_args()

# record -> true cluster (the first record's key); records absent are
# singletons.
true_of = {}
with open(a.truth) as f:
    next(f)
    for line in f:
        k, kind, _field, note = line.rstrip("\n").split("\t")
        if kind == "duplicate":
            true_of[k] = note[len("dup-of:"):]
# A true cluster of n duplicates plus the first record holds (n+1)n/2 pairs.
true_pairs = sum((n + 1) * n // 2
                 for n in collections.Counter(true_of.values()).values())


def tid(k):
    return true_of.get(k, k)


def score(name, clusters):
    """clusters: iterable of lists of keys."""
    pred = tp = 0
    for members in clusters:
        n = len(members)
        pred += n * (n - 1) // 2
        for m in collections.Counter(tid(k) for k in members).values():
            tp += m * (m - 1) // 2
    p = tp / pred if pred else 0.0
    r = tp / true_pairs if true_pairs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    big = max((len(m) for m in clusters), default=0)
    print(f"{name} {p:.4f} {r:.4f} {f1:.4f} {pred} {true_pairs} {big}")


if a.steward:
    every, merge = {}, {}
    with open(a.steward, newline="") as f:
        for row in csv.DictReader(f):
            every.setdefault(row["cluster_id"], []).append(row["record_key"])
            if row["decision"] == "merge":
                merge.setdefault(row["cluster_id"], []).append(row["record_key"])
    score("review", list(every.values()))
    score("merge", list(merge.values()))
else:
    pairs = set()
    with open(a.pairs) as f:
        for line in f:
            x, y = line.split()
            if x != y:
                pairs.add((x, y) if x < y else (y, x))
    tp = sum(1 for x, y in pairs if tid(x) == tid(y))
    p = tp / len(pairs) if pairs else 0.0
    r = tp / true_pairs if true_pairs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"pairs {p:.4f} {r:.4f} {f1:.4f} {len(pairs)} {true_pairs} 2")
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for x, y in pairs:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[rx] = ry
    comp = {}
    for x in parent:
        comp.setdefault(find(x), []).append(x)
    score("closure", list(comp.values()))
