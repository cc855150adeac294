"""Guardrail quality on the project's labelled drafts, each set scored on its own.

- ``tests/data/guard/dev_*``: the generated dev set (tests/data/guard/build.py); the rules were tuned on it.
- ``tests/data/guard/held_*``: built from phrases kept out of tuning; the honest estimate.
- ``tests/data/guard/final_*``: hand-written after the held split was used for tuning; never tuned on.
- ``tests/data/guard/blind_*``: written after the final set was used for tuning.
- ``tests/data/guard_holdout*``: independent holdouts (each used for tuning after its first pass; 5 and 6 were
  written fresh in session 2 without looking at the rules).
- ``tests/data/guard/samples_*``: a copy of the public samples.

The two figures the product is held to: block recall (a violating draft is blocked, whatever the type) and the
false-block rate (an allowed draft is blocked). Per-violation precision/recall compare the violation sets.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from chalicelib.domain.guard_reader import TRUSTED, GuardReader
from chalicelib.domain.guardrails import Violation, check_draft, long_enough_for_reader, our_words
from chalicelib.evaluation import folds
from chalicelib.services.guard_training import labelled_sets, train_reader

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
SETS = (
    (
        "dev set (generated, tuned on)",
        DATA / "guard" / "dev_drafts.jsonl",
        DATA / "guard" / "dev_labels.jsonl",
    ),
    (
        "held-back set (generated from phrases kept out of tuning)",
        DATA / "guard" / "held_drafts.jsonl",
        DATA / "guard" / "held_labels.jsonl",
    ),
    (
        "final set (hand-written last, scored once after all tuning)",
        DATA / "guard" / "final_drafts.jsonl",
        DATA / "guard" / "final_labels.jsonl",
    ),
    (
        "blind set (written after all other tuning)",
        DATA / "guard" / "blind_drafts.jsonl",
        DATA / "guard" / "blind_labels.jsonl",
    ),
    (
        "earlier holdouts 1-4 (hand-written, used for tuning after their first pass)",
        None,
        None,
    ),
    (
        "session-2 holdouts 5-7 (written fresh without looking at the rules; first passes: block recall 0.917, 0.773 "
        "and 0.625, false blocks 0.118, 0.056 and 0; tuned on after)",
        None,
        None,
    ),
    (
        "session-5 blind set, 100 drafts in 7 languages (written by a separate author from the contract alone; "
        "first pass: block recall 0.917, false blocks 6/40 = 0.150; tuned on after)",
        None,
        None,
    ),
    (
        "session-5 second blind set, 90 drafts of indirect, LLM-polished phrasing (separate author; first pass: "
        "block recall 0.627, false blocks 9/39 = 0.231; tuned on after)",
        None,
        None,
    ),
    (
        "session-5 third blind set, 100 drafts in 7 languages, varied voice (separate author, written after the "
        "holdout 8 and 9 fixes; first pass: block recall 0.893, false blocks 2/44 = 0.045; tuned on after)",
        None,
        None,
    ),
    (
        "session-5 fourth blind set, 90 drafts from seven industries, violations in subjects, footers, tables, "
        "P.S. and single words (separate author, written after the holdout 10 fixes; first pass: block recall 0.725, "
        "false blocks 2/39 = 0.051; tuned on after)",
        None,
        None,
    ),
    (
        "session-7 fifth blind set, 90 drafts, 7 languages, separate author, written after the holdout 11 fixes "
        "(first pass: block recall 0.940, false blocks 3/40 = 0.075; tuned on after)",
        None,
        None,
    ),
    (
        "session-7 sixth blind set, 90 drafts from eight trades, violations hedged, buried, in tables, bullets, "
        "footers and subjects, separate author (first pass: rules alone block recall 0.800, false blocks 6/40 = "
        "0.150; with the second reader 0.840 and the same 6/40; tuned on after)",
        None,
        None,
    ),
    (
        "session-7 seventh blind set, 90 drafts written as an AI 'personalising' reminders and stressed people "
        "editing them, separate author (first pass: rules alone block recall 0.780, false blocks 4/40 = 0.100; "
        "with the second reader 0.860 and the same 4/40; tuned on after)",
        None,
        None,
    ),
    (
        "session-7 eighth blind set, 90 drafts of B2B dunning (reminder ladders, lawful late-payment boilerplate next "
        "to drafts that cross the line), separate author (first pass: rules alone block recall 0.820, false blocks "
        "0/40; with the second reader 0.880 and 0/40; tuned on after)",
        None,
        None,
    ),
    (
        "session-8 ninth blind set, 90 drafts for a telecom reseller and a medical-equipment lessor, violations in "
        "P.S. lines, footers, tables and quoted history, 7 languages, separate author (first pass: rules alone block "
        "recall 0.840, false blocks 5/40 = 0.125; with the second reader 0.920 and 6/40 = 0.150)",
        None,
        None,
    ),
    (
        "session-8 tenth blind set, 90 drafts for a SaaS company and a freight forwarder (late-Friday one-liners, "
        "AI-added concessions, statement tables), 7 languages, separate author (first pass: rules alone block recall "
        "0.860, false blocks 5/40 = 0.125; with the second reader 0.880 and 6/40 = 0.150)",
        None,
        None,
    ),
    (
        "session-9 eleventh blind set, 90 drafts for an energy supplier and a law firm's billing team (template output, "
        "LLM rewrites, Slack edits), 8 languages with Polish, separate author (first pass: rules alone block recall "
        "0.714, false blocks 6/41 = 0.146; with the second reader 0.816 and 9/41 = 0.220)",
        None,
        None,
    ),
    (
        "session-9 twelfth blind set, 80 drafts for a facilities company and a wine and spirits distributor, 8 "
        "languages with Polish, separate author, scored after the holdout 18 fixes (first pass: rules alone block "
        "recall 0.773, false blocks 0/36; with the second reader 0.841 and 0/36; not tuned on)",
        None,
        None,
    ),
    (
        "session-10 thirteenth blind set, 80 drafts for a construction-supplies merchant and a medical-equipment "
        "lessor, 8 languages, separate author (first pass: rules alone block recall 0.818, false blocks 5/36; with the "
        "second reader 0.886 and 5/36)",
        None,
        None,
    ),
    (
        "session-10 fourteenth blind set, 80 drafts for a marketing agency and a private school and training "
        "provider, 8 languages, separate author, scored after the holdout 20 fixes (first pass: rules alone block "
        "recall 0.841, false blocks 2/36; with the second reader 0.864 and 2/36)",
        None,
        None,
    ),
    (
        "session-11 fifteenth blind set, 80 drafts for an IT managed-services provider and a hotel group's events "
        "billing desk, 8 languages, separate author (first pass: rules alone block recall 0.833, false blocks 8/44; "
        "with the second reader 0.944 and 9/44)",
        None,
        None,
    ),
    (
        "session-11 sixteenth blind set, 80 drafts for a commercial printing and packaging company and a dental "
        "laboratory, 8 languages, separate author, scored after the holdout 22 fixes (first pass: rules alone block "
        "recall 0.811, false blocks 6/43; with the second reader 0.865 and 7/43)",
        None,
        None,
    ),
    (
        "session-11 seventeenth blind set, 80 drafts for an industrial chemicals and lab-supplies distributor and a "
        "veterinary wholesaler, 8 languages, separate author, scored after the holdout 22 and 23 fixes (first pass: "
        "rules alone block recall 0.667, false blocks 6/44; with the second reader 0.778 and 6/44)",
        None,
        None,
    ),
    (
        "session-12 eighteenth blind set, 80 drafts for a software-licence reseller and an office-cleaning and "
        "facility-services company, 8 languages, separate author, scored after the holdout 24 fixes (first pass: rules "
        "alone block recall 0.750, false blocks 3/40; with the second reader 0.825 and 4/40)",
        None,
        None,
    ),
    (
        "session-12 nineteenth blind set, 80 drafts for a commercial property manager and a waste-management and "
        "recycling company, 8 languages, separate author, scored at the same commit as the eighteenth (first pass: "
        "rules alone block recall 0.800, false blocks 5/40; with the second reader 0.825 and 5/40)",
        None,
        None,
    ),
    (
        "session-12 twentieth blind set, 80 drafts for an IT-hardware distributor and a coworking operator, 8 "
        "languages, separate author, scored after the holdout 25 and 26 fixes (first pass: rules alone block recall "
        "0.700, false blocks 4/40; with the second reader 0.775 and 4/40)",
        None,
        None,
    ),
    (
        "session-13 twenty-first blind set, 80 drafts for a car-leasing and fleet company and a recruitment and "
        "temp-staffing agency (indirect phrasing, P.S. lines, subjects, bullets, footers), 8 languages, separate "
        "author, scored after the holdout 27 fixes (first pass: rules alone block recall 0.750, false blocks 2/40; "
        "with the second reader 0.900 and 2/40)",
        None,
        None,
    ),
    (
        "session-13 twenty-second blind set, 80 drafts for an HVAC maintenance contractor and a language school and "
        "corporate trainer (template output, LLM rewrites, Slack edits; violations in subjects, P.S. lines, footers, "
        "tables and quoted history), 8 languages, separate author, scored at the same guard commit as the "
        "twenty-first (first pass: rules alone block recall 0.800, false blocks 6/40; with the second reader 0.825 "
        "and 6/40)",
        None,
        None,
    ),
    (
        "session-13 twenty-third blind set, 80 drafts for a furniture manufacturer selling to retailers and a "
        "pest-control company (violations in subordinate clauses, P.S. lines, subjects, footers, bullets, tables and "
        "quoted history), 8 languages, separate author, scored after the holdout 28 and 29 fixes (first pass: rules "
        "alone block recall 0.700, false blocks 1/40; with the second reader 0.775 and 1/40)",
        None,
        None,
    ),
    (
        "session-13 twenty-fourth blind set, 80 drafts for an events caterer and a chain of vehicle-repair garages "
        "(passives, conditionals, rhetorical questions, 'as a one-off', hints and jokes), 8 languages, separate "
        "author, scored at the same commit as the twenty-third (first pass: rules alone block recall 0.878, false "
        "blocks 7/39; with the second reader 0.927 and 7/39)",
        None,
        None,
    ),
    (
        "session-14 twenty-fifth blind set, 80 drafts for a commercial printer and a chain of fitness clubs "
        "(memberships, failed direct debits, freezes; shaming by comparison with other members, jokes, tables, "
        "subjects, quoted customer text, Slack edits), 8 languages with Swedish, separate author, scored after the "
        "session-13 fixes (first pass: rules alone block recall 0.634, false blocks 2/39; with the second reader "
        "0.780 and 2/39)",
        None,
        None,
    ),
    (
        "session-14 twenty-sixth blind set, 80 drafts for an IT managed-services provider and a wedding and "
        "portrait photographer (SLA credits, outages, licence renewals, deposits; LLM preambles left in, quoted "
        "customer text, footers), 9 languages with Swedish and Polish, separate author, scored at the same guard "
        "commit as the twenty-fifth (first pass: rules alone block recall 0.829, false blocks 4/39; with the second "
        "reader 0.902 and 4/39)",
        None,
        None,
    ),
    (
        "session-14 twenty-seventh blind set, 80 drafts for a commercial landlord and a private medical and dental "
        "clinic group (rent reviews, forfeiture, insurer shortfalls, another patient's treatment, statutory interest "
        "and notice periods restated), 8 languages with Swedish, separate author, scored after the holdout 32 and 33 "
        "fixes (first pass: rules alone block recall 0.738, false blocks 8/38; with the second reader 0.857 and "
        "8/38)",
        None,
        None,
    ),
    (
        "session-14 twenty-eighth blind set, 80 drafts for a B2B SaaS company and a home-services company (seats, "
        "overages, suspended workspaces, resellers, emergency call-outs; login links with tokens, LLM preambles, "
        "tables), 8 languages with Polish, separate author, scored at the same commit as the twenty-seventh (first "
        "pass: rules alone block recall 0.805, false blocks 1/39; with the second reader 0.805 and 1/39)",
        None,
        None,
    ),
    (
        "session-15 twenty-ninth blind set, 80 drafts for a specialty-chemicals distributor and a chain of veterinary "
        "practices (hazmat surcharges, returnable drums, rebate agreements, treatment plans, pet insurance; our own "
        "IBAN in footers, card expiry dates, microchip numbers), 9 languages with Danish and Romanian, separate "
        "author, scored before the holdout 34/35 fixes (first pass: rules alone block recall 0.756, false blocks "
        "2/39; with the second reader 0.854 and 2/39; after the 34/35 fixes, not tuned on it, 0.854 and 1/39)",
        None,
        None,
    ),
    (
        "session-15 thirtieth blind set, 80 drafts for an architecture and engineering consultancy and a car and "
        "van rental fleet (fee stages, retainers, professional indemnity, damage excesses, re-invoiced fines), 9 "
        "languages with Swiss German, Canadian French, Norwegian and Finnish, separate author, same commit as the "
        "twenty-ninth (first pass: rules alone block recall 0.650, false blocks 0/40; with the second reader 0.800 "
        "and 1/40; unchanged after the 34/35 fixes)",
        None,
        None,
    ),
    (
        "session-16 thirty-first blind set, 80 drafts for a dental laboratory billing dental practices and a "
        "coworking-space operator billing members (remakes, access cards, meeting-room bans, debtor registries), 8 "
        "languages with Polish and Swedish, separate author, scored at e03cdba (first pass: rules alone block recall "
        "0.800, false blocks 2/40; with the second reader 0.825 and 2/40; unchanged after the session-16 rule-family "
        "round)",
        None,
        None,
    ),
    (
        "session-16 thirty-second blind set, 80 drafts for an IT training and certification provider and an event "
        "caterer billing companies and wedding couples (exam vouchers, deposits, public shaming, statutory fees), 9 "
        "languages with Danish and Finnish, separate author, same commit as the thirty-first (first pass: rules "
        "alone block recall 0.857, false blocks 0/38; with the second reader 0.929 and 0/38; unchanged after the "
        "session-16 rule-family round)",
        None,
        None,
    ),
    (
        "session-17 thirty-third blind set, 80 drafts for a network of physiotherapy clinics billing employers and "
        "insurers and an auto-body repair shop billing fleets and lessors, 9 languages with Polish and Swedish, "
        "separate author, scored at 85d6179 (first pass: rules alone block recall 0.900, false blocks 0/40; with "
        "the second reader 0.975 and 0/40, the bar met; unchanged after the session-17 guard round)",
        None,
        None,
    ),
    (
        "session-17 thirty-fourth blind set, 80 drafts for a commercial solar installer billing stage payments and a "
        "language school billing companies, 9 languages with Danish and Czech, separate author, same commit as the "
        "thirty-third (first pass: rules alone block recall 0.750, false blocks 0/40; with the second reader 0.850 "
        "and 0/40; unchanged after the session-17 guard round)",
        None,
        None,
    ),
    (
        "session-17 thirty-fifth blind set, 80 drafts for a security-services company and a wholesale florist "
        "billing hotels and funeral homes, 9 languages with Norwegian and Romanian, separate author, scored at "
        "68d7f0b (first pass: rules alone block recall 0.900, false blocks 2/40; with the second reader 0.925 and "
        "2/40; unchanged after the session-17 guard round)",
        None,
        None,
    ),
    (
        "session-17 thirty-sixth blind set, 80 drafts for an industrial cleaning and waste-water company and a "
        "software consultancy billing by the hour and milestone, 9 languages with Finnish and Hungarian, separate "
        "author, same commit as the thirty-fifth (first pass: rules alone block recall 0.825, false blocks 1/40; "
        "with the second reader 0.875 and 3/40; unchanged after the session-17 guard round)",
        None,
        None,
    ),
    (
        "session-18 thirty-seventh blind set, 80 drafts for a plumbing, heating and air-conditioning contractor and "
        "a chain of nurseries and day-care centres, 10 languages with Estonian, Brazilian Portuguese, Greek and "
        "Slovenian, separate author, scored at 6313ed9 with the session-17 guard code (first pass: rules alone "
        "block recall 0.750, false blocks 0/40; with the second reader 0.775 and 0/40)",
        None,
        None,
    ),
    (
        "session-18 thirty-eighth blind set, 80 drafts for a scaffolding-hire company and a music school with "
        "instrument rental, 11 languages with Czech, Greek, Swedish and Catalan, separate author, same commit "
        "(first pass: rules alone block recall 0.690, false blocks 2/38; with the second reader 0.738 and 4/38)",
        None,
        None,
    ),
    (
        "session-18 thirty-ninth blind set, 80 drafts for a commercial refrigeration service company and a golf "
        "and country club, 11 languages with Finnish, Polish, Hungarian and Romanian, separate author, scored at "
        "1ecf731 after the first session-18 guard fixes (first pass: rules alone block recall 0.854, false blocks "
        "1/39; with the second reader 0.902 and 1/39)",
        None,
        None,
    ),
    (
        "session-18 fortieth blind set, 80 drafts for a translation and interpreting agency billing courts and law "
        "firms and a livery yard and riding school, 11 languages with Danish, Norwegian, Croatian and Turkish, "
        "separate author, same commit (first pass: rules alone block recall 0.756, false blocks 6/39, court words "
        "describing the agency's own work; with the second reader 0.854 and 6/39)",
        None,
        None,
    ),
    (
        "session-19 forty-first blind set, 80 drafts for a water-cooler and coffee-machine rental company and a "
        "children's summer camp and after-school club, 10 languages with Portuguese, Danish, Czech and Estonian, "
        "separate author, scored at the session-19 start 903188a (first pass: rules alone block recall 0.805, false "
        "blocks 2/39; with the second reader 0.878 and 2/39)",
        None,
        None,
    ),
    (
        "session-19 forty-second blind set, 80 drafts for a crane and heavy-lift hire company and a private "
        "patient-transport and ambulance service, 10 languages with Polish, Swedish, Bulgarian and Latvian, separate "
        "author, same commit (first pass: rules alone block recall 0.732, false blocks 0/39; with the second reader "
        "0.805 and 0/39)",
        None,
        None,
    ),
    (
        "session-19 forty-third blind set, 80 drafts for an IT hardware leasing company and a dance and ballet "
        "school, 10 languages with Portuguese, Lithuanian, Icelandic and Slovak, separate author, same commit (first "
        "pass: rules alone block recall 0.625, false blocks 2/40; with the second reader 0.750 and 3/40)",
        None,
        None,
    ),
    (
        "session-19 forty-fourth blind set, 80 drafts for a chain of dog-grooming salons and boarding kennels and a "
        "commercial drone survey company, 10 languages with Finnish, Hungarian, Croatian and Greek, separate author, "
        "same guard code (first pass: rules alone block recall 0.902, false blocks 0/39; with the second reader "
        "0.927 and 0/39)",
        None,
        None,
    ),
    (
        "session-19 forty-fifth blind set, 80 drafts for a bridal and formal-wear boutique and an agricultural "
        "contractor, 10 languages with Romanian, Norwegian, Slovenian and Turkish, separate author, same guard code "
        "(first pass: rules alone block recall 0.732, false blocks 0/39; with the second reader 0.805 and 1/39)",
        None,
        None,
    ),
    (
        "session-19 forty-sixth blind set, 80 drafts for a marquee and event-tent hire company and a children's "
        "swimming school, 10 languages with Czech, Greek, Swedish and Romanian, separate author, scored at 549530a "
        "after the session-19 round on holdouts 48-50 (first pass: rules alone block recall 0.775, false blocks "
        "3/40; with the second reader 0.825 and 3/40)",
        None,
        None,
    ),
    (
        "session-19 forty-seventh blind set, 80 drafts for a locksmith and security-door company and a private "
        "tutoring agency, 10 languages with Danish, Finnish, Polish and Portuguese, separate author, same commit "
        "(first pass: rules alone block recall 0.900, false blocks 1/40; with the second reader 0.975 and 1/40)",
        None,
        None,
    ),
    (
        "session-20 forty-eighth blind set, 80 drafts for a solar-panel installer and a private music school, "
        "English with German, Spanish, Italian, Dutch, Norwegian and Hungarian, separate author, scored at the "
        "session-20 start 8f8885c (first pass: rules alone block recall 0.700, false blocks 2/40; with the second "
        "reader 0.750 and 2/40)",
        None,
        None,
    ),
    (
        "session-20 forty-ninth blind set, 80 drafts for a same-day courier and a dental laboratory, English with "
        "French, Brazilian Portuguese, Polish, Czech, Finnish and Turkish, separate author, same commit (first "
        "pass: rules alone block recall 0.775, false blocks 4/40; with the second reader 0.825 and 5/40)",
        None,
        None,
    ),
    (
        "session-20 fiftieth blind set, 80 drafts for a commercial cleaning contractor and a wedding-photography "
        "studio, English with Swedish, Greek, Romanian, Slovak, Lithuanian and Spanish, separate author, same "
        "commit (first pass: rules alone block recall 0.738, false blocks 0/38; with the second reader 0.810 and "
        "0/38)",
        None,
        None,
    ),
    (
        "session-21 fifty-first blind set, 80 drafts for a driving school with fleet-training courses and a "
        "pet-grooming and boarding kennel chain, English with German, French, Japanese, European Portuguese, Danish "
        "and Slovenian, separate author, scored at the session-21 start 529d1ea (first pass: rules alone block "
        "recall 0.810, false blocks 0/38; with the second reader 0.810 and 0/38)",
        None,
        None,
    ),
    (
        "session-21 fifty-second blind set, 80 drafts for an HVAC maintenance contractor and a yoga and pilates "
        "studio chain, English with Spanish, Italian, Dutch, Polish, Croatian and Korean, separate author, same "
        "commit (first pass: rules alone block recall 0.775, false blocks 1/40; with the second reader 0.775 and "
        "1/40)",
        None,
        None,
    ),
    (
        "session-21 fifty-third blind set, 80 drafts for a cargo-bike leasing company and a sign-language and "
        "conference interpreting bureau, English with Brazilian Portuguese, Swedish, Czech, Estonian, Latvian and "
        "Hebrew, separate author, same commit, kept out of the session-21 round (first pass: rules alone block "
        "recall 0.825, false blocks 0/40; with the second reader 0.825 and 0/40)",
        None,
        None,
    ),
    (
        "session-22 fifty-fourth blind set, 80 drafts for a boiler-servicing and plumbing company and a private "
        "music school, English with German, French, Spanish, Norwegian, Hungarian, Japanese and Romanian, separate "
        "author, scored at the session-22 start 85f0dc0 (first pass: rules alone block recall 0.833, false blocks "
        "1/38; with the second reader 0.833 and 2/38)",
        None,
        None,
    ),
    (
        "session-22 fifty-fifth blind set, 80 drafts for a physiotherapy and sports-medicine clinic and a "
        "coworking-space operator, English with Italian, Dutch, European Portuguese, Finnish, Greek, Korean and "
        "Slovak, separate author, same commit, kept out of the session-22 round (first pass: rules alone block "
        "recall 0.900, false blocks 0/40; with the second reader 0.900 and 0/40)",
        None,
        None,
    ),
    (
        "session-22 fifty-sixth blind set, 80 drafts for a software-licence reseller and an event catering "
        "company, English with Mexican Spanish, Canadian French, Polish, Swedish, Turkish, Chinese and Bulgarian, "
        "separate author, same commit (first pass: rules alone block recall 0.700, false blocks 1/40; with the "
        "second reader 0.750 and 1/40)",
        None,
        None,
    ),
    (
        "session-23 fifty-seventh blind set, 80 drafts for a veterinary clinic and a garden centre and plant "
        "nursery, English with German, French, Spanish, Italian, Danish, Czech and Vietnamese, separate author, "
        "scored at the session-23 start ac95ebf (first pass: rules alone block recall 0.950, false blocks 0/40; "
        "with the second reader 0.975 and 0/40: the bar met as shipped)",
        None,
        None,
    ),
    (
        "session-23 fifty-eighth blind set, 80 drafts for a roofing and gutter contractor and an adult language "
        "school, English with Brazilian Portuguese, Dutch, Polish, Swedish, Arabic and Lithuanian, separate "
        "author, same commit, kept out of the session-23 round (first pass: rules alone block recall 0.775, false "
        "blocks 2/40; with the second reader 0.850 and 2/40)",
        None,
        None,
    ),
    (
        "session-23 fifty-ninth blind set, 80 drafts for a web-hosting and domain-registration company and an "
        "event florist, English with Spanish, Belgian French, Swiss German, Finnish, Japanese, Croatian and "
        "Ukrainian, separate author, same commit (first pass: rules alone block recall 0.800, false blocks 1/40; "
        "with the second reader 0.875 and 1/40)",
        None,
        None,
    ),
    (
        "session-24 sixtieth blind set, 80 drafts for an alarm-monitoring company and a wholesale bakery, English "
        "with German, French, Spanish, Polish, Swedish, Italian, European Portuguese and Korean, separate author, "
        "scored at the session-24 start d7b70fb (first pass: rules alone block recall 0.833, false blocks 0/38; "
        "with the second reader 0.905 and 0/38)",
        None,
        None,
    ),
    (
        "session-24 sixty-first blind set, 80 drafts for a car fleet-leasing company and a translation agency, "
        "English with Mexican Spanish, Canadian French, German, Dutch, Brazilian Portuguese, Norwegian, Romanian "
        "and Turkish, separate author, same commit, kept out of the session-24 round (first pass: rules alone block "
        "recall 0.878, false blocks 2/39; with the second reader 0.902 and 2/39)",
        None,
        None,
    ),
    (
        "session-24 sixty-second blind set, 80 drafts for a coworking-space operator and a medical diagnostics "
        "laboratory, English with French, Swiss German, Italian, Spanish, Belgian Dutch, Czech, Greek and Chinese, "
        "separate author, same commit (first pass: rules alone block recall 0.650, false blocks 1/40; with the "
        "second reader 0.750 and 1/40)",
        None,
        None,
    ),
    (
        "session-25 sixty-third blind set, 80 drafts for an event venue with in-house catering and a furniture and "
        "AV hire company, English with German, French, Spanish, Italian, Dutch, Brazilian Portuguese, Polish and "
        "Japanese, separate author, scored at the session-25 start 6d93464 (first pass: rules alone block recall "
        "0.975, false blocks 1/40; with the second reader 0.975 and 1/40)",
        None,
        None,
    ),
    (
        "session-25 sixty-fourth blind set, 80 drafts for an IT managed-services provider and a commercial cleaning "
        "company, English with Austrian German, Belgian French, Argentine Spanish, Swedish, Finnish, Czech and "
        "Hungarian, separate author, same commit, kept out of the session-25 round (first pass: rules alone block "
        "recall 0.900, false blocks 2/40; with the second reader 0.925 and 2/40)",
        None,
        None,
    ),
    (
        "session-25 sixty-fifth blind set, 80 drafts for a freight forwarder and a cold-storage warehouse, English "
        "with French, German, Spanish, Italian, European Portuguese, Danish, Turkish and Vietnamese, separate "
        "author, same commit (first pass: rules alone block recall 0.875, false blocks 1/40; with the second "
        "reader 0.900 and 1/40)",
        None,
        None,
    ),
    (
        "session-25 sixty-sixth blind set (second wave), 80 drafts for a B2B SaaS company and a web and marketing "
        "agency, English with German, French, Spanish, Italian, Dutch, European Portuguese, Turkish and Vietnamese, "
        "separate author, scored after the session's first round at c2d89b6 (first pass: rules alone block recall "
        "0.950, false blocks 1/40; with the second reader 0.975 and 1/40)",
        None,
        None,
    ),
    (
        "session-25 sixty-seventh blind set (second wave), 80 drafts for a property-management and facility "
        "services firm and a security-guard company, English with Swiss German, Canadian French, Mexican Spanish, "
        "Brazilian Portuguese, Polish, Romanian and Greek, separate author, same commit, kept out of the second "
        "round (first pass: rules alone block recall 0.900, false blocks 4/40; with the second reader 0.950 and "
        "4/40)",
        None,
        None,
    ),
    (
        "session-25 sixty-eighth blind set (second wave), 80 drafts for an agricultural supplies cooperative and a "
        "large-animal veterinary practice, English with French, Austrian German, Argentine Spanish, Italian, "
        "Belgian Dutch, Swedish, Czech, Japanese and Korean, separate author, same commit (first pass: rules alone "
        "block recall 0.800, false blocks 2/40; with the second reader 0.825 and 2/40)",
        None,
        None,
    ),
    (
        "session-26 sixty-ninth blind set, 80 drafts for an environmental testing laboratory and an industrial "
        "cleaning contractor, English with German, French, Spanish, Italian, European Portuguese, Dutch, Polish, "
        "Turkish, Indonesian and Chinese, separate author, at 556c22e (first pass: rules alone block recall "
        "0.800, false blocks 8/40; with the second reader 0.875 and 9/40)",
        None,
        None,
    ),
    (
        "session-26 seventieth blind set, 80 drafts for a textile mill and a workwear and uniform supplier, "
        "English with Swiss French, German, Chilean Spanish, Brazilian Portuguese, Italian, Swedish, Danish, "
        "Romanian, Greek and Hebrew, separate author, same commit, kept out of the round (first pass: rules alone "
        "block recall 0.800, false blocks 4/40; with the second reader 0.825 and 4/40)",
        None,
        None,
    ),
    (
        "session-26 seventy-first blind set, 80 drafts for an architecture and structural engineering consultancy "
        "and a land-surveying firm, Australian and US English with German, French, Spanish, Belgian Dutch, "
        "European Portuguese, Norwegian, Finnish, Hungarian, Japanese and Korean, separate author, same commit "
        "(first pass: rules alone block recall 0.949, false blocks 4/41; with the second reader the same)",
        None,
        None,
    ),
    (
        "session-26 seventy-second blind set (second wave), 80 drafts for an event-ticketing platform and a stage "
        "and lighting rental company, English with Swiss German, Belgian French, Mexican Spanish, Italian, "
        "European Portuguese, Dutch, Czech, Hungarian, Turkish and Arabic, separate author, scored after the "
        "session's first round at a317949 (first pass: rules alone block recall 0.850, false blocks 0/40; with "
        "the second reader 0.875 and 1/40)",
        None,
        None,
    ),
    (
        "session-26 seventy-third blind set (second wave), 80 drafts for a private tutoring centre and a "
        "school-bus operator, British English with Austrian German, French, Spanish, Brazilian Portuguese, "
        "Italian, Swedish, Finnish, Polish, Japanese and Taiwanese Chinese, separate author, same commit, kept "
        "out of the second round (first pass: rules alone block recall 0.878, false blocks 0/39; with the second "
        "reader the same)",
        None,
        None,
    ),
    (
        "session-26 seventy-fourth blind set (second wave), 80 drafts for a plumbing and heating wholesaler and a "
        "drainage contractor, Irish and US English with German, Canadian French, Argentine Spanish, Italian, "
        "Dutch, Danish, Romanian, Greek, Korean and Vietnamese, separate author, same commit (first pass: rules "
        "alone block recall 0.850, false blocks 0/40; with the second reader the same)",
        None,
        None,
    ),
    (
        "session-27 seventy-fifth blind set, 80 drafts for a dental laboratory and an orthodontic supplies "
        "distributor, British and US English with German, French, Spanish, Italian, Brazilian Portuguese, Dutch, "
        "Polish, Russian, Japanese and Arabic, separate author, at e9cc13c (first pass: rules alone block recall "
        "0.825, false blocks 4/40; with the second reader 0.900 and 6/40)",
        None,
        None,
    ),
    (
        "session-27 seventy-sixth blind set, 80 drafts for a freight forwarder and a customs broker, Singapore "
        "and US English with German, French, Mexican Spanish, European Portuguese, Italian, Swedish, Turkish, "
        "Greek, Chinese and Korean, separate author, same commit, kept out of the rounds (first pass: rules alone "
        "block recall 0.850, false blocks 2/40; with the second reader the same)",
        None,
        None,
    ),
    (
        "session-27 seventy-seventh blind set, 80 drafts for a commercial printer and a signage company, British "
        "English with Swiss German, Canadian French, Spanish, Italian, Belgian Dutch, Danish, Finnish, Czech, "
        "Hebrew, Thai and Hindi, separate author, same commit (first pass: rules alone block recall 0.700, false "
        "blocks 3/40; with the second reader 0.725 and 3/40)",
        None,
        None,
    ),
    (
        "session-27 seventy-eighth blind set (second wave), 80 drafts for a wine and spirits importer and a craft "
        "brewery, Australian and British English with Austrian German, French, Chilean Spanish, Italian, European "
        "Portuguese, Dutch, Swedish, Hungarian, Romanian, Japanese and Taiwanese Chinese, separate author, scored "
        "after the session's first round at 4a67050 (first pass: rules alone block recall 0.850, false blocks "
        "1/40; with the second reader 0.900 and 1/40)",
        None,
        None,
    ),
    (
        "session-27 seventy-ninth blind set (second wave), 80 drafts for a facilities-management company "
        "(cleaning, security, lifts), US and Irish English with German, Belgian French, Mexican Spanish, Italian, "
        "Brazilian Portuguese, Dutch, Polish, Finnish, Turkish, Arabic, Korean and Indonesian, separate author, "
        "same commit, kept out of the second round (first pass: rules alone block recall 0.950, false blocks "
        "0/40; with the second reader 0.950 and 1/40)",
        None,
        None,
    ),
    (
        "session-27 eightieth blind set (third wave), 80 drafts for a car-parts distributor and an auto-body "
        "repair chain, British and South African English with German, French, Argentine Spanish, Italian, "
        "European Portuguese, Belgian Dutch, Swedish, Czech, Greek, Hebrew and Chinese, separate author, same "
        "commit (first pass: rules alone block recall 0.878, false blocks 2/39; with the second reader 0.927 and "
        "3/39)",
        None,
        None,
    ),
    (
        "session-27 eighty-first blind set (third wave), 80 drafts for a recruitment and temporary-staffing "
        "agency and a payroll bureau, US and Canadian English with Austrian German, Swiss French, Spanish, "
        "Italian, Brazilian Portuguese, Dutch, Danish, Polish, Romanian, Turkish, Japanese and Thai, separate "
        "author, same commit (first pass: rules alone block recall 0.850, false blocks 0/40; with the second "
        "reader 0.900 and 0/40)",
        None,
        None,
    ),
    (
        "session-27 eighty-second blind set (fourth wave), 80 drafts for a telecom and internet-services reseller "
        "and a cloud-hosting provider, British and Indian English with German, French, Colombian Spanish, "
        "Italian, Brazilian Portuguese, Dutch, Swedish, Finnish, Polish, Russian, Korean and Vietnamese, separate "
        "author, scored after the session's second round at 37e0e63 (first pass: rules alone block recall 0.850, "
        "false blocks 2/40; with the second reader 0.850 and 3/40)",
        None,
        None,
    ),
    (
        "session-27 eighty-third blind set (fourth wave), 80 drafts for a landscaping and grounds-maintenance "
        "contractor and a garden-centre wholesaler, Irish and New Zealand English with Swiss German, Belgian "
        "French, Spanish, Italian, European Portuguese, Dutch, Danish, Czech, Hungarian, Greek, Turkish, Japanese "
        "and Arabic, separate author, same commit (first pass: rules alone block recall 0.775, false blocks 3/40; "
        "with the second reader 0.800 and 3/40)",
        None,
        None,
    ),
    (
        "session-28 eighty-fourth blind set, 80 drafts for a security-systems installer and alarm-monitoring "
        "company, British and US English with German, French, Spanish, Italian, Brazilian Portuguese, Dutch, "
        "Swedish, Polish, Russian, Japanese and Arabic, separate author, at 453d77d (first pass: rules alone "
        "block recall 0.925, false blocks 0/40; with the second reader the same)",
        None,
        None,
    ),
    (
        "session-28 eighty-fifth blind set, 80 drafts for a medical-equipment rental and servicing company, "
        "Australian and Canadian English with Austrian German, Swiss French, Mexican Spanish, Italian, European "
        "Portuguese, Belgian Dutch, Danish, Finnish, Czech, Greek, Turkish, Chinese and Korean, separate author, "
        "same commit (first pass: rules alone block recall 0.900, false blocks 2/40; with the second reader 0.925 "
        "and 2/40)",
        None,
        None,
    ),
    (
        "session-28 eighty-sixth blind set, 80 drafts for a textile mill and apparel manufacturer, Indian and US "
        "English with German, Belgian French, Colombian Spanish, Italian, Brazilian Portuguese, Dutch, Norwegian, "
        "Hungarian, Romanian, Hebrew, Thai, Vietnamese and Hindi, separate author, same commit, kept out of the "
        "rounds (first pass: rules alone block recall 0.805, false blocks 3/39; with the second reader 0.829 and "
        "6/39)",
        None,
        None,
    ),
    (
        "session-28 eighty-seventh blind set (second wave), 80 drafts for a waste-management and recycling "
        "company, British and US English with German, French, Spanish, Italian, Brazilian Portuguese, Belgian "
        "Dutch, Swedish, Polish, Czech, Russian, Japanese, Arabic and Hindi, separate author, same commit (first "
        "pass: rules alone block recall 0.850, false blocks 6/40; with the second reader 0.900 and 6/40)",
        None,
        None,
    ),
    (
        "session-28 eighty-eighth blind set (second wave), 80 drafts for a translation and localisation agency, "
        "Canadian and Irish English with Swiss German, Canadian French, Mexican Spanish, Italian, European "
        "Portuguese, Dutch, Danish, Finnish, Hungarian, Turkish, Greek, Chinese, Korean, Thai and Indonesian, "
        "separate author, same commit, kept out of the rounds (first pass: rules alone block recall 0.900, false "
        "blocks 2/40; with the second reader the same)",
        None,
        None,
    ),
    (
        "session-28 eighty-ninth blind set (third wave), 80 drafts for an HVAC and refrigeration installer, "
        "British, US and South African English with Austrian German, French, Argentine Spanish, Italian, "
        "Brazilian Portuguese, Dutch, Norwegian, Polish, Romanian, Greek, Hebrew, Japanese and Vietnamese, "
        "separate author, after the first guard round at 8b3188c (first pass: rules alone block recall 0.875, "
        "false blocks 1/40; with the second reader 0.900 and 1/40)",
        None,
        None,
    ),
    (
        "session-28 ninetieth blind set (fourth wave), 80 drafts for a pest-control and hygiene-services company, "
        "British and Australian English with German, Canadian French, Colombian Spanish, Italian, European "
        "Portuguese, Dutch, Finnish, Czech, Hungarian, Turkish, Arabic, Taiwanese Chinese and Japanese, separate "
        "author, after the second guard round at 7434fe7 (first pass: rules alone block recall 0.800, false "
        "blocks 1/40; with the second reader the same)",
        None,
        None,
    ),
    (
        "session-28 ninety-first blind set (fourth wave), 80 drafts for an audio-visual equipment hire and "
        "event-production company, US and Irish English with Swiss German, French, Spanish, Italian, Brazilian "
        "Portuguese, Belgian Dutch, Swedish, Danish, Polish, Romanian, Greek, Hebrew, Korean and Indonesian, "
        "separate author, same commit (first pass: rules alone block recall 0.875, false blocks 2/40; with the "
        "second reader 0.900 and 2/40)",
        None,
        None,
    ),
    (
        "session-28 ninety-second blind set (fifth wave), 80 drafts for a commercial cleaning and "
        "facility-services company, British and Canadian English with German, French, Mexican Spanish, Italian, "
        "Brazilian Portuguese, Dutch, Danish, Polish, Czech, Turkish, Russian, Korean and Arabic, separate "
        "author, at the session's final code 6656dfd (first pass: rules alone block recall 0.857, false blocks "
        "1/38; with the second reader the same)",
        None,
        None,
    ),
    (
        "session-28 ninety-third blind set (fifth wave), 80 drafts for an industrial-automation integrator, US "
        "and Australian English with Austrian German, Swiss French, Spanish, Italian, European Portuguese, "
        "Belgian Dutch, Swedish, Finnish, Hungarian, Romanian, Greek, Japanese, Chinese and Thai, separate "
        "author, same commit (first pass: rules alone block recall 0.950, false blocks 1/40; with the second "
        "reader 0.975 and 2/40: recall met, false blocks not)",
        None,
        None,
    ),
    (
        "session-29 ninety-fourth blind set, 80 drafts for an elevator and escalator installation and maintenance "
        "company billing building owners, property managers, shopping centres, hospitals and housing "
        "associations, 15 languages (English from the UK and the US, German, French, Spanish, Italian, Brazilian "
        "Portuguese, Dutch, Swedish, Polish, Czech, Turkish, Japanese, Saudi Arabic, Chinese), separate author, "
        "at the session start (first pass: block recall 0.923, 1 false block in 41, rules alone and shipped)",
        None,
        None,
    ),
    (
        "session-29 ninety-fifth blind set, 80 drafts for a coach-hire and school-bus charter company billing "
        "schools, tour operators, clubs and municipalities, 15 languages (English from Ireland and Canada, Swiss "
        "German, Belgian French, Argentine Spanish, Italian, European Portuguese, Belgian Dutch, Danish, Finnish, "
        "Romanian, Greek, Korean, Hebrew, Hindi), separate author, same commit, kept out of both rounds (first "
        "pass: block recall 0.952, no false block in 38; unmoved by both rounds)",
        None,
        None,
    ),
    (
        "session-29 ninety-sixth blind set (second wave), 80 drafts for a veterinary diagnostics laboratory and a "
        "farm-feed supplier billing vet practices, farms, stables and pet shops, 15 languages (English from the "
        "US and Australia, Austrian German, French, Mexican Spanish, Italian, Brazilian Portuguese, Dutch, "
        "Norwegian, Polish, Hungarian, Turkish, Russian, Japanese, Vietnamese), separate author, after the first "
        "guard round at 2e36d33 (first pass: block recall 0.850, 1 false block in 40)",
        None,
        None,
    ),
    (
        "session-29 ninety-seventh blind set (second wave), 80 drafts for a print-finishing and signage company "
        "and an exhibition-stand builder billing agencies, retailers, exhibitors and museums, 15 languages "
        "(English from the UK and Singapore, German, Canadian French, Spanish, Italian, European Portuguese, "
        "Belgian Dutch, Swedish, Czech, Slovak, Greek, Egyptian Arabic, Taiwanese Chinese, Thai), separate "
        "author, same commit (first pass: block recall 0.927, 2 false blocks in 39 by the rules, 3 with the "
        "reader)",
        None,
        None,
    ),
    (
        "session-29 ninety-eighth blind set (third wave), 80 drafts for a managed-print and office-equipment "
        "leasing company and a corporate caterer billing law firms, schools, clinics and public offices, 15 "
        "languages (English from the US and the UK, German, French, Colombian Spanish, Italian, Brazilian "
        "Portuguese, Dutch, Danish, Polish, Romanian, Russian, Korean, Hebrew, Indonesian), separate author, at "
        "the session's final guard code 7912744 (first pass: block recall 0.900, 4 false blocks in 40)",
        None,
        None,
    ),
    (
        "session-29 ninety-ninth blind set (third wave), 80 drafts for a horse-transport and equestrian-supplies "
        "company and a boat-storage and marina company billing riders, stables, yacht owners and charter firms, "
        "15 languages (English from the UK and New Zealand, Swiss German, French, Spanish, Italian, European "
        "Portuguese, Dutch, Swedish, Finnish, Czech, Greek, Turkish, Japanese, Emirati Arabic), separate author, "
        "same commit (first pass: block recall 0.950, 1 false block in 40)",
        None,
        None,
    ),
    (
        "session-30 hundredth blind set, 80 drafts for commercial cleaning and pest-control contractors billing "
        "offices, restaurants, warehouses and property managers, 22 languages (English from the US and the UK, "
        "German, French, European and Mexican Spanish, Italian, Brazilian Portuguese, Dutch, Swedish, Danish, "
        "Polish, Czech, Romanian, Hungarian, Turkish, Russian, Japanese, Chinese, Arabic, Hebrew, Hindi), "
        "separate author, at the session start 99daa99 (first pass: block recall 0.900, 2 false blocks in 40 by "
        "the rules, 4 with the reader)",
        None,
        None,
    ),
    (
        "session-30 hundred-and-first blind set, 80 drafts for dental laboratories and an aligner supplier "
        "billing dental practices and clinic groups, 24 languages (English from Australia and Ireland, Austrian "
        "and Swiss German, Belgian and Canadian French, Argentine and Colombian Spanish, Italian, European "
        "Portuguese, Belgian Dutch, Norwegian, Finnish, Estonian, Slovak, Slovenian, Bulgarian, Greek, Ukrainian, "
        "Korean, Thai, Vietnamese, Indonesian, Malay), separate author, same commit, kept out of both rounds "
        "(first pass: block recall 0.769 by the rules, 0.846 with the reader, 2 false blocks in 41; unmoved by "
        "both rounds)",
        None,
        None,
    ),
    (
        "session-30 hundred-and-second blind set (second wave), 80 drafts for IT managed-service providers and "
        "software-licence resellers billing SMEs, schools and municipalities, 26 languages, separate author, "
        "after the first guard round at cb53643 (first pass: block recall 0.833, 2 false blocks in 38 by the "
        "rules, 3 with the reader)",
        None,
        None,
    ),
    (
        "session-30 hundred-and-third blind set (second wave), 80 drafts for wine and spirits importers and a "
        "coffee roaster billing restaurants, bottle shops and hotel bars, 26 languages, separate author, same "
        "commit (first pass: block recall 0.769 by the rules, 0.795 with the reader, 3 false blocks in 41)",
        None,
        None,
    ),
    (
        "session-30 hundred-and-fourth blind set (third wave), 80 drafts for security-guarding, alarm-monitoring "
        "and CCTV companies billing shops, car dealers, hospitals and residential blocks, 29 languages, separate "
        "author, at the session's final guard code 3b89c7a (first pass: block recall 0.902, 1 false block in 39)",
        None,
        None,
    ),
    (
        "session-30 hundred-and-fifth blind set (third wave), 80 drafts for scaffolding hire, site toilets and "
        "construction-site services billing builders, roofers and developers, 30 languages, separate author, same "
        "commit (first pass: block recall 0.775 by the rules, 0.800 with the reader, 1 false block in 40)",
        None,
        None,
    ),
    (
        "session-31 hundred-and-sixth blind set, 80 drafts for coworking spaces, serviced and virtual offices and "
        "meeting-room operators billing members and corporate tenants, 32 languages, separate author, at the "
        "session start 6591441 (first pass: block recall 0.850 by the rules, 0.875 with the reader, 2 false "
        "blocks in 40)",
        None,
        None,
    ),
    (
        "session-31 hundred-and-seventh blind set, 80 drafts for firms leasing ultrasound units, infusion pumps, "
        "care beds and dental chairs to clinics, care homes and hospitals, 32 languages, separate author, same "
        "commit, kept out of both rounds (first pass: block recall 0.725 by the rules, 0.775 with the reader, 1 "
        "false block in 40 by the rules, 2 with the reader)",
        None,
        None,
    ),
    (
        "session-31 hundred-and-eighth blind set (second wave), 80 drafts for language schools, driving schools "
        "and tutoring centres billing parents, adult students and companies, 35 languages, separate author, after "
        "the first guard round at 6fbc369 (first pass: block recall 0.800 by the rules, 0.825 with the reader, 1 "
        "false block in 40)",
        None,
        None,
    ),
    (
        "session-31 hundred-and-ninth blind set (second wave), 80 drafts for a car-rental and van-leasing group "
        "billing business customers for instalments, damage, fuel, tolls and late returns, 34 languages, separate "
        "author, same commit (first pass: block recall 0.667 by the rules, 0.714 with the reader, 3 false blocks "
        "in 38 by the rules, 4 with the reader)",
        None,
        None,
    ),
    (
        "session-31 hundred-and-tenth blind set (third wave), 80 drafts for waste-management and recycling firms "
        "(skips, bin collections, confidential shredding) billing businesses, councils and building sites, 36 "
        "languages, separate author, at the session's final guard code 625917e (first pass: block recall 0.805 by "
        "the rules, 0.854 with the reader, 1 false block in 39 by the rules, 2 with the reader)",
        None,
        None,
    ),
    (
        "session-32 hundred-and-eleventh blind set, 80 drafts for alarm-monitoring, guarding and CCTV companies "
        "billing businesses, property managers and homeowners' associations, 28 languages, separate author, at "
        "the session start 2d8dd72 (first pass: block recall 0.650 by the rules, 0.725 with the reader, 1 false "
        "block in 40)",
        None,
        None,
    ),
    (
        "session-32 hundred-and-twelfth blind set, 80 drafts for veterinary practices, kennels and equine clinics "
        "billing pet owners, farms and stables, 27 languages, separate author, same commit, kept out of every "
        "round (first pass: block recall 0.650 by the rules, 0.700 with the reader, 3 false blocks in 40)",
        None,
        None,
    ),
    (
        "session-32 hundred-and-thirteenth blind set (second wave), 80 drafts for event caterers and corporate "
        "hospitality billing couples, agencies and companies, 27 languages, separate author, after the first "
        "guard round at 9e4d2c9 (first pass: block recall 0.775 by the rules, 0.800 with the reader, 0 false "
        "blocks in 40)",
        None,
        None,
    ),
    (
        "session-32 hundred-and-fourteenth blind set (third wave), 80 drafts for printers, sign makers and "
        "promotional-merchandise suppliers billing agencies, shops, clubs and schools, 27 languages, separate "
        "author, at the session's final guard code dc50085 (first pass: block recall 0.780 by the rules, 0.829 "
        "with the reader, 1 false block in 39)",
        None,
        None,
    ),
    (
        "session-33 hundred-and-fifteenth blind set, 80 drafts for dental clinics, dental laboratories and "
        "orthodontic suppliers chasing practices and patients' insurers, 30 languages, separate author, at the "
        "session start 3ff2a71 (first pass: block recall 0.550 by the rules, 0.625 with the reader, 1 false block "
        "in 40)",
        None,
        None,
    ),
    (
        "session-33 hundred-and-sixteenth blind set, 80 drafts for freight forwarders and customs brokers chasing "
        "importers and exporters, 30 languages, separate author, same commit, kept out of every round (first "
        "pass: block recall 0.600 by the rules, 0.650 with the reader, 6 false blocks in 40)",
        None,
        None,
    ),
    (
        "session-33 hundred-and-seventeenth blind set (second wave), 80 drafts for IT managed-service providers "
        "and software resellers chasing business customers, 31 languages, separate author, after the first guard "
        "round at d277851 (first pass: block recall 0.675 by the rules, 0.725 with the reader, 2 false blocks in "
        "40)",
        None,
        None,
    ),
    (
        "session-33 hundred-and-eighteenth blind set (third wave), 80 drafts for agricultural-machinery dealers "
        "and farm-supply cooperatives chasing farmers and agribusinesses, 30 languages, separate author, at the "
        "session's final guard code 1fe9e29 (first pass: block recall 0.675 by the rules, 0.700 with the reader, "
        "2 false blocks in 40)",
        None,
        None,
    ),
    (
        "session-34 hundred-and-nineteenth blind set, 80 drafts for a B2B software-as-a-service vendor "
        "chasing subscription, seat-overage and implementation invoices, 9 languages, separate author, at "
        "the session start 1679fa1 (first pass: block recall 0.875 by the rules, 0.900 with the reader, 4 "
        "false blocks in 40)",
        None,
        None,
    ),
    (
        "session-34 hundred-and-twentieth blind set, 80 drafts for a freight forwarder and customs broker "
        "chasing importers and exporters for freight, advanced duties and demurrage, 11 languages, separate "
        "author, same commit (first pass: block recall 0.825 by the rules, 0.875 with the reader, 1 false "
        "block in 40)",
        None,
        None,
    ),
    (
        "session-34 hundred-and-twenty-first blind set, 80 drafts for a dental-supply distributor chasing "
        "practices, clinic groups, labs and university hospitals, 11 languages, separate author, same "
        "commit, kept out of every round (first pass: block recall 0.825 by the rules, 0.900 with the "
        "reader, 9 false blocks in 40, three of them a German reference label 'Inkasso-Nummer' that the "
        "author brief itself suggested as a near miss)",
        None,
        None,
    ),
    (
        "session-34 hundred-and-twenty-second blind set (second wave), 80 drafts for a facilities-management "
        "company chasing landlords, retailers, schools and hospitals, 10 languages, separate author, after "
        "the first guard round at 7a1d5f3 (first pass: block recall 0.950 by the rules, 0.975 with the "
        "reader, 3 false blocks in 40)",
        None,
        None,
    ),
    (
        "session-34 hundred-and-twenty-third blind set (second wave), 80 drafts for a commercial printer and "
        "packaging maker chasing brands, publishers, agencies and wineries, 11 languages, separate author, "
        "same commit (first pass: block recall 0.850 by the rules, 0.900 with the reader, 1 false block in "
        "40)",
        None,
        None,
    ),
    (
        "session-34 hundred-and-twenty-fourth blind set (third wave), 80 drafts for a temporary-staffing and "
        "recruitment agency chasing warehouses, hospitals, hotels and construction firms, 10 languages, "
        "separate author, at the session's final guard code a28b6f2 with the reader retrained on the "
        "session's other holdouts (first pass: block recall 0.900 by the rules, 0.900 with the reader, 2 "
        "false blocks in 40)",
        None,
        None,
    ),
    (
        "session-35 hundred-and-twenty-fifth blind set, 80 drafts for a pest-control and washroom-hygiene "
        "company chasing restaurants, hotels, warehouses and schools, 9 languages, separate author, at the "
        "session start 290df4d (first pass: block recall 0.900 by the rules, 0.900 with the reader, 0 false "
        "blocks in 40)",
        None,
        None,
    ),
    (
        "session-35 hundred-and-twenty-sixth blind set, 80 drafts for a clinical-laboratory testing service "
        "chasing clinics, vets and occupational-health providers, 10 languages, separate author, same commit "
        "(first pass: block recall 0.875 by the rules, 0.925 with the reader, 3 false blocks in 40)",
        None,
        None,
    ),
    (
        "session-35 hundred-and-twenty-seventh blind set, 80 drafts for a marine chandlery and "
        "yacht-services yard chasing owners, charter companies and shipyards, 11 languages, separate author, "
        "same commit, kept out of every round (first pass: block recall 0.800 by the rules, 0.825 with the "
        "reader, 2 false blocks in 40)",
        None,
        None,
    ),
    (
        "session-35 hundred-and-twenty-eighth blind set (second wave), 80 drafts for a software-training and "
        "conference organiser chasing course, exam, sponsorship and ticket invoices, 12 languages, separate "
        "author, at the session start 290df4d and unchanged after the first guard round at e4b5b5b (first "
        "pass: block recall 0.775 by the rules, 0.925 with the reader, 0 false blocks in 40)",
        None,
        None,
    ),
    (
        "session-35 hundred-and-twenty-ninth blind set (third wave), 80 drafts for an architecture and "
        "engineering consultancy chasing developers, contractors and municipalities, 12 languages, separate "
        "author, at the session's final guard code e3939b2 with the reader retrained on the session's other "
        "sets (first pass: block recall 0.850 by the rules, 0.900 with the reader, 0 false blocks in 40)",
        None,
        None,
    ),
    (
        "session-36 hundred-and-thirtieth blind set, 80 drafts for a stage, lighting and audio-visual rental "
        "company chasing event agencies, venues and festivals, 11 languages, separate author, at the session "
        "start e5087df (first pass: block recall 0.900 by the rules, 0.925 with the reader, 1 false block in "
        "40; 1.000 with none after the first round)",
        None,
        None,
    ),
    (
        "session-36 hundred-and-thirty-first blind set, 80 drafts for a commercial bakery and food-service "
        "wholesaler chasing cafés, hotels, hospitals and canteens (tr, ar, el, he, ru, uk, ro, bg, sr, hr, "
        "en), separate author, same commit (first pass: block recall 0.650 by the rules, 0.725 with the "
        "reader, 2 false blocks in 40; 1.000 with none after the first round)",
        None,
        None,
    ),
    (
        "session-36 hundred-and-thirty-second blind set, 80 drafts for a scrap-metal and recycling broker "
        "chasing foundries, mills and municipalities, 11 languages, separate author, same commit, kept out "
        "of every round (first pass: block recall 0.750 by the rules, 0.775 with the reader, 5 false blocks "
        "in 40)",
        None,
        None,
    ),
    (
        "session-36 hundred-and-thirty-third blind set (second wave), 80 drafts for a car-rental and "
        "fleet-leasing company chasing businesses, tour operators and hotels (ja, ko, zh, th, vi, id, hi, "
        "ar, he, tr, en), separate author, at the session start e5087df and unchanged after the first guard "
        "round 515b0b4 (first pass: block recall 0.675 by the rules, 0.775 with the reader, 1 false block in "
        "40; 1.000 with none after the second round)",
        None,
        None,
    ),
    (
        "session-36 hundred-and-thirty-fourth blind set (third wave), 80 drafts for a private security and "
        "alarm-monitoring company chasing shops, offices and homeowners, 13 locales, separate author, at the "
        "session's final guard code 81dd983 with the reader retrained on the session's other sets (first "
        "pass: block recall 0.900 by the rules, 0.950 with the reader, 1 false block in 40)",
        None,
        None,
    ),
    (
        "session-37 hundred-and-thirty-fifth blind set, 80 drafts for a pharmacy wholesaler and "
        "medical-supplies distributor chasing pharmacies, clinics, dental practices and care homes "
        "(en-US/GB/AU/ZA, es-ES/CO, fr, de, it, nl, pt-PT), separate author, at the session start e0823cf "
        "(first pass: block recall 0.975 by the rules, 1.000 with the reader, 1 false block in 40; none "
        "after the first round)",
        None,
        None,
    ),
    (
        "session-37 hundred-and-thirty-sixth blind set, 80 drafts for a freight-forwarding and "
        "customs-brokerage company chasing importers, exporters and e-commerce sellers (ja, ko, "
        "zh-Hans/Hant, vi, th, id, ms, hi, tl, en-SG/IN), separate author, same commit (first pass: block "
        "recall 0.525 by the rules, 0.600 with the reader, 3 false blocks in 40; 1.000 with none after the "
        "first round)",
        None,
        None,
    ),
    (
        "session-37 hundred-and-thirty-seventh blind set, 80 drafts for an office-furniture maker and "
        "fit-out contractor chasing offices, schools, hotels and ministries (ar, he, tr, fa, el, ru, pl, cs, "
        "hu, en), separate author, same commit, kept out of every round (first pass: block recall 0.800 by "
        "the rules, 0.825 with the reader, no false block)",
        None,
        None,
    ),
    (
        "session-37 hundred-and-thirty-eighth blind set (second wave), 80 drafts for a commercial cleaning "
        "and facility-services company chasing offices, hospitals, schools and shopping centres "
        "(es-ES/MX/CL, pt-BR/PT, it, fr-FR/CH, ca, ro, de-CH, en-US/IE/NZ, ja, ko), separate author, at the "
        "session start e0823cf and unchanged after the first guard round 94488a4 (first pass: block recall "
        "0.850 by the rules, 0.875 with the reader, 2 false blocks in 40; 1.000 with none after the second "
        "round)",
        None,
        None,
    ),
    (
        "session-37 hundred-and-thirty-ninth blind set (third wave), 80 drafts for a solar-panel installer "
        "and energy-services company chasing homeowners, farms, businesses and municipalities (en-US/GB/AU, "
        "de, nl, es, pt-PT/BR, it, fr, pl, el, tr), separate author, at the session's final guard code "
        "f73b0c1 (first pass: block recall 0.875 by the rules, 0.900 with the reader trained on the "
        "session's other sets, no false block)",
        None,
        None,
    ),
    (
        "session-38 hundred-and-fortieth blind set, 80 drafts for a commercial-kitchen equipment supplier "
        "and maintenance contractor chasing restaurants, hotels, hospitals and caterers (tr, az, fa, ur, "
        "ar-Gulf/Levant, he, el, ru, uk, en), separate author, at the session start 3fa79e1 (first pass: "
        "block recall 0.625 by the rules, 0.675 with the reader, no false block; 1.000 with none after the "
        "first round)",
        None,
        None,
    ),
    (
        "session-38 hundred-and-forty-first blind set, 80 drafts for a semiconductor test-equipment and "
        "lab-instrument service company chasing fabs, universities, contract manufacturers and hospitals "
        "(ja, ko, zh-Hans/Hant, vi, th, id, ms, hi, tl, en-SG/PH/IN), separate author, same commit (first "
        "pass: block recall 0.750 by the rules, 0.775 with the reader, 4 false blocks in 40; 1.000 with none "
        "after the first round)",
        None,
        None,
    ),
    (
        "session-38 hundred-and-forty-second blind set, 80 drafts for a corporate-travel and events agency "
        "chasing companies, associations, universities and sports clubs (en-US/GB/CA/NZ/IE, de, fr, es, it, "
        "nl, sv, pt-BR), separate author, same commit, kept out of every round (first pass: block recall "
        "0.875 by the rules, 0.925 with the reader, 2 false blocks in 40; the same at the final guard code "
        "d75a846)",
        None,
        None,
    ),
    (
        "session-38 hundred-and-forty-third blind set (second wave), 80 drafts for a forestry, timber and "
        "sawmill-products supplier chasing builders' merchants, joineries, pallet makers and biomass plants "
        "(sv, nb, da, fi, et, pl, cs, de-AT, nl, en-GB/CA), separate author, at the session start 3fa79e1 "
        "(first pass: block recall 0.750 by the rules, 0.850 with the reader, 1 false block in 40; unchanged "
        "after the first guard round 18d1ea5; 1.000 with none after the second round)",
        None,
        None,
    ),
    (
        "session-38 hundred-and-forty-fourth blind set (third wave), 80 drafts for a coworking-space and "
        "serviced-office operator chasing startups, freelancers, agencies and corporate teams "
        "(en-US/GB/AU/CA, es-ES/MX, fr, de, it, pt-PT, pl, tr, ja), separate author, at the session's final "
        "guard code 8a90d1a (first pass: block recall 0.900 by the rules, 0.975 with the reader trained on "
        "the session's other sets, 2 false blocks in 40)",
        None,
        None,
    ),
    (
        "session-39 hundred-and-forty-fifth blind set, 80 drafts for a dental laboratory and dental-supplies "
        "wholesaler chasing practices, orthodontists, hospital clinics and dental schools (en-US/GB/IE/AU, "
        "de-DE/CH, fr-FR/BE, nl, it, es), separate author, at the session start 3e14b7d (first pass: block "
        "recall 0.925 by the rules and with the reader, no false block; 1.000 with none after the first "
        "round)",
        None,
        None,
    ),
    (
        "session-39 hundred-and-forty-sixth blind set, 80 drafts for an agricultural-machinery dealer and "
        "repair workshop chasing farms, contractors, cooperatives and vineyards (es-AR/ES, pt-BR, ro, pl, "
        "uk, ru, kk, hu, bg, en), separate author, same commit (first pass: block recall 0.725 by the rules, "
        "0.800 with the reader, 1 false block in 40; 1.000 with none after the first round)",
        None,
        None,
    ),
    (
        "session-39 hundred-and-forty-seventh blind set, 80 drafts for a cloud-software and IT-support "
        "subscription company chasing startups, accountancy firms, clinics and schools (en-US/GB/CA/IN/SG, "
        "ja, ko, zh-Hans/Hant, vi, th, id), separate author, same commit, kept out of every round (first "
        "pass: block recall 0.900 by the rules and with the reader, 1 false block in 40 by the reader; the "
        "same at the final guard code 5d77d8b)",
        None,
        None,
    ),
    (
        "session-39 hundred-and-forty-eighth blind set (second wave), 80 drafts for a musical-instrument and "
        "pro-audio retailer and repair shop chasing schools, churches, bands, theatres and studios "
        "(es-MX/ES, fr-FR/CA, de, it, pt-BR/PT, pl, cs, el, en-US/GB), separate author, at the session start "
        "3e14b7d (first pass: block recall 0.925 by the rules, 0.975 with the reader, 1 false block in 40, "
        "the bar met; 1.000 with none after the second round)",
        None,
        None,
    ),
    (
        "session-39 hundred-and-forty-ninth blind set (third wave), 80 drafts for a property-management and "
        "facilities-services company chasing tenants, landlords, owners' associations and retail parks "
        "(en-US/GB/AU/ZA/AE, fr, de, es, ar, hi, nl), separate author, scored once at the final guard code "
        "5d77d8b (block recall 0.900 by the rules, 0.950 with the reader, no false block)",
        None,
        None,
    ),
    (
        "public samples (copy, 30 drafts)",
        DATA / "guard" / "samples_drafts.jsonl",
        DATA / "guard" / "samples_labels.jsonl",
    ),
)
HOLDOUTS = {
    "earlier": ("guard_holdout", "guard_holdout2", "guard_holdout3", "guard_holdout4"),
    "session-2": ("guard_holdout5", "guard_holdout6", "guard_holdout7"),
    "session-5": ("guard_holdout8",),
    "session-5 second": ("guard_holdout9",),
    "session-5 third": ("guard_holdout10",),
    "session-5 fourth": ("guard_holdout11",),
    "session-7 fifth": ("guard_holdout12",),
    "session-7 sixth": ("guard_holdout13",),
    "session-7 seventh": ("guard_holdout14",),
    "session-7 eighth": ("guard_holdout15",),
    "session-8 ninth": ("guard_holdout16",),
    "session-8 tenth": ("guard_holdout17",),
    "session-9 eleventh": ("guard_holdout18",),
    "session-9 twelfth": ("guard_holdout19",),
    "session-10 thirteenth": ("guard_holdout20",),
    "session-10 fourteenth": ("guard_holdout21",),
    "session-11 fifteenth": ("guard_holdout22",),
    "session-11 sixteenth": ("guard_holdout23",),
    "session-11 seventeenth": ("guard_holdout24",),
    "session-12 eighteenth": ("guard_holdout25",),
    "session-12 nineteenth": ("guard_holdout26",),
    "session-12 twentieth": ("guard_holdout27",),
    "session-13 twenty-first": ("guard_holdout28",),
    "session-13 twenty-second": ("guard_holdout29",),
    "session-13 twenty-third": ("guard_holdout30",),
    "session-13 twenty-fourth": ("guard_holdout31",),
    "session-14 twenty-fifth": ("guard_holdout32",),
    "session-14 twenty-sixth": ("guard_holdout33",),
    "session-14 twenty-seventh": ("guard_holdout34",),
    "session-14 twenty-eighth": ("guard_holdout35",),
    "session-15 twenty-ninth": ("guard_holdout36",),
    "session-15 thirtieth": ("guard_holdout37",),
    "session-16 thirty-first": ("guard_holdout38",),
    "session-16 thirty-second": ("guard_holdout39",),
    "session-17 thirty-third": ("guard_holdout40",),
    "session-17 thirty-fourth": ("guard_holdout41",),
    "session-17 thirty-fifth": ("guard_holdout42",),
    "session-17 thirty-sixth": ("guard_holdout43",),
    "session-18 thirty-seventh": ("guard_holdout44",),
    "session-18 thirty-eighth": ("guard_holdout45",),
    "session-18 thirty-ninth": ("guard_holdout46",),
    "session-18 fortieth": ("guard_holdout47",),
    "session-19 forty-first": ("guard_holdout48",),
    "session-19 forty-second": ("guard_holdout49",),
    "session-19 forty-third": ("guard_holdout50",),
    "session-19 forty-fourth": ("guard_holdout51",),
    "session-19 forty-fifth": ("guard_holdout52",),
    "session-19 forty-sixth": ("guard_holdout53",),
    "session-19 forty-seventh": ("guard_holdout54",),
    "session-20 forty-eighth": ("guard_holdout55",),
    "session-20 forty-ninth": ("guard_holdout56",),
    "session-20 fiftieth": ("guard_holdout57",),
    "session-21 fifty-first": ("guard_holdout58",),
    "session-21 fifty-second": ("guard_holdout59",),
    "session-21 fifty-third": ("guard_holdout60",),
    "session-22 fifty-fourth": ("guard_holdout61",),
    "session-22 fifty-fifth": ("guard_holdout62",),
    "session-22 fifty-sixth": ("guard_holdout63",),
    "session-23 fifty-seventh": ("guard_holdout64",),
    "session-23 fifty-eighth": ("guard_holdout65",),
    "session-23 fifty-ninth": ("guard_holdout66",),
    "session-24 sixtieth": ("guard_holdout67",),
    "session-24 sixty-first": ("guard_holdout68",),
    "session-24 sixty-second": ("guard_holdout69",),
    "session-25 sixty-third": ("guard_holdout70",),
    "session-25 sixty-fourth": ("guard_holdout71",),
    "session-25 sixty-fifth": ("guard_holdout72",),
    "session-25 sixty-sixth": ("guard_holdout73",),
    "session-25 sixty-seventh": ("guard_holdout74",),
    "session-25 sixty-eighth": ("guard_holdout75",),
    "session-26 sixty-ninth": ("guard_holdout76",),
    "session-26 seventieth": ("guard_holdout77",),
    "session-26 seventy-first": ("guard_holdout78",),
    "session-26 seventy-second": ("guard_holdout79",),
    "session-26 seventy-third": ("guard_holdout80",),
    "session-26 seventy-fourth": ("guard_holdout81",),
    "session-27 seventy-fifth": ("guard_holdout82",),
    "session-27 seventy-sixth": ("guard_holdout83",),
    "session-27 seventy-seventh": ("guard_holdout84",),
    "session-27 seventy-eighth": ("guard_holdout85",),
    "session-27 seventy-ninth": ("guard_holdout86",),
    "session-27 eightieth": ("guard_holdout87",),
    "session-27 eighty-first": ("guard_holdout88",),
    "session-27 eighty-second": ("guard_holdout89",),
    "session-27 eighty-third": ("guard_holdout90",),
    "session-28 eighty-fourth": ("guard_holdout91",),
    "session-28 eighty-fifth": ("guard_holdout92",),
    "session-28 eighty-sixth": ("guard_holdout93",),
    "session-28 eighty-seventh": ("guard_holdout94",),
    "session-28 eighty-eighth": ("guard_holdout95",),
    "session-28 eighty-ninth": ("guard_holdout96",),
    "session-28 ninetieth": ("guard_holdout97",),
    "session-28 ninety-first": ("guard_holdout98",),
    "session-28 ninety-second": ("guard_holdout99",),
    "session-28 ninety-third": ("guard_holdout100",),
    "session-29 ninety-fourth": ("guard_holdout101",),
    "session-29 ninety-fifth": ("guard_holdout102",),
    "session-29 ninety-sixth": ("guard_holdout103",),
    "session-29 ninety-seventh": ("guard_holdout104",),
    "session-29 ninety-eighth": ("guard_holdout105",),
    "session-29 ninety-ninth": ("guard_holdout106",),
    "session-30 hundredth": ("guard_holdout107",),
    "session-30 hundred-and-first": ("guard_holdout108",),
    "session-30 hundred-and-second": ("guard_holdout109",),
    "session-30 hundred-and-third": ("guard_holdout110",),
    "session-30 hundred-and-fourth": ("guard_holdout111",),
    "session-30 hundred-and-fifth": ("guard_holdout112",),
    "session-31 hundred-and-sixth": ("guard_holdout113",),
    "session-31 hundred-and-seventh": ("guard_holdout114",),
    "session-31 hundred-and-eighth": ("guard_holdout115",),
    "session-31 hundred-and-ninth": ("guard_holdout116",),
    "session-31 hundred-and-tenth": ("guard_holdout117",),
    "session-32 hundred-and-eleventh": ("guard_holdout118",),
    "session-32 hundred-and-twelfth": ("guard_holdout119",),
    "session-32 hundred-and-thirteenth": ("guard_holdout120",),
    "session-32 hundred-and-fourteenth": ("guard_holdout121",),
    "session-33 hundred-and-fifteenth": ("guard_holdout122",),
    "session-33 hundred-and-sixteenth": ("guard_holdout123",),
    "session-33 hundred-and-seventeenth": ("guard_holdout124",),
    "session-33 hundred-and-eighteenth": ("guard_holdout125",),
    "session-34 hundred-and-nineteenth": ("guard_holdout126",),
    "session-34 hundred-and-twentieth": ("guard_holdout127",),
    "session-34 hundred-and-twenty-first": ("guard_holdout128",),
    "session-34 hundred-and-twenty-second": ("guard_holdout129",),
    "session-34 hundred-and-twenty-third": ("guard_holdout130",),
    "session-34 hundred-and-twenty-fourth": ("guard_holdout131",),
    "session-35 hundred-and-twenty-fifth": ("guard_holdout132",),
    "session-35 hundred-and-twenty-sixth": ("guard_holdout133",),
    "session-35 hundred-and-twenty-seventh": ("guard_holdout134",),
    "session-35 hundred-and-twenty-eighth": ("guard_holdout135",),
    "session-35 hundred-and-twenty-ninth": ("guard_holdout136",),
    "session-36 hundred-and-thirtieth": ("guard_holdout137",),
    "session-36 hundred-and-thirty-first": ("guard_holdout138",),
    "session-36 hundred-and-thirty-second": ("guard_holdout139",),
    "session-36 hundred-and-thirty-third": ("guard_holdout140",),
    "session-36 hundred-and-thirty-fourth": ("guard_holdout141",),
    "session-37 hundred-and-thirty-fifth": ("guard_holdout142",),
    "session-37 hundred-and-thirty-sixth": ("guard_holdout143",),
    "session-37 hundred-and-thirty-seventh": ("guard_holdout144",),
    "session-37 hundred-and-thirty-eighth": ("guard_holdout145",),
    "session-37 hundred-and-thirty-ninth": ("guard_holdout146",),
    "session-38 hundred-and-fortieth": ("guard_holdout147",),
    "session-38 hundred-and-forty-first": ("guard_holdout148",),
    "session-38 hundred-and-forty-second": ("guard_holdout149",),
    "session-38 hundred-and-forty-third": ("guard_holdout150",),
    "session-38 hundred-and-forty-fourth": ("guard_holdout151",),
    "session-39 hundred-and-forty-fifth": ("guard_holdout152",),
    "session-39 hundred-and-forty-sixth": ("guard_holdout153",),
    "session-39 hundred-and-forty-seventh": ("guard_holdout154",),
    "session-39 hundred-and-forty-eighth": ("guard_holdout155",),
    "session-39 hundred-and-forty-ninth": ("guard_holdout156",),
}


@dataclass
class Score:
    should_block: int = 0
    blocked: int = 0
    should_allow: int = 0
    false_blocks: int = 0
    exact: int = 0
    total: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, got: set[str], want: set[str], allowed: bool) -> None:
        self.total += 1
        self.exact += got == want
        if want:
            self.should_block += 1
            self.blocked += not allowed
        else:
            self.should_allow += 1
            self.false_blocks += not allowed
        for v in got | want:
            self.tp[v] += v in got and v in want
            self.fp[v] += v in got and v not in want
            self.fn[v] += v in want and v not in got

    @property
    def recall(self) -> float:
        return self.blocked / self.should_block if self.should_block else 1.0

    @property
    def false_block_rate(self) -> float:
        return self.false_blocks / self.should_allow if self.should_allow else 0.0

    def headline(self) -> str:
        return (
            f"block recall **{self.recall:.3f}** ({self.blocked}/{self.should_block}), "
            f"false-block rate **{self.false_block_rate:.3f}** ({self.false_blocks}/{self.should_allow}), "
            f"exact violation sets {self.exact}/{self.total}"
        )


def _read(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def score_pairs(pairs: list[tuple[dict[str, object], dict[str, object]]]) -> tuple[Score, dict[str, Score]]:
    """The overall score and one per language (labels without a ``lang`` count as English)."""
    overall, by_lang = Score(), dict[str, Score]()
    for draft, label in pairs:
        verdict = check_draft(str(draft["subject"]), str(draft["body"]))
        got = {v.value for v in verdict.violations}
        want = {str(v) for v in label["violations"]}  # type: ignore[attr-defined]
        overall.add(got, want, verdict.allowed)
        lang = label.get("lang") or label.get("language") or "en"
        by_lang.setdefault(str(lang), Score()).add(got, want, verdict.allowed)
    return overall, by_lang


def _pairs(drafts: Path, labels: Path) -> list[tuple[dict[str, object], dict[str, object]]]:
    return list(zip(_read(drafts), _read(labels), strict=True))


def _section(title: str, pairs: list[tuple[dict[str, object], dict[str, object]]]) -> list[str]:
    overall, by_lang = score_pairs(pairs)
    lines = [
        f"**{title}**",
        "",
        overall.headline(),
        "",
        "| violation | precision | recall |",
        "|---|---:|---:|",
    ]
    for v in (x.value for x in Violation):
        tp, fp, fn = overall.tp[v], overall.fp[v], overall.fn[v]
        if tp + fp + fn:
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 1.0
            lines.append(f"| {v} | {p:.2f} | {r:.2f} |")
    if len(by_lang) > 1:
        lines += ["", "| language | drafts | block recall | false-block rate |", "|---|---:|---:|---:|"]
        for lang, s in sorted(by_lang.items()):
            lines.append(f"| {lang} | {s.total} | {s.recall:.3f} | {s.false_block_rate:.3f} |")
    return [*lines, ""]


class _EveryType:
    """A reader that finds every type it is trusted with: put through ``check_draft``, what is left of it is what
    the product's gates let the real reader add to this draft."""

    def likely(self, features: Iterable[str]) -> dict[str, float]:
        return dict.fromkeys(TRUSTED, 1.0)


