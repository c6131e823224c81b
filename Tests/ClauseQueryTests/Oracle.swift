/// A brute-force reading of a generated knowledge base: every underlying unknown day is a variable,
/// every assignment the source allows is tried, and a question is true or false in each.
///
/// It shares nothing with the library's evaluator. An answer is `holds` when the question is true
/// in every allowed assignment, `doesNotHold` when in none, `mayHold` otherwise.
struct Oracle {
    enum Verdict: String, CustomStringConvertible {
        case holds = "holds", mayHold = "may hold", doesNotHold = "does not hold"
        var description: String { rawValue }
    }

    /// A changes row: which clause, and whether it is its start or its end.
    struct ChangeKey: Hashable, Comparable, CustomStringConvertible {
        var clause: Int
        var ended: Bool
        static func < (a: ChangeKey, b: ChangeKey) -> Bool { (a.clause, a.ended ? 1 : 0) < (b.clause, b.ended ? 1 : 0) }
        var description: String { "\(ended ? "ended" : "started") \(OracleKB.clause(clause))" }
    }

    /// Why a question was not answered.
    enum Refusal: Error, Equatable {
        /// No assignment satisfies every clause's start ≤ end.
        case noAllowedAssignment
        /// More assignments than `limit` would have to be tried.
        case tooLarge(Int)
    }

    let kb: OracleKB
    /// The days each variable may take.
    private(set) var domains: [[Int]] = []
    private(set) var names: [String] = []
    private var effectiveVar: [Int] = []
    private var eventVar: [Int] = []
    private var prospectVar: [Int] = []
    private var startVar: [Int] = []
    /// The clause's own stated end (`until`, or the unknown end when nothing replaces it); nil for
    /// a duration or when a replacement decides an unstated end.
    private var untilVar: [Int?] = []
    private var onVar: [Int?] = []
    /// True when the clause's end is unknown and nothing ends it: such ends are never change rows.
    private(set) var endIsUnknown: [Bool] = []
    private var plans: [Plan] = []
    // The plans' fields as flat arrays, for the hot loop.
    private var planStart: [Int] = [], planUntil: [Int] = [], planCut: [Int] = [], planDurationOffset: [Int] = []
    private var durationEnds: [Int] = []
    /// How many partial assignments one question may visit (those with more than 50 times as many
    /// candidates are refused at once).
    var limit = 150_000
    /// False to try every day of every variable, without the monotone reduction of `enumerate`.
    var reduces = true

    init(_ kb: OracleKB) {
        self.kb = kb
        effectiveVar = kb.agreements.indices.map { add(kb.agreements[$0].effective, "effective \(OracleKB.agreement($0))", asEnd: false) }
        eventVar = kb.events.indices.map { add(kb.events[$0], OracleKB.event($0), asEnd: false) }
        prospectVar = (0..<kb.prospectCount).map { index in
            let days = [OracleCalendar.minusInfinity] + Array(OracleCalendar.first...OracleCalendar.last)
                + [OracleCalendar.plusInfinity, OracleCalendar.never]
            return add(days: days, OracleKB.prospect(index))
        }
        for (index, clause) in kb.clauses.enumerated() {
            let name = OracleKB.clause(index)
            if let from = clause.from {
                startVar.append(add(from, "\(name) from", asEnd: false))
            } else {
                startVar.append(effectiveVar[clause.agreement])
            }
            var unknownEnd = false
            switch clause.end {
            case .duration: untilVar.append(nil)
            case .until(let instant) where instant != .unknown: untilVar.append(add(instant, "\(name) until", asEnd: true))
            case .until, .unstated:
                if clause.ending == nil {
                    untilVar.append(add(.unknown, "\(name) until", asEnd: true))
                    unknownEnd = true
                } else {
                    untilVar.append(nil)
                }
            }
            endIsUnknown.append(unknownEnd)
            onVar.append(clause.ending?.on.map { add($0, "\(name) ended on", asEnd: false) })
        }
        plans = kb.clauses.indices.map(plan)
        planStart = plans.map(\.start)
        planUntil = plans.map(\.until)
        planCut = plans.map(\.cut)
        for plan in plans {
            planDurationOffset.append(plan.durationEnds == nil ? -1 : durationEnds.count)
            durationEnds += plan.durationEnds ?? []
        }
    }

