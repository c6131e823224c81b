/// The text `:help` prints. Lines starting with `  clq> ` or `  ...> ` are examples, and a test
/// runs every one of them on the built-in knowledge base.
enum HelpText {
    static let overview = """
        Type a question and press Enter; end it with '?'. TAB completes keywords and names.
          clq> which rights hold for Microsoft in 2031?
          clq> which obligations does OpenAI have in 2028?
          clq> is Microsoft's access to OpenAIModels exclusive in 2027?
          clq> when does Microsoft's access to OpenAIModels end?
          clq> what changed between 2025 and 2026?
          clq> explain which rights hold for Microsoft in 2030?
        Declarations (party, asset, agreement, …) typed here add to the knowledge base;
        :undo takes the last one back, :save FILE keeps them.

        Commands (a prefix is enough, e.g. :q):
        \(commandList)
        Topics: \(topics.map(\.name).joined(separator: ", ")). For example: :help time

        """

    static var commandList: String {
        let width = MetaCommand.allCases.map(\.usage.count).max() ?? 0
        return MetaCommand.allCases.map { command in
            "  " + command.usage + String(repeating: " ", count: width - command.usage.count + 2) + command.summary
        }.joined(separator: "\n")
    }

    static let topics: [(name: String, text: String)] = [
        ("questions", """
            Questions name a kind (rights, claims, obligations, permissions, prohibitions,
            powers, immunities, liabilities, disabilities, no-rights, terms, clauses), a party
            and a time. Answers list what holds, then what may hold (it depends on a day or a
            condition the source leaves open).
              clq> which rights hold for Microsoft in 2031?
              clq> rights of Amazon in 2027?
              clq> which obligations does OpenAI have in 2028?
              clq> is Microsoft's access to OpenAIModels exclusive in 2020?
              clq> does ModelAccess hold in 2031?
              clq> when does Microsoft's access to OpenAIModels start?
              clq> what changed between 2025 and 2026?
              clq> explain ModelAccess in 2031?
              clq> list agreements?
              clq> how many rights hold for Microsoft in 2031?
              clq> how much does OpenAI owe AWS in 2030?
              clq> timeline of Microsoft?
            Lists: parties, assets, agreements, sources, events, prospects, or a kind.
            :format svg or html draws a timeline as a picture.

            """),
        ("time", """
            A date is a year (2031), a month (2025-11) or a day (2026-04-28). In a question
            it is that whole period. In the knowledge base it is one day the source does not
            pin down: 'until 2032' ends some day in 2032, so the clause may hold in 2032.
              clq> which rights hold for Microsoft in 2031?            # at some time in 2031
              clq> which rights hold for Microsoft throughout 2026?    # for all of 2026
              clq> which clauses hold at 2026-04-28?                   # on that day
              clq> which rights hold for Microsoft before 2026?
              clq> which obligations hold after 2031?
              clq> which rights hold for Microsoft between 2019 and 2021?
            An end the source does not give makes an answer 'may hold'. To treat such ends
            as continuing: :assume unknown-ends continue (answers then say so).

            """),
        ("filters", """
            'where' keeps clauses that pass a condition; combine with and, or, not, ( ).
              clq> which clauses hold in 2028 where obligation and not exclusive?
              clq> which clauses hold in 2028 where amount >= $1B?
              clq> which rights hold for Microsoft in 2031 where about OpenAIModels?
              clq> which clauses hold in 2027 where holder is OpenAI or counterparty is OpenAI?
              clq> which rights hold for Microsoft in 2030 where derived?
              clq> which clauses hold in 2027 where cites article line 12?

            """),
        ("declarations", """
            Declarations end with '.', agreements with '}'; an unfinished one continues on
            the next line ('...>'). They are checked like files, and :save writes them out.
            :undo takes back the last one, :forget NAME the one that declares NAME, unless
            another declaration refers to it. Leaving asks once if some are not saved.
              clq> party Lumière "Lumière Studio" aka LS.
              clq> asset Films "Lumière films" owned by Lumière.
              clq> agreement Licence "Film licence" between Lumière and Microsoft effective 2027 {
              ...>   clause Stream: right of Microsoft against Lumière to stream Films
              ...>     until 2030 cites article line 1.
              ...> }
              clq> which rights hold for Microsoft in 2029 where about Films?
            The grammar is in Grammar/clq.ebnf; a file of declarations loads with :load.

            """),
        ("keys", """
            Editing keys are emacs style: Ctrl-A and Ctrl-E go to the start and end of the
            line, Alt-B and Alt-F move by word, Ctrl-K cuts to the end and Ctrl-Y pastes.
            Up and Down walk the history, Ctrl-R searches it, TAB completes.
            Ctrl-C cancels the line, or stops a question that is running. Ctrl-D at '...>'
            cancels the statement (Up recalls it); on an empty line it leaves, asking once
            first if declarations typed here are not saved (:quit! does not ask).
            History is kept in $CLQ_HISTORY, else $XDG_STATE_HOME/clq/history, else
            ~/.clq_history.

            """),
        ("commands", commandList + "\n"),
    ]

    /// The help for `topic`, or nil when there is no such topic.
    static func text(topic: String?) -> String? {
        guard let topic else { return overview }
        let matches = topics.filter { $0.name.hasPrefix(topic.lowercased()) }
        return matches.count == 1 ? matches[0].text : nil
    }
}
