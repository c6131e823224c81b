"""The shipped editor configurations: Neovim's own LSP client, started by editors/nvim/clq.lua, shows the
language server's diagnostic for a misspelt party; the TextMate grammar knows every keyword."""

import json
import os
import pathlib
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLQ = os.environ.get("CLQ_BINARY", str(ROOT / ".build" / "debug" / "clq"))


def test_neovim_shows_the_misspelt_party(tmp_path):
    document = tmp_path / "question.clq"
    document.write_text("which rights hold for Microsfot in 2031?\n")
    results = tmp_path / "diagnostics.txt"
    init = tmp_path / "init.lua"
    init.write_text(f'dofile("{ROOT / "editors" / "nvim" / "clq.lua"}")\n')
    collect = (
        "lua vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 100); "
        f'local out = io.open("{results}", "w"); '
        "for _, d in ipairs(vim.diagnostic.get(0)) do "
        'out:write(d.lnum .. ":" .. d.col .. " " .. tostring(d.code) .. " " .. d.message .. "\\n") end; '
        'out:close(); vim.cmd("qa!")'
    )
    environment = dict(os.environ, PATH=f"{pathlib.Path(CLQ).parent}:{os.environ['PATH']}",
                       XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
                       XDG_STATE_HOME=str(tmp_path / "state"))
    subprocess.run(["nvim", "--headless", "-u", str(init), str(document), "-c", collect],
                   cwd=tmp_path, env=environment, timeout=60, capture_output=True)
    assert results.read_text().splitlines() == ["0:22 unknown-party unknown party 'Microsfot'",
                                                "did you mean 'Microsoft'?"]


def test_the_grammar_knows_every_keyword():
    grammar = json.loads((ROOT / "editors" / "vscode" / "syntaxes" / "clq.tmLanguage.json").read_text())
    highlighted = set()
    for pattern in grammar["patterns"]:
        match = re.fullmatch(r"\\b\(\?:(.*)\)\\b", pattern.get("match", ""))
        if match:
            highlighted |= {word.replace("\\", "") for word in match.group(1).split("|")}
    source = (ROOT / "Sources" / "ClauseQuery" / "Lexing" / "Keyword.swift").read_text()
    body = source[source.index("package enum Keyword"):source.index("/// The keyword spelled by `text`")]
    keywords = set()
    for line in body.splitlines():
        line = line.strip()
        if line.startswith("case "):
            for part in line[5:].split(","):
                part = part.strip()
                keywords.add(part.split("=")[1].strip().strip('"') if "=" in part else part.strip("`"))
    assert keywords - highlighted == set()
    assert highlighted - keywords == set()
