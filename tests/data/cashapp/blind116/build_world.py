"""Customers and open invoices for the LatAm chemicals distributor."""
import datetime as dt
from build_common import rng, rand_hex, rand_amount, PREFIX, NUM_WIDTH, bankname

COUNTRY = {
    "MX": dict(cur="MXN", n=30, suffix=["S.A. de C.V.", "S.A.P.I. de C.V.", "S. de R.L. de C.V."],
               pre=["Química", "Industrias", "Tratamiento de Aguas", "Agrícola", "Recubrimientos", "Detergentes",
                    "Curtidos", "Lácteos", "Cementos", "Minera", "Galvanizadora", "Papelera", "Vidriera"],
               place=["del Norte", "de Sonora", "de Hidalgo", "Tlaxcalteca", "Tapatía", "Regiomontana", "de Yucatán",
                      "del Pacífico", "de Veracruz", "Zacatecana", "Michoacana", "del Bajío", "Potosina", "de Coahuila"],
               fixed=["Organismo Operador de Agua Potable de Mazatlán", "Comisión Estatal del Agua de Querétaro",
                      "Minera Peñasco Dorado, S.A. de C.V.", "Fertilizantes Agrícolas de Sinaloa, S.P.R. de R.L.",
                      "Müller Pigmentos de México, S.A. de C.V."]),
    "BR": dict(cur="BRL", n=24, suffix=["Ltda.", "S.A.", "Eireli"],
               pre=["Indústria Química", "Mineração", "Agropecuária", "Papel e Celulose", "Curtume", "Siderúrgica",
                    "Tintas", "Têxtil", "Fertilizantes", "Alimentos", "Cerâmica", "Laticínios"],
               place=["Paulista", "Mineira", "do Vale do Aço", "Gaúcha", "Catarinense", "Baiana", "do Cerrado",
                      "Fluminense", "Goiana", "do Triângulo", "Capixaba", "Paranaense"],
               fixed=["Companhia de Saneamento do Vale do Paraíba", "Serviço Autônomo de Água e Esgoto de Itajubá",
                      "Cooperativa Agroindustrial Coração do Oeste Ltda.", "Fundição São João Batista Ltda."]),
    "CO": dict(cur="COP", n=18, suffix=["S.A.S.", "S.A.", "Ltda."],
               pre=["Palmas", "Floricultora", "Minera", "Curtiembres", "Química", "Cementos", "Textiles", "Lácteos",
                    "Ingenio", "Plásticos"],
               place=["Antioqueña", "del Valle", "de Santander", "del Caribe", "de Boyacá", "Sabanera", "del Huila",
                      "del Cesar", "Caldense", "del Tolima"],
               fixed=["Empresas Públicas de Acueducto de Pereira E.S.P.", "Acueducto y Alcantarillado de Montería E.S.P."]),
    "CL": dict(cur="CLP", n=14, suffix=["SpA", "S.A.", "Ltda."],
               pre=["Minera", "Aguas", "Salmonera", "Vitivinícola", "Celulosa", "Frutícola", "Sanitaria", "Lixiviación"],
               place=["del Norte Grande", "de Atacama", "de Antofagasta", "del Maule", "de Los Lagos", "Austral",
                      "de Coquimbo", "de Ñuble"],
               fixed=["Empresa Sanitaria de Valparaíso S.A."]),
    "PE": dict(cur="PEN", n=14, suffix=["S.A.C.", "S.A.A.", "E.I.R.L."],
               pre=["Minera", "Agroexportadora", "Pesquera", "Textil", "Fundición", "Curtiembre", "Agrícola"],
               place=["Andina", "del Sur", "de Arequipa", "Cajamarquina", "del Mantaro", "de Ica", "Chavín",
                      "Chiclayana", "de Piura"],
               fixed=["Servicio de Agua Potable y Alcantarillado de Arequipa S.A.", "Sociedad Minera Tōyō Perú S.A.C."]),
    "AR": dict(cur="ARS", n=10, suffix=["S.A.", "S.R.L."],
               pre=["Agroquímica", "Bodegas", "Aceitera", "Frigorífico", "Minera", "Curtiembre", "Papelera"],
               place=["Pampeana", "Cuyana", "del Litoral", "Patagónica", "de Córdoba", "Santafesina", "Mendocina"],
               fixed=["Cooperativa de Agua Potable de Río Cuarto Ltda."]),
}

