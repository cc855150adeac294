"""``LocalTriage``: the offline reply-triage engine (no model, no network), multilingual rules.

How it reads a message:
1. Headers and structure first: a delivery report or a mailer-daemon sender is a bounce; Auto-Submitted /
   X-Autoreply / Precedence mark automatic replies (an auto-reply with absence words is out-of-office).
2. The customer's new words only (quoted reminder and signature removed): our own reminder says "if you have
   already paid...", which must never count as the customer's claim.
3. Sentences that give orders to a machine ("ignore previous instructions", "mark ... as paid", "close the
   case") are removed before classifying: they are data, and what remains is what the human says.
4. Each intent has cue patterns in en, es, fr, de, pt, nl and it; every intent found is kept, and the
   contract's priority order picks the one that changes what the agent does first. Fields of the other
   statements are still filled.
5. Fields are read from the sentence that carries the statement (a promise's date from the promise
   sentence, a return date from the absence sentence), never computed from other data.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from chalicelib.adapters.email_parsing import ParsedEmail, parse_email
from chalicelib.domain.amounts import find_amounts
from chalicelib.domain.relative_dates import Direction, find_dates, fold
from chalicelib.domain.triage import PRIORITY, DisputeReason, Intent, TriageResult


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


# --- machine-directed text (treated as data and dropped before classifying) ---------------------------
_INJECTION = _rx(
    r"ignore (all |any )?(the )?(previous|prior|above|earlier) (instructions|rules|messages)",
    r"\b(system|assistant|admin(istrator)?|ai|bot|llm)\s*(:|mode|prompt|override)",
    r"note to (the )?(ai|assistant|bot|automated|system)",
    r"\b(mark|set|flag|record|update)\b[^.\n]{0,60}\b(as |to )?(paid|closed|resolved|settled|zero|0[.,]00)\b",
    r"\b(close|resolve|delete|cancel)\b[^.\n]{0,30}\b(the |this )?(case|ticket|account|all (further )?reminders)\b",
    r"\b(this (action|instruction) is|is) pre-?approved\b",
    r"\bdo not (send|email) any (further|more)\b",
    r"\byou are (now )?(in|an?) \w+ mode\b",
)

# --- intents ------------------------------------------------------------------------------------------
_BOUNCE_SUBJECT = _rx(
    r"undeliver",
    r"undelivered",
    r"delivery status notification",
    r"delivery (has )?failed",
    r"failure notice",
    r"returned mail",
    r"mail delivery (failed|failure|subsystem)",
    r"non[- ]?delivery",
    r"could not be delivered",
    r"unzustellbar",
    r"nicht zustellbar",
    r"non remis",
    r"echec de (la )?remise",
    r"no se puede entregar",
    r"no entregado",
    r"nao entregue",
    r"onbestelbaar",
    r"niet bezorgd",
    r"mancata consegna",
    r"non recapitato",
)
_BOUNCE_BODY = _rx(
    r"could not be delivered",
    r"couldn't be delivered",
    r"wasn't able to deliver",
    r"was not delivered",
    r"delivery to the following recipients? failed",
    r"permanent (error|failure)",
    r"address (was )?not found",
    r"user unknown",
    r"mailbox (unavailable|not found|full)",
    r"no such user",
    r"recipient address rejected",
    r"message could not be delivered",
    r"550[ -]5\.\d\.\d",
    r"5\.1\.1",
)
_OOO_SUBJECT = _rx(
    r"automatic reply",
    r"auto(matic)?[- ]?(reply|response)",
    r"out of (the )?office",
    r"\booo\b",
    r"away\b",
    r"abwesenheit",
    r"automatische antwort",
    r"reponse automatique",
    r"absence",
    r"respuesta automatica",
    r"fuera de la oficina",
    r"resposta automatica",
    r"ausente",
    r"automatisch antwoord",
    r"afwezig",
    r"risposta automatica",
    r"fuori (sede|ufficio)",
    r"vacation",
    r"on leave",
)
_OOO_BODY = _rx(
    r"out of (the )?office",
    r"away from (the office|my desk)",
    r"on (annual |parental |maternity |paternity |sick )?(leave|vacation|holiday)",
    r"(i am|i'm|i will be) (currently )?(away|travell?ing|out|off|at a conference|at an? \w+)",
    r"back (in the office |at my desk )?(on|next|from|by|tomorrow|monday|tuesday|wednesday|thursday|friday)",
    r"will return on",
    r"return(ing)? (to the office )?on",
    r"limited access to (my )?e-?mail",
    r"not monitoring this mailbox",
    r"nicht im (buro|buero)",
    r"abwesend",
    r"im urlaub",
    r"wieder (im buro |erreichbar|da)",
    r"ab dem .{0,20} wieder",
    r"en conge",
    r"absent(e)? (du bureau|jusqu)",
    r"de retour le",
    r"en vacances",
    r"fuera de la oficina",
    r"de vacaciones",
    r"ausente",
    r"estare de vuelta",
    r"regreso el",
    r"fora do escritorio",
    r"de ferias",
    r"estarei de volta",
    r"regresso",
    r"afwezig",
    r"met vakantie",
    r"ben (weer )?terug op",
    r"niet op kantoor",
    r"fuori (sede|ufficio)",
    r"in ferie",
    r"rientrero",
    r"sono assente",
)
_LEGAL = _rx(
    r"\b(in|into|entered) (administration|liquidation|receivership|bankruptcy|insolvency)\b",
    r"\b(joint )?administrators? (were |have been )?appointed",
    r"\b(insolven\w*|bankrupt\w*|liquidator\w*|receivership|chapter (7|11|13)|winding[- ]up|voluntary arrangement|cva\b|scheme of arrangement)",
    r"\bautomatic stay\b",
    r"\bproof of claim\b",
    r"\b(our|my) (attorney|attorneys|lawyer|lawyers|solicitor|solicitors|legal counsel|counsel|legal team|legal department)\b",
    r"\b(legal action|legal proceedings|take (you|this) to court|sue you|lawsuit|litigation|court proceedings)\b",
    r"\bconcurso (voluntario |necesario )?(de acreedores)?\b",
    r"\b(administracion|administrador) concursal\b",
    r"\babogad[oa]s?\b",
    r"\binsolvenz\w*",
    r"\b(rechtsanwalt|anwalt|anwaltin|anwalte)\b",
    r"\bklage\b",
    r"\bgerichtlich\w*",
    r"\b(redressement|liquidation) judiciaire\b",
    r"\bprocedure (collective|de sauvegarde)\b",
    r"\bmandataire judiciaire\b",
    r"\bavocat\w*",
    r"\brecuperacao (judicial|extrajudicial)\b",
    r"\bfalencia\b",
    r"\badvogad\w*",
    r"\bfaillissement\b",
    r"\bsurseance\b",
    r"\bcurator\b",
    r"\badvocaat\b",
    r"\bfallimento\b",
    r"\bfallit[oa]\b",
    r"\bcuratore\b",
    r"\bconcordato preventivo\b",
    r"\bliquidazione giudiziale\b",
    r"\bavvocat\w*",
)
_DISPUTE_CUE = _rx(
    r"\b(is|are|was|were|arrived|came) (defective|damaged|broken|faulty|unusable)\b",
    r"\b(betalen|betaald)\b.{0,30}\bniet\b|\bniet (be)?talen\b",
    r"\b(zahlen|bezahlen|begleichen)\b.{0,30}\bnicht\b|\bnicht (be)?zahlen\b",
    r"\bne (paierons|payerons|reglerons|allons pas)\b",
    r"\bnon (pagheremo|paghiamo|pagare)\b",
    r"\b(damaged|beschadigd|beschadigt|endommage\w*|danad[oa]s?|danificad[oa]s?|danneggiat[ie]|kaputt)\b.{0,20}\b(arrived|aangekomen|angekommen|arrive\w*|llegad?[oa]s?|llego|llegaron|chegou|chegaram|arrivat[ie])\b",
    r"\b(arrived|aangekomen|angekommen|arrive\w*|llego|llegaron|chegou|chegaram|arrivat[ie])\b.{0,20}\b(damaged|beschadigd|beschadigt|endommage\w*|danad[oa]s?|danificad[oa]s?|danneggiat[ie])\b",
    r"\b(nie|nicht|jamais|nunca|mai|nooit|niet) (angekommen|arrive\w*|llego|chegou|arrivat[oa]|aangekomen)\b",
    r"\b(never|not|wasn't|was not) agreed\b",
    r"\bstill waiting for (the )?(rest|remainder|second half|goods|delivery|parts|items|shipment)\b",
    r"\bre-?bill\b",
    r"\bdisput\w*",
    r"\bcontest\w*",
    r"\b(don't|do not|cannot|can't) agree\b",
    r"\bdisagree\b",
    r"\bnot (correct|right|acceptable)\b",
    r"\bincorrect(ly)?\b",
    r"\bwrong (price|rate|amount|quantity|invoice)\b",
    r"\b(overcharg|overbill)\w*",
    r"\b(won't|will not|refuse to|are not going to|not going to) (be )?pay\w*\b",
    r"\b(are|am|is) not paying\b",
    r"\barrived (damaged|broken|defective|incomplete|faulty)\b",
    r"\bwe (do not|don't) owe\b",
    r"\b(we|i) (must |have to )?reject (the|this|your) (invoice|charge|bill)",
    r"\bduplicate\b",
    r"\b(charged|billed|invoiced)\b.{0,15}\btwice\b",
    r"\b(doesn't|does not|didn't|did not|has not|hasn't|never) work(ed)?\b",
    r"\b(no coincide|does not match|doesn't match|stimmt nicht|ne correspond pas|non corrisponde|nao corresponde|klopt niet)\b",
    r"\bnot (going to )?pay\w* for\b",
    r"\bbilled twice\b",
    r"\bcharged twice\b",
    r"\bnever (received|ordered|delivered)\b",
    r"\b(not|never) (authori[sz]ed|ordered)\b",
    r"\bno (purchase order|po)\b",
    r"\bcredit note\b",
    r"\berkennen wir nicht an\b",
    r"\bwiderspr\w*",
    r"\bbeanstand\w*",
    r"\breklamier\w*",
    r"\bnicht (korrekt|richtig|einverstanden)\b",
    r"\bdoppelt\b",
    r"\bcontest\w*",
    r"\bpas d'accord\b",
    r"\berrone\w*",
    r"\ben double\b",
    r"\brefus\w*",
    r"\bno estamos de acuerdo\b",
    r"\breclam\w*",
    r"\bincorrect[oa]\b",
    r"\bduplicad[oa]\b",
    r"\bno (pagaremos|vamos a pagar)\b",
    r"\bdiscord\w*",
    r"\bnao concordamos\b",
    r"\bnao (vamos )?pagar\w*",
    r"\bbetwist\w*",
    r"\bniet akkoord\b",
    r"\bonjuist\b",
    r"\bdubbel\b",
    r"\bcontestiamo\b",
    r"\bnon (siamo d'accordo|pagheremo)\b",
    r"\berrat[ao]\b",
    r"\bduplicat[ao]\b",
)
_REASONS: list[tuple[DisputeReason, re.Pattern[str]]] = [
    (
        DisputeReason.DUPLICATE,
        _rx(
            r"\bduplicate\b",
            r"\b(billed|charged|invoiced) twice\b",
            r"\b(charged|billed|invoiced)\b.{0,15}\btwice\b",
            r"\bdoppelt\b",
            r"\ben double\b",
            r"\bduplicad[oa]\b",
            r"\bdubbel\b",
            r"\bduplicat[ao]\b",
            r"\bsame (invoice|po|amount)\b",
        ),
    ),
    (
        DisputeReason.MISSING_PO,
        _rx(
            r"\bno (purchase order|po)\b",
            r"\bwithout (a |any )?(purchase order|po)\b",
            r"\b(not|never) authori[sz]ed\b",
            r"\bpo (is )?missing\b",
            r"\bkeine bestellung\b",
            r"\bsans bon de commande\b",
            r"\bsin (orden de compra|pedido)\b",
            r"\bsem (pedido|ordem de compra)\b",
            r"\bgeen (inkooporder|bestelling)\b",
            r"\bsenza ordine\b",
        ),
    ),
    (
        DisputeReason.NOT_RECEIVED,
        _rx(
            r"\bno record of (the |this |any )?(delivery|shipment|goods|order|service)",
            r"\b(nie|nicht|jamais|nunca|mai|nooit|niet) (angekommen|arrive\w*|llego|chegou|arrivat[oa]|aangekomen)\b",
            r"\bstill waiting for (the )?(rest|remainder|second half|goods|delivery|parts|items|shipment)\b",
            r"\bnot (yet )?(arrived|delivered|shipped)\b",
            r"\bnever (reached|got to|arrived at)\b",
            r"\b(never|not|haven't|have not|didn't|did not) (yet )?(received|been delivered|arrived|got)\b",
            r"\bnever (arrived|delivered|showed up)\b",
            r"\bnicht (erhalten|geliefert|angekommen)\b",
            r"\b(pas|jamais) (ete )?(recu|livre)\w*\b",
            r"\bno (hemos )?recibid\w*\b",
            r"\bnunca (llego|recibimos)\b",
            r"\bnao (recebemos|foi entregue)\b",
            r"\bniet (ontvangen|geleverd)\b",
            r"\bnon (abbiamo )?ricevut\w*\b",
        ),
    ),
    (
        DisputeReason.QUANTITY,
        _rx(
            r"\b(only|just) (received|got|delivered)\b.{0,10}\d+",
            r"\b(received|got|delivered|shipped)\b.{0,15}\b\d+ (of|out of) (the )?\d+\b",
            r"\b\d+ (of|out of) (the )?\d+\b.{0,20}\b(received|delivered|arrived|shipped)\b",
            r"\b(billed|invoiced|charged|factur|berechne|fatturat|faturad)\w*\b.{0,40}\b\d+\b.{0,60}\b(received|recu|recibid|erhalten|ricevut|recebid|ontvangen|delivered|livre|geliefert)\w*",
            r"\bque \d+\b",
            r"\bonly \d+\b",
            r"\b\d+ (instead of|rather than) \d+\b",
            r"\b(short[- ]?shipped|short delivery|fewer|quantit\w*|missing (items|units|pieces))\b",
            r"\bstatt (der )?(berechneten )?\d+\b",
            r"\bnur \d+\b",
            r"\bmenge\b",
            r"\bau lieu de \d+\b",
            r"\bseulement \d+\b",
            r"\ben lugar de \d+\b",
            r"\bsolo \d+\b",
            r"\bcantidad\b",
            r"\bem vez de \d+\b",
            r"\bapenas \d+\b",
            r"\bin plaats van \d+\b",
            r"\bmaar \d+\b",
            r"\bhoeveelheid\b",
            r"\binvece di \d+\b",
            r"\bquantita\b",
        ),
    ),
    (
        DisputeReason.QUALITY,
        _rx(
            r"\b(damaged|defective|faulty|broken|failed|not working|poor quality|out of tolerance|substandard|unusable)\b",
            r"\b(doesn't|does not|didn't|did not|has not|hasn't|never) work(ed)?\b",
            r"\b(beschadigt|defekt|mangel\w*|kaputt)\b",
            r"\b(endommage|defectueu\w*|abime)\b",
            r"\b(danad[oa]|defectuos[oa]|roto)\b",
            r"\b(danificad[oa]|defeituos[oa])\b",
            r"\b(beschadigd|kapot|defect)\b",
            r"\b(danneggiat[oa]|difettos[oa]|guast[oa])\b",
        ),
    ),
    (
        DisputeReason.PRICING,
        _rx(
            r"\b(price|pricing|rate|rates|priced|overcharg\w*|quote[d]?|contract(ed)?|agreed|discount|list price)\b",
            r"\b(presupuesto|importe|quote|estimate|devis|angebot|orcamento|offerte|preventivo)\b",
            r"\b(bills?|billed|charged|invoiced)\b[^\n]{0,60}\bat\b",
            r"\b(preis|tarif|konditionen)\w*\b",
            r"\b(prix|tarif)\w*\b",
            r"\b(precio|tarifa)\w*\b",
            r"\b(preco|tarifa)\w*\b",
            r"\b(prijs|tarief)\w*\b",
            r"\b(prezzo|tariffa)\w*\b",
        ),
    ),
    (
        DisputeReason.CANCELLED,
        _rx(
            r"\bcancel+ed\b",
            r"\bstorniert\b",
            r"\bannul\w*\b",
            r"\bcancelad[oa]\b",
            r"\bgeannuleerd\b",
            r"\bannullat[oa]\b",
        ),
    ),
]
_PLAN = _rx(
    r"\ben (dos|tres|cuatro|\d+) (plazos|cuotas|pagos)\b",
    r"\bem (duas|tres|quatro|\d+) (vezes|parcelas|prestacoes)\b",
    r"\bin (due|tre|quattro|\d+) rate\b",
    r"\bin (twee|drie|vier|\d+) (termijnen|delen)\b",
    r"\bin (zwei|drei|vier|\d+) (raten|teilen|teilzahlungen)\b",
    r"\b(the )?(rest|remainder|remaining (balance|amount))\b.{0,25}\b(in|by|next|later|following|end of)\b",
    r"\binstal+ments?\b",
    r"\bpayment plan\b",
    r"\b(monthly|weekly) (payments|instal+ments)\b",
    r"\bsplit (the|this|it|our|payment)",
    r"\bin (two|three|four|\d) (parts|payments|tranches)\b",
    r"\b(an )?extension\b",
    r"\bextend (the )?(due date|deadline|terms)\b",
    r"\b(more|extra|additional) time\b",
    r"\bover (two|three|four|five|six|several|\d+) (months|weeks|payments|instal+ments)\b",
    r"\bpay (it|this|the balance|the invoice) off over\b",
    r"\bdefer\w*\b",
    r"\bpostpone\w*\b",
    r"\bspread (the )?(payment|cost|balance)\b",
    r"\bratenzahlung\w*",
    r"\bin raten\b",
    r"\bteilzahlung\w*",
    r"\bzahlungsaufschub\b",
    r"\bstundung\b",
    r"\bzahlungsziel (verlangern|verlaengern)\b",
    r"\ben (plusieurs|deux|trois|quatre|\d) (fois|versements|mensualites)\b",
    r"\bpaiement en \w+ fois\b",
    r"\becheancier\b",
    r"\bdelai (de paiement |supplementaire)",
    r"\betalement\b",
    r"\breport\w* (de )?(l'echeance|paiement)",
    r"\bplan de pagos?\b",
    r"\ba plazos\b",
    r"\ben cuotas\b",
    r"\baplazamiento\b",
    r"\bprorroga\b",
    r"\bfraccionar\b",
    r"\bmas tiempo\b",
    r"\bparcel\w*",
    r"\bprestacoes\b",
    r"\bprorrogacao\b",
    r"\bmais (tempo|prazo)\b",
    r"\bbetalingsregeling\b",
    r"\bin termijnen\b",
    r"\buitstel\b",
    r"\bgespreid\w* betal\w*",
    r"\brateizza\w*",
    r"\ba rate\b",
    r"\bdilazione\b",
    r"\bproroga\b",
    r"\bpiu tempo\b",
)
_PAID = _rx(
    r"\b(this|it|payment|the payment|the transfer|the wire)\b.{0,10}\b(went out|has gone out|was sent)\b",
    r"\bshould (be|have) (in|hit|reached|landed in) your (account|bank)\b",
    r"\b(a|ont) (deja )?ete (reglee?s?|payee?s?|virees?)\b",
    r"\b(i|we)('ve| have)? (already |just )?(paid|sent|wired|transferred|remitted|settled|made|processed|released|initiated|submitted)\b(?! (you )?(a |an )?(question|request|copy|email|message|note))",
    r"\b(it|this|that|invoice|payment|inv-?\s?\d+|check|cheque|wire|transfer|remittance|funds|money|the (invoice|balance|amount|bill))\b.{0,20}\b(was|has been|have been|were) (already )?(paid|settled|sent|wired|transferred|processed|made|remitted|released|mailed|posted|issued|initiated|executed|completed|cleared)\b",
    r"\bpaid (it|this|that|on|by|via|in full|yesterday|last|today|through)\b",
    r"\b(payment|transfer|wire|ach|check|cheque) (went out|was (sent|made|released|processed|initiated)|has (been sent|gone out|cleared))\b",
    r"\bremittance (advice )?(is )?attached\b",
    r"\bproof of payment\b",
    r"\bpayment confirmation\b",
    r"\b(bezahlt|beglichen|uberwiesen|ueberwiesen|angewiesen)\b",
    r"\bzahlung (ist |wurde )?(bereits |schon )?(erfolgt|veranlasst|ausgefuhrt)\b",
    r"\b(avons|ai) (deja )?(regle|paye|vire|effectue le (paiement|virement))\b",
    r"\b(a|ont) ete (regle|paye)e?s?\b",
    r"\bvirement (a ete )?effectue\b",
    r"\b(hemos|he|ya) (pagado|abonado|transferido|realizado (el pago|la transferencia))\b",
    r"\b(fue|ha sido) (pagad[oa]|abonad[oa])\b",
    r"\bpagamos\b(?! (el|la) (proximo|proxima))",
    r"\b(ja )?(pagamos|pagámos|transferimos|efetuamos o pagamento)\b",
    r"\bfoi (pago|paga|liquidad[oa])\b",
    r"\b(hebben|heb) (al |reeds )?(betaald|overgemaakt|voldaan)\b",
    r"\bis (al |reeds )?(betaald|overgemaakt|voldaan)\b",
    r"\b(abbiamo|ho) (gia )?(pagato|saldato|effettuato il (pagamento|bonifico)|bonificato)\b",
    r"\be stat[ao] (pagat[ao]|saldat[ao])\b",
)
_PROMISE = _rx(
    r"\b(we|i)('ll| will| shall| are going to|'re going to| plan to| intend to| expect to| should be able to)( \w+){0,2} (pay|send|transfer|wire|remit|settle|release|process|clear|initiate|make)\w*\b",
    r"\b(will|should|shall) be (paid|sent|transferred|wired|released|settled|processed|remitted)\b",
    r"\byou('ll| will) (have|receive|get|see) (the |your |it|payment|full|usd|eur|gbp|\$|€|£)",
    r"\b(payment|transfer|it|the funds?) (will|should) (go out|arrive|reach you|be with you|be made|clear)\b",
    r"\b(payment|transfer|wire|check|cheque|it|the money)\b.{0,40}\b(goes|is going|will go|'s going|going) out\b",
    r"\b(werden|werde)\b[^\n]{0,60}\b(zahlen|bezahlen|uberweisen|ueberweisen|begleichen|anweisen)\b",
    r"\b(zahlen|uberweisen|begleichen) wir\b",
    r"\bwird (am|bis|zum|ende|nachste)\w*\b[^\n]{0,40}(bezahlt|uberwiesen|beglichen)",
    r"\b(nous )?(reglerons|paierons|payerons|effectuerons|ferons le virement|allons (regler|payer|effectuer|proceder))\b",
    r"\bsera (regle|paye|vire)e?\b",
    r"\b(pagaremos|abonaremos|realizaremos|haremos (el pago|la transferencia)|transferiremos|vamos a (pagar|realizar|hacer))\b",
    r"\bse (pagara|abonara|realizara)\b",
    r"\b(vamos|iremos) (pagar|efetuar|fazer|transferir)\b",
    r"\b(pagaremos|efetuaremos|faremos o pagamento|transferiremos)\b",
    r"\bsera (pago|paga|efetuad[oa])\b",
    r"\b(zullen|gaan|zal|ga)\b[^\n]{0,40}\b(betalen|overmaken|voldoen)\b",
    r"\b(betalen|maken) we\b[^\n]{0,30}\b(over)?\b",
    r"\bwordt\b[^\n]{0,30}\b(betaald|overgemaakt)\b",
    r"\b(pagheremo|salderemo|effettueremo|provvederemo|faremo il bonifico|bonificheremo)\b",
    r"\bsara (pagat[ao]|saldat[ao]|effettuat[ao])\b",
)
# Scheduling words say a payment is on its way without a first-person commitment: used only when no
# sentence commits outright, so "month-end held up this week's payment run" never beats "we'll pay tomorrow".
_PROMISE_WEAK = _rx(
    r"\b(scheduled|approved|queued|set up|included|lined up|booked) (for|in) (our |the )?(next |this week's |friday's )?(payment|check|cheque|pay) ?(run|batch|cycle|date)?\b",
    r"\b(next|our) payment run\b",
    r"\b(payment|pay|check|cheque|ap) (batch|run|cycle)\b.{0,40}\b(on|this|next|tomorrow|friday|monday|tuesday|wednesday|thursday)\b",
    r"\b(invoice|it) is (in|included in|part of) (the|our|this week's|next week's) (payment )?(batch|run)\b",
    r"\bexpect (the )?(payment|funds|transfer)\b",
    r"\b(eingeplant|freigegeben) (fur|zur)\b",
    r"\b(programad[oa]|aprobad[oa]) para\b",
    r"\b(programme|planifie)e? pour\b",
)
_WRONG_CONTACT = _rx(
    r"\bnon mi occupo piu\b",
    r"\b(scrivete|write|schreiben sie|ecrivez|escriban|escriba|escreva|escrevam|schrijf|schrijft u)\b.{0,10}\b(a|to|an|naar|para)\b[^\n]{0,40}@",
    r"\bmoved to a (different|new|another) (role|position|department|team|job)\b",
    r"\bnew (ap |accounts payable |invoice |billing )?(mailbox|address|email|e-mail|contact) is\b",
    r"\bplease use (that|this|it) (address |email |one )?(going forward|from now on|instead)\b",
    r"\b(not|no longer) the (right|correct|appropriate) (person|contact)\b",
    r"\bwrong (person|contact|department|address)\b",
    r"\b(i|he|she) (no longer|don't|do not|doesn't|does not) (work|handle|deal with|look after|manage)\b",
    r"\b(left|has left|is no longer with) (the company|us|\w+ in)\b",
    r"\bplease (contact|email|write to|reach out to|send (it|this|them|future (reminders|invoices|correspondence))( \w+){0,2} to|redirect|direct)\b",
    r"\b(are|is) (now )?handled by\b",
    r"\b(update|change) your (records|contact)\b",
    r"\bnot (my|our) (department|responsibility|area)\b",
    r"\bnot responsible for\b",
    r"\bniet verantwoordelijk\b",
    r"\bnicht verantwortlich\b",
    r"\bpas responsable\b",
    r"\bno soy responsable\b",
    r"\bnao sou responsavel\b",
    r"\bnon sono responsabile\b",
    r"\bmoet naar\b",
    r"\byou (meant|want|are looking for|need to speak to)\b",
    r"\bnicht (mehr )?zustandig\b",
    r"\bnicht (mehr )?fur\b[^\n]{0,30}zustandig",
    r"\bwenden sie sich (bitte )?an\b",
    r"\barbeitet nicht mehr\b",
    r"\bne (m'occupe|travaille) plus\b",
    r"\bpas la bonne personne\b",
    r"\bmerci d'adresser\b",
    r"\badressez[- ]vous\b",
    r"\bveuillez contacter\b",
    r"\bno soy la persona\b",
    r"\bya no (trabaja|me encargo|llevo)\b",
    r"\bpor favor (contacte|escriba|dirijase)\b",
    r"\bnao sou a pessoa\b",
    r"\bja nao (trabalha|sou responsavel)\b",
    r"\bpor favor (contacte|envie para)\b",
    r"\bniet de juiste persoon\b",
    r"\bwerkt (hier )?niet meer\b",
    r"\bneem contact op met\b",
    r"\bnon sono la persona\b",
    r"\bnon lavora piu\b",
    r"\bsi prega di contattare\b",
    r"\bcontattare\b",
)
_DOCUMENT = _rx(
    r"\b(copy|copies|duplicate|pdf|scan) of (the |that |this |our |your |invoice|inv)",
    r"\b(send|resend|re-send|email|forward|provide|share)( me| us)?( over)? (a |the |an |another )?(copy|copies|pdf|invoice|statement|receipt|w-?9|w-?8|proof of delivery|pod|backup|back-up|documentation|tax form)\b",
    r"\b(statement of account|account statement|statement)\b",
    r"\bw-?9\b",
    r"\bw-?8\w*\b",
    r"\bproof of delivery\b",
    r"\bsigned pod\b",
    r"\b(can't|cannot|couldn't|could not) find (the |this |it|invoice)",
    r"\breceipt\b",
    r"\bdelivery note\b",
    r"\btimesheets?\b",
    r"\bcertificate of insurance\b",
    r"\b(rechnungskopie|kopie der rechnung|kontoauszug|kontenauszug|lieferschein|zahlungsbeleg|quittung)\b",
    r"\b(copie|duplicata) de (la |votre )?facture\b",
    r"\breleve de compte\b",
    r"\bbon de livraison\b",
    r"\bjustificatif\b",
    r"\bcopia de (la )?factura\b",
    r"\bestado de cuenta\b",
    r"\bextracto\b",
    r"\balbaran\b",
    r"\bcomprobante\b",
    r"\bcopia da fatura\b",
    r"\bsegunda via\b",
    r"\bextrato\b",
    r"\bcomprovante\b",
    r"\bkopie van de factuur\b",
    r"\brekeningoverzicht\b",
    r"\bafschrift\b",
    r"\bpakbon\b",
    r"\bcopia della fattura\b",
    r"\bestratto conto\b",
    r"\bdocumento di trasporto\b",
)
_BILLING = _rx(
    r"\b(purchase order|po)( number| no\.?| #)?\b",
    r"\bpo-?\s?\d{3,}",
    r"\b(supplier|vendor|procurement) (portal|form|registration|onboarding|setup|set-up|number|id|master)\b",
    r"\b(coupa|ariba|tungsten|basware|jaggaer|ivalua|taulia|tradeshift|oracle isupplier)\b",
    r"\b(upload|submit)\w* (it|them|the invoices?|inv)",
    r"\bset (you )?up as a (vendor|supplier)\b",
    r"\b(re-?issue|reissue|re-?submit|correct(ed)? invoice|amend(ed)? invoice|new invoice)\b",
    r"\b(billing|remit|invoice|mailing) address\b",
    r"\b(change|update) (of |to )?(our |the )?(address|entity|legal name|company name|bank details|vat|tax id)\b",
    r"\b(legal entity|entity name|company name) (has )?changed\b",
    r"\bnew (legal )?(entity|company name|legal name|business name|billing address|address)\b",
    r"\b(must|should) be addressed to\b",
    r"\b(our|new|updated|changed) vat (number|id)\b",
    r"\bbank verification letter\b",
    r"\bcost cent(er|re)\b",
    r"\b(bestellnummer|lieferantenportal|lieferantennummer|kreditorennummer|rechnungsanschrift|neue (anschrift|adresse|firmierung)|firmierung)\b",
    r"\b(bon de commande|numero de commande|portail (fournisseur|fournisseurs)|raison sociale|nouvelle adresse|fiche fournisseur)\b",
    r"\b(orden de compra|numero de pedido|portal de proveedores|razon social|datos fiscales|nueva direccion|alta de proveedor)\b",
    r"\b(ordem de compra|numero do pedido|portal de fornecedores|razao social|novo endereco|cadastro de fornecedor)\b",
    r"\b(inkoopordernummer|inkooporder|bestelnummer|leveranciersportaal|nieuw adres|leveranciersformulier)\b",
    r"\b(numero d'ordine|ordine di acquisto|portale fornitori|ragione sociale|nuovo indirizzo|anagrafica fornitore)\b",
)
_ACK = _rx(
    r"\bkomen er\b.{0,30}\bop terug\b",
    r"\bc'est note\b",
    r"\b(je transmets|nous transmettons|je fais suivre|nous faisons suivre)\b",
    r"\bescalated (this|it)\b",
    r"\b(will|'ll) (update|revert to|come back to) you\b",
    r"\b(received|got it|noted|well received|thanks for the (reminder|heads up|note))\b",
    r"\bwith (our|the) [\w ]{1,30} for (approval|review|sign-?off)\b",
    r"\bforward(ed|ing)? (this|it|your (email|message|note))\b",
    r"\b(look|looking) into (it|this)\b",
    r"\bget back to you\b",
    r"\bpassed (it|this) (on|along)\b",
    r"\b(will|i'll|we'll) (check|review|look at|raise|follow up)\b",
    r"\b(checking|reviewing) (this|it|with)\b",
    r"\blet you know\b",
    r"\b(erhalten|weitergeleitet|prufen|pruefen|kummern uns|melden uns|sie horen von uns)\b",
    r"\b(bien recu|transmis|nous revenons vers vous|nous allons verifier|je regarde)\b",
    r"\b(recibido|reenviado|lo revisamos|lo revisaremos|le responderemos)\b",
    r"\b(recebido|encaminhado|vamos verificar|retornaremos)\b",
    r"\b(ontvangen|doorgestuurd|we kijken ernaar|komen erop terug)\b",
    r"\b(ricevuto|inoltrato|verificheremo|le faremo sapere)\b",
)

# Backoff when no precise pattern matched: a payment word with a tense marker (or a resolved date) in one
# sentence. Broad on purpose, and consulted only when the precise patterns found no statement at all.
_PAYMENT_WORD = re.compile(
    r"\b(pay|paid|paying|payment|settle\w*|transfer\w*|wire\w*|remit\w*|ach|(?:by|a|the|our|your) check|check (?:#|no|number)|cheque|funds|money|"
    r"reglement|paiement|virement|payer|regler|reglee?s?|payee?s?|"
    r"zahlung|uberweisung|ueberweisung|bezahl\w*|zahl\w*|uberwies\w*|betrag|"
    r"pago|pagar|pagad[oa]|pagamos|pagaremos|transferencia|abono|importe|"
    r"pagamento|pix|boleto|"
    r"betaling|betalen|betaald|overmaken|overgemaakt|bedrag|"
    r"pagare|pagato|bonifico|saldare|importo)\b"
)
_FUTURE = re.compile(
    r"\b(will|'ll|shall|going to|should be able|plan to|intend to|expect to|next|tomorrow|soon|shortly|"
    r"partira|sera|seront|allons|prochain\w*|bientot|"
    r"wird|werden|erfolgt (zum|am|bis|nachste\w*|ende)|nachste\w*|bald|demnachst|"
    r"vamos|va a|proxim\w*|pronto|"
    r"vai|em breve|amanha|"
    r"zal|zullen|gaat|gaan|volgende|binnenkort|"
    r"verra|sara|saranno|prossim\w*|a breve|domani)\b"
)
_PAST = re.compile(
    r"\b(was|were|has been|have been|had been|already|yesterday|last (week|month|friday|monday|tuesday|wednesday|thursday)|"
    r"left our account|went out|"
    r"a ete|ont ete|deja|hier|"
    r"wurde|wurden|bereits|schon|gestern|"
    r"fue|fueron|ha sido|ayer|"
    r"foi|foram|ontem|"
    r"reeds|gisteren|overgemaakt|"
    r"e stato|sono stati|gia|ieri)\b"
)
_ACK_EXTRA = re.compile(
    r"\bwith (our|the) [\w ]{1,30} for (approval|review|sign-?off)\b|\b(pending|awaiting|waiting for) (approval|sign-?off)\b"
)
_PLAN_EXTRA = re.compile(
    r"\bpay\b.{0,30}\b(a|per|each|every) (month|week)\b|\buntil (it's|it is|the balance is) (cleared|paid off)\b"
)

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=[-*•] )")
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_INVOICE_WORD = (
    r"(?:inv(?:oice)?s?|rechnung(?:en)?|facture?s?|facturas?|faturas?|facturen|factuur|fattur[ae]|bill|nota)"
)
_INVOICE = re.compile(
    rf"\binv[- #]?(\d{{3,7}})\b|\b{_INVOICE_WORD}\.?\s*(?:no\.?|nr\.?|n[°o]\.?|number|#|:)?\s*(\d{{3,7}}(?:\s*(?:,|and|&|und|et|y|e|en|/)\s*\d{{3,7}})*)",
    re.IGNORECASE,
)
_INVOICES_PAREN = re.compile(
    rf"\b{_INVOICE_WORD}\s*\(\s*(\d{{3,7}}(?:\s*(?:,|and|&|und|et|y|e|en|/)\s*\d{{3,7}})*)\s*\)",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    r"\b(?:reference|ref|confirmation|transaction|trace|utr|uetr|referenz|verwendungszweck|reference|referencia|referencia|referentie|kenmerk|riferimento|cro|trn|payment id)\b"
    r"\.?\s*(?:no\.?|number|nr\.?|id|code|#|:)?\s*:?\s*#?([A-Z0-9][A-Z0-9\-/_.]{3,40}[A-Z0-9])",
    re.IGNORECASE,
)
_INSTALMENT_AMOUNT = re.compile(
    r"(?:payments? of|instal+ments? of|raten (?:a|von|zu)|mensualites de|cuotas de|parcelas de|termijnen van|rate da|×|\bx\b|\d\s?x)\s*",
    re.IGNORECASE,
)
_RETURN_CUE = re.compile(
    r"(return|back|wieder|zuruck|zurueck|retour|de retour|regreso|vuelta|volta|regresso|terug|rientr|ab dem|reachable|erreichbar)",
    re.IGNORECASE,
)
_UNTIL_CUE = re.compile(r"(until|till|through|jusqu|bis|hasta|ate|tot|fino|from)", re.IGNORECASE)
_US_HINTS = re.compile(r"\$|usd|\b(inc|llc|corp)\b|\(\d{3}\)|\b\d{3}-\d{3}-\d{4}\b", re.IGNORECASE)
_EU_LANG = re.compile(r"\b(der|die|und|le|la|les|el|los|het|een|il|della|que|pour|para|mit|nous|wir)\b")


@dataclass
class _Statement:
    intent: Intent
    sentence: str
    strength: float


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _sentences(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", s).strip() for s in _SENTENCE.split(text) if s and s.strip()]


def _amounts(text: str) -> list[tuple[int, Decimal, str]]:
    return [(a.start, a.value, a.currency) for a in find_amounts(text)]


def _invoice_numbers(*texts: str) -> list[str]:
    """INV-NNNN numbers from the first text that names any, in order of first mention, without duplicates."""
    for text in texts:
        hits: list[tuple[int, str]] = []
        for pattern in (_INVOICE, _INVOICES_PAREN):
            for m in pattern.finditer(text):
                numbers = re.findall(r"\d{3,7}", " ".join(g for g in m.groups() if g))
                hits += [(m.start(), f"INV-{n}") for n in numbers]
        ordered: list[str] = []
        for _, key in sorted(hits, key=lambda h: h[0]):
            if key not in ordered:
                ordered.append(key)
        if ordered:
            return ordered
    return []


def _first(pattern: re.Pattern[str], sentences: Iterable[str]) -> str | None:
    for s in sentences:
        if pattern.search(s):
            return s
    return None


class LocalTriage:
    engine_name = "local"

    def triage(self, raw: bytes) -> TriageResult:
        parsed = parse_email(raw)
        return self.triage_parsed(parsed)

    def triage_parsed(self, p: ParsedEmail) -> TriageResult:
        today = p.date.date() if p.date else date.today()  # noqa: DTZ011  (no Date header: the only fallback there is)
        subject = fold(p.subject)
        reply = fold(p.reply)
        whole = fold(p.body)
        sentences = [s for s in _sentences(reply) if not _INJECTION.search(s)]
        human = "\n".join(sentences)
        offset = p.date.utcoffset() if p.date else None
        offset_hours = offset.total_seconds() / 3600 if offset is not None else 0.0
        us_offset = -10 <= offset_hours <= -4 and not _EU_LANG.search(reply)
        day_first = not (_US_HINTS.search(p.body) or us_offset) or bool(_EU_LANG.search(reply))

        found: dict[Intent, _Statement] = {}

        def hit(intent: Intent, sentence: str, strength: float = 0.9) -> None:
            if intent not in found:
                found[intent] = _Statement(intent, sentence, strength)

        sender = p.from_address
        bounce_sender = bool(re.match(r"(mailer-daemon|postmaster|mail-daemon|noreply-dsn)@", sender))
        if p.is_report and "delivery-status" in p.headers.get("content-type", "").lower():
            hit(Intent.DELIVERY_FAILURE, "", 0.98)
        elif bounce_sender or (
            _BOUNCE_SUBJECT.search(subject) and (_BOUNCE_BODY.search(whole) or p.is_report)
        ):
            hit(Intent.DELIVERY_FAILURE, "", 0.95)
        elif _BOUNCE_BODY.search(whole) and "x-failed-recipients" in p.headers:
            hit(Intent.DELIVERY_FAILURE, "", 0.9)

        if Intent.DELIVERY_FAILURE not in found:
            ooo_sentence = _first(_OOO_BODY, sentences)
            present = ooo_sentence is not None and not re.search(
                r"\b(was|were|had been|last week|yesterday|war|etais|estuve|estive|was ik|ero)\b",
                ooo_sentence,
            )
            if ooo_sentence and (
                p.auto_submitted or _OOO_SUBJECT.search(subject) or (present and len(sentences) <= 8)
            ):
                hit(Intent.OUT_OF_OFFICE, ooo_sentence, 0.95 if p.auto_submitted else 0.8)
            elif p.auto_submitted and _OOO_SUBJECT.search(subject):
                hit(Intent.OUT_OF_OFFICE, "", 0.85)

        machine_report = p.is_report and "delivery-status" not in p.headers.get("content-type", "").lower()
        if Intent.DELIVERY_FAILURE in found or machine_report:
            sentences = []  # a bounce carries our own text back: nothing in it is the customer's statement
            human = ""
        legal = _first(_LEGAL, sentences)
        if legal:
            hit(Intent.LEGAL_OR_INSOLVENCY, legal)
        dispute = _first(_DISPUTE_CUE, sentences)
        reason = None
        if dispute:
            reason = next((r for r, pat in _REASONS if pat.search(human)), DisputeReason.OTHER)
            # "No PO on file, so we won't pay" disputes; "please add our PO so we can pay" is a billing update.
            if (
                not (
                    reason is DisputeReason.MISSING_PO
                    or re.search(
                        r"won't|will not|not (going to )?pay|dispute|contest|refuse|nicht an|conteste|no pagaremos",
                        human,
                    )
                )
                and _BILLING.search(human)
                and not re.search(r"disput|contest|incorrect|duplicate|wrong|overcharg", human)
            ):
                dispute = None
                reason = None
        if dispute:
            hit(Intent.DISPUTE, dispute)
        plan = _first(_PLAN, sentences)
        if plan and (
            re.search(
                r"\?|could (we|you)|can (we|you)|would (it|you|that)|is (it|there) (possible|any)|possib|request|ask|pourr|podr|konnt|kunnen|potre|poder",
                human,
            )
        ):
            hit(Intent.PAYMENT_PLAN_REQUEST, plan)
        paid = _first(_PAID, sentences)
        if paid and _FUTURE.search(paid) and not _PAST.search(paid):
            paid = None  # "should be paid by next Tuesday" is a promise, not a claim
        if paid and not re.search(
            r"\b(once|when|after|as soon as|if|before)\b[^.]{0,20}\b(paid|sent)\b", paid
        ):
            hit(Intent.PAID_CLAIM, paid)
        promise = _first(_PROMISE, sentences) or _first(_PROMISE_WEAK, sentences)
        if promise:
            hit(Intent.PROMISE_TO_PAY, promise)
        wrong = _first(_WRONG_CONTACT, sentences)
        if wrong and Intent.OUT_OF_OFFICE not in found:
            hit(Intent.WRONG_CONTACT, wrong)
        document = _first(_DOCUMENT, sentences)
        if document and re.search(
            r"\?|please|could|can you|kindly|need|bitte|merci de|pourriez|por favor|podrian|podem|graag|kunt u|potete|per favore|requir|benotig|fehlt|missing|manque|falta|ontbreekt|manca|without (it|this|them)|ohne",
            human,
        ):
            hit(Intent.DOCUMENT_REQUEST, document)
        billing = _first(_BILLING, sentences)
        if billing and Intent.DISPUTE not in found:
            hit(Intent.BILLING_UPDATE, billing)
        ack = _first(_ACK, sentences)
        if ack:
            hit(Intent.ACKNOWLEDGEMENT, ack, 0.75)
        self._backoff(sentences, today, day_first, found, hit)

        intent = next((i for i in PRIORITY if i in found), Intent.OTHER)
        result = TriageResult(
            intent=intent, confidence=found[intent].strength if intent in found else (0.5 if human else 0.6)
        )
        if len(found) > 2:
            result.confidence = round(result.confidence * 0.9, 2)

        # --- fields ---------------------------------------------------------------------------------
        def dates_in(sentence: str | None, direction: Direction) -> list[date]:
            if not sentence:
                return []
            return [f.value for f in find_dates(sentence, today, direction=direction, day_first=day_first)]

        def amount_in(sentence: str | None, *, instalment: bool = False) -> tuple[Decimal, str] | None:
            if not sentence:
                return None
            amounts = _amounts(sentence)
            if instalment:
                for m in _INSTALMENT_AMOUNT.finditer(sentence):
                    after = [a for a in amounts if 0 <= a[0] - m.end() <= 3]
                    if after:
                        return after[0][1], after[0][2]
            return (amounts[0][1], amounts[0][2]) if amounts else None

        if Intent.PROMISE_TO_PAY in found or Intent.PAYMENT_PLAN_REQUEST in found:
            st = found.get(Intent.PAYMENT_PLAN_REQUEST) or found[Intent.PROMISE_TO_PAY]
            plan_first = Intent.PAYMENT_PLAN_REQUEST in found
            window = [st.sentence, *[s for s in sentences if s != st.sentence]]
            ds = dates_in(st.sentence, "future") or (
                dates_in(" ".join(sentences), "future") if not plan_first else []
            )
            if not ds and plan_first:
                ds = next((dates_in(s, "future") for s in window if dates_in(s, "future")), [])
            result.promised_date = ds[0] if ds else None
            position = sentences.index(st.sentence) if st.sentence in sentences else -1
            following = sentences[position + 1] if 0 <= position < len(sentences) - 1 else None
            distinct = {a[1] for a in _amounts(human)}
            money = (
                amount_in(st.sentence, instalment=plan_first)
                or amount_in(
                    next(
                        (s for s in window if _amounts(s) and (_PROMISE.search(s) or _PLAN.search(s))), None
                    ),
                    instalment=plan_first,
                )
                or (amount_in(following) if not plan_first else None)
                or (amount_in(human) if len(distinct) == 1 and not plan_first else None)
            )
            if money:
                result.promised_amount, result.currency = money
        if Intent.PAID_CLAIM in found:
            st = found[Intent.PAID_CLAIM]
            ds = dates_in(st.sentence, "past") or dates_in(
                " ".join(s for s in sentences if _PAID.search(s) or "paid" in s), "past"
            )
            result.paid_date = ds[0] if ds else None
            if result.promised_amount is None:
                money = amount_in(st.sentence) or amount_in(human)
                if money:
                    result.promised_amount, result.currency = money
            ref = _REFERENCE.search(_strip_accents(p.reply))
            if ref:
                result.payment_reference = ref.group(1).lstrip("#").rstrip(".,")
        if Intent.DISPUTE in found:
            result.dispute_reason = reason
        elif Intent.LEGAL_OR_INSOLVENCY in found and _DISPUTE_CUE.search(human):
            result.dispute_reason = next((r for r, pat in _REASONS if pat.search(human)), None)
        if Intent.OUT_OF_OFFICE in found:
            result.return_date = self._return_date(sentences, today, day_first)
        result.new_contact_email = self._contact(p, sentences, found)
        if result.promised_amount is None:
            result.currency = None
        result.invoice_numbers = _invoice_numbers(
            human,
            p.subject,
            p.quoted + "\n" + p.returned_headers.get("subject", "") + "\n" + p.attachment_text,
        )
        return result

    @staticmethod
    def _backoff(
        sentences: list[str],
        today: date,
        day_first: bool,
        found: dict[Intent, _Statement],
        hit: Callable[..., None],
    ) -> None:
        """When no precise statement matched, read tense: payment word + past = claim, + future = promise."""
        if found.keys() - {
            Intent.ACKNOWLEDGEMENT,
            Intent.WRONG_CONTACT,
            Intent.DOCUMENT_REQUEST,
            Intent.BILLING_UPDATE,
        }:
            return
        plan = _first(_PLAN_EXTRA, sentences)
        if plan and "?" in plan:
            hit(Intent.PAYMENT_PLAN_REQUEST, plan, 0.6)
            return
        for s in sentences:
            if not _PAYMENT_WORD.search(s) or "?" in s:
                continue
            future, past = bool(_FUTURE.search(s)), bool(_PAST.search(s))
            dates = find_dates(s, today, day_first=day_first)
            if past and not future:
                hit(Intent.PAID_CLAIM, s, 0.6)
                return
            if future or any(f.value > today for f in dates):
                if Intent.ACKNOWLEDGEMENT in found and not dates:
                    return  # "I'll pass this to AP for payment" acknowledges; it promises nothing
                hit(Intent.PROMISE_TO_PAY, s, 0.6)
                return

    @staticmethod
    def _return_date(sentences: list[str], today: date, day_first: bool) -> date | None:
        """ "Back on X" beats "until Y": away "until the 15th, reachable again from the 18th" returns on the 18th."""
        for cue_pattern in (_RETURN_CUE, _UNTIL_CUE):
            for s in sentences:
                cue = cue_pattern.search(s)
                if cue:
                    after = [
                        f.value for f in find_dates(s, today, day_first=day_first) if f.start >= cue.start()
                    ]
                    if after:
                        return after[0]
        for s in sentences:
            dated = find_dates(s, today, day_first=day_first)
            if dated:
                return dated[0].value
        return None

    @staticmethod
    def _contact(p: ParsedEmail, sentences: list[str], found: dict[Intent, _Statement]) -> str | None:
        ours = {p.from_address, *p.to, *p.cc}
        if not (
            {Intent.WRONG_CONTACT, Intent.OUT_OF_OFFICE, Intent.LEGAL_OR_INSOLVENCY, Intent.PROMISE_TO_PAY}
            & set(found)
        ) and not any(_WRONG_CONTACT.search(s) for s in sentences):
            return None
        for s in sentences:
            for found_address in _EMAIL.findall(s):
                address = str(found_address).lower().rstrip(".")
                if address in ours or address.startswith(("collections", "noreply", "no-reply")):
                    continue
                if Intent.WRONG_CONTACT in found or re.search(
                    r"contact|send|write|email|reach|address|handled|forward|adress|wenden|richten|envie|escrib|contatt|neem|counsel|attorney|lawyer|solicitor|correspond|reminders|invoices",
                    s,
                ):
                    return address
        return None