    /// Where a clause's days come from, as variable numbers (−1 for none), read in the hot loop.
    struct Plan {
        var start: Int
        var until = -1
        /// For a duration: the last day for each start day of the table.
        var durationEnds: [Int]?
        /// The variable whose day the clause ends the day before: `on`, the successor's start, the agreement's effective day.
        var cut = -1
        var ifs: [Int] = []
        var unlesses: [Int] = []
    }

    private func plan(_ clause: Int) -> Plan {
        let spec = kb.clauses[clause]
        var plan = Plan(start: startVar[clause], until: untilVar[clause] ?? -1)
        if case .duration(let count, let unit) = spec.end {
            // Starts are calendar days or sentinels; a sentinel start keeps its sentinel end.
            plan.durationEnds = (0...OracleCalendar.last).map { day in
                day > 0 ? OracleCalendar.end(startingOn: day, for: count, unit) : day
            }
        }
        if let ending = spec.ending {
            if let on = onVar[clause] {
                plan.cut = on
            } else {
                switch ending.target {
                case .clause(let successor): plan.cut = startVar[successor]
                case .agreement(let agreement): plan.cut = effectiveVar[agreement]
                }
            }
        }
        for (condition, variable) in zip(spec.conditions, conditionVars(clause)) {
            if condition.isUnless { plan.unlesses.append(variable) } else { plan.ifs.append(variable) }
        }
        return plan
    }

    // MARK: Variables

    private mutating func add(days: [Int], _ name: String) -> Int {
        domains.append(days)
        names.append(name)
        return domains.count - 1
    }

    /// A new variable for `instant`, or the event's variable when it names an event.
    private mutating func add(_ instant: OracleKB.Instant, _ name: String, asEnd: Bool) -> Int {
        if case .event(let event) = instant { return eventVar[event] }
        return add(days: Self.days(of: instant, asEnd: asEnd), name)
    }

    /// The days an instant may be: an `open` start is −∞ and an `open` end +∞; unbounded sides reach a sentinel.
    static func days(of instant: OracleKB.Instant, asEnd: Bool) -> [Int] {
        let first = OracleCalendar.first, last = OracleCalendar.last
        let minus = OracleCalendar.minusInfinity, plus = OracleCalendar.plusInfinity
        switch instant {
        case .date(let date): return Array(date.firstDay...date.lastDay)
        case .before(let date): return [minus] + Array(first..<max(first, date.firstDay))
        case .after(let date): return Array(min(date.lastDay + 1, last + 1)...last) + [plus]
        case .between(let low, let high): return low.firstDay <= high.lastDay ? Array(low.firstDay...high.lastDay) : []
        case .unknown: return [minus] + Array(first...last) + [plus]
        case .open: return [asEnd ? plus : minus]
        case .event: preconditionFailure("an event's day is its own variable")
        }
    }

    /// The variables a clause's validity reads: its start and whatever decides its end.
    func validityVars(_ clause: Int) -> [Int] {
        var vars = [startVar[clause]]
        if let until = untilVar[clause] { vars.append(until) }
        if let on = onVar[clause] {
            vars.append(on)
        } else if let ending = kb.clauses[clause].ending {
            switch ending.target {
            case .clause(let successor): vars.append(startVar[successor])
            case .agreement(let agreement): vars.append(effectiveVar[agreement])
            }
        }
        return vars
    }

    /// The variables of a clause's conditions.
    func conditionVars(_ clause: Int) -> [Int] {
        kb.clauses[clause].conditions.map { condition in
            switch condition.subject {
            case .event(let event): return eventVar[event]
            case .prospect(let prospect): return prospectVar[prospect]
            }
        }
    }

