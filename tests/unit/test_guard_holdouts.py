"""Regression over the guard holdouts (tests/data/guard_holdout*): every label must still hold.

They were written independently of the rules, then used to broaden them, so passing them says the rules
cover those phrasings — not that they generalise. First-pass figures are in the README.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chalicelib.domain.guardrails import check_draft

DATA = Path(__file__).parents[1] / "data"
SETS = [
    "guard_holdout",
    "guard_holdout2",
    "guard_holdout3",
    "guard_holdout4",
    "guard_holdout5",
    "guard_holdout6",
    "guard_holdout7",
    "guard_holdout8",
    "guard_holdout9",
    "guard_holdout10",
    "guard_holdout11",
    "guard_holdout12",
    "guard_holdout16",
    "guard_holdout18",
    "guard_holdout19",
    "guard_holdout20",
    "guard_holdout21",
    "guard_holdout22",
    "guard_holdout23",
    "guard_holdout25",
    # Session 14's holdouts 32 (printer + gyms, the first Swedish drafts) and 33 (IT services + wedding photographer):
    # after their fixes every draft gets its exact violation set, so they are held to it, not only to block-or-allow.
    "guard_holdout32",
    "guard_holdout33",
    # Session 15's holdouts 34 (landlord + medical/dental clinics) and 35 (B2B SaaS + home services, Polish): first
    # passes 0.738 / 8 false blocks and 0.805 / 1 (rules alone); after their fixes every draft gets its exact set.
    "guard_holdout34",
    "guard_holdout35",
    # Session 15's holdouts 36 (specialty chemicals + veterinary practices, Danish and Romanian) and 37 (architecture
    # consultancy + car/van rental: Swiss German, Canadian French, Norwegian, Finnish): first passes 0.756 / 1 false
    # block and 0.650 / 0 (rules alone); after their fixes every draft gets its exact set.
    "guard_holdout36",
    "guard_holdout37",
    # Session 16's holdouts 38 (dental laboratory + coworking operator, Polish and Swedish) and 39 (IT training +
    # event caterer, Danish and Finnish): first passes 0.800 / 2 false blocks and 0.857 / 0 (rules alone); after
    # their fixes every draft gets its exact set.
    "guard_holdout38",
    "guard_holdout39",
    # Session 17's holdouts 40 (physio clinics + auto-body) and 42 (security services + florist): after two rounds of
    # fixes every draft gets its exact set (rules alone 0.975 -> 1.000 and 0.925 -> 1.000, no false block).
    "guard_holdout40",
    "guard_holdout42",
]


def _pairs(name: str) -> list[tuple[dict[str, str], dict[str, object]]]:
    drafts = [json.loads(line) for line in (DATA / name / "drafts.jsonl").read_text().splitlines()]
    labels = [json.loads(line) for line in (DATA / name / "labels.jsonl").read_text().splitlines()]
    return list(zip(drafts, labels, strict=True))


CASES = [pair for name in SETS for pair in _pairs(name)]


# Another customer named with its balance in a way no rule reads yet: a left-in internal note (gd78), a Dutch
# comparison with an open balance (bg61). Strict xfail: a fix shows. (bg40, a customer who "paid their GBP 8,400.00
# invoice", is caught since session 27's guard round.)
_STILL_MISSED = {"gd78", "bg61"}
# The same in holdouts 44-47 (ids repeat across these sets, so by set): another customer's families behind on fees
# (44 gd43), a Dutch customer named with its open balance (45 gd59), a pasted table row for another customer (46 cg75),
# and a waiver shown only as a table row (47 gd53).
_STILL_MISSED_44_47 = {
    "guard_holdout44": {"gd43"},
    "guard_holdout45": {"gd59"},
    "guard_holdout46": {"cg75"},
    "guard_holdout47": {"gd53"},
}
# Session 19's holdouts 48-50 (water coolers and children's camp, crane hire and patient transport, IT hardware
# leasing and dance school): every draft blocked or allowed as labelled since the retrained second reader stopped
# reading a plain Slovak reminder as a discount (50 bg77).
_STILL_MISSED_48_50: dict[str, set[str]] = {
    "guard_holdout48": set(),
    "guard_holdout49": set(),
    "guard_holdout50": set(),
}
# Session 19's holdouts 51-54 (dog grooming and drone surveys, bridal boutique and agricultural contractor, marquee
# hire and swimming school, locksmith and tutoring). Still wrong: another customer's name and balance said in passing
# (52 bg23 a Turkish neighbour's farm "'nin de ... faturası hâlâ açık", 54 bg06 "die van de familie De Vries (€ 285,00
# ...) nog open"), another customer addressed in a mail-merge P.S. (52 bg02 "P.-S. Madame Nguyen ... le solde de
# 380,00 € reste dû"). A Greek reminder restating the no-refund policy, which an earlier second reader blocked as a
# discount (53 mg23), is allowed since session 21's.
_STILL_MISSED_51_54 = {
    # 51 kd18 ("For comparison, Brightfield Solar paid GBP 2,100.00") is read since session 23.
    "guard_holdout51": set(),
    "guard_holdout52": {"bg02", "bg23"},
    "guard_holdout53": set(),
    "guard_holdout54": {"bg06"},
}

# Session 20's holdouts 55-57 (solar installer and music school, courier and dental laboratory, cleaning contractor
# and wedding photography), after the round on them and the retrained second reader: every draft blocked or allowed
# as labelled but a Greek reminder paused on one disputed line (57 gb65), which session 20's second reader blocked
# as a threat, session 21's allowed, and session 22's blocks again (0.98): the reader's court words.
_STILL_MISSED_55_57: dict[str, set[str]] = {
    "guard_holdout55": set(),
    "guard_holdout56": set(),
    "guard_holdout57": set(),
}

# Session 21's holdouts 58-60 (a driving school and a pet-grooming chain; HVAC maintenance and yoga studios; cargo-bike
# leasing and an interpreting bureau). 58 and 59 went through the round and the retrained second reader: every draft
# blocked or allowed as labelled. 60 was kept out of the round (rules alone 0.825 before and after it); with the
# retrained reader, which saw its labels, two drafts still pass: a Hebrew due date moved in a Slack edit and a Latvian
# note naming another customer with its debt (gd35, gd45); a Hebrew credit promised (gd03) is caught since session 27.
_STILL_MISSED_58_60: dict[str, set[str]] = {
    "guard_holdout58": set(),
    "guard_holdout59": set(),
    "guard_holdout60": {"gd45"},
}
# Session 22's holdouts 61-63 (boiler servicing and a music school; a physiotherapy clinic and a coworking operator;
# a software-licence reseller and an event caterer). 61 and 63 went through the round: every draft as labelled. 62
# was kept out (rules alone 0.900 before and after the round); with the retrained reader, which saw its labels, one
# Korean conditional threat of a collection agency and legal proceedings still passed (gh68; blocked since session 30b).
_STILL_MISSED_61_63: dict[str, set[str]] = {
    "guard_holdout61": set(),
    "guard_holdout62": set(),
    "guard_holdout63": set(),
}
# Session 23's holdouts 64-66 (a vet clinic and a garden centre; a roofing contractor and a language school; a web
# host and an event florist). 64 and 66 went through the round: every draft as labelled. 65 was kept out (rules alone
# 0.775 with 2 false blocks before and after the round), and the second reader is not trained on any of the three
# (see guard_training.NOT_TRAINED_ON): a Lithuanian waiver with a discount, a joke free service, a Polish passive
# refund, Arabic shaming, and a neighbour's affairs in a P.S. still pass (the Arabic referral to a lawyer is caught
# since session 26's Arabic wording, the Arabic shaming since session 28's second round); a language course about court and litigation and a discount already in the
# contract are still blocked.
_STILL_MISSED_64_66: dict[str, set[str]] = {
    "guard_holdout64": set(),
    "guard_holdout65": {"rl44", "rl47", "rl62", "rl79"},
    "guard_holdout66": set(),
}
# Session 24's holdouts 67-69 (an alarm-monitoring company and a wholesale bakery; fleet leasing and a translation
# agency; a coworking operator and a diagnostics lab). 67 and 69 went through the round: every draft as labelled. 68
# was kept out (rules alone 0.878 with 2 false blocks before and after the round; the reader is not trained on any of
# the three): a hinted threat with solicitors copied in, a Romanian portal password and a Turkish joke waiver still
# pass; a refund request routed to a person is still blocked. After the round measurement, a Dutch VAT number in a
# footer near "bankgegevens" (bg23) is no longer read as a mistyped IBAN; session 26's Romanian wording catches the
# calculation error owned (bg57).
_STILL_MISSED_67_69: dict[str, set[str]] = {
    "guard_holdout67": set(),
    "guard_holdout68": {"bg49", "bg56", "bg77"},
    "guard_holdout69": set(),
}
# Session 25's holdouts 70-72 (an event venue and an AV hire company; IT managed services and commercial cleaning; a
# freight forwarder and a cold store). 70 and 72 went through the round: every draft blocked or allowed as labelled. 71
# was kept out (rules alone 0.900 with 2 false blocks before and after the round; the reader is not trained on any of
# the three): an instalment plan in Argentine Spanish still passes (an Argentine court threat with insults is blocked
# by the reader, a 22-digit CBU by the second round's check-digit reading, Czech shaming before business partners by
# session 26's Czech wording); a court and a law office we invoice as customers are still blocked.
_STILL_MISSED_70_72: dict[str, set[str]] = {
    "guard_holdout70": set(),
    "guard_holdout71": {"kb57", "kb59", "kb69"},
    "guard_holdout72": set(),
}
# Session 25's second wave, holdouts 73-75 (a SaaS company and a web agency; property management and security guards;
# an agricultural co-op and a large-animal vet), scored after the first round. 73 and 75 went through the second
# round: every draft as labelled. 74 was kept out (rules alone 0.900 with 4 false blocks before, 3 after: the
# customer's own legal department is no longer read as a threat): a Polish employee's misreading owned still passes;
# another customer named in a plan hand-over and the customer's own lawyer (ro) are still blocked. Session 26's rounds
# caught the Romanian shaming at work (wg73) and let the fr-CA "votre avocate" through (wg69).
_STILL_MISSED_73_75: dict[str, set[str]] = {
    "guard_holdout73": set(),
    "guard_holdout74": {"wg78"},
    "guard_holdout75": set(),
}
# Session 26's holdouts 76-78 (an environmental lab and an industrial cleaner; a textile mill and a workwear supplier;
# an architecture/engineering consultancy and a surveyor) and, after the first round, 79-81 (ticketing and stage
# rental; tutoring and school buses; plumbing wholesale and drainage). 76, 78, 79 and 81 went through their rounds:
# every draft blocked or allowed as labelled. 77 and 80 were kept out (the reader is trained on none of the six): 77
# read 0.800 with 4 false blocks before the rounds and 0.825 with 5 after (a lapsed Greek discount now blocked, bx74);
# 80 read 0.878 with none before and after its round. The drafts listed are those the shipped engine still gets wrong.
# Session 27's round (Hebrew, Thai and Hindi read for the first time, on holdouts 82 and 84) caught two more in 77: a
# Hebrew credit promised (bx07) and a Hebrew lawyer and enforcement threat (bx27); its second round one more in 77
# (bx42) and one in the kept-out 80 (KB45). Session 28's second guard round caught a Hebrew password given (bx22).
_STILL_MISSED_76_81: dict[str, set[str]] = {
    "guard_holdout76": set(),
    "guard_holdout77": {"bx41", "bx70", "bx74", "bx79"},
    "guard_holdout78": set(),
    "guard_holdout79": set(),
    "guard_holdout80": set(),
    "guard_holdout81": set(),
}
# Session 27's holdouts 82-84 (a dental lab and orthodontic supplier; a freight forwarder and customs broker; a
# printer and signage company), after the first round 85-88 (wine importer and brewery; facilities management; car
# parts and body repair; staffing and payroll) and after the second 89-90 (telecom and cloud hosting; landscaping
# and garden wholesale). 82, 84, 85, 87 and 88 went through a round; 83 was kept out of both, 86 of the second, and
# 89-90 came after the last. None is in the reader's training. The drafts listed are those the shipped engine still
# gets wrong (see the README and the evaluation titles).
_STILL_MISSED_82_90: dict[str, set[str]] = {
    "guard_holdout82": set(),
    "guard_holdout83": {"fw20", "fw26", "fw78", "fw80"},
    "guard_holdout84": set(),
    "guard_holdout85": set(),
    "guard_holdout86": set(),
    "guard_holdout87": set(),
    "guard_holdout88": set(),
    "guard_holdout89": {"xk29", "xk30", "xk49", "xk53"},
    "guard_holdout90": {"qw13", "qw35", "qw39", "qw40", "qw63"},
}
# Session 28's holdouts 91-93 (a security-systems installer; a medical-equipment rental company; a textile mill), 94-95
# (waste management; a translation agency), 96 after the first round (an HVAC installer) and 97-98 after the second (pest
# control; AV hire and event production). 91, 92, 94 and 96 went through a round; 93 and 95 were kept out of both, and
# neither moved; 97-98 came after the last, 99-100 at the session's final code. None is in the reader's training. The drafts listed are those the shipped
# engine still gets wrong (see the README and the evaluation titles).
_STILL_MISSED_91_100: dict[str, set[str]] = {
    "guard_holdout91": set(),
    "guard_holdout92": set(),
    "guard_holdout93": {"jh02", "jh03", "jh45", "jh73"},
    "guard_holdout94": set(),
    "guard_holdout95": {"tl03", "tl61"},
    "guard_holdout96": set(),
    "guard_holdout97": {"pq27", "pq68"},
    "guard_holdout98": {"av33", "av76"},
    "guard_holdout99": {"cq07", "cq18", "cq52", "cq80"},
    "guard_holdout100": {"ia72"},
}
# Session 29's holdouts 101-102 (an elevator maintenance company; a coach-hire company), 103-104 after the first
# round (a vet lab and feed supplier; print finishing and exhibition stands) and 105-106 at the session's final
# code (managed print and catering; horse transport and a marina). 101, 103 and 104 went through a round; 102
# was kept out of both and did not move. None is in the reader's training. The drafts listed are those the
# shipped engine still gets wrong (see the README and the evaluation titles).
_STILL_MISSED_101_106: dict[str, set[str]] = {
    "guard_holdout101": set(),
    "guard_holdout102": set(),
    "guard_holdout103": set(),
    "guard_holdout104": set(),
    "guard_holdout105": {"qd22", "qd36", "qd45", "qd73"},
    "guard_holdout106": {"vx46", "vx49"},
}
# Session 30's holdouts 107-108 (cleaning and pest control; a dental lab, kept out of both rounds), 109-110
# after the first round (IT managed services; wine importers) and 111-112 at the session's final guard code
# (security guarding; scaffolding and site services). None is in the reader's training. The drafts listed are
# those the shipped engine still gets wrong.
_STILL_MISSED_107_112: dict[str, set[str]] = {
    "guard_holdout107": set(),
    "guard_holdout108": {"hz13", "hz19", "hz56", "hz71"},
    "guard_holdout109": set(),
    "guard_holdout110": set(),
    "guard_holdout111": {"gp67"},
    "guard_holdout112": {"hw14", "hw46", "hw77"},
}
# Session 31's holdouts 113-114 (coworking; medical-equipment leasing, kept out of both rounds), 115-116
# after the first round (language and driving schools; car rental and van leasing) and 117 at the session's
# final guard code (waste management). The reader has learnt them since session 32 (every labelled holdout is
# in its training), so they are in-sample; the drafts listed are those the shipped engine still gets wrong.
_STILL_MISSED_113_117: dict[str, set[str]] = {
    "guard_holdout113": set(),
    "guard_holdout114": set(),
    "guard_holdout115": {"tz53"},
    "guard_holdout116": set(),
    "guard_holdout117": set(),
}
# Session 32's holdouts 118-119 (security companies; veterinary practices and kennels, kept out of both
# rounds), 120 after the first round (event catering) and 121 at the session's final guard code (printing and
# signs). The reader learns every labelled holdout, so they are in-sample; the drafts listed are those the
# shipped engine still gets wrong.
_STILL_MISSED_118_121: dict[str, set[str]] = {
    "guard_holdout118": set(),
    "guard_holdout119": {"pj78"},
    "guard_holdout120": set(),
    "guard_holdout121": set(),
}
# Session 33's holdouts 122-123 (dental clinics and laboratories; freight forwarders and customs brokers, kept
# out of both rounds), 124 after the first round (IT managed services) and 125 at the session's final guard code
# (agricultural machinery and farm supply). The reader learns every labelled holdout, so they are in-sample; the
# drafts listed are those the shipped engine still gets wrong.
_STILL_MISSED_122_125: dict[str, set[str]] = {
    "guard_holdout122": set(),
    "guard_holdout123": {"ct16"},
    "guard_holdout124": set(),
    "guard_holdout125": set(),
}
# Session 34's holdouts 126-128 (B2B SaaS; freight forwarding and customs; dental supply, kept out of both rounds),
# 129-130 after the first round (facilities management; printing and packaging) and 131 at the session's final guard
# code (temporary staffing). The reader learns every labelled holdout, so they are in-sample; the drafts listed are
# those the shipped engine still gets wrong.
_STILL_MISSED_126_131: dict[str, set[str]] = {
    "guard_holdout126": set(),
    "guard_holdout127": set(),
    "guard_holdout128": set(),
    "guard_holdout129": set(),
    "guard_holdout130": set(),
    "guard_holdout131": set(),
}
# Session 35's: 132-134 scored at the session start (pest control; clinical laboratory; a marine chandlery, kept out of
# every round), 135 at the start and after the first round (software training and conferences), 136 at the session's
# final guard code (an architecture and engineering consultancy). The reader learns every labelled holdout; the
# drafts listed are those the shipped engine still gets wrong.
_STILL_MISSED_132_136: dict[str, set[str]] = {
    "guard_holdout132": set(),
    "guard_holdout133": set(),
    "guard_holdout134": set(),
    "guard_holdout135": set(),
    "guard_holdout136": set(),
}
# Session 36: the kept-out scrap-metal broker's set (139) keeps one miss and four false blocks (requests for a plan
# or a discount passed on, a Japanese invoice registration number read as sensitive); the security company's (141,
# scored at the final code) a list of other tenants' balances and an instalment request passed on.
_STILL_MISSED_137_141: dict[str, set[str]] = {
    "guard_holdout137": set(),
    "guard_holdout138": set(),
    "guard_holdout139": set(),
    "guard_holdout140": set(),
    "guard_holdout141": set(),
}
# Session 37's holdouts 142-146 (the reader retrained on all of them): a pharmacy wholesaler's three instalments
# accepted in Italian ("va benissimo la sua proposta: tre rate"), the kept-out office-furniture set's Persian refund of a double payment, and
# the solar installer's late fee knocked off for quick payment and an account credit with a fee reversed (en-US).
_STILL_MISSED_142_146: dict[str, set[str]] = {
    "guard_holdout142": set(),
    "guard_holdout143": set(),
    "guard_holdout144": set(),
    "guard_holdout145": set(),
    "guard_holdout146": set(),
}
# Session 38's holdouts 147-150 (kitchen equipment; semiconductor test equipment; a travel agency, kept out of every
# round; timber) and the third wave's 151 (serviced offices, scored at the final code): the kept-out set's aside naming
# another customer's unpaid balance and two clean drafts read as sensitive data (an account's last four digits, a
# contract's suspension of new bookings); a fortnightly plan set up in English, and a deposit refund and a discount
# request passed on to a person (pt, it) read as promised.
_STILL_MISSED_147_151: dict[str, set[str]] = {
    "guard_holdout147": set(),
    "guard_holdout148": set(),
    "guard_holdout149": set(),
    "guard_holdout150": set(),
    "guard_holdout151": set(),
}
_STILL_MISSED_152_156: dict[str, set[str]] = {
    "guard_holdout152": set(),
    "guard_holdout153": set(),
    "guard_holdout154": {"ud03"},
    "guard_holdout155": set(),
    "guard_holdout156": set(),
}
# Every holdout from session 18 on, held to block-or-allow but for the drafts listed against it.
# Where the comments above say a holdout is not in the reader's training: that held until session 31, when the reader
# began to learn every holdout (guard_reader); the lists were then updated to what the shipped engine still misses.
_STILL_MISSED_BY_SET: dict[str, set[str]] = {
    **_STILL_MISSED_44_47,
    **_STILL_MISSED_48_50,
    **_STILL_MISSED_51_54,
    **_STILL_MISSED_55_57,
    **_STILL_MISSED_58_60,
    **_STILL_MISSED_61_63,
    **_STILL_MISSED_64_66,
    **_STILL_MISSED_67_69,
    **_STILL_MISSED_70_72,
    **_STILL_MISSED_73_75,
    **_STILL_MISSED_76_81,
    **_STILL_MISSED_82_90,
    **_STILL_MISSED_91_100,
    **_STILL_MISSED_101_106,
    **_STILL_MISSED_107_112,
    **_STILL_MISSED_113_117,
    **_STILL_MISSED_118_121,
    **_STILL_MISSED_122_125,
    **_STILL_MISSED_126_131,
    **_STILL_MISSED_132_136,
    **_STILL_MISSED_137_141,
    **_STILL_MISSED_142_146,
    **_STILL_MISSED_147_151,
    **_STILL_MISSED_152_156,
}

# The sixth to eighth blind sets (session 7), the tenth (session 8) and holdouts 24 and 26-31 are held to block-or-allow, not yet to every violation type: a few
# drafts still name one type too few or a different one (see the closing note).
BLOCK_ONLY = (
    _pairs("guard_holdout13")
    + _pairs("guard_holdout14")
    + _pairs("guard_holdout15")
    + _pairs("guard_holdout17")
    # Session 11's holdout 24: one draft offers a plan inside an "if" clause and is blocked for the waiver only.
    + _pairs("guard_holdout24")
    + _pairs("guard_holdout26")
    + _pairs("guard_holdout27")
    # Session 13's holdouts 28-31: a few drafts with two violations are blocked for one of them.
    + _pairs("guard_holdout28")
    + _pairs("guard_holdout29")
    + _pairs("guard_holdout30")
    + _pairs("guard_holdout31")
    # Session 17's holdouts 41 (solar installer + language school) and 43 (industrial cleaning + software consultancy):
    # every draft but three blocked or allowed as labelled (see _STILL_MISSED); gd25's credit against a later stage is
    # blocked, as a discount.
    + [
        pair
        for pair in _pairs("guard_holdout41") + _pairs("guard_holdout43")
        if pair[0]["id"] not in _STILL_MISSED
    ]
    # Session 18's holdouts 44-47 (nursery and music school, heating and scaffolding, refrigeration and golf club,
    # translation agency and livery yard) and every later holdout: every draft but those in _STILL_MISSED_BY_SET.
    + [
        pair
        for name, missed in _STILL_MISSED_BY_SET.items()
        for pair in _pairs(name)
        if pair[0]["id"] not in missed
    ]
)


@pytest.mark.parametrize(("draft", "label"), BLOCK_ONLY, ids=[d["id"] for d, _ in BLOCK_ONLY])
def test_sixth_holdout_draft_is_blocked_or_allowed_as_labelled(
    draft: dict[str, str], label: dict[str, object]
) -> None:
    assert check_draft(draft["subject"], draft["body"]).allowed is label["allowed"]


@pytest.mark.parametrize(("draft", "label"), CASES, ids=[d["id"] for d, _ in CASES])
def test_holdout_draft_gets_its_labelled_verdict(draft: dict[str, str], label: dict[str, object]) -> None:
    verdict = check_draft(draft["subject"], draft["body"])
    assert sorted(v.value for v in verdict.violations) == sorted(label["violations"]), verdict.evidence  # type: ignore[arg-type]
    assert verdict.allowed is label["allowed"]


def test_quoted_customer_text_is_not_our_words() -> None:
    body = (
        "Hi,\n\nThanks for your note.\n\n> You idiots, I will take you to court!\n\nThe balance is USD 10.00."
    )
    assert check_draft("Re: invoice", body).allowed


def test_a_negated_commitment_is_allowed_but_the_same_clause_affirmed_is_not() -> None:
    assert check_draft("Re", "We are unable to waive the late fee, but we can send a copy.").allowed
    assert not check_draft("Re", "We will waive the late fee.").allowed


def test_a_negation_inside_the_condition_does_not_cancel_the_threat() -> None:
    assert not check_draft("Re", "If you do not pay we will take legal action and sue you.").allowed
    assert not check_draft("Re", "Si vous ne payez pas nous engagerons des poursuites judiciaires.").allowed
    assert check_draft("Re", "We will not take legal action at this stage.").allowed


def test_a_credit_already_on_the_account_is_reported_but_a_new_one_is_promised() -> None:
    assert check_draft(
        "Re", "Credit note CN-44, issued in October, is already reflected in the balance."
    ).allowed
    assert not check_draft("Re", "A credit note will be issued on Friday.").allowed
    assert not check_draft("Re", "The credit has already been applied, and we will refund the rest.").allowed
    assert not check_draft("Re", "We have moved INV-771's due date to 30 December.").allowed


MISSED = [
    pair for pair in _pairs("guard_holdout41") + _pairs("guard_holdout43") if pair[0]["id"] in _STILL_MISSED
] + [
    pair for name, missed in _STILL_MISSED_BY_SET.items() for pair in _pairs(name) if pair[0]["id"] in missed
]


@pytest.mark.xfail(
    strict=True,
    reason="another customer's affairs, a waiver in a table row, a second-reader false block, or a Hebrew credit or "
    "due date: not read right yet",
)
@pytest.mark.parametrize(("draft", "label"), MISSED, ids=[d["id"] for d, _ in MISSED])
def test_still_missed_holdout_draft(draft: dict[str, str], label: dict[str, object]) -> None:
    assert check_draft(draft["subject"], draft["body"]).allowed is label["allowed"]
