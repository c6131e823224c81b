"""The language server fed raw bytes: malformed frames, bad JSON, unknown methods and documents."""

import json
import os
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLQ = os.environ.get("CLQ_BINARY", str(ROOT / ".build" / "debug" / "clq"))


def frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_frames(data: bytes) -> list[dict]:
    """Every message in `data`, which must hold nothing but framed protocol messages."""
    messages = []
    while data:
        header, separator, rest = data.partition(b"\r\n\r\n")
        assert separator, f"not a frame: {data[:80]!r}"
        assert header.startswith(b"Content-Length: ")
        length = int(header.split(b":")[1])
        messages.append(json.loads(rest[:length]))
        data = rest[length:]
    return messages


def test_malformed_input_gets_errors_and_the_server_keeps_serving():
    initialize = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "capabilities": {}}}
    opened = {"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": "file:///tmp/clq-malformed.clq", "languageId": "clq", "version": 1, "text": "list parties?"}}}
    symbols = {"jsonrpc": "2.0", "id": 5, "method": "textDocument/documentSymbol",
               "params": {"textDocument": {"uri": "file:///tmp/clq-malformed.clq"}}}
    stream = b"".join([
        frame({"jsonrpc": "2.0", "id": 0, "method": "textDocument/hover", "params": {}}),
        frame(initialize),
        frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        b"Content-Length: twelve\r\n\r\n{\"jsonrpc\":1}",
        b"Content-Length: 9\r\n\r\n{not json",
        frame([1, 2, 3]),
        frame({"jsonrpc": "2.0", "id": 2, "method": "clq/unknown", "params": {}}),
        frame({"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": "file:///nowhere.clq"}, "position": {"line": 0, "character": 0}}}),
        frame({"jsonrpc": "2.0", "id": 4, "method": "textDocument/hover", "params": {"textDocument": 7}}),
        frame(opened), frame(symbols),
        frame({"jsonrpc": "2.0", "id": 6, "method": "shutdown"}),
        frame({"jsonrpc": "2.0", "id": 7, "method": "textDocument/documentSymbol", "params": {}}),
        frame({"jsonrpc": "2.0", "method": "exit"}),
    ])
    server = subprocess.run([CLQ, "lsp"], input=stream, capture_output=True, timeout=30)
    messages = read_frames(server.stdout)
    errors = [(m.get("id"), m["error"]["code"]) for m in messages if "error" in m]
    assert errors == [(0, -32002), (None, -32700), (None, -32700), (None, -32600), (2, -32601), (3, -32602),
                      (4, -32602), (7, -32600)]
    results = {m["id"]: m["result"] for m in messages if "result" in m}
    assert results[1]["serverInfo"]["name"] == "clq"
    assert results[5] == [] and results[6] is None
    assert server.returncode == 0


def test_exit_without_shutdown_exits_with_1():
    stream = frame({"jsonrpc": "2.0", "method": "exit"})
    server = subprocess.run([CLQ, "lsp"], input=stream, capture_output=True, timeout=30)
    assert server.returncode == 1 and server.stdout == b""
