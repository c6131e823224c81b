extension String {
    /// This text as it may reach a terminal: every control character (C0, DEL and C1, U+0000–U+001F and
    /// U+007F–U+009F) written as an escape, `\n` and `\t` as in a clq string and any other as `\u{1B}`, so
    /// that no text from a knowledge base or a source line can move the cursor, clear the screen, set the
    /// window title or write the clipboard. Text without control characters is returned as it is.
    package var controlsEscaped: String {
        var text = self
        guard text.withUTF8({ $0.containsControl }) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            if let escape = scalar.controlEscape { result += escape } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// How the control character is shown (`\n`, `\t`, `\u{1B}`); nil for any other character.
    package var controlEscape: String? {
        switch value {
        case 0x0A: return "\\n"
        case 0x09: return "\\t"
        case 0x00..<0x20, 0x7F...0x9F: return "\\u{\(String(value, radix: 16, uppercase: true))}"
        default: return nil
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// True when the text holds a C0 control, DEL, or a C1 control (encoded 0xC2 0x80–0x9F).
    fileprivate var containsControl: Bool {
        var previous: UInt8 = 0
        for byte in self {
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) { return true }
            previous = byte
        }
        return false
    }
}