    // MARK: One assignment

    func start(_ clause: Int, _ values: [Int]) -> Int { values[planStart[clause]] }

    /// The clause's last valid day in the assignment: its stated end (an `until`, a duration from
    /// its start, or unknown), cut to the day before what replaced or terminated it.
    func end(_ clause: Int, _ values: [Int]) -> Int {
        var last = OracleCalendar.plusInfinity
        let offset = planDurationOffset[clause]
        if offset >= 0 {
            let first = values[planStart[clause]]
            last = first >= 0 && first <= OracleCalendar.last ? durationEnds[offset + first] : first
        } else if planUntil[clause] >= 0 {
            last = values[planUntil[clause]]
        }
        let cut = planCut[clause]
        if cut >= 0 { last = min(last, values[cut] - 1) }
        return last
    }

    /// The days, first to last, on which the clause holds in the assignment: valid, every `if` met,
    /// no `unless` met; empty when first > last. With `conditions` false, only validity counts.
    func days(_ clause: Int, _ values: [Int], conditions: Bool = true) -> (first: Int, last: Int) {
        var first = start(clause, values), last = end(clause, values)
        guard conditions else { return (first, last) }
        let plan = plans[clause]
        for variable in plan.ifs { first = max(first, values[variable]) }
        for variable in plan.unlesses where values[variable] != OracleCalendar.never {
            last = min(last, values[variable] - 1)
        }
        return (first, last)
    }

    /// True when some interval shares a day with [first, last] (`everyDay` false), or their union
    /// covers every day of it (`everyDay` true).
    static func meets(_ intervals: [(first: Int, last: Int)], _ first: Int, _ last: Int, everyDay: Bool) -> Bool {
        let useful = intervals.filter { $0.first <= $0.last }
        if !everyDay { return useful.contains { max($0.first, first) <= min($0.last, last) } }
        var covered = first - 1
        for interval in useful.sorted(by: { $0.first < $1.first }) {
            if interval.first > covered + 1 { break }
            covered = max(covered, interval.last)
        }
        return covered >= last
    }

    // MARK: Enumeration

    /// How a question's truth in one assignment moves with one variable, the others fixed.
    enum Polarity {
        /// It does not read the variable (only the start ≤ end constraints may).
        case none
        /// A later day can only make it truer (an end, an `unless`).
        case up
        /// A later day can only make it less true (a start, an `if`).
        case down
        /// Either way (a day compared with a window, a start that also moves an end).
        case mixed

        func with(_ other: Polarity) -> Polarity {
            self == .none ? other : other == .none || other == self ? self : .mixed
        }
    }

    /// The variables sharing a validity constraint with any of `seeds`, transitively, and the clauses whose
    /// start ≤ end constraints read them.
    func component(of seeds: [Int]) -> (vars: [Int], clauses: [Int]) {
        var vars = Set(seeds)
        var clauses = Set<Int>()
        var changed = true
        while changed {
            changed = false
            for clause in kb.clauses.indices where !clauses.contains(clause) {
                let read = validityVars(clause)
                if read.contains(where: vars.contains) {
                    clauses.insert(clause)
                    vars.formUnion(read)
                    changed = true
                }
            }
        }
        return (vars.sorted(), clauses.sorted())
    }

