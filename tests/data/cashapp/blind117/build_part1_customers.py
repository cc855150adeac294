"""Part 1 of build.py: customers, aliases, payers (data only)."""

# (name, currency, country, kind, aliases for payer names that a clerk cannot tie to the customer from data alone)
CUSTOMERS = [
    # ---- Australia, AUD
    ("Wattle Creek Station Pty Ltd", "AUD", "AU", "station", ["MACQUARIE AGRI HOLDINGS", "WC PASTORAL"]),
    ("Barossa Red Gum Vineyards Pty Ltd", "AUD", "AU", "vineyard", ["RED GUM WINES", "R & L HOFFMANN"]),
    ("Smith Pastoral Co", "AUD", "AU", "station", ["J & M SMITH", "JOHN SMITH"]),
    ("Mallee Grain Growers Pty Ltd", "AUD", "AU", "farm", ["MGG FARMING"]),
    ("Goulburn Valley Orchards Pty Ltd", "AUD", "AU", "orchard", ["GV FRUIT CO", "SHEPPARTON PEAR PACKERS"]),
    ("Riverina Rice Farms Pty Ltd", "AUD", "AU", "farm", ["D & T BERTOLDI"]),
    ("Darling Downs Cotton Co", "AUD", "AU", "farm", ["DDC AG HOLDINGS"]),
    ("Glenorchy Station Partnership", "AUD", "AU", "station", ["A GRAHAM & SONS"]),
    ("Nguyễn Brothers Market Garden", "AUD", "AU", "farm", ["NGUYEN BROS MKT GDN", "THANH NGUYEN"]),
    ("Murrumbidgee Rural Supplies Pty Ltd", "AUD", "AU", "merchant", ["MRS HAY AND GRAIN"]),
    ("Esperance Broadacre Pty Ltd", "AUD", "AU", "farm", ["SOUTH COAST GRAIN TRUST"]),
    ("Wimmera Lentil Growers Pty Ltd", "AUD", "AU", "farm", ["HORSHAM PULSE CO"]),
    ("Yarra Valley Cherries Pty Ltd", "AUD", "AU", "orchard", ["K PAPADOPOULOS"]),
    ("Atherton Tableland Avocados Pty Ltd", "AUD", "AU", "orchard", ["FNQ AVO GROUP"]),
    ("Bundaberg Cane Farms Pty Ltd", "AUD", "AU", "farm", ["S & G RUSSO"]),
    ("Liverpool Plains Farming Co", "AUD", "AU", "farm", ["LP AGRICULTURE HOLDINGS"]),
    ("Eyre Peninsula Grain Pty Ltd", "AUD", "AU", "farm", ["EP AG TRUST"]),
    ("Tamworth Rural Merchandise Pty Ltd", "AUD", "AU", "merchant", ["TRM STORES"]),
    ("Coonawarra Estate Growers Pty Ltd", "AUD", "AU", "vineyard", ["TERRA ROSSA WINE CO"]),
    ("Huon Valley Apples Pty Ltd", "AUD", "AU", "orchard", ["TAS FRUIT HOLDINGS"]),
    ("Zhou Family Orchard Pty Ltd", "AUD", "AU", "orchard", ["CHOW FAMILY ORCHARD", "W ZHOU"]),
    ("Kimberley Cattle Company Pty Ltd", "AUD", "AU", "station", ["KCC PASTORAL"]),
    ("Gippsland Dairy Holdings Pty Ltd", "AUD", "AU", "farm", ["P & J O'BRIEN"]),
    ("Central West Farm Supplies Pty Ltd", "AUD", "AU", "merchant", ["CWFS DUBBO"]),
    ("Hillston Citrus Pty Ltd", "AUD", "AU", "orchard", ["M SINGH & CO", "HARJIT SINGH"]),
    ("Moree Plains Agriculture Pty Ltd", "AUD", "AU", "farm", ["MPA COTTON TRUST"]),
    ("Margaret River Vineyards Pty Ltd", "AUD", "AU", "vineyard", ["CAPE WINE HOLDINGS"]),
    ("Lockyer Valley Vegetables Pty Ltd", "AUD", "AU", "farm", ["LVV PRODUCE"]),
    ("Narrogin Merino Studs Pty Ltd", "AUD", "AU", "station", ["B & K WHITE"]),
    ("Sunraysia Table Grapes Pty Ltd", "AUD", "AU", "vineyard", ["MILDURA GRAPE CO", "T KARAGIANNIS"]),
    ("Burdekin Growers Co-operative Ltd", "AUD", "AU", "merchant", ["BGC LTD"]),
    ("Clare Valley Olives Pty Ltd", "AUD", "AU", "orchard", ["C V OLIVE TRUST"]),
    ("Warrnambool Beef and Lamb Pty Ltd", "AUD", "AU", "farm", ["R & S MCKENZIE"]),
    ("Ord River Mangoes Pty Ltd", "AUD", "AU", "orchard", ["KUNUNURRA FRUIT CO"]),
    # ---- New Zealand, NZD
    ("Ōhaupō Dairies Ltd", "NZD", "NZ", "farm", ["WAIKATO MILK HOLDINGS"]),
    ("Te Awa Orchards Ltd", "NZD", "NZ", "orchard", ["HB FRUIT GROUP", "H TE AWA"]),
    ("Kahurangi Kiwifruit Ltd", "NZD", "NZ", "orchard", ["TE PUKE GOLD HOLDINGS"]),
    ("Canterbury Plains Arable Ltd", "NZD", "NZ", "farm", ["CPA FARMING TRUST"]),
    ("Mackenzie High Country Station Ltd", "NZD", "NZ", "station", ["J & A MCLEOD"]),
    ("Ngāti Kahu Farms Ltd", "NZD", "NZ", "farm", ["NK AHUWHENUA TRUST"]),
    ("Waipara Downs Vineyard Ltd", "NZD", "NZ", "vineyard", ["NORTH CANTERBURY WINE CO"]),
    ("Manawatū Sheep and Beef Ltd", "NZD", "NZ", "farm", ["G & L HENDERSON"]),
    ("Central Otago Cherries Ltd", "NZD", "NZ", "orchard", ["CROMWELL FRUIT HOLDINGS"]),
    ("Wairarapa Rural Merchants Ltd", "NZD", "NZ", "merchant", ["WRM STORES"]),
    ("Taranaki Dairy Partners Ltd", "NZD", "NZ", "farm", ["S & P VAN DER BERG"]),
    ("Southland Winter Grazing Ltd", "NZD", "NZ", "farm", ["GORE AG HOLDINGS"]),
    ("Motueka Hops and Apples Ltd", "NZD", "NZ", "orchard", ["TASMAN BAY GROWERS"]),
    ("Hawke's Bay Pipfruit Ltd", "NZD", "NZ", "orchard", ["HBP GROUP HOLDINGS", "R PATEL"]),
    ("Rangitīkei Station Ltd", "NZD", "NZ", "station", ["MOORE FAMILY TRUST"]),
    ("Gisborne Citrus Growers Ltd", "NZD", "NZ", "orchard", ["TAIRAWHITI FRUIT CO"]),
    ("Northland Avocado Co Ltd", "NZD", "NZ", "orchard", ["KERIKERI AVO HOLDINGS"]),
    ("Marlborough Vine Services Ltd", "NZD", "NZ", "vineyard", ["BLENHEIM VITICULTURE"]),
    ("Waikato Maize Growers Ltd", "NZD", "NZ", "farm", ["T & R BOUZAID"]),
    ("Otago Deer Farms Ltd", "NZD", "NZ", "farm", ["D J ROBERTSON"]),
    ("Bay of Plenty Fertiliser Co-op Ltd", "NZD", "NZ", "merchant", ["BOP FERT COOP"]),
    ("Ashburton Seed Producers Ltd", "NZD", "NZ", "farm", ["MID CANTERBURY SEEDS"]),
    # ---- USD billed (Pacific estates and export contracts)
    ("Vanua Levu Cane Growers Ltd", "USD", "FJ", "farm", ["VLCG FIJI"]),
    ("Samoa Cocoa Estates Ltd", "USD", "WS", "orchard", ["SCE APIA"]),
    ("Tonga Vanilla Growers Association", "USD", "TO", "merchant", ["TVGA NUKUALOFA"]),
    ("Highlands Coffee Cooperative PNG", "USD", "PG", "merchant", ["HCC GOROKA"]),
    ("Norfolk Island Produce Co", "USD", "NF", "farm", ["NIP CO"]),
    ("Pacific Agri Export Pty Ltd", "USD", "AU", "merchant", ["PAE TRADING"]),
]

