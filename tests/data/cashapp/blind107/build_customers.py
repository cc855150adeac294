"""Customers of the fictional trading house (part of build.py).

Each entry: key, legal name (as billed), country, currencies, weight (share of
invoices), terms, bank payer name (as the bank delivers it), aliases (names a
payer may use that do NOT equal the billed name: trading names, parent
companies, owners paying personally, transliterations), and whether the
customer bills a fixed monthly fee (gives identical open amounts).
"""

# terms: "eom1" = month-end closing, paid end of next month (shimebi / 月末締め翌月末払い)
#        "eom2" = month-end closing, paid end of the month after next (翌々月末)
#        "net30"/"net60" = days from issue date
CUSTOMERS = [
    # ---- Japan (JPY; a few also USD)
    dict(key="minato", name="Minato Denshi Co., Ltd.", country="JP", cur=["JPY"], w=9, terms="eom1",
         bank="ﾐﾅﾄﾃﾞﾝｼ(ｶ", aliases=["ﾐﾅﾄﾃﾞﾝｼ ｶﾌﾞｼｷｶﾞｲｼﾔ", "ミナト電子", "MINATO ELECTRONICS"], fee=True),
    dict(key="hokuriku", name="Hokuriku Assembly Works K.K.", country="JP", cur=["JPY"], w=6, terms="eom1",
         bank="ﾎｸﾘｸｱｾﾝﾌﾞﾘ-ﾜ-ｸｽ(ｶ", aliases=["ﾎｸﾘｸｱｾﾝﾌﾞﾘ", "北陸アセンブリーワークス"], fee=False),
    dict(key="kawaguchi", name="Kawaguchi Precision Electronics Co., Ltd.", country="JP", cur=["JPY", "USD"], w=8,
         terms="eom2", bank="ｶ)ｶﾜｸﾞﾁｾｲﾐﾂｴﾚｸﾄﾛﾆｸｽ", aliases=["ｶﾜｸﾞﾁｾｲﾐﾂｴﾚｸﾄﾛﾆｸ", "KAWAGUCHI SEIMITSU", "川口精密ホールディングス"],
         fee=False),
    dict(key="tohoku", name="Tohoku Denki Buhin Co., Ltd.", country="JP", cur=["JPY"], w=5, terms="eom1",
         bank="ﾄｳﾎｸﾃﾞﾝｷﾌﾞﾋﾝ(ｶ", aliases=["ﾄｳﾎｸﾃﾞﾝｷ", "TOHOKU ELECTRIC PARTS"], fee=False),
    dict(key="nishiki", name="Nishiki Semicon Distribution K.K.", country="JP", cur=["JPY", "USD"], w=10,
         terms="eom1", bank="ﾆｼｷｾﾐｺﾝﾃﾞｲｽﾄﾘﾋﾞﾕ-ｼ", aliases=["ﾆｼｷｾﾐｺﾝ", "NISHIKI HOLDINGS", "錦セミコン"], fee=True),
    dict(key="shinagawa", name="Shinagawa Board Assembly Co., Ltd.", country="JP", cur=["JPY"], w=5, terms="eom1",
         bank="ｼﾅｶﾞﾜﾎﾞ-ﾄﾞｱｾﾝﾌﾞﾘ-(ｶ", aliases=["ｼﾅｶﾞﾜﾎﾞ-ﾄﾞ", "SBA"], fee=False),
    dict(key="osaka", name="Osaka Connector Shoji Co., Ltd.", country="JP", cur=["JPY"], w=6, terms="eom2",
         bank="ｵｵｻｶｺﾈｸﾀｼﾖｳｼﾞ(ｶ", aliases=["ｵｵｻｶｺﾈｸﾀ", "大阪コネクタ商事"], fee=False),
    dict(key="fujimi", name="Fujimi Micro Devices Co., Ltd.", country="JP", cur=["JPY"], w=4, terms="eom1",
         bank="ﾌｼﾞﾐﾏｲｸﾛﾃﾞﾊﾞｲｽ(ｶ", aliases=["ﾌｼﾞﾐﾏｲｸﾛ", "FUJIMI MICRO"], fee=False),
    dict(key="kobe", name="Kobe Harness Industries Ltd.", country="JP", cur=["JPY"], w=4, terms="eom1",
         bank="ｺｳﾍﾞﾊ-ﾈｽｺｳｷﾞﾖｳ(ｶ", aliases=["ｺｳﾍﾞﾊ-ﾈｽ", "ﾔﾏﾓﾄ ﾀｶｼ"], fee=False),
    dict(key="yokohama", name="Yokohama Relay Works Co., Ltd.", country="JP", cur=["JPY"], w=3, terms="eom1",
         bank="ﾖｺﾊﾏﾘﾚ-ﾜ-ｸｽ(ｶ", aliases=["ﾖｺﾊﾏﾘﾚ-", "YRW"], fee=False),
    dict(key="nagoya", name="Nagoya Power Modules K.K.", country="JP", cur=["JPY", "USD"], w=5, terms="eom2",
         bank="ﾅｺﾞﾔﾊﾟﾜ-ﾓｼﾞﾕ-ﾙ(ｶ", aliases=["ﾅｺﾞﾔﾊﾟﾜ-", "CHUBU POWER GROUP"], fee=False),
    dict(key="sendai", name="Sendai Sensor Systems Co., Ltd.", country="JP", cur=["JPY"], w=3, terms="eom1",
         bank="ｾﾝﾀﾞｲｾﾝｻ-ｼｽﾃﾑｽﾞ(ｶ", aliases=["ｾﾝﾀﾞｲｾﾝｻ-"], fee=False),
    dict(key="hamamatsu", name="Hamamatsu Opto Assembly Co., Ltd.", country="JP", cur=["JPY"], w=3, terms="eom1",
         bank="ﾊﾏﾏﾂｵﾌﾟﾄｱｾﾝﾌﾞﾘ-(ｶ", aliases=["ﾊﾏﾏﾂｵﾌﾟﾄ"], fee=False),
    dict(key="kyoto", name="Kyoto Passive Parts Co., Ltd.", country="JP", cur=["JPY"], w=3, terms="eom1",
         bank="ｷﾖｳﾄﾊﾟﾂｼﾌﾞﾊﾟ-ﾂ(ｶ", aliases=["ｷﾖｳﾄﾊﾟﾂｼﾌﾞ", "京都パッシブ"], fee=False),
    dict(key="chiba", name="Chiba EMS Co., Ltd.", country="JP", cur=["JPY"], w=4, terms="eom1",
         bank="ﾁﾊﾞｲ-ｴﾑｴｽ(ｶ", aliases=["ﾁﾊﾞEMS", "ｽｽﾞｷ ｹﾝｼﾞ"], fee=True),
    dict(key="ueda", name="Ueda Denko", country="JP", cur=["JPY"], w=2, terms="eom1",
         bank="ｳｴﾀﾞﾃﾞﾝｺｳ ｳｴﾀﾞ ｲﾁﾛｳ", aliases=["ｳｴﾀﾞ ｲﾁﾛｳ", "上田一郎"], fee=False),
    dict(key="kumamoto", name="Kumamoto Wafer Services K.K.", country="JP", cur=["JPY", "USD"], w=4, terms="eom2",
         bank="ｸﾏﾓﾄｳｴﾊ-ｻ-ﾋﾞｽ(ｶ", aliases=["ｸﾏﾓﾄｳｴﾊ-", "KWS"], fee=False),
    # ---- Korea (KRW; several also USD)
    dict(key="hanbit", name="Hanbit Electronics Co., Ltd.", country="KR", cur=["KRW", "USD"], w=9, terms="eom1",
         bank="한빛전자(주)", aliases=["한빛홀딩스", "HANBIT HOLDINGS", "한빛일렉트로닉스"], fee=True),
    dict(key="daeseong", name="대성부품 주식회사", country="KR", cur=["KRW"], w=6, terms="eom1",
         bank="(주)대성부품", aliases=["대성", "DAESEONG PARTS", "김민수"], fee=False),
    dict(key="saehan", name="Saehan Semicon Co., Ltd.", country="KR", cur=["KRW", "USD"], w=7, terms="net60",
         bank="새한세미콘(주)", aliases=["새한반도체", "SAEHAN SEMICONDUCTOR"], fee=False),
    dict(key="mirae", name="Mirae Board Tech Co., Ltd.", country="KR", cur=["KRW"], w=5, terms="eom1",
         bank="미래보드텍(주)", aliases=["미래보드", "MIRAE BD TECH"], fee=False),
    dict(key="gwangmyeong", name="광명이엠에스", country="KR", cur=["KRW"], w=3, terms="eom1",
         bank="광명이엠에스 박지훈", aliases=["박지훈", "GWANGMYEONG EMS"], fee=False),
    dict(key="busan", name="Busan Marine Electronics Co., Ltd.", country="KR", cur=["KRW", "USD"], w=4, terms="net60",
         bank="부산마린전자(주)", aliases=["부산마린", "BUSAN MARINE ELEC"], fee=False),
    dict(key="incheon", name="Incheon Display Materials Corp.", country="KR", cur=["KRW"], w=4, terms="eom1",
         bank="인천디스플레이소재(주)", aliases=["인천디스플레이", "IDM CORP"], fee=False),
    dict(key="suwon", name="Suwon Module Assembly Co., Ltd.", country="KR", cur=["KRW"], w=4, terms="eom1",
         bank="수원모듈조립(주)", aliases=["수원모듈", "SUWON MA"], fee=True),
    dict(key="pyeongtaek", name="Pyeongtaek Power Devices Inc.", country="KR", cur=["USD"], w=3, terms="net60",
         bank="PYEONGTAEK POWER DEV", aliases=["평택파워디바이스", "PTPD"], fee=False),
    # ---- Taiwan (TWD; some USD)
    dict(key="hsinchu", name="Hsinchu Micro Assembly Co., Ltd.", country="TW", cur=["TWD", "USD"], w=6,
         terms="net60", bank="HSINCHU MICRO ASSY C", aliases=["新竹微組裝股份有限公司", "HMA GROUP"], fee=False),
    dict(key="taoyuan", name="Taoyuan Connector Corp.", country="TW", cur=["TWD"], w=4, terms="net60",
         bank="TAOYUAN CONNECTOR CO", aliases=["桃園連接器", "TYC"], fee=False),
    dict(key="tainan", name="Tainan Passive Components Co., Ltd.", country="TW", cur=["TWD", "USD"], w=3,
         terms="net60", bank="TAINAN PASSIVE COMPO", aliases=["台南被動元件", "TPC HOLDINGS"], fee=False),
    dict(key="keelung", name="Keelung Harness Industrial Co., Ltd.", country="TW", cur=["TWD"], w=2,
         terms="net30", bank="KEELUNG HARNESS IND", aliases=["基隆線束", "LIN CHIH-MING"], fee=False),
    # ---- United States and rest of Asia (USD)
    dict(key="pacificrim", name="Pacific Rim Components Inc.", country="US", cur=["USD"], w=6, terms="net30",
         bank="PACIFIC RIM COMPONEN", aliases=["PRC DISTRIBUTION", "PACRIM PARTS"], fee=False),
    dict(key="bayline", name="Bayline Electronics Distribution LLC", country="US", cur=["USD"], w=4, terms="net30",
         bank="BAYLINE ELECTRONICS", aliases=["BAYLINE HOLDINGS", "J. MORALES"], fee=False),
    dict(key="cascade", name="Cascade EMS Corp.", country="US", cur=["USD"], w=3, terms="net30",
         bank="CASCADE EMS CORP", aliases=["CASCADE MANUFACTURING GRP", "CEMS AP DEPT"], fee=False),
    dict(key="lioncity", name="Lion City Electronics Pte. Ltd.", country="SG", cur=["USD"], w=3, terms="net60",
         bank="LION CITY ELECTRONIC", aliases=["LCE GROUP", "LION CITY HLDGS"], fee=False),
    dict(key="kowloon", name="Kowloon Parts Trading Ltd.", country="HK", cur=["USD"], w=3, terms="net30",
         bank="KOWLOON PARTS TRADIN", aliases=["九龍零件貿易", "KPT"], fee=False),
    dict(key="saigon", name="Saigon EMS JSC", country="VN", cur=["USD"], w=3, terms="net60",
         bank="CONG TY CP SAIGON EMS", aliases=["SAIGON EMS JOINT STOCK", "SGN EMS"], fee=False),
]

# Unknown payers: names of nobody on the books.
STRANGERS = {
    "JPY": ["ﾀﾅｶｼﾖｳｼﾞ(ｶ", "ﾏﾙﾋﾃﾞﾃﾞﾝｷ", "ﾆﾎﾝﾃﾞﾝｼｻ-ﾋﾞｽ", "ｻﾄｳ ﾐﾎ", "ﾕ)ｵｶﾞﾜｺｳｷﾞﾖｳ"],
    "KRW": ["동양전자(주)", "이서연", "(주)세진테크", "한국부품유통"],
    "USD": ["GLOBAL SOURCING PTE", "ACME PROCUREMENT SVC", "R. CHEN", "WESTBRIDGE TRADING"],
    "TWD": ["宏達貿易", "CHEN MEI-LING", "TAIPEI SUPPLY CHAIN"],
}
