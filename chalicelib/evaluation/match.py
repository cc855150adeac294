"""Cash-application quality on the project's labelled dev ledgers (tests/data/cashapp).

Three sources, scored the same way (a payment is correct when status and applications both match the
label; a wrong application is any applied (invoice, amount) the label does not have):
- the committed generated ledger (generate.py, seed 7);
- three more seeds generated on the fly, so a figure is not an artefact of one file;
- the hand-written tricky set (tricky.json), small and adversarial.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

from chalicelib.commands.match import match_files

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "cashapp"
EXTRA_SEEDS = (11, 23, 101)

# Generator scenarios grouped under the names the issue uses.
GROUPS = {
    "exact_ref": "exact ref",
    "noisy_ref": "exact ref",
    "remittance_advice": "exact ref",
    "multi_ref": "exact ref",
    "range_ref": "exact ref",
    "po_collision": "exact ref",
    "typo_ref": "typo ref",
    "lump_sum": "lump sum",
    "partial": "partial",
    "short_pay": "short pay",
    "bank_fee": "short pay",
    "overpay": "overpay",
    "duplicate": "duplicate",
    "name_only": "name-only",
    "truncated_name": "name-only",
    "ambiguous_amount": "ambiguous",
    "ambiguous_lump": "ambiguous",
    "ambiguous_name": "ambiguous",
    "unknown_payer": "ambiguous",
    "cross_currency": "cross-currency",
    "bad_input": "bad input",
}


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cashapp_generate", DATA / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def score(
    invoices: list[Any], payments: list[Any], expected: list[dict[str, Any]]
) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str], list[str]]:
    """Per scenario: payments, correct, wrong applications, review; plus a line per miss."""
    out, _ = match_files(invoices, payments)
    total, correct, wrong, review = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    misses: list[str] = []
    for got, want in zip(out, expected, strict=True):
        # Later authors put the scenario in the note instead: "[partial:short-fee, en] ...".
        scenario = want.get("scenario") or want["note"].split("]")[0].split(",")[0].strip("[").split(":")[-1]
        apps = {(a["invoice_id"], Decimal(a["amount"])) for a in got["applications"]}
        labelled = {(a["invoice_id"], Decimal(a["amount"])) for a in want["applications"]}
        total[scenario] += 1
        review[scenario] += int(got["status"] == "review")
        # Bad input (a negative amount, an unknown currency, a repeated id) is labelled "error": the output
        # says so in its ``error`` field, applies nothing, and the batch goes on.
        if want["status"] == "error":
            ok = bool(got.get("error")) and not apps
        else:
            ok = got["status"] == want["status"] and apps == labelled
        correct[scenario] += int(ok)
        wrong[scenario] += int(bool(apps - labelled))
        if not ok:
            misses.append(
                f"{want['payment_id']} [{scenario}] want {want['status']} got {got['status']}: {got['reason']}"
            )
    return total, correct, wrong, review, misses


def _table(
    title: str, counts: tuple[Counter[str], Counter[str], Counter[str], Counter[str], list[str]]
) -> list[str]:
    total, correct, wrong, review, _ = counts
    n = sum(total.values())
    lines = [
        f"**{title}**: {n} payments; correct **{sum(correct.values()) / n:.3f}**; "
        f"wrong applications **{sum(wrong.values())}**; review rate {sum(review.values()) / n:.3f}",
        "",
        "| scenario | payments | correct | wrong applications | review |",
        "|---|---:|---:|---:|---:|",
    ]
    lines += [f"| {s} | {total[s]} | {correct[s]} | {wrong[s]} | {review[s]} |" for s in sorted(total)]
    return [*lines, ""]


def _grouped(
    counts: tuple[Counter[str], Counter[str], Counter[str], Counter[str], list[str]],
) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str], list[str]]:
    merged: tuple[Counter[str], Counter[str], Counter[str], Counter[str]] = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for source, target in zip(counts[:4], merged, strict=True):
        for scenario, value in source.items():
            target[GROUPS.get(scenario, scenario)] += value
    return (*merged, counts[4])


def _add(
    a: tuple[Counter[str], Counter[str], Counter[str], Counter[str], list[str]],
    b: tuple[Counter[str], Counter[str], Counter[str], Counter[str], list[str]],
) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str], list[str]]:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], a[4] + b[4])


BLIND = {
    "blind5": ("northwind_us_qbo", "rheinland_eu_sepa", "kestrel_uk_mixed"),
    "blind5b": ("northwind_qb", "tessera_stripe"),
    "blind5c": ("ledger_a_eu_wholesale", "ledger_b_us_services"),
    "blind7": ("eu_wholesaler", "us_services"),
    "blind8": ("uk_distributor", "latam_saas"),
    "blind9": ("building_materials",),
    "blind10": ("nordic_electronics",),
    "blind11": ("anz_uk_services",),
    "blind12": ("na_industrial",),
    "blind13": ("eu_office_hospitality",),
    "blind14": ("us_healthcare_staffing",),
    "blind15": ("uk_ie_building_services",),
    "blind16": ("eu_wine_spirits_exporter",),
    "blind17": ("in_sg_it_exports_swift_tds",),
    "blind18": ("us_marketplace_saas_stripe_bank",),
    "blind19": ("jp_kr_components",),
    "blind20": ("dach_machine_tools", "dach_bad_input"),
    "blind21": ("gulf_egypt_building_materials",),
    "blind22": ("latam_agro_inputs",),
    "blind23": ("pl_cz_hu_components",),
    "blind24": ("nordic_seafood",),
    "blind25": ("za_ke_ng_industrial",),
    "blind26": ("tr_gr_textiles",),
    "blind27": ("latam_food_beverage",),
    "blind28": ("sea_electronics",),
    "blind29": ("eu_medical_devices",),
    "blind30": ("na_construction_rental",),
    "blind31": ("gulf_industrial",),
    "blind32": ("anz_hardware",),
    "blind33": ("jpkrtw",),
    "blind34": ("southasia",),
    "blind35": ("balkans",),
    "blind36": ("greaterchina",),
    "blind37": ("freight",),
    "blind38": ("baltic",),
    "blind39": ("iberia",),
    "blind40": ("afrique",),
    "blind41": ("eastern",),
    "blind42": ("eastmed",),
    "blind43": ("italia",),
    "blind44": ("benelux",),
    "blind45": ("factor",),
    "blind46": ("pubsec",),
    "blind47": ("africa",),
    "blind48": ("eastasia",),
    "blind49": ("retaildeduct",),
    "blind50": ("latampay",),
    "blind51": ("alpinemed",),
    "blind52": ("nordbygg",),
    "blind53": ("pharmabenelux",),
    "blind54": ("cee_furniture",),
    "blind55": ("iberian_wine",),
    "blind56": ("asia_components",),
    "blind57": ("nordic_timber",),
    "blind58": ("latam_pharma",),
    "blind59": ("uk_ie_merchants",),
    "blind60": ("gulf_india_it",),
    "blind61": ("dach_machinery",),
    "blind62": ("sea_distribution",),
    "blind63": ("us_ca_distribution",),
    "blind64": ("jp_kr_components",),
    "blind65": ("uk_ie_wholesale",),
    "blind66": ("latam_agro",),
    "blind67": ("benelux_fr_logistics",),
    "blind68": ("au_nz_trades",),
    "blind69": ("cee_chemicals",),
    "blind70": ("iberia_ceramics",),
    "blind71": ("gulf_africa_projects",),
    "blind72": ("nordic_timber",),
    "blind73": ("na_foodservice",),
    "blind74": ("sea_logistics",),
    "blind75": ("dach_machinery",),
    "blind76": ("jp_kr_components",),
    "blind77": ("south_asia_pharma",),
    "blind78": ("fr_it_wine",),
    "blind79": ("andes_mining",),
    "blind80": ("gulf_building_materials",),
    "blind81": ("uk_ie_hospitality",),
    "blind82": ("cee_auto_parts",),
    "blind83": ("nordic_baltic_timber",),
    "blind84": ("us_ca_hvac_plumbing",),
    "blind85": ("india_api_exporter",),
    "blind86": ("nl_de_horticulture",),
    "blind87": ("anz_pacific_marine",),
    "blind88": ("uk_ie_accountancy",),
    "blind89": ("nordic_swiss_medtech",),
    "blind90": ("iberia_latam_packaging",),
    "blind91": ("india_gulf_textiles",),
    "blind92": ("sea_furniture",),
    "blind93": ("africa_pharma",),
    "blind94": ("canada_lumber",),
    "blind95": ("asia_components",),
    "blind96": ("eu_auto_dealers",),
    "blind97": ("us_saas_billing",),
    "blind98": ("africa_telecom_distribution",),
    "blind99": ("nordic_fishing_gear",),
    "blind100": ("latam_pharma_distribution",),
    "blind101": ("uk_builders_merchant",),
    "blind102": ("india_industrial_components",),
    "blind103": ("anz_wine_distribution",),
    "blind104": ("east_asia_electronics",),
    "blind105": ("us_healthcare_staffing",),
    "blind106": ("latam_auto_parts",),
    "blind107": ("japan_korea_components",),
    "blind108": ("nordic_seafood_export",),
    "blind109": ("ce_building_materials",),
    "blind110": ("turkey_bangladesh_textiles",),
    "blind111": ("na_it_services",),
    "blind112": ("dach_medical_devices",),
    "blind113": ("sea_logistics",),
    "blind114": ("nordic_building_supplies",),
    "blind115": ("uk_ireland_subcontracting",),
    "blind116": ("latam_chemicals",),
    "blind117": ("anz_agri_inputs",),
}


def _blind(
    group: str = "blind5",
) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str], list[str]]:
    total: tuple[Counter[str], Counter[str], Counter[str], Counter[str], list[str]] = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        [],
    )
    for name in BLIND[group]:
        folder = f"{group}/{name}"
        counts = score(
            _load(f"{folder}/invoices.json"),
            _load(f"{folder}/payments.json"),
            _load(f"{folder}/expected.json"),
        )
        total = _add(total, counts)
    return total


# The blind ledgers, each by a separate author from the contract alone, in the order they were written, with
# what their first pass read.
_BLIND_TABLES: tuple[tuple[str, str], ...] = (
    (
        "blind5",
        (
            "Blind ledgers (session 5: three ledgers written by a separate author from the contract alone; first "
            "pass 0.940 correct of the 684 valid payments with 6 wrong applications; tuned on after)"
        ),
    ),
    (
        "blind5b",
        (
            "Second blind ledgers (session 5: two ledgers, QuickBooks and Stripe numbering, separate author, "
            "written after the first blind set's fixes; first pass 0.870 correct of 446 valid payments with 14 "
            "wrong applications; tuned on after)"
        ),
    ),
    (
        "blind5c",
        (
            "Third blind ledgers (session 5: EU wholesaler and US services firm, separate author, written after "
            "the second set's fixes; first pass 0.912 correct of 456 valid payments with 32 wrong applications; "
            "after one fix (a parent paying for a subsidiary) 24 remain, all where this author and the second "
            "disagree: an unexplained shortfall on a referenced invoice (partial here, review there), a credit "
            "note deducted, a customer id equal to an invoice number, a name shared by two customers)"
        ),
    ),
    (
        "blind7",
        (
            "Fourth blind ledgers (session 7: EU wholesaler and US services firm, 438 payments, separate author, "
            "written after the third set's fixes; first pass 0.968 correct with 0 wrong applications; after "
            "fixes, the four misses left are same-width swapped digits in a series number, which the second set's"
            " author labels a different (closed) invoice and this one a typo: kept as review)"
        ),
    ),
    (
        "blind8",
        (
            "Fifth blind ledgers (session 7: UK distributor with credit notes and 18-character bank references, "
            "LatAm SaaS with PIX, SPEI and boleto, 400 payments, separate author, written after the fourth set's "
            "fixes; first pass 0.943 correct with 0 wrong applications; credit notes netted in remittances were "
            "handled in session 8)"
        ),
    ),
    (
        "blind9",
        (
            "Sixth blind ledgers (session 8: US building-materials distributor with CAD and EUR books, ACH/EDI "
            "820/lockbox/Interac references, 398 payments, separate author; first pass 0.912 correct with 1 wrong"
            " application (an abbreviated payer name, 'JOHNSON BROS', that fits two customers); left after fixes:"
            " a payment in a currency the customer is not billed in, which four earlier authors hold unapplied "
            "and this one sends to review, and a payer known by name only whose payment fits nothing, which the "
            "second set's author sends to review and this one holds unapplied)"
        ),
    ),
    (
        "blind10",
        (
            "Seventh blind ledgers (session 8: Benelux/DACH/French electronics distributor in EUR, GBP and CHF "
            "and a Nordic subscription business in SEK, NOK and DKK, SEPA/OCR/KID/RF references, credit notes, "
            "400 payments, separate author; first pass 0.905 correct with 1 wrong application; left after fixes: "
            "that one, 'Schmidt Elektr.' applied to Schmidt Elektrotechnik, which this author calls ambiguous "
            "with Schmidt Kabeltechnik (we read the abbreviation as the one name it begins), a part payment "
            "naming no invoice, which this author sends to review and we hold on the account, a payment in a "
            "currency the customer is not billed in (as for the sixth set), and a payer known by name only)"
        ),
    ),
    (
        "blind11",
        (
            "Eighth blind ledgers (session 9: Australian and New Zealand professional-services and equipment-hire"
            " group with UK clients, AUD/NZD/GBP, BPAY and truncated EFT references, NZ "
            "particulars/code/reference, BACS, lockbox cheques, Stripe, remittances as tables, CSV and prose, 400"
            " payments, separate author; first pass 0.925 correct with 1 wrong application: a payer name that "
            "fits two customers)"
        ),
    ),
    (
        "blind12",
        (
            "Ninth blind ledgers (session 10: US and Canadian industrial-parts distributor, USD and CAD, ACH CCD+"
            " addenda, truncated wire OBI, lockbox stubs, EFT and Interac, Stripe, parent companies, 400 "
            "payments, separate author; first pass: the command stopped on one Stripe description holding a quote"
            " over several lines, so the shipped engine gave no answer for the ledger; with that one fix and "
            "nothing else, 0.940 correct with 8 wrong applications)"
        ),
    ),
    (
        "blind13",
        (
            "Tenth blind ledgers (session 10: European office and hospitality supplies wholesaler, EUR/GBP/PLN, "
            "SEPA with RF and Belgian structured references, German Verwendungszweck, Polish Elixir titles, UK "
            "Faster Payments, Stripe, credit notes, Skonto and escompte, factoring companies, 400 payments, "
            "separate author, scored after the ledger 12 fixes; first pass 0.988 correct with 0 wrong "
            "applications)"
        ),
    ),
    (
        "blind14",
        (
            "Eleventh blind ledgers (session 11: US healthcare staffing agency with a Canadian arm, USD and CAD, "
            "ACH CTX/CCD+ addenda, virtual cards net of fees, lockbox cheques with OCR'd stubs, hospital AP "
            "batches with short-paid lines and reason codes, health systems paying for member hospitals, 402 "
            "payments, separate author; first pass 0.896 correct with 1 wrong application)"
        ),
    ),
    (
        "blind15",
        (
            "Twelfth blind ledgers (session 11: UK and Irish building-services contractor, GBP and EUR, BACS "
            "references cut to 18 characters, Faster Payments, CHAPS, SEPA, CIS and RCT deductions, retentions, "
            "contra charges, credit notes netted in remittances, parent companies and payroll bureaux, 400 "
            "payments, separate author; first pass 0.985 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind16",
        (
            "Thirteenth blind ledgers (session 11: French, Spanish and Italian wine and spirits exporter, EUR "
            "books with USD and GBP invoices, SEPA with RF references, LCR, RiBa, pagarés, US wires with "
            "intermediary fees, EUR paid for USD invoices, breakage and promotional deductions, groups paying for"
            " members, 406 payments, separate author, scored after the ledger 14 and 15 fixes; first pass 0.845 "
            "correct with 9 wrong applications)"
        ),
    ),
    (
        "blind17",
        (
            "Fourteenth blind ledgers (session 12: Indian and Singaporean IT-services exporter, "
            "USD/GBP/EUR/SGD/INR/AED, SWIFT field 70 cut at 35 characters, OUR/SHA/BEN charges, TDS and section "
            "195 withholding, PO, SOW and milestone numbers with invoice digits, parents paying for subsidiaries,"
            " 414 payments with 10 bad rows, separate author; first pass 0.775 correct with 2 wrong applications)"
        ),
    ),
    (
        "blind18",
        (
            "Fifteenth blind ledgers (session 12: US B2B marketplace and SaaS company, USD and CAD, Stripe and "
            "QuickBooks numbering, ACH addenda, Stripe bank-transfer references, OCR'd lockbox cheques, truncated"
            " wires, DBA and parent payers, remittances addressed to an 'automated system', 406 payments, "
            "separate author, scored at the same commit as the fourteenth; first pass 0.958 correct with 1 wrong "
            "application)"
        ),
    ),
    (
        "blind19",
        (
            "Sixteenth blind ledgers (session 12: Japanese and Korean electronic-components supplier, JPY and KRW"
            " without minor units, USD, EUR, TWD, Zengin transfers with cut katakana names, shimebi monthly "
            "closing payments, transfer fees, buaiki, parents paying for subsidiaries, 398 payments with 8 bad "
            "rows, separate author, scored after the ledger 17 and 18 fixes; first pass 0.719 correct with 5 "
            "wrong applications)"
        ),
    ),
    (
        "blind20",
        (
            "Seventeenth blind ledgers (session 13: German, Austrian and Swiss machine-tool maker, EUR/CHF/USD, "
            "SEPA Verwendungszweck cut at 140 characters, Swiss QR-bill QRR and RF references, Austrian "
            "Zahlungsreferenz, Skonto, AB/Lieferschein numbers, 400 payments plus a bad-input file of 17, "
            "separate author, scored after the ledger 19 fixes; first pass 0.988 correct with 0 wrong "
            "applications)"
        ),
    ),
    (
        "blind21",
        (
            "Eighteenth blind ledgers (session 13: Gulf and Egyptian building-materials trader, AED/SAR/EGP/USD, "
            "transliterated Arabic names, SWIFT field 70 cut at 4x35, post-dated cheques, LC drawings, retention "
            "and VAT withheld, Arabic-Indic digits, 401 payments with 10 bad rows, separate author, scored at the"
            " same commit as the seventeenth; first pass 0.781 correct with 6 wrong applications)"
        ),
    ),
    (
        "blind22",
        (
            "Nineteenth blind ledgers (session 13: Latin American agricultural-inputs distributor, "
            "BRL/MXN/COP/USD, boletos with nosso número, PIX txid, SPEI clave de rastreo, CFDI folios, PSE and "
            "NIT, harvest lump sums, cooperatives paying for members, retenciones and IR/ISS, 400 payments with "
            "11 bad rows, separate author, scored after the ledger 21 fixes; first pass 0.950 correct with 0 "
            "wrong applications)"
        ),
    ),
    (
        "blind23",
        (
            "Twentieth blind ledgers (session 14: Central European electronic-components distributor, "
            "PLN/CZK/HUF/EUR/USD, Polish 'FV 123/03/2026' numbers restarting every month, split payments (MPP), "
            "Czech variabilní symbol, Hungarian közlemény, Romanian 'factura seria', NIP/IČO look-alikes, Skonto,"
            " 399 payments with 10 bad rows, separate author, scored after the ledger 21 fixes of session 14; "
            "first pass 0.842 correct with 2 wrong applications)"
        ),
    ),
    (
        "blind24",
        (
            "Twenty-first blind ledgers (session 14: Nordic seafood exporter, NOK/SEK/DKK/EUR/USD, KID, OCR with "
            "Bankgiro and Plusgiro, FI-kort 71, Finnish viitenumero and RF, open credit notes netted, "
            "quality-claim and freight deductions, statement lumps, 404 payments with 10 bad rows, separate "
            "author, scored at the same commit as the twentieth; first pass 0.965 correct with 1 wrong "
            "application)"
        ),
    ),
    (
        "blind25",
        (
            "Twenty-second blind ledgers (session 14: South African, Kenyan and Nigerian industrial and mining "
            "supplies, ZAR/KES/NGN/USD, EFT beneficiary references, M-Pesa Paybill account numbers, withholding "
            "VAT and WHT, NIP session ids, government payment vouchers, eTIMS numbers, 397 payments with 10 bad "
            "rows, separate author, scored after the ledger 23 and 24 fixes; first pass 0.940 correct with 0 "
            "wrong applications)"
        ),
    ),
    (
        "blind26",
        (
            "Twenty-third blind ledgers (session 14: Turkish and Greek textile and home-linen exporter, "
            "TRY/EUR/GBP/USD, 16-character Turkish e-invoice numbers shortened by payers, EFT/FAST descriptions, "
            "Greek series transliterated by banks, letters of credit and documentary collections less charges, "
            "hotel groups, 393 payments with 10 bad rows, separate author, scored at the same commit as the "
            "twenty-second; first pass 0.954 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind27",
        (
            "Twenty-fourth blind ledgers (session 15: Latin American food and beverage distributor, "
            "MXN/COP/CLP/PEN/ARS/BRL/USD, SPEI concepto de pago, CFDI serie and folio, Colombian "
            "electronic-invoice prefixes, Chilean folios and RUT, boletos and Pix with NF-e numbers, retenciones "
            "and ICA/IVA withheld, factors and parents paying, 396 payments with 10 bad rows, separate author, "
            "scored after the session-15 ledger 25 and 26 fixes; first pass 0.977 correct with 0 wrong "
            "applications, bar met)"
        ),
    ),
    (
        "blind28",
        (
            "Twenty-fifth blind ledgers (session 15: South-East Asian electronic-components distributor, "
            "SGD/MYR/THB/IDR/VND/PHP/USD, GIRO/FAST/PayNow, DuitNow and IBG, PromptPay, Indonesian virtual "
            "accounts and faktur pajak, Vietnamese descriptions without diacritics, Philippine EWT and Thai WHT, "
            "403 payments with 10 bad rows, separate author, same commit as the twenty-fourth; first pass 0.990 "
            "correct with 0 wrong applications, bar met)"
        ),
    ),
    (
        "blind29",
        (
            "Twenty-sixth blind ledgers (session 15: French, Belgian, Spanish and Italian medical-devices distributor, "
            "EUR/CHF/GBP, SEPA with RF and Belgian structured communications, French public hospitals paying by "
            "mandat administratif in lumps of up to 26 invoices, Italian split payment, Spanish confirming banks, "
            "credit notes netted, 392 payments with 10 bad rows, separate author, scored after the ledger 27 and 28 "
            "fixes; first pass 0.944 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind30",
        (
            "Twenty-seventh blind ledgers (session 15: US and Canadian construction-materials and equipment-rental "
            "company, USD/CAD, ACH CCD+ and CTX 820 remittances, lockbox stubs, joint cheques from general "
            "contractors, retainage, lien waivers, job and PO numbers, card payments net of fees, Interac memos, 398 "
            "payments with 10 bad rows, separate author, same commit as the twenty-sixth; first pass 0.962 correct "
            "with 0 wrong applications)"
        ),
    ),
    (
        "blind31",
        (
            "Twenty-eighth blind ledgers (session 16: Gulf industrial-supplies distributor, AED/SAR/QAR/OMR/KWD/BHD/USD "
            "with three-decimal dinars and rials, UAEFTS/SARIE/FAWRI+ references, cheque and post-dated cheque "
            "deposits, LC proceeds, retention and withholding, 396 payments with 10 bad rows, separate author; first "
            "pass 0.848 correct with 1 wrong application, a BHD balance of 212.273 applied as 212.27, because every "
            "amount was read in cents)"
        ),
    ),
    (
        "blind32",
        (
            "Twenty-ninth blind ledgers (session 16: Australian and New Zealand hardware and garden wholesaler, "
            "AUD/NZD/USD, BPAY CRNs with check digits, PayID/Osko, NZ particulars/code/reference, 18-character "
            "direct-credit descriptions, council remittances, GST short pays, 404 payments with 10 bad rows, separate "
            "author, same commit as the twenty-eighth; first pass 1.000 correct with 0 wrong applications, bar met)"
        ),
    ),
    (
        "blind33",
        (
            "Thirtieth blind ledgers (session 17: electronic-components distributor selling in Japan, Korea and "
            "Taiwan, JPY/KRW/TWD/USD, Zengin furikomi with half-width katakana payer names and invoice numbers typed "
            "into the name field, transfer fees deducted, monthly closing (shimebi) payments, tegata and densai "
            "notes, 395 payments with 10 bad rows, separate author, scored at 85d6179 before any change for it; first "
            "pass 0.878 correct with 0 wrong applications, almost every miss a katakana name read as no name)"
        ),
    ),
    (
        "blind34",
        (
            "Thirty-first blind ledgers (session 17: pharmaceutical and textile exporter in India, Sri Lanka and "
            "Bangladesh, INR/LKR/BDT/USD, NEFT/RTGS/IMPS/UPI with UTR numbers, lakh grouping, TDS short pays by "
            "section, GST invoice numbers by financial year, letters of credit, advances against pro-formas, 400 "
            "payments with 10 bad rows, separate author, same commit as the thirtieth; first pass 0.945 correct "
            "with 8 'wrong' applications, all lumps without advice that exactly one pair of the customer's invoices "
            "fits, which the issue says to apply and this author sends to review)"
        ),
    ),
    (
        "blind35",
        (
            "Thirty-second blind ledgers (session 17: building-materials distributor in Romania, Bulgaria, Serbia, "
            "Croatia and Slovenia, RON/BGN/RSD/EUR, invoice series, Cyrillic and Latin payer names, poziv na broj "
            "and SI12 references, order numbers equal to other customers' invoice numbers, compensations and "
            "guarantee retentions, 402 payments with 10 bad rows, separate author, scored at 68d7f0b after the "
            "thirtieth and thirty-first fixes; first pass 0.963 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind36",
        (
            "Thirty-third blind ledgers (session 17: packaging trader in mainland China, Hong Kong, Taiwan and "
            "Singapore, CNY/HKD/SGD/USD, Chinese payer and customer names against pinyin/English bank names, FPS, "
            "PayNow, telegraphic transfers with OUR/SHA/BEN charges, monthly statement payments, debit and credit "
            "notes, 401 payments with 11 bad rows, separate author, same commit as the thirty-second; first pass "
            "0.895 correct with 8 'wrong' applications: 7 lumps without advice that exactly one set of the "
            "customer's invoices fits, which this author sends to review, and 1 full payment of an invoice whose "
            "earlier part payment had gone to review, the payer's Chinese name being unreadable to us)"
        ),
    ),
    (
        "blind37",
        (
            "Thirty-fourth blind ledgers (session 18: US and Canadian freight brokerage and trucking, USD/CAD, ACH "
            "CCD+/CTX with X12 820 addenda, lockbox cheques, shipper portals and freight-audit firms paying for "
            "shippers, PRO/BOL/shipment numbers equal to other customers' invoice numbers, quick-pay discounts, "
            "detention and lumper short pays, 394 payments with 10 bad rows, separate author, scored at 6313ed9; "
            "first pass 0.937 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind38",
        (
            "Thirty-fifth blind ledgers (session 18: timber and wood-pellet exporter in Estonia, Latvia and "
            "Lithuania, EUR/SEK/PLN, SEPA structured references (viitenumber, viitenumero, RF), remittance text in "
            "seven languages, Polish split payments, moisture and volume claims, 396 payments with 11 bad rows, "
            "separate author, scored at 61929ad after the thirty-fourth ledgers' fixes; first pass 0.975 correct "
            "with 0 wrong applications: bar met)"
        ),
    ),
    (
        "blind39",
        (
            "Thirty-sixth blind ledgers (session 18: hotel and catering equipment supplier in Spain and Portugal, "
            "EUR/GBP, SEPA concepto and descritivo text, Multibanco entity and reference, confirming, pagarés, "
            "returned recibos, public bodies' orden de pago, IRPF/retenção and pronto pago short pays, invoice "
            "series FV 2026/00123, FT 2026A/45, FAC-26-0123, 406 payments with 10 bad rows, separate author, scored "
            "at 1ecf731; first pass 0.933 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind40",
        (
            "Thirty-seventh blind ledgers (session 18: agro-food and packaging distributor in Morocco, Côte "
            "d'Ivoire, Senegal, Cameroon, Gabon and France, XOF/XAF/MAD/EUR with whole CFA francs, virements, "
            "cheques, effets and LCN, Orange Money, Wave and MTN MoMo, retenues à la source, French and Arabic "
            "remittances, 404 payments with 10 bad rows, separate author, scored at 1c77190; first pass 0.965 "
            "correct with 8 'wrong' applications, all lumps without advice that exactly one set of the customer's "
            "invoices fits, which this author sends to review)"
        ),
    ),
    (
        "blind41",
        (
            "Thirty-eighth blind ledgers (session 19: agricultural spare-parts distributor in Ukraine, Poland, "
            "Moldova, Georgia and Kazakhstan, UAH/PLN/KZT/GEL/EUR/USD, Cyrillic, Georgian and transliterated payer "
            "names with written-out legal forms, purpose-of-payment texts stating the VAT included, dealers paying "
            "lumps with an advance line, Polish split payments, 400 payments with 10 bad rows, separate author, "
            "scored at the session-19 start 903188a; first pass 0.943 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind42",
        (
            "Thirty-ninth blind ledgers (session 19: medical and dental consumables distributor in Israel, Cyprus "
            "and Greece, ILS/EUR/USD, Masav and Zahav transfers, Hebrew, Greek and transliterated payer names, "
            "hospital groups paying lumps, withholding-tax short pays, cheques, netted credit notes, 400 payments "
            "with 11 bad rows, separate author, same commit; first pass 0.973 correct with 0 wrong applications: "
            "the bar met)"
        ),
    ),
    (
        "blind43",
        (
            "Fortieth blind ledgers (session 19: office-technology and printer-services company in Italy, San "
            "Marino and Ticino, EUR/CHF, bonifici with CRO/TRN and cut causale texts, RiBa, SEPA direct debits, "
            "Swiss QR bills, public administration under split payment, ritenuta d'acconto, series FT 123/2026, "
            "2026/000123, 45/PA, 401 payments with 11 bad rows, separate author, scored at ee07b24; first pass 0.975 "
            "correct with 0 wrong applications: the bar met)"
        ),
    ),
    (
        "blind44",
        (
            "Forty-first blind ledgers (session 19: electrical and HVAC installation subcontractor in the "
            "Netherlands, Belgium and Luxembourg, EUR, betalingskenmerk and Belgian structured communications, "
            "G-rekening splits, 5% retentions, main contractors' specifications over several projects, credit notes, "
            "30bis withholdings, 402 payments with 11 bad rows, separate author, scored at 78ae8c3; first pass 0.913 "
            "correct with 0 wrong applications)"
        ),
    ),
    (
        "blind45",
        (
            "Forty-second blind ledgers (session 19: fresh-food and dairy distributor in France and Belgium, EUR, "
            "SEPA virements, LCR and cheques, central purchasing bodies paying their stores' invoices with "
            "statements, a factoring company paying on its debtors' behalf, ristournes and awaited credit notes, "
            "387 payments with 10 bad rows, separate author, scored at 8f9a66d (cash code 5c24454); first pass "
            "0.933 correct with 4 'wrong' applications: two invoices named and the amount exactly one of them, "
            "which this author sends to review and the engine applies, as 28 payments of other ledgers expect)"
        ),
    ),
    (
        "blind46",
        (
            "Forty-third blind ledgers (session 19: lab-supplies and IT reseller to US state agencies, "
            "universities, school districts and hospitals, USD/CAD, ACH CCD+ with voucher numbers, warrants, "
            "P-cards net of fees, tax-exempt short pays, grant drawdowns, 400 payments with 10 bad rows, separate "
            "author, same commit; first pass 0.988 correct with 0 wrong applications: the bar met)"
        ),
    ),
    (
        "blind47",
        (
            "Forty-fourth blind ledgers (session 20: solar lanterns, water pumps and irrigation kits sold to dealers, "
            "NGOs and cooperatives in South Africa, Kenya, Nigeria and Ghana, ZAR/KES/NGN/GHS/USD, SA EFT "
            "references, M-Pesa paybill and PesaLink lines, NIP narrations, withholding-tax short pays, bank charges "
            "on USD wires, Afrikaans and Swahili words, 395 payments with 11 bad rows, separate author, scored at "
            "the session-20 start 8f8885c; first pass 0.967 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind48",
        (
            "Forty-fifth blind ledgers (session 20: laboratory instruments and consumables for universities, "
            "hospitals and companies in Japan, Korea, Taiwan and Singapore, JPY/KRW/TWD/SGD, zengin transfers with "
            "half-width katakana payer names, hangul and Traditional Chinese names cut by the bank, bilingual "
            "customer names, furikomi fees, GIRO/PayNow with UEN, 400 payments with 10 bad rows, separate author, "
            "same commit; first pass 0.932 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind49",
        (
            "Forty-sixth blind ledgers (session 21: consumer-goods maker selling to US and Canadian big-box "
            "retailers, grocery chains and distributors, USD/CAD, ACH CCD+ and CTX with EDI 820 remittance lines, "
            "lockbox cheques, retailer deductions with their own numbers, PO and store numbers that look like "
            "invoice numbers, Quebec remittances in French, 398 payments with 10 bad rows, separate author, scored "
            "at the session-21 start 529d1ea; first pass 0.970 correct with 12 'wrong' applications: 8 unique-subset "
            "lumps without advice that this author, the fourth to, sends to review (the engine applies them, as the "
            "issue asks), and 4 EDI lines naming one invoice and paying exactly another's balance, now review)"
        ),
    ),
    (
        "blind50",
        (
            "Forty-seventh blind ledgers (session 21: auto parts and lubricants in Brazil, Mexico, Chile and "
            "Colombia, BRL/MXN/CLP/COP/USD, PIX with end-to-end ids, boletos, TED, SPEI with claves de rastreo, "
            "notas fiscais printed in threes, the customer's return notes, ordenes de compra, ReteFuente/ReteICA and "
            "IRRF withholdings, payer names cut by the bank, 396 payments with 10 bad rows, separate author, same "
            "commit; first pass 0.922 correct with 1 wrong application)"
        ),
    ),
    (
        "blind51",
        (
            "Forty-eighth blind ledgers (session 22: medical-technology distributor in Switzerland, Liechtenstein "
            "and Austria selling to hospitals, clinics, practices and pharmacies, CHF/EUR, QR-bill payments with "
            "27-digit QR references, RF creditor references, old ESR numbers, SEPA Verwendungszweck text, hospital "
            "payment runs with Skonto, group treasuries, dunning fees added or refused, 396 payments with 10 bad "
            "rows, separate author, scored at the session-22 start 85f0dc0; first pass 0.972 correct with 0 wrong "
            "applications)"
        ),
    ),
    (
        "blind52",
        (
            "Forty-ninth blind ledgers (session 22: building-supplies wholesaler in Finland, Sweden and Norway "
            "selling to builders, municipalities and housing cooperatives, EUR/SEK/NOK, Finnish viitenumero and RF "
            "references, Swedish OCR and Bankgiro, Norwegian KID, municipal invoice lists, cooperative names cut by "
            "the bank, retentions, credit notes netted, 399 payments with 10 bad rows, separate author, same commit; "
            "first pass 0.945 correct with 1 wrong application: a reference naming one invoice paying exactly "
            "another's balance)"
        ),
    ),
    (
        "blind53",
        (
            "Fiftieth blind ledgers (session 23: pharmaceutical and para-pharmacy wholesaler in Belgium, the "
            "Netherlands and Luxembourg selling to pharmacies, hospital pharmacies and care homes, EUR with a few GBP "
            "and USD customers, Belgian structured communications, Dutch payment references, SEPA batches from "
            "pharmacy groups, returns, rebates and early-payment discounts deducted, 394 payments with 10 bad rows, "
            "separate author, scored at the session-23 start ac95ebf; first pass 0.992 correct with 0 wrong "
            "applications)"
        ),
    ),
    (
        "blind54",
        (
            "Fifty-first blind ledgers (session 23: furniture and shop-fitting maker in Czechia, Slovakia, Hungary "
            "and Slovenia selling to retailers, hotels and offices, CZK/EUR/HUF, variable symbols, SI00 references, "
            "names with their diacritics lost, retailer groups paying their stores' invoices in lumps, deposits and "
            "final invoices, installation deductions, 396 payments with 10 bad rows, separate author, same commit; "
            "first pass 0.982 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind55",
        (
            "Fifty-second blind ledgers (session 24: wine and olive-oil exporter in Spain and Portugal selling to "
            "distributors and restaurants in Spain, Portugal, France, the UK and the US, EUR/GBP/USD, FRA-2025-04512 "
            "and FT 2026/123 invoice styles, references without their year, rappels and promotional deductions, "
            "bank confirming payments, 407 payments with 11 bad rows, separate author, scored at the session-24 start "
            "d7b70fb; first pass 0.978 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind56",
        (
            "Fifty-third blind ledgers (session 24: electronic-components distributor selling to manufacturers in "
            "Japan, Korea, Taiwan and Singapore, JPY/KRW/TWD/SGD/USD, Zengin transfer names in Latin kana cut by the "
            "bank, invoice numbers typed into the payer name, transfer fees and intermediary charges deducted, monthly "
            "closing-date statements with held invoices, 400 payments with 11 bad rows, separate author, same commit; "
            "first pass 0.910 correct with 6 wrong applications: an invoice the notice holds back read as the one "
            "paid (5), a cut name fitting two customers applied on a unique balance (1))"
        ),
    ),
    (
        "blind57",
        (
            "Fifty-fourth blind ledgers (session 25: timber and building-materials wholesaler selling to builders, "
            "DIY chains and municipalities in Sweden, Norway, Denmark and Finland, SEK/NOK/DKK/EUR/GBP, Bankgiro OCR, "
            "KID, +71 FIK and viitenumero/RF references carrying customer numbers and check digits, names cut and "
            "stripped of their letters, chains and finance companies paying for stores, 400 payments with 7 bad "
            "rows, separate author, scored at the session-25 start 6d93464; first pass 0.985 correct with 0 wrong "
            "applications: 4 payments in another currency (review for this author, held unapplied here), 2 "
            "overpayments named only by a structured reference, 1 Danish order word)"
        ),
    ),
    (
        "blind58",
        (
            "Fifty-fifth blind ledgers (session 25: pharmaceutical distributor selling to pharmacies, clinics and "
            "public health services in Mexico, Brazil, Colombia, Chile and Peru, MXN/BRL/COP/CLP/PEN/USD, SPEI, PIX "
            "and boleto data, CFDI folios and NF-e numbers in five or six spellings, itemised withholdings "
            "(ReteFuente, ReteICA, IGV, IR/CSLL/COFINS/PIS), 397 payments with 9 bad rows, separate author, same "
            "commit; first pass 0.985 correct with 0 wrong applications, all 6 misses payments in another currency "
            "(review for this author, held unapplied here))"
        ),
    ),
    (
        "blind59",
        (
            "Fifty-sixth blind ledgers (session 25, second wave: builders' merchant in the UK and Ireland selling to "
            "contractors, sole traders, housing associations and councils, GBP/EUR, BACS references cut at 18 "
            "characters, cheques with paying-in slips, Sage/Xero/Coupa remittances with CIS, retentions and credits "
            "taken, 408 payments with 10 bad rows, separate author, scored after the session's first round at "
            "c2d89b6; first pass 0.939 correct with 6 wrong applications: a reference to one invoice paid short with "
            "no word of why, which this author sends to review and the engine applies as a part payment, as 742 of "
            "the 761 stored labels of that case do)"
        ),
    ),
    (
        "blind60",
        (
            "Fifty-seventh blind ledgers (session 25, second wave: IT services and licensing company selling to "
            "enterprises, banks and government bodies in the UAE, Saudi Arabia, Qatar and India, AED/SAR/QAR/INR/USD, "
            "UTR and MT103 references, TDS and withholding tax deducted, names cut at 35 characters, 400 payments "
            "with 7 bad rows, separate author, same commit; first pass 0.975 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind61",
        (
            "Fifty-eighth blind ledgers (session 26: machine-tool maker and spare-parts distributor in "
            "Switzerland, Austria and Germany, CHF/EUR, Swiss QR-bill and RF creditor references, SEPA "
            "EREF/KREF/SVWZ cut at 140 characters, Sammelüberweisungen, Skonto and Spesen, order and "
            "delivery-note numbers in the invoice range, 400 payments with 7 bad rows, separate author, at "
            "556c22e; first pass 0.985 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind62",
        (
            "Fifty-ninth blind ledgers (session 26: consumer-electronics distributor selling to retailers in "
            "Singapore, Malaysia, Thailand, Indonesia, the Philippines and Vietnam, "
            "SGD/MYR/THB/IDR/PHP/VND/USD, PayNow, DuitNow, PromptPay, BI-FAST, NAPAS and TT, withholding tax at "
            "source, 389 payments with 8 bad rows, separate author, same commit; first pass 0.967 correct with "
            "0 wrong applications)"
        ),
    ),
    (
        "blind63",
        (
            "Sixtieth blind ledgers (session 26, second wave: industrial-supplies distributor in the US and "
            "Canada, USD/CAD, ACH CCD/CTX with EDI 820 addenda, Fedwire/SWIFT, lockbox cheques, EFT and "
            "Interac, 2/10 net 30 discounts and coded deductions, 400 payments with 8 bad rows, separate "
            "author, scored after the session's first round at c2837c8; first pass 0.970 correct with 0 wrong "
            "applications)"
        ),
    ),
    (
        "blind64",
        (
            "Sixty-first blind ledgers (session 26, second wave: electronic-components maker invoicing Japanese "
            "and Korean customers, JPY/KRW/USD, Zengin transfers with half-width katakana payer names, transfer "
            "fees deducted, month-end closing lumps, Korean virtual accounts, USD TTs with correspondent "
            "charges, 397 payments with 9 bad rows, separate author, same commit; first pass 0.879 correct with "
            "0 wrong applications)"
        ),
    ),
    (
        "blind65",
        (
            "Sixty-second blind ledgers (session 27: food-service wholesaler in Great Britain, Northern Ireland "
            "and the Republic of Ireland, GBP/EUR, BACS references and payer names cut at 18 characters, Faster "
            "Payments, CHAPS, branch cheques, SEPA end-to-end ids, Sage/Xero/SAP advices with Welsh and Polish "
            "notes, 400 payments with 8 bad rows, separate author, at e9cc13c; first pass 0.943 correct with 6 "
            "wrong applications)"
        ),
    ),
    (
        "blind66",
        (
            "Sixty-third blind ledgers (session 27: agricultural-inputs supplier across Latin America, "
            "MXN/BRL/COP/CLP/ARS/USD, SPEI claves de rastreo and 40-character conceptos, PIX and boletos with "
            "CNPJ payers, PSE, CBU transfers, retenciones and IOF, 404 payments with 7 bad rows, separate "
            "author, same commit; first pass 0.995 correct with 2 wrong applications)"
        ),
    ),
    (
        "blind67",
        (
            "Sixty-fourth blind ledgers (session 27, second wave: pallet and packaging supplier in Belgium, the "
            "Netherlands, Luxembourg and France, EUR/CHF/GBP, Belgian structured communications, Dutch "
            "betalingskenmerken, VIR SEPA lines cut at 140 characters, factoring companies paying for "
            "customers, 400 payments with 8 bad rows, separate author, scored after the session's round at "
            "cd3f667; first pass 0.963 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind68",
        (
            "Sixty-fifth blind ledgers (session 27, third wave: building-trades supplier in Australia and New "
            "Zealand, AUD/NZD, BSB direct credits with 18-character lodgement references, BPAY customer "
            "reference numbers with a check digit, PayID/Osko, NZ Particulars/Code/Reference fields, builders' "
            "trust accounts, retentions withheld, 400 payments with 8 bad rows, separate author, scored after "
            "the second cash round at 038c208; first pass 0.970 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind69",
        (
            "Sixty-sixth blind ledgers (session 27, third wave: industrial-chemicals distributor in Central and "
            "Eastern Europe, PLN/CZK/HUF/RON/EUR, Polish split payments, Czech and Slovak variable symbols, "
            "Hungarian közlemény, Romanian payment orders, names stripped of diacritics, 400 payments with 6 "
            "bad rows, separate author, same commit; first pass 0.950 correct with 9 wrong applications)"
        ),
    ),
    (
        "blind70",
        (
            "Sixty-seventh blind ledgers (session 27, fourth wave: ceramic-tile maker in Spain and Portugal "
            "selling to Spain, Portugal, France and Morocco, EUR/MAD/USD, CONCEPTO and 35-character Descritivo "
            "fields, Multibanco references, confirming by the customer's bank, pagarés, 391 payments with 9 bad "
            "rows, separate author, scored after the third cash round at c89b9b1; first pass 0.980 correct with "
            "0 wrong applications)"
        ),
    ),
    (
        "blind71",
        (
            "Sixty-eighth blind ledgers (session 27, fourth wave: engineering-equipment supplier to contractors "
            "in the Gulf, Egypt, Kenya, Nigeria and South Africa, AED/SAR/QAR/EGP/KES/NGN/ZAR/USD, SWIFT field "
            "70 cut at 4x35, M-Pesa paybill, NIP session ids, EFT references, withholding tax and SHA charges, "
            "Arabic remittances, 400 payments with 10 bad rows, separate author, same commit; first pass 0.988 "
            "correct with 0 wrong applications)"
        ),
    ),
    (
        "blind72",
        (
            "Sixty-ninth blind ledgers (session 28: a Nordic sawmill and timber company selling to builders' "
            "merchants, joinery shops and export buyers, SEK/NOK/DKK/EUR/GBP, Swedish OCR references and "
            "Bankgiro, Norwegian KID, Finnish viitenumero and RF creditor references, Danish FIK +71/+73, SEPA "
            "from German and Dutch buyers, 398 payments with 8 bad rows, separate author, at 453d77d; first "
            "pass 0.970 correct with 7 wrong applications, all a lump sum without advice that exactly one "
            "subset fits, which this author sends to review)"
        ),
    ),
    (
        "blind73",
        (
            "Seventieth blind ledgers (session 28: a North American foodservice-equipment and janitorial "
            "distributor, USD/CAD/MXN, ACH CCD+ addenda and CTX/EDI 820 RMR segments, lockbox cheque stubs, "
            "Fedwire OBI, Canadian EFT/PAD, Interac e-Transfer, purchase-card settlements, SPEI, 400 payments "
            "with 8 bad rows, separate author, same commit; first pass 0.925 correct with 10 wrong "
            "applications, all a lump sum of two invoices without advice that exactly one pair fits, which this "
            "author sends to review)"
        ),
    ),
    (
        "blind74",
        (
            "Seventy-first blind ledgers (session 28, second wave: a Southeast Asian freight forwarder and "
            "warehouse, SGD/MYR/THB/PHP/IDR/VND/USD, FAST/PayNow/GIRO, DuitNow and IBG references cut at 20 "
            "characters, PromptPay names in Thai, InstaPay/PESONet, BI-FAST virtual accounts, unaccented NAPAS "
            "content, withholding tax, 400 payments with 6 bad rows, separate author, at 453d77d; first pass "
            "0.975 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind75",
        (
            "Seventy-second blind ledgers (session 28, third wave: a German/Austrian/Swiss machine-tool maker, "
            "EUR/CHF/CZK/USD, SEPA EREF/KREF/SVWZ texts cut at 140 and wrapped at 27 characters, Swiss QR-bill "
            "QRR and SCOR references, Austrian Zahlungsreferenz, Czech variable symbols, Skonto, collective "
            "transfers with advices, factoring companies, 399 payments with 8 bad rows, separate author, after "
            "the first cash round at 0f56365; first pass 0.972 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind76",
        (
            "Seventy-third blind ledgers (session 28, third wave: a Japanese/Korean electronic-components "
            "distributor, JPY/KRW/TWD/USD, Zengin transfers with half-width katakana names cut at 48, transfer "
            "fees deducted, month-end closing lumps, Korean 7-character payer memos, tax-invoice approval "
            "numbers, Taiwanese and Chinese payers, 394 payments with 5 bad rows, separate author, same commit; "
            "first pass 0.898 correct with 2 wrong applications: a Korean payer memo cut before the part "
            "telling two customers apart)"
        ),
    ),
    (
        "blind77",
        (
            "Seventy-fourth blind ledgers (session 28, fourth wave: an Indian generic-pharmaceuticals exporter "
            "and distributor, INR/USD/EUR/AED/LKR/BDT, NEFT/RTGS/IMPS with UTR numbers and 30-character "
            "remarks, UPI, cheque clearing, TDS and GST TDS deducted at source, SWIFT MT103 with intermediary "
            "charges, letters of credit, lakh/crore grouping, Hindi, French and Arabic advices, 395 payments "
            "with 12 bad rows, separate author, after the second cash round at 043cc00; first pass 0.937 "
            "correct with 3 wrong applications: duplicate payments applied to invoices that earlier payments, "
            "misread, had left open)"
        ),
    ),
    (
        "blind78",
        (
            "Seventy-fifth blind ledgers (session 28, fifth wave: a French and Italian wine and spirits "
            "exporter, EUR/CHF/GBP/USD, SEPA libellés of 140 characters, LCR, cheques, Italian bonifici with "
            "CRO/TRN, RiBa, factoring, credit notes netted, excise and freight deductions, 394 payments with 10 "
            "bad rows, separate author, at the session's final code 6656dfd; first pass 0.967 correct with 13 "
            "wrong applications: 6 unique-subset lumps this author sends to review, 7 a payer name with the "
            "exact amount of one invoice and no customer id, which this author always sends to review)"
        ),
    ),
    (
        "blind79",
        (
            "Seventy-sixth blind ledgers (session 28, fifth wave: a mining-equipment supplier in Chile, Peru, "
            "Bolivia and Argentina, CLP/PEN/BOB/ARS/USD, TEF with RUT and glosa, CCI transfers and "
            "detracciones, CBU/CVU transfers with retenciones, cheques diferidos, parent companies' USD wires, "
            "398 payments with 6 bad rows, separate author, same commit; first pass 0.960 correct with 16 wrong "
            "applications: 10 unique-subset lumps this author sends to review, 6 a part payment of the open "
            "invoice named, which this author reviews when a one-keystroke neighbour of that number is also "
            "open)"
        ),
    ),
    (
        "blind80",
        (
            "Seventy-seventh blind ledgers (session 29: a building-materials and steel distributor in the Gulf "
            "and Egypt, AED/SAR/QAR/OMR/KWD/BHD/EGP/USD with three-decimal dinars and rials, UAEFTS/SARIE/QATCH "
            "narratives cut short, post-dated cheques, Arabic names transliterated several ways, retention and "
            "VAT/withholding deductions stated as percentages, group holdings paying for their companies, "
            "English and Arabic remittances, 404 payments with 12 bad rows, separate author, at the session "
            "start 94e56ff; first pass 0.953 correct with 8 wrong applications, all a named invoice paid 35.00 "
            "or 75.00 short with no word of why, which this author sends to review and the engine takes as a "
            "bank-fee short pay or a part payment, as 742 of 761 stored labels do)"
        ),
    ),
    (
        "blind81",
        (
            "Seventy-eighth blind ledgers (session 29, second wave: a UK and Irish food-service and hospitality "
            "supplier, GBP/EUR/USD, Faster Payments and BACS references cut at 18 characters, CHAPS, Irish SEPA "
            "transfers, branch cheques, group payment runs for several venues, credit notes netted off, "
            "settlement discounts, card settlements net of fees, pubs paying under trading names, 404 payments "
            "with 9 bad rows, separate author, after the first cash round at a5baa3b; first pass 0.960 correct "
            "with 0 wrong applications)"
        ),
    ),
    (
        "blind82",
        (
            "Seventy-ninth blind ledgers (session 29, third wave: an automotive-parts distributor in Poland, "
            "Czechia, Slovakia, Hungary and Romania, PLN/CZK/HUF/RON/EUR, Elixir titles with invoice numbers "
            "restarting each month, split payments with their VAT part, variable symbols, GIRO közlemény, "
            "Romanian 'contravaloare factura', factoring companies and cash-on-delivery couriers paying lumps, "
            "400 payments with 10 bad rows, separate author, at the session's final cash code f84eb89; first "
            "pass 0.958 correct with 0 wrong applications)"
        ),
    ),
    (
        "blind83",
        (
            "Eightieth blind ledgers (session 30: a Nordic and Baltic timber, sawmill and building-board "
            "wholesaler, EUR/SEK/NOK/DKK with a few USD/GBP, Finnish RF and viitenumero references, Norwegian "
            "KID, Swedish OCR and Bankgiro, Danish FIK +71 lines, Baltic SEPA remittances, payer names cut with "
            "Oy/Ab/AS/ApS/SIA/UAB moved about, factoring companies paying on behalf, cash discounts and credit "
            "notes netted, 384 payments with 8 bad rows, separate author, at the session start 99daa99; first "
            "pass 0.995 correct with 1 wrong application: a Latvian order number equal to another customer's "
            "invoice sent the payer's exact payment to review, so the invoice's later second payment found it "
            "still open)"
        ),
    ),
    (
        "blind84",
        (
            "Eighty-first blind ledgers (session 30, second wave: a US and Canadian HVAC and plumbing parts "
            "distributor, USD/CAD/EUR, ACH CTX addenda cut at 80 characters, lockbox stubs, Interac "
            "e-Transfers, card batches net of fees, property managers paying for several buildings each an "
            "account, school-district warrants, retainage, joint cheques, 394 payments with 6 bad rows, "
            "separate author, after the first cash round at 095a557; first pass 0.980 correct with 5 wrong "
            "applications, all an addenda cut inside a further invoice number: the named invoices applied and "
            "the rest held on account, where the author sends it to review)"
        ),
    ),
    (
        "blind85",
        (
            "Eighty-second blind ledgers (session 30, third wave: an Indian pharmaceutical-ingredient exporter, "
            "INR/USD/EUR/AED/ZAR/BRL, NEFT/RTGS UTR narrations, TDS deducted stated or not, GST financial-year "
            "invoice series with numbers repeated across years, MT103 charges deducted, letters of credit, "
            "proformas, sub-distributors, 400 payments with 8 bad rows, separate author, at the session's final "
            "cash code 20d178e; first pass 0.958 correct with 3 wrong applications: 2 unique-subset lumps "
            "without advice, applied as issue #8 reads and sent to review by this author, and 1 range whose "
            "other numbers belong to other customers, where the engine applied the three invoices it could name "
            "and held the rest on account)"
        ),
    ),
    (
        "blind86",
        (
            "Eighty-third blind ledgers (session 31: a Dutch and German horticulture exporter, cut flowers, "
            "potted plants and bulbs to florist wholesalers, garden centres and supermarkets, "
            "EUR/GBP/CHF/PLN/SEK/USD, SEPA RF creditor references, Belgian structured communications, German "
            "Verwendungszweck, UK Faster Payments, clearing-house settlements net of commission, supermarket "
            "self-billing advices with deduction lines, 390 payments with 12 bad rows, separate author, at the "
            "session start 6591441; first pass 0.979 correct with none wrong: 7 advices with a deduction on a "
            "line of its own and 1 same-balance tie a structured communication settles sent to review)"
        ),
    ),
    (
        "blind87",
        (
            "Eighty-fourth blind ledgers (session 31, second wave: an Australian, New Zealand and Pacific "
            "marine-supplies distributor, AUD/NZD/FJD/USD/EUR, BECS names cut to 16, NPP remittances, BPAY "
            "CRNs, NZ particulars/code/reference, SWIFT SHA charges, card batches net of fees, 390 payments "
            "with 10 bad rows, separate author, at the session start 6591441; first pass 0.974 correct with 2 "
            "wrong applications: round sums applied to a 12- and a 6-invoice set that land on them by chance "
            "among 27-30 open invoices)"
        ),
    ),
    (
        "blind88",
        (
            "Eighty-fifth blind ledgers (session 31, third wave: a UK and Irish accountancy, payroll and tax "
            "practice, GBP/EUR/USD, BACS and Faster Payments names and references cut to 18, standing orders of "
            "a fixed fee, GoCardless and Stripe payouts net of fees, cheques with and without stubs, SEPA "
            "remittances in Irish, parent companies and directors paying, quote and engagement-letter numbers, "
            "400 payments with 10 bad rows, separate author, at the session's final cash code 048b391; first "
            "pass 0.970 correct with none wrong: 9 standing orders held on account as the contract reads a "
            "known payer's cash that fits no invoice, where the author applies or reviews them)"
        ),
    ),
    (
        "blind89",
        (
            "Eighty-sixth blind ledgers (session 32: a medical-devices distributor with Swiss, Swedish, Danish "
            "and Norwegian entities selling to hospitals, clinics, pharmacies and dentists, "
            "CHF/SEK/DKK/NOK/EUR/USD, Swiss QR references and SCOR RF creditor references, Swedish Bankgiro OCR "
            "numbers, Danish FIK +71 codes, Norwegian KID numbers, hospital procurement batches of up to 22 "
            "invoices, public payers' names cut by the bank, 400 payments with 8 bad rows, separate author, at "
            "the session start 2d8dd72; first pass 0.983 correct with none wrong: 4 references one digit from "
            "two invoices with an amount fitting neither held on account where the author reviews, a third "
            "party's unique OCR reference sent to review)"
        ),
    ),
    (
        "blind90",
        (
            "Eighty-seventh blind ledgers (session 32, second wave: a corrugated-packaging and labels maker "
            "with Spanish, Portuguese, Mexican and Chilean entities, EUR/MXN/CLP/USD, SEPA and confirming "
            "payments by banks for retailers, factoring companies, Multibanco references, SPEI references and "
            "CFDI UUIDs, Chilean RUTs, pagares, 395 payments with 6 bad rows, separate author, same cash code; "
            "first pass 0.970 correct with none wrong: 5 references naming a number one digit from the payer's "
            "own invoice with its exact balance sent to review, 4 USD payments quoting a peso invoice held on "
            "account where the author reviews)"
        ),
    ),
    (
        "blind91",
        (
            "Eighty-eighth blind ledgers (session 33: a textile and garment exporter invoicing buyers in India "
            "and the Gulf, INR/AED/SAR/QAR/USD, NEFT/RTGS/IMPS credits with UTRs and truncated payer names, "
            "UPI, TDS short pays stated in English or Hindi with Devanagari digits, SWIFT MT103 blocks, letters "
            "of credit, lakh-grouped amounts, the same four digits in two invoice series and two financial "
            "years, 399 payments with 12 bad rows, separate author, at the session start 3ff2a71; first pass "
            "0.952 correct with none wrong: MT103 field codes read as invoice numbers, Devanagari digits, glued "
            "Rs. amounts and PO/25-26 numbers fixed in the first round; typos onto another customer's real "
            "invoice and PO digits of the payer's own other invoice stay in review)"
        ),
    ),
    (
        "blind92",
        (
            "Eighty-ninth blind ledgers (session 33, second wave: a Malaysian furniture and fit-out maker "
            "selling across Southeast Asia, MYR/SGD/THB/IDR/PHP/VND/USD, PayNow/FAST/GIRO with UENs, DuitNow "
            "and IBG names cut at 20 characters, PromptPay, Indonesian virtual accounts, InstaPay, MT103 :70: "
            "cut at 4x35, Thai and Philippine withholding, 400 payments with 15 bad rows, separate author, "
            "after the first cash round at e9c7aa8; first pass 0.963 correct with none wrong: glued currency "
            "signs and dong/rupiah thousands, Malay/Indonesian/Tagalog/Vietnamese deduction words fixed in the "
            "second round)"
        ),
    ),
    (
        "blind93",
        (
            "Ninetieth blind ledgers (session 33, third wave: a Kenyan pharmaceutical and medical-supplies "
            "distributor selling to pharmacies, hospitals, NGOs and county governments in East and West Africa, "
            "KES/UGX/TZS/NGN/GHS/XOF/USD, M-Pesa and Airtel paybill lines whose account field holds whatever "
            "the payer typed, RTGS/EFT/PesaLink with cut names, NIP session ids, GhIPSS, donors' MT103s paying "
            "for clinics, withholding VAT stated or not, 400 payments with 12 bad rows, separate author, after "
            "the second cash round at 0760803; first pass 0.960 correct with 1 wrong, an amount in exponent "
            "notation applied (now a bad row); customer numbers in the account field, swapped prefix letters, "
            "Swahili order numbers and duplicated feed lines fixed in the third round)"
        ),
    ),
    (
        "blind94",
        (
            "Ninety-first blind ledgers (session 34: a Canadian building-products distributor selling to "
            "contractors, builders, lumber yards and municipalities, CAD/USD, EFT and wires, lockbox cheques "
            "with OCR-garbled stubs, Interac e-Transfer, card payouts net of fees, US ACH with EDI addenda, "
            "Québec French remittances, 400 payments with 7 bad rows, separate author, at the session start "
            "1679fa1; first pass 0.973 correct with 2 wrong: a remittance listing three invoices paid with "
            "the amount of two, now review; a SWIFT 'F-' label and a scanned bar for a 1 fixed in the first "
            "round, 0.988 after it)"
        ),
    ),
    (
        "blind95",
        (
            "Ninety-second blind ledgers (session 34: a Tokyo electronic-components trader selling across "
            "East and Southeast Asia and the US, JPY/KRW without decimals, TWD/HKD/SGD/THB/USD, Zengin "
            "furikomi with half-width katakana names and the sender's fee deducted, SWIFT charges, "
            "letter-of-credit proceeds, group netting statements, 400 payments with 6 bad rows, separate "
            "author, at the session start 1679fa1; first pass 0.890 correct with 17 wrong, 0.932 after the "
            "second round with the same 17, each a convention where this author differs from most: a typo'd "
            "reference "
            "with the exact balance of one of the payer's invoices goes to review (11, and 2 knock-on; 765 "
            "of 853 stored labels apply it), so does a known customer's payment of the exact balance of its "
            "only invoice at that amount (2), and a transfer fee taken off a listed total is not left open "
            "on the newest invoice (2; 14 of 14 stored labels leave it there))"
        ),
    ),
    (
        "blind96",
        (
            "Ninety-third blind ledgers (session 34, second wave: a German car-parts distributor selling to "
            "garages, dealer groups and fleets in DACH, France, Benelux, Poland and Czechia, "
            "EUR/CHF/PLN/CZK, SEPA RF and Belgian structured references, Verwendungszweck cut at 140 "
            "characters, Swiss QR references, Polish split payment, variabilní symbol, COD net of the "
            "carrier's fee, factoring companies, 400 payments with 7 bad rows, separate author, after the "
            "first cash round at 61cad06; first pass 0.963 correct with 2 wrong: invoice lists cut at 140 "
            "characters inside a number written without its padding zeros, now review; line deductions fixed "
            "in the second round, 0.988 after it)"
        ),
    ),
    (
        "blind97",
        (
            "Ninety-fourth blind ledgers (session 34, third wave: a US business-software vendor billing "
            "subscriptions, overages and services in the US, Canada, the UK, the EU and Australia, "
            "USD/CAD/GBP/EUR/AUD, ACH CCD+ with names cut at 16, Fedwire, RTP, lockbox checks, SWIFT with "
            "intermediary charges, card-processor payouts, Bill.com/Tipalti/Coupa remittances, 400 payments "
            "with 6 bad rows, separate author, at the session's final cash code 78e01ce; first pass 0.980 "
            "correct with none wrong: letter Os for padding zeros after a space and a number split into "
            "digit groups left in review)"
        ),
    ),
    (
        "blind98",
        (
            "Ninety-fifth blind ledgers (session 35): a telecom airtime, SIM and handset distributor in East "
            "and West Africa (KES, NGN, GHS, UGX, TZS, XOF, ZAR, USD; M-Pesa paybill, MTN MoMo, Airtel "
            "Money, RTGS/EFT, cheques), 400 payments with 6 bad rows, separate author, at the session start "
            "290df4d; first pass 0.943 correct with 6 wrong: another customer's number written without "
            "padding applied to the payer's own same-amount invoice (4, now review) and two payers named by "
            "exact or bank-cut names the author calls unidentified (disputed); padded numbers printed in "
            "digit groups fixed in the first round, 0.995 after it)"
        ),
    ),
    (
        "blind99",
        (
            "Ninety-sixth blind ledgers (session 35): a Nordic and Baltic fishing-gear and marine-supplies "
            "wholesaler (NOK, SEK, DKK, ISK, EUR, PLN; KID/OCR references, Bankgiro, Vipps/MobilePay/Swish, "
            "SEPA, wires), 400 payments with 7 bad rows, separate author, same commit; first pass 0.920 "
            "correct with none wrong: invoice numbers inside KID/OCR references under a Luhn check digit and "
            "digit-grouped numbers fixed in the first round, 0.980 after it; 8 payments in another currency "
            "naming an invoice, held on account where the author says review, left)"
        ),
    ),
    (
        "blind100",
        (
            "Ninety-seventh blind ledgers (session 35): a pharmaceutical and medical-supplies distributor in "
            "Latin America (MXN, BRL, COP, CLP, ARS, PEN, USD; SPEI, PIX, boleto, TED, PSE, cheques, wires), "
            "400 payments with 7 bad rows, separate author, at the session start 290df4d and unchanged after "
            "the first cash round at c3185f3; first pass 0.963 correct with 7 wrong: references one "
            "keystroke from an invoice paid by payers nobody identified (6) and a known customer's ambiguous "
            "amount (1), all review after the second round, 0.985 with none wrong)"
        ),
    ),
    (
        "blind101",
        (
            "Ninety-eighth blind ledgers (session 35): a builders' merchant in the UK and Ireland with a US "
            "branch, trade and cash accounts (GBP, EUR, USD; BACS, Faster Payments, CHAPS, SEPA, ACH, "
            "cheques, card terminals), 400 payments with 6 bad rows, separate author, at the session's final "
            "cash code e3939b2; first pass 0.945 correct with 9 wrong: lumps exactly one pair of a known "
            "customer's invoices adds up to, which the issue applies and the author sends to review (4), "
            "references one keystroke off an invoice paid by payers nobody identified (4, the author's "
            "review against most stored labels' applied) and one payer named differently)"
        ),
    ),
    (
        "blind102",
        (
            "Ninety-ninth blind ledgers (session 36): an industrial fasteners and components maker in India "
            "(INR, USD, AED, EUR; NEFT/RTGS/IMPS with UTR numbers, UPI, cheques, TDS, Gulf and European "
            "wires), 400 payments with 7 bad rows, separate author, at the session start e5087df; first pass "
            "0.943 correct with 11 wrong: a deduction taken off a list's total pinned to one invoice (4, "
            "review after the first round), and payers named differently with no reference (3) or a typo "
            "reference (3) whose unique exact balance the engine applies, as most stored labels do, and the "
            "author sends to review; 0.968 with 6 wrong after the first round)"
        ),
    ),
    (
        "blind103",
        (
            "Hundredth blind ledgers (session 36): a wine and spirits distributor in Australia and New "
            "Zealand (AUD, NZD, USD, SGD, JPY; BPAY CRN, PayID/Osko, direct credit, cheques, card "
            "settlements), 400 payments with 6 bad rows, separate author, at the session start e5087df; "
            "first pass 0.950 correct with 14 wrong, all one convention: a known customer's reference one "
            "keystroke from an invoice with its exact unique balance, which the author sends to review and "
            "746 stored labels apply; unchanged by the rounds)"
        ),
    ),
    (
        "blind104",
        (
            "Hundred-and-first blind ledgers (session 36): an electronics and machine-parts trading house in "
            "Japan, Korea, Taiwan, Hong Kong and China (JPY, KRW, TWD, HKD, CNY, USD; zengin transfers with "
            "half-width katakana payer names, Korean virtual accounts, FPS, Alipay/WeChat Pay, T/T wires, "
            "promissory notes), 400 payments with 6 bad rows, separate author, at the session start e5087df "
            "and after the first cash round 5f9824a; first pass 0.885 correct with 32 wrong, nearly all "
            "conventions where the author parts from the stored labels: unexplained and FX shortfalls "
            "against a clear reference sent to review (22; stored labels partial), payers named differently "
            "and typos by unidentified payers (9), a KRW amount written with .00 as a bad row (1); 0.900 "
            "after the second round)"
        ),
    ),
    (
        "blind105",
        (
            "Hundred-and-second blind ledgers (session 36): a US healthcare staffing agency billing "
            "hospitals, clinics and nursing homes (USD, CAD; ACH CCD+/CTX with EDI 820 addenda, lockbox "
            "check scans, virtual cards net of fees, wires, remittance portals, hospital systems paying for "
            "many facilities), 400 payments with 6 bad rows, separate author, at the session's final cash "
            "code b0b7748; first pass 0.948 correct with 5 wrong: payers named differently with no reference "
            "whose unique exact balance the engine applies (3, the stored labels' convention) and a "
            "reference to another customer's invoice whose payer's own invoice has exactly that balance (2))"
        ),
    ),
    (
        "blind106",
        (
            "Hundred-and-third blind ledgers (session 37): an auto-parts distributor in Mexico and Latin "
            "America billing workshops, dealerships and fleets (MXN, USD, COP, CLP, PEN; SPEI with clave de "
            "rastreo, OXXO and bank-counter deposits, cheques, card settlements net of fees, wires), 400 "
            "payments with 6 bad rows, separate author, at the session start e0823cf; first pass 0.930 "
            "correct with 11 wrong (0.953 with 10 after the first round: invoice numbers written with "
            "look-alike letters read by the ledger; the rest differently named or unknown payers with a "
            "unique exact balance, which the engine applies, the stored labels' convention)"
        ),
    ),
    (
        "blind107",
        (
            "Hundred-and-fourth blind ledgers (session 37): an electronic-components trader in Japan and "
            "Korea billing manufacturers and distributors (JPY, KRW, USD, TWD; zengin furikomi with "
            "half-width katakana payer names cut short, Korean transfers with Hangul names, transfer fees "
            "deducted by the payer, month-end closing batches, wires), 400 payments with 6 bad rows, "
            "separate author, same commit; first pass 0.917 correct with 21 wrong (0.920 with 23 after the "
            "first round), almost all unexplained and exchange-rate shortfalls against a clear reference, "
            "which this author sends to review and the stored labels take as partial"
        ),
    ),
    (
        "blind108",
        (
            "Hundred-and-fifth blind ledgers (session 37, second wave): a seafood exporter in Norway and "
            "Iceland billing importers and restaurant chains in Europe and Asia (NOK, EUR, ISK, SEK, DKK, "
            "JPY, USD; KID references, SEPA, MT103 text, letters of credit, factoring companies paying for "
            "buyers), 400 payments with 6 bad rows, separate author, at the session start e0823cf and "
            "unchanged after the first round; first pass 0.968 correct with 1 wrong (0.993 after the second "
            "round: a remittance list writing the figure on some lines only)"
        ),
    ),
    (
        "blind109",
        (
            "Hundred-and-sixth blind ledgers (session 37, third wave): a building-materials wholesaler in "
            "Poland and Central Europe billing construction firms, DIY retailers and developers (PLN, EUR, "
            "CZK, HUF, RON; split payment with /VAT/ /IDC/ /INV/ fields, Elixir, SEPA, Czech variable "
            "symbols, post-office deposits, factoring companies, card terminals), 400 payments with 6 bad "
            "rows, separate author, at the session's final cash code d451f60; first pass 1.000 correct with "
            "none wrong"
        ),
    ),
    (
        "blind110",
        (
            "Hundred-and-seventh blind ledgers (session 38): a textile and garment sourcing company in "
            "Turkey and Bangladesh billing fashion brands and retailers in Europe, the Gulf and the US (TRY, "
            "BDT, USD, EUR, GBP, AED, KWD, JPY; EFT/FAST with IBAN, BEFTN/RTGS, letters of credit and "
            "documentary collections net of bank charges, chargebacks for late shipment), 400 payments with "
            "6 bad rows, separate author, at the session start 3fa79e1; first pass 0.975 correct with none "
            "wrong (0.993 after the first round: padded numbers written in three groups, look-alike letters "
            "opening a number, a customer's one small set found where the search gave up)"
        ),
    ),
    (
        "blind111",
        (
            "Hundred-and-eighth blind ledgers (session 38): an IT managed-services and software reseller in "
            "the US and Canada billing small businesses, school districts, clinics and law firms (USD, CAD; "
            "ACH CCD+ and CTX addenda, Interac e-Transfer messages, lockbox stubs, card payouts net of fees, "
            "credit memos, purchase cards), 400 payments with 6 bad rows, separate author, same commit; "
            "first pass 0.963 correct with 2 wrong (0.980 with 1 after the first round: addenda ended by a "
            "backslash, one-line lockbox stubs, an 'IN V' label; the one left is a transliterated payer name "
            "the engine identifies and the author does not)"
        ),
    ),
    (
        "blind112",
        (
            "Hundred-and-ninth blind ledgers (session 38, second wave): a medical-devices distributor in "
            "Germany, Austria and Switzerland billing hospitals, practices, pharmacies and care homes (EUR, "
            "CHF; SEPA with Verwendungszweck and RF references, Swiss QR-bills and legacy ESR references, "
            "Skonto, hospital purchasing groups paying for members), 400 payments with 8 bad rows, separate "
            "author, at the session start 3fa79e1 and unchanged after the first round; first pass 0.970 "
            "correct with 6 wrong (0.978 with 6 after the second round: a SEPA field tag glued to the "
            "number, an instalment named by its place in a plan; the six wrong are an unknown or differently "
            "named payer whose slipped reference or differing amount the engine applies, the registered "
            "sets' convention)"
        ),
    ),
    (
        "blind113",
        (
            "Hundred-and-tenth blind ledgers (session 38, third wave): a logistics and warehousing company "
            "in Southeast Asia billing manufacturers, retailers and e-commerce sellers (SGD, MYR, THB, IDR, "
            "PHP, VND, USD; PayNow with UEN, DuitNow, PromptPay, FPX, bank transfers with truncated or "
            "local-script payer names, withholding-tax deductions, cheque deposits, marketplace settlements "
            "net of fees), 400 payments with 6 bad rows, separate author, at the session's final cash code "
            "d75a846; first pass 1.000 correct with none wrong"
        ),
    ),
    (
        "blind114",
        (
            "Hundred-and-eleventh blind ledgers (session 39): a building-supplies wholesaler in the Nordics "
            "billing builders, housing companies and municipalities (SEK, NOK, DKK, EUR, ISK; "
            "Bankgiro/Plusgiro OCR numbers, Norwegian KID, Danish +71, Finnish and RF references, Swish and "
            "MobilePay, factoring companies paying for debtors), 400 payments with 6 bad rows, separate "
            "author, at the session start 3e14b7d; first pass 0.938 correct with 14 wrong (0.950 with the "
            "same 14 after the first round: unpadded KIDs, a transfer of exactly twice the invoice it names; "
            "the 14 wrong are known customers' mistyped numbers on the exact balance of the one invoice they "
            "resemble, which the registered ledgers apply and this author sends to review)"
        ),
    ),
    (
        "blind115",
        (
            "Hundred-and-twelfth blind ledgers (session 39): a mechanical and electrical subcontractor in "
            "the UK and Ireland billing main contractors, developers, housing associations and councils "
            "(GBP, EUR; BACS 18-character references, Faster Payments, CHAPS, SEPA, CIS and RCT deductions, "
            "retentions, pay-less notices, contra charges, project bank accounts), 400 payments with 6 bad "
            "rows, separate author, same commit; first pass 0.932 correct with 10 wrong (0.975 with 7 after "
            "the first round: one small set among sets that add up by chance, a customer id with nothing "
            "open held on account, unpadded numbers one keystroke off; the 7 wrong are an unknown payer's "
            "reconciled retention short pay taken as a deduction, and look-alike payer names applied on a "
            "unique exact balance, both the registered ledgers' conventions)"
        ),
    ),
    (
        "blind116",
        (
            "Hundred-and-thirteenth blind ledgers (session 39, second wave): an industrial-chemicals "
            "distributor in Latin America billing manufacturers, mines, water utilities and farms (MXN, BRL, "
            "COP, CLP, PEN, ARS, USD; SPEI with CLABE, Pix and boleto, PSE and ACH, RUT, detracción, "
            "retenciones, dollar invoices paid in local currency), 400 payments with 7 bad rows, separate "
            "author, at the session start 3e14b7d; first pass 0.955 correct with 9 wrong (0.978 with the "
            "same 9 at the final cash code, which sends a known payer's cross-currency payment to review; "
            "the 9 wrong are payers the bank names without a customer id whose name is the customer's, "
            "applied on a unique exact balance, the registered ledgers' convention)"
        ),
    ),
    (
        "blind117",
        (
            "Hundred-and-fourteenth blind ledgers (session 39, third wave): an agricultural-inputs supplier "
            "in Australia and New Zealand billing farms, stations, orchards and rural merchants (AUD, NZD, "
            "USD; BPAY CRNs with check digits, PayID/Osko, NZ particulars/code/reference fields, seasonal "
            "terms, stock agents and co-operatives paying for growers), 400 payments with 6 bad rows, "
            "separate author, scored once at the final cash code 2a35b62: 0.990 correct with none wrong, the "
            "bar met"
        ),
    ),
)
# The third blind ledgers' misses are where their author and the second disagree on a convention; the table
# shows them, the list of misses to look at does not.
_MISSES_NOT_LISTED = frozenset({"blind5c"})


def report() -> str:
    generator = _generator()
    committed = score(_load("invoices.json"), _load("payments.json"), _load("expected.json"))
    fresh = committed
    for seed in EXTRA_SEEDS:
        fresh = _add(fresh, score(*generator.build(seed, 500)))
    tricky = _load("tricky.json")
    hand = score(tricky["invoices"], tricky["payments"], tricky["expected"])
    blinds = [(group, title, _blind(group)) for group, title in _BLIND_TABLES]
    lines = [
        "### Cash application (`match`)",
        "",
        *_table("Generated ledgers (seed 7 committed + seeds 11, 23, 101), by scenario", _grouped(fresh)),
        *_table("Hand-written tricky set (tests/data/cashapp/tricky.json)", hand),
        *(line for _, title, counts in blinds for line in _table(title, counts)),
    ]
    misses = [
        *fresh[4],
        *hand[4],
        *(m for group, _, counts in blinds if group not in _MISSES_NOT_LISTED for m in counts[4]),
    ]
    if misses:
        lines += ["Misses:", "", *[f"- {m}" for m in misses[:40]]]
    return "\n".join(lines)
