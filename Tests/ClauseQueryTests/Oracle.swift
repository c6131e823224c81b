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
    var domains: [[Int]] = []
    private(set) var names: [String] = []
    private var effectiveVar: [Int] = []
    var eventVar: [Int] = []
    private var prospectVar: [Int] = []
    /// Where each clause's start comes from.
    private var startOf: [Reading] = []
    /// The clause's own stated end (`until`, or the unknown end when nothing ends it); nil for a
    /// duration or when a replacement, termination, exercise or lapse decides an unstated end.
    private var untilVar: [Int?] = []
    private var onVar: [Int?] = []
    /// True when the clause's end is unknown and nothing ends it: such ends are never change rows.
    private(set) var endIsUnknown: [Bool] = []
    /// The day each power an `exercised` names is exercised on.
    var exerciseOf: [Int: Reading] = [:]
    /// The offset tables already built, by offset.
    var shiftTables: [OracleKB.Offset: Int] = [:]
    /// Every offset table, one after another, each from `OracleCalendar.first` to `OracleCalendar.last`.
    var shifted: [Int] = []
    /// What every allowed assignment must satisfy, the variables each reads, and the variables that
    /// draw it into a question's component (`constraintVars` but for the window of a power no record depends on).
    var constraints: [Constraint] = []
    var constraintVars: [[Int]] = []
    var constraintTriggers: [[Int]] = []
    // The constraints as flat arrays, for the hot loop: kind (the case's position in `Constraint`), clause, day, flag.
    var constraintKind: [Int] = [], constraintClause: [Int] = [], constraintDay: [Int] = [], constraintFlag: [Int] = []
    private(set) var plans: [Plan] = []
    // The plans' fields as flat arrays, for the hot loop; a reading is coded as `store` says (`Int.min` for no cut).
    private(set) var planUntil: [Int] = [], planCutShift: [Int] = []
    private var planStartAt: [Int] = [], planCutAt: [Int] = []
    private var planDurationOffset: [Int] = []
    private var durationEnds: [Int] = []
    /// The readings of the hot loop that read more than a variable, three numbers each: variable, flag, shift.
    var readingTable: [Int] = []
    let calendarFirst = OracleCalendar.first, calendarLast = OracleCalendar.last
    /// How many partial assignments one question may visit (those with more than 50 times as many
    /// candidates are refused at once).
    var limit = 150_000
    /// False to try every day of every variable, without the monotone reduction of `enumerate`.
    var reduces = true

    /// The last day the duration tables cover (a start from an exercise may come after the calendar's last day).
    static let tableLast = OracleCalendar.day(2025, 12, 31)

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
            for condition in clause.conditions {
                if case .exercise(let power) = condition.subject { _ = exercise(of: power) }
            }
            switch clause.from {
            case .exercised(let power, let offset)?:
                var reading = exercise(of: power)
                if let offset { reading.shift = shiftTable(offset) }
                startOf.append(reading)
            case let from?: startOf.append(Reading(variable: add(from, "\(name) from", asEnd: false)))
            case nil: startOf.append(Reading(variable: effectiveVar[clause.agreement]))
            }
            var unknownEnd = false
            switch clause.end {
            case .duration: untilVar.append(nil)
            case .until(let instant) where instant != .unknown: untilVar.append(add(instant, "\(name) until", asEnd: true))
            case .until, .unstated:
                if clause.ending == nil && kb.option(of: index) == nil {
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
        planUntil = plans.map(\.until)
        planCutShift = plans.map(\.cutShift)
        planStartAt = plans.map { store($0.start) }
        planCutAt = plans.map { $0.cut.variable >= 0 ? store($0.cut) : Int.min }
        for index in plans.indices {
            plans[index].ifsAt = plans[index].ifs.map { store($0) }
            plans[index].unlessesAt = plans[index].unlesses.map { store($0) }
        }
        for plan in plans {
            planDurationOffset.append(plan.durationEnds == nil ? -1 : durationEnds.count)
            durationEnds += plan.durationEnds ?? []
        }
        for clause in kb.clauses.indices { addConstraint(.validity(clause), validityVars(clause)) }
        addOptionConstraints()
    }

    /// Where a clause's days come from, as variables (−1 for none), read in the hot loop.
    struct Plan {
        var start: Reading
        var until = -1
        /// For a duration: the last day for each start day from `OracleCalendar.first` to `Oracle.tableLast`.
        var durationEnds: [Int]?
        /// The day that ends the clause (`on`, the successor's start, the agreement's effective day, the
        /// exercise or lapse), and how many days before it the clause's last day is.
        var cut = Reading(variable: -1)
        var cutShift = 1
        var ifs: [Reading] = []
        var unlesses: [Reading] = []
        /// The conditions' readings as offsets into `readingTable`.
        var ifsAt: [Int] = [], unlessesAt: [Int] = []
    }

    private func plan(_ clause: Int) -> Plan {
        let spec = kb.clauses[clause]
        var plan = Plan(start: startOf[clause], until: untilVar[clause] ?? -1)
        if case .duration(let count, let unit) = spec.end {
            // Starts are calendar days or sentinels; a sentinel start keeps its sentinel end.
            plan.durationEnds = (OracleCalendar.first...Self.tableLast).map { OracleCalendar.end(startingOn: $0, for: count, unit) }
        }
        if let option = kb.option(of: clause) {
            plan.cut = Reading(variable: eventVar[option.event])
            plan.cutShift = 0
        } else if let ending = spec.ending {
            if let on = onVar[clause] {
                plan.cut = Reading(variable: on)
            } else {
                switch ending.target {
                case .clause(let successor): plan.cut = startOf[successor]
                case .agreement(let agreement): plan.cut = Reading(variable: effectiveVar[agreement])
                }
            }
        }
        for (condition, reading) in zip(spec.conditions, conditionReadings(clause)) {
            if condition.isUnless { plan.unlesses.append(reading) } else { plan.ifs.append(reading) }
        }
        // A clause from an exercise holds only if the power is exercised.
        if case .exercised(let power, _)? = spec.from { plan.ifs.append(exerciseOf[power]!) }
        return plan
    }

    // MARK: Variables

    mutating func add(days: [Int], _ name: String) -> Int {
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
        case .exercised: preconditionFailure("an exercise's day is read from its power's variables")
        }
    }

    /// The variables a clause's validity reads: its start and whatever decides its end.
    func validityVars(_ clause: Int) -> [Int] {
        var vars = plans[clause].start.vars
        if planUntil[clause] >= 0 { vars.append(planUntil[clause]) }
        if plans[clause].cut.variable >= 0 { vars += plans[clause].cut.vars }
        return vars
    }

    /// The variables a clause's stated end reads: its start and its `until`.
    func statedEndVars(_ clause: Int) -> [Int] { plans[clause].start.vars + (planUntil[clause] >= 0 ? [planUntil[clause]] : []) }

    /// Where the day of each of a clause's stated conditions comes from.
    func conditionReadings(_ clause: Int) -> [Reading] {
        kb.clauses[clause].conditions.map { condition in
            switch condition.subject {
            case .event(let event): return Reading(variable: eventVar[event])
            case .prospect(let prospect): return Reading(variable: prospectVar[prospect])
            case .exercise(let power): return exerciseOf[power]!
            }
        }
    }

    /// The variables of a clause's conditions, the one a start from an exercise implies included.
    func conditionVars(_ clause: Int) -> [Int] { (plans[clause].ifs + plans[clause].unlesses).flatMap(\.vars) }

    // MARK: One assignment

    /// The clause's first valid day in the assignment; `never` when it starts from an exercise that never comes.
    func start(_ clause: Int, _ values: [Int]) -> Int { value(at: planStartAt[clause], values) }

    /// The clause's last day by its own stated end: an `until`, a duration from its start, or unknown.
    func statedEnd(_ clause: Int, _ values: [Int]) -> Int {
        let offset = planDurationOffset[clause]
        if offset >= 0 {
            let first = start(clause, values)
            return first >= calendarFirst && first <= Self.tableLast ? durationEnds[offset + first - calendarFirst] : first
        }
        return planUntil[clause] >= 0 ? values[planUntil[clause]] : OracleCalendar.plusInfinity
    }

    /// The clause's last valid day in the assignment: its stated end, cut to the day before what replaced
    /// or terminated it, or to the day of the exercise or lapse that ended it.
    func end(_ clause: Int, _ values: [Int]) -> Int {
        var last = statedEnd(clause, values)
        let cut = planCutAt[clause]
        if cut != Int.min { last = min(last, value(at: cut, values) - planCutShift[clause]) }
        return last
    }

    /// The days, first to last, on which the clause holds in the assignment: valid, every `if` met,
    /// no `unless` met; empty when first > last. With `conditions` false, only validity counts.
    func days(_ clause: Int, _ values: [Int], conditions: Bool = true) -> (first: Int, last: Int) {
        var first = start(clause, values)
        if first == OracleCalendar.never { return (first, first - 1) }
        var last = end(clause, values)
        guard conditions else { return (first, last) }
        let plan = plans[clause]
        for offset in plan.ifsAt { first = max(first, value(at: offset, values)) }
        for offset in plan.unlessesAt {
            let day = value(at: offset, values)
            if day != OracleCalendar.never { last = min(last, day - 1) }
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

    /// The variables sharing a constraint with any of `seeds`, transitively, and the constraints that read
    /// them. The window of a power no record depends on joins only when its own exercise variables have,
    /// unless `complete`: leaving it out allows nothing more, since "never exercised" always meets it.
    func component(of seeds: [Int], complete: Bool = false) -> (vars: [Int], constraints: [Int]) {
        var vars = Set(seeds)
        var chosen = Set<Int>()
        var changed = true
        while changed {
            changed = false
            for index in constraints.indices where !chosen.contains(index) {
                if (complete ? constraintVars[index] : constraintTriggers[index]).contains(where: vars.contains) {
                    chosen.insert(index)
                    vars.formUnion(constraintVars[index])
                    changed = true
                }
            }
        }
        return (vars.sorted(), chosen.sorted())
    }

    /// Tries the assignments of the variables `seeds` depend on that meet each affected constraint (a
    /// clause's start ≤ end, an option's window); returns how many were allowed and how many of those
    /// made `test` true, stopping early once both outcomes are seen, or at the first allowed assignment
    /// when `stopAtFirst`.
    ///
    /// Every day of every domain is tried, except for a variable the test reads with one polarity
    /// (`polarity`) and whose constraints read only variables tried in full: for fixed values of
    /// those, the days it may take form one interval of its domain (each constraint is an up-set or
    /// a down-set of it), and a test monotone in it is true or false at one of that interval's two
    /// ends whenever it is anywhere, so those two days stand for all; one, when the test does not read
    /// it. `reduces` false tries every day.
    func enumerate(_ seeds: [Int], polarity: [Int: Polarity] = [:], stopAtFirst: Bool = false, complete: Bool = false,
                   _ test: ([Int]) -> Bool) throws(Refusal) -> (allowed: Int, true: Int) {
        let (vars, chosen) = component(of: seeds, complete: complete)
        var neighbours: [Int: Set<Int>] = [:]
        for constraint in chosen {
            let read = constraintVars[constraint]
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
        // A constraint is checked as soon as the last variable it reads is assigned.
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        var checksAt = Array(repeating: [Int](), count: order.count)
        for constraint in chosen {
            let depth = constraintVars[constraint].map { position[$0]! }.max()!
            checksAt[depth].append(constraint)
        }
        var state = (values: Array(repeating: 0, count: domains.count), allowed: 0, passing: 0, done: false, steps: 0)
        let unread = order.map { polarity[$0, default: .none] == .none }

        func allowed(_ depth: Int, _ index: Int) -> Bool {
            state.values[order[depth]] = domains[order[depth]][index]
            for constraint in checksAt[depth] where !satisfied(constraint, state.values) { return false }
            return true
        }
        /// The first and last index of the allowed interval of the domain at `depth`: each constraint
        /// checked there allows a prefix or a suffix of the domain, found by bisection.
        func allowedEnds(_ depth: Int) -> [Int] {
            let count = domains[order[depth]].count
            var low = 0, high = count - 1
            for constraint in checksAt[depth] {
                func holds(_ index: Int) -> Bool {
                    state.values[order[depth]] = domains[order[depth]][index]
                    return satisfied(constraint, state.values)
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
                let ends = allowedEnds(depth)
                for end in 0..<(unread[depth] ? min(1, ends.count) : ends.count) where !state.done {
                    if allowed(depth, ends[end]) { visit(depth + 1) }
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

    /// True when every constraint can be met (each group of linked clauses on its own).
    func isSatisfiable() throws(Refusal) -> Bool {
        for clause in kb.clauses.indices {
            let (allowed, _) = try enumerate(validityVars(clause), stopAtFirst: true, complete: true) { _ in true }
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
        // A flag says only whether an exercise comes at all: read either way.
        func read(_ reading: Reading, _ direction: Polarity) {
            read(reading.variable, direction)
            if reading.flag >= 0 { read(reading.flag, .mixed) }
        }
        for clause in subjects {
            let plan = plans[clause]
            read(plan.start, .down)
            if plan.durationEnds != nil { read(plan.start, .up) }
            if plan.until >= 0 { read(plan.until, .up) }
            if plan.cut.variable >= 0 { read(plan.cut, .up) }
            guard !inForce else { continue }
            for reading in plan.ifs { read(reading, .down) }
            for reading in plan.unlesses { read(reading, .up) }
        }
        return try verdict(seeds, polarity: polarity) { values in
            var intervals: [(first: Int, last: Int)] = []
            for clause in subjects { intervals.append(days(clause, values, conditions: !inForce)) }
            return Self.meets(intervals, window.first, window.last, everyDay: window.everyDay)
        }
    }

    /// The rows of `what changed between low and high`, each with its certainty; rows in no allowed
    /// assignment are left out.
    func changes(between low: OracleDate, and high: OracleDate) throws(Refusal) -> [ChangeKey: Verdict] {
        let after = low.lastDay, upTo = high.lastDay
        var rows: [ChangeKey: Verdict] = [:]
        for clause in kb.clauses.indices {
            let seeds = validityVars(clause)
            let plan = plans[clause]
            let started = try verdict(seeds, polarity: Dictionary(plan.start.vars.map { ($0, .mixed) }, uniquingKeysWith: { a, _ in a })) { values in
                let day = start(clause, values)
                return after < day && day <= upTo
            }
            if started != .doesNotHold { rows[ChangeKey(clause: clause, ended: false)] = started }
            if endIsUnknown[clause] { continue }
            // A clause that never starts never ends either.
            var endVars = [plan.until].filter { $0 >= 0 } + plan.cut.vars.filter { $0 >= 0 }
            endVars += plan.durationEnds != nil ? plan.start.vars : plan.start.flag >= 0 ? [plan.start.flag] : []
            let ended = try verdict(seeds, polarity: Dictionary(endVars.map { ($0, .mixed) }, uniquingKeysWith: { a, _ in a })) { values in
                guard start(clause, values) != OracleCalendar.never else { return false }
                let day = end(clause, values) + 1
                return after < day && day <= upTo
            }
            if ended != .doesNotHold { rows[ChangeKey(clause: clause, ended: true)] = ended }
        }
        return rows
    }
}
