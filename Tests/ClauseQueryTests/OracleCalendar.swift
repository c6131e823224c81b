/// The oracle's own model of days, independent of the library's `CalendarDate`: a table of every
/// civil day from 2015 to 2030, built by counting, where a day is its position in the table.
///
/// Instants and question periods stay inside `OracleCalendar.first ... OracleCalendar.last`
/// (2020–2023); the table runs further so that durations from late starts still land on days.
/// Unbounded ranges use the sentinels `minusInfinity` and `plusInfinity`, which stand for one day
/// far before and one far after the calendar; `never` is later than every day, sentinels included.
enum OracleCalendar {
    /// A civil date.
    struct Civil: Hashable, CustomStringConvertible {
        var year: Int, month: Int, day: Int
        var description: String {
            "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
    }

    static let tableYears = 2015...2030
    static let calendarYears = 2020...2023

    /// Every day of `tableYears`, in order.
    static let table: [Civil] = {
        var days: [Civil] = []
        for year in tableYears {
            for month in 1...12 {
                for day in 1...daysIn(month: month, year: year) { days.append(Civil(year: year, month: month, day: day)) }
            }
        }
        return days
    }()

    static let index: [Civil: Int] = Dictionary(uniqueKeysWithValues: table.enumerated().map { ($0.element, $0.offset) })

    static let minusInfinity = -1_000_000
    static let plusInfinity = 1_000_000
    /// The day of a prospect that never happens: later than every day, so `x <= d` never holds.
    static let never = 2_000_000

    static var first: Int { day(calendarYears.lowerBound, 1, 1) }
    static var last: Int { day(calendarYears.upperBound, 12, 31) }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The day number of a civil date inside the table.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
        guard let found = index[Civil(year: year, month: month, day: day)] else {
            fatalError("\(year)-\(month)-\(day) is outside the oracle's table")
        }
        return found
    }

    /// The civil date of a day number, or nil for a sentinel.
    static func civil(_ day: Int) -> Civil? { table.indices.contains(day) ? table[day] : nil }

    /// A day number as ISO text, or the sentinel's name.
    static func describe(_ day: Int) -> String {
        if day == never { return "never" }
        if day <= minusInfinity { return "-inf" }
        if day >= plusInfinity { return "+inf" }
        return civil(day)?.description ?? "day \(day)"
    }

    /// The unit of a duration.
    enum Unit: String, CaseIterable { case days, months, years }

    /// `date` moved by `count` units; months and years keep the day of month, clamped to the month's last day.
    /// Sentinels stay where they are.
    static func add(_ count: Int, _ unit: Unit, to date: Int) -> Int {
        guard let civil = civil(date) else { return date }
        switch unit {
        case .days: return date + count
        case .months, .years:
            let months = unit == .months ? count : 12 * count
            let total = civil.year * 12 + (civil.month - 1) + months
            let year = total / 12, month = total % 12 + 1
            return day(year, month, min(civil.day, daysIn(month: month, year: year)))
        }
    }

    /// The last day of a clause that starts on `start` and runs `count` units: (start − 1 day) + duration.
    static func end(startingOn start: Int, for count: Int, _ unit: Unit) -> Int {
        guard civil(start) != nil else { return start }
        return add(count, unit, to: start - 1)
    }
}

/// A date as the language writes it: a year, a month or a day.
struct OracleDate: Hashable, CustomStringConvertible {
    var year: Int
    var month: Int? = nil
    var day: Int? = nil

    var description: String {
        var text = String(year)
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }

    /// The first day the date covers.
    var firstDay: Int { OracleCalendar.day(year, month ?? 1, day ?? 1) }

    /// The last day the date covers.
    var lastDay: Int {
        let lastMonth = month ?? 12
        return OracleCalendar.day(year, lastMonth, day ?? OracleCalendar.daysIn(month: lastMonth, year: year))
    }
}
