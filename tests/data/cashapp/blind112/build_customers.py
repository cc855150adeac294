"""Part 1 of build.py: the customer base (hospitals, practices, pharmacies, care homes in DE/AT/CH)."""

DE_CITIES = ["Freiburg", "Ulm", "Heilbronn", "Kassel", "Würzburg", "Regensburg", "Bielefeld", "Osnabrück",
             "Göttingen", "Passau", "Konstanz", "Trier", "Erlangen", "Lüneburg", "Fulda", "Bamberg",
             "Oldenburg", "Paderborn", "Landshut", "Schwäbisch Hall", "Görlitz", "Jena", "Rostock", "Siegen"]
AT_CITIES = ["Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Villach", "Wels", "St. Pölten",
             "Dornbirn", "Steyr", "Feldkirch", "Leoben"]
CH_CITIES = ["Zürich", "Bern", "Basel", "Luzern", "St. Gallen", "Winterthur", "Chur", "Aarau", "Thun",
             "Frauenfeld", "Schaffhausen", "Zug", "Baden", "Olten", "Biel"]
CH_REGIONS = ["Graubünden", "Aarau", "Baselland", "Thurgau", "Obwalden", "Glarus", "Uri", "Zug",
              "Schaffhausen", "Nidwalden"]
FIRST = ["Anna", "Katrin", "Stefan", "Thomas", "Julia", "Markus", "Sabine", "Andreas", "Claudia", "Jürgen",
         "Monika", "Lukas", "Petra", "Matthias", "Barbara", "Reto", "Urs", "Corinne", "Beat", "Ursula",
         "Florian", "Verena", "Günther", "Maximilian", "Theresa", "Dominik"]
LAST = ["Huber", "Müller", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hofmann", "Schäfer", "Koch",
        "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
        "Gruber", "Pichler", "Steiner", "Moser", "Brunner", "Keller", "Meier", "Frei", "Baumgartner", "Gerber",
        "Lehmann", "Hartmann", "Lang", "Wyss", "Zürcher", "Häfliger", "Oberholzer", "Eggenberger"]
SAINTS = ["St. Elisabeth", "St. Marien", "St. Josef", "St. Vinzenz", "Barmherzige Brüder", "Diakonissen",
          "St. Anna", "Heilig-Geist", "St. Franziskus", "Evangelisches"]
PHARM = ["Marien", "Löwen", "Rosen", "Stern", "Adler", "Hirsch", "Einhorn", "Sonnen", "Linden", "Bären",
         "Kronen", "Schwanen", "Engel", "Mohren", "Glocken", "Stadt", "Bahnhof", "Park"]
HOMES = ["Sonnenhof", "Lindenhof", "Am Stadtpark", "Abendfrieden", "Haus Rosengarten", "Waldblick",
         "Seeblick", "Am Mühlbach", "Haus Bergfried", "Talblick", "Rebberg", "Schlossgarten", "Lärchenhof"]
GROUPS_EUR = ["EK-Verbund Kliniken Süd eG", "Einkaufsgemeinschaft Kommunaler Krankenhäuser GmbH",
              "Clinicpartner Beschaffung eG", "AGKAMED Einkaufsverbund"]
GROUPS_CHF = ["Spitalverbund Ostschweiz Beschaffung", "Einkaufsgemeinschaft HSK Spitäler",
              "Zentraleinkauf Spitäler Zentralschweiz"]