# stock agents / co-operatives that pay on growers' behalf; they are not customers
AGENTS_AU = ["SOUTHERN CROSS STOCK & STATION", "MURRAY VALLEY GROWERS CO-OP", "OUTBACK LIVESTOCK AGENTS",
             "RIVERINA GRAIN POOL", "NORTHERN RIVERS STOCK AGENTS"]
AGENTS_NZ = ["WAIRARAPA STOCK AGENTS LTD", "KAIMAI DAIRY CO-OP", "HIGH COUNTRY WOOL BROKERS", "PLAINS LIVESTOCK NZ"]
AGENTS_USD = ["PACIFIC COMMODITY TRADERS", "ISLAND GROWERS MARKETING BOARD"]

# payers nobody can place
UNKNOWN_PAYERS = ["K M WILLIAMS", "BLUE HILLS HOLDINGS", "T NGUYEN", "SUNSHINE COAST ORGANICS", "A J PATERSON",
                  "RAINBOW VALLEY FARMS", "HORIZON AG INVESTMENTS", "M TAUFA", "WEST END TRADING", "L CHEN",
                  "FAIRVIEW PARTNERSHIP", "P RUSSELL", "OAKBANK GRAZING", "RIVERSTONE EQUITIES"]

NOISE_AU = ["FERT", "SEED", "CHEM", "SPRING ORDER", "UREA", "DAP", "GLYPHOSATE", "CANOLA SEED", "WINTER CROP", "TOPDRESS"]
NOISE_NZ = ["FERT", "SEED", "SUPER", "UREA", "SPRAY", "KIWI SPRAY", "MAIZE SEED", "AUTUMN", "PASTURE"]
