@testable import NewsCore
import Testing

/// Names that no title stands right beside, or whose title or end was missed: Chinese lists of names (、 and 和),
/// transcribed names with a middle dot, players' positions and scholars, Korean foreign family names in 로 and
/// ranks, Japanese given names in hiragana, Arabic spokesmen and experts with their body or field; and the
/// look-alikes that stay out. Texts written for these tests; the names are invented.
@Suite struct PersonListTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        // A list of three-character names, parted by 、 and joined by 和, ending before a verb or a stop.
        ("案件", "据报道，赵文博、钱丽华和孙志刚已被警方带走。", ["赵文博", "钱丽华", "孙志刚"]),
        ("颁奖", "获奖者中，吴海燕、郑国强均来自农村。", ["吴海燕", "郑国强"]),
        // A transcribed name with a middle dot.
        ("央行", "英国经济学家安德鲁·贝利表示，通胀仍然偏高。", ["安德鲁·贝利"]),
        ("新书", "法国作家玛丽·杜邦的新书下月出版。", ["玛丽·杜邦"]),
        // Players' positions and scholars; a word of time or 随同 ends a name after a title.
        ("比赛", "主攻周佳琪全场拿下18分。", ["周佳琪"]),
        ("会议", "新加坡学者林美华也出席了会议。", ["林美华"]),
        ("比赛", "主教练孙海涛赛后表示，球队还需要提高。", ["孙海涛"]),
        ("访问", "德国财政部长米勒随同访问。", ["米勒"]),
        // Korean: a foreign family name in 로 with its given name, no adverb before a name, a fire officer's rank.
        ("축구", "스티브 마르첼로 감독은 기자회견에서 만족한다고 말했다.", ["스티브 마르첼로"]),
        ("축구", "한편 박정우 국가대표팀 감독은 명단을 발표했다.", ["박정우"]),
        ("화재", "현장에 출동한 이상훈 소방장은 연기가 많았다고 말했다.", ["이상훈"]),
        // Japanese: a given name in hiragana.
        ("会見", "一方、山田はるか財務相は会見で為替に言及した。", ["山田はるか"]),
        // Arabic: a spokesman for a body, an expert in a field.
        ("بيان", "وقال المتحدث باسم الحكومة سامي الحربي إن الاجتماع سيعقد غدا.", ["سامي الحربي"]),
        ("تحليل", "وأوضح الخبير في الشؤون الاقتصادية ماجد الزهراني أن الأسعار ستستقر.", ["ماجد الزهراني"]),
        // A secretary-general (الأمين العام) and his body after li-; the name ends before wa- after its al- word.
        ("اجتماع", "وحضر الاجتماع الأمين العام لجامعة الدول العربية خالد أبو الفضل وممثلون عن المنظمات.", ["خالد أبو الفضل"]),
    ])
    func namesWithoutATitleBesideThem(title: String, body: String, names: [String]) {
        let a = Self.analyse(title, body)
        for name in names {
            #expect(a.people.contains(name), "\(a.people)")
        }
        // Nothing run into them, and no other name.
        #expect(a.people.count == names.count, "\(a.people)")
    }

    @Test(arguments: [
        // Lists of places, trades and sports, whose items are no names.
        ("房价", "北京、上海和广州的房价均有上涨。"),
        ("经济", "前三季度金融业、制造业和服务业均保持增长。"),
        ("赛事", "本届运动会设有马拉松、自行车和游泳等项目。"),
        ("假期", "黄金周、国庆节期间游客明显增多。"),
        ("村庄", "张家村、李家村和王家村都在河的北岸。"),
        ("日程", "会议改在于下周、周三晚举行。"),
        // A comma, not a middle dot, between two countries' names.
        ("会议", "代表们来自巴西，阿根廷也派了代表团。"),
        // 中场 is half-time, no position: no name after it.
        ("比赛", "中场休息时双方战成平局。"),
        // Korean: a word in 로 after a word with a particle.
        ("축구", "두 사람은 같은 팀으로 감독은 이를 반겼다."),
        // Japanese: 最優秀選手 is "most valuable player".
        ("大会", "大会の最優秀選手には地元の高校生が選ばれた。"),
        // Arabic: في after a minister is where he spoke, not his field.
        ("مؤتمر", "وقال الوزير في المؤتمر الصحفي الذي عقده أمام البرلمان إن الخطة جاهزة."),
    ])
    func lookAlikesAreNoNames(title: String, body: String) {
        let a = Self.analyse(title, body)
        #expect(a.people.isEmpty, "\(a.people)")
    }

    @Test(arguments: [
        // A name only ever between quotation marks is a ship's or a work's.
        ("Stapellauf", "Die Reederei taufte das Schiff \"Anna Berger\" am Freitag im Hafen.", [String]()),
        ("Armada", "El buque \"Felipe Ruiz II\" zarpó ayer del puerto.", []),
        ("Launch", "The ferry \u{201C}Tom Miller\u{201D} left the port on Monday.", []),
        // Said outside the marks too, or a quotation that only begins with the name: a person.
        ("Launch", "Tom Miller named the boat \"Tom Miller\" after himself.", ["Tom Miller"]),
        ("Vote", "\"Anna Berger is the right choice,\" said councillor Tom Miller.", ["Anna Berger", "Tom Miller"]),
    ])
    func namesOnlyInQuotesAreThings(title: String, body: String, names: [String]) {
        let a = Self.analyse(title, body)
        #expect(Set(a.people) == Set(names), "\(a.people)")
    }

    @Test func aPossessivesApostropheClosesNoQuotation() {
        #expect(!PersonFinder.standsOnlyInQuotes("Tom Miller", in: [Array("\"Tom Miller's film will win,\" the critic wrote.".utf8)]))
        #expect(!PersonFinder.standsOnlyInQuotes("Tom Miller", in: [Array("\u{201C}Tom Miller\u{2019}s film will win,\u{201D} the critic wrote.".utf8)]))
        #expect(PersonFinder.standsOnlyInQuotes("Tom Miller", in: [Array("The critics loved 'Tom Miller', the film.".utf8)]))
    }
}
