/// A party to agreements; `parent` is the party it is part of.
package struct Party: Sendable, Hashable {
    /// The identifier declared after `party`, unique across entities of every kind.
    package var id: String
    /// The quoted display name, or the identifier when none is given.
    package var name: String
    /// The names given after `aka`, in order; references match them ignoring case.
    package var aliases: [String]
    /// The index in `KnowledgeBase.parties` of the party this one is `part of`, or nil when it is part of none.
    package var parent: Int32?
    /// The bytes of the whole `party` declaration, in the sources it was loaded from.
    package var location: SourceLocation?
}

/// A thing clauses are about, optionally owned by a party.
package struct Asset: Sendable, Hashable {
    /// The identifier declared after `asset`, unique across entities of every kind.
    package var id: String
    /// The quoted display name, or the identifier when none is given; clauses' `about` texts use it.
    package var name: String
    /// The index in `KnowledgeBase.parties` of the party after `owned by`, or nil when none is given.
    package var owner: Int32?
    /// The bytes of the whole `asset` declaration, in the sources it was loaded from.
    package var location: SourceLocation?
}

/// A document knowledge is cited from.
package struct SourceDocument: Sendable, Hashable {
    /// The identifier declared after `source`, which `cites` names.
    package var id: String
    /// The document's name from the first quoted string (`partnership-article.txt`); `cites` may also name it.
    package var document: String
    /// The optional second quoted string, or nil when none is given.
    package var title: String?
    /// The bytes of the whole `source` declaration, in the sources it was loaded from.
    package var location: SourceLocation?
}

/// Where a piece of knowledge comes from: a source and a line in it.
package struct Citation: Sendable, Hashable {
    /// The index in `KnowledgeBase.sources` of the document cited.
    package var source: Int32
    /// The line number written after `line`, counted in the cited document.
    package var line: Int32
}

/// An agreement between parties: its effective date, the agreement it amends and the range of its clauses.
package struct Agreement: Sendable, Hashable {
    /// The identifier declared after `agreement`, unique across entities of every kind.
    package var id: String
    /// The quoted title, or the identifier when none is given.
    package var title: String
    /// Indexes in `KnowledgeBase.parties` of the parties after `between`, in order; empty when none are given.
    package var parties: [Int32]
    /// Index in `KnowledgeBase.instants` of the day it takes effect.
    package var effective: Int32
    /// The index in `KnowledgeBase.agreements` of the agreement after `amends`, or nil when none is given.
    package var amends: Int32?
    /// What the agreement's `cites` points to, or nil when it cites nothing.
    package var citation: Citation?
    /// The text after `note`, in the knowledge-base author's words, or nil when there is none.
    package var note: String?
    /// The bytes of the whole `agreement` declaration, from its keyword through the closing `}`.
    package var location: SourceLocation?
    /// The indexes in `KnowledgeBase.clauses` of its clauses, which are stored together in declaration order.
    package var clauses: Range<Int32>
}

/// An amount attached to a clause or event; `money` is nil when the source gives no figure.
package struct Amount: Sendable, Hashable {
    /// Whether the figure is an upper limit, a lower limit or an exact sum.
    package var kind: AmountKind
    /// The figure with its currency (`$38B` is 38,000,000,000 USD), or nil when written `unknown`.
    package var money: Money?
    /// The figure as written (`$38B`), or nil when written `unknown`.
    package var text: String?
    /// How often it is due (`per year`), or nil for a lump sum.
    package var period: AmountPeriod?
}

/// How a clause ended early, and what ended it.
package struct Ending: Sendable, Hashable {
    /// What ended a clause: a clause or an agreement, by index.
    package enum Cause: Sendable, Hashable {
        /// The clause at this index in `KnowledgeBase.clauses`.
        case clause(Int32)
        /// The agreement at this index in `KnowledgeBase.agreements`.
        case agreement(Int32)
        /// The event at this index in `KnowledgeBase.events`, which exercised the power or recorded its lapse.
        case event(Int32)
    }
    /// Whether the clause was `replaced` or `terminated`, or (a power) `exercised` or `lapsed`.
    package var kind: EndingSyntax.Kind
    /// True when the clause's last day is the day of what ended it (an exercise or a lapse ends a power
    /// on its day), not the day before (a replacement or termination takes effect the day after).
    package var endsOnTheDay: Bool { kind == .exercised || kind == .lapsed }
    /// How many days before its cut instant the clause's last day falls: 0 or 1.
    package var daysBeforeCut: Int { endsOnTheDay ? 0 : 1 }
    /// The clause or agreement named after `by`; a clause when a clause and an agreement share the name.
    package var cause: Cause
}