def _reader_gates(subject: str, body: str) -> frozenset[str]:
    """The types the product lets its reader add to a draft: none to a fragment, none whose wording the rules saw
    and cleared (a refusal, a condition). Read by today's rules; where they now block the draft themselves (a
    wording fixed since its first pass), only the length gate is known."""
    if check_draft(subject, body, reader=None).violations:
        return frozenset(TRUSTED) if long_enough_for_reader(our_words(subject, body), body) else frozenset()
    return frozenset(v.value for v in check_draft(subject, body, reader=_EveryType()).violations)


def second_reader() -> list[str]:
    """The second reader measured the honest way: on each blind set, a reader trained without that set's group
    (``folds``: an eighth of the blind sets), adding its blocks to the rules' genuine first verdicts on it
    (``guard_first_pass_rules.json``), through the same gates as in the product (``_reader_gates``). Before
    session 33 the gates were left out, which overstated the reader (0.892 recall for 263 false blocks in
    4,366 drafts over 110 holdouts)."""
    first = json.loads((DATA / "guard_first_pass_rules.json").read_text())["sets"]
    sets = labelled_sets(DATA)
    out = [
        "| blind set | drafts | rules, first pass: recall, false blocks | rules + reader: recall, false blocks |",
        "|---|---:|---:|---:|",
    ]
    alone, both = Score(), Score()
    order = sorted(first, key=lambda name: (len(name), name))
    reader_for: dict[str, GuardReader] = {}
    for group in folds(order):
        reader = GuardReader.from_json(
            train_reader([d for other, v in sets.items() if other not in group for d in v])
        )
        reader_for.update(dict.fromkeys(group, reader))
    for name in order:
        entry, reader = first[name], reader_for[name]
        rows = {str(row["id"]): row for row in _read(DATA / name / "drafts.jsonl")}
        set_alone, set_both = Score(), Score()
        for draft in sets[name]:
            rules = set(entry["violations"][draft.draft_id])
            row = rows[draft.draft_id]
            gates = _reader_gates(str(row["subject"]), str(row["body"]))
            combined = rules or set(reader.likely(draft.features)) & gates
            for score, got in ((set_alone, rules), (set_both, combined), (alone, rules), (both, combined)):
                score.add(got, set(draft.violations), not got)
        out.append(
            f"| {name} (rules at {entry['commit']}) | {set_alone.total} | {_pair(set_alone)} | {_pair(set_both)} |"
        )
    out.append(f"| **all** | {alone.total} | {_pair(alone)} | {_pair(both)} |")
    return out


def _pair(score: Score) -> str:
    return f"{score.recall:.3f}, {score.false_blocks}/{score.should_allow} ({score.false_block_rate:.3f})"


def report() -> str:
    out = ["### Outbound guardrails (`guard`)", ""]
    for title, drafts, labels in SETS:
        if drafts is None or labels is None:
            pairs = [
                p
                for name in HOLDOUTS[
                    next(k for k in sorted(HOLDOUTS, key=len, reverse=True) if title.startswith(k))
                ]
                if (DATA / name / "drafts.jsonl").exists()
                for p in _pairs(DATA / name / "drafts.jsonl", DATA / name / "labels.jsonl")
            ]
        else:
            pairs = _pairs(drafts, labels)
        if pairs:
            out += _section(title, pairs)
    out += [
        "**the statistical second reader, grouped 8-fold** (each blind set read by a reader trained without its eighth of "
        "the blind sets: drafts neither the reader nor the rules had seen; "
        "the figures above are in-sample for the reader)",
        "",
        *second_reader(),
        "",
    ]
    return "\n".join(out).rstrip()
