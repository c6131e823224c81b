/// The loader's handling of options: powers exercised or lapsed by events, clauses that wait for an
/// exercise, and instants relative to an event or an exercise (`from exercised Renewal + 90 days`).
extension Loader {
    /// What a relative instant counts from.
    enum RelativeBase {
        /// An event's day.
        case event(Int32)
        /// The day a power is exercised, which the source may not record.
        case exercise(Int32)
    }

    /// The power (an option) a reference names, or nil after reporting that it names none.
    mutating func resolvePower(_ name: Name) -> Int32? {
        guard let index = resolve(name, .clause) else { return nil }
        let clause = kb.clauses[Int(index)]
        guard clause.modality == .power else {
            let article = clause.modality == .obligation || clause.modality == .immunity ? "an" : "a"
            report(.notAPower, "'\(name.text)' is \(article) \(clause.modality.rawValue), not a power: only a power (an option) "
                   + "is exercised; declare it 'power of HOLDER over PARTY'", name.range)
            return nil
        }
        return index
    }

    /// A placeholder for an instant counted from an event or an exercise, computed once every
    /// exercise is known.
    mutating func relativeInstant(_ base: RelativeBase, _ syntax: InstantSyntax) -> Int32 {
        let index = literalInstant(nil)
        kb.instants[Int(index)].inferred = syntax.inferred
        kb.instants[Int(index)].isPlaceholder = true
        relatives.append((index, base, syntax.offset))
        return index
    }

    /// Records the power an event exercises or lets lapse, checked once every clause is loaded.
    mutating func noteOption(_ option: OptionSyntax, of event: Int32) {
        guard let power = resolvePower(option.power) else { return }
        options.append((event, power, option, file))
    }

    /// Ends each power an event exercised or let lapse on the event's day. An exercise must fall within
    /// the power's validity, its exercise window (an undated one is known to); a lapse no earlier than
    /// the window opens (it is often recorded once the window has closed).
    mutating func linkOptions() {
        for (event, power, option, file) in options {
            let clause = kb.clauses[Int(power)]
            let eventID = kb.events[Int(event)].id
            if let ending = clause.ending {
                diagnostics.append(Diagnostic(
                    .exerciseConflict, .error,
                    "'\(option.power.text)' is already \(ending.kind.rawValue) by \(kb.name(of: ending.cause)); "
                        + "a power is exercised, lapses or is ended once",
                    at: SourceLocation(file: file, range: option.range)))
                continue
            }
            var uncut = clause
            uncut.end.cut = nil
            let window = kb.span(of: uncut, assumption: .unknown, tightened: false)
            let date = kb.events[Int(event)].date
            let day = kb.instants[Int(date)]
            let earliest = max(day.earliest, window.earliestStart)
            let latest = option.kind == .exercised ? min(day.latest, window.latestEnd) : day.latest
            guard earliest <= latest else {
                let opens = Days.date(window.earliestStart).map { "from \($0)" } ?? "from any day"
                let closes = Days.date(window.latestEnd).map { " to \($0)" } ?? " on"
                diagnostics.append(Diagnostic(
                    .exerciseOutsideWindow, .error,
                    "'\(eventID)' (\(day.phrase)) cannot \(option.kind == .exercised ? "exercise" : "record the lapse of") "
                        + "'\(option.power.text)': its window runs \(opens)\(closes), and the event falls wholly "
                        + (option.kind == .exercised ? "outside it" : "before it"),
                    at: SourceLocation(file: file, range: option.range)))
                continue
            }
            kb.instants[Int(date)].earliest = earliest
            kb.instants[Int(date)].latest = latest
            kb.clauses[Int(power)].ending = Ending(kind: option.kind, cause: .event(event))
            kb.clauses[Int(power)].end.cut = date
        }
    }

