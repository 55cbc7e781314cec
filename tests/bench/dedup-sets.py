#!/usr/bin/env python3
"""Labelled record-linkage sets, as Steward sees them, and their scores.

    dedup-sets.py load SET DATADIR OUT.tsv TRUTH.tsv
        Write OUT.tsv (for COPY into the table of dedup-public.sh: key,
        first_name, last_name, birth_date, email, phone, address, city,
        postal_code, region, national_id) and TRUTH.tsv (key, entity).
    dedup-sets.py score TRUTH.tsv DUPLICATES.csv
        Pairwise precision, recall and F1 of `steward duplicates --format
        csv` against the truth: one line for every cluster (review) and
        one for merge clusters only (merge):
        LEVEL P R F1 PREDICTED_PAIRS TRUE_PAIRS
    dedup-sets.py list
        The sets this script knows.
    dedup-sets.py table
        CREATE TABLE people for OUT.tsv.
    dedup-sets.py conf CONNINFO RULES
        A configuration that maps that table and includes RULES.

No set is designed by Steward's authors; each is public with a licence
(tests/bench/README.md names them).  Only the column mapping is written
here: which column is a first name, an email...  Pairs are counted, not
listed, so a bad run with one huge cluster still scores in seconds."""
import collections, csv, os, re, sys

COLS = ("first_name", "last_name", "birth_date", "email", "phone",
        "address", "city", "postal_code", "region", "national_id")


def esc(v):
    v = (v or "").strip()
    if v == "" or v.lower() == "nan":
        return "\\N"
    return v.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ") \
            .replace("\r", " ")


def splink(path, entity_col):
    # Splink's fake person sets (fake_1000, fake_20000): MIT, published
    # with Splink; cluster/group is the true person.
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            yield r["unique_id"], r[entity_col], {
                "first_name": r["first_name"], "last_name": r["surname"],
                "birth_date": r["dob"], "email": r["email"],
                "city": r["city"]}


def febrl(paths):
    # Febrl (ANU Open Source License 1.3): rec-N-org / rec-N-dup-k.
    for path in paths:
        with open(path, newline="") as f:
            rd = csv.reader(f, skipinitialspace=True)
            head = [h.strip() for h in next(rd)]
            for row in rd:
                if not row:
                    continue
                d = dict(zip(head, (x.strip() for x in row)))
                m = re.match(r"rec-(\d+)-", d["rec_id"])
                addr = (d["street_number"] + " " + d["address_1"]).strip()
                yield d["rec_id"], m.group(1), {
                    "first_name": d["given_name"], "last_name": d["surname"],
                    "birth_date": d["date_of_birth"], "address": addr,
                    "city": d["suburb"], "postal_code": d["postcode"],
                    "region": d["state"], "national_id": d["soc_sec_id"]}


