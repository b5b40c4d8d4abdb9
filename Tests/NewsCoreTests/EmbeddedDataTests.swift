import Foundation
import NewsCore
import Testing

/// The data embedded from Sources/NewsCore/Resources: each file loads, whole, with its comments left out.
@Suite struct EmbeddedDataTests {
    @Test func theDefaultTaxonomyLoadsEveryTopic() throws {
        let taxonomy = Taxonomy.default
        #expect(taxonomy.topics.count == 31)
        #expect(taxonomy.topics.filter { $0.parent != nil }.count == 14)
        #expect(taxonomy.topics.first?.id == "arts-culture")
        #expect(taxonomy.topics.last?.id == "sanctions")
        #expect(taxonomy.topics.map(\.terms.count).reduce(0, +) == 1_373)
        // `newsd topics show` prints the file as it is, without a blank line at its end.
        #expect(Taxonomy.defaultYAML.hasPrefix("topics:\n  - id: arts-culture\n"))
        #expect(Taxonomy.defaultYAML.hasSuffix("\"대북제재\": 3"))
        #expect(taxonomy.topics.flatMap { $0.languages.values }.map(\.count).reduce(0, +) == 3_420)
        #expect(Set(taxonomy.topics.flatMap { $0.languages.keys }) == ["ar", "de", "es", "fr", "it", "ja", "ko", "pt", "ru", "vi", "zh"])
    }

