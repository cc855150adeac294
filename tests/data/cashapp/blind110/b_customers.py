"""Customer catalogue for set 402 (fictional companies)."""
# name, currencies (first = main), channel, weight (invoice share), aliases {kind: payer name}
CUSTOMERS = [
    # Turkey office, domestic TRY (EFT/FAST)
    ("Mavi Örgü Giyim Sanayi ve Ticaret A.Ş.", ["TRY"], "eft", 5, {"trading": "MAVIORGU ONLINE MAGAZA"}),
    ("Kaya Örme Tekstil San. Tic. Ltd. Şti.", ["TRY"], "eft", 4, {"person": "AHMET KAYA"}),
    ("Yıldız Konfeksiyon Dış Ticaret A.Ş.", ["TRY"], "eft", 4, {}),
    ("Çelik Denim Tekstil Ltd. Şti.", ["TRY"], "eft", 3, {"person": "SELIN CELIK"}),
    ("Öztürk Moda Mağazacılık A.Ş.", ["TRY"], "eft", 4, {"trading": "OZTURK OUTLET AVM"}),
    ("Doğan Hazır Giyim San. ve Tic. Ltd. Şti.", ["TRY"], "eft", 3, {}),
    ("Şahin Tekstil İthalat İhracat Ltd. Şti.", ["TRY"], "eft", 3, {"person": "MEHMET ŞAHİN"}),
    ("Güneş Ev Tekstili A.Ş.", ["TRY"], "eft", 3, {"parent": "GUNES HOLDING A.S."}),
    ("Ege Pamuk Tekstil Ticaret Ltd. Şti.", ["TRY"], "eft", 3, {}),
    ("İstanbul Butik Giyim Ltd. Şti.", ["TRY"], "card", 2, {}),
    # EU, EUR (SEPA / SWIFT)
    ("Müller Textilhandel GmbH", ["EUR"], "sepa", 4, {}),
    ("Nordlys Mode AB", ["EUR", "USD"], "swift", 4, {"parent": "NORDLYS GROUP HOLDING"}),
    ("Maison Lefèvre Prêt-à-Porter SARL", ["EUR"], "sepa", 3, {}),
    ("Van der Berg Fashion B.V.", ["EUR"], "sepa", 3, {"trading": "VDB STORES"}),
    ("Moda Bellini S.r.l.", ["EUR"], "sepa", 3, {}),
    ("Textiles Alcántara S.L.", ["EUR"], "sepa", 2, {}),
    ("Kowalski Odzież Sp. z o.o.", ["EUR"], "swift", 2, {}),
    ("Brandt Workwear GmbH", ["EUR"], "sepa", 3, {"trading": "BRANDT BERUFSKLEIDUNG"}),
    ("Lindqvist Basics AB", ["EUR"], "lc", 3, {}),
    # UK, GBP (Faster Payments / BACS)
    ("Harrow & Finch Retail Ltd", ["GBP", "EUR"], "fps", 4, {"trading": "H AND F STORES"}),
    ("Thistle Knitwear Ltd", ["GBP"], "bacs", 3, {}),
    ("Marlowe Street Fashion PLC", ["GBP"], "bacs", 4, {"parent": "MARLOWE HOLDINGS PLC"}),
    ("Bramble & Rye Clothing Ltd", ["GBP"], "fps", 2, {}),
    ("Ashdown Uniforms Ltd", ["GBP"], "fps", 2, {}),
    ("Carrow & Pike Ltd", ["GBP"], "dc", 2, {}),
    # US, USD (ACH, lockbox, cheque, card, wires, LC)
    ("Blue Harbor Apparel Inc.", ["USD"], "lockbox", 5, {}),
    ("Westfield Outfitters LLC", ["USD"], "ach", 4, {"parent": "WESTFIELD BRANDS HOLDINGS"}),
    ("Sunset Boulevard Denim Co.", ["USD"], "ach", 3, {}),
    ("Prairie Home Textiles Inc.", ["USD"], "cheque", 3, {}),
    ("Kingsbridge Wholesale Corp.", ["USD"], "swift", 3, {}),
    ("Atlas Activewear LLC", ["USD"], "card", 2, {}),
    ("Northgate Retail Group Inc.", ["USD"], "lc", 4, {}),
    ("Coastline Kids Apparel Inc.", ["USD"], "dc", 3, {}),
    # Gulf, AED / KWD
    ("Al Noor Fashion Trading LLC", ["AED", "USD"], "uae", 4, {"person": "MOHAMMED RASHID AL MARRI"}),
    ("Dubai Textile Souk Trading L.L.C.", ["AED"], "uae", 3, {}),
    ("Emirates Modest Wear FZE", ["AED"], "uae", 3, {"trading": "EMW ABAYAS"}),
    ("Gulf Garments Wholesale FZCO", ["AED"], "swift", 3, {}),
    ("Al Jazira Hypermarkets LLC", ["AED"], "lc", 3, {}),
    ("Al Sabah Fashion Retail Co. W.L.L.", ["KWD"], "swift", 2, {}),
    # Japan, JPY
    ("Sakura Apparel Trading K.K.", ["JPY"], "swift", 2, {}),
    ("Hoshino Casual Wear Co., Ltd.", ["JPY"], "swift", 2, {}),
    # Bangladesh office, domestic BDT (BEFTN / RTGS / cheque / bKash)
    ("Rahman Knit Composite Ltd.", ["BDT"], "beftn", 4, {"person": "MD ABDUR RAHMAN"}),
    ("Chowdhury Buying House", ["BDT"], "beftn", 3, {"translit": "CHOUDHURY BUYING HOUSE"}),
    ("Dhaka Denim Washing Ltd.", ["BDT"], "rtgs", 3, {}),
    ("Narayanganj Yarn Traders", ["BDT"], "cheque", 2, {}),
    ("Gazipur Accessories & Trims Ltd.", ["BDT"], "beftn", 3, {}),
    ("Chattogram Fashion Outlet", ["BDT"], "bkash", 2, {"person": "NUSRAT JAHAN"}),
    ("Sonar Bangla Garments Ltd.", ["BDT"], "rtgs", 3, {"parent": "SONAR BANGLA GROUP"}),
    ("Mirpur Export Processing Ltd.", ["BDT"], "beftn", 3, {}),
]

RANGES = {  # major units, invoice totals
    "TRY": (15000, 900000), "BDT": (80000, 4500000), "USD": (1500, 180000), "EUR": (1200, 150000),
    "GBP": (1000, 90000), "AED": (5000, 400000), "JPY": (250000, 12000000), "KWD": (400, 25000),
}

UNKNOWN_PAYERS = [
    "ISTANBUL GIYIM PAZARLAMA", "K. ANDERSSON", "OCEANIC TRADING LTD", "MD HASAN ALI",
    "ROSE & THORN BOUTIQUE", "SILVERLINE IMPORTS LLC", "ZEYNEP ARSLAN", "FAR EAST SOURCING HK LTD",
    "GREENLEAF KIDSWEAR", "TAREQ AL HAMAD", "BELLA VISTA MODA", "P. O'SULLIVAN",
]
