/// A value kept on the heap behind one reference, with value semantics.
///
/// Syntax nodes box the parts most declarations leave out, so that a node without them costs one
/// word for them instead of their whole size: a knowledge base of a million clauses keeps a million
/// clause nodes alive while it loads.
package indirect enum Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    case value(Value)

    /// The value boxed.
    package var value: Value {
        switch self { case .value(let value): return value }
    }
}

extension Optional {
    /// Changes the boxed value, starting from `empty` when there is none; an unchanged `empty` is kept as nil,
    /// so that nodes with equal parts compare equal however they were built.
    mutating func update<Value>(empty: Value, _ change: (inout Value) -> Void) where Wrapped == Boxed<Value> {
        var value = self?.value ?? empty
        change(&value)
        self = value == empty ? nil : .value(value)
    }
}
