/// The write side of the store: an append-only, hash-chained journal of what arrived.
///
/// Exactly-once: a file is recognised by its identity (`IntakeItem.identity`) and content hash,
/// so a batch appended again after a crash appends nothing (``IntakeOutcome/alreadyRecorded``),
/// and the same bytes under another name become a duplicate record.
public protocol ArticleJournal: AnyObject, Sendable {
    /// Appends records for all items in one durable transaction, or none of them. Each new
    /// article is linked to earlier ones (near-duplicates, stories) as part of the transaction.
    func append(_ items: [IntakeItem], at millis: Int64) async throws(StoreError) -> [IntakeOutcome]

    /// How articles are linked into stories from the next append on (after a reload).
    func configureStories(_ configuration: StoryLinker.Configuration) async throws(StoreError)
}
