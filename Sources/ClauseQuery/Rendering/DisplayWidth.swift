extension String {
    /// The width of the text in a table: its number of characters, counted byte by byte when the
    /// text is ASCII without a carriage return (where every byte is one character) and character by
    /// character otherwise.
    var displayWidth: Int {
        var text = self
        return text.withUTF8 { bytes in bytes.isSimpleText ? bytes.count : nil } ?? count
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