    /// Tries the assignments of the variables `seeds` depend on that keep each affected clause's
    /// start ≤ end; returns how many were allowed and how many of those made `test` true, stopping
    /// early once both outcomes are seen, or at the first allowed assignment when `stopAtFirst`.
    ///
    /// Every day of every domain is tried, except for a variable the test reads with one polarity
    /// (`polarity`) and whose constraints read only variables tried in full: for fixed values of
    /// those, the days it may take form one interval of its domain (each constraint is an up-set or
    /// a down-set of it), and a test monotone in it is true or false at one of that interval's two
    /// ends whenever it is anywhere, so those two days stand for all. `reduces` false tries every day.
    func enumerate(_ seeds: [Int], polarity: [Int: Polarity] = [:], stopAtFirst: Bool = false,
                   _ test: ([Int]) -> Bool) throws(Refusal) -> (allowed: Int, true: Int) {
        let (vars, clauses) = component(of: seeds)
        var neighbours: [Int: Set<Int>] = [:]
        for clause in clauses {
            let read = validityVars(clause)
            for variable in read { neighbours[variable, default: []].formUnion(read.filter { $0 != variable }) }
        }
        var reduced = Set<Int>()
        if reduces {
            for variable in vars.sorted(by: { (domains[$0].count, $0) > (domains[$1].count, $1) })
            where polarity[variable, default: .none] != .mixed && domains[variable].count > 2
                && neighbours[variable, default: []].isDisjoint(with: reduced) {
                reduced.insert(variable)
            }
        }
        let full = vars.filter { !reduced.contains($0) }.sorted { (domains[$0].count, $0) < (domains[$1].count, $1) }
        let order = full + reduced.sorted()
        var size = 1
        for variable in order {
            let count = reduced.contains(variable) ? 2 : max(1, domains[variable].count)
            size = size.multipliedReportingOverflow(by: count).partialValue
            if size > 50 * limit || size < 0 { throw .tooLarge(size) }
        }
        // A clause's constraint is checked as soon as the last variable it reads is assigned.
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        var checksAt = Array(repeating: [Int](), count: order.count)
        for clause in clauses {
            let depth = validityVars(clause).map { position[$0]! }.max()!
            checksAt[depth].append(clause)
        }
        var state = (values: Array(repeating: 0, count: domains.count), allowed: 0, passing: 0, done: false, steps: 0)

        func allowed(_ depth: Int, _ index: Int) -> Bool {
            state.values[order[depth]] = domains[order[depth]][index]
            return !checksAt[depth].contains { start($0, state.values) > end($0, state.values) }
        }
        /// The first and last index of the allowed interval of the domain at `depth`: each constraint
        /// checked there allows a prefix or a suffix of the domain, found by bisection.
        func allowedEnds(_ depth: Int) -> [Int] {
            let count = domains[order[depth]].count
            var low = 0, high = count - 1
            for clause in checksAt[depth] {
                func holds(_ index: Int) -> Bool {
                    state.values[order[depth]] = domains[order[depth]][index]
                    return start(clause, state.values) <= end(clause, state.values)
                }
                switch (holds(0), holds(count - 1)) {
                case (true, true): continue
                case (false, false): return []
                case (false, true):
                    var (a, b) = (0, count - 1)
                    while a < b { let m = (a + b) / 2; if holds(m) { b = m } else { a = m + 1 } }
                    low = max(low, a)
                case (true, false):
                    var (a, b) = (0, count - 1)
                    while a < b { let m = (a + b + 1) / 2; if holds(m) { a = m } else { b = m - 1 } }
                    high = min(high, a)
                }
            }
            return low > high ? [] : low == high ? [low] : [low, high]
        }
        func visit(_ depth: Int) {
            state.steps += 1
            if state.steps > limit { state.done = true; return }
            if depth == order.count {
                state.allowed += 1
                if test(state.values) { state.passing += 1 }
                state.done = stopAtFirst || (state.passing > 0 && state.passing < state.allowed)
                return
            }
            if reduced.contains(order[depth]) {
                for index in allowedEnds(depth) where !state.done {
                    if allowed(depth, index) { visit(depth + 1) }
                }
            } else {
                for index in domains[order[depth]].indices where !state.done {
                    if allowed(depth, index) { visit(depth + 1) }
                }
            }
        }
        visit(0)
        if state.steps > limit { throw .tooLarge(state.steps) }
        return (state.allowed, state.passing)
    }

