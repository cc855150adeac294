"""build part 1: customers, amount formatting, invoice-number spellings, noise."""
import random
import unicodedata

SEED = 388
DEC = {"MXN": 2, "USD": 2, "COP": 2, "CLP": 0, "PEN": 2}
NUM_LO, NUM_HI = 200000, 215000   # invoice numbers live in 208xxx-210xxx; noise avoids this band

# (key, legal name, country, currencies, kind, terms, trading, parent, person, translit)
CUSTOMERS = [
    ("ruiz", "Taller Mecánico Hermanos Ruiz, S.A. de C.V.", "MX", ["MXN"], "workshop", 30, "TALLER RUIZ", None, "RAMON RUIZ ORTEGA", None),
    ("bajio", "Refaccionaria y Servicio Automotriz del Bajío, S.A. de C.V.", "MX", ["MXN"], "workshop", 30, "RSA BAJIO", None, None, None),
    ("pena", "Autoservicio La Peña, S. de R.L. de C.V.", "MX", ["MXN"], "workshop", 15, "AUTOSERVICIO PEÑA", None, "GUADALUPE PEÑA SOTO", None),
    ("fleetco", "Transportes Fleetco de México, S.A. de C.V.", "MX", ["MXN", "USD"], "fleet", 45, None, "FLEETCO HOLDINGS LLC", None, None),
    ("sierra", "Grupo Automotriz Sierra Madre, S.A. de C.V.", "MX", ["MXN"], "dealer", 30, "NISSAN SIERRA MADRE", "GRUPO SIERRA MADRE CORPORATIVO", None, None),
    ("guadalupe", "Mecánica Integral Guadalupe", "MX", ["MXN"], "workshop", 15, None, None, "MARIA GUADALUPE TORRES LEAL", None),
    ("frenosnorte", "Frenos y Embragues del Norte, S.A. de C.V.", "MX", ["MXN"], "workshop", 30, "FRENOS DEL NORTE", None, None, None),
    ("muller", "Autopartes Müller Querétaro, S.A. de C.V.", "MX", ["MXN"], "workshop", 30, None, None, "KLAUS MULLER HAAS", "AUTOPARTES MUELLER QUERETARO"),
    ("tlaquepaque", "Distribuidora de Lubricantes Tlaquepaque, S.A. de C.V.", "MX", ["MXN"], "workshop", 30, "LUBRICANTES TLAQUE", None, None, None),
    ("refripac", "Logística Refrigerada del Pacífico, S.A.P.I. de C.V.", "MX", ["MXN", "USD"], "fleet", 45, "REFRIPAC", None, None, None),
    ("zaragoza", "Servicio Automotriz Zaragoza", "MX", ["MXN"], "workshop", 15, None, None, "JOSE LUIS ZARAGOZA PEREZ", None),
    ("valleoriente", "Automotores del Valle Oriente, S.A. de C.V.", "MX", ["MXN"], "dealer", 30, "CHEVROLET VALLE ORIENTE", None, None, None),
    ("ochoa", "Taller Eléctrico Automotriz Ochoa", "MX", ["MXN"], "workshop", 15, None, None, "ERNESTO OCHOA VILLA", None),
    ("arcos", "Hojalatería y Pintura Los Arcos, S.A. de C.V.", "MX", ["MXN"], "workshop", 30, "PINTURA LOS ARCOS", None, None, None),
    ("castores", "Transportes Castores de Jalisco, S.A. de C.V.", "MX", ["MXN"], "fleet", 45, None, "GRUPO CASTORES CORPORATIVO SA", None, None),
    ("sanpedro", "Llantera y Alineación San Pedro, S.A. de C.V.", "MX", ["MXN"], "workshop", 15, "LLANTERA SAN PEDRO", None, None, None),
    ("diesel", "Motores Diésel de Sonora, S.A. de C.V.", "MX", ["MXN", "USD"], "fleet", 30, "DIESEL SONORA", None, None, None),
    ("estrella", "Autobuses Estrella del Sureste, S.A. de C.V.", "MX", ["MXN"], "fleet", 45, "ESTRELLA DEL SURESTE", None, None, None),
    ("jimenez", "Taller de Suspensiones Jiménez", "MX", ["MXN"], "workshop", 15, None, None, "ARTURO JIMENEZ CANO", None),
    ("polanco", "Clínica Automotriz Polanco, S.A. de C.V.", "MX", ["MXN"], "workshop", 30, "CLINICA AUTO POLANCO", None, None, None),
    ("europeas", "Refacciones Europeas Santa Fe, S.A. de C.V.", "MX", ["MXN"], "workshop", 30, "EURO PARTS SANTA FE", None, None, None),
    ("merida", "Servicios de Flotillas Mérida, S.A. de C.V.", "MX", ["MXN"], "fleet", 45, "FLOTILLAS MERIDA", None, None, None),
    ("culiacan", "Autos de Culiacán, S.A. de C.V.", "MX", ["MXN"], "dealer", 30, "TOYOTA CULIACAN", None, None, None),
    ("hernandez", "Mofles y Radiadores Hernández", "MX", ["MXN"], "workshop", 0, None, None, "FELIPE HERNANDEZ RIOS", None),
    ("cargamty", "Transportadora de Carga Monterrey, S.A. de C.V.", "MX", ["MXN", "USD"], "fleet", 45, "TRANSCARGA MTY", None, None, None),
    ("tijuana", "Multiservicios Automotrices Tijuana, S. de R.L. de C.V.", "MX", ["MXN", "USD"], "workshop", 30, "MULTISERVICIOS TJ", None, None, None),
    ("avila", "Taller Automotriz Ávila e Hijos, S.A. de C.V.", "MX", ["MXN"], "workshop", 15, None, None, "ROBERTO AVILA MENDEZ", None),
    ("motormexa", "Grupo Motormexa Puebla, S.A. de C.V.", "MX", ["MXN"], "dealer", 30, "MOTORMEXA", "GRUPO MOTORMEXA CORPORATIVO", None, None),
    ("antioquia", "Servitecas Unidas de Antioquia S.A.S.", "CO", ["COP"], "workshop", 30, "SERVITECA LA 80", None, None, None),
    ("eldorado", "Autopartes El Dorado Bogotá S.A.S.", "CO", ["COP"], "workshop", 30, "EL DORADO AUTOPARTES", None, None, None),
    ("sideral", "Transportes Sideral Ltda.", "CO", ["COP"], "fleet", 45, None, "INVERSIONES SIDERAL SAS", None, None),
    ("gutierrez", "Taller Automotriz Hermanos Gutiérrez S.A.S.", "CO", ["COP"], "workshop", 15, None, None, "CARLOS ANDRES GUTIERREZ", None),
    ("motorysa", "Distribuidora Motorysa del Valle S.A.", "CO", ["COP"], "dealer", 30, "MOTORYSA CALI", None, None, None),
    ("sabana", "Lubricentro La Sabana S.A.S.", "CO", ["COP"], "workshop", 15, None, None, "LUZ MARINA ROJAS", None),
    ("cootrans", "Cooperativa de Transportadores Unidos", "CO", ["COP"], "fleet", 45, "COOTRANSUNIDOS", None, None, None),
    ("tecnidiesel", "Tecnidiesel Barranquilla S.A.S.", "CO", ["COP", "USD"], "fleet", 30, "TECNIDIESEL", None, None, None),
    ("frenosmed", "Frenos y Clutch Medellín S.A.S.", "CO", ["COP"], "workshop", 30, None, None, "JHON JAIRO OSPINA", None),
    ("andes", "Automotora Los Andes SpA", "CL", ["CLP"], "dealer", 30, "AUTOMOTORA ANDES", None, None, None),
    ("nunoa", "Taller Mecánico Ñuñoa Ltda.", "CL", ["CLP"], "workshop", 30, None, None, "PATRICIO MUÑOZ REYES", None),
    ("biobio", "Transportes Bío Bío Cargo S.A.", "CL", ["CLP"], "fleet", 45, "BIOBIO CARGO", None, None, None),
    ("valdivia", "Servicio Técnico Automotriz Valdivia SpA", "CL", ["CLP"], "workshop", 30, "STA VALDIVIA", None, None, None),
    ("antofagasta", "Repuestos y Lubricantes Antofagasta Ltda.", "CL", ["CLP"], "workshop", 30, None, None, "MARCELA VEGA TAPIA", None),
    ("frenoschile", "Frenos Chile Express SpA", "CL", ["CLP"], "workshop", 15, "FRENOS EXPRESS", None, None, None),
    ("busessur", "Buses Metropolitanos del Sur S.A.", "CL", ["CLP"], "fleet", 45, "BUSES DEL SUR", None, None, None),
    ("kaufmann", "Automotriz del Sur Kaufmann S.A.", "CL", ["CLP"], "dealer", 30, "KAUFMANN TEMUCO", None, None, "AUTOMOTRIZ DEL SUR KAUFMAN"),
    ("perezcia", "Taller Pérez y Cía. Ltda.", "CL", ["CLP"], "workshop", 15, None, None, "JUAN PEREZ ALARCON", None),
    ("miraflores", "Autoservicios Miraflores S.A.C.", "PE", ["PEN"], "workshop", 30, "AUTOSERV MIRAFLORES", None, None, None),
    ("cruznorte", "Transportes Cruz del Norte S.A.C.", "PE", ["PEN", "USD"], "fleet", 45, "CRUZ DEL NORTE", None, None, None),
    ("arequipa", "Mecánica Automotriz Arequipa E.I.R.L.", "PE", ["PEN"], "workshop", 15, None, None, "CESAR HUAMAN CCOPA", None),
    ("huancayo", "Repuestos Huancayo S.R.L.", "PE", ["PEN"], "workshop", 30, None, None, "ROSA CONDORI APAZA", None),
    ("motored", "Maquinarias Motored S.A.", "PE", ["PEN", "USD"], "dealer", 30, "MOTORED LIMA", None, None, None),
    ("quispe", "Taller Quispe Mamani E.I.R.L.", "PE", ["PEN"], "workshop", 0, None, None, "JUAN QUISPE MAMANI", None),
    ("trujillo", "Lubricantes y Servicios Trujillo S.A.C.", "PE", ["PEN"], "workshop", 30, "LUBRISERVICIOS TRUJILLO", None, None, None),
    ("centroam", "Auto Repuestos Centroamericanos, S.A.", "GT", ["USD"], "workshop", 30, "ARCA GUATEMALA", None, None, None),
    ("costarica", "Taller Automotriz La Sabana, S.A.", "CR", ["USD"], "workshop", 30, "TALLER SABANA CR", None, None, None),
    ("fsa", "Fleet Services of the Americas LLC", "US", ["USD"], "fleet", 30, "FSA FLEET", "AMERICAS MOBILITY GROUP INC", None, None),
    ("panama", "Distribuidora Automotriz Panamá, S.A.", "PA", ["USD"], "dealer", 30, "DAPSA", None, None, None),
    ("salvador", "Transportes Salvadoreños Unidos, S.A. de C.V.", "SV", ["USD"], "fleet", 45, "TRANSUNIDOS SV", None, None, None),
    ("rivera", "Rivera Auto Parts Inc.", "US", ["USD"], "workshop", 30, None, None, "MIGUEL A RIVERA", None),
]

