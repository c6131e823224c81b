/// A small deterministic random source (SplitMix64), so that a seed names one generated case.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func pick<T>(_ choices: [T]) -> T { choices[Int.random(in: 0..<choices.count, using: &self)] }
}

/// Which parts of the language the generator uses.
struct OracleFeatures: OptionSet {
    let rawValue: Int
    /// `before D`, `after D`, `between D1 and D2` as instants.
    static let rangeInstants = OracleFeatures(rawValue: 1)
    /// `for N days|months|years`.
    static let durations = OracleFeatures(rawValue: 2)
    /// `if` / `unless` on events (dated and undated) and prospects.
    static let conditions = OracleFeatures(rawValue: 4)
    /// `from EVENT`.
    static let eventStarts = OracleFeatures(rawValue: 8)
    /// `is K in force …?`.
    static let inForce = OracleFeatures(rawValue: 16)
    /// Powers that events exercise or let lapse, `if` / `unless exercised K`, `from exercised K + N units`.
    static let options = OracleFeatures(rawValue: 32)

    /// What the library parses today: plain dates, `unknown`, `open`, replacements and terminations.
    static let today: OracleFeatures = []
    /// Every feature but options, which have a run of their own.
    static let all: OracleFeatures = [.rangeInstants, .durations, .conditions, .eventStarts, .inForce]
    /// Every feature, options included.
    static let withOptions: OracleFeatures = all.union(.options)
}

/// Generates small knowledge bases and questions about them, with dates mostly at month and year
/// precision in 2021–2022, inside the oracle's calendar.
struct OracleGenerator {
    var random: SeededRandom
    let features: OracleFeatures

    init(seed: UInt64, features: OracleFeatures) {
        random = SeededRandom(seed: seed)
        self.features = features
    }

    static let actions = ["use", "sell"]

    // MARK: Dates and instants

    /// A month of 2021–2022 by its position, 0 = January 2021.
    func month(_ position: Int) -> (year: Int, month: Int) {
        let clamped = min(max(position, 0), 23)
        return (2021 + clamped / 12, clamped % 12 + 1)
    }

    /// A date around month `position`: mostly a month, sometimes a year or a day.
    mutating func date(near position: Int) -> OracleDate {
        let (year, month) = month(position)
        let roll = random.int(0...99)
        if roll < 15 { return OracleDate(year: year) }
        if roll < 80 { return OracleDate(year: year, month: month) }
        return OracleDate(year: year, month: month, day: random.int(1...OracleCalendar.daysIn(month: month, year: year)))
    }

    /// A month-precision date around `position` (for ranges, whose domains are larger).
    mutating func monthDate(near position: Int) -> OracleDate {
        let (year, month) = month(position)
        return OracleDate(year: year, month: month)
    }

    /// An instant around month `position`; `open` only when `allowOpen`.
    mutating func instant(near position: Int, allowOpen: Bool) -> OracleKB.Instant {
        let roll = random.int(0...99)
        if roll < 6 { return .unknown }
        if allowOpen && roll < 12 { return .open }
        if features.contains(.rangeInstants) && roll >= 88 {
            switch random.int(0...2) {
            case 0: return .before(monthDate(near: position + 1))
            case 1: return .after(monthDate(near: position - 1))
            default:
                let low = position - random.int(0...1)
                return .between(monthDate(near: low), monthDate(near: low + random.int(0...2)))
            }
        }
        return .date(date(near: position))
    }

    // MARK: Knowledge bases

