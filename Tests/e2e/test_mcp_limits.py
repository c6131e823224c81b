"""The MCP server under load and abuse: concurrent large replies, slow readers, long lines,
invalid ids, a client that hangs up at once, and bad limits."""

import asyncio
import json
import os
import pathlib
import select
import subprocess
import sys
import time

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLQ = os.environ.get("CLQ_BINARY", str(ROOT / ".build" / "debug" / "clq"))

INITIALIZE = {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
    "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "pytest", "version": "1"}}}
INITIALIZED = {"jsonrpc": "2.0", "method": "notifications/initialized"}

# Copies standard input to the server and the server's output to standard output in small
# pieces with pauses: a reader much slower than the server's writer.
SLOW_RELAY = r"""
import os, subprocess, sys, threading, time
server = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
def forward_input():
    while chunk := os.read(0, 65536):
        server.stdin.write(chunk); server.stdin.flush()
    server.stdin.close()
threading.Thread(target=forward_input, daemon=True).start()
while chunk := os.read(server.stdout.fileno(), 4096):
    os.write(1, chunk)
    time.sleep(0.0005)
sys.exit(server.wait())
"""


def clause_base(tmp_path, clauses):
    """A knowledge base of `clauses` clauses, whose `list clauses?` answer is large."""
    rows = "".join(f'  clause C{i}: right of A against B to use X from 2020 until 2030 note "clause {i} of many".\n'
                   for i in range(clauses))
    path = tmp_path / "many.clq"
    path.write_text(f"party A.\nparty B.\nasset X.\nagreement G between A and B {{\n{rows}}}\n")
    return str(path)


def start(*arguments):
    """A `clq mcp` process, initialized, with pipes to talk to it."""
    server = subprocess.Popen([CLQ, "mcp", *arguments], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, bufsize=0)
    server.pending = b""
    send(server, INITIALIZE)
    assert json.loads(reply(server))["id"] == 0
    send(server, INITIALIZED)
    return server


def reply(server, timeout=20):
    """The next line the server writes; fails rather than waits longer than `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while b"\n" not in server.pending:
        ready, _, _ = select.select([server.stdout], [], [], max(0, deadline - time.monotonic()))
        assert ready, f"no reply within {timeout} s"
        chunk = os.read(server.stdout.fileno(), 1 << 20)
        assert chunk, "the server closed its output"
        server.pending += chunk
    line, _, server.pending = server.pending.partition(b"\n")
    return line + b"\n"


def send(server, message):
    data = message if isinstance(message, bytes) else json.dumps(message).encode()
    server.stdin.write(data + b"\n")
    server.stdin.flush()


def call(identifier, question):
    return {"jsonrpc": "2.0", "id": identifier, "method": "tools/call",
            "params": {"name": "ask", "arguments": {"question": question}}}


def test_concurrent_large_replies_reach_a_slow_reader_whole(tmp_path):
    server = start("--kb", clause_base(tmp_path, 100), "--max-results", "100")
    for identifier in range(1, 31):
        send(server, call(identifier, "list clauses?"))
    server.stdin.close()
    received = server.pending
    while chunk := os.read(server.stdout.fileno(), 4096):
        received += chunk
        time.sleep(0.001)
    assert server.wait(timeout=60) == 0
    replies = [json.loads(line) for line in received.splitlines()]
    assert sorted(reply["id"] for reply in replies) == list(range(1, 31))
    assert all(not reply["result"]["isError"] for reply in replies)
    assert min(len(line) for line in received.splitlines()) > 65536


def test_two_hundred_concurrent_calls_through_the_python_client(tmp_path):
    kb = clause_base(tmp_path, 140)
    relay = tmp_path / "relay.py"
    relay.write_text(SLOW_RELAY)

    async def main():
        params = StdioServerParameters(command=sys.executable,
                                       args=[str(relay), CLQ, "mcp", "--kb", kb, "--max-results", "140"])
        async with stdio_client(params) as (read, write):
            async with ClientSession(read, write) as session:
                await session.initialize()
                return await asyncio.gather(*(session.call_tool("ask", {"question": "list clauses?"})
                                              for _ in range(200)))
    results = asyncio.run(asyncio.wait_for(main(), timeout=240))
    assert len(results) == 200
    for result in results:
        assert not result.is_error
        answer = json.loads(result.content[1].text)
        assert [row["id"] for row in answer["results"]] == [f"C{i}" for i in range(140)]
        assert len(result.content[0].text) + len(result.content[1].text) > 65536


def test_a_long_line_is_refused_at_once_in_bounded_memory():
    server = start()
    started = time.monotonic()
    send(server, call(1, "x" * 8_000_000))
    refusal = json.loads(reply(server))
    elapsed = time.monotonic() - started
    assert refusal == {"jsonrpc": "2.0", "id": 1, "result": {
        "content": [{"type": "text", "text": "the question is longer than 10000 bytes"}], "isError": True}}
    assert elapsed < 2
    late_id = {"jsonrpc": "2.0", "method": "ping", "params": {"pad": "y" * 8_000_000}, "id": "late"}
    send(server, late_id)
    assert json.loads(reply(server)) == {"jsonrpc": "2.0", "id": "late", "error": {
        "code": -32600, "message": "Invalid Request: the message is longer than 65536 bytes"}}
    send(server, call(2, "list parties?"))
    assert json.loads(reply(server))["id"] == 2
    with open(f"/proc/{server.pid}/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    assert peak < 100 * 1024, f"peak memory {peak} kB"
    server.stdin.close()
    assert server.wait(timeout=10) == 0


def test_invalid_ids_get_invalid_request_with_a_null_id():
    server = start()
    invalid = {"jsonrpc": "2.0", "id": None, "error": {
        "code": -32600, "message": "Invalid Request: an id must be a string or an integer of at most 64 bits"}}
    for identifier in ['{"a":1}', "[1]", "1e30", "1" + "0" * 30, "1.5", "null", "true"]:
        send(server, ('{"jsonrpc":"2.0","id":%s,"method":"ping"}' % identifier).encode())
        assert json.loads(reply(server)) == invalid, identifier
    send(server, b'{"jsonrpc":"2.0","id":7.0,"method":"ping"}')
    assert reply(server) == b'{"id":7,"jsonrpc":"2.0","result":{}}\n'
    send(server, b'{"jsonrpc":"2.0","id":9007199254740993,"method":"ping"}')
    assert reply(server) == b'{"id":9007199254740993,"jsonrpc":"2.0","result":{}}\n'
    send(server, b'{"jsonrpc":"2.0","id":3,"method":')
    assert json.loads(reply(server)) == {"jsonrpc": "2.0", "id": None, "error": {
        "code": -32700, "message": "Parse error: the message is not JSON"}}
    server.stdin.close()
    assert server.wait(timeout=10) == 0


def test_replies_are_not_lost_when_input_closes_at_once(tmp_path):
    kb = clause_base(tmp_path, 60)
    for _ in range(5):
        server = subprocess.Popen([CLQ, "mcp", "--kb", kb], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL)
        messages = [INITIALIZE, INITIALIZED] + [call(identifier, "list clauses?") for identifier in range(1, 4)]
        output, _ = server.communicate(b"".join(json.dumps(m).encode() + b"\n" for m in messages), timeout=60)
        assert server.returncode == 0
        assert sorted(json.loads(line)["id"] for line in output.splitlines()) == [0, 1, 2, 3]


def test_list_without_a_kind_honours_max_results(tmp_path):
    kb = tmp_path / "parties.clq"
    kb.write_text("".join(f"party P{i}.\n" for i in range(5000)))

    async def main():
        params = StdioServerParameters(command=CLQ, args=["mcp", "--kb", str(kb), "--max-results", "10"])
        async with stdio_client(params) as (read, write):
            async with ClientSession(read, write) as session:
                await session.initialize()
                return await session.call_tool("list", {})
    result = asyncio.run(asyncio.wait_for(main(), timeout=60))
    overview = json.loads(result.content[1].text)
    assert overview["parties"] == [f"P{i}" for i in range(10)]
    assert overview["not_shown"] == {"parties": 4990}
    assert result.content[0].text.startswith(
        "parties (5000): P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 and 4990 more not shown (limit 10)\n")


def test_inherited_descriptors_keep_their_flags():
    input_read, input_write = os.pipe()
    output_read, output_write = os.pipe()
    server = subprocess.Popen([CLQ, "mcp"], stdin=input_read, stdout=output_write, stderr=subprocess.DEVNULL)
    os.write(input_write, json.dumps(INITIALIZE).encode() + b"\n")
    reply = b""
    while not reply.endswith(b"\n"):
        reply += os.read(output_read, 65536)
    assert json.loads(reply)["id"] == 0
    os.close(input_write)
    assert server.wait(timeout=10) == 0
    assert os.get_blocking(input_read) and os.get_blocking(output_write)
    for descriptor in (input_read, output_read, output_write):
        os.close(descriptor)


def test_time_limits_that_are_not_a_number_of_seconds_are_usage_errors():
    for value in ["inf", "-inf", "nan", "1e300", "0", "-1", "86401"]:
        result = subprocess.run([CLQ, "mcp", f"--timeout={value}"], stdin=subprocess.DEVNULL, capture_output=True,
                                text=True, timeout=10)
        assert result.returncode == 2, value
        assert result.stderr.startswith("Error: --timeout must be a number of seconds above 0 and at most 86400\n")
