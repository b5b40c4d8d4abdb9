import Foundation
import NewsCore

/// Builds the ``Analyzer`` from the default taxonomy and the user's topics file, if any.
public enum AnalyzerLoader {
    /// - Throws: ``TaxonomyError`` naming the file and line when the topics file is unusable.
    public static func analyzer(topicsFile: String?) throws(TaxonomyError) -> Analyzer {
        Analyzer(taxonomy: try taxonomy(topicsFile: topicsFile))
    }

    /// Builds the shared tables the analysis reads (each once per process; a caller that needs
    /// one while it is being built waits for it).
    public static func warmUp() {
        _ = Gazetteer.shared
        _ = Taxonomy.default
        _ = TopicModel.shared
    }

    public static func taxonomy(topicsFile: String?) throws(TaxonomyError) -> Taxonomy {
        guard let path = topicsFile else { return .default }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw TaxonomyError(file: path, line: nil, message: "cannot read the topics file: \(error.localizedDescription); check the path (topics_file)")
        }
        let merged = Taxonomy.default.merging(try Taxonomy.parse(yaml: text, file: path))
        try merged.validate(file: path)
        return merged
    }
}
