#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClauseQuery

extension Terminal {
    /// The columns pictures may use: `COLUMNS` when it is a positive number, else the width of the
    /// terminal standard output is on, else 80.
    public static var width: Int {
        if let text = getenv("COLUMNS").map({ String(cString: $0) }), let columns = Int(text), columns > 0 {
            return columns
        }
        return size(descriptor: 1)?.columns ?? 80
    }

    /// True when the locale's character set is UTF-8: the first of `LC_ALL`, `LC_CTYPE` and `LANG` that is
    /// set says so; with none set, the C locale is ASCII.
    public static var localeIsUTF8: Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty else { continue }
            let lowered = value.lowercased()
            return lowered.contains("utf-8") || lowered.contains("utf8")
        }
        return false
    }

    /// Today's date in local time.
    package static var today: CalendarDate? {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return nil }
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }

    /// What pictures need to know of the terminal: its width and character set, and `today` (the
    /// system date when nil).
    package static func pictureSettings(today: CalendarDate? = nil) -> PictureSettings {
        PictureSettings(width: width, today: today ?? Terminal.today, unicode: localeIsUTF8)
    }
}
