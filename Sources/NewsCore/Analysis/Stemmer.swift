/// A light English stemmer (plurals, -ing, -ed), enough to fold "elections", "electing" and
/// "elected" together for topic terms. Words in other scripts pass through.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        let u = word.utf8
        let n = u.count
        guard n > 3, u.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var b = Array(u)
        func ends(_ s: StaticString) -> Bool {
            let k = s.utf8CodeUnitCount
            guard b.count > k else { return false }
            return s.withUTF8Buffer { buf in
                var j = 0
                while j < k {
                    if b[b.count - k + j] != buf[j] { return false }
                    j += 1
                }
                return true
            }
        }
        if ends("ies") && b.count > 4 {
            b.removeLast(3)
            b.append(0x79)
        } else if ends("sses") {
            b.removeLast(2)
        } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
            b.removeLast()
        }
        if ends("ing") && b.count >= 7 {
            b.removeLast(3)
            undouble(&b)
        } else if ends("ied") && b.count > 4 {
            b.removeLast(3)
            b.append(0x79)
        } else if ends("ed") && b.count >= 6 && !ends("eed") {
            b.removeLast(2)
            undouble(&b)
        }
        return String(decoding: b, as: UTF8.self)
    }

    private static func undouble(_ b: inout [UInt8]) {
        guard b.count >= 4, let last = b.last, b[b.count - 2] == last,
            !"aeiouls".utf8.contains(last)
        else { return }
        b.removeLast()
    }
}
