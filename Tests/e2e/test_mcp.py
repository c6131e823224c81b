"""The MCP server driven by the Python `mcp` client over stdio."""

import asyncio
import json
import os
import pathlib

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLQ = os.environ.get("CLQ_BINARY", str(ROOT / ".build" / "debug" / "clq"))


def with_session(body, *arguments):
    """Runs `body(session)` against a fresh `clq mcp` and returns its result."""
    async def main():
        params = StdioServerParameters(command=CLQ, args=["mcp", *arguments])
        async with stdio_client(params) as (read, write):
            async with ClientSession(read, write) as session:
                initialized = await session.initialize()
                return await body(session, initialized)
    return asyncio.run(asyncio.wait_for(main(), timeout=60))


def test_initialize_and_list_tools():
    async def body(session, initialized):
        assert initialized.server_info.name == "clq"
        assert initialized.capabilities.tools is not None
        return await session.list_tools()
    tools = with_session(body).tools
    assert [tool.name for tool in tools] == ["ask", "explain", "list"]
    ask = tools[0]
    assert ask.input_schema["required"] == ["question"]
    assert ask.annotations.read_only_hint is True


def test_ask_the_defining_question():
    async def body(session, _):
        return await session.call_tool("ask", {"question": "which rights hold for Microsoft in 2031?"})
    result = with_session(body)
    assert not result.is_error
    summary, answer = result.content[0].text, json.loads(result.content[1].text)
    assert "ModelAccess" in summary and "2 results: 1 holds, 1 may hold (in 2031)" in summary
    assert answer["query"] == "which rights hold for Microsoft in 2031?"
    assert [(row["id"], row["certainty"], row["until"]) for row in answer["results"]] == [
        ("ModelAccess", "holds", "2032"), ("AzureMainHost", "may-hold", "unknown")]
    assert answer["results"][0]["source"] == {"document": "partnership-article.txt", "line": 12}
    assert answer["diagnostics"] == []
    assert result.structured_content == answer


def test_a_bad_query_is_an_error_result():
    async def body(session, _):
        bad = await session.call_tool("ask", {"question": "which rights hold for Microsfot in 2031?"})
        missing = await session.call_tool("ask", {})
        after = await session.call_tool("ask", {"question": "is Microsoft's access to OpenAIModels exclusive in 2027?"})
        return bad, missing, after
    bad, missing, after = with_session(body)
    assert bad.is_error
    assert "unknown party 'Microsfot'" in bad.content[0].text and "did you mean 'Microsoft'?" in bad.content[0].text
    diagnostics = json.loads(bad.content[1].text)["diagnostics"]
    assert [(d["id"], d["line"], d["column"]) for d in diagnostics] == [("unknown-party", 1, 23)]
    assert missing.is_error and "'question' is required" in missing.content[0].text
    assert not after.is_error and json.loads(after.content[1].text)["answer"] == "does-not-hold"


def test_explain_and_list():
    async def body(session, _):
        explained = await session.call_tool("explain", {"target": "which rights hold for Microsoft in 2030 where derived?"})
        overview = await session.call_tool("list", {})
        parties = await session.call_tool("list", {"kind": "parties"})
        return explained, overview, parties
    explained, overview, parties = with_session(body)
    rows = json.loads(explained.content[1].text)["results"]
    assert [row["id"] for row in rows] == ["RevenueShare"]
    labels = [line["label"] for line in rows[0]["explanation"]]
    assert "derived" in labels and "source" in labels
    assert json.loads(overview.content[1].text)["parties"] == ["Microsoft", "OpenAI", "Amazon", "AWS", "Google"]
    assert [row["id"] for row in json.loads(parties.content[1].text)["results"]][:2] == ["Microsoft", "OpenAI"]


def test_result_size_is_limited(tmp_path):
    async def body(session, _):
        return await session.call_tool("ask", {"question": "list clauses?"})
    result = with_session(body, "--max-results", "2")
    assert len(json.loads(result.content[1].text)["results"]) == 2
    assert "more results not shown (limit 2)" in result.content[0].text
