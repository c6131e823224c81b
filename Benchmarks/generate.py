#!/usr/bin/env python3
"""Writes a synthetic knowledge base of N clauses, deterministically (seeded), three ways.

    Benchmarks/generate.py N DIR [--seed S]

DIR/kb.clq      the knowledge base in the clq language
DIR/clauses.csv one row per clause for sqlite3: id, holder, counterparty, modality, s1, s2, e1, e2
DIR/facts.pl    the same clauses as Prolog facts, with the predicate that answers the question
DIR/meta.json   the parties by popularity and a few counts

Days are integers YYYYMMDD. s1..s2 is the range of days the start may fall on, e1..e2 the
end's, tightened as DESIGN §3 says (s2 := min(s2, e2), e1 := max(e1, s1)); 0 stands for
"no earliest day" and 99999999 for "no latest day".
"""
import argparse
import calendar
import json
import os
import random

NO_EARLIEST = 0
NO_LATEST = 99999999
TOP_SHARE = 0.12          # the most popular party holds about this share of the clauses
MODALITIES = [("right", "against", 35), ("obligation", "toward", 35),
              ("permission", "against", 15), ("prohibition", "toward", 15)]
ACTIONS = ["license", "host", "supply", "pay", "audit", "distribute", "use", "maintain",
           "resell", "disclose"]
ASSETS = 50

# The Prolog side: the facts are c(Id, Holder, Counterparty, Modality, S1, S2, E1, E2).
# row(Party, Year, Id, Derived, Certainty) is "which clauses hold for Party in Year":
# the party's own clauses (stated) and those it is the counterparty of (their correlative).
PROLOG_RULES = """\
:- dynamic c/8.

row(P, Y, Id, D, C) :-
    F is Y * 10000 + 101, L is Y * 10000 + 1231,
    (   c(Id, P, _, _, S1, S2, E1, E2), D = stated
    ;   c(Id, _, P, _, S1, S2, E1, E2), D = derived
    ),
    S1 =< L, E2 >= F,
    (   S2 =< L, E1 >= F -> C = 'holds' ; C = 'may-hold' ).

print_rows(P, Y) :-
    forall(row(P, Y, Id, D, C), format("~w,~w,~w~n", [Id, D, C])).

count_rows(P, Y) :-
    aggregate_all(count, row(P, Y, _, _, _), N),
    format("~w~n", [N]).

day_row(D, Id, C) :-
    c(Id, _, _, _, S1, S2, E1, E2),
    S1 =< D, E2 >= D,
    (   S2 =< D, E1 >= D -> C = 'holds' ; C = 'may-hold' ).

print_day_rows(D) :-
    forall(day_row(D, Id, C), format("~w,stated,~w~n", [Id, C])).

"""


def zipf_exponent(parties):
    """The exponent s for which weight 1/k^s of the first of `parties` is TOP_SHARE of the total."""
    low, high = 0.0, 4.0
    for _ in range(60):
        s = (low + high) / 2
        share = 1 / sum(k ** -s for k in range(1, parties + 1))
        low, high = (s, high) if share < TOP_SHARE else (low, s)
    return (low + high) / 2


class Instant:
    """An instant as clq writes it, with the first and last day it may fall on."""

    def __init__(self, text, first, last):
        self.text, self.first, self.last = text, first, last


def ymd(y, m, d):
    return y * 10000 + m * 100 + d


def last_day(y, m):
    return calendar.monthrange(y, m)[1]


def period(rng, year):
    """A date at year, month or day precision: its text and its first and last day."""
    roll = rng.random()
    if roll < 0.3:
        return str(year), ymd(year, 1, 1), ymd(year, 12, 31)
    month = rng.randint(1, 12)
    if roll < 0.6:
        return f"{year}-{month:02d}", ymd(year, month, 1), ymd(year, month, last_day(year, month))
    day = rng.randint(1, last_day(year, month))
    return f"{year}-{month:02d}-{day:02d}", ymd(year, month, day), ymd(year, month, day)


def instant(rng, year, uncertain):
    """An instant around `year`; sometimes (per `uncertain`) a range: between, before or after."""
    if rng.random() >= uncertain:
        return Instant(*period(rng, year))
    kind = rng.random()
    if kind < 0.5:
        a, first, _ = period(rng, year - 1)
        b, _, last = period(rng, year)
        return Instant(f"between {a} and {b}", first, last)
    text, first, last = period(rng, year)
    if kind < 0.8:
        y, m, d = first // 10000, first // 100 % 100, first % 100
        before = ymd(y - 1, 12, 31) if (m, d) == (1, 1) else (
            ymd(y, m - 1, last_day(y, m - 1)) if d == 1 else ymd(y, m, d - 1))
        return Instant(f"before {text}", NO_EARLIEST, before)
    y, m, d = last // 10000, last // 100 % 100, last % 100
    after = ymd(y + 1, 1, 1) if (m, d) == (12, 31) else (
        ymd(y, m + 1, 1) if d == last_day(y, m) else ymd(y, m, d + 1))
    return Instant(f"after {text}", after, NO_LATEST)


