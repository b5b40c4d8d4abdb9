import CNewsData

/// Towns of 500 to 15,000 people by their name (`Resources/small-towns.tsv`, written by
/// scripts/generate-country-names.py from GeoNames), which news names in running text after a
/// preposition of place ("bei Hohenwarth", "near Thirsk", "a Longarone"): ``PlaceFinder`` takes one
/// there where the article names its country.
///
/// 121,000 names, seven times the gazetteer's cities below 100,000 people: rather than a table, each
/// look-up is a binary search in the file's sorted bytes as the binary holds them. They cost no
/// memory held: the daemon's trimmer hands the binary's read-only pages back every 10 s (`HeapTrimmer`), and a
/// search reads about 17 lines of the file's pages.
enum SmallTowns {
    /// The countries of the towns named `key` (folded words one space apart, as the file's keys are),
    /// most populous first (a village's in lower case: ``isVillage(_:)``); empty when no town has the
    /// name, or the key is not ASCII (the file has no other keys).
    static func countries(named key: [UInt8]) -> [Substring] {
        guard !key.isEmpty, key.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) else { return [] }
        var count = 0
        guard let start = newsd_small_towns_tsv(&count) else { return [] }
        return lookUp(key, in: UnsafeBufferPointer(start: start, count: count))
    }

    /// Whether a country of ``countries(named:)`` is a village's (fewer than 1,000 people): written in lower case, it
    /// counts only where the article names the country.
    static func isVillage(_ country: Substring) -> Bool { country.first.map { $0 >= "a" && $0 <= "z" } ?? false }

    /// ``countries(named:)`` in `file` (lines `KEY<TAB>CC,CC`, sorted bytewise after comment lines
    /// that start with `#`).
    static func lookUp(_ key: [UInt8], in file: UnsafeBufferPointer<UInt8>) -> [Substring] {
        let newline = UInt8(ascii: "\n")
        // The first and the last line start the search may land on (the comments come first).
        var lo = 0
        while lo < file.count, file[lo] == UInt8(ascii: "#") {
            lo = (file[lo...].firstIndex(of: newline) ?? file.count - 1) + 1
        }
        var hi = file.count
        // Invariant: lo and hi are where lines start (or the end), and the key's line is in lo..<hi.
        while lo < hi {
            var line = lo + (hi - lo) / 2
            while line > lo, file[line - 1] != newline { line -= 1 }
            let order = compare(key, toKeyAt: line, in: file)
            if order == 0 { return countries(at: line + key.count + 1, in: file) }
            if order < 0 {
                hi = line
            } else {
                lo = (file[line...].firstIndex(of: newline) ?? file.count - 1) + 1
            }
        }
        return []
    }

    /// -1, 0 or 1 as `key` sorts before, as or after the key of the line at `line`.
    private static func compare(_ key: [UInt8], toKeyAt line: Int, in file: UnsafeBufferPointer<UInt8>) -> Int {
        var k = 0
        var i = line
        while true {
            let a: Int = k < key.count ? Int(key[k]) : -1
            let b: Int = i < file.count && file[i] != 0x09 && file[i] != 0x0A ? Int(file[i]) : -1
            if a != b { return a < b ? -1 : 1 }
            if a < 0 { return 0 }
            k += 1
            i += 1
        }
    }

    /// The comma-separated countries from `i` to the line's end.
    private static func countries(at i: Int, in file: UnsafeBufferPointer<UInt8>) -> [Substring] {
        var end = i
        while end < file.count, file[end] != 0x0A { end += 1 }
        guard end > i else { return [] }
        return String(decoding: file[i..<end], as: UTF8.self)[...].split(separator: ",")
    }
}
