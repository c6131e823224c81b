#!/usr/bin/env python3
"""Runs clq on hostile inputs of just under 10 MB and reports the time and memory of each command.

    Benchmarks/probe.py [--clq PATH] [--megabytes M] [--only NAME] [--seconds S] [--gigabytes G]

Each case writes one input of about M megabytes (default 9.9): a knowledge base whose shape once
cost time growing with the square of its size (look-alike unknown names, `part of` and `amends`
chains, many parts of one party, a chain of replacing clauses), one that is all errors, one long
token, deep nesting, many questions, and an ordinary knowledge base. It then runs the commands a
user would (`check`, a question with `--kb`, `fmt --stdout`, `compile`, and the servers: the
language server opening the text as a document, the MCP server given it as one line) and measures
each one's wall time and peak resident memory with `/usr/bin/time`. A command over S seconds
(default 2) or G gigabytes (default 1) is marked, and the probe exits 1 when any is.

It uses a release build (`swift build -c release`), built first when missing; it is not part of
the test suite.
"""
import argparse
import json
import os
import pathlib
import random
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def fill(size, head, line, tail=""):
    """`head`, then `line(i)` for i = 0, 1, … while the text stays under `size` bytes, then `tail`."""
    parts = [head]
    total = len(head) + len(tail)
    i = 0
    while True:
        text = line(i)
        if total + len(text) > size:
            break
        parts.append(text)
        total += len(text)
        i += 1
    parts.append(tail)
    return "".join(parts), i


def day(offset):
    import datetime
    return (datetime.date(2000, 1, 1) + datetime.timedelta(days=offset)).isoformat()


def cases(size):
    """Each case: a name, its text, and the question asked of it as a knowledge base."""
    yield "ordinary knowledge base", ordinary(size), "which rights hold for P01 in 2030?"

    parties = 20000
    head = "".join(f"party Party{i}.\n" for i in range(parties)) + "agreement G between Party0 effective 2020 {\n"
    text, _ = fill(size, head, lambda i: f"  clause K{i}: right of Pary{i % parties} to use.\n", "}\n")
    yield "look-alike unknown names", text, "which rights hold for Party1 in 2031?"

    head = "".join(f"party Party{i}.\n" for i in range(parties)) + "which rights hold where holder is Pary0"
    text, _ = fill(size, head, lambda i: f" or holder is Pary{i % parties}", "?\n")
    yield "look-alike names in one question", text, "which rights hold for Party1 in 2031?"

    text, n = fill(size, "party P0.\n", lambda i: f"party P{i + 1} part of P{i}.\n")
    text += f"agreement G between P0 effective 2020 {{ clause K: right of P{n} to use. }}\n"
    yield "a part-of chain", text, "which rights hold for P0 in 2021?"

    text, _ = fill(size, "party A. party B.\nagreement G0 between A and B effective 2020 { }\n",
                   lambda i: f"agreement G{i + 1} between A and B effective 2020 amends G{i} {{ }}\n")
    yield "an amends chain", text, "list agreements in 2021?"

    parts = 100000
    head = "party Big. party Other.\n" + "".join(f"party S{i} part of Big.\n" for i in range(parts))
    head += "agreement G between Big and Other effective 2020 {\n"
    text, _ = fill(size, head, lambda i: f"  clause K{i}: right of S{i % parts} against Other to use.\n", "}\n")
    yield "many parts of one party", text, "which rights hold for Big in 2021?"

    def replacing(i):
        return f"  clause K{i}: right of A against B to use X from {day(i)} replaced by K{i + 1}.\n"
    text, n = fill(size - 100, "party A. party B. asset X.\nagreement G between A and B effective 2000 {\n", replacing)
    text += f"  clause K{n}: right of A against B to use X from {day(n)}.\n}}\n"
    yield "a chain of replacing clauses", text, "when does A's use of X end?"

    text, _ = fill(size, "", lambda i: "party A.\n")
    yield "the same party declared again and again", text, "list parties?"

    random.seed(7)
    yield "random bytes", bytes(random.getrandbits(8) for _ in range(size)).decode("latin-1"), "list parties?"

    yield "one long name", "party " + "A" * (size - 10) + ".\n", "list parties?"
    yield "one long note", 'party A note "' + "x" * (size - 20) + '".\n', "list parties?"
    yield "deep nesting", "which rights hold where " + "(" * (size - 40) + "?\n", "list parties?"

    text, _ = fill(size, "which rights hold where holder is Microsoft", lambda i: " and holder is Microsoft", "?\n")
    yield "a long chain of conditions", text, "list parties?"

    text, _ = fill(size, "", lambda i: "which rights hold for Microsoft in 2031?\n")
    yield "many questions", text, "list parties?"


