import CNewsData
import Yams

/// A hierarchy of topics, each defined by weighted terms and phrases with a threshold, and
/// optional required and excluded terms, in the manner of the Europe Media Monitor's category
/// definitions. Read from YAML; the default is ``Taxonomy/defaultYAML``.
public struct Taxonomy: Sendable {
    public struct Topic: Sendable {
        public var id: String
        public var name: String
        public var parent: String?
        /// The IPTC Media Topic code, where the topic is one.
        public var iptc: String?
        /// The length-normalised score at which the topic fires (its 0.5).
        public var threshold: Double
        public var terms: [Term]
        /// The terms in other languages, by ISO 639-1 code (`languages: {es: {defensa: 3}}`): an
        /// article in one of them is scored on these, stemmed as that language is.
        public var languages: [String: [Term]] = [:]
        /// When not empty, one of these must be in the article.
        public var required: [Term]
        /// Any of these keeps the topic from firing.
        public var excluded: [Term]
        /// `required` and `excluded` in other languages (`required_in: {es: [acuerdo]}`), stemmed as
        /// that language is. A topic with English required terms and none in an article's
        /// language does not fire in it.
        public var requiredIn: [String: [Term]] = [:]
        public var excludedIn: [String: [Term]] = [:]
    }

    /// A word, a phrase, or a prefix (`elect*`), stemmed as the text is.
    public struct Term: Sendable {
        public var text: String
        public var stems: [String]
        /// The last word is a prefix (`cyber*`).
        public var prefix: Bool
        public var weight: Double

        public init(_ text: String, weight: Double = 1, language: String? = nil) {
            self.init(text, weight: weight, stemmer: language.flatMap { Stemmer.Snowball($0) })
        }

        /// `stemmer`: the language's Snowball stemmer; nil: English.
        init(_ text: String, weight: Double, stemmer: Stemmer.Snowball?) {
            self.text = text
            self.weight = weight
            var source = text
            let isPrefix = source.hasSuffix("*")
            if isPrefix { source.removeLast() }
            let tokens = Tokenizer.tokenize(source)
            prefix = isPrefix
            stems = tokens.enumerated().map { i, t in
                if (isPrefix && i == tokens.count - 1) || t.flags.contains(.ideographic) { return t.text }
                return stemmer?.stem(t.text) ?? Stemmer.stem(t.text)
            }
        }
    }

    public private(set) var topics: [Topic]

