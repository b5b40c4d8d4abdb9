import NewsCore
import Testing

/// The thirty-third session's hand-kept football clubs, baseball clubs and football bodies (lexicon.tsv, the section
/// headed "known34c"): clubs and bodies as the press of several languages writes them, and the places and words their
/// names are made of, which must stay places and words. Texts written for these tests.
@Suite struct KnownClubsTests {
    static let analyzer = Analyzer()

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var organizations: [String] = []
        var absent: [String] = []
        var places: [String] = []
        var testDescription: String { text }
    }

    static func check(_ c: Case) {
        let a = analyzer.analyze(Article(title: "", body: c.text, format: "text")).analysis
        for o in c.organizations { #expect(a.organizations.contains(o), "\(o) in \(a.organizations)") }
        for o in c.absent { #expect(!a.organizations.contains(o), "\(o) not in \(a.organizations)") }
        for p in c.places { #expect(a.places.contains(p), "\(p) in \(a.places)") }
    }

    @Test(arguments: [
        Case(text: "손흥민이 맨시티를 상대로 결승골을 넣었고, 파리 생제르맹은 리그 선두를 지켰다.",
             organizations: ["Manchester City", "Paris Saint-Germain"]),
        Case(text: "鹿島アントラーズは浦和レッズに2―0で勝ち、楽天イーグルスは西武ライオンズに敗れた。",
             organizations: ["Kashima Antlers", "Urawa Red Diamonds", "Tohoku Rakuten Golden Eagles", "Saitama Seibu Lions"]),
        Case(text: "وقع الوداد البيضاوي مع مهاجم جديد، فيما تعاقد نيوكاسل يونايتد مع لاعب من اتلتيكو مدريد.",
             organizations: ["Wydad AC", "Newcastle United", "Atlético de Madrid"]),
        Case(text: "فاز الأهلي المصري على الزمالك في نهائي الكأس.", organizations: ["Al Ahly"]),
        Case(text: "«Фенербахче» обыграл ЦСКА в товарищеском матче.", organizations: ["Fenerbahçe", "CSKA Moscow"]),
        Case(text: "上海海港主场2比1击败成都蓉城，巴萨和皇马的比赛将在周日进行。",
             organizations: ["Shanghai Port", "Chengdu Rongcheng", "FC Barcelona", "Real Madrid"]),
        Case(text: "Vélez Sarsfield venció a Boca Juniors en el José Amalfitani.", organizations: ["Vélez Sarsfield", "Boca Juniors"]),
        Case(text: "The EFL and the FIGC both fined the clubs on Monday.",
             organizations: ["English Football League", "Italian Football Federation"]),
        Case(text: "K리그1 울산 HD가 전북 현대를 꺾었다.", organizations: ["Korea Professional Football League", "Ulsan HD FC", "Jeonbuk Hyundai Motors"]),
        Case(text: "Arsenal beat Chelsea 2-1 and Man Utd drew with Aston Villa.",
             organizations: ["Arsenal FC", "Chelsea FC", "Manchester United", "Aston Villa"]),
        Case(text: "El Sevilla ganó al Valencia y el Atleti empató en casa del Villarreal.",
             organizations: ["Sevilla FC", "Valencia CF", "Atlético de Madrid", "Villarreal CF"]),
        Case(text: "O Sporting vendeu o médio ao Brighton por 45 milhões de euros.",
             organizations: ["Sporting CP", "Brighton & Hove Albion"]),
        Case(text: "La Lazio ha battuto la Roma nel derby.", organizations: ["SS Lazio", "AS Roma"]),
        Case(text: "Hà Nội FC và Thép Xanh Nam Định đều thắng ở vòng 5 V.League 1.",
             organizations: ["Hà Nội FC", "Thép Xanh Nam Định"]),
        Case(text: "Die DFL und der DFB einigten sich mit Bayer Leverkusen.",
             organizations: ["Deutsche Fußball Liga", "German Football Association", "Bayer 04 Leverkusen"]),
    ])
    func clubsAndBodies(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A city a club is named after stays the city, without a club's article before it.
        Case(text: "Thousands marched in Sevilla and in Valencia on Sunday.", absent: ["Sevilla FC", "Valencia CF"],
             places: ["Sevilla", "Valencia"]),
        Case(text: "La manifestación recorrió Sevilla y llegó a Valencia por la tarde.", absent: ["Sevilla FC", "Valencia CF"]),
        Case(text: "Il presidente del Lazio ha visitato Roma ieri.", absent: ["SS Lazio", "AS Roma"]),
        Case(text: "The storm hit Liverpool and Everton Park was closed.", absent: ["Liverpool FC", "Everton FC"]),
        // The Red Crescent, "victory over", the union, the eye: Arabic words the clubs are named by.
        Case(text: "قدم الهلال الأحمر مساعدات إلى السكان.", absent: ["Al Hilal"]),
        Case(text: "احتفل الجيش بالنصر على المتمردين.", absent: ["Al Nassr"]),
        Case(text: "قال الاتحاد الأوروبي إن العقوبات ستستمر.", absent: ["Al Ittihad"]),
        Case(text: "زار الوزير مدينة العين في الإمارات.", absent: ["Al Ain FC"]),
        Case(text: "قال البنك الأهلي المصري إن أرباحه ارتفعت.", absent: ["Al Ahly"]),
        Case(text: "تفقد الوزير السد الجديد على النهر.", absent: ["Al Sadd SC"]),
        // Rakuten the firm, Kashima the city, Shanghai and Yokohama.
        Case(text: "楽天の決算は赤字だった。鹿島市では祭りが開かれた。", absent: ["Tohoku Rakuten Golden Eagles", "Kashima Antlers"]),
        Case(text: "上海港的吞吐量继续增长，其中超过一半来自洋山港。", absent: ["Shanghai Port", "Chinese Super League"]),
        Case(text: "横浜市は新しい公園を開いた。", absent: ["Yokohama F. Marinos", "Yokohama FC"]),
        Case(text: "ガンバレ日本と観客が叫んだ。", absent: ["Gamba Osaka"]),
        // "the Indian Premier League", "the National Football League", "Espanyol" as the Catalan word is lower case.
        Case(text: "He was signed by a team in the Indian Premier League.", absent: ["Premier League"]),
        Case(text: "The National Football League suspended the player.", absent: ["English Football League"]),
        Case(text: "Arizona's capital is Phoenix, AZ, where the company is based.", absent: ["AZ Alkmaar"]),
        Case(text: "The military built an arsenal of drones.", absent: ["Arsenal FC"]),
    ])
    func placesAndWordsThatStay(_ c: Case) { Self.check(c) }
}

/// A club's word of a listed club's name ("FC Bayern München") is the club alone too later in the article ("Bayern führt
/// die Tabelle an"), not the region. Texts written for these tests.
@Suite struct ListedClubWordTests {
    @Test func aListedClubsWordAloneIsTheClub() {
        let a = EntityContextTests.analyse("Fußball", "Der FC Bayern München gewann am Samstag. In der Tabelle führt Bayern nun deutlich.")
        #expect(!a.places.contains("Bayern"), "\(a.places)")
        #expect(a.countries.isEmpty, "\(a.countries)")
    }
}
