import NewsCore
import Testing

/// Arabic stock exchanges named by their market's word (السوق المالية السعودية, سوق دبي المالي) beside the market's
/// common phrases, China's largest firms named by their Chinese name alone (宁德时代, 蔚来, 美团) and a province's
/// department in 厅 (山西省应急管理厅) beside rooms' words (餐厅, 大厅): the tuning classes
/// of the twentieth session (branch asia20). Texts written for these tests.
@Suite struct OrganizationExchangeAndFirmTests {
    typealias Case = OrganizationRecallTests.Case
    static func check(_ c: Case) { OrganizationRecallTests.check(c) }

    @Test(arguments: [
        // The market, its financial word and the country's adjective; a place between the market and the word.
        Case(text: "وارتفع سهم الشركة 2 بالمئة في السوق المالية السعودية يوم الخميس.", organizations: ["السوق المالية السعودية"]),
        Case(text: "وصعد مؤشر سوق دبي المالي 0.4 بالمئة بقيادة أسهم العقارات.", organizations: ["سوق دبي المالي"]),
        Case(text: "وأغلق مؤشر سوق مسقط للأوراق المالية مرتفعا.", organizations: ["سوق مسقط للأوراق المالية"]),
        // The market's common phrases, and the financial market with no place: no exchange.
        Case(text: "تراجعت السوق المالية بعد القرار، وقال إن سوق العمل يحتاج إلى إصلاح وإن سوق النفط متقلبة.",
             absent: ["السوق المالية", "سوق العمل", "سوق النفط"]),
    ])
    func arabicExchanges(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        Case(text: "宁德时代与蔚来签署电池供应协议。美团股价当天下跌。", organizations: ["CATL", "NIO", "Meituan"]),
        Case(text: "京东和拼多多公布了第三季度业绩，国家电网表示将加大投资。", organizations: ["JD.com", "Pinduoduo", "State Grid"]),
        // The short forms that are common words name no firm: 理想 "ideal", 吉利 "lucky".
        Case(text: "他说这是一个理想的结果，数字很吉利。", absent: ["Li Auto", "理想", "吉利"]),
    ])
    func chineseFirmsByName(_ c: Case) { Self.check(c) }

    @Test(arguments: [
        // A province's department after the province, with its head's title glued after it.
        Case(text: "河北省交通运输厅7日发布通知。河南省教育厅厅长表示将增加投入。", organizations: ["河北省交通运输厅", "河南省教育厅"]),
        // Rooms' words in 厅 with no place before them.
        Case(text: "他在一家西餐厅吃饭，随后去了银行营业厅和机场候机大厅。", absent: ["一家西餐厅", "西餐厅", "银行营业厅", "机场候机大厅", "候机大厅"]),
    ])
    func chineseProvincialDepartments(_ c: Case) { Self.check(c) }
}
