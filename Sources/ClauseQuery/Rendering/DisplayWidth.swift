extension String {
    /// The width of the text in a table: its number of characters, counted byte by byte when the
    /// text is ASCII without a carriage return (where every byte is one character) and character by
    /// character otherwise.
    var displayWidth: Int {
        var text = self
        return text.withUTF8 { bytes in bytes.isSimpleText ? bytes.count : nil } ?? count
    }
}

extension String {
    /// The text with its control characters escaped, as `controlsEscaped` gives it, and that text's
    /// display width; ASCII text without controls (most cells) is looked at once.
    var escapedForTable: (text: String, width: Int) {
        var text = self
        let simple = text.withUTF8 { bytes in
            var combined: UInt8 = 0
            var control = false
            for byte in bytes {
                combined |= byte
                control = control || byte < 0x20 || byte == 0x7F
            }
            return combined < 0x80 && !control
        }
        if simple { return (self, utf8.count) }
        let escaped = controlsEscaped
        return (escaped, escaped.displayWidth)
    }
}

extension Substring {
    /// The width of the text in a table, as `String.displayWidth` counts it.
    var displayWidth: Int {
        let simple = utf8.withContiguousStorageIfAvailable { bytes in bytes.isSimpleText } ?? false
        return simple ? utf8.count : count
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// True when every byte is one character: ASCII, and no carriage return (which joins a line feed).
    fileprivate var isSimpleText: Bool {
        var combined: UInt8 = 0
        var carriageReturn = false
        for byte in self {
            combined |= byte
            carriageReturn = carriageReturn || byte == 0x0D
        }
        return combined < 0x80 && !carriageReturn
    }
}
