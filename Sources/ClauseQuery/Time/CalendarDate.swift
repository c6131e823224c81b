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
    package init?(year: Int, month: Int = 0, day: Int = 0) {
        guard (1...9999).contains(year) else { return nil }
        if month == 0 && day != 0 { return nil }
        if month != 0 && !(1...12).contains(month) { return nil }
        if day != 0 && !(1...CalendarDate.daysIn(month: month, year: year)).contains(day) { return nil }
        self.storedYear = Int16(year)
        self.storedMonth = UInt8(month)
        self.storedDay = UInt8(day)
    }

    /// The day written `YYYY-MM-DD`, or nil when the text is not one.
    package init?(day text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Year, month or day, from which of `month` and `day` are 0.
    public var precision: Precision { day != 0 ? .day : month != 0 ? .month : .year }

    /// As written: 2031, 2025-11, 2026-04-28.
    public var description: String {
        String(unsafeUninitializedCapacity: Self.longestText) { text in text.baseAddress.map(write) ?? 0 }
    }

    /// The most bytes `write` writes.
    static let longestText = 10

    /// Writes the date as `description` reads to `text`, which has room for `longestText` bytes, and
    /// says how many bytes it wrote.
    func write(to text: UnsafeMutablePointer<UInt8>) -> Int {
        let length = precision == .year ? 4 : precision == .month ? 7 : 10
        let (year, month, day) = (year, month, day)
        func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value % 10) }
        (text[0], text[1], text[2], text[3]) = (digit(year / 1000), digit(year / 100), digit(year / 10), digit(year))
        if length > 4 { (text[4], text[5], text[6]) = (UInt8(ascii: "-"), digit(month / 10), digit(month)) }
        if length > 7 { (text[7], text[8], text[9]) = (UInt8(ascii: "-"), digit(day / 10), digit(day)) }
        return length
    }

    /// Day number of the first day the date covers.
    package var firstDay: Int {
        DayNumber.of(year: year, month: max(month, 1), day: max(day, 1))
    }

    /// Day number of the last day the date covers.
    package var lastDay: Int {
        switch precision {
        case .day: return firstDay
        case .month: return DayNumber.of(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        case .year: return DayNumber.of(year: year, month: 12, day: 31)
        }
    }

    /// The period just before this one at the same precision: 2026 → 2025, 2026-01 → 2025-12.
    package var previous: CalendarDate? {
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
    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1...12) of `year`; February has 29 in leap years.
    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    package static func parse(_ text: String) -> CalendarDate? {
        parse(Array(text.utf8)[...])
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from UTF-8 bytes.
    package static func parse(_ bytes: ArraySlice<UInt8>) -> CalendarDate? {
        try? read(bytes).get()
    }

    /// Why some date text names no calendar date, in words for a diagnostic.
    struct Invalid: Error, Equatable {
        /// What is wrong, such as "2031 has no month 13" or "February 2031 has 28 days".
        var message: String
    }

    /// The names of the months, January first.
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, saying precisely what is wrong when the text names no date:
    /// a year of other than four digits or year 0, a month outside 1...12, a day 0 or past the month's end.
    static func read(_ bytes: ArraySlice<UInt8>) -> Result<CalendarDate, Invalid> {
        // Messages are built only on failure: reading a valid date allocates nothing.
        func malformed() -> Invalid {
            Invalid(message: "malformed date '\(String(decoding: bytes.prefix(64), as: UTF8.self))'; "
                        + "write YYYY, YYYY-MM or YYYY-MM-DD")
        }
        // Up to three fields, kept in place: a date of three fields has no room for a fourth.
        var fields = (first: (value: 0, digits: 0), second: (value: 0, digits: 0), third: (value: 0, digits: 0))
        var count = 0, value = 0, digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") {
                guard digits > 0, count < 2 else { return .failure(malformed()) }
                if count == 0 { fields.first = (value, digits) } else { fields.second = (value, digits) }
                count += 1
                (value, digits) = (0, 0)
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if digits < 9 { value = value * 10 + Int(byte - UInt8(ascii: "0")) } else { value = Int.max }
                digits += 1
            } else {
                return .failure(malformed())
            }
        }
        guard digits > 0 else { return .failure(malformed()) }
        switch count {
        case 0: fields.first = (value, digits)
        case 1: fields.second = (value, digits)
        default: fields.third = (value, digits)
        }
        count += 1
        guard count < 2 || fields.second.digits == 2, count < 3 || fields.third.digits == 2 else {
            return .failure(malformed())
        }
        let year = fields.first
        let yearText = { String(decoding: bytes.prefix { $0 != UInt8(ascii: "-") }, as: UTF8.self) }
        if year.digits > 4 {
            return .failure(Invalid(message: "year \(yearText().prefix(20)) has \(year.digits) digits; years run from 1 to 9999"))
        }
        guard year.digits == 4 else { return .failure(malformed()) }
        guard year.value != 0 else { return .failure(Invalid(message: "year 0 does not exist; years run from 1 to 9999")) }
        guard count > 1 else { return CalendarDate(year: year.value).map { .success($0) } ?? .failure(malformed()) }
        let month = fields.second.value
        guard (1...12).contains(month) else {
            return .failure(Invalid(message: "\(yearText()) has no month \(month); months run from 1 to 12"))
        }
        guard count > 2 else {
            return CalendarDate(year: year.value, month: month).map { .success($0) } ?? .failure(malformed())
        }
        let day = fields.third.value
        let days = daysIn(month: month, year: year.value)
        guard day != 0, day <= days else {
            let monthName = "\(monthNames[month - 1]) \(yearText())"
            return .failure(Invalid(message: day == 0 ? "there is no day 0; \(monthName) has days 1 to \(days)"
                                                      : "\(monthName) has \(days) days"))
        }
        return CalendarDate(year: year.value, month: month, day: day).map { .success($0) } ?? .failure(malformed())
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
