@testable import NewsCore
import Testing

/// (ru) TASS's dateline, which has no dash: "ПЕВЕК, 6 декабря. /ТАСС/." gives the place and the agency. Texts written for
/// these tests.
@Suite struct TassDatelineTests {
    @Test func thePlaceAndTheAgency() {
        let result = ArticleCleaner.clean("ПЕВЕК, 6 декабря. /ТАСС/. Последний караван дошёл до порта.")
        #expect(result.datelinePlace == "ПЕВЕК")
        #expect(result.datelineSource == "ТАСС")
        let a = PlaceCaseTests.analysed("Завоз", "ПЕВЕК, 6 декабря. /ТАСС/. Последний караван дошёл до порта.")
        #expect(a.places.contains("Певек"), "\(a.places)")
    }

    @Test func noSlashesNoDateline() {
        let result = ArticleCleaner.clean("Цены выросли на 5/6 процента, сообщил Росстат.")
        #expect(result.datelinePlace == nil)
    }
}
