import ClauseQuery

/// The command lines most runs of clq are (`clq -e TEXT`, `clq --kb kb.clqx --format csv -e TEXT`, `clq`
/// reading a script from standard input) read without the argument parser, whose own start-up (building
/// its table of options, for the command and each subcommand, by reflection) is most of clq's.
///
/// Only the options of `clq` itself are read, each in its plainest spelling and at most once (`-e` and
/// `--kb` as often as given), each value a separate argument that does not start with `-` and is not
/// spelled like a subcommand. Anything else (a subcommand, help, `--option=value`, a value the option
/// does not take) is left to the argument parser: it reads what this reads to the same settings, and
/// says what is wrong with the rest.
enum QuickCommandLine {
    /// Values spelled like a subcommand are left to the argument parser, which looks for subcommands first.
    static let subcommands: Set<String> = ["run", "check", "compile", "fmt", "lsp", "mcp", "help"]

    /// The texts of `-e` and the settings `arguments` (without the program's name) give, or nil when they
    /// are for the argument parser.
    static func read(_ arguments: [String]) -> (expressions: [String], settings: CommonSettings)? {
        var expressions: [String] = []
        var knowledgeFiles: [String] = []
        var (withBuiltin, unknownEndsContinue) = (false, false)
        var settings = CommonSettings()
        var seen: Set<String> = []
        var position = 0
        while position < arguments.count {
            let option = arguments[position]
            guard option == "-e" || option == "--kb" || seen.insert(option).inserted else { return nil }
            switch option {
            case "--with-builtin": withBuiltin = true
            case "--assume-unknown-ends-continue": unknownEndsContinue = true
            case "--no-pager": settings.noPager = true
            case "--keep-going": settings.keepGoing = true
            case "-e", "--kb", "--format", "--columns", "--today":
                position += 1
                guard position < arguments.count else { return nil }
                let value = arguments[position]
                guard !value.isEmpty, !value.hasPrefix("-"), !subcommands.contains(value) else { return nil }
                switch option {
                case "-e": expressions.append(value)
                case "--kb": knowledgeFiles.append(value)
                case "--format":
                    guard let format = RenderFormat(rawValue: value) else { return nil }
                    settings.format = format
                case "--columns":
                    guard case .success(let columns) = TableColumns.parse(value) else { return nil }
                    settings.columns = columns
                default:
                    guard let today = CalendarDate(day: value) else { return nil }
                    settings.today = today
                }
            default: return nil
            }
            position += 1
        }
        settings.configuration = SessionConfiguration(knowledgeFiles: knowledgeFiles, withBuiltin: withBuiltin,
                                                      unknownEnds: unknownEndsContinue ? .continue : .unknown)
        return (expressions, settings)
    }
}
