/// A person's name found at a sentence's start may begin with an honorific that the language writes in lower case and
/// capitalises only there: "Chị Lan cho biết" (Ms Lan said), "Señor Pérez dijo". The honorific is no part of the name.
extension Analyzer {
    /// `people` with such an honorific taken off each name of two words or more, and the names that then repeat another
    /// left out. Honorifics written capitalised (Lady, Herr, M.) are left alone: "Lady Gaga".
    static func withoutHonorifics(_ people: [String], language: String?) -> [String] {
        guard let language, let honorifics = NameContext.shared.languages[language]?.lowercaseHonorifics,
            people.contains(where: { name in name.firstIndex(of: " ").map { honorifics.contains(TextFolding.fold(name[..<$0])) } ?? false })
        else { return people }
        var out: [String] = []
        for name in people {
            var name = name
            if let space = name.firstIndex(of: " "), honorifics.contains(TextFolding.fold(name[..<space])) {
                name = String(name[name.index(after: space)...])
            }
            if !out.contains(name) { out.append(name) }
        }
        return out
    }
}
