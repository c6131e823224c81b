extension Loader {
    /// Reports every new party that is part of itself, and every new agreement that amends itself, once
    /// each, in one walk over the links: a long chain is followed once, not once from each of its members.
    mutating func checkCycles() {
        let parties = kb.parties
        for start in Loader.onCycles(firstNewParty..<parties.count, next: { parties[$0].parent.map(Int.init) }) {
            report(.cycle, "party '\(parties[start].id)' is part of itself through 'part of'",
                   parties[start].location?.range ?? ByteRange(0, 0), file: parties[start].location?.file)
        }
        let agreements = kb.agreements
        for start in Loader.onCycles(firstNewAgreement..<agreements.count, next: { agreements[$0].amends.map(Int.init) }) {
            report(.cycle, "agreement '\(agreements[start].id)' amends itself through 'amends'",
                   agreements[start].location?.range ?? ByteRange(0, 0), file: agreements[start].location?.file)
        }
    }

    /// The nodes of `nodes` that lie on a cycle of the links `next` (each node has at most one), in
    /// increasing order. Nodes outside `nodes` were checked before and lie on none, so a walk that reaches
    /// one stops there; each node is walked through once.
    static func onCycles(_ nodes: Range<Int>, next: (Int) -> Int?) -> [Int] {
        enum State { case unseen, onPath, done }
        var state = [State](repeating: .unseen, count: nodes.count)
        var found: [Int] = []
        for start in nodes where state[start - nodes.lowerBound] == .unseen {
            var path: [Int] = []
            var current: Int? = start
            while let node = current, nodes.contains(node), state[node - nodes.lowerBound] == .unseen {
                state[node - nodes.lowerBound] = .onPath
                path.append(node)
                current = next(node)
            }
            if let node = current, nodes.contains(node), state[node - nodes.lowerBound] == .onPath,
               let entry = path.firstIndex(of: node) {
                found += path[entry...]
            }
            for node in path { state[node - nodes.lowerBound] = .done }
        }
        return found.sorted()
    }
}
