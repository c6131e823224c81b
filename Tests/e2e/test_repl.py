"""End-to-end tests of the interactive REPL, driving the built clq binary through a pseudo-terminal.

Run either way (the first needs pytest, the second only pexpect):

    python -m pytest Tests/e2e/test_repl.py
    python Tests/e2e/test_repl.py

The binary is $CLQ_BINARY, else .build/debug/clq in the repository. The knowledge base for the
long question has $CLQ_E2E_CLAUSES clauses (30000 unless set).
"""

import os
import re
import shutil
import subprocess
import signal
import sys
import tempfile
import time

import pexpect

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("CLQ_BINARY", os.path.join(ROOT, ".build", "debug", "clq"))
CLAUSES = int(os.environ.get("CLQ_E2E_CLAUSES", "30000"))
PROMPT = "clq> "
CONTINUATION = "...> "
UP = "\x1b[A"
BACKSPACE = "\x7f"
ANSWER_2031 = "2 results: 1 holds, 1 may hold (in 2031)"

# A process started from a Swift test may pass on a mask that blocks SIGINT; clear it.
signal.pthread_sigmask(signal.SIG_SETMASK, [])


class Clq:
    """One clq process on a pty, with its own history file and home directory."""

    def __init__(self, *args, home=None, history=None, timeout=15, env=None, dimensions=(40, 200)):
        self.home = home or tempfile.mkdtemp(prefix="clq-e2e-")
        self.history = history or os.path.join(self.home, "history")
        environment = {key: value for key, value in os.environ.items()
                       if key not in ("EDITRC", "LC_ALL", "LC_CTYPE", "LANG", "XDG_STATE_HOME", "CLQ_HISTORY")}
        environment.update({"HOME": self.home, "CLQ_HISTORY": self.history, "NO_COLOR": "1", "TERM": "xterm",
                            "CLQ_PAGER": ""})
        environment.update(env or {})
        environment = {key: value for key, value in environment.items() if value is not None}
        self.child = pexpect.spawn(BINARY, list(args), env=environment, encoding="utf-8",
                                   timeout=timeout, dimensions=dimensions)
        self.child.expect_exact(PROMPT)

    def send(self, text):
        self.child.send(text)

    def line(self, text, then=PROMPT):
        """Types a line and Enter, then waits for `then` (the next prompt by default)."""
        self.child.send(text + "\r")
        if then is not None:
            self.child.expect_exact(then)

    def expect(self, *texts, timeout=-1):
        for text in texts:
            self.child.expect_exact(text, timeout=timeout)
        return self.child.before

    def quit(self):
        """Ctrl-D on an empty line; returns the exit status. What was printed last is in `self.last`.

        A Ctrl-D that reaches the terminal while it is still in line mode, between an answer and
        the next prompt, is consumed by the terminal driver; on a loaded machine that happens, so
        it is sent again when the session has not ended after a few seconds."""
        self.child.sendeof()
        for attempt in range(3):
            if self.child.expect([pexpect.EOF, pexpect.TIMEOUT], timeout=5 if attempt < 2 else -1) == 0:
                break
            self.child.sendeof()
        self.last = self.child.before
        self.child.close()
        return self.child.exitstatus

    def leave(self, command=":quit!"):
        """Types a command that ends the session; returns the exit status."""
        self.child.send(command + "\r")
        return self.ended()

    def ended(self):
        self.child.expect(pexpect.EOF)
        self.last = self.child.before
        self.child.close()
        return self.child.exitstatus

    def clean_up(self):
        if self.child.isalive():
            self.child.terminate(force=True)
        shutil.rmtree(self.home, ignore_errors=True)


def session(*args, **options):
    return Clq(*args, **options)


def test_the_defining_question_is_answered():
    clq = session()
    try:
        clq.line("which rights hold for Microsoft in 2031?", then=None)
        clq.expect("holds      ModelAccess", "may hold   AzureMainHost", ANSWER_2031, PROMPT)
        assert clq.quit() == 0
    finally:
        clq.clean_up()


def test_up_arrow_recalls_the_previous_line():
    clq = session()
    try:
        clq.line("which rights hold for Microsoft in 2031?", then=None)
        clq.expect(ANSWER_2031, PROMPT)
        clq.send(UP)
        clq.send("\r")
        clq.expect(ANSWER_2031, PROMPT)
        assert clq.quit() == 0
    finally:
        clq.clean_up()


