extension PersonFinder {
    /// `found` less the names of two words or more that are the last words of a longer one: a surname of several
    /// words said again alone ("Amara Okonkwo-Bell ... Okonkwo-Bell warned", "Pieter van der Hoek ... Van der Hoek
    /// said", "Khalid bin Hamad al-Mansouri ... Al-Mansouri, 51,"). (A surname of one word is resolved as it is found.)
    /// A name that begins with a given name stays beside one two words longer or more: that one may hold a title
    /// run on ("Midlands MEP Robert Kilroy-Silk" and "Robert Kilroy-Silk").
    static func withoutTails(_ found: [(name: String, parts: [String])]) -> [(name: String, parts: [String])] {
        guard found.count >= 2 else { return found }
        return found.filter { short in
            guard short.parts.count >= 2 else { return true }
            let given = NameShapes.shared.given.contains(short.parts[0])
            return !found.contains {
                $0.parts.count > short.parts.count && (!given || $0.parts.count == short.parts.count + 1)
                    && $0.parts.suffix(short.parts.count).elementsEqual(short.parts)
            }
        }
    }
}
