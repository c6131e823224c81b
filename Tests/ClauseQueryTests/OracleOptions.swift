/// The oracle's reading of options (DESIGN §2): a power's exercise is one more unknown day, which a
/// recorded event gives, a recorded lapse makes never, and otherwise is any day of the power's window
/// or never, the window running from the power's start to its stated end, before what replaces or
/// terminates it (else a renewal replacing the power from its exercise would leave no day to exercise it).
extension Oracle {
    /// A day an assignment gives: a variable's value, or never when the `flag` variable (if any) is 0,
    /// moved by the offset table at `shift` (if any).
    struct Reading: Hashable {
        var variable: Int
        var flag = -1
        var shift = -1

        /// The variables the reading reads.
        var vars: [Int] { flag >= 0 && flag != variable ? [variable, flag] : [variable] }
    }

    /// What an allowed assignment must satisfy, each an up-set or a down-set of each variable it reads
    /// once the others are fixed, as `Oracle.enumerate` needs (so a window is two constraints).
    enum Constraint: Hashable {
        /// The clause starts no later than it ends, or never starts.
        case validity(Int)
        /// The power's exercise or lapse, on the event's day `day`, comes no earlier than the power starts.
        case recordedAfterStart(power: Int, day: Int)
        /// The power's exercise, on the event's day `day`, comes no later than its stated end.
        case exerciseBeforeEnd(power: Int, day: Int)
        /// With nothing recorded, the power's exercise (`flag` 1, on `day`) comes no earlier than it starts;
        /// with none (`flag` 0), `day` keeps its first value so that it adds no assignments.
        case windowOpens(power: Int, day: Int, flag: Int)
        /// With nothing recorded, the power's exercise, if any, comes no later than its stated end.
        case windowCloses(power: Int, day: Int, flag: Int)
    }

    /// The hot loop's code for `reading`: its variable, or −1 − its offset in `readingTable`.
    mutating func store(_ reading: Reading) -> Int {
        if reading.flag < 0 && reading.shift < 0 { return reading.variable }
        readingTable += [reading.variable, reading.flag, reading.shift]
        return -1 - (readingTable.count - 3)
    }

    /// The day the reading coded `code` gives in the assignment.
    func value(at code: Int, _ values: [Int]) -> Int {
        if code >= 0 { return values[code] }
        let offset = -1 - code
        let flag = readingTable[offset + 1]
        if flag >= 0 && values[flag] == 0 { return OracleCalendar.never }
        let day = values[readingTable[offset]], shift = readingTable[offset + 2]
        guard shift >= 0, day >= calendarFirst, day <= calendarLast else { return day }
        return shifted[shift + day - calendarFirst]
    }

    /// Adds a constraint, the variables it reads, and those that draw it into a component (all it reads by default).
    mutating func addConstraint(_ constraint: Constraint, _ vars: [Int], triggers: [Int]? = nil) {
        constraints.append(constraint)
        let (kind, clause, day, flag): (Int, Int, Int, Int)
        switch constraint {
        case .validity(let index): (kind, clause, day, flag) = (0, index, -1, -1)
        case .recordedAfterStart(let power, let event): (kind, clause, day, flag) = (1, power, event, -1)
        case .exerciseBeforeEnd(let power, let event): (kind, clause, day, flag) = (2, power, event, -1)
        case .windowOpens(let power, let exercise, let exercised): (kind, clause, day, flag) = (3, power, exercise, exercised)
        case .windowCloses(let power, let exercise, let exercised): (kind, clause, day, flag) = (4, power, exercise, exercised)
        }
        constraintKind.append(kind)
        constraintClause.append(clause)
        constraintDay.append(day)
        constraintFlag.append(flag)
        constraintVars.append(Array(Set(vars)).sorted())
        constraintTriggers.append(triggers ?? constraintVars.last!)
    }

    /// True when the assignment satisfies the constraint (written without `&&` or `||` around calls, whose
    /// closures copy the whole oracle in unoptimized builds).
    func satisfied(_ constraint: Int, _ values: [Int]) -> Bool {
        // The first constraints are the clauses' validity, in order.
        if constraint < planUntil.count {
            let first = start(constraint, values)
            if first == OracleCalendar.never { return true }
            return first <= end(constraint, values)
        }
        let clause = constraintClause[constraint], kind = constraintKind[constraint]
        let day = values[constraintDay[constraint]]
        if kind == 2 { return day <= statedEnd(clause, values) }
        var exercised = true
        if kind >= 3 { exercised = values[constraintFlag[constraint]] == 1 }
        if kind == 4 {
            if !exercised { return true }
            return day <= statedEnd(clause, values)
        }
        if !exercised { return day == domains[constraintDay[constraint]][0] }
        let first = start(clause, values)
        if first == OracleCalendar.never { return false }
        return first <= day
    }

