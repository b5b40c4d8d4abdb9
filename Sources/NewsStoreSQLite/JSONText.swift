import Foundation
import NewsCore

/// Reading the JSON columns of the analysis table (``JSONLine`` writes them).
enum JSONText {
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// A list of strings (``JSONLine/decodeStrings(_:)``: read directly, not by JSONDecoder).
    static func decode(_ type: [String].Type, _ text: String) -> [String]? {
        JSONLine.decodeStrings(text)
    }
}
