/// What a posting's check reads of an article besides its words: its countries, topics,
/// language and names as term ids, taken from its ``MatchState`` once they are all looked up and
/// before the walks. Read from a value passed down, they are not retained and released for each
/// posting tested (as reading them out of the state being written to was).
struct PostingChecks {
    let countries: [Int32]
    let topics: [(term: Int32, score: Double)]
    let language: Int32
    /// Per ``MatchState/NameKind``: the names of the kinds that are tested or walked.
    let names: [[[Int32]]?]

    init(_ state: MatchState) {
        countries = state.countries
        topics = state.topics
        language = state.language
        names = state.names
    }
}