def ordinary(size):
    """A generated knowledge base (Benchmarks/generate.py) cut to whole agreements under `size` bytes."""
    with tempfile.TemporaryDirectory() as directory:
        subprocess.run([sys.executable, ROOT / "Benchmarks/generate.py", str(size // 140), directory],
                       check=True, stdout=subprocess.DEVNULL)
        text = (pathlib.Path(directory) / "kb.clq").read_text()
    cut = text.rfind("\n}\n", 0, size)
    return text[:cut + 3] if len(text) > size else text


def measure(command, stdin=None):
    """Wall seconds, peak megabytes and exit status of `command`."""
    with tempfile.NamedTemporaryFile("r") as report:
        full = ["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command
        completed = subprocess.run(full, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds, kilobytes = report.read().split()[-2:]
    return float(seconds), int(kilobytes) / 1024, completed.returncode


def lsp_session(path):
    """Frames for the language server: open `path` as a document, ask for its symbols, and stop."""
    text = path.read_text(encoding="latin-1")
    uri = path.as_uri()
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}, "rootUri": None}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen",
         "params": {"textDocument": {"uri": uri, "languageId": "clq", "version": 1, "text": text}}},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": uri}}},
        {"jsonrpc": "2.0", "id": 3, "method": "textDocument/semanticTokens/full",
         "params": {"textDocument": {"uri": uri}}},
        {"jsonrpc": "2.0", "id": 4, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    frames = b""
    for message in messages:
        body = json.dumps(message).encode()
        frames += b"Content-Length: %d\r\n\r\n" % len(body) + body
    return frames


def mcp_session(text):
    """Lines for the MCP server: initialise, then ask the whole text as one question."""
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "probe", "version": "1"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "ask", "arguments": {"question": text}}},
    ]
    return "".join(json.dumps(message) + "\n" for message in messages).encode()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clq", default=str(ROOT / ".build/release/clq"))
    parser.add_argument("--megabytes", type=float, default=9.9)
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--gigabytes", type=float, default=1.0)
    args = parser.parse_args()
    clq = pathlib.Path(args.clq)
    if not clq.exists():
        subprocess.run(["swift", "build", "-c", "release", "--product", "clq"], cwd=ROOT, check=True)
        subprocess.run(["swift", "build", "-c", "release", "--product", "clq-lsp"], cwd=ROOT, check=True)
        subprocess.run(["swift", "build", "-c", "release", "--product", "clq-mcp"], cwd=ROOT, check=True)
    size = int(args.megabytes * 1_000_000)
    worst_time = worst_memory = (0.0, "")
    failed = False
    print(f"{'case':<42} {'command':<16} {'seconds':>8} {'MiB':>7} {'exit':>5}")
    with tempfile.TemporaryDirectory() as directory:
        work = pathlib.Path(directory)
        for name, text, question in cases(size):
            if args.only and args.only not in name:
                continue
            path = work / "input.clq"
            path.write_bytes(text.encode("latin-1") if name == "random bytes" else text.encode())
            runs = [
                ("check", [str(clq), "check", str(path)], None),
                ("run", [str(clq), "run", "--keep-going", str(path)], None),
                ("--kb question", [str(clq), "--kb", str(path), "-e", question], None),
                ("fmt --stdout", [str(clq), "fmt", "--stdout", str(path)], None),
                ("compile", [str(clq), "compile", str(path), "-o", str(work / "kb.clqx")], None),
                ("lsp open", [str(clq), "lsp"], lsp_session(path)),
                ("mcp one line", [str(clq), "mcp"], mcp_session(text)),
            ]
            for label, command, feed in runs:
                if feed is None:
                    seconds, megabytes, status = measure(command)
                else:
                    (work / "feed").write_bytes(feed)
                    with open(work / "feed", "rb") as stdin:
                        seconds, megabytes, status = measure(command, stdin)
                over = seconds > args.seconds or megabytes > args.gigabytes * 1024
                failed |= over
                worst_time = max(worst_time, (seconds, f"{name}, {label}"))
                worst_memory = max(worst_memory, (megabytes, f"{name}, {label}"))
                mark = "  OVER" if over else ""
                print(f"{name:<42} {label:<16} {seconds:>8.2f} {megabytes:>7.0f} {status:>5}{mark}", flush=True)
    print(f"slowest: {worst_time[0]:.2f} s ({worst_time[1]}); largest: {worst_memory[0]:.0f} MiB ({worst_memory[1]})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
