import Testing

@testable import NewsCore

/// Which aliases must be written in capitals: ASCII aliases are read by bytes, the others by
/// characters, with the same answer.
@Suite struct GazetteerAcronymTests {
    @Test(arguments: [
        ("US", true), ("NATO", true), ("U.N.", true), ("OPEC+", true), ("ASEAN", true), ("ECOWAS", false), ("A", false),
        ("Fed", false), ("UNHCR", true), ("ÖVP", false), ("ÉU", false), ("東京", false), ("G7", false), ("EU-27", true),
    ])
    func acronyms(_ text: String, _ expected: Bool) {
        #expect(Gazetteer.isAcronym(Substring(text)) == expected)
        let letters = text.filter(\.isLetter)
        #expect(expected == (letters.count >= 2 && letters.count <= 5 && letters.allSatisfy { $0.isUppercase && $0.isASCII }))
    }
}
