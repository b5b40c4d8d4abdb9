@testable import NewsCore
import Testing

/// Names after a title whose body or constituency stands between them (Arabic "the spokesman for the Directorate of
/// ...", "the mayor of Irbid", "the member for the governorate of ..."), after a Korean player's position, after a
/// Chinese person in charge or before a verb of asking, Korean names with the age in brackets (김민수(45)씨); and
/// the words that begin no name: a Spanish public body's head word, a Vietnamese district's word, a Korean sea's
/// name before 시. Texts written for these tests; the names are invented.
@Suite struct PersonOfficeChainTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        // Arabic: a body of two words, a body and a town, a constituency after عن, a government of a region.
        ("سيول", "وقال المتحدث باسم مديرية الدفاع المدني حامد العبادي إن الفرق تعمل.", ["حامد العبادي"]),
        ("بلدية", "وقال رئيس بلدية إربد سليم الحوراني إن الشبكة قديمة.", ["سليم الحوراني"]),
        ("برلمان", "وأكد النائب عن محافظة البصرة كاظم الساعدي أن المشروع متأخر.", ["كاظم الساعدي"]),
        ("نفط", "ورحب رئيس حكومة الإقليم دلشاد عمر بالاتفاق.", ["دلشاد عمر"]),
        // Korean: a starting pitcher's position before the name.
        ("야구", "선발 정우람은 7이닝 동안 1실점으로 막았다.", ["정우람"]),
        // Chinese: a person in charge; a verb of asking ends a name after a title.
        ("火灾", "工厂负责人赵国平说，工人已全部撤离。", ["赵国平"]),
        ("会议", "副省长王敏要求各地加强检查。", ["王敏"]),
        // Vietnamese: a district's name in an apposition before "cho biết" is no second person.
        ("Hạn mặn", "Ông Phạm Văn Lộc, một nông dân trồng bưởi ở huyện Chợ Gạo, cho biết gia đình đã mua nước.", ["Phạm Văn Lộc"]),
    ])
    func namesAfterAnOfficesWords(title: String, body: String, names: [String]) {
        let a = Self.analyse(title, body)
        for name in names {
            #expect(a.people.contains(name), "\(a.people)")
        }
        #expect(a.people.count == names.count, "\(a.people)")
    }

    @Test(arguments: [
        // Spanish: a public body before a verb of speech is no person.
        ("Rutas", "La Dirección de Vialidad advirtió que habrá cortes."),
        ("Lluvias", "La Defensa Civil informó que no hubo heridos."),
        // Arabic: a minister's press conference; bi- and the article after a name's words.
        ("مؤتمر", "وقال رئيس الوزراء في المؤتمر الصحفي إن الخطة جاهزة."),
    ])
    func wordsThatBeginNoName(title: String, body: String) {
        #expect(Self.analyse(title, body).people.isEmpty, "\(Self.analyse(title, body).people)")
    }

    @Test(arguments: [
        // Korean private people with their age in brackets and 씨, 군 or 양, glued or spaced.
        ("물가", "서울 마포구에 사는 한상진(51)씨는 \"장보기가 겁난다\"고 말했다.", ["한상진"]),
        ("출근", "회사원 윤다은(29) 씨는 버스가 늦었다고 했다.", ["윤다은"]),
        ("사고", "횡단보도를 건너던 초등학생 임준서(9)군이 다쳤다.", ["임준서"]),
        // A count or a year in brackets after a word that begins with a family name's syllable: no person.
        ("예산", "정부안(12)을 보면 지원금이 늘었다.", []),
        ("실적", "조선업(2024)은 호황이었다.", []),
    ])
    func koreanNamesWithTheirAge(title: String, body: String, names: [String]) {
        let a = Self.analyse(title, body)
        #expect(a.people == names, "\(a.people)")
    }

    @Test func aSeasNameBeforeSiIsNoSea() {
        let city = Self.analyse("산불", "동해시와 삼척시에 이어 강릉에도 불이 번졌다.")
        #expect(!city.places.contains("Sea of Japan"), "\(city.places)")
        let sea = Self.analyse("어업", "동해에서 오징어 어획량이 줄었다.")
        #expect(sea.places.contains("Sea of Japan"), "\(sea.places)")
    }
}
