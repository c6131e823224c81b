/// Reading the files named on a command line.
public enum InputFiles {
    /// Reads every named file ("-" is standard input), or reports the first that cannot be read.
    public static func readAll(_ paths: [String], program: String = "clq") -> Result<[(name: String, bytes: [UInt8])], ExitStatus> {
        var files: [(name: String, bytes: [UInt8])] = []
        for path in paths {
            do throws(FileError) {
                files.append(path == "-" ? ("<stdin>", try Files.read(descriptor: 0, named: "<stdin>"))
                                         : (path, try Files.read(path)))
            } catch {
                Terminal.writeError("\(program): \(error.message)\n")
                return .failure(.noInput)
            }
        }
        return .success(files)
    }


}
