import ClauseQuery

extension REPL {
    /// The text of each declaration typed at the prompt that is still loaded, in order.
    public var typedDeclarations: [String] { typed.map { session.text(of: $0.declaration) } }

    /// The typed declarations that `:save` has not written yet.
    var unsavedDeclarations: [LoadedDeclaration] { typed.filter { !$0.saved }.map(\.declaration) }

    /// `:undo`: takes back the last declaration typed in this session, all or nothing.
    func undo(_ arguments: [String]) {
        guard arguments.isEmpty else { return fail("usage: \(MetaCommand.undo.usage)") }
        guard let last = typed.last?.declaration else {
            return output.write("nothing to undo: no declaration typed in this session is loaded\n")
        }
        takeBack(last, saying: "took back")
    }

    /// `:forget NAME`: takes back the declaration of NAME typed in this session, all or nothing.
    func forget(_ arguments: [String]) {
        guard arguments.count == 1 else { return fail("usage: \(MetaCommand.forget.usage)") }
        let name = arguments[0]
        switch session.declaration(declaring: name) {
        case .missing:
            fail("nothing is named '\(name)'")
        case .ambiguous(let things):
            fail("'\(name)' names \(things.joinedAsList()); use the identifier")
        case .found(let declaration, let kind, let id):
            guard typed.contains(where: { $0.declaration == declaration }) else {
                return fail("\(kind.rawValue) '\(id)' comes from \(origin(of: declaration)); "
                    + ":forget takes back only declarations typed in this session")
            }
            guard kind != .clause else {
                return fail("clause '\(id)' is part of agreement '\(declaration.id)'; "
                    + ":forget \(declaration.id) takes back the agreement with its clauses")
            }
            takeBack(declaration, saying: "forgot")
        }
    }

    /// "the built-in knowledge base", or the file a declaration was loaded from.
    private func origin(of declaration: LoadedDeclaration) -> String {
        let name = session.sources[declaration.file].name
        return name == BuiltinKnowledgeBase.name ? "the built-in knowledge base" : "'\(name)'"
    }

    /// Removes a typed declaration from the session, or reports why it cannot and changes nothing.
    private func takeBack(_ declaration: LoadedDeclaration, saying verb: String) {
        let before = KnowledgeCounts(session.knowledgeBase)
        let diagnostics = session.remove(declaration)
        guard diagnostics.isEmpty else {
            report(diagnostics)
            return output.writeError("nothing taken back; the knowledge base is unchanged\n")
        }
        typed.removeAll { $0.declaration == declaration }
        let removed = before.added(since: KnowledgeCounts(session.knowledgeBase))
        output.write("\(verb) \(declaration.summary): removed \(removed.isEmpty ? "nothing" : removed)\n")
    }

    /// Whether the session may end now: yes with `force` (`:quit!`), with nothing unsaved, or when the user
    /// was already told; otherwise says once what would be lost and how to keep it.
    func mayLeave(force: Bool) -> Bool {
        let unsaved = unsavedDeclarations
        if force || unsaved.isEmpty || warnedBeforeLeaving { return true }
        warnedBeforeLeaving = true
        let count = unsaved.count == 1 ? "1 declaration typed in this session is" : "\(unsaved.count) declarations typed in this session are"
        var names = unsaved.map(\.summary)
        if names.count > 6 { names = names.prefix(5) + ["\(names.count - 5) more"] }
        let label = colorErrors ? "\u{1B}[1;33mwarning\u{1B}[0m" : "warning"
        output.writeError("""
            \(label): \(count) not saved: \(names.joinedAsList())
              :save FILE writes them; Ctrl-D again or :quit! leaves without them

            """)
        return false
    }

    /// Ctrl-D at `...>`: drops the unfinished statement and stays; the statement is kept in the history.
    func cancelStatement() {
        remember(pending)
        pending = ""
        output.writeError("cancelled the unfinished statement; Up recalls it\n")
    }
}
