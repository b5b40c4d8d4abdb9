extension MailDecoder: ArticleFormat {
    public var name: String { "mail" }
    public var readsText: Bool { false }

    /// Possible for `.eml`, or for a file that starts with a block of mail headers.
    public func sniff(_ input: FormatInput) -> FormatConfidence? {
        input.fileExtension == "eml" || Self.looksLikeMail(input.head) ? .possible : nil
    }

    public func decode(_ input: FormatInput) throws(IntakeError) -> [Article] {
        [try decode(input.bytes)]
    }
}
