"""Our dunning reminders and the ways customers' mail clients quote them."""
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from b_common import CO, DOM, addr, tz

SENDER = "Falconridge Aero Billing"
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

class Reminder:
    def __init__(self, case, contact, customer, invs, cur, sent, stage=1, lang="en"):
        # invs: list of (invoice, due 'YYYY-MM-DD', amount str '12345.00', description)
        self.case, self.contact, self.customer, self.invs, self.cur = case, contact, customer, invs, cur
        self.sent = datetime.strptime(sent, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)
        self.stage, self.lang = stage, lang
        self.email = f"ar+{case}@{DOM}"
        self.sender = addr(SENDER, self.email)
        self.msgid = f"<{case}.r{stage}.{self.sent:%Y%m%dT%H%M%S}Z@{DOM}>"
        tot = sum(Decimal(a) for _, _, a, _ in invs)
        self.total = f"{tot:,.2f}"
        due0 = min(datetime.strptime(d, "%Y-%m-%d").date() for _, d, _, _ in invs)
        self.days = (self.sent.date() - due0).days
        if lang == "ru":
            if len(invs) == 1:
                self.subject = f"Напоминание об оплате: счёт {invs[0][0]} просрочен ({cur} {self.total})"
            else:
                self.subject = f"Напоминание об оплате: {len(invs)} просроченных счёта ({cur} {self.total}) [{case}]"
        else:
            lead = {1: "Payment reminder", 2: "Second notice", 3: "Final notice"}[stage]
            if len(invs) == 1:
                self.subject = f"{lead}: invoice {invs[0][0]} is {self.days} days overdue ({cur} {self.total})"
            else:
                self.subject = f"{lead}: {len(invs)} invoices overdue, {cur} {self.total} [{case}]"

    def text(self):
        rows = "\n".join(f"  {i:<11}{d:<13}{self.cur} {Decimal(a):,.2f}   {desc}" for i, d, a, desc in self.invs)
        if self.lang == "ru":
            return (f"Уважаемый(ая) {self.contact},\n\nпо нашим данным, следующие счета {self.customer} не оплачены в срок:\n\n"
                    f"  Счёт       Срок оплаты  Сумма\n{rows}\n\nИтого к оплате: {self.cur} {self.total}\n\n"
                    f"Оплатить можно онлайн: https://pay.falconridge.example/c/{self.case} или банковским переводом\n"
                    f"по реквизитам, указанным в счёте. Если оплата уже произведена, сообщите, пожалуйста,\n"
                    f"дату и номер платёжного поручения, чтобы мы могли её зачесть.\n\n"
                    f"С уважением,\nОтдел дебиторской задолженности\n{CO} LLC\n")
        n = "invoice" if len(self.invs) == 1 else "invoices"
        isare = "is" if len(self.invs) == 1 else "are"
        intro = {1: f"This is a friendly reminder that the following {n} for {self.customer} {isare} past due:",
                 2: f"We have not yet received payment for the following {n} for {self.customer}:",
                 3: f"Despite our earlier reminders, the following {n} for {self.customer} {isare} still unpaid.\nPlease arrange payment within 7 days to avoid a hold on new orders:"}[self.stage]
        return (f"Dear {self.contact},\n\n{intro}\n\n"
                f"  Invoice    Due date     Amount\n{rows}\n\nTotal overdue: {self.cur} {self.total}\n\n"
                f"You can pay online at https://pay.falconridge.example/c/{self.case} or by bank transfer\n"
                f"to the account shown on the invoice. If you have already paid, please reply with the\n"
                f"payment date and reference so we can match it. If anything on the invoice looks wrong,\n"
                f"just reply and tell us.\n\nKind regards,\n\nAccounts Receivable\n{CO} LLC | Dubai Airport Freezone\n"
                f"Tel +971 4 555 0190 | ar@falconridge.example\n")

    def local(self, off):
        return self.sent.astimezone(tz(off))

# ---------------------------------------------------------------- quoting
def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))

def _h12(d):
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"

