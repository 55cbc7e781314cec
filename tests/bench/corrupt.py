#!/usr/bin/env python3
"""Duplicates with the errors real customer tables have, and people who
are not duplicates though they look it, from Febrl's original records.

    corrupt.py FEBRL_4A_CSV [--seed S] > corrupt.csv

Columns: id, entity, first_name, last_name, birth_date, email, phone,
address, city, postal_code.  Each original person (rec-N-org) is kept;
40 % get one to three duplicates, each with one or two of:

  swapped given and family name, a nickname ("Robert" -> "Bob"), a
  surname typo (one edit), no email, another email (a second mailbox),
  birth date one year off, day and month swapped, a move (new address,
  postcode and phone);

and 10 % get a household member: another person (own entity) with the
same family name, address, postcode and landline, another given name
and a birth date 20-40 years apart (a parent or child) or 1-5 years
(a sibling), and an email of their own.  Households are what a matcher
that trusts a shared phone and address merges by mistake.

Not tuned against Steward: the rates are round numbers, the nicknames
are the common English ones Febrl's names use."""
import argparse, csv, random, sys

NICK = {"robert": "bob", "william": "bill", "james": "jim", "john": "jack",
        "michael": "mike", "richard": "dick", "thomas": "tom",
        "charles": "charlie", "joseph": "joe", "daniel": "dan",
        "matthew": "matt", "anthony": "tony", "christopher": "chris",
        "benjamin": "ben", "samuel": "sam", "alexander": "alex",
        "nicholas": "nick", "jonathan": "jon", "edward": "ted",
        "elizabeth": "liz", "margaret": "peggy", "katherine": "kate",
        "catherine": "cathy", "jennifer": "jenny", "rebecca": "becky",
        "jessica": "jess", "samantha": "sam", "victoria": "vicky",
        "patricia": "pat", "susan": "sue", "deborah": "debbie",
        "kimberley": "kim", "jacqueline": "jackie", "emily": "em"}
PROVIDERS = ["gmail.com", "bigpond.com", "hotmail.com", "yahoo.com.au",
             "optusnet.com.au", "outlook.com", "iinet.net.au"]


def typo(s, r):
    if len(s) < 3:
        return s
    i = r.randrange(1, len(s))
    op = r.randrange(3)
    if op == 0:
        return s[:i] + s[i + 1:]
    if op == 1:
        return s[:i] + r.choice("aeioulnrst") + s[i:]
    return s[:i - 1] + s[i] + s[i - 1] + s[i + 1:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("febrl")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    r = random.Random(a.seed)
    people = []
    with open(a.febrl, newline="") as f:
        rd = csv.reader(f, skipinitialspace=True)
        head = [h.strip() for h in next(rd)]
        for row in rd:
            d = dict(zip(head, (x.strip() for x in row)))
            if not d.get("rec_id", "").endswith("-org"):
                continue
            if not d["given_name"] or not d["surname"] or \
                    len(d["date_of_birth"]) != 8:
                continue
            people.append(d)
    w = csv.writer(sys.stdout)
    w.writerow(["id", "entity", "first_name", "last_name", "birth_date",
                "email", "phone", "address", "city", "postal_code"])
    n = 0

    def emit(ent, first, last, dob, email, phone, addr, city, pc):
        nonlocal n
        n += 1
        w.writerow([f"c{n}", ent, first, last, dob, email, phone, addr,
                    city, pc])

    for k, p in enumerate(people):
        ent = f"p{k}"
        first, last = p["given_name"], p["surname"]
        dob = f"{p['date_of_birth'][:4]}-{p['date_of_birth'][4:6]}-" \
              f"{p['date_of_birth'][6:]}"
        email = f"{first}.{last}{r.randrange(10, 99)}@{r.choice(PROVIDERS)}"
        phone = f"0{r.randrange(2, 9)} {r.randrange(1000, 9999)} " \
                f"{r.randrange(1000, 9999)}"
        addr = f"{p['street_number']} {p['address_1']}".strip()
        city, pc = p["suburb"], p["postcode"]
        emit(ent, first, last, dob, email, phone, addr, city, pc)
        if r.random() < 0.4:
            for _ in range(r.randint(1, 3)):
                f2, l2, d2, e2, ph2, a2, c2, pc2 = (first, last, dob, email,
                                                    phone, addr, city, pc)
                for what in r.sample(range(8), r.randint(1, 2)):
                    if what == 0:
                        f2, l2 = l2, f2
                    elif what == 1 and f2 in NICK:
                        f2 = NICK[f2]
                    elif what == 2:
                        l2 = typo(l2, r)
                    elif what == 3:
                        e2 = ""
                    elif what == 4:
                        e2 = f"{f2[0]}{l2}@{r.choice(PROVIDERS)}"
                    elif what == 5:
                        d2 = f"{int(d2[:4]) + r.choice((-1, 1))}{d2[4:]}"
                    elif what == 6 and int(d2[8:]) <= 12:
                        d2 = f"{d2[:5]}{d2[8:]}-{d2[5:7]}"
                    elif what == 7:
                        a2 = f"{r.randrange(1, 300)} {r.choice(people)['address_1']}"
                        pc2 = str(r.randrange(2000, 7999))
                        ph2 = f"0{r.randrange(2, 9)} {r.randrange(1000, 9999)} " \
                              f"{r.randrange(1000, 9999)}"
                emit(ent, f2, l2, d2, e2, ph2, a2, c2, pc2)
        if r.random() < 0.1:
            other = r.choice(people)["given_name"] or "alex"
            if other == first:
                other = "sam"
            gap = r.choice((r.randint(20, 40), r.randint(1, 5)))
            y = int(dob[:4]) + r.choice((-gap, gap))
            d3 = f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
            e3 = f"{other}.{last}{r.randrange(10, 99)}@{r.choice(PROVIDERS)}"
            emit(f"h{k}", other, last, d3, e3, phone, addr, city, pc)


if __name__ == "__main__":
    main()