    mutating func knowledgeBase() -> OracleKB {
        var kb = OracleKB(partyCount: random.int(1...2))
        let agreementCount = random.int(1...2)
        var agreementMonth: [Int] = []
        for _ in 0..<agreementCount {
            let position = random.int(0...14)
            agreementMonth.append(position)
            let parties = kb.partyCount == 2 && random.chance(70) ? [0, 1] : [random.int(0...kb.partyCount - 1)]
            let effective: OracleKB.Instant = random.chance(8) ? .unknown : .date(date(near: position))
            kb.agreements.append(OracleKB.Agreement(parties: parties, effective: effective))
        }
        let clauseCount = random.int(1...4)
        var startMonth: [Int] = [], endMonth: [Int] = []
        for _ in 0..<clauseCount {
            let agreement = random.int(0...agreementCount - 1)
            var clause = OracleKB.Clause(agreement: agreement, holder: random.int(0...kb.partyCount - 1),
                                         action: random.chance(75) ? Self.actions[0] : Self.actions[1])
            var start = agreementMonth[agreement]
            // At most one clause starts from each power's exercise.
            let powers = kb.clauses.indices.filter { power in kb.clauses[power].isPower && !kb.clauses.contains { $0.startPower == power } }
            if features.contains(.options) {
                clause.isPower = random.chance(45)
            }
            if features.contains(.options) && !powers.isEmpty && random.chance(25) {
                let power = random.pick(powers)
                let offset = random.chance(50) ? nil : random.chance(50)
                    ? OracleKB.Offset(count: random.int(1...90), unit: .days) : OracleKB.Offset(count: random.int(1...6), unit: .months)
                clause.from = .exercised(power, offset)
                start = random.int(startMonth[power]...max(startMonth[power], endMonth[power])) + (offset == nil ? 0 : 2)
            } else if random.chance(55) {
                start = random.int(0...18)
                if features.contains(.eventStarts) && random.chance(15) {
                    clause.from = .event(newEvent(&kb, near: start, undated: false))
                } else {
                    clause.from = instant(near: start, allowOpen: true)
                }
            }
            startMonth.append(start)
            let roll = random.int(0...99)
            var end = start + 12
            if features.contains(.durations) && roll < 20 {
                clause.end = random.chance(60) ? .duration(random.int(1...18), .months)
                    : random.chance(50) ? .duration(random.int(1...2), .years) : .duration(random.int(20...400), .days)
            } else if roll < 35 {
                clause.end = .unstated
            } else {
                end = start + random.int(0...10)
                clause.end = .until(instant(near: end, allowOpen: true))
            }
            // An option's window usually closes on a stated month or day.
            if features.contains(.options) && clause.isPower && random.chance(70) {
                end = start + random.int(0...6)
                let (year, month) = month(end)
                clause.end = .until(.date(random.chance(50) ? OracleDate(year: year, month: month)
                    : OracleDate(year: year, month: month, day: random.int(1...OracleCalendar.daysIn(month: month, year: year)))))
            }
            endMonth.append(end)
            if features.contains(.conditions) && random.chance(30) {
                for _ in 0..<random.int(1...2) {
                    let subject: OracleKB.Condition.Subject
                    if random.chance(25) {
                        subject = .prospect(kb.prospectCount)
                        kb.prospectCount += 1
                    } else {
                        subject = .event(newEvent(&kb, near: random.int(0...23), undated: random.chance(30)))
                    }
                    clause.conditions.append(OracleKB.Condition(isUnless: random.chance(35), subject: subject))
                }
            }
            kb.clauses.append(clause)
        }
        addEndings(&kb, startMonth: startMonth, agreementMonth: agreementMonth)
        if features.contains(.options) { addOptions(&kb, startMonth: startMonth, endMonth: endMonth) }
        return kb
    }

    /// A new event around `position` (its day unknown when `undated`); returns its index.
    mutating func newEvent(_ kb: inout OracleKB, near position: Int, undated: Bool) -> Int {
        let instant: OracleKB.Instant = undated ? .unknown : instant(near: position, allowOpen: false)
        kb.events.append(instant == .open ? .unknown : instant)
        return kb.events.count - 1
    }

