/// Arabic names that no title introduces: after a verb of speech or of scoring, which comes
/// first in the sentence (وقال محمد معيط إن, وسجل أشرف حكيمي); Resources/name-context.tsv, Y.
extension PersonFinder {
    /// True when `t` carries the article al- (الناصر).
    static func hasArabicArticle(_ t: Token) -> Bool { t.text.hasPrefix("ال") && t.text.unicodeScalars.count > 3 }

    /// True when the al- word at `k` ends a name of one word so far (أمين الناصر, أحمد الطنطاوي): a
    /// family name, when the name ends with it, before punctuation or a word that ends a name and
    /// carries no article ("... الأسبوع الماضي" is a date).
    static func endsArabicName(_ tokens: [Token], at k: Int, context: NameContext.Words) -> Bool {
        guard k + 1 < tokens.count else { return true }
        let next = tokens[k + 1]
        return next.flags.contains(.afterPunctuation) || context.nameStops.contains(next.text) && !hasArabicArticle(next)
    }

    /// True when `t` ends a name: a word of `context`'s stops (S), or one with a preposition or "and"
    /// glued before it (بهدفين, وفي).
    static func isArabicNameStop(_ t: Token, _ context: NameContext.Words) -> Bool {
        if context.nameStops.contains(t) { return true }
        guard let first = t.text.unicodeScalars.first, first == "ب" || first == "ل" || first == "و", t.text.unicodeScalars.count > 3 else { return false }
        return context.nameStops.contains(String(t.text.unicodeScalars.dropFirst()))
    }
}
