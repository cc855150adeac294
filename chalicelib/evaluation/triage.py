"""Triage quality of the local engine on the project's labelled sets, each scored separately.

Sets (all under tests/data/triage): the hand-written dev set and holdouts 2-6, the seeded ``fresh`` set
(tuning portion), ``fresh2`` (a second phrasing batch) and ``fresh_holdback`` (phrasings never tuned on; only its aggregate is looked at), and the
public samples copy. Figures: intent accuracy, per-intent precision/recall/F1 with support, exact-match
rates of the date, amount and reference fields, invoice numbers compared as a set, and accuracy on the
messages that carry a prompt injection (labels with ``"injection": true``; the samples' injection ids are
listed in ``samples_tags.jsonl``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chalicelib.adapters.local_triage import LocalTriage
from chalicelib.adapters.local_triage.engine import model_choice
from chalicelib.adapters.local_triage.training import labelled_sets, train_intents
from chalicelib.domain.triage import PRIORITY, Intent, TriageEngine
from chalicelib.domain.wordmodel import WordModel
from chalicelib.evaluation import folds

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "triage"
FIELDS = (
    "promised_date",
    "paid_date",
    "return_date",
    "promised_amount",
    "currency",
    "payment_reference",
    "dispute_reason",
    "new_contact_email",
)
SETS = (
    (
        "hand-written dev set + holdouts 2-6",
        ("dev", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6"),
    ),
    ("seeded fresh set (tuning portion)", ("fresh",)),
    ("seeded fresh set 2 (second phrasing batch; first pass 0.847 before tuning)", ("fresh2",)),
    ("seeded fresh hold-back (phrasings never tuned on)", ("fresh_holdback",)),
    (
        "session-2 blind set (written without reading the rules; first pass intent 0.775, promised date 0.925)",
        ("blind7",),
    ),
    ("session-2 blind set 8 (longer replies; first pass intent 0.633, promised date 0.867)", ("blind8",)),
    (
        "session-2 blind set 9 (one day's short replies; first pass intent 0.733, promised date 0.933)",
        ("blind9",),
    ),
    ("session-2 blind set 10 (negations, conditions, forwards; first pass intent 0.400)", ("blind10",)),
    (
        "session-5 blind set 11, 90 replies in 7 languages by a separate author (first pass intent 0.811, "
        "promised date 0.956; tuned on after)",
        ("blind11",),
    ),
    (
        "session-5 blind set 12, 80 replies as busy AP people write them, 7 languages, 5 injections, separate "
        "author, written after the blind set 11 fixes (first pass intent 0.775, promised date 0.838, invoice "
        "numbers 62/80; tuned on after)",
        ("blind12",),
    ),
    (
        "session-5 blind set 13, 70 replies from seven industries, conditions, forwards, subject-only claims, "
        "separate author, written after the set 12 fixes (first pass intent 0.757, promised date 0.914; one short "
        "round of fixes after, not tuned to 1.000)",
        ("blind13",),
    ),
    (
        "session-7 blind set 14, 80 replies in 7 languages, 5 injections, separate author, written after the set 13 "
        "fixes (first pass: rules alone intent 0.825, with the second reader 0.938; promised date 0.938)",
        ("blind14",),
    ),
    (
        "session-7 blind set 15, 80 replies from ten trades (site offices, hospitals, co-ops, public bodies...), "
        "one-liners, forwards, conditions, 7 languages, 5 injections, separate author (first pass: rules alone "
        "intent 0.650, with the second reader 0.775; promised date 0.950)",
        ("blind15",),
    ),
    (
        "session-7 blind set 16, 80 replies from sole traders, landlords, parents, charities (informal, two "
        "statements, forwards with us in Cc), 7 languages, 5 injections, separate author (first pass: rules alone "
        "intent 0.762, with the second reader 0.838; promised date 0.988; injections 5/5)",
        ("blind16",),
    ),
    (
        "session-7 blind set 17, 80 replies from AP departments and shared-service centres (payment runs, "
        "three-way-match holds, ERP notifications, Outlook quoting), 7 languages, 5 injections, separate author "
        "(first pass: rules alone intent 0.850, with the second reader 0.863; promised date 0.963; injections 4/5)",
        ("blind17",),
    ),
    (
        "session-8 blind set 21, 80 replies from restaurants, hotels, schools and care homes (phone one-liners, "
        "HTML-only, PDFs, forwards, holidays and week numbers), 7 languages, 5 injections, separate author (first "
        "pass: rules alone intent 0.838, with the second reader 0.912; promised date 0.912; injections 5/5)",
        ("blind21",),
    ),
    (
        "session-8 blind set 22, 80 hedged, indirect replies to a software and a logistics vendor, 9 languages "
        "(with Polish and Swedish), ticket auto-acknowledgements, 5 injections, separate author (first pass: rules "
        "alone intent 0.750, with the second reader 0.838; promised date 0.925; injections 5/5)",
        ("blind22",),
    ),
    (
        "session-8 blind set 25, 80 replies from plant managers, agencies and bookkeeping firms (inline answers "
        "between the quoted lines, statements only in the subject, 'see attached', pasted ERP and bank screens), 7 "
        "languages, 5 injections, separate author (first pass: rules alone intent 0.662, with the second reader "
        "0.738; promised date 0.925; injections 5/5; vocabulary fixes after, then the structural misses in session "
        "9: inline answers, subject lines, attached remittances, pasted screens)",
        ("blind25",),
    ),
    (
        "session-9 blind set 28, 80 replies as a month of an office-and-cleaning-supplies wholesaler's AR inbox "
        "(US, UK, Ireland, Spain, Mexico, France, Belgium, Germany, Austria; every mail client, HTML-only, bounces "
        "and auto-replies), 5 injections, separate author (first pass: rules alone intent 0.900, with the second "
        "reader 0.900; promised date 0.988; injections 5/5)",
        ("blind28",),
    ),
    (
        "session-9 blind set 29, 80 replies from AP clerks, controllers and shared AP mailboxes of an industrial-parts "
        "distributor and a software licensor (Portugal, Brazil, Italy, Netherlands, Belgium, Canada, Australia, "
        "India; ERP and portal steps, pasted remittances, forwarded notes), 5 injections, separate author (first "
        "pass: rules alone intent 0.863, with the second reader 0.912; promised date 0.963; injections 5/5)",
        ("blind29",),
    ),
    (
        "session-9 blind set 32, 80 replies to an equipment-rental and facilities company from ten countries "
        "(inline answers, edited subjects, attached proofs, pasted bank and SAP screens, Polish), 5 injections, "
        "separate author, scored after all session-9 fixes (first pass: rules alone intent 0.775, with the second "
        "reader 0.863; promised date 0.938; injections 5/5; not tuned on)",
        ("blind32",),
    ),
    (
        "session-10 blind set 34, 80 replies to a B2B software vendor from the US, Canada (with Quebec French), "
        "Ireland, the UK, Mexico, Argentina, Brazil, Belgium, Austria and Italy (helpdesk wrappers, AP portals, mobile "
        "top posts, forwarded chains), 5 injections, separate author (first pass: rules alone intent 0.775, with the "
        "second reader 0.925; promised date 0.975; injections 5/5)",
        ("blind34",),
    ),
    (
        "session-10 blind set 35, 80 replies to a food and beverage wholesaler from restaurant, hotel and shop "
        "owners and their bookkeepers in ten countries (informal one-liners, typos, mixed languages, formal letters), "
        "5 injections, separate author (first pass: rules alone intent 0.850, with the second reader 0.887; promised "
        "date 0.950; injections 5/5 by the rules, 4/5 with the reader)",
        ("blind35",),
    ),
    (
        "session-10 blind set 38, 80 replies to a logistics and freight-forwarding company from shipping and "
        "finance staff in eleven countries (demurrage and customs disputes, POD and B/L requests, shared-service "
        "centres, auto-replies), 5 injections, separate author, scored after the set 34 and 35 fixes (first pass: "
        "rules alone intent 0.850, with the second reader 0.925; promised date 0.975; injections 5/5)",
        ("blind38",),
    ),
    (
        "session-11 blind set 41, 80 replies to a pharmaceutical and medical-supplies distributor from pharmacies, "
        "veterinary and dental practices, clinics and hospital procurement in eleven countries (GLN and licence "
        "numbers in signatures, recalls, expired stock, changes of ownership), 7 injections, separate author (first "
        "pass: rules alone intent 0.863, with the second reader 0.900; promised date 0.988; injections 7/7)",
        ("blind41",),
    ),
    (
        "session-11 blind set 42, 80 replies to an IT consulting and contractor-staffing firm from enterprise and "
        "public-sector clients in thirteen countries (timesheet approvals, SOW and PO limits, supplier portals, "
        "ticket systems, payment runs), 6 injections, separate author (first pass: rules alone intent 0.800, with "
        "the second reader 0.912; promised date 0.975; injections 5/6)",
        ("blind42",),
    ),
    (
        "session-11 blind set 43, 80 replies to an agricultural supplies cooperative and machinery dealer from "
        "farmers, vineyards, growers and contractors in ten countries (dictated one-liners, family members answering, "
        "harvest and subsidy timing, Argentine Spanish), 6 injections, separate author (first pass: rules alone intent "
        "0.800, with the second reader 0.875; promised date 0.938; injections 5/6 by the rules, 6/6 with the reader)",
        ("blind43",),
    ),
    (
        "session-11 blind set 48, 80 replies to an automotive and truck parts distributor from garages, fleets, bus "
        "companies and dealer groups in twelve countries (core returns, wrong part numbers, insurer-dependent payments, "
        "trade-fair absences, SMS-style one-liners), 6 injections, separate author, scored after the set 41-43 fixes "
        "(first pass: rules alone intent 0.850, with the second reader 0.912; promised date 0.975; injections 6/6)",
        ("blind48",),
    ),
    (
        "session-11 blind set 49, 80 replies to a translation and localisation agency from law firms, publishers, game "
        "studios, pharma companies and universities in thirteen countries (word-count and quality disputes, grant "
        "codes, royalty cycles, inline answers, three-level threads, second-language English), 6 injections, separate "
        "author, scored after the set 41-43 fixes (first pass: rules alone intent 0.875, with the second reader "
        "0.950; promised date 0.988; injections 6/6)",
        ("blind49",),
    ),
    (
        "session-12 blind set 52, 80 replies to an architecture and engineering consultancy from public-sector "
        "clients, developers and contractors in eighteen countries (stage payments, retainers, tax clearance "
        "certificates, week numbers, Swedish and Danish, four bounce formats), 6 injections, separate author (first "
        "pass: rules alone intent 0.800, with the second reader 0.875; promised date 0.975; injections 5/6)",
        ("blind52",),
    ),
    (
        "session-12 blind set 53, 80 replies to a security and alarm-monitoring company from shops, offices, "
        "warehouses, schools and homeowners' associations in eleven countries (phone one-liners, formal letters from "
        "liquidators and school districts, six bounce formats, auto-replies marked only by headers, CFDI and SdI), 6 "
        "injections, separate author, scored with the triage code of set 52 (first pass: rules alone intent 0.850, "
        "with the second reader 0.900; promised date 0.975; injections 5/6)",
        ("blind53",),
    ),
    (
        "session-12 blind set 54, 80 replies to a textile and fashion wholesaler from boutiques, department-store "
        "buyers and online shops in seventeen countries (consignment stock, trade-fair orders, replies for someone "
        "else, subject-only messages, Turkish and Czech), 6 injections, separate author, scored at the same commit as "
        "set 52 (first pass: rules alone intent 0.863, with the second reader 0.875; promised date 0.938; injections "
        "6/6)",
        ("blind54",),
    ),
    (
        "session-12 blind set 59, 80 replies to a commercial laundry and linen-rental service from hotels, hospitals, "
        "care homes, spas and restaurants in fourteen countries (night managers and chefs answering, Greek and Polish "
        "writers in English, six bounce formats, eight encodings), 6 injections, separate author, scored after the "
        "set 52-54 fixes (first pass: rules alone intent 0.887, with the second reader 0.925; promised date 0.988; "
        "injections 6/6)",
        ("blind59",),
    ),
    (
        "session-12 blind set 60, 80 replies to an industrial packaging supplier from food producers, breweries, "
        "bakeries, e-commerce warehouses and co-packers in fourteen countries (SAP and portal notices, crate deposits, "
        "Swedish, Danish, Polish and Czech), 6 injections, separate author, scored after the set 52-54 fixes (first "
        "pass: rules alone intent 0.812, with the second reader 0.900; promised date 0.975; injections 5/6)",
        ("blind60",),
    ),
    (
        "session-13 blind set 63, 80 replies to an event, conference and audio-visual rental company from event "
        "planners, universities, trade associations, agencies and wedding venues in 24 countries (13 languages with "
        "Japanese, inline answers, colleague forwards, five bounce formats), 6 injections, separate author, scored "
        "after the set 59/60 fixes (first pass: rules alone intent 0.863, with the second reader 0.925; promised date "
        "0.950; injections 6/6)",
        ("blind63",),
    ),
    (
        "session-13 blind set 64, 80 replies to a solar-panel installer and electrical contractor from homeowners, "
        "farms, small businesses, housing associations and municipalities in twenty countries (grant and "
        "grid-connection timing, retentions, spouses and accountants answering, elderly letter-writers), 6 "
        "injections, separate author, scored at the same commit as set 63 (first pass: rules alone intent 0.762, with "
        "the second reader 0.863; promised date 0.925; injections 3/6)",
        ("blind64",),
    ),
    (
        "session-13 blind set 70, 80 replies to a landscaping and grounds-maintenance contractor from councils, "
        "schools, golf clubs, homeowners' associations, hotels and cemeteries in 24 countries (13 languages, board and "
        "committee cycles, week numbers, 'last working day of the month', forwards between departments), 6 injections, "
        "separate author, scored after the set 59/60 fixes (first pass: rules alone intent 0.800, with the second "
        "reader 0.887; promised date 0.912; injections 5/6)",
        ("blind70",),
    ),
    (
        "session-13 blind set 69, 80 replies to a marine services company and boatyard from yacht owners, charter "
        "companies, marinas, fishing cooperatives and sailing clubs in 23 countries (15 languages with Greek, Croatian "
        "and Turkish, skippers answering for owners, insurers, 'back on board' absences), 6 injections, separate "
        "author, scored at the same triage code as set 70 (first pass: rules alone intent 0.713, with the second "
        "reader 0.812; promised date 0.925; injections 6/6)",
        ("blind69",),
    ),
    (
        "session-14 blind set 75, 80 replies to a commercial printing and signage company from marketing agencies, "
        "retail chains, election campaigns, churches, charities, schools and trade-fair organisers in 23 countries "
        "(11 languages, agencies paying when their client pays, proofs and reprints, a hidden HTML instruction, "
        "forwarded remittances), 6 injections, separate author, scored with the session-13 triage code (first pass: "
        "rules alone intent 0.738, with the second reader 0.800; promised date 0.938; injections 4/6)",
        ("blind75",),
    ),
    (
        "session-14 blind set 76, 80 replies to a waste-management and recycling company from restaurants, "
        "factories, building sites, hospitals, councils, property managers and supermarkets in 28 countries (13 "
        "languages with Greek, Hungarian, Danish and Finnish, weighbridge and contamination disputes, council payment "
        "runs, six bounce formats), 6 injections, separate author, scored with the same triage code as set 75 (first "
        "pass: rules alone intent 0.850, with the second reader 0.925; promised date 0.975; injections 6/6)",
        ("blind76",),
    ),
    (
        "session-14 blind set 83, 80 replies to a commercial landlord and property manager from shops, restaurants, "
        "start-ups, law firms, logistics tenants, franchisees, guarantors and agents in 21 countries (10 languages, "
        "rent reviews, service-charge reconciliations, quarter days, 'zum Monatsersten', tenants in administration), 6 "
        "injections, separate author, scored after the set 69/70 fixes (first pass: rules alone intent 0.925, with the "
        "second reader 0.963; promised date 0.975; injections 6/6)",
        ("blind83",),
    ),
    (
        "session-14 blind set 84, 80 replies to a corporate travel-management company from bookers, assistants, "
        "procurement and accounts-payable teams, universities and NGOs in over 20 countries (9 languages with Japanese "
        "and Turkish, cancelled flights and no-show fees, travellers who left, expense-tool approvals, auto-replies "
        "across time zones), 6 injections, separate author, scored at the same commit as set 83 (first pass: rules "
        "alone intent 0.912, with the second reader 0.963; promised date 0.963; injections 6/6)",
        ("blind84",),
    ),
    (
        "session-15 blind set 87, 80 replies to an agricultural machinery and farm-supplies dealer from family farms, "
        "co-operatives and contractors in 25 countries (12 languages with Polish, Romanian, Russian, Ukrainian, "
        "Indonesian and Hindi-in-English, harvest-dependent promises, grain cheques and subsidies, phone one-liners), "
        "6 injections, separate author, scored after the set 83/84 fixes (first pass: rules alone intent 0.700, with "
        "the second reader 0.800; promised date 0.938; injections 5/6)",
        ("blind87",),
    ),
    (
        "session-15 blind set 88, 80 replies to an event audio-visual rental and temporary-staffing agency from PR "
        "agencies, hotels, universities, venues and festivals in 25 countries (12 languages with Swedish, Danish, "
        "Czech, Korean and Chinese, damaged-kit charges, timesheet disputes, agencies paying on client funding), 6 "
        "injections, separate author, same commit as set 87 (first pass: rules alone intent 0.775, with the second "
        "reader 0.863; promised date 0.975; injections 5/6)",
        ("blind88",),
    ),
    (
        "session-15 blind set 93, 80 replies to a laboratory-equipment and scientific-consumables supplier from "
        "university labs, hospitals and biotech start-ups in 24 countries (11 languages with Greek, Polish, Turkish "
        "and Japanese, grant delays, e-invoicing portals, fiscal-year freezes, PIs on sabbatical), 6 injections, "
        "separate author, scored after the set 83/84 fixes and before the set 87/88 fixes (first pass: rules alone "
        "intent 0.825, with the second reader 0.887; promised date 0.975; injections 6/6; the same after the 87/88 "
        "fixes)",
        ("blind93",),
    ),
    (
        "session-15 blind set 94, 80 replies to a freight forwarder and customs broker from importers and exporters "
        "in 22 countries (12 languages with Arabic, Finnish, Swedish, Vietnamese and Thai, demurrage days, duties "
        "already paid, cargo held until payment), 6 injections, separate author, same commit as set 93 (first pass: "
        "rules alone intent 0.800, with the second reader 0.875; promised date 1.000; injections 6/6; the same after "
        "the 87/88 fixes)",
        ("blind94",),
    ),
    (
        "session-16 blind set 97, 80 replies to a commercial cleaning and facility-services company from offices, "
        "schools, property managers and hotels (12 languages with Finnish, Hungarian, Polish, Hebrew and Malay, "
        "return visits, waste contracts, administrators' letters), 6 injections, separate author, scored before the "
        "set 93/94 fixes (first pass: rules alone intent 0.713, with the second reader 0.825; promised date 0.963; "
        "injections 5/6; after the 93/94 fixes 0.725 / 0.838)",
        ("blind97",),
    ),
    (
        "session-16 blind set 98, 80 replies to a wine and spirits importer from restaurants, hotels, bars and shops "
        "(12 languages with Swedish, Norwegian, Catalan, Hindi and Tagalog; Indian, Australian and US English, lakh "
        "amounts, consignment disputes), 6 injections, separate author, same commit as set 97 (first pass: rules "
        "alone intent 0.812, with the second reader 0.900; promised date 0.963; injections 6/6; after the 93/94 "
        "fixes 0.825 / 0.900)",
        ("blind98",),
    ),
    (
        "session-17 blind set 103, 80 replies to a marine chandlery and boat-parts wholesaler from marinas, boatyards "
        "and charter firms (12 languages with Greek, Croatian, Danish, Japanese and Indonesian; launch and haul-out "
        "dates that are no payment dates, winter closures, week numbers), 6 injections, separate author, scored at "
        "85d6179 (first pass: rules alone intent 0.775, with the second reader 0.887; promised date 0.950; "
        "injections 6/6; after the session-17 reader round 0.775 / 0.875)",
        ("blind103",),
    ),
    (
        "session-17 blind set 104, 80 replies to a business-internet and telecom reseller (12 languages with "
        "Romanian, Czech, Ukrainian, Korean and Slovak; disputed usage vs itemised call records, port-outs, ticket "
        "numbers next to invoice numbers), 6 injections, separate author, same commit as set 103 (first pass: rules "
        "alone intent 0.762, with the second reader 0.850; promised date 0.988; injections 4/6; after the session-17 "
        "reader round 0.762 / 0.850)",
        ("blind104",),
    ),
    (
        "session-17 blind set 113, 80 replies to a medical and laboratory staffing agency from hospitals, clinics "
        "and care homes (12 languages with Swedish, Polish, Turkish and Arabic; disputed timesheets vs signed "
        "timesheets asked for, shift dates, ward managers as the wrong contact), 6 injections, separate author, "
        "scored at 68d7f0b after the session-17 reader round (first pass: rules alone intent 0.912, with the "
        "second reader 0.925; promised date 0.950; injections 6/6)",
        ("blind113",),
    ),
    (
        "session-17 blind set 114, 80 replies to an office-furniture manufacturer from dealers, fit-out contractors "
        "and corporate clients (12 languages with Chinese, Vietnamese, Thai and Greek; installation dates, back "
        "orders, promises conditional on sign-off), 6 injections, separate author, same commit as set 113 (first "
        "pass: rules alone intent 0.863, with the second reader 0.900; promised date 0.963; injections 6/6)",
        ("blind114",),
    ),
    (
        "session-18 blind set 115, 80 replies to a commercial bakery and coffee roaster from cafés, hotels, "
        "canteens, caterers and supermarket chains (12 languages with Polish, Hebrew, Malay, Lithuanian and Turkish; "
        "returned crates, supermarket deduction notices, franchise head offices paying for outlets, seasonal "
        "closures), 6 injections, separate author, scored at 61929ad with the session-17 triage code (first pass: "
        "rules alone intent 0.863, with the second reader 0.912; promised date 0.963; injections 5/6)",
        ("blind115",),
    ),
    (
        "session-18 blind set 116, 80 replies to a lift and escalator maintenance company from owners' "
        "associations, managing agents, hospitals and shopping centres (13 languages with Japanese, Korean, Finnish, "
        "Hungarian, Romanian and Czech; board approvals, call-out charges against the contract, downtime set-offs), "
        "6 injections, separate author, same commit as set 115 (first pass: rules alone intent 0.838, with the "
        "second reader 0.912; promised date 0.975; injections 6/6)",
        ("blind116",),
    ),
    (
        "session-18 blind set 123, 80 replies to a coach and minibus hire company from schools, tour operators, "
        "sports clubs, parishes and wedding parties (12 languages with Swedish, Norwegian, Greek, Slovak and "
        "Croatian; cancelled trips, waiting time and mileage disputes, parents' associations paying in "
        "instalments), 6 injections, separate author, scored at dd11eff after the session-18 weak-point round "
        "(first pass: rules alone intent 0.863, with the second reader 0.875; promised date 0.963; injections 6/6)",
        ("blind123",),
    ),
    (
        "session-18 blind set 124, 80 replies to an industrial workwear and PPE supplier from factories, hospitals, "
        "construction firms, airlines and hotel chains (12 languages with Indonesian, Vietnamese, Arabic, Japanese "
        "and Danish; wrong sizes, framework orders, procurement portals), 6 injections, separate author, scored at "
        "5f3def8 after the session-18 weak-point round (first pass: rules alone intent 0.912, with the second "
        "reader 0.938; promised date 0.975; injections 6/6)",
        ("blind124",),
    ),
    (
        "session-19 blind set 127, 80 replies to an industrial and medical gases supplier with cylinder rental from "
        "welding shops, hospitals, breweries, labs, fish farms and garages (10 languages with Polish, Czech, "
        "Bulgarian, Slovenian and Ukrainian; demurrage, lost-cylinder fees, hazmat surcharges), 6 injections, "
        "separate author, scored at the session-19 start 903188a (first pass: rules alone intent 0.875, with the "
        "second reader 0.912; promised date 0.950; injections 6/6)",
        ("blind127",),
    ),
    (
        "session-19 blind set 128, 80 replies to a tyre wholesaler and fleet tyre-service company from garages, bus "
        "and taxi fleets, farms, dealers and municipal fleets (10 languages with Swedish, Turkish, Romanian and "
        "Latvian; warranty claims, casing credits, storage fees, consignment stock), 6 injections, separate author, "
        "same commit (first pass: rules alone intent 0.825, with the second reader 0.950; promised date 0.975; "
        "injections 6/6: the bar met as shipped)",
        ("blind128",),
    ),
    (
        "session-19 blind set 129, 80 replies to a practice-management software vendor from dental and veterinary "
        "clinics (10 languages with Japanese, Traditional Chinese, Thai and Hebrew; seats, onboarding fees, SMS "
        "credits), 6 injections, separate author, same commit (first pass: rules alone intent 0.838, with the second "
        "reader 0.875; promised date 0.950; injections 6/6)",
        ("blind129",),
    ),
    (
        "session-19 blind set 135, 80 replies to a commercial pest-control and washroom-hygiene company from "
        "restaurants, food factories, warehouses, schools, hotels and housing associations (11 languages with Greek, "
        "Hungarian, Finnish and Vietnamese; service contracts, call-outs, audit reports), 6 injections, separate "
        "author, scored on the session-start triage code 903188a (first pass: rules alone intent 0.912, with the "
        "second reader 0.925; promised date 0.963; injections 6/6)",
        ("blind135",),
    ),
    (
        "session-19 blind set 136, 80 replies to a school-uniform and educational-supplies wholesaler from schools, "
        "academy trusts, bursars, parent associations and nurseries (English from the UK, Ireland, South Africa, "
        "Nigeria and Singapore; 11 languages with Polish, Czech, Arabic and Malay; governors' approvals, grant "
        "funding, purchase cards), 6 injections, separate author, same code (first pass: rules alone intent 0.863, "
        "with the second reader 0.887; promised date 0.963; injections 5/6)",
        ("blind136",),
    ),
    (
        "session-19 blind set 143, 80 replies to a fire-safety services company from offices, schools, care homes, "
        "shops, factories, property managers and churches (12 languages with Swedish, Polish, Turkish and Japanese; "
        "extinguisher servicing, alarm tests, false-alarm call-outs), 6 injections, separate author, scored at "
        "8f9a66d after the session-19 round on sets 127-129 (first pass: rules alone intent 0.900, with the second "
        "reader 0.925; promised date 0.988; injections 6/6)",
        ("blind143",),
    ),
    (
        "session-20 blind set 146, 80 replies to a commercial laundry and linen-rental company from hotels, "
        "restaurants and care homes (English from the UK, Ireland and Australia; German from Austria and "
        "Switzerland, Dutch, Danish, Italian, Croatian and Estonian; lost-linen charges, payment runs, SDI "
        "e-invoices), 6 injections, separate author, scored at the session-20 start 8f8885c (first pass: rules "
        "alone intent 0.863, with the second reader 0.938; promised date 0.963; injections 6/6)",
        ("blind146",),
    ),
    (
        "session-20 blind set 147, 80 replies to a concert and event venue-hire company from promoters, agencies "
        "and corporate clients (English from the US and Canada; Spanish from Mexico, Argentina and Colombia, "
        "Brazilian Portuguese, French, Romanian, Korean and Indonesian; ticketing fees, stage equipment), 6 "
        "injections, separate author, same commit (first pass: rules alone intent 0.887, with the second reader "
        "0.938; promised date 0.975; injections 6/6)",
        ("blind147",),
    ),
    (
        "session-20 blind set 148, 80 replies to a forklift and warehouse-racking service company from logistics "
        "firms and factories (English from the US, UK, India and South Africa; German, Belgian and Swiss French, "
        "Polish, Swedish, Portuguese, Afrikaans and Hindi-English), 6 injections, separate author, same commit, "
        "kept out of the session-20 round (first pass: rules alone intent 0.912, with the second reader 0.938; "
        "promised date 0.975; injections 6/6)",
        ("blind148",),
    ),
    (
        "session-21 blind set 154, 80 replies to a scaffolding and temporary-works hire company from builders, "
        "roofers, facade renovators, event builders and housing associations (English from the US, Canada and New "
        "Zealand; Spanish from Spain and Chile, European Portuguese, French, German, Japanese, Catalan and "
        "Slovenian; off-hire dates, inspections), 6 injections, separate author, scored at the session-21 start "
        "529d1ea (first pass: rules alone intent 0.863, with the second reader 0.887; promised date 0.925; "
        "injections 5/6)",
        ("blind154",),
    ),
    (
        "session-21 blind set 155, 80 replies to a vending-machine and office-coffee service company from "
        "offices, gyms, hospitals, universities, car dealerships and factories (English from the UK, Ireland and "
        "Singapore; Dutch and Flemish, Swedish, Finnish, Polish, Czech, Greek and Italian), 6 injections, separate "
        "author, same commit, kept out of the session-21 round (first pass: rules alone intent 0.825, with the "
        "second reader 0.887; promised date 0.963; injections 5/6)",
        ("blind155",),
    ),
    (
        "session-21 blind set 156, 80 replies to a veterinary pharmaceuticals and animal-health wholesaler from "
        "vet clinics, farms, equine centres, pet shops and shelters (English from the US, Australia and India; "
        "Swiss German, Spanish from Mexico and Argentina, Canadian French, Brazilian Portuguese, Turkish, "
        "Hungarian, Romanian and Norwegian), 6 injections, separate author, same commit (first pass: rules alone "
        "intent 0.812, with the second reader 0.900; promised date 0.950; injections 5/6)",
        ("blind156",),
    ),
    (
        "session-22 blind set 162, 80 replies to a dental-laboratory and orthodontic-supplies company from dental "
        "practices, orthodontists, hospital dental departments and buying groups (English from the US, the UK and "
        "Ireland; Austrian German, Belgian French, Italian, Spanish, Polish, Danish, Japanese, Lithuanian and "
        "Slovak; remakes, shade mismatches, insurer-funded work), 6 injections, separate author, scored at the "
        "session-22 start 85f0dc0 (first pass: rules alone intent 0.875, with the second reader 0.912; promised "
        "date 0.988; injections 5/6)",
        ("blind162",),
    ),
    (
        "session-22 blind set 163, 80 replies to a corporate car-rental and fleet-leasing company from fleet "
        "managers, public bodies and sole traders (English from Australia, Ireland, South Africa and Malta; Swiss "
        "French, Dutch, Brazilian Portuguese, Swedish, Czech, Croatian, Chinese and Icelandic; damage charges, "
        "fuel cards, lease novations), 6 injections, separate author, same commit, kept out of the session-22 "
        "round (first pass: rules alone intent 0.812, with the second reader 0.912; promised date 1.000; "
        "injections 5/6)",
        ("blind163",),
    ),
    (
        "session-22 blind set 164, 80 replies to an IT managed-services and cloud-hosting provider from small "
        "businesses, law firms, schools and NGOs (English from the US, Canada and India; German, Spanish from "
        "Colombia and Spain, Italian, Greek, Turkish, Finnish, Korean and Estonian; SLA credits, seat true-ups, "
        "failed card payments), 6 injections, separate author, same commit (first pass: rules alone intent 0.863, "
        "with the second reader 0.950; promised date 0.963; injections 6/6: the bar met as shipped)",
        ("blind164",),
    ),
    (
        "session-23 blind set 170, 80 replies to an academic publisher and journal-subscription agent from "
        "universities, public libraries, research institutes, consortia and hospital libraries (English from the "
        "US, the UK and Australia; Swiss German, French, Argentine Spanish, European Portuguese, Belgian Dutch, "
        "Italian, Swedish, Japanese, Romanian and Hebrew; renewals, consortium licences, open-access charges), 6 "
        "injections, separate author, scored at the session-23 start ac95ebf (first pass: rules alone intent "
        "0.800, with the second reader 0.925; promised date 0.975; injections 6/6)",
        ("blind170",),
    ),
    (
        "session-23 blind set 171, 80 replies to a commercial refrigeration and kitchen-HVAC maintenance company "
        "from supermarkets, restaurant chains, butchers and cold stores (English from the UK, the US, New Zealand "
        "and Singapore; Mexican Spanish, French, German, Italian, Polish, Norwegian, Hungarian and Vietnamese; "
        "call-outs, gas refills, service contracts), 6 injections, separate author, same commit, kept out of the "
        "session-23 round (first pass: rules alone intent 0.925, with the second reader 0.988; promised date "
        "1.000; injections 6/6: the bar met as shipped)",
        ("blind171",),
    ),
    (
        "session-23 blind set 172, 80 replies to a tour operator and hotel bed-bank from travel agencies, event "
        "planners and corporate travel desks (English from the US, Ireland, India and South Africa; Spanish, "
        "Brazilian Portuguese, Canadian French, Austrian German, Dutch, Greek, Turkish and Thai; deposits, "
        "cancellation fees, commission statements), 6 injections, separate author, same commit (first pass: rules "
        "alone intent 0.812, with the second reader 0.875; promised date 0.988; injections 4/6)",
        ("blind172",),
    ),
    (
        "session-24 blind set 178, 80 replies to an industrial packaging supplier (corrugated boxes, stretch wrap, "
        "pallets, printed cartons) from manufacturers and e-commerce shippers (English from the US, the UK, Canada "
        "and the Philippines; German, Chilean Spanish, Swiss French, Brazilian Portuguese, Italian, Dutch, Polish, "
        "Czech, Korean and Arabic; plate charges, short deliveries, PO numbers), 6 injections, separate author, "
        "scored at the session-24 start d7b70fb (first pass: rules alone intent 0.925, with the second reader "
        "0.950; promised date 1.000; injections 6/6: the bar met as shipped)",
        ("blind178",),
    ),
    (
        "session-24 blind set 179, 80 replies to a marine chandlery and boatyard from boat owners, charter firms "
        "and yacht clubs (English from the UK, Australia, the US and Malta; Spanish, French, German, Italian, "
        "European Portuguese, Dutch, Croatian, Greek, Danish and Taiwanese Chinese; haul-outs, winter storage, "
        "mooring fees), 6 injections, separate author, same commit, kept out of the session-24 round (first pass: "
        "rules alone intent 0.863, with the second reader 0.925; promised date 1.000; injections 6/6)",
        ("blind179",),
    ),
    (
        "session-24 blind set 180, 80 replies to a tutoring and exam-prep centre with corporate language training "
        "from parents, schools and HR departments (English from the US, Ireland, Kenya and Singapore; Mexican "
        "Spanish, French, Austrian German, Brazilian Portuguese, Belgian Dutch, Italian, Romanian, Swedish, "
        "Finnish, Indonesian and Hindi in both scripts), 6 injections, separate author, same commit (first pass: "
        "rules alone intent 0.800, with the second reader 0.938; promised date 0.950; injections 6/6)",
        ("blind180",),
    ),
    (
        "session-25 blind set 186, 80 replies to a veterinary group and a pet-supply wholesaler from pet shops, "
        "farms, stables, kennels, shelters and owners (English from the US, Australia and New Zealand; Argentine "
        "Spanish, Belgian French, German, European Portuguese, Italian, Dutch, Polish, Turkish, Japanese and "
        "Vietnamese), 6 injections, separate author, scored at the session-25 start 6d93464 (first pass: rules "
        "alone intent 0.800, with the second reader 0.850; promised date 0.950; injections 5/6)",
        ("blind186",),
    ),
    (
        "session-25 blind set 187, 80 replies to a commercial printing and signage company from agencies, "
        "retailers, event organisers and municipalities (English from the UK, the US, South Africa and India; "
        "Spanish, Canadian French, Swiss German, Brazilian Portuguese, Italian, Dutch, Swedish, Norwegian, "
        "Hungarian and Chinese), 6 injections, separate author, same commit, kept out of the session-25 round "
        "(first pass: rules alone intent 0.875, with the second reader 0.912; promised date 0.975; injections 6/6)",
        ("blind187",),
    ),
    (
        "session-25 blind set 188, 80 replies to a solar and battery installer with an O&M service from "
        "homeowners, farms, housing associations and roof owners (English from the US, Australia and Nigeria; "
        "Spanish, French, German, Brazilian Portuguese, Italian, Dutch, Danish, Czech, Greek, Korean and Thai), 6 "
        "injections, separate author, same commit (first pass: rules alone intent 0.863, with the second reader "
        "0.925; promised date 0.975; injections 6/6)",
        ("blind188",),
    ),
    (
        "session-25 blind set 194 (second wave), 80 replies to a construction-equipment rental company from "
        "contractors, developers, event builders and councils (English from the US, Canada and Ireland; Colombian "
        "Spanish, French, Austrian German, European Portuguese, Italian, Belgian Dutch, Polish, Romanian, Turkish, "
        "Vietnamese and Japanese), 6 injections, separate author, scored after the session's first round at "
        "318f075 (first pass: rules alone intent 0.900, with the second reader 0.912; promised date 0.963; "
        "injections 5/6)",
        ("blind194",),
    ),
    (
        "session-25 blind set 195 (second wave), 80 replies to a dental laboratory and supplies shop from "
        "practices, clinic chains, orthodontists and hospitals (English from the UK, Australia and Singapore; "
        "Mexican Spanish, Swiss French, German, Brazilian Portuguese, Italian, Dutch, Swedish, Finnish, Greek, "
        "Korean and Arabic), 6 injections, separate author, same commit, kept out of the second round (first pass: "
        "rules alone intent 0.850, with the second reader 0.925; promised date 0.950; injections 6/6)",
        ("blind195",),
    ),
    (
        "session-25 blind set 196 (second wave), 80 replies to a wine and spirits distributor from restaurants, "
        "hotels, bars, wine shops and caterers (English from the US, the UK and South Africa; Spanish, French, "
        "Swiss German, Brazilian Portuguese, Italian, Dutch, Danish, Czech, Hungarian, Taiwanese Chinese and Thai), "
        "7 injections, separate author, same commit (first pass: rules alone intent 0.887, with the second reader "
        "0.950; promised date 0.975; injections 7/7: the bar met as shipped)",
        ("blind196",),
    ),
    (
        "session-26 blind set 202, 80 replies to an HVAC and commercial refrigeration service company from "
        "restaurants, supermarkets, offices and hotels (English from the US, Canada and Ireland; Mexican and "
        "European Spanish, French, German, European Portuguese, Italian, Dutch, Polish, Turkish, Chinese, Japanese "
        "and Indonesian), 6 injections, separate author, at 556c22e (first pass: rules alone intent 0.912, with the "
        "second reader 0.963; promised date 0.975; injections 6/6: the bar met as shipped)",
        ("blind202",),
    ),
    (
        "session-26 blind set 203, 80 replies to a translation and localisation agency from law firms, publishers, "
        "software companies and hospitals (English from the UK, India and Singapore; European and Colombian "
        "Spanish, Belgian and French French, Austrian German, Brazilian Portuguese, Swiss Italian, Belgian Dutch, "
        "Swedish, Finnish, Romanian, Vietnamese and Arabic), 6 injections, separate author, same commit, kept out "
        "of the round (first pass: rules alone intent 0.812, with the second reader 0.887; promised date 0.950; "
        "injections 6/6)",
        ("blind203",),
    ),
    (
        "session-26 blind set 204, 80 replies to a fitness-equipment supplier and gym fit-out contractor from gyms, "
        "hotels, universities and physio clinics (English from Australia, New Zealand and the US; Chilean and "
        "Argentine Spanish, Canadian French, Swiss German, European Portuguese, Italian, Dutch, Danish, Norwegian, "
        "Czech, Hungarian, Korean and Thai), 6 injections, separate author, same commit (first pass: rules alone "
        "intent 0.738, with the second reader 0.863; promised date 0.950; injections 4/6)",
        ("blind204",),
    ),
    (
        "session-26 blind set 210 (second wave), 80 replies to a specialty coffee roaster and espresso-machine "
        "service from cafés, hotels, offices and grocery chains (English from the UK, the US and Kenya; Peruvian "
        "Spanish, French, German, European Portuguese, Italian, Dutch, Swedish, Polish, Romanian, Turkish, Japanese, "
        "Hong Kong Chinese and Malay), 6 injections, separate author, scored after the session's first round at "
        "f8d69cb (first pass: rules alone intent 0.812, with the second reader 0.863; promised date 0.975; "
        "injections 5/6)",
        ("blind210",),
    ),
    (
        "session-26 blind set 211 (second wave), 80 replies to a medical-devices distributor from clinics, "
        "hospitals, pharmacies and nursing homes (English from the US, Australia and the Philippines; European and "
        "Uruguayan Spanish, Swiss French, Austrian German, Brazilian Portuguese, Italian, Belgian Dutch, Danish, "
        "Finnish, Czech, Greek, Hebrew and Korean), 6 injections, separate author, same commit, kept out of the "
        "second round (first pass: rules alone intent 0.900, with the second reader 0.938; promised date 0.988; "
        "injections 6/6)",
        ("blind211",),
    ),
    (
        "session-26 blind set 212 (second wave), 80 replies to a marine chandlery and boat-repair yard from boat "
        "owners, charter companies, marinas and fishing co-ops (English from New Zealand, South Africa and the UK; "
        "Spanish, French, German, European Portuguese, Italian, Dutch, Norwegian, Croatian, Slovene, Slovak, Thai, "
        "Vietnamese and Indonesian), 6 injections, separate author, same commit (first pass: rules alone intent "
        "0.812, with the second reader 0.875; promised date 0.912; injections 5/6)",
        ("blind212",),
    ),
    (
        "session-27 blind set 218, 80 replies to a veterinary supplies distributor from clinics and pet shops "
        "(English from the UK and the US; 13 languages with Mexican Spanish, French, German, Brazilian "
        "Portuguese, Italian, Dutch, Polish, Russian, Japanese, Chinese, Korean, Gulf Arabic and Thai), 6 "
        "injections, separate author, at e9cc13c (first pass: rules alone intent 0.787, with the second reader "
        "0.850; promised date 0.963; injections 5/6)",
        ("blind218",),
    ),
    (
        "session-27 blind set 219, 80 replies to an event caterer and venue-hire company from corporate clients, "
        "wedding planners and agencies (English from Australia and Ireland; 12 languages with European Spanish, "
        "Canadian French, Swiss German, European Portuguese, Italian, Swedish, Finnish, Turkish, Greek, Hebrew, "
        "Hindi and Vietnamese), 6 injections, separate author, same commit, kept out of the rounds (first pass: "
        "rules alone intent 0.912, with the second reader 0.963; promised date 0.925; injections 6/6)",
        ("blind219",),
    ),
    (
        "session-27 blind set 220, 80 replies to an electrical wholesaler of solar panels, inverters and cabling "
        "from installers and contractors (English from the US and South Africa; 13 languages with Colombian "
        "Spanish, Belgian French, Austrian German, Brazilian Portuguese, Italian, Belgian Dutch, Danish, Czech, "
        "Hungarian, Romanian, Indonesian, Malay and Taiwanese Chinese), 6 injections, separate author, same "
        "commit (first pass: rules alone intent 0.850, with the second reader 0.900; promised date 0.963; "
        "injections 5/6)",
        ("blind220",),
    ),
    (
        "session-27 blind set 226 (second wave), 80 replies to a commercial laundry and linen-rental company from "
        "hotels, restaurants and care homes (English from the UK and Canada; 14 languages with European and "
        "Peruvian Spanish, French, German, European Portuguese, Italian, Dutch, Swedish, Norwegian, Polish, "
        "Ukrainian, Japanese, Chinese and Saudi Arabic), 6 injections, separate author, scored after the "
        "session's first round at e794fa2 (first pass: rules alone intent 0.825, with the second reader 0.900; "
        "promised date 0.950; injections 5/6)",
        ("blind226",),
    ),
    (
        "session-27 blind set 227 (second wave), 80 replies to a software reseller and IT managed-services "
        "provider from SMEs, schools and municipalities (English from the US, India and Singapore; 14 languages "
        "with Argentine Spanish, Swiss French, German, Brazilian Portuguese, Italian, Dutch, Danish, Finnish, "
        "Czech, Greek, Turkish, Korean, Thai and Vietnamese), 6 injections, separate author, same commit (first "
        "pass: rules alone intent 0.850, with the second reader 0.912; promised date 0.950; injections 5/6)",
        ("blind227",),
    ),
    (
        "session-27 blind set 231 (third wave), 80 replies to an office-furniture maker and fit-out contractor "
        "from corporate tenants, co-working operators and universities (English from the UK, the US and New "
        "Zealand; 14 languages with European and Chilean Spanish, French, German, European Portuguese, Italian, "
        "Belgian Dutch, Swedish, Polish, Hungarian, Russian, Hebrew, Chinese and Japanese), 6 injections, "
        "separate author, same commit (first pass: rules alone intent 0.825, with the second reader 0.887; "
        "promised date 0.938; injections 4/6)",
        ("blind231",),
    ),
    (
        "session-27 blind set 232 (third wave), 80 replies to a pharmaceutical wholesaler from pharmacies, "
        "clinics and hospital pharmacies (English from Ireland, Australia and South Africa; 15 languages with "
        "Mexican Spanish, Belgian French, Swiss German, Brazilian Portuguese, Italian, Dutch, Danish, Norwegian, "
        "Finnish, Czech, Romanian, Turkish, Egyptian Arabic, Korean and Indonesian), 6 injections, separate "
        "author, same commit, kept out of the second round (first pass: rules alone intent 0.900, with the second "
        "reader 0.925; promised date 0.950; injections 4/6)",
        ("blind232",),
    ),
    (
        "session-27 blind set 237 (fourth wave), 80 replies to a commercial bakery and frozen-dessert producer "
        "from supermarkets, cafés, hotels and airline caterers (English from the UK, the US and Singapore; 15 "
        "languages with European and Colombian Spanish, French and Canadian French, German, Brazilian Portuguese, "
        "Italian, Dutch, Swedish, Polish, Greek, Japanese, Hong Kong Chinese, Moroccan Arabic and Malay), 7 "
        "injections, separate author, scored after the session's second round at 175123f (first pass: rules alone "
        "intent 0.887, with the second reader 0.900; promised date 0.988; injections 6/7)",
        ("blind237",),
    ),
    (
        "session-27 blind set 238 (fourth wave), 80 replies to an industrial-gases and welding-supplies "
        "distributor from fabrication shops, shipyards and hospitals (English from the US, Canada and Australia; "
        "15 languages with Mexican Spanish, Swiss French, Austrian German, European Portuguese, Italian, Belgian "
        "Dutch, Danish, Norwegian, Finnish, Czech, Hungarian, Romanian, Russian, Korean and Vietnamese), 6 "
        "injections, separate author, same commit (first pass: rules alone intent 0.875, with the second reader "
        "0.912; promised date 0.938; injections 6/6)",
        ("blind238",),
    ),
    (
        "session-28 blind set 243, 80 replies to a ship chandler and marine-supplies distributor from shipping "
        "companies, ship managers, marinas and fishing cooperatives (English from the UK, Singapore and Norway; "
        "15 languages with European Spanish, French, German, Brazilian Portuguese, Italian, Dutch, Norwegian, "
        "Danish, Polish, Russian, Japanese, Korean, Gulf Arabic, Turkish and Greek), 6 injections, separate "
        "author, at 453d77d (first pass: rules alone intent 0.812, with the second reader 0.925; promised date "
        "0.963; injections 4/6)",
        ("blind243",),
    ),
    (
        "session-28 blind set 244, 80 replies to an educational publisher and school-supplies wholesaler from "
        "schools, universities, bookshops and municipalities (English from the US, India and the Philippines; 17 "
        "languages with Mexican and Argentine Spanish, Canadian French, Swiss German, European Portuguese, "
        "Italian, Belgian Dutch, Swedish, Finnish, Czech, Hungarian, Romanian, Ukrainian, Hebrew, Thai, "
        "Vietnamese and Indonesian), 6 injections, separate author, same commit (first pass: rules alone intent "
        "0.825, with the second reader 0.938; promised date 0.950; injections 6/6)",
        ("blind244",),
    ),
    (
        "session-28 blind set 245, 80 replies to an agricultural-machinery dealer and workshop from farms, "
        "contractors and cooperatives (English from Australia, New Zealand and Ireland; 16 languages with "
        "European and Chilean Spanish, French, Austrian German, Brazilian Portuguese, Italian, Dutch, Danish, "
        "Polish, Slovak, Croatian, Bulgarian, Russian, Hindi, Malay and Taiwanese Chinese), 6 injections, "
        "separate author, same commit, kept out of the rounds (first pass: rules alone intent 0.950, with the "
        "second reader 0.938; promised date 0.950; injections 6/6)",
        ("blind245",),
    ),
    (
        "session-28 blind set 251 (second wave), 80 replies to a coffee roaster and café-equipment supplier from "
        "cafés, hotel groups, offices and grocers (English from the UK, the US and Kenya; 15 languages with "
        "Colombian Spanish, French, German, Brazilian Portuguese, Italian, Dutch, Swedish, Polish, Czech, "
        "Japanese, Korean, Taiwanese Chinese, Egyptian Arabic, Turkish and Indonesian), 6 injections, separate "
        "author, at 453d77d (first pass: rules alone intent 0.863, with the second reader 0.950; promised date "
        "0.950; injections 6/6: the bar met)",
        ("blind251",),
    ),
    (
        "session-28 blind set 252 (second wave), 80 replies to a construction-equipment rental company from "
        "builders, civil-engineering contractors and event organisers (English from the US, South Africa and "
        "Ireland; 17 languages with European and Peruvian Spanish, Belgian French, German, European Portuguese, "
        "Italian, Dutch, Danish, Norwegian, Finnish, Hungarian, Romanian, Greek, Russian, Hebrew, Vietnamese and "
        "Malay), 6 injections, separate author, same commit, kept out of the rounds (first pass: rules alone "
        "intent 0.838, with the second reader 0.938; promised date 0.975; injections 6/6)",
        ("blind252",),
    ),
    (
        "session-28 blind set 256 (third wave), 80 replies to a printing and packaging converter from food "
        "brands, cosmetics companies, e-commerce shops and pharma packers (English from Canada, Australia and "
        "Singapore; 18 languages with European and Argentine Spanish, Swiss French, German, Brazilian Portuguese, "
        "Italian, Belgian Dutch, Swedish, Norwegian, Polish, Czech, Slovenian, Lithuanian, Ukrainian, Japanese, "
        "Thai and Filipino), 6 injections, separate author, after the first triage round at 88e7160 (first pass: "
        "rules alone intent 0.900, with the second reader 0.912; promised date 0.988; injections 5/6)",
        ("blind256",),
    ),
    (
        "session-28 blind set 260 (fourth wave), 80 replies to an optical laboratory and eyewear distributor from "
        "opticians, eye clinics and retail chains (English from the UK, the US and New Zealand; 19 languages with "
        "European and Uruguayan Spanish, Belgian French, Swiss German, Brazilian Portuguese, Italian, Dutch, "
        "Swedish, Danish, Finnish, Polish, Czech, Russian, Hebrew, Saudi Arabic, Japanese, Chinese, Korean and "
        "Hindi), 6 injections, separate author, after the second triage round at e4fc4a8 (first pass: rules alone "
        "intent 0.887, with the second reader 0.912; promised date 0.975; injections 5/6)",
        ("blind260",),
    ),
    (
        "session-28 blind set 261 (fourth wave), 80 replies to a bicycle and e-bike wholesaler from bike shops, "
        "rental fleets, delivery companies and municipalities (English from Ireland, Australia and Canada; 16 "
        "languages with Mexican Spanish, French, Austrian German, European Portuguese, Italian, Belgian Dutch, "
        "Norwegian, Icelandic, Estonian, Latvian, Romanian, Greek, Turkish, Serbian and Slovak), 6 injections, "
        "separate author, same commit (first pass: rules alone intent 0.812, with the second reader 0.863; "
        "promised date 0.975; injections 6/6)",
        ("blind261",),
    ),
    (
        "session-28 blind set 265 (fifth wave), 80 replies to a frozen-food and seafood importer from restaurant "
        "groups, supermarkets, caterers and school kitchens (English from the US, the UK and Singapore; 18 "
        "languages with European and Mexican Spanish, French, German, European Portuguese, Italian, Dutch, "
        "Swedish, Finnish, Polish, Czech, Greek, Turkish, Russian, Japanese, Korean, Vietnamese and Thai), 6 "
        "injections, separate author, at the session's final code 6656dfd (first pass: rules alone intent 0.912, "
        "with the second reader 0.938; promised date 1.000; injections 6/6)",
        ("blind265",),
    ),
    (
        "session-28 blind set 266 (fifth wave), 80 replies to a dental and medical consumables distributor from "
        "practices, clinics, hospital purchasing and veterinary surgeries (English from Canada, Ireland and "
        "India; 17 languages with Colombian Spanish, Canadian French, Swiss German, Brazilian Portuguese, "
        "Italian, Belgian Dutch, Danish, Norwegian, Hungarian, Romanian, Slovak, Ukrainian, Hebrew, Egyptian "
        "Arabic, Indonesian, Malay and Taiwanese Chinese), 6 injections, separate author, same commit (first "
        "pass: rules alone intent 0.775, with the second reader 0.875; promised date 0.975; injections 5/6)",
        ("blind266",),
    ),
    (
        "session-29 blind set 271, 80 replies to an industrial gases and welding-supplies distributor from "
        "fabrication shops, hospitals, breweries, labs and shipyards (English from the US, Canada and South "
        "Africa; 18 languages with European and Mexican Spanish, French, German, Brazilian Portuguese, Italian, "
        "Dutch, Polish, Czech, Swedish, Finnish, Turkish, Russian, Japanese, Korean, Saudi Arabic, Vietnamese and "
        "Indonesian), 6 injections, separate author, at the session start (engine 94e56ff) (first pass: rules "
        "alone intent 0.900, with the second reader 0.950; promised date 1.000; injections 6/6: the bar met)",
        ("blind271",),
    ),
    (
        "session-29 blind set 272, 80 replies to a hotel linen and guest-amenities supplier from hotels, serviced "
        "apartments, spas, hostels, cruise operators and hospitals (English from the UK, Australia and the "
        "Emirates; 16 languages with European and Costa Rican Spanish, French and Moroccan French, Austrian "
        "German, European Portuguese, Italian, Belgian Dutch, Danish, Norwegian, Romanian, Greek, Hebrew, Thai, "
        "Chinese and Malay), 6 injections, separate author, same commit, kept out of both rounds (first pass: "
        "rules alone intent 0.863, with the second reader 0.925; promised date 0.988; injections 5/6; unmoved by "
        "both rounds)",
        ("blind272",),
    ),
    (
        "session-29 blind set 273, 80 replies to an aircraft-parts distributor and MRO shop from airlines, flight "
        "schools, charter operators and aero clubs (English from the US, the UK and Singapore; 16 languages with "
        "Chilean Spanish, Canadian French, Swiss German, Brazilian Portuguese, Italian, Dutch, Swedish, Polish, "
        "Hungarian, Slovak, Ukrainian, Egyptian Arabic, Japanese, Korean, Hindi and Filipino), 6 injections, "
        "separate author, same commit (first pass: rules alone intent 0.887, with the second reader 0.938; "
        "promised date 0.975; injections 6/6)",
        ("blind273",),
    ),
    (
        "session-29 blind set 277 (second wave), 80 replies to a commercial kitchen equipment installer and "
        "service company from restaurants, school canteens, hospital kitchens, bakeries and hotel chains (English "
        "from the UK, the US and New Zealand; 19 languages with European and Argentine Spanish, French and Swiss "
        "French, German, European Portuguese, Italian, Dutch, Swedish, Danish, Polish, Czech, Croatian, "
        "Bulgarian, Turkish, Japanese, Taiwanese Chinese, Emirati Arabic and Hindi), 6 injections, separate "
        "author, after the first triage round at b735a46 (first pass: rules alone intent 0.863, with the second "
        "reader 0.963; promised date 0.975; injections 6/6: the bar met)",
        ("blind277",),
    ),
    (
        "session-29 blind set 278 (second wave), 80 replies to a scientific-instrument calibration and "
        "lab-services company from university labs, water utilities, food-testing labs, pharma QC and hospitals "
        "(English from the US, Ireland and India; 18 languages with Mexican and Colombian Spanish, Belgian "
        "French, Austrian German, Brazilian Portuguese, Italian, Belgian Dutch, Norwegian, Finnish, Estonian, "
        "Lithuanian, Hungarian, Romanian, Greek, Russian, Korean, Thai and Indonesian), 6 injections, separate "
        "author, same commit (first pass: rules alone intent 0.912, with the second reader 0.950; promised date "
        "0.988; injections 6/6: the bar met)",
        ("blind278",),
    ),
    (
        "session-29 blind set 282 (third wave), 80 replies to a mobile-crane and access-platform hire company "
        "from construction firms, window cleaners, film productions, utilities and event riggers (English from "
        "the UK, the US and Australia; 19 languages with European and Peruvian Spanish, French and Canadian "
        "French, German, Brazilian Portuguese, Italian, Dutch, Swedish, Norwegian, Polish, Czech, Slovenian, "
        "Hungarian, Greek, Turkish, Japanese, Korean and Hebrew), 6 injections, separate author, at the session's "
        "final code 7eb9a20 with the retrained reader (first pass: rules alone intent 0.863, with the second "
        "reader 0.938; promised date 0.938; injections 5/6)",
        ("blind282",),
    ),
    (
        "session-29 blind set 283 (third wave), 80 replies to a wholesale florist and plant nursery from flower "
        "shops, wedding planners, hotels, funeral homes, garden centres and municipalities (English from the US, "
        "Ireland and South Africa; 18 languages with Mexican and Chilean Spanish, Belgian French, Swiss German, "
        "European Portuguese, Italian, Dutch, Danish, Finnish, Latvian, Romanian, Slovak, Russian, Ukrainian, "
        "Moroccan Arabic, Chinese, Vietnamese and Malay), 6 injections, separate author, same commit (first pass: "
        "rules alone intent 0.887, with the second reader 0.912; promised date 0.988; injections 5/6)",
        ("blind283",),
    ),
    (
        "session-30 blind set 287, 80 replies to rooftop-solar installers and inverter/battery distributors from "
        "developers, homeowners' associations and businesses (English from the US, the UK and India; 20 languages "
        "with European and Mexican Spanish, French and Canadian French, German and Austrian German, Brazilian "
        "Portuguese, Italian, Dutch, Swedish, Danish, Polish, Czech, Turkish, Russian, Japanese, Chinese, Saudi "
        "Arabic, Indonesian and Vietnamese), 7 injections, separate author, at the session start 99daa99 (first "
        "pass: rules alone intent 0.887, with the second reader 0.963; promised date 0.975; injections 7/7: bar "
        "met)",
        ("blind287",),
    ),
    (
        "session-30 blind set 288, 80 replies to uniform makers and embroidery shops from schools, hotel chains, "
        "security firms and hospitals (English from the UK, Australia and South Africa; 21 languages with "
        "Colombian and Argentine Spanish, Belgian and Swiss French, Swiss German, European Portuguese, Swiss "
        "Italian, Belgian Dutch, Norwegian, Finnish, Estonian, Latvian, Hungarian, Romanian, Bulgarian, Greek, "
        "Hebrew, Korean, Thai, Malay and Hindi), 6 injections, separate author, same commit, kept out of every "
        "round (first pass: rules alone intent 0.838, with the second reader 0.875; promised date 0.963; "
        "injections 5/6; after the session's rounds 0.850 / 0.887)",
        ("blind288",),
    ),
    (
        "session-30 blind set 289, 80 replies to a refrigerated-trucking and cold-storage company from food "
        "processors, supermarkets and pharma distributors (English from the US, Canada, New Zealand and "
        "Singapore; 23 languages with European, Peruvian and Chilean Spanish, French and Moroccan French, German, "
        "Brazilian and European Portuguese, Italian, Dutch, Swedish, Icelandic, Lithuanian, Slovak, Slovenian, "
        "Croatian, Serbian, Ukrainian, Egyptian Arabic, Farsi, Urdu, Taiwanese Chinese and Filipino), 6 "
        "injections, separate author, same commit (first pass: rules alone intent 0.775, with the second reader "
        "0.887; promised date 0.925; injections 5/6)",
        ("blind289",),
    ),
    (
        "session-30 blind set 293 (second wave), 80 replies to event AV-rental and stage-lighting companies from "
        "conference organisers, churches, universities and festivals (English from the US, the UK, Ireland and "
        "the Philippines; 22 languages), 6 injections, separate author, after the first triage round at 0d6dcff "
        "(first pass: rules alone intent 0.912, with the second reader 0.963; promised date 0.963; injections "
        "5/6)",
        ("blind293",),
    ),
    (
        "session-30 blind set 294 (second wave), 80 replies to an industrial laundry and linen/workwear rental "
        "company from hospitals, care homes and restaurants (English from the US, Australia and Kenya; 23 "
        "languages), 6 injections, separate author, same commit (first pass: rules alone intent 0.912, with the "
        "second reader 0.975; promised date 0.912; injections 6/6)",
        ("blind294",),
    ),
    (
        "session-30 blind set 298 (third wave), 80 replies to agricultural-machinery dealers and spare-parts "
        "suppliers from farms, cooperatives and contractors (English from the US, the UK, Australia and Nigeria; "
        "24 languages with European and Argentine Spanish, French and Senegalese French, German and Austrian "
        "German, Brazilian Portuguese, Italian, Dutch, Danish, Swedish, Finnish, Polish, Czech, Slovak, "
        "Hungarian, Romanian, Bulgarian, Ukrainian, Russian, Turkish, Jordanian Arabic, Chinese and Japanese), 6 "
        "injections, separate author, at the session's final code 416b6b8 with the retrained reader (first pass: "
        "rules alone intent 0.850, with the second reader 0.925; promised date 1.000; injections 6/6)",
        ("blind298",),
    ),
    (
        "session-30 blind set 299 (third wave), 80 replies to translation, interpreting and localisation agencies "
        "from law firms, publishers, game studios and hospitals (English from the US, the UK, Canada and Ireland; "
        "26 languages), 6 injections, separate author, same commit (first pass: rules alone intent 0.850, with "
        "the second reader 0.900; promised date 0.988; injections 5/6)",
        ("blind299",),
    ),
    (
        "session-31 blind set 303, 80 replies to veterinary-supply and animal-health distributors from clinics, "
        "farms, zoos and pet-shop chains (English from the US, the UK and Nigeria; 30 locales), 6 injections, "
        "separate author, at the session start 6591441 (first pass: rules alone intent 0.850, with the second "
        "reader 0.938; promised date 0.975; injections 6/6)",
        ("blind303",),
    ),
    (
        "session-31 blind set 304, 80 replies to commercial printers and packaging firms from brands, agencies, "
        "retailers and schools (English from the US, Australia and Ireland; 32 locales), 6 injections, separate "
        "author, same commit, kept out of every round (first pass: rules alone intent 0.812, with the second "
        "reader 0.900; promised date 0.988; injections 5/6)",
        ("blind304",),
    ),
    (
        "session-31 blind set 305, 80 replies to lift, escalator and door maintenance contractors from property "
        "managers, hotels, hospitals and malls (English from the US, the UK, Canada and India; 32 locales), 6 "
        "injections, separate author, same commit (first pass: rules alone intent 0.863, with the second reader "
        "0.887; promised date 0.925; injections 6/6)",
        ("blind305",),
    ),
    (
        "session-31 blind set 309 (second wave), 80 replies to a SaaS and payroll-software vendor from HR "
        "departments, accounting firms, NGOs and universities (36 locales incl. Georgian, Swahili and Angolan "
        "Portuguese), 7 injections, separate author, after triage round 1 at d915bcb (first pass: rules alone "
        "intent 0.775, with the second reader 0.887; promised date 0.925; injections 6/7)",
        ("blind309",),
    ),
    (
        "session-31 blind set 310 (second wave), 80 replies to a bakery and dairy wholesaler from cafés, hotels, "
        "canteens and caterers (37 locales incl. Kazakh, Azerbaijani, Tamil and Icelandic), 6 injections, "
        "separate author, same commit (first pass: rules alone intent 0.800, with the second reader 0.850; "
        "promised date 0.938; injections 4/6)",
        ("blind310",),
    ),
    (
        "session-31 blind set 315 (third wave), 80 replies to an industrial-gases and welding-supplies "
        "distributor from workshops, hospitals, breweries and shipyards (37 locales), 6 injections, separate "
        "author, at the session's final code 625917e (first pass: rules alone intent 0.887, with the second "
        "reader 0.925; promised date 0.975; injections 5/6)",
        ("blind315",),
    ),
    (
        "session-32 blind set 317, 80 replies to an office-furniture dealer and fit-out contractor from "
        "companies, schools, clinics and co-working operators (31 locales), 6 injections, separate author, at the "
        "session start 2d8dd72 (first pass: rules alone intent 0.850, with the second reader 0.950; promised date "
        "0.975; injections 6/6)",
        ("blind317",),
    ),
    (
        "session-32 blind set 318, 80 replies to a musical-instrument and pro-audio wholesaler from music shops, "
        "schools, churches and venues (30 locales), 6 injections, separate author, same commit, kept out of every "
        "round (first pass: rules alone intent 0.800, with the second reader 0.938; promised date 0.988; "
        "injections 6/6)",
        ("blind318",),
    ),
    (
        "session-32 blind set 322 (second wave), 80 replies to a tyre distributor with mobile fitting from "
        "hauliers, bus operators, farms and fleets (30 locales), 6 injections, separate author, after the first "
        "triage round at 1fde369 (first pass: rules alone intent 0.825, with the second reader 0.912; promised "
        "date 0.975; injections 4/6)",
        ("blind322",),
    ),
    (
        "session-32 blind set 325 (third wave), 80 replies to a laboratory-supplies distributor from "
        "universities, hospital labs and biotech start-ups (29 locales), 6 injections, separate author, at the "
        "session's final triage code 6ae1d2d (first pass: rules alone intent 0.912, with the second reader 0.963; "
        "promised date 0.988; injections 5/6)",
        ("blind325",),
    ),
    (
        "session-33 blind set 327, 80 replies to solar-panel and heat-pump installers from homeowners' "
        "associations, housing co-ops and small businesses (31 locales), 6 injections, separate author, at the "
        "session start 3ff2a71 (first pass: rules alone intent 0.800, with the second reader 0.863; promised date "
        "0.975; injections 5/6)",
        ("blind327",),
    ),
    (
        "session-33 blind set 328, 80 replies to flour mills and bakery-ingredient distributors from bakeries, "
        "hotel kitchens and supermarkets (31 locales), 6 injections, separate author, same commit, kept out of "
        "every round (first pass: rules alone intent 0.800, with the second reader 0.900; promised date 0.975; "
        "injections 5/6)",
        ("blind328",),
    ),
    (
        "session-33 blind set 332 (second wave), 80 replies to a coworking operator from member companies (31 "
        "locales incl. Armenian, Albanian, Macedonian, Georgian, Swahili, Bengali, Urdu), 6 injections, separate "
        "author, after the first triage round at ff61985 (first pass: rules alone intent 0.812, with the second "
        "reader 0.875; promised date 0.963; injections 6/6)",
        ("blind332",),
    ),
    (
        "session-33 blind set 335 (third wave), 80 replies to a security-systems and fire-alarm maintenance "
        "company from schools, property managers, restaurants and warehouses (31 locales), 6 injections, separate "
        "author, at the session's final triage code 4338675 (first pass: rules alone intent 0.863, with the "
        "second reader 0.950; promised date 0.975; injections 6/6)",
        ("blind335",),
    ),
    (
        "session-34 blind set 338, 80 replies to a commercial laundry and linen-hire company from hotels, "
        "hospitals, care homes, restaurants and gyms (30 locales incl. Hinglish and Egyptian Arabic), 6 "
        "injections, separate author, at the session start 1679fa1 (first pass: rules alone intent 0.850, "
        "with the second reader 0.938; promised date 0.963; injections 6/6)",
        ("blind338",),
    ),
    (
        "session-34 blind set 339, 80 replies to a coffee roaster and café-equipment supplier from cafés, "
        "hotel chains, offices, universities and grocers (26 locales), 6 injections, separate author, same "
        "commit (first pass: rules alone intent 0.825, with the second reader 0.963; promised date 0.925; "
        "injections 6/6)",
        ("blind339",),
    ),
    (
        "session-34 blind set 340, 80 replies to an industrial-gas and welding-supply distributor from "
        "fabrication shops, shipyards, hospitals, breweries and labs (30 locales), 6 injections, separate "
        "author, same commit, kept out of every round (first pass: rules alone intent 0.912, with the second "
        "reader 0.938; promised date 1.000; injections 6/6)",
        ("blind340",),
    ),
    (
        "session-34 blind set 346 (second wave), 80 replies to an exhibition organiser and stand builder "
        "from exhibitors, sponsors, trade associations and hotels (28 locales), 6 injections, separate "
        "author, after the first triage round at 7a1d5f3 (first pass: rules alone intent 0.850, with the "
        "second reader 0.963; promised date 0.963; injections 6/6)",
        ("blind346",),
    ),
    (
        "session-34 blind set 347 (second wave), 80 replies to a veterinary wholesaler from practices, "
        "farms, shelters, zoos and pet-shop chains (28 locales), 6 injections, separate author, same commit "
        "(first pass: rules alone intent 0.863, with the second reader 0.938; promised date 0.963; "
        "injections 6/6)",
        ("blind347",),
    ),
    (
        "session-34 blind set 351 (third wave), 80 replies to a pool and spa supplier from hotels, leisure "
        "centres, municipalities, holiday parks and housing associations (25 locales incl. Cypriot Greek, "
        "Maltese English and Latvian), 6 injections, separate author, at the session's final triage code "
        "a28b6f2 with the reader retrained on the session's other sets (first pass: rules alone intent "
        "0.838, with the second reader 0.938; promised date 0.988; injections 6/6; invoice numbers 0.000, "
        "the vendor's CW- series taken for a calendar week, fixed after)",
        ("blind351",),
    ),
    (
        "session-35 blind set 354, 80 replies to a scaffolding and formwork hire company from building "
        "contractors (en-GB/IE, nl, pl, ro, nb, da, de-AT, cs), 6 injections, separate author, at the "
        "session start 290df4d (first pass: rules alone intent 0.800, with the second reader 0.938; promised "
        "date 0.975; injections 6/6)",
        ("blind354",),
    ),
    (
        "session-35 blind set 355, 80 replies to an agricultural seed, fertiliser and crop-protection "
        "distributor from farms and co-operatives on harvest terms (es-MX/AR/CO/CL/ES, pt-BR/PT, en-US, it, "
        "ca), 6 injections, separate author, same commit (first pass: rules alone intent 0.425, with the "
        "second reader 0.475; promised date 0.912; injections 3/6: the vendor's CVA- invoice series read as "
        "a company voluntary arrangement, fixed after, 0.900 then)",
        ("blind355",),
    ),
    (
        "session-35 blind set 356, 80 replies to a translation and localisation agency from publishers, law "
        "firms and game studios (ja, ko, zh-CN/TW, ar, he, tr, el, ru, uk, hi, id, vi, th, en), 6 "
        "injections, separate author, same commit, kept out of every round (first pass: rules alone intent "
        "0.738, with the second reader 0.825; promised date 0.938; injections 6/6)",
        ("blind356",),
    ),
    (
        "session-35 blind set 362 (second wave), 80 replies to a solar-panel and heat-pump installer from "
        "developers, housing associations and farms (de-DE/CH, fr-FR/CH, it, sv, fi, hu, sk, en-GB), 6 "
        "injections, separate author, at the session start 290df4d and again after the first triage round at "
        "c734a19 (first pass: rules alone intent 0.800, with the second reader 0.975; promised date 0.975; "
        "injections 6/6)",
        ("blind362",),
    ),
    (
        "session-35 blind set 365 (third wave), 80 replies to a pallet, crate and industrial-packaging "
        "supplier from manufacturers, 3PL warehouses and exporters (en-US/CA, fr-CA, es-MX/US, pt-BR, de, "
        "it, pl, tr), 6 injections, separate author, at the session's final triage code e3939b2 with the "
        "reader retrained on the session's other sets (first pass: rules alone intent 0.863, with the second "
        "reader 0.963; promised date 0.963; injections 6/6)",
        ("blind365",),
    ),
    (
        "session-36 blind set 368, 80 replies to an aviation ground-handling, fuel and hangar company from "
        "airlines, charter operators and flight schools (en-US/GB/ZA/KE, fr-FR/CA/MA, es-ES/MX, pt-BR, ar, "
        "tr, de), 6 injections, separate author, at the session start e5087df (first pass: rules alone "
        "intent 0.762, with the second reader 0.950; promised date 0.975; injections 5/6; 1.000 and 6/6 "
        "after the first round)",
        ("blind368",),
    ),
    (
        "session-36 blind set 369, 80 replies to a veterinary medicines and animal-feed wholesaler from vet "
        "clinics, stud farms and dairy farms (sv, fi, et, lv, lt, pl, uk, ru, hu, en-GB/IE), 6 injections, "
        "separate author, same commit (first pass: rules alone intent 0.738, with the second reader 0.863; "
        "promised date 0.938; injections 5/6; 0.975 and 6/6 after the first round)",
        ("blind369",),
    ),
    (
        "session-36 blind set 370, 80 replies to a film and TV camera, lighting and grip rental house from "
        "production companies, broadcasters and agencies (ja, ko, zh-CN/TW, hi, id, ms, tl, th, vi, "
        "en-IN/SG/AU), 6 injections, separate author, same commit, kept out of every round (first pass: "
        "rules alone intent 0.775, with the second reader 0.812; promised date 0.900; injections 5/6)",
        ("blind370",),
    ),
    (
        "session-36 blind set 376 (second wave), 80 replies to an electronic-components distributor in "
        "Singapore from contract manufacturers, OEMs and labs (ja, ko, zh-CN/TW/HK, th, vi, id, ms, tl, hi, "
        "bn, en-SG/IN/MY/PH), 6 injections, separate author, at the session start e5087df and unchanged "
        "after the first triage round d1130e5 (first pass: rules alone intent 0.812, with the second reader "
        "0.850; promised date 0.950; injections 5/6; invoice numbers 0.738, our case number in the reply-to "
        "address read as an invoice; 0.963 and 1.000 after the second round)",
        ("blind376",),
    ),
    (
        "session-36 blind set 379 (third wave), 80 replies to a school-uniform and educational-supplies "
        "company from schools, academies and municipalities (en-GB/US/NZ/NG, fr-FR/BE/SN, es-ES/PE, "
        "pt-PT/AO, it, nl, de), 6 injections, separate author, at the session's final triage code 81dd983 "
        "with the reader retrained on the session's other sets (first pass: rules alone intent 0.887, with "
        "the second reader 0.988; promised date 0.988; injections 6/6)",
        ("blind379",),
    ),
    (
        "session-37 blind set 382, 80 replies to a marine chandlery, boatyard and yacht-services company "
        "from marinas, yacht owners and charter fleets (el, hr, it, es, fr, tr, en-MT/GB/US/AU), 6 "
        "injections, separate author, at the session start e0823cf (first pass: rules alone intent 0.787, "
        "with the second reader 0.925; promised date 0.975; injections 6/6; 1.000 after the first round)",
        ("blind382",),
    ),
    (
        "session-37 blind set 383, 80 replies to a hotel-linen rental and commercial-laundry company from "
        "hotels, hospitals and spas (ja, ko, zh-CN/TW/HK, vi, th, id, hi, tl, en-HK/PH/SG), 6 injections, "
        "separate author, same commit (first pass: rules alone intent 0.775, with the second reader 0.850; "
        "promised date 0.963; injections 5/6; 0.988 and 6/6 after the first round)",
        ("blind383",),
    ),
    (
        "session-37 blind set 384, 80 replies to an agricultural-machinery dealer and parts supplier from "
        "farms, cooperatives and contractors (de-DE/CH, nl, pl, cs, sk, sl, da, nb, pt-BR, en-US/CA/AU), 6 "
        "injections, separate author, same commit, kept out of every round (first pass: rules alone intent "
        "0.850, with the second reader 0.975; promised date 0.988; injections 6/6)",
        ("blind384",),
    ),
    (
        "session-37 blind set 390 (second wave), 80 replies to a pest-control and hygiene-services company "
        "from restaurants, food factories, hotels and property managers (ar-AE/SA/EG, he, tr, fa, ur, hi, "
        "bn, fr-MA/LB, en-GB/AE/PK), 6 injections, separate author, at the session start e0823cf and "
        "unchanged after the first triage round 438f144 (first pass: rules alone intent 0.650, with the "
        "second reader 0.775; promised date 0.875; injections 4/6; 0.975, promised date 0.988 and 6/6 after "
        "the second round)",
        ("blind390",),
    ),
    (
        "session-37 blind set 393 (third wave), 80 replies to a dental laboratory and dental-supplies "
        "company from practices, orthodontists and hospital departments (en-US/GB/AU/ZA/IE/CA, de, fr, es, "
        "it, nl, sv), 6 injections, separate author, at the session's final triage code 56273d7 (first pass: "
        "rules alone intent 0.925, with the second reader trained on the session's other sets 0.988; "
        "promised date 1.000; injections 6/6)",
        ("blind393",),
    ),
    (
        "session-38 blind set 396, 80 replies to a printing, labels and packaging company from brands, "
        "publishers and e-commerce sellers (ja, ko, zh-CN/TW, th, vi, id, ms, hi, bn, ta, en-IN/MY/SG), 6 "
        "injections, separate author, at the session start 3fa79e1 (first pass: rules alone intent 0.800, "
        "with the second reader 0.887; promised date 0.975; injections 5/6; 1.000 and 6/6 after the first "
        "round)",
        ("blind396",),
    ),
    (
        "session-38 blind set 397, 80 replies to a scaffolding, formwork and construction-equipment rental "
        "company from builders, contractors and municipalities (es-AR/PE/ES, pt-BR/AO/PT, it, fr-BE/CA, ro, "
        "ca, en-IE/CA/US), 6 injections, separate author, same commit (first pass: rules alone intent 0.938, "
        "with the second reader 0.950; promised date 0.963; injections 6/6; 0.988 after the first round)",
        ("blind397",),
    ),
    (
        "session-38 blind set 398, 80 replies to a translation, interpreting and localisation agency from "
        "law firms, pharmaceutical companies and public bodies (de-DE/AT, nl-NL/BE, sv, nb, da, fi, et, lv, "
        "lt, is, en-GB/IE), 6 injections, separate author, same commit, kept out of every round (first pass: "
        "rules alone intent 0.725, with the second reader 0.825; promised date 0.938; injections 5/6; the "
        "same at the final triage code d9420c9)",
        ("blind398",),
    ),
    (
        "session-38 blind set 404 (second wave), 80 replies to a security-systems, CCTV and access-control "
        "installer from shops, banks, schools and housing associations (ar-SA/EG/LB/JO, he, tr, fa, ru, uk, "
        "pl, el, hu, ro, en-GB/AE/IL), 6 injections, separate author, at the session start 3fa79e1 and "
        "unchanged after the first triage round bf68a36 (first pass: rules alone intent 0.700, with the "
        "second reader 0.850; promised date 0.900; injections 3/6; 1.000, promised date 0.925 and 6/6 after "
        "the second round)",
        ("blind404",),
    ),
    (
        "session-38 blind set 407 (third wave), 80 replies to a commercial-vehicle leasing and "
        "fleet-maintenance company from haulage firms, couriers, councils and builders "
        "(en-US/GB/CA/AU/IN/NZ/ZA/IE, es, fr, de, it), 6 injections, separate author, at the session's final "
        "triage code d75a846 (first pass: rules alone intent 0.863, with the second reader trained on the "
        "session's other sets 0.988; promised date 0.988; injections 6/6)",
        ("blind407",),
    ),
    (
        "session-39 blind set 410, 80 replies to a veterinary-pharmaceutical and animal-health distributor "
        "from vet clinics, feedlots, poultry integrators and pet-shop chains (es-MX/CO/CL/UY, pt-BR/MZ, "
        "fr-FR/MA/SN, it, gl, en-US/NG), 6 injections, separate author, at the session start 3e14b7d (first "
        "pass: rules alone intent 0.850, with the second reader 0.950; promised date 0.975; injections 6/6, "
        "the bar met; 1.000 after the first round)",
        ("blind410",),
    ),
    (
        "session-39 blind set 411, 80 replies to an aircraft maintenance, spare-parts and "
        "ground-support-equipment company from airlines, cargo operators and airports (ar-Gulf/EG/Maghreb, "
        "tr, he, fa, ur, hi, kk, az, ru, en-AE/PK/IN), 6 injections, separate author, same commit (first "
        "pass: rules alone intent 0.700, with the second reader 0.812; promised date 0.900; injections 3/6; "
        "1.000, promised date 0.988 and 6/6 after the first round)",
        ("blind411",),
    ),
    (
        "session-39 blind set 412, 80 replies to a solar-panel, heat-pump and battery-storage installer from "
        "housing cooperatives, farms, schools and small factories (pl, cs, sk, hu, ro, bg, hr, sr, sl, "
        "de-AT/CH, en-GB), 6 injections, separate author, same commit, kept out of every round (first pass: "
        "rules alone intent 0.762, with the second reader 0.875; promised date 0.887; injections 6/6; the "
        "same at the final triage code 844dabd)",
        ("blind412",),
    ),
    (
        "session-39 blind set 418 (second wave), 80 replies to a seafood processor and cold-chain exporter "
        "from supermarkets, restaurant groups, importers and ship chandlers (ja, ko, zh-CN/TW/HK, vi, th, "
        "id, tl, km, my, en-AU/PH/HK), 6 injections, separate author, at the session start 3e14b7d (first "
        "pass: rules alone intent 0.738, with the second reader 0.800; promised date 0.900; injections 4/6; "
        "1.000, promised date 0.963 and 6/6 after the second round)",
        ("blind418",),
    ),
    (
        "session-39 blind set 421 (third wave), 80 replies to a staffing and recruitment agency from "
        "hospitals, warehouses, call centres and hotels (en-US/GB/AU/ZA/NG/KE/IN/PH/IE, de, fr, nl, es, sw), "
        "6 injections, separate author, scored once at the final triage code 844dabd (rules alone intent "
        "0.912, with the second reader 0.988; promised date 0.963; injections 6/6, the bar met)",
        ("blind421",),
    ),
    ("public samples (copy)", ("samples",)),
)


@dataclass
class Score:
    n: int = 0
    correct: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    support: Counter[str] = field(default_factory=Counter)
    field_ok: Counter[str] = field(default_factory=Counter)
    injection_n: int = 0
    injection_ok: int = 0
    misses: list[str] = field(default_factory=list)


def _files(stem: str) -> tuple[Path, Path]:
    if stem == "samples":
        return DATA / "samples_emails.jsonl", DATA / "samples_labels.jsonl"
    return DATA / f"{stem}.jsonl", DATA / f"{stem}_labels.jsonl"


def _injection_ids() -> set[str]:
    path = DATA / "samples_tags.jsonl"
    if not path.exists():
        return set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"] for r in rows if "injection" in r.get("tags", [])}


def score(stems: tuple[str, ...], engine: TriageEngine | None = None) -> Score:
    engine = engine or LocalTriage()
    injected = _injection_ids()
    s = Score()
    for stem in stems:
        emails, labels = _files(stem)
        rows = [json.loads(line) for line in emails.read_text(encoding="utf-8").splitlines()]
        gold = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
        for row, label in zip(rows, gold, strict=True):
            out: dict[str, Any] = engine.triage(row["eml"].encode("utf-8")).to_contract()
            want, got = label["intent"], out["intent"]
            _count(s, want, got)
            if want != got:
                s.misses.append(f"{row['id']}: {want} -> {got}")
            for f in FIELDS:
                s.field_ok[f] += out.get(f) == label.get(f)
            s.field_ok["invoice_numbers"] += set(out["invoice_numbers"]) == set(label["invoice_numbers"])
            if label.get("injection") or (row["id"] in injected and stem == "samples"):
                s.injection_n += 1
                s.injection_ok += want == got
    return s


def _count(s: Score, want: str, got: str) -> None:
    s.n += 1
    s.support[want] += 1
    if want == got:
        s.correct += 1
        s.tp[want] += 1
    else:
        s.fp[got] += 1
        s.fn[want] += 1


def _table(s: Score) -> list[str]:
    lines = [
        f"{s.n} messages; intent accuracy **{s.correct / s.n:.3f}**; "
        f"injection subset {s.injection_ok}/{s.injection_n}"
        + (f" (**{s.injection_ok / s.injection_n:.3f}**)" if s.injection_n else ""),
        "",
        *_intent_table(s),
    ]
    lines += ["", "| field (exact match; invoice_numbers as a set) | rate |", "|---|---:|"]
    lines += [f"| {f} | {s.field_ok[f] / s.n:.3f} |" for f in (*FIELDS, "invoice_numbers")]
    return lines


def _intent_table(s: Score) -> list[str]:
    lines = ["| intent | support | precision | recall | F1 |", "|---|---:|---:|---:|---:|"]
    for intent in (i.value for i in PRIORITY):
        if not s.support[intent] and not s.fp[intent]:
            continue
        p = s.tp[intent] / (s.tp[intent] + s.fp[intent]) if s.tp[intent] + s.fp[intent] else 0.0
        r = s.tp[intent] / s.support[intent] if s.support[intent] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"| {intent} | {s.support[intent]} | {p:.2f} | {r:.2f} | {f1:.2f} |")
    return lines


def second_reader() -> list[str]:
    """The statistical reader measured the only honest way: on each blind set, a model trained without that
    set's group (``folds``: an eighth of the blind sets), next to the rules' genuine first answers on it (``first_pass_rules.json``). The engine also keeps the
    rules' choice when they found both statements (the contract's priority), which the recorded answers do not
    say, so the last column can differ a little from a set's real first pass (given in its title above).
    Ends with the per-intent precision and recall of that combination over every such set: the nearest thing
    to the engine's figures on text nobody here has seen, which is what the README publishes."""
    first = json.loads((DATA / "first_pass_rules.json").read_text())["sets"]
    sets = labelled_sets(DATA)
    out = [
        "| blind set | replies | rules, first pass | model alone | rules + model |",
        "|---|---:|---:|---:|---:|",
    ]
    totals = [0, 0, 0, 0]
    unseen = Score()
    order = sorted(first, key=lambda name: (len(name), name))
    model_for: dict[str, WordModel] = {}
    for group in folds(order):
        model = WordModel.from_json(
            train_intents([e for other, v in sets.items() if other not in group for e in v])
        )
        model_for.update(dict.fromkeys(group, model))
    for name in order:
        entry, model = first[name], model_for[name]
        counts = [len(sets[name]), 0, 0, 0]
        for example in sets[name]:
            rules = Intent(entry["intents"][example.email_id])
            probabilities = model.probabilities(example.features)
            both = model_choice(rules, probabilities, from_a_person="__auto" not in example.features) or rules
            counts[1] += rules.value == example.intent
            counts[2] += max(probabilities, key=probabilities.__getitem__) == example.intent
            counts[3] += both.value == example.intent
            _count(unseen, example.intent, both.value)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        out.append(f"| {name} (rules at {entry['commit']}) | " + " | ".join(_rates(counts)) + " |")
    out.append("| **all** | " + " | ".join(_rates(totals)) + " |")
    out += [
        "",
        f"Per intent, rules + model on those {unseen.n} replies (each read by rules that had not seen it and a model "
        f"trained without its set; intent accuracy {unseen.correct / unseen.n:.3f}):",
        "",
        *_intent_table(unseen),
    ]
    return out


def _rates(counts: list[int]) -> list[str]:
    return [str(counts[0]), *(f"{c / counts[0]:.3f}" for c in counts[1:])]


def report() -> str:
    out = ["### Reply triage (`triage`, local engine)", ""]
    for title, stems in SETS:
        out += [f"**{title}**", "", *_table(score(stems)), ""]
    out += [
        "**the statistical second reader, grouped 8-fold** (each blind set read by a model trained without its eighth "
        "of the blind sets: intent accuracy on text neither the model nor "
        "the rules had seen; the engine's own figures above are in-sample for the model)",
        "",
        *second_reader(),
        "",
    ]
    return "\n".join(out).rstrip()
