#!/usr/bin/env python3
"""Times the language server re-checking a large document after a one-character change.

    Benchmarks/lsp.py CLQ_LSP [--lines N] [--edits E]

Opens a generated document of about N lines (agreements of 20 clauses, declared in the document
itself), then sends E changes, each the whole text with one digit of one date changed, and
measures from sending each change to receiving its diagnostics. Prints the median and the
slowest, in milliseconds, as one JSON object.
"""
import argparse
import json
import statistics
import subprocess
import sys
import time


def document(lines):
    parts = ["party A.", "party B."]
    agreement = 0
    while len(parts) < lines:
        parts.append(f"agreement G{agreement} between A, B effective 2020 {{")
        for clause in range(20):
            parts.append(f"  clause K{agreement}x{clause}: right of A against B to use from 2021 until 2030.")
        parts.append("}")
        agreement += 1
    return "\n".join(parts) + "\n"


class Client:
    def __init__(self, command):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                sys.exit("lsp bench: the server closed its output")
            line = line.strip()
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def request(self, method, params):
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        self.next_id += 1
        while "result" not in (reply := self.receive()) and "error" not in reply:
            pass
        return reply

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, version):
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics":
                params = message["params"]
                if params.get("version") in (version, None):
                    return params["diagnostics"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("server")
    parser.add_argument("--lines", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    client = Client([args.server])
    client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    client.notify("initialized", {})
    uri = "file:///tmp/clq-lsp-bench.clq"
    text = document(args.lines)
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "clq", "version": 1, "text": text}})
    first = client.diagnostics(1)
    if first:
        sys.exit(f"lsp bench: the document has problems: {first[:3]}")
    times = []
    position = text.index("until 2030")
    for edit in range(args.edits):
        year = "2030" if edit % 2 else "2031"
        text = text[:position] + "until " + year + text[position + len("until 2030"):]
        version = edit + 2
        started = time.perf_counter()
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": [{"text": text}]})
        client.diagnostics(version)
        times.append((time.perf_counter() - started) * 1000)
    client.request("shutdown", None)
    client.notify("exit", None)
    client.process.wait(timeout=10)
    print(json.dumps({"lines": text.count("\n"), "edits": args.edits, "median_ms": statistics.median(times),
                      "slowest_ms": max(times)}))


if __name__ == "__main__":
    main()