AR_MON = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_WD = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
RU_MON_S = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
RU_MON_G = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
RU_WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
TR_MON = ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"]
TR_WD = ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"]
HE_MON = ["בינו׳", "בפבר׳", "במרץ", "באפר׳", "במאי", "ביוני", "ביולי", "באוג׳", "בספט׳", "באוק׳", "בנוב׳", "בדצמ׳"]
HE_WD = ["ב׳", "ג׳", "ד׳", "ה׳", "ו׳", "ש׳", "א׳"]
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
FA_WD = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
FA_MON = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
HI_MON = ["जन॰", "फ़र॰", "मार्च", "अप्रैल", "मई", "जून", "जुल॰", "अग॰", "सित॰", "अक्तू॰", "नव॰", "दिस॰"]
HI_WD = ["सोम", "मंगल", "बुध", "गुरु", "शुक्र", "शनि", "रवि"]
UR_MON = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]
UR_WD = ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"]
KK_MON = ["қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел."]
KK_WD = ["дс", "сс", "ср", "бс", "жм", "сб", "жс"]
AZ_MON = ["yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek"]
AZ_WD = ["B.e.", "Ç.a.", "Ç.", "C.a.", "C.", "Ş.", "B."]

def gmail_attr(r, off, lang="en"):
    d = r.local(off); s = r.sender
    if lang == "en":
        return f"On {EN_WD[d.weekday()][:3]}, {EN_MON[d.month-1][:3]} {d.day}, {d.year} at {_h12(d)} {s} wrote:"
    if lang == "en-gb":
        return f"On {EN_WD[d.weekday()][:3]}, {d.day} {EN_MON[d.month-1][:3]} {d.year} at {d:%H:%M}, {s} wrote:"
    if lang == "ar":
        return f"في {AR_WD[d.weekday()]}، {d.day} {AR_MON[d.month-1]} {d.year} {d:%I:%M} {'ص' if d.hour < 12 else 'م'} {s} كتب:"
    if lang == "ru":
        return f"{RU_WD[d.weekday()]}, {d.day} {RU_MON_S[d.month-1]} {d.year} г. в {d:%H:%M}, {s}:"
    if lang == "tr":
        return f"{s}, {d.day} {TR_MON[d.month-1]} {d.year} {TR_WD[d.weekday()]}, {d:%H:%M} tarihinde şunu yazdı:"
    if lang == "he":
        return f"\u202bבתאריך יום {HE_WD[d.weekday()]}, {d.day} {HE_MON[d.month-1]} {d.year} ב-{d:%H:%M} מאת \u200f{s}\u200f:\u202c"
    if lang == "fa":
        return f"در تاریخ {FA_WD[d.weekday()]} {str(d.day).translate(FA_DIG)} {FA_MON[d.month-1]} {str(d.year).translate(FA_DIG)}، ساعت {d:%H:%M}".translate(FA_DIG) + f" {s} نوشت:"
    if lang == "hi":
        return f"{HI_WD[d.weekday()]}, {d.day} {HI_MON[d.month-1]} {d.year} को {d:%-I:%M} {'am' if d.hour < 12 else 'pm'} बजे {s} ने लिखा:"
    if lang == "ur":
        return f"{UR_WD[d.weekday()]}، {d.day} {UR_MON[d.month-1]}، {d.year} کو {d:%-I:%M} {'AM' if d.hour < 12 else 'PM'} بجے {s} نے لکھا:"
    if lang == "kk":
        return f"{KK_WD[d.weekday()]}, {d.day} {KK_MON[d.month-1]} {d.year} ж., {d:%H:%M} {s}:"
    if lang == "az":
        return f"{AZ_WD[d.weekday()]}, {d.day} {AZ_MON[d.month-1]} {d.year}, {d:%H:%M} tarixində {s} yazdı:"
    raise ValueError(lang)

