import Foundation
import NewsCore

/// The JSON columns of the analysis table.
enum JSONText {
    static func encode(_ value: some Encodable) -> String { JSONLine.encode(value) }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
