@testable import NewsCore
import Testing

/// Korean names written bare with a particle and no title (정서윤이, 한도겸의), beside words that begin with a family
/// name's syllable and take the same particles (김장철을, 박물관은, 최근에는, 정리하는). Texts written for these tests;
/// the names are invented.
@Suite struct PersonKoreanBareNameTests {
    static func analyse(_ title: String, _ body: String) -> ArticleAnalysis { EntityContextTests.analyse(title, body) }

    @Test(arguments: [
        // A player named bare, with each kind of particle and its final consonant.
        ("야구", "한도겸이 9회말 끝내기 안타를 쳤다. 한도겸은 경기 뒤 동료들에게 고마움을 전했다.", ["한도겸"]),
        ("배구", "정서윤의 서브가 살아나면서 흐름이 바뀌었다.", ["정서윤"]),
        ("배드민턴", "남자 복식의 류하준과 곽태민도 결승에 올랐다.", ["류하준", "곽태민"]),
        ("축구", "감독은 후반에 임채호를 투입했고 송지우는 벤치를 지켰다.", ["임채호", "송지우"]),
        ("골프", "마지막 날 성다인에게 우승 기회가 왔다.", ["성다인"]),
    ])
    func bareNamesWithAParticle(title: String, body: String, names: [String]) {
        let a = Self.analyse(title, body)
        #expect(a.people == names, "\(a.people)")
    }

    @Test(arguments: [
        // Words of three syllables that begin with a family name's syllable: a season, a museum, a board, a
        // ministry's short name, an ethics committee, a market's price.
        ("김장", "김장철을 앞두고 배추값이 내렸다. 박물관은 주말에도 문을 연다.", [String]()),
        ("경제", "이사회는 배당을 늘리기로 했고 정치권의 반응은 엇갈렸다.", []),
        // A word of two and a particle's or a suffix's syllable: this time, lately, the employment rate, a car.
        ("경제", "이번에는 최근에도 오른 고용률이 다시 주목받았다. 전기차를 사려는 사람이 늘었다.", []),
        // A verb's stem of three syllables; a body's name that ends in 위; a firm that is a loanword.
        ("정책", "협상이 이어지는 가운데 윤리위는 징계를 미뤘다. 이마트는 할인 행사를 연다.", []),
        // The particle does not agree with the final consonant (a word with 이 inside it), and a province's name.
        ("날씨", "경상남도는 한파 특보를 내렸다.", []),
    ])
    func wordsThatLookLikeBareNamesAreNone(title: String, body: String, names: [String]) {
        let a = Self.analyse(title, body)
        #expect(a.people == names, "\(a.people)")
    }

    @Test func theListHoldsWordsAndNoNames() {
        let words = KoreanWords.shared
        #expect(words.family.count == 50)
        #expect(words.family.contains("김") && words.family.contains("이") && !words.family.contains("남궁"))
        #expect(words.three.contains("박물관") && words.three.contains("김장철") && words.three.contains("이어지"))
        #expect(words.two.contains("정부") && words.suffixes.contains("률"))
        #expect(!words.three.contains("한도겸") && !words.three.contains("정서윤"))
        // A bound: the generator refuses more than 40,000 words.
        #expect(words.three.count + words.two.count + words.four.count < 40_000)
    }
}
