/// The fixed layouts of clause and instant records: every field at its own offset, so that a record read
/// in place is read field by field, each index checked against the table it points into, without
/// parsing. Strings are places in the compiled file's heap: an 8-byte offset and a 4-byte length, -1 for none.
///
/// A clause, 112 bytes:
///
///     0   id (string)          4   agreement          8   holder (-1: none)   12  counterparty (-1)
///     16  action (string, -1)  20  objects (2 × 4)    28  on assets (2 × 4)   36  using assets (2 × 4)
///     44  start (instant)      48  end: an instant or a count of units        52  cut (instant, -1)
///     56  conditions (2 × 4)   64  amounts (2 × 4)    72  what ended it       76  cited source (-1)
///     80  cited line           84  note (string, -1)  88  place: file (-1), start, end (3 × 4)
///     100 modality  101 exclusive (0 unstated, 1 no, 2 yes)  102 end form (0 instant, 1 duration, 2 none)
///     103 unit      104 ending (0 none, else its kind + 1)   105 what ended it (0 clause, 1 agreement, 2 event)
///
/// An instant, 72 bytes:
///
///     0   earliest day (8)     8   latest day (8)     16  form (0 date, 1 before, 2 after, 3 between,
///     4 unknown, 5 open, 6 relative)   17  coming   18  placeholder   20  first date   28  last date
///     (each a 4-byte year, a month byte and a day byte)   36  relative text   48  its phrase   60  inferred
///
/// A declaration, 28 bytes:
///
///     0   file   4   start   8   end   12  kind   16  identifier (string)
enum FixedRecords {
    static let clauseSize = 112
    static let instantSize = 72
    static let declarationSize = 28
}

extension SnapshotWriter {
    /// `declaration` in its fixed layout.
    mutating func declarationRecord(_ declaration: LoadedDeclaration) {
        let start = bytes.count
        location(SourceLocation(file: declaration.file, range: declaration.range))
        byte(SnapshotCases.position(of: declaration.kind, in: EntityKind.allCases))
        while bytes.count < start + 16 { byte(0) }
        string(declaration.id)
    }
}

extension FixedRecord {
    func declaration() throws(SnapshotError) -> LoadedDeclaration {
        guard let location = try location(0) else { throw SnapshotReader.damaged("a declaration without a place") }
        try unused(13..<16)
        guard let id = try string(16) else { throw SnapshotReader.damaged("a declaration without an identifier") }
        return LoadedDeclaration(file: location.file, range: location.range, kind: try choice(12, EntityKind.allCases, "kind"),
                                 id: id, load: 0)
    }
}

extension SnapshotWriter {
    /// `clause` in its fixed layout.
    mutating func clauseRecord(_ clause: Clause) {
        let start = bytes.count
        int32(clause.id)
        int32(clause.agreement)
        int32(clause.holder)
        index(clause.counterparty)
        index(clause.action)
        range(clause.objects)
        range(clause.onAssets)
        range(clause.usingAssets)
        int32(clause.start)
        var (endForm, unit): (UInt8, UInt8) = (2, 0)
        switch clause.end.stated {
        case .instant(let instant):
            endForm = 0
            int32(instant)
        case .duration(let count, let units):
            (endForm, unit) = (1, SnapshotCases.position(of: units, in: SnapshotCases.units))
            int32(count)
        case .none:
            int32(0)
        }
        index(clause.end.cut)
        range(clause.conditions)
        range(clause.amounts)
        var (endingTag, causeKind): (UInt8, UInt8) = (0, 0)
        if let ending = clause.ending {
            endingTag = SnapshotCases.position(of: ending.kind, in: SnapshotCases.endings) + 1
            let cause: Int32
            switch ending.cause {
            case .clause(let clause): (causeKind, cause) = (0, clause)
            case .agreement(let agreement): (causeKind, cause) = (1, agreement)
            case .event(let event): (causeKind, cause) = (2, event)
            }
            int32(cause)
        } else {
            int32(0)
        }
        index(clause.citation?.source)
        int32(clause.citation?.line ?? 0)
        index(clause.note)
        int32(clause.location?.file.rawValue ?? -1)
        count(clause.location?.range.start ?? 0)
        count(clause.location?.range.end ?? 0)
        byte(SnapshotCases.position(of: clause.modality, in: Modality.allCases))
        byte(clause.exclusive.map { $0 ? 2 : 1 } ?? 0)
        for value in [endForm, unit, endingTag, causeKind] { byte(value) }
        while bytes.count < start + FixedRecords.clauseSize { byte(0) }
    }