    @Test func theGazetteerLoadsEveryCountryAndLexiconEntry() {
        let entries = Gazetteer.shared.entries
        func count(_ kind: Gazetteer.Kind) -> Int { entries.filter { $0.kind == kind }.count }
        // 249 ISO 3166-1 countries (country-names.tsv), 55 lexicon lines with more names for one and
        // 10 with former names (Soviet Union, Zaire...), 4 with Vietnamese names that are also given
        // names, 7 with Montenegro the surname and Japanese compounds (日米, 米軍).
        #expect(count(.country) == 249 + 55 + 10 + 4 + 7)
        #expect(Set(entries.filter { $0.kind == .country }.map(\.canonical)).count == 249)
        // English, then 68 lines of other languages' demonyms (argentino, allemand, الأردني...).
        #expect(count(.demonym) == 83 + 4 + 68)
        // Seas and regions, the US states by their abbreviations (lexicon), the US states and every
        // country's first-level regions by name (places.tsv, those the lexicon does not name).
        // (The lexicon adds Korean 조지아주; places.tsv 17 names of Korean provinces in Hangul, and
        // French départements and British counties, ISO 3166-2's second level, in several languages.)
        // (And since the twenty-first session the regions of the countries of ten million people or more by CLDR's
        // names of them in 13 news languages: Bavaria, Basse-Saxe, Сахалин, 캘리포니아.)
        // (branch places24: 27 lines of seas, rivers, a canal and mountains, some in more languages for a sea already named.)
        // (branch places29: 17 more, regions whose English names are English words, New South Wales, Isle of Wight, Fife,
        // less four names of territories that ISO 3166-1 lists as countries too, the US Minor Outlying Islands in Russian.)
        // (Twenty-eighth session: three fewer, as the generator folds ł, đ, ø, ß as newsd does and two spellings of a
        // region, Đà Nẵng and Da Nang, are one name.)
        // (Twenty-ninth session: 19 regions of countries of ten million people or more take their name from a town abroad
        // of under 50,000 people, Andalucía, Entre Ríos, Yukon; Freistaat, South Africa's Free State in German, is none.)
        // (Thirty-first session: 1,821 US counties, parishes and boroughs by their whole name, Harney County.)
        // (Thirty-third session: 16 English counties and regions, hand-kept: West Midlands, Kent; known34-clubs: five
        // regions fewer, Lazio in five scripts, whose name is now its club's there; and below seven towns fewer,
        // Anderlecht in three scripts, West Ham, Werder, Cruzeiro, Vélez, by their clubs.)
        // (Thirty-fourth session: 431 regions' names in Han, kana or Hangul are now a city's of the same name abroad, which
        // the generator takes first: アバディーン, アスワン.)
        // (Thirty-fourth session, known35-regions: 392 regions and natural features, hand-kept: the Yangtze, Siberia,
        // Lake Chad; less 12 regions of places.tsv whose name is now a feature's, Sudan's River Nile state in five scripts,
        // the Atlantic departments of Benin and Colombia in three, and Iran's Kurdistan province in Chinese and Japanese.)
        let known35Places: Int = 392 - 12
        #expect(count(.place) == 59 + 50 + 27 + 22_158 + 17 - 3 + 19 - 1 + 1_821 + 16 - 5 - 431 + known35Places)
        // The lexicon's bodies, agencies, firms (22 of them China's largest, by their Chinese names) and 33 football
        // clubs (since the twenty-fourth session 63 political parties, 11 Korean baseball bodies and clubs, 12 more firms,
        // a union and clubs), and the generated firms (organizations.tsv: the index firms and investpy's listed firms; seven fewer since
        // firms of two words are named by their brand, "Infineon", whose name a later listing of the same word then lacks;
        // since the twenty-eighth session 143 fewer, as receipts and quotes abroad, "Alphabet Inc BDR", are no name of their own,
        // and 30 more: Vietnam's brands of one word, Vietcombank; and one fewer, Lodzia, now a spelling of Łódź).
        // (Thirty-second session, known33-west: 456 international bodies, western states' institutions, media and firms;
        // known33-east: 404 national bodies, armed groups and firms of Russia, Asia, the Arab states, Iran, Israel and
        // Turkey, some of them lines of more names for a body listed before.)
        // (Thirty-third session, known34-firms: 293 well-known firms by the names of the twelve languages' press;
        // known34-clubs: 487 football and baseball clubs and football bodies, and 33 lines of clubs and bodies listed
        // before got more names.)
        // (Thirty-fourth session, known35-bodies: 1,158 public bodies, regional governments, police and courts, media, unions, employers'
        // federations and aid societies, and 107 lines of bodies listed before got more names.)
        #expect(count(.organization) == 355 + 456 + 13_145 + 404 + 293 + 487 + 1_158)
        // (Thirty-second session: 150 office holders of the western states and heads of international bodies, known33-west;
        // 216 of the eastern states, known33-east.)
        #expect(count(.person) == 57 + 150 + 216)
        // East Sea, عمان, 조지아.
        #expect(count(.contextual) == 3)
        // Capitals and cities get one entry per name; places.tsv adds the GeoNames cities the
        // lexicon does not name (2,005 of them smaller cities by their name in their own script: 倉敷市, Котлас;
        // 90 Korean cities by their bare name, 전주 for 전주시 and 속초, which PlaceFinder reads by their context;
        // 580 more Arabic names, towns of the Arab countries such as سنجار less words such as الخبر;
        // 300 Cyrillic towns by a town's ending, Холмск; 231 South Korean si, gun and gu that GeoNames lacks in Hangul,
        // 평창군 and 평창; branch places29: 74 towns by the short form of an official name, Marburg of Marburg an der Lahn; not Fernández of a small
        // Ciudad Fernández; six more since the generator folds ł, đ, ø, ß as newsd does: Łódź's other spellings, less
        // Barcełona, which passed as a name other than Barcelona, left out for the club).
        #expect(count(.capital) == 152)
        // (Twenty-ninth session: the 19 towns whose names those regions took; thirty-first: Norfolk County, Ontario, whose
        // name Massachusetts' county took; and 221 Japanese cities of 100,000 people or more by their bare name, 金沢 of
        // 金沢市, which PlaceFinder reads by their context.)
        // (Thirty-second session, known33-west: four small towns whose name a listed body or person now has, Nokia, Banga,
        // Carney, Planalto.)
        // (Thirty-third session: Barcelona, Phoenix and Florence, which were left out for a club and a given name, as
        // cities whose name is a word, read after a preposition of place; less Kent, Surrey and Cheshire, which the
        // hand-kept English counties now name.)
        // (Thirty-third session, known34-firms: three cities whose name is now a firm's, Тойота and تويوتا (Toyota), and
        // Orange, New South Wales; the towns of Suzano and Santander stay, their firms counting beside a word only;
        // known34-clubs: the seven towns above.)
        // (Thirty-fourth session: 2,856 cities abroad of 150,000 people or more by their name in Han, kana or Hangul,
        // 萨拉戈萨, サラゴサ, 사라고사, and 299 Chinese cities by their bare name for datelines, 拉萨; and the 431 above.)
        // (One fewer with known35-regions: フーコック島 is the island of Phu Quoc there.)
        // (+7: Japanese cities in Hangul and Chinese ones in kana, transliterations as the others' are: 오사카 is not in
        // GeoNames, チチハル and 스허즈 are.)
        let cjkCities: Int = 2_856 + 299 - 1 + 7
        let known35Towns: Int = 6
        // (known35-regions: six towns fewer whose name is now a feature's: Zambezi, Victoria Falls, Potomac, Andes, Río
        // Colorado, Golden Triangle.)
        #expect(count(.city) == 135 + 58_138 + 74 + 6 - 19 - 1 + 221 - 4 + 3 - 3 - 3 - 7 + cjkCities + 431 - known35Towns)
        // (known35-bodies: 1,158 public bodies, media and social partners.)
        #expect(entries.count == 325 + 155 + 22_294 + 17 - 3 + 19 - 1 + 1_821 + 16 - 5 + 13_500 + 456 + 57 + 150 + 3 + 404 + 293 + 487 + 216 + 152 + 58_273 + 74 + 6 - 19 - 1 + 221 - 4 + 3 - 3 - 3 - 7 + cjkCities + known35Places - known35Towns + 1_158)
    }

