/// The loader's handling of time: instants, conditions, and the checks on a clause's validity.
extension Loader {
    /// A new instant for a written date, range, `unknown` or `open`; an event reference gets a
    /// placeholder, replaced by the event's own instant when references are resolved.
    mutating func literalInstant(_ syntax: InstantSyntax?) -> Int32 {
        let form: Instant.Form
        switch syntax?.form {
        case .date(let date)?: form = .date(date.date)
        case .before(let date)?: form = .before(date.date)
        case .after(let date)?: form = .after(date.date)
        case .between(let first, let last)?: form = .between(first.date, last.date)
        case .open?: form = .open
        case .unknown?, .event?, .exercise?, nil: form = .unknown
        }
        var instant = Instant(form, inferred: syntax?.inferred)
        if let offset = syntax?.offset, !(syntax?.isReference ?? false) {
            let units = offset.count == 1 ? String(offset.unit.rawValue.dropLast()) : offset.unit.rawValue
            instant.earliest = Days.adding(offset.count, offset.unit, to: instant.earliest)
            instant.latest = Days.adding(offset.count, offset.unit, to: instant.latest)
            instant.form = .relative(text: "\(instant.text) + \(offset.count) \(units)",
                                     phrase: "\(offset.count) \(units) after \(instant.text)"
                                        + " (\(Moment.rangePhrase(instant.earliest, instant.latest)))")
        }
        kb.instants.append(instant)
        return Int32(kb.instants.count - 1)
    }

    /// The instant an attribute names: a new one for a written range; the event's own for an event,
    /// or one counted from it with an offset; one counted from an exercise.
    mutating func instant(_ syntax: InstantSyntax) -> Int32 {
        switch syntax.form {
        case .event(let name):
            guard let event = resolveEvent(name) else { return literalInstant(nil) }
            guard syntax.offset != nil else { return kb.events[Int(event)].date }
            return relativeInstant(.event(event), syntax)
        case .exercise(let name):
            guard let power = resolvePower(name) else { return literalInstant(nil) }
            return relativeInstant(.exercise(power), syntax)
        default:
            return literalInstant(syntax)
        }
    }

    /// The event a reference names; a prospect there is an error, since a prospect has no day.
    mutating func resolveEvent(_ name: Name) -> Int32? {
        if let event = kb.event(named: name.text) { return event }
        if kb.prospect(named: name.text) != nil {
            report(.prospectHasNoDay, "'\(name.text)' is a prospect: it has no day to start from; "
                   + "use 'if \(name.text)' to make the clause depend on it", name.range)
            return nil
        }
        return resolve(name, .event)
    }

    /// A condition's event, prospect or exercise, resolved.
    mutating func condition(_ syntax: ConditionSyntax) -> Condition? {
        if syntax.exercise {
            return resolvePower(syntax.target).map { Condition(kind: syntax.kind, target: .exercise($0)) }
        }
        if let event = kb.event(named: syntax.target.text) {
            return Condition(kind: syntax.kind, target: .event(kb.events[Int(event)].date))
        }
        if let prospect = kb.prospect(named: syntax.target.text) {
            return Condition(kind: syntax.kind, target: .prospect(prospect))
        }
        if diagnostics.isFull(file) {
            diagnostics.noteError()
        } else if !ignoring.contains(syntax.target.text) {
            diagnostics.append(KnowledgeBase.unknown(
                syntax.target, "event or prospect", .unknownReference,
                candidates: kb.candidates(of: .event) + kb.candidates(of: .prospect), at: here(syntax.target.range)))
        }
        return nil
    }

    /// Rejects a clause whose start range lies wholly after its stated end range: no day could
    /// satisfy both. Reported at the end as written.
    mutating func checkStatedValidity(_ clause: Clause, _ decl: ClauseDecl) {
        guard clause.start >= 0 else { return }
        var uncut = clause
        uncut.end.cut = nil
        let span = kb.span(of: uncut, assumption: .unknown, tightened: false)
        guard span.earliestStart > span.latestEnd else { return }
        report(.endBeforeStart, "clause '\(decl.id.text)' ends (\(kb.endText(of: uncut))) before it starts "
               + "(\(kb.instants[Int(clause.start)].text))", decl.until?.range ?? decl.duration?.range ?? decl.range)
    }