    /// The day `reading` gives in the assignment.
    func value(_ reading: Reading, _ values: [Int]) -> Int {
        if reading.flag >= 0 && values[reading.flag] == 0 { return OracleCalendar.never }
        let day = values[reading.variable]
        guard reading.shift >= 0, day >= calendarFirst, day <= calendarLast else { return day }
        return shifted[reading.shift + day - calendarFirst]
    }

    /// The offset table for `offset` (built once): for each calendar day, that day moved by the offset.
    mutating func shiftTable(_ offset: OracleKB.Offset) -> Int {
        if let known = shiftTables[offset] { return known }
        let base = shifted.count
        shifted += (OracleCalendar.first...OracleCalendar.last).map { OracleCalendar.add(offset.count, offset.unit, to: $0) }
        shiftTables[offset] = base
        return base
    }

    /// Where the day `power` is exercised on comes from: the exercising event's variable; a constant never
    /// after a lapse; else a new flag saying whether the exercise comes at all and a new day, a day of the
    /// calendar (leaving out the sentinels only leaves out assignments, and keeps the window monotone).
    mutating func exercise(of power: Int) -> Reading {
        if let known = exerciseOf[power] { return known }
        let name = OracleKB.clause(power)
        let reading: Reading
        if let option = kb.option(of: power) {
            if option.lapses {
                let never = add(days: [0], "\(name) lapsed")
                reading = Reading(variable: never, flag: never)
            } else {
                reading = Reading(variable: eventVar[option.event])
            }
        } else {
            let flag = add(days: [0, 1], "\(name) exercised")
            reading = Reading(variable: add(days: Array(OracleCalendar.first...OracleCalendar.last), "\(name) exercised on"), flag: flag)
        }
        exerciseOf[power] = reading
        return reading
    }

    /// The earliest and latest day other than never `reading` may give, or nil when it is always never.
    func bounds(_ reading: Reading) -> (first: Int, last: Int)? {
        if reading.flag >= 0 && !domains[reading.flag].contains(1) { return nil }
        let days = domains[reading.variable]
        guard let first = days.first, let last = days.last else { return nil }
        var values = Array(repeating: 0, count: domains.count)
        values[reading.variable] = first
        let low = value(Reading(variable: reading.variable, shift: reading.shift), values)
        values[reading.variable] = last
        return (low, value(Reading(variable: reading.variable, shift: reading.shift), values))
    }

    /// Keeps to the days a power's window may hold the day of its recorded exercise or lapse, or of its
    /// unrecorded exercise (one day at least, the first, which stands for "never exercised").
    mutating func narrowExerciseDays() {
        for power in kb.clauses.indices {
            let variable: Int
            if let option = kb.option(of: power) {
                variable = eventVar[option.event]
            } else if let reading = exerciseOf[power], reading.flag != reading.variable {
                variable = reading.variable
            } else {
                continue
            }
            guard let start = bounds(plans[power].start) else { continue }
            let lapses = kb.option(of: power)?.lapses ?? false
            var last = OracleCalendar.plusInfinity
            if planUntil[power] >= 0 {
                last = domains[planUntil[power]].last ?? last
            } else if case .duration(let count, let unit) = kb.clauses[power].end {
                last = OracleCalendar.civil(start.last) == nil ? start.last : OracleCalendar.end(startingOn: start.last, for: count, unit)
            }
            let days = domains[variable].filter { $0 >= start.first && (lapses || $0 <= last) }
            domains[variable] = days.isEmpty && kb.option(of: power) == nil ? [OracleCalendar.first] : days
        }
    }

    /// The constraints options add: each exercise, recorded or not, within its window, and each lapse
    /// after the window opens.
    mutating func addOptionConstraints() {
        narrowExerciseDays()
        for option in kb.options {
            let power = option.power, day = eventVar[option.event]
            addConstraint(.recordedAfterStart(power: power, day: day), [day] + plans[power].start.vars)
            if !option.lapses { addConstraint(.exerciseBeforeEnd(power: power, day: day), [day] + statedEndVars(power)) }
        }
        for (power, reading) in exerciseOf.sorted(by: { $0.key < $1.key }) where kb.option(of: power) == nil {
            let triggers = hasRecordDependingOnExercise(of: power) ? nil : reading.vars
            addConstraint(.windowOpens(power: power, day: reading.variable, flag: reading.flag),
                          plans[power].start.vars + reading.vars, triggers: triggers)
            addConstraint(.windowCloses(power: power, day: reading.variable, flag: reading.flag),
                          statedEndVars(power) + reading.vars, triggers: triggers)
        }
    }

    /// True when some clause starting from the power's exercise, directly or through other exercises,
    /// has a recorded exercise or lapse, which says that the power was exercised.
    func hasRecordDependingOnExercise(of power: Int) -> Bool {
        var pending = [power], seen: Set<Int> = [power]
        while let next = pending.popLast() {
            for (index, clause) in kb.clauses.enumerated() where clause.startPower == next {
                guard seen.insert(index).inserted else { continue }
                if kb.option(of: index) != nil { return true }
                pending.append(index)
            }
        }
        return false
    }
}
