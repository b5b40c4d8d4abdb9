/// Arabic names that no title introduces: after a verb of speech or of scoring, which comes
/// first in the sentence (وقال محمد معيط إن, وسجل أشرف حكيمي); Resources/name-context.tsv, Y.
extension PersonFinder {
    /// True when `t` carries the article al- (الناصر).
    static func hasArabicArticle(_ t: Token) -> Bool { t.text.hasPrefix("ال") && t.text.scalarCount > 3 }

    /// True when the al- word at `k` ends a name of one word so far (أمين الناصر, أحمد الطنطاوي): a
    /// family name, when the name ends with it, before punctuation or a word that ends a name and
    /// carries no article ("... الأسبوع الماضي" is a date).
    static func endsArabicName(_ tokens: [Token], at k: Int, context: NameContext.Words) -> Bool {
        guard k + 1 < tokens.count else { return true }
        let next = tokens[k + 1]
        return next.flags.contains(.afterPunctuation) || context.nameStops.contains(next.text) && !hasArabicArticle(next)
    }

    /// True when a title with the article follows the al- word at `k` (وقال أمين الناصر الرئيس التنفيذي): in apposition
    /// after a name that a verb began; after a title the same words are the body's ("مدير صحة المحافظة الدكتور ...").
    static func titleFollows(_ tokens: [Token], at k: Int, context: NameContext.Words) -> Bool {
        guard k + 1 < tokens.count else { return false }
        let next = tokens[k + 1]
        return next.flags.isDisjoint(with: .boundary) && hasArabicArticle(next) && context.arabicTitles.contains(next)
    }

    /// True when `t` is a verb in the future: sa- and the imperfect's prefix on a root of three or four letters (سيزور,
    /// ستعقد, سيواصل), ending in no long vowel as foreign names written so do (سيلفا, سيميوني).
    static func isArabicFuture(_ t: Token) -> Bool {
        guard (5...6).contains(t.text.scalarCount), let last = t.text.unicodeScalars.last, !"اويىه".unicodeScalars.contains(last)
        else { return false }
        return t.text.hasPrefix("سي") || t.text.hasPrefix("ست") || t.text.hasPrefix("سن")
    }

    /// True when the word at `j` is wa- and the article after a word with the article: a field of two or more (وزير التربية
    /// والتعليم, وزير الخارجية والتعاون الدولي, وزير الصناعة والتجارة والتموين). Not after a family name in -i ("الرئيس السيسي والملك").
    static func isJoinedField(_ tokens: [Token], _ j: Int) -> Bool {
        let t = tokens[j]
        guard j > 0, t.text.hasPrefix("وال"), t.text.scalarCount > 5, t.flags.isDisjoint(with: .boundary) else { return false }
        let before = tokens[j - 1]
        // (Or after a field joined so itself: وزير الصناعة والتجارة والتموين, a field of three.)
        return (hasArabicArticle(before) || before.text.hasPrefix("وال") && before.text.scalarCount > 5) && !before.text.hasSuffix("ي")
    }

    /// True when `t` ends a name: a word of `context`'s stops (S), or one with a preposition or "and"
    /// glued before it (بهدفين, وفي).
    static func isArabicNameStop(_ t: Token, _ context: NameContext.Words) -> Bool {
        if context.nameStops.contains(t) { return true }
        guard let first = t.text.unicodeScalars.first, first == "ب" || first == "ل" || first == "و", t.text.scalarCount > 3 else { return false }
        return context.nameStops.contains(String(t.text.unicodeScalars.dropFirst()))
    }

    /// "الدين" folded, the second word of given names such as نور الدين and بدر الدين.
    static let arabicDin = Tokenizer.words("الدين").first ?? "الدين"

    /// True when `t` is the name Ali as written (علي), which folds as the preposition على does.
    static func isAli(_ t: Token) -> Bool {
        t.text == arabicAli && t.original.unicodeScalars.last == "\u{064A}"
    }
    private static let arabicAli = Tokenizer.words("علي").first ?? "علي"

    /// True when the word at `k`, which the gazetteer took for a place, is a given name here (سالم الخليل):
    /// one of `context`'s (AN), before an Arabic word that the gazetteer left and that ends no name.
    static func isArabicGivenPlace(_ tokens: [Token], _ taken: [Bool], _ k: Int, _ context: NameContext.Words) -> Bool {
        guard context.arabicGivenPlaces.contains(tokens[k]), k + 1 < tokens.count, !taken[k + 1] else { return false }
        let next = tokens[k + 1]
        return next.flags.isDisjoint(with: .boundary) && !isArabicNameStop(next, context) && !context.arabicTitles.contains(next)
            && (next.original.unicodeScalars.first.map { $0.value >= 0x0620 && $0.value <= 0x06FF } ?? false)
    }