    /// The verdict of `test` over the assignments of the variables `seeds` depend on.
    func verdict(_ seeds: [Int], polarity: [Int: Polarity] = [:], _ test: ([Int]) -> Bool) throws(Refusal) -> Verdict {
        let (allowed, passing) = try enumerate(seeds, polarity: polarity, test)
        if allowed == 0 { throw .noAllowedAssignment }
        return passing == allowed ? .holds : passing == 0 ? .doesNotHold : .mayHold
    }

    /// True when every clause's start ≤ end can be met (each group of linked clauses on its own).
    func isSatisfiable() throws(Refusal) -> Bool {
        for clause in kb.clauses.indices {
            let (allowed, _) = try enumerate(validityVars(clause), stopAtFirst: true) { _ in true }
            if allowed == 0 { return false }
        }
        return true
    }

    // MARK: Questions

    /// The clauses a yes/no question's subject names.
    func clauses(of form: OracleQuestion.Form) -> [Int] {
        switch form {
        case .clause(let clause, _): return [clause]
        case .possessive(let party, let action):
            return kb.clauses.indices.filter { kb.clauses[$0].holder == party && kb.clauses[$0].action == action }
        case .changes: return Array(kb.clauses.indices)
        }
    }

    /// The verdict of a yes/no question.
    func answer(_ question: OracleQuestion) throws(Refusal) -> Verdict {
        guard let time = question.time else { preconditionFailure("a yes/no question needs a time") }
        let subjects = clauses(of: question.form)
        var inForce = false
        if case .clause(_, let flag) = question.form { inForce = flag }
        let window = time.window
        var seeds: [Int] = []
        for clause in subjects {
            seeds += validityVars(clause)
            if !inForce { seeds += conditionVars(clause) }
        }
        if subjects.isEmpty { return .doesNotHold }
        var polarity: [Int: Polarity] = [:]
        func read(_ variable: Int, _ direction: Polarity) { polarity[variable] = polarity[variable, default: .none].with(direction) }
        for clause in subjects {
            let vars = validityVars(clause)
            read(vars[0], .down)
            if case .duration = kb.clauses[clause].end { read(vars[0], .up) }
            for variable in vars.dropFirst() { read(variable, .up) }
            guard !inForce else { continue }
            for (condition, variable) in zip(kb.clauses[clause].conditions, conditionVars(clause)) {
                read(variable, condition.isUnless ? .up : .down)
            }
        }
        return try verdict(seeds, polarity: polarity) { values in
            Self.meets(subjects.map { days($0, values, conditions: !inForce) }, window.first, window.last,
                       everyDay: window.everyDay)
        }
    }

    /// The rows of `what changed between low and high`, each with its certainty; rows in no allowed
    /// assignment are left out.
    func changes(between low: OracleDate, and high: OracleDate) throws(Refusal) -> [ChangeKey: Verdict] {
        let after = low.lastDay, upTo = high.lastDay
        var rows: [ChangeKey: Verdict] = [:]
        for clause in kb.clauses.indices {
            let seeds = validityVars(clause)
            let started = try verdict(seeds, polarity: [startVar[clause]: .mixed]) { values in
                let day = start(clause, values)
                return after < day && day <= upTo
            }
            if started != .doesNotHold { rows[ChangeKey(clause: clause, ended: false)] = started }
            if endIsUnknown[clause] { continue }
            let plan = plans[clause]
            var endVars = [plan.until, plan.cut].filter { $0 >= 0 }
            if plan.durationEnds != nil { endVars.append(plan.start) }
            let ended = try verdict(seeds, polarity: Dictionary(endVars.map { ($0, .mixed) }, uniquingKeysWith: { a, _ in a })) { values in
                let day = end(clause, values) + 1
                return after < day && day <= upTo
            }
            if ended != .doesNotHold { rows[ChangeKey(clause: clause, ended: true)] = ended }
        }
        return rows
    }
}
