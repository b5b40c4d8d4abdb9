/// (fr, es, it, pt) A body named after a person or a place with no preposition between: a head that comes first (name
/// context ON: Fundación, Hospital, Université) and the capitalised words after it ("la Fundación Carlos Slim", "el Hospital
/// Gustavo Fricke", "l'Université Cheikh Anta Diop", "la Fundación Patagonia Natural"). The finder by shape cuts such a
/// name at its head, as it cuts "Foreign Ministry Spokesperson Mao Ning", and the finder of people takes the person's name.
extension OrganizationFinder {
    /// The most capitalised words read after the head (bound).
    static let institutionNameWords = 4

    /// The names of such bodies: the head and two to ``institutionNameWords`` capitalised words after it in one sentence,
    /// none a title, an acronym, a day or a month; a capitalised article may join them ("Hospital Universitario La Paz").
    /// Not where a preposition and a capitalised word go on after them ("Hospital Gustavo Fricke de Viña del Mar"), which the
    /// finder by shape reads whole, nor a head inside a longer capitalised name.
    static func namedInstitutions(_ tokens: [Token], _ taken: [Bool]) -> [Range<Int>] {
        let heads = NameContext.shared.institutionHeads
        var out: [Range<Int>] = []
        var k = 0
        while k < tokens.count {
            let head = tokens[k]
            guard head.isCapitalized, !taken[k], heads.contains(head),
                k == 0 || !head.flags.isDisjoint(with: .boundary) || !tokens[k - 1].isCapitalized || romanceArticles.contains(tokens[k - 1])
            else {
                k += 1
                continue
            }
            var end = k + 1
            while end < tokens.count, end - k <= institutionNameWords {
                let w = tokens[end]
                guard w.isCapitalized, w.flags.isDisjoint(with: .boundary), !w.flags.contains(.allCaps), !w.flags.contains(.ideographic),
                    !PersonFinder.titles.contains(w), !PlaceContext.shared.notPlaces.contains(w)
                else { break }
                // (An article only before a word of the name: "La Paz".)
                if connectorsEverywhere.contains(w) {
                    guard romanceArticles.contains(w), end + 1 < tokens.count, tokens[end + 1].isCapitalized,
                        tokens[end + 1].flags.isDisjoint(with: .boundary)
                    else { break }
                }
                end += 1
            }
            let goesOn = end < tokens.count && connectorsEverywhere.contains(tokens[end]) && !tokens[end].isCapitalized
                && end + 1 < tokens.count && tokens[end + 1].isCapitalized && tokens[end + 1].flags.isDisjoint(with: .boundary)
            if end - k >= 3, end - k <= institutionNameWords + 1, !goesOn, !connectorsEverywhere.contains(tokens[end - 1]) {
                out.append(k..<end)
            }
            k = max(end, k + 1)
        }
        return out
    }
}