UNKNOWN_PAYERS = [
    "COMERCIALIZADORA DEL ISTMO SA DE CV", "JORGE ALBERTO MEZA LUNA", "SERVICIOS INTEGRALES ARKO",
    "INVERSIONES TORRES & HIJOS SAS", "ANA MARIA SALAZAR", "COMERCIAL RENGO SPA", "KAREN LOPEZ CASTILLO",
    "DISTRIBUIDORA ANDINA DEL SUR SAC", "MOVILIDAD URBANA BQ SAS", "GLOBAL TRADE PARTNERS LLC",
    "PEDRO PABLO RIQUELME", "AUTOCENTRO LA JOYA", "LUIS FERNANDO CARDONA", "CONSTRUCTORA PAMPA SA",
]

BANKS = {
    "MXN": ["BBVA MEXICO", "BANORTE", "SANTANDER", "BANAMEX", "HSBC", "SCOTIABANK", "BANCO AZTECA", "BANREGIO"],
    "USD": ["BANK OF AMERICA NA", "JPMORGAN CHASE BANK", "CITIBANK NA", "WELLS FARGO BANK", "BAC CREDOMATIC", "BANCO INDUSTRIAL", "BBVA USA"],
    "COP": ["BANCOLOMBIA", "DAVIVIENDA", "BANCO DE BOGOTA", "BBVA COLOMBIA", "BANCO DE OCCIDENTE"],
    "CLP": ["BANCO DE CHILE", "BANCOESTADO", "SANTANDER CHILE", "BCI", "SCOTIABANK CHILE", "ITAU CHILE"],
    "PEN": ["BCP", "INTERBANK", "BBVA PERU", "SCOTIABANK PERU", "BANBIF"],
}
CARD_PROC = {"MXN": ["CLIP", "MERCADO PAGO", "GETNET"], "USD": ["STRIPE", "BAC CREDOMATIC POS"],
             "COP": ["REDEBAN", "CREDIBANCO"], "CLP": ["TRANSBANK", "GETNET CHILE"], "PEN": ["NIUBIZ", "IZIPAY"]}


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def bank_name(name):
    """How a bank statement prints a company name: upper case, no accents or punctuation."""
    s = strip_accents(name).upper()
    for a, b in ((",", ""), (".", ""), ("&", "Y")):
        s = s.replace(a, b)
    return " ".join(s.split())


