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

    /// Reads every named file ("-" is standard input), or reports the first that cannot be read.
    static func readAll(_ paths: [String]) -> Result<[(name: String, bytes: [UInt8])], ExitStatus> {
        var files: [(name: String, bytes: [UInt8])] = []
        for path in paths {
            if path == "-" {
                files.append(("<stdin>", readStandardInput()))
                continue
            }
            do {
                files.append((path, try read(path)))
            } catch let error as Unreadable {
                Terminal.writeError("clq: \(error.message)\n")
                return .failure(.noInput)
            } catch {
                Terminal.writeError("clq: cannot read '\(path)'\n")
                return .failure(.noInput)
            }
        }
        return .success(files)
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