def test_tab_completes_a_party_name_and_a_keyword():
    clq = session()
    try:
        clq.send("which rights hold for Micro\t")
        clq.send("thro\t")
        clq.send("2026?\r")
        clq.expect("(throughout 2026)", PROMPT)
        clq.send("which rights hold for MSFT in 2031?\r")
        clq.expect(ANSWER_2031, PROMPT)
        assert clq.quit() == 0
    finally:
        clq.clean_up()


def test_tab_lists_choices_when_there_are_several():
    clq = session()
    try:
        clq.send(":\t")
        clq.expect(":help", ":load", ":reload", ":kb", ":format", ":timing", ":assume", ":save", ":quit")
        clq.send("kb\r")
        clq.expect("loaded from: built-in knowledge base", PROMPT)
    finally:
        clq.clean_up()


def test_an_unfinished_statement_shows_the_continuation_prompt():
    clq = session()
    try:
        clq.line("which rights hold for", then=CONTINUATION)
        clq.line("Microsoft in 2031?", then=None)
        clq.expect(ANSWER_2031, PROMPT)
        assert clq.quit() == 0
    finally:
        clq.clean_up()


def test_a_query_error_shows_a_caret_and_the_session_goes_on():
    clq = session()
    try:
        clq.line("which rights hold for Microsfot in 2031?", then=None)
        clq.expect("<input>:1:23: error: unknown party 'Microsfot'", "^~~~~~~~~", "did you mean 'Microsoft'?", PROMPT)
        clq.line("which rights hold for Microsoft in 2031?", then=None)
        clq.expect(ANSWER_2031, PROMPT)
    finally:
        clq.clean_up()


def test_errors_are_coloured_on_a_terminal_unless_no_color_is_set():
    clq = session(env={"NO_COLOR": None})
    try:
        clq.line("rights of Nobody in 2031?", then=None)
        clq.expect("\x1b[1;31merror\x1b[0m", PROMPT)
    finally:
        clq.clean_up()


def test_ctrl_c_at_the_prompt_cancels_the_line():
    clq = session()
    try:
        clq.line("which rights hold for", then=CONTINUATION)
        clq.send("Micro")
        time.sleep(0.3)
        clq.child.sendintr()
        clq.expect("^C", PROMPT)
        clq.line("list prospects?", then=None)
        clq.expect("3 results", PROMPT)
        assert clq.quit() == 0
    finally:
        clq.clean_up()


def long_question_lines(questions, terms=200, per_line=100):
    """Questions over every clause with a long filter that matches nothing, as lines that each end
    in 'or' until the last: one statement that takes a while to answer. A Ctrl-C stops the question
    running and the ones after it."""
    words = []
    for question in range(questions):
        condition = " or ".join(f"cites doc line {100000 + question * terms + term}" for term in range(terms))
        words.append(f"which obligations hold in 2025 where {condition}?")
    text = " ".join(words)
    pieces = text.split(" or ")
    return [" or ".join(pieces[start:start + per_line]) + (" or" if start + per_line < len(pieces) else "")
            for start in range(0, len(pieces), per_line)]


