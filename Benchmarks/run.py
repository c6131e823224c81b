#!/usr/bin/env python3
"""Checks that clq, sqlite3 and SWI-Prolog agree on a generated knowledge base, and times them.

    Benchmarks/run.py check DIR --clq CLQ
    Benchmarks/run.py measure DIR --clq CLQ [--clq-dynamic CLQ] [--rounds R] [--out FILE]

DIR is what Benchmarks/generate.py wrote. Both commands first build what the peers load
(DIR/clauses.db with covering indexes, DIR/facts.qlf). The question is mostly "which
clauses hold for PARTY in YEAR?": the clauses PARTY holds (stated) and those it is the
counterparty of (their correlative, derived), each as holds or may hold (DESIGN §3). Without
a party, "which clauses hold at DAY?" gives every clause in force on DAY once, as stated.

Timings come from hyperfine, one invocation per round with every command of a measurement,
so that the commands alternate; a command's time is its median over the rounds.
"""
import argparse
import csv
import datetime
import io
import json
import os
import platform
import random
import re
import shlex
import statistics
import subprocess
import sys

SCHEMA = ("CREATE TABLE clause(id TEXT PRIMARY KEY, holder TEXT NOT NULL, counterparty TEXT NOT NULL, "
          "modality TEXT NOT NULL, s1 INT, s2 INT, e1 INT, e2 INT);")
INDEXES = ("CREATE INDEX clause_by_holder ON clause(holder, s1, e2, s2, e1, id);\n"
           "CREATE INDEX clause_by_counterparty ON clause(counterparty, s1, e2, s2, e1, id);\n"
           "CREATE INDEX clause_by_time ON clause(s1, e2, s2, e1, id);\nANALYZE;")
# The question without a party: every clause in force on one day, each once, as stated.
DAY = (2017, 1, 1)
WARM_QUESTIONS = 200
# The script of WARM_QUESTIONS runs this many times in one process, printed and not, so that its time
# stands out of the noise of loading the data (about 0.4 s at 1,000,000 clauses on a busy machine).
PASSES = {"warm": 5, "warm quiet": 25}
NO_EARLIEST, NO_LATEST = 0, 99999999


def sql_rows(party, year, stated="1=1", derived="1=1"):
    """The question in SQL: DESIGN §3's `in P` on the tightened ranges [s1, s2] and [e1, e2]."""
    first, last = year * 10000 + 101, year * 10000 + 1231
    certainty = f"CASE WHEN s2 <= {last} AND e1 >= {first} THEN 'holds' ELSE 'may-hold' END"
    excluded = f"s1 <= {last} AND e2 >= {first}"  # not (s1 > last or e2 < first)
    return (f"SELECT id, 'stated', {certainty} FROM clause WHERE holder = '{party}' AND {excluded} AND {stated} "
            f"UNION ALL SELECT id, 'derived', {certainty} FROM clause "
            f"WHERE counterparty = '{party}' AND {excluded} AND {derived}")


def sql_day_rows(day):
    """`which clauses hold at DAY?` in SQL: the clauses whose ranges allow DAY, each once, as stated."""
    d = day[0] * 10000 + day[1] * 100 + day[2]
    certainty = f"CASE WHEN s2 <= {d} AND e1 >= {d} THEN 'holds' ELSE 'may-hold' END"
    return f"SELECT id, 'stated', {certainty} FROM clause WHERE s1 <= {d} AND e2 >= {d}"


def clq_day_question(day):
    return f"which clauses hold at {day[0]:04d}-{day[1]:02d}-{day[2]:02d}?"


def swipl_day_goal(day):
    return f"print_day_rows({day[0] * 10000 + day[1] * 100 + day[2]})"


def clq_question(party, year, quiet=False):
    # Every row fails `derived and not derived`: the same rows are judged, none is printed.
    return f"which clauses hold for {party} in {year}" + (" where derived and not derived?" if quiet else "?")


