"""Bank / remittance text in the shapes a US staffing agency really receives."""
from build_common import fmt, fmt_commas, norm_name


def digits(rng, k):
    """k-digit number with a non-zero first digit (never reads as an invoice number)."""
    return str(rng.randint(10 ** (k - 1), 10 ** k - 1))


def bank_payer(rng, name):
    """How a bank prints a customer's own name."""
    s = norm_name(name)
    r = rng.random()
    if r < 0.3:
        return s[:22].rstrip()
    if r < 0.5:
        return s + " AP"
    return s


def edi(ref):
    """An EDI 820 RMR element carries no spaces or words: keep only the compact form of a spelled reference."""
    core = ref.split()[-1].replace("#", "").replace("No.", "")
    return core if "INV" in core.upper() or core[:1].isdigit() or core[:1] in "Oo" else ref


def ymd(date):
    return date.replace("-", "")[2:]


def wrap_single(rng, channel, payer, ref, date, amount_cents):
    """Reference (and sometimes remittance) carrying one invoice reference `ref` (already spelled)."""
    if channel == "ach_ccd":
        r = rng.random()
        if r < 0.4:
            return (f"ACH CREDIT CCD ORIG CO NAME:{payer[:16]} ORIG ID:{digits(rng, 10)} DESC DATE:{ymd(date)} "
                    f"CO ENTRY DESCR:PAYMENTS SEC:CCD TRACE#:{digits(rng, 15)} IND ID:{ref}"), None
        if r < 0.7:
            return f"{ref}", None
        return f"PMT {ref} THANK YOU", None
    if channel == "ach_ctx":
        rem = (f"ISA*00*~ST*820*{digits(rng, 4)}~BPR*C*{fmt(amount_cents)}*C*ACH*CTX~TRN*1*{digits(rng, 12)}~"
               f"N1*PR*{payer[:30]}~RMR*IV*{edi(ref)}*PI*{fmt(amount_cents)}~SE*8*{digits(rng, 4)}~")
        return f"ACH CTX EDI820 TRN {digits(rng, 12)}", rem
    if channel == "lockbox":
        return (f"LOCKBOX {digits(rng, 4)} BATCH {rng.randint(100, 999)} ITEM {rng.randint(1, 99):03d} CHK {digits(rng, 6)}",
                f"Check stub scan: {ref}  amt ${fmt_commas(amount_cents)}")
    if channel == "wire":
        return f"FEDWIRE CREDIT B/O {payer[:24]} REF {ref} FED REF {digits(rng, 10)}", None
    if channel == "vcard":
        return (f"VIRTUAL CARD PMT PAYMODE-X AUTH {digits(rng, 6)}",
                f"Supplier payment advice - {ref} - amount {fmt_commas(amount_cents)}")
    if channel == "portal":
        return (f"PAYER PORTAL REMIT {digits(rng, 8)}",
                f"Remittance portal: invoice {ref} paid {fmt_commas(amount_cents)}")
    raise ValueError(channel)


def wrap_multi(rng, channel, payer, lines, total_cents, date):
    """lines: [(spelled ref, paid cents)]. Returns reference, remittance listing every invoice."""
    if channel == "ach_ctx":
        parts = [f"ISA*00*~ST*820*{digits(rng, 4)}~BPR*C*{fmt(total_cents)}*C*ACH*CTX~TRN*1*{digits(rng, 12)}~",
                 f"N1*PR*{payer[:30]}~"]
        for ref, amt in lines:
            parts.append(f"RMR*IV*{edi(ref)}*PI*{fmt(amt)}~")
        parts.append(f"SE*{len(lines) + 5}*{digits(rng, 4)}~")
        return f"ACH CTX EDI820 TRN {digits(rng, 12)}", "".join(parts)
    if channel == "lockbox":
        body = "; ".join(f"{ref} ${fmt_commas(amt)}" for ref, amt in lines)
        return (f"LOCKBOX {digits(rng, 4)} BATCH {rng.randint(100, 999)} ITEM {rng.randint(1, 99):03d} CHK {digits(rng, 6)}",
                f"Check stub scan - invoices paid: {body}  total ${fmt_commas(total_cents)}")
    if channel == "portal":
        body = "\n".join(f"{ref}\t{fmt(amt)}" for ref, amt in lines)
        return f"PAYER PORTAL REMIT {digits(rng, 8)}", f"Invoice\tAmount paid\n{body}\nTotal\t{fmt(total_cents)}"
    if channel == "ach_ccd":
        refs = " ".join(ref for ref, _ in lines)
        return f"ACH CCD {payer[:16]} REMIT {refs}", None
    raise ValueError(channel)
