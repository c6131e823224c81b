/// A sum of money in one currency, exact to the cent: `$38B`, `€100K`, `USD 1.5M`, `$120,000`.
package struct Money: Hashable, Sendable {
    /// The ISO 4217 code of the currency: `USD` for `$`, `EUR` for `€`.
    package var currency: String
    /// The sum in hundredths of the currency's unit.
    package var cents: Int

    package init(currency: String, cents: Int) {
        self.currency = currency
        self.cents = cents
    }

    /// The symbols written before a figure, and the currencies they stand for.
    package static let symbols: [(symbol: String, code: String)] = [("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY")]

    /// The ISO 4217 codes that may be written before a figure (`USD 1.5M`, `CHF 200K`).
    package static let codes: Set<String> = [
        "AED", "ARS", "AUD", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CZK", "DKK", "EGP", "EUR", "GBP", "HKD",
        "HUF", "IDR", "ILS", "INR", "JPY", "KRW", "MXN", "MYR", "NGN", "NOK", "NZD", "PEN", "PHP", "PKR", "PLN",
        "QAR", "RON", "RUB", "SAR", "SEK", "SGD", "THB", "TRY", "TWD", "UAH", "USD", "VND", "ZAR",
    ]

    /// The figure a MONEY token spells, or why it spells none: a symbol or code, digits with optional
    /// thousands separators and decimals, and an optional `K`, `M`, `B` or `T`.
    package static func read(_ written: String) -> Result<Money, MoneyError> {
        var rest = Substring(written)
        guard let currency = currency(prefixing: &rest) else { return .failure(.noCurrency) }
        var exponent = 0
        switch rest.last {
        case "K": exponent = 3
        case "M": exponent = 6
        case "B": exponent = 9
        case "T": exponent = 12
        default: break
        }
        if exponent > 0 { rest = rest.dropLast() }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0].filter { $0 != "," }
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit) else {
            return .failure(.malformed)
        }
        exponent += 2 - fraction.count
        guard exponent >= 0 else { return .failure(.fractionOfCent) }
        var cents = 0
        for digit in (whole + fraction).compactMap(\.wholeNumberValue) {
            let (shifted, overflowed) = cents.multipliedReportingOverflow(by: 10)
            guard !overflowed, shifted <= maximumCents - digit else { return .failure(.tooLarge) }
            cents = shifted + digit
        }
        for _ in 0..<exponent {
            let (shifted, overflowed) = cents.multipliedReportingOverflow(by: 10)
            guard !overflowed, shifted <= maximumCents else { return .failure(.tooLarge) }
            cents = shifted
        }
        return .success(Money(currency: currency, cents: cents))
    }

    /// The largest sum a figure may spell: a quadrillion units, so that sums of many stay exact.
    package static let maximumCents = 100_000_000_000_000_000

    /// Takes the currency symbol or code off the front of `text`, with the space after a code.
    private static func currency(prefixing text: inout Substring) -> String? {
        for (symbol, code) in symbols where text.hasPrefix(symbol) {
            text = text.dropFirst(symbol.count)
            return code
        }
        let code = String(text.prefix(3))
        guard codes.contains(code) else { return nil }
        text = text.dropFirst(3).drop(while: { $0 == " " || $0 == "\t" })
        return code
    }

    /// The sum as answers write it: the currency's symbol or code, then the figure with the largest
    /// suffix that keeps it exact to two decimals: `$138B`, `$1.25B`, `€120K`, `£99.99`, `CHF 1.5M`.
    package var text: String {
        let prefix = Money.symbols.first(where: { $0.code == currency }).map(\.symbol) ?? currency + " "
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        for (suffix, scale) in [("T", 1_000_000_000_000_00 as UInt), ("B", 1_000_000_000_00), ("M", 1_000_000_00), ("K", 1_000_00)]
        where magnitude >= scale && magnitude % (scale / 100) == 0 {
            return sign + prefix + Money.decimal(magnitude, scale) + suffix
        }
        return sign + prefix + Money.decimal(magnitude, 100)
    }

    /// `value / scale` with up to two decimals, trailing zeros dropped, and thousands separated by commas.
    private static func decimal(_ value: UInt, _ scale: UInt) -> String {
        var digits = String(value / scale)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        let whole = ([Substring(digits)] + groups).joined(separator: ",")
        let hundredths = (value % scale) * 100 / scale
        guard hundredths > 0 else { return whole }
        let fraction = hundredths < 10 ? "0\(hundredths)" : String(hundredths)
        return "\(whole)." + (fraction.hasSuffix("0") ? String(fraction.dropLast()) : fraction)
    }
}

/// Why a MONEY token spells no figure.
package enum MoneyError: Error, Hashable, Sendable {
    case noCurrency, malformed, fractionOfCent, tooLarge

    /// The message after "'…' ": what is wrong and what to write instead.
    package var message: String {
        switch self {
        case .noCurrency: return "has no currency; write $, €, £, ¥ or an ISO code such as USD before the figure"
        case .malformed: return "is not an amount of money; write one such as $38B, €120,000 or USD 1.5M"
        case .fractionOfCent: return "has more decimals than cents; amounts are exact to the cent"
        case .tooLarge: return "is too large; amounts are at most a quadrillion"
        }
    }
}

/// How often a recurring amount is due: `per year`, `per quarter`, `per month`.
package enum AmountPeriod: String, Hashable, Sendable, CaseIterable {
    case year, quarter, month
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