    /// `instant` in its fixed layout; its strings go to the heap this writer writes records with.
    mutating func instantRecord(_ instant: Instant) {
        let start = bytes.count
        int64(Int64(instant.earliest))
        int64(Int64(instant.latest))
        var dates: [CalendarDate] = []
        var texts: (String?, String?) = (nil, nil)
        let form: UInt8
        switch instant.form {
        case .date(let date): (form, dates) = (0, [date])
        case .before(let date): (form, dates) = (1, [date])
        case .after(let date): (form, dates) = (2, [date])
        case .between(let first, let last): (form, dates) = (3, [first, last])
        case .unknown: form = 4
        case .open: form = 5
        case .relative(let text, let phrase): (form, texts) = (6, (text, phrase))
        }
        byte(form)
        byte(SnapshotCases.position(of: instant.coming, in: SnapshotCases.comings))
        flag(instant.isPlaceholder)
        byte(0)
        for position in 0..<2 {
            let date = position < dates.count ? dates[position] : nil
            int32(Int32(date?.year ?? 0))
            byte(UInt8(date?.month ?? 0))
            byte(UInt8(date?.day ?? 0))
            byte(0)
            byte(0)
        }
        optionalString(texts.0)
        optionalString(texts.1)
        optionalString(instant.inferred)
        while bytes.count < start + FixedRecords.instantSize { byte(0) }
    }
}

/// One record of a compiled file, read at the offsets of its fixed layout.
struct FixedRecord {
    let base: UnsafeRawPointer
    unowned(unsafe) let file: RecordFile

    @inline(__always)
    func int32(_ offset: Int) -> Int32 { Int32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: Int32.self)) }

    @inline(__always)
    func int64(_ offset: Int) -> Int64 { Int64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: Int64.self)) }

    @inline(__always)
    func byte(_ offset: Int) -> UInt8 { base.load(fromByteOffset: offset, as: UInt8.self) }

    @inline(__always)
    func index(_ offset: Int, below limit: Int, _ what: String) throws(SnapshotError) -> Int32 {
        let value = int32(offset)
        guard value >= 0, Int(value) < limit else { throw SnapshotReader.damaged("\(what) \(value) of \(limit)") }
        return value
    }

    @inline(__always)
    func optionalIndex(_ offset: Int, below limit: Int, _ what: String) throws(SnapshotError) -> Int32? {
        if int32(offset) == -1 { return nil }
        return try index(offset, below: limit, what)
    }

    @inline(__always)
    func range(_ offset: Int, within limit: Int, _ what: String) throws(SnapshotError) -> Range<Int32> {
        let lower = int32(offset), upper = int32(offset + 4)
        guard lower >= 0, lower <= upper, Int(upper) <= limit else { throw SnapshotReader.damaged("\(what) \(lower)..<\(upper) of \(limit)") }
        return lower..<upper
    }

    /// One of `cases`, written as its position in one byte.
    @inline(__always)
    func choice<T>(_ offset: Int, _ cases: [T], _ what: String) throws(SnapshotError) -> T {
        let value = Int(byte(offset))
        guard value < cases.count else { throw SnapshotReader.damaged("\(what) \(value)") }
        return cases[value]
    }

    /// Checks that the bytes at `offsets`, which the layout leaves unused, are zero as written: a record
    /// has one form only.
    @inline(__always)
    func unused(_ offsets: Range<Int>) throws(SnapshotError) {
        for offset in offsets where byte(offset) != 0 { throw SnapshotReader.damaged("a byte \(offset) of a record that is not 0") }
    }

    /// A string of the heap, or nil when none was written.
    func string(_ offset: Int) throws(SnapshotError) -> String? {
        let start = int64(offset), count = int32(offset + 8)
        if count == -1 {
            guard start == 0 else { throw SnapshotReader.damaged("a string that is not there, at \(start)") }
            return nil
        }
        let heap = file.heap
        guard start >= 0, count >= 0, start <= Int64(heap.count), Int64(count) <= Int64(heap.count) - start else {
            throw SnapshotReader.damaged("a string outside the file's strings")
        }
        let from = heap.lowerBound + Int(start)
        try file.checks.require(from..<from + Int(count))
        return String(decoding: UnsafeRawBufferPointer(rebasing: file.contents[from..<from + Int(count)]), as: UTF8.self)
    }

    func date(_ offset: Int) throws(SnapshotError) -> CalendarDate {
        guard let date = CalendarDate(year: Int(int32(offset)), month: Int(byte(offset + 4)), day: Int(byte(offset + 5))) else {
            throw SnapshotReader.damaged("a date that does not exist")
        }
        return date
    }

    func location(_ offset: Int) throws(SnapshotError) -> SourceLocation? {
        let source = int32(offset)
        if source == -1 { return nil }
        return try file.limits.location(in: source, Int(int32(offset + 4)), Int(int32(offset + 8)))
    }
}

