import NewsCore
import Testing

/// Organisations named by their kind's last word that the finders missed on the tuning samples of the twenty-ninth
/// session (branch orgs30), and a name that the count of words cut before its head; texts written for these tests.
@Suite struct OrganizationKindEndTests {
    static let analyzer = Analyzer()

    static func organizations(_ text: String, language: String? = nil) -> [String] {
        analyzer.analyze(Article(title: "", body: text, language: language, format: "text")).analysis.organizations
    }

    @Test func englishBoardsTrustsHospitalsAndExchanges() {
        let o = Self.organizations(
            "The Saskatchewan Grain Board said prices would fall. Doctors at Ravensworth Hospital treated six people, "
                + "and the Fenland Heritage Trust bought the mill. Shares fell on the Lagos Commodity Exchange.")
        #expect(o.contains("Saskatchewan Grain Board"), "\(o)")
        #expect(o.contains("Ravensworth Hospital"), "\(o)")
        #expect(o.contains("Fenland Heritage Trust"), "\(o)")
        #expect(o.contains("Lagos Commodity Exchange"), "\(o)")
    }

    @Test func firmEndsMakeShortForms() {
        let o = Self.organizations(
            "Orrin Diagnostics has raised 40 million pounds from investors. Orrin said the money would pay for a new lab.")
        #expect(o.contains("Orrin Diagnostics"), "\(o)")
        #expect(!o.contains("Orrin"), "\(o)")
    }

    @Test func countCutEndsBeforeAndThe() {
        let o = Self.organizations("The Royal Society of Physics and the Calder Valley Foundation backed the plan on Monday.")
        #expect(o.contains("Calder Valley Foundation"), "\(o)")
        #expect(!o.contains { $0.hasSuffix("and the Calder Valley") }, "\(o)")
    }

    @Test func arabicAffiliatedToEndsAName() {
        let o = Self.organizations("وقالت هيئة الطاقة الوطنية التابعة لوزارة الاقتصاد إنها ستبدأ العمل في الشهر المقبل.", language: "ar")
        #expect(!o.contains { $0.contains("التابعة") }, "\(o)")
    }

    @Test func japaneseCourtsAndHospitals() {
        let o = Self.organizations("【札幌】札幌地裁は3日、北斗会が運営する白樺台病院に賠償を命じた。", language: "ja")
        #expect(o.contains("札幌地裁"), "\(o)")
        #expect(o.contains("白樺台病院"), "\(o)")
    }
}
