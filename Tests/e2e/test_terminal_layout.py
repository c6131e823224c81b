"""End-to-end tests of answers on a terminal: tables fit its width, long answers go through a
pager, and NO_COLOR turns colour off. They drive the built clq binary through a pseudo-terminal.
"""

import os
import re
import shutil
import subprocess
import tempfile

import pexpect

from test_repl import BINARY, PROMPT, Clq, write_large_knowledge_base

ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
QUESTIONS = ["which rights hold for Microsoft in 2031?", "what changed between 2025 and 2026?", "list clauses?"]


def answer_lines(clq, question):
    """The lines the REPL prints for `question`, without the echoed question and the next prompt."""
    clq.send(question + "\r")
    clq.child.expect_exact(question)
    clq.child.expect_exact(PROMPT)
    text = ESCAPE.sub("", clq.child.before).replace("\r", "")
    return [line for line in text.split("\n") if line.strip()]


def check_width(columns):
    clq = Clq(dimensions=(50, columns))
    try:
        for question in QUESTIONS:
            lines = answer_lines(clq, question)
            assert len(lines) > 2, question
            too_long = [line for line in lines if len(line) > columns]
            assert not too_long, f"{question}: {too_long}"
        assert clq.quit() == 0
    finally:
        clq.clean_up()


def test_answers_fit_80_columns():
    check_width(80)


def test_answers_fit_120_columns():
    check_width(120)


def test_answers_to_e_fit_the_terminal_too():
    child = pexpect.spawn(BINARY, ["-e", QUESTIONS[1]], env={**os.environ, "NO_COLOR": "1", "CLQ_PAGER": ""},
                          encoding="utf-8", dimensions=(50, 80), timeout=30)
    child.expect(pexpect.EOF)
    lines = child.before.replace("\r", "").split("\n")
    assert any("ExclusiveCloud" in line for line in lines)
    assert max(len(line) for line in lines) <= 80


def test_piped_output_keeps_one_line_per_row():
    result = subprocess.run([BINARY, "-e", QUESTIONS[0]], capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    assert len(lines) == 4 and len(lines[1]) > 100


def test_a_300_row_answer_opens_the_pager_and_a_short_one_does_not():
    directory = tempfile.mkdtemp(prefix="clq-e2e-pager-")
    knowledge = os.path.join(directory, "large.clq")
    paged = os.path.join(directory, "paged")
    write_large_knowledge_base(knowledge, 300)
    clq = Clq("--kb", knowledge, dimensions=(40, 120), env={"CLQ_PAGER": f"wc -l > {paged}"}, timeout=60)
    try:
        clq.line("list parties?")
        assert not os.path.exists(paged)
        clq.line("list clauses?")
        with open(paged, encoding="utf-8") as file:
            assert int(file.read().split()[0]) >= 300
        clq.line(":pager off")
        os.remove(paged)
        clq.line("list clauses?", then=None)
        clq.expect("300 results", PROMPT)
        assert not os.path.exists(paged)
        assert clq.quit() == 0
    finally:
        clq.clean_up()
        shutil.rmtree(directory, ignore_errors=True)


def test_ctrl_c_in_less_returns_to_the_prompt():
    if shutil.which("less") is None:
        return
    directory = tempfile.mkdtemp(prefix="clq-e2e-less-")
    knowledge = os.path.join(directory, "large.clq")
    write_large_knowledge_base(knowledge, 300)
    clq = Clq("--kb", knowledge, dimensions=(40, 120), env={"CLQ_PAGER": None, "PAGER": None}, timeout=60)
    try:
        clq.send("list clauses?\r")
        clq.expect("C0")
        clq.child.sendintr()
        clq.expect(PROMPT)
        clq.line("list parties?", then=None)
        clq.expect("2 results", PROMPT)
        assert clq.quit() == 0
    finally:
        clq.clean_up()
        shutil.rmtree(directory, ignore_errors=True)


def test_no_color_means_no_escape_codes_in_answers():
    plain = Clq(dimensions=(50, 120))
    coloured = Clq(dimensions=(50, 120), env={"NO_COLOR": None})
    try:
        plain.send(QUESTIONS[0] + "\r")
        plain.child.expect_exact("(in 2031)")
        assert "\x1b[" not in plain.child.before.split(QUESTIONS[0])[-1]
        coloured.send(QUESTIONS[0] + "\r")
        coloured.child.expect_exact("(in 2031)")
        assert "\x1b[32m" in coloured.child.before
    finally:
        plain.clean_up()
        coloured.clean_up()