def write_large_knowledge_base(path, clauses):
    per_agreement = 1000
    with open(path, "w", encoding="utf-8") as file:
        file.write('source doc "big.txt".\nparty P0 "Party Zero".\nparty P1 "Party One".\nasset A0 "Asset Zero".\n')
        for agreement in range((clauses + per_agreement - 1) // per_agreement):
            file.write(f'agreement G{agreement} "Agreement {agreement}" between P0 and P1 effective 2020 '
                       f'cites doc line 1 {{\n')
            for index in range(agreement * per_agreement, min(clauses, (agreement + 1) * per_agreement)):
                file.write(f"  clause C{index}: obligation of P1 toward P0 to pay A0 from 2020 "
                           f"until {2021 + index % 20} cites doc line {index % 900 + 1}.\n")
            file.write("}\n")


def test_ctrl_c_stops_a_long_question_and_keeps_the_knowledge_base():
    directory = tempfile.mkdtemp(prefix="clq-e2e-kb-")
    path = os.path.join(directory, "large.clq")
    write_large_knowledge_base(path, CLAUSES)
    clq = session("--kb", path, timeout=300)
    try:
        questions = 12
        lines = long_question_lines(questions)
        for line in lines[:-1]:
            clq.line(line, then=CONTINUATION)
        clq.line(lines[-1], then=None)
        time.sleep(0.3)
        interrupted_at = time.monotonic()
        clq.child.sendintr()
        output = clq.expect("interrupted", timeout=20)
        latency = time.monotonic() - interrupted_at
        clq.expect(PROMPT)
        assert output.count("nothing holds") < questions
        assert latency < 5
        print(f"interrupt to 'interrupted': {latency * 1000:.0f} ms on {CLAUSES} clauses")
        clq.line("list parties?", then=None)
        clq.expect("P0", "P1", "2 results", PROMPT)
        clq.line("when does C7 end?", then=None)
        clq.expect("C7 ends some day in 2028", PROMPT)
        assert clq.quit() == 0
    finally:
        clq.clean_up()
        shutil.rmtree(directory, ignore_errors=True)


def test_ctrl_d_on_an_empty_line_exits_with_status_0():
    clq = session()
    try:
        clq.line(":timing on", then=None)
        clq.expect("timing: on", PROMPT)
        assert clq.quit() == 0
    finally:
        clq.clean_up()


def test_history_is_kept_across_two_runs():
    first = session()
    try:
        first.line("list prospects?", then=None)
        first.expect("3 results", PROMPT)
        first.line("which rights hold for", then=CONTINUATION)
        first.line("Microsoft in 2031?", then=None)
        first.expect(ANSWER_2031, PROMPT)
        assert first.quit() == 0
        with open(first.history, encoding="utf-8") as file:
            assert file.read() == "list prospects?\nwhich rights hold for\\nMicrosoft in 2031?\n"
        second = Clq(home=first.home, history=first.history)
        second.send(UP)
        second.send("\r")
        second.expect(ANSWER_2031, PROMPT)
        second.send(UP + UP + "\r")
        second.expect("3 results", PROMPT)
        assert second.quit() == 0
    finally:
        first.clean_up()


def test_history_is_saved_on_sigterm_and_sighup():
    for number in (signal.SIGTERM, signal.SIGHUP):
        clq = session()
        try:
            clq.line(f"list prospects? # {number.name}", then=None)
            clq.expect("3 results", PROMPT)
            clq.child.kill(number)
            clq.child.expect(pexpect.EOF)
            clq.child.close()
            assert clq.child.signalstatus == number
            with open(clq.history, encoding="utf-8") as file:
                assert file.read() == f"list prospects? # {number.name}\n"
        finally:
            clq.clean_up()


def test_an_unwritable_history_file_is_a_warning():
    home = tempfile.mkdtemp(prefix="clq-e2e-")
    blocker = os.path.join(home, "file")
    open(blocker, "w").close()
    clq = session(home=home, history=os.path.join(blocker, "history"))
    try:
        clq.line("list prospects?", then=None)
        clq.expect("3 results", PROMPT)
        clq.child.sendeof()
        clq.expect("warning: history not saved: cannot write", "Not a directory")
        clq.child.expect(pexpect.EOF)
        clq.child.close()
        assert clq.child.exitstatus == 0
    finally:
        clq.clean_up()


def test_a_non_ascii_name_is_typed_edited_and_answered():
    clq = session(env={"LANG": None})
    try:
        clq.line('party Société "Société Lumière" aka SL.', then=None)
        clq.expect("added 1 party", PROMPT)
        clq.line('agreement Licence "Licence" between Société and Microsoft effective 2027 {', then=CONTINUATION)
        clq.line("  clause Stream: right of Société against Microsoft to use Azure until 2030 "
                 "cites article line 1.", then=CONTINUATION)
        clq.line("}", then=None)
        clq.expect("added 1 agreement and 1 clause", PROMPT)
        clq.send("rights of Sociétéé" + BACKSPACE + " in 2028?\r")
        clq.expect("holds      Stream  right     Société  Microsoft", "1 result", PROMPT)
        clq.send("rights of Soci\t")
        clq.send("in 2028?\r")
        clq.expect("holds      Stream  right     Société  Microsoft", "1 result", PROMPT)
        clq.send('rights of "Soci\t\t')
        clq.expect('"Société"          "Société Lumière"')
        clq.send("\x15rights of SL in 2028?\r")
        clq.expect("1 result", PROMPT)
        assert clq.leave() == 0
    finally:
        clq.clean_up()


def test_a_resize_while_typing_keeps_the_line():
    clq = session()
    try:
        clq.send("which rights hold for ")
        time.sleep(0.2)
        clq.child.setwinsize(30, 60)
        time.sleep(0.2)
        clq.send("Microsoft in 2031?\r")
        clq.expect(ANSWER_2031, PROMPT)
    finally:
        clq.clean_up()


def test_save_writes_what_was_typed_and_a_failed_load_changes_nothing():
    clq = session()
    try:
        saved = os.path.join(clq.home, "mine.clq")
        bad = os.path.join(clq.home, "bad.clq")
        with open(bad, "w", encoding="utf-8") as file:
            file.write('party Ada "Ada".\nparty Bob part of Nobody.\n')
        clq.line('party Ada "Ada Lovelace".', then=None)
        clq.expect("added 1 party", PROMPT)
        clq.line(f":load {bad}", then=None)
        clq.expect("duplicate identifier 'Ada'", "nothing loaded; the knowledge base is unchanged", PROMPT)
        clq.line(f":save {saved}", then=None)
        clq.expect(f"saved 1 declaration to {saved}", PROMPT)
        with open(saved, encoding="utf-8") as file:
            assert file.read() == '# Declarations typed in a clq session.\n\nparty Ada "Ada Lovelace".\n'
        assert clq.quit() == 0
    finally:
        clq.clean_up()


UNSAVED_ADA = "warning: 1 declaration typed in this session is not saved: party Ada"
HOW_TO_SAVE = ":save FILE writes them; Ctrl-D again or :quit! leaves without them"


def test_ctrl_d_at_the_continuation_prompt_cancels_the_statement_and_stays():
    clq = session()
    try:
        clq.line("which rights hold for", then=CONTINUATION)
        clq.child.sendeof()
        clq.expect("cancelled the unfinished statement; Up recalls it", PROMPT)
        assert clq.child.isalive()
        clq.line("list prospects?", then=None)
        clq.expect("3 results", PROMPT)
        clq.send(UP + UP)
        clq.send(" Microsoft in 2031?\r")
        clq.expect(ANSWER_2031, PROMPT)
        assert clq.quit() == 0
    finally:
        clq.clean_up()


def test_leaving_with_unsaved_declarations_asks_once():
    clq = session()
    try:
        clq.line('party Ada "Ada".', then=None)
        clq.expect("added 1 party", PROMPT)
        clq.child.sendeof()
        clq.expect(UNSAVED_ADA, HOW_TO_SAVE, PROMPT)
        assert clq.child.isalive()
        clq.line("list parties for Ada?", then=None)
        clq.expect("1 result", PROMPT)
        assert clq.quit() == 0
    finally:
        clq.clean_up()

    clq = session()
    try:
        clq.line('party Ada "Ada".', then=None)
        clq.expect("added 1 party", PROMPT)
        clq.line(":quit", then=None)
        clq.expect(UNSAVED_ADA, HOW_TO_SAVE, PROMPT)
        assert clq.leave(":quit") == 0
    finally:
        clq.clean_up()

    clq = session()
    try:
        clq.line('party Ada "Ada".', then=None)
        clq.expect("added 1 party", PROMPT)
        assert clq.leave(":quit!") == 0
        assert "warning" not in clq.last
    finally:
        clq.clean_up()


LICENCE = [
    'party Lumiere "Lumière Studio". asset Films "films" owned by Lumiere.',
    'agreement Licence "Licence" between Lumiere and Microsoft effective 2027 {',
    "  clause Stream: right of Microsoft against Lumiere to stream Films until 2030 cites article line 1.",
    "}",
]
STREAM_2029 = "which rights hold for Microsoft in 2029 where about Films?"


def test_save_writes_a_file_that_loads_back():
    clq = session()
    saved = os.path.join(clq.home, "licence.clq")
    try:
        clq.line(LICENCE[0], then=None)
        clq.expect("added 1 party and 1 asset", PROMPT)
        for line in LICENCE[1:-1]:
            clq.line(line, then=CONTINUATION)
        clq.line(LICENCE[-1], then=None)
        clq.expect("added 1 agreement and 1 clause", PROMPT)
        clq.line(f":save {saved}", then=None)
        clq.expect(f"saved 3 declarations to {saved}", PROMPT)
        assert clq.quit() == 0

        loaded = Clq(home=clq.home, history=clq.history)
        loaded.line(f":load {saved}", then=None)
        loaded.expect(f"loaded {saved}: added 1 party, 1 asset, 1 agreement and 1 clause", PROMPT)
        loaded.line(STREAM_2029, then=None)
        loaded.expect("holds      Stream", "1 result: 1 holds, 0 may hold (in 2029)", PROMPT)
        assert loaded.quit() == 0

        started = Clq("--with-builtin", "--kb", saved, home=clq.home, history=clq.history)
        started.line(STREAM_2029, then=None)
        started.expect("holds      Stream", "1 result: 1 holds, 0 may hold (in 2029)", PROMPT)
        assert started.quit() == 0

        checked = subprocess.run([BINARY, "check", saved], capture_output=True, text=True)
        assert checked.returncode == 65
        assert "error: unknown party 'Microsoft' [unknown-party]" in checked.stderr
        assert "= 'Microsoft' is in the built-in knowledge base; check with --with-builtin" in checked.stderr
        checked = subprocess.run([BINARY, "check", "--with-builtin", "--kb", saved], capture_output=True, text=True)
        assert (checked.returncode, checked.stdout, checked.stderr) == (0, f"{saved}: ok\n", "")
    finally:
        clq.clean_up()


def test_undo_and_forget_take_back_declarations_unless_something_refers_to_them():
    clq = session()
    try:
        clq.line('party Ada "Ada". asset Notes "notes" owned by Ada.', then=None)
        clq.expect("added 1 party and 1 asset", PROMPT)
        clq.line(":forget Ada", then=None)
        clq.expect("error: cannot take back party 'Ada': asset 'Notes' refers to it [still-referenced]",
                   "nothing taken back; the knowledge base is unchanged", PROMPT)
        clq.line("list assets?", then=None)
        clq.expect("Notes", PROMPT)
        clq.line(":undo", then=None)
        clq.expect("took back asset Notes: removed 1 asset", PROMPT)
        clq.line(":forget Ada", then=None)
        clq.expect("forgot party Ada: removed 1 party", PROMPT)
        clq.line("list parties for Ada?", then=None)
        clq.expect("unknown party 'Ada'", PROMPT)
        clq.line(":undo", then=None)
        clq.expect("nothing to undo: no declaration typed in this session is loaded", PROMPT)
        assert clq.quit() == 0
        assert "warning" not in clq.last
    finally:
        clq.clean_up()


def test_tab_completes_an_identifier_that_quoted_names_also_match():
    clq = session()
    try:
        clq.send("rights of Amaz\t")
        clq.send("in 2027?\r")
        clq.expect("exactly $100B, derived: owed by OpenAI, via AWS", "4 results: 1 holds, 3 may hold (in 2027)", PROMPT)
        clq.send('list parties for "Amazon W\t')
        clq.send("?\r")
        clq.expect("holds      AWS  Amazon Web Services  part of Amazon", "1 result", PROMPT)
        assert clq.quit() == 0
    finally:
        clq.clean_up()


def test_timing_shows_real_durations_to_the_microsecond():
    clq = session()
    try:
        clq.line(":timing on", then=None)
        clq.expect("timing: on", PROMPT)
        times = []
        for question in ("which rights hold for Microsoft in 2031?", "what changed between 2025 and 2026?"):
            clq.line(question, then=None)
            clq.child.expect(r"time: (\d+)\.(\d{3}) ms\r\n")
            times.append(int(clq.child.match.group(1)) * 1000 + int(clq.child.match.group(2)))
            clq.expect(PROMPT)
        assert all(microseconds > 0 for microseconds in times)
        assert clq.quit() == 0
    finally:
        clq.clean_up()


def main():
    tests = [(name, function) for name, function in globals().items() if name.startswith("test_")]
    failures = 0
    for name, function in tests:
        started = time.monotonic()
        try:
            function()
            print(f"PASS {name} ({time.monotonic() - started:.1f} s)", flush=True)
        except Exception as error:
            failures += 1
            print(f"FAIL {name}: {type(error).__name__}: {error}", flush=True)
    print(f"{len(tests) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
