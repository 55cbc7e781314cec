#!/usr/bin/env python3
"""demo-dups-eval.py [-v] DUP.csv TRUTH.tsv [DATA.copy]

Pairwise precision, recall and F1 of `steward duplicates --format csv`
against the planted duplicates of contrib/gen-customers.py: its --truth
file names each extra record of a person "dup-of:KEY", and KEY with all
the records dup-of it form one true cluster.  Prints, like febrl-eval.py,
one line per level (review: every cluster; merge: merge clusters only):

    LEVEL precision recall f1 predicted true

Pairs are counted, not listed, so a run gone wrong (one cluster of 10^5
records) still evaluates in a second.

With the generated COPY text (DATA.copy), also how many of the true
pairs that differ in one way are found, one line each:

    kind NAME found_at_review found_at_merge total

NAME is cyrillic (one record's name in Cyrillic, the other's in Latin
letters), cjk (the same with Chinese or Japanese), name_swap (given and
family name swapped), name_typo (a name differs otherwise), email_case
(the same address but for case), email_other (the addresses differ
otherwise, or one is missing), phone (the numbers differ as text),
postcode (different postcodes), defect (either record has another
planted defect in the truth file) and clean (neither has).  A pair can
count under several names.  -v prints the wrongly merged pairs, the
wrongly reviewed ones and the missed ones with both records, to stderr."""
import collections, csv, itertools, sys

args = [a for a in sys.argv[1:] if a != "-v"]
verbose = "-v" in sys.argv[1:]
if len(args) not in (2, 3):
    sys.exit(__doc__)

# record -> predicted cluster, at each level
cl_review, cl_merge = {}, {}
with open(args[0], newline="") as f:
    for row in csv.DictReader(f):
        cl_review[row["record_key"]] = row["cluster_id"]
        if row["decision"] == "merge":
            cl_merge[row["record_key"]] = row["cluster_id"]

# record -> true cluster (its first record's key); others are singletons
true_of, defects = {}, set()
with open(args[1]) as f:
    next(f)
    for line in f:
        key, kind, _field, note = line.rstrip("\n").split("\t", 3)
        if kind == "duplicate" and note.startswith("dup-of:"):
            true_of[key] = note[7:]
            true_of[note[7:]] = note[7:]
        elif kind != "duplicate":
            defects.add(key)


def c2(n):
    return n * (n - 1) // 2


true_members = collections.defaultdict(list)
for k, t in true_of.items():
    true_members[t].append(k)
n_true = sum(c2(len(m)) for m in true_members.values())

for name, cl in (("review", cl_review), ("merge", cl_merge)):
    members = collections.defaultdict(list)
    for k, c in cl.items():
        members[c].append(k)
    pred = tp = 0
    for m in members.values():
        pred += c2(len(m))
        tp += sum(c2(n) for n in
                  collections.Counter(true_of.get(k, k) for k in m).values())
    prec = tp / pred if pred else 0.0
    rec = tp / n_true if n_true else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{name} {prec:.4f} {rec:.4f} {f1:.4f} {pred} {n_true}")

if len(args) < 3:
    sys.exit(0)


def same(cl, a, b):
    return a in cl and cl.get(a) == cl.get(b)


truth = [tuple(sorted(p, key=int)) for m in true_members.values()
         for p in itertools.combinations(m, 2)]
wrong_merge, wrong_review = [], []
if verbose:
    # Merge clusters have at most 50 members; review clusters are
    # listed only when they are small.
    for cl, out in ((cl_merge, wrong_merge), (cl_review, wrong_review)):
        members = collections.defaultdict(list)
        for k, c in cl.items():
            members[c].append(k)
        for m in members.values():
            if len(m) > 50:
                continue
            for a, b in itertools.combinations(sorted(m, key=int), 2):
                if true_of.get(a, a) != true_of.get(b, b) and \
                        (cl is cl_merge or not same(cl_merge, a, b)):
                    out.append((a, b))

# Only the records of a true pair or a listed wrong one are kept.
wanted = {k for p in truth + wrong_merge + wrong_review for k in p}
COLS = ("customer_id", "given_name", "family_name", "email", "phone",
        "country", "postcode", "birth_date")
rec = {}
with open(args[2], encoding="utf-8") as f:
    for line in f:
        v = line.rstrip("\n").split("\t", len(COLS))[:len(COLS)]
        if v[0] in wanted:
            rec[v[0]] = dict(zip(COLS, (None if x == "\\N" else x
                                        for x in v)))


def script(s):
    s = s or ""
    if any(0x400 <= ord(ch) < 0x530 for ch in s):
        return "cyrillic"
    if any(ord(ch) >= 0x2e80 for ch in s):
        return "cjk"
    return "latin"


def kinds(a, b):
    ra, rb = rec[a], rec[b]
    ga, fa, gb, fb = (ra["given_name"], ra["family_name"],
                      rb["given_name"], rb["family_name"])
    sa, sb = script((ga or "") + (fa or "")), script((gb or "") + (fb or ""))
    out = []
    if sa != sb:
        out.append(sa if sa != "latin" else sb)
    elif (ga, fa) == (fb, gb) and ga != fa:
        out.append("name_swap")
    elif (ga, fa) != (gb, fb):
        out.append("name_typo")
    ea, eb = ra["email"], rb["email"]
    if ea != eb:
        if ea and eb and ea.lower() == eb.lower():
            out.append("email_case")
        else:
            out.append("email_other")
    if ra["phone"] != rb["phone"]:
        out.append("phone")
    if ra["postcode"] != rb["postcode"]:
        out.append("postcode")
    out.append("defect" if a in defects or b in defects else "clean")
    return out


NAMES = ("cyrillic", "cjk", "name_swap", "name_typo", "email_case",
         "email_other", "phone", "postcode", "defect", "clean")
count = {k: [0, 0, 0] for k in NAMES}
for a, b in truth:
    r, m = same(cl_review, a, b), same(cl_merge, a, b)
    for k in kinds(a, b):
        count[k][0] += r
        count[k][1] += m
        count[k][2] += 1
for k in NAMES:
    print("kind %s %d %d %d" % (k, *count[k]))


def show(tag, a, b):
    print(f"{tag} {a} {b} {','.join(kinds(a, b))}", file=sys.stderr)
    for k in (a, b):
        print("    " + " | ".join(str(rec[k][c]) for c in COLS),
              file=sys.stderr)


if verbose:
    for a, b in wrong_merge:
        show("WRONG-MERGE", a, b)
    for a, b in wrong_review:
        show("WRONG-REVIEW", a, b)
    for a, b in truth:
        if not same(cl_review, a, b):
            show("MISSED", a, b)