def mojibake(name):
    s = name.upper()
    return s.encode("utf-8").decode("cp1252", errors="replace")


def fmt(minor, cur):
    if DEC[cur] == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    m = abs(minor)
    return f"{sign}{m // 100}.{m % 100:02d}"


def human(minor, cur):
    """Amount the way a remittance advice writes it."""
    if cur == "CLP":
        return "$" + f"{minor:,}".replace(",", ".")
    units, cents = divmod(minor, 100)
    if cur == "COP":
        s = "$" + f"{units:,}".replace(",", ".")
        return s if cents == 0 else s + f",{cents:02d}"
    pre = {"MXN": "$", "USD": "USD ", "PEN": "S/ "}[cur]
    return f"{pre}{units:,}.{cents:02d}"


def inv_int(number):
    return int(number.split("-")[1])


def ocr(s, rng):
    """Replace one or two digits by look-alike letters, keeping at least 3 digits."""
    m = {"0": "O", "1": "l", "5": "S", "8": "B"}
    idx = [i for i, ch in enumerate(s) if ch in m]
    rng.shuffle(idx)
    out = list(s)
    for i in idx[: rng.choice([1, 1, 2])]:
        out[i] = m[out[i]] if out[i] != "1" else rng.choice(["l", "I"])
    return "".join(out)