def run(argv, **kwargs):
    done = subprocess.run(argv, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        sys.exit(f"bench: {shlex.join(argv)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def prepare(directory):
    """Builds DIR/clauses.db and DIR/facts.qlf from the generated text, once."""
    db = os.path.join(directory, "clauses.db")
    if not os.path.exists(db):
        with open(os.path.join(directory, "build-db.sql"), "w") as out:
            out.write(f"{SCHEMA}\n.import --csv clauses.csv clause\n{INDEXES}\n")
        run(["sqlite3", db + ".tmp", ".read build-db.sql"], cwd=directory)
        os.rename(db + ".tmp", db)
    if not os.path.exists(os.path.join(directory, "facts.qlf")):
        run(["swipl", "-q", "-g", "qcompile('facts.pl'),halt"], cwd=directory)


def swipl(goal):
    return ["swipl", "-q", "-g", f"load_files('facts.qlf',[]),{goal}", "-t", "halt"]


# ---------------------------------------------------------------------------- check

def answers_clq(clq, directory, question):
    text = run([clq, "--kb", "kb.clq", "--format", "csv", "-e", question], cwd=directory)
    rows = list(csv.DictReader(io.StringIO(text)))
    answer = {(r["id"], "derived" if r["derived"] else "stated", r["certainty"]) for r in rows}
    return answer, rows


def answers_sqlite(directory, sql):
    text = run(["sqlite3", "-csv", "clauses.db", sql + ";"], cwd=directory)
    return {tuple(line.split(",")) for line in text.splitlines()}


def answers_swipl(directory, goal):
    text = run(swipl(goal), cwd=directory)
    return {tuple(line.split(",")) for line in text.splitlines()}


def iso(day, missing):
    return missing if day in (NO_EARLIEST, NO_LATEST) else f"{day // 10000:04d}-{day // 100 % 100:02d}-{day % 100:02d}"


def check(args):
    directory, clq = os.path.abspath(args.directory), os.path.abspath(args.clq)
    prepare(directory)
    meta = json.load(open(os.path.join(directory, "meta.json")))
    ranges = {}
    with open(os.path.join(directory, "clauses.csv")) as rows:
        for r in csv.reader(rows):
            ranges[r[0]] = tuple(iso(int(v), "") for v in r[4:8])
    popular, rare = meta["parties"][0], meta["parties"][-1]
    failures = 0
    questions = [(clq_question(party, year), sql_rows(party, year), f"print_rows('{party}',{year})")
                 for party in (popular, rare) for year in (2016, 2024, 2030, 2040)]
    questions += [(clq_day_question(day), sql_day_rows(day), swipl_day_goal(day))
                  for day in ((2010, 1, 1), DAY, (2030, 6, 15))]
    for question, sql, goal in questions:
        ours, rows = answers_clq(clq, directory, question)
        peers = {"sqlite3": answers_sqlite(directory, sql), "swipl": answers_swipl(directory, goal)}
        verdict = "same"
        for name, theirs in peers.items():
            if theirs != ours:
                failures += 1
                verdict = "DIFFERENT"
                print(f"check: {question} clq and {name} differ; only clq: {sorted(ours - theirs)[:5]}; "
                      f"only {name}: {sorted(theirs - ours)[:5]}", file=sys.stderr)
        for r in rows:  # clq's tightened ranges are the generator's
            got = (r["from_earliest"], r["from_latest"], r["until_earliest"], r["until_latest"])
            if got != ranges[r["id"]]:
                failures += 1
                verdict = "DIFFERENT"
                print(f"check: {r['id']}: clq reads {got}, generated {ranges[r['id']]}", file=sys.stderr)
        holds = sum(1 for a in ours if a[2] == "holds")
        print(f"check: {question} {len(ours)} rows ({holds} hold): {verdict}")
    print("check: clq, sqlite3 and swipl " + ("agree" if failures == 0 else f"differ ({failures} problems)"))
    return 1 if failures else 0


# -------------------------------------------------------------------------- measure

def hyperfine(commands, rounds, runs=1, cwd=None):
    """Seconds of each run of each command (name -> argv), over `rounds` hyperfine invocations.

    hyperfine runs all the runs of one command before the next, so each round is one invocation
    with every command: the commands alternate, and a slow spell of the machine hits them all."""
    times = {name: [] for name in commands}
    exported = os.path.join(cwd or ".", "hyperfine.json")
    for _ in range(rounds):
        argv = ["hyperfine", "-N", "--style", "none", "--runs", str(runs), "--export-json", exported]
        for name, command in commands.items():
            argv += ["-n", name, shlex.join(command)]
        done = subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            sys.exit(f"bench: hyperfine failed: {done.stderr.strip()}")
        for result in json.load(open(exported))["results"]:
            times[result["command"]] += result["times"]
    with open(os.path.join(cwd or ".", "times.json"), "a") as log:
        log.write(json.dumps(times) + "\n")
    return times


def medians(times):
    return {name: statistics.median(values) for name, values in times.items()}


def peak_rss(command, cwd):
    """Maximum resident set size of one run, in MiB, as `/usr/bin/time -v` reports it."""
    done = subprocess.run(["/usr/bin/time", "-v"] + command, cwd=cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=True)
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) / 1024


def builtin_db(clq, directory):
    """A small file database of the built-in knowledge base's clauses, with their tightened ranges."""
    db = os.path.join(directory, "builtin.db")
    if os.path.exists(db):
        os.remove(db)
    text = run([clq, "--format", "csv", "-e", "list clauses?"])
    day = lambda value, missing: int(value.replace("-", "")) if value else missing
    statements = [SCHEMA]
    for r in csv.DictReader(io.StringIO(text)):
        statements.append("INSERT INTO clause VALUES ('{}', '{}', '{}', '{}', {}, {}, {}, {});".format(
            r["id"], r["holder"], r["counterparty"], r["modality"], day(r["from_earliest"], NO_EARLIEST),
            day(r["from_latest"], NO_LATEST), day(r["until_earliest"], NO_EARLIEST), day(r["until_latest"], NO_LATEST)))
    run(["sqlite3", db, "\n".join(statements) + "\n" + INDEXES])
    return db


def milliseconds(seconds):
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.2f} s"