PARENTS = {
    "MX": ["GRUPO INDUSTRIAL VALLE ALTO SAB DE CV", "CORPORATIVO QUIMICO DEL NORTE SA DE CV", "GRUPO MINERO TEPEYAC"],
    "BR": ["HOLDING PARANAPIANEMA PARTICIPACOES SA", "GRUPO ALVORADA INVESTIMENTOS LTDA"],
    "CO": ["ORGANIZACION ANDINA DE INVERSIONES SAS", "GRUPO EMPRESARIAL CAFETERO SA"],
    "CL": ["INVERSIONES CORDILLERA SPA", "HOLDING MINERO PACIFICO SA"],
    "PE": ["CORPORACION RIMAC INVERSIONES SAA", "GRUPO MINERO HUASCARAN SAC"],
    "AR": ["GRUPO INVERSOR RIO DE LA PLATA SA"],
}
FIRST = ["JUAN CARLOS", "MARIA FERNANDA", "JOSE LUIS", "ANA PAULA", "LUIS ALBERTO", "CARLOS EDUARDO", "ROSA ELENA",
         "JOAO PEDRO", "FRANCISCO JAVIER", "PATRICIA", "MIGUEL ANGEL", "GABRIELA"]
LAST = ["PEREZ GOMEZ", "RODRIGUEZ SILVA", "HERNANDEZ LOPEZ", "SOUZA OLIVEIRA", "GARCIA QUISPE", "MUNOZ SOTO",
        "MARTINEZ RUIZ", "FERREIRA LIMA", "CASTILLO MAMANI", "FERNANDEZ DIAZ"]

MINING_WORDS = ("Minera", "Mineração", "Lixiviación", "Fundición", "Siderúrgica", "Sociedad Minera")


def translit(name):
    """an alternative romanisation a foreign or local bank might print"""
    s = name.upper()
    for a, b in (("Ü", "UE"), ("Ō", "OU"), ("Ñ", "NI"), ("Ç", "C"), ("Ã", "A"), ("Õ", "O"), ("Â", "A"), ("Ê", "E")):
        s = s.replace(a, b)
    return bankname(s)


def make_customers():
    customers = []
    used = set()
    for cc, spec in COUNTRY.items():
        names = list(spec["fixed"])
        while len(names) < spec["n"]:
            n = "%s %s %s" % (rng.choice(spec["pre"]), rng.choice(spec["place"]), rng.choice(spec["suffix"]))
            key = n.rsplit(" ", 1)[0]
            if key in used:
                continue
            used.add(key)
            names.append(n)
        for n in names:
            words = [w for w in bankname(n).split() if w not in ("SA", "DE", "CV", "LTDA", "SAS", "SPA", "SAC", "SAA",
                                                                 "EIRL", "SRL", "SAPI", "EIRELI", "ESP", "DEL", "DO",
                                                                 "Y", "E", "LA", "R", "L", "S")]
            trading = " ".join(words[-2:]) if len(words) >= 2 else words[0]
            c = dict(id="cus_" + rand_hex(8), name=n, country=cc, cur=spec["cur"],
                     usd=any(n.startswith(m) for m in MINING_WORDS) or rng.random() < 0.2,
                     trading=trading + rng.choice(["", " " + rng.choice(["QUIMICOS", "INDUSTRIAL", "GROUP"])]),
                     parent=rng.choice(PARENTS[cc]),
                     person="%s %s" % (rng.choice(FIRST), rng.choice(LAST)),
                     small=False)
            customers.append(c)
    # customers that hold only a few open invoices (statement paid as a whole)
    small_idx = rng.sample(range(len(customers)), 22)
    for i in small_idx:
        customers[i]["small"] = True
    return customers


def make_invoices(customers):
    """returns list of invoice dicts (contract fields) in number order"""
    slots = []
    for c in customers:
        if c["small"]:
            k = rng.randint(2, 4)
            slots += [(c, c["cur"])] * k
            if c["usd"]:
                slots += [(c, "USD")] * rng.randint(1, 2)
        else:
            k = rng.randint(6, 20)
            slots += [(c, c["cur"])] * k
            if c["usd"]:
                slots += [(c, "USD")] * rng.randint(2, 6)
    rng.shuffle(slots)
    invoices = []
    num = 184003
    base = dt.date(2025, 10, 20)
    ids = set()
    for i, (c, cur) in enumerate(slots):
        num += rng.choice([1, 1, 1, 2, 2, 3, 4, 7])      # global sequence with gaps
        issue = base + dt.timedelta(days=int(i * 126 / len(slots)) + rng.randint(0, 3))
        terms = rng.choice([30, 30, 45, 60, 90])
        total = rand_amount(cur)
        balance = total
        if rng.random() < 0.09:                          # already part-paid
            balance = total - int(total * rng.choice([0.2, 0.25, 0.3, 0.4, 0.5, 0.6]))
            if cur == "COP":
                balance -= balance % 100
        while True:
            iid = "inv_" + rand_hex(10)
            if iid not in ids:
                ids.add(iid)
                break
        invoices.append(dict(id=iid, number=PREFIX + str(num).zfill(NUM_WIDTH), customer_id=c["id"],
                             customer_name=c["name"], currency=cur, total=total, balance=balance,
                             issue_date=issue.isoformat(), due_date=(issue + dt.timedelta(days=terms)).isoformat()))
    return invoices
