import CClq
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings crossing the C interface: NUL-terminated UTF-8.
enum CString {
    /// The text of the C string `pointer`, which `clq.h` calls `argument`; refused when NULL or not UTF-8.
    static func text(_ pointer: UnsafePointer<CChar>?, _ argument: String) throws(Failure) -> String {
        guard let pointer else { throw Failure.null(argument) }
        guard let text = String(validatingCString: pointer) else { throw Failure.invalidUTF8(argument) }
        return text
    }

    /// `text` as a C string allocated with malloc, for the caller to free with `clq_string_free`.
    static func malloced(_ text: String) throws(Failure) -> UnsafeMutablePointer<CChar> {
        let bytes = Array(text.utf8)
        guard let memory = malloc(bytes.count + 1) else { throw Failure.outOfMemory }
        let pointer = memory.bindMemory(to: CChar.self, capacity: bytes.count + 1)
        copy(bytes, to: pointer)
        return pointer
    }

    /// `text` as a C string that this library owns and deallocates.
    static func owned(_ text: String) -> UnsafeMutablePointer<CChar> {
        let bytes = Array(text.utf8)
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
        copy(bytes, to: pointer)
        return pointer
    }

    /// Copies `bytes` and a terminating NUL to `pointer`, which has room for them. A NUL inside the
    /// bytes (which no JSON or message of this library holds) would end the string early; nothing more.
    private static func copy(_ bytes: [UInt8], to pointer: UnsafeMutablePointer<CChar>) {
        for (index, byte) in bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
        pointer[bytes.count] = 0
    }
}