def generate(n, seed):
    rng = random.Random(seed)
    party_count = max(20, round(n / 500))
    s = zipf_exponent(party_count)
    cumulative, total = [], 0.0
    for k in range(1, party_count + 1):
        total += k ** -s
        cumulative.append(total)
    width = len(str(party_count))
    parties = [f"P{k:0{width}d}" for k in range(1, party_count + 1)]  # P1 is the most popular

    def draw_party():
        return parties[min(party_count - 1, _bisect(cumulative, rng.random() * total))]

    clauses, agreements = [], []
    while len(clauses) < n:
        size = min(rng.randint(16, 24), n - len(clauses))
        first = draw_party()
        second = draw_party()
        while second == first:
            second = draw_party()
        year = rng.randint(2015, 2032)
        asset = f"Asset{rng.randrange(ASSETS) + 1}"
        members = []
        for _ in range(size):
            holder, counterparty = (first, second) if rng.random() < 0.5 else (second, first)
            modality, preposition = rng.choices([m[:2] for m in MODALITIES],
                                                weights=[m[2] for m in MODALITIES])[0]
            start_year = year + rng.randint(0, 3)
            start = instant(rng, start_year, uncertain=0.1)
            if rng.random() < 0.1:
                end = Instant("unknown", NO_EARLIEST, NO_LATEST)
            else:  # two years on at least, so that no end can fall before the start
                end = instant(rng, start_year + rng.randint(2, 10), uncertain=0.1)
            number = len(clauses) + 1
            clause = dict(id=f"C{number:07d}", holder=holder, counterparty=counterparty,
                          modality=modality, preposition=preposition,
                          action=rng.choice(ACTIONS), asset=asset, start=start, end=end,
                          line=number)
            # DESIGN §3: only readings with start <= end count.
            clause["s1"], clause["e2"] = start.first, end.last
            clause["s2"] = min(start.last, end.last)
            clause["e1"] = max(end.first, start.first)
            clauses.append(clause)
            members.append(clause)
        agreements.append(dict(id=f"A{len(agreements) + 1:06d}", parties=(first, second),
                               effective=members[0]["start"].text, clauses=members))
    return parties, s, agreements, clauses


def _bisect(cumulative, x):
    low, high = 0, len(cumulative)
    while low < high:
        mid = (low + high) // 2
        if cumulative[mid] < x:
            low = mid + 1
        else:
            high = mid
    return low


def write_clq(path, parties, agreements):
    with open(path, "w") as out:
        out.write("# A synthetic knowledge base written by Benchmarks/generate.py.\n\n")
        out.write('source contracts "contracts.txt" "Synthetic contracts".\n\n')
        for party in parties:
            out.write(f'party {party} "Party {party[1:]}".\n')
        out.write("\n")
        for k in range(1, ASSETS + 1):
            out.write(f'asset Asset{k} "asset {k}".\n')
        for agreement in agreements:
            a, b = agreement["parties"]
            effective = agreement["effective"]
            out.write(f'\nagreement {agreement["id"]} "Agreement {agreement["id"][1:]}"\n'
                      f"    between {a} and {b}\n    effective {effective}\n"
                      f'    cites contracts line {agreement["clauses"][0]["line"]} {{\n')
            for c in agreement["clauses"]:
                out.write(f'  clause {c["id"]}: {c["modality"]} of {c["holder"]} {c["preposition"]} '
                          f'{c["counterparty"]}\n      to {c["action"]} {c["asset"]}\n'
                          f'      from {c["start"].text} until {c["end"].text}\n'
                          f'      cites contracts line {c["line"]}.\n')
            out.write("}\n")


def write_csv(path, clauses):
    with open(path, "w") as out:
        for c in clauses:
            out.write(f'{c["id"]},{c["holder"]},{c["counterparty"]},{c["modality"]},'
                      f'{c["s1"]},{c["s2"]},{c["e1"]},{c["e2"]}\n')


def write_prolog(path, clauses):
    with open(path, "w") as out:
        out.write(PROLOG_RULES)
        for c in clauses:
            out.write(f'c(\'{c["id"]}\',\'{c["holder"]}\',\'{c["counterparty"]}\',{c["modality"]},'
                      f'{c["s1"]},{c["s2"]},{c["e1"]},{c["e2"]}).\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of clauses")
    parser.add_argument("directory")
    parser.add_argument("--seed", type=int, default=20260428)
    args = parser.parse_args()
    os.makedirs(args.directory, exist_ok=True)
    parties, s, agreements, clauses = generate(args.n, args.seed)
    write_clq(os.path.join(args.directory, "kb.clq"), parties, agreements)
    write_csv(os.path.join(args.directory, "clauses.csv"), clauses)
    write_prolog(os.path.join(args.directory, "facts.pl"), clauses)
    held = {p: 0 for p in parties}
    rows = {p: 0 for p in parties}
    for c in clauses:
        held[c["holder"]] += 1
        rows[c["holder"]] += 1
        rows[c["counterparty"]] += 1
    meta = dict(clauses=len(clauses), agreements=len(agreements), parties=parties,
                zipf_exponent=round(s, 4), held=held, rows=rows,
                top_share=round(held[parties[0]] / len(clauses), 4),
                unknown_ends=sum(c["end"].text == "unknown" for c in clauses))
    with open(os.path.join(args.directory, "meta.json"), "w") as out:
        json.dump(meta, out)
    print(f"generate: {len(clauses)} clauses, {len(agreements)} agreements, {len(parties)} parties; "
          f"{parties[0]} holds {meta['top_share']:.1%}; {meta['unknown_ends']} unknown ends")


if __name__ == "__main__":
    main()
