#!/usr/bin/env python3
"""Pairwise precision, recall and F1 of `steward duplicates --format csv`
against a Febrl pairs.tsv: at the review threshold (every cluster) and at
the merge threshold (merge clusters only).  Prints one line per level:
LEVEL precision recall f1 predicted true."""
import csv, itertools, sys

clusters_all, clusters_merge = {}, {}
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        clusters_all.setdefault(row["cluster_id"], []).append(row["record_key"])
        if row["decision"] == "merge":
            clusters_merge.setdefault(row["cluster_id"], []).append(row["record_key"])
truth = set()
with open(sys.argv[2]) as f:
    next(f)
    for line in f:
        a, b = line.split()
        truth.add(frozenset((a, b)))

def pairs(cl):
    out = set()
    for members in cl.values():
        for a, b in itertools.combinations(members, 2):
            out.add(frozenset((a, b)))
    return out

for name, cl in (("review", clusters_all), ("merge", clusters_merge)):
    p = pairs(cl)
    tp = len(p & truth)
    prec = tp / len(p) if p else 0.0
    rec = tp / len(truth) if truth else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{name} {prec:.4f} {rec:.4f} {f1:.4f} {len(p)} {len(truth)}")
