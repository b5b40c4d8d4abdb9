import NewsCore

/// The append-only journal of articles.
public protocol ArticleStore: AnyObject {
    /// Appends records for all items in one durable transaction, or none of them.
    /// - Parameter linker: links each new article to earlier ones (`duplicate_of`, `story`);
    ///   what it learns is kept only when the transaction commits.
    func commit(_ items: [IntakeItem], at millis: Int64, linker: StoryLinker?) throws(SQLiteError) -> [IntakeOutcome]
    /// Teaches `linker` the articles already stored.
    func restore(_ linker: StoryLinker) throws
}

extension ArticleStore {
    public func commit(_ items: [IntakeItem], at millis: Int64) throws(SQLiteError) -> [IntakeOutcome] {
        try commit(items, at: millis, linker: nil)
    }
}