    /// Rejects a clause that what replaced or terminated it ends before it can start.
    mutating func checkValidity(_ index: Int32) {
        let clause = kb.clauses[Int(index)]
        guard clause.start >= 0, let cut = clause.end.cut, let location = clause.location,
              clause.ending?.endsOnTheDay != true else { return }
        if cut == clause.start, !kb.instants[Int(cut)].isOpen {
            report(.endBeforeStart, "clause '\(kb.id(of: clause))' would end the day before it starts: what ended it "
                   + "takes effect on the same day as the clause itself", location.range, file: location.file)
            return
        }
        var uncut = clause
        uncut.end.cut = nil
        guard kb.span(of: uncut, assumption: .unknown, tightened: false).earliestStart
                <= kb.span(of: uncut, assumption: .unknown, tightened: false).latestEnd else { return }
        let span = kb.span(of: clause, assumption: .unknown, tightened: false)
        guard span.earliestStart > span.latestEnd else { return }
        report(.endBeforeStart, "clause '\(kb.id(of: clause))' is ended the day before \(kb.instants[Int(cut)].text), "
               + "before it starts (\(kb.instants[Int(clause.start)].text))", location.range, file: location.file)
    }
}

extension Loader {
    /// Warns when a clause of an amending agreement repeats a clause of the agreement it amends (same
    /// holder, counterparty, modality and action), the two may hold at once, and neither says it
    /// replaces the other (`replaced by` on the old one, `replaces` on the new one): a forgotten
    /// replacement counts the same obligation twice.
    mutating func checkForgottenReplacements() {
        for index in firstNewClause..<kb.clauses.count {
            let clause = kb.clauses[index]
            guard let amended = kb.agreements[Int(clause.agreement)].amends, let location = clause.location else { continue }
            for other in kb.agreements[Int(amended)].clauses {
                let earlier = kb.clauses[Int(other)]
                guard earlier.holder == clause.holder, earlier.counterparty == clause.counterparty,
                      earlier.modality == clause.modality, earlier.action == clause.action,
                      !ends(earlier, by: Int32(index)), !ends(clause, by: other),
                      !replacements.contains(where: { $0.successor == Int32(index) && $0.replaced == other })
                else { continue }
                let first = kb.span(of: earlier, assumption: .unknown)
                let second = kb.span(of: clause, assumption: .unknown)
                guard first.earliestStart <= second.latestEnd, second.earliestStart <= first.latestEnd else { continue }
                let (new, old) = (kb.id(of: clause), kb.id(of: earlier))
                diagnostics.append(Diagnostic(
                    .possibleDuplicate, .warning,
                    "clause '\(new)' may hold at the same time as '\(old)' of the agreement it amends, with the same "
                        + "parties, modality and action; if it replaces it, write 'replaced by \(new)' on '\(old)'",
                    at: location))
            }
        }
    }

    private func ends(_ clause: Clause, by index: Int32) -> Bool {
        guard let ending = clause.ending else { return false }
        switch ending.cause {
        case .clause(let next): return next == index
        case .agreement(let agreement): return kb.clauses[Int(index)].agreement == agreement
        case .event: return false
        }
    }
}

extension Loader {
    /// Applies each `replaces` link as the replaced clause's `replaced by`, reporting a link that the
    /// replaced clause contradicts (it says it was ended by something else).
    mutating func linkReplacements() {
        for link in replacements {
            let replaced = kb.clauses[Int(link.replaced)]
            let successor = kb.id(of: kb.clauses[Int(link.successor)])
            guard let ending = replaced.ending else {
                kb.clauses[Int(link.replaced)].ending = Ending(kind: .replaced, cause: .clause(link.successor))
                continue
            }
            if ending.kind == .replaced, case .clause(let next) = ending.cause, next == link.successor { continue }
            diagnostics.append(Diagnostic(
                .contradictoryReplacement, .error,
                "'\(successor)' says it replaces '\(link.name.text)', but '\(link.name.text)' says it was "
                    + "\(ending.kind.rawValue) by \(kb.name(of: ending.cause)); write the replacement on one side only, "
                    + "or make both sides agree",
                at: SourceLocation(file: link.file, range: link.name.range),
                notes: replaced.location.map { [DiagnosticNote("'\(link.name.text)' is declared here", at: $0)] } ?? []))
        }
    }
}