extension FixedRecord {
    func clause() throws(SnapshotError) -> Clause {
        let limits = file.limits
        let stated: ClauseEnd.Stated
        switch byte(102) {
        case 0: stated = .instant(try index(48, below: limits.instants, "instant"))
        case 1:
            let count = int32(48)
            guard count >= 0 else { throw SnapshotReader.damaged("a duration of \(count)") }
            stated = .duration(count, try choice(103, SnapshotCases.units, "unit"))
        case 2:
            stated = .none
            try unused(48..<52)
        case let other: throw SnapshotReader.damaged("end form \(other)")
        }
        if byte(102) != 1 { try unused(103..<104) }
        try unused(106..<FixedRecords.clauseSize)
        var ending: Ending?
        let endingTag = Int(byte(104))
        if endingTag == 0 { try unused(72..<76) }
        if endingTag > 0 {
            guard endingTag <= SnapshotCases.endings.count else { throw SnapshotReader.damaged("ending \(endingTag)") }
            let kind = SnapshotCases.endings[endingTag - 1]
            switch byte(105) {
            case 0: ending = Ending(kind: kind, cause: .clause(try index(72, below: limits.clauses, "clause")))
            case 1: ending = Ending(kind: kind, cause: .agreement(try index(72, below: limits.agreements, "agreement")))
            case 2: ending = Ending(kind: kind, cause: .event(try index(72, below: limits.events, "event")))
            case let other: throw SnapshotReader.damaged("ending cause \(other)")
            }
        }
        let citation = try optionalIndex(76, below: limits.sources, "source").map { Citation(source: $0, line: int32(80)) }
        if citation == nil { try unused(80..<84) }
        if int32(88) == -1 { try unused(92..<100) }
        return Clause(id: try index(0, below: limits.strings, "string"),
                      agreement: try index(4, below: limits.agreements, "agreement"),
                      modality: try choice(100, SnapshotCases.modalities, "modality"),
                      holder: try optionalIndex(8, below: limits.parties, "party") ?? -1,
                      counterparty: try optionalIndex(12, below: limits.parties, "party"),
                      action: try optionalIndex(16, below: limits.strings, "string"),
                      objects: try range(20, within: limits.clauseAssets, "assets"),
                      onAssets: try range(28, within: limits.clauseAssets, "assets"),
                      usingAssets: try range(36, within: limits.clauseAssets, "assets"),
                      exclusive: try choice(101, SnapshotCases.exclusivities, "exclusivity"),
                      start: try index(44, below: limits.instants, "instant"),
                      end: ClauseEnd(stated: stated, cut: try optionalIndex(52, below: limits.instants, "instant")),
                      conditions: try range(56, within: limits.conditions, "conditions"),
                      amounts: try range(64, within: limits.amounts, "amounts"), ending: ending, citation: citation,
                      note: try optionalIndex(84, below: limits.strings, "string"), location: try location(88))
    }

    /// The days of an instant record and what its form says of them, without its dates or texts.
    func instantDays() throws(SnapshotError) -> InstantDays {
        let earliest = int64(0), latest = int64(8)
        let days = Int64(Days.minus)...Int64(Days.plus)
        guard days.contains(earliest), days.contains(latest) else { throw SnapshotReader.damaged("a day out of range") }
        let tag = byte(16)
        guard tag <= 6 else { throw SnapshotReader.damaged("instant form \(tag)") }
        return InstantDays(earliest: Int(earliest), latest: Int(latest), isOpen: tag == 5, isUnknown: tag == 4,
                           coming: try choice(17, SnapshotCases.comings, "coming"))
    }

    func instant() throws(SnapshotError) -> Instant {
        let earliest = int64(0), latest = int64(8)
        let days = Int64(Days.minus)...Int64(Days.plus)
        guard days.contains(earliest), days.contains(latest) else { throw SnapshotReader.damaged("a day out of range") }
        let form: Instant.Form
        try unused(19..<20)
        try unused(26..<28)
        try unused(34..<36)
        let tag = byte(16)
        if tag != 3 { try unused(28..<34) }
        if tag >= 4 { try unused(20..<26) }
        switch tag {
        case 0: form = .date(try date(20))
        case 1: form = .before(try date(20))
        case 2: form = .after(try date(20))
        case 3: form = .between(try date(20), try date(28))
        case 4: form = .unknown
        case 5: form = .open
        case 6:
            guard let text = try string(36), let phrase = try string(48) else { throw SnapshotReader.damaged("a relative day without its text") }
            form = .relative(text: text, phrase: phrase)
        case let other: throw SnapshotReader.damaged("instant form \(other)")
        }
        if tag != 6 {
            let (text, phrase) = (try string(36), try string(48))
            guard text == nil, phrase == nil else { throw SnapshotReader.damaged("a day with a text it does not have") }
        }
        guard byte(18) <= 1 else { throw SnapshotReader.damaged("a flag is neither 0 nor 1") }
        return Instant(form: form, earliest: Int(earliest), latest: Int(latest), inferred: try string(60),
                       coming: try choice(17, SnapshotCases.comings, "coming"), isPlaceholder: byte(18) == 1)
    }
}