    public init(topics: [Topic]) {
        self.topics = topics
    }

    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }

    /// The shipped taxonomy's YAML, as `newsd topics show` prints it: `Resources/default-topics.yaml`,
    /// embedded in the binary, in the format of a user's topics file.
    public static let defaultYAML: String = {
        let text = EmbeddedData.text(newsd_default_topics_yaml)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }()

    /// The shipped taxonomy, parsed once on first use.
    public static let `default`: Taxonomy = {
        do { return try parse(yaml: defaultYAML, file: "<default topics>") } catch { fatalError("the default taxonomy does not parse: \(error)") }
    }()

    /// This taxonomy with `other`'s topics added, or replacing the ones with the same id.
    public func merging(_ other: Taxonomy) -> Taxonomy {
        var out = self
        for topic in other.topics {
            if let i = out.topics.firstIndex(where: { $0.id == topic.id }) { out.topics[i] = topic } else { out.topics.append(topic) }
        }
        return out
    }

    /// Checks that parents exist and that there is no cycle.
    public func validate(file: String) throws(TaxonomyError) {
        let ids = Set(topics.map(\.id))
        for topic in topics {
            if let parent = topic.parent, !ids.contains(parent) {
                throw TaxonomyError(file: file, line: nil, message: "topic \(topic.id): its parent \(parent) is not defined")
            }
            var seen: Set<String> = [topic.id]
            var cursor = topic.parent
            while let p = cursor {
                guard seen.insert(p).inserted else {
                    throw TaxonomyError(file: file, line: nil, message: "topic \(topic.id): its parents form a cycle through \(p)")
                }
                cursor = self.topic(p)?.parent
            }
        }
    }

    /// Parses a topics file: `topics:` followed by a list of topics.
    public static func parse(yaml: String, file: String) throws(TaxonomyError) -> Taxonomy {
        let root: Node?
        do { root = try YAMLDocument.compose(yaml) } catch {
            throw TaxonomyError(file: file, line: error.line, column: error.column, message: error.message)
        }
        guard let list = root?.mapping?["topics"]?.sequence else {
            throw TaxonomyError(file: file, line: root?.mark?.line, message: "expected a mapping with a `topics:` list")
        }
        var topics: [Topic] = []
        let known: Set<String> = [
            "id", "name", "parent", "iptc", "threshold", "terms", "languages", "required", "excluded", "required_in", "excluded_in",
        ]
        for node in list {
            let line = node.mark?.line
            guard let map = node.mapping else { throw TaxonomyError(file: file, line: line, message: "a topic must be a mapping") }
            for key in map.keys {
                guard let k = key.string, known.contains(k) else {
                    throw TaxonomyError(file: file, line: key.mark?.line ?? line,
                                        message: "\(key.string ?? "?"): unknown key; the keys are \(known.sorted().joined(separator: ", "))")
                }
            }
            guard let id = map["id"]?.string, !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw TaxonomyError(file: file, line: line, message: "every topic needs an `id` of letters, digits and dashes")
            }
            guard let threshold = map["threshold"].flatMap({ Double($0.string ?? "") }) ?? Optional(5), threshold > 0 else {
                throw TaxonomyError(file: file, line: map["threshold"]?.mark?.line ?? line, message: "topic \(id): threshold must be a number above 0")
            }
            func weighted(_ node: Node?, language: String?, key: String) throws(TaxonomyError) -> [Term] {
                guard let node else { return [] }
                guard let termMap = node.mapping else {
                    throw TaxonomyError(file: file, line: node.mark?.line ?? line, message: "topic \(id): `\(key)` must be a mapping of term: weight")
                }
                var terms: [Term] = []
                let stemmer = language.flatMap { Stemmer.Snowball($0) }
                for (key, value) in termMap {
                    guard let text = key.string, let w = Double(value.string ?? "") else {
                        throw TaxonomyError(file: file, line: key.mark?.line ?? line, message: "topic \(id): each term needs a numeric weight (term: 2)")
                    }
                    let term = Term(text, weight: w, stemmer: stemmer)
                    guard !term.stems.isEmpty else {
                        throw TaxonomyError(file: file, line: key.mark?.line ?? line, message: "topic \(id): the term \"\(text)\" has no words")
                    }
                    terms.append(term)
                }
                return terms
            }
            let terms = try weighted(map["terms"], language: nil, key: "terms")
            var languages: [String: [Term]] = [:]
            if let node = map["languages"] {
                guard let byLanguage = node.mapping else {
                    throw TaxonomyError(file: file, line: node.mark?.line ?? line,
                                        message: "topic \(id): `languages` must map a language code (es, ja...) to its terms")
                }
                for (key, value) in byLanguage {
                    guard let code = key.string, (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                        throw TaxonomyError(file: file, line: key.mark?.line ?? line,
                                            message: "topic \(id): \(key.string ?? "?") is not an ISO 639-1 language code (es, ja, vi...)")
                    }
                    languages[code, default: []] += try weighted(value, language: code, key: "languages: \(code)")
                }
            }
            func list(_ key: String, _ node: Node? = nil, language: String? = nil) throws(TaxonomyError) -> [Term] {
                guard let node = node ?? map[key] else { return [] }
                guard let seq = node.sequence else {
                    throw TaxonomyError(file: file, line: node.mark?.line ?? line, message: "topic \(id): `\(key)` must be a list of terms")
                }
                return seq.compactMap { $0.string.map { Term($0, language: language) } }.filter { !$0.stems.isEmpty }
            }
            func byLanguage(_ key: String) throws(TaxonomyError) -> [String: [Term]] {
                guard let node = map[key] else { return [:] }
                guard let entries = node.mapping else {
                    throw TaxonomyError(file: file, line: node.mark?.line ?? line,
                                        message: "topic \(id): `\(key)` must map a language code (es, ja...) to a list of terms")
                }
                var out: [String: [Term]] = [:]
                for (k, value) in entries {
                    guard let code = k.string, (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                        throw TaxonomyError(file: file, line: k.mark?.line ?? line,
                                            message: "topic \(id): \(k.string ?? "?") is not an ISO 639-1 language code (es, ja, vi...)")
                    }
                    out[code] = try list("\(key): \(code)", value, language: code)
                }
                return out
            }
            var topic = Topic(
                id: id, name: map["name"]?.string ?? id, parent: map["parent"]?.string, iptc: map["iptc"]?.string,
                threshold: threshold, terms: terms, languages: languages, required: try list("required"), excluded: try list("excluded"))
            topic.requiredIn = try byLanguage("required_in")
            topic.excludedIn = try byLanguage("excluded_in")
            topics.append(topic)
        }
        let taxonomy = Taxonomy(topics: topics)
        var ids = Set<String>()
        for t in topics where !ids.insert(t.id).inserted {
            throw TaxonomyError(file: file, line: nil, message: "topic \(t.id) is defined twice")
        }
        return taxonomy
    }
}

/// A topics file that cannot be used: where, and why.
public struct TaxonomyError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int?, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? "")\(column.map { ":\($0)" } ?? ""): \(message)" }
}
