"""script/language-manual: clq-language(7) from the README's language tour and the grammar, rendered by man."""

import pathlib
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]


def tour_headings():
    readme = (ROOT / "README.md").read_text()
    tour = readme.split("## A tour of the language\n", 1)[1].split("\n## ", 1)[0]
    return [line[4:].upper() for line in tour.splitlines() if line.startswith("### ")]


def render(tmp_path, width="80"):
    page = tmp_path / "clq-language.7"
    page.write_text(subprocess.run([str(ROOT / "script" / "language-manual"), "--date", "2026-01-02"],
                                   capture_output=True, text=True, check=True).stdout)
    rendered = subprocess.run(["man", "--warnings", "-l", str(page)], capture_output=True, text=True,
                              env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "MANWIDTH": width, "MANPAGER": "cat"})
    assert (rendered.returncode, rendered.stderr) == (0, "")
    return page.read_text(), rendered.stdout.splitlines()


def test_the_page_renders_every_section_of_the_tour_and_the_grammar(tmp_path):
    source, lines = render(tmp_path)
    assert source.startswith('.TH CLQ-LANGUAGE 7 "2026-01-02" "clq ' + (ROOT / "VERSION").read_text().strip() + '"')
    headings = [line for line in lines if re.fullmatch(r"[A-Z][A-Z ]*", line)]
    assert headings == ["NAME", "DESCRIPTION", *tour_headings(), "GRAMMAR", "SEE ALSO"]
    assert headings[2:4] == ["DECLARING KNOWLEDGE", "ASKING"]
    assert lines[2:5] == ["NAME", "       clq-language  -  the clq language: declaring knowledge about agreements",
                          "       and asking it questions"]


def test_markdown_leaves_no_marks(tmp_path):
    _, lines = render(tmp_path, width="200")
    text = "\n".join(lines)
    for mark in ["```", "**", "](", "![", "|---"]:
        assert mark not in text, mark
    assert "which rights hold for Microsoft in 2031?" in text
    assert any(line.startswith("       \u2022 A clause has a modality (right, obligation, permission, prohibition, "
                               "power \u2014 power of A over B") for line in lines)


def test_code_and_grammar_keep_their_lines(tmp_path):
    _, lines = render(tmp_path, width="200")
    assert "           party AWS \"Amazon Web Services\" part of Amazon." in lines
    assert "           $ clq -e 'which rights hold for Microsfot in 2031?'" in lines
    grammar = (ROOT / "Grammar" / "clq.ebnf").read_text().splitlines()
    for line in grammar:
        if line.strip():
            assert "       " + line.rstrip() in lines, line