    /// True when the word at `k`, a demonym the gazetteer took (المصري), is the family name that ends a
    /// name of two words (أحمد المصري إن): the article, -i, and punctuation or a word that ends a name after it.
    static func isArabicFamilyDemonym(_ tokens: [Token], at k: Int, context: NameContext.Words) -> Bool {
        let t = tokens[k]
        return hasArabicArticle(t) && t.text.hasSuffix("ي") && endsArabicName(tokens, at: k, context: context)
    }
}

extension PersonFinder {
    /// (ar) Titles that name their field after في (الخبير في الشؤون الدولية, الباحث في علم الاجتماع), folded as the
    /// tokens are (ة as ه).
    static let arabicFieldTitles: WordSet = {
        var set = WordSet()
        for word in ["الخبير", "الخبيرة", "خبير", "خبيرة", "الباحث", "الباحثة", "باحث", "باحثة", "المحلل", "المحللة", "الأستاذ", "الأستاذة", "أستاذ"] {
            if let folded = Tokenizer.words(word).first { set.insert(folded) }
        }
        return set
    }()

    /// (ar) True when the title's word at `i` is a relative adjective (-i) of the noun before it ("المؤتمر الصحفي", a
    /// press conference: الصحفي is "journalist" too): both carry the article, in one phrase, and the noun is no title
    /// nor a name the gazetteer knows ("الرئيس الأمريكي"); a name's last word may stand before a title ("عبد الله
    /// الثاني الرئيس"), so only titles in -i are read so.
    static func isArabicAdjective(_ tokens: [Token], _ taken: [Bool], _ i: Int, _ context: NameContext.Words) -> Bool {
        i > 0 && hasArabicArticle(tokens[i]) && (tokens[i].text.hasSuffix("ي") || tokens[i].text.hasSuffix("يه"))
            && hasArabicArticle(tokens[i - 1]) && tokens[i].flags.isDisjoint(with: .boundary)
            && !taken[i - 1] && !context.arabicTitles.contains(tokens[i - 1])
    }
}

extension PersonFinder {
    /// (ar) Words of time with the article, which follow a name of one word but are no family name (الرئيس ترامب
    /// الأربعاء), folded as the tokens are.
    static let arabicTimeWords: WordSet = {
        var set = WordSet()
        for word in ["الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "اليوم", "الليلة", "الماضي",
                     "المقبل", "الجاري", "الحالي", "الأسبوع", "الشهر", "العام", "الصباح", "المساء", "الآن"] {
            if let folded = Tokenizer.words(word).first { set.insert(folded) }
        }
        return set
    }()

    /// (ar) True when the al- word at `k`, right after the one word of a name that a title introduced, is the family
    /// name (محافظ إربد رضوان العتوم, الناطق باسم الوزارة سفيان القضاة): no word of time, none the gazetteer took, and
    /// no al- word after it, with which it would make a phrase ("الأمين العام", "الأسبوع الماضي").
    static func isFamilyAfterTitle(_ tokens: [Token], _ taken: [Bool], at k: Int) -> Bool {
        guard hasArabicArticle(tokens[k]), !taken[k], !arabicTimeWords.contains(tokens[k]) else { return false }
        guard k + 1 < tokens.count else { return true }
        let next = tokens[k + 1]
        return !next.flags.isDisjoint(with: .boundary) || !hasArabicArticle(next)
    }

    /// (ar) Words for an office's field that wa- joins to the office before (وزير الخارجية وشؤون المغتربين), folded.
    static let arabicJoinedFields: WordSet = {
        var set = WordSet()
        for word in ["شؤون", "شئون"] {
            if let folded = Tokenizer.words(word).first { set.insert(folded) }
        }
        return set
    }()

    /// (ar) True when the word at `j` is wa- and a title or an office's field with an al- word after it: a second office
    /// of the same person ("نائب رئيس الوزراء ووزير الخارجية", "وزير الخارجية وشؤون المغتربين").
    static func isJoinedOffice(_ tokens: [Token], _ j: Int, _ context: NameContext.Words) -> Bool {
        let t = tokens[j]
        guard t.text.hasPrefix("و"), t.text.scalarCount > 3, j + 1 < tokens.count, hasArabicArticle(tokens[j + 1]),
            tokens[j + 1].flags.isDisjoint(with: .boundary)
        else { return false }
        let rest = String(t.text.unicodeScalars.dropFirst())
        return context.arabicTitles.contains(rest) || arabicJoinedFields.contains(rest)
    }
}

