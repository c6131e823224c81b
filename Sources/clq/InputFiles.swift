import Foundation

/// Reading the files named on the command line; only front ends read files.
enum InputFiles {
    struct Unreadable: Error {
        var message: String
    }

    static func read(_ path: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Unreadable(message: "cannot read '\(path)': \(reason(error))")
        }
        return [UInt8](data)
    }

    /// Bytes from standard input until end of file.
    static func readStandardInput() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoSuchFileError {
            return "No such file or directory"
        }
        return nsError.localizedDescription
    }
}
