import Testing

/// Hand-worked cases for the brute-force oracle itself, so that its verdicts can be trusted.
@Suite struct OracleTests {
    typealias Instant = OracleKB.Instant
    static func d(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> OracleDate {
        OracleDate(year: year, month: month, day: day)
    }
    func d(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> OracleDate { Self.d(year, month, day) }

    func ask(_ kb: OracleKB, _ form: OracleQuestion.Form, _ time: OracleQuestion.Time) throws -> Oracle.Verdict {
        try Oracle(kb).answer(OracleQuestion(form: form, time: time))
    }

    @Test func durationsStartTheDayBeforeAndClampToTheMonthsLastDay() {
        let day = OracleCalendar.day
        #expect(OracleCalendar.end(startingOn: day(2024, 2, 29), for: 1, .years) == day(2025, 2, 28))
        #expect(OracleCalendar.end(startingOn: day(2024, 2, 1), for: 1, .months) == day(2024, 2, 29))
        #expect(OracleCalendar.end(startingOn: day(2021, 3, 1), for: 10, .days) == day(2021, 3, 10))
        #expect(OracleCalendar.end(startingOn: day(2021, 1, 1), for: 1, .years) == day(2021, 12, 31))
        #expect(OracleCalendar.end(startingOn: OracleCalendar.minusInfinity, for: 1, .years) == OracleCalendar.minusInfinity)
        #expect(d(2021).firstDay == day(2021, 1, 1) && d(2021).lastDay == day(2021, 12, 31))
        #expect(d(2020, 2).lastDay == day(2020, 2, 29))
        #expect(OracleCalendar.table.count == (OracleCalendar.day(2030, 12, 31) + 1))
    }

    @Test func instantsAreRangesOfDays() {
        let days = { (instant: Instant, end: Bool) in Oracle.days(of: instant, asEnd: end) }
        #expect(days(.date(d(2021)), false).count == 365)
        #expect(days(.date(d(2021, 3)), false).count == 31)
        #expect(days(.before(d(2021)), false) == [OracleCalendar.minusInfinity] + Array(OracleCalendar.first...OracleCalendar.day(2020, 12, 31)))
        #expect(days(.after(d(2023, 11)), true) == Array(OracleCalendar.day(2023, 12, 1)...OracleCalendar.last) + [OracleCalendar.plusInfinity])
        #expect(days(.between(d(2021, 11), d(2022)), false).count == 30 + 31 + 365)
        #expect(days(.open, false) == [OracleCalendar.minusInfinity])
        #expect(days(.open, true) == [OracleCalendar.plusInfinity])
        #expect(days(.unknown, true).count == OracleCalendar.last - OracleCalendar.first + 3)
    }

    /// DESIGN §4: on every day one of a replaced clause and its replacement holds, though each alone may.
    @Test func aReplacedClauseAndItsReplacementCoverTheSharedDay() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2020, 6))), .init(parties: [0], effective: .date(d(2022)))]
        kb.clauses = [
            .init(agreement: 0, holder: 0, action: "access", end: .until(.unknown),
                  ending: .init(replaced: true, target: .clause(1))),
            .init(agreement: 1, holder: 0, action: "access", end: .until(.date(d(2023)))),
        ]
        #expect(kb.text.contains("clause K1: right of A to access until unknown replaced by K2."))
        let union = OracleQuestion.Form.possessive(party: 0, action: "access")
        #expect(try ask(kb, union, .at(d(2022, 1, 15))) == .holds)
        #expect(try ask(kb, .clause(0, inForce: false), .at(d(2022, 1, 15))) == .mayHold)
        #expect(try ask(kb, .clause(1, inForce: false), .at(d(2022, 1, 15))) == .mayHold)
        #expect(try ask(kb, union, .throughout(d(2021))) == .holds)
        #expect(try ask(kb, union, .throughout(d(2020, 6))) == .mayHold)
        #expect(try ask(kb, union, .throughout(d(2020, 7))) == .holds)
        #expect(try ask(kb, .clause(0, inForce: false), .throughout(d(2021))) == .holds)
        #expect(try ask(kb, .clause(0, inForce: false), .in(d(2023))) == .doesNotHold)
        // The end is the day before the replacement: its change day is the replacement's day, in 2022.
        let rows = try Oracle(kb).changes(between: d(2021), and: d(2022))
        #expect(rows == [.init(clause: 0, ended: true): .holds, .init(clause: 1, ended: false): .holds])
    }

    @Test func aDurationFromAnUncertainStartMovesWithIt() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2021)))]
        kb.clauses = [.init(agreement: 0, holder: 0, action: "use", from: .date(d(2021, 3)), end: .duration(1, .years))]
        #expect(kb.text.contains("from 2021-03 for 1 year."))
        let clause = OracleQuestion.Form.clause(0, inForce: false)
        // Start in March 2021; end (start − 1) + 1 year, from 2022-02-28 to 2022-03-30.
        #expect(try ask(kb, clause, .at(d(2022, 2, 28))) == .holds)
        #expect(try ask(kb, clause, .at(d(2022, 3, 15))) == .mayHold)
        #expect(try ask(kb, clause, .at(d(2022, 3, 31))) == .doesNotHold)
        #expect(try ask(kb, clause, .throughout(d(2021, 4))) == .holds)
        #expect(try ask(kb, clause, .in(d(2022, 3))) == .mayHold)
        // Start and end are one unknown: the clause always runs exactly a year.
        #expect(try ask(kb, clause, .throughout(OracleDate(year: 2021, month: 3, day: 31))) == .holds)
        // Its change day, the day after the end, falls from 2022-03-01 to 2022-03-31.
        let rows = try Oracle(kb).changes(between: d(2022, 2), and: d(2022, 3))
        #expect(rows == [.init(clause: 0, ended: true): .holds])
        #expect(try Oracle(kb).changes(between: d(2022, 2), and: d(2022, 3, 15)) == [.init(clause: 0, ended: true): .mayHold])
    }

    @Test func conditionsOnDatedUndatedAndProspectEvents() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2021)))]
        kb.events = [.unknown, .date(d(2021, 6))]
        kb.prospectCount = 1
        kb.clauses = [
            .init(agreement: 0, holder: 0, action: "use", from: .date(d(2021, 1)), end: .until(.date(d(2022))),
                  conditions: [.init(isUnless: false, subject: .event(0))]),
            .init(agreement: 0, holder: 0, action: "use", from: .open, end: .until(.open),
                  conditions: [.init(isUnless: false, subject: .event(1))]),
            .init(agreement: 0, holder: 0, action: "use", from: .open, end: .until(.open),
                  conditions: [.init(isUnless: true, subject: .prospect(0))]),
            .init(agreement: 0, holder: 0, action: "use", from: .open, end: .until(.open),
                  conditions: [.init(isUnless: false, subject: .prospect(0))]),
        ]
        #expect(kb.text.contains("event E1 on unknown."))
        #expect(kb.text.contains("clause K2: right of A to use from open until open if E2."))
        func clause(_ index: Int, inForce: Bool = false) -> OracleQuestion.Form { .clause(index, inForce: inForce) }
        #expect(try ask(kb, clause(0), .in(d(2021))) == .mayHold)
        #expect(try ask(kb, clause(0, inForce: true), .in(d(2021))) == .holds)
        #expect(try ask(kb, clause(0), .after(d(2022))) == .doesNotHold)
        #expect(try ask(kb, clause(1), .in(d(2021))) == .holds)
        #expect(try ask(kb, clause(1), .throughout(d(2021))) == .doesNotHold)
        #expect(try ask(kb, clause(1), .at(d(2021, 6, 15))) == .mayHold)
        #expect(try ask(kb, clause(1), .at(d(2021, 7, 1))) == .holds)
        #expect(try ask(kb, clause(1), .before(d(2021, 6))) == .doesNotHold)
        #expect(try ask(kb, clause(2), .throughout(d(2022))) == .mayHold)
        #expect(try ask(kb, clause(3), .in(d(2022))) == .mayHold)
        #expect(try ask(kb, clause(3, inForce: true), .throughout(d(2022))) == .holds)
    }

    @Test func aClauseFromAnEventSharesItsDay() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2021)))]
        kb.events = [.date(d(2021, 5))]
        kb.clauses = [
            .init(agreement: 0, holder: 0, action: "use", from: .event(0), end: .until(.date(d(2022)))),
            .init(agreement: 0, holder: 0, action: "use", from: .open, end: .until(.open),
                  conditions: [.init(isUnless: true, subject: .event(0))]),
        ]
        #expect(kb.text.contains("clause K1: right of A to use from E1 until 2022."))
        // K2 stops the day before E1, K1 starts on it: together they hold on every day.
        #expect(try ask(kb, .possessive(party: 0, action: "use"), .throughout(d(2021))) == .holds)
        #expect(try ask(kb, .clause(0, inForce: false), .at(d(2021, 5, 10))) == .mayHold)
    }

    @Test func anUnknownEndIsNeverAChangeRowAndAnOpenStartNeverStarts() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2021, 3)))]
        kb.clauses = [
            .init(agreement: 0, holder: 0, action: "use"),
            .init(agreement: 0, holder: 0, action: "use", from: .open, end: .until(.date(d(2022, 6)))),
            .init(agreement: 0, holder: 0, action: "use", from: .date(d(2021)), end: .until(.date(d(2022)))),
        ]
        let rows = try Oracle(kb).changes(between: d(2021, 2), and: d(2022, 6))
        #expect(rows == [.init(clause: 0, ended: false): .holds, .init(clause: 1, ended: true): .mayHold,
                         .init(clause: 2, ended: false): .mayHold, .init(clause: 2, ended: true): .mayHold])
        let later = try Oracle(kb).changes(between: d(2022, 5), and: d(2022, 7))
        #expect(later == [.init(clause: 1, ended: true): .holds, .init(clause: 2, ended: true): .mayHold])
    }

    @Test func terminationByAnAgreementAndAnExplicitDayAndTheEarlierOfTwoEnds() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2021, 1, 1))), .init(parties: [0], effective: .date(d(2022, 3)))]
        kb.clauses = [
            .init(agreement: 0, holder: 0, action: "use", end: .until(.date(d(2022, 1))),
                  ending: .init(replaced: false, target: .agreement(1))),
            .init(agreement: 0, holder: 0, action: "use", end: .until(.date(d(2023))),
                  ending: .init(replaced: false, target: .agreement(1))),
            .init(agreement: 0, holder: 0, action: "use", ending: .init(replaced: false, target: .agreement(1), on: .date(d(2021, 6, 15)))),
        ]
        #expect(kb.text.contains("terminated by G2 on 2021-06-15."))
        #expect(try ask(kb, .clause(0, inForce: false), .in(d(2022, 2))) == .doesNotHold)
        #expect(try ask(kb, .clause(1, inForce: false), .in(d(2022, 2))) == .holds)
        #expect(try ask(kb, .clause(1, inForce: false), .in(d(2022, 3))) == .mayHold)
        #expect(try ask(kb, .clause(2, inForce: false), .at(d(2021, 6, 14))) == .holds)
        #expect(try ask(kb, .clause(2, inForce: false), .at(d(2021, 6, 15))) == .doesNotHold)
    }

    @Test func anImpossibleClauseHasNoAllowedAssignment() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2022)))]
        kb.clauses = [.init(agreement: 0, holder: 0, action: "use", end: .until(.before(d(2021))))]
        #expect(try Oracle(kb).isSatisfiable() == false)
        #expect(throws: Oracle.Refusal.noAllowedAssignment) { try ask(kb, .clause(0, inForce: false), .in(d(2022))) }
    }

    /// A power holds on the day an event exercises it; clauses waiting for the exercise hold from that day.
    @Test func aRecordedExerciseEndsThePowerOnItsDay() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2021, 1, 1)))]
        kb.events = [.date(d(2021, 6, 15))]
        kb.options = [.init(event: 0, power: 0)]
        kb.clauses = [
            .init(agreement: 0, holder: 0, action: "use", isPower: true, from: .date(d(2021, 1)), end: .until(.date(d(2021, 12)))),
            .init(agreement: 0, holder: 0, action: "use", from: .open, end: .until(.open),
                  conditions: [.init(isUnless: false, subject: .exercise(0))]),
            .init(agreement: 0, holder: 0, action: "sell", from: .exercised(0, .init(count: 2, unit: .months)), end: .until(.open)),
        ]
        #expect(kb.text.contains("event E1 on 2021-06-15 exercises K1."))
        #expect(kb.text.contains("clause K1: power of A to use from 2021-01 until 2021-12."))
        #expect(kb.text.contains("clause K2: right of A to use from open until open if exercised K1."))
        #expect(kb.text.contains("clause K3: right of A to sell from exercised K1 + 2 months until open."))
        func clause(_ index: Int) -> OracleQuestion.Form { .clause(index, inForce: false) }
        #expect(try ask(kb, clause(0), .at(d(2021, 6, 15))) == .holds)
        #expect(try ask(kb, clause(0), .at(d(2021, 6, 16))) == .doesNotHold)
        #expect(try ask(kb, clause(1), .at(d(2021, 6, 14))) == .doesNotHold)
        #expect(try ask(kb, clause(1), .at(d(2021, 6, 15))) == .holds)
        #expect(try ask(kb, clause(2), .at(d(2021, 8, 14))) == .doesNotHold)
        #expect(try ask(kb, clause(2), .at(d(2021, 8, 15))) == .holds)
        #expect(try Oracle(kb).changes(between: d(2021, 5), and: d(2021, 6)) == [.init(clause: 0, ended: true): .holds])
    }

    /// With nothing recorded, the exercise is any day of the window or never, and the power runs on.
    @Test func anUnrecordedExerciseMayComeOnAnyDayOfTheWindowOrNever() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2021, 1, 1)))]
        kb.clauses = [
            .init(agreement: 0, holder: 0, action: "use", isPower: true, from: .date(d(2021, 3)), end: .until(.date(d(2021, 5)))),
            .init(agreement: 0, holder: 0, action: "use", from: .open, end: .until(.open),
                  conditions: [.init(isUnless: false, subject: .exercise(0))]),
            .init(agreement: 0, holder: 0, action: "sell", from: .exercised(0, nil), end: .until(.date(d(2021, 12, 31)))),
        ]
        func clause(_ index: Int, inForce: Bool = false) -> OracleQuestion.Form { .clause(index, inForce: inForce) }
        #expect(try ask(kb, clause(0), .at(d(2021, 4, 15))) == .holds)
        #expect(try ask(kb, clause(1), .in(d(2021, 2))) == .doesNotHold)
        #expect(try ask(kb, clause(1), .at(d(2021, 6, 1))) == .mayHold)
        #expect(try ask(kb, clause(2), .in(d(2021, 2))) == .doesNotHold)
        // K3 starts only if K1 is exercised, so even its validity is never certain.
        #expect(try ask(kb, clause(2, inForce: true), .at(d(2021, 12, 31))) == .mayHold)
        #expect(try Oracle(kb).changes(between: d(2021, 2), and: d(2021, 5))
                == [.init(clause: 0, ended: false): .holds, .init(clause: 0, ended: true): .mayHold,
                    .init(clause: 2, ended: false): .mayHold])
    }

    /// A renewal that replaces the power from the day it is exercised leaves no day uncovered.
    @Test func aRenewalFromTheExerciseReplacesThePowerWithoutAGap() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2021, 1, 1)))]
        kb.clauses = [
            .init(agreement: 0, holder: 0, action: "use", isPower: true, from: .date(d(2021, 1, 1)),
                  end: .until(.date(d(2021, 12, 31))), ending: .init(replaced: true, target: .clause(1))),
            .init(agreement: 0, holder: 0, action: "use", from: .exercised(0, nil), end: .until(.date(d(2022, 12, 31)))),
        ]
        #expect(kb.text.contains("clause K2: right of A to use from exercised K1 until 2022-12-31."))
        #expect(try ask(kb, .possessive(party: 0, action: "use"), .throughout(d(2021))) == .holds)
        #expect(try ask(kb, .clause(0, inForce: false), .at(d(2021, 12, 31))) == .mayHold)
        #expect(try ask(kb, .clause(1, inForce: false), .at(d(2021, 6, 1))) == .mayHold)
        #expect(try ask(kb, .possessive(party: 0, action: "use"), .in(d(2022))) == .mayHold)
    }

    /// A recorded lapse ends the power on its day, and nothing waiting for the exercise ever holds.
    @Test func aLapseMeansNeverExercised() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2021, 1, 1)))]
        kb.events = [.date(d(2021, 4))]
        kb.options = [.init(event: 0, power: 0, lapses: true)]
        let exercised = OracleKB.Condition.Subject.exercise(0)
        kb.clauses = [
            .init(agreement: 0, holder: 0, action: "use", isPower: true, from: .date(d(2021, 1)), end: .until(.date(d(2021, 12)))),
            .init(agreement: 0, holder: 0, action: "use", from: .open, end: .until(.open), conditions: [.init(isUnless: false, subject: exercised)]),
            .init(agreement: 0, holder: 0, action: "sell", from: .exercised(0, nil), end: .until(.date(d(2021, 12, 31)))),
            .init(agreement: 0, holder: 0, action: "sell", from: .open, end: .until(.open), conditions: [.init(isUnless: true, subject: exercised)]),
        ]
        #expect(kb.text.contains("event E1 on 2021-04 lapses K1."))
        func clause(_ index: Int, inForce: Bool = false) -> OracleQuestion.Form { .clause(index, inForce: inForce) }
        #expect(try ask(kb, clause(0), .at(d(2021, 3, 31))) == .holds)
        #expect(try ask(kb, clause(0), .at(d(2021, 4, 30))) == .mayHold)
        #expect(try ask(kb, clause(0), .at(d(2021, 5, 1))) == .doesNotHold)
        #expect(try ask(kb, clause(1), .in(d(2021))) == .doesNotHold)
        #expect(try ask(kb, clause(2, inForce: true), .in(d(2021))) == .doesNotHold)
        #expect(try ask(kb, clause(3), .throughout(d(2021))) == .holds)
        #expect(try Oracle(kb).changes(between: d(2020), and: d(2021)) == [
            .init(clause: 0, ended: false): .holds, .init(clause: 0, ended: true): .holds])
    }

    /// An undated exercise falls within the window; one dated wholly outside it leaves no allowed assignment.
    @Test func anExerciseFallsWithinTheWindow() throws {
        var kb = OracleKB(partyCount: 1)
        kb.agreements = [.init(parties: [0], effective: .date(d(2021, 1, 1)))]
        kb.events = [.unknown]
        kb.options = [.init(event: 0, power: 0, undated: true)]
        kb.clauses = [.init(agreement: 0, holder: 0, action: "use", isPower: true, from: .date(d(2021, 1, 1)), end: .until(.date(d(2021, 12))))]
        #expect(kb.text.contains("event E1 exercises K1."))
        #expect(try ask(kb, .clause(0, inForce: false), .at(d(2021, 1, 1))) == .holds)
        #expect(try ask(kb, .clause(0, inForce: false), .at(d(2021, 12, 31))) == .mayHold)
        #expect(try ask(kb, .clause(0, inForce: false), .in(d(2022))) == .doesNotHold)
        kb.events = [.date(d(2022, 3))]
        kb.options = [.init(event: 0, power: 0)]
        #expect(try Oracle(kb).isSatisfiable() == false)
    }

    /// Trying two days for a monotone variable gives the verdicts trying every day gives.
    @Test func theMonotoneReductionAgreesWithTryingEveryDay() throws {
        var checked = 0
        for (seed, features) in (UInt64(1)...100).map({ ($0, OracleFeatures.all) }) + (UInt64(1)...30).map({ ($0, .withOptions) }) {
            var generator = OracleGenerator(seed: seed, features: features)
            let kb = generator.knowledgeBase()
            let reduced = Oracle(kb)
            var full = Oracle(kb)
            full.reduces = false
            full.limit = 40_000
            for question in generator.questions(about: kb) {
                let context = Comment(rawValue: "seed \(seed): \(question)\n\(kb.text)")
                if case .changes(let low, let high) = question.form {
                    guard let a = try? reduced.changes(between: low, and: high),
                          let b = try? full.changes(between: low, and: high) else { continue }
                    #expect(a == b, context)
                } else {
                    guard let a = try? reduced.answer(question), let b = try? full.answer(question) else { continue }
                    #expect(a == b, context)
                }
                checked += 1
            }
        }
        print("monotone reduction checked on \(checked) questions")
        #expect(checked > 100)
    }

    /// The interval shortcut agrees with looking at every day of the window.
    @Test func intervalsAgreeWithDayByDay() {
        var random = SeededRandom(seed: 7)
        let first = OracleCalendar.day(2021, 1, 1)
        for _ in 0..<2_000 {
            let intervals = (0..<random.int(0...3)).map { _ -> (first: Int, last: Int) in
                let a = first + random.int(0...60), b = first + random.int(0...60)
                return (a, b)
            }
            let low = first + random.int(0...60), high = low + random.int(0...20)
            let daily = (low...high).map { day in intervals.contains { $0.first <= day && day <= $0.last } }
            #expect(Oracle.meets(intervals, low, high, everyDay: false) == daily.contains(true))
            #expect(Oracle.meets(intervals, low, high, everyDay: true) == !daily.contains(false))
        }
    }
}
