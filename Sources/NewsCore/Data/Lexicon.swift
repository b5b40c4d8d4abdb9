// The hand-kept part of the gazetteer (the ISO names are in CountryNames.swift).
//
// One entry a line, fields separated by tabs:   KIND  CANONICAL  COUNTRY  ALIAS|ALIAS|...
//   N  more names for a country (CANONICAL is the ISO code)
//   D  demonyms and adjectives of a country
//   C  capitals and seats of government, which stand for the state ("Beijing said")
//   Y  other cities (tag their country)
//   P  seas, islands, straits, regions (COUNTRY is "-" where it is not one country's)
//   O  organisations (COUNTRY only where the body is a state's own: a ministry, an army)
//   L  people: leaders and officials, with their usual variants
//   X  an alias whose meaning depends on the countries in the article: COUNTRY lists CC:canonical
// An alias starting with ~ is ambiguous (Chad, Jordan, Georgia, Washington): it counts only
// when it is capitalised and no other capitalised word stands next to it ("Chad Jordan scored").
// Aliases of two to five capitals (US, UN, PLA) match only in capitals.
extension Gazetteer {
    static let lexicon = #"""
N	US	-	U.S.|U.S.A.|America|United States|the States|Hoa Kỳ|アメリカ|米国|美国|美國|미국|Mỹ quốc
N	GB	-	Britain|Great Britain|UK|U.K.|United Kingdom|England|Scotland|Wales|Northern Ireland|英国|イギリス|영국|Anh Quốc
N	KR	-	South Korea|Republic of Korea|ROK|Korea|Hàn Quốc|韓国|韩国|韓國|대한민국|한국|남한
N	KP	-	North Korea|DPRK|Triều Tiên|Bắc Triều Tiên|北朝鮮|朝鲜|北韓|북한|조선
N	CN	-	PRC|Mainland China|Trung Quốc|中国|中國|中華人民共和国|中华人民共和国|중국
N	TW	-	Taiwan|Republic of China|Đài Loan|台湾|臺灣|台灣|대만
N	JP	-	Nhật Bản|Nippon|日本|일본
N	VN	-	Vietnam|Viet Nam|Việt Nam|ベトナム|越南|베트남
N	PH	-	Philippines|the Philippines|Phi-líp-pin|Philippin|フィリピン|菲律宾|菲律賓|필리핀
N	RU	-	Russia|Russian Federation|Nga|ロシア|俄罗斯|俄羅斯|러시아
N	IN	-	India|Ấn Độ|インド|印度|인도
N	ID	-	Indonesia|In-đô-nê-xi-a|インドネシア|印度尼西亚|印尼|인도네시아
N	TH	-	Thailand|Thái Lan|タイ王国|泰国|泰國|태국
N	MY	-	Malaysia|Ma-lai-xi-a|マレーシア|马来西亚|말레이시아
N	SG	-	Singapore|Xin-ga-po|シンガポール|新加坡|싱가포르
N	KH	-	Cambodia|Campuchia|カンボジア|柬埔寨|캄보디아
N	LA	-	Laos|Lào|ラオス|老挝|라오스
N	MM	-	Myanmar|Burma|Miến Điện|ミャンマー|缅甸|미얀마
N	AU	-	Australia|Úc|オーストラリア|澳大利亚|澳洲|호주
N	FR	-	France|Pháp|フランス|法国|프랑스
N	DE	-	Germany|Đức|ドイツ|德国|독일
N	UA	-	Ukraine|Ucraina|ウクライナ|乌克兰|우크라이나
N	IR	-	Iran|イラン|伊朗|이란
N	IL	-	Israel|イスラエル|以色列|이스라엘
N	PS	-	Palestine|Palestinian territories|Gaza|パレスチナ|巴勒斯坦
N	SY	-	Syria|シリア|叙利亚
N	TR	-	~Turkey|Türkiye|Turkiye|トルコ|土耳其
N	TD	-	~Chad
N	JO	-	~Jordan
N	GE	-	~Georgia
N	GN	-	~Guinea
N	NE	-	~Niger
N	CD	-	DR Congo|DRC|Democratic Republic of Congo
N	CG	-	Republic of Congo|Congo-Brazzaville
N	CI	-	Ivory Coast|Côte d'Ivoire
N	CZ	-	Czech Republic|Czechia
N	NL	-	Netherlands|the Netherlands|Holland
N	AE	-	UAE|United Arab Emirates|Emirates
N	SA	-	Saudi Arabia|Saudi
N	VA	-	Vatican|Holy See
N	BN	-	Brunei|Bru-nây|ブルネイ|文莱
N	TL	-	East Timor|Timor-Leste|Đông Timor
N	NZ	-	New Zealand|ニュージーランド|新西兰
N	CA	-	Canada|カナダ|加拿大
N	MX	-	Mexico|メキシコ|墨西哥
N	BR	-	Brazil|ブラジル|巴西
N	IT	-	Italy|イタリア|意大利
N	ES	-	Spain|スペイン|西班牙
N	PK	-	Pakistan|パキスタン|巴基斯坦
N	BD	-	Bangladesh|バングラデシュ
N	LK	-	Sri Lanka
N	NP	-	Nepal
N	MN	-	Mongolia|Mông Cổ|モンゴル|蒙古
N	HK	-	Hong Kong|Hồng Kông|香港
N	MO	-	Macau|Macao|澳门
D	US	-	American|Americans|U.S.-led
D	GB	-	British|Briton|Britons|English|Scottish|Welsh
D	KR	-	South Korean|South Koreans|Korean|Koreans
D	KP	-	North Korean|North Koreans|Pyongyang's
D	CN	-	Chinese|^Sino
D	TW	-	Taiwanese
D	JP	-	Japanese
D	VN	-	Vietnamese
D	PH	-	Filipino|Filipinos|Philippine
D	RU	-	Russian|Russians
D	IN	-	Indian|Indians
D	ID	-	Indonesian|Indonesians
D	TH	-	Thai
D	MY	-	Malaysian|Malaysians
D	SG	-	Singaporean|Singaporeans
D	KH	-	Cambodian|Cambodians|Khmer
D	LA	-	Laotian|^Lao
D	MM	-	Burmese|Myanmarese
D	AU	-	Australian|Australians
D	NZ	-	New Zealander|^Kiwi
D	FR	-	French
D	DE	-	German|Germans
D	IT	-	Italian|Italians
D	ES	-	Spanish
D	PT	-	Portuguese
D	NL	-	Dutch
D	BE	-	Belgian
D	CH	-	Swiss
D	AT	-	Austrian
D	SE	-	Swedish
D	NO	-	Norwegian
D	DK	-	Danish
D	FI	-	Finnish
D	PL	-	Polish
D	UA	-	Ukrainian|Ukrainians
D	BY	-	Belarusian
D	IE	-	Irish
D	GR	-	Greek
D	TR	-	Turkish
D	IR	-	Iranian|Iranians
D	IQ	-	Iraqi|Iraqis
D	SY	-	Syrian|Syrians
D	IL	-	Israeli|Israelis
D	PS	-	Palestinian|Palestinians
D	LB	-	Lebanese
D	SA	-	Saudi|Saudis
D	EG	-	Egyptian|Egyptians
D	AF	-	Afghan|Afghans
D	PK	-	Pakistani|Pakistanis
D	BD	-	Bangladeshi
D	LK	-	Sri Lankan
D	NP	-	Nepalese|Nepali
D	MN	-	Mongolian
D	CA	-	Canadian|Canadians
D	MX	-	Mexican|Mexicans
D	BR	-	Brazilian|Brazilians
D	AR	-	Argentine|Argentinian
D	CL	-	Chilean
D	CO	-	Colombian
D	VE	-	Venezuelan
D	CU	-	Cuban
D	NG	-	Nigerian
D	ZA	-	South African
D	KE	-	Kenyan
D	ET	-	Ethiopian
D	SD	-	Sudanese
D	LY	-	Libyan
D	DZ	-	Algerian
D	MA	-	Moroccan
D	QA	-	Qatari
D	AE	-	Emirati
D	YE	-	Yemeni
D	KZ	-	Kazakh
D	BN	-	Bruneian
D	TL	-	Timorese
D	HU	-	Hungarian
D	CZ	-	Czech
D	RO	-	Romanian
D	RS	-	Serbian
D	LT	-	Lithuanian
D	LV	-	Latvian
D	EE	-	Estonian
D	HK	-	Hongkonger
C	US	-	~Washington|Washington D.C.|Washington, D.C.|White House
C	CN	-	Beijing|Peking|Bắc Kinh|北京|베이징|ペキン
C	JP	-	Tokyo|Tô-ky-ô|Tokio|東京|东京|도쿄
C	VN	-	Hanoi|Ha Noi|Hà Nội|ハノイ|河内|하노이
C	KR	-	Seoul|Xơ-un|ソウル|首尔|서울
C	KP	-	Pyongyang|Bình Nhưỡng|平壌|平壤|평양
C	TW	-	Taipei|Đài Bắc|台北|臺北|타이베이
C	PH	-	Manila|マニラ|马尼拉
C	ID	-	Jakarta|ジャカルタ|雅加达
C	TH	-	Bangkok|バンコク|曼谷
C	MY	-	Kuala Lumpur|Putrajaya|クアラルンプール|吉隆坡
C	KH	-	Phnom Penh|プノンペン|金边
C	LA	-	Vientiane|Viêng Chăn|ビエンチャン|万象
C	MM	-	Naypyidaw|Nay Pyi Taw|Naypyitaw
C	BN	-	Bandar Seri Begawan
C	TL	-	Dili
C	AU	-	Canberra|キャンベラ|堪培拉
C	NZ	-	Wellington
C	IN	-	New Delhi|ニューデリー|新德里
C	PK	-	Islamabad
C	BD	-	Dhaka
C	LK	-	Colombo
C	NP	-	Kathmandu
C	MN	-	Ulaanbaatar|Ulan Bator
C	RU	-	Moscow|Kremlin|Mát-xcơ-va|モスクワ|莫斯科|모스크바
C	UA	-	Kyiv|Kiev|キーウ|基辅
C	BY	-	Minsk
C	GB	-	London|Downing Street|Whitehall|ロンドン|伦敦
C	FR	-	Paris|Élysée|Elysee|パリ|巴黎
C	DE	-	Berlin|ベルリン|柏林
C	IT	-	Rome|ローマ|罗马
C	ES	-	Madrid
C	PT	-	Lisbon
C	NL	-	The Hague|Amsterdam
C	BE	-	Brussels
C	CH	-	Bern
C	AT	-	Vienna
C	SE	-	Stockholm
C	NO	-	Oslo
C	DK	-	Copenhagen
C	FI	-	Helsinki
C	PL	-	Warsaw
C	CZ	-	Prague
C	HU	-	Budapest
C	RO	-	Bucharest
C	GR	-	Athens
C	TR	-	Ankara
C	IE	-	Dublin
C	IR	-	Tehran|Teheran
C	IQ	-	Baghdad
C	SY	-	Damascus
C	IL	-	Jerusalem
C	LB	-	Beirut
C	JO	-	Amman
C	SA	-	Riyadh
C	EG	-	Cairo
C	AF	-	Kabul
C	QA	-	Doha
C	AE	-	Abu Dhabi
C	YE	-	Sanaa
C	CA	-	Ottawa
C	MX	-	Mexico City
C	BR	-	Brasilia|Brasília
C	AR	-	Buenos Aires
C	CL	-	Santiago
C	CO	-	Bogota|Bogotá
C	VE	-	Caracas
C	CU	-	Havana
C	NG	-	Abuja
C	ZA	-	Pretoria
C	KE	-	Nairobi
C	ET	-	Addis Ababa
C	SD	-	Khartoum
C	LY	-	Tripoli
C	DZ	-	Algiers
C	MA	-	Rabat
C	KZ	-	Astana
C	UZ	-	Tashkent
Y	JP	-	Osaka|Kyoto|Yokohama|Nagoya|Sapporo|Fukuoka|Hiroshima|Nagasaki|Okinawa|Naha|Yokosuka|Sasebo|^Kure|Ishigaki|Yonaguni|^Miyako|大阪|沖縄
Y	CN	-	Shanghai|Guangzhou|Shenzhen|Chongqing|Tianjin|Wuhan|Hainan|Sanya|Xiamen|Fuzhou|Qingdao|Dalian|Zhanjiang|Lhasa|Urumqi|上海|广州|深圳
Y	VN	-	Ho Chi Minh City|Saigon|Sài Gòn|Thành phố Hồ Chí Minh|Da Nang|Đà Nẵng|Hai Phong|Hải Phòng|Cam Ranh|^Hue|Huế|Can Tho|Cần Thơ|Nha Trang|ホーチミン
Y	KR	-	Busan|Pusan|Incheon|Daegu|Jeju|부산
Y	TW	-	Kaohsiung|Taichung|Tainan|Hualien|Keelung|Kinmen|^Matsu|高雄
Y	PH	-	Cebu|Davao|Subic|Palawan|Luzon|Mindanao|Puerto Princesa|Zamboanga
Y	US	-	New York|Los Angeles|San Francisco|Chicago|Hawaii|Honolulu|Pearl Harbor|Alaska|San Diego|Seattle|Silicon Valley|Pentagon
Y	IN	-	Mumbai|Bombay|Kolkata|Chennai|Bangalore|Bengaluru
Y	AU	-	Sydney|Melbourne|^Darwin|^Perth|Brisbane
Y	RU	-	St Petersburg|Saint Petersburg|Vladivostok|Kaliningrad|Sevastopol
Y	UA	-	Kharkiv|Odesa|Odessa|Mariupol|Zaporizhzhia|Kherson|Lviv|Donetsk|Luhansk
Y	GB	-	Manchester|Birmingham|Liverpool|Edinburgh|Glasgow|Cardiff|Belfast
Y	MY	-	Penang|Sabah|Sarawak|Johor
Y	ID	-	Surabaya|Bali|Natuna
Y	TH	-	Chiang Mai|Phuket|Pattaya
Y	IL	-	Tel Aviv
Y	AE	-	Dubai
P	South China Sea	-	South China Sea|Biển Đông|南海|南シナ海|남중국해|West Philippine Sea|Laut China Selatan|Laut Cina Selatan|Mer de Chine méridionale|Südchinesisches Meer|Mar de China Meridional|Южно-Китайское море|ทะเลจีนใต้
P	East China Sea	-	East China Sea|東シナ海|东海|동중국해|Biển Hoa Đông
P	Sea of Japan	-	Sea of Japan|日本海|동해
P	Yellow Sea	-	Yellow Sea|West Sea|黄海|황해|서해
P	Philippine Sea	-	Philippine Sea
P	Taiwan Strait	-	Taiwan Strait|Strait of Taiwan|Formosa Strait|eo biển Đài Loan|台湾海峡|台灣海峽|대만해협
P	Strait of Malacca	-	Strait of Malacca|Malacca Strait|Straits of Malacca|Selat Melaka|Selat Malaka
P	Strait of Hormuz	-	Strait of Hormuz|^Hormuz
P	Luzon Strait	-	Luzon Strait|Bashi Channel
P	Gulf of Tonkin	-	Gulf of Tonkin|Tonkin Gulf|Vịnh Bắc Bộ|北部湾
P	Gulf of Thailand	-	Gulf of Thailand
P	Korean Peninsula	-	Korean Peninsula|Korea Peninsula|bán đảo Triều Tiên|朝鮮半島|朝鲜半岛|한반도
P	Indo-Pacific	-	Indo-Pacific|Indo Pacific|Ấn Độ Dương - Thái Bình Dương|インド太平洋|印太
P	Asia-Pacific	-	Asia-Pacific|Asia Pacific|châu Á - Thái Bình Dương|アジア太平洋|亚太
P	Southeast Asia	-	Southeast Asia|South-East Asia|South East Asia|Đông Nam Á|東南アジア|东南亚|동남아시아|Asia Tenggara
P	East Asia	-	East Asia|Đông Á|東アジア|东亚
P	South Asia	-	South Asia
P	Central Asia	-	Central Asia
P	Middle East	-	Middle East|Mideast|Trung Đông|中東|中东
P	Europe	-	Europe|châu Âu|ヨーロッパ|欧洲
P	Africa	-	Africa|châu Phi
P	Latin America	-	Latin America
P	Pacific Ocean	-	Pacific Ocean|^Pacific|Thái Bình Dương|太平洋
P	Indian Ocean	-	Indian Ocean|Ấn Độ Dương|インド洋|印度洋
P	Arctic	-	^Arctic|Arctic Ocean
P	Senkaku Islands	JP	Senkaku Islands|Senkakus|Senkaku|Diaoyu Islands|Diaoyutai Islands|Diaoyu|Diaoyutai|Tiaoyutai|尖閣諸島|尖閣|钓鱼岛|釣魚臺|釣魚台|센카쿠|quần đảo Senkaku
P	Spratly Islands	-	Spratly Islands|Spratlys|Spratly|Trường Sa|quần đảo Trường Sa|Nansha Islands|Nansha|Kalayaan Islands|南沙群岛|南沙諸島|スプラトリー諸島
P	Paracel Islands	-	Paracel Islands|Paracels|Paracel|Hoàng Sa|quần đảo Hoàng Sa|Xisha Islands|Xisha|西沙群岛|西沙諸島|パラセル諸島
P	Scarborough Shoal	-	Scarborough Shoal|Huangyan Island|Huangyan|Bajo de Masinloc|Panatag Shoal|黄岩岛|bãi cạn Scarborough
P	Second Thomas Shoal	-	Second Thomas Shoal|Ayungin Shoal|Ren'ai Reef|Ren'ai Jiao|Bãi Cỏ Mây|仁爱礁
P	Mischief Reef	-	Mischief Reef|Meiji Reef|Đá Vành Khăn|美济礁
P	Fiery Cross Reef	-	Fiery Cross Reef|Đá Chữ Thập|永暑礁
P	Whitsun Reef	-	Whitsun Reef|Julian Felipe Reef|Đá Ba Đầu|牛轭礁
P	Thitu Island	-	Thitu Island|Pag-asa Island|Đảo Thị Tứ|中业岛
P	Woody Island	-	Woody Island|Yongxing Island|đảo Phú Lâm|永兴岛
P	Pratas Islands	TW	Pratas Islands|Pratas|Dongsha|東沙群島
P	Natuna Islands	ID	Natuna Islands|North Natuna Sea|Natuna Sea
P	Kuril Islands	-	Kuril Islands|Kurile Islands|Kurils|Northern Territories|北方領土|千島列島|Южные Курилы
P	Dokdo	-	Dokdo|Takeshima|Liancourt Rocks|독도|竹島
P	Ryukyu Islands	JP	Ryukyu Islands|Ryukyus|Nansei Islands|Southwest Islands|南西諸島
P	Guam	GU	Guam
P	Mekong	-	^Mekong|Mekong River|Mê Kông|Cửu Long|湄公河
P	Red Sea	-	Red Sea
P	Black Sea	-	Black Sea
P	Baltic Sea	-	Baltic Sea|^Baltic
P	Mediterranean	-	Mediterranean|Mediterranean Sea
P	Persian Gulf	-	Persian Gulf|Arabian Gulf|^the Gulf
P	Gaza Strip	PS	Gaza Strip|Gaza
P	West Bank	PS	West Bank
P	Golan Heights	-	Golan Heights|^Golan
P	Crimea	UA	Crimea|Crimean Peninsula
P	Donbas	UA	Donbas|Donbass
P	Kashmir	-	Kashmir|Jammu and Kashmir
P	Tibet	CN	Tibet|Xizang|西藏
P	Xinjiang	CN	Xinjiang|East Turkestan|新疆
P	Sahel	-	^Sahel
P	Horn of Africa	-	Horn of Africa
P	Balkans	-	^Balkans
X	East Sea	VN:South China Sea,KR:Sea of Japan,KP:Sea of Japan	East Sea
O	United Nations	-	United Nations|UN|U.N.|Liên Hợp Quốc|国際連合|国连|联合国|유엔
O	UN Security Council	-	UN Security Council|Security Council|UNSC|安保理|安理会
O	UN General Assembly	-	UN General Assembly|General Assembly|UNGA
O	ASEAN	-	ASEAN|Asean|Association of Southeast Asian Nations|Association of South East Asian Nations|Hiệp hội các quốc gia Đông Nam Á|東南アジア諸国連合|东盟|東協|아세안
O	NATO	-	NATO|Nato|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|OTAN|北大西洋条約機構|北约|나토
O	European Union	-	European Union|EU|E.U.|Liên minh châu Âu|欧州連合|欧盟
O	European Commission	-	European Commission
O	World Health Organization	-	World Health Organization|World Health Organisation|WHO|世界保健機関|世界卫生组织
O	International Monetary Fund	-	International Monetary Fund|IMF
O	World Bank	-	World Bank
O	World Trade Organization	-	World Trade Organization|World Trade Organisation|WTO
O	Asian Development Bank	-	Asian Development Bank|ADB
O	International Atomic Energy Agency	-	International Atomic Energy Agency|IAEA
O	G7	-	G7|G-7|Group of Seven
O	G20	-	G20|G-20|Group of 20|Group of Twenty
O	Quad	-	^Quad|Quadrilateral Security Dialogue
O	AUKUS	-	AUKUS|Aukus
O	APEC	-	APEC|Asia-Pacific Economic Cooperation
O	OPEC	-	OPEC|Organization of the Petroleum Exporting Countries
O	Shanghai Cooperation Organisation	-	Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO
O	BRICS	-	BRICS
O	African Union	-	African Union
O	International Criminal Court	-	International Criminal Court|ICC
O	International Court of Justice	-	International Court of Justice|ICJ
O	Permanent Court of Arbitration	-	Permanent Court of Arbitration
O	Interpol	-	Interpol|INTERPOL
O	UNHCR	-	UNHCR|UN refugee agency
O	UNICEF	-	UNICEF|Unicef
O	Red Cross	-	Red Cross|ICRC|International Committee of the Red Cross
O	Japan Self-Defense Forces	JP	Japan Self-Defense Forces|Japan Self-Defence Forces|Self-Defense Forces|Self-Defence Forces|JSDF|SDF|自衛隊|Lực lượng Phòng vệ Nhật Bản
O	Japan Maritime Self-Defense Force	JP	Japan Maritime Self-Defense Force|Maritime Self-Defense Force|Maritime Self-Defence Force|JMSDF|海上自衛隊
O	Japan Ground Self-Defense Force	JP	Japan Ground Self-Defense Force|Ground Self-Defense Force|JGSDF|陸上自衛隊
O	Japan Air Self-Defense Force	JP	Japan Air Self-Defense Force|Air Self-Defense Force|JASDF|航空自衛隊
O	Japan Coast Guard	JP	Japan Coast Guard|海上保安庁
O	Japanese Ministry of Defense	JP	Japanese Ministry of Defense|Japan's Ministry of Defense|Japanese Defense Ministry|防衛省
O	People's Liberation Army	CN	People's Liberation Army|PLA|Chinese military|中国人民解放军|人民解放軍|解放军
O	PLA Navy	CN	PLA Navy|PLAN|Chinese navy|中国海军
O	China Coast Guard	CN	China Coast Guard|Chinese coast guard|CCG|中国海警
O	Chinese Communist Party	CN	Chinese Communist Party|Communist Party of China|CCP|CPC|中国共产党
O	Chinese Foreign Ministry	CN	Chinese Foreign Ministry|China's Foreign Ministry|中国外交部
O	Vietnam People's Army	VN	Vietnam People's Army|Vietnamese People's Army|Quân đội nhân dân Việt Nam
O	Vietnam Coast Guard	VN	Vietnam Coast Guard|Cảnh sát biển Việt Nam
O	Communist Party of Vietnam	VN	Communist Party of Vietnam|Vietnamese Communist Party|Đảng Cộng sản Việt Nam
O	Vietnamese Ministry of National Defence	VN	Vietnamese Ministry of National Defence|Vietnam's Ministry of National Defence|Bộ Quốc phòng
O	Philippine Coast Guard	PH	Philippine Coast Guard|PCG
O	Armed Forces of the Philippines	PH	Armed Forces of the Philippines|AFP Philippines
O	Republic of Korea Armed Forces	KR	South Korean military|ROK military|Republic of Korea Armed Forces|한국군
O	Korean People's Army	KP	Korean People's Army|KPA|North Korean military
O	Taiwan Coast Guard	TW	Taiwan Coast Guard|Coast Guard Administration
O	United States Department of Defense	US	Pentagon|Department of Defense|US Department of Defense|Defense Department|DoD
O	United States Department of State	US	State Department|US State Department|Department of State
O	United States Indo-Pacific Command	US	US Indo-Pacific Command|Indo-Pacific Command|INDOPACOM
O	United States Navy	US	US Navy|U.S. Navy|United States Navy|Seventh Fleet|7th Fleet
O	United States Army	US	US Army|U.S. Army|United States Army
O	United States Air Force	US	US Air Force|U.S. Air Force|United States Air Force
O	United States Coast Guard	US	US Coast Guard|U.S. Coast Guard|United States Coast Guard
O	United States Congress	US	^Congress|US Congress|^Senate|House of Representatives
O	Federal Reserve	US	Federal Reserve|^Fed
O	Central Intelligence Agency	US	Central Intelligence Agency|CIA
O	Federal Bureau of Investigation	US	Federal Bureau of Investigation|FBI
O	National Security Agency	US	National Security Agency|NSA
O	Cybersecurity and Infrastructure Security Agency	US	Cybersecurity and Infrastructure Security Agency|CISA
O	Russian Armed Forces	RU	Russian military|Russian Armed Forces|Russian army
O	Ministry of Defence (UK)	GB	Ministry of Defence|MoD|MOD
O	Kyodo News	-	Kyodo News|Kyodo|共同通信
O	Xinhua	-	Xinhua|Xinhua News Agency|新华社
O	Reuters	-	Reuters
O	Associated Press	-	Associated Press|AP
O	Agence France-Presse	-	Agence France-Presse|Agence France Presse|AFP
O	Yonhap	-	Yonhap|Yonhap News Agency|연합뉴스
O	Vietnam News Agency	-	Vietnam News Agency|VNA|Thông tấn xã Việt Nam|TTXVN
O	Bernama	-	Bernama
O	Antara	-	^Antara
O	Korean Central News Agency	-	Korean Central News Agency|KCNA
O	TASS	-	TASS|Tass
O	RIA Novosti	-	RIA Novosti
O	NHK	-	NHK
O	Nikkei	-	Nikkei|Nikkei Asia
O	BBC	-	BBC
O	CNN	-	CNN
O	Bloomberg	-	Bloomberg
O	Al Jazeera	-	Al Jazeera
O	Global Times	-	Global Times
O	South China Morning Post	-	South China Morning Post|SCMP
O	Taiwan News	-	Taiwan News
O	VnExpress	-	VnExpress
O	Huawei	-	Huawei
O	Microsoft	-	Microsoft
O	Google	-	Google|Alphabet
O	Apple	-	~Apple
O	Meta	-	Facebook|Meta Platforms
O	Amazon	-	~Amazon
O	Samsung	-	Samsung
O	TSMC	-	TSMC|Taiwan Semiconductor Manufacturing
O	Hamas	-	Hamas
O	Hezbollah	-	Hezbollah
O	Taliban	-	Taliban
O	Islamic State	-	Islamic State|ISIS|ISIL|Daesh
O	al-Qaeda	-	al-Qaeda|al Qaeda|Al-Qaeda
O	Lazarus Group	-	^Lazarus Group|^Lazarus
L	Fumio Kishida	JP	Fumio Kishida|Kishida Fumio|岸田文雄|~Kishida
L	Shigeru Ishiba	JP	Shigeru Ishiba|Ishiba Shigeru|石破茂|~Ishiba
L	Sanae Takaichi	JP	Sanae Takaichi|高市早苗|~Takaichi
L	Shinzo Abe	JP	Shinzo Abe|Abe Shinzo|安倍晋三
L	Yoshihide Suga	JP	Yoshihide Suga|菅義偉
L	Nobuo Kishi	JP	Nobuo Kishi|岸信夫
L	Yoko Kamikawa	JP	Yoko Kamikawa|上川陽子
L	Emperor Naruhito	JP	Naruhito|Emperor Naruhito|天皇陛下|徳仁
L	Xi Jinping	CN	Xi Jinping|Tập Cận Bình|習近平|习近平|시진핑
L	Li Qiang	CN	Li Qiang|李强|Lý Cường
L	Wang Yi	CN	Wang Yi|王毅|Vương Nghị
L	Dong Jun	CN	Dong Jun|董军
L	Vo Van Thuong	VN	Vo Van Thuong|Võ Văn Thưởng
L	To Lam	VN	To Lam|Tô Lâm
L	Pham Minh Chinh	VN	Pham Minh Chinh|Phạm Minh Chính|ファム・ミン・チン
L	Nguyen Phu Trong	VN	Nguyen Phu Trong|Nguyễn Phú Trọng
L	Luong Cuong	VN	Luong Cuong|Lương Cường
L	Phan Van Giang	VN	Phan Van Giang|Phan Văn Giang
L	Bui Thanh Son	VN	Bui Thanh Son|Bùi Thanh Sơn
L	Ferdinand Marcos Jr.	PH	Ferdinand Marcos Jr.|Ferdinand Marcos Jr|Bongbong Marcos|Ferdinand Marcos|~Marcos
L	Rodrigo Duterte	PH	Rodrigo Duterte|~Duterte
L	Yoon Suk Yeol	KR	Yoon Suk Yeol|Yoon Suk-yeol|윤석열
L	Lee Jae-myung	KR	Lee Jae-myung|Lee Jae Myung|이재명
L	Kim Jong Un	KP	Kim Jong Un|Kim Jong-un|Kim Jong-Un|김정은|金正恩
L	Lai Ching-te	TW	Lai Ching-te|William Lai|Lai Ching te|賴清德
L	Tsai Ing-wen	TW	Tsai Ing-wen|蔡英文
L	Joe Biden	US	Joe Biden|Joseph Biden|Joseph R. Biden|~Biden
L	Donald Trump	US	Donald Trump|Donald J. Trump|~Trump
L	Kamala Harris	US	Kamala Harris
L	Antony Blinken	US	Antony Blinken|~Blinken
L	Marco Rubio	US	Marco Rubio|~Rubio
L	Lloyd Austin	US	Lloyd Austin
L	Pete Hegseth	US	Pete Hegseth|~Hegseth
L	Vladimir Putin	RU	Vladimir Putin|Putin|Путин|Vladimir Vladimirovich Putin
L	Sergei Lavrov	RU	Sergei Lavrov|~Lavrov
L	Volodymyr Zelensky	UA	Volodymyr Zelensky|Volodymyr Zelenskyy|Zelensky|Zelenskyy
L	Narendra Modi	IN	Narendra Modi|~Modi
L	Anthony Albanese	AU	Anthony Albanese|~Albanese
L	Prabowo Subianto	ID	Prabowo Subianto|Prabowo
L	Joko Widodo	ID	Joko Widodo|Jokowi
L	Anwar Ibrahim	MY	Anwar Ibrahim
L	Lawrence Wong	SG	Lawrence Wong
L	Hun Manet	KH	Hun Manet
L	Hun Sen	KH	Hun Sen
L	Paetongtarn Shinawatra	TH	Paetongtarn Shinawatra
L	Min Aung Hlaing	MM	Min Aung Hlaing
L	Keir Starmer	GB	Keir Starmer|~Starmer
L	Rishi Sunak	GB	Rishi Sunak|~Sunak
L	Emmanuel Macron	FR	Emmanuel Macron|Macron
L	Olaf Scholz	DE	Olaf Scholz|~Scholz
L	Friedrich Merz	DE	Friedrich Merz|~Merz
L	Ursula von der Leyen	-	Ursula von der Leyen|von der Leyen
L	Antonio Guterres	-	Antonio Guterres|António Guterres|~Guterres
L	Mark Rutte	-	Mark Rutte|~Rutte
L	Benjamin Netanyahu	IL	Benjamin Netanyahu|Netanyahu
L	Recep Tayyip Erdogan	TR	Recep Tayyip Erdogan|Recep Tayyip Erdoğan|Erdogan|Erdoğan
L	Ali Khamenei	IR	Ali Khamenei|Ayatollah Ali Khamenei|Khamenei
"""#
}
