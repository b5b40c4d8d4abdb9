@testable import NewsCore
import Testing

/// Chinese names that the title rule missed: a credit's name one space after its title up to the bracket (（记者 郭佳）), a
/// name whose last character is 日 before a verb of speech (副市长朴成日说), one before 提醒 (教授金虎提醒), and one whose first two
/// characters are a country's name (站长韩国强介绍: 韩国 is South Korea), and a transcribed foreign name of six characters
/// (卡瑟马利耶夫). Texts written for these tests; the people are invented.
@Suite struct PersonChineseCreditTests {
    @Test func aCreditsNameOneSpaceAfterItsTitle() {
        let a = EntityContextTests.analyse("煤炭", "中新社长春12月6日电（记者 郭佳）记者从吉林省获悉，今年煤炭进口增长。")
        #expect(a.people.contains("郭佳"), "\(a.people)")
    }

    @Test func riIsAGivenNamesLastCharacterBeforeAVerbOfSpeech() {
        let a = EntityContextTests.analyse("煤炭", "珲春市副市长朴成日说，企业正在建设储煤场。")
        #expect(a.people.contains("朴成日"), "\(a.people)")
    }

    @Test func tixingEndsAName() {
        let a = EntityContextTests.analyse("煤炭", "延边大学经济管理学院教授金虎提醒，冬季气温低。")
        #expect(a.people.contains("金虎"), "\(a.people)")
    }

    @Test func aNameThatBeginsWithACountrysNameIsNoCountry() {
        let a = EntityContextTests.analyse("煤炭", "珲春站站长韩国强介绍，口岸新增两条换装线。")
        #expect(a.people.contains("韩国强"), "\(a.people)")
        #expect(!a.countries.contains("KR"), "\(a.countries)")
    }

    @Test func aDateIsNoName() {
        let a = EntityContextTests.analyse("会谈", "外交部发言人12日说，双方将继续沟通。")
        #expect(!a.people.contains { $0.contains("日") }, "\(a.people)")
    }

    @Test func aTranscribedForeignNameOfSixCharacters() {
        let a = EntityContextTests.analyse("铁路", "吉尔吉斯斯坦内阁主席卡瑟马利耶夫出席仪式。")
        #expect(a.people.contains("卡瑟马利耶夫"), "\(a.people)")
    }
}