def chicago(path):
    # dedupe.io's Chicago early-childhood sites (MIT): organisations,
    # "True Id" the true site.  The site's name stands in the last name.
    with open(path, newline="", encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            yield r["Id"], r["True Id"], {
                "last_name": r["Site name"], "address": r["Address"],
                "postal_code": r["Zip"], "phone": r["Phone"],
                "email": r["Email Address"]}


def historical(path):
    # Splink's historical_50k (MIT; people from Wikidata with errors),
    # converted from Parquet to CSV by dedup-public.sh.
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            yield r["unique_id"], r["cluster"], {
                "first_name": r["first_name"], "last_name": r["surname"],
                "birth_date": r["dob"], "city": r["birth_place"],
                "postal_code": r["postcode_fake"]}


def corrupt(path):
    # tests/bench/corrupt.py over Febrl 4a's originals: real-world errors
    # and households that are not duplicates.
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            yield r["id"], r["entity"], {
                k: r[k] for k in ("first_name", "last_name", "birth_date",
                                  "email", "phone", "address", "city",
                                  "postal_code")}


def restaurants(d):
    # Fodors-Zagat restaurants (RIDDLE repository, Tejada et al.; no
    # licence stated), as processed for the Magellan/deepmatcher
    # benchmarks: a.csv and b.csv (one guide each), gold.csv the pairs.
    # The restaurant's name stands in the last name.
    ent = {}
    with open(os.path.join(d, "gold.csv"), newline="") as f:
        for r in csv.DictReader(f, delimiter=";"):
            ent[r["id2"]] = ent[r["id1"]] = r["id1"]
    for name in ("a.csv", "b.csv"):
        with open(os.path.join(d, name), newline="") as f:
            for r in csv.DictReader(f, delimiter=";"):
                yield r["id"], ent.get(r["id"], r["id"]), {
                    "last_name": r["name"], "address": r["addr"],
                    "city": r["city"], "phone": r["phone"]}


def sets(data, shared):
    fb = os.path.join(shared, "data", "febrl")
    return {
        "fake_1000": lambda: splink(os.path.join(data, "fake_1000.csv"),
                                    "cluster"),
        "fake_20000": lambda: splink(os.path.join(data, "fake_20000.csv"),
                                     "group"),
        "historical_50k": lambda: historical(
            os.path.join(data, "historical_50k.csv")),
        "febrl1": lambda: febrl([os.path.join(fb, "dataset1.csv")]),
        "febrl2": lambda: febrl([os.path.join(fb, "dataset2.csv")]),
        "febrl3": lambda: febrl([os.path.join(fb, "dataset3.csv")]),
        "febrl4": lambda: febrl([os.path.join(fb, "dataset4a.csv"),
                                 os.path.join(fb, "dataset4b.csv")]),
        "corrupt": lambda: corrupt(os.path.join(data, "corrupt.csv")),
        "restaurants": lambda: restaurants(os.path.join(data,
                                                        "fodors_zagat")),
        "chicago": lambda: chicago(os.path.join(
            shared, "data", "dedupe-examples",
            "csv_example_input_with_true_ids.csv")),
    }


def load(name, data, out, truth):
    shared = os.environ.get("SHARED", os.path.join(
        os.path.dirname(__file__), "..", "..", "..", "shared"))
    with open(out, "w") as o, open(truth, "w") as t:
        for key, ent, vals in sets(data, shared)[name]():
            o.write("\t".join([esc(key)] + [esc(vals.get(c)) for c in COLS])
                    + "\n")
            t.write(f"{key}\t{ent}\n")


def pairs_in(groups):
    return sum(n * (n - 1) // 2 for n in groups)


def score(truth, dup):
    ent = {}
    with open(truth) as f:
        for line in f:
            k, e = line.rstrip("\n").split("\t")
            ent[k] = e
    true_pairs = pairs_in(collections.Counter(ent.values()).values())
    every, merge = collections.defaultdict(list), collections.defaultdict(list)
    with open(dup, newline="") as f:
        for r in csv.DictReader(f):
            every[r["cluster_id"]].append(r["record_key"])
            if r["decision"] == "merge":
                merge[r["cluster_id"]].append(r["record_key"])
    for name, cl in (("review", every), ("merge", merge)):
        pred = pairs_in(len(m) for m in cl.values())
        tp = sum(pairs_in(collections.Counter(ent.get(k, "?" + k)
                                              for k in m).values())
                 for m in cl.values())
        p = tp / pred if pred else 0.0
        r = tp / true_pairs if true_pairs else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name} {p:.4f} {r:.4f} {f1:.4f} {pred} {true_pairs}")


def table():
    print("CREATE TABLE people (k text PRIMARY KEY, " +
          ", ".join(f"{c} text" for c in COLS) + ");")


def conf(conninfo, rules):
    print(f'database {{ conninfo "{conninfo}" }}')
    print('customers {\n\ttable "people"\n\tkey "k"\n\tmap {')
    for c in COLS:
        print(f'\t\t{c} "{c}"')
    print(f'\t}}\n}}\ninclude "{rules}"')


if __name__ == "__main__":
    a = sys.argv[1:]
    if a[:1] == ["load"] and len(a) == 5:
        load(*a[1:])
    elif a[:1] == ["score"] and len(a) == 3:
        score(*a[1:])
    elif a[:1] == ["list"]:
        print(" ".join(sets("", "")))
    elif a[:1] == ["table"]:
        table()
    elif a[:1] == ["conf"] and len(a) == 3:
        conf(*a[1:])
    else:
        sys.exit(__doc__)