    @Test func theGazetteerFindsNamesFromBothFiles() {
        let tokens = Tokenizer.tokenize("Officials in Hà Nội and the Ministry of Defence said Việt Nam and Nederland agreed.")
        let names = Gazetteer.shared.matches(in: tokens).map { Gazetteer.shared.placeName($0.entry) }
        #expect(names.contains("VN"))
        #expect(names.contains("NL"))
    }

    /// The aliases of one first word are tried longest first, the lexicon's before the generated
    /// places among equals, and a place the lexicon already names is not taken again.
    @Test func aliasesAreTriedLongestFirstAndAPlaceIsTakenOnce() {
        let gazetteer = Gazetteer(
            lexicon: "Y\tUS\t-\tNew York|York Harbour\nP\tNew Territories\tHK\tNew Territories\n",
            countryNames: "GB\tUnited Kingdom\n",
            places: "New York\tUS\t8000000\t-\nYork\tGB\t200000\t-\nNew\tPG\t150000\t-\nYork\tUS\t150000\t-\n")
        // New York (lexicon; its place line is not taken), York (GB; the second York is not taken), New.
        #expect(gazetteer.entries.count == 6)
        func names(_ text: String) -> [String] {
            gazetteer.matches(in: Tokenizer.tokenize(text)).map { gazetteer.placeName($0.entry) + ":" + (gazetteer.entries[$0.entry].country ?? "-") }
        }
        #expect(names("Flights from New York and New Territories landed.") == ["New York:US", "New Territories:HK"])
        #expect(names("Rain fell in York on Monday.") == ["York:GB"])
        #expect(names("They sailed into York Harbour at dawn.") == ["York Harbour:US"])
    }

    @Test func commentLinesInTheDataAreSkipped() {
        let gazetteer = Gazetteer(
            lexicon: "# KIND CANONICAL COUNTRY ~ALIAS|ALIAS\nN\tJO\t-\t~Jordan\n# a\tcomment\twith\ttabs\n",
            countryNames: "# CC\tNAME|NAME\nJO\tJordan|Hashemite Kingdom of Jordan\n")
        #expect(gazetteer.entries.map(\.canonical) == ["JO", "JO"])
    }
}