    /// Replacement chains (a clause replaced by a later one starting no earlier) and terminations by a later agreement.
    mutating func addEndings(_ kb: inout OracleKB, startMonth: [Int], agreementMonth: [Int]) {
        for index in kb.clauses.indices {
            let successors = kb.clauses.indices.filter { $0 > index && startMonth[$0] >= startMonth[index] }
            let laterAgreements = kb.agreements.indices.filter {
                $0 != kb.clauses[index].agreement && agreementMonth[$0] >= startMonth[index]
            }
            var ending: OracleKB.Ending?
            if !successors.isEmpty && random.chance(45) {
                ending = OracleKB.Ending(replaced: random.chance(75), target: .clause(random.pick(successors)))
            } else if !laterAgreements.isEmpty && random.chance(20) {
                ending = OracleKB.Ending(replaced: false, target: .agreement(random.pick(laterAgreements)))
            }
            guard var chosen = ending else { continue }
            if random.chance(12) {
                let position: Int
                switch chosen.target {
                case .clause(let successor): position = startMonth[successor]
                case .agreement(let agreement): position = agreementMonth[agreement]
                }
                chosen.on = .date(date(near: position))
            }
            kb.clauses[index].ending = chosen
            // Often the replacement decides an end the source does not state.
            if random.chance(50) { kb.clauses[index].end = random.chance(50) ? .unstated : .until(.unknown) }
        }
    }

    /// Conditions on exercises, and events that exercise a power within its window or record its lapse.
    mutating func addOptions(_ kb: inout OracleKB, startMonth: [Int], endMonth: [Int]) {
        let powers = kb.clauses.indices.filter { kb.clauses[$0].isPower }
        for index in kb.clauses.indices {
            let others = powers.filter { $0 != index }
            guard !others.isEmpty, random.chance(30) else { continue }
            kb.clauses[index].conditions.append(OracleKB.Condition(isUnless: random.chance(35), subject: .exercise(random.pick(others))))
        }
        // A power something else ends is neither exercised nor lapses.
        for power in powers where kb.clauses[power].ending == nil && random.chance(65) {
            let lapses = random.chance(25)
            let undated = !lapses && random.chance(20)
            let position = random.int(startMonth[power]...max(startMonth[power], endMonth[power]) + (lapses ? 2 : 0))
            kb.options.append(OracleKB.Option(event: newEvent(&kb, near: position, undated: undated), power: power,
                                              lapses: lapses, undated: undated))
        }
    }

    // MARK: Questions

    /// A period of 2021–2022: a year, a month or a day.
    mutating func period() -> OracleDate {
        let position = random.int(0...23)
        let (year, month) = month(position)
        switch random.int(0...9) {
        case 0...2: return OracleDate(year: year)
        case 3...7: return OracleDate(year: year, month: month)
        default: return OracleDate(year: year, month: month, day: random.int(1...OracleCalendar.daysIn(month: month, year: year)))
        }
    }

    mutating func time() -> OracleQuestion.Time {
        switch random.int(0...99) {
        case 0..<35: return .in(period())
        case 35..<55: return .throughout(period())
        case 55..<70:
            let position = random.int(0...23)
            let (year, month) = month(position)
            return .at(OracleDate(year: year, month: month, day: random.int(1...OracleCalendar.daysIn(month: month, year: year))))
        case 70..<80: return .before(period())
        case 80..<90: return .after(period())
        default:
            let low = period(), high = period()
            return low.firstDay <= high.lastDay ? .between(low, high) : .between(high, low)
        }
    }

    /// A yes/no question about one clause, one through a possessive, and a changes question.
    mutating func questions(about kb: OracleKB) -> [OracleQuestion] {
        var questions: [OracleQuestion] = []
        let inForce = features.contains(.inForce) && random.chance(25)
        questions.append(OracleQuestion(form: .clause(random.int(0...kb.clauses.count - 1), inForce: inForce), time: time()))
        let clause = kb.clauses[random.int(0...kb.clauses.count - 1)]
        questions.append(OracleQuestion(form: .possessive(party: clause.holder, action: clause.action), time: time()))
        // The first period ends before the second begins.
        var low = period(), high = period()
        if high.firstDay < low.firstDay { swap(&low, &high) }
        if low.lastDay < high.firstDay { questions.append(OracleQuestion(form: .changes(low, high), time: nil)) }
        return questions
    }
}