def make_customers(rng):
    customers = []
    used_names = set()
    seq = [10000]

    def add(country, kind, name, variants, currencies, size):
        if name in used_names:
            return
        used_names.add(name)
        seq[0] += rng.randint(3, 41)
        customers.append({"id": "KD%d" % seq[0], "country": country, "kind": kind, "name": name,
                          "variants": variants, "currencies": currencies, "size": size})

    def cities(country):
        return {"DE": DE_CITIES, "AT": AT_CITIES, "CH": CH_CITIES}[country]

    for country, n_h, n_p, n_a, n_c in (("DE", 16, 28, 18, 12), ("AT", 6, 12, 8, 5), ("CH", 9, 14, 10, 7)):
        cur = ["CHF"] if country == "CH" else ["EUR"]
        for _ in range(n_h):
            city = rng.choice(cities(country))
            if country == "DE":
                form = rng.choice(["Klinikum {c} gGmbH", "Kreiskrankenhaus {c} GmbH", "Universitätsklinikum {c} AöR",
                                   "{s}-Krankenhaus {c} gGmbH", "Städtisches Klinikum {c}"])
            elif country == "AT":
                form = rng.choice(["Landeskrankenhaus {c}", "Ordensklinikum {c} GmbH", "Krankenhaus der {s} {c}"])
            else:
                form = rng.choice(["Kantonsspital {r} AG", "Spital {c} AG", "Universitätsspital {c}",
                                   "Klinik {s} {c} AG"])
            name = form.format(c=city, s=rng.choice(SAINTS), r=rng.choice(CH_REGIONS))
            parent = rng.choice(["Gesundheitsholding %s GmbH" % city, "%s Kliniken Verbund GmbH" % city,
                                 "Spitalgruppe %s AG" % city, "Trägergesellschaft %s mbH" % city])
            bank = name.upper()
            bank = bank.replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE")[:27]
            cs = cur + (["EUR"] if country == "CH" and rng.random() < 0.35 else [])
            add(country, "hospital", name, {"parent": parent, "bank": bank,
                                            "trading": name.split(" gGmbH")[0].split(" GmbH")[0].split(" AG")[0] + " Zentraleinkauf"},
                cs, rng.randint(16, 30))
        for _ in range(n_p):
            f, l = rng.choice(FIRST), rng.choice(LAST)
            city = rng.choice(cities(country))
            if country == "AT":
                form = rng.choice(["Ordination Dr. {f} {l}", "Gruppenpraxis Dr. {l} & Partner OG"])
            elif country == "CH":
                form = rng.choice(["Arztpraxis {l} AG", "Praxis Dr. med. {f} {l}", "Zahnarztpraxis Dr. {l} GmbH"])
            else:
                form = rng.choice(["Praxis Dr. med. {f} {l}", "Gemeinschaftspraxis Dr. {l} & Kollegen",
                                   "MVZ {c} {l} GmbH", "Zahnarztpraxis Dr. {f} {l}"])
            name = form.format(f=f, l=l, c=city)
            add(country, "practice", name, {"person": "%s %s" % (f, l), "person_dr": "Dr. %s %s" % (f, l),
                                            "bank": name.upper().replace("Ü", "UE").replace("Ö", "OE").replace("Ä", "AE")[:27]},
                cur, rng.randint(2, 6))
        for _ in range(n_a):
            f, l = rng.choice(FIRST), rng.choice(LAST)
            p = rng.choice(PHARM)
            if country == "CH":
                name = "Apotheke %s %s AG" % (l, rng.choice(CH_CITIES))
                trading = "%s-Apotheke" % p
            elif country == "AT":
                name = "%s-Apotheke Mag. %s %s KG" % (p, f, l)
                trading = "Apotheke zum %s" % p
            else:
                name = "Apotheke Dr. %s %s e.K." % (f, l)
                trading = "%s-Apotheke %s" % (p, rng.choice(DE_CITIES))
            add(country, "pharmacy", name, {"trading": trading, "person": "%s %s" % (f, l),
                                            "bank": name.upper()[:24]}, cur, rng.randint(4, 10))
        for _ in range(n_c):
            h = rng.choice(HOMES)
            city = rng.choice(cities(country))
            if country == "CH":
                name = "Alters- und Pflegeheim %s %s" % (h, city)
            elif country == "AT":
                name = "Seniorenwohnhaus %s %s" % (h, city)
            else:
                name = "Seniorenzentrum %s %s gGmbH" % (h, city)
            add(country, "carehome", name, {"parent": rng.choice(["Diakoniewerk %s e.V." % city,
                                                                  "Pflegewerk %s GmbH" % city,
                                                                  "Stiftung Alterswohnen %s" % city]),
                                            "bank": name.upper()[:26]}, cur, rng.randint(3, 8))
    return customers