def apple_attr(r, off, lang="en"):
    d = r.local(off); s = r.sender
    if lang == "en":
        return f"On {d.day} {EN_MON[d.month-1][:3]} {d.year}, at {d:%H:%M}, {s} wrote:"
    if lang == "ru":
        return f"{d.day} {RU_MON_G[d.month-1]} {d.year} г., в {d:%H:%M}, {s} написал(а):"
    if lang == "tr":
        return f"{d.day} {TR_MON[d.month-1]} {d.year} tarihinde {d:%H:%M} saatinde, {s} şunları yazdı:"
    if lang == "he":
        return f"\u202bב-{d.day} {HE_MON[d.month-1]} {d.year}, בשעה {d:%H:%M}, \u200f{s}\u200f כתב/ה:\u202c"
    if lang == "ar":
        return f"في {d.day} {AR_MON[d.month-1]} {d.year}، الساعة {d:%H:%M}، كتب {s}:"
    raise ValueError(lang)

OUTLOOK_LBL = {
    "en": ("From", "Sent", "To", "Subject", "Cc"),
    "ar": ("من", "تم الإرسال", "إلى", "الموضوع", "نسخة"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu", "Bilgi"),
    "ru": ("От", "Отправлено", "Кому", "Тема", "Копия"),
    "he": ("מאת", "נשלח", "אל", "נושא", "עותק"),
    "fa": ("از", "ارسال شده", "به", "موضوع", "رونوشت"),
    "kk": ("Кімнен", "Жіберілді", "Кімге", "Тақырып", "Көшірме"),
    "az": ("Kimdən", "Göndərilib", "Kimə", "Mövzu", "Surət"),
    "hi": ("प्रेषक", "भेजा गया", "प्रति", "विषय", "प्रतिलिपि"),
    "ur": ("From", "Sent", "To", "Subject", "Cc"),
}

def outlook_quote(r, off, to, lang="en", new_style=False):
    d = r.local(off)
    f, s, t, sub, _ = OUTLOOK_LBL[lang]
    if lang in ("en", "ur"):
        when = f"{EN_WD[d.weekday()]}, {EN_MON[d.month-1]} {d.day}, {d.year} {_h12(d)}" if not new_style else \
               f"{EN_WD[d.weekday()]}, {d.day} {EN_MON[d.month-1]} {d.year} {d:%H:%M}"
    elif lang == "ar":
        when = f"{AR_WD[d.weekday()]}، {d.day} {AR_MON[d.month-1]} {d.year} {d:%I:%M} {'ص' if d.hour < 12 else 'م'}"
    elif lang == "ru":
        when = f"{['понедельник','вторник','среда','четверг','пятница','суббота','воскресенье'][d.weekday()]}, {d.day} {RU_MON_G[d.month-1]} {d.year} г. {d:%H:%M}"
    elif lang == "tr":
        when = f"{['Pazartesi','Salı','Çarşamba','Perşembe','Cuma','Cumartesi','Pazar'][d.weekday()]}, {d.day} {['Ocak','Şubat','Mart','Nisan','Mayıs','Haziran','Temmuz','Ağustos','Eylül','Ekim','Kasım','Aralık'][d.month-1]} {d.year} {d:%H:%M}"
    elif lang == "he":
        when = f"יום {['שני','שלישי','רביעי','חמישי','שישי','שבת','ראשון'][d.weekday()]} {d.day:02d} {['ינואר','פברואר','מרץ','אפריל','מאי','יוני','יולי','אוגוסט','ספטמבר','אוקטובר','נובמבר','דצמבר'][d.month-1]} {d.year} {d:%H:%M}"
    elif lang == "fa":
        when = f"{FA_WD[d.weekday()]}, {d.day} {FA_MON[d.month-1]} {d.year} {d:%H:%M}"
    else:
        when = f"{d:%d.%m.%Y %H:%M}"
    sep = "________________________________" if new_style else "-----Original Message-----" if lang == "en" else "________________________________"
    return (f"{sep}\n{f}: {r.sender}\n{s}: {when}\n{t}: {to}\n{sub}: {r.subject}\n\n{r.text()}")
