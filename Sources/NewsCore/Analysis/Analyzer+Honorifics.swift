/// A person's name found at a sentence's start may begin with an honorific that the language writes in lower case and
/// capitalises only there: "Chị Lan cho biết" (Ms Lan said), "Señor Pérez dijo". The honorific is no part of the name.
extension Analyzer {
    /// `people` with such an honorific taken off each name of two words or more, and the names that then repeat another
    /// left out. Honorifics written capitalised (Lady, Herr, M.) are left alone: "Lady Gaga".
    /// - Parameter context: the lists of `language` (``NameContext/words(for:)``), read in place: `languages[language]?`
    ///   copied all of them to read one.
    static func withoutHonorifics(_ people: [String], language: String?, context: NameContext.Words) -> [String] {
        guard let language, NameContext.shared.languages.index(forKey: language) != nil else { return people }
        let honorifics = context.lowercaseHonorifics
        /// The name without its honorific, or nil when it begins with none.
        func stripped(_ name: String) -> String? {
            guard let space = name.firstIndex(of: " "), honorifics.contains(TextFolding.fold(name[..<space])) else { return nil }
            return String(name[name.index(after: space)...])
        }
        guard people.contains(where: { stripped($0) != nil }) else { return people }
        var out: [String] = []
        for name in people {
            let name = stripped(name) ?? name
            if !out.contains(name) { out.append(name) }
        }
        return out
    }
}
