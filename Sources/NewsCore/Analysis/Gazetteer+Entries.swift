extension Gazetteer {
    /// The gazetteer's entries, packed: 12 bytes an entry, the canonical names in one byte array.
    ///
    /// There are some 76,000 entries (nearly all places.tsv's cities), each read at start-up and
    /// kept for the process's life. As an array of ``Entry`` they took 48 bytes each, and a heap
    /// block of its own for each of the 17,500 canonical names longer than a small string holds:
    /// 4.7 MiB of the daemon's resident memory, which has to stay under 100 MB. Packed, they take
    /// 1.8 MiB. Reading an element builds the ``Entry`` (its name from the bytes); the matcher's
    /// loops ask for ``kind(_:)`` and ``country(_:)`` alone, which build no name.
    public struct Entries: RandomAccessCollection, Sendable {
        struct Packed: Sendable {
            /// Where the canonical name starts in ``Entries/names``.
            var name: UInt32
            var nameLength: UInt16
            /// The country code's two ASCII bytes (first in the low byte); 0: none.
            var country: UInt16
            var kind: Kind
            /// Whether ``Entries/meanings`` holds the entry (a few hundred do): the others' elements are built without
            /// hashing their index into it.
            var hasMeanings: Bool
        }

        private var packed: [Packed] = []
        private var names: [UInt8] = []
        /// ``Kind/contextual`` entries' meanings (a few dozen), and the other countries of cities whose name
        /// cities abroad share (some 500), by entry.
        private var meanings: [Int32: [(country: String, place: String)]] = [:]
        /// Countries that are not two ASCII letters (none in the shipped data), by entry.
        private var otherCountries: [Int32: String] = [:]

        public var startIndex: Int { 0 }
        public var endIndex: Int { packed.count }

        public subscript(position: Int) -> Entry {
            Entry(kind: packed[position].kind, canonical: canonical(position), country: country(position),
                  meanings: packed[position].hasMeanings ? meanings[Int32(position)] ?? [] : [])
        }

        /// The entry's kind, without building the entry.
        @inline(__always)
        public func kind(_ entry: Int) -> Kind { packed[entry].kind }

        /// The entry's country code, without building the entry (a small string: no allocation).
        public func country(_ entry: Int) -> String? {
            let code = packed[entry].country
            guard code != 0 else { return otherCountries[Int32(entry)] }
            return withUnsafeBytes(of: code.littleEndian) { String(decoding: $0, as: UTF8.self) }
        }

        /// The entry's ``Entry/meanings``, without building the entry.
        public func meanings(_ entry: Int) -> [(country: String, place: String)] {
            packed[entry].hasMeanings ? meanings[Int32(entry)] ?? [] : []
        }

        /// The entry's canonical name.
        public func canonical(_ entry: Int) -> String {
            let p = packed[entry]
            return names.withUnsafeBufferPointer { all in
                String(decoding: UnsafeBufferPointer(rebasing: all[Int(p.name)..<Int(p.name) + Int(p.nameLength)]), as: UTF8.self)
            }
        }

        mutating func append(_ entry: Entry) {
            let id = Int32(packed.count)
            let name = Array(entry.canonical.utf8.prefix(Int(UInt16.max)))
            // A city's entries (one for each of its names) share its canonical name.
            var start = names.count
            if let last = packed.last, Int(last.nameLength) == name.count,
               names[Int(last.name)..<Int(last.name) + name.count].elementsEqual(name)
            {
                start = Int(last.name)
            } else {
                names += name
            }
            var code: UInt16 = 0
            if let country = entry.country {
                let bytes = Array(country.utf8)
                if bytes.count == 2 && bytes.allSatisfy({ $0 > 0 && $0 < 0x80 }) {
                    code = UInt16(bytes[0]) | UInt16(bytes[1]) << 8
                } else {
                    otherCountries[id] = country
                }
            }
            if !entry.meanings.isEmpty { meanings[id] = entry.meanings }
            packed.append(Packed(name: UInt32(start), nameLength: UInt16(name.count), country: code, kind: entry.kind,
                                 hasMeanings: !entry.meanings.isEmpty))
        }

        /// Drops the room the arrays grew beyond their contents while they were read.
        mutating func shrinkToFit() {
            packed = packed.withUnsafeBufferPointer { Array($0) }
            names = names.withUnsafeBufferPointer { Array($0) }
        }
    }
}
