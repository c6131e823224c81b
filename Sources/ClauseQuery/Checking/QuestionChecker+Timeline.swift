extension QuestionChecker {
    /// A timeline keeps the rows of a `which` question; its target after `of` picks a kind, a party (as
    /// `for PARTY` does), an agreement's clauses or a clause with those linked to it by replacement.
    mutating func resolve(_ timeline: TimelineQuestion) -> ResolvedQuestion {
        var modifiers = timeline.modifiers
        var kind = ClauseKind.clauses
        var clauses: Set<Int32>?
        switch timeline.target {
        case nil: break
        case .kind(let chosen)?: kind = chosen
        case .name(let name)?:
            if kb.index(for: .party).resolve(name.text) != .missing {
                if let given = modifiers.party {
                    report(.duplicateModifier, "the party is given twice: 'of \(name.text)' already names it; drop 'for \(given.text)'",
                           given.range)
                }
                modifiers.party = name
            } else if let agreement = found(name, .agreement) {
                clauses = Set(kb.clauses.indices.filter { kb.clauses[$0].agreement == agreement }.map(Int32.init))
            } else if let clause = found(name, .clause) {
                clauses = kb.replacementFamily(of: clause)
            } else {
                let candidates = kb.candidates(of: .party) + kb.candidates(of: .agreement) + kb.candidates(of: .clause)
                report(KnowledgeBase.unknown(name, "party, agreement or clause", .unknownReference, candidates: candidates,
                                             at: location(name.range)))
            }
        }
        return ResolvedQuestion(form: .timeline(kind, clauses: clauses), scope: scope(modifiers, rows: .clauses))
    }

    /// The entity of `kind` that `name` names, or nil without reporting anything.
    private func found(_ name: Name, _ kind: EntityKind) -> Int32? {
        if case .found(let index) = kb.index(for: kind).resolve(name.text) { return index }
        return nil
    }
}

extension KnowledgeBase {
    /// A clause, the clauses it replaced or that replaced it, and theirs in turn.
    func replacementFamily(of clause: Int32) -> Set<Int32> {
        var family: Set<Int32> = [clause]
        var pending = [clause]
        while let next = pending.popLast() {
            var linked = Supersession.predecessors(of: next, in: self)
            if let ending = clauses[Int(next)].ending, case .clause(let successor) = ending.cause { linked.append(successor) }
            for other in linked where family.insert(other).inserted { pending.append(other) }
        }
        return family
    }
}