def microseconds(seconds):
    if seconds <= 0:  # the difference drowned in the noise of loading
        return "lost in noise"
    return f"{seconds * 1e6:,.0f} µs" if seconds < 0.01 else f"{seconds * 1000:,.1f} ms"


def ratio(ours, others):
    if all(v is None for v in others):
        return "–"
    best = min(v for v in others if v is not None)
    if ours <= 0 or best <= 0:
        return "–"
    return f"{ours / best:,.1f}×" if ours / best >= 0.95 else f"{ours / best:.2f}×"


def machine():
    cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read()).group(1)
    memory = int(re.search(r"MemTotal:\s*(\d+)", open("/proc/meminfo").read()).group(1)) / 1024 ** 2
    os_name = re.search(r'PRETTY_NAME="(.*)"', open("/etc/os-release").read()).group(1)
    swift = run(["swift", "--version"]).splitlines()[0]
    versions = "; ".join([
        "sqlite3 " + run(["sqlite3", "--version"]).split()[0],
        run(["swipl", "--version"]).strip(),
        run(["hyperfine", "--version"]).strip()])
    return (f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB RAM; {os_name} ({platform.machine()}); "
            f"{swift.strip()}; {versions}")


def measure(args):
    directory, clq, rounds = os.path.abspath(args.directory), os.path.abspath(args.clq), args.rounds
    prepare(directory)
    run([clq, "compile", "kb.clq", "-o", "kb.clqx"], cwd=directory)
    meta = json.load(open(os.path.join(directory, "meta.json")))
    popular, rare, year = meta["parties"][0], meta["parties"][-1], 2030
    meta["day_rows"] = len(run(["sqlite3", "-csv", "clauses.db", sql_day_rows(DAY) + ";"], cwd=directory).splitlines())

    # Load and answer one question, in a fresh process.
    with open(os.path.join(directory, "import-query.sql"), "w") as out:
        out.write(f"{SCHEMA}\n.import --csv clauses.csv clause\n{sql_rows(popular, year)};\n")
    fresh = {
        "clq popular": [clq, "--kb", "kb.clq", "--format", "csv", "-e", clq_question(popular, year)],
        "clq rare": [clq, "--kb", "kb.clq", "--format", "csv", "-e", clq_question(rare, year)],
        "clq compiled popular": [clq, "--kb", "kb.clqx", "--format", "csv", "-e", clq_question(popular, year)],
        "clq compiled rare": [clq, "--kb", "kb.clqx", "--format", "csv", "-e", clq_question(rare, year)],
        "clq compiled day": [clq, "--kb", "kb.clqx", "--format", "csv", "-e", clq_day_question(DAY)],
        "clq compile": [clq, "compile", "kb.clq", "-o", "kb-timed.clqx"],
        "sqlite3 import popular": ["sqlite3", "-csv", ":memory:", ".read import-query.sql"],
        "sqlite3 db popular": ["sqlite3", "-csv", "clauses.db", sql_rows(popular, year) + ";"],
        "sqlite3 db rare": ["sqlite3", "-csv", "clauses.db", sql_rows(rare, year) + ";"],
        "sqlite3 db day": ["sqlite3", "-csv", "clauses.db", sql_day_rows(DAY) + ";"],
        "swipl qlf popular": swipl(f"print_rows('{popular}',{year})"),
        "swipl qlf rare": swipl(f"print_rows('{rare}',{year})"),
        "swipl qlf day": swipl(swipl_day_goal(DAY)),
        "swipl pl popular": ["swipl", "-q", "-g", f"consult('facts.pl'),print_rows('{popular}',{year})", "-t", "halt"],
    }
    print("bench: fresh processes", file=sys.stderr)
    t = medians(hyperfine(fresh, rounds, cwd=directory))

    # Warm: WARM_QUESTIONS questions on parties and years drawn at random, in one process.
    rng = random.Random(7)
    questions = [(rng.choice(meta["parties"]), rng.randint(2016, 2040)) for _ in range(WARM_QUESTIONS)]
    files = {
        "warm.clq": "".join(clq_question(p, y) + "\n" for p, y in questions),
        "warm-quiet.clq": "".join(clq_question(p, y, quiet=True) + "\n" for p, y in questions),
        "empty.clq": "",
        "warm.sql": "".join(sql_rows(p, y) + ";\n" for p, y in questions),
        "warm-quiet.sql": "".join(f"SELECT count(*) FROM ({sql_rows(p, y)});\n" for p, y in questions),
        "empty.sql": "SELECT 1;\n",
        "warm.pl": "".join(f"q('{p}',{y}).\n" for p, y in questions)
                   + "warm :- forall(q(P, Y), print_rows(P, Y)).\nwarm_quiet :- forall(q(P, Y), count_rows(P, Y)).\n",
    }
    for name, text in files.items():
        with open(os.path.join(directory, name), "w") as out:
            out.write(text)
    printed, quiet = range(PASSES["warm"]), range(PASSES["warm quiet"])
    # On the compiled file: opening it varies far less than reading the text, whose variation (half a
    # second at 1,000,000 clauses) would hide the questions' time.
    clq_run = [clq, "--kb", "kb.clqx", "--format", "csv", "run"]
    warm = {
        "clq warm": clq_run + ["warm.clq" for _ in printed],
        "clq warm quiet": clq_run + ["warm-quiet.clq" for _ in quiet],
        "clq load": clq_run + ["empty.clq"],
        "sqlite3 warm": ["sqlite3", "-csv", "clauses.db"] + [".read warm.sql" for _ in printed],
        "sqlite3 warm quiet": ["sqlite3", "-csv", "clauses.db"] + [".read warm-quiet.sql" for _ in quiet],
        "sqlite3 load": ["sqlite3", "-csv", "clauses.db", ".read empty.sql"],
        "swipl warm": swipl(f"consult('warm.pl'),forall(between(1,{len(printed)},_),warm)"),
        "swipl warm quiet": swipl(f"consult('warm.pl'),forall(between(1,{len(quiet)},_),warm_quiet)"),
        "swipl load": swipl("consult('warm.pl')"),
    }
    print("bench: warm questions", file=sys.stderr)
    warm_times = hyperfine(warm, rounds, cwd=directory)
    w = medians(warm_times)

    def per_question(tool, kind):  # the median over rounds of this round's run less this round's load
        pairs = zip(warm_times[f"{tool} {kind}"], warm_times[f"{tool} load"])
        return statistics.median(a - b for a, b in pairs) / (WARM_QUESTIONS * PASSES[kind])
    per = {f"{tool} {kind}": per_question(tool, kind)
           for tool in ("clq", "sqlite3", "swipl") for kind in ("warm", "warm quiet")}

    # Start-up, and the defining question on the built-in knowledge base.
    db = builtin_db(clq, directory)
    rights = (sql_rows("Microsoft", 2031, stated="modality IN ('right', 'permission', 'power', 'immunity')",
                       derived="modality IN ('obligation', 'prohibition')") + ";")
    small = {
        "clq version": [clq, "--version"],
        "sqlite3 select": ["sqlite3", ":memory:", "select 1"],
        "swipl halt": ["swipl", "-q", "-g", "halt"],
        "clq builtin": [clq, "-e", "which rights hold for Microsoft in 2031?"],
        "sqlite3 builtin": ["sqlite3", db, rights],
    }
    if args.clq_dynamic:
        small["clq dynamic version"] = [os.path.abspath(args.clq_dynamic), "--version"]
    print("bench: start-up", file=sys.stderr)
    s = medians(hyperfine(small, rounds, runs=10, cwd=directory))
    builtin_answer = sorted(run(["sqlite3", "-csv", db, rights]).split())

    print("bench: peak memory", file=sys.stderr)
    rss = {name: peak_rss(command, directory) for name, command in
           list(fresh.items()) + list(warm.items()) + list(small.items())}

    lines = [
        f"clq benchmark, N = {meta['clauses']:,} clauses ({meta['agreements']:,} agreements, "
        f"{len(meta['parties'])} parties; {popular} holds {meta['top_share']:.1%} of the clauses; "
        f"{meta['unknown_ends']:,} ends unknown)",
        "",
        f"Question: which clauses hold for PARTY in YEAR? Popular party {popular} "
        f"(holder or counterparty of {meta['rows'][popular]:,} clauses), rare party {rare} "
        f"({meta['rows'][rare]:,}). Medians over {rounds} alternating rounds; "
        f"{datetime.date.today().isoformat()}; {machine()}.",
        "",
        "| measurement | clq | sqlite3 | swipl | clq / best other |",
        "|---|---:|---:|---:|---:|",
    ]

    def row(label, ours, sqlite, prolog, fmt=milliseconds):
        cells = [fmt(v) if v is not None else "–" for v in (ours, sqlite, prolog)]
        lines.append(f"| {label} | {' | '.join(cells)} | {ratio(ours, [sqlite, prolog])} |")

    row(f"load the text, answer one question ({popular} in {year})",
        t["clq popular"], t["sqlite3 import popular"], t["swipl qlf popular"])
    row(f"fresh process, popular party ({popular} in {year})",
        t["clq popular"], t["sqlite3 db popular"], t["swipl qlf popular"])
    row(f"fresh process, rare party ({rare} in {year})", t["clq rare"], t["sqlite3 db rare"], t["swipl qlf rare"])
    row(f"fresh process on kb.clqx, popular party ({popular} in {year})",
        t["clq compiled popular"], t["sqlite3 db popular"], t["swipl qlf popular"])
    row(f"fresh process on kb.clqx, rare party ({rare} in {year})",
        t["clq compiled rare"], t["sqlite3 db rare"], t["swipl qlf rare"])
    row(f"fresh process on kb.clqx, no party ({clq_day_question(DAY)[:-1]}: {meta['day_rows']:,} rows)",
        t["clq compiled day"], t["sqlite3 db day"], t["swipl qlf day"])
    row("warm, per question, printed", per["clq warm"], per["sqlite3 warm"], per["swipl warm"], microseconds)
    row("warm, per question, not printed", per["clq warm quiet"], per["sqlite3 warm quiet"], per["swipl warm quiet"],
        microseconds)
    row("start-up", s["clq version"], s["sqlite3 select"], s["swipl halt"])
    if args.clq_dynamic:
        row("start-up, clq linked with the Swift runtime's shared libraries", s["clq dynamic version"],
            s["sqlite3 select"], s["swipl halt"])
    row("built-in knowledge base: which rights hold for Microsoft in 2031?", s["clq builtin"],
        s["sqlite3 builtin"], None)
    if args.clq_lsp:
        print("bench: language server", file=sys.stderr)
        recheck = json.loads(run([sys.executable, os.path.join(os.path.dirname(__file__), "lsp.py"),
                                  os.path.abspath(args.clq_lsp)]))
        row(f"language server: re-check a {recheck['lines']:,}-line document after a one-character change "
            f"(median of {recheck['edits']}; slowest {recheck['slowest_ms']:,.1f} ms)",
            recheck["median_ms"] / 1000, None, None)
    mib = lambda v: f"{v:,.0f} MiB" if v >= 10 else f"{v:,.1f} MiB"
    row("peak RSS, load the text and answer", rss["clq popular"], rss["sqlite3 import popular"],
        rss["swipl qlf popular"], mib)
    row("peak RSS, fresh process (popular party)", rss["clq popular"], rss["sqlite3 db popular"],
        rss["swipl qlf popular"], mib)
    row("peak RSS, fresh process on kb.clqx (rare party)", rss["clq compiled rare"], rss["sqlite3 db rare"],
        rss["swipl qlf rare"], mib)
    row(f"peak RSS, {WARM_QUESTIONS * PASSES['warm']} questions in one process (clq on kb.clqx)", rss["clq warm"],
        rss["sqlite3 warm"], rss["swipl warm"], mib)
    row("peak RSS, fresh process on kb.clqx (no party)", rss["clq compiled day"], rss["sqlite3 db day"],
        rss["swipl qlf day"], mib)
    row("peak RSS, start-up", rss["clq version"], rss["sqlite3 select"], rss["swipl halt"], mib)
    row("peak RSS, built-in knowledge base question", rss["clq builtin"], rss["sqlite3 builtin"], None, mib)
    lines += [
        "",
        "- *load the text*: clq reads kb.clq (`--format csv`); sqlite3 imports clauses.csv into `:memory:` "
        "(no index) and selects; swipl loads facts.qlf and asks.",
        "- *fresh process*: sqlite3 selects from clauses.db (covering indexes on holder, on counterparty and on "
        "the start and end); "
        "swipl loads facts.qlf; clq reads kb.clq, or *on kb.clqx* the same compiled with `clq compile` "
        f"({os.path.getsize(os.path.join(directory, 'kb.clqx')) / 2**20:,.0f} MiB, from "
        f"{os.path.getsize(os.path.join(directory, 'kb.clq')) / 2**20:,.0f} MiB of text; compiling took "
        f"{milliseconds(t['clq compile'])}).",
        f"- *warm*: a script of {WARM_QUESTIONS} questions on parties and years drawn at random, run "
        f"{PASSES['warm']} times in one process ({PASSES['warm quiet']} times not printed): `clq run` with the "
        "script that many times on kb.clqx, sqlite3 `.read` likewise, a swipl goal. Less the same process "
        "answering none, "
        "divided by the number of questions: the median over rounds of each round's difference. "
        "*Not printed*: clq asks each question "
        "`where derived and not derived`, which no row passes (the same rows are judged, none is printed); "
        "sqlite3 `SELECT count(*)`; "
        "swipl `aggregate_all(count, …)`.",
        "- *start-up*: `clq --version`, `sqlite3 :memory: 'select 1'`, `swipl -q -g halt`. *Built-in "
        "knowledge base*: `clq -e 'which rights hold for Microsoft in 2031?'` against the equivalent select "
        "from a file db of its clauses (sqlite3 answers "
        f"{'; '.join(a.replace(',', ' ') for a in builtin_answer)}).",
        f"- Also: swipl consulting facts.pl (text) and answering: {milliseconds(t['swipl pl popular'])}; "
        f"clq opening kb.clqx and answering nothing: {milliseconds(w['clq load'])}.",
        "- clq is the release build as `script/clq` and `script/install` make it, with the Swift runtime "
        "linked in (`--static-swift-stdlib`); the last start-up row is the same built without it.",
        "- Peak RSS is `/usr/bin/time -v`'s maximum resident set size of one run. The ratio is clq over the "
        "best of the others; below 1, clq is faster.",
    ]
    table = "\n".join(lines) + "\n"
    print(table)
    if args.out:
        with open(args.out, "w") as out:
            out.write(table)
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["check", "measure"])
    parser.add_argument("directory")
    parser.add_argument("--clq", required=True)
    parser.add_argument("--clq-dynamic")
    parser.add_argument("--clq-lsp")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--out")
    args = parser.parse_args()
    return check(args) if args.command == "check" else measure(args)


if __name__ == "__main__":
    sys.exit(main())
