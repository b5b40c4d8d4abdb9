/// Regions a `country:` query may name, with their member countries, so that
/// `country:"Southeast Asia"` matches an article about Vietnam that never says "Southeast Asia".
enum Regions {
    static let members: [String: Set<String>] = {
        let table: [(names: [String], codes: String)] = [
            (["southeast asia", "south east asia", "south-east asia", "asean"], "BN KH ID LA MY MM PH SG TH TL VN"),
            (["east asia", "northeast asia"], "CN JP KR KP MN TW HK MO"),
            (["south asia"], "AF BD BT IN MV NP PK LK"),
            (["central asia"], "KZ KG TJ TM UZ"),
            (["middle east", "mideast"], "AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE"),
            (["gulf", "gulf states", "gcc"], "AE BH KW OM QA SA"),
            (["korean peninsula"], "KR KP"),
            (["indochina"], "KH LA VN"),
            (["european union", "eu"], "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"),
            (["nordic countries", "nordics"], "DK FI IS NO SE"),
            (["baltic states", "baltics"], "EE LV LT"),
            (["balkans"], "AL BA BG HR XK ME MK RS SI"),
            (["pacific islands"], "FJ KI MH FM NR PW PG WS SB TO TV VU"),
            (["quad"], "AU IN JP US"),
            (["aukus"], "AU GB US"),
            (["five eyes"], "AU CA GB NZ US"),
        ]
        var out: [String: Set<String>] = [:]
        for (names, codes) in table {
            let set = Set(codes.split(separator: " ").map(String.init))
            for name in names { out[Tokenizer.words(name).joined(separator: " ")] = set }
        }
        return out
    }()

    /// Every region name a query may use.
    static var names: [String] { Array(members.keys) }

    /// The member countries of the region `value` names, or nil.
    static func countries(_ value: String) -> Set<String>? {
        members[Tokenizer.words(value).joined(separator: " ")]
    }
}
