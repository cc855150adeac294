"""build part 3: bank-statement references and remittance advices per channel."""
from b_common import BANKS, CARD_PROC, human, nd

PLAIN = ["PAGO", "PAGO PROVEEDOR", "PAGO REFACCIONES", "TRANSFERENCIA", "PAGO FACTURAS", "PAGO DE SERVICIO",
         "PAGO MARZO", "LIQUIDACION", "PAGO AUTOPARTES", "PAGO A PROVEEDORES"]

CHANNELS = {"MXN": ["spei", "spei", "spei", "spei", "oxxo", "ventanilla", "cheque"],
            "USD": ["wire", "wire", "ach", "lockbox", "usd_local"],
            "COP": ["pse", "transf", "transf", "consig", "nequi", "cheque"],
            "CLP": ["tef", "tef", "tef", "cajavecina", "cheque"],
            "PEN": ["transf_pe", "transf_pe", "yape", "plin", "agente", "cheque"]}


def channel_name(ch):
    return {"spei": "SPEI transfer", "oxxo": "OXXO cash deposit", "ventanilla": "bank-counter cash deposit",
            "cheque": "cheque", "wire": "international wire", "ach": "ACH credit", "lockbox": "lockbox cheque",
            "usd_local": "USD transfer", "pse": "PSE payment", "transf": "bank transfer", "consig": "cash consignment",
            "nequi": "Nequi mobile payment", "tef": "TEF transfer", "cajavecina": "Caja Vecina cash deposit",
            "transf_pe": "interbank transfer (CCI)", "yape": "Yape mobile payment", "plin": "Plin mobile payment",
            "agente": "agent cash deposit", "card": "card settlement"}[ch]


def reference(rng, cur, payer, concept, ch=None, date="", proc=None):
    ch = ch or rng.choice(CHANNELS[cur])
    bank = rng.choice(BANKS[cur])
    c = concept
    if ch == "spei":
        track = rng.choice([f"MBAN01{nd(rng, 14)}", f"{nd(rng, 13)}BMOV{nd(rng, 13)}", f"CR{nd(rng, 18)}"])
        r = rng.choice([f"SPEI {track} {c}", f"SPEI RECIBIDO {bank} CLAVE RASTREO {track} CONCEPTO: {c}",
                        f"TRASPASO SPEI CLABE {nd(rng, 18)} RASTREO {track} REF {nd(rng, 7)} {c}"])
    elif ch == "oxxo":
        r = f"DEPOSITO OXXO REF {nd(rng, 14)} {c}"
    elif ch == "ventanilla":
        r = f"DEP EFVO VENTANILLA SUC {nd(rng, 4)} {c}"
    elif ch == "cheque":
        r = f"DEP CHEQUE {bank} NO {nd(rng, 7)} {c}"
    elif ch == "wire":
        r = rng.choice([f"WIRE IN FT25{nd(rng, 10)} ORG {payer} /RFB/{c}",
                        f"INCOMING SWIFT {bank} :70:/INV/{c} :71A:SHA",
                        f"TRANSFERENCIA INTERNACIONAL {nd(rng, 12)} ORD {payer} DETALLE {c}"])
    elif ch == "ach":
        r = f"ACH CREDIT {payer[:16]} CCD {nd(rng, 9)} {c}"
    elif ch == "lockbox":
        r = f"LOCKBOX {nd(rng, 4)} BATCH {nd(rng, 3)} CHK {nd(rng, 4)} {c}"
    elif ch == "usd_local":
        r = f"TRANSF DOLARES {bank} CTA {nd(rng, 10)} {c}"
    elif ch == "pse":
        r = f"PSE {bank} CUS {nd(rng, 10)} {c}"
    elif ch == "transf":
        r = f"TRANSF {bank} {nd(rng, 11)} {c}"
    elif ch == "consig":
        r = f"CONSIGNACION EFECTIVO OF {nd(rng, 3)} {c}"
    elif ch == "nequi":
        r = f"NEQUI 3{nd(rng, 9)} {c}"
    elif ch == "tef":
        rut = f"{rng.randint(60, 99)}.{nd(rng, 3)}.{nd(rng, 3)}-{rng.choice('0123456789K')}"
        r = f"TRANSFERENCIA DE {rut} {c}"
    elif ch == "cajavecina":
        r = f"DEP CAJA VECINA {nd(rng, 9)} {c}"
    elif ch == "transf_pe":
        r = f"TRANSF {bank} CCI {nd(rng, 20)} {c}"
    elif ch == "yape":
        r = f"YAPE 9{nd(rng, 8)} {c}"
    elif ch == "plin":
        r = f"PLIN 9{nd(rng, 8)} {c}"
    elif ch == "agente":
        r = f"DEP AGENTE {bank} OP {nd(rng, 9)} {c}"
    elif ch == "card":
        proc = proc or rng.choice(CARD_PROC[cur])
        r = f"LIQ {proc} {date.replace('-', '')[2:]} LOTE {nd(rng, 4)} {c}"
    else:
        raise ValueError(ch)
    return " ".join(r.split()), ch


def remittance(rng, payer, lines, total_minor, cur, extra=None):
    head = rng.choice(["Aviso de pago", "Remittance advice", "Comprobante de pago", "Detalle de pago",
                       "Relacion de facturas pagadas"])
    body = [f"{head} - {payer}"] + lines
    if extra:
        body += extra
    body.append(f"Total pagado: {human(total_minor, cur)}")
    return "\n".join(body)
