import Foundation

/// One value as one line of JSON: keys sorted, slashes not escaped. What every `--json`
/// output prints and what the store's JSON columns hold.
public enum JSONLine {
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }
}
