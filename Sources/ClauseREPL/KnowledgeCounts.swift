import ClauseQuery

/// How many of each kind of thing a knowledge base holds.
struct KnowledgeCounts: Equatable {
    var parties: Int
    var assets: Int
    var agreements: Int
    var clauses: Int
    var events: Int
    var prospects: Int
    var sources: Int

    init(_ kb: KnowledgeBase) {
        parties = kb.parties.count
        assets = kb.assets.count
        agreements = kb.agreements.count
        clauses = kb.clauses.count
        events = kb.events.count
        prospects = kb.prospects.count
        sources = kb.sources.count
    }

    private var named: [(Int, String, String)] {
        [(parties, "party", "parties"), (assets, "asset", "assets"), (agreements, "agreement", "agreements"),
         (clauses, "clause", "clauses"), (events, "event", "events"), (prospects, "prospect", "prospects"),
         (sources, "source", "sources")]
    }

    /// "7 parties, 10 assets, … and 1 source", listing every kind.
    var phrase: String {
        named.map { count($0.0, $0.1, $0.2) }.joinedAsList()
    }

    /// What `self` has beyond `earlier`: "1 party and 2 clauses"; empty when nothing.
    func added(since earlier: KnowledgeCounts) -> String {
        zip(named, earlier.named).compactMap { now, before in
            now.0 > before.0 ? count(now.0 - before.0, now.1, now.2) : nil
        }.joinedAsList()
    }

    private func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}

extension Array where Element == String {
    /// "a", "a and b", "a, b and c".
    func joinedAsList() -> String {
        guard count > 1, let last else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " and " + last
    }
}