/// A clause as a small fixed-size record: strings and lists live in the knowledge base's shared tables.
package struct Clause: Sendable, Hashable {
    /// The clause's identifier as an index into the knowledge base's string table; read
    /// it with `KnowledgeBase.id(of:)`.
    package var id: Int32
    /// The index in `KnowledgeBase.agreements` of the agreement declaring the clause.
    package var agreement: Int32
    /// The modality as stated, not as a correlative reading.
    package var modality: Modality
    /// The index in `KnowledgeBase.parties` of the party after `of`: who has the right or bears the obligation.
    package var holder: Int32
    /// The index in `KnowledgeBase.parties` of the party after `against` or `toward`, or nil when none is given.
    package var counterparty: Int32?
    /// The action after `to` as a string-table index, read with `KnowledgeBase.action(of:)`;
    /// nil when the clause has no `to`.
    package var action: Int32?
    /// Range in the knowledge base's clause-asset list of the assets acted on; read with `KnowledgeBase.objects(of:)`.
    package var objects: Range<Int32>
    /// Range in the knowledge base's clause-asset list of the assets after `on`;
    /// `KnowledgeBase.assets(of:)` reads them.
    package var onAssets: Range<Int32>
    /// Range in the knowledge base's clause-asset list of the assets after `using`;
    /// `KnowledgeBase.assets(of:)` reads them.
    package var usingAssets: Range<Int32>
    /// True for `exclusive`, false for `not exclusive`, nil when exclusivity is not stated.
    package var exclusive: Bool?
    /// Index in `KnowledgeBase.instants` of the day it starts.
    package var start: Int32
    /// How its end is given.
    package var end: ClauseEnd
    /// Range in the knowledge base's condition table; read with `KnowledgeBase.conditions(of:)`.
    package var conditions: Range<Int32>
    /// Range in the knowledge base's amount table; read with `KnowledgeBase.amounts(of:)`.
    package var amounts: Range<Int32>
    /// How the clause ended early (`replaced by`, `terminated by`), or nil when no ending is declared.
    package var ending: Ending?
    /// What the clause's `cites` points to, or nil when it cites nothing.
    package var citation: Citation?
    /// The `note` text as a string-table index, read with `KnowledgeBase.note(of:)`; nil when there is none.
    package var note: Int32?
    /// The bytes of the whole `clause` declaration, in the sources it was loaded from.
    package var location: SourceLocation?
}

/// Something that happened, such as an investment or a pledge, with its date, parties and amounts.
package struct Event: Sendable, Hashable {
    /// The identifier declared after `event`, unique across entities of every kind.
    package var id: String
    /// The quoted title, or the identifier when none is given.
    package var title: String
    /// Index in `KnowledgeBase.instants` of the day it happened.
    package var date: Int32
    /// Indexes in `KnowledgeBase.parties` of the parties after `involving`, in order.
    package var involving: [Int32]
    /// The `amount` attributes in the order written; empty when none are given.
    package var amounts: [Amount]
    /// What the event's `cites` points to, or nil when it cites nothing.
    package var citation: Citation?
    /// The text after `note`, in the knowledge-base author's words, or nil when there is none.
    package var note: String?
    /// The bytes of the whole `event` declaration, in the sources it was loaded from.
    package var location: SourceLocation?
}

/// Something expected but not agreed; it never holds.
package struct Prospect: Sendable, Hashable {
    /// The identifier declared after `prospect`, unique across entities of every kind.
    package var id: String
    /// The quoted title, or the identifier when none is given.
    package var title: String
    /// Indexes in `KnowledgeBase.parties` of the parties after `involving`, in order.
    package var involving: [Int32]
    /// What the prospect's `cites` points to, or nil when it cites nothing.
    package var citation: Citation?
    /// The text after `note`, in the knowledge-base author's words, or nil when there is none.
    package var note: String?
    /// The bytes of the whole `prospect` declaration, in the sources it was loaded from.
    package var location: SourceLocation?
}

/// How a clause's end is given: as stated, and cut short by what replaced or terminated it.
package struct ClauseEnd: Sendable, Hashable {
    /// The end the clause states.
    package enum Stated: Sendable, Hashable {
        /// `until INSTANT`: an index in `KnowledgeBase.instants`.
        case instant(Int32)
        /// `for N units`: a day that depends on the start.
        case duration(Int32, DurationSyntax.Unit)
        /// No `until`: unknown, unless something ended the clause.
        case none
    }
    /// The end as stated.
    package var stated: Stated
    /// The instant that ends the clause early: the successor's start, the terminating agreement's
    /// effective day or the `on` instant (the clause ends the day before), or the day of the event that
    /// exercised the power or recorded its lapse (it ends that day).
    package var cut: Int32?
}

/// `if X` or `unless X` on a clause, resolved.
package struct Condition: Sendable, Hashable {
    /// What the condition waits for.
    package enum Target: Sendable, Hashable {
        /// An event: its instant.
        case event(Int32)
        /// A prospect: it may never happen.
        case prospect(Int32)
        /// The exercise of the power (an option) at this index in `KnowledgeBase.clauses`.
        case exercise(Int32)
    }
    /// `if` or `unless`.
    package var kind: ConditionSyntax.Kind
    /// The event or prospect.
    package var target: Target
}
