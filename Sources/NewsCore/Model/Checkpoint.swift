/// The chain head at a prune's cut: the records up to `seq` go, and verification continues
/// from `chain`. Not signed: it lets `newsd verify` check every later record from there, and it
/// must equal the chain value of its record while that record exists. It proves nothing about
/// the records before it (they are gone), and someone who can write the database could add a
/// checkpoint to hide a removal, as they could rewrite the whole chain; the head anchor beside
/// an SQLite store and a copy of the checkpoint kept elsewhere (newsd logs it) are what pin it.
public struct Checkpoint: Sendable, Equatable {
    public var seq: Int64
    public var chain: [UInt8]
    /// When the prune began.
    public var atMillis: Int64
    /// Records ingested before this time were to go.
    public var beforeMillis: Int64

    public init(seq: Int64, chain: [UInt8], atMillis: Int64, beforeMillis: Int64) {
        self.seq = seq
        self.chain = chain
        self.atMillis = atMillis
        self.beforeMillis = beforeMillis
    }
}