def spell(n, rng):
    """One of many real-world spellings of invoice number n (printed FV-00nnnnnn)."""
    s = str(n)
    z = s.zfill(8)
    opts = [f"FV-{z}", f"FV-{z}", f"FV{z}", f"FV {s}", s, s, f"fv-{s}", f"Fact. {s}", f"FACTURA {z}",
            f"FAC {s}", f"F{s}", f"FV-{s[:3]}.{s[3:]}", f"{s[:3]} {s[3:]}", f"No. {s}", f"#{s}",
            f"FV-{ocr(z, rng)}", f"FV{ocr(s, rng)}", f"FV_{z}", f"fact {z}", f"INV {s}", f"FV-{s}"]
    return rng.choice(opts)


def typo(n, rng):
    s = list(str(n))
    if rng.random() < 0.5:
        i = rng.randrange(len(s) - 1)
        if s[i] == s[i + 1]:
            return None
        s[i], s[i + 1] = s[i + 1], s[i]
    else:
        i = rng.randrange(2, len(s))
        s[i] = rng.choice([d for d in "0123456789" if d != s[i]])
    return int("".join(s))


def one_edit(a, b):
    """a and b (ints, same length) differ by one digit or one adjacent transposition."""
    x, y = str(a), str(b)
    if len(x) != len(y) or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def nd(rng, n):
    """n random digits whose value stays out of the invoice-number band."""
    while True:
        s = "".join(rng.choice("0123456789") for _ in range(n))
        if not (NUM_LO <= int(s) < NUM_HI):
            return s