    /// Computes each relative instant from its base: the event's day, or the exercise's (the
    /// exercising event's day; with none recorded, any day from the window's opening on), plus the offset.
    mutating func resolveRelatives() {
        for (index, base, offset) in relatives {
            var earliest: Int, latest: Int
            let name: String
            switch base {
            case .event(let event):
                let day = kb.instants[Int(kb.events[Int(event)].date)]
                (earliest, latest) = (day.earliest, day.latest)
                name = kb.events[Int(event)].id
            case .exercise(let power):
                let clause = kb.clauses[Int(power)]
                name = "exercised \(kb.id(of: clause))"
                let record = kb.exerciseRecord(of: power)
                if case .exercised(let event) = record {
                    let day = kb.instants[Int(kb.events[Int(event)].date)]
                    (earliest, latest) = (day.earliest, day.latest)
                } else {
                    (earliest, latest) = (kb.span(of: clause, assumption: .unknown).earliestStart, Days.plus)
                    kb.instants[Int(index)].coming = record == .none ? .may : .never
                }
            }
            var text = name, phrase: String
            if let offset {
                earliest = Days.adding(offset.count, offset.unit, to: earliest)
                latest = Days.adding(offset.count, offset.unit, to: latest)
                let units = offset.count == 1 ? String(offset.unit.rawValue.dropLast()) : offset.unit.rawValue
                text += " + \(offset.count) \(units)"
                phrase = "\(offset.count) \(units) after "
            } else {
                phrase = "the day "
            }
            if case .exercise(let power) = base {
                phrase += "\(kb.id(of: kb.clauses[Int(power)])) is exercised, if it is"
            } else {
                phrase += name + (offset == nil ? " happened" : "")
            }
            phrase += " (\(Moment.rangePhrase(earliest, latest)))"
            if kb.instants[Int(index)].coming == .never, case .exercise(let power) = base {
                phrase = "never: \(kb.id(of: kb.clauses[Int(power)])) lapsed unexercised"
            }
            kb.instants[Int(index)].form = .relative(text: text, phrase: phrase)
            kb.instants[Int(index)].isPlaceholder = false
            kb.instants[Int(index)].earliest = earliest
            kb.instants[Int(index)].latest = latest
        }
    }

    /// The checks that need instants counted from an exercise: a clause starting after its stated end,
    /// and an exercise or lapse outside the window of a power that itself starts from an exercise.
    mutating func checkRelatives() {
        for (index, id, range, file) in relativeStarts {
            var uncut = kb.clauses[Int(index)]
            uncut.end.cut = nil
            let span = kb.span(of: uncut, assumption: .unknown, tightened: false)
            guard kb.instants[Int(uncut.start)].coming != .never, span.earliestStart > span.latestEnd else { continue }
            diagnostics.append(Diagnostic(
                .endBeforeStart, .error,
                "clause '\(id)' ends (\(kb.endText(of: uncut))) before it starts (\(kb.instants[Int(uncut.start)].text), "
                    + Moment.rangePhrase(span.earliestStart, span.latestStart) + ")",
                at: SourceLocation(file: file, range: range)))
        }
        for (event, power, option, file) in options {
            let clause = kb.clauses[Int(power)]
            guard case .event(let recorded)? = clause.ending?.cause, recorded == event,
                  case .relative = kb.instants[Int(clause.start)].form else { continue }
            var uncut = clause
            uncut.end.cut = nil
            let window = kb.span(of: uncut, assumption: .unknown, tightened: false)
            let day = kb.instants[Int(kb.events[Int(event)].date)]
            let outside = day.latest < window.earliestStart || (option.kind == .exercised && day.earliest > window.latestEnd)
            guard outside else { continue }
            diagnostics.append(Diagnostic(
                .exerciseOutsideWindow, .error,
                "'\(kb.events[Int(event)].id)' (\(day.phrase)) cannot \(option.kind == .exercised ? "exercise" : "record the lapse of") "
                    + "'\(option.power.text)': its window opens \(Moment.rangePhrase(window.earliestStart, window.latestStart))",
                at: SourceLocation(file: file, range: option.range)))
        }
    }
}
