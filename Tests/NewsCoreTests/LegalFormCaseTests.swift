@testable import NewsCore
import Testing

/// A legal form of two letters counts only in capitals: "Sa Pa" is a Vietnamese town, "Sanofi SA" a firm.
@Suite struct LegalFormCaseTests {
    @Test func aSyllableIsNoLegalForm() {
        #expect(EntityContextTests.analyse("Sạt lở", "Người dân ở Sa Pa bị ảnh hưởng.").organizations.isEmpty)
        #expect(EntityContextTests.analyse("Deal", "Shares of Sanofi SA rose on Monday.").organizations == ["Sanofi SA"])
    }
}
