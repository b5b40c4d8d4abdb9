import Foundation

/// Country names and flags as text, for people (the store keeps ISO 3166-1 codes).
enum CountryNames {
    private static let english = Locale(identifier: "en_US")

    /// "Japan" for JP; the code itself when no name is known.
    static func name(_ code: String) -> String {
        english.localizedString(forRegionCode: code) ?? code
    }

    /// The flag emoji for a two-letter code (regional indicator symbols), or "" for anything else.
    static func flag(_ code: String) -> String {
        let letters = code.uppercased().unicodeScalars
        guard letters.count == 2, letters.allSatisfy({ $0.value >= 65 && $0.value <= 90 }) else { return "" }
        return String(String.UnicodeScalarView(letters.compactMap { Unicode.Scalar(0x1F1E6 - 65 + $0.value) }))
    }
}
