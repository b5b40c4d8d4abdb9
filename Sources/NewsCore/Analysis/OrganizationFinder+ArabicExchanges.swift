/// Arabic stock exchanges named by their market's word, سوق, which begins common phrases too ("سوق العمل", the
/// labour market): the market is an exchange only with its financial word after it (السوق المالية السعودية, سوق دبي
/// المالي, سوق مسقط للأوراق المالية, سوق الأسهم السعودية).
extension OrganizationFinder {
    /// سوق and السوق, with a conjunction or a preposition glued before them (وسوق, بالسوق), folded as the tokens are.
    static let arabicMarkets: Set<String> = Set(["سوق", "السوق", "وسوق", "والسوق", "بسوق", "بالسوق", "لسوق", "للسوق"].flatMap { Tokenizer.words($0) })
    /// The financial words after the market (المالية, المالي, للأوراق المالية) or its shares (الأسهم).
    static let arabicMarketWords: Set<String> = Set(["المالية", "المالي", "للأوراق", "الأسهم", "للأسهم"].flatMap { Tokenizer.words($0) })

    /// The exchange that starts at `i`: the market, a place the gazetteer found or none, the financial word, then
    /// what stands after it with the article (السعودية) or for the securities (للأوراق المالية); the market and
    /// its financial word alone (السوق المالية: "the financial market") name none.
    static func arabicExchange(_ tokens: [Token], at i: Int, taken: [Bool]) -> Range<Int>? {
        guard arabicMarkets.contains(tokens[i].text), i + 2 < tokens.count else { return nil }
        func inClause(_ k: Int) -> Bool { k < tokens.count && tokens[k].flags.isDisjoint(with: .boundary) }
        var k = i + 1
        let place = inClause(k) && taken[k]
        if place { k += 1 }
        guard inClause(k), arabicMarketWords.contains(tokens[k].text) else { return nil }
        k += 1
        // للأوراق المالية: the securities' word.
        if tokens[k - 1].text.hasPrefix("لل"), inClause(k), PersonFinder.hasArabicArticle(tokens[k]) { k += 1 }
        // A country's adjective with the article after it (السعودية, المصرية): ة is folded as ه.
        let origin = inClause(k) && PersonFinder.hasArabicArticle(tokens[k]) && tokens[k].text.hasSuffix("يه")
        if origin { k += 1 }
        return place || origin ? i..<k : nil
    }
}
