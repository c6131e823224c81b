/// A Gregorian date written at year, month or day precision.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How much of the date is written: `2031` (year), `2025-11` (month) or `2026-04-28` (day).
    public enum Precision: Int, Sendable { case year, month, day }

    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    /// The year, 1...9999.
    public var year: Int { Int(storedYear) }
    /// 1...12, or 0 at year precision.
    public var month: Int { Int(storedMonth) }
    /// 1...31, or 0 at year or month precision.
    public var day: Int { Int(storedDay) }

    /// A date, or nil when the fields do not name one (month 13, 30 February, year 0).
    public init?(year: Int, month: Int = 0, day: Int = 0) {
        guard (1...9999).contains(year) else { return nil }
        if month == 0 && day != 0 { return nil }
        if month != 0 && !(1...12).contains(month) { return nil }
        if day != 0 && !(1...CalendarDate.daysIn(month: month, year: year)).contains(day) { return nil }
        self.storedYear = Int16(year)
        self.storedMonth = UInt8(month)
        self.storedDay = UInt8(day)
    }

    /// Year, month or day, from which of `month` and `day` are 0.
    public var precision: Precision { day != 0 ? .day : month != 0 ? .month : .year }

    /// As written: 2031, 2025-11, 2026-04-28.
    public var description: String {
        let yearText = String(year).leftPadded(to: 4)
        switch precision {
        case .year: return yearText
        case .month: return "\(yearText)-\(String(month).leftPadded(to: 2))"
        case .day: return "\(yearText)-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
        }
    }

    /// Day number of the first day the date covers.
    public var firstDay: Int {
        DayNumber.of(year: year, month: max(month, 1), day: max(day, 1))
    }

    /// Day number of the last day the date covers.
    public var lastDay: Int {
        switch precision {
        case .day: return firstDay
        case .month: return DayNumber.of(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        case .year: return DayNumber.of(year: year, month: 12, day: 31)
        }
    }

    /// The period just before this one at the same precision: 2026 → 2025, 2026-01 → 2025-12.
    public var previous: CalendarDate? {
        switch precision {
        case .year: return CalendarDate(year: year - 1)
        case .month: return month == 1 ? CalendarDate(year: year - 1, month: 12) : CalendarDate(year: year, month: month - 1)
        case .day:
            let (y, m, d) = DayNumber.civil(firstDay - 1)
            return CalendarDate(year: y, month: m, day: d)
        }
    }

    /// Orders by first day, then by last day, so a month comes before the year that starts with it (2026-01 < 2026).
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.firstDay, a.lastDay) < (b.firstDay, b.lastDay)
    }

    /// True when `year` is a leap year of the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1...12) of `year`; February has 29 in leap years.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public static func parse(_ text: String) -> CalendarDate? {
        parse(Array(text.utf8)[...])
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from UTF-8 bytes.
    public static func parse(_ bytes: ArraySlice<UInt8>) -> CalendarDate? {
        guard [4, 7, 10].contains(bytes.count) else { return nil }
        var fields: [Int] = []
        var value = 0
        var digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") {
                guard digits == (fields.isEmpty ? 4 : 2) else { return nil }
                fields.append(value)
                value = 0
                digits = 0
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
        }
        guard digits == (fields.isEmpty ? 4 : 2) else { return nil }
        fields.append(value)
        return CalendarDate(year: fields[0], month: fields.count > 1 ? fields[1] : 0, day: fields.count > 2 ? fields[2] : 0)
    }
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar.
enum DayNumber {
    static func of(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(_ dayNumber: Int) -> (Int, Int, Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
