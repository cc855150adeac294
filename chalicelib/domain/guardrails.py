"""Outbound guardrails: what only a person may say to a customer, whatever the autonomy level.

Every draft (template, LLM text, a person's edit) passes ``check_draft`` before it can be sent or even
proposed. The contract is ``shared/contracts/guardrails.md``: seven violation types, multilingual.

How it reads a draft:
- Quoted lines (``>``) are the customer's words, not ours, and are skipped.
- Text is compared in a folded form (case, accents, apostrophes, spaces) so one pattern covers
  "réduction"/"reduction" and "we’ll"/"we'll".
- Each violation type is a family of patterns in en, es, fr, de, pt, nl and it. Commitment types (legal
  threat, discount, refund or credit, terms change) ignore a match that is negated earlier in the same clause
  ("we cannot extend the due date, but ..."), because refusing is exactly what an agent should say.
- Sensitive data is found by structure, not words: card numbers pass Luhn, IBANs pass mod-97.

False blocks cost a person a click; a missed block can cost a lawsuit. Where a phrase is ambiguous the rule
leans to blocking, except for the known near-misses the contract lists as allowed (our own "collections team",
"Court Street", a German "Mahnung", masked card numbers, restating agreed late fees, pausing reminders on a
disputed line, recording the customer's own promise, passing a request to a person).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from chalicelib.domain.amounts import find_amounts
from chalicelib.domain.check_digits import luhn_ok
from chalicelib.domain.guard_reader import Reader, reader_features, reader_text, trained_reader
from chalicelib.domain.text import ORIGINAL_MESSAGE, any_of, strip_accents
from chalicelib.domain.wordmodel import count_words


class Violation(StrEnum):
    LEGAL_THREAT = "legal_threat"
    DISCOUNT_OFFER = "discount_offer"
    REFUND_OR_CREDIT_PROMISE = "refund_or_credit_promise"
    FAULT_ADMISSION = "fault_admission"
    TERMS_CHANGE = "terms_change"
    HARASSMENT = "harassment"
    SENSITIVE_DATA = "sensitive_data"


ORDER = list(Violation)


class GuardVerdict(BaseModel):
    model_config = ConfigDict(frozen=True)

    allowed: bool
    violations: list[Violation]
    # Why, per violation: the matched text, so a person sees what tripped the rule.
    evidence: dict[str, str] = {}


def fold(text: str) -> str:
    """Lower case, no accents, plain apostrophes and single spaces; the Turkish dotless "ı" as "i", as the patterns
    spell it ("utanmıyor musunuz")."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", strip_accents(text.casefold()).replace("ß", "ss").replace("\u0131", "i"))


_rx = any_of


# --- commitments (negation-aware) ---------------------------------------------------------------------

_LEGAL = _rx(
    # Statutory enforcement and the credit-default registers the Nordic, Swiss and Romanian drafts name: "leiten wir
    # die Betreibung ein", "siirrämme sen perintätoimistolle", "maksuhäiriömerkinnän", "vă chemăm în instanță și
    # cerem executarea silită".
    r"\bbetreibung(sbegehren|sverfahren)?\b(?!sauszug)|\bzahlungsbefehl\b",
    # The same Swiss debt enforcement in French and Italian: "une réquisition de poursuite auprès de l'office des
    # poursuites", "una domanda d'esecuzione all'ufficio di esecuzione". "poursuivre" (to carry on) is no step.
    r"\b(requisition|procedure) de poursuite\b|\boffice des poursuites\b|\bpoursuite pour dettes\b|"
    r"\b(domanda|procedura) d'esecuzione\b|\bufficio (di esecuzione|esecuzioni)\b",
    r"\b(perintatoimisto\w*|perintaan|maksuhairiomerkin\w*|luottotietomerkin\w*|ulosotto\w*|karajaoikeu\w*)",
    # The credit-default registers themselves: fi "ilmoitamme luottotietorekisteriin", et "maksehäireregistrisse".
    r"\b(luottotietorekister\w*|maksuhairiorekister\w*|maksehaireregist\w*)",
    r"\b(inkassobyra\w*|namsmann\w*|forliksrad\w*|fogedrett\w*|betalingsanmerkning\w*|kronofogden|skyldnerregist\w*)",
    # da: the debt reported to RKI or Debitor Registret ("indberette fordringen til RKI", "registreret i RKI"); the bare
    # letters are also the Robert Koch-Institut, so the register is named with its preposition.
    r"\b((til|i|hos|ved) rki|rki-\w+|debitor ?registret)\b",
    r"\b(in instanta|executar\w* silit\w*|executor\w* judecatoresc\w*|firma de recuperare)\b",
    # cs/sk: a collection agency, recovery through the courts, an action, enforcement by a bailiff, a lawyer.
    r"\b(inkasn\w* (agentur|spolecnost|firm)\w*|soudn\w* cest\w*|k soudu|zalob\w*|exekuc\w*|exekutor\w*|"
    r"platebni\w* rozkaz\w*|advokat\w* kancelar\w*|registr\w* (dluznik\w*|solus))\b",
    # sk/hu, read with the negation like the Czech ("nebudeme pohledávku předávat inkasní agentuře" promises none):
    # "pohľadávku postúpime inkasnej spoločnosti a podáme na súd návrh na vydanie platobného rozkazu", "a követelést
    # átadjuk követeléskezelő cégnek, illetve fizetési meghagyásos eljárást kezdeményezünk".
    r"\b(inkasn\w* spolocnost\w*|platobn\w* rozkaz\w*|(podame|podali|podat|podavame) (\w+ )?na sud|na sud (navrh|zalob)\w*|"
    r"predzalobn\w*|koveteleskezelo\w*|behajto (ceg|iroda)\w*|fizetesi meghagyas\w*|vegrehajt(o|as)\w*|ugyved\w*|"
    r"birosag(ra|hoz|on)|peres (eljaras|uton)\w*|jogi (lepes\w*|uton|eljaras\w*))\b",
    # The matter handed to someone who enforces, whatever the verb's tense or voice: "Wir übergeben die Angelegenheit
    # unserem Rechtsanwalt", "Affideremo il recupero del credito a una società specializzata", "Przekażemy sprawę do
    # windykacji". Our own collections team is not one of them.
    r"\b(hand\w* (\w+ ){0,3}?over|pass\w* (on |over )?to|refer\w*|transfer\w*|escalat\w*|uberg\w*|ubertrag\w*|weiterge\w*|abgeb\w*|"
    r"transmet\w*|transmis\w*|confi\w*|remit\w*|traslad\w*|encaminh\w*|repass\w*|affid\w*|trasmett\w*|overdra\w*|"
    # Belgian Dutch "overgemaakt aan" hands a file over ("wordt het dossier overgemaakt aan onze gerechtsdeurwaarder").
    r"overgedragen|overgemaakt aan|uit handen|przekaz\w*|skieruj\w*|skierowan\w*|oddam\w*)\b[^.;:!?]{0,60}\b(recht\w*anwalt\w*|"
    r"anwalt\w*|lawyers?|solicitors?|attorneys?|avocats?|abogad\w*|advogad\w*|avvocat\w*|(nostro |al )?legale|advocaat|"
    r"(gerechts)?deurwaarder|"
    r"bailiffs?|huissier\w*|gerichtsvollzieher\w*|komornik\w*|windykacj\w*|recupero (del |dei )?credit\w*|"
    r"recouvrement contentieux|service contentieux|cobranca judicial|cobro judicial|via judicial|drog\w* sadow\w*|"
    # ro "dosarul va fi transmis unei firme specializate în recuperarea creanțelor".
    r"recuperar\w* (a )?creant\w*)\b",
    # Credit-bureau listing in Brazil: "o seu nome poderá ser incluído no Serasa".
    r"\b(incluid\w*|inscrit\w*|negativad\w*|registrad\w*|lancad\w*) (\w+ )?(no|na|nos|em) (serasa|spc|boa vista|cadastros? "
    r"de (inadimplentes|devedores)|cartorio)\b",
    # en
    r"\b(external |third[- ]party |outside )?(debt )?collection(s)? agenc(y|ies)\b",
    r"\bdebt collect(or|ors|ion agency|ion company)\b",
    r"\bdebt recovery\b",
    r"\bcollections? (firm|company|partner|specialist|service|bureau|outfit)s?\b",
    r"(?<!your )(?<!their )\b(our |the )?legal (department|team|counsel|advisers?|representatives?)\b",
    r"\b(ufficio legale|al nostro legale|nostri legali|service juridique|rechtsabteilung|departamento (legal|juridico)|juridische afdeling)\b",
    r"\b(solicitors?|lawyers?|attorneys?) to (recover|collect|pursue)",
    r"\b(experian|equifax|transunion|dun (&|and) bradstreet|creditsafe|creditreform|serasa|schufa|asnef|crif|"
    # de-AT: the Austrian creditors' association that lists defaulters and collects ("Meldung an den KSV1870").
    r"ksv ?1870|kreditschutzverband)\b",
    r"\b(protesto (em cartorio|do titulo)|negativad\w*|cadastro de inadimplentes|registro de morosos|fichero de morosos)\b",
    r"\b(damage|harm|hurt|affect|impact)\w* (your |the company's )?credit (score|rating|file|history|record)\b",
    # Not a building or a street ("Wexford Court residents", "Court Street"): "the", "a" or a kind of court.
    r"\b(the|a|to|before|county|high|district|magistrates'?|small claims|civil|commercial|local) courts?\b"
    r"(?! (street|st|road|rd|avenue|ave|lane|house|yard|square|place|drive|way|residents|building|apartments|theatre|theater|hotel|hall|centre|center|inn|gardens|park|cinema|studio|"
    r"pavilion|arena|ballroom)\b)",
    r"\b(cobranca|cobro|recobro) judicial\b",
    r"\b(refer|pass|hand|send|turn|place)\w* (your |the |this )?(account|debt|matter|balance|invoice|it|this)s? (over )?to (an? )?(external |third[- ]party |outside )?(collection|debt|recovery|our (solicitor|lawyer|attorney|legal))",
    r"\blegal (action|proceedings|steps|measures|remedies|recourse)\b",
    r"\b(take|taking|bring|brought|see|seeing|drag|dragging) (you|your (company|business|firm)|this|the matter|it) to court\b",
    r"\bcourt (action|proceedings|order|claim|case|summons|judgment)\b",
    r"\b(in|through|via) (the )?courts?\b",
    # "sue" with an English verb around it: Italian "Sue indicazioni" and "le sue fatture" are "your" and "its".
    r"\b((will|to|'ll|going to|may|might|shall|can|could|then|and) sue|sue (you|your|them|the|for))\b",
    r"\b(suing|lawsuit|litigation|small claims|county court|winding[- ]up|statutory demand|letter before action|pre-action|bailiffs?|enforcement agents?)\b"
    # "civil litigation and criminal procedure modules", "the Small Claims workshop": what a course teaches.
    r"(?![^.;()]{0,40}\b(modules?|course|courses|classes|lessons|syllabus|workshops?|seminars?|tutorials?|units?)\b)",
    r"\b(our |a |the )?(solicitors?|lawyers?|attorneys?|legal (team|department|counsel)) (will|shall|are going to|is going to|to)\b",
    r"\b(instruct|engage|involve|contact)\w* (our |a |the )?(solicitors?|lawyers?|attorneys?|legal)",
    r"\b(credit (bureau|bureaus|reference agenc\w*|rating agenc\w*|reporting)|report\w* (this|the|your|it)[\w ]{0,30} to (the )?(commercial )?credit)",
    # fr
    r"\b(agence|societe|cabinet) (de |d')?recouvrement( externe)?\b|\bservice (de |d')?recouvrement externe\b",
    r"\brecouvrement (judiciaire|contentieux|force)\b",
    r"\b(poursuites|procedure|action|actions) (judiciaires?|en justice|legales?)\b",
    r"\b(tribunal|huissier|injonction de payer|mise en demeure|contentieux)\b",
    # The bailiff's new title (2022) and the formal demand a bailiff serves: "un commissaire de justice pour vous
    # délivrer un commandement de payer".
    r"\b(commissaire de justice|commandement de payer|procedure d'expulsion)\b",
    r"\b(notre |un )?avocat",
    # de
    r"\binkasso\w*",
    r"\b(rechtliche|gerichtliche|juristische) (schritte|massnahmen|wege)\b",
    r"\b(gericht\w*|klage|(raumungs|zahlungs|leistungs|herausgabe)klage\w*|verklagen|mahnbescheid\w*|mahngericht\w*|mahnverfahren|zwangsvollstreckung|gerichtsvollzieher|schufa)\b",
    r"\b(unser(en)? |einen? )?(rechts)?anwalt\w*",
    # es
    r"\b(agencia|empresa|gestora|despacho) de (cobros?|recobro|recuperacion)\b",
    r"\b(acciones|accion|medidas|via|procedimiento) (legal(es)?|judicial(es)?)\b",
    r"\b(?<!su asesor o su )(?<!su )(tribunal(es)?|juzgado|demanda judicial|demandar(le|les)?|abogados?|asnef|ficheros? de moros\w*|registros? de moros\w*|buro de credito)\b",
    # Latin America: collection through the courts, the debtor reported to a credit bureau: "iniciaremos la cobranza
    # judicial", "su RUT será informado a DICOM", "lo reportaremos en Veraz"; not DICOM medical images.
    r"\b(cobranza|cobro|recupero) (judicial|prejudicial|por via judicial)\b",
    r"\b(informad[oa]s?|informar\w*|informaremos|reportad[oa]s?|reportar\w*|reportaremos|ingresad[oa]s?|ingresar\w*|"
    r"registrad[oa]s?|incluid[oa]s?|incluir\w*|publicad[oa]s?|publicar\w*|publicaremos)\b[^.;!?]{0,20}"
    r"\b(a|en|al)( el| la)? (dicom|veraz|infocorp|datacredito|boletin comercial|equifax|transunion|sentinel)\b",
    # pt
    r"\b(agencia|empresa|assessoria) de cobranca\b",
    r"\b(acao|acoes|medidas|via|processo) (judicia(l|is)|legal|legais)\b",
    # Eviction proceedings, a landlord's court step: "el procedimiento de desahucio", "ação de despejo", "sfratto".
    r"\b((procedimiento|demanda|juicio|accion) de desahucio|(acao|processo) de despejo|sfratto|"
    r"ontruimingsprocedure|eviction (proceedings|claim|order)|evict (you|your))\b",
    r"\b(advogados?|protesto|protestar o titulo|serasa|negativar|negativacao)\b",
    # nl
    r"\b(incassobureau\w*|incassopartner|incasso (bureau|partner|traject|procedure)|uit handen (geven|gegeven)|deurwaarder|gerechtelijke|juridische stappen|rechter|rechtbank|dagvaard\w*|advocaat|bkr)\b",
    # Belgian compounds: "onze gerechtsdeurwaarder", "gedagvaard voor de ondernemingsrechtbank", "het vredegerecht".
    r"\b(gerechtsdeurwaarder\w*|gedagvaard|\w+rechtbank|vredegerecht)\b",
    r"\b(requerimento de )?injuncao\b|\bbalcao nacional de injuncoes\b|\b(acao|processo) executiv[oa]\b|\bpenhora\b",
    # pl ("Dział Windykacji" is a collections team's name, so only an outside firm counts)
    r"\b(do sadu|na droge sadowa|droga sadowa|drodze sadowej|nakaz\w* zaplaty|postepowani\w* (sadow|upominawcz|egzekucyjn)\w*|"
    r"komornik\w*|(firm|spolk|agencj|biur)\w* windykac\w*|zewnetrzn\w* windykac\w*|pozew|pozwiemy|pozwac|"
    r"rejestr\w* dluznikow|krajow\w* rejestr\w* dlugow|big infomonitor|wezwani\w* przedsadow\w*)\b",
    # it
    r"\b(agenzia|societa) di recupero crediti\b",
    r"\b(azion[ei] (legal[ei]|giudiziari[ae])|vie legali|decreto ingiuntivo|tribunale|avvocat[oi]|crif)\b",
    # sv: the enforcement authority, its payment order, the district court, a lawyer, a payment remark on the credit file
    r"\b(kronofogden?|kronofogdemyndigheten|betalningsforelaggande\w*|tingsratt\w*|domstol\w*|stamning|stamma (dig|er)|"
    r"rattsliga atgarder|rattslig process|advokat\w*|betalningsanmarkning\w*|kreditupplysning\w*|lagsokning|utmatning)\b",
    # A judgment enforced by officers: "we'll get a judgment and have the marshals collect it from your office".
    r"\b(get|obtain|seek|enter|enforce)\w* (a |the )?(default |court |money )?judg(e)?ment\b|\b(marshals|sheriffs|sheriff'?s officers)\b"
    r"[^.;]{0,30}\b(collect|seize|take|enforce|visit|come|recover|levy|call)\w*",
    # Court fees held over the customer, even as a joke: "court fees are cheap this time of year", "the court costs
    # will be added"; not a law firm's statement line "includes court fees of £355.00 paid on your behalf".
    r"\bcourt (fees|costs) (are|is) (so |really |very )?(cheap|low|nothing|affordable)\b|\bcourt (fees|costs)\b[^.;]{0,30}"
    r"\b(will|would|shall|could) (then )?(be )?(added|charged|claimed|recovered|payable by you|on top)\b|\b(you'?ll|you will|"
    r"you would|you'd) (also )?(have to )?(pay|bear|cover|be liable for) (the |our |any |all )?(court|legal) (fees|costs)\b",
    # "Our solicitor keeps asking if she can have a go at invoice ...": the lawyer eager to act is the threat.
    r"\bour (solicitor|lawyer|attorney|legal team|legal department|counsel)s? (keeps?|is|are|has been|have been) "
    r"(asking|itching|keen|eager|dying|desperate|raring|waiting|begging)\b",
    # A lien on the customer's property is an enforcement step: "I'm recording a mechanic's lien against the property".
    r"\b(mechanic'?s?|construction|materialm[ae]n'?s?|contractor'?s?) lien\b|\b(record|file|place|put|lodge)\w* a lien\b",
)

# Shared families for a commitment said in the passive, any tense or mood ahead ("would be waived", "quedarían
# anulados", "verrebbero annullati", "zouden vervallen", "zostałyby anulowane", "La date d'échéance est reportée",
# "Die Frist wird bis Ende Mai verlängert"): fresh drafts put the fee or the due date first and the verb after.
_CHARGE_NOUN = (
    r"(late[- ]payment |late |admin(istration)? |reminder |collection |dunning )?(fees?|charges?|interest|penalt\w*|"
    r"surcharges?|frais|penalites|interets|majorations?|indemnites?|recargos?|intereses|gastos|comision\w*|"
    r"penalizacion\w*|juros|multas?|encargos|taxas?|sobretaxas?|zinsen|verzugszinsen|\w*gebuhr\w*|mahnkosten|pauschale|"
    r"rente|boete|\w*kosten|interessi|spese|penali|maggiorazion\w*|odset\w*|oplat\w*|kar[ay]?|rekompensat\w*|"
    r"drojsmalsrant\w*|paminnelseavgift\w*|avgift\w*|\w*gebyr\w*|renter)"
)
_PASSIVE_AHEAD = (
    r"(will|shall|would|could|can|may|might)( then| also| simply| just| all)? be|(is|are) (being|to be)|"
    r"sera|seront|serait|seraient|(peut|peuvent|pourrait|pourraient) etre|"
    r"sera|seran|seria|serian|quedar(a|an|ia|ian)|queda(n)?|(puede|pueden|podria|podrian) ser|"
    r"serao|seriam|ficar(a|ao|ia|iam)|fica(m)?|(pode|podem|poderia|poderiam) ser|"
    r"sara|saranno|sarebbe|sarebbero|verra|verranno|verrebbe|verrebbero|viene|vengono|(puo|possono|potrebbe|potrebbero) "
    r"essere|"
    r"wird|werden|wurde|wurden|(kann|konnen|konnte|konnten)|"
    r"wordt|worden|zal|zullen|zou|zouden|(kan|kunnen) (worden)?|"
    r"zostanie|zostana|zostalby|zostalaby|zostalyby|(moze|moga) zostac|bedzie|beda|"
    r"kommer att|blir|bliver|vil blive|vil bli|kan blive|kan bli"
)
_WAIVED = (
    r"(waived|forgiven|cancell?ed|dropped|written off|removed|scrapped|wiped|let go|annule\w*|supprime\w*|abandonne\w*|"
    r"offert\w*|anulad\w*|condonad\w*|perdonad\w*|cancelad\w*|eliminad\w*|suprimid\w*|perdoad\w*|isentad\w*|dispensad\w*|"
    r"annullat\w*|condonat\w*|abbuonat\w*|stornat\w*|cancellat\w*|erlassen|gestrichen|storniert|ausgebucht|"
    r"kwijtgescholden|geschrapt|vervallen|anulowan\w*|umorzon\w*|darowan\w*|skreslon\w*|odpuszczon\w*|strukn\w*|"
    r"efterskank\w*|avskriv\w*|frafaldet|eftergivet|slettet|annulleret|annullert|annullerad\w*|makulerad\w*)"
)
_DUE_NOUN = (
    r"(due date|deadline|payment date|payment terms?|date d'echeance|echeance|delai( de paiement)?|zahlungsfrist|frist|"
    r"zahlungsziel|falligkeit\w*|fecha de vencimiento|vencimiento|plazo( de pago)?|data de vencimento|vencimento|"
    r"prazo( de pagamento)?|scadenza|termine( di pagamento)?|vervaldatum|betaaltermijn|betalingstermijn|termin "
    r"platnosci|forfallodag\w*|forfallodatum|forfaldsdato\w*|forfallsdato\w*|betalingsfrist\w*|erapaiva\w*|scadenta)"
)
_MOVED_PART = (
    r"(extended|moved|postponed|pushed back|deferred|put back|reporte\w*|repousse\w*|prolonge\w*|decale\w*|proroge\w*|"
    r"verlangert|verschoben|aufgeschoben|hinausgeschoben|gestundet|aplazad\w*|prorrogad\w*|ampliad\w*|pospuest\w*|"
    r"postergad\w*|adiad\w*|prolongad\w*|prorogat\w*|posticipat\w*|spostat\w*|rinviat\w*|differit\w*|verlengd|verschoven|"
    r"uitgesteld|verplaatst|przesuni\w*|przedluzon\w*|prolongowan\w*|odroczon\w*|forlang\w*|flyttad\w*|forlenge[td]|"
    r"forlaenge[td]|utsatt|udskudt|prelungit\w*|amanat\w*)"
)
# Nothing in between may deny it: "the due date is 30 June and cannot be moved".
_DENIAL = (
    r"(?!\b(not|cannot|unable|nicht|pas|no|nao|non|niet|nie|inte|ikke|ikkje|ei|nu|never|kein\w*|geen)\b|n't)"
)
_UNDENIED = rf"(?:{_DENIAL}[^.;:!?])"
# The same, across the dot of a German or Dutch day or ordinal ("30. April", "2. Abschlagsrechnung") or a thousands
# separator ("27.350,00"); a four-digit year's dot still ends the sentence.
_UNDENIED_DOTTED = rf"(?:{_DENIAL}(?:[^.;:!?]|(?<![\d.]\d{{3}})(?<=\d)\.(?=\s?\w)))"
# Only someone else may grant it: "Late fees can be waived only by our finance manager", "kann nur von der Geschäftsleitung
# erlassen werden".
_ONLY_BY = (
    r"\b(only|nur|seulement|uniquement|solo|solamente|unicamente|apenas|somente|alleen|tylko|endast|bara|kun|vain|doar) "
    r"(\w+ )?(by|durch|von|par|por|pela|pelo|da|dal|dalla|dai|door|przez|av|af|de)\b"
)
# The person who alone may decide, named: "che è l'unico a poter valutare modifiche alle condizioni di pagamento",
# "the only one who can approve a change to your terms", "el único que puede autorizar un aplazamiento".
_DECIDES_ALONE = (
    r"\b(l'unic[oa]|il solo|la sola) (a|che) (poter|puo|potra)|\b(the only (one|person)|who alone) (who |that )?(can|may|is able)|"
    r"\b(el|la) unic[oa] que (puede|podra)|\b(le|la) seule? (a pouvoir|qui (peut|puisse))|\bder einzige,? der|"
    r"\b(o|a) unic[oa] que (pode|podera)"
)

_DISCOUNT = _rx(
    # Something given free in return for payment: "te regalamos el mes de abril", "we'll throw in a free month",
    # "on vous offre le mois d'avril", "ti regaliamo un mese", "oferecemos-lhe o mês de abril".
    r"\b(te|le|os|les) (regalamos|regalaremos)\b|\b(vi )?regaliamo\b|\b(we'll|we will|we'd|we would) (throw in|give you) "
    r"(a |an |one |the )?(free|extra|bonus) (month|week|session|day|night)\b|\b(on )?vous offr(e|ons|irons) (le|un|une) "
    r"(mois|semaine|jour|seance)\b|\bofere(cemos|ceremos)(-lhe|-te|-vos)? (o|um|uma|a) (mes|semana|dia)\b|"
    r"\b(un|el|one|a|um|o|il) (mes|mois|mese|month|monat|maand|miesiac) (gratis|gratuit|free|gratuito|kostenlos|"
    r"gratuitamente|offert|in omaggio|darmowy|bezplatny)\b",
    # Giving a charge up, in the idiom of each language: "On vous fait grâce des pénalités", "Wir sehen von den
    # Mahngebühren ab", "Abrimos mão dos juros", "We zien af van de rente", "soprassediamo sugli interessi".
    rf"\b(fai\w*|ferons|ferai|faisons) grace (de|des|du|sur)\b[^.;]{{0,30}}\b{_CHARGE_NOUN}\b|"
    rf"\b(sehen|sehe)\b (wir |ich )?(\w+ ){{0,2}}von\b[^.;]{{0,40}}\b{_CHARGE_NOUN}\b[^.;]{{0,20}}\bab\b|"
    rf"\babzusehen von\b[^.;]{{0,30}}\b{_CHARGE_NOUN}\b|"
    rf"\b(abri\w*|abre|abrem) mao (de|dos|das|do|da)\b[^.;]{{0,30}}\b{_CHARGE_NOUN}\b|"
    rf"\b(zien|zie) (wij |we |ik )?(\w+ ){{0,2}}af van\b[^.;]{{0,30}}\b{_CHARGE_NOUN}\b|"
    rf"\bsoprassed\w*\b[^.;]{{0,20}}\b{_CHARGE_NOUN}\b|"
    rf"\b(let|letting)\b (the |that |those |your |this )?([\w-]+ ){{0,2}}{_CHARGE_NOUN} (go|slide)\b",
    # Any charge, then a waiver still ahead in the passive: "the late fee would be waived if ...", "Os juros de mora
    # seriam cancelados", "De aanmaningskosten zouden vervallen"; the charge's sum may come between ("The interest of INR
    # 3,260.00 accrued under clause 8 will be written off").
    rf"\b{_CHARGE_NOUN}\b{_UNDENIED_DOTTED}{{0,50}}\b({_PASSIVE_AHEAD})\b{_UNDENIED}{{0,30}}\b{_WAIVED}\b",
    r"\b(consider|treat)\w* (the |your |that |this |those |these |all )?([\w-]+ ){0,3}(interest|fees?|charges?|penalt\w*|"
    r"surcharges?) (as )?(waived|forgiven|cancell?ed|gone|written off|dropped|forgotten)\b",
    # "Podemos perdonarle el recargo", "Możemy odstąpić od naliczenia odsetek".
    r"\b(condon|anul|elimin|perdon|renunci)\w* (a )?(los |las |el |la |lo )?(intereses|recargos?|penalizaci\w*|gastos|"
    r"comision\w*)",
    r"\bodst\w* od (naliczani\w* |naliczeni\w* |pobierani\w* |pobrani\w* )?(odset\w*|oplat\w*|kar\w*|prowizj\w*)",
    # Danish/Norwegian/Finnish waivers: "så dropper vi rykkergebyret og renterne", "vi frafaller gebyret".
    r"\b(dropper|frafalder|eftergiver|stryger|frafaller|ettergir|stryker|annullerer|annullerar|sletter|makulerar) (vi |jeg |)"
    r"(?!ikke\b)[^.;]{0,20}\b(rykkergebyr\w*|gebyr\w*|renter\w*|rente|purregebyr\w*|\w*avgift\w*|forsinkelsesrente\w*|morarente\w*)",
    # The same in the s-passive, the fee first: "Rykkergebyret annulleres", "påminnelseavgiften stryks".
    r"\b(\w*gebyr\w*|\w*avgift\w*|renterne|rentene|rantan|rantorna)\b[^.;!?]{0,40}\b(annulleres|annulleras|slettes|"
    r"frafaldes|frafalles|stryges|strykes|stryks|makuleras|efterskankes|ettergis|eftergives|bortfalder|bortfaller)\b",
    r"\b(emme peri|jatamme perimatta|luovumme)\b[^.;]{0,30}\b(korko\w*|viivastyskorko\w*|maksu\w*|kulu\w*)",
    # "verzichten wir auf die Bearbeitungsgebühr": the fee's name may be a compound.
    r"\bverzicht\w* (wir |ich )?(\w+ ){0,3}auf (die |den |das |alle |unsere )?\w*(gebuhr|kosten|zinsen|pauschale|zuschlag|spesen)\w*",
    # "we'll absorb the late-payment interest": we carry what the customer owes.
    r"\b(we'll|we will|we can|we'd|we would|happy to|glad to) (\w+ )?(absorb|swallow|write off|eat) (the |that |any |all |this )?"
    r"([\w-]+ ){0,2}(interest|fees?|charges?|surcharges?|penalt\w+)\b",
    # Settling for less: "possiamo accontentarci di € 9.000,00", "we can settle for £9,000".
    r"\b(accontentarci|ci accontentiamo|ci accontenteremmo|nous contenter|nos conformamos|nos conformariamos|"
    r"contentarnos|settle for|make do with|begnugen (wir )?uns (auch )?mit|genoegen (nemen|te nemen) met)\b[^.;]{0,20}(€|eur|\$|£|gbp|chf|\d)",
    # A rebate or bonus granted that the agreement does not give: "vi riconosceremo comunque il premio del 2%".
    r"\b(riconosceremo|riconosciamo|concederemo|accorderemo|nous (accorderons|verserons)|wir (gewahren|zahlen) (ihnen )?"
    r"(trotzdem|dennoch)|we('ll| will) (still )?(give|grant|pay|apply)( you)?) (\w+ ){0,2}(il |la |the |le |den |die |el |o |a )?"
    r"(premio|rebate|bonus|ristorno|ristourne|rabais|ruckverguting|bonifica|bonificacion)\b",
    r"\bwaive (it|that|this|them)\b",
    # Not a plan's name: "Ihr Tarif heißt Loyalty Rate", "your Loyalty Rate plan renews on 1 May".
    r"(?<!called )(?<!named )(?<!heisst )(?<!heet )(?<!genaamd )(?<!s'appelle )(?<!llamado )(?<!chiamato )(?<!chamado )"
    r"\b(loyalty|goodwill|courtesy|preferential|special) (rate|price|pricing|discount|reduction)\b"
    r"(?! (plan|tariff|tarif|package|bundle|subscription|abo\w*|pakket|abonnement|paket|contract|vertrag|tier)\b)",
    r"\b(the )?(amount|total|balance|price|sum) (due |payable |to pay )?(will|would) (then )?(be|come to|drop to) (just|only)\b",
    r"\b(entfallt|entfallen)\b[^.;]{0,30}\b(mahngebuhr\w*|gebuhr\w*|\w*spesen|zinsen|verzugszinsen|pauschale|mahnkosten)|"
    r"\b(mahngebuhr\w*|verzugszinsen|mahnkosten|pauschale)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}\b(entfallt|entfallen)\b",
    r"\b(anulujemy|anulujemy naliczone|darujemy|umorzymy)\b[^.;]{0,30}\b(odset\w*|opl\w*|kar\w*|prowizj\w*)",
    # With where it comes off between: "os quitamos de la factura el suplemento por servicio nocturno".
    r"\b(anulamos|anularemos|le anulamos|eliminamos|le quitamos|quitamos|quitaremos|suprimimos|cancelamos|retiramos|"
    r"tiramos|retiraremos)\b(?: (de|da|do) (la|a|o|su|sua|vuestra|tu) (factura|fatura|cuenta|conta))?[^.;]{0,15}\b"
    r"(el |los |la |las |o |os |a |as )?(recargo|intereses|gastos|comision|penalizacion|suplemento|sobrecargo|"
    r"sobretaxa|juros|multa)\w*",
    r"\b(prescindimos|prescindiremos|renunciamos|renunciaremos|abdicamos)\b[^.;]{0,15}\b(juros|intereses|recargos?|"
    r"encargos|penaliza\w*|multas?|gastos|comis\w*)",
    r"\bknock\w* (the |your |any |all )?(late[- ]payment |late |admin |accrued )?(interest|fees?|charges?|penalt\w*|surcharges?)"
    r"( \w+){0,2} off\b|\bknock\w* off (the |your |any |all )?(late[- ]payment |late |admin )?(interest|fees?|charges?)",
    r"\bwaiv\w* (the )?([$€£]|usd|eur|gbp)?\s?\d[\d.,]* (of )?(late[- ]payment |late |accrued )?(interest|fees?|charges?)\b",
    # "a 2% cash discount will be passed on": offered, not an existing term explained ("isn't available").
    r"\b\d+(\.\d+)? ?% (cash |early[- ]payment |prompt[- ]payment )(discount|rebate)\b[^.;]{0,30}\b(will|shall|is yours|"
    r"can be|would be)\b",
    r"\bas (payment|settlement) in full\b|\bsettlement of\b[^.;]{0,40}\b\d+ ?% of (the )?(balance|amount|total)\b",
    r"\bforget (about )?(the |any |all |your )?(late |admin |collection |reminder )(charges?|fees?|interest|penalt\w*)\b",
    r"\bpass\w* l'eponge\b|\bunter den tisch fallen\b|\b\d[\d.,]*( ?(€|eur|euro|\$|usd|£|gbp))? tond[io]\b",
    r"\b(esquec\w*|esquece) (os |a |o |as )?(juros|multas?|encargos)\b",
    r"\b(no need to worry|don't worry|do not worry|no s[ex] preocupe|ne vous inquietez pas|keine sorge|nao se preocupe|"
    r"maak je geen zorgen|maakt u zich geen zorgen|non si preoccupi)\b[^.;]{0,25}\b(interest|intereses|interets|zinsen|"
    r"juros|rente|interessi|late (fee|charge)|fees?|recargos?|frais|gebuhr\w*|multa|kosten|spese)\b",
    r"\babsorb\w* (the |that |this )?(late |admin |collection )?(charge|fee|interest|cost|penalt)\w*",
    r"\bno (s[ex] )?(los |las |lo |le )?vamos a cobrar\b",
    r"\b(rente|kosten|boete|incassokosten|herinneringskosten|aanmaningskosten)\b[^.;]{0,80}\b(laten (we )?(\w+ )?"
    r"(vallen|vervallen)|kwijtschelden|schrappen)\b",
    # "the £240.00 waiver charge", "a damage waiver fee": the price of a waiver product (a rental's damage or collision
    # waiver), a noun, not a charge waived.
    r"\b(?!cancellation|waivers? (fees?|charges?|premium|line|cost)\b)(forget|overlook|ignore|drop|wipe|scrap|cancel|remove|waive|write off|let go of)\w* (about )?(the |your |any |that )?((usd|eur|gbp|chf|sek|nok|dkk|pln) ?)?([$€£]?\d[\d.,]* )?(late|interest|penalty|admin|collection|reminder|late[- ]payment)?[\w -]{0,20}\b(fees?|charges?|interest|penalt\w*|surcharges?)\b",
    r"\b(reduce|lower|cut|bring down)\w* (the |your )?(total|balance|amount|invoice|bill|price)\b[^.;\n]{0,20}\bby\b",
    r"\b(retir\w*|remov\w*|tir(a|ar|amos|aremos)|elimin\w*|quit\w*|tolg\w*|schrap\w*)\b.{0,20}\b(juros|multas?|encargos|taxas|interessi|penali|intereses|recargos|zinsen|gebuhren|frais|penalites|interets|rente|kosten|boete)\b",
    # Not "take until the 20th and we'll hold off": a later date given, and our reminders held off, take nothing off.
    r"\b(knock|take|shave)\w*\b.{0,40}(?<!\bhold )(?<!\bholding )(?<!\bput )(?<!\bputting )(?<!\bback )\boff\b",
    r"\b(consider|treat|mark|call)\w* (the |this |your |it )?[\w$€£ .,]{0,30}\b(settled|paid in full|closed|cleared|square)\b",
    r"\b(taken|take|taking|took|removed|remove|knocked)\b.{0,30}\b(fees?|charges?|interest|penalt\w*)\b.{0,20}\boff\b",
    r"\b(fees?|charges?|interest|penalt\w*) (has been |have been |is |are )?(removed|waived|cancelled|canceled|dropped|written off|credited)\b",
    r"\b(erlass|verzicht|streich)\w*\b.{0,20}\b(mahngebuhr\w*|gebuhr\w*|zinsen|verzugszinsen|pauschale)",
    # sv: "Vi stryker dröjsmålsräntan", "påminnelseavgiften efterskänks"
    r"\b(stryker|stryka|avskriver|avskriva|efterskanker|efterskanka|slopar|slopa|tar bort|bortser fran)\b[^.;]{0,30}"
    r"\b(drojsmalsrant\w*|rant\w*|paminnelseavgift\w*|forseningsavgift\w*|inkassoavgift\w*|avgift\w*|"
    r"kostnad\w*)\b",
    r"\b(drojsmalsrant\w*|rantan|paminnelseavgift\w*|forseningsavgift\w*|inkassoavgift\w*|avgiften|avgifterna)\b[^.;]{0,40}"
    r"\b(stryks|struken|strukna|slopas|tas bort|efterskanks|avskrivs|faller bort|bortfaller)\b",
    # fr: "Et si on oubliait tout simplement les pénalités de retard ?"
    r"\boubli\w*\b[^.;?]{0,25}\b(les |vos |la |l')?(penalites|frais|interets|indemnite\w*|majorations?)\b",
    # A fee waived in the passive, in the future: "A sobretaxa de papel (147,60 €) será anulada caso ...",
    # "odsetki ... zostaną anulowane", "de rente wordt kwijtgescholden".
    r"\b(sobretaxas?|taxas?|juros|multas?|encargos|recargos?|intereses|gastos|comision\w*|penalizacion\w*|penalidad\w*|"
    r"interets|frais|"
    r"penalites|majorations?|indemnite\w*|zinsen|verzugszinsen|gebuhr\w*|mahngebuhr\w*|mahnkosten|pauschale|zuschlag|rente|"
    r"boete|toeslag|incassokosten|aanmaningskosten|interessi|spese|penali|maggiorazion\w*|sovrapprezzo|odsetki|oplat\w*|"
    r"rekompensat\w*|drojsmalsrant\w*|rantan|paminnelseavgift\w*|avgiften|surcharges?|fees?|charges?|interest|"
    r"penalt\w*)\b[^.;]{0,50}\b(sera|serao|seran|seront|wird|werden|sara|saranno|verra|verranno|wordt|worden|zal|zullen|"
    r"zostanie|zostana|kommer att|kommer|will be|shall be|would be|can be|could be)( \w+)?? (anulad|annul|cancel|storn|"
    r"erlassen|gestrichen|kwijtgescholden|geschrapt|struk|avskriv|slopad|efterskank|condonad|perdoad|dispensad|anulowan|"
    r"umorzon|waived|written off|forgiven|annullat|cancellat|abbuonat|condonat|supprim|retirad|eliminad|quitad|removed|"
    r"dropped)\w*",
    # Reversing a fee already charged gives it up too: "Die bereits berechneten Mahngebühren buchen wir zurück".
    r"\b(mahngebuhr\w*|gebuhr\w*|verzugszinsen|zinsen|mahnkosten|late[- ]payment fees?|late fees?|reminder fees?|"
    r"admin(istration)? fees?|frais de (relance|retard|rappel)|penalites|recargos?|gastos de (reclamacion|demora)|"
    r"juros|multas?|aanmaningskosten|herinneringskosten|incassokosten|spese di (sollecito|mora)|paminnelseavgift\w*)\b"
    # Written off the books too: "Die bereits angefallenen Mahngebühren von 15,00 € buchen wir aus"; a sum's decimal
    # point ("von CHF 20.00") does not end the sentence.
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,50}\b(buchen wir aus|ausgebucht|ausbuchen|schreiben wir ab|buchen wir zuruck|zuruckgebucht|"
    r"zuruckbuchen|stornieren wir|we('ll| will) reverse|will be reversed|"
    r"extournerons|annulerons|estornaremos|estornamos|boeken we terug|storneren we|storneremo|aterfor(s|as|ar)|"
    # The separable verb with the reader and an adverb inside it: "Diese Mahngebühr buchen wir Ihnen selbstverständlich
    # aus", "schreiben wir Ihnen gerne ab", nl "de aanmaningskosten boeken we voor u af".
    r"(buchen|schreiben) (wir|ich) (ihnen |dir |euch )?((?!nicht\b|kein\w*)\w+ ){0,2}(aus|ab|zuruck)|"
    r"boeken (we|wij) ((?!niet\b|geen\b)\w+ ){0,3}(af|uit|terug))\b",
    # The verb first: "Wir buchen Ihnen die Mahngebühr aus, sobald die Zahlung eingeht".
    r"\b(wir|ich) (buchen|schreiben) (ihnen |dir |euch )?(die|den|das|diese\w*) (\w+ )?(mahngebuhr\w*|gebuhr\w*|"
    r"verzugszinsen|zinsen|mahnkosten|mahnspesen|spesen)\b[^.;]{0,30}\b(aus|ab)\b",
    # A charge given as a treat: "the call-out fee's on the house", "die Anfahrt geht aufs Haus", "les frais sont
    # offerts par la maison", "la tasa corre por cuenta de la casa".
    rf"\b{_CHARGE_NOUN}\b[^.;!?]{{0,30}}\b(on the house|on us|aufs haus|auf unsere kosten|(offert\w* )?par la maison|"
    r"a nos frais|por cuenta de la casa|corre (de|por) (nuestra cuenta|cuenta de la casa)|la casa invita|offert\w* dalla casa|"
    r"a carico nostro|por conta da casa|fica por nossa conta|van het huis|voor onze rekening|pa huset|bjuder vi pa|"
    r"spanderer vi|na koszt firmy)\b",
    # en
    r"\b\d+(\.\d+)? ?(%|percent|per cent) (off|discount|reduction)\b",
    r"\b(take|knock|shave) (\d+(\.\d+)? ?%|[\w$€£ .,]{1,15}) off\b",
    r"\b(offer|give|apply|extend|grant)\w* (you )?(an? |the )?(\d+ ?% )?(early[- ]payment |loyalty |special |one-time )?discount",
    r"\bdiscount(ed)? (of|for|if|when|on)\b",
    r"\bsave \d+ ?%",
    r"\b(?!cancellation|waivers? (fees?|charges?|premium|line|cost)\b)(waive|waiving|waived|cancel|cancelling|canceling|remove|removing|drop|dropping|forgive|forgiving|write off|writing off)\w* (the |all |any |your )?((usd|eur|gbp|chf) ?)?([$€£]?\d[\d.,]*( (usd|eur|gbp|chf))? )?(late[- ]payment |late |overdue |collection |admin(istrative|istration)? |interest )?(fees?|charges?|interest|penalt(y|ies)|surcharges?)\b",
    r"\b(write|writing|written) off (the |your |part of the )?(remaining |outstanding )?([$€£]?\d[\d.,]* )?(balance|"
    r"remainder|rest|difference|invoice|shortfall|amount|sum)\b",
    r"\b(accept|settle|take)\w* [\w$€£ .,]{0,25}(in (full and )?final settlement|as full settlement|to settle)",
    r"\bsettle (it |the (balance|account|invoice) )?for (less|\$|usd|eur|gbp|€|£|\d)",
    r"\b(as|in) full (payment|settlement)\b",
    r"\b(forget|let go|drop|overlook|ignore)\w* (about )?(the |any |all |your )?(accrued |built-up )?(interest|fees?|charges?|late fees?|penalt(y|ies))\b",
    r"\b(ziehen|ziehe|abziehen)\w*[\w ]{0,20}(\d+ ?%|prozent)",
    r"\b\d+ ?(%|prozent) (vom|von der|des) (rechnungsbetrag|betrag|gesamtbetrag)",
    r"\breduc(e|ed|ing) (the |your )?(balance|amount( due| owed)?|invoice|total|price)\b",
    r"\b(instead of|rather than) (usd|eur|gbp|\$|€|£) ?\d",
    r"\b(instead of|rather than|in place of) (the |your )?(full )?(usd|eur|gbp|\$|€|£) ?\d",
    r"\b(instead of|rather than) (the )?(full (amount|balance)|\d[\d,.]* ?(usd|eur|gbp|€|\$|£))",
    # fr
    r"\b(remise|rabais|ristourne|escompte|reduction) (de )?\d",
    r"\b(une |la |cette )?(remise(?! en (etat|service|ordre|cause|question|main))|reduction|ristourne|rabais|geste commercial)\b",
    # "nous renonçons volontiers aux intérêts moratoires": an adverb between the verb and the charge.
    r"\b(annul|supprim|renonc|abandonn|offr)\w*( \w+ment| volontiers| bien sur| donc| alors| ici)? (les |aux |a |des )?"
    r"(penalites|frais|interets|indemnite)",
    # de
    r"\b(rabatt|skonto|nachlass|preisnachlass|ermassigung)\w*",
    # ro, fi: "vom acorda o reducere de 10%", "myönnämme 10 % alennuksen"; a waiver "anulăm penalitățile".
    r"\b(reducer\w*|alennu\w*|alennuks\w*)\b",
    r"\b(anul\w*|renunt\w*|scut\w*) (la |de )?(\w+ )?(penalitat\w*|dobanzi\w*|dobanda|taxe\w*|comision\w*)",
    r"\b(erlass|verzicht|streich)\w* (auf )?(die |alle |den )?(mahngebuhren|mahngebuehren|gebuhren|zinsen|verzugszinsen|verzugspauschale|pauschale)",
    r"\b(mahngebuhren|mahngebuhr|gebuhren|gebuhr|zinsen|verzugszinsen|pauschale)\w*\b[^.;]{0,40}\b(erlassen|streichen|"
    r"verzichten)\b",
    # es
    r"\b(descuento|rebaja|bonificacion|(una|la|esta) quita)\b",
    r"\b(condon|anul|elimin|perdon|renunci)\w* (los |las |a los |a las )?(intereses|recargos|penalizaciones|gastos|comisiones)",
    # ca: "us apliquem un descompte del 15%", "us perdonem els interessos".
    r"\b(descompte|rebaixa)\b",
    r"\b(condon|anul|elimin|perdon|renunci)\w* (els |les |als |a les |a )?(interessos|recarrecs|penalitzacions|despeses|"
    r"comissions)",
    # pt
    r"\b(desconto|abatimento)\b",
    r"\b(isent|perdo|cancel|anul|dispens)\w* (os |as |de |a |o )?(juros|multas?|encargos|taxas)",
    # nl
    r"\b(korting|kwijtschel\w*)\b",
    r"\b(zien|laten|schrappen|vervallen)\w* [\w ]{0,20}(rente|kosten|boete|incassokosten)",
    r"\b(rente|kosten|boete|incassokosten) [\w ]{0,20}(kwijt|laten vallen|schrappen|vervallen)",
    # it
    r"\b(sconto|abbuono|riduzione)\b",
    r"\b(condon|annull|rinunc|stral|abbon)\w* (agli |gli |le |alle |a )?(interessi|penali|more|spese)",
    r"\babbuon\w*|\b(umarza\w*|umorzymy|darujemy|odpuszczamy|odpuscimy)\b",
    # "dejamos la factura de 2.400 € en 2.000 €": the invoice left at a smaller sum
    r"\b(dejamos|dejaremos|la dejamos|lo dejamos|la lasciamo|lasciamo)\b[^.;]{0,50}\b(en|a) \d",
    # The middle field of a separable verb can hold two charges, an amount and an invoice number: "schelden we de
    # administratiekosten van € 40,00 en de wettelijke rente op factuur X kwijt".
    r"\bschelden\b(?:[^.;]|(?<=\d)\.(?=\d)){0,140}\bkwijt\b",
    # "lass ich die Mahngebühren und die Verzugszinsen einfach weg"
    # "Die Mahngebühren lassen wir selbstverständlich fallen"
    r"\b(\w*gebuhren?|\w*zinsen|\w*kosten|pauschale)\b[^.;]{0,30}\b(lassen|lasse) (wir|ich)\b[^.;]{0,30}\bfallen\b",
    r"\b(lass|lasse|lassen)\b[^.;]{0,15}\b(ich|wir)\b[^.;]{0,50}\b(\w*gebuhren?|\w*zinsen|kosten|pauschale)\b[^.;]{0,20}\bweg\b",
    # "laten we de administratiekosten en de wettelijke rente ... vervallen"
    r"\b(laten|laat)\b[^.;]{0,15}\b(we|wij|ik)\b[^.;]{0,60}\b(\w*kosten|\w*rente|boete\w*)\b[^.;]{0,50}\bvervallen\b",
    # "frais de relance et pénalités offerts": fees given away, often in a subject with no verb
    r"\b(frais|penalites|interets|majorations|indemnites?)\b[\w ,'-]{0,40}\boffert(e|s|es)?\b",
    # Passive waivers: "les pénalités de retard déjà calculées ... seront annulées"
    r"\b(penalites|frais|interets|indemnites?|intereses|recargos|interessi|penali|juros|multas?|zinsen|gebuhren|"
    r"mahngebuhren|rente|kosten|late fees?|interest|charges)\b[^.;]{0,60}\b(seront|sont|ont ete|vont etre|seran|quedan|"
    r"quedaran|saranno|vengono|verranno|serao|sao|werden|wurden|worden|zullen worden|will be|are being|have been) "
    r"(annulee?s?|supprimee?s?|offerte?s?|abandonnee?s?|anulad[oa]s|condonad[oa]s|annullat[ie]|stornat[ie]|condonat[ie]|"
    r"cancelad[oa]s|perdoad[oa]s|isentad[oa]s|erlassen|gestrichen|storniert|kwijtgescholden|geschrapt|waived|cancell?ed|"
    r"written off|removed)\b",
    # An amount let go in the first person ("we'll forget about the GBP 25.00 this time"), a charge pretended away
    # ("we'll pretend those late pick-ups never happened"), a discount thrown in ("we'll throw in a 10% discount").
    r"\b(we'll|we will|we can|we could|i'll|i will) (just )?(forget|overlook|ignore|drop|waive|write off|let go of) "
    r"(about )?(the |that |those )?((gbp|eur|usd|chf) ?|[£€$])\d[\d.,]*",
    # What is pretended away must be a charge: "we'll pretend this reminder never happened" waives nothing.
    r"\b(we'll|we will|i'll|i will) pretend (that )?(the |those |these |this |that |your )[^.;]{0,40}"
    r"\b(fees?|charges?|surcharges?|interest|penalt\w*|late\b[^.;]{0,15}|pick-?ups?|extras?)\b[^.;]{0,20}\bnever happened\b",
    r"\b(we'll|we will|we can|i'll|i will) throw in (a |an )?[^.;]{0,25}\b(discount|reduction|rebate|money off)\b",
)

# A charge made to vanish, a blind eye turned to it, "something done" about it for quick payment: a waiver said
# with a wink ("I'll make the £150 admin charge quietly disappear", "facciamo finta di non aver visto gli interessi di
# mora", "seguro que podemos hacer algo con los 65 € del desplazamiento").
# One backslash: in a raw string '\\w' is a literal backslash and 'w', and 'penalties' or 'Mahngebühren' never matched.
_FEE_WORD = r"\b(fees?|charges?|interest|penalt\w*|surcharges?|line|overage|admin|frais|penalites|interets|majoration\w*|recargos?|intereses|gastos|comision\w*|desplazamiento|gebuhr\w*|mahngebuhr\w*|zinsen|verzugszinsen|kosten|pauschale|rente|boete|toeslag|interessi|spese|penali|mora|juros|multas?|taxas?|encargos|odsetki|oplat\w*)\b"
_WINKED_WAIVER = _rx(
    r"\b(make|making|let)\b[^.;!?]{0,60}"
    + _FEE_WORD
    + r"[^.;!?]{0,20}\b(disappear|vanish|go away|evaporate)\b",
    r"\b(faire|fais|ferai|ferons|hacer|hare|haremos|fazer|farei|faremos|far|fare|faro|faremo|laten|laat|lassen|lasse)\b "
    r"(disparaitre|desaparecer|sumir|sparire|scomparire|verdwijnen|verschwinden)\b[^.;!?]{0,40}" + _FEE_WORD,
    _FEE_WORD
    + r"[^.;!?]{0,40}\b((verschwinden|verdwijnen) (lassen|laten)|(lassen|laten|laat) (wir|we|wij|ik|ich) "
    r"(\w+ ){0,2}(verschwinden|verdwijnen))\b",
    r"\b(finta di non|pretend (we|i) (didn't|did not|never|haven't)|faire comme si (on|nous|je) n'avai\w*|"
    r"hacer como (que|si) no|so tun,? als (ob )?(wir|ich) \w+ nicht|doen alsof (we|ik) \w+ niet|"
    r"chiud\w* un occhio|turn a blind eye|look the other way|fermer les yeux|hacer la vista gorda|ein auge zudruck\w*|"
    r"een oogje (toe|dicht)\w*|fazer vista grossa)\b[^.;!?]{0,60}" + _FEE_WORD,
    r"\b(we can|we could|i can|i could|podemos|podriamos|puedo|on peut|nous pouvons|je peux|konnen wir|kann ich|"
    r"possiamo|potremmo|posso|kunnen we|kan ik|podemos|poderiamos)\b[^.;!?]{0,20}\b(do something|hacer algo|"
    r"faire quelque chose|etwas (machen|tun)|fare qualcosa|iets (doen|regelen)|fazer algo|fazer alguma coisa)\b"
    r"[^.;!?]{0,20}\b(about|with|on|con|sobre|pour|avec|pour|bei|an|per|con|aan|met|com)\b[^.;!?]{0,40}"
    r"(" + _FEE_WORD + r"|\d ?(€|eur)|[€$£] ?\d)",
)

# Spanish and Portuguese name the fee for a returned direct debit after the return itself ("gastos de devolución",
# "comisión por devolución", "taxa de devolução"): restating it refunds nothing.
_NOT_A_RETURN_FEE = (
    r"(?<!gastos de )(?<!gastos por )(?<!comision de )(?<!comision por )(?<!taxa de )(?<!tarifa de )"
)
_REFUND = _rx(
    # The passive, ahead: "o valor cobrado a mais será descontado na fatura de abril", "sarà detratto dalla prossima
    # fattura", "sera déduit de votre prochaine facture". A payment of theirs applied to an invoice is no credit.
    r"(?<!pagamento )(?<!pago )(?<!paiement )(?<!payment )\b(sera|seran|serao|sara|saranno|will be|wird|werden|wordt)\b"
    r"(?! (?:\w+ )?(?:debitad|cobrad|addebitat|preleve|charged|abgebucht))[^.;]{0,15}\b(descontad[oa]s?|abatid[oa]s?|"
    r"deduzid[oa]s?|deducid[oa]s?|detratt[oaie]|scalat[oaie]|dedott[oaie]|deduite?s?|deducted|taken off|verrechnet|"
    r"verrekend|in mindering gebracht)\b[^.;]{0,30}\b(fatura|factura|fattura|facture|rechnung|factuur|invoice)\b",
    # ro, fi: "Vă vom returna cei 150,00 lei pe card", "Hyvitämme laskun ... ja lähetämme hyvityslaskun".
    r"\b(va vom (returna|rambursa|restitui|vira)|vom (returna|rambursa|restitui)|nota de credit|factura de stornare)\b",
    r"\b(hyvitamme|hyvitetaan|palautamme|maksamme takaisin|hyvityslasku\w*)\b",
    r"\b(return|refund|send|transfer|wire|credit|pay|put)\w* (the |that |this |your )?(difference|overpayment|excess|extra|surplus|amount overpaid|balance overpaid)\b[^.;\n]{0,30}\b(to (you|your)|into your|on(to)? your|back)\b",
    # Not what the customer is asked to send us ("Bitte senden Sie uns das Gerät zurück"), not "nichts zurück".
    r"\b(uberweisen|zahlen|senden|schicken|geben|erstatten)\b(?! (sie|du|ihr) uns\b)"
    r"(?:(?!\b(nicht|nichts|kein\w*)\b).){0,40}\bzuruck\b",
    r"\b(go|goes|going|be sent|be returned|be paid|be transferred|be wired) back to (your|you)\b",
    # en
    r"\b(we|we'll|we will|we'd|we would|i'll|i will|we shall|we are going to|we're going to|we can|we've|we have)\b[\w ,']{0,40}\b(refund|reimburse|reverse|cancel and reissue)\w*",
    r"\bcredit (you|your account|it back|back|the (amount|difference|balance|sum|overpayment))\b",
    r"\b(issue|send|raise|process|apply|arrange|provide|give)\w* (you )?(a |an |the )?(full |partial )?(refund|credit( note| memo)?|reversal|chargeback reversal)\b",
    r"\b(will|shall) be (refunded|credited|reimbursed|reversed)\b",
    r"\brefund(ed)? (to|of|the|your|you)\b",
    r"\bcredit (note|memo) (for|of|to cover|will)\b",
    # The promise in the passive, any tense ahead: "a credit will be issued", "a refund would be arranged".
    r"\b(credit|refund|reimbursement|repayment|reversal)s?\b[^.;]{0,40}\b(will|shall|would|is going to|are going to|"
    r"is to|are to) (then |also |now )?be (issued|applied|sent|raised|processed|made|arranged|posted|paid|transferred|given|"
    r"granted|approved|put through|added)\b",
    r"\b(send|pay|return|transfer|wire|give|put)\w* [\w ,]{0,40}\bback (to (you|your)|into your)",
    r"\b(send|pay|return|transfer|wire|give)\w* (you )?(the )?(money|payment|amount|difference|overpayment|excess)[\w ]{0,20} back\b",
    # fr
    r"\b(rembours|recredit)\w*",
    r"\b(un|(?<!nous )(?<!vous )(?<!me )(?<!te )(?<!lui )(?<!leur )l'|notre|cet|d'un) ?avoir\b",
    r"\b(emett|etabl|envoy|adress)\w* (un |l')avoir",
    r"\b(renverr|renvoy|retourn|restitu)\w* [\w ']{0,20}(trop[- ]percu|montant|somme|difference)",
    # de
    r"\b(erstatt|ruckerstatt|zuruckerstatt|ruckzahl|stornier)\w*",
    r"\bgutschrift\w*",
    r"\bgutschreiben\b",
    r"\b(schreiben|schreibe)\b[\w ,.€$£]{0,80}\bgut\b",
    # es
    # "se añaden 3,00 € de gastos de devolución": the fee for a returned direct debit, not a refund.
    rf"\b(reembols|devolv|{_NOT_A_RETURN_FEE}devolucion|reintegr)\w*|\b(abonaremos|abonamos|le abonaremos|un abono|el abono)\b",
    r"\bnota (?:de )?credito\b|\bnota de abono\b",
    r"\b(avoir|credit note|gutschrift|nota di credito|creditnota|nota de abono)\b[^.;|\n]{0,40}\b(a emettre|to follow|"
    r"to be issued|will be issued|wird (erstellt|ausgestellt)|folgt|a emitir|s[ex] emitira|da emettere|sara emessa|volgt)\b",
    # pt
    rf"\b(reembols|estorn|{_NOT_A_RETURN_FEE}devolu|ressarc)\w*",
    r"\bnota (?:de )?credito\b",
    # nl
    # "la corona restituita", "el material restituido": goods sent back, not money; "restituiremo" still counts.
    r"\b(terugbeta|terugstort|restitu(?!(it|id)[aoie]s?\b)|crediteren|creditnota|creditfactuur|teruggestort|teruggeboekt|terugbetaald)\w*",
    # "die dubbele incasso draaien we gewoon terug"
    r"\bdraai\w* (\w+ ){0,3}terug\b|\bterugdraai\w*|\bterugboek\w*",
    r"\b(storten|betalen|boeken|maken) (?:[^.;]|[.,](?=\d)){0,90}\bterug\b",
    # it
    # "la caparra non è rimborsabile": the clause restated says no refund is due.
    r"\b((?<!non e )(?<!non )(?<!non sono )rimbors|stornare|storno|nota di credito|accredit)\w*",
    # sv: "Vi betalar tillbaka de två dragningarna", "återbetalning", "kreditfaktura", "återför avgiften"
    r"\b(betalar|betala|betalas|skickar|skicka|for|satter|satta|overfor\w*|far|fa) (\w+ ){0,4}tillbaka\b|"
    r"\b(aterbetal\w*|kreditfaktura\w*|kreditnota\w*|krediterar|kreditera|krediteras|aterfor(a|as|ar|s))\b",
    # pl ("faktura korygująca" is the Polish credit note)
    r"\b(wystawi\w*|przesl\w*|wysl\w*) (\w+ )?(fakture korygujaca|korekte|note (uznaniowa|kredytowa))\b|"
    # "zwracamy się z prośbą" is "we turn to you with a request", not "we return".
    r"\b(zwrocimy|zwracamy|oddamy|zwrot (pieniedzy|srodkow|nadplaty|roznicy))\b(?! sie\b)",
    r"\bzwrot (kwoty|platnosci|\d)|\btrafi\w* na (panstwa|pana|pani|wasze|twoje) konto\b",
    # "le emitiremos una factura rectificativa", "le abonaremos": a credit note to come.
    r"\b(emitiremos|emitimos|enviaremos|haremos|le haremos|vamos a emitir) (una |la |el )?(factura rectificativa|"
    r"nota de abono|abono|nota (?:de )?credito)\b",
    # Passive: "faktura korygująca ... zostanie wystawiona do piątku i pomniejszy Państwa saldo".
    r"\b(faktura korygujaca|korekta|nota (uznaniowa|kredytowa))\b[^.;]{0,60}\b(zostanie|bedzie) (wystawion\w*|"
    r"przeslan\w*|wyslan\w*)",
    # "la diferencia ... aparecerá abonada a vuestro favor en la próxima factura": a credit, said as what appears.
    r"\b(abonad[oa]s?|acreditad[oa]s?|creditad[oa]s?|credite\w*|gutgeschrieben|accreditat[oa]) (a|en|em|zu|in) "
    r"(vuestro|su|tu|seu|sua|vosso|votre|ihre\w*|ihren|vostro|suo) (favor|favour|favore|gunsten|compte|cuenta|conta)\b",
    r"\b(anularemos|anulamos|vamos a anular|annulerons|annulons|we will cancel|we'll cancel|we will void|we'll void|"
    r"annulleremo|anuleremos|vamos anular) (el |le |la |the |il |o |this |that )?(\w+ )?(cargo|charge|prelevement|debit|"
    r"addebito|cobro|cobranca)\b",
    # hu: "a túlszámlázott összeget jóváírjuk", "visszatérítjük", "helyesbítő számlát küldünk".
    r"\b(jovairjuk|jovairnank|jova fogjuk irni|visszaterit(jok|juk)|vissza fogjuk teriteni|helyesbito szamla\w*[^.;]{0,40}\b(megkuld|kuld|kiallit)\w*)\b",
)

_MONTHS = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december|gennaio|febbraio|marzo|"
    r"aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|enero|febrero|abril|mayo|junio|julio|"
    r"septiembre|octubre|noviembre|diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|"
    r"novembre|decembre|januar|februar|marz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|"
    r"janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|augusti)"
)
# Romanian, Nordic and Polish month names too, for the phrasings below that are read in those languages.
_MONTHS_WIDER = (
    _MONTHS[:-1]
    + r"|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|maj|"
    r"kesakuu\w*|toukokuu\w*|czerw\w*|lipc\w*|maj\w*|sierp\w*|wrzes\w*)"
)
# "pay by card instead of bank transfer": another way to pay the same sum on the same date changes no term (put
# after the verb of the "pay ... later / instead" patterns as a lookahead).
_BY_OTHER_MEANS = (
    r"(?! (it |the balance |the invoice )?(by|with|via|using|through) (a |your |our )?(\w+ )?(card|cheque|check|"
    r"bank transfer|transfer|direct debit|paypal|sepa|ach|wire|standing order|link)( payment)? instead\b)"
)
_TERMS = _rx(
    # Terms lengthened from one number of days to another: "passamos o prazo de pagamento ... de 30 para 90 dias",
    # "your payment terms move from 30 to 60 days", "das Zahlungsziel von 14 auf 30 Tage".
    # A range of days alone ("dentro de 5 a 7 dias úteis") is no term: the terms are named first.
    r"\b(prazo|plazo|termine|delai|zahlungsziel|zahlungsfrist|terms|betaaltermijn|betalingstermijn|termin\w*|"
    r"betalningsvillkor|betalingsfrist|maksuaika|maksuehto\w*)\b[^.;]{0,120}"
    r"\b(from|de|von|van|da|z|fran|fra) (\d{1,3}) (dias |days |tage |dagen |giorni |jours |dni |dagar |dage )?"
    r"(to|para|a|auf|naar|en|na|till|til) (\d{1,3}) (dias|days|tage|tagen|dagen|giorni|jours|dni|dagar|dage)\b",
    # da/nb/fi instalments and moved due dates: "dele regningen op i tre rater", "kolmessa 780 euron erässä",
    # "Vi har derfor flyttet forfallsdatoen til 30. april".
    r"\b(dele|deler|dela|fordele|fordeler) (\w+ ){0,4}op i (\w+ )?(rater|afdrag)\b|\bi (to|tre|fire|fem|seks|\d) "
    r"(rater|afdrag|avdrag)\b|\b(kahdessa|kolmessa|neljassa|viidessa|\d+) (\w+ ){0,3}(erassa)\b",
    r"\b(flyttet|flytter|forlenget|forlenger|utsatt|udsat|udskudt|forlaenget|rykket) (\w+ ){0,3}(forfallsdato\w*|forfaldsdato\w*|"
    r"betalingsfrist\w*|forfall)\b|\b(siirramme|siirretaan|pidennamme) (\w+ ){0,2}(erapaiva\w*|maksuaika\w*)\b",
    # "there is no need to pay the balance until your insurer has settled", "betal bare i næste måned".
    r"\b(no need|you don't need|you do not need|there's no need) (for you )?to pay\b[^.;]{0,60}\buntil\b|"
    r"\bhold the account until\b",
    r"\b(betal|betale|betala|pay|zahlen sie|payez) (bare|bara|gerne|einfach|just|simply|ruhig) (\w+ )?(i |pa |)?"
    r"(naeste|næste|neste|nasta|next|nachsten|le mois prochain)\b",
    # "vos règlements passent de 30 jours à 60 jours fin de mois": the payment term itself changed.
    r"\b(passent|passe|pasan|pasa|passam|passa|gaan|geht|gehen|move|moves|go|goes|change|changes)\b[^.;]{0,20}\b(de|from|van|von|da|z) "
    r"\d+ (jours|days|dias|dagen|tage[n]?|giorni|dni)? ?(a|to|naar|auf|do) \d+ (jours|days|dias|dagen|tage|giorni|dni)\b",
    r"\b(pode|podera|puede|podra|kunt|you can|vous pouvez|puo|pud)\w*\b[^.;]{0,20}\b(pagar|pay|payer|regler|zahlen|betalen|"
    r"pagare|abonar|liquidar)\b[^.;]{0,10}\b(so|solo|only|seulement|erst|pas|solamente|somente|apenas)\b",
    r"\b(nao se preocupe|no s[ex] preocupe|ne vous inquietez pas|don'?t worry|do not worry|keine sorge|maakt u zich geen zorgen|"
    r"non si preoccupi)\b[^.;]{0,15}\b(prazo|plazo|vencimiento|delai|echeance|deadline|due date|frist|termijn|scadenza)\b",
    # "Selbstverständlich ist es für uns in Ordnung, wenn Sie die Rechnung erst Ende Juni begleichen."
    # (Italian "a fine mese" is the month's end, not "fine".)
    r"\b(in ordnung|kein problem|einverstanden|ok|okay|(?<!\ba )(?<!\bla )(?<!\balla )(?<!\bentro )fine|no problem|d'accord|sans probleme|pas de probleme|vale|"
    r"de acuerdo|sin problema|tudo bem|sem problema|geen probleem|akkoord|va bene|nessun problema)\b[^.;]{0,25}"
    r"\b(wenn|falls|if|si|se|als|indien)\b(?=(?:[^.;]|(?<=\d)[.,](?=\d)){0,160}\b(pay|zahl|bezahl|begleich|uberweis|pag|"
    r"regl|betal|sald|liquid|settle)\w*)(?=(?:[^.;]|(?<=\d)[.,](?=\d)){0,160}\b(erst|later|spater|plus tard|mas tarde|mais tarde|next|nachst\w*|prochain\w*|"
    r"proxim\w*|volgend\w*|prossim\w*|end of|ende|fin|finales|final|eind|fine)\b)",
    # "wijzigen wij met ingang van vandaag uw betalingsvoorwaarden": the terms themselves rewritten, either way.
    r"\b(wijzig\w*|verander\w*|change|changing|amend\w*|andern|ander\w* wir|modifi\w*|alter(amos|ar|aremos)|"
    r"zmieni\w*) (wij |we |nous |wir )?[\w ]{0,30}\b(betalingsvoorwaarden|betalingstermijn|payment terms|terms of payment|"
    r"credit terms|zahlungsbedingungen|zahlungsziel|conditions de (paiement|reglement)|delai de paiement|condiciones de pago|"
    r"condicoes de pagamento|condizioni di pagamento|termini di pagamento|warunki platnosci)\b",
    # sv: "Förfallodagen ... har flyttats till den 30 april", "du kan dela upp beloppet på tre delbetalningar"
    r"\b(forfallodag\w*|forfallodatum\w*|betalningsdag\w*|betalningsvillkor\w*)\b(?:[^.;]|\.\d){0,80}\b(har |blivit )?"
    r"(flyttats|flyttat|skjutits upp|skjutit upp|forlangts|forlangt|andrats|andrat)\b",
    r"\b(forlanger|forlanga|flyttar|skjuter upp|andrar)\b[^.;]{0,30}\b(betalningstid\w*|forfallodag\w*|forfallodatum\w*|"
    r"betalningsvillkor\w*|fakturan)\b",
    r"\b(kan|far|fa) (du|ni)\b[^.;]{0,40}\b(dela upp|delbetal\w*|avbetal\w*)|\b(vi )?(erbjuder|godkanner|beviljar|"
    r"ger) (dig |er )?(en )?(avbetalningsplan|betalningsplan|anstand|uppskov|delbetalning\w*)\b",
    # pl: "termin płatności przesuwamy na 30 kwietnia", "rozłożymy na raty"
    r"\b(przesuwamy|przesuniemy|przedluzamy|przedluzymy|odraczamy|odroczymy)\b.{0,40}\b(termin\w*|platnos\w*)|"
    r"\btermin\w* (platnosci )?.{0,40}\b(przesuwamy|przesuniemy|przedluzamy|przedluzymy)\b|\b(rozlozymy|rozkladamy) na raty\b",
    # The due date moved, said in the passive: "La date d'échéance est reportée au 30 juin", "Die Frist wird bis Ende
    # Mai verlängert", "Termin płatności zostaje przesunięty".
    rf"\b{_DUE_NOUN}\b{_UNDENIED}{{0,50}}\b({_PASSIVE_AHEAD}|est|a ete|ist|queda|ha sido|fue|foi|e|e stat[oa]|is|werd|"
    rf"zostaje|zostal\w*|har|er|blev|on)\b{_UNDENIED}{{0,40}}\b{_MOVED_PART}\b",
    # Passive grants: "o vencimento da fatura foi prorrogado para 15 de maio", "the due date has been moved to".
    r"\b(vencimento|prazo|fecha de vencimiento|vencimiento|plazo|echeance|falligkeit|zahlungsziel|vervaldatum|scadenza|"
    r"due date)\b(?:[^.;]|\.\d){0,80}\b(foi|fue|ha sido|a ete|wurde|ist|is|has been|e stat[oa]) (prorrogad|adiad|ampliad|"
    r"prorrogat|report|verschoben|verlangert|verlengd|posticipat|extended|moved|pushed)\w*",
    r"\b(let|leave) (the )?(remaining|rest|remainder|balance|other half|second half)\b(?:[^.;]|\.\d){0,40}\bwait\b",
    # "Prenez jusqu'à fin juillet pour régler", "take until the end of the month to pay"
    r"\b(prenez|take|tome|tomen|nehmen sie sich|neem|prenda|prendete)\b[^.;]{0,15}\b(jusqu'?|until|till|hasta|bis|tot|ate|fino)\b",
    r"\b(acceptons|accepte|accordons|acceptez) de (repartir|echelonner|etaler|fractionner|decaler|reporter)\b",
    r"\b(scadenza|termine di pagamento)\b(?:[^.;]|(?<=\d)[.,](?=\d)){0,140}\b(prorogat\w*|posticipat\w*|spostat\w*|"
    r"rinviat\w*)\b",
    # "op 30 april in plaats van op 15 maart"; not "12.000 in plaats van 10.000 hoezen", an overcharge described.
    r"\bin plaats van (op |de )?(\d{1,2}[-/.]\d{1,2}\b|\d{1,2}e? (jan\w*|feb\w*|maart|apr\w*|mei|jun\w*|jul\w*|aug\w*|"
    r"sep\w*|okt\w*|nov\w*|dec\w*))|\bhoeft u (pas|eerst) (op|in|na)\b",
    r"\b(rest|remainder|remaining( \w+)?|resto|restant|restbetrag|restante|rimanente)\b[^.;]{0,40}\b(can wait|puede esperar|"
    r"peut attendre|kann warten|kan wachten|pode esperar|puo aspettare)\b",
    r"\b(we can|let's|we'll) look at (it|the (rest|remainder|balance)) again\b",
    r"\b(here's what we can do|machen wir es so|voici ce que nous (pouvons|proposons)|esto es lo que podemos hacer|"
    r"podemos fazer assim|dit kunnen we doen|ecco cosa possiamo fare)\b",
    # "pode pagar ... (vencimento original 10/03) até o dia 30/04": a later date than the one on the invoice.
    r"\b(vencimento|fecha de vencimiento|echeance|vervaldatum|scadenza) original\w*\b[^.;]{0,40}\b(ate|hasta|jusqu|tot|fino)\b",
    r"\b(set|reset)\w* the (due|payment) date\b[^.;]{0,50}\bto\b",
    r"\b(vervaldatum|betaaltermijn)\b[^.;]{0,40}\b(verschov\w*|verschuiv\w*|verplaats\w*|verlengd|aangepast)\b",
    r"\b(spostat\w*|spostiamo|posticipat\w*|prorogat\w*) (la |il )?(scadenza|termine)\b",
    r"\b(you're|you are) (welcome|free) to (pay|send|split|spread|settle|take)\b",
    r"\b(per|a|each|every) month (over|for) the next\b|\bover the next (\w+|\d+) (months|weeks)\b",
    # Permission to pay in parts, whatever sits between ("u mag het bedrag in vier maandelijkse termijnen betalen").
    r"\b(you can|you may|you could|feel free to|pouvez|pourrez|puede|pueden|puedes|podeis|podra|podran|pode|podem|podes|"
    r"podera|poderao|kunt|mag|mogen|konnen|durfen|"
    r"moga|mozecie|moze|mozesz|kan|voitte|voit|puteti|poti|"
    r"potete|puo|potra)\b(?:[^.;:!?\n]|(?<=\d)[.,](?=\d)){0,60}(?<!the )(?<!your )(?<!these )\b(instal+ments|termijnen|raten|cuotas|plazos|parcelas|prestacoes|rate|ratach|raty|delbetalningar|afdrag|avdrag|erassa|erissa|transe|"
    r"mensualites|versements|monthly payments|monthly (instal+ments|amounts))\b",
    # Moving the account to longer terms: "move your account to net 60".
    r"\b(move|moving|moved|switch\w*|chang\w*|put|putting|upgrad\w*)\b[\w -]{0,25}\bto (net ?\d{2,3}|\d{2,3}[- ]day "
    r"(payment )?terms)\b",
    r"\bnow due (on|by)\b[^.;]{0,30}\b(rather than|instead of)\b",
    r"\b(going forward|from now on|in future|ab sofort|desormais|a partir de ahora|daqui em diante|voortaan|d'ora in poi|"
    r"vanaf (nu|heden|deze factuur)|from this invoice|a partir de esta factura|ab dieser rechnung|a partir de cette facture|"
    # ro "de acum înainte", es "de ahora en adelante", pt "a partir de agora", pl "od teraz", hu "mostantól", cs "odteď".
    r"de acum (inainte|incolo)|de ahora en adelante|a partir de agora|daqui para a frente|doravante|od teraz|od tej pory|"
    r"mostantol|ezentul|odted|nadale)\b"
    r"[^.;:!?\n]{0,50}\b(net ?\d{2,3}|\d{2,3}[ -](days?|tage|jours|dias|dagen|giorni|de zile|zile|dni|dniowy|napos|nap))\b",
    r"\b(can|may|pouvez|pourrez|puede|podra|pode|podera|kunt|konnen|potete|puo)\b.{0,30}\b(in instal+ments|en (deux|trois|quatre|\d+) fois|a plazos|en cuotas|em parcelas|in termijnen|in raten|a rate|in (two|three|four|\d+) (payments|parts))\b",
    r"\bpay (it |this |us )?when(ever)? you can\b",
    r"\b(we can|we could|we are happy to|(ok|okay|fine|happy|glad) to|podemos|pouvons|konnen wir|kunnen we|possiamo)\b[^.;:!?\n]{0,40}"
    r"\b(split|spread|parcelar|dividir|fraccionar|aplazar|echelonner|etaler|in raten|in termijnen|gespreid|"
    r"rateizzare|dilazionare)\b",
    r"\bem \d+ ?x de\b",
    r"\b(zahlen|bezahlen|uberweisen) sie\b(?:[^.;]|(?<=\d)[.,](?=\d)){0,40}\beinfach bis\b|\b(stelle|stellen) (ich |wir )?die mahnungen\b[^.;]{0,20}\bab\b",
    r"\b(da|dara|fica) (pra|para) (parcelar|dividir|pagar em \d)",
    # "nous vous accordons exceptionnellement un délai de paiement jusqu'au 30 avril"
    r"\b(accord|consent|octroy)\w*\b[^.;]{0,30}\bdelai\b",
    # "no rush to download everything at once" is about the gallery, not the payment.
    r"\bno (rush|hurry)(?! (to|on|for|with|about|in) (?!(pay|settl|clear|transfer|send|the (payment|invoice|balance|bill|amount|rest)|it|this|that)\b))\b",
    r"\b(geen haast|keine eile|pas d'urgence|rien ne presse|sin prisa|no hay prisa|sem pressa|nessuna fretta|"
    r"ingen brad\w*|ingen stress|nie ma pospiechu)\b"
    # "Geen haast met het invullen van het formulier": in no hurry about something else.
    r"(?! (met|mit|avec|con|com|med|z|bei|pour|para|per|om|to) (?!(de |het |la |le |el |a |o |il |die |der |den |"
    r"les |los |las |os |i )?(betal\w*|zahl\w*|bezahl\w*|paiement|payer|regl\w*|pago|pagar|pagamento|pagare|"
    r"plat\w*|zaplat\w*|factu\w*|rechnung|fatura|fattura|faktura|saldo|rest\w*)\b))",
    # Arrears moved to a later date: "Nothing to pay until then", "não precisa de fazer nada até lá", "du behöver inte
    # tänka på den förrän dess".
    r"\b(nothing (more )?(to pay|to do|is due|owing)|no payment (is )?(due|needed)|nao precisa (de )?(fazer nada|pagar)|"
    r"no (tienes|tiene|teneis|tienen) que (pagar|hacer) nada|(sie|du) (musst|mussen) (\w+ )?nichts (zahlen|bezahlen|tun|"
    r"unternehmen)|vous n'avez rien a (payer|faire|regler)|non (devi|deve|dovete) (pagare|fare) (nulla|niente)|"
    r"(je|u) hoeft (\w+ )?niets (te doen|te betalen)|(du|ni) behover inte (betala|gora nagot|tanka pa))\b[^.;]{0,40}"
    r"\b(until|till|before|ate|hasta|bis|avant|jusqu'?a?|fino a|tot|forran|innan)( (then|that date|dahin|dann|la|entao|"
    r"entonces|ese momento|alors|ce moment-la|allora|quel momento|dan|die tijd|dess|da|next|the end|the \d|\d|"
    rf"{_MONTHS}))",
    r"\b(until then|till then|bis dahin|d'ici la|jusque-la|hasta entonces|ate la|tot dan|fino ad allora|till dess|"
    r"fram till dess)\b[^.;]{0,30}\b(nothing|nichts|rien|nada|niets|niente|nulla|inget|ingenting)\b[^.;]{0,15}"
    r"\b(to pay|zu (be)?zahlen|bezahlen|zahlen|a payer|regler|que pagar|a pagar|pagar|te betalen|betalen|da pagare|"
    r"pagare|att betala|betala)\b",
    # "lo podéis pagar ... en julio, en lugar de antes de la boda": the due date moved past the one agreed.
    r"\b(instead of|rather than|en lugar de|en vez de|au lieu de|statt|anstatt|invece (di|che)|em vez de|in plaats van|"
    r"i stallet for|istallet for|zamiast)( de| d'| di)? (before|antes|avant|vor|prima|voor|innan|przed|ahead of)\b",
    # "Ik heb de betaling van maart verplaatst naar juni", "He pasado el recibo devuelto de febrero a mayo".
    rf"\b(betaling|incasso|termijn|zahlung|abbuchung|lastschrift|rate|recibo|cuota|cargo|pagamento|prestacao|quota|"
    rf"addebito|prelevement|paiement|betalning|dragning)\w*\b[^.;]{{0,40}}\b(verplaatst|verschoven|verzet|verschoben|"
    rf"verlegt|flyttat|flyttats|pasado|movido|trasladado|aplazado|passado|adiado|passato|passata|spostat[oa]|rinviat[oa]|"
    rf"deplace\w*|reporte\w*|decale\w*) (naar|tot|auf|in den|zum|till|a|al|para|nel|au|ao) (\w+ )?{_MONTHS}\b",
    rf"\b(betaling|incasso|termijn|zahlung|abbuchung|lastschrift|betalning|dragning)\w*\b[^.;]{{0,40}}\b(naar|auf|in den|"
    rf"tot|till) (\w+ )?{_MONTHS}\b[^.;]{{0,12}}\b(verplaatst|verschoven|verzet|verschoben|verlegt|flyttat|flyttats)\b",
    rf"\b(he|hemos|ho|abbiamo|j'ai|nous avons|eu|nos|ik heb|we hebben|wij hebben|ich habe|wir haben)\b (\w+ )?"
    rf"(pasado|movido|trasladado|passato|spostato|deplace|reporte|passei|passamos|movi|movemos)\b[^.;]{{0,60}}\b(recibo|"
    rf"cuota|cargo|pago|rata|pagamento|quota|addebito|prelevement|paiement|echeance|prestacao|debito)\b[^.;]{{0,50}}"
    # Not "en marzo": "el recibo se pasó al cobro en marzo" is the debit presented, not moved.
    rf"\b(a|al|para|nel|au|ao) (\w+ )?{_MONTHS}\b",
    # "I've moved the £42.00 February payment ... so that it's collected with your first payment after the freeze,
    # in June": our own hand moving a payment to a later month.
    r"\b(i'?ve|we'?ve|i have|we have|i|we|wir haben|ich habe|hemos|he|nous avons|j'ai|abbiamo|ho|we hebben|wij hebben|"
    r"ik heb|vi har|jag har)\b (\w+ ){0,3}?(moved|shifted|rescheduled|postponed|deferred|pushed|verschoben|verlegt|"
    r"deplace|reporte|decale|movido|trasladado|aplazado|pospuesto|adiado|passato|spostat\w*|rinviat\w*|posticipat\w*|"
    r"verplaatst|verschoven|flyttat|skjutit upp) (the |your |ihre |la |el |le |o |a |il |de |je |din |er )?"
    r"((?!(to|into|our|from|a|an|naar|auf|zu|a|para|till|in)\b)[\w£€$.,-]+ ){0,3}?(payments?|instal+ments?|debits?|collections?|zahlung|"
    r"abbuchung|rate|paiement|prelevement|pago|cuota|cargo|pagamento|quota|prestacao|debito|rata|addebito|betaling|"
    r"incasso|termijn|betalning|dragning\w*)\b(?! (link|page|portal|method|details|address|form))[^.;]{0,80}"
    rf"\b({_MONTHS}|next month|the following month|mes que viene|proximo mes|mois prochain|nachsten monat|"
    r"volgende maand|mese prossimo|nasta manad)\b",
    # Open-ended silence is a terms change; "no reminders before then" only records the customer's own date.
    # Pausing reminders on one disputed line while it is looked at is allowed ("about that line while the review
    # is open").
    r"\b(won't|will not)\b.{0,10}\b(send|chase)\b.{0,25}\breminders?\b(?!.{0,20}\b(before|until|till|prior to)\b)"
    r"(?! (about|on|for) (that|this|the disputed|the queried) (line|item|charge|amount))",
    r"\b(pay|settle)\w*\b[\w\- ]{0,30}\bwhenever\b",
    # The invoice rolled into a later order: "just pay it along with your next order", "mit Ihrer nächsten Bestellung
    # zusammen bezahlen", "réglez-la avec votre prochaine commande", "páguela junto con su próximo pedido".
    r"\b(pay|paying|settle|settling|clear|clearing) (it |this (one )?|that |them |the (balance|invoice|amount|rest) )?"
    r"(along |together )?with (your|the) next (order|invoice|delivery|shipment|statement|payment|job|print run)\b"
    r"(?! (confirmation|number|form))",
    r"\bmit (ihrer|deiner|der) nachsten (bestellung|rechnung|lieferung|zahlung|auftrag) (zusammen |mit )?"
    r"(bezahlen|begleichen|zahlen|uberweisen)\b|\b(bezahlen|begleichen|zahlen|uberweisen) (sie )?(\w+ )?(einfach )?"
    r"(zusammen )?mit (ihrer|deiner|der) nachsten (bestellung|rechnung|lieferung|zahlung)\b",
    r"\b(pay|regl|acquitt)\w*(-la|-le|-les)? (\w+ ){0,2}(en meme temps qu'?|avec) (votre|la|ta) prochaine "
    r"(commande|facture|livraison)\b",
    r"\b(pag|abon|liquid|salda|quit)\w* (\w+ ){0,2}(junto )?(con|com) (su |tu |el |la |o |a |o seu |a sua )?"
    r"(proximo pedido|proxima (factura|fatura|entrega|orden|compra|encomenda))\b",
    r"\bmet (uw|je|jullie|de) volgende (bestelling|factuur|levering|order) (mee )?(betalen|voldoen|afrekenen)\b|"
    r"\b(betaal|betalen|voldoe|voldoen)\w* (\w+ ){0,2}(samen )?met (uw|je|jullie|de) volgende (bestelling|factuur|"
    r"levering|order)\b",
    r"\b(pag|sald)\w* (\w+ ){0,2}(insieme )?(con|col) (il |la )?(vostro |vostra |tuo |tua |suo |sua )?prossim[oa] "
    r"(ordine|fattura|consegna)\b",
    r"\bwhen(ever)? your (customer|client)s? (pays?|settles?)\b",
    r"\b(pay|settle)\w* (us )?\d+ days after\b",
    # en
    r"\b(extend|extended|extending|move|moved|moving|push|pushed|pushing|postpone|postponed|defer|deferred|change|changed|changing|amend|amended)\w* (the |your )?(due date|deadline|payment date|payment terms?|terms)\b",
    r"\b(extend|extended|move|moved|push|pushed|postpone|postponed|defer|deferred|change|changed|amend|amended)\w* (the |your )?[\w\-]+'s (due date|deadline|payment date|payment terms?)\b",
    r"\b(new|revised|extended|updated) (due date|deadline|payment terms|terms)\b",
    r"\b(due date|deadline) (is|has been|was|will be) (now |been )?(extended|moved|pushed|changed|postponed)",
    # Not the noun ("once the grant instalment is received", "the offer of a plan" is read elsewhere).
    r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bour )(?<!\byour )(?<!'s )"
    r"\b(accept|agree|approve|grant|set up|arrange|offer|allow)\w* (to |you )?(your |a |the |an )?(proposal|proposed|payment plan|instal+ment|repayment plan|extension|plan|(\w+ )?monthly payments|more time|additional time|\d+ (more |extra )?days)",
    r"\btake (another|an extra|an additional|a further|more) \d+ (days|weeks|months)\b",
    r"\b(won't|will not|we'll not) (chase|remind|contact) you (before|until)\b",
    # "agreement provides for interest on overdue instalments" restates a contract; only a verb agrees.
    r"\b(accept|agree|approv)(?!ment)\w*[\w ]{0,40}\b(instal+ments|monthly payments|payment plan)\b",
    r"\b(acept|aprob|acord)\w*(?:[^.;]|(?<=\d)[.,](?=\d)){0,140}\b(cuotas|plazos|fraccionad\w*)\b",
    r"\b(aceit|aprov|acord)\w*[\w ]{0,40}\b(parcelas|prestacoes|parcelamento)\b",
    r"\b(accett|approv|conced)\w*[\w ]{0,40}\b(rate|rateale|rateizzazione)\b",
    r"\b(accept|accord)\w*[\w ]{0,40}\b(mensualites|versements|echeancier)\b",
    r"\b(akzeptier|einverstanden|gewahr|zustimm)\w*[\w ]{0,40}\b(raten\w*)\b",
    r"\b(akkoord|accepteren|gaan akkoord)\w*[\w ]{0,40}\b(termijnen|regeling)\b",
    # A smaller sum accepted "in full and final settlement" is the discount type, not more time.
    r"\b(happy|pleased|glad|able) to (accept|agree|offer|extend|give you|grant)(?! (a |the )?(sum |payment |amount )?"
    r"(of )?(£|€|\$|usd|eur|gbp|chf|aud|cad|nzd)? ?\d[\d,.]*( ?(£|€|usd|eur|gbp|chf|aud|cad|nzd))? (in|as) (full|final|"
    r"a full|a final|settlement))",
    r"\b(you can|you may|feel free to) (pay|split|spread)[\w ]{0,30}(?<!the )(?<!your )(instal+ments|monthly|in parts|over \w+ months|later|by the end)",
    r"\bwon't (hear from us|chase|contact you|send (you )?(any )?reminders?)[\w ]{0,30}until\b",
    r"\b(no need|don't need) to pay (until|before)\b",
    # "you can pay later / at the end of May instead", not "you can pay by card instead of bank transfer": another
    # way to pay the same sum on the same date changes no term.
    rf"\b(can|may|could) (pay|settle){_BY_OTHER_MEANS}[\w ,-]{{0,40}}\b(later|instead|next (week|month|quarter|year)|"
    r"end of|in \d+ (days|weeks|months))\b",
    r"\bpay (half|part|a portion|\d+ ?%|the first half)(?:[^.;]|(?<=\d)[.,](?=\d)){0,25} now and\b",
    # "pagas la mitad (1.350 €) antes del 31 de marzo y el resto lo dejamos para finales de junio"
    r"\b(pagas|pague|paga|pagam|pagan|pagais|payez|zahlen sie|betaal|betaalt u|paghi|pagate) (la |de |die |a )?(mitad|moitie|halfte|helft|"
    r"meta|metade)\b(?:[^.;]|(?<=\d)[.,](?=\d)){0,80}\b(el resto|le reste|den rest|de rest|il resto|o resto|la otra mitad|l'autre moitie|"
    r"die andere halfte|de andere helft|l'altra meta|a outra metade)\b",
    r"\b(pouvez|pourrez|pouvons) (payer|regler)[\w ]{0,40}(plus tard|a la fin|fin \w+|d'ici)",
    r"\b(konnen|durfen)[\w ]{0,40}(erst|spater)[\w ]{0,30}(bezahlen|zahlen|begleichen)",
    r"\b(puede|podra|podran) (pagar|abonar|saldar)[\w ]{0,40}(mas tarde|a finales|el proximo|en \d+ dias)",
    r"\b(kunt|mag|kunnen)[\w ]{0,30}(later|pas|eind)[\w ]{0,20}betalen",
    r"\b(puo|potra|potete) (pagare|saldare)[\w ]{0,40}(piu tardi|a fine|fine \w+|il prossimo)",
    r"\b(pode|podera|podem) (pagar|liquidar)[\w ]{0,40}(mais tarde|no fim|no final|no proximo)",
    r"\b(net|terms of) ?\d{2,3}\b[\w ]{0,15}(from now on|going forward|instead)",
    # fr
    r"\b(prolong|report|repouss|decal|modifi)\w* (la |le |l')?(date d'echeance|echeance|delai de paiement|date limite)",
    r"\bnouvel(le)? (date d')?echeance\b",
    r"\b(accept|accord|approuv|propos)\w* (votre |un |l')?(echeancier|plan de paiement|paiement en \w+ fois|delai supplementaire|etalement)",
    r"\b(delai supplementaire|etalement de paiement|paiement echelonne)\b",
    # de
    r"\b(verlanger|verschieb|aufschieb|stund)\w* [\w ]{0,20}(zahlungsziel|zahlungsfrist|falligkeit|frist|rechnung)",
    r"\b(neues|verlangertes) (zahlungsziel|falligkeitsdatum)\b",
    r"\b(ratenzahlung|ratenplan|teilzahlung|stundung)\w*[\w ,]{0,40}(gewahr|einverstanden|akzeptier|vereinbar|zustimm|anbiet|moglich)",
    r"\b(gewahr|akzeptier|vereinbar|bewillig)\w*[\w ,]{0,30}(ratenzahlung|ratenplan|stundung|zahlungsaufschub)",
    # es
    r"\b(ampli|prorrog|aplaz|extend|posterg|cambi|modific)\w* (el |la )?(plazo|fecha de vencimiento|vencimiento|fecha de pago)",
    # Rioplatense "correr" (to move) a date: "te corremos el vencimiento al 30", "movemos la fecha de pago".
    r"\b(corr(emos|imos|eremos|erte|erle|erles)|mov(emos|imos|eremos|erte|erle|erles)|traslad(amos|aremos))\b"
    r" (\w+ )?(el |la )?(plazo|fecha de vencimiento|vencimiento|fecha de pago)",
    r"\bnueva fecha de (vencimiento|pago)\b",
    # ca: "us ampliem el termini de pagament a 60 dies", "allarguem el venciment", "us concedim una pròrroga".
    r"\b(amplie|ampli|allarg|prorrog|ajorn|posterg|endarrer|perllong|canvie|modifique)\w* (el |la |l')?(termini|"
    r"data de venciment|venciment|data de pagament|data limit)",
    r"\bnova data de (venciment|pagament)\b",
    r"\b(accept|aprov|conced|ofer|acord)\w* (el |la |un |una |vostre |vostra )?(pla de pagaments?|pagament (a terminis|"
    r"fraccionat)|ajornament|prorroga|fraccionament)",
    r"\b(acept|aprob|conced|ofrec|acord)\w* (su |un |el |la )?(plan de pagos?|pago (a plazos|en cuotas|fraccionado)|aplazamiento|prorroga|fraccionamiento)",
    # pt
    r"\b(prorrog|adi|estend|alter)\w* (o |a )?(prazo|data de vencimento|vencimento)",
    r"\bnova data de vencimento\b",
    r"\b(aceit|aprov|conced|ofere|acord)\w* (o |a |um |uma |seu |sua )?(parcelamento|plano de pagamento|pagamento parcelado|prorrogacao|prazo adicional)",
    # nl
    r"\b(verleng|verschuiv|verschuif|uitstel|wijzig)\w* [\w ]{0,15}(vervaldatum|betalingstermijn|betaaltermijn|termijn)",
    r"\bnieuwe (vervaldatum|betalingstermijn)\b",
    r"\b(betalingsregeling|betaalregeling|gespreide betaling)\w*[\w ,]{0,40}(akkoord|accepter|afgesproken|treffen|toegestaan|aanbieden|goedgekeurd)",
    r"\b(akkoord|accepteren|bieden|treffen)\w*[\w ,]{0,30}(betalingsregeling|betaalregeling)",
    # it
    r"\b(proroga|prorog|posticip|estend|rinvi|modific)\w* (la |il )?(scadenza|termine di pagamento|termine)",
    r"\bnuova (data di )?scadenza\b",
    r"\b(accett|approv|conced|offr)\w* (il |la |un |una |vostro |vostra )?(piano di rientro|rateizzazione|pagamento rateale|dilazione)",
    r"\b(przesunelismy|przedluzylismy|odroczylismy|zmienilismy|przesuwam|przesuwamy|przesuniemy|przedluzam|przedluzamy|"
    # In one sentence: "Zmieniliśmy bank. Płatność ..." changes the account, not the date.
    r"przedluzymy|odraczam|odraczamy)\b[^.;!?]{0,40}\b(termin\w*|platnos\w*)",
    r"\b(hoor|hoort|krijg|krijgt) (je|u)\b[^.;]{0,20}\b(tot|voor)\b[^.;]{0,20}\b(niks|niets|geen (herinnering|aanmaning)\w*)\b",
    # "betaal die 2026-0290 maar eind april, ik zet de herinneringen tot die tijd stop"
    r"\bbetaal\w*\b[^.;]{0,30}\bmaar\b[^.;]{0,20}\b(eind|begin|volgende|na|in|op|over|als)\b",
    r"\b(vervaldatum|betaaldatum|betalingstermijn)\b[^.;]{0,60}\bnaar\b[^.;]{0,20}\b(gezet|verzet|verschoven|verplaatst)\b",
    r"\b(zet|zetten)\b[^.;]{0,15}\b(herinneringen|aanmaningen)\b[^.;]{0,20}\bstop\b",
    # "faktura ... zostanie rozłożona na 4 miesięczne raty"
    r"\brozloz\w*\b[^.;]{0,60}\bna (\d+|dwie|trzy|cztery|piec|szesc) (\w+ )?rat\w*",
    # "just roll it into your April pay run": the overdue invoice waits for their later payment run
    r"\b(roll|put|add|fold|include|stick|move)\w* (it|this|that|them|the invoice|the balance|inv-?\s?\d+)\s?(into|in|with|on) "
    r"(your|the) (next |\w+ )?(pay(ment)? run|pay cycle|check run|cheque run|payment batch|ap run|bacs run)\b",
    r"\b(moze|mozecie|mozna)\b[^.;]{0,40}\brozlozyc\b",
    # "paid as £4,500.00 on 31 March and £4,500.00 on 30 April"
    r"\b(paid|payable|to be paid|settled) as (£|€|\$|eur |gbp |usd |chf )\s?\d(?:[^.;]|\.\d){0,30}\band\b "
    r"(£|€|\$|eur |gbp |usd |chf )\s?\d",
    # "può pagarlo insieme al canone di aprile": the overdue item waits for a later month's
    r"\b(pag\w*|pay\w*|zahl\w*|betal\w*|regl\w*|zaplac\w*)\b[^.;]{0,50}\b(together with|along with|insieme (a|al|alla|con)|"
    r"junto con|junto com|avec|zusammen mit|samen met|razem z)\b[^.;]{0,30}\b(di|of|de|from|van|von|for|del|do|da|z|for)\s"
    r"(january|february|march|april|may|june|july|august|september|october|november|december|gennaio|febbraio|marzo|"
    r"aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|enero|febrero|abril|mayo|junio|julio|"
    r"septiembre|octubre|noviembre|diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|"
    r"novembre|decembre|januar|februar|marz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|"
    r"janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|kwietnia|maja|czerwca)\b",
    r"\b(moze|mozecie|moga)\b[^.;]{0,40}\bzaplacic\b[^.;]{0,30}\b(kiedy|gdy|jak)\b|\bwstrzymamy\b[^.;]{0,30}\bprzypomnie\w*|"
    r"\bnie ma (zadnego )?pospiechu\b",
    # "no worries - just pay feb + march together at the end of april, I'll let accounts know so they stop chasing"
    r"\b(just|simply) pay\b[^.;]{0,40}\b(at|by|in|towards) the (end|middle|start|beginning) of\b|"
    r"\b(let|tell|ask)\w* (accounts|finance|the team|my team|them|credit control)\b[^.;]{0,20}\b(so they|to) stop (chasing|"
    r"reminding|sending)\b",
    r"\b(no need|don't need|do not need|not need) to pay\b[^.;]{0,40}\b(until|before|till)\b",
    # German and Dutch put the participle last, after a middle field that may hold the invoice, its amount in
    # brackets and a date with a dotted day: "Das Zahlungsziel für die 2. Abschlagsrechnung X (…, 27.350,00 €) wurde auf
    # den 30. April 2026 verlängert", "De betaaltermijn van factuur X (…) is verlengd tot 30 april".
    rf"\b{_DUE_NOUN}\b{_UNDENIED_DOTTED}{{0,150}}\b(wurde|wird|ist|sind|wurden|werden|worden|werd|wordt|is)\b"
    rf"{_UNDENIED_DOTTED}{{0,50}}\b(verlangert|verschoben|hinausgeschoben|aufgeschoben|gestundet|verlengd|verschoven|"
    r"uitgesteld|verplaatst)\b",
    # A new date put in place of the due date: "provided it reaches us by 30 April rather than the original due date",
    # "au lieu de la date d'échéance initiale", "statt zum ursprünglichen Zahlungsziel", "en lugar del vencimiento".
    r"\b(rather than|instead of|in place of|au lieu de|plutot qu'?a?|en lugar de|en vez de|em vez de|ao inves de|invece "
    r"(che|della|del|di)|anziche|statt|anstatt|anstelle|in plaats van|zamiast|i stedet for|istallet for|i stedet for)\b"
    r"( (the|our|your|la|le|l'|el|del|a|o|do|da|der|dem|des|zum|zur|de|het|il|lo|della|dello))? ?((original|initial|"
    r"agreed|current|old|usual|originale?|initiale?|ursprunglich\w*|vereinbart\w*|oorspronkelijke|afgesproken|original|"
    r"inicial|acordad[oa]|pierwotn\w*|opprinnelig\w*|ursprunglig\w*|oprindelig\w*) )?" + _DUE_NOUN + r"\b",
    # Moved onto longer terms: "we've moved your account onto 45-day terms", "Sie auf 45 Tage Zahlungsziel umgestellt".
    r"\b(moved|switched|put|changed|moving|switching|putting|upgraded)\b[^.;]{0,40}\b(on ?to|to) (\d{2,3})[- ]day "
    r"(payment )?terms\b|\b(umgestellt|umstellen) auf (\d{2,3}) tage\b|\b(\d{2,3}) tage zahlungsziel\b[^.;]{0,30}\bumgestellt\b",
    # The rest left to a later month: "you can leave the rest until the end of May", "restul îl puteți plăti în iunie",
    # "le reste, vous pourrez le régler en juin", "el resto lo puedes pagar en junio", "den Rest können Sie im Juni
    # zahlen", "de rest mag u in juni betalen".
    r"\b(the rest|the remainder|the balance|the other half|the second half|restul|cealalta jumatate|el resto|lo "
    r"restante|la otra mitad|le reste|le solde|l'autre moitie|den rest|der rest|die andere halfte|die zweite halfte|il "
    r"resto|il saldo|l'altra meta|o resto|o restante|a outra metade|de rest|het restant|de andere helft|resten|reszta|"
    r"reszte)\b[^.;]{0,30}\b(you can|you may|you could|puteti|poti|puedes|puede|pueden|podeis|vous pouvez|vous pourrez|"
    r"tu peux|konnen sie|kannst du|konnen|potete|puoi|puo|podes|pode|podem|mag u|kunt u|kan je|mag je|kan du|kan ni|"
    r"mozesz|moze pan|moze pani)\b[^.;]{0,30}\b(pay|leave|settle|plati|achita|pagar|pagarlo|pagarla|abonar|regler|payer|"
    r"zahlen|bezahlen|begleichen|pagare|saldare|liquidar|betalen|voldoen|betala|betale|zaplacic)\b[^.;]{0,25}"
    r"\b(in|until|till|by|to|pana (in|la)|en|hasta|jusqu'?(en|a|au)|bis|im|entro|a|ate|em|tot|i|till|do|w)\b[^.;]{0,15}"
    + _MONTHS_WIDER
    + r"|"
    r"\b(you can|you may|you could)\s(pay|leave|settle)\s(the rest|the remainder|the balance|the other half|the second "
    r"half)\b[^.;]{0,30}\b(in|until|till|by)\b[^.;]{0,15}" + _MONTHS,
    # Leave to pay a stage with a later one or at the end of the works, even offered on a condition: "potete anche
    # pagare il secondo SAL insieme al terzo, a fine lavori", "you can settle stage 2 with the final invoice".
    r"\b(you can|you could|you may|feel free to|potete|puoi|potra|potrete|vous pouvez|vous pourrez|sie konnen|ihr konnt|"
    r"pueden|puede|podran|podra|u kunt|je kunt|jullie kunnen|podem|pode|podera|poderao)( (also|just|simply|anche|"
    r"pure|aussi|auch|tambien|ook|tambem))? (pay|settle|pagare|saldare|regler|payer|bezahlen|begleichen|pagar|abonar|"
    r"liquidar|betalen|voldoen)\b[^.;]{0,60}\b((together|along) with (the )?(next|final|last|following|third|closing)|"
    r"with the (final|last|closing|next) (invoice|stage|payment|instal+ment)|insieme (al|alla|con) (\w+ )?(terz|prossim|"
    r"ultim|successiv|final)\w*|avec (la |le |l')?(prochain|dernier|derniere|suivant|final)\w*|zusammen mit (der |dem )?"
    r"(nachst|letzt|schluss|dritt)\w*|junto (con|com) (la |el |a |o )?(siguiente|proxim|ultim|final|tercer)\w*|samen met "
    r"de (volgende|laatste|derde|eind)\w*|at the end of the (works|job|project|installation)|(a|alla) fine (dei )?lavori|"
    r"en fin de (chantier|travaux)|nach (abschluss|ende) der (arbeiten|baustelle|montage)|al final de (la obra|los trabajos)|"
    r"na (de )?oplevering|no final da obra)\b",
)

# An extension given as reassurance: "as long as the payment reaches us before the end of April, that's fine".
# A statement row: "31/05/2026 (reportée à votre demande)". Granted, whoever asked: their request is part of the
# grant here, so the words that pass a request on do not clear it.
_TERMS_GRANTED = re.compile(
    r"\b(reporte|repousse|prolonge|decale|verschoben|verlangert|pospuest|aplazad|prorrogad|adiad|uitgesteld|verlengd|"
    r"posticipat|prorogat|postponed|extended|moved|deferred)\w* (?:[^.;|\n]{0,25} )?(a|at|auf|a peticion de|a pedido de|op|su|"
    r"per|on) "
    r"(votre|your|ihren|ihre|su|seu|sua|uw|vostra|vostro) (demande|request|wunsch|anfrage|solicitud|peticion|pedido|"
    r"verzoek|richiesta)\b"
)
_TERMS_REASSURED = re.compile(
    r"\bwhenever\b[^.;!?]{0,60}\b(is|would be|works)( absolutely| perfectly| totally| completely)? (fine|ok|okay|good)"
    r"( by| with| for) us\b|\bwe (won't|will not|shan't) (chase|remind|contact|follow up)( you)?( again)? (before|until|till)\b|"
    # Happy to wait, or not expecting payment, until a later time: "we're happy to wait until the harvest is in",
    # "we won't expect payment before the end of September", "wir warten gern bis Ende September", "podemos esperar
    # hasta", "nous attendrons volontiers jusqu'à", "aspettiamo volentieri fino a", "we wachten graag tot".
    r"\b(happy|glad|willing|content|fine|okay|ok|prepared) to wait\b[^.;!?]{0,30}\b(until|till)\b|"
    r"\b(won't|will not|don't|do not|shan't) (expect|need|require|chase|ask for) (the )?(payment|it|the (balance|money|"
    r"amount))( from you)? (before|until|till|prior to)\b|"
    r"\b(warten|wartet) (wir |ich )?(gern|gerne|ruhig|auch)\b[^.;!?]{0,30}\bbis\b|\bnous attendrons (volontiers|"
    r"sans probleme)\b[^.;!?]{0,30}\bjusqu|\b(podemos|puedo|podremos) esperar( sin problema)? (hasta|a que)\b|"
    r"\b(aspettiamo|aspetteremo) (volentieri|tranquillamente)\b[^.;!?]{0,30}\b(fino|che)\b|\b(podemos|posso) esperar (ate|"
    r"que)\b|\bwe wachten (graag|gerust|rustig)\b[^.;!?]{0,30}\b(tot|tot na)\b|"
    # "won't fall due until mid-May", "wird erst Mitte Mai fällig", "no vencerá hasta", "n'arrivera à échéance qu'".
    r"\b(won't|will not|shan't|doesn't|does not|won't now|will now not) (fall|become|be) due (until|till|before)\b|"
    r"\bwird (\w+ ){0,3}erst\b[^.;!?]{0,30}\bfallig\b|\bno vencera hasta\b|\bn'arrivera a echeance qu|"
    r"\bnon scadra (prima|fino)\b|\bso vence (em|a|no)\b|\bvervalt pas (op|in|eind)\b|"
    # The original date let go: "there's no need to settle this by the original date", "any time before the end of
    # April will be fine".
    r"\b(no need|don't need|do not need|not need|needn't|no (hace falta|es necesario)|pas besoin|nicht notig)\b[^.;!?]{0,15}"
    r"\b(to )?(pay|settle|clear|pagar|payer|regler|zahlen|begleichen)\b[^.;!?]{0,20}\b(by|before|on|para|antes de|avant|"
    r"bis|zum) (the|la|el|le|den|dem) (original|due|agreed|usual|fecha|date|initial\w*|ursprunglich\w*) ?(date|due "
    r"date|deadline|de vencimiento|d'echeance|termin|zahlungsziel)?|"
    r"\bany ?time (before|by|until|up to) (the (end|middle) of )?(\d{1,2} )?"
    + _MONTHS
    + r"\b[^.;!?]{0,30}\b(is|will be|"
    r"would be|'s)( \w+)? (fine|ok|okay|good|no problem|absolutely fine|perfectly fine)\b|"
    r"\b(as long as|so long as|provided|solange|tant que|pourvu que|siempre que|siempre y cuando|desde que|contanto que|"
    r"zolang|mits|purche|basta che|pod warunkiem|byle)\b[^.;!?]{0,80}\b(by|before|until|bis|vor|avant|d'ici|antes|hasta|"
    r"ate|voor|uiterlijk|entro|prima|do|przed)\b[^.;!?]{0,40}\b(fine|ok|okay|no problem|all right|alright|in ordnung|"
    r"kein problem|pas de souci|sans probleme|sin problema|vale|tudo bem|sem problema|geen probleem|prima|va bene|"
    r"nessun problema|w porzadku|nie ma problemu)\b"
)

_NEGATION = re.compile(
    # The Spanish and French "ni" carries a negation on past a comma ("no podemos ofrecerle un descuento ..., ni anular
    # los recargos"); the Swedish "ni" before its verb is "you" ("Ni får en kreditfaktura").
    r"\b(not|n't|never|no longer|unable|cannot|can't|won't|wouldn't|couldn't|no|neither|nor|"
    r"ni(?! (kan|ska|skall|far|har|behover|betalar|kommer|vill|maste|fick|tar|gor|hade|bara|redan|inte)\b)|unberechtigt\w*|unzulassig\w*|"
    r"ne|pas|jamais|aucun\w*|"
    r"nicht|nichts|kein\w*|nie|niemals|rien|nada|niets|niente|nothing|"
    r"nunca|ningun\w*|tampoco|"
    r"nao|nenhum\w*|"
    r"niet|geen|nooit|"
    r"non|mai|nessun\w*|"
    r"inte|ej|aldrig|ingen|inget|inga|icke|"
    # da, nb/nn ("Vi forlænger ikke fristen", "vi kan ikkje"); pl and cs "never"/"none" ("nigdy", "żadnych", "nikdy")
    r"ikke|ikkje|aldri|intet|nigdy|zadn\w*|zaden|nikdy|zadny|niciun\w*|nicio|niciodata|nici)\b|n't"
)
# A clause ends at these; a negation only reaches the commitment in its own clause.
# Punctuation inside an amount ("USD 4,200.00") does not end a clause.
# A concessive ("y aun así se facturó por error", "and even so we invoiced it", "und trotzdem") turns like "but":
# the negation of the clause before it ("no llegó a realizar") does not reach past it.
_CLAUSE = re.compile(
    r"[;:!?()\n\u2014]|[.,](?!\d)| - | \u2013 | but | however | mais | aber | pero | mas | maar | ma "
    r"| even so | nevertheless | nonetheless | aun asi | sin embargo | pourtant | malgre tout | trotzdem | dennoch "
    r"| tuttavia | ciononostante | mesmo assim | contudo "
)
# Reassurance that merely contains a negation word ("no problem at all - we'll extend the due date") does not
# negate the commitment next to it.
_REASSURANCE = re.compile(
    r"\b(no (problem|problems|worries|trouble|bother)|not a problem|kein problem|keine sorge|sin problema|"
    r"ningun problema|pas de (probleme|souci)|aucun (probleme|souci)|geen (probleem|punt|zorgen)|nessun problema|"
    r"sem problema|nao (ha|tem) problema|"
    # "We'd hate for this to end up in court": the threat stands, the regret is the wrapping.
    r"(we |i )?(don't|do not|wouldn't|would not) (want|like) (you|your|this|it|that|us)|nao queremos que|"
    r"no queremos que|nous ne voulons pas que|wir wollen nicht,? dass|we willen niet dat|non vogliamo che|"
    r"(we )?willen het (\w+ ){0,2}niet|(we )?(don't|do not) want (it|things) to (come|get) to|wollen es (\w+ ){0,2}nicht|"
    r"ne (voulons|souhaitons) pas en arriver|no queremos llegar|non vogliamo arrivare|"
    # "la portion non utilisée de votre avance": "non" makes an adjective of what is refunded, it negates nothing.
    r"(non|not|no|nicht|niet|nao) (utilise\w*|used|utilizad\w*|utilizzat\w*|consomme\w*|consumed|consumid\w*|"
    r"genutzt\w*|gebruikt|usad\w*|redeemed)|"
    r"non vorrei che|non vorremmo che|"
    # "preferiríamos no tener que reclamar ... por un procedimiento monitorio": polite, still a threat.
    r"(we|i)?('d| would) (prefer|rather) not|(would|'d) hate to|preferir\w* no (tener|tenerlo|vernos)|"
    r"preferir\w* nao (ter|termos)|prefer\w* ne pas|wurden (es )?(ungern|lieber nicht)|zouden (liever|het liefst) niet|"
    r"preferiremmo non|non vorremmo (dover|essere costrett\w*)|no quisieramos|nao gostariamos de|wolelibysmy nie|"
    # The rest of the clause is inside the wrapping: "no nos gustaría ... comunicar la deuda al fichero RAI ni a ASNEF".
    r"(no nos gustaria|no me gustaria|nous n'aimerions pas|wir mochten (ungern|nicht gern)|we zouden niet graag|"
    r"non ci piacerebbe|we would not like|we wouldn't like)[^.;]*|"
    r"not (supplied|delivered|received|shipped|provided|used)|"
    r"(please )?(don't|do not) (make|force) (us|me)|ne nous (obligez|forcez) pas|zwingen sie uns (bitte )?nicht|"
    r"no nos (obligue|obligues|fuerce)|nao nos (obrigue|force)|dwing (ons|me) (\w+ )?niet|non (costringerci|ci costringa)|"
    r"(wouldn't|would not|won't) you (much )?(rather|prefer)|ne preferez-vous pas|no preferiria|nao preferiria|"
    r"wouldn't it be (better|easier|simpler)|"
    # Portuguese "no" is also "in the": "no valor de R$ 300,00".
    r"no (valor|dia|montante|total|prazo|final|fim|mes|proximo|inicio|seu|nosso|ambito|momento|periodo|endereco|site|portal|link|"
    r"serasa|spc|cartorio|cadastro|banco|sistema))\b"
)

# --- admissions and abuse (no negation: "we did not make an error" is not what a reminder says) ------

# Between our people and the damage: no denial and no finding ("our crew found it already damaged" reports a state).
_NOT_FOUND_DAMAGED = (
    r"(?:(?!\b(not|nicht|pas|no|nao|non|niet|never|geen|kein\w*|found|noticed|saw|vonden|zagen|constateerden|fanden|"
    r"bemerkten|trouve\w*|constate\w*|encontr\w*|trovat\w*|notat\w*|already|al|bereits|schon|deja|ya|gia|ja)\b|n't)"
    r"[^.;:!?])"
)
_FAULT = _rx(
    # "per una nostra svista", "daar zijn wij als bedrijf verantwoordelijk voor", "we are responsible for that".
    r"\b(per|a causa di|dovuto a|por|por causa de|debido a) (una |un |uma |um )?(nostra|nostro|nuestra|nuestro|nossa|nosso) "
    r"(svista|errore|disattenzione|dimenticanza|descuido|error|equivocacion|lapso|erro|falha|engano)\b",
    r"\b(daar|hiervoor|daarvoor) zijn (wij|we) (\w+ ){0,3}verantwoordelijk\b|\bwe are (fully )?responsible for (that|this|it)\b|"
    r"\bwir sind (\w+ )?dafur verantwortlich\b|\bnous en sommes (\w+ )?responsables\b|\b(de eso|de ello) somos responsables\b|"
    r"\bne siamo responsabili\b|\bsomos responsaveis por isso\b|\bponosimy (za to )?odpowiedzialnosc\b",
    r"\b(cometemos|cometimos|hicimos|abbiamo commesso|nous avons commis|wir haben|wij hebben) (um |un |una |une |einen |een )?(erro|engano|error|errore|erreur|fehler|fout)\b",
    r"\b(issued|sent|billed|charged|invoiced|emitid\w*|emitio|enviad\w*|facturad\w*|emise?|envoyee?|fatturat\w*|emess\w*)\b.{0,15}\b(in error|by mistake|por error|por engano|par erreur|per errore|irrtumlich|per ongeluk|abusivamente)\b",
    r"\bculpa (de |da )?noss?\w*\b|\bculpa (de )?nuestr\w*\b",
    r"\b(that's|that is|this is|it's|it is|this one's) on us\b",
    r"\bwe\b.{0,40}\bto the wrong (entity|address|company|person|customer|account)\b",
    # en
    # "It is not our fault", "that wasn't our mistake": a denial, not an admission.
    r"(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bno )\b(our|my) (own )?(error|mistake|fault|oversight|blunder|bad)\b",
    r"\b(we|i) (made|have made|'ve made) (a |an )?(\w+ )?(error|mistake)",
    r"\b(we|i) (got it wrong|messed up|screwed up|dropped the ball)\b",
    r"\b(error|mistake|fault) (was|is|lies|lay) (ours|on our (side|end|part)|with us)\b",
    r"\b(it|this|that) (was|is) (entirely |totally |completely )?(our|my) (fault|error|mistake)\b",
    r"\bwe (are|were|'re) (responsible|liable|at fault|to blame)\b",
    r"\bwe (accept|admit|acknowledge) (full |all )?(responsibility|liability|fault)\b",
    r"\b(we|our (system|team|billing|warehouse))\b[\w ]{0,30}\b(incorrectly|wrongly|erroneously|in error|by mistake|twice by mistake)\b",
    r"\b(billing|invoicing|pricing|system) (error|mistake) on our (side|part|end)\b",
    r"\b(error|mistake|mix-?up|confusion|oversight|slip|failure|failing|lapse|fault) (was |is )?on our (side|part|end)\b",
    r"\bwe (billed|charged|invoiced|sent|delivered|shipped|quoted) (you )?(the |a )?(wrong|incorrect)",
    r"\b(we|our \w+|i)\b[\w ]{0,20}\b(got|had|put|entered|typed|calculated|invoiced|billed|charged)\b[\w ]{0,20}\bwrong\b",
    r"\bshould (never|not) have (been )?(sent|invoiced|billed|charged|issued)\b",
    # fr
    # "il n'y a pas d'erreur de notre part", "aucune faute de notre part": denied.
    r"(?<!\bpas d')(?<!\bpas de )(?<!\baucune )(?<!\bsans )(?<!\bpas une )(?<!\bni )"
    r"\b(erreur|faute) (de notre part|est la notre|nous incombe|de nos services)\b",
    # "ce n'est pas une erreur", "il ne s'agit pas d'une erreur de notre part": denied.
    r"(?<!\bpas )(?<!\bpas d')(?<!\baucune )(?<!\bjamais )\b(notre|une) (erreur|faute)\b",
    r"\bnous (nous sommes trompes|avons fait une erreur|sommes responsables)\b",
    # de
    r"\b(der |unser |ein )?(fehler|versehen|irrtum) (liegt|lag) (bei uns|auf unserer seite)\b",
    r"\bunser(e|em|er)? (fehler|versehen|irrtum|verschulden)\b",
    r"\bwir haben (einen |uns )?(fehler gemacht|geirrt|falsch)\b",
    # Colloquial: "das haben wir verbockt", "wir haben es vermasselt", "da haben wir Mist gebaut".
    r"\b(das |da |hier )?haben wir (es |das |leider |ganz |echt )?(verbockt|vermasselt|versemmelt|verpatzt|verbaselt|"
    r"mist gebaut)\b|\bwir haben (das |es |hier |da |leider )+(verbockt|vermasselt|versemmelt|verpatzt|verbaselt)\b",
    r"\b(fehler|versehen|irrtum)\w* (unterlaufen|passiert)\b",
    # es
    r"(?<!\bno hubo )(?<!\bno hay )(?<!\bningun )(?<!\bsin )(?<!\bno fue )(?<!\bno es )(?<!\bni )(?<!\bno fue un )"
    r"(?<!\bno ha sido )\b(error|fallo|equivocacion) (nuestro|de nuestra parte|por nuestra parte)\b",
    r"\b(nos equivocamos|nos hemos equivocado|culpa (es )?nuestra|somos responsables)\b",
    # pt
    # "Não houve erro da nossa parte", "não foi erro nosso", "nenhum erro da nossa parte": denied.
    r"(?<!\bnao houve )(?<!\bnao ha )(?<!\bnenhum )(?<!\bnenhuma )(?<!\bsem )(?<!\bnao foi )(?<!\bnao foi um )"
    r"(?<!\bnao existiu )(?<!\bnem )\b(erro|falha|engano) (nosso|nossa|da nossa parte|de nossa parte)\b",
    r"\b(nos enganamos|erramos|culpa (e )?nossa|somos responsaveis)\b|\bresponsabilidade (e )?(\w+mente )?nossa\b|"
    r"\bresponsabilidad (es )?(\w+mente )?nuestra\b",
    # Our own people broke something of theirs, in any language: "Onze monteurs hebben ... de dakgoot beschadigd", "our
    # crew damaged the loading bay door"; a denial in between ("did not damage") is not an admission.
    r"\b(our|onze|unsere?|nos|nuestros|i nostri|os nossos) (\w+ )?(crew|fitters?|installers?|technicians?|engineers?|"
    r"workers?|mechanics?|operatives?|cleaners?|drivers?|monteurs?|installateurs?|technici|medewerkers|schilders|monteure|"
    r"mitarbeiter\w*|techniker|handwerker|techniciens|poseurs|ouvriers|equipes|operarios|tecnicos|instaladores|"
    r"trabajadores|tecnici|operai|installatori|montatori)\b"
    + _NOT_FOUND_DAMAGED
    + r"{0,80}\b(damaged|broke|broken|scratched|"
    r"dented|cracked|beschadigd|kapotgemaakt|kapot gemaakt|beschadigt|zerkratzt|endommage\w*|abime\w*|danaron|rompieron|"
    r"rayaron|danneggiat\w*|rotto|rovinato|danificaram|partiram|riscaram)\b",
    r"\b(we are|we're|wij zijn|we zijn) (\w+ )?(daarvoor |hiervoor )?(liable|aansprakelijk)\b|\bwir haften (\w+ )?dafur\b",
    # nl
    r"\b(onze|onzerzijds) (fout|vergissing)\b",
    r"\bligt (volledig |helemaal |geheel )?bij ons\b|\bfout in onze\b",
    r"\b(fout|vergissing) (ligt|lag) (bij ons|aan onze kant)\b",
    r"\bwij hebben (een fout gemaakt|ons vergist)\b",
    r"\bwe hebben (een fout gemaakt|ons vergist)\b",
    # it
    r"(?<!\bnessun )(?<!\balcun )(?<!\bsenza )(?<!\bnon c'e stato )(?<!\bnon e stato )(?<!\bnon e un )(?<!\bne )"
    r"\b(errore|sbaglio) (nostro|da parte nostra|di nostra parte)\b",
    r"\b(colpa nostra|abbiamo sbagliato|siamo responsabili)\b",
    r"\b(e |e' )?dipes[oa] da noi\b|\bresponsabilita (e )?(\w+mente |tutta )?nostra\b",
    # pl
    r"\b(nasz|naszym) (blad|bledem|bledu)\b|\bz naszej winy\b|\bnasza wina\b|\b(pomylilismy sie|popelnilismy blad)\b|"
    r"\bblad (po|z) naszej stronie\b",
    # "foi gerado duas vezes por uma falha no nosso sistema de faturamento"
    r"\b(falha|erro|fallo|error|erreur|fehler|fout|errore|glitch|bug|problem|defeito)\w*\b[^.;]{0,15}\b(no nosso|do nosso|na nossa|"
    r"en nuestro|de nuestro|dans notre|de notre|in unserem|unseres|in ons|van ons|nel nostro|del nostro|in our|on our|with our|"
    r"of our)\b[^.;]{0,12}\b(sistema|systeme|system|systeem|software|billing|faturamento|facturacion|facturation|abrechnung|"
    r"fatturazione|invoicing)",
    r"\b(mist|murks|bockmist) gebaut\b|\b(hatte|hatten) (so )?nie (rausgehen|verschickt werden|gestellt werden|raus) durfen\b|"
    r"\bwe (really )?(stuffed|cocked|botched) (it |this |that )?up\b",
    r"\bbij ons (mis|fout)gegaan\b|\b(is|ging) (het )?bij ons (mis|fout)\b",
    # "le retard est entièrement de notre fait", "für den Schaden haften wir", "auf unserer Seite unterbrochen"
    r"\b(est|etait|sont|etaient) (entierement |totalement |uniquement )?de notre fait\b",
    r"\b(haften wir|wir haften)\b(?! (nicht|keinesfalls|in keinem fall))",
    r"\b(un |une )?(oubli|omission|negligence|manquement) (de|du|des) (notre|nos) (equipe|service|personnel|agent|"
    r"technicien|chauffeur|livreur)\w*",
    r"\bauf unserer seite (unterbrochen|passiert|verursacht|schiefgegangen|schiefgelaufen|verloren gegangen)\b",
    # sv: "det var vårt fel", "misstaget var vårt", "vi gjorde ett misstag"
    r"(?<!inte )(?<!ej )\b(vart|vart eget) (fel|misstag|forbiseende)\b|\b(felet|misstaget) (var|ar|lag|ligger) "
    r"(vart|hos oss|pa oss|pa var sida)\b|\bvi (har )?(gjort|gjorde) (ett )?(fel|misstag)\b|\bmisstag (fran|pa) var sida\b",
    # A failure said to be caused by our own system: "a falha no débito ... foi causada pelo nosso sistema de pagamentos".
    r"\b(failure|failed|error|problem|issue|glitch|falha|erro|problema|fallo|echec|erreur|incident|fehler|storung|"
    r"storing|fout|errore|guasto|fel|felet|problemet|blad)\w*\b[^.;]{0,60}(?<!may have been )(?<!might have been )"
    r"(?<!could have been )(?<!not )(?<!n't )(?<!nao foi )(?<!no fue )(?<!pas )(?<!nicht )\b(caused by|causad[oa] (pel[oa]|por)|"
    r"provocad[oa] (pel[oa]|por)|causee? par|provoquee? par|verursacht (durch|von)|ausgelost durch|causat[oa] da(l|lla)?|"
    r"provocat[oa] da(l|lla)?|veroorzaakt door|orsakad\w* av|spowodowan\w* przez)( \w+)? (our|nosso|nossa|notre|nos|"
    r"unser\w*|nuestr[oa]|nostr[oa]|ons|onze|vart|var|naszym?|nasz\w*) ([\w-]+ ){0,2}?(system\w*|sistema|systeme|"
    r"systeem|software|platform|plataforma|plateforme|plattform|piattaforma|team|staff|equipa|equipo)\b",
    # hu: "ez a mi hibánk", "a mi hibánkból", "hibát követtünk el", "tévesen számláztuk ki".
    r"(?<!nem )(?<!sem )\b(a mi hibank\w*|a mi hibankbol|hibat kovettunk el|tevesen (szamlaztuk|szamlaztunk|allitottuk ki)|ketszer szamlaztuk)\b",
)

_HARASSMENT = _rx(
    r"\bdear (serial|chronic|habitual|persistent|professional|repeat) (late |non-?)[- ]?payers?\b|\bdear (deadbeat|debtor|defaulter)\b",
    r"\b(unprofessional|unprofessionell|onprofessioneel|poco profesional|pas professionnel|poco professional\w*|falta de profissionalismo)\b",
    r"\b(frechheit|unverschamtheit|zumutung|impresentable\w*|inadmissible)\b",
    r"\b(sick (and tired )?of|fed up with) your\b|\b(hartos|fartos|stufi|spuugzat) de\b|\ben avons (marre|assez)\b|\bdie nase voll\b",
    # insults and contempt
    r"\b(pathetic|idiot\w*|stupid|moron\w*|incompetent|useless|clowns?|deadbeats?|liars?|cheats?|scam\w*|thie(f|ves)|disgrac\w*|shameful|shame on you|embarrassing|ridiculous|worthless|losers?)\b",
    r"\byou people\b",
    r"\b(a joke|do you even|how to run a business|grow up|get your act together|sort yourselves out|wake up)\b",
    # Not "hell" alone: "Geschäftsführer: Markus Hell" is a name.
    r"\b(damn|(the|to|bloody|like|from) hell|hell (no|of|is|are|was|yeah)|crap|shit\w*|fuck\w*|bloody|bastards?|f\*+)\b",
    # threats of exposure or intimidation
    r"\b(your|the) (other )?(suppliers|customers|clients|boss|manager|colleagues|employees|family|neighbou?rs|partners|investors)\b[\w ]{0,30}\b(would like to|will|should|might|may) (know|hear|learn|find out)\b",
    r"\b(name and shame|tell everyone|let everyone know|go public|expose you|post (this|about you)|(publish|share)[\w ]{0,30}(online|social media|reviews))\b",
    r"\bwe know where (you|your)\b",
    # We tell them; "please let your customers know the new delivery dates" asks the customer to.
    r"\b(we|we'll|we will|we'd|we would|we may|we might|we could|we shall|i|i'll|i will|i'd|i may|i might)\b[\w ']{0,15}"
    r"\b(let|tell|inform|warn|notify|alert)\w* (all )?(of )?(your|the) (other )?(suppliers|customers|clients|boss|manager|"
    r"colleagues|employees|family|neighbou?rs|partners|investors|industry)\b",
    r"\bwhat kind of (a )?(company|business|people|person)\b",
    r"\b(you'll|you will) (regret|be sorry)\b",
    # fr
    r"\b(honteux|honte|minable|pathetique|incompetent\w*|escroc\w*|ridicule|lamentable|voleurs?|menteurs?)\b",
    # de
    r"\b(peinlich|unverschamt|schande|erbarmlich|inkompetent|betruger\w*|lacherlich|schamen|idioten?|saftladen|sauhaufen|"
    r"dilettant\w*|"
    r"chaotenhaufen)\b",
    # "Jeder andere Kunde schafft es, seine Rechnungen zu bezahlen - nur Sie offenbar nicht"
    r"\b(jeder andere kunde|alle anderen kunden|every other (customer|client)|all (of )?our other (customers|clients)|"
    r"tous (nos|les) autres clients|todos (los|nuestros) (demas )?(otros )?clientes|tutti gli altri clienti|"
    r"alle andere klanten|todos os outros clientes)\b[^.;]{0,60}\b(schafft|schaffen|manage\w*|arrive\w*|consigue\w*|"
    r"riesc\w*|lukt|conseguem)\b",
    # es
    # "no es ninguna vergüenza pedir más plazo": the shame denied.
    r"\b(vergonzos\w*|(?<!ninguna )verguenza(?! ninguna| alguna)|patetic\w*|incompetentes?|ridicul\w*|sinverguenza\w*|estafador\w*|ladron\w*|mentiros\w*)\b",
    # pt
    r"\b((?<!nao e )(?<!nao ha )(?<!nenhuma )vergonh\w*\b(?! nenhuma| alguma)|patetic\w*|incompetentes?|caloteir\w*|vigarist\w*|mentiros\w*)\b",
    # nl
    r"\b(schandalig|belachelijk|zielig|oplichters?|leugenaars?|schaam)\b",
    # it
    r"\b(vergogn\w*|patetic\w*|incompetenti|ridicol\w*|truffator\w*|bugiard\w*)\b",
    # pl
    r"\b(zenujac\w*|zalosn\w*|zenada|skandal\w*|bezczeln\w*|oszust\w*|klamc\w*|nieudolni\w*|wstyd\w*)\b",
    # What the customer does, called a joke or a farce: "Ehrlich gesagt ist das ein Witz", "Isto é uma palhaçada".
    r"\b(this|that|it)('s| is) (\w+ ){0,2}(a joke|a farce|a circus|taking the piss)\b(?! (we|that|which|i|about|from|for)\b)|\b(c'est|c'etait) (\w+ ){0,2}(une blague|"
    r"une farce|du (grand )?n'importe quoi|se moquer du monde)|\b(ist|war) (das|dies) (\w+ ){0,2}(ein witz|eine farce|ein "
    r"zirkus)\b|\b(das|dies) ist (\w+ ){0,2}(ein witz|eine farce)\b|\b(es|esto es) (\w+ ){0,2}(una tomadura de pelo|una broma|"
    r"un circo|una burla)\b|\b(isto|isso) (e|foi) (\w+ ){0,2}(uma palhacada|uma piada|um circo|uma brincadeira)\b|"
    r"\b(e|questa e) (\w+ ){0,2}(una presa in giro|una barzelletta|una farsa|un circo)\b|\b(dit|dat) is (\w+ ){0,2}(een grap|"
    r"een lachertje|een farce|een circus)\b|\bto (jest|bylo) (\w+ ){0,2}(kpin\w*|zart\w*|farsa|cyrk)\b",
    r"\bis it (really |honestly |actually )?(that|so) (hard|difficult)\b",
    # The reader called incompetent, unreliable or a failure, in the second person whatever the adjective's ending:
    # "Vous êtes d'une incompétence rare", "Sie sind wirklich unfähig", "Jesteście bandą nieudaczników".
    r"\b(you are|you're|you lot are|vous etes|tu es|sie sind|ihr seid|du bist|usted es|ustedes son|sois|eres|voce e|"
    r"voces sao|vcs sao|siete|sei|lei e|jullie zijn|u bent|je bent|jestescie|jestes|jest pan|jest pani|sa panstwo|ni ar|"
    r"du ar|i er|dere er|du er)\b( (?!(not|pas|nicht|kein\w*|no|nao|non|niet|geen|nie|inte|ikke)\b)\w+){0,2}? (a |an |un |une |una |uma |um |een |d'une |de |una banda de |bande de |"
    r"banda de |bunch of |stelletje |banda |banda di |massa di )?(incompeten\w*|inkompeten\w*|unfahig\w*|incapab\w*|"
    r"incapac\w*|incapaz\w*|irresponsab\w*|unzuverlassig\w*|unserios\w*|onbetrouwbaar\w*|onbekwa\w*|inaffidabil\w*|"
    r"amateur\w*|dilettant\w*|prutser\w*|nuls?|inutiles?|inuteis|useless|hopeless|clueless|hopeloos|waardeloos|"
    r"nieudacznik\w*|niekompetent\w*|nieodpowiedzialn\w*|nierzeteln\w*|oszust\w*|malhonnete\w*|deshonest\w*|"
    r"desonest\w*|disonest\w*|oneerlijk\w*|dishonest|cialtron\w*|versager\w*|idiot\w*|imbecil\w*|stupid\w*|"
    r"inkompetent\w*|oduglig\w*|udugelig\w*)\b",
    r"\b(nieudacznik\w*|versager|cialtron\w*|prutsers)\b|\b(your|votre|vos|ihre|eure|su|sus|vuestra|sua|a sua|la vostra|"
    r"vostra|uw|jullie|wasza|pana|pani|panstwa|er|din|deres) (\w+ )?(incompetence|incompetencia|incompetenza|incompetentie|"
    r"inkompetenz|unfahigkeit|niekompetencj\w*|nieudolnosc\w*|amateurism\w*|amateurisme|amateurismo|dilettantismo)\b",
    # Talking down to the reader: "even a child understands", "pretends not to see", "behave like a grown-up".
    r"\b(even|sogar|selbst|meme|incluso|hasta|ate|zelfs|perfino|persino|nawet) (a|un|une|ein|een|uma|um|il|el|lo) "
    r"(child|kid|kind|enfant|nino|crianca|bambino|dziecko)\b",
    r"\b(pretend\w*|doe\w* (gewoon )?alsof|tu\w* so,? als|faites semblant|fait semblant|fing\w*|fa finta|udaj\w*,? ze)\b"
    r"[^.;!?]{0,20}\b(not|niet|nicht|pas|no|nao|non|nie|neus bloedt)\b",
    r"\b(behave|act) like (a|an) (serious|grown|proper|real|responsible|adult)|\bzachowa\w* jak (powazn|dorosl)\w*|"
    r"\bgedraag (je|u) als\b|\bslaat (echt |helemaal )?nergens op\b",
    # "Wer nicht mal seine Stromrechnung zahlen kann ...", "it's not that hard".
    r"\b(nicht mal|nicht einmal|can't even|cannot even|pas meme|ni siquiera|nem sequer|nemmeno|niet eens|nawet nie)\b"
    r"[^.;!?]{0,40}\b(zahlen|pay|payer|regler|pagar|pagare|betalen|zaplacic)\b",
    r"\b(ist|is|it's|c'est|es|e|isn't|n'est|ist doch) (doch )?(nicht|not|pas|no|niet|non) (so|that|si|tan|zo|cosi) "
    r"(schwer|hard|difficult|difficile|dificil|moeilijk)\b",
    # "Les fournisseurs de la place parlent entre eux, vous savez": a veiled threat of exposure.
    r"\b(fournisseurs|suppliers|lieferanten|proveedores|fornecedores|leveranciers|fornitori|dostawcy)\b[^.;!?]{0,30}"
    r"\b(parlent|talk|reden|sprechen|hablan|falam|praten|parlano|rozmawiaja)\b[^.;!?]{0,15}\b(entre eux|to each other|"
    r"among themselves|miteinander|untereinander|entre ellos|entre si|met elkaar|tra (di )?loro|ze soba)\b|\bword gets around\b",
    r"\b(n'est pas digne|not worthy of|unworthy of|nicht wurdig|no es digno|nao e digno|niet waardig|non e degno)\b",
    r"\b(zelfs|even|sogar|meme|incluso|perfino)\b[^.;!?]{0,40}\b(niet|not|nicht|pas|no|non)\b[^.;!?]{0,20}\b(kunt|kan|can|konnen|pouvez|puede|potete) "
    r"(betalen|pay|zahlen|payer|pagar|pagare)\b",
    r"\b(die|who|qui|der|que|che) (wel |echt )?(kan|can|sait|kann|sabe|sa) (rekenen|count|do (the )?maths?|compter|rechnen|"
    r"contar|contare)\b(?! (on|sur|con|mit|op|su)\b)",
    # The same put-down where it ends the sentence: de "eine Buchhalterin, die rechnen kann", es "un contable que sepa
    # sumar", pl "księgową, która umie liczyć", cs "účetní, která umí počítat", da/nb/sv "en bogholder, der kan regne",
    # "en ekonom som kan räkna", fi "kirjanpitäjä, joka osaa laskea", et "raamatupidaja, kes oskab arvutada"; not a
    # program that can work the interest out ("som kan räkna ut räntan"), nor "who can count on".
    r"\b((die|der) (auch |wirklich |tatsachlich |richtig )?rechnen kann|(que|quien) (realmente )?(sepa|sepan) (sumar|contar|"
    r"hacer cuentas)|(ktora|ktory|ktorzy|ktore|kto) (\w+ )?(umie|umieja|potrafi|potrafia) (liczyc|dodawac)|(ktera|ktery|"
    r"kteri|ktere|kdo) (\w+ )?(umi|umeji|dokaze) (pocitat|scitat)|(som|der) (faktisk |virkelig |verkligen |faktiskt )?"
    r"(kan|klarer|klarar) (a |at |att )?(rakna|regne)|(joka|jotka) (\w+ )?(osaa|osaavat) laskea|(kes|kelle) (\w+ )?"
    r"(oskab|oskavad) (arvutada|arvestada))(?=\s*([.,;:!?)\n]|$))",
    # A company hard to take seriously: "trudno traktować poważnie firmę, która nie potrafi zapłacić", "it's hard to
    # take a business like yours seriously", "es fällt schwer, Ihre Firma ernst zu nehmen".
    r"\b(hard|difficult|impossible|tough) to take (you|your (company|business|firm|team|organi[sz]ation)|a (company|"
    r"business|firm|supplier|customer) (like yours|that|which|who)) seriously\b|\b(hard|difficult|impossible|tough) to take "
    r"(a|any) (company|business|firm|supplier|customer) seriously (that|which|who|when)\b|\btrudno (jest )?(\w+ )?(traktowac|"
    r"brac) (\w+ )?powaznie (firm\w*|pana|pania|panstwa|kontrahent\w*|przedsiebiorstw\w*)\b|\btrudno (jest )?"
    r"(firme|pana|pania|panstwa|kontrahenta) (\w+ )?(traktowac|brac) powaznie\b|\b(schwer|schwierig|kaum moglich),? "
    r"(ihre|eure|deine|eine) (firma|unternehmen|buchhaltung) ernst zu nehmen\b|\b(svaert|svært|vanskelig|svart) (at|a|att) "
    r"(tage|ta) (en |et |ett )?(firma|virksomhed|bedrift|foretag|selskap|jer|dere|er) (\w+ ){0,6}?(seriost|pa allvar|"
    r"alvorlig)\b",
    # "It would be unfortunate if your referring consultants, or the patients ..., came to hear that ..."
    r"\b(if|when|should|once|falls|wenn|si|se|als)\b[^.;]{0,60}\b(suppliers|customers|clients|consultants|patients|referr\w*|"
    r"boss|manager|colleagues|employees|family|neighbou?rs|partners|investors|lenders|staff|tenants|members|patienten|"
    r"kunden|lieferanten|patients|fournisseurs|pacientes|clientes|proveedores|klanten|leveranciers|pazienti|fornitori)\b"
    r"[^.;]{0,80}\b(came to (hear|know|learn)|were to (hear|learn|find out)|found out|got wind|erfahren w\w*|"
    r"l'apprenaient|apprenaient|s[ex] enteraran|s[ex] enterasen|ficassem a saber|soubessem|te horen kregen|lo venissero a sapere)\b",
    # Calling the customer a liar or a cheat, an open menace: "stop lying to me", "ve ne pentirete", "robi nas Pan w konia".
    # "żeby ktoś taki jak Pan robił z nas frajerów", "you're making fools of us", "nous prendre pour des pigeons".
    r"\brobi\w* z nas (frajer|idiot|glupk|durni|wariat)\w*|\b(make|making|made) (a )?fools? (out )?of us\b|"
    r"\b(take|taking|took) us for (fools|idiots|mugs|a ride)\b|\bnous prendre pour des (idiots|imbeciles|pigeons|cons)\b|"
    r"\b(fur dumm (verkaufen|halten)|ons voor de gek (houden|te houden)|tomarnos (el pelo|por tontos)|"
    r"fazer-nos de (parvos|tolos)|prenderci per (stupidi|fessi|scemi))\b|"
    r"\b(stop|quit) lying\b|\blying to (me|us)\b|\bnobody (here )?believes\b|\b(prendete|prendi|prende) in giro\b|"
    r"\b(nos|me) (toman|tomais|tomas|estan tomando) el pelo\b|\bvous vous moquez de (nous|moi)\b|\bzum narren\b|"
    r"\brobi\w* nas\b[^.;!?]{0,10}\bw konia\b|\bkpina\b|\bkpi\w* (z|sobie z) nas\b",
    r"\b(ve ne pentirete|te ne pentirai|vous (le )?regretterez|lo (lamentara|lamentaran|vais a lamentar|va a lamentar)\w*|"
    r"(werden|wirst) (sie|du|es) (noch )?bereuen|zult (u|je) (nog )?spijt|vai se arrepender|vao se arrepender|"
    r"pozaluje(sz|cie|( pan| pani))?)\b",
    # Shaming in front of others: "to have to explain to him in front of his classmates"
    r"\bin front of (his|her|their|the|your) (classmates|class|colleagues|friends|team|staff|peers|other parents|customers)\b|"
    r"\bdevant (ses|leurs|vos) (camarades|collegues|amis|clients)\b|\bdelante de (sus|tus) (companeros|colegas|amigos|clientes)\b|"
    r"\bvor (seinen|ihren|deinen) (mitschulern|klassenkameraden|kollegen|freunden|kunden)\b|\bdavanti ai (suoi |loro )?"
    r"(compagni|colleghi|amici|clienti)\b|\bna frente dos (colegas|amigos|clientes)\b|\bvoor (zijn|haar|hun) "
    r"(klasgenoten|collega's|vrienden|klanten)\b|\bprzy (kolegach|klasie|znajomych)\b",
)

# --- sensitive data ---------------------------------------------------------------------------------

# Trailing punctuation ("4111 1111 1111 1111, exp ...") ends the number; a digit after a separator does not.
# What labels the digits as something else: an international phone number ("Tel. +49 211 5550 2290") or a payment
# reference built to pass Luhn (a Norwegian KID, a Danish FIK, a Swedish OCR, a Finnish viitenumero).
_NOT_A_CARD_LABEL = re.compile(
    # "nadiktoval po telefonu: 5555 ...", "given by phone: 4111 ...": a card read out over the phone is still a card.
    r"(\+|(?<!\bby )(?<!\bper )(?<!\bpo )(?<!\bpar )(?<!\bpor )(?<!\bvia )(?<!\bover )(?<!\bthe )(?<!\bal )(?<!\bau )"
    r"\b(tel|tlf|tfn|phone|telephone|telefon|telefone|telefono|telepon|telp|fax|mob|mobile|mobil|cell|puh|gsm|"
    r"whatsapp)\b\.?:?\s*\(?\+?)\s*$"
    r"|\b(kid|kid-?(nummer|nr|no)|ocr|ocr-?(nummer|nr|referens)|fik|\+71|viite(numero)?|viitenro|referansenummer|"
    r"betalingsreferanse|betalingsreferense|betalningsreferens|structured reference|gestructureerde mededeling|"
    # A French company's SIRET or SIREN is Luhn-checked by design; a Brazilian CNPJ or CPF printed without its dots
    # can pass by chance. All of them sit in a signature or a footer, labelled.
    r"siret|siren|cnpj|cpf)\b"
    # "notre numéro SIRET est 401 234 562 00015": the label in a sentence.
    r"\.?\s*(:|nr\.?|no\.?|n°|nº|n o|numero)?\s*:?\s*((est|is|ist|es|e)\s+)?[<(]?\s*$"
    # zh, ja: a customs declaration or a registration number, labelled: "报关单号 223020261000418576" (18 digits that can
    # pass Luhn), "適格請求書発行事業者登録番号：T4011001087264" (the qualified-invoice issuer's number).
    r"|(报关单|報關單|报关单号|報關單號|报关单编号|報關單編號|登録番号|登錄番號|法人番号|统一社会信用代码|統一社會信用代碼|"
    r"纳税人识别号|納稅人識別號)\s*[:：]?\s*t?\s*$"
    # Our own tax number in a footer, often with "our": id "NPWP kami: 01.234.567.8-215.000", in "GSTIN", my "SST",
    # sg "UEN", au "ABN", ph "TIN".
    r"|\b(npwp|gstin|gst (reg(istration)? )?(no|number)|uen|abn|acn|tin|tax (id|no|number|reg(istration)? (no|number))|"
    r"ma so thue|mst)\b( kami| kita| our| cua (chung toi|cong ty))?\W{0,4}((nr|no|number|nombor|nomor)\b\W{0,3})?$"
)
_CARD_CANDIDATE = re.compile(r"(?<![\d.,])(?:\d[ .-]?){12,18}\d(?![\d]|[.,]\d)")
_CVV = re.compile(
    r"\b(cvv2?|cvc2?|cid|security code|card verification|codigo de seguridad|cryptogramme|prufnummer|kartenprufnummer|codice di sicurezza|beveiligingscode)\b[\w ]{0,30}?\W{0,3}\b\d{3,4}\b"
)
_EXPIRY = re.compile(
    r"\b(exp|expiry|expires|expiring|expiration|exp\. date|valid thru|valid until|expira\w*|ablauf\w*|gultig bis|scadenza|vervaldatum|validade|ημερομηνια ληξησ|ληξησ|son kullanma( tarihi)?|lejarat\w*|platnost do|vazi do|velja do|kehtiv kuni|utlopsdato|fecha de caducidad|caducidad|date d'expiration)\b\W{0,6}(0[1-9]|1[0-2])\s?[/-]\s?(\d{2}|20\d{2})\b(?![/.-]\d)"
)
# A card's expiry given next to the card, in any language: "creditcard eindigend op 0005, geldig tot 08/27", "Karte
# endend auf 4242 (12/28)". The masked number is allowed; the expiry is sensitive on its own. Near a card word a bare
# MM/YY whose year is 20-39 is an expiry (a day/month "05/03" cannot be one); a four-digit year ("03/2026", often an
# invoice period) counts only after a word for the expiry.
_CARD_WORD = (
    r"(?<!\w)(credit ?card|debit ?card|card|carte|karte|kreditkarte|tarjeta|cartao|carta|kaart|creditcard|betaalkaart|"
    r"kort|kortet|kortti|korttisi|karta|karty|karte|kartou|kartu|kartica|kartice|kartya|kartyaja|kart|karti|visa|"
    r"mastercard|amex|maestro|карта|карты|карте|картой|картку|картка|картки|карткою|καρτα|καρτασ|כרטיס|כרטיס האשראי|"
    r"بطاقة|بطاقتك|کارت)(?!\w)"
)
_EXPIRY_WORD = (
    r"(exp|expiry|expires|expiring|expiration|valid thru|valid until|valid through|expira\w*|ablauf\w*|gultig bis|"
    r"scadenza|vervaldatum|geldig tot|geldig t/m|validade|valable jusqu'(a|au)?|valide jusqu'(a|au)?|valida hasta|"
    r"valido hasta|valida ate|valido ate|valida fino a|valida fino al|wazna do|wazny do|giltig till|giltigt till|"
    r"gyldig til|gyldigt til|voimassa|срок действия|действительна до|действует до|діє до|дійсна до|термін дії|"
    r"gecerlilik( tarihi)?|son kullanma( tarihi)?|berlaku (hingga|sampai)|masa berlaku|valabil\w* pana la|lejarat\w*|"
    r"platnost do|plati do|vazi do|velja do|kehtiv kuni|utlopsdato|caducidad|date d'expiration|ληξησ|ισχυει εωσ|"
    r"תוקף|בתוקף עד|صالحة حتى|تاريخ الانتهاء|تاريخ انتهاء|انقضا|تاریخ انقضا)"
)
_EXPIRY_NEAR_CARD = re.compile(
    # The bare date within the same sentence, and not a document's number ("invoice 12/25").
    _CARD_WORD
    + r"[^\n.;!?]{0,60}?(?<![\d/.-])(?<!invoice )(?<!rechnung )(?<!factura )(?<!facture )(?<!fattura )"
    r"(?<!factuur )(?<!nr )(?<!no )(?<!# )(?<!n° )(0[1-9]|1[0-2])\s?/\s?([23]\d)(?![\d/-]|[.]\d)"
    r"|"
    + _CARD_WORD
    + r"[^\n]{0,80}?"
    + _EXPIRY_WORD
    + r"\W{0,6}(0[1-9]|1[0-2])\s?[/-]\s?(20[23]\d)(?![\d/-]|[.]\d)"
    r"|(?<!\w)" + _EXPIRY_WORD + r"\W{0,6}(0[1-9]|1[0-2])\s?[/-]\s?([23]\d)(?![\d/-]|[.]\d)"
)
_IBAN = re.compile(r"\b[a-z]{2}\d{2}(?:[ ]?[a-z0-9]{4}){2,7}(?:[ ]?[a-z0-9]{1,4})?\b")
# A bare "account 7720 1145" is a bank account only where money is being moved or a bank is named nearby.
_BANK_CONTEXT = re.compile(
    r"\b(bank\w*|banco|banque|routing|sort code|swift|bic|iban|wire|transfer\w*|deposit\w*|pay (it )?(in)?to|"
    r"virement|uberweis\w*|uberwies\w*|transferencia|transferir|bonifico|overboek\w*|overmak\w*|beneficiar\w*|"
    r"agencia|kontoinhaber|titular|sparkasse|volksbank|raiffeisen|girokonto|tenedor|intestat\w*)\b"
)
_BARE_ACCOUNT = re.compile(
    r"\b(account|acct|routing|konto|compte|cuenta|conta|rekening|conto|akaun)\b"
    # The account's kind and "No." may come between: "cuenta corriente N° 00-471-...", "conta corrente nº"; so may
    # the bank's name ("akaun Maybank 5140 ...", "rekening BCA 123 ...", "account HSBC 4021 ...").
    r"(?: (?:corriente|vista|rut|de ahorros?|corrente|courant|checking|savings|current))?"
    r"(?: (?:\w*bank|cimb|bca|bni|bri|mandiri|rhb|bsn|ocbc|uob|dbs|hsbc|barclays|lloyds|natwest|santander|ing))?"
    r"(?: (?:n|no|nr|numero|number))?"
    r"\W{0,3}(\d[\d -]{6,}\d)"
)
# A Czech or Slovak account: "[prefix-]number/bank code" after "účet" ("na náš účet č. 2001234567/2010"). A
# Norwegian one: eleven digits as 4.2.5 after "konto(nummer)", with its mod-11 check digit.
_CZ_ACCOUNT = re.compile(
    r"\b(ucet|uctu|uctem|cislo uctu|c\. u\.|bankovni spojeni|bankove spojenie)\b[^\n\d]{0,20}((\d{1,6}-)?\d{6,10}/\d{4})\b"
)
_NO_ACCOUNT = re.compile(
    r"\b(kontonummer\w*|kontonr|konto|kontoen|bankkonto\w*)\b[^\n\d]{0,30}(\d{4})[. ]?(\d{2})[. ]?(\d{5})(?![\d.])"
)


# A Hungarian giro account, 8-8 or 8-8-8 digits ("11773016-11111018-00000000"): the first block (bank and branch)
# and the rest each carry a check digit weighted 9-7-3-1, which a date or an order number rarely passes twice.
# Icelandic: bank (4) - ledger (2) - account (6), given to pay into ("leggðu upphæðina inn á reikning okkar
# 0133-26-012345, kt. 450312-0190"); "reikningur" alone is also the word for an invoice, so the deposit or id is asked.
_IS_ACCOUNT = re.compile(
    r"(\binn a (reikning|bankareikning)|\bbankareikning\w*|\breikningsnumer\w*)[^.;]{0,30}(?<![\d-])\d{4}-\d{2}-\d{6}"
    r"(?![\d-])|(?<![\d-])\d{4}-\d{2}-\d{6}(?![\d-]),? (kt|kennitala)\b"
)
_HU_ACCOUNT = re.compile(r"(?<![\d-])(\d{8})-(\d{8}(?:-\d{8})?)(?![\d-])")


def _hu_giro_valid(bank: str, account: str) -> bool:
    def weighted(digits: str) -> bool:
        return sum(int(d) * w for d, w in zip(digits, [9, 7, 3, 1] * 6, strict=False)) % 10 == 0

    rest = account.replace("-", "")
    return len(set(bank + rest)) > 2 and weighted(bank) and weighted(rest)


def _mod11_no(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check == int(digits[10])


# Vietnamese: "Số tài khoản: 0451000123987", "STK 19034567890123"; a masked "tài khoản đuôi 7654" has four digits.
_VI_ACCOUNT = re.compile(r"\b(so tai khoan|so tk|stk|tai khoan so|tk so)\b\W{0,4}(\d[\d .-]{6,}\d)")
# A card's expiry in Japanese, Chinese or Korean ("末尾6019のカード（有効期限 09/27）"), near the word for card: a quote's
# "有効期限" is not a card's.
_EXPIRY_CJK = re.compile(
    r"(カード|card|카드|卡)[^\n。]{0,60}?(有効期限|有効期間|유효기간|유효 기간|有效期至|有效期|到期日)\s*[:：]?\s*"
    r"(0[1-9]|1[0-2])\s?/\s?(\d{2}|20\d{2})(?![/.\d])",
    re.IGNORECASE,
)
_ACCOUNT = re.compile(
    r"\b(account (number|no\.?|#)|acct\.? ?(no\.?|#|number)?|a/c( no\.?)?|bank account|routing (number|no\.?)|sort code|aba|kontonummer|konto(nr\.?)?|numero de (compte|cuenta|conta)|rekeningnummer|rekening|numero di conto|conto corrente|bsb)\b[\w ]{0,12}?\W{0,4}(\d[\d -]{6,}\d)"
)
# "Your portal password is X", "Ihr Passwort lautet: X"; not "your password is never required".
_PASSWORD = re.compile(
    r"\b(password|passcode|passwort|kennwort|mot de passe|contrasena|senha|palavra[- ]passe|haslo|wachtwoord|pin|clave|"
    r"sifre|sifreniz|parola|jelszo|jelszava|jelszavad|jelszavat|heslo|geslo|lozinka|parool|salasona|κωδικοσ|losenord|kodeord|kodeordet|"
    r"losenordet|adgangskode|adgangskoden|passord|passordet|salasana|salasanasi|salasananne|slaptazodis|lykilord|"
    r"парола(та)?|hesla|hasla|parole)\b"
    r"(\s+(?!(at|or|by|via|and|to|reset|link|page|https?|por|par|per|op|ou|oder|of|o|y|e|et|und|en|och|og|ja|eller|"
    r"tai|vagy|sau|nebo|alebo|lub|ili)\b)[\w]+){0,4}?"
    r"\s*(\b(is now|is|ist|lautet|est|es|e|reads|era|ar|er|on|ir|yra|je|(reset|changed|set) to)\b(?![-/])|[:=])\s*['\"]?"
    r"(?!(not|never|required|needed|safe|private|personal|the|your|a|an|only|known|case|sensitive|secret|"
    r"jamais|nunca|nie|nooit|mai|niet|nicht|no|non|pas)\b)(?![/\s])(?!https?:|www\.)"
    # A password has a digit or a sign in it; "a senha aqui e excluímos" is Portuguese "and", no password.
    r"(?=[^\s'\"]*[\d#@$%&*!?_+=.-])[^\s'\"]{4,}"
)
# The password named and given in one breath, no "is" or colon: "with the temporary password Hx7!pQ2r-Lk". It
# has letters and a digit or sign, and is no link ("password reset-link", "password at https://...").
_PASSWORD_GIVEN = re.compile(
    r"\b(password|passcode|passwort|kennwort|mot de passe|contrasena|senha|haslo|wachtwoord|losenord|losenordet|"
    r"adgangskode|adgangskoden|kodeord|kodeordet|passord|passordet|salasana|salasanalla|"
    # et, cs/sk, hu, sl, hr/sr, tr, lv, lt: "ajutine parool Breket-2026!", "dočasné heslo", "ideiglenes jelszó".
    r"parool|parooliga|heslo|heslem|jelszo|jelszoval|geslo|geslom|lozinka|lozinkom|sifre|sifreniz|parole|slaptazodis)"
    # hu "pedig" ("and the password ..."): "a felhasználónév ..., az ideiglenes jelszó pedig Finch-Tavasz-7731".
    r"(\s+pedig)?\s+['\"]?(?=[^\s'\"]*[a-z])(?=[^\s'\"]*[\d#@$%&*!?_+=])(?!https?:|www\.)[^\s'\"/,;]{6,}(?=['\"]?(\s|[,;]|$|\.(\s|$)))"
)
# Korean and Japanese: the password word, a topic particle or colon, and a value in Latin letters with a digit or
# a sign ("임시 비밀번호: Lotus2026!", "パスワードは Kx7!pQ2r"); "비밀번호는 절대 묻지 않습니다" gives none.
_PASSWORD_CJK = re.compile(
    strip_accents(r"(비밀번호|패스워드|임시 ?비번|パスワード|暗証番号)\s*(는|은|は|:)?\s*:?\s*")
    + r"['\"]?(?=[!-~]*[a-z])(?=[!-~]*[\d#@$%&*!?_+=])[!-~]{6,}"
)
# Domestic accounts written the Japanese and Korean way: "普通預金 口座番号 3071846" (type and seven digits),
# "국민은행 123456-01-234567" (a bank or "계좌" and 11 to 14 digits in groups). A masked "口座番号末尾 ***4567" and
# a business registration number (10 digits, no bank) are not.
_JA_ACCOUNT = re.compile(
    r"(普通|当座|貯蓄)(預金)?\s*(口座番号|口座|no\.?)?\s*:?\s*\d{7}(?!\d)|口座番号\s*:?\s*\d{7,8}(?!\d)"
)
# Chinese: "账号：7559 2871 0410 602" under a bank's name, 12 to 19 digits after an account label. A masked "尾号
# 4821" and an invoice number are not.
_ZH_ACCOUNT = re.compile(
    r"(账号|帐号|银行账号|银行账户|收款账号|收款账户|对公账户|账户号码|卡号)\s*[:：]?\s*(\d[\d ]{10,24}\d)(?![\d*])"
)
_KO_ACCOUNT = re.compile(
    strip_accents(r"(은행|계좌|계좌번호|입금 ?계좌)")
    + r"[^\n\d]{0,15}((?<![\d-])\d{2,6}-\d{2,6}-\d{2,7}(?:-\d{1,3})?)(?![\d-])"
)
# A domestic account number after its label in Cyrillic, Devanagari, Arabic, Hebrew or Thai script ("расчётный счёт
# 40702810938040107715", "खाता संख्या: 50200055512345", "رقم الحساب", "מספר חשבון", "เลขที่บัญชี"). A Russian
# account is always 20 digits, so "счёт" with 20 digits is one even though the word also means an invoice; an
# invoice number ("счёт № 1097") is shorter. A masked number ("****7715") has too few digits.
_SCRIPT_ACCOUNT = re.compile(
    strip_accents(
        r"(расчетн\w* сч[её]т\w*|р/сч?|корр?\.? ?сч[её]т\w*|к/сч?|лицев\w* сч[её]т\w*|номер\w* сч[её]т\w*|"
        r"номер\w* рахун\w*|рахун\w*|खाता संख्या|खाता नंबर|खाता नं|खाता क्रमांक|अकाउंट नंबर|बैंक खाता|"
        r"رقم الحساب|رقم حساب|حساب رقم|מספר חשבון|חשבון מס|חשבון בנק|เลขที่บัญชี|บัญชีเลขที่|เลขบัญชี)"
    )
    + r"[^\n\d]{0,20}?(?P<labelled>\d[\d -]{6,24}\d)(?![\d*])"
    r"|" + strip_accents(r"сч[её]т\w*") + r"\W{0,6}(?P<russian>\d{20})(?!\d)"
)
# An Indian bank's branch code beside an account ("IFSC: HDFC0005555"): the pair is the account.
_IFSC = re.compile(r"\bifsc( code)?\W{0,4}[a-z]{4}0[a-z0-9]{6}\b")


# A login pair typed into a message: "Your new admin login is admin / Kx7!pLm2#Qr9". Not a link ("login:
# portal.example/account") or an e-mail address as the user name alone.
_LOGIN = re.compile(
    r"\b(login|log-in|sign-in|credentials|zugangsdaten|anmeldedaten|identifiants|inloggegevens|credenciales|credenciais|"
    r"credenziali|inloggningsuppgifter|dane logowania)\b[^.\n]{0,20}?(\b(is|are|lautet|lauten|sont|est|son|sao|sono|zijn|"
    r"ar)\b|[:=])\s*['\"]?[\w@-]+ ?/ ?(?=[^\s'\"/]*[\d#@$%&*!?_+=])(?=[^\s'\"/]*[a-z])[^\s'\"/]{6,}(?![/\w])"
)
# A sign-in link that logs whoever holds it in ("https://app.example/auth/magic?token=eyJ1..."): a credential. A pay
# link ("https://pay.example/t/T4488") is not.
_TOKEN_LINK = re.compile(
    r"https?://[^\s]*\b(auth|login|log-in|signin|sign-in|magic|sso|session|access|connect)\b[^\s]*[?&#](token|access_token|"
    r"auth_token|id_token|auth|key|code|session|sid|otp|magic)=[\w.~-]{16,}"
)
_COMPANY = re.compile(
    r"\b[A-Z][\w&'-]+(?: [A-Z][\w&'-]+)* (?:Ltd|Limited|Inc|LLC|GmbH|AG|SA|SAS|SARL|SL|BV|NV|SpA|Srl|Lda|plc|Corp|"
    r"Corporation|Co|Group|Traders|Trading|Toys|Foods|Industries|Holdings|Partners|Logistics|Systems)\b\.?"
)
# "la Pharmacie des Tilleuls ... a elle aussi pris du retard et nous doit encore 2 300 €": someone else's debt,
# told to this customer. Third-person verbs only: "you owe us" is this customer's own balance.
# Not Spanish or Italian: "usted nos debe", "Lei ci deve" are the polite "you".
_OWES_US = r"(owes us|nous doit|nous doivent|schuldet uns|zalega\w*)"
_ALSO = (
    r"(also|too|as well|aussi|egalement|elle aussi|lui aussi|auch|ebenfalls|tambien|anche|rowniez|takze|tez)"
)
_THIRD_PARTY_DEBT = re.compile(
    r"\b(a|has|hat|heeft) (d'ailleurs |aussi |egalement |encore |toujours |also |still |too |noch |auch |ebenfalls |ook "
    r"|nog )+[^.;]{0,15}\d[^.;]{0,30}\b(chez nous|with us|bei uns|bij ons)\b|"
    # "the Harbour Inn is still sitting on GBP 9,100.00 with us"; "you are still sitting on ..." is the reader.
    r"(?<!\byou )\b(is|are) (still |also |too )*sitting on [^.;\d]{0,15}\d(?:[^.;]|(?<=\d)\.(?=\d)){0,30}\bwith us\b|"
    rf"\b{_ALSO}\b[^.;!?]{{0,80}}\b{_OWES_US}\b|\b{_OWES_US}\b[^.;!?]{{0,40}}\b{_ALSO}\b"
)
# Another customer held up as a precedent with its debt: "comme nous avons dû le faire pour la SCEA des Trois Chênes
# et son impayé de 6 200,00 €", "as we did with Harbour Foods and its unpaid balance of £900".
_NAMED_WITH_ITS_DEBT = re.compile(
    r"\b(pour|for|with|avec|bei|mit|con|para|com|per|voor|met|dla) (la |le |l'|the |die |der |den |el |o |a |il |"
    r"de |het )?(?!(?i:invoice|facture|rechnung|factura|fattura|fatura|factuur|account|order|project|contract|stage|"
    r"phase|job|lot|site)\b)([A-Z][^\W\d_]*(?:[&'-][^\W\d_]*)*(?: (?:[A-Z][^\W\d_]*(?:[&'-][^\W\d_]*)*|des|du|"
    r"de|la|le|von|van|del|da|do|di|of|the)){0,5}),? (?i:(et|and|"
    r"und|y|e|en|i) (son|sa|ses|its|their|dessen|deren|ihre[mn]?|su|sus|o seu|a sua|il suo|la sua|zijn|haar|hun) "
    r"(impay[eé]\w*|dette\w*|arri[eé]r[eé]\w*|unpaid|debts?|arrears|overdue|balance|solde|schulden?|r[uü]ckstand\w*|"
    r"deuda\w*|impago\w*|d[ií]vida\w*|insolut\w*|achterstand\w*|schuld))\b"
)
# Another business named, then what it owed us in a relative clause: "la Clínica Dental Norte, que nos debía 6.780 €",
# "Harbour Foods, who owed us £900". Two capitalised words at least, and not the reader's own ("Su Empresa").
_NAMED_WHO_OWED = re.compile(
    r"(?<![\w'])(?!(?:Su|Tu|Your|Votre|Ihre?|Usted|Vous|Sie|Vuestra|Sua|Seu|Uw)\b)"
    r"([A-ZÀ-ÖØ-Þ][^\W\d_]+(?: (?:[A-ZÀ-ÖØ-Þ][^\W\d_]+|de|del|la|des|du|di|da|von|van|of|the)){0,4} [A-ZÀ-ÖØ-Þ][^\W\d_]+),? "
    r"(?i:(?:que|qui|che|who|which|die|der|das)(?: nos| nous| ci| uns)? (?:deb[ií]an?|deben?|adeudaba|adeuda|devait|doit|"
    r"doveva|deve|devia|owed|owes|schuldete|schuldet)(?: us| uns)?)\b[^.;!?\n]{0,20}\d"
    # Dutch and German put the verb last: "Timmerfabriek Jansen, die ons in januari nog € 31.000,00 schuldig was",
    # "die Tischlerei Maier, die uns im Januar noch 31.000,00 € schuldete".
    r"|(?<![\w'])(?!(?:Su|Tu|Your|Votre|Ihre?|Usted|Vous|Sie|Vuestra|Sua|Seu|Uw)\b)"
    r"([A-ZÀ-ÖØ-Þ][^\W\d_]+(?: (?:[A-ZÀ-ÖØ-Þ][^\W\d_]+|de|der|van|von)){0,4} [A-ZÀ-ÖØ-Þ][^\W\d_]+),? "
    r"(?i:(?:die|der|das) (?:ons|uns)\b[^.;!?\n]{0,30}\d[\d.,' ]*[^.;!?\n]{0,20}\b(?:schuldig (?:was|is|waren|zijn|war|ist)|"
    r"schuldete|schuldet|verschuldigd (?:was|is)))\b"
)
# zh: another business by its kind owes us a sum: "同区的鑫达汽修厂欠我们人民币 45,000 元", "同一园区的华景物业也拖欠了我司
# 服务费 6 万元"; "贵公司欠我们", "您物业欠我司" is the reader.
_ZH_NAMED_OWES = re.compile(
    r"(?<!贵)(?<!貴)(?<!本)(?<!您)(?<!你)(?<!贵司)(厂|廠|公司|店|集团|集團|餐厅|餐廳|酒店|诊所|診所|医院|醫院|物业|物業|商场|商場|"
    r"超市|学校|學校|中心|大厦|大廈|广场|廣場|宾馆|賓館|饭店|飯店|商行|事务所|事務所|管理处|管理處|业委会|業委會|"
    # A time said between: "像宏达建设这样的公司，上个月还欠我们 ¥56,000".
    r"单位|單位)([，,]\s?)?(上个月|上個月|上月|上周|上週|去年|之前|以前|此前|当时|當時|前阵子|前陣子)?"
    r"(还|還|仍|也|同样|同樣|至今|目前|尚|仍然)*(欠|拖欠|欠付|欠缴|欠繳)了?(我们|我們|我司|本公司|我方)"
    r"[^。\n]{0,20}\d"
)
_THIRD_PARTY_VERB = re.compile(
    r"\b(also|too|as well|another|other|settled|paid|pays|owes?|owed|owing|has|have|had|is|are|schulden|schuldet|hat|hatte|heeft|"
    r"doit|doivent|debe|deben|deve|devem|moet|moeten) "
)
# "Brookfield Dairy Ltd went into administration last month": another customer's affairs, with or without a sum.
_INSOLVENCY_NEWS = re.compile(
    r"\s*(went|has gone|have gone|is|are|has been|was|were) (into|in|placed in|put into) (administration|liquidation|"
    r"receivership|insolvency|bankruptcy)|\s*filed for (bankruptcy|insolvency|chapter)|\s*(ist|sind) (insolvent|pleite)|"
    r"\s*(a|est|sont) en (redressement|liquidation)|\s*(esta|entro|ha entrado) en concurso|\s*(is|ging) failliet"
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
_MONEYISH = re.compile(
    r"\d[\d .]*\d ?(kr|sek|nok|dkk|lei|ron|kc|czk|huf|ft|zl|pln|bgn|лв|tl|try)\b|(mensalidades?|rendas?|alugue\w*|loyers?|mieten?|huur\w*|alquiler\w*|cuotas?|rents?|instal+ments?|parcelas?|"
    r"inv[- ]?\d+|invoice|factura|facture|rechnung|fattura|factuur|fatura|\d[\d.,]*\d ?(usd|eur|gbp|€|\$|£)|(usd|eur|gbp|€|\$|£) ?\d)"
)
_THIRD_PARTY = re.compile(
    r"\b(also\b[\w ]{0,12}\b(has|have|owes?|owed|owing|is|are)|as (does|do|is)|another (customer|client)|other (customers?|clients?)|for (reference|comparison)|like (your neighbou?r|them)|tambien tiene|aussi|ebenfalls|auch)\b"
)


# Another company held up as an example, with no legal suffix to spot it by: "Even Redwood Foods, who went
# into administration, cleared their GBP 8,200", "Van Dijk Logistiek had bijvoorbeeld een vergelijkbare
# achterstand van € 14.200". A name (two or more capitalised words, no digits), a comparison, a payment fact
# and money, all in one sentence; names from the greeting and the signature are the people writing and read.
_COMPARISON = re.compile(
    r"\b(invoice|fatura|factura|facture|rechnung|fattura|factuur) (of|da|de la|do|della|di|van|von der)\b|"
    r"\bzo (heeft|hebben|had|hadden|staat|staan)\b|\b(comparable|vergleichbar\w*|vergelijkbaar)\b|"
    # "que a" is Portuguese "that the" ("Verificámos que a fatura ..."), not the French "qui a".
    r"\b(?!que a\b)(they|who|which|che|qui|que|die|der) (owe|owed|were|was|are|had|have|went|filed|asked|ha|hanno|a|ont|avait|hat|"
    r"heeft|tiene|tem|estava|era|etait|war|devia|devait|debia|doveva|schuldete|quitou|pagou)\b|'s account\b|"
    r"\bsom (har|hade|skuldar|skylder|ar|var)\b|"
    r"\b(menor|maior|mais pequen\w*|plus (petit|grand)e?s?|smaller|bigger|larger|kleiner|grosser|groter|mas pequen\w*|"
    r"piu (piccol|grand)\w*) (que|than|als|di|dan)\b|"
    r"\b(even|unlike|just like|(?<!would )(?<!'d )(?<!much )(?<!really )like|for example|for instance|similar|also|too|as well|bijvoorbeeld|vergelijkbare?|"
    r"ook|zelfs|zum beispiel|beispielsweise|ein beispiel|an example|un exemple|un ejemplo|um exemplo|een voorbeeld|un esempio|ahnlich\w*|auch|ebenfalls|sogar|meme|par exemple|similaire|aussi|"
    # Portuguese "até" is "even", but also "until": "responder-lhe diretamente até sexta-feira".
    r"egalement|incluso|por ejemplo|tambien|ate(?! (a |ao |o |as |aos |la |entao )?(\d|dia|data|fim|final|amanha|hoje|"
    r"segunda|terca|quarta|quinta|sexta|sabado|domingo|semana|mes|ano|proxim\w*|momento|agora|ja|ao fim)\b)|por exemplo|semelhante|tambem|perfino|persino|ad esempio|"
    r"per esempio|simile|anche|de exemplu|si familia|tot asa|la fel|na przyklad|napriklad|naprikl|peldaul|"
    r"esimerkiksi|till exempel|for eksempel)\b|"
    # "rassurez-vous, vous n'êtes pas les seuls : la Fromagerie Dufour nous doit encore 3 200 €"
    # "we're always willing to work with venues who talk to us - The Copper Still had over GBP 9,000 outstanding"
    r"\b(venues|customers|clients|businesses|companies|restaurants|shops|kunden|clientes|klanten|clienti) (who|that|like|qui|die|che)\b|"
    # "Your neighbour at No. 14, Mrs Linda Patel, settled her share", "Votre voisine, la boulangerie Maison Roux, a bien
    # réussi à solder ses 8 200 € d'arriérés".
    r"\b(your|votre|vos|ihre?|ihren?|su|sus|seu|sua|uw|je|suo|tu|vostr[oa]|il vostro|la vostra) (next-door )?(neighbou?rs?|"
    r"voisine?s?|nachbar\w*|vecin[oa]s?|vizinh[oa]s?|buurman|buurvrouw|buren|vicin[oa]|vicini)\b|"
    r"\b(pas les seuls|not the only (one|ones)|nicht die einzigen|no (son|sois|eres) (los|las|el|la) unic[oa]s?|"
    r"no (estais|estas) solos?|nao sao os unicos|niet de enige|"
    r"non siete gli unici|(you're|you are|you aren't|you are not) (not )?alone|pas seuls?|nicht allein\w*|no (estan|esta) "
    r"solos?|nao (estao|esta) sozinh\w*|niet de enigen?|non (siete|e) sol[io]|inte ensamma?|ikke alene|"
    r"nie jestescie (jedyni|sami)|dla porownania)\b|"
    # Two neighbours set side by side: "Pizzeria Napoli on the same street has paid, while Café Linnea ...".
    r"\b((on|in) the same (street|road|block|parade|estate|square)|(pa|i) samma (gata|kvarter)|(pa|i) samme (gate|gade)|"
    r"dans la meme rue|in der gleichen strasse|in derselben strasse|en la misma calle|na mesma rua|nella stessa via|"
    r"in dezelfde straat|whereas|medan|mens|mentre|wahrend|alors que|mientras que|enquanto|terwijl)\b|"
    # "you're in good company - the Okafor-Lindqvist wedding still owes us £2,100.00", "Liam Carter was in exactly the
    # same spot, £126.00 behind".
    r"\b(in good company|en bonne compagnie|in guter gesellschaft|en buena compania|em boa companhia|in buona compagnia|"
    r"in goed gezelschap|i gott sallskap|(in|im) (exactly |just )?the same (spot|boat|position|situation)|dans la meme "
    r"situation|in der gleichen (lage|situation)|en la misma situacion|na mesma situacao|nella stessa situazione|"
    r"in dezelfde situatie|i samma (situation|sits))\b|"
    # Another customer's price or talk held up: "so the price is in line with what other clients pay", "we had the same
    # conversation with Pembury Park Hotel last month".
    r"\b(what|as) (other|our other|most) (clients|customers|owners|families|patients|members|guests|couples) "
    r"(pay|paid|are paying|have paid)\b|\b(the same|a similar) (conversation|discussion|situation|problem|issue|question|"
    r"request|chat|query) with\b|\b(for|by) comparison\b|\bzum vergleich\b|\ba titre de comparaison\b|\bpor comparacion\b|"
    r"\bper confronto\b|\bter vergelijking\b|"
    # Someone else's own money: "Northbay Foods ... settled their USD 12,300.00 backlog", "cleared their £11,450.00";
    # everyone else held up ("Jeder andere Kunde bekommt es hin: ..."); a figure put "in context".
    r"\b(settled|cleared) (all )?(their|its) (\w+ )?(gbp|usd|eur|chf|[€$£]|\d|backlog|arrears|balance|account|invoices?|"
    r"bills?|debts?)|\bto put (this|it|that) (in|into) (context|perspective)\b|"
    r"\b(jeder|alle|every|all) (andere\w*|other|unsere\w* anderen|our other) (kunde\w*|customers?|clients?)\b|"
    r"\b(tous les autres clients|todos los demas clientes|tutti gli altri clienti|alle andere klanten|"
    r"todos os outros clientes)\b"
)
_AFFAIRS = re.compile(
    r"\b(unpaid|obetal\w*|ubetal\w*|maksamat\w*|skuld\w*|skylder|utestaende|still waiting to (sign off|pay|settle|"
    r"clear|approve)|balance|owes?|owed|owing|arrears|overdue|outstanding|administration|insolven\w*|bankrupt\w*|liquidation|"
    r"receivership|achterstand|faillissement|surseance|ruckstand|insolvenz|konkurs|impaye\w*|redressement|"
    r"faillite|atraso\w*|deuda|quiebra|concurso|divida|falencia|recuperacao judicial|ritardo|insolut\w*|"
    r"open (heeft|hebben|had|hadden) staan|bij ons open|fallimento|cleared|settled|regle|uberwiesen|overgemaakt|betaald|voldaan|bezahlt|beglichen|pagad[oa]|pagou|saldad[oa]|pagato|"
    r"saldato|deve|devono|doit|doivent|schuldet|debe|deben|moet|concordato|concordat|atrasad[oa]s?|regularizou|"
    r"behind|past due|agency|collection|collectors?|achter|achterstand|en retard|ruckstand|in ritardo|em atraso|arretrat\w*|"
    r"achterstallig\w*|zaleg\w*|zadluz\w*|niesplacon\w*|atrasos|impagad\w*|ausstehend\w*|openstaand\w*|devia|devait|"
    r"debia|doveva|quitou|quitad[oa]|em aberto|en souffrance|in sospeso|arrieres|solder|"
    # it "ha ancora 3 mensilità scoperte": months not covered by a payment ("abbiamo scoperto" is "we found").
    r"(mensilita|rate|fatture|canoni|quote|importi) (\w+ )?scopert[ei]|allo scoperto|"
    r"du retard|im verzug|retraso|openstaan|open staan|achterlopen|paid every \w+ on time|paid on time|"
    # es: "al Colegio Los Sauces todavía le quedan 1.150 €", "el Club Atlético Montealto ya liquidó su pedido".
    r"(todavia|aun) (le |les )?quedan?|ya liquid(o|aron)|liquid(o|aron) su|"
    r"(have|has|had) (already )?paid|a platit|au platit|zaplacil\w*|zaplatil\w*|fizetett\w*|"
    # pl: "reguluje wszystko w terminie", "ich saldo jest dwa razy wyższe": how another pays, and its balance.
    r"reguluj\w*|(ich|jego|jej) saldo|"
    # "Mrs Patel paid GBP 2,880.00": a sum someone paid.
    r"paid (the |a |an )?(gbp|usd|eur|chf|[€$£]) ?\d[\d.,]*)\b"
)
_NAME = re.compile(
    # Accented letters belong to names too: "Farmácias Lusitana".
    r"(?<![\w-])[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ&'-]+(?: (?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ&'-]+|&|van|von|de|der|den|du|la)){1,3}"
    r"(?![\w-])"
)
_NOT_A_NAME = re.compile(
    r"^(Invoice|Invoices|Factura|Facture|Rechnung|Fattura|Factuur|Fatura|Dear|Hello|Hi|Payment|Total|Our|Your|"
    r"The|Even|Unlike|Like|Just|Also|Please|Thank|Thanks|Kind|Best|Regards|Accounts|Credit|Sehr|Geachte|Beste|"
    r"Estimad[oa]|Caro|Cara|Gentile|Bonjour|Madame|Monsieur|Prezad[oa]|Ola|Olá|Hola|Guten|Meneer|Mevrouw|Herr|Frau|"
    r"Familie|Family|Famille|Familia|Família|Famiglia|Sehr|Geehrte|Geehrter|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Januar|Jänner|Februar|"
    r"März|Mai|Juni|Juli|Oktober|Dezember|"
    # German capitalises the polite "you" and every noun: "von Ihrer Seite", "für den Zeitraum April".
    r"Sie|Ihr|Ihre|Ihrer|Ihren|Ihrem|Ihres|Ihnen|Seite|Zeitraum)$"
)
# "Loja 2 da Rua de Cedofeita": an address, not a company.
_STREET = re.compile(
    r"^(Rua|Calle|Rue|Via|Viale|Piazza|Avenida|Avenue|Av|Largo|Praça|Praca|Plaza|Paseo|Travessa|Straße|Strasse|"
    r"Weg|Platz|Allee|Laan|Straat|Plein|Street|Road|Lane|Boulevard|Bd|Chemin|Estrada|Corso|"
    # A building or site the work was done at ("serviços de limpeza ... no Edifício Corporate Paulista"): premises,
    # named for where the service went, not another customer.
    r"Edifício|Edificio|Condomínio|Condominio|Conjunto|Bloco|Immeuble|Résidence|Residencia|Residencial|"
    r"Building|Tower|Gebäude|Gebaude|Complexo|Complejo|Galpão|Galpao)$"
)


# A title is not part of what identifies someone: "Dear Mr Castellano" does not make "Mr Daniel Reyes" known.
_HONORIFIC = re.compile(
    r"^(Mr|Mrs|Ms|Miss|Dr|Herr|Frau|Mme|Mlle|M|Sr|Sra|Srta|Sig|Sigra|Dott|Dottssa|Pan|Pani|Dhr|Mevr|Signor|Signora|"
    r"Monsieur|Madame|Senhor|Senhora|Don|Dona|Doña)\.?$"
)
# "la boulangerie Moreau", "the bakery Hansen": a kind of business and its name, one capitalised word is enough.
_BUSINESS_NAME = re.compile(
    # The kind of business in any case ("Die Praxis Dr. Brandt", "A Clínica Santa Luzia"); the name capitalised.
    r"\b(?i:(boulangerie|pharmacie|pizzeria|restaurant|brasserie|bakery|cafe|café|bar|hotel|hôtel|garage|shop|store|salon|"
    r"bäckerei|metzgerei|apotheke|panaderia|panadería|farmacia|padaria|bakkerij|apotheek|trattoria|ristorante|"
    r"macelleria|tienda|loja|winkel|clinique|clinica|clínica|kliniek|piekarnia|apteka|sklep|praxis|cabinet|consultorio|"
    r"consultório|ambulatorio|studio|praktijk|gabinet|kanzlei|famille|family|familia|família|famiglia|familie|rodzina|gezin))\s+(?:(?:Dr|Dres|Prof|Mr|Mrs|Ms|Me)\.?\s+)?((?:[A-Z][\w'-]+\s?){1,3})"
)


# "Unlike the Okafor family, who have paid every term on time": English puts the family's name first.
_FAMILY_AFTER = re.compile(
    r"\b(?:the|die|de) ([A-Z][\w'-]+) (?:family|familie|gezin)\b|"
    # The family named in the plural after who they are to the reader: "your neighbours the Hargreaves".
    r"\b(?:neighbou?rs|friends|cousins),? the ([A-Z][a-z'-]+s)\b|"
    # "și familia Marinescu, care s-a cununat tot în septembrie, a plătit albumul ... abia după a treia reamintire".
    r"\b(?:familia|famiglia|famille|família|rodzin[aey]|rodin[ay]|obitelj|družin[ae]|familjen|familien|семейство) "
    r"([A-ZÀ-ÖØ-Þ][\w'-]+)\b"
)


# Words that say a debt is unpaid, not merely that there is an account: "impayés", "unpaid", "in arrears".
_ARREARS = re.compile(
    r"\b(unpaid|in arrears|overdue|impaye\w*|en souffrance|impagad\w*|pendientes? de pago|unbezahlt\w*|im ruckstand|"
    r"ruckstandig\w*|insolut\w*|non pagat\w*|em atraso|em aberto|onbetaald|achterstallig\w*|ubetalt\w*|obetald\w*|"
    r"niezaplacon\w*|nieoplacon\w*|neplacen\w*|neachitat\w*|restant\w*|kifizetetlen\w*|hatralek\w*)\b"
)


# A long closing line is still a signature when it names our department and company, or the company's registration:
# "Departamento de Cobrança | Cloudwright Brasil Ltda. – CNPJ 84.416.005/0001-90".
_SIGNATURE_LINE = re.compile(
    r"\S \| \S|\b(CNPJ|SIRET|SIREN|RCS|USt-IdNr|VAT (No|Reg)|NIF|CIF|NIP|KRS|REGON|ABN|Company No|Registered in|"
    r"Handelsregister|HRB|KvK|P\. ?IVA|Partita IVA)\b"
)


def _signs(line: str) -> bool:
    return len(line) < 60 or (len(line) < 160 and _SIGNATURE_LINE.search(line) is not None)


def _named_third_party(text: str) -> str | None:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) <= 3 and any(len(line) > 160 for line in lines[1:]):
        # A draft written as one paragraph: its first sentence greets, its last ones sign.
        lines = lines[:1] + [p for line in lines[1:] for p in re.split(r"(?<=[.!?])\s+", line) if p.strip()]
        if len(lines) > 2 and len(lines[1]) < 25:
            lines[1:3] = [f"{lines[1]} {lines[2]}"]
    # Line 0 is the subject and line 1 the greeting (it names the reader); the short lines at the end sign
    # for us. Only what lies between is read for other companies.
    end = len(lines)
    while end > 2 and _signs(lines[end - 1]) and len(lines) - end < 4:
        end -= 1
    # The subject names this customer's own premises or account ("Boutique 12, Galerie Saint-Clair") too.
    known = " ".join(lines[0:2] + lines[end:])
    comparing = False
    for line in lines[2:end]:
        if re.search(
            r"\b(vergleich|comparison|comparaison|comparacion|comparacao|confronto|vergelijking)\b",
            fold(line),
        ):
            comparing = True
            continue
        if (
            comparing
            and _MONEYISH.search(fold(line))
            and not re.search(r"\((sie|you|vous|usted|voce|u|lei)\)", fold(line))
        ):
            for m in _NAME.finditer(line):
                words = [w for w in m.group(0).split() if not _NOT_A_NAME.match(w)]
                if words and not any(w in known for w in words if w[0].isupper()):
                    return " ".join(words)
    # "Dr. Hannah Greer at Riverside Family Dental": a title's dot does not end the sentence.
    sentences = re.split(
        r"(?<=[.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bSr\.)(?<!\bSra\.)(?<!\bMme\.)"
        # Nor does a Polish or Czech legal form ("Transbud sp. z o.o. ma ...", "Stavby s.r.o. dluží ...").
        r"(?<!\bHr\.)(?<!\bFr\.)(?<!\bSig\.)(?<!\bDra\.)(?<!\bNo\.)(?<!\bsp\.)(?<!\bo\.o\.)(?<!\bs\.r\.o\.)\s+|\n+",
        "\n".join(lines[2:end]),
    )
    for k, sentence in enumerate(sentences):
        # With the next sentence too: a legal suffix ("Ribeiro & Filhos, Lda.") ends a sentence too early.
        folded = fold(" ".join(sentences[k : k + 2]))
        if _ARREARS.search(fold(sentence)):
            # A family named with its arrears is another customer's affairs without a sum or a comparison: "celui
            # de la famille Dubois-Lefèvre (... trois mois de location impayés également)".
            for family in _FAMILY_AFTER.finditer(sentence):
                named = family.group(1) or family.group(2) or family.group(3)
                if named not in known and not _NOT_A_NAME.match(named):
                    return family.group(0)
        if not (_COMPARISON.search(folded) and _AFFAIRS.search(folded) and _MONEYISH.search(folded)):
            continue
        for family in _FAMILY_AFTER.finditer(sentence):
            named = family.group(1) or family.group(2) or family.group(3)
            if named not in known and not _NOT_A_NAME.match(named):
                return family.group(0)
        for business in _BUSINESS_NAME.finditer(sentence):
            named = business.group(2).split()
            if _INVOICE_FOR_BEFORE.search(sentence[: business.start()]):
                continue  # what the customer's invoice was for (below)
            if not any(w in known for w in named if not _NOT_A_NAME.match(w)):
                return business.group(0).strip()
        for m in _NAME.finditer(sentence):
            words = [w for w in m.group(0).split() if not _NOT_A_NAME.match(w) and not _HONORIFIC.match(w)]
            capitals = [w for w in words if w[0].isupper()]
            if words and _STREET.match(words[0]):
                continue
            if _OUR_COLLEAGUE_BEFORE.search(sentence[max(0, m.start() - 60) : m.start()]):
                continue  # "a nossa responsável de crédito, Dra. Inês Carvalho": one of us, named
            if _COURSE_BEFORE.search(sentence[: m.start()]):
                continue  # "curso de Inglês Empresarial", "the Advanced Excel course": what we sold, not a company
            if _INVOICE_FOR_BEFORE.search(sentence[: m.start()]):
                # "la factura LJ-26-0772 por 1.560,00 € (excursión anual del Colegio de Farmacéuticos de Almarza)",
                # "A fatura ..., referente às passagens da delegação da Federação ...": what the invoice was for.
                continue
            if (
                len(capitals) >= 2
                and capitals[0] not in known
                and " ".join(capitals) not in known
                and _SPOUSE.search(fold(sentence[max(0, m.start() - 40) : m.start()]))
            ):
                # "a consulta de psiquiatria do seu marido, Sr. Rui Sousa (...), também continua em aberto": the
                # customer's surname, but another patient's account.
                return " ".join(words)
            # A title makes one surname a person: "Mrs Patel paid GBP 2,880.00 for the same surgery".
            titled = len(capitals) == 1 and any(_HONORIFIC.match(w) for w in m.group(0).split())
            if (len(capitals) >= 2 or titled) and not any(w in known for w in capitals):
                if re.search(
                    r"\b(Conditions|Terms|Agreement|Contract|Policy|Regulations|Act|Form|Schedule)$",
                    m.group(0),
                ) or re.match(
                    # "the European Communities (Late Payment in Commercial Transactions) Regulations 2012".
                    r"\s*\)?\s*(\([^()]{1,60}\)\s*)?(Act|Regulations?|Directive|Order)\b",
                    sentence[m.end() :],
                ):
                    # "our Standard Trading Conditions" is a document, and "the Late Payment of Commercial Debts
                    # (Interest) Act 1998" a statute: neither is another customer.
                    continue
                return " ".join(words)
        # A double-barrelled family name alone: "the Okafor-Lindqvist wedding still owes us £2,100.00".
        for m in _DOUBLE_BARRELLED.finditer(sentence):
            if m.group(0) not in known and not any(part in known for part in m.group(0).split("-")):
                return m.group(0)
    return None


# The customer's own invoice, then what it was for, in brackets or after "referente a": the group or event named there is
# the customer's own.
_INVOICE_FOR_BEFORE = re.compile(
    r"\b(factura|fatura|invoice|facture|fattura|rechnung|factuur|faktura)\b(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,80}(\([^()\n]{0,50}|, "
    r"(referente|relativ[oa]|relating|concerning|correspondiente|riguardante|betreffend|concernant)\b[^,()\n]{0,50})$",
    re.IGNORECASE,
)


_SPOUSE = re.compile(
    r"\b(your|seu|sua|do seu|da sua|votre|ihre?s?|ihrem|ihrer|uw|suo|sua|su|tu|je) (husband|wife|spouse|partner|marido|"
    r"esposa|mulher|companheir[oa]|mari|epouse|femme|conjoint\w*|compagn\w*|ehemann\w*|ehefrau|mann\w*|frau|"
    r"lebensgefahrt\w*|man|vrouw|echtgeno\w*|marito|moglie|mujer|pareja)\b"
)
# "our credit manager, Dra. Inês Carvalho": a colleague named after the role, not "our other client, Redwood Foods".
_OUR_COLLEAGUE_BEFORE = re.compile(
    r"\b(?i:our|nosso|nossa|notre|nuestro|nuestra|unser\w*|onze|ons|nostro|nostra|nasz\w*)\b"
    r"(?:(?!(?i:other|others|autres?|andere\w*|otros?|otras?|outros?|outras?|altri|altre|overige|inn\w*|clients?|"
    r"customers?|clientes?|kunde\w*|klant\w*|clienti)\b)[ \w'-]){0,40},?\s*"
    r"(?:(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Mme|M|Me|Herr|Frau|Dott|Dott\.ssa|Eng|Eng\.ª|Pan|Pani)\.?\s+)?$"
)
_DOUBLE_BARRELLED = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?![\w-])")
_COURSE_BEFORE = re.compile(
    r"\b(curso|cursos|course|courses|cours|kurs|kurse|kursu|corso|corsi|cursus|training|trainings|formation|formacion|"
    r"formacao|formação|formación|seminar|seminars|workshop|programme|program|programa|module|modulo|módulo|modul|moduł|"
    r"modules|modulos|módulos|moduli|add-on|abonnement|assinatura|suscripción|suscripcion|subscription)"
    r"( de| d'| di| in| em| en| of| du| des| do| da| z| w| voor| für| fur)?\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
READER_MIN_WORDS = 20
# A line of a few words opening or closing the body ("Hello,", "Kind regards,", "Accounts Receivable").
_FRAME_WORDS = 4


def long_enough_for_reader(draft_ours: str, body: str) -> bool:
    """Whether the second reader may read a draft (``our_words`` of its subject and body; the raw body). The reader
    learnt from whole drafts; a one-line fragment gives it too few words to weigh ("Wexford Court"). The count is
    of what it reads: a compliment set aside leaves it a shorter draft."""
    return (
        count_words(reader_text(draft_ours)) >= READER_MIN_WORDS
        and _message_words(reader_text(our_words("", body))) >= READER_MIN_WORDS
    )


def _message_words(body_ours: str) -> int:
    """Words the body says, without the subject, the greeting or the sign-off. One sentence in a frame ("Reminder:
    invoice INV-1042 / Hello, / ... / Kind regards, / Accounts Receivable") is still a fragment: the harassment
    model weighs that frame's words (it came with a few of its training drafts) and read ordinary one-liners
    ("Heeft u vragen, neem dan gerust contact op ...") as harassment at 0.82-0.98."""
    lines = [line for line in body_ours.split("\n") if line.strip()]
    edge = {0, len(lines) - 1, len(lines) - 2, len(lines) - 3}
    counts = [count_words(line) for line in lines]
    return sum(n for k, n in enumerate(counts) if not (k in edge and n <= _FRAME_WORDS))


class _NameIndex:
    """Other customers' names by their first word, so a sentence is checked in one pass over its words
    instead of once per name (a tenant has thousands). Whole words only: "Acme" is not found in "Acmeworks"."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name in names:
            words = tuple(_WORD.findall(fold(name)))
            if words:
                self._by_first.setdefault(words[0], []).append((words, name))

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, folded_sentence: str) -> str | None:
        words = _WORD.findall(folded_sentence)
        for i, word in enumerate(words):
            for name_words, name in self._by_first.get(word, ()):
                if tuple(words[i : i + len(name_words)]) == name_words:
                    return name
        return None


@functools.lru_cache(maxsize=16)
def _name_index(names: tuple[str, ...]) -> _NameIndex:
    # The sweep passes the same tenant's names for every draft: the index is built once per list.
    return _NameIndex(names)


_PIX_KEY = re.compile(
    r"\b(chave|key)( pix)? ?(cpf|cnpj|pix)\b[^.;\n]{0,20}\d{2,3}\.?\d{3}\.?\d{3}[-/]?\d{2,4}"
)
# A Polish account number (NRB) is an IBAN without its "PL": 26 digits, often in groups of four.
# A Serbian (and Bosnian, Montenegrin) account number: bank, account, check digits ("165-7993085171086-15"), the
# whole padded to 18 digits passing ISO 7064 mod 97-10.
_RS_ACCOUNT = re.compile(r"(?<![\d-])(\d{3})-(\d{6,13})-(\d{2})(?![\d-])")


def _rs_account_valid(bank: str, account: str, check: str) -> bool:
    return int(bank + account.zfill(13) + check) % 97 == 1


_PL_NRB = re.compile(r"(?<!\d)\d{2}(?: ?\d{4}){6}(?!\d)")
_BR_ACCOUNT = re.compile(
    r"\bagencia\b[^.;\n]{0,6}\d{3,5}(-\d)?[^.;]{0,12}\bconta( corrente)?\b[^.;\n]{0,4}\d{4,}"
)


# A Mexican CLABE: 18 digits whose last is a weighted (3, 7, 1) check digit, so a reference rarely passes by chance.
_CLABE = re.compile(r"(?<![\d-])(\d{3}[ -]?\d{3}[ -]?\d{11}[ -]?\d)(?![\d-])")


def _clabe_valid(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if len(digits) != 18 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * (3, 7, 1)[k % 3] for k, d in enumerate(digits[:17]))
    return (10 - total % 10) % 10 == int(digits[17])


# An Argentine CBU or CVU: 22 digits in two blocks, each ending in a weighted (7, 1, 3, 9) check digit, so a long
# invoice number ("A 0004-00017962") rarely passes both.
_CBU = re.compile(r"(?<![\d-])(\d{8})[ -]?(\d{14})(?![\d-])")


def _cbu_valid(first: str, second: str) -> bool:
    if len(set(first + second)) == 1:
        return False
    head = sum(int(d) * (7, 1, 3, 9)[k % 4] for k, d in enumerate(first[:7]))
    tail = sum(int(d) * (3, 9, 7, 1)[k % 4] for k, d in enumerate(second[:13]))
    return (10 - head % 10) % 10 == int(first[7]) and (10 - tail % 10) % 10 == int(second[13])


def _iban_valid(candidate: str) -> bool:
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


# Portuguese "no" is "in the" ("no boleto", "no dia 10"), not a negation.
_PT_NO = re.compile(
    r"\bno (dia|boleto|valor|final|fim|prazo|mes|total|cartao|pix|site|portal|sistema|e-?mail|link|anexo|"
    r"vencimento|momento|proximo|seu|nosso|mesmo|caso|banco|app|aplicativo)\b"
)


# Spanish markers: there "se" is reflexive ("no se puede aplicar"), never the Portuguese and Italian "if".
_SPANISH = re.compile(
    r"\b(el|los|usted|ustedes|pero|muy|hemos|hay|nuestro|nuestra|hasta|factura|cuota|puede)\b"
)
_PORTUGUESE = re.compile(
    r"\b(nao|voce|voces|fatura|faturas|obrigad[oa]s?|pagamento|atenciosamente|cumprimentos|prezad[oa]s?|exmos?|"
    r"senhor(es)?|divida|cobrancas?|juros)\b"
)


_SWEDISH = re.compile(
    r"\b(och|inte|att|fakturan|hej|halsningar|betalningen|forfallodag\w*|ocksa|eller|tack)\b"
)


# Negations that are other words elsewhere, read as "not" only in a draft that is in that language (two markers):
# Romanian "nu" (Dutch "now") — and its "ne" is "us" ("vă rugăm să ne contactați"), never the French negation;
# Finnish "ei"/"emme"/"en" (Romanian "ei" is "they", French "en", "et"); Czech and Slovak fold "ne" into the verb
# ("nemůžeme", "neposkytneme"), not in "nejpozději" (at the latest) or "nebo" (or).
_ROMANIAN = re.compile(
    # Only words no Spanish, Portuguese or Dutch draft has ("factura", "este", "nu" are theirs too).
    r"\b(va rugam|dumneavoastra|facturii|facturile|platii|plata|pentru|catre|restant\w*|sunteti|aveti|suntem|aceasta|"
    r"acest|lei|multumim|cu stima|suma de)\b"
)
_FINNISH = re.compile(
    r"\b(lasku|laskun|laskua|maksu|maksun|eraantyn\w*|terveisin|ystavallisin|voimme|olemme|pyydamme|ja|on|teidan)\b"
)
_CZECH = re.compile(
    r"\b(faktura|fakturu|faktury|dekujeme|prosime|castka|castku|splatnost\w*|pozdravem|jsme|vam|vas|uhrad\w*|nebo)\b"
)
_NATIVE_NEGATION: tuple[tuple[re.Pattern[str], int, re.Pattern[str], str], ...] = (
    (_ROMANIAN, 3, re.compile(r"\bne\b"), "us"),
    (_ROMANIAN, 3, re.compile(r"\bnu\b"), "not"),
    (_FINNISH, 3, re.compile(r"\b(en|et|ei|emme|ette|eivat)\b"), "not"),
    (_CZECH, 3, re.compile(r"\bne(?!j|bo\b|bot\b)(?=[a-z]{3,})"), "not "),
)


# A condition said without "if": the Czech/Slovak "-li" on the verb ("Neuhradíte-li částku, ...") and the Nordic and
# German verb first with a negated subject ("Betalar ni inte inom tio dagar lämnar vi ...", "Zahlen Sie nicht
# rechtzeitig, ..."). Spelled as "if" so its negation is the condition's, as in "if you do not pay".
_CZECH_LI = re.compile(r"\b(\w+)-li\b")
_VERB_FIRST_NOT = re.compile(
    r"(^|(?<=[.!?:])\s+|\n\s*)(\w+) (ni|du|dere|de|sie|ihr|jullie|u|je) (inte|ikke|ej|nicht|niet)\b(?![^.;!?\n]*\?)"
)


# "Vill du diskutera en avbetalningsplan kan du ringa vår kreditansvarige": a wish put first is a condition ("if you
# want to discuss a plan, call ..."), not our offer.
_VERB_FIRST_WISH = re.compile(
    r"(^|(?<=[.!?:])\s+|\n\s*)(vill|vil|onskar|onsker) (du|ni|dere|i) (?![^.;!?\n]*\?)"
)


def _verb_first_condition(text: str) -> str:
    text = _CZECH_LI.sub(r"if \1", text)
    text = _VERB_FIRST_WISH.sub(r"\1if \3 \2 ", text)
    return _VERB_FIRST_NOT.sub(r"\1if \3 \4 \2", text)


def _native_negations(text: str) -> str:
    for marker, needed, word, meaning in _NATIVE_NEGATION:
        if len(set(marker.findall(text))) >= needed:
            text = word.sub(meaning, text)
    return text


# Italian "mai" (never) is the month of May in German and French: "bis Ende Mai", "le 15 mai".
_MAY = re.compile(r"\b(ende|anfang|mitte|im|zum|bis|vom|am|fin|debut|mi|en|de|du|le|\d{1,2}\.?)\s+mai\b")


# A document number's country or series code ("faktura LM-NO-2603-008") is no negation.
_DOCUMENT_NUMBER = re.compile(r"\b[a-z]+(?:-[a-z0-9]+)*-\d[\w/-]*")


def _negated(clause_before: str) -> bool:
    clause = _DOCUMENT_NUMBER.sub(" ", clause_before) if "-" in clause_before else clause_before
    return bool(_NEGATION.search(_MAY.sub(" ", _PT_NO.sub(" ", _REASSURANCE.sub(" ", clause)))))


def _last_break(boundary: re.Pattern[str], text: str, pos: int) -> int:
    """Where the unit (clause, sentence) holding ``pos`` starts: just after the last boundary before it."""
    start = 0
    for m in boundary.finditer(text, 0, pos):
        start = m.end()
    return start


def _clause_start(text: str, pos: int) -> int:
    return _last_break(_CLAUSE, text, pos)


_CONDITION = re.compile(
    r"\b(if|unless|until|wenn|falls|sofern|si|se|als|tenzij|caso|qualora|indien|"
    # sv, da/nb, fi, ro, pl, cs: a negation in "Hvis De ikke betaler, ..." belongs to the condition too.
    r"ifall|hvis|dersom|jos|mikali|daca|jesli|jezeli|pokud|jestli)\b"
    # es: "de no" with an infinitive is "if ... not": "de no regularizarse esta semana, publicaremos la deuda".
    r"|\bde(?= no \w+(ar|er|ir)(se|lo|la|los|las|le|les)?\b)"
)


_INVERTED_CONDITION = re.compile(r"\bshould (payment|the (payment|amount|balance|invoice)|you|it|we)\b")
# "... so that you do not have to pay early": a purpose clause's negation is not the commitment's.
_PURPOSE = re.compile(
    # "... so there's nothing to worry about before Christmas": a result clause's "nothing" is not a refusal.
    # "... moved the due date to 30 April so our system doesn't send you any more reminders": the same for a purpose.
    r"\b(so that|so you|so (there|there's|it's|nothing|no one|nobody)|so (our|the|your|we|it|they) |so as (not )?to|"
    r"in order (not )?to|para que|para (nao|no)|pour que|pour ne|damit|"
    r"um nicht|zodat|affinche|perche non)\b"
)


def _before_condition(clause_after: str) -> str:
    # "... if payment is not made", "... should payment not reach us": the negation belongs to the condition,
    # not to the commitment.
    found = [
        m for pattern in (_CONDITION, _INVERTED_CONDITION, _PURPOSE) if (m := pattern.search(clause_after))
    ]
    m = min(found, key=lambda hit: hit.start()) if found else None
    return clause_after[: m.start()] if m else clause_after


# Who commits in the main clause: after a condition, the commitment starts at its subject.
_MAIN_SUBJECT = re.compile(
    r"\b(we|i|our \w+|nous|je|wir|ich|nosotros|noi|wij|ik|nos|nous allons|vi|jag|jeg|eg)\b"
)


def _after_condition(clause_before: str) -> str:
    """ "If you do not pay we will sue": the negation sits in the condition, the threat in the main clause."""
    conditions = list(_CONDITION.finditer(clause_before))
    if not conditions:
        return clause_before
    tail = clause_before[conditions[-1].end() :]
    subjects = list(_MAIN_SUBJECT.finditer(tail))
    return tail[subjects[-1].start() :] if subjects else ""


def _find_commitment(
    pattern: re.Pattern[str],
    text: str,
    exclude: re.Pattern[str] | None = None,
    restated: re.Pattern[str] | None = None,
) -> str | None:
    return _commitment_and_seen(pattern, text, exclude, restated)[0]


def _commitment_and_seen(
    pattern: re.Pattern[str],
    text: str,
    exclude: re.Pattern[str] | None = None,
    restated: re.Pattern[str] | None = None,
    *,
    askable: bool = False,
) -> tuple[str | None, bool]:
    """The commitment, and whether the pattern matched at all: the caller needs both, and the big patterns cost
    a millisecond or more per scan of a draft. ``askable``: a match inside the customer's question, reported just
    before it, is theirs ("You asked whether we could reduce the charge, or take something off if ...")."""
    seen = False
    # The whole clause counts: German and Dutch put the negation after the object ("einen Rabatt können wir
    # nicht gewähren").
    for m in pattern.finditer(text):
        seen = True
        if askable and _REPORTED_QUESTION.search(text, 0, m.start()):
            continue
        after = _CLAUSE.search(text, m.end())
        raw_after = text[m.end() : after.start() if after else len(text)]
        clause_after = _before_condition(_THEIR_RELATIVE.split(raw_after, 1)[0])
        raw_before = text[_clause_start(text, m.start()) : m.start()]
        clause_before = _after_condition(raw_before)
        # The whole clause for exclusions: "you asked whether we could apply a discount" keeps its "you asked",
        # "die Skontofrist ist damit abgelaufen" its "abgelaufen" after a "damit" that is not a purpose.
        if exclude is not None and exclude.search(raw_before + m.group(0) + raw_after):
            continue
        if _INABLE.search(m.group(0)):
            continue  # "we aren't able to refund the unused months"
        if _SWEDISH_NOT.search(m.group(0)):
            continue  # Swedish puts "inte" after the verb: "Vi förlänger inte betalningstiden", "vi stryker inte räntan"
        if restated is not None and (
            restated.search(text[_sentence_start(text, m.start()) : m.start()])
            or restated.search(clause_after)
        ):
            continue  # "your account is on the terms you signed: 2% discount if paid within 10 days"
        if not _negated(clause_before) and not _negated(clause_after):
            return m.group(0), True
    return None, seen


# A relative clause about what the customer did or did not do ("ti rimborseremo le 4 sedute che non hai
# utilizzato", "we'll refund the sessions you haven't used") has its own negation, not the commitment's.
_THEIR_RELATIVE = re.compile(
    r"\b(che|that|which|qui|que|cui|welche\w*|som|ktor\w*)( (non|not|ne|no|nao|nicht|niet|inte|nie|never|jamais|mai|nunca))?"
    r" (hai|ha|avete|you|vous|tu|usted|has|habeis|voce|sie|du|u|je|ni|pan|pani)\b"
    r"|(?<=\w) (you|vous) (have|haven't|did|didn't|n'avez|avez)\b"
    # What could not be done to the thing refunded ("per i campioni che non è stato possibile analizzare", "the samples
    # that could not be tested", "las muestras que no se pudieron analizar"): the object's story, not our refusal.
    r"|\b(che|that|which|que|qui|die|welche\w*|som|ktor\w*) (non|not|no|nao|n'|ne|nicht|niet|inte|nie)\b ?"
    r"(?=(e|sono|era|erano|fu|furono|was|were|could|have|has|had|se|pudo|pudieron|fue|fueron|foi|foram|ont|a|est|sont|"
    r"pu|war|waren|wurde\w*|konnte\w*|kon|konden|werd|werden|zijn|var|blev|kunde|zostal\w*|moglo|mogly)\b)"
    r"|\b(that|which) (could|can|were|was|have|has|had)( not|n't)\b(?! only\b)"
)
# Scandinavian languages put the negation after the verb: "Vi förlänger inte betalningstiden", "vi forlænger ikke
# fristen", "vi kan ikkje gje rabatt".
_SWEDISH_NOT = re.compile(r"\b(inte|ej|aldrig|ikke|ikkje|aldri)\b")
_INABLE = re.compile(r"(\bnot able|n't able|\bunable|\bcannot|\bcan't|\bcan not)\b")
# Terms restated from what the customer already signed, said earlier in the same sentence.
_STATUTORY_CHARGES = re.compile(
    r"\b(statutory (interest|compensation)|late payment of commercial debts|indemnite forfaitaire|"
    r"interets (legaux|de retard)|verzugszinsen|verzugspauschale|interessi (legali )?di mora|intereses de demora|"
    r"wettelijke (handels)?rente|juros de mora|"
    # The rate the law sets, named by the rate: "interest will be charged at the statutory rate", "au taux légal".
    r"(statutory|legal) rate|taux (d'interet )?legal|gesetzlich\w* (verzugs)?zins\w*|tasso legale|interes legal|"
    r"juros legais|taxa legal|odsetki ustawowe|odsetek ustawowych|drojsmalsranta enligt rantelagen)\b"
)
_RESTATED = re.compile(
    r"\byour (\w+[ -])?(contract|agreement|terms|engagement letter) (includes?|provides?|allows?|gives?|contains?)\b|"
    r"\b(votre contrat prevoit|ihr vertrag sieht|su contrato (incluye|preve)|il suo contratto prevede|uw contract (bevat|voorziet)|"
    r"o seu contrato preve)\b|"
    r"\b(our|the) (usual|standard|normal|regular|printed|agreed) (payment )?terms\b|\b(nos conditions habituelles|"
    r"unsere ublichen (zahlungs)?bedingungen|nuestras condiciones habituales|as nossas condicoes habituais|"
    r"onze gebruikelijke (betalings)?voorwaarden|le nostre condizioni abituali)\b|"
    r"\b(terms in the|(application|agreement|contract|order form) you signed|you signed|your account is on|"
    r"as (set out|stated) in (the|your)|under (the|your) (signed )?(terms|agreement|contract)|"
    r"laut (unserer|ihrer|der|unseren|ihren|den) (\w+ )?(rahmenvereinbarung|vereinbarung|vertrag\w*|agb|zahlungsbedingungen|"
    r"konditionen)|(recogid|previst|establecid|indicad)[oa] en (nuestras|sus|las) condiciones|"
    r"(in|under|per) (our|your) (general )?(terms and conditions|conditions of sale)|selon nos conditions generales|"
    r"prevue?s? (par|dans) (nos|vos|les) conditions|previst[oa] (dalle|nelle) (nostre )?condizioni|"
    r"volgens (onze|uw|de) (algemene )?(voorwaarden|overeenkomst)|"
    # "sconto del 12% già applicato sul prezzo di listino", "già al netto dello sconto"
    r"already (applied|included|built into|deducted|reflected)|already includes?|ya incluye|inclut deja|"
    r"enthalt bereits|include gia|ja inclui|bevat al|deja (applique|inclus|deduit)\w*|bereits (abgezogen|"
    r"eingerechnet|berucksichtigt|enthalten)|ya (aplicad|incluid|descontad)\w*|ja (aplicad|incluid|descontad)\w*|"
    r"al (verwerkt|toegepast|afgetrokken)|gia (applicat|inclus|detratt|al netto)\w*|al netto (dello|della|del|di)|"
    r"(previst[ei]|stabilit[ei]) dal contratto|"
    # "Rabat 10% zgodnie z umową serwisową", "das vertraglich vereinbarte Skonto": the contract's own terms.
    r"zgodnie z umow\w*|wynika z umowy|vertraglich vereinbart\w*|contractually agreed|(gemass|laut) (dem |unserem |ihrem )?"
    r"(rahmen|service|wartungs)?vertrag|contractuellement prevu\w*|previst[oa] (en el|no) contrato|"
    r"contrattualmente|conform (de|het) contract)\b"
)


def _sentence_start(text: str, pos: int) -> int:
    return _last_break(_SENTENCE, text, pos)


def _signature_lines(text: str) -> list[str]:
    """The short lines that close a draft (at most four): who signs, which is us."""
    lines = [line for line in text.splitlines() if line.strip()]
    end = len(lines)
    while end > 1 and _signs(lines[end - 1]) and len(lines) - end < 4:
        end -= 1
    return lines[end:]


# A Canadian account is three numbers given together: institution (3 digits), transit (5) and account (7-12).
# Any one alone ("transit 10941" in a branch address, "compte se terminant par 8315") is no account.
_CA_TRANSIT = re.compile(r"\b(transit|succursale|domiciliation)\b( (no\.?|number|numero|#))?\W{0,4}(\d{5})\b")
_CA_INSTITUTION = re.compile(
    r"\b(institution|inst\.|institucion|banque)\b( (no\.?|number|numero|#))?\W{0,4}\d{3}\b"
)
_CA_ACCOUNT = re.compile(
    r"\b(compte|account|acct|cuenta|folio)\b( (no\.?|number|numero|#))?\W{0,4}\d{7,12}\b"
)
# Another company named in quotes as one that owes us, in Bulgarian or Russian: "Дори „Родопа Ивентс“, които ни
# дължаха 21 300,00 € ..., вече си платиха". The third-person verb: "Вие ни дължите" is this customer's own debt.
_CYRILLIC_OWES_US = re.compile(
    strip_accents(
        r"[„\"«“][^“”\"»\n]{2,40}[“”\"»],? (които|която|който|що|которые|которая|который|что) (ни|нам) "
        r"(дължат|дължаха|дължи|дължеше|задолжал\w*|должн\w*|были должны|был должен)"
    )
)


# Another customer set beside this one as a neighbour or a comparison, with what it owes us: uk "Для порівняння: ОСББ
# «Затишний двір» на сусідній вулиці винне нам 46 200 грн", ru "«Альфа» по соседству должна нам ...", bn "পাশের ...
# হোমেরও আমাদের কাছে ... টাকা বকেয়া". The customer's own company in quotes has no neighbour or comparison word.
_NEIGHBOUR_OWES = re.compile(
    strip_accents(
        r"(для порівняння|для сравнения|для сравнение|например|наприклад|сусідн\w*|соседн\w*|по соседству|по сусідству)"
        r"[^.!?\n]{0,60}[„\"«“][^“”\"»\n]{2,40}[“”\"»][^.!?\n]{0,40}(?<!\w)(винне|винен|винна|винні|должн\w*|должен|"
        r"задолжал\w*|заборгува\w*|дължи|дължат) (нам|ни)(?!\w)[^.!?\n]{0,20}\d"
        r"|[„\"«“][^“”\"»\n]{2,40}[“”\"»] (на сусідній вулиці|на соседней улице|по соседству|по сусідству)[^.!?\n]{0,30}"
        r"(?<!\w)(винне|винен|винна|винні|должн\w*|должен|задолжал\w*|заборгува\w*) (нам|ни)(?!\w)[^.!?\n]{0,20}\d"
        r"|(পাশের|অন্য|আরেক)[^।.!?\n]{0,40}আমাদের (কাছে|কাছেও)[^।!?\n]{0,40}বকেয়া"
    )
)


# Another business named in quotes that "also" has an open balance with us or owes us, in Greek: "το Ζαχαροπλαστείο
# «Γλυκό Νερό» έχει κι αυτό ανοιχτό υπόλοιπο 3.870,00 € σε εμάς", "η «Άλφα» μας χρωστάει επίσης 900 €". The "also"
# sets it beside this customer, whose own business in quotes has none.
_GREEK_ALSO_OWES = re.compile(
    r"[„\"«“][^“”\"»\n]{2,40}[“”\"»],? (\w+ ){0,3}?(κι αυτο|και αυτο|κι αυτη|και αυτη|κι εκεινο|κι εκεινη|επισησ|"
    r"ομοιωσ)\b[^.!?\n]{0,30}?(χρωσταει|χρωστα|χρωστανε|οφειλει|οφειλουν|υπολοιπο|ανεξοφλητ\w*|ληξιπροθεσμ\w*|"
    r"απληρωτ\w*)[^.!?\n]{0,30}\d"
)
# el, the business unquoted, pointed at ("that one too"): "και εκείνη έχει ανεξόφλητα τιμολόγια 18.400,00 € προς εμάς", "επίσης μας
# χρωστάει". Third person only ("έχει", "χρωστάει"); "έχετε" is the reader's own balance.
_GREEK_THAT_ONE_OWES = re.compile(
    r"(?<!\w)(και (εκεινη|εκεινος|εκεινοι|εκεινεσ|αυτη|αυτοσ|αυτοι|αυτεσ)|επισησ)( \w+){0,2}? "
    r"((εχει|εχουν)( \w+){0,2}? (ανεξοφλητ|απληρωτ|ληξιπροθεσμ|οφειλ)\w*|(μασ )?(χρωσταει|χρωστα|χρωστανε|χρωστουν|"
    r"οφειλει|οφειλουν))[^.;\n]{0,60}\d"
)
# Another business by its proper name, then its insolvency and what it still owes us: "Harbourside Live went into
# administration last month still owing us over £38,000". Without a legal form, so the debt must be told too; the
# pronouns and "The Company" name no one else.
_NAMED_INSOLVENT = re.compile(
    r"(?<![\w'])(?!(?:The|Our|Your|Their|We|You|It|This|That|One|Another)\b)((?:[A-Z][\w&'-]+ ){0,3}[A-Z][\w&'-]+)"
    r" (?:went|has gone|have gone|has been placed|was placed|were placed|was put|has been put) (?:into|in) "
    r"(?:administration|liquidation|receivership|insolvency|bankruptcy)\b[^.!?\n]{0,60}\b(?:still )?"
    r"(?:owing us|owes us|owed us|owing|with debts of|leaving us)\b[^.!?\n]{0,20}\d"
)


# ja: another company by its legal form, then its own unpaid sum: "同じビルの株式会社ミナトデザイン様も2月分の128,000円が
# 未払い", "ABC有限会社様は3月分の54,000円が未納"; ko "(주)한빛디자인도 2월분 1,280,000원이 미납". The reader's company
# (greeting lines) and ours (signature) are set aside by the caller.
_JA_KO_NAMED_UNPAID = re.compile(
    r"((?:株式会社|有限会社|合同会社|合資会社|\(株\)|（株）|\(有\)|（有）)[^\s、。,，()（）「」様のもはがにで]{1,20}"
    r"|[^\s、。,，()（）「」様のもはがにで]{1,20}(?:株式会社|有限会社|合同会社|合資会社))(?:様|さま|御中|さん)?"
    r"(?:も|は|につきましても|でも|におかれましても)[^。\n]{0,40}?\d[\d,]*円[^。\n]{0,20}?"
    r"(?:未払い|未払|未納|滞納|未入金|延滞|お支払いがまだ|お支払いが遅れ|ご入金がまだ|ご入金が確認できて|入金がない)"
    r"|((?:주식회사|\(주\)|㈜)\s?[^\s.,()]{1,20}|[^\s.,()]{1,20}\s?(?:주식회사|\(주\)|㈜))\s?(?:님|귀하)?(?:도|은|는|에서도)"
    r"[^.\n]{0,40}?\d[\d,]*\s?원[^.\n]{0,20}?(?:미납|연체|미지급|체납|미입금|입금되지 않|지급되지 않)"
)


# A VAT or tax number's label just before an IBAN-shaped string: "btw NL861234567B01", "VAT No. GB123456789".
_VAT_LABEL = re.compile(
    r"\b(btw|vat|tva|iva|p\.? ?iva|ust|ust-?id(nr)?|uid|mwst|nif|cif|moms|alv|dic|nip|tax id|tin)\b"
    r"\W{0,4}((nr|no|number|nummer|numero|n)\b\W{0,3})?(id\W{0,3})?$"
)


def _sensitive(text: str, folded: str, other_customer_names: Collection[str]) -> str | None:
    for m in _CARD_CANDIDATE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if re.search(r"\brf$", text[max(0, m.start() - 3) : m.start()], re.IGNORECASE):
            continue  # "RF18 5390 0754 7034": a creditor reference, whose digits can pass Luhn by chance
        if _NOT_A_CARD_LABEL.search(fold(text[max(0, m.start() - 40) : m.start()])):
            continue  # a phone number or a labelled payment reference (a KID is Luhn-checked by design)
        if (
            13 <= len(digits) <= 19 and luhn_ok(digits) and len(set(digits)) > 1
        ):  # all one digit is filler, not a card
            return "card number"
    if _EXPIRY_CJK.search(text):
        return "card expiry"
    if any(8 <= len(re.sub(r"\D", "", m.group(2))) <= 20 for m in _VI_ACCOUNT.finditer(folded)):
        return "bank account number"
    for pattern, what in (
        (_TOKEN_LINK, "login link with a token"),
        (_CVV, "card security code"),
        (_EXPIRY, "card expiry"),
        (_EXPIRY_NEAR_CARD, "card expiry"),
        (_PASSWORD, "password"),
        (_PASSWORD_GIVEN, "password"),
        (_LOGIN, "password"),
        (_PASSWORD_CJK, "password"),
        (_PASSWORD_SCRIPT, "password"),
        (_PASSWORD_SCRIPT_GIVEN, "password"),
        (_PASSWORD_QUALIFIED, "password"),
        (_PASSWORD_S36B, "password"),
        (_JA_ACCOUNT, "bank account number"),
    ):
        if pattern.search(folded):
            return what
    for m in _IBAN.finditer(folded):
        if m.group(0).startswith("rf"):
            continue  # an ISO 11649 creditor reference ("RF16 GRPM AD23 1504 01"): mod-97 too, but no account
        if not _iban_valid(m.group(0)) and _VAT_LABEL.search(folded[max(0, m.start() - 24) : m.start()]):
            continue  # a VAT number in a footer ("btw NL861234567B01") near "bankgegevens" is no mistyped IBAN
        # Labelled "IBAN" it is an account number even when a digit is mistyped.
        # The last group may be the next word ("es91 2100 ... 1332 ha sido devuelto"): try without it too.
        words = m.group(0).split()
        # Short words after it read as groups too ("ro40 btrl ... 0001 pana la"): the letters-only tail is dropped.
        tail = len(words)
        while tail > 3 and words[tail - 1].isalpha():
            tail -= 1
        if (
            _iban_valid(m.group(0))
            or (len(words) > 2 and _iban_valid(" ".join(words[:-1])))
            or (tail < len(words) - 1 and _iban_valid(" ".join(words[:tail])))
            or re.search(r"\biban\W{0,3}$", folded[max(0, m.start() - 8) : m.start()])
            or _BANK_CONTEXT.search(_sentence_at(folded, m.start()))
        ):
            return "IBAN"
    if any(_iban_valid("pl" + re.sub(r"\D", "", m.group(0))) for m in _PL_NRB.finditer(folded)):
        return "bank account number"
    if _BR_ACCOUNT.search(folded):
        return "bank account number"
    if any(_rs_account_valid(*m.group(1, 2, 3)) for m in _RS_ACCOUNT.finditer(folded)):
        return "bank account number"
    if _PIX_KEY.search(folded):
        return "PIX key"
    if any(_cbu_valid(m.group(1), m.group(2)) for m in _CBU.finditer(folded)):
        return "bank account number"
    for m in _CLABE.finditer(folded):
        # One 18-digit reference in ten passes the check digit by chance: the label or bank words must be there.
        if _clabe_valid(m.group(1)) and (
            "clabe" in folded or _BANK_CONTEXT.search(_sentence_at(folded, m.start()))
        ):
            return "bank account number"
    for m in _BARE_ACCOUNT.finditer(folded):
        # "Account 7720-1145" on a utility bill is the customer's own account with us, not a bank account.
        if len(re.sub(r"\D", "", m.group(2))) >= 8 and _BANK_CONTEXT.search(_sentence_at(folded, m.start())):
            return "bank account number"
    if any(12 <= len(re.sub(r"\D", "", m.group(2))) <= 19 for m in _ZH_ACCOUNT.finditer(folded)):
        return "bank account number"
    if any(len(re.sub(r"\D", "", m.group(2))) >= 11 for m in _KO_ACCOUNT.finditer(folded)):
        return "bank account number"
    if _IS_ACCOUNT.search(folded):
        return "bank account number"
    for m in _SCRIPT_ACCOUNT.finditer(folded):
        if m.group("russian") or len(re.sub(r"\D", "", m.group("labelled"))) >= 9 or _IFSC.search(folded):
            return "bank account number"
    if _AU_ACCOUNT.search(folded):
        return "bank account number"
    if _CZ_ACCOUNT.search(folded):
        return "bank account number"
    if any(_hu_giro_valid(m.group(1), m.group(2) or "") for m in _HU_ACCOUNT.finditer(folded)):
        return "bank account number"
    if any(_mod11_no("".join(m.group(2, 3, 4))) for m in _NO_ACCOUNT.finditer(folded)):
        return "bank account number"
    for m in _ACCOUNT.finditer(folded):
        # "customer account number 77031942" is their account with us.
        if re.search(
            r"\b(customer|client|kunden|cliente|klant)\W{0,2}$", folded[max(0, m.start() - 12) : m.start()]
        ):
            continue
        if len(re.sub(r"\D", "", m.group(m.lastindex or 0))) >= 8:
            return "bank account number"
    for m in _CA_TRANSIT.finditer(folded):
        near = folded[max(0, m.start() - 150) : m.end() + 150]
        if _CA_INSTITUTION.search(near) and _CA_ACCOUNT.search(near):
            return "bank account number"
    if owes := (
        _CYRILLIC_OWES_US.search(folded)
        or _CYRILLIC_ALSO_OWES.search(folded)
        or _GREEK_ALSO_OWES.search(folded)
        or _NEIGHBOUR_OWES.search(folded)
        or _GREEK_THAT_ONE_OWES.search(folded)
    ):
        return f"another customer's balance ({owes.group(0)})"
    index = _name_index(tuple(other_customer_names))
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", folded):
        name = index.find(sentence) if index else None
        if name and _MONEYISH.search(sentence):
            return f"another customer's affairs ({name})"
        if _THIRD_PARTY.search(sentence) and _MONEYISH.search(sentence) and _EMAIL.search(sentence):
            return "another customer's contact and balance"
    # Without a names list: a company named as the subject of a payment fact ("Litware SA settled its ...").
    signature = " ".join(_signature_lines(text))
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        for m in _COMPANY.finditer(sentence):
            if m.group(0).rstrip(".") in signature:
                continue  # "your account with Greenmeadow Veterinary Group has ...": the company that signs is us
            rest = sentence[m.end() : m.end() + 40].lower()
            if _THIRD_PARTY_VERB.match(rest.lstrip(" ,(")) and _MONEYISH.search(fold(sentence[m.end() :])):
                return f"another customer's affairs ({m.group(0)})"
            if _INSOLVENCY_NEWS.match(fold(sentence[m.end() : m.end() + 60])):
                return f"another customer's affairs ({m.group(0)})"
    lines = text.splitlines()
    addressed = " ".join(lines[:3]) + " " + signature
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        for m in _TRADE_NAME.finditer(sentence):
            if m.group(0) in addressed or m.group(0).split()[0] in addressed.split():
                continue
            # The sum must be theirs: "Riverside Dental had a great year; your invoice for £500 ..." names ours.
            theirs = re.split(r"\b(?:you|your|yours)\b", fold(sentence[m.end() :]), maxsplit=1)[0]
            if _TRADE_NAME_PAID.match(sentence, m.end()) and _MONEYISH.search(theirs):
                return f"another customer's affairs ({m.group(0)})"
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", folded):
        if (other := _THIRD_PERSON_BALANCE.search(sentence)) and re.search(r"\d", sentence[other.end() :]):
            return f"another customer's balance ({other.group(0)})"
    if (insolvent := _NAMED_INSOLVENT.search(text)) and insolvent.group(1).split()[
        0
    ] not in addressed.split():
        return f"another customer's affairs ({insolvent.group(1)})"
    precedent = _NAMED_WITH_ITS_DEBT.search(text)
    if precedent and _MONEYISH.search(fold(_sentence_at(text, precedent.start()))):
        return f"another customer's affairs ({precedent.group(3)})"
    if owed := _ZH_NAMED_OWES.search(folded):
        return f"another customer's balance ({owed.group(0)})"
    for m in _JA_KO_NAMED_UNPAID.finditer(text):
        # The greeting names the reader, the signature after it us; a short Japanese sentence would pass for a
        # signature line, so what signs is read after the match.
        company = m.group(1) or m.group(2)
        if company not in " ".join(lines[:3]) and company not in text[m.end() :]:
            return f"another customer's balance ({company})"
    if owed := _NAMED_WHO_OWED.search(text):
        return f"another customer's balance ({owed.group(1) or owed.group(2)})"
    if owing := _named_owes(text, addressed):
        return f"another customer's balance ({owing})"
    for m in _NAMED_IN_ARREARS_ID.finditer(text):
        if not any(word in addressed.split() for word in m.group(1).split()[1:]):
            return f"another customer's balance ({m.group(1)})"
    for m in _NAMED_OWES_TL.finditer(text):
        if not any(word in addressed.split() for word in m.group(1).split()):
            return f"another customer's balance ({m.group(1)})"
    for late in _NAMED_LATE_AR.finditer(text):
        if late.group(4).split()[-1] not in addressed.split():
            return f"another customer's balance ({late.group(4)})"
    for m in _NAMED_DEBT_TR.finditer(text):
        compared = re.search(r" (bile|dahi)\b", m.group(0)) or _PAID_TR.match(text, m.end())
        if compared and not any(word in addressed.split() for word in m.group(1).split()):
            return f"another customer's balance ({m.group(1)})"
    debt = _THIRD_PARTY_DEBT.search(folded)
    if debt:
        return f"another customer's balance ({debt.group(0)})"
    note = _NOTE_ON_OTHERS.search(strip_accents(text))
    if note and note.group(1).split()[-1] not in (text.splitlines() or [""])[0] + " ".join(
        text.splitlines()[1:2]
    ):
        return f"another customer's affairs ({note.group(1)})"
    third = _named_third_party(text)
    if third:
        return f"another customer's affairs ({third})"
    names = _table_customers(text)
    if len(names) > 1:
        return f"another customer's affairs (a table lists {' and '.join(sorted(names))})"
    if listed := _debtor_list(text):
        return f"another customer's balance (a list names {listed})"
    if owed := _NAMED_STILL_OWES_AR_FA.search(folded):
        return f"another customer's balance ({owed.group(0)})"
    return None


# ar: a sum still owed by someone named ("لا يزال على مركز النخبة الرياضي مبلغ 6,200.00 درهم"; "عليكم" is the reader);
# fa: a named company that still owes us ("شرکت بازرگانی نگین کویر ... هنوز ۳۱۲٬۰۰۰٬۰۰۰ ریال ... به ما بدهکار است").
_NAMED_STILL_OWES_AR_FA = re.compile(
    strip_accents(
        r"(لا يزال|لا تزال|ما زال|ما زالت|مازال|مازالت) على (?!حساب)\S+( \S+){0,4} (مبلغ|مبالغ|رصيد|\d)"
        r"|(شرکت|فروشگاه|موسسه|مؤسسه|کارخانه) [^.\n]{2,80}?هنوز [^.\n]{0,60}?(به ما|به شرکت ما) بدهکار"
    )
)


# A list of other debtors, one per line with its sum: "- Unit 2, Harcourt Vintage Ltd - £3,140.00, 62 days overdue",
# "Vytautas Kazlauskas – 3 140 EUR (trąšos, vėluoja 45 d.)". Told apart from itemised charges by a line introducing
# other customers' debts ("Kitų narių įsiskolinimai", "where the tenants stand") or by lines that each say overdue.
_DEBTOR_LINE = re.compile(
    r"^\s*(?:[-•*\u2022\u2013]\s*)?(?P<name>[^\W\d][^\n]{2,70}?)\s+[-\u2013\u2014:]\s+(?:€|\$|£|eur|gbp|usd|chf)?\s?\d[\d .,]*"
    r"(?:\s?(?:€|eur|gbp|usd|chf|kr|zl|ft|lei|rsd))?\b(?P<rest>[^\n]*)$",
    re.IGNORECASE,
)
_DEBTORS_LEAD = re.compile(
    r"\b(other (members|customers|clients|tenants|debtors|accounts|families|patients)('s|s'|')? (debts?|balances?|arrears|"
    r"accounts)|(where|how) (the|our|other) (tenants|members|customers|clients|units) (stand|are)|(who|which) (is|are) behind|"
    r"kitu (nariu|klientu|pirkeju) (isiskolinimai|skolos)|andere[rn]? (kunden|mitglieder|mieter)|autres (clients|membres|"
    r"locataires)|otros (clientes|socios|inquilinos)|altri (clienti|soci|inquilini))\b"
)
_DEBTOR_OVERDUE = re.compile(
    r"\b(\d+\+? ?(days?|d\.?|dienu|tage|jours|dias|giorni) (overdue|late|past due|behind)|overdue|in arrears|past due|"
    r"behind|owes|owing|unpaid|vėluoja|veluoja|ausstehend|uberfallig|en retard|vencid[oa]|scadut[oa])\b",
    re.IGNORECASE,
)
_NOT_A_DEBTOR = re.compile(
    r"^(your|our|invoice|inv|total|subtotal|balance|vat|tax|amount|order|item|credit|payment|due|fee|interest|factura|"
    r"facture|rechnung|fattura|fatura|factuur|saskaita|sąskaita)\b",
    re.IGNORECASE,
)


def _debtor_list(text: str) -> str | None:
    lines = text.splitlines()
    named: list[str] = []
    overdue = 0
    lead = False
    for k, line in enumerate(lines):
        m = _DEBTOR_LINE.match(line)
        if not m or _NOT_A_DEBTOR.match(m.group("name")):
            continue
        capitals = [
            w for w in re.findall(r"[^\W\d_][\w'&.]*", m.group("name")) if w[0].isupper() and len(w) > 1
        ]
        if len(capitals) < 2:
            continue
        named.append(m.group("name"))
        overdue += _DEBTOR_OVERDUE.search(m.group("rest")) is not None
        lead = lead or any(_DEBTORS_LEAD.search(fold(before)) for before in lines[max(0, k - 3) : k])
    # Without a line introducing them, the overdue lines must name businesses (a legal form), not items or months.
    companies = any(_LEGAL_FORM.search(name) for name in named)
    if len(named) >= 2 and (lead or (overdue >= 2 and companies)):
        return " and ".join(named[:2])
    return None


_LEGAL_FORM = re.compile(
    r"\b(Ltd|Limited|LLC|Inc|Co|Corp|PLC|GmbH|AG|KG|UAB|AB|AS|ApS|Oy|BV|NV|SA|SAS|SARL|SL|SRL|Srl|SpA|Kft|Zrt|sp\. z o\.o|"
    r"s\.r\.o|Lda|Ltda)\b\.?"
)


# Another business by its kind of trade ("Lakeshore Family Dentistry", "Harbour View Dental Clinic") told to have
# had, paid or cleared a sum: someone else's account. The customer's own name in the subject or greeting, and ours in
# the signature, are not someone else.
_TRADE_NAME = re.compile(
    r"\b[A-Z][\w&'-]+(?: (?:[A-Z][\w&'-]+|&))* (?:Dentistry|Dental|Clinic|Practice|Surgery|Pharmacy|Salon|Bakery|"
    r"Restaurant|Hotel|Garage|Dairy|Brewery|Stores?|Motors|Builders|Printers|Events|Orthodontics|Veterinary|Vets|"
    r"Medical|Opticians|Physio|Kitchen|Caf[eé]|Bistro|Studio|Academy|Nursery)\b"
)
_TRADE_NAME_PAID = re.compile(
    r"\s*,?\s*(?:also |too |once |recently |just |last \w+ )?(had|has had|paid|settled|cleared|owed|was owing|ran up)\b"
)
# ar: someone else's balance in the third person ("عيادة ... عليها أيضاً رصيد متأخر قدره 12,400 درهم"); "عليكم" is the
# customer's own. he: someone else paid their own invoice ("שילמה את מלוא החשבונית שלה בסך ...").
_THIRD_PERSON_BALANCE = re.compile(
    strip_accents(
        r"(?<!\w)(عليها|عليه|عليهم|لديها|لديه|لديهم|بذمتها|بذمته|بذمتهم) (ايضا |أيضا |أيضاً |كذلك )?"
        r"(رصيد|مبلغ|مبالغ|ديون|دين|مستحقات|فواتير)"
        # The sum straight after, "also" before it or "arrears" after it: "عليها أيضًا 120,000 جنيه متأخرات".
        r"|(?<!\w)(عليها|عليه|عليهم|بذمتها|بذمته|بذمتهم) (ايضا|كذلك) (?=\d)"
        r"|(?<!\w)(عليها|عليه|عليهم|بذمتها|بذمته|بذمتهم) (?=\d[\d,.]* ?\S+ (متاخرات|ديون|مديونية))"
        r"|(?<!\w)(שילמה|שילם|שילמו|חייבת לנו|חייב לנו|חייבים לנו)(?!\w)[^.\n]{0,60}(שלה|שלו|שלהם)(?!\w)"
    )
)


# A statement table with a customer column: a draft goes to one customer, so two names in it is a mis-merge.
_CUSTOMER_COLUMN = re.compile(
    r"^((site|location|standort|site) ?/ ?)?(customer|client|cliente|kunde|klant|debtor|deudor|devedor|debiteur|"
    r"schuldner|account name|bill to|tenant|huurder|mieter|locataire|inquilino|arrendatario|conduttore|najemca|lessee|"
    r"occupier|patient|paciente|paziente|patient name|reseller|partner|member|mitglied|membre|adherent|socio|lid|"
    r"family|familie|famille|familia|famiglia|gezin|"
    r"klient\w*|pacjent)( name| naam| nom| nombre)?$"
)
# A learner column counts only where each learner has an invoice of their own (a course for private people,
# each one a customer); a company's staff on one training invoice are that customer's own employees.
_LEARNER_COLUMN = re.compile(
    r"^(cursist|cursisten|teilnehmer\w*|participant|participante|partecipante|uczestnik|student|learner|alumno|aluno|"
    r"allievo|stagiaire|deelnemer)( name| naam)?$"
)
_INVOICE_CELL = re.compile(r"\b[A-Z]{1,5}[-/]?\d[\w/-]*\d\b")
_TABLE_CELLS = re.compile(r"\t|\s*\|\s*| {2,}")


def _table_customers(text: str) -> set[str]:
    column: int | None = None
    names: set[str] = set()
    by_learner = False
    invoices: set[str] = set()
    for line in text.splitlines():
        cells = [c for c in _TABLE_CELLS.split(line.strip()) if c]
        if column is None:
            header = [fold(c).strip(" :*").lower() for c in cells]
            matches = [i for i, c in enumerate(header) if _CUSTOMER_COLUMN.match(c)]
            learners = [i for i, c in enumerate(header) if _LEARNER_COLUMN.match(c)]
            if len(cells) >= 3 and (matches or learners):
                column = (matches or learners)[0]
                by_learner = not matches
                invoices = set()
            continue
        if len(cells) < 3 or set(line.strip()) <= set("-=|+: "):
            if not line.strip():
                column = None
            continue
        # Only rows carrying an amount or a date are ledger rows; a total line names nobody.
        if (
            column < len(cells)
            and re.search(r"\d", line)
            and not re.match(r"(?i)total|subtotal|summe|totaal|totale", cells[0])
        ):
            if by_learner:
                invoice = _INVOICE_CELL.search(line)
                if invoice is None or invoice.group(0) in invoices:
                    continue
                invoices.add(invoice.group(0))
            # "Greenway Dental – Otley" and "Greenway Dental – Ilkley" are two sites of one customer.
            names.add(re.split(r"\s[-–—]\s|,", fold(cells[column]))[0].strip())
    if by_learner:
        # Learners are separate customers when the reader is one of them ("Beste Fleur," and a row "Fleur Smit"):
        # a group's payment list. A company's statement of its staff's courses goes to someone not on it.
        lines = [line for line in text.splitlines() if line.strip()]
        greeting = set(_WORD.findall(fold(lines[1]).lower())) if len(lines) > 1 else set()
        if not any(name.split()[0].lower() in greeting for name in names if name.split()):
            names = set()
    return names or _unlabelled_customer_column(text)


def _unlabelled_customer_column(text: str) -> set[str]:
    """A statement without a header: a column that shows the addressee's own name (from the subject line) on
    some rows is a customer column, and another name in it is someone else's account."""
    lines = text.splitlines()
    addressee = fold(lines[0]) if lines else ""
    cells = (
        [c for c in _TABLE_CELLS.split(line.strip()) if c] for line in lines[1:] if re.search(r"\d", line)
    )
    rows = [row for row in cells if len(row) >= 3]
    for k in range(1, 3):
        column = {fold(r[k]).strip() for r in rows if len(r) > k and re.search(r"[a-z]{3}", fold(r[k]))}
        own = {c for c in column if len(c) > 5 and c in addressee}
        if own and len(column) > 1:
            return column
    return set()


# --- concept rules: a sentence-level second pass for phrasings the patterns above do not spell out ----------
# Each concept is a vocabulary (what the text is about) plus scope checks (who commits, whether it is negated,
# hedged, a request we pass on, or the customer's own promise). They catch new wordings of the same commitment.

_OURS = re.compile(
    r"\b(we|we'll|we've|we're|we'd|our|ours|us|i|i've|i'll|i'm|my|nous|notre|nos|wir|uns|unser\w*|"
    r"nuestr\w*|nos|nosso|nossa|nossos|nossas|wij|ons|onze|noi|nostr\w*|abbiamo|\w+amos|\w+imos|\w+iamo)\b"
    r"|\b(you're right|you are right|you are correct|tiene razon|vous avez raison|sie haben recht|tem razao|"
    r"u heeft gelijk|je hebt gelijk|ha ragione)\b"
    # The same with "entirely", "toda la", "tout à fait" between, and in the Slavic languages: "Tiene toda la razón",
    # "vous avez tout à fait raison", "máte pravdu", "ma Pani rację".
    r"|\b((you're|you are) (quite|entirely|absolutely|completely|totally) (right|correct)|tiene(s)? (usted )?(toda la )?razon|"
    r"vous avez (tout a fait |entierement |parfaitement )?raison|sie haben (vollkommen |vollig |absolut |ganz )?recht|"
    r"(ha|avete) (perfettamente |pienamente |assolutamente )?ragione|tem (toda a )?razao|(u heeft|je hebt) (helemaal |"
    r"volkomen )?gelijk|mate (naprostou |uplnu |plnou )?pravdu|(ma pan|ma pani|masz|macie) (calkowita |pelna )?racje)\b"
)
_ERROR_WORD = re.compile(
    r"\b(mistake\w*|errors?|erroneous\w*|fault|oversight|blunder|mix-?up|slip-?up|wrong\w*|incorrect\w*|"
    r"overcharged|overcharging|overbilled|overbilling|overstated|over-stated|miscalculat\w*|misappl\w*|misallocat\w*|double[- ]?(bill|charg|invoic)\w*|(billed|charged|invoiced) (you )?(twice|double)|"
    r"accidentally|mistakenly|messed up|screwed up|dropped the ball|liable|to blame|at fault|"
    r"erreur\w*|faute|tromp\w*|errone\w*|a tort|fehler\w*|versehen\w*|irrtum\w*|irrtumlich\w*|falsch\w*|"
    r"error(es)?|equivoc\w*|fallo|culpa|indebidamente|erro|erros|errad\w*|engano\w*|indevidamente|"
    r"lapso|lapsus|svista|fout\w*|vergissing|per abuis|per ongeluk|onterecht\w*|errore|errori|sbagli\w*|colpa|per sbaglio)\b"
)
_RESPONSIBILITY = re.compile(
    r"\b(take|takes|accept|accepts|assume|assumes|asum\w*|assum\w*|prend\w*|ubernehm\w*|nemen|accett\w*)\b"
    r"[\w ']{0,25}\b(responsib\w*|responsab\w*|verantwortung|verantwoordelijkheid)"
    # "notre responsable crédit" is a manager, so only the noun for responsibility itself counts.
    r"|\b(our|unsere|onze) (responsibility|verantwortung|verantwoordelijkheid)"
    r"|\b(nuestra|notre|nossa|nostra) (responsabilidad|responsabilite|responsabilidade|responsabilita)\b"
    # Said as a predicate: "a responsabilidade pela segunda deslocação é nossa", "the responsibility for this is ours".
    r"|\b(responsibility|responsabilidad|responsabilite|responsabilidade|responsabilita|verantwortung|"
    r"verantwoordelijkheid)\b[^.;]{0,50}\b((is|es|est|e) (ours|nuestra|la notre|nossa|nostra|a nossa|la nostra)|"
    r"(lies|liegt|ligt|recae|incombe) (with us|bei uns|bij ons|sobre nosotros|nous incombe))\b"
)
# The customer's error, not ours: "an error in your remittance", "your mistake".
_THEIR_ERROR = re.compile(
    r"\b(your|votre|vos|ihre?m?|su|sus|seu|sua|uw|jullie|vostr\w*|suo)( own)? \w*$|^\w* (in|on|with|from|dans|in der|en|em|op|nel|nella) (your|votre|ihre\w*|su|seu|sua|uw|vostr\w*)\b"
)
_HEDGE = re.compile(
    r"\b(if|unless|whether|in case|should|any|might|may|could|possibl\w*|believe|think|happen|"
    r"si|s'il|falls|wenn|ob|etwaig\w*|eventu\w*|se|als|indien|qualora|please check|"
    # "caso" is "in case" ("caso o erro seja nosso", "nel caso"), but "il ponte del caso 26-0351" names a case.
    r"(?<!del )(?<!dal )(?<!al )(?<!il )(?<!un )(?<!do )(?<!este )caso(?! n?\.? ?[\w/-]*\d)|"
    r"let us know|fais-nous|laat|hacernos saber|informe|avisar)\b"
)
_REFUND_WORD = re.compile(
    r"\b(refund\w*|reimburs\w*|credit (note|memo)s?|credit(ed)? (back|to your|your|you|it|the (amount|difference|balance|overpayment|sum|fee|charge)))\b"
    r"|\bcredit\b.{0,30}\bagainst your\b"
    r"|\b(money|overpayment|excess|difference|amount|funds|charge)\b.{0,40}\bback\b(?! (from|on) (your|the) (bank|account))"
    r"|\bback (to you|to your|into your|on your|onto your)\b"
    r"|\ba credit (of|for)\b|\bcredit\b.{0,40}\bon your next (statement|invoice|bill)\b"
    r"|\b(returned|paid back|sent back|transferred back|repaid|refunded) to (you|your)\b"
    r"|\brevers(e|ed|ing|al)( of)? (?!charge\b)(the |this |that |your )?(card |duplicate |late )?(charge|payment|transaction|debit|fee|invoice)s?\b"
    r"|\brevers(e|ed|ing|al)( of)? (the |this |that )?(second|duplicate|double|extra|other) (one|charge|payment|debit)\b"
    r"|\b(pay|paying|paid) (you )?back\b|\brepay you\b"
    r"|\b(rembours\w*|recredit\w*|(un|(?<!nous )(?<!vous )(?<!me )(?<!te )(?<!lui )(?<!leur )l'|d'un|cet|votre|notre|de l') ?avoir|credit\w* (votre compte|la difference|le montant))\b"
    r"|\bvous (sera|seront) (restitue|rendu|reverse|vire)\w*|\b(restitu\w*|reverserons)\b"
    r"|\b(erstatt\w*|ruckerstatt\w*|gutschrift\w*|gutschreiben|gut ?(zu)?schreiben|zuruck(zahl|uberweis|buch|erstatt)\w*|storn\w*)\b"
    r"|\b(zahlen|uberweisen|buchen)\b(?:(?!\b(nicht|nichts|kein\w*)\b)[\w ]){0,40}\bzuruck\b"
    r"|\b(wird|werden)\b[\w ,]{0,60}\b(wieder )?gutgeschrieben\b"
    # Credited to the reader past a hyphened compound: "wird Ihnen die Miete ... mit der April-Rechnung gutgeschrieben".
    r"|\b(wird|werden) (ihnen|dir|euch)\b(?:[\w ,]|(?<=\w)-(?=\w)){0,60}\bgutgeschrieben\b"
    r"|\b(factura rectificativa|fatura retificativa|facture rectificative|korrekturrechnung|fattura di storno)\b"
    # "los gastos de devolución de 6,50 €": the fee for a returned direct debit (_NOT_A_RETURN_FEE) refunds nothing.
    r"|\b(reembols\w*|devolv\w*|"
    + _NOT_A_RETURN_FEE
    + r"devolucion\w*|nota (?:de )?credito|nota de abono|reintegr\w*|"
    r"ressarc\w*|estorn\w*|" + _NOT_A_RETURN_FEE + r"devolu\w*)\b"
    r"|\b(le )?abon(aremos|amos)\b.{0,30}\b(cuenta|diferencia|importe)\b"
    r"|\b(terugbeta\w*|terugstort\w*|teruggestort|teruggeboekt|crediter\w*|creditnota\w*|creditfactuur\w*)\b"
    r"|\b(betalen|storten|boeken|maken)\b(?:[^.;]|\.\d){0,40}\bterug\b"
    # "la caparra non è rimborsabile": the clause restated says no refund is due.
    r"|\b((?<!non e )(?<!non )(?<!non sono )rimbors\w*|nota di credito|accredit(eremo|iamo|are))\b"
    r"|\b(rimander|restituir|ridar)\w* (l'importo|la somma|il denaro|i soldi)"
    r"|\b(aterbetal\w*|kreditfaktura\w*|kreditnota\w*|kreditera\w*)\b|\b(betalar|betala|betalas|skickar|far) (\w+ ){0,4}tillbaka\b"
)
# A returned direct debit, a payment we applied, a credit already on the account, or a reply we promise: not
# money going back to the customer.
_NOT_REFUND = re.compile(
    # The insurer reimburses: "Après le remboursement de votre mutuelle", "Fragen zur Erstattung durch Ihre Versicherung",
    # "de terugbetaling via uw verzekeraar".
    r"\b(\b(rembours\w*|erstattung\w*|reimburse\w*|refund\w*|reembolso\w*|rimborso\w*|vergoeding\w*|zwrot\w*|terugbetal\w*)\b (\w+ ){0,2}?"
    r"(de|par|by|from|durch|von|der|del|della|dal|dalla|dell'|van|door|do|da|pela|pelo|przez|du|d'|de la|des|via|"
    r"through|uber|tramite|mediante)"
    r"( votre| vos| ihre\w*| your| su| sus| sua| seu| uw| la| le| el| die| der| il| the| l'| o| a)? ?(\w+ )?"
    r"(mutuelle|assurance\w*|assureur|caisse|secu\w*|versicherung\w*|krankenkasse\w*|kasse|insurer|insurance|health fund|"
    r"seguro|aseguradora|mutua|assicurazione|assicurativ\w*|verzekeraar|zorgverzekeraar|verzekering|seguradora|"
    r"ubezpieczyciel\w*|nfz)\b|"
    r"\b(mutuelle|assureur|versicherung|krankenkasse|insurer|insurance|aseguradora|seguro|assicurazione|verzekeraar|"
    r"zorgverzekeraar|seguradora|ubezpieczyciel)\w*(?:(?!\b(we|nous|wir|nosotros|noi|wij|nos|i)\b)[^.;,]){0,40}"
    r"\b(rembours\w*|erstatt\w*|reimburs\w*|refund\w*|reembols\w*|rimbors\w*|vergoed\w*|zwroc\w*)|"
    # A direct debit the customer's bank reverses at their request: "reverse the direct debit only if you ask your bank".
    r"(ask|request|instruct|contact|tell)\w* (\w+ ){0,2}(your|ihre\w*|uw|votre|su|seu|sua|la sua|je) (own )?(bank|banque|banco|"
    r"banca|hausbank)|(your|ihre\w*|uw|votre|su|seu|sua|la sua|je) (bank|banque|banco|banca|hausbank) (\w+ ){0,3}(revers|"
    r"zuruckbuch|zuruckgeb|zuruckhol|terugboek|terugdraai|terughal|storn|rembours|devol|restitu|refund|rimbors)\w*|(person|someone|somebody|team|colleague|they|he|she|i|we|manager)( will|'ll)? (gets?|comes?|getting) back to you|(has been|was|been) (credited|posted) to your account and applied|(account|statement|balance) (shows|has|carries|includes) (a|an) (existing |unused )?credit|"
    # The customer's own payment allocated to one of their invoices: "tell us which invoice it is for, so we can credit
    # it to the right one", "damit wir die Zahlung der richtigen Rechnung gutschreiben können".
    r"credit\w* (it|them|this|that|(the|your) (payment|transfer|remittance|money|funds))( \w+)? (to|against) "
    r"(the |that |which |an |your )?((right|correct|relevant|appropriate|matching|proper|oldest|open|earliest) )?"
    r"(one|invoices?|inv|bill)|(richtigen|korrekten|passenden|entsprechenden|zugehorigen) rechnung (zu )?"
    r"(gutschreiben|gut zu schreiben|zuordnen|verbuchen)|"
    r"already (reflected|included|accounted for|taken off|netted off)|(issued|raised|sent|applied) last \w+|"
    # Returns handled under a policy by someone else: "Las devoluciones las resuelve el área comercial según la
    # política de devoluciones", "conforme a nossa política de reembolso".
    r"(politica|politique|policy|beleid|richtlinie|condiciones|condizioni|normas) (de |di |des |dei |das |da |del |van )?"
    r"(devoluc|reembols|rembours|rimbors|restituz|retour|devolu|return|refund|ruckgabe|terugbetal)\w*|"
    r"(devoluciones|reembolsos|devolucoes|reembolsos|rimborsi|remboursements|returns|refunds|retouren) (las |los |os |as |"
    r"li |les |are )?(resuelve|gestiona|tramita|maneja|resolve|gere|trata|gestisce|gere|traite|gere|handled|decided)\w*|"
    r"your (question|enquiry|inquiry) about|asked about|handle\w* refunds|"
    # The team named by its job: "our finance team, who handle all refund checks".
    r"(who|which|that) (handles?|deals? with|process(es)?|looks? after|manages?|reviews?|decides? on|checks?|"
    r"approves?) (all |any |the |our |such )?(\w+ )?(refund|credit|reimbursement)s?\b|"
    r"(are|is) (handled|dealt with|processed) by|refund (policy|request|requests|question|team|department)|"
    # pt/es/it/fr/nl/de: such requests handled by someone else: "Os pedidos de devolução de caução são tratados pela
    # nossa gestora", "las solicitudes de reembolso son gestionadas por", "sono gestite dalla".
    r"(pedidos|solicitudes|peticiones|richieste|demandes|verzoeken|antrage|anfragen) (de |di |d'|om |auf |van )?"
    r"(devolu|reembols|rembours|rimbors|restitu|terugbetal|erstatt|ruckerstatt)\w*[^.;!?\n]{0,30}\b(sao|son|sono|sont|"
    r"zijn|werden|se) (tratad|gerid|tramitad|gestit|gestionad|traite|gere|behandeld|bearbeitet|gestiona|tramita|trata)"
    r"\w*|"
    r"already (been )?(applied|deducted|netted|included|taken into account|shown)|(has|have|was|were) (already )?"
    r"been (applied|deducted|netted)|deja (applique|deduit)\w*|(bereits|schon) (verrechnet|abgezogen|berucksichtigt|zugestellt)|"
    r"ya (aplicad|descontad)\w*|ja (aplicad|descontad)\w*|al (verrekend|toegepast|afgetrokken)|gia (applicat|detratt)\w*|"
    # A debit the customer's bank returned is not money we send back; one we reverse ourselves is.
    # "stornering automatische incasso", "de stornering van de incasso": the reversal the bank made, named.
    r"(stornering|storno)\w*( van)?( de| uw| het)? (automatische |sepa-?)?(incasso|lastschrift|machtiging|domiciliering)|"
    r"(direct debit|sepa|debito direto|adeudo|prelevement|lastschrift|incasso|addebito|domiciliacion)\w*\b[^.;]{0,110}"
    r"\b(was |has been |wurde |a ete |fue |foi |is |werd )?(returned|rejected|rejete|zuruckgegeben|zurueckgegeben|"
    r"devuelt[oa]|devolvid[oa]|gestorneerd|storniert|respint[oa]|rifiutat[oa]|impaye)|"
    # "..., foi devolvido pelo seu banco": the bank named after the verb, in a clause of its own.
    r"(returned|rejected|rejete\w*|retourne\w*|zuruckgegeben|devuelt[oa]|devolvid[oa]|respint[oa]|gestorneerd) "
    r"(by|par|von|por|pelo|door|dalla) (your |the |votre |ihrer |su |el |seu |o |uw |de |sua |la )?(bank|banque|banco|banca)|"
    # The debit or receipt itself returned, in the past ("si el cargo se devolvió por error", "el recibo se devolvió",
    # "su entidad devolvió el adeudo"): the bank sent our charge back, we send nothing. "se devolverá" still promises.
    r"(recibo|cargo|adeudo|domiciliacion|remesa|debito|cobro)s? (\w+ ){0,3}?(sx |se )?(devolvio|devolvieron)|"
    # A reversal spoken of in general: "Een storno kan verschillende oorzaken hebben".
    r"(een|ein|uno|una) (storno|stornering|ruckbuchung|rucklastschrift) (kan|kann|puo|puede)|"
    # Someone else's credit note: "the copy of your supplier's credit note", "l'avoir de votre fournisseur".
    r"(supplier|vendor|carrier|manufacturer|fournisseur|lieferant\w*|proveedor|fornitore|leverancier|fornecedor)('s|s')? "
    r"(credit note|credit memo|avoir|gutschrift|nota de credito|nota di credito|creditnota)|(credit note|avoir|gutschrift|"
    r"nota de credito|nota di credito|creditnota) (from|of|du|de|von|des|del|dal|van|do) (your|their|the|votre|ihre\w*|su|"
    r"il suo|uw|seu|le|la|el|il|de|o|dem|der) (supplier|vendor|carrier|manufacturer|fournisseur|lieferant\w*|proveedor|"
    r"fornitore|leverancier|fornecedor)|"
    # The refund the customer must claim from elsewhere (an authority): "l'eventuale rimborso ... va chiesto
    # direttamente all'Agenzia", "le remboursement doit être demandé à la douane", "muss beim Zoll beantragt werden".
    r"va (chiesto|richiesto|domandato|presentato)|deve essere (chiesto|richiesto)|doit etre (demande|reclame)e?|"
    r"muss (\w+ ){0,3}beantragt|debe (solicitarse|reclamarse|pedirse)|tiene que (solicitarse|reclamarse)|"
    r"deve ser (solicitad|pedid|reclamad)[oa]|moet (\w+ ){0,3}aangevraagd|"
    r"(banco|entidad|banca|caja) (\w+ ){0,2}?(sx |se |le |lo |la |los |nos )?(devolvio|devolvieron)|"
    r"(appena|quando|once|when|sobald|des que|cuando|assim que|zodra)\b[^.;]{0,30}\b(accreditat\w*|accredito|credited|"
    r"gutgeschrieben|credite\w*|acreditad\w*|creditad\w*|bijgeschreven)|"
    # A credit note already issued, named by its number or netted on the statement, is a fact.
    r"(nota di credito|credit note|credit memo|avoir|gutschrift|nota (?:de )?credito|creditnota|faktura korygujaca|"
    r"hyvityslasku|note de credit)\s(n[.o]?\s?|nr\.?\s?|no\.?\s?|#)?"
    r"[a-z]{0,4}[-/]?\d|(factura rectificativa|fatura retificativa|facture rectificative|korrekturrechnung)\s(n[.o]?\s?|"
    r"nr\.?\s?|no\.?\s?|#)?([a-z]{1,4}[-/]){0,3}\d+|(gia|e) stata emessa|already (been )?issued|bereits (erstellt|ausgestellt)|deja emis|ya emitida|"
    r"ja emitida|al (uitgereikt|verstuurd)|compensat\w*|de storno|(?<!wird )erteilt am \d+|(was|were) issued on|(?<!sera )emise? le \d+|(?<!sera )emitida el \d+|"
    r"(?<!sara )emessa il \d+|(?<!wordt )uitgereikt op \d+|(zostala )?wystawion[aey] \d+|[a-z]{1,4}-?\d+\s+(gutschrift|credit note|avoir|nota di credito|nota (?:de )?credito|creditnota)|"
    r"you already had|existing credit|unused credit|credit balance|returned by|rejected|adeudo|devuelt[oa]|"
    # "tras la devolución de llaves", "devolverlo al estado en que se entregó": premises handed back
    r"devoluc\w* de (las )?llaves|devol\w* (al|el) estado|entrega de (las )?llaves|remise des cles|"
    # "le daremo conferma appena vedremo l'accredito": the customer's payment reaching us
    r"(vedr|ricev|conferm)\w*[\w' ]{0,20}accredito|rechazad\w*|rejete\w*|gestorneerd|respint\w*|zuruckgegeben|bounced|received|"
    # "I'll come back to you" answers later; "will come back to your card" is money returned.
    r"(was|were|has been|have been|had been) (\w+ )?(released|refunded|returned|paid|credited|sent|transferred) back|"
    r"get back(?! (to|into|onto) your)|come back(?! (to|into|onto) your)|call you back|write back|report back|be back(?! (on|onto|in|into|to) your (card|account|bank))|circle back|revert back|"
    r"request\w*|asked|ask for|claim\w*|query|need one|demande\w*|solicit\w*|pedido|pides|pediste|anfrage|antrag|"
    r"(u|je|jullie) (vraagt|vroeg|vroegen)|vraagt (u|je)|vous (nous )?demandez|sie (bitten|fragen)|ci chiede|"
    # "puede realizar el abono a través del enlace": the customer's payment
    r"(realizar|realice|efectuar|efectue|hacer|haga|proceder al|proceda al) (el |un |su )?abono|"
    r"verzoek|richiesta|domanda|forward\w*|passed|transmis|weitergeleitet|trasladad\w*|encaminh\w*|"
    r"doorgestuurd|inoltrat\w*|weitergegeb\w*|bitte um|skickat vidare|vidarebefordra\w*|lamnat vidare|"
    # fi/no/da: "Välitin kysymyksesi mahdollisesta hyvityslaskusta", "spørsmålet ditt er sendt videre".
    r"valitin|valitimme|valitan|valitamme|valitetty|valitettiin|kysymyksesi|kysymyksenne|pyyntosi|pyyntonne|"
    r"mahdollise\w*|videresendt|sendt videre|videreformidl\w*|sporsmalet ditt|sporsmalet deres|"
    # no/da: the wish sent on with the object between: "sendt ønsket ditt om kreditnota videre til økonomisjefen".
    r"sendt (\w+ ){1,5}?videre|onsket (ditt|deres)|(dit|ditt|jeres|deres) onske|foresporsel\w* (din|deres)|"
    # fi: a credit note already taken into account, sent or deducted ("on jo huomioitu", "lähetettiin teille jo").
    r"(on|ovat) (jo )?(huomioitu|huomioitiin|vahennetty|hyvitetty|lahetetty|kirjattu)|lahetettiin|vahennettiin)\b"
)
_PLAN_WORD = re.compile(
    r"\b(payment schedule|schedule of payments|zahlungsplan|calendrier de paiement|calendario de pagos|"
    r"cronograma de pagamento|betalingsschema|piano dei pagamenti)\b|"
    r"\b(instal+ments?|payment plan|repayment plan|monthly (payments|instal+ments)|"
    r"(two|three|four|five|six|\d+) (equal |monthly |weekly )?(payments|parts|tranches)|"
    r"split (it|this|the (balance|payment|invoice|amount))|spread (it|this|the (balance|payment|cost|amount))|"
    r"(?<!hire )(?<!rental )extension(?! \d)(?! (is|will be) (billed|charged|invoiced))|extra (time|\d+ days|days|weeks)|more time|additional (time|\d+ days)|postpon\w*|defer\w*|"
    r"pushed back|push (it|the \w+) back|new (due date|deadline|payment date)|half now|the rest (later|next|in)|"
    r"(\d+ ?%|la mitad|a metade|la moitie|die halfte|de helft|la meta) (restante|remaining|restant|rimanente|resterende)|"
    r"(el|o|le|der|de|il) (\d+ ?% )?(restante|resto|reste|rest|rimanente) (el|em|a|le|am|op|il|entro|by|on) \d|"
    # X now and the rest later: "you could pay £200.00 now and the remaining £450.00 at the end of May".
    r"(now|today|this (week|month)|ahora|hoy|maintenant|aujourd'hui|jetzt|heute|sofort|nu|vandaag|ora|oggi|subito|agora|"
    r"hoje|teraz|dzis) (\w+ ){0,3}?(and|y|et|und|en|e|i) (then )?(the |el |la |le |les |den |die |de |il |o |a |los |het )?"
    r"(remaining|rest|remainder|resto|restante|reste|restbetrag|resterende|rimanente|pozostal\w*)\b|"
    # A new rhythm of payment: "we'll switch you to monthly rent", "auf monatliche Zahlung umstellen".
    r"(switch|move|change|convert|put)\w* (you |your \w+ |the \w+ )?(from (quarterly|annual|yearly|monthly) )?(on)?to "
    r"(monthly|quarterly|weekly|fortnightly) (rent|payments?|billing|invoicing|instal+ments|direct debits?)|"
    r"auf (monatliche|vierteljahrliche|wochentliche) (zahlung|zahlweise|miete|abbuchung)\w* (um(zu)?stellen|umgestellt|"
    r"umstellen)|passer (au|a un|a une) (paiement|loyer|prelevement|reglement|facturation) (mensuel|trimestriel)|"
    r"pasar(te|le|les)? a (pago|pagos|alquiler|cuotas?|facturacion) mensual(es)?|(overstappen|omzetten|overgaan) (op|naar) "
    r"maandelijkse (betaling|huur|facturering)|passare (al|a un) (pagamento|canone) mensile|passar (para|a) "
    r"(pagamento|renda) mensal|"
    # "whenever is convenient before then" keeps the window inside the due date.
    r"no rush|take your time|whenever (it suits|suits|is convenient|works|you can)(?!,? (before|by|ahead of|prior to) "
    r"(then|that date|that day|the due date|the \d|\d|[a-z]+ \d))|"
    r"echeancier|plan de paiement|en (deux|trois|quatre|plusieurs|\d+) (fois|mensualites|versements)|"
    r"delai supplementaire|etalement|(nouvelle|nouvel) echeance|"
    r"ratenzahlung\w*|in (zwei|drei|vier|\d+) raten|ratenplan|monatsraten|stundung|gestundet|stunden (wir|ihnen)|zahlungsaufschub|\d\.? rate\b|"
    r"a plazos|en (dos|tres|cuatro|\d+) (plazos|cuotas)|cuotas|plan de pagos?|fraccionad\w*|fraccionamiento|"
    r"aplazamiento|aplazad[oa]s?|aplazamos|aplazaremos|fraccionar|fraccionamos|fraccionaremos|prorroga\w*|nueva fecha|prestacoes|parcelas|parcelamento|plano de pagamento|"
    r"prorrogacao|adiamento|nova data|betalingsregeling|betaalregeling|in (twee|drie|vier|\d+) (delen|keer|termijnen)|"
    # "in Teilbeträgen": the plural is a plan; "diesen Teilbetrag" is the undisputed part of an invoice.
    r"hold off(?! (on )?(issu|releas|deliver|lodg|submit|start|begin|proceed|continu|send|hand|certif)\w*)|teilbetragen|teilbetrage|teilzahlung\w*|"
    r"delbetalning\w*|avbetalning\w*|betalningsplan\w*|anstand|uppskov|ny forfallodag|nytt forfallodatum|"
    r"dela upp (beloppet|betalningen|fakturan|summan|skulden)|"
    r"(\d+|\w+) (more|extra|additional) days|(\d+|\w+) days to pay|(a|per) month until|give you until|"
    r"dias mas|em (duas|tres|quatro|\d+) vezes|"
    r"(mais|mas|plus|weitere|nog|altri|outros|otros|extra) (\d+|\w+) (dias|jours|tage|dagen|giorni|semanas|semaines|wochen|"
    r"weken|settimane|meses|mois|monate|maanden|mesi)|"
    r"(damos|daremos|concedemos|laissons|accordons|geben|gewahren|geven|diamo|daremo|concediamo|le damos|lhe damos|"
    r"vous laissons|ihnen bis|u tot)[\w ]{0,15}\b(hasta|ate|jusqu\w*|bis|tot|fino)|altri \d+ giorni|(jours|tage|dagen|giorni) (de plus|supplementaires|mehr|extra|in piu)|"
    r"uitstel|nieuwe vervaldatum|in (due|tre|quattro|\d+) rate|rate mensili|rateizz\w*|piano di rientro|"
    r"dilazion\w*|nuova scadenza|spostare la scadenza|spostamento della scadenza|neue falligkeit\w*|neu fallig|"
    r"nouvelles? echeances?|nuevas? fechas? de vencimiento|nieuwe vervaldat\w*|nuove scadenze|"
    # "Zahlungsziel neu: 60 statt 14 Tage"
    r"\d+ (dagen|days|tage|jours|dias|giorni|dni) (statt|anstatt|instead of|rather than|au lieu de|en lugar de|"
    r"en vez de|invece di|em vez de|in plaats van|zamiast) \d+|"
    r"\d+ (statt|anstatt|instead of|rather than|au lieu de|en lugar de|en vez de|invece di|em vez de|in plaats van|zamiast) "
    r"\d+ (tage|days|jours|dias|giorni|dagen|dni))\b"
    r"|\b(extend|extended|extending|verlanger\w*|verschob\w*|verschieb\w*|verleng\w*|prorrog\w*|prolong\w*|"
    r"report\w*|repouss\w*|ampli\w*|posticip\w*|prorog\w*|adi\w*)\b.{0,30}\b(date|deadline|terms|due|zahlungsziel|"
    r"frist|falligkeit|echeance|plazo|vencimiento|prazo|vervaldatum|termijn|scadenza)"
    # German and Dutch put the verb last: "das Zahlungsziel auf den 14. März verlängert".
    r"|\b(due date|deadline|zahlungsziel|zahlungsfrist|frist|falligkeit\w*|vervaldatum|betalingstermijn|echeance|"
    r"vencimiento|prazo|scadenza)\b.{0,40}\b(verlangert|verschoben|angepasst|geandert|aangepast|gewijzigd|verleng\w*|extended|postponed|moved|pushed back|"
    r"prorrogad\w*|prorrogat\w*|reporte\w*|uitgesteld|alargad\w*|ampliad\w*|estendid\w*|prolongad\w*|allungat\w*)\b"
    # The same across an invoice list within its sentence: "el vencimiento de las facturas TW-0351 y TW-0377
    # (7.470,00 € en total) ha quedado ampliado".
    r"|\b(due date|zahlungsziel|zahlungsfrist|falligkeit\w*|vervaldatum|betalingstermijn|echeance|vencimiento|prazo|"
    r"scadenza)\b(?:[^.;!?]|\.(?=\d)){0,90}\b((ha quedado|han quedado|has been|have been|wurde|ist|is|a ete|e stat[oa]|"
    r"foi) )?(ampliad\w*|prorrogad\w*|extended|postponed|verlangert|verschoben|verlengd|prolonge\w*|reporte\w*|"
    r"prorogat\w*|posticipat\w*|prorrogad\w*)\b"
    # Leave to pay in instalments, in the passive: "el importe podrá abonarse en tres pagos mensuales".
    r"|\b(podra|podran|puede|pode|podera|peut|pourra|kann|darf|kan|mag|puo|potra|moze)( ser| etre| worden| essere)? "
    r"(abonarse|pagarse|liquidarse|fraccionarse|pago|pag[oa]|paye|regle|bezahlt|beglichen|betaald|voldaan|pagat[oa]|"
    r"saldat[oa]|zaplacon\w*|splacon\w*)\b[^.;]{0,30}\b(en|in|em|w|au|a) (\w+ )?(pagos|cuotas|plazos|parcelas|"
    r"prestacoes|versements|mensualites|fois|raten|termijnen|rate|ratach|instal+ments|payments)\b"
    r"|\blet'?s (do|say|go with|make it)\b[^.;]{0,30}\b(a|per|each|every) (month|week|fortnight)\b"
    r"|\b(pay|settle|payer|regler|zahlen|bezahlen|begleichen|pagar|liquidar|abonar|betalen|pagare|saldare)\b"
    + _BY_OTHER_MEANS
    # A smaller sum "instead of" the full one is a discount, the rules' other type, not a later date: "so you'd only pay
    # USD 1,480.00 instead of USD 1,600.00".
    + r".{0,40}\b(later|next (week|month|quarter)|end of (next|the following) month|instead(?! of (the )?((full|usual|"
    r"original|whole|total|invoiced) (amount|price|balance|sum|fee)|(€|\$|£|usd|eur|gbp|chf|aud|cad|nzd|r\$) ?\d|"
    r"\d[\d,.]* ?(€|\$|£|usd|eur|gbp|chf|aud|cad|nzd)))|when (it )?suits|"
    r"(?<!au )plus tard|mois prochain|spater|erst (ende|im|nachste\w*)|mas tarde|mes que viene|mais tarde|proximo mes|"
    r"volgende maand|piu tardi|mese prossimo)\b"
)
_AGREE = re.compile(
    r"\b(we|we'll|we've|we're|i|i'll|i've|happy|pleased|glad|fine|ok|okay|no problem|sure|of course|works|"
    r"accept\w*|agree\w*|approv\w*|grant\w*|confirm\w*|allow\w*|you can|you may|feel free|let's|take|"
    r"nous|acceptons|accord\w*|pouvez|sans probleme|wir|einverstanden|gewahr\w*|konnen sie|sie konnen|"
    r"kein problem|gerne|aceptamos|hemos|podemos|puede|sin problema|acuerdo|concedemos|aceitamos|pode|"
    r"sem problema|concord\w*|you could|acordad\w*|combinad\w*|consider|durfen|damos|concediamo|le damos|now have|wij|akkoord|mag|kunt|geen probleem|accettiamo|puo|possiamo|nessun problema|concediamo|"
    # What we propose is offered: "Le proponemos lo siguiente: • Dividir el importe en tres cuotas"
    r"proponemos|proposons|schlagen|propomos|proponiamo|stellen we voor|propose|suggest|offer|ofrecemos|offrons|"
    r"bieten|oferecemos|offriamo|bieden|proponujemy|"
    # "va bene, la dividiamo in 3 rate": we split it ourselves
    r"va bene|d'accordo|dividiamo|dividimos|repartimos|we split|we'll split|teilen wir|splitsen we|verdelen we|"
    r"divisons|dividimos|unseren vorschlag|our proposal|notre proposition|nuestra propuesta|a nossa proposta|"
    r"ons voorstel|la nostra proposta|"
    # sv: "kan du dela upp beloppet", "det går bra"; nl: "dan is het ook goed"
    r"kan du|kan ni|du kan|ni kan|far du|gar bra|sjalvklart|(dan |dat )?is (het )?(ook )?(goed|prima)|"
    # Noted after a call ("Wie besprochen halte ich fest: ..."), or done in the passive, from a date: "met ingang
    # van vandaag is de betalingstermijn ... verlengd", "el vencimiento ... ha quedado ampliado".
    r"no hay problema|queda aprobad\w*|quedan aprobad\w*|queda acordad\w*|fica aprovad\w*|est approuve\w*|ist genehmigt|"
    r"wird genehmigt|is goedgekeurd|e approvat\w*|zostal zatwierdzon\w*|wie (\w+ ){0,3}besprochen|halte ich fest|as (\w+ ){0,2}discussed|zoals (\w+ ){0,3}besproken|jak ustalilismy|ha quedado|han quedado|met ingang van|with effect from|effective (from|"
    r"immediately|today)|ab sofort|mit wirkung (ab|zum|vom)|a compter d\w*|desormais|d'ora in poi|a decorrere|"
    r"com efeito|a partir de (hoy|ahora|agora|hoje)|od dzis|"
    # What was settled on the call, written down: "Comme convenu au téléphone, vous pourrez régler ... en trois
    # mensualités", "come concordato per telefono", "como acordamos por teléfono", "conforme combinado por telefone".
    # "Comme convenu avec notre service crédit le 3 mars" is an older plan (_EXISTING_PLAN).
    r"(comme|come|como|conforme) (\w+ ){0,2}(convenu|discute|evoque|concordato|discusso|acordamos|acordado|hablamos|"
    r"hablado|conversamos|conversado|quedamos|combinado|combinamos) (au|par|lors de|per|al|por|pelo|durante|en|na|"
    r"ao) (\w+ )?(telephone|telefono|telefone|appel|chiamata|llamada|ligacao|echange|conversation|conversazione|"
    r"conversacion|conversa|entretien|reunion|riunione|reuniao)|"
    # Leave given in the future: "vous pourrez régler", "podrá abonar", "potrà saldare".
    r"pourra|pourrez|pourront|podra|podran|podras|potra|potrete|potranno|podera|poderao|poderas)\b"
)
# Passing a request on, or recording the customer's own promise, agrees to nothing.
# A plan that already exists is restated, not granted: "the plan you agreed with our credit manager".
_EXISTING_PLAN = (
    r"\b(you agreed|(already|previously) agreed|agreed with (our|your)|as agreed (with|on|in|by)|(under )?your (agreed|existing|current)|you signed|signed with (our|your)|(per|under) the (instalment|installment|payment) (agreement|plan|arrangement)|we agreed (in writing|on|with)|agreed in writing|bereits vereinbart\w*|ya acordad[oa]|"
    r"(confirmed|confirme|confirmad[oa]|bestatigt|bevestigd|confermat[oa]|potwierdzon\w*) (to you |lhe |vous |le |ihnen |u )?"
    r"(por escrito|in writing|par ecrit|schriftlich|schriftelijk|per iscritto|na pismie)|"
    r"deja convenu|gia concordat[oa]|reeds afgesproken|ja acordad[oa]|"
    # Dated in the past tense of its making: "the arrears repayment plan agreed on 15 January 2026", "de op 10 januari
    # 2026 overeengekomen betalingsregeling", "die am 10. Januar vereinbarte Ratenzahlung", "le plan convenu le 3 mars".
    r"(agreed|arranged|set up|signed) on \d{1,2}(st|nd|rd|th)?|agreed on the \d{1,2}(st|nd|rd|th)?|"
    r"op \d{1,2} \w+ (\d{4} )?(\w+ ){0,4}(overeengekomen|afgesproken|getroffen)|am \d{1,2}\. ?\w+ (\d{4} )?vereinbart\w*|"
    r"(convenu|conclu|accorde|signe)e? le \d{1,2}|(acordad|pactad|firmad|convenid)[oa] el \d{1,2}|"
    r"(concordat|sottoscritt|pattuit)[oa] il \d{1,2}|(acordad|combinad|assinad)[oa] (em|a) \d{1,2}|"
    # "Comme convenu avec notre service crédit le 3 mars", like "as agreed with".
    r"comme convenu avec|come concordato con|como (se )?acord[oó] con|conforme acordado com|zoals afgesproken met|"
    # The signed contract's own schedule: "le calendrier de paiement de votre contrat de groupe".
    r"(payment schedule|calendrier de paiement|zahlungsplan|calendario de pagos|cronograma de pagamento|"
    r"betalingsschema|piano dei pagamenti) (of|in|under|from|de|du|aus|del|do|van|nel|dal|della|des|vom|im|dem)"
    r"( the| la| l'| le| el| het| de)?( your| votre| ihrem| ihres| su| vuestro| o seu| uw| jullie| suo| vostro)? (\w+ )?"
    r"(contract|contrat|vertrag\w*|contrato|contratto|agreement|overeenkomst)|"
    # The contract's own schedule restated: "as your agreements provide", "clause 7.2 ... provides for".
    r"as (your|the|our) (\w+ )?(agreements?|contracts?) provides?|(agreement|contract|clause [\d.]+) provides for|"
    # The signed agreement's own count restated: "Under the agreement, 18 of the 24 monthly payments have been made".
    r"(under|per|in) (the|your) (signed |rent-to-own |hire-purchase |rental |lease )?(agreement|contract),? \d+ of the \d+)\b"
)
# A request handed on to a person: "Ihren Wunsch ... haben wir an unsere Kreditabteilung weitergegeben".
_PASSED_ON = (
    r"passed|forward\w*|transmis\w*|weitergeleitet|weitergegeb\w*|trasladad\w*|encaminh\w*|doorgestuurd|inoltrat\w*|"
    r"remitid[oa]|przekazal\w*|skickat vidare|skickats vidare|vidarebefordra\w*|lamnat vidare|"
    # nb/da: "jeg har sendt forespørselen videre til kredittsjefen", "givet din anmodning videre".
    r"sendt videre|videresendt|sendt (\w+ ){1,4}?videre|sendte (\w+ ){1,4}?videre|(givet|gitt) (\w+ ){0,4}?videre|"
    r"videreformidl\w*|"
    # fi: "välitin pyyntönne ... luottopäällikölle" (I forwarded your request to the credit manager).
    r"valitin|valitimme|valitetty|valitettiin|"
    # en: "I have sent your proposal (two payments ...) to our credit manager"; es: "Hemos pasado su propuesta ... a
    # nuestra gerente"; el: "Προωθήσαμε το αίτημά σας ... στον υπεύθυνο πιστοδοτήσεων".
    r"(sent|send|sending|handed|referred|escalated) (on )?(your|the|this|that) (\w+ ){0,2}?(proposal|request|offer|query|"
    r"suggestion|question|enquiry|inquiry)|(hemos|he) (pasado|enviado|derivado) (su|tu|vuestra|la|el|esta|este) (\w+ ){0,2}?"
    r"(propuesta|solicitud|peticion|consulta|oferta)|προωθησαμε|προωθησα|διαβιβασαμε|διαβιβασα"
)
# The customer's own date thanked for and noted: "Gracias por confirmarnos que abonará ... el viernes 20 de marzo. Lo
# hemos anotado", "Thank you for confirming you'll pay on Friday", "Danke für Ihre Bestätigung, dass Sie ... zahlen".
_THEIR_CONFIRMATION = (
    r"gracias por (confirmar(nos)?|avisar(nos)?) que|thank(s| you) for (confirming|letting us know)|merci (de|pour) "
    r"(nous )?(avoir )?(confirme|confirmer|votre confirmation)|danke fur (ihre|die) (bestatigung|zusage)|grazie per "
    r"(averci |aver )?(confermato|la conferma)|obrigad[oa] por (nos )?(confirmar|ter confirmado)|bedankt voor (uw|je|de) "
    r"bevestiging|bedankt (om|voor het) te bevestigen|tack for att (du|ni) bekraft\w*|takk for at du bekreft\w*|"
    r"tak fordi du bekraeft\w*|kiitos (kun|etta) vahvistit\w*|dziekujemy za potwierdzeni\w*|dekujeme za potvrzeni|"
    r"dakujeme za potvrdenie|koszonjuk, hogy (megerositette|jelezte)|va multumim ca (ne )?ati confirmat|"
    r"lo hemos anotado|we have noted|we've noted|wir haben (es |das )?notiert|nous l'avons note|l'abbiamo annotato"
)
# Their wish, understood: "I understand the county may want to spread this over the next budget period".
_THEIR_WISH = (
    r"(i|we) (understand|appreciate|realise|realize|hear)( that)? (you|your \w+|the \w+|they)\b[^.;:!?]{0,30}\b(want|"
    r"wants|would like|'d like|wish|wishes|prefer|prefers|hope|hopes|need|needs)\b"
)
_NOT_AGREED = re.compile(
    _EXISTING_PLAN + "|" + _THEIR_CONFIRMATION + "|" + _THEIR_WISH + "|"
    rf"\b({_PASSED_ON}|request\w*|asked|ask for|review\w*|"
    r"you'll|you will|you are going to|you plan|your promise|you mentioned|you said|you told|letting us know|"
    r"demande\w*|solicit\w*|pedido|anfrage|antrag|verzoek|richiesta|bitte um|remains|stays|unchanged|"
    r"need\w* (the )?approval|(until|unless) (an? |the )?(arrangement|plan|agreement) is (confirmed|approved)|"
    # Payments that already came in: "two payments of GBP 2,750.00 ... arrived on 3 March"
    r"arrived|came in|were received|have been received|(i|we) (can )?(see|saw|noticed|found)|duplicate\w*|twice|"
    r"ontvangen|eingegangen|recibid[oa]s|recebid[oa]s|ricevut[ie]|recus|"
    # A lease's or contract's own instalments, already due: "the February and March instalments remain open".
    r"remain|(overdue|open|unpaid|outstanding|missed|lease|rental|january|february|march|april|may|june|july|"
    r"august|september|october|november|december) instal+ments?|instal+ments? (total|remain|are (still )?(open|overdue|"
    r"outstanding|unpaid|due)))\b"
)
# A sentence that restates an agreed plan, or passes the customer's wish for one on to a person ("Ihren Wunsch,
# ... in drei Raten zu zahlen, haben wir an unsere Kreditabteilung weitergegeben"), grants nothing.
_PLAN_NOT_OURS = re.compile(_EXISTING_PLAN + rf"|\b({_PASSED_ON})\b")
# (A bare "passed" hands something on only with what it passes after it: "the original due date has passed" is time.)
_HANDED_ON = re.compile(
    rf"\b({_PASSED_ON})\b(?<!passed)|\bpassed (on|along|to|it|them|this|that|your|yours|the|our|his|her)\b"
)
# The customer's own words reported back ("you mentioned you'd pay half now and half on the 30th"): recording a
# promise is allowed; only what we grant is a terms change.
_THEIR_PROPOSAL = re.compile(
    _EXISTING_PLAN + "|"
    r"\b(you (mentioned|said|told us|promised|proposed|confirmed|wrote|indicated|let us know)|you'?d (pay|settle|send|"
    r"transfer|wire)|your (promise|proposal|commitment|plan to)|as you (promised|proposed|said)|"
    r"vous (nous )?(avez|aviez) (indique|dit|promis|propose|confirme|ecrit)|sie (haben|hatten) (uns )?(mitgeteilt|"
    r"zugesagt|angekundigt|versprochen|bestatigt|geschrieben)|(usted )?(nos )?(indico|dijo|prometio|confirmo|escribio)|"
    r"(voce )?(nos )?(indicou|disse|prometeu|confirmou|escreveu)|u (heeft|had) (ons )?(aangegeven|toegezegd|beloofd|"
    r"laten weten|bevestigd|geschreven)|ci (ha|aveva) (comunicato|detto|promesso|confermato|scritto)|"
    r"(ihren|ihr) (wunsch|anliegen)|ihre (bitte|anfrage)|votre demande|su (solicitud|peticion)|o seu pedido|uw verzoek|"
    r"vous (nous )?demandez|sie fragen|usted (nos )?pregunta|u vraagt|ci chiede|prosb\w* o|wniosek o|"
    r"la sua richiesta|your request|(din|er) (fraga|forfragan|begaran)|(ditt|ert) onskemal|(du|ni) (har )?(lovat|meddelat|"
    r"skrivit|foreslagit)|vi har noterat att (du|ni)|"
    # nb/da: their enquiry or wish named: "takk for at du tok kontakt om muligheten for å dele opp betalingen",
    # "tak for din henvendelse om", "forespørselen din om tre avdrag", "dit ønske om at dele betalingen op".
    r"(du|dere|i|ni) (tok|tog|har tatt|har taget) kontakt|(du|dere|i) (kontaktet|kontaktede) (oss|os)|(ni|du) (horde av|"
    r"kontaktade) (er|dig)|(din|deres|jeres) (foresporsel|henvendelse|anmodning)|foresporselen (din|deres)|"
    r"(ditt|dit|deres|jeres) onske|onsket (ditt|deres)|(du|dere|i) (spurte|spurgte|ba|bad) (om|oss|os)|"
    # fi: their request, wish or proposal: "pyyntönne maksaa lasku kolmessa erässä", "toiveenne".
    r"pyynto\w*|pyynno\w*|toiveen\w*|toivee\w*|ehdotukse\w*|"
    # "you intend to pay $2,500.00 on April 1 and ...", "thanks for asking whether it could be paid in three parts".
    r"you (intend|intended|plan|planned|want|wanted|wish|hope|would like|'d like)|(asking|asked|ask) (us )?(whether|if)|"
    # "Thank you for asking about moving your clinic to 60-day terms": their question named.
    r"(for )?(asking|enquiring|inquiring) (us )?about|" + _THEIR_WISH + r")\b"
)
# "We will not charge interest" is the waiver itself: here the negation is the offer.
_WAIVER_BY_NEGATION = _rx(
    r"\b(not|won't|no longer|never) (be )?(charg|apply|add|bill|invoic|levy|impos|pass)\w* (you )?(any |the |a )?"
    r"(late|interest|penalt|fees?|surcharge|admin|collection)",
    r"\bno (late |late-payment |interest |penalty |admin |collection )?(fees?|interest|charges?|penalt\w*|surcharges?) "
    r"(will|shall|would) (be )?(charged|applied|added|apply|levied)",
    r"\bfree of (charge|interest)\b",
    r"\b(fees?|charges?|interest|penalt\w*|surcharges?) (will|shall|would) be (cancel\w*|remov\w*|dropp\w*|waiv\w*|"
    r"written off|forgiv\w*|taken off|deleted|reversed)",
    r"\b(no (le |te |os |les )?cobraremos|no (le |les )?repercutiremos|nao cobraremos|nao vamos cobrar|n'appliquerons pas|"
    r"ne facturerons pas|nie obciazymy\w*( panstwa| pana| pani)? (kosztem|kosztami|oplat\w*|odsetkami)|"
    r"berechnen (ihnen )?keine|erheben keine|rekenen geen|brengen geen|non applicheremo|non addebiteremo|"
    r"no (le |les |te |os )?aplicaremos|nao (lhe |te )?aplicaremos|nao vamos aplicar|no vamos a aplicar)",
    r"\b(laten|laat) (we|ik)\b[^.;]{0,50}(kosten|rente|boete|vergoeding|toeslag)\w*\b[^.;]{0,30}\bvallen\b",
    r"\b(podriamos|podemos|podremos|podria|puedo|vamos a|poderiamos|podemos|potremmo|possiamo) (no|nao|non) "
    r"(aplicar|cobrar|addebitar|applicar|carregar)\w* (los |las |el |la |os |as |o |a |gli |i |le )?(intereses|juros|interessi|"
    r"recargos?|indemnizacion|gastos|encargos|penalizacion|multas?|spese|penali)",
    r"\b(we )?(rekenen|brengen)( \w+){0,3} geen (rente|kosten|boete|incassokosten|administratiekosten)\b",
    r"\b(zinsen|verzugszinsen|mahngebuhren|gebuhren|kosten|pauschale) (berechnen|erheben|stellen) wir( \w+){0,3} "
    r"(nicht|keine)\b",
    r"\bverzichten wir( \w+){0,3} auf (die |den |das |alle |samtliche |jegliche )?(\w+ ){0,2}(mahngebuhr|mahnkosten|gebuhr|"
    r"verzugszins|zins|kosten|pauschale|skonto)",
    r"\bno s[ex] (aplicara|aplicaran|cobrara|cobraran|devengara|devengaran|repercutira|repercutiran|facturara|facturaran)n? "
    r"(ningun\w* |los |las )?(intereses|recargos?|gastos|penalizacion\w*|comision\w*)",
    r"\b(senza|sans|sin|sem|ohne|zonder|without) (l'|la |el |a |de |das )?(applicazione|applicare|application|appliquer|"
    r"aplicacion|aplicar|aplicacao|cobrar|cobro|cobranca|addebito|addebitare|facturer|facturation|berechnung|berechnen|"
    r"charging|applying|adding|aanrekenen|in rekening te brengen)( (di|de|degli|dei|delle|des|du|der|von|of|any|van|d'))? "
    r"(l'|los |las |os |as |gli |les |the )?(\w+ )?(interessi|interets|intereses|juros|zinsen|verzugszinsen|rente|"
    r"interest|late fees?|penali|penalites|penalidades|recargos?|mahngebuhr\w*)\b",
    r"\b(interest[- ]free|zonder rente|ohne zinsen|zinslos|sans interets|sin intereses|sem juros|senza interessi)\b",
    r"\bnie (bedziemy|bedzie|beda) (naliczac|naliczane|naliczone|pobierac|doliczac)\b[^.;]{0,20}\b(odset\w*|opla\w*|koszt\w*)",
    # Passive: "os juros de mora já vencidos não serão cobrados", "les frais ne seront pas facturés".
    r"\b(juros|multas?|encargos|intereses|recargos|gastos|interets|frais|penalites|interessi|spese|penali|zinsen|"
    r"gebuhren|rente|kosten)\b[^.;]{0,50}\b(nao|no|ne|non|nicht|niet)( \w+)? (serao|seran|seront pas|saranno|verranno|"
    r"vengono|werden|worden|zullen)( \w+)? (cobrad|factur|appliqu|addebitat|applicat|richiest|berechnet|erhoben|"
    r"aangerekend|in rekening)\w*",
    # "weitere Verzugszinsen fallen nicht an", "rekompensata za koszty ... nie będzie dochodzona".
    r"\b(zinsen|verzugszinsen|mahngebuhr\w*|mahnkosten|verzugspauschale|weitere (gebuhren|kosten))\b[^.;]{0,30}\bfallen "
    r"(\w+ )?(nicht|keine)( \w+)? an\b|\bfallen (fur sie )?keine (weiteren )?(zinsen|verzugszinsen|mahngebuhr\w*|mahnkosten) an\b",
    r"\b(odset\w*|oplat\w*|rekompensat\w*|koszt\w*|kar\w* umown\w*)\b[^.;]{0,80}\bnie (bedzie|beda|zostanie|zostana) "
    r"(dochodzon\w*|naliczon\w*|pobieran\w*|pobran\w*|egzekwowan\w*)",
    # A schedule's row that waives a fee: "| Late fees (MSA §9.2) | - | waived |".
    r"(?:^|\n)[^\n]*\b(late[- ]payment fees?|late fees?|late charges?|interest|penalt\w*|surcharges?|admin(istration)? fees?|"
    r"reminder fees?|frais|penalites|interets|mahngebuhr\w*|gebuhr\w*|zinsen|verzugszinsen|recargos?|intereses|juros|"
    r"multas?|encargos|rente|kosten|boete|interessi|spese|penali|odsetki|avgift\w*|rantan?)\b[^\n|]*\|[^\n]*\|\s*"
    r"(waived|written off|cancelled|canceled|removed|n/a - waived|erlassen|entfallt|gestrichen|annule\w*|supprime\w*|"
    r"offert\w*|condonad\w*|anulad\w*|perdoad\w*|isent\w*|kwijtgescholden|vervallen|geschrapt|condonat\w*|annullat\w*|"
    r"stralcia\w*|umorzon\w*|anulowan\w*|struken|strukna|efterskank\w*)[ \t]*\|?[ \t]*(?=\n|$)",
    # Ceasing to charge is not charging: "deixamos de cobrar os juros de mora", "dejamos de aplicar los recargos",
    # "nous cessons de facturer les pénalités", "smettiamo di addebitare gli interessi", "we'll stop charging interest".
    r"\b(deix|dej)(amos|aremos|o) de (cobrar|aplicar|facturar|faturar)\b[^.;]{0,20}\b(os |as |los |las |el |la |o |a |lhe |le )?"
    r"(juros|multas?|encargos|intereses|recargos?|gastos|penaliza\w*|comis\w*)|"
    r"\b(cessons|cesserons|arretons|arreterons) de (facturer|appliquer|compter|reclamer)\b[^.;]{0,20}\b(les |des |la |vos )?"
    r"(penalites|interets|frais|majorations?|indemnite\w*)|"
    r"\b(smettiamo|smetteremo) di (addebitare|applicare|conteggiare|richiedere)\b[^.;]{0,20}\b(gli |le |i )?(interessi|"
    r"penali|spese|more)|"
    r"\b(we('ll| will)?|we can|happy to) stop (charging|applying|adding)\b[^.;]{0,20}\b(interest|fees?|charges?|penalt\w*|"
    r"surcharges?)\b",
    # The passive of "we will not charge the interest": "the accrued interest will not be charged". A definite charge,
    # one already there; an unqualified rule ("Interest will not be charged on invoices paid within terms") states terms.
    r"\b(the|this|that|these|those|your|any|all) (accrued |outstanding |built-up |late[- ]payment |late |admin(istration)? |"
    r"\w+ ){0,2}(interest|fees?|charges?|penalt\w*|surcharges?)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}\b(will|shall|would) not be (charged|applied|"
    r"added|levied|collected|claimed|pursued|invoiced|billed)\b",
    # "the £150 admin fee can be left off the balance": a fee dropped, in the passive.
    r"\b(fees?|charges?|interest|penalt\w*|surcharges?)\b[^.;]{0,30}\b(can|could|will|would|shall|may) (be )?"
    r"(left off|taken off|dropped|waived|written off|forgiven|removed)\b",
)
# Settlement for less, in each language's own formula.
_CUR = r"(€|eur|euros?|\$|usd|£|gbp|chf|r\$|zl|pln)"
_INSTEAD = (
    r"(instead of|rather than|invece d\w*|au lieu d\w*|statt|anstatt|en (lugar|vez) d\w*|em (vez|lugar) d\w*|ao inves de|"
    r"in plaats van|zamiast)"
)
_ART = r"(the |les? |la |i |dei |des |de |los |las |das |die |der |dos )"
# "£2,083.33 on the 1st of each month instead of £6,250.00 on the quarter days": the same rent paid more often.
_PERIOD = (
    r"\b((each|every|per|a) (month|quarter|week|year)|monthly|quarterly|quarter days|par mois|chaque mois|pro monat|"
    r"jeden monat|monatlich|al mes|cada mes|por mes|per maand|elke maand|maandelijks|al mese|ogni mese|mensil\w*|"
    r"mensal\w*|mensuel\w*|trimestr\w*|vierteljahrlich|quartal\w*|kwartaal\w*)\b"
)
_PERIODIC_INSTEAD = re.compile(rf"{_PERIOD}[^.;]{{0,30}}{_INSTEAD}|{_INSTEAD}[^.;]{{0,40}}{_PERIOD}")
_SETTLEMENT = _rx(
    # A smaller sum in place of the one owed: "1.500 EUR invece dei 1.850 EUR dovuti", "$800 instead of $1,000".
    # A currency on one side at least: "40 statt 50 Ventile" is a short delivery, not a settlement.
    rf"\d[\d.,' ]*\s?{_CUR}\s?{_INSTEAD}\s{_ART}?{_CUR}?\s?\d",
    rf"\d[\d.,' ]*\s?{_INSTEAD}\s{_ART}?{_CUR}\s?\d",
    r"\bgeste (commercial|de \d)",
    r"\baccept\w* \d+ ?(%|percent|per cent) of (the|your)? ?(balance|amount|invoice|total)",
    r"\b(fees?|interest|charges?|penalt\w*|surcharges?) (disappears?|goes away|go away|vanish\w*|is gone|are gone)\b",
    r"\blet (the |your )?(interest|fees?|charges?|penalt\w*|late fees?) (slide|go)\b",
    r"\b\d+ ?(%|procent|prozent) [\w ]{0,25}\b(aftrekken|abziehen|off|minder|weniger)\b",
    r"\b(full and final|in full and final|as full|as final|as total) (settlement|payment)\b",
    r"\bvergleichs(betrag|summe|angebot)\b|\bsettlement (amount|figure|sum)\b|\bmontant transactionnel\b|"
    r"\bschikkingsbedrag\b|\bimporte transaccional\b|\b(samtliche|alle) anspruche\b[^.;]{0,60}\berledigt\b",
    r"\b(liquidacion total|saldo total de la deuda|solde de tout compte|vollstandige begleichung|abgeltung|"
    r"quitacao (total|integral)|liquidacao (total|integral)|finale kwijting|volledige kwijting|saldo [ea] stralcio|a saldo di ogni)\b",
    # "daríamos por saldada la deuda de 3.840,00 € con un único ingreso de 3.000,00 €"
    r"\b(dariamos|daremos|damos|daria|daremos|consideraremos|considerariamos) por (saldad|liquidad|cancelad|cerrad)\w*"
    r"\b(?:[^.;]|\.(?=\d)){0,80}\bcon (un |una )?(unico |sola |solo )?(pago|ingreso|transferencia|abono)\b",
    # The rest of the debt counted as paid, in the Romance languages: pt "damos o restante por liquidado", es "damos el
    # resto por saldado", "damos por cancelada la diferencia", it "consideriamo saldato il resto", ca "donem la resta
    # per liquidada", fr "nous considérerons le reliquat comme réglé", de "den Restbetrag betrachten wir als erledigt";
    # not "el resto de las facturas", not the invoice itself closed once the rest is paid.
    r"\b(damos|daremos|dariamos|consideramos|consideraremos|considerariamos|diamo|daremo|consideriamo|considereremo|"
    r"considereremmo|donem|donarem|donariem|considerem|considerarem|considerons|considererons|considererions|tenons)"
    r" (o |el |la |il |le |a )?(restante|resto|resta|remanescente|remanente|residuo|rimanente|reste|restant|reliquat|"
    r"diferenca|diferencia|differenza|difference|saldo (restante|remanente|rimanente))\b"
    r"(?! d(e|el|ella|elle|es|ei|os|as|o|a)( (las|los|les|le|la))? ?(factur|fatur|fattur|recibo|document|servic|"
    r"pedido|mes|ordin|commande|prestat))( \w+){0,2}? (por|como|come|per|comme|com a)? ?(liquidad|saldad|pag|quitad|encerrad|"
    r"perdoad|cancelad|condonad|saldat|chius|estint|condonat|abbuonat|tancad|regle|solde|acquitte|clos)\w*",
    r"\b(damos|daremos|dariamos|consideramos|consideraremos|considerariamos|diamo|daremo|consideriamo|considereremo|"
    r"donem|donarem|considerem|considerarem) (por |per )?(liquidad|saldad|pagad|pag[ao]|quitad|encerrad|cancelad|"
    r"condonad|saldat|chius|estint|condonat|tancad)\w* (o |el |la |il |a )?(restante|resto|resta|remanescente|remanente|residuo|"
    r"rimanente|diferenca|diferencia|differenza)\b(?! d(e|el|ella|elle|es|ei|os|as|o|a)( (las|los|les|le|la))? ?(factur|"
    r"fatur|fattur|recibo|document|servic|pedido|mes|ordin|commande|prestat))",
    r"\b(den rest|den restbetrag|die differenz|den differenzbetrag|die restforderung)\b[^.;]{0,30}\b(betrachten|sehen)"
    r" wir (\w+ )?als (erledigt|beglichen|bezahlt|ausgeglichen)\b|\b(betrachten|sehen) wir (\w+ ){0,2}(den rest|"
    r"den restbetrag|die differenz|den differenzbetrag|die restforderung) (\w+ )?als (erledigt|beglichen|bezahlt|"
    r"ausgeglichen)\b|\b(verzichten wir|wir verzichten) (\w+ )?auf "
    r"(den rest|den restbetrag|die differenz|den differenzbetrag|die restforderung)\b",
    r"\b(renoncons|renoncerons|renoncerions|abandonnons|abandonnerons) (au |a |le |la )?(reste|restant|reliquat|"
    r"difference|solde restant)\b",
    r"\b(zrezygnujemy|rezygnujemy|odstapimy|odstepujemy) (z|od) (naliczon\w* |naleznych )?(odsetek|oplat|kar|prowizji)\b|"
    # (A French folder "à rabats" has flaps.)
    r"\b((?<!\ba )rabat\w*|upust\w*|umorz\w*)\b",
)
# "If you transfer 6.000,00 € by the end of the month we will consider the matter settled": the balance closed
# for a sum smaller than one the draft itself states. A sum with its decimals may stand between ("we'll treat the full
# USD 7,950.00 on LF-40130 as settled").
_CLOSED_FOR = re.compile(
    # hi: "हम इसे पूरा निपटान मान लेंगे" (we will take it as the full settlement), "पूर्ण भुगतान माना जाएगा".
    strip_accents(r"(पूरा|पूर्ण|अंतिम|पूरे) (निपटान|सेटलमेंट|भुगतान)( के रूप में)? (मान|माना|समझ|समझा|स्वीकार)")
    + r"|\b(consider|considerer|considerar|considerare|treat|regard|betrachten|considerons|considererons|consideraremos|consideramos|consideriamo|"
    r"considereremo|beschouwen|uznamy|uznajemy|daremos|damos|diamo)\b(?:[^.;!?]|(?<=\d)\.(?=\d)){0,90}\b(settled|closed|paid in full|erledigt|"
    r"abgeschlossen|ausgeglichen|regle\w*|solde\w*|clos\w*|saldad\w*|cerrad\w*|liquidad\w*|chius\w*|saldat\w*|"
    r"afgehandeld|afgesloten|voldaan|quitad\w*|encerrad\w*|rozliczon\w*|zamkni\w*|uregulowan\w*|splacon\w*|por (pag[ao]|liquidad\w*)|"
    # The whole debt counted as paid: "we will consider the whole balance paid", "betrachten wir die gesamte Forderung
    # als beglichen", sv "betraktar vi hela skulden som betald".
    r"(whole|entire|full|complete|total|gesamte\w*|ganze\w*|hela) (\w+ )?(as |als |som )?(paid|beglichen|bezahlt|betald|reglerad)|"
    # nl/en/da/nb: the invoice counted as paid in full: "beschouwen we de factuur van € 24.350,00 als volledig betaald",
    # "consider the invoice fully paid", "betragter vi fakturaen som fuldt betalt".
    r"(volledig|geheel|helemaal) betaald|fully paid|(fuldt|fullt|helt) (ud )?(betalt|indfriet|innfridd|oppgjort))"
    r"|\b(betraktar|anser|raknar|betragter|betrakter|regner)\b(?:[^.;!?]|(?<=\d)\.(?=\d)){0,90}\b(betald|reglerad|"
    r"avslutad|avskriven|(fuldt|fullt|helt) betalt|indfriet|innfridd|afsluttet|avsluttet|oppgjort|udlignet|utlignet)\b"
    # fi: "kuittaamme koko saatavan maksetuksi", "katsomme laskun suoritetuksi"; the rest not collected: "eikä loppua
    # peritä", en "and will not collect the rest" (not "until").
    r"|\b(kuittaa\w*|katso\w*|pida\w*)\b[^.;!?]{0,60}\b(maksetuksi|suoritetuksi|kuitatuksi|selvitetyksi)\b"
    r"|\b(eika|ei) (loppua|loppuosaa|loppusummaa|erotusta|jaannosta) (\w+ )?peri\w*"
    r"|\b(will not|won't|will never|shall not) (collect|chase|pursue|ask for|claim|charge( you for)?) (the )?(rest|remainder|"
    r"difference|remaining (balance|amount|sum))\b(?! (until|before|till|by|later|next))"
    # id/ms: "kami anggap seluruh saldo tersebut lunas" (we will count the whole balance as paid).
    r"|\bkami (akan )?(anggap|menganggap|anggapkan)\b[^.;!?]{0,60}\b(lunas|selesai|dilunaskan|dijelaskan)\b"
)


_CLOSED_AGAINST = re.compile(
    r"\b(solder|clore|cloturer|settle|close|saldar|liquidar|cerrar|encerrar|quitar|chiudere|saldare|afsluiten|"
    r"afhandelen|abschliessen|erledigen|begleichen)\w*\b[^.;]{0,80}\b(moyennant|in exchange for|a cambio de|mediante|"
    r"gegen (eine|einmalige)|tegen (een|betaling)|dietro|in cambio di|em troca de|contre|for (a|one) (single |one-off )?"
    r"payment of)\b"
    # The smaller sum right after "for": "encerrar a pendência das duas notas por R$ 12.000,00", "close it for $900".
    r"|\b(solder|clore|cloturer|settle|close|saldar|liquidar|cerrar|encerrar|quitar|chiudere|saldare|afsluiten|"
    r"afhandelen|abschliessen|erledigen)\w*\b(?:[^.;]|\.\d){0,80}\b(por|for|pour|per|voor|fur|at)\s(r\$|us\$|€|\$|£|eur|usd|gbp|chf|"
    r"brl|ars|clp|mxn|rs\.?|inr|₹)?\s?\d"
)


# A sum named as the settlement itself, in a line or a table row: "| konečné vyrovnání při platbě do 31. 3. | 120 000,00
# Kč |", "Full and final settlement if paid by 31 March: £9,000", "Vergleichsbetrag: 4.000 €". With a smaller sum
# than the draft states, the debt is closed for less.
_SETTLEMENT_FIGURE = re.compile(
    r"\b(konecn\w* vyrovnani|konecn\w* vyrovnanie|kwota ugody|ugod\w* koncow\w*|(full and )?final settlement|"
    r"settlement offer|vergleichs(betrag|summe|angebot)|abfindungs(betrag|summe)|reglement transactionnel|"
    r"montant transactionnel|pago transaccional|importe (transaccional|del acuerdo)|saldo e stralcio|"
    r"importo (transattivo|a saldo e stralcio)|valor do acordo|schikkingsbedrag|finale kwijting|forlikssum\w*|"
    r"forligsbelob\w*|egyezsegi osszeg|suma de stingere)\b"
    # A sum taken "as the final payment": bg "ще приемем 2 200,00 евро като окончателно плащане", ru "в качестве
    # окончательного платежа", uk "як остаточний платіж", sr/hr "kao konačnu uplatu", el "ως τελική εξόφληση", tr "nihai
    # ödeme olarak", ar "كتسوية نهائية", he "כתשלום סופי", ro "ca plată finală".
    r"|(като|как|в качестве|як|као|kao) (окончателн|окончательн|остаточн|коначн|konacn)\w* (плащане|платеж\w*|"
    r"плат[еі]ж\w*|плаћањ\w*|уплат\w*|uplat\w*|placanj\w*|расчет\w*|разрахун\w*)"
    r"|ως (τελικη|οριστικη|πληρη) (εξοφλησ\w*|πληρωμ\w*|διευθετησ\w*)|\bnihai (odeme|tahsilat|mutabakat)\w* olarak\b"
    + strip_accents(r"|(كتسوية|كسداد|كدفعة) (نهائية|نهائي|كاملة|كامل)|(כתשלום|כסילוק) (סופי|מלא)")
    + r"|\bca (plata|plată) (finala|integrala)\b"
)
# Theirs, or what is still left to pay ("k konečnému vyrovnání zbývá uhradit 20 000 Kč"): no sum given away.
_SETTLEMENT_RECEIVED = re.compile(
    r"\b(your|received|receive|cheque|check|ihr\w*|erhalten|votre|recu\w*|su|recibid\w*|seu|sua|recebid\w*|vostr\w*|"
    r"ricevut\w*|uw|ontvangen|vas\w*|obdrzel\w*|panstwa|otrzymal\w*|remain\w*|left|still|rest|restant\w*|reste|"
    r"resta\w*|falta\w*|queda\w*|noch|verbleib\w*|zbyva\w*|zbyv\w*|pozostal\w*|zostaje|resterend\w*|nog)\b"
)


# The smaller sum is what is left of the debt, not a sum in its place.
_REMAINING_SUM = re.compile(
    r"\b(remaining|outstanding|rest of|restliche\w*|verbleibende\w*|resterande|resterende|openstaand\w*|jaljella olev\w*|"
    r"restant\w*|rimanent\w*|sisa|baki)( \w+){0,2} (of )?(€|eur|usd|gbp|chf|sek|idr|rp|myr|rm|\$|£)? ?\d"
)


def _settled_for_less(text: str, stated: str) -> str | None:
    """``stated`` is the draft before bracketed amounts were set aside: "solder la facture (3 612,00 €) moyennant
    un règlement unique de 3 000,00 €" states the sum owed in brackets."""
    amounts = find_amounts(stated)
    if not amounts:
        return _settlement_figure_for_less(text, stated)
    largest = max(a.value for a in amounts)
    # "close the matter at Rs. 1,20,000 only": the currency's abbreviation does not end the sentence.
    for sentence in re.split(r"(?<=[^\d\s][.!?])(?<!\brs\.)\s+|\n+", text):
        closing = _CLOSED_FOR.search(sentence) or _CLOSED_AGAINST.search(sentence)
        # "we cannot close it for 900": refused, not offered.
        if closing and _negated(sentence[_clause_start(sentence, closing.start()) : closing.start()]):
            continue
        if closing and _REMAINING_SUM.search(sentence):
            continue  # "once the remaining 480.00 EUR is in, we will consider the whole invoice paid": all of it
        if closing and _HANDED_ON.search(sentence):
            continue  # "I've passed your proposal to settle for USD 4,000.00 to our credit manager": theirs, handed on
        if closing and any(a.value < largest for a in find_amounts(sentence)):
            return closing.group(0)
    return _settlement_figure_for_less(text, stated)


def _plain_sums(text: str) -> list[Decimal]:
    """Sums with or without a currency the amount reader knows ("148 600,00 Kč")."""
    return [a.value for a in find_amounts(text)] + [
        Decimal(re.sub(r"\D", "", m.group(1)) + "." + m.group(2)[1:]) for m in _CELL_AMOUNT.finditer(text)
    ]


def _settlement_figure_for_less(text: str, stated: str) -> str | None:
    sums = _plain_sums(stated)
    if not sums:
        return None
    largest = max(sums)
    for sentence in re.split(r"(?<=[^\d\s][.!?])(?<!\brs\.)\s+|\n+", text):
        figure = _SETTLEMENT_FIGURE.search(sentence)
        if (
            figure
            and not _SETTLEMENT_RECEIVED.search(sentence)
            and not _negated(sentence[: figure.start()])
            and any(value < largest for value in _plain_sums(sentence))
        ):
            return figure.group(0)
    return None


# Threatening to tell the customer's customers, suppliers, family or boss: exposure as pressure.
_EXPOSURE = re.compile(
    r"\b(your|vos|votre|a vos|ihr|ihre\w*|sus|su|a sus|seus|seu|aos seus|uw|jullie|vostri|ai vostri|il vostro|pana|pani|"
    r"panstwa|wasi|twoi|panscy|panskich|panskim|vossos|aos vossos|teus|aos teus)( other| autres| anderen| otros)?"
    r"( own| propres| eigenen| eigen| propios| proprios| propri)? "
    r"(customers|clients|suppliers|partners|boss|family|neighbou?rs|investors|bank|bank manager|hausbank|berater|"
    # The trade they sell through: "uw distributeurs", "your distributors", "Ihre Händler", "vos revendeurs".
    r"distributors|distributeurs|distributoren|distribuidores|distributori|dystrybutor\w*|handler|handlern|"
    r"wiederverkaufer\w*|revendeurs|resellers|dealers|wholesalers|groothandel\w*|grossistes|mayoristas|grossisti|"
    r"opdrachtgevers|afnemers|auftraggeber|donneurs d'ordre|committenti|comitentes|zleceniodawc\w*|kundschaft|"
    r"verkaufer|mitarbeiter|angestellten|belegschaft|goscie|klienci|pracownicy|kontrahenci|"
    r"employer|employeur|arbeitgeber|empleador|empregador|werkgever|datore di lavoro|pracodawc\w*|arbetsgivare|"
    r"managing director|geschaftsfuhr\w*|vorstand|directeur general|director general|administrador|amministratore|"
    r"banquier|clientes|proveedores|"
    r"fournisseurs|partenaires|lieferanten|kunden|geschaftspartner|fornecedores|klanten|leveranciers|"
    r"clienti|fornitori|nachbarn|gaste|guests|gasten|patients|pacientes|patienten|pazienti|pacjenci|patienter|potilaat|"
    r"convidados|invitados|invites|invitati|gaster|gaester|buren|voisins|vecinos|vizinhos|vicini|sasiedzi)\b"
)
_TELL = re.compile(
    r"\b(rufe|anrufen|anrufe|interessiert sich|erfahr\w*|call him|call her|tell|inform|let|warn|notify|alert|call|contact|dire|appel\w*|inform\w*|previen\w*|mitteil\w*|"
    r"erzahl\w*|warnen|kontaktier\w*|contar|avisar|llamar|contactar|ligar|vertellen|informeren|laten weten|"
    # The audience between the verb's parts: "laten we uw distributeurs ... graag weten", "lassen wir Ihre Händler
    # wissen", "nous ferons savoir à vos revendeurs", "faremo sapere ai vostri distributori".
    r"laten (we|wij|ik) [^.;!?]{0,60}\bweten|lassen (wir|ich) [^.;!?]{0,60}\bwissen|ferons savoir|faremo sapere|"
    r"bellen|dire|chiamer\w*|avvis\w*|sehen|(will|would|get to) see|see who|zien|voient|verran|vedranno|zobacz\w*|"
    # "fragen wir gern mal Ihre Verkäufer ... warum", "deberían saber", "chętnie by się dowiedzieli"
    r"(wir|ich) (\w+ )?fragen|fragen (wir|ich)|ask|(we|wij|ik) (\w+ )?vragen|demander|preguntar|chiedere|perguntar|zapyta\w*|"
    r"dowiedz\w*|opowie\w*|"
    # "Maybe your employer would also like to hear how you treat ...": the hint that they will be told.
    r"(would|'d|might) (\w+ )?(like|love|want|be interested) to (hear|know|learn)|aimerai(en)?t (\w+ )?(savoir|entendre|apprendre)|"
    r"wurden? (\w+ )?gern (wissen|horen|erfahren)|(le|les) gustar(ia|ian) (\w+ )?(saber|oir|escuchar)|"
    r"gosta(ria|riam|sse|ssem) (\w+ )?de (saber|ouvir)|(zou|zouden) (\w+ )?graag (weten|horen)|vorrebbe(ro)? (\w+ )?(sapere|sentire)|"
    r"(deberian|should|sollten|devraient|dovrebbero|deveriam|zouden moeten|powinni) (\w+ )?(saber|know|wissen|savoir|"
    r"sapere|weten|wiedziec))\b(?!-)"
)
# "zodat we het dossier niet aan ons incassobureau hoeven over te dragen": a step named as what we would rather
# not take is still put to the customer.
_LEGAL_IMPLIED = _rx(
    r"\b(zodat|so that|so we|damit|afin (de ne pas|que nous n)|para (no|que no)|per non|para nao|zeby|aby|"
    # Regret is the same step put to the customer: "we'd rather not have to pass this to our solicitors",
    # "nous préférerions ne pas avoir à confier votre dossier à une société de recouvrement".
    r"rather|prefer\w*|preferer\w*|preferir\w*|preferi\w*|liever|ungern|wolel\w*|hellre|heller|helst|mieluummin)\b"
    r"[^.;]{0,40}\b(niet|not|nicht|pas|no|non|nao|nie|inte|ikke|ei|don't|won't)\b[^.;]{0,60}\b(commissaire de justice|"
    r"huissier|injonction|bailiffs?|enforcement agents?|gerichtsvollzieher|deurwaarder|incassobureau|incasso|collection agenc\w*|debt collect\w*|"
    r"inkasso\w*|recouvrement|agencia de cobro\w*|recobro|recupero crediti|cobranca|windykac\w*|lawyers?|solicitors?|advocaat|"
    r"anwalt|avocat|abogad\w*|avvocat\w*|advogad\w*|court|rechter|rechtbank|gericht|tribunal\w*|juzgado|sad\w*)",
)
_DISCOUNT_NOUN = re.compile(
    r"(the |el |lo |la |le |il |das |der |de |o |a )?(discount|descuento|sconto|skonto|remise|escompte|korting|desconto|"
    r"rabat\w*|rabatt\w*|skonto\w*)"
)
_DISCOUNT_EXPIRED = re.compile(
    r"\b(ya no (es aplicable|se aplica|aplica)|no se aplica|non si applica( piu)?|non e piu (valido|applicabile)|"
    r"n'est plus (applicable|valable)|ne s'applique plus|nicht mehr (gultig|anwendbar|gewahrt|moglich)|no longer (applies|"
    r"available|valid|applicable)|(has|have) expired|ha caducado|ha vencido|e scadut[oa]|est expire|ist abgelaufen|"
    r"(ja )?nao se aplica( mais)?|nao (vale|e valido|e aplicavel) mais|deixou de (valer|se aplicar)|fuera de (ese |dicho )?plazo|nach ablauf|dopo la scadenza|oltre il termine|niet meer van "
    r"toepassing|nie (ma|jest) juz zastosowania|nie obowiazuje|"
    # Said in the past: "Das ... Skonto galt nur bis zum 24.02.2026", "was only valid until 24 February".
    r"galt (nur |lediglich )?(bis|innerhalb)|galt (nur |lediglich )?(bei|fur) (zahlung|eingang|begleichung)\w* "
    r"(nur )?(bis|innerhalb|binnen)|applied (only )?(to|for|on) payments? (made |received )?(within|by|before)|war (nur )?bis\b[^.;]{0,30}\bgultig|was (only )?valid (until|till|up to|for)|"
    r"only applied (until|till|up to|if|to)|etait valable|"
    # "solo aplicaba a pagos recibidos antes del vencimiento", "ne s'appliquait qu'aux paiements reçus avant".
    r"(solo|solamente|unicamente) (se )?(aplicaba|era aplicable|valia|se concedia)|(so|apenas|somente) (se )?(aplicava|era "
    r"aplicavel|valia)|valia (so|somente|apenas|unicamente) (ate|para|ao|se)|si applicava solo|valeva solo|ne s'appliquait qu|galt nur|gold alleen|valait (jusqu|seulement)|(solo )?era valid[oa] (hasta|ate)|"
    r"(solo )?valeva (fino|entro|solo)|gold (alleen )?(tot|binnen)|gallde (bara |endast )?(till|inom)|"
    r"obowiazywal\w* (tylko )?do|(closed|ended|finished) (on|at|in|last)\b|"
    # With a date or an adverb between: "ist bereits am 12. Februar abgelaufen", "has already expired".
    r"(ist|sind|war|waren)\b(?:[^.;]|(?<=\d)\.){0,40}\b(abgelaufen|verstrichen)|(has|have) (already |now )?expired|"
    r"(e|sono) (gia |ormai )?scadut[oaie]|(ja )?expirou|(a|est) (deja )?expire|(ya )?(ha|han) (caducado|vencido)|"
    r"(jest|juz) (juz )?(wygasl\w*|nieaktualn\w*)|(har|er) (redan |allerede |allerede )?(gatt ut|lopt ut|udlobet|utlopt)|"
    # The window it needed is over: "That period has passed", "ce délai est dépassé", "quel termine è trascorso".
    r"(that|this|the) (period|window|deadline|date) (has|had) (now |already |long )?(passed|lapsed|ended|gone)|"
    r"(ce|le) (delai|terme) est (deja )?(depasse|passe|ecoule|expire)|(dieser|diese|die) (zeitraum|frist) ist (bereits )?"
    r"(vorbei|voruber|um)|(ese|este|el|dicho) plazo (ya )?(ha pasado|ha terminado|paso|termino)|(quel|questo|il) (termine|"
    r"periodo) e (gia |ormai )?(trascorso|passato)|(die|deze|de) (termijn|periode) is (al )?(verstreken|verlopen|voorbij)|"
    r"(esse|este|o) prazo (ja )?(passou|terminou|expirou))\b"
)
_PERCENT_OFF = re.compile(
    r"\d+(?:[.,]\d+)? ?% (off|de descuento|de desconto|di sconto|de remise|korting|rabatt|skonto)"
)
# A lapse said after the sentence that restates the discount ("The terms allowed 2% off for payment by 16
# February. That period has passed") still explains the discount; a lapse followed by "but"/"still" ("has passed,
# but we will still accept 2% off") may grant it anyway and does not count.
_LAPSE_THEN_GRANT = re.compile(r"\b(but|still|however|pero|aber|mais|ma|mas|maar)\b")


def _lapsed_without_grant(sentence: str) -> bool:
    # The last lapse said counts: "valia somente até o vencimento e, por isso, não se aplica mais" ends on its own
    # "mais" (any more), not on a "but".
    lapses = list(_DISCOUNT_EXPIRED.finditer(sentence))
    lapse = lapses[-1] if lapses else None
    return lapse is not None and not _LAPSE_THEN_GRANT.search(sentence, lapse.end())


def _discount_said_lapsed(noun: str, sentences: list[str]) -> bool:
    for i, sentence in enumerate(sentences):
        if noun not in sentence:
            continue
        following = next((s for s in sentences[i + 1 :] if s.strip()), "")
        if _lapsed_without_grant(sentence) or _lapsed_without_grant(following):
            return True
    return False


_DISCOUNT_GRANTED = re.compile(
    r"\b(nevertheless|anyway|all the same|as a one-off|exceptionally|aun asi|de todos modos|excepcionalmente|"
    r"comunque|eccezionalmente|quand meme|exceptionnellement|trotzdem|ausnahmsweise|toch|uitzonderlijk|mesmo assim|"
    r"excecionalmente|wyjatkowo)\b"
)
# An internal note left in the draft about someone else's unpaid invoices: "(Transports Lemoine : 3 factures
# impayées, 4 870 € au total, ...)".
_NOTE_ON_OTHERS = re.compile(
    r"\(([A-Z][\w&'.-]+(?: [A-Z][\w&'.-]+){0,4}) ?[:–-] [^)]{0,80}\b(factures? impayees?|unpaid invoices?|offene rechnungen|"
    r"facturas? (pendientes|impagadas)|faturas? (em aberto|por pagar)|fatture (insolute|scadute|non pagate)|"
    r"onbetaalde facturen|nieoplacone faktury)"
)
# Exposure is about the debt: telling the customer's staff, clients or neighbours that it does not pay ("warum ihr
# Chef seine Lieferanten nicht bezahlt"), not asking its bank for a transfer confirmation.
_EXPOSURE_TOPIC = re.compile(
    r"\b(pay\w*|paid|unpaid|owe\w*|owing|debt\w*|late payer|suppliers?|bezahl\w*|zahl\w*|schuld\w*|lieferanten|"
    r"paie\w*|payer|impaye\w*|dette\w*|fournisseurs|doit|pag\w*|debe\w*|deuda\w*|proveedores|fornitori|debit\w*|"
    r"betaal\w*|betal\w*|wanbetal\w*|leveranciers|fornecedores|divida\w*|plac\w*|zaplac\w*|dlug\w*|dostawc\w*|"
    r"zaleg\w*|geld|money|argent|dinero|soldi|dinheiro|pieniadz\w*|treat|traitez|tratan|trata|tratam|tratta|trattate|trattate|behandel\w*|traktuj\w*)"
)
# The trade they sell through is told prices and dates every day; told how the customer behaves, it is exposure.
_TRADE_AUDIENCE = re.compile(
    r"\b(distribut\w*|dystrybutor\w*|handler\w*|wiederverkaufer\w*|revendeurs|resellers|dealers|wholesalers|"
    r"groothandel\w*|grossistes|mayoristas|grossisti)$"
)
_HOW_THEY = re.compile(
    r"\b(how|hoe|wie|comment|como|come|jak) (you|u|jullie|sie|vous|ustedes|usted|voce|voces|voi|pan\w*)\b"
    r"|\b(what kind of|what sort of|welche art|quel genre|que tipo|che tipo|wat voor)\b"
    r"|\b(come|como|comment) (trattate|tratta|tratan|trata|tratam|traitez|pagate|pagan|pagam|payez|vi comportate)\b"
)
# "You do not need to ask your bank", "Sie müssen Ihre Bank nicht fragen": the customer is spared a step, nobody
# is told anything.
_NO_NEED = re.compile(
    r"\b((do not|don't|not|never) (need|have) to|needn't|no need to|n'avez pas (besoin|a)|pas besoin de|(brauchen|mussen) "
    r"(sie |du )?(\w+ ){0,3}(nicht|nichts|kein\w*)|no (hace falta|necesita\w*|tiene que|es necesario)|nao (precisa\w*|tem de|"
    r"tem que|e necessario)|non (e necessario|serve|c'e bisogno|deve|occorre)|hoeft (u |je )?(\w+ ){0,3}niet|(hoeft|hoeven) "
    r"(\w+ ){0,3}niet|nie musi\w*|nie trzeba|behover (ni |du )?(\w+ ){0,3}inte|trenger (\w+ ){0,2}ikke|behover (\w+ ){0,2}ikke)"
    r"\b[^.;]*$"
)
# "If payment does not follow, we will let your distributors know ...": the condition is the customer not paying
# and the consequence is ours, so the "if" is a threat, not a polite "if your customers ask, please tell them".
_UNLESS_PAID_WE = re.compile(
    r"\b(if|si|wenn|falls|als|se)\b[^.;!?]{0,80}\b(not|n'?t|no|fail\w*|pas|nicht|kein\w*|niet|geen|non|nao|nie)\b"
    r"[^.;!?]{0,80}\b(we|we'll|I'll|nous|wir|wij|we zullen|ik|noi)\b"
)
_ASK_THEM = re.compile(
    r"\b(leur (poser|demander|dire|ecrire|expliquer|signaler)|(het |dat )?ze (eens )?(vragen|vertellen|laten weten)|"
    r"(ask|tell|inform|remind|show) them|let them know|(ihnen|es ihnen) (sagen|erzahlen|schreiben|mitteilen)|"
    r"(sie|die) (einmal |mal )?(fragen|informieren)|preguntarles|decirles|contarselo|chiedere loro|chiederlo a loro|"
    r"dirglielo|perguntar-lhes|dizer-lhes|contar-lhes|zapytac ich|powiedziec im|poinformowac ich)\b"
)
_LEGAL_EXTRA = _rx(
    # "we'll set our lawyers on you", "wir hetzen Ihnen unseren Anwalt auf den Hals", "we sturen de advocaat op je af".
    r"\b(set|put|send|sic|unleash)\w* (our|the|my) (lawyers?|solicitors?|attorneys?|debt collectors?|collectors?|"
    r"bailiffs?|legal team) on (to )?(you|you guys|them|your \w+)\b|\b(anwalt|anwalte|inkasso\w*|gerichtsvollzieher) "
    r"(\w+ )?auf den hals\b|\b(advocaat|advocaten|deurwaarder|incassobureau) op (je|u|jullie) af\b",
    # With an article: "Richter" and "Rechter" are also surnames, often the tenant's own.
    r"\b(a|the|un|une|le|el|o|um|der|den|dem|einen|einem|ein|zum|vor|beim|een|de|il|al|au|del|do|ao)"
    r" (district |county |circuit |small claims |high court )?(judge|juez|juiz|juge|richter|rechter|giudice)\b",
    # Our idle lawyers as a joke: "our in-house lawyer keeps asking if there's any work for him", "our lawyers have
    # been pretty bored lately, let's not give them a reason to get busy", "nos avocats s'ennuient".
    r"\b(our|my|nos|unsere?|nuestros?|i nostri|il nostro|onze|os nossos|o nosso) ([\w-]+ )?(lawyers?|solicitors?|attorneys?|"
    r"legal team|avocats?|anwalte?|abogados?|avvocat[oi]|advocaten|advocaat|advogados?)\b[^.;!?]{0,50}\b(bored|idle|"
    r"nothing to do|looking for (work|something to do)|any work for|work to do|twiddling|s'ennui\w*|langweil\w*|"
    r"aburrid\w*|annoia\w*|vervelen|entediad\w*)",
    r"\b(empresa|agencia|sociedad|gestora)( externa)? de (gestion de )?(cobros?|recobro|recuperacion|impagados)\b",
    r"\b(externe[nr]?|dritte[nr]?) (partner|dienstleister|anbieter|unternehmen)\b[^.;]{0,60}\b(einzug|eintreib\w*)|"
    r"\beinzug der forderung\b",
    # "Il nostro legale ci ha già consigliato di procedere se entro fine mese ...": the lawyer's advice is the threat
    r"\b(nostro legale|nostro avvocato|our (lawyer|solicitor|attorney|legal (team|counsel|advisers?))s?|notre avocat|"
    r"unser (anwalt|rechtsanwalt)|unsere anwaltin|nuestro abogado|o nosso advogado|onze advocaat|nasz prawnik)\b[^.;]{0,60}"
    r"\b(consigliat\w*|advised|recommended|conseille\w*|geraten|empfohlen|aconsejad\w*|recomendad\w*|aconselh\w*|"
    r"geadviseerd|aangeraden|doradzil\w*)\b[^.;]{0,30}\b(procedere|proceed|act|take (action|steps)|agir|vorzugehen|"
    r"proceder|actuar|avancar|stappen|dzialac)\b",
    r"\bprzedsadow\w*",
    r"\bufficiale giudiziario\b",
    r"\buit handen (te )?(geven|gegeven)\b|\bexterne partij\b",
    r"\b(ability to (get|obtain|access) credit|credit elsewhere)\b",
    r"\b(procedimiento|proceso) monitorio\b|\breclamacion judicial\b|\bacao de cobranca\b|\bexecucao judicial\b|"
    r"\bprocedure (judiciaire|d'injonction)\b|\bgerechtelijke (procedure|stappen|weg)\b|\bprocedimento (giudiziario|monitorio)\b",
    r"\b(through|via|by) (the )?(appropriate |available |all )?legal (channels|means|routes|avenues)\b",
    # The passive threat: "the matter will be passed to our solicitors", "may be referred to a collection agency".
    r"\b(account|debt|matter|balance|invoice|file|case|claim|amount)s? (will|shall|would|may|might|is going to|"
    r"are going to|is to|are to) (then |now |immediately )?be (passed|referred|handed|sent|transferred|forwarded|"
    r"escalated|assigned|turned over|given) (over |on )?to (our |an? |the |a third[- ]party |)(external |outside )?"
    r"(solicitor|lawyer|attorney|legal|collection|debt|recovery|law firm|bailiff)",
    r"\b(recovery|collections?) (partner|agent|agency|firm|specialist|service|company)s?\b",
    r"\b(solicitors?|lawyers?|attorneys?|counsel)\b[\w ]{0,30}\b(instructed|engaged|retained|involved)",
    r"\brecover (the|this|your) (debt|amount|balance|sum)\b",
    r"\b(file|filing|lodge|lodging|issue|issuing)\w* (a )?(claim|suit|complaint)\b|\b(send|sent|issu|fil|serv|lodg)\w* (you |out )?(the |a |our )?claim form\b",
    r"\b(centrale rischi|segnal\w* [\w' ]{0,30}(centrale|crif|banca dati)|fichero de morosos|registos de devedores|"
    r"lista de devedores|negativa\w*)\b",
    r"\bcredit (reference|rating|file|score|standing|history)\b",
    r"\b(lawyers?|solicitors?|attorneys?|legal team)\b[\w ]{0,20}\b(standing by|on standby|ready|prepared|poised)\b",
    r"\b(start|begin|commence|initiate|launch|issue)\w* (legal |court )?proceedings\b",
)
_HARASS_EXTRA = _rx(
    # A veiled menace: "it would be a real shame if something happened", "es wäre schade, wenn etwas passieren würde",
    # "ce serait dommage qu'il arrive quelque chose", "sería una pena que le pasara algo", "sarebbe un peccato se
    # succedesse qualcosa", "seria uma pena se algo acontecesse", "het zou jammer zijn als er iets gebeurde".
    r"\b(would|'d|could) be (a )?(real |terrible |great |such a )?(shame|pity)\b[^.;!?]{0,15}\bif (something|anything)\b"
    r"[^.;!?]{0,20}\b(happen\w*|went wrong|were to happen|occurred)\b|"
    r"\bware (doch |wirklich )?schade,? wenn (etwas|was)\b[^.;!?]{0,30}\b(passier|geschieh|geschah|zustoss)\w*|"
    r"\bserait (vraiment )?dommage qu'il (arrive|se passe) quelque chose\b|"
    r"\bseria una (pena|lastima) que (le |les )?(pasara|ocurriera|sucediera) algo\b|"
    r"\bsarebbe un peccato se (succedesse|capitasse|accadesse) qualcosa\b|"
    r"\bseria uma pena se (algo|alguma coisa) (acontecesse|corresse mal)\b|"
    r"\bzou (toch |echt )?(jammer|zonde) zijn als er (iets|wat) (gebeurde|zou gebeuren|misging)\b",
    # A sarcastic gift for the customer's staff: "maybe get your AP team a calendar for Christmas?", "offrez un
    # calendrier à votre comptabilité", "schenken Sie Ihrer Buchhaltung einen Kalender".
    r"\b(get|buy|gift|give)\b (your|their|the) (ap|accounts( payable)?|payables|finance|accounting|bookkeeping|admin)"
    r"( \w+)? (team|department|people|folks|clerk|staff)? ?an? (calendar|diary|watch|clock|calculator|alarm clock)\b|"
    r"\b(offrez|offrir)\b[^.;!?]{0,10}\b(un calendrier|une montre|une horloge|un agenda)\b[^.;!?]{0,10}\b(a votre|a vos)\b|"
    r"\b(regal\w*)\b[^.;!?]{0,10}\b(un calendario|un reloj|una agenda)\b[^.;!?]{0,10}\b(a tu|a su|a vuestro)\b|"
    r"\b(schenken|schenkt)\b[^.;!?]{0,25}\b(einen kalender|eine uhr)\b|"
    r"\b(regalate|regalare)\b[^.;!?]{0,10}\b(un calendario|un orologio)\b|"
    r"\b(geef|geeft|koop|koopt)\b[^.;!?]{0,30}\b(een kalender|een agenda|een klok)\b[^.;!?]{0,10}\bcadeau\b",
    # Compared to the bankrupt: "we've had more reliable customers in bankruptcy", "nos clients en faillite paient
    # mieux que vous", "sogar insolvente Kunden zahlen zuverlässiger".
    r"\b(more reliable|more punctual|better payers?|paid faster|pay faster|more dependable)\b[^.;!?]{0,30}\b(bankrupt\w*|"
    r"in administration|in liquidation|insolven\w*|went bust|gone bust|receivership)\b|"
    r"\b(clients|kunden|clientes|klanten|clienti) (en faillite|in der insolvenz|insolvente|en quiebra|in faillissement|"
    r"falliti)\b[^.;!?]{0,30}\b(paient mieux|zahlen (zuverlassiger|besser|punktlicher)|pagan mejor|betalen beter|pagano "
    r"meglio)\b",
    # Their debt posted publicly: "uma publicação no nosso Instagram ... com a legenda 'ainda por pagar'".
    r"\b(instagram|facebook|linkedin|tiktok|twitter|social media|redes sociais|redes sociales|reseaux sociaux|sozialen "
    r"medien|sociale media|social network\w*)\b[^.;!?]{0,80}\b(unpaid|still (owing|owed|outstanding)|por pagar|nao (esta )?"
    r"pag[oa]|impaye\w*|impagad[oa]s?|sin pagar|non pagat[oa]|unbezahlt|nicht bezahlt|onbetaald|niezaplacon\w*|obetal\w*)|"
    r"\b(post\w*|publica\w*|publier|publie\w*|posten|veroffentlich\w*|pubblic\w*|publiceren|opublik\w*|share|sharing|"
    r"partager)\b[^.;!?]{0,40}\b(unpaid|impaye\w*|impagad[oa]s?|unbezahlt|onbetaald|non pagat[oa]|por pagar)\b[^.;!?]{0,60}"
    r"\b(instagram|facebook|linkedin|tiktok|twitter|social media|redes sociais|redes sociales|reseaux sociaux)\b",
    # "the worst payer we have ever had" in any language: "cel mai rău platnic", "le pire client", "el peor cliente".
    r"\b(the )?worst (payer|customer|client)s?\b|\b(le|la) pire (client|cliente|payeur|payeuse)\b|\b(el|la) peor "
    r"(cliente|pagador\w*)\b|\bil peggior\w* (cliente|pagatore)\b|\bo pior (cliente|pagador)\b|\b(der|die) "
    r"schlimmste\w* (kunde|kundin|zahler)\b|\bde slechtste (klant|betaler)\b|\bcel mai (rau|prost) (platnic|client)\b|"
    r"\b(den )?(vaerste|værste|verste|samsta) (kunde|betaler|betalare|kund)\b",
    # "o tipo de cliente que a senhora é", "à quel genre de monde ils ont affaire": a verdict on the person.
    r"\b(o tipo de cliente|que tipo de cliente|what kind of (customer|client|person|people) (you|they)|quel genre de "
    r"(client|monde|personne)|che tipo di cliente|was fur ein\w* (kunde|mensch)|wat voor (klant|iemand) (u|je|jij))\b",
    r"\b(toda a gente|todo el mundo|tout le monde|everyone|everybody|iedereen|tutti|jeder)\b[^.;]{0,30}\b(ja sabe|ya sabe|"
    r"sait deja|already knows|weiss schon|weet al|sa gia|sanno gia)\b",
    # The customer's suppliers or clients told or talking: "todos sus proveedores lo comentan", "tous vos fournisseurs
    # vont savoir", "vedremo se i suoi clienti la penseranno allo stesso modo".
    r"\b(sus|tus|vos|i suoi|i vostri|your|ihre|uw|seus|os seus) (proveedores|fournisseurs|clienti|fornitori|clients|customers|"
    r"suppliers|lieferanten|kunden|leveranciers|klanten|fornecedores|clientes)\b[^.;]{0,30}\b(lo comentan|comentan|hablan "
    r"de|vont savoir|sauront|talk about|will (all )?know|will hear|penseranno|wissen (es|das)|reden|praten erover|comentam|"
    r"saberao)\b",
    r"\b(departamento|department|service|abteilung|afdeling|reparto|ufficio|contabilidad|accounts|buchhaltung|"
    r"comptabilite|boekhouding)\b[^.;]{0,30}\b(es|is|est|ist|e|zijn|sind|son) (un |une |a |ein |een |uma |um |)"
    r"(completo |total |absoluto |complete |)(desastre|catastrophe|disastro|katastrophe|ramp|chaos|caos|shambles)\b",
    # "a responsible pet owner pays", "Bella deserved better than an owner who ...", "quem não paga o veterinário
    # não devia ter animais".
    r"\b(a|any|un|une|ein|een|um|uma) (responsible|responsable|verantwortungsvolle\w*|verantwoordelijke|responsavel|"
    r"responsabile) (\w+ ){0,2}(pays|paie|paga|zahlt|betaalt)\b|\bdeserved? better than (an? |the )?(owner|customer|"
    r"client|person|you)\b",
    r"\b(quem|quien|qui|wer|chi|anyone who|people who|those who) (nao|no|ne|nicht|non|doesn't|don't|do not|does not) "
    r"(\w+ )?(paga\w*|pay\w*|paie\w*|zahl\w*|betal\w*)\b[^.;]{0,40}\b(nao devia|no deberia|ne devrait|sollte\w* nicht|"
    r"non dovrebbe|shouldn't|should not)\b",
    # Nerve and embarrassment: "ci vuole una bella faccia tosta", "una figuraccia", "Det er flaut ... Skjerp dere",
    # "Arrêtez de nous niaiser".
    r"\b(faccia tosta|what (a )?nerve|the nerve|some nerve|cara dura|quel culot|du culot|cara de pau|brass neck|"
    r"figuracci\w*|niaiser|niaiseux|stop (messing|mucking|jerking) us (around|about))\b",
    r"(?<!ikke )(?<!ikkje )\b(flaut\w*|pinlig\w*|latterlig\w*|skammelig\w*|skjerp (dere|deg|jer)|tag jer sammen|"
    r"ta dere sammen|naurettava\w*|noloa|hapeallis\w*)\b",
    # "Zelfs mijn puberzoon betaalt zijn rekeningen sneller", "verkoop de auto om ons te betalen": mockery.
    r"\b(zelfs|even|sogar|meme|incluso|perfino|ate|nawet) (mijn|my|mein|meine|mon|ma|mi|mio|mia|meu|minha|moj|moja) (\w+ )?"
    r"(puberzoon|zoon|dochter|son|daughter|kid|kids|teenager|sohn|tochter|fils|fille|hijo|hija|figlio|figlia|filho|filha|"
    r"syn|corka|oma|grandma|oma|nonna|abuela|avo|babcia)\b[^.;]{0,40}\b(betaalt|pays|zahlt|paie|paga|placi)\b",
    r"\b(verkopen|sell|verkaufen|vendre|vender|vendere|sprzedac)\b[^.;]{0,30}\b(om ons te betalen|to pay us|um uns zu bezahlen|"
    r"pour nous payer|para pagarnos|per pagarci|para nos pagar|zeby nam zaplacic)\b",
    # "Toda a gente no setor já sabe como vocês tratam os fornecedores", "devia pensar se merece estar aberta".
    r"\b(toda a gente|todo el mundo|tout le monde|jeder|iedereen|tutti|wszyscy|everyone|everybody) (no setor|en el sector|"
    r"dans le secteur|in der branche|in de branche|nel settore|w branzy|in the (trade|industry|sector))\b[^.;]{0,20}\b(sabe|sait|"
    r"weiss|weet|sa|wie|wiedza|knows)\b",
    r"\b(merece|merecen|merite|merita|deserves?|verdient) (estar|seguir|d'etre|di essere|to (be|stay)|es,?) (aberta|abierta|ouvert\w*|"
    r"apert\w*|open|offen)\b",
    # Calling the customer unreliable to their face: "Siete proprio inaffidabili", "you really are unreliable".
    r"\b(siete|sei|you are|you're|sie sind|vous etes|sois|sao|jullie zijn|u bent|jestescie|jestes|son ustedes)"
    r"( \w+)? (inaffidabil\w*|unreliable|unzuverlassig\w*|peu fiables?|pas fiables?|poco fiables?|nada fiables?|"
    r"pouco (confiav|fiav)\w*|onbetrouwbaar|niesolidn\w*|nierzeteln\w*|hopeless|incompetent\w*|incapaces|incapables)\b",
    # Mockery: "einen Kurs in Zahlungsmoral anbieten", "even for your lot", "could manage to read an email".
    r"\b(kurs|nachhilfe|lektion|course|lesson|class|cours|curso|corso|cursus)\b[^.;]{0,20}\b(zahlungsmoral|"
    r"payment (morals|ethics|discipline)|how to pay)\b|\b(fehlt|fehlen|mangelt) es (ja |wohl |offenbar )?an (den )?"
    r"(grundlagen|basics)\b|\beven for (your lot|you lot|you people|your people)\b|\b(could|might) (actually )?"
    r"manage to (read|answer|open|reply|pay)\b",
    # Telling the contact's boss how they pay: "copy in your managing director so she can see for herself".
    r"\b(copy|cc|loop)\w* in (your|their) (boss|manager|managing director|md|ceo|director|owner|line manager)\b",
    r"\b(votre|ton) (gerant|patron|directeur|responsable|superieur)\b[^.;]{0,40}\b(penserait|savait|dirait|saurait)\b",
    r"\b(il suo|il tuo|suo|tuo) (titolare|capo|direttore|responsabile)\b[^.;]{0,40}\b(sapere|contento|direbbe)\b",
    r"\b(ihr|dein) (chef|vorgesetzter|geschaftsfuhrer)\b[^.;]{0,40}\b(wusste|sagen|denken)\b",
    r"\b(su|tu) (jefe|jefa|gerente|director)\b[^.;]{0,40}\b(supiera|pensaria|diria)\b",
    r"\b(seu|sua) (chefe|gerente|diretor)\b[^.;]{0,40}\b(soubesse|pensaria|diria)\b",
    r"\b(uw|je) (baas|manager|directeur|leidinggevende)\b[^.;]{0,40}\b(wist|zou denken|zou zeggen)\b",
    # Turning up in person until paid, and public shaming.
    r"\b(not|won't|will not) (be )?leav\w*\b[^.;]{0,40}\b(until|till)\b|\brefuse to leave\b|"
    r"\bop kantoor zitten\b|\bpas weg als\b|\bbei ihnen (im buro|vor der tur)\b|\bnao saio\b|\bno me ire\b",
    r"\b(post|publish|share|publicare|publicar|publier|posten|veroffentlich)\w*\b[^.;]{0,40}\b(instagram|facebook|"
    r"linkedin|twitter|google|social media|redes sociales|reseaux sociaux|sozialen medien|social media)\b",
    r"\b(un gamin|a (ten|10)[- ]year[- ]old|un nino de|ein kind|uma crianca|een kind|un bambino)\b[^.;]{0,40}\b(mieux|better|"
    r"mejor|besser|melhor|beter|meglio)\b",
    r"\b(magic 8[- ]ball|must be a (really )?slow|ausreden kann ich nicht mehr)\b",
    r"\bparabens\b(?:[^.;]|(?<=\d)[.,](?=\d)){0,140}\bsem pagamento\b|\b(deve ser|must be|doit etre|debe ser|muss es) "
    r"(muito |very |tres |muy |sehr |so )?(confortavel|comfortable|confortable|comodo|bequem|nice)\b",
    r"\b(barzelletta|amateurisme|amateuristisch|amadorismo|amateurismo|pagliacci|clowns?)\b",
    r"\b(contact\w*|tell\w*|inform\w*|email\w*|call\w*|writ\w*) (the |all |every )?(clients|customers|suppliers)\b"
    r"[^.;]{0,40}\b(your|you)\b",
    r"\b(racconter\w*|dir\w*|vertel\w*|vragen|erzahl\w*|contar\w*) [^.;]{0,40}\b(suoi|sue|ai suoi|uw|ihre\w*|seus|sus|a sus|vos)"
    r" (clienti|klanten|kunden|clientes|clients|buren|nachbarn|vecinos|voisins|vizinhos|vicini)\b",
    r"\b(komplett |vollig |total )?uberfordert\b|\b(pouco|poco|peu) profission\w*|\bunprofessional\b|"
    r"\bonprofessioneel\b|\bunprofessionell\b|\bpoco profesional\b",
    r"\bpeople (in your position|like you)\b|\b(doesn't|does not|won't|will not) reflect well on you\b|"
    r"\breflects? (badly|poorly) on you\b",
    r"\b(copy|cc|include)\w* your (managing director|ceo|md|boss|owner|director|board)\b",
    r"\b(ogni mattina|ogni sera|mattina e sera|jeden morgen|chaque matin|cada manana|todas as manhas|elke ochtend)\b",
    r"\b(comentar|contar|avisar|informar|tell|inform|warn|prevenir|erzahlen|vertellen|dire)\w* [^.;]{0,20}\b"
    r"(other|outros|otros|autres|anderen|andere|altri) (suppliers|fornecedores|proveedores|fournisseurs|lieferanten|"
    r"leveranciers|fornitori|vendors)\b",
    r"\b(insulting|disgraceful|shameful|pathetic|embarrassing|ridiculous|contemptible|(don't|do not|doesn't|does not) deserve)\b",
    # Public shaming among the customer's own circle: "if your payment record became a talking point among the
    # other members", "perhaps those families would be interested to hear how the home looks after its suppliers".
    r"\b(talking point|talk of the (town|trade|industry)|word (gets|got|getting|would get) (around|out))\b",
    r"\bmake sure (every|all|everyone|each)\b[^.;]{0,60}\bknows?\b|\b(doesn't|don't|does not|do not|never) pay (its|their|your|his|her) bills\b",
    r"\b(seria|sería) una pena que\b[^.;]{0,60}\b(clientes|vecinos|proveedores)\b[^.;]{0,40}\benter\w*",
    r"\b(those|these|the|your|their|its) (\w+ )?(families|residents|patients|parents|members|clients|customers|"
    r"neighbou?rs|tenants|guests|staff|employees|investors|suppliers|partners|colleagues)( \w+){0,3} (would|might|may) "
    r"(well )?be (very |most |so )?(interested|curious|fascinated|intrigued|keen) to (hear|know|learn|find out)\b",
    r"\b(hopeless|sick of|fed up with|tired of chasing|how hard (is it|can it be)|everyone in the industry|"
    r"the whole industry|shambles|disaster|everyone knows|lo sanno tutti|"
    r"(bad|cattivi|malos|mauvais|schlechte\w*|mau|maus) (payers?|pagatori|pagadores|payeurs|zahler)|wanbetaler\w*|"
    r"frechheit|unverschamtheit|(?<!nao e )(?<!nao ha )(?<!nenhuma )vergonha(?! nenhuma| alguma)|schande)\b",
    r"\b(schaamteloos|shameless|schamlos|sfacciat\w*|sin verguenza|sem vergonha|bezwstyd\w*|scroccon\w*|"
    r"freeloader\w*|schnorrer|gorron\w*|profiteurs?|klaploper\w*|sanguessug\w*|pasozyt\w*|darmozjad\w*|"
    r"beschamend|schandalig|genant|gebrek aan fatsoen|peinlich|schandlich|unverschamt|honteu(x|se)|"
    r"scandaleu(x|se)|lamentable|pitoyable|vergonzos[oa]|pateti(co|ca)|vergonhos[oa]|lamentavel|vergognos[oa]|"
    r"imbarazzante|belachelijk|lacherlich)\b",
    r"\b(company|business|firm|bedrijf|firma|unternehmen|entreprise|societe|empresa|azienda)( van| de| di)? "
    r"(your|uw|ihrer|votre|su|sua|vostra|della vostra) (size|omvang|grosse|taille|tamano|tamanho|dimensione)\b",
    r"\bwall of shame\b",
    r"\b(competent|capable|smart) enough\b",
    r"\b(day and night|night and day|around the clock|every (single )?(hour|day|morning|evening|night))\b",
    r"\bkeep (calling|phoning|emailing|ringing|texting)\b",
    r"\b(pay|paying) you a visit\b",
    r"\b(test|testing) (our|my) patience\b",
    r"\b(regret|be sorry)\b[\w ]{0,10}$",
    r"\b(de hora a hora|cada hora|ogni ora|toutes les heures|jede stunde|elk uur|a cada hora)\b",
    # Calls pressed into the contact's evenings and weekends: "rufe ich Sie jeden Abend auf dem Handy an".
    r"\b(rufe|rufen|anruf\w*|call\w*|ring\w*|phon\w*|appel\w*|llam\w*|ligar\w*|ligo|bel\w*|chiam\w*|dzwoni\w*)\b"
    r"[^.;]{0,50}\b(jeden abend|jede nacht|tous les soirs|chaque soir|todas las noches|cada noche|todas as noites|"
    r"elke avond|ogni sera|codziennie wieczorem|(auch |even |aussi |tambien |tambem |ook |anche )?(am|at|on|le|el|los|"
    r"no|nos|in het|nel|w) (wochenende|weekends?|week-?end|fines? de semana|fins? de semana))\b",
    r"\bhow you (keep|run|manage) (a|your|that|this|the) (\w+ )?(\w+ )?(running |going |afloat )?like this\b",
    r"\b(spend|spending|spent) (a bit |a little |rather )?less time (on|at|in) the (golf|beach|yacht|pub|ski)",
    r"\b(das ist|ist|sind|war) (\w+ )?unterirdisch\b",
    r"\bhow (you|your \w+( \w+)?) (keep|kept|still have) (their|your|his|her|its) jobs?\b|\byou lot\b",
    r"\b(runs?|keeps?|manages?|does|do) (its|their|the|her|his) (books|accounts|finances) better than\b",
    r"\b(iemand|anyone|anybody|someone|jemand|quelqu'un|alguien|alguem|qualcuno) (\w+ ){0,2}(kan lezen|can (even )?read|"
    r"lesen kann|sait lire|sabe leer|sabe ler|sa leggere)\b",
    r"\b(een beetje|elk|ieder) (volwassen|normaal|fatsoenlijk) bedrijf\b|\bany (grown-up|half-decent|proper|serious) "
    r"(company|business|firm)\b|\bjedes (halbwegs )?(serios\w*|normal\w*|vernunftig\w*) (unternehmen|geschaft)\b",
    # A notice about the debt put up in the customer's own entrance: "sätta upp en lapp i entrén om att ni inte
    # betalar era leverantörer".
    r"\b(notice|sign|poster|lapp|skylt|anslag|aviso|cartel|affiche|aushang|zettel|briefje|bordje|cartaz|cartello|"
    r"avviso|ogloszenie|kartk\w*)\b[^.;?!]{0,30}\b(in|at|on|i|pa|en|an|am|im|op|bij|na|no|nel|nella|dans|sur) (your |"
    r"er |ert |din |ditt |votre |vos |ihre\w* |su |sus |uw |jullie |je |sua |seu |vostr\w* |the |)(entrance|entren|"
    r"entre|lobby|reception|door|dorr|dorren|shop window|window|eingang|tur|vitrine|entree|ingang|entrada|porta|"
    r"ingresso|recepcion|receptionen)\b[^.;?!]{0,40}\b(pay|betala\w*|paga\w*|pag\w*|zahl\w*|betaal\w*|debt|owe|"
    r"skuld|deuda|dette|schuld\w*|divida|debito|leverantor\w*|suppliers|fournisseurs|lieferanten|proveedores|"
    r"fornecedores|leveranciers|fornitori)",
    # "that you don't pay your suppliers": an accusation made to shame.
    r"\b(inte|not|don't|do not|doesn't|never|ne|nicht|no|niet|nao|non|nie)\b (\w+ )?(betalar|betala|pay|payez|paie|zahlen|"
    r"zahlt|bezahlen|paga|pagan|pagam|betaalt|betalen|pagano|placi|placicie) (\w+ )?(era|sina|dina|your|its|their|vos|"
    r"ses|leurs|ihre|seine|sus|a sus|seus|aos seus|uw|je|hun|i suoi|ai suoi|swoim) (leverantorer|suppliers|fournisseurs|"
    r"lieferanten|proveedores|fornecedores|leveranciers|fornitori|dostawcom)\b",
    # "wie man sich jeden Tag einen Proteinshake leisten kann, aber keine 39,90 €": mocking what they spend.
    r"\b(leisten|afford|permettre|permitir\w*|permettersi|permettere|veroorloven|har rad|ha rad|pozwolic)\b[^.;?!]{0,60}"
    r"\b(aber|but|mais|pero|ma|maar|men|mas|ale)\b,? (\w+ )?(keine?n?|not|pas|no|non|niet|geen|inte|nao|nie)\b",
    r"\b(time to sell|dags att salja|zeit,? (\w+ )?zu verkaufen|hora de vender|temps de vendre|tijd om (\w+ )?te "
    r"verkopen|ora di vendere|czas (\w+ )?sprzedac)\b",
    r"\b(ni|du) har (val|nog) rad\b",
    # Another customer held up as the teacher: "Maybe ask him how it's done?", "Fragen Sie ihn doch, wie man das macht".
    r"\b(ask (him|her|them)|fragen sie (ihn|sie)|frag (ihn|sie)|demandez-lui|demande-lui|demandez-leur|preguntale|preguntele|preguntales|pergunte-lhe|"
    r"pergunta-lhe|vraag (het )?(hem|haar|hen)|chiedigli|chiedile|chiedete(gli|le)|fraga (honom|henne|dem))\b"
    r"[^.;?!]{0,20}\b(how (it's|it is|that's|that is) done|how (he|she|they) (did|does|do|manage\w*) it|wie (man|er|sie) "
    r"(das|es) (macht|schafft|gemacht|geschafft)|comment (on fait|il a fait|elle a fait|ils ont fait|faire)|como se hace|"
    r"como lo (hizo|hicieron|hace)|como se faz|como (ele|ela) fez|hoe (het moet|je dat doet|hij dat deed|ze dat deed|dat moet)|"
    r"come si fa|come ha fatto|hur man gor|hur (han|hon|de) gjorde)",
    # (Dutch "excuses" means an apology, so only the English taunt counts.)
    r"\b(incompetent\w*|clueless|lazy|deadbeat\w*)\b|\b(stop making|no more|your) excuses\b",
    # sv: "Det är pinsamt", "Ni är helt oseriösa", "skamligt", "löjligt"
    r"(?<!inte )(?<!ej )(?<!aldrig )\b(pinsam\w*|skamlig\w*|skams|oforskam\w*|oseriosa?|patetisk\w*|lojlig\w*|snyltare|bedragare|lognare|"
    r"dalig(a)? betalare)\b",
    # Their own staff told that their employer has not paid: "our teacher will explain to your staff that their
    # employer hasn't paid", "expliquer à vos salariés que votre société n'a pas payé".
    r"\b(tell|explain|inform|announce|mention|let)\w*\b[^.;!?]{0,40}\b(your|their|vos|votre|ihren?|sus|tus|vostri|ai "
    r"vostri|uw|jullie|seus|os seus|aos seus) (staff|employees|team|workers|crew|drivers|students|learners|trainees|"
    r"employes|salaries|equipes?|mitarbeiter\w*|angestellten|empleados|trabajadores|dipendenti|collaboratori|"
    r"medewerkers|werknemers|funcionarios|colaboradores)\b[^.;!?]{0,80}\b(has ?n[o']t|have ?n[o']t|did ?n[o']t|not been|"
    r"n'a pas|n'ont pas|nicht bezahlt|no ha pagado|no han pagado|non ha pagato|non hanno pagato|niet betaald|nao pagou|"
    r"nao pagaram)\b",
    # The customer's accounts team as the butt of a comparison: "a child could pay faster than your accounts
    # department", "the only thing producing less than ... is your accounts department".
    r"\b(faster|quicker|better|smarter|less|slower|worse|lazier)\b[^.;!?]{0,60}\b(than|is|are) your (accounts?|"
    r"accounting|finance|ap|payables|billing|admin) (department|dept|team|people|office|staff)\b",
    # Told to learn to read or count: "should learn to read a due date", "dovrebbe imparare a leggere".
    r"\b(should|ought to|needs? to|must) (really |first )?learn (how )?to (read|count)\b|\b(devrai\w*|doit|doivent) "
    r"apprendre a (lire|compter)\b|\b(sollte\w*|muss\w*) (erst(mal)? )?(lesen|rechnen) lernen\b|\b(deberia\w*|tiene\w* "
    r"que) aprender a (leer|contar)\b|\b(dovrebbe(ro)?|dovreste|deve|devono) (\w+ )?imparare a (leggere|contare)\b|"
    r"\b(moet\w*|zou\w* moeten) (\w+ )?leren (lezen|tellen)\b|\b(deveria\w*|precisa\w*) aprender a (ler|contar)\b|"
    # The Nordic and Polish modal with its subject between ("Måske skulle jeres chauffører lære at læse en faktura",
    # "Kanskje burde dere lære å lese", "Może powinni Państwo nauczyć się czytać").
    r"\b(skulle|burde|bor|borde|maste|powinn\w*) (\w+ ){0,3}(l(ae|æ)re at|lara sig( att)?|l(ae|æ|a)re (seg )?a|"
    r"l(ae|æ)re (jer|dig) at|nauczyc sie) (l(ae|æ)se|lasa|lese|czytac|t(ae|æ)lle|rakna|telle|liczyc)\b",
)
# Shaming by comparison with other customers, named or not. Negation-aware ("we never compare members"), so read
# like a commitment: "Every other member at Deansgate manages to pay £42 a month without being chased", "97% van
# onze leden betaalt gewoon op tijd", "Hasta el socio que viene una vez al mes paga puntual", "Eux, au moins,
# savent honorer leurs engagements", "If they can do it, so can you".
_PEOPLE = (
    r"(members?|customers?|clients?|leden|klanten|mitglieder\w*|kunden|socios?|clientes?|soci|clienti|membres?|"
    r"adherents?|medlemmar|kunder|tenants?|parents?|families|students?|guests?|patients?|couples?|gasten|gaste|huespedes|"
    r"hospedes|ospiti|gaster|czlonkow\w*|klient\w*)"
)
_PAYS = (
    r"(pays?|paid|manages?|settles?|clears?|betaalt|betalen|betalar|zahlt|zahlen|schafft|schaffen|paie|paient|regle|reglent|"
    r"arrive|arrivent|paga|pagan|pagam|pagano|consigue\w*|conseguem|riesce|riescono|lukt|klarar|placi|placa|savent)"
)
_PUNCTUAL = (
    r"(on time|in time|punctually|promptly|without (being chased|a reminder|any reminders?|reminders?|fail)|op tijd|"
    r"gewoon op tijd|punktlich|rechtzeitig|a temps|a l'heure|a tiempo|puntual\w*|em dia|a tempo|in tempo|i tid|"
    r"w terminie|na czas|honorer|their bills|ses factures|leurs factures|their engagements)"
)
_SHAMING = _rx(
    rf"\b(every other|all (of )?(the |our )?other|the other|most (of )?(the |our )?other|jeder andere|alle anderen|"
    rf"alle andere|tous (les|nos) autres|todos (los|nuestros) (demas|otros)|tutti gli altri|todos os outros|alla andra|"
    rf"de andra|de andere|die anderen|les autres|nos autres|los demas|los otros|gli altri|os outros|os demais|de anderen)( \w+){{0,2}}? {_PEOPLE}\b(?! (who|that|die|dat|qui|que|der|som|che|welche)\b)"
    rf"[^.;?!]{{0,50}}\b{_PAYS}\b[^.;?!]{{0,40}}\b{_PUNCTUAL}",
    rf"\b\d+ ?% (of|van|de|der|dei|des|av|von|degli|dos|das|naszych)( our| onze| nos| unserer| nuestros| nossos| nostri|"
    rf" vara| unseren| de| los| les| i| os)?( \w+)? {_PEOPLE}\b[^.;?!]{{0,50}}\b{_PAYS}\b[^.;?!]{{0,40}}\b{_PUNCTUAL}",
    rf"\b(everyone|everybody|iedereen|tout le monde|todo el mundo|tutti|jeder|todos|alla|wszyscy)( else| anders| sonst|"
    rf" los demas| os outros| andra)?\b(?! (who|that|die|dat|qui|que|der|som|che|welche|to|is|est|es|ist)\b)[^.;?!]{{0,40}}"
    rf"\b(pays|manages|betaalt|betalar|zahlt|schafft|paie|paga|pagam|pagan|pagano|placi|riesce|consigue|lukt|klarar)\b"
    rf"[^.;?!]{{0,40}}\b{_PUNCTUAL}",
    # In the past, with one of theirs as the example: "even your nan paid for her own cake on time".
    rf"\b(even|incluso|hasta|meme|sogar|selbst|zelfs|perfino|persino|ate|nawet|till och med|aven) (your|votre|ta|ton|tu|"
    rf"su|seu|sua|tua|tuo|ihre?|deine?|je|uw|jullie|vostr[oa]|din|er)\b[^.;?!]{{0,30}}\b(paid|payait|zahlte|bezahlte|"
    rf"betaalde|betalade|pago|pagou|pagava|pagaba|pagato|placil\w*|zaplacil\w*)\b[^.;?!]{{0,30}}\b{_PUNCTUAL}",
    rf"\b(even|hasta|incluso|meme|sogar|selbst|zelfs|perfino|persino|ate|nawet|till och med|aven)\b"
    rf"(?! (if|when|though|so|si|wenn|als|se|om|cuando|quand|quando|jesli|now|after|before)\b)[^.;?!]{{0,60}}"
    rf"\b(pays|manages?|betaalt|betalar|zahlt|schafft|schaffen|paie|paient|arrivent|paga|pagam|pagano|placi|riesce|"
    rf"riescono|consigue|consiguen|conseguem|lukt|klarar)\b[^.;?!]{{0,30}}\b{_PUNCTUAL}",
    r"\b(they|eux|ils|sie|ellos|ellas|loro|zij|eles|elas|de|dom)\b,? (at least|au moins|wenigstens|zumindest|immerhin|"
    r"al menos|por lo menos|almeno|tenminste|pelo menos|atminstone|przynajmniej)\b,?[^.;?!]{0,20}\b(pay\w*|paid|honou?r\w*|"
    r"know|savent|settle\w*|regl\w*|zahl\w*|pag\w*|betal\w*|plac\w*)",
    r"\bif (they|he|she|others|everyone else|the others) can( do it| manage| pay)?\b[^.;?!]{0,20}\bso can you\b|"
    r"\bsi (ellos|ils|eux|elles) (pueden|peuvent)\b[^.;?!]{0,30}\b(tu|usted|vous) (tambien|aussi)\b|"
    r"\bwenn (die|sie|andere) (das )?(konnen|schaffen)\b[^.;?!]{0,30}\b(auch|ebenfalls)\b|"
    r"\bals (de anderen|zij|die|anderen) het (wel )?(kunnen|lukt)\b[^.;?!]{0,30}\b(kun|kan|kunt) (jij|je|u) het ook\b|"
    r"\bs'ils (peuvent|y arrivent)\b[^.;?!]{0,30}\bvous aussi\b|\bse (ce la fanno|loro possono)\b[^.;?!]{0,30}\b(anche "
    r"tu|anche lei)\b|\bse (eles|os outros) (conseguem|podem)\b[^.;?!]{0,30}\b(voce|tu) tambem\b|\bom (de|andra) "
    r"(kan|klarar det)\b[^.;?!]{0,30}\b(kan|klarar) (du|ni) (det )?ocksa\b",
    # Raising the debt before others at our desk: "have a word with you about it, in front of whoever's there", "laut an
    # der Rezeption ansprechen, damit alle mithören", "voordat we het aan de balie moeten gaan bespreken", "poner tu
    # nombre en la pizarra de la recepción".
    r"\bin front of (whoever|everyone|everybody|all the (others|other \w+))\b",
    r"\b(damit|so that|pour que|para que|perche|zodat|sa att) (alle|everyone|everybody|tout le monde|tous|todos|"
    r"todo el mundo|tutti|iedereen|alla|wszyscy) (\w+ )?(mithoren|zuhoren|horen|hears?|can hear|entende\w*|oigan|oiga|"
    r"ouvir|sentano|sentire|het horen|hor|hora|slyszeli)\b",
    r"\b(laut|aloud|out loud|a voix haute|en voz alta|ad alta voce|hardop|hogt|em voz alta|na glos)\b[^.;?!]{0,40}"
    r"\b(rezeption|reception|front desk|accueil|recepcion|balie|receptie|receptionen|recepcao|recepcja)\b|"
    r"\b(rezeption|reception|front desk|accueil|recepcion|balie|receptie|receptionen|recepcao|recepcja)\b[^.;?!]{0,40}"
    r"\b(laut|aloud|out loud|a voix haute|en voz alta|ad alta voce|hardop|em voz alta)\b",
    r"\b(before|voordat|bevor|avant que|antes de que|prima che|antes que|innan|zanim) (we|wij|wir|nous|nosotros|noi|nos|"
    r"vi|my)\b[^.;?!]{0,40}\b(aan de balie|an der rezeption|at (the )?(front desk|reception)|a l'accueil|en (la )?"
    r"recepcion|alla reception|na rece[cp]cao|i receptionen|w recepcji)\b",
    r"\b(your|tu|su|ihr\w*|dein\w*|votre|ton|je|jouw|uw|il tuo|il suo|seu|teu|ditt|ert|twoje) (name|nombre|nom|naam|"
    r"nome|namn|nazwisko)\b[^.;?!]{0,15}\b(on|en|an|am|sur|op|no|na|sul|sulla|pa|in|i) (the |la |el |die |der |dem |"
    r"le |het |de |o |a |il |)?(\w+ )?(board|pizarra|tablon|noticeboard|notice board|wall|brett|tafel|bord|tableau|"
    r"mur|pared|muur|wand|mural|quadro|bacheca|lavagna|tavla|anslagstavla|tablica|prikbord)\b",
    # Telling the member's employer: "vamos ligar para a sua empresa e explicar ao seu chefe porque ...".
    r"\b(we|we'll|we will|i'll|i will|vamos|iremos|vou|nous allons|wir werden|werden wir|we gaan|gaan we|we zullen|"
    r"zullen we|vi kommer att|ska vi|vi ska|andremo|vamos a|llamaremos|ligaremos|appellerons|chiameremo|contatteremo)\b"
    r"[^.;?!]{0,40}\b(call|contact|phone|ring|tell|inform|write to|email|ligar|contactar|telefonar|explicar|contar|"
    r"informar|avisar|llamar|appeler|contacter|informer|expliquer|anrufen|kontaktieren|informieren|erklaren|bellen|"
    r"vertellen|uitleggen|chiamare|contattare|informare|spiegare|ringa|kontakta|beratta|forklara)\b[^.;?!]{0,30}"
    r"\b(your|seu|sua|ao seu|a sua|su|a su|votre|a votre|ihren?|uw|je|il suo|il tuo|al suo|al tuo|din|er)"
    r" (employer|workplace|place of work|boss|chefe|patrao|empregador|jefe|empleador|lugar de trabajo|employeur|patron|"
    r"lieu de travail|arbeitgeber|vorgesetzten|arbeitsplatz|werkgever|baas|datore di lavoro|capo|arbetsgivare|chef|"
    r"pracodawc\w*|szef\w*)\b",
    r"\b(appellerons|contacterons|informerons|previendrons|llamaremos|contactaremos|informaremos|avisaremos|ligaremos|"
    r"contactaremos|chiameremo|contatteremo|informeremo|wir (rufen|kontaktieren|informieren|schreiben)|(rufen|kontaktieren|"
    r"informieren) wir|(we|wij) (bellen|mailen|informeren)|bellen we|vi (ringer|kontaktar|mejlar)|(ringer|kontaktar) vi)\b"
    r"[^.;?!]{0,20}\b(your|votre|su|a su|ihren?|uw|je|il suo|il tuo|al suo|al tuo|din|er|seu|sua) (employer|employeur|"
    r"patron|empleador|jefe|arbeitgeber|chef|vorgesetzten|werkgever|baas|datore di lavoro|capo|arbetsgivare|empregador|"
    r"chefe|patrao)\b",
)
# A period after a digit is a German date ("14. März"), not the end of a sentence.
# An apology next to something done wrong by us: "Sorry - our system applied the old price list".
_APOLOGY = re.compile(
    r"\b(sorry|apolog\w*|excuses|toutes nos excuses|entschuldig\w*|disculp\w*|desculp\w*|scus\w*|lamentamos)\b"
)
_WRONG_DONE = re.compile(
    r"\b(wrong\w*|old (price|address|rate)\w*|outdated|incorrect\w*|verkeerde?|mauvais\w*|falsch\w*|errad\w*|"
    r"equivocad\w*|sbagliat\w*|twice|dubbel|deux fois|zweimal|dos veces|duas vezes|due volte|by us|our (system|team))\b"
)
_FAULT_EXTRA = _rx(
    # ro, da/nb/sv, fi: "a fost greșeala noastră", "det var vår feil", "vores fejl", "virhe oli meidän".
    r"(?<!\bnu este )(?<!\bnu e )(?<!\bnu a fost )(?<!\bnu era )\b(greseala|vina) (noastra|a noastra)\b|\b(det|dette|detta) (var|er|ar) (helt |nok |dessverre |desvaerre |tyvarr )?"
    r"(var|vores|vart) (egen )?(feil|fejl|fel|skyld)\b|\bvores (fejl|skyld)\b|"
    # fi "ei ollut meidän virhe": denied.
    r"(?<!\bei ollut )(?<!\bei ole )(?<!\bei )(?<!\bei kyse )\bmeidan virhe\w*|\bvirhe (oli|on) meidan\b",
    # The passive: "the fuel gauge was misread by our depot staff".
    r"\b(was|were|has been|had been|got) (mis\w+|overlooked|wrongly \w+|incorrectly \w+) by (our|one of our) (\w+ ){0,2}"
    r"(staff|team|colleagues?|employees?|depot|drivers?|system|department|accounts|billing|technicians?|reception)\b",
    r"\b(that's|that is|it's|it is|this is|which is|that one's|that one is) (entirely |all |totally )?(down to|on) us\b",
    r"(?<!\bnao foi )(?<!\bnenhum )(?<!\bsem )(?<!\bnao houve )\b(lapso|erro|falha) noss[oa]\b|\b(planningsfout|fout|vergissing) (bij|van) ons\b|\bonze (fout|vergissing)\b",
    r"\bshould(n't| not| never) have (gone out|been (sent|issued|charged|billed|invoiced|applied))",
    # Hedged or not, "el fallo en el color fue nuestro" says whose the error was.
    r"\b(the )?(mistake|error|fault) ([\w ]{0,30} )?(was|is) (ours|on our side)\b|"
    r"\b(el )?(fallo|error|culpa) ([\w ]{0,30} )?(fue|es|ha sido) nuestr[oa]\b|"
    r"\b(o |a )?(erro|lapso|falha|culpa) ([\w ]{0,30} )?(foi|e|tera sido|teria sido)( mesmo| realmente| de facto)? "
    r"noss[oa]\b|"
    r"\b(l'?)?(erreur|faute) ([\w ]{0,30} )?(etait|est|vient) (la nostre|de notre (part|cote))\b|"
    r"\b(der )?fehler (lag|liegt) (bei uns|auf unserer seite)\b|"
    r"\b(l'?)?(errore|sbaglio|colpa) ([\w ]{0,30} )?(e stat[oa]|era|e) (nostr[oa]|da parte nostra)\b|"
    r"\bde (fout|vergissing) (lag|ligt) bij ons\b",
    r"\bwe (failed|forgot|neglected) to\b",
    r"\bwe (charged|billed|invoiced)\b.{0,30}\b(twice|double|two times)\b",
    r"\b(we|our \w+) (had|have|did)(n't| not) [\w ]{0,25}properly\b",
)
# A number ends a sentence too when an English sentence opens after it ("... added on March 12. If you can pay by
# Friday, ..."); elsewhere "am 12. März" is a date, so only these openers count.
# A title before a name ends no sentence: "an unseren Leiter Finanzen, Herrn Mag. Steiner, weitergegeben".
_SENTENCE = re.compile(
    r"(?<=[^\d\s][.!?])(?<!\bmag\.)(?<!\bdr\.)(?<!\bing\.)(?<!\bprof\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)"
    r"(?<!\bdott\.)(?<!\bsig\.)(?<!\bsra\.)\s+|(?<=\d[.!?])\s+(?=(?:if|should|please|thanks|thank you|we|you)\b)|\n+"
)


def _sentence_at(text: str, pos: int) -> str:
    after = _SENTENCE.search(text, pos)
    return text[_last_break(_SENTENCE, text, pos) : after.start() if after else len(text)]


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The parts of the match's clause before and after it."""
    left = _clause_start(text, start)
    after = _CLAUSE.search(text, end)
    return text[left:start], _before_condition(text[end : after.start() if after else len(text)])


_OUR_SYSTEM_DID = re.compile(
    r"\bour (billing |invoicing |accounting )?(system|platform|software|team|staff|billing|invoicing|warehouse|driver)\b"
    r"[^.;]{0,30}\b(applied|charged|billed|sent|used|invoiced|issued|picked|shipped|entered|took|missed|forgot)\b"
)


def _fault_concept(text: str) -> str | None:
    extra = _FAULT_EXTRA.search(text)
    if extra:
        return extra.group(0)
    sentences = _SENTENCE.split(text)
    for k, sentence in enumerate(sentences):
        apology, wrong = _APOLOGY.search(sentence), _WRONG_DONE.search(sentence)
        if apology and wrong and _OURS.search(sentence) and not _HEDGE.search(sentence):
            return wrong.group(0)
        # "It seems our billing platform applied last year's price ... Apologies for the mix-up."
        error = _ERROR_WORD.search(sentence)
        if apology and error and k and _OUR_SYSTEM_DID.search(sentences[k - 1]):
            return error.group(0)
        m = _RESPONSIBILITY.search(sentence)
        # The clause's own negation ("la responsabilità non è nostra"), not one of an earlier clause ("un rilevatore
        # non adatto all'ambiente, e la responsabilità ... è nostra").
        if m and not _negated(_clause_around(sentence, m.start(), m.end())[0] + " " + m.group(0)):
            return m.group(0)
        for m in _ERROR_WORD.finditer(sentence):
            before, after = sentence[: m.start()], sentence[m.end() :]
            if _THEIR_ERROR.search(before[-25:]) or _THEIR_ERROR.search(m.group(0) + after[:30]):
                continue
            if re.search(
                r"\b(you|your team|your bank) (sent|paid|made|provided|used|entered|submitted|quoted)\b",
                after[:40],
            ):
                continue  # "an error in the remittance you sent": the customer's slip
            if re.match(r" (happen|occur|can happen)", after):  # "mistakes happen": a platitude, not ours
                continue
            # A reflexive "se"/"si" before the verb is no "if": "o nosso técnico se enganou", "si è sbagliato". A hedge
            # in an earlier clause is not this one's: "You may notice it twice in your history; our system
            # double-billed you".
            hedged = re.sub(r"\b(se|si)\s+(e\s+)?$", "", before.rsplit(";", 1)[-1])
            if not _OURS.search(sentence) or _HEDGE.search(hedged):
                continue
            clause_before, clause_after = _clause_around(sentence, m.start(), m.end())
            if _negated(clause_before) or _negated(clause_after):
                continue
            return m.group(0)
    return None


# A credit that already exists is reported, not promised: "CN-44, issued in October, is already reflected".
# Said in the past passive, it is a fact too: "CN-12 was applied to your account on 3 March", "l'avoir a été imputé",
# "die Gutschrift wurde verrechnet", "la nota di credito è stata emessa". "A credit will be issued" is not.
# Money already sent back, reported: "the $275.00 refund was already processed on March 3", "le remboursement a
# déjà été effectué le 3 mars", "die Erstattung wurde am 3. März überwiesen", "el reembolso ya fue procesado".
_REFUND_DONE = (
    r"\b(was|were|has been|have been|had been) already (processed|refunded|credited|paid( out)?|sent|returned|"
    r"transferred|reversed|made|completed|issued|applied|posted)\b|"
    r"\b(was|were) (processed|refunded|paid out|returned|transferred|reversed|completed) (on|last|yesterday|earlier)\b|"
    r"\b(a|ont) (deja )?ete (effectue|traite|rembourse|verse|vire|credite|restitue)\w*|"
    r"\b(wurde|wurden)\b(?:[^.;:]|(?<=\d)\.){0,50}\b(erstattet|uberwiesen|zuruckuberwiesen|ausgezahlt|"
    r"zuruckgebucht|storniert)\b|"
    r"\b(fue|fueron|ha sido|han sido) (ya )?(procesad|realizad|reembolsad|transferid|devuelt|reintegrad)\w*|"
    r"\bya (se )?(fue|fueron|ha sido|han sido|sx) (procesad|realizad|reembolsad|transferid|devuelt|reintegrad)\w*|"
    r"\b(foi|foram) (ja )?(reembolsad|processad|estornad|transferid|efetuad|devolvid|creditad)\w*|"
    r"\b(e|sono) (gia )?stat[aoie] (rimborsat|effettuat|elaborat|accreditat|bonificat|restituit|stornat)\w*|"
    r"\b(is|zijn|werd|werden) (al |reeds )?(\w+ ){0,3}(terugbetaald|teruggestort|overgemaakt|verwerkt|gestorneerd)\b"
)
_DONE_PASSIVE = (
    r"\b(was|were|has been|have been|had been) (applied|posted|booked|allocated|offset|issued|deducted|netted)\b|"
    + _REFUND_DONE
    + "|"
    r"\b(a|ont) (deja )?ete (applique|impute|emis|deduit|comptabilise|compense)\w*|"
    # German and Dutch put the participle last: "wurde am 3. März mit Ihrer Rechnung verrechnet".
    r"\b(wurde|wurden)\b(?:[^.;:]|(?<=\d)\.){0,50}\b(verrechnet|verbucht|gebucht|ausgestellt|abgezogen|gutgeschrieben)\b|"
    r"\b(ist|sind) (bereits |schon )?(verrechnet|verbucht|gebucht|ausgestellt|abgezogen) (worden)?|"
    r"\b(werd|werden)\b(?:[^.;:]|(?<=\d)\.){0,50}\b(verrekend|geboekt|uitgereikt|afgetrokken|gecrediteerd)\b|"
    r"\b(is|zijn)\b[^.;:]{0,30}\bop \d{1,2}[ ./-]\w+\b[^.;:]{0,30}\b(verrekend|geboekt|uitgereikt|afgetrokken)\b|"
    r"\b(fue|fueron|ha sido|han sido) (ya )?(aplicad|emitid|descontad|contabilizad|compensad|imputad)\w*|"
    r"\b(foi|foram) (ja )?(aplicad|emitid|descontad|lancad|compensad|abatid)\w*|"
    r"\b(e|sono) (gia )?stat[aoie] (applicat|emess|detratt|registrat|compensat|contabilizzat)\w*|"
    r"\b(is|werd|zijn|werden) (al )?(verrekend|toegepast|geboekt|uitgereikt|afgetrokken)\b|"
    r"\b(zostal[aoy]?|zostaly) (zaksiegowan|wystawion|uwzgledn|rozliczon|potracon)\w*|"
    r"\b(har|blev) (\w+ )?(bokforts|avraknats|dragits av|utfardats)\b"
)
_ALREADY_THERE = re.compile(
    _DONE_PASSIVE + "|"
    r"\balready (been )?(applied|reflected|included|deducted|netted|accounted for|shown|taken off)\b|"
    r"\b(has|have|was|were) (already )?been (applied|deducted|netted|reflected)\b|"
    r"\b(deja|bereits|ya|ja|al|gia) (appliqu|verrechnet|berucksichtigt|aplicad|descontad|verrekend|applicat)\w*"
)


_FUTURE = re.compile(
    r"\b(will|shall|going to|we'll|we will|i'll)\b|\bwerden\b|\bvamos a\b|\bvais\b|\bnous allons\b"
)
# The person a request was passed to will answer: "... to our credit manager, who will reply by Wednesday". That
# future is theirs to answer, not a promise of more from this sentence.
_REPLY_FUTURE = re.compile(
    r"\b(will|shall|she'll|he'll|they'll) (\w+ ){0,2}?(reply|respond|answer|get back|come back|contact|call|phone|email|"
    r"write|be in touch|let you know|review|consider|look at|decide)\b"
)


def _scoped_concept(
    text: str,
    vocabulary: re.Pattern[str],
    exclude: re.Pattern[str],
    cue: re.Pattern[str] | None,
    sentence_exclude: re.Pattern[str] | None = None,
) -> str | None:
    lead = ""
    for sentence in _SENTENCE.split(text):
        # A list's items are read with the line that introduces them ("haben wir Folgendes vereinbart:").
        if lead and not _LIST_ITEM.match(sentence):
            lead = ""
        context = f"{lead} {sentence}" if lead else sentence
        if sentence.rstrip().endswith(":"):
            lead = sentence
        # A sentence reporting what already happened is skipped, unless it also promises more.
        if (
            sentence_exclude is not None
            and sentence_exclude.search(context)
            and not _FUTURE.search(_REPLY_FUTURE.sub(" ", sentence))
        ):
            continue
        for m in vocabulary.finditer(sentence):
            if (
                re.match(r"\s*:(?!\s*[\d€$£])", sentence[m.end() :])
                and len(sentence[: m.start()].split()) <= 3
            ):
                continue  # "On the refund: ..." names the topic; what follows says what we do about it
            before, after = _clause_around(sentence, m.start(), m.end())
            left = m.start() - len(before)
            if left > 0 and sentence[left - 1] == "(":
                # "I've passed your proposal (three payments from April)": what is in brackets belongs to the
                # clause around them.
                before = _clause_around(sentence, left - 1, left - 1)[0] + " " + before
            clause = before + m.group(0) + after
            if (
                _negated(before)
                or _negated(after)
                or exclude.search(clause)
                or _SWEDISH_NOT.search(m.group(0))
                # "the due date cannot be moved": the refusal inside the phrase, as in the commitments.
                or _INABLE.search(m.group(0))
            ):
                continue
            if re.search(r"\b(if|unless|si|falls|wenn|se|als|indien|qualora)\b", before):
                continue
            if cue is not None and not cue.search(context):
                continue
            return m.group(0)
    return None


_LIST_ITEM = re.compile(r"\s*([•*\u2022\u2013-]|\d{1,2}[.)]|[a-z][.)]|\|)\s")


# Set phrases that sound like an admission but are standard reservations on business letters.
_FORMULAS = re.compile(
    r"\b(sauf erreur( ou omission)?( de notre part)?|salvo (error|errore)( u omision| o omissione)?( por nuestra parte| da parte nostra)?|"
    r"errors and omissions excepted|e ?& ?oe|unless we are mistaken|irrtum vorbehalten|onder voorbehoud van (fouten|vergissingen)|salvo erro)"
)


# Street and building names that contain a court word ("Gerichtsstraße 14", "Via dei Tribunali 3") are
# addresses, not threats; folded text, so "ß" is already "ss".
_ADDRESS = re.compile(
    r"\b\w*(gericht|gerecht|court|tribunal|rechtbank)s?(strasse|str|weg|platz|gasse|allee|straat|laan|plein)\b"
    # A German street named with its preposition before the house number: "Am Gerichtshof 4", "Zum Amtsgericht 2a".
    r"|\b(am|an der|an den|im|zum|zur|beim|auf dem|hinter dem|vor dem|bei der|unter den) (alten |neuen )?"
    r"(gericht\w*|amtsgericht|landgericht) \d{1,4}[a-z]?\b"
    # A venue named after the court nearby: "Bistro Tribunal", "Café du Palais de Justice", "Gasthaus Gericht".
    r"|\b(bistro|cafe|restaurant|restaurante|ristorante|brasserie|hotel|trattoria|taverna|gasthaus|gasthof|"
    r"cantina|pizzeria|bodega)( du| de la| de| del| dei| zum| am)? (tribunal\w*|palais de justice|juzgado|tribunale|"
    r"gericht|rechtbank|court ?house)\b"
    # Romanian and Catalan streets and their short forms too: "Str. Tribunalului nr. 6", "Bd. Tribunalului", "carrer del
    # Tribunal", "R. do Tribunal".
    r"|(\bc/|\bav\.|\bavda\.?|\bstr\.|\bbd\.|\bb-dul|\bbdul\.?|\bsos\.|\br\.|\bpg\.|\b(rue|avenue|avenida|via|calle|rua|viale|"
    r"piazza|plaza|praca|largo|travessa|corso|strada|place|boulevard|quai|bulevardul|calea|soseaua|aleea|piata|splaiul|"
    r"intrarea|carrer|passeig|placa|avinguda|ronda|travesia|paseo|camino|estrada|alameda))"
    r"( du| de la| des| dei| del| della| do| da| de los| de las| dos| das| de)? "
    r"(tribunal\w*|palais de justice|juzgados?)\b"
    # A venue kept from an old court building: "im Alten Gerichtssaal unseres Hauses", "the Old Courthouse".
    r"|\b(alte[nrs]?|old|ancien|antigu?[oa]|vecchi[oa]|oude) (gerichtssaal|gerichtsgebaude|court ?house|courtroom|"
    r"tribunal|palais de justice|juzgado|tribunale|rechtbank)\b"
    # Nordic, Finnish, Hungarian, Turkish and Slavic streets on a court word: "Domstolsvägen 4", "Tingrettsveien 2",
    # "Byretsvej 9", "Käräjäoikeudenkatu 3", "Törvényház utca 4", "Adliye Caddesi 12", "ul. Sądowa 5", "Soudní 8",
    # "ул. Судебная 3". The court itself ("tingsrätten", "sąd rejonowy") is still read.
    r"|\b(domstol|tingsratt|tingratt|tingrett|hovratt|lagmannsrett|byret|landsret|domhus|"
    r"karajaoikeuden|hovioikeuden|oikeustalon)s?(vagen|vag|gatan|gata|vej|vejen|veien|vegen|gaten|gate|"
    r"gade|torget|torvet|plan|platsen|grand|backe|backen|stig|stigen|katu|tie|kuja|tori|polku)\b"
    r"|\b(birosag|torvenyhaz|torvenyszek)\w* (utca|ut|ter|koz|sor)\b"
    r"|\badliye (cad|caddesi|cd|sok|sokak|sokagi|sk|bulvari|meydani|yolu)\b"
    r"|\b(ul|ulica|ulice|ulici|al|aleja|pl|plac|nam|namesti|trg)\.? (sadow\w*|soudni|sudsk\w*|sodn\w*)\b"
    r"|\b(sadowa|soudni|sudska|sodna) (ulica|ulice|ul|trida|cesta)\b"
    r"|(?<!\w)(ул\.?|улица|пер\.?|переулок|проезд|площадь|пл\.|вул\.?|вулиця|бул\.?|булевард) (судеб\w*|съдеб\w*|"
    r"судов\w*|съдебн\w*)(?!\w)|(?<!\w)(судебн\w*|судов\w*|съдебн\w*) (улица|переулок|проезд|площадь|вулиця)(?!\w)"
    # ar: a street, road or square named after the court or justice ("12 شارع المحكمة", "ميدان العدل").
    r"|(?<!\w)(شارع|ش\.|طريق|ميدان|حارة|درب|جادة|ساحة) (ال)?(محكمة|محاكم|عدل|قضاء|محامين|نيابة)(?!\w)"
)
# A legal department named as a place, a label before its address ("Registered office and legal department: 4 Court
# Street", "Sede social y Departamento Jurídico: Calle de la Audiencia 14"): an address line, not a step we take.
_DEPARTMENT_ADDRESS = re.compile(
    r"\b(legal (department|team)|ufficio legale|service juridique|rechtsabteilung|departamento (legal|juridico)|"
    r"juridische afdeling|dzial prawny)\s*:\s*"
    r"(?=[^\n]{0,40}\b(street|st|road|rd|lane|avenue|square|place|row|rue|boulevard|quai|via|viale|piazza|corso|calle|"
    r"avenida|plaza|paseo|rua|praca|largo|travessa|\w*(strasse|str|weg|platz|gasse|allee|straat|laan|plein|gracht|kade)|"
    r"ul|ulica)\b\.?[^\n]{0,40}\d|[^\n]{0,6}\d+[a-z]?,? [^\n]{0,30}\b(street|st|road|rd|lane|avenue|square|place|row)\b)"
)
# A credit document named by its number is one that exists. Reporting it ("credit note CN-12, issued on 12
# February, is already reflected", "saldo na creditnota CN-2026-014") promises nothing; a sentence that also
# speaks of the future ("we will issue credit note CN-13") still counts.
_CREDIT_DOC = re.compile(
    r"\b(credit (note|memo)|nota (?:de )?credito|avoir|gutschrift|creditnota|creditfactuur|nota di credito|abono)"
    r"( (n[or]?|nr|#)\.?)? ?(?!(di|de|da|du|of|von|van|des|del|for|per|por|pour|fur|voor|from|worth) \d)"
    r"(?P<number>([a-z]{1,4}[-/])*[a-z]{0,4}[-/ ]?\d[\w/-]*)"
)
# A sum or a credit note described by its parts ("Die Gutschrift setzt sich wie folgt zusammen", "het bedrag is als
# volgt opgebouwd: ... creditnota CN-12"): the document is there to be described, nothing is promised.
_COMPOSITION = re.compile(
    r"\b((setzt|setzen) sich (\w+ )?(wie folgt|folgendermassen|so) zusammen|(is|zijn|wordt|worden) als volgt (opgebouwd|"
    r"samengesteld|berekend)|(is|are) (made up|broken down|composed|calculated) as follows|se (compose|decompose|calcule) "
    r"(comme suit|ainsi)|se (desglosa|compone|calcula) (asi|de la siguiente manera|como sigue)|(e|viene) (composta|"
    r"calcolata|suddivisa) come segue|(compoe-se|e composta|e calculada) (da seguinte forma|assim))\b"
)
# "Die Gutschrift, die wir Ihnen nächste Woche senden, setzt sich ... zusammen": one still to be sent is promised.
_WE_SEND = re.compile(
    r"\b(wir|we|nous|wij|noi|nosotros|nos|ich|i|je|ik|io|eu)\b[^.;:]{0,40}\b(send|sending|senden|schicken|issue|issuing|"
    r"erstellen|ausstellen|sturen|versturen|envoy\w*|enverr\w*|emett\w*|enviar\w*|enviamos|enviaremos|emitir\w*|emitimos|"
    r"inviamo|invieremo|emettiamo|emetteremo)\b|\b(next week|tomorrow|nachste woche|nachsten woche|morgen|volgende week|"
    r"demain|la semaine prochaine|la semana que viene|la proxima semana|manana|domani|la prossima settimana|amanha|"
    r"na proxima semana)\b"
)
_STATEMENT_ROW = re.compile(r"\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4} [^\n]*\s[-(]?\d[\d.,]*\d\)?\s*$")
_CREDIT_WORD = re.compile(
    r"\b(credit (note|memo)|nota (?:de )?credito|nota di credito|avoir|gutschrift|creditnota|creditfactuur|faktura korygujaca|"
    r"kreditfaktura|abono)\b"
)
# The credit note named again with a definite article ("A nota de crédito foi de 680,00 €") after the draft reported it
# issued: that document, not a new one.
_THE_CREDIT = re.compile(
    r"\b((the|this|that) credit (note|memo)|(a|esta|essa|la|esa) nota (?:de )?credito|(el|este|ese) abono|(la|questa|quella) nota di credito|"
    r"(la|cette) note de credit|(l'|cet )avoir|(die|diese) gutschrift|(de|deze) (creditnota|creditfactuur))\b"
)
_ATTACHED = re.compile(
    r"\b(em anexo|seguem? em anexo|attached|enclosed|ci-joint\w*|anbei|adjunt[ao]s?|in allegato|allegat[ao]|in (de )?bijlage|"
    r"bijgevoegd|w zalaczeniu)\b"
)
_BAR_ASSOCIATION = re.compile(
    r"\b(ordre des avocats|barreau|bar association|law society|(ilustre )?colegio de abogados|ordem dos advogados|ordine degli "
    r"avvocati|consiglio dell'ordine|rechtsanwaltskammer|anwaltskammer|orde van advocaten|(okregowa )?(rada|izba) adwokacka)\b"
)
_EXISTING = re.compile(
    _DONE_PASSIVE + "|"
    r"\b(already|deja|bereits|schon|ya|ja|al|reeds|gia|issued|emitid[ao]|emise?|ausgestellt|verstuurd|"
    r"uitgegeven|emess[ao]|sent|raised|after|following|na|nach|tras|apres|dopo|apos|depois d[aoe])\b"
    r"|\b(del|du|vom|van|de|of|dated)\s\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
)
_FUTURE_ANY = re.compile(
    r"\b(will|shall|going to|we'll|i'll|werden|wird|zullen|zal|gaan|vamos|iremos|emitiremos|enviaremos|"
    r"allons|emettrons|enverrons|ferons|faremo|emetteremo|invieremo|vai|vao|ira|irao|emitiremos|"
    r"verra|verranno|sara|saranno|sera|seront|seran|zostanie|zostana|bude|budou|va fi|vor fi|"
    # Still to come, in a statement's remark column: "avoir de 1 188,00 € à émettre dès réception".
    r"a emettre|to be issued|to follow|por emitir|a emitir|da emettere|zu erstellen|nog te|do wystawienia|upon receipt|"
    r"des reception)\b"
    # "(volgt deze week)", "(folgt)", "(à suivre)": still to come; not "wie folgt", "als volgt", "comme suit" (as below).
    r"|(?<!\bals )(?<!\bwie )(?<!\bcomme )(?<!\bcomo )(?<!\bcome )\b(volgt|folgt|suit|a suivre|sigue|segue a breve|"
    r"seguira|kommer|foljer)\b"
)
# A credit note still to come, named in a statement row or a sentence: "| Creditnota CN-2026-041, posters (volgt deze
# week) | − € 318,00 |". Read without the statement-row or numbered-document shortcuts, which take it as issued.
# Cue families in languages the patterns above do not cover (sl, hr, cs, et, el, tr, hu, ca) and a few idioms. They
# are first-person commitments or steps against the customer, read without negation handling, so each names the act
# itself: "vam bomo izdali dobropis" (we will issue), not "dobropis smo izdali" (we issued).
_LEGAL_MORE = _rx(
    # sl/hr: enforcement through the court, a claim filed; our lawyer.
    r"\b(predlog za izvrsbo|izvrsb\w*|ovrh\w*|prijedlog za ovrhu|utuzi\w*|tuzb\w*|sodno izterjav\w*)\b",
    # el and tr (an extrajudicial notice, our lawyer, court steps, enforcement) are read with their negations in
    # _LEGAL_S26B.
    # cs: a lawyer, the court, an enforcement officer.
    r"\b(predame|predani) (\w+ ){0,2}(advokat\w*|vymahani\w*|soud\w*|exekutor\w*)|\b(exekuc\w*|exekutor\w*)\b",
    # sk: the matter settled "through the court", a court action; French "au sud de" is no court.
    r"\b(prostrednictvom|cez|na|k|pred) sud(u|om)\b|\b(cez|pred) sud\b|\bsudn\w* (cest|konani|spor|vymahani)\w*|\bpravn\w* zastupc\w*",
    # lt: a debt-collection company, we will go to court, a bailiff.
    r"\b(skol\w* isieskojim\w*|isieskojimo (bendrov|imon)\w*|kreipsimes i teisma|i teisma|teismo (keliu|tvarka)|antstol\w*)\b",
    # lv: a debt-collection company, the court, a bailiff; et: a collection agency, the court, a bailiff.
    r"\b(parad\w* piedzin\w*|inkaso (uznemum|kompanij|sabiedrib)\w*|vers\w* tiesa|tiesas (cela|kartiba)|"
    r"tiesu izpilditaj\w*|inkassofirma\w*|inkassoburoo\w*|kohtusse|kohtutaituri\w*|kohtu kaudu)\b",
    # is: a collection agency, a lawyer, the courts.
    r"\b(innheimtu(fyrirt|stofnun|thjonust|þjonust)\w*|log(fraed|fræð)ing\w*|logmann\w*|domstol\w*)",
    # bg: we will sue, the court, lawyers, a collector, a bailiff ("съдържание" is contents: the whole word only).
    r"(ще (ви |вu )?съдим|съдебн\w*|\bсъда\b|\bсъдът\b|адвокат\w*|колектор\w*|съдия-изпълнител\w*|"
    r"частен съдебен изпълнител)",
    # The lawyers sent round, even as a joke: "I'm sending the lawyers round 😅 (kidding... mostly)".
    r"\b(send|sending|set|setting)\w* (the |our |my )?(lawyers|solicitors|attorneys|heavies|debt collectors) "
    r"(round|over|in|on you|after you)\b",
    # Accounts handed to solicitors as a rule, said in a P.S. or a footer: "accounts more than 60 days overdue are
    # handed to our solicitors", "I crediti non saldati ... vengono affidati a una società di recupero crediti".
    rf"\b(are|is|will be|get|gets|werden|wird|vengono|viene|verranno|sont|seront|son|seran|worden)\b {_UNDENIED}{{0,20}}\b"
    r"(handed|passed|referred|sent|transferred|ubergeben|weitergeleitet|affidat\w*|trasmess\w*|transmis\w*|"
    r"remis\w*|confi\w*|transferid\w*|remitid\w*|overgedragen)\b (over )?(to|an|a|al|alla|aux|au|a la|aan)\b"
    r"[^.;]{0,40}\b(solicitors?|lawyers?|attorneys?|debt collect\w*|collection agenc\w*|rechtsanw\w*|inkasso\w*|"
    r"recupero credit\w*|legale|avocats?|recouvrement|abogad\w*|cobro\w*|incassobureau\w*|advocaat)",
)
_DISCOUNT_MORE = _rx(
    # sl "vam stroške odpišemo", hr "otpisat ćemo zateznu kamatu", el "σας χαρίζουμε τους τόκους", ca "te'l perdonem".
    r"\b(odpisemo|bomo odpisali|ne bomo zaracunali|otpisat cemo|otpisacemo|otpisujemo|necemo (vam )?(naplatiti|zaracunati))\b",
    r"(χαριζουμε|θα (σασ )?(χαρισουμε|διαγραψουμε)|δεν θα (σασ )?χρεωσουμε)",
    r"\b(te'l|us el|us la|te la|vos el) (perdonem|perdonarem)\b|\b(perdonem|perdonarem) (el|la|els|les) (recarrec|interessos|"
    r"penalitzaci\w*)",
    # it: "we'll turn a blind eye" on a charge.
    r"\bchiud\w* un occhio\b",
    # de: charges booked out ("buchen wir Ihnen die Mahngebühren ... aus").
    r"\bbuchen (wir|ich) (ihnen )?[^.;]{0,60}\b(\w*gebuhr\w*|\w*zinsen|\w*kosten)\b[^.;]{0,20}\baus\b",
    # A charge said waived in the perfect passive with its amount and invoice between: "the GBP 35.00 late-payment
    # fee on invoice FW-40455 has been waived".
    rf"\b{_CHARGE_NOUN}\b{_UNDENIED}{{0,50}}\b(has|have) (now |already |also )?been (waived|written off|forgiven|"
    r"cancell?ed|dropped|removed)\b",
    # de: "lassen wir die Mahngebühr von 5,00 € natürlich weg".
    rf"\blassen (wir|ich) {_UNDENIED_DOTTED}{{0,40}}\b{_CHARGE_NOUN}\b{_UNDENIED_DOTTED}{{0,30}}\bweg\b",
    # it: a supplement or late fee taken off, before or after the verb: "togliamo il supplemento da € 32,00",
    # "la mora di 10 € te la togliamo noi".
    r"\b(togliamo|toglieremo|togliamo noi|leviamo|leveremo|scaliamo|scaleremo)\b[^.;]{0,20}\b(il |la |lo |i |le |gli )?"
    r"(supplement\w*|sovrapprezz\w*|mora|penal\w*|maggiorazion\w*|interessi|spese)\b|\b(supplement\w*|mora|penale|"
    r"interessi|spese|maggiorazione)\b[^.;]{0,30}\b(te la|ve la|te lo|ve lo|glielo|gliela|ve li|te li) "
    r"(togliamo|toglieremo|leviamo|abboniamo|condoniamo)\b",
    # nl: the charges not charged if paid by a date: "dan brengen we de wettelijke rente en de incassokosten niet in
    # rekening".
    r"\b(brengen|rekenen) (we|wij)\b[^.;]{0,60}\b(rente|incassokosten|aanmaningskosten|herinneringskosten|boete|"
    r"administratiekosten|toeslag)\b[^.;]{0,20}\bniet (in rekening|aan)\b",
    # is: "fellum við niður dráttarvextina og ítrekunargjaldið" (we drop the late interest and the reminder fee).
    r"\b(fellum|fella|felldum|verda felld\w*) (vi(ð|d) |eg |ver )?ni(ð|d)ur\b[^.;]{0,40}(vext|gjald|kostn)\w*",
    # A charge marked waived in a table cell: "| Missing chargers (5) | GBP 125.00 | waived if paid by 20 March |".
    r"\|\s*(waived|written off|annule\w*|offert\w*|erlassen|gestrichen|kwijtgescholden|condonad\w*|anulad\w*|"
    r"stornat\w*|condonat\w*|umorzon\w*)\b(?! (by|on request|at your request))[^|\n]*\|",
    # fr/en: a charge brought down to a smaller sum for quick payment: "nous ramenons ce montant à 20,00 €".
    r"\b(nous ramenons|nous ramenerons|on ramene|nous reduisons|nous reduirons|we('ll| will| can)? (reduce|bring down|"
    r"lower|cut)) (ce|le|votre|cet|this|the|your|that) (montant|prix|total|solde|frais|amount|charge|fee|price|total)\b"
    r"[^.;]{0,15}\b(a|to|down to) ([$€£]|eur|gbp)?\s?\d",
)
_REFUND_MORE = _rx(
    r"\b(bomo|bom) (\w+ )?(izdali|izstavili|poslali|pripravili)( \w+)? dobropis\w*|\bizdamo( \w+)? dobropis\w*|"
    r"\bvrnili (vam )?bomo|\bbomo (vam )?vrnili",
    r"\b(izdat cemo|izdacemo|poslat cemo|poslacemo)( \w+){0,2} (knjizno )?odobrenj\w*|\b(vratit cemo|vraticemo)\b",
    r"\b(vratime|vracime)\b|\b(vystavime|posleme|zasleme) (vam )?dobropis",
    r"\b(tagastame|kanname (\w+ ){0,3}tagasi|teeme kreeditarve)\b",
    # et/lv/lt/is/sk/bg: we will draw up or send a credit note, we will return the money.
    r"\b(koostame|saadame|valjastame|koostatakse) (\w+ ){0,4}kreeditarve\w*|\bkreeditarve\w* (\w+ ){0,3}(koostame|"
    r"saadame|valjastame|teeme)\b|\b(izrakstisim|nosutisim|sagatavosim) "
    r"(\w+ ){0,2}kredit(reki|rek)\w*|\b(atmaksasim|atgriezisim)\b|\b(grazinsime|grazinsim|israsysime (\w+ ){0,2}"
    r"kreditin\w*)\b|\b(endurgreidum|endurgreidd\w* verd\w*|gefum ut kreditreikning\w*)\b|\b(vratime|vystavime) "
    r"(vam )?(\w+ )?(dobropis\w*|peniaze|sumu)|(ще (ви )?(възстановим|върнем) (\w+ )?(сумата|парите|\d)|"
    r"ще (ви )?издадем кредитно известие)",
    # An invoice to be cancelled and reissued without a line: "La factura TG-2026/0179 quedará anulada y te
    # enviaremos una nueva", "the invoice will be cancelled and a new one issued".
    rf"\b(factura|fatura|facture|invoice|rechnung|fattura|factuur)\b{_UNDENIED}{{0,30}}\b(quedara|quedaria|sera|"
    r"will be|wird|verra|wordt|ficara)\b (\w+ )?(anulad|annul|cancel|storn|void|credit|gecrediteerd)\w*[^.;]{0,40}"
    r"\b(nueva|new one|nouvelle|neue|nuova|nieuwe|nova|reissu\w*)",
    r"\bjovairo szamla\w* (allitunk|allitjuk|kuldunk|kuldjuk|keszitunk)|\b(visszautaljuk|visszafizetjuk|visszateritjuk)\b",
)
_FAULT_MORE = _rx(
    r"\b(napaka je (bila )?na nasi strani|nasa napaka|pomotoma (smo )?zaracunal\w*)\b",
    r"\b(greska je (bila )?na nasoj strani|nasa greska|nasom greskom)\b",
    r"\b(chyba je na nasi strane|nase chyba|(jsme|jsem) (\w+ ){0,2}omylem|omylem jsme)\b",
    r"\b(meie viga|meie eksimus)\b",
    # lv/lt/sk/is/bg: "Tā ir mūsu kļūda", "tai mūsų klaida", "je to naša chyba", "þetta eru mistök okkar".
    r"(?<!nav )(?<!nebija )\b(musu kluda|kluda no musu puses)\b|(?<!ne )\b(musu klaida|klaida is musu puses)\b|"
    r"(?<!nie je )\b(nasa chyba|chyba na nasej strane)\b|\b(mistok okkar|okkar mistok)\b|(?<!не е )(нашата грешка|"
    r"наша грешка)",
    # nl: liability owned in the inverted order: "daarvoor zijn wij aansprakelijk".
    r"\b(zijn|bent) (wij|we) (?!niet |geen |nooit )(\w+ )?(volledig |zelf )?(aansprakelijk|verantwoordelijk)\b(?! (voor|als) (de |het )?"
    r"(betaling|uitvoering))",
    # en: the crew's error accepted: "I accept that they should have used the carry chair".
    r"\b(i|we) (accept|acknowledge|admit|agree) that (they|our \w+|the (crew|driver|team|staff|technician|engineer)s?)"
    r" should (have|not have|n't have)\b",
    # Our staff caused the damage: "nous reconnaissons que notre technicien n'a pas ...", "our engineer caused".
    r"\bnous reconnaissons que (notre|nos) (technicien|installateur|chauffeur|livreur|personnel|equipe|monteur)\w*",
    r"\bwe (acknowledge|accept|admit) that our (technician|engineer|driver|fitter|installer|staff|team)\w* "
    r"(caused|damaged|broke|failed|did not|didn't|left)\b",
)
_TERMS_MORE = _rx(
    # el: "the deadline is moved to 30/04", "three monthly instalments", "we accept that you settle in instalments".
    r"(προθεσμια[^.;]{0,80}(μεταφερεται|παρατεινεται|μετατιθεται)|δεχομαστε[^.;]{0,60}δοσ\w*|\bσε (δυο|τρεισ|τεσσερισ|"
    r"εξι|\d+) (\w+ )?δοσεισ)",
    # tr: instalments you may pay, the due date we postponed.
    r"\btaksit\w* (odeyebilirsiniz|odeyebilirsin)|\bvade\w* (erteledik|uzattik|erteliyoruz|uzatiyoruz)",
    # pt/es: "pode pagar ... só em maio": a later date granted.
    r"\b(pode|podem|puede|pueden) (pagar|liquidar|abonar)[^.;]{0,80}\b(so|solo|apenas) (em|en|no|na|a partir)\b",
    # et/lv/lt/sk/is: the due date extended: "pikendasime ... maksetähtaega 30. aprillini".
    r"\bpikenda(sime|me|takse|tud)\b[^.;]{0,60}\b(maksetahtaeg|tahtaeg)\w*|\b(maksetahtaeg|tahtaeg)\w*[^.;]{0,30}"
    r"\bpikenda\w*|\b(lukkame|lukkasime|nihutame|nihutasime)\b[^.;]{0,40}\b(\w*tahta(eg|ja|ega)\w*|maksepaev\w*)|"
    r"\b(\w*tahta(eg|ja|ega)\w*|maksepaev\w*)[^.;]{0,30}\b(lukkame|lukkasime|nihutame|nihutasime)\b|"
    r"\b(pagarinam|pagarinasim|pagarinajam)\b[^.;]{0,40}\btermin\w*|\b(pratesime|pratesiame|pratesem)\b"
    r"[^.;]{0,40}\btermin\w*|\b(predlzime|predlzili sme|posunieme)\b[^.;]{0,40}\bsplatnost\w*|\b(framlengjum|"
    r"framlengdum)\b[^.;]{0,40}\b(gjalddag|frest)\w*",
)
_HARASS_MORE = _rx(
    # Compared with an intern or a child who could manage it: "Jeder Praktikant bekäme das hin", "even a child could
    # do that". "Jedes Kind kann teilnehmen" names no task of the customer's.
    r"\b(jeder|jede|selbst ein|sogar ein|even a|even an|any|meme un|incluso un|perfino un|zelfs een|elke)\b (\w+ )?"
    r"(praktikant|azubi|kind|schuler|grundschuler|intern|child|kid|toddler|schoolchild|stagiaire|enfant|nino|becario|"
    r"bambino|stagista|kleuter|stagiair)\w*\b (\w+ ){0,2}(bekame das hin|kriegt das hin|kriegte das hin|schafft das|"
    r"schaffte das|konnte das|could do (that|this|it)|could manage (that|this|it)|would manage (that|this|it)|"
    r"can do (that|this|it)|le ferait|pourrait le faire|lo haria|podria hacerlo|ce la farebbe|zou dat kunnen|kan dat)",
    # The customer's name put on a board of bad payers for others to see: "karāsies mūsu bāzē uz „nemaksātāju
    # dēļa“", "a wall of shame".
    r"\b(nemaksataju|neplatic\w*|wanbetaler\w*|bad payers?|late payers?|non-payers?|mauvais payeurs|schlechte(n)? zahler|"
    r"cattivi pagatori|zlych platnikow)\W{0,3} ?(del\w*|board|list|wall|saraks\w*|tabul\w*|lijst|muur|liste|pranger|"
    r"bacheca|tablic\w*)|\b(wall|board|list) of (shame|bad payers|late payers|non-payers)\b|\bam pranger\b",
    # The customer labelled a kind of person who does not pay: "para gente que no paga", "für eine Familie, die ihre
    # Rechnungen nicht bezahlen kann". Plural families, or paying "in one go", are who a hardship offer is for.
    r"\b(fur|for|para|pour|per|voor) (eine |a |une |una |een )?(familie|family|famille|familia|famiglia|gezin|gente|"
    r"leute|gens|persone|mensen|people like you)( ist| is| est| es| e| is)?(,)? (die|who|that|qui|que|che|dat) (\w+ ){0,3}(nicht|don't|do not|"
    r"can't|cannot|never|ne|no|non|niet|nooit) (\w+ ){0,2}(bezahl\w*|zahl\w*|pay|paie\w*|payer|paga\w*|pagar|"
    r"betal\w*)\b(?! (in|at|the full|all at|everything|on time|by|auf einmal|en una|de una|en une|d'un|op tijd|"
    r"a tiempo)\b)",
    # A child mocked together with the parents: "misschien moet Noor eerst leren tellen ..., net als haar ouders".
    r"\b(leren|learn\w*|lernen|apprendre|aprender|imparare)\b (\w+ )?(to )?(tellen|count|zahlen|compter|contar|"
    r"contare|rekenen)\b[^.;]{0,80}\b(net als|just like|like|wie|comme|como|come|zoals) (haar|zijn|her|his|their|"
    r"ihre|seine|ses|sus|i suoi|hun) (ouders|parents|eltern|padres|genitori)\b",
    # "it's a bit rich to turn up to every show and never pay".
    r"\b(it's|it is|that's|that is) (a bit |rather |pretty |quite |a little )rich (to|of you|that)\b",
    # Third parties told that the customer's firm does not pay: "Wir werden den Generalunternehmer ... darüber
    # informieren, dass Ihre Firma ihre Rechnungen nicht bezahlt".
    r"\b(informieren|benachrichtigen|inform|tell|notify|informer|prevenir|informar|avisar|informeren|avvisare|"
    r"informare)\b[^.;]{0,80}\b(dass|that|que|dat|che) (ihre|your|votre|su|uw|la vostra|la sua|sua) (firma|"
    r"unternehmen|company|business|firm|entreprise|societe|empresa|bedrijf|societa|azienda)\b[^.;]{0,40}"
    r"\b(nicht (be)?zahlt|doesn't pay|does not pay|isn't paying|ne paie pas|no paga|niet betaalt|non paga|nao paga)",
)
# Holdouts 51-54: cue families in fi/hu/hr/el/ro/no/sl/tr/cs/sv/da/pl/pt and English constructions.
_LEGAL_51 = _rx(
    # "We would really rather this didn't end up in front of a district judge": court named as where it ends up.
    r"\b(end|ends|ending|ended|wind|winds|winding|land|lands) up (in front of|before) (a|the) (\w+ )?(judge|magistrate|"
    r"court|tribunal|bailiff)s?\b",
)
_DISCOUNT_51 = _rx(
    # el: "θα σας κάνουμε έκπτωση 20%" (we will give you a 20% discount).
    r"θα (σασ )?(κανουμε|δωσουμε|εφαρμοσουμε) (\w+ )?εκπτωση",
    # no/da/sv: a surcharge "treated" on us: "spanderer vi dieseltillegget", "bjuder vi på förseningsavgiften".
    r"\b(spanderer|spenderer|bjuder) (vi|jeg|jag|me) (pa |på )?(\w+ )?\w*(tillegg|tillagg|tillaeg|gebyr|avgift|renter?|"
    r"ranta|rente|kostnad|omkostning)\w*",
    # pl: "Naliczone dotąd odsetki za opóźnienie anulujemy" (we cancel the accrued late interest), either order.
    r"\b(odsetki|odsetek|oplat\w*|kar\w* umown\w*|prowizj\w*)\b[^.;]{0,50}\b(anulujemy|umarzamy|umorzymy|darujemy|"
    r"odstepujemy od)\b|\b(anulujemy|umarzamy|umorzymy|darujemy)\b[^.;]{0,30}\b(odsetk|oplat|kar|prowizj)\w*",
)
_REFUND_51 = _rx(
    # hr: "odobrit ćemo Vam na sljedećem računu", "vratit ćemo Vam 40,00 EUR".
    r"\b(odobrit|vratit|refundirat) (cemo|cu)\b|\b(odobricemo|vraticemo)\b",
    # el: "Θα σας επιστρέψουμε τα 25,00 €" (we will return the money), not a call returned.
    r"θα (σασ )?επιστρεψουμε (τα |το ποσο|το αντιτιμο|τα χρηματα|\d)",
    # en: "We'll credit the two missed lessons (GBP 28.00) to his summer term invoice"; a payment credited to an
    # invoice is allocation, not a credit.
    r"\bwe('ll| will| shall| are going to) credit (?!(your|the|his|her|their) (payment|transfer|remittance|deposit))"
    r"[^.;]{0,60}\b(to|against|on|onto) (your|his|her|their|the|next) [^.;]{0,30}\b(invoice|account|bill|balance)",
)
_FAULT_51 = _rx(
    # tr: "tamamen bizim hatamızdı", "hata bizde"; el: "από δικό μας λάθος".
    r"\bbizim hatam[iı]z(?!\w* (degil|değil))\w*|\bhata bizde\b(?!\w* degil)|\bbizim (kusurumuz|sucumuz)\b",
    r"(?<!οχι )(?<!δεν ηταν )(?<!δεν ειναι )(δικο μασ λαθοσ|λαθοσ μασ|δικο μασ σφαλμα|φταιμε εμεισ)",
    # en: "that damage is down to us rather than to your guests"; "it is down to us to decide" is whose call it is.
    r"\b(damage|delay|mistake|error|problem|fault|that|this|it)\b[^.;]{0,20}\b(is|was|were|are) (all |entirely |completely |"
    r"squarely )?down to us\b(?! to\b)",
)
_TERMS_51 = _rx(
    # hu: "fizetési határidejét 2026. április 30-ra módosítjuk" (we move the payment deadline).
    r"\bhatarid\w*\b(?:[^.;]|(?<=\d)\.){0,80}\b(modositjuk|modositottuk|meghosszabbitjuk|meghosszabbitottuk|kitoljuk|kitoltuk|"
    r"elhalasztjuk|elhalasztottuk)\b",
    # sl/hr: a payment in instalments approved: "smo odobrili plačilo računa ... v treh mesečnih obrokih".
    r"\b(odobrili|odobrimo|odobravamo|omogocili|omogocimo|dogovorili|odobrili smo)\b(?:[^.;]|(?<=\d)\.){0,80}\b(obrok\w*|rate|ratama)\b",
    # tr: "sözleşmedeki vade tarihini buna göre güncelledik" (we updated the due date).
    r"\bvade( tarih)?\w*\b[^.;]{0,40}\b(guncelledik|guncelliyoruz|erteledik|erteliyoruz|uzatt[iı]k|uzat[iı]yoruz|"
    r"degistirdik|degistiriyoruz)\b",
    # cs: "Splatnost kurzovného ... jsme proto posunuli z 1. března na 30. dubna".
    r"\bsplatnost\w*\b[^.;]{0,60}\b(posunuli|posuneme|posouvame|prodlouzili|prodlouzime|odlozili|odlozime)\b|"
    r"\b(posunuli|posuneme|prodlouzili|prodlouzime|odlozili|odlozime)\b[^.;]{0,40}\bsplatnost\w*",
    # pl: "zgadzamy się na rozłożenie płatności ... na trzy miesięczne raty".
    r"\b(zgadzamy sie|zgodzilismy sie|akceptujemy|wyrazamy zgode)\b[^.;]{0,40}\b(rozlozenie|raty|ratach|harmonogram)\w*",
    # de passive: "wurde das Zahlungsziel ... von 14 auf 60 Tage verlängert"; "kann ... verlängert werden" asks.
    rf"\b(wurde|wird|ist|haben wir|habe ich)\b {_UNDENIED}{{0,20}}\b(zahlungsziel|zahlungsfrist|falligkeit|"
    # The date may carry its day's dot: "haben wir das Zahlungsziel ... ausnahmsweise auf den 30. April 2026 verschoben".
    rf"falligkeitsdatum)\b{_UNDENIED_DOTTED}{{0,60}}\b(verlangert|verschoben|hinausgeschoben)\b(?! (werden|wird))",
)
_HARASS_51 = _rx(
    # Shame, across languages: "Schaamt u zich eigenlijk niet?", "Ni borde skämmas", "Malo sramu ne bi škodilo",
    # "Some people just have no shame". "There's no shame in asking for a plan" reassures.
    r"\bschaamt (u|je|jij) (zich|je) (eigenlijk |dan |helemaal )?niet\b|\b(borde|bor) (ni |du )?skammas\b|"
    r"\bskams (ni|du) inte\b|\b(burde|bor) (dere|De|du|I) skamme (dere|Dem|dig|jer|sig)\b|"
    r"\bsram(u|a)? (vas|te)? ?(bodi|bilo)\b|\bmalo sramu\b|"
    r"\b(have|has|got) no shame\b|\b(should|ought to) be ashamed\b|\bashamed of (yourself|yourselves)\b",
    # A list of bad payers shared with the trade: "we keep a list of clients who don't pay their contractors, and we
    # share it with the other drone operators".
    r"\b(keep|have|maintain|run)\w* a (list|register|database|record) of (clients|customers|people|firms|companies|"
    r"businesses) who (don't|do not|never|won't|fail to) pay\b",
    # Published on social media: "publicaremos su nombre en la lista de «novias morosas» de nuestro Instagram".
    r"\b(publicaremos|publicamos|publish|post|posten|publiceren|publierons|pubblicheremo|publicaremos|publikujemy|"
    r"opublikujemy|veroffentlichen)\w*\b (\w+ ){0,2}(nombre|name|names|naam|nom|nome|nazwisko|namen)\b[^.;]{0,80}"
    r"\b(instagram|facebook|tiktok|twitter|linkedin|social media|redes sociales|sociale media|reseaux sociaux|"
    r"social network\w*|morosos|morosas|wanbetalers|bad payers|mauvais payeurs)",
    # The customer belittled: "comment votre mari a pu vous confier ... si vous n'arrivez même pas à rendre une robe".
    r"\b(comment|how) [^.;?]{0,100}\b(si vous n'arrivez meme pas|if you can't even|if you cannot even|"
    r"when you can't even|si vous ne pouvez meme pas)\b",
    # "it is hard to understand how a bride who chose a £3,200.00 gown cannot find £410.00".
    r"\b(hard|difficult) to (understand|believe|see) how (a|an|someone|anyone|somebody|you) [^.;]{0,60}\b(cannot|can't|"
    r"could not|couldn't) (find|pay|afford|manage)\b",
    # The guests, neighbours or parents asked what they would think "if they knew".
    r"\b(wonder|imagine) what (your|their|his|her) (\w+ )?(guests|neighbours|neighbors|clients|customers|friends|family|"
    r"colleagues|parents|husband|wife|children|employer|boss) (would|might) (think|say)\b[^.;]{0,20}\bif (they|he|she) "
    r"(knew|found out|heard)\b",
    # A child's results tied to the parents paying: "Oliver's mock results would improve if his parents paid".
    r"\b(results|grades|marks|progress|scores|reading|swimming)\b[^.;]{0,30}\b(would|might) (improve|be better|"
    r"get better) if (you|his parents|her parents|their parents|the parents|his mum|his dad|her mum|her dad)\b "
    r"(\w+ )?(paid|settled|pay)\b",
    # A veiled physical threat: "so we know exactly where to find you and how to get in".
    r"\bwe know (exactly |very well |precisely )?(where (to find you|you live|you work|you are)|how to get in)\b",
)
# --- session 20: construction families across the supported languages ---------------------------------------------
# Each family names one construction (a charge forgiven for prompt payment, a credit note promised in the passive, a
# due date moved, a plan agreed, "our invoice was wrong", a collection firm or a payment-order procedure, shame said
# outright, a hypocrisy taunt, exposure on social media) in the first-person or passive forms native business writers
# use, so a fresh draft in another language than the one seen is read the same way. Like the families above they are
# read without negation handling, so each names the act in a form a refusal does not take ("odpustíme", not
# "nemůžeme odpustit").
_NOT_BEFORE = "".join(
    rf"(?<!\b{w} )"
    for w in (
        "not",
        "no",
        "nu",
        "nie",
        "ne",
        "ei",
        "ikke",
        "inte",
        "nem",
        "nicht",
        "pas",
        "non",
        "nao",
        "niet",
        "nav",
    )
) + "".join(
    # With its copula between: "nu este vina noastră", "it is not our fault", "nie jest to nasza wina".
    rf"(?<!\b{w} {c} )"
    for w in ("not", "nu", "nie", "ne", "ei", "ikke", "inte", "nem")
    for c in (
        "este",
        "e",
        "is",
        "jest",
        "jest to",
        "je",
        "on",
        "er",
        "ar",
        "was",
        "era",
        "bylo",
        "volt",
        "ole",
    )
)
# A charge of any kind, across the languages: "late interest", "dröjsmålsräntan", "delspinigius", "smluvní pokutu",
# "késedelmi kamatot", "gecikme faizini", "Mahngebühr", the Austrian "Mahnspesen", "penalità".
_CHARGE_ANY = (
    r"(fees?|charges?|interest|penalt\w*|surcharges?|\w*gebuhr\w*|\w*zinsen|mahnkosten|\w*spesen|vertragsstrafe|frais|penalites|"
    r"interets|majorations?|recargos?|intereses|penalizacion\w*|gastos|interessi|mora|penal[ei]|spese|juros|multas?|"
    r"encargos|rente|boete|\w*kosten|toeslag|\w*avgift\w*|\w*rant(a|an|or)|\w*gebyr\w*|\w*renter?|\w*korko\w*|\w*korot|"
    r"\w*maksu(t|n)?|\w*vext\w*|\w*gjald\w*|odset\w*|oplat\w*|kar\w* umown\w*|penale\w*|penal(e|u|y)|\w*urok\w*|poplat\w*|"
    r"(smluvn\w* )?pokut\w*|\w*kamat\w*|\w*dij(at|ak|akat)?|kotber\w*|penalitat\w*|penalizar\w*|dobanzi\w*|comision\w*|"
    r"лихв\w*|неустойк\w*|такс\w*|zatezn\w*|naknad\w*|opomin\w*|stroske|stroskov\w*|troskov\w*|delspinig\w*|palukan\w*|"
    r"baud\w*|mokest\w*|nokavejuma nau\w*|soda nau\w*|procent\w*|viivis\w*|intress\w*|\w*tasu\w*|leppetrahv\w*|τοκ\w*|"
    r"προστιμ\w*|επιβαρυνσ\w*|faiz\w*|ceza\w*|masraf\w*|ucret\w*)"
)
# First-person or passive forgiving verbs, each language's usual forms.
_FORGIVE_VERB = (
    r"(we('ll| will| can| shall)? (waive|write off|drop|cancel|scrap|wipe|forgive|remove|knock off|take off)|"
    r"(erlassen|streichen|stornieren) (wir|ich)|(wir|ich) (erlassen|streichen|verzichten auf)|"
    r"(annulons|annulerons|supprimons|supprimerons|renoncons a|renoncerons a|offrons|effacons|effacerons)|"
    r"(anulamos|anularemos|condonamos|condonaremos|eliminamos|eliminaremos|perdonamos|perdonaremos|quitamos|quitaremos|"
    r"renunciamos a|renunciaremos a)|(annulliamo|annulleremo|condoniamo|condoneremo|abboniamo|abboneremo|stralciamo|"
    r"rinunciamo a|rinunceremo a)|(cancelamos|cancelaremos|perdoamos|perdoaremos|isentamos|dispensamos|abdicamos d)|"
    r"(schelden (we|wij) (u |je )?\w* ?kwijt|laten (we|wij) (\w+ )?vallen|schrappen (we|wij))|"
    r"(stryker (vi|jag)|efterskanker (vi|jag)|avskriver (vi|jag)|slopar (vi|jag)|tar (vi|jag) bort)|"
    r"(frafaller (vi|jeg)|ettergir (vi|jeg)|sletter (vi|jeg)|dropper (vi|jeg)|frafalder (vi|jeg)|eftergiver (vi|jeg))|"
    r"(poistamme|annamme anteeksi|jatamme perimatta|emme peri)|(umorzymy|umarzamy|anulujemy|darujemy|odstapimy od|"
    r"nie naliczymy)|(odpustime|odpustim|prominem\w*|zrusime|nebudeme (vam )?uctovat)|(elengedjuk|eltekintunk|toroljuk|"
    r"nem szamitjuk fel|nem szamolunk fel)|(anulam|vom anula|renuntam la|vom renunta la|stergem|vom sterge|va scutim|"
    r"nu (va )?vom percepe)|(ще (ви )?(опростим|анулираме|отпишем)|опрощаваме|няма да (ви )?начисл\w*)|"
    r"(oprostit cemo|oprostiti cemo|oprastamo|ukinut cemo|odpisali bomo|oprostili bomo)|(panaikinsime|nurasysime|"
    r"netaikysime|atleisime)|(atcelsim|norakstisim|dzesisim|nepiemerosim)|(kustutame|tuhistame|loobume)|"
    r"(θα (σασ )?(ακυρωσουμε|διαγραψουμε|χαρισουμε))|(silecegiz|siliyoruz|affedecegiz|iptal edecegiz|almayacagiz))"
)
# A first-person discount granted: "poskytneme slevu 5 %", "%10 indirim yapacağız", "kedvezményt adunk".
_DISCOUNT_GIVEN = (
    r"(poskytneme (vam )?(slevu|zlavu)|(slevu|zlavu) (vam )?poskytneme|indirim (yapacagiz|yapariz|uygulayacagiz|"
    r"uyguluyoruz|yapabiliriz|uygulayabiliriz|saglayabiliriz|sunabiliriz|taniyabiliriz|yapiyoruz|sagliyoruz)|kedvezmenyt (adunk|biztositunk|nyujtunk)|suteiksime (\w+ )?nuolaid\w*|pieskirsim (\w+ )?atlaid\w*|"
    r"teeme (\w+ )?allahindlus\w*|(va )?(oferim|acordam|vom acorda|vom oferi) (o )?reducere|ще (ви )?(дадем|предоставим|"
    r"направим) отстъпка|(odobrit cemo|dajemo|damo (vam)?|odobrimo) (vam )?popust|(udzielimy|damy|przyznamy) (panu |pani |"
    r"panstwu )?(rabat\w*|znizk\w*)|θα (σασ )?κανουμε εκπτωση|(annamme|myonnamme) (\w+ )?alennu\w*|(ger|beviljar) (vi|jag) "
    r"(er |dig )?rabatt|(gir|innvilger) (vi|jeg) (deg |dere )?rabatt|(giver|yder) (vi|jeg) (dig |jer )?rabat|"
    r"gefum (\w+ )?afslatt)"
)
_DISCOUNT_S20 = _rx(
    # The charge named before or after a forgiving verb: "stryker vi både påminnelseavgiften och dröjsmålsräntan",
    # "priskaičiuotus delspinigius panaikinsime", "odpustíme Vám smluvní pokutu", "a késedelmi kamatot elengedjük".
    rf"\b{_FORGIVE_VERB}\b[^.;!?]{{0,60}}\b{_CHARGE_ANY}\b",
    rf"\b{_CHARGE_ANY}\b[^.;!?]{{0,60}}\b{_FORGIVE_VERB}\b",
    # A remainder or a sum forgiven outright, no charge named: "zvyšných 200,00 € vám odpustíme".
    r"\b(vam |ti |vám )?(odpustime|prominem\w*|elengedjuk|atleisime|affedecegiz|umorzymy|darujemy|oprostit cemo|"
    r"ще (ви )?опростим|vam oprostimo|condonamos|condoneremo|abboniamo)\b",
    rf"\b{_DISCOUNT_GIVEN}",
    # A charge said to vanish, hinted: "the two rush fees on there can quietly disappear".
    r"\b(fees?|charges?|interest|penalt\w*|surcharges?)\b[^.;!?]{0,30}\b(can|could|will|might|may|would)\b (\w+ )?"
    r"(disappear|vanish|go away|be forgotten|get lost|fall off)\b",
    # de: the charge first, "weg" last: "Die Mahngebühr von 5,00 € für März lassen wir dabei natürlich weg".
    rf"\b{_CHARGE_ANY}\b[^.;!?]{{0,50}}\blassen (wir|ich)\b[^.;!?]{{0,30}}\bweg\b",
)
# A credit note or refund still to come, said in the passive: "Le verrà emessa una nota di credito", "Un avoir de
# 58,00 € sera émis", "zostanie wystawiona faktura korygująca", "bude vystaven dobropis", "se emitirá un abono".
_CREDIT_NOUN_ANY = (
    r"(credit (note|memo)|notes? de credit|nota di credito|avoir|nota (?:de )?credito|abono|gutschrift|creditnota|kreditnota|kreditfaktura|"
    r"hyvityslasku|hyvitys|faktura korygujaca|korekt\w*|dobropis\w*|jovairo szamla|factura de stornare|storno|"
    r"кредитно известие|knjizno odobrenje|kreditin\w* saskait\w*|kreditrekin\w*|kreeditarve|πιστωτικ\w*|iade faturasi)"
)
_CREDIT_PASSIVE_VERB = (
    r"(will be|is to be|shall be|sera|seront|verra|verranno|sara|sera|se emitira|se enviara|sera emitid\w*|"
    r"wird|werden|wordt|zal worden|kommer att|vil bli|vil blive|lahetetaan|laaditaan|zostanie|zostana|bude|budu|"
    r"bude vystaven\w*|kerul kiallitasra|kiallitjuk|va fi|vor fi|ще бъде|ще бъдат|bit ce|bo|bodo|bus|tiks|koostatakse|"
    r"θα εκδοθει|duzenlenecek)"
)
_REFUND_S20 = _rx(
    rf"\b{_CREDIT_PASSIVE_VERB}\b (\w+ ){{0,3}}(emess\w*|emis\w*|emitid\w*|issued|sent|raised|erstellt|ausgestellt|"
    rf"opgemaakt|verstuurd|gestuurd|skickad|utfardad|sendt|udstedt|wystawion\w*|vystaven\w*|emis[aă]|издаден\w*|"
    rf"izdan\w*|israsyt\w*|izrakstit\w*)\b[^.;!?]{{0,20}}\b{_CREDIT_NOUN_ANY}",
    # es, where "se" is read "sx": "se emitirá una nota de crédito".
    rf"\bs[ex] (emitira|emitiran|enviara|enviaran)\b[^.;!?]{{0,20}}\b{_CREDIT_NOUN_ANY}",
    rf"\b{_CREDIT_NOUN_ANY}\b[^.;!?]{{0,40}}\b{_CREDIT_PASSIVE_VERB}\b (\w+ ){{0,2}}(emess\w*|emis\w*|emitid\w*|issued|"
    r"sent|raised|erstellt|ausgestellt|opgemaakt|verstuurd|skickad|utfardad|sendt|udstedt|wystawion\w*|vystaven\w*|"
    r"издаден\w*|izdan\w*|israsyt\w*|izrakstit\w*|lahetetaan|laaditaan|koostatakse|duzenlenecek)\b",
    # We will give money back: el "Θα σας επιστρέψουμε την προκαταβολή", tr "iade edeceğiz", ro "vă vom returna",
    # fi "palautamme", sv/no/da "betalar tillbaka", pl "zwrócimy".
    r"θα (σασ )?(επιστρεψουμε|πιστωσουμε)|θα (σασ )?γινει επιστροφη|\biade (edecegiz|ediyoruz)\b|"
    # tr, in the passive: "kartınıza iade edilecektir", "hesabınıza geri ödenecek".
    r"\b(iade edilecek|geri odenecek|iade yapilacak|iadesi yapilacak)\w*|"
    r"\b(va vom (returna|rambursa|restitui)|vom (returna|rambursa|restitui)|va (rambursam|restituim|returnam))\b|"
    r"\b(palautamme|hyvitamme)\b|\b(betalar (vi|jag) tillbaka|aterbetalar (vi|jag)|vi (betalar tillbaka|aterbetalar|"
    r"krediterar))\b|\b(betaler (vi|jeg) (tilbake|tilbage)|vi (betaler (tilbake|tilbage)|refunderer|krediterer|tilbagebetaler))\b|"
    r"\b(zwrocimy|zwracamy) (\w+ ){0,2}(pieniadze|kwot\w*|zaliczk\w*|oplat\w*|\d)",
)
# "the fault is entirely ours", "something went wrong on our side", "our invoice was wrong", in each language.
_FAULT_S20 = _rx(
    rf"{_NOT_BEFORE}\b(vina (ne |us )?(apartine|este a noastra)|din vina noastra|greseala (este a )?noastra|am gresit noi|"
    r"nasz(ym)? blad\w*|nasza win\w*|wina (lezy )?po naszej stronie|z naszej winy|"
    r"meidan (virheemme|vikamme)|virhe (oli|on) meidan|vika (oli|on) meidan|"
    r"vart fel|felet (ar|var|ligger hos) (vart|oss)|var feil|feilen (er|var|ligger hos) (var|oss)|vores fejl|"
    r"fejlen (er|var|ligger hos) (vores|os)|"
    r"a mi hibank|hibat kovettunk el|tevedtunk|(konyvelesunk|rendszerunk|kollegank|munkatarsunk|szamlazasunk) "
    r"(tevedett|hibazott)|(hibasan|tevesen) (allitottuk ki|szamlaztunk|szamlaztuk)|"
    r"la faute (nous incombe|est la notre|est de notre cote)|c'est (bien )?notre faute|"
    r"die schuld liegt (ganz |allein )?bei uns|la culpa es (toda )?nuestra|la colpa e (tutta )?nostra|"
    r"a culpa e (toda )?nossa|de fout ligt (volledig |helemaal )?bij ons)\b",
    # Something went wrong on our side: "bij ons is iets misgegaan", "bei uns ist etwas schiefgelaufen".
    r"\b(bij ons|aan onze kant) is (er )?iets (mis|fout)\s?gegaan|\bbei uns ist (leider )?(etwas|was) schief\s?gelaufen|"
    r"\bsomething went wrong (on|at) our (end|side)|\bquelque chose s'est mal passe de notre cote|"
    r"\balgo (salio|ha salido) mal por nuestra parte|\bqualcosa e andato storto da parte nostra|"
    r"\balgo correu mal do nosso lado|\bnagot gick fel (hos oss|fran var sida)|\bnoe gikk galt (hos oss|pa var side)|"
    r"\bnoget gik galt hos os|\bcos poszlo nie tak po naszej stronie|\bu nas se neco pokazilo|"
    r"\bceva nu a mers bine (la noi|din partea noastra)",
    # Our invoice was wrong: "our invoice was incorrect", "unsere Rechnung war fehlerhaft", "faktura byla chybná".
    # Not something on it ("anything on the invoice is incorrect"), nor put to the customer to judge ("if you
    # believe the invoice is incorrect").
    rf"{_NOT_BEFORE}(?<!\bon )(?<!\bin )(?<!\bif )(?<!\bbelieve )(?<!\bthink )(?<!\bfeel )(?<!\bwhether )"
    r"\b(our|the) invoice (was|is) (wrong|incorrect|in error|mistaken)|"
    r"\bunsere rechnung (war|ist) (leider )?(falsch|fehlerhaft)|\bnotre facture (etait|est) (erronee|incorrecte|fausse)|"
    r"\bnuestra factura (era|es|estaba) (incorrecta|erronea|mal)|\bla nostra fattura (era|e) (errata|sbagliata)|"
    r"\ba nossa fatura (estava|esta) (errada|incorreta)|\bonze factuur (was|is) (onjuist|fout|verkeerd)|"
    r"\bvar faktura (var|ar) (fel|felaktig)|\bfakturaen (var|vår) var feil|\bvores faktura var forkert|"
    r"\blaskumme oli virheellinen|\bnasza faktura byla bledna|\bnase faktura byla chybna|\bnasa faktura bola chybna|"
    r"\ba szamlank hibas volt|\bfactura noastra (a fost|era) (gresita|eronata)|\bnas racun je bio pogresan|"
    r"\bnas racun je bil napacen|\bmusu saskaita buvo klaidinga|\bmusu rekins bija kludains|\bmeie arve oli vale|"
    # en: the hedged fault, "almost certainly down to us".
    r"\b(is|was|'s) (almost certainly|most likely|probably|likely|definitely|clearly|entirely|all|completely) "
    r"down to us\b",
    # pl/cs/fi/et: we applied, keyed or billed the wrong price: "zastosowaliśmy błędną cenę", "źle naliczyliśmy",
    # "použili jsme špatný ceník", "käytimme väärää hinnastoa", "kasutasime vale hinnakirja"; the negated verb takes
    # another form ("nie zastosowaliśmy", "nepoužili jsme", "emme käyttäneet", "me ei kasutanud"), a condition or a
    # question does not admit it ("jeśli zastosowaliśmy", "pokud jsme použili", "jos käytimme", "kui kasutasime").
    r"(?<!\bnie )(?<!\bjesli )(?<!\bjezeli )(?<!\bczy )(?<!\bgdy )\b(zle )?(zastosowalismy|wprowadzilismy|wystawilismy|"
    r"naliczylismy|uzylismy|podalismy|wpisalismy|obliczylismy|policzylismy|zafakturowalismy|przyjelismy) (\w+ ){0,2}?"
    r"(bledn\w*|niewlasciw\w*|nieprawidlow\w*|zla|zle|zly|zlego|zlej|zlym|zlych)\b(?![^.!\n]{0,80}\?)|"
    r"\bzle (zastosowalismy|naliczylismy|obliczylismy|policzylismy|zafakturowalismy|wprowadzilismy|wystawilismy)\b|"
    r"(?<!\bpokud )(?<!\bjestli )(?<!\bjestlize )(?<!\bzda )(?<!\bkdyz )\b((pouzili|zadali|vystavili|uvedli|uctovali|"
    r"vyfakturovali|nauctovali|spocitali|zapocitali) jsme|jsme (\w+ )?(pouzili|zadali|vystavili|uvedli|uctovali|"
    r"vyfakturovali|nauctovali|spocitali|zapocitali)) (\w+ ){0,2}?(spatn\w*|chybn\w*|nespravn\w*)\b(?![^.!\n]{0,80}\?)|"
    r"(?<!\bjos )(?<!\bmikali )(?<!\behka )\b(kaytimme|laskutimme|kirjasimme|syotimme|merkitsimme|lahetimme|veloitimme|"
    r"laskimme|hinnoittelimme|toimitimme) (\w+ ){0,2}?(vaaraa|vaaran|vaarat|vaaria|vaarin|virheellis\w*)\b"
    r"(?![^.!\n]{0,80}\?)|"
    r"(?<!\bkui )(?<!\bkas )\b(kasutasime|arvestasime|sisestasime|saatsime|esitasime|koostasime|kandsime|tarnisime) "
    r"(\w+ ){0,2}?(vale|valet|valed|valesid|valesti|ekslik\w*)\b(?![^.!\n]{0,80}\?)",
)
# A new due date given, or a deferral granted: "noul termen de plată ... este 30 aprilie", "vă acordăm o amânare",
# "eräpäivää on siirretty 30.4. asti", "the new due date is".
_TERMS_S20 = _rx(
    r"\b(the )?new (due date|payment date|deadline) (is|will be|for)\b|\b(das )?neue (falligkeitsdatum|zahlungsziel)\b|"
    r"\bla nouvelle (date d'echeance|echeance)\b|\bla nueva fecha de (vencimiento|pago)\b|\bla nuova scadenza\b|"
    r"\ba nova data de (vencimento|pagamento)\b|\bde nieuwe vervaldatum\b|\bnytt forfallodatum\b|\bny (forfallsdato|"
    r"forfaldsdato|betalingsfrist)\b|\buusi erapaiva\b|\bnowy termin (platnosci|zaplaty)\b|\bnov(e|y|a) (datum splatnosti|"
    r"termin splatnosti|splatnost)\b|\buj (fizetesi )?hatarido\b|\b(noul termen( de plata)?|noua (scadenta|data scadenta))\b|"
    r"(новият срок|нов падеж)|\bnovi rok (placanja|dospijeca)\b|\bnov rok placila\b|\bnaujas mokejimo terminas\b|"
    r"\bjaunais (apmaksas )?termins\b|\buus maksetahtaeg\b|νεα προθεσμια|\byeni (vade|son odeme tarihi)\b",
    r"\b(we('ll| will| have| are happy to|'re happy to| can)? (grant|give|allow)(ed)? you (an?|a further|more) "
    r"(extension|deferral|postponement|more time))\b|\bgewahren (wir )?ihnen (einen |eine )?(zahlungsaufschub|aufschub|"
    r"stundung|fristverlangerung)\b|\bnous vous accordons (un )?(delai|report)\b|\ble concedemos (una |un )?(prorroga|"
    r"aplazamiento)\b|\ble concediamo (una )?(proroga|dilazione)\b|\bconcedemos(-lhe)? (uma |um )?(prorrogacao|adiamento)\b|"
    r"\bgeven (we |wij )?u (\w+ )?uitstel\b|\bbeviljar (vi )?(er |dig )?anstand\b|\b(gir|innvilger) (vi )?(deg |dere )?"
    r"utsettelse\b|\b(giver|bevilger) (vi )?(dig |jer )?henstand\b|\bmyonnamme (\w+ )?(lisaa )?maksuaikaa\b|"
    r"\budziel(amy|imy) (\w+ )?(odroczeni\w*|prolongat\w*)\b|\b(poskytneme|povolime|poskytujeme) (vam )?odklad\b|"
    r"\bhalasztast (adunk|biztositunk|engedelyezunk)\b|\b(va )?acordam (o )?(amanare|prelungire|pasuire)\b|"
    r"(предоставяме|даваме|ще (ви )?дадем) (\w+ )?отсрочка|\bodobravamo (vam )?odgodu\b|\bodobrimo (vam )?odlog\b|"
    r"\bsuteikiame (\w+ )?atidejim\w*|\bpieskiram (\w+ )?atliksan\w*|\banname (\w+ )?maksepikendus\w*|"
    r"σασ δινουμε παραταση|\b(erteleme|ek sure) (taniyoruz|veriyoruz)\b",
    # A due date moved, in the passive perfect or present: fi "eräpäivää on siirretty", sv "förfallodagen har
    # flyttats", pl "termin płatności został przesunięty", cs/sk "splatnost byla posunuta", hu "határidő módosult".
    r"\b(erapaiva\w*|maksuaika\w*)\b[^.;!?]{0,40}\b(on|onko)? ?(siirretty|siirretaan|pidennetty|pidennetaan|jatkettu|"
    r"siirsimme|siirramme|pidensimme|pidennamme)\b",
    r"\b(forfallodag\w*|forfallodatum\w*|betalningsdag\w*)\b[^.;!?]{0,40}\b(har|har nu)? ?(flyttats|skjutits upp|forlangts)\b",
    r"\b(forfallsdato\w*|forfaldsdato\w*|betalingsfrist\w*)\b[^.;!?]{0,40}\b(er|blir|bliver) (flyttet|utsatt|udskudt|"
    r"forlenget|forlaenget)\b",
    r"\btermin\w* (platnosci|zaplaty)\b[^.;!?]{0,40}\b(zostal|zostanie|jest) (przesuniety|przedluzony|odroczony)\b",
    r"\bsplatnost\w*\b[^.;!?]{0,40}\b(byla|bude|je) (posunuta|prodlouzena|predlzena|odlozena)\b",
    # A payment pushed back by pairing it with a later one in a named month: "just pay it together with the summer
    # term in May", "Sie können die Gebühren ... einfach zusammen im Juni zahlen". Paying two open items together
    # now is no new date.
    r"\b(pay|zahlen|bezahlen|payer|regler|pagar|pagare|betalen|betala|betale|maksaa|zaplacic|zaplatit|platiti|fizetni)\b"
    r"[^.;!?]{0,40}\b(together|zusammen|ensemble|junto|juntos|insieme|samen|tillsammans|sammen|yhdessa|razem|spolu|"
    rf"egyutt|impreuna|zajedno|skupaj)\b[^.;!?]{{0,40}}\b(in|im|en|au|a|i|w|v|at|on)\s+(the )?{_MONTHS_WIDER}\b|"
    r"\b(zusammen|ensemble|junto|juntos|insieme|samen|tillsammans|sammen|razem|spolu|egyutt|impreuna)\b\s+(in|im|en|"
    rf"au|a|i|w|v)\s+{_MONTHS_WIDER}\b[^.;!?]{{0,30}}\b(zahlen|bezahlen|payer|regler|pagar|pagare|betalen|betala|betale|"
    r"zaplacic|zaplatit)\b",
    # hu: the rest may be settled later: "a maradékot ráérősen, akár nyárig is rendezheti".
    r"\b(\w+ig) (is )?(rendezheti|fizetheti|kifizetheti|rendezhetik|fizethetik|torlesztheti)\b|\bmaradek\w*\b[^.;!?]{0,40}"
    r"\b(rendezheti|fizetheti|kifizetheti|torlesztheti)\b",
    # An agreed instalment count: lt "sutinkame, kad ... sumokėtumėte trimis lygiomis dalimis", ro "în trei rate".
    r"\b(sutinkame|sutinkam|sutikome)\b[^.;!?]{0,80}\b(dalimis|imokomis)\b|\b(souhlasime|suhlasime|zgadzamy sie|"
    r"egyetertunk|suntem de acord|sa acord|slazemo se|se strinjamo|piekritam|noustume|hyvaksymme|vi godtar|vi accepterar|"
    r"vi accepterer)\b[^.;!?]{0,80}\b(splatk\w*|rat\w*|reszlet\w*|obrok\w*|dal\w*|osamaks\w*|erissa|erassa|"
    r"avbetalning\w*|avdrag|afdrag|delbetaling\w*)\b",
    # A monthly sum until the balance is paid off: "betaler du kr 2 000,00 i måneden fra april til restbeløpet ... er
    # nedbetalt", "you pay GBP 200 a month until the balance is cleared".
    r"\b(i maneden|i maanedlig|per maned|om maneden|i manaden|per manad|a month|per month|each month|pro monat|im monat|"
    r"monatlich|par mois|al mes|al mese|por mes|per maand|kuukaudessa|miesiecznie|mesicne|mesacne|havonta|pe luna|"
    r"месечно|mjesecno|mesecno|per menesi|menesi|kuus|το μηνα|ayda|aylik)\b[^.;!?]{0,80}\b(until|till|til|bis|jusqu|"
    r"hasta|fino|tot|kunnes|dopoki|dokud|kym|amig|pana|до|dok|dokler|kol|lidz|kuni|μεχρι|kadar)\b[^.;!?]{0,90}\b"
    r"(paid off|cleared|nedbetalt|betalt|avbetald|abbezahlt|beglichen|rembourse|solde|saldad[oa]|liquidad[oa]|saldat[oa]|"
    r"estinto|afbetaald|voldaan|maksettu|splacon\w*|splacen\w*|splaten\w*|kiegyenlit\w*|achitat\w*|изплатен\w*|"
    r"otplacen\w*|odplacan\w*|sumoket\w*|samaksat\w*|tasutud|εξοφλ\w*|odenene\w*|kapan\w*)\b",
)
# Shame said outright, hypocrisy taunts, neighbours brought in, exposure to others or on social media.
_HARASS_S20 = _rx(
    # Shame: tr "gerçekten ayıp", "utanmıyor musunuz"; cs/sk "je to ostuda/hanba", pl "to wstyd", hu "szégyen",
    # ro "să vă fie rușine", bg "срамота", hr "sramota", lt "gėda", el "ντροπή", fi "häpeä", de "schämen Sie sich",
    # fr "vous devriez avoir honte", es "debería darle vergüenza", it "si vergogni", pt "deveria ter vergonha".
    r"\b(gercekten|cok|ne) ayip\b|\bayip (degil mi|bir sey)\b|\butanm(iyor|aniz|ali)\w*|\butanc verici\b|"
    r"\b(je to|to je|je to proste|to je ale) (ostuda|hanba|ostuda)\b|\b(stydte|hanbite) se\b|\bmeli? (byste|by ste) sa? ?"
    r"(se )?(stydet|hanbit)\b|\b(to|co za|jaki) wstyd\b|\bpowinni?e?(n|na)? (pan|pani|panstwo)? ?sie wstydzic\b|"
    r"\b(szegyen|szegyelje magat|szegyellje magat|nem szegyelli\w*)\b|\b(sa (va|iti) fie rusine|nu (va|iti) (e|este) "
    r"rusine|ce rusine|este o rusine)\b|(срамота|не ви ли е срам|срам да ви е)|\b(sramota|nije vas sram|sram vas bilo)\b|"
    r"\b(tai geda|kokia geda|turetu buti geda)\b|\b(tas ir kauns|kauns jums)\b|\b(hapeaa|eiko teita haveta|hapeallista)\b|"
    r"(ντροπη σασ|δεν ντρεπεστε)|\bschamen sie sich\b|\b(eine|so eine|welch eine) schande\b|\b(vous devriez avoir honte|"
    r"n'avez-vous pas honte|c'est honteux|quelle honte)\b|\b(deberia darle verguenza|no le da verguenza|que verguenza|"
    r"es una verguenza)\b|\b(si vergogni|dovrebbe vergognarsi|non si vergogna|che vergogna|e una vergogna)\b|"
    r"\b(deveria ter vergonha|nao tem vergonha|que vergonha|e uma vergonha)\b|\b(skam dig|skam jer|burde skamme (dig|jer))\b",
    # Money for luxuries, never for us: "there's always money for a new car on the drive but never for Lily's lessons".
    r"\b(always|immer|toujours|siempre|sempre|altijd|alltid|altid|aina|zawsze|vzdy|vzdycky|mindig|mereu|intotdeauna|"
    r"винаги|uvijek|vedno|visada|vienmer|alati|παντα|her zaman|hep)\b[^.;!?]{0,40}\b(money|geld|argent|dinero|soldi|"
    r"dinheiro|pengar|penger|penge|rahaa|pieniadze|penize|peniaze|penz|bani|пари|novac|novca|denar|pinigu|naudas|raha|"
    r"λεφτα|χρηματα|para)\b[^.;!?]{0,80}\b(but|aber|mais|pero|ma|mas|maar|men|mutta|ale|de|dar|но|ali|bet|aga|αλλα|ama|"
    r"fakat)\b[^.;!?]{0,15}\b(never|nie|jamais|nunca|mai|nooit|aldrig|aldri|ei koskaan|nigdy|nikdy|soha|niciodata|"
    r"никога|nikad|nikoli|niekada|nekad|kunagi|ποτε|asla|not|nicht|non|no|niet|inte|ikke)\b",
    # A hypocrisy taunt: "a school that teaches children about responsibility can't pay the people who clean it",
    # "bir klinik ... parasını bile ödemeyen".
    r"\b(a|an|une?|eine?|un|una|um|uma|een)\b (school|clinic|practice|firm|company|church|charity|hospital|ecole|clinique|"
    r"schule|klinik|praxis|escuela|clinica|scuola|escola|praktijk)\w* (that|which|qui|die|das|der|que|che) [^.?!]{0,80}"
    r"\b(can't|cannot|can not|doesn't|won't|n'arrive pas a|ne peut pas|kann nicht|schafft es nicht|no puede|non riesce a|"
    r"nao consegue|kan niet)\b[^.?!]{0,20}\b(pay|payer|zahlen|bezahlen|pagar|pagare|betalen)\b|"
    r"\bparasini bile (odemeyen|odemeyen bir)\b",
    r"\b(faster|quicker|more quickly|sooner) than (you|your (accounts|finance|payables?|ap|team|company|firm|clinic|"
    r"practice|school|office))\b",
    # The neighbours asked to chip in: "Misschien kunnen de buren bijspringen?", "maybe the neighbours can chip in".
    r"\b(maybe|perhaps|misschien|vielleicht|peut-etre|quizas|tal vez|forse|talvez|kanske|kanskje|maske|ehka|moze|mozna|"
    r"mozno|talan|poate)\b[^.;!?]{0,20}\b(the |your |de |die |ihre |vos |les |sus |los |i |os |seus |dina |dine |"
    r"jouw |uw )?(neighbou?rs|buren|nachbarn|voisins|vecinos|vicini|vizinhos|grannarna|grannar|naboene|naboer|naboerne|"
    r"naapurit|sasiedzi|sousede|susedia|szomszedok|vecinii)\b[^.;!?]{0,40}\b(chip in|help out|pitch in|bijspringen|"
    r"bijdragen|einspringen|aushelfen|zusammenlegen|participer|cotiser|aider|ayudar\w*|colaborar|aiutar\w*|"
    r"contribuire|ajudar|contribuir|hjalpa till|bidra|hjelpe til|hjaelpe|auttaa|pomoc|pomoct|pomoct|segiteni|ajuta|pay)\b",
    # Told to others: "dozví se o tom všichni dodavatelé v Brně", "all your suppliers will hear about it".
    r"\b(dozvi se|dozvedia sa|dowiedza sie|vor afla|saznat ce|ce saznati|bodo izvedeli|suzinos|uzzinas|saavad teada|"
    r"saavat tietaa|kommer att fa veta|vil fa vite|vil fa at vide|tudomast szereznek|ще (разберат|научат)|θα μαθουν|"
    r"ogrenecek\w*|will (all )?(hear|learn|know|find out) about)\b[^.;!?]{0,60}\b(vsichni|vsetci|wszyscy|toti|svi|vsi|"
    r"visi|visi|koik|kaikki|alla|alle|mindenki|всички|ολοι|herkes|all|every|other|ostatni|ostatne|ostatnim)\b",
    r"\b(vsichni|vsetci|wszyscy|toti|svi|vsi|visi|koik|kaikki|alla|alle|mindenki|всички|ολοι|herkes|all)\b[^.;!?]{0,40}"
    r"\b(dodavatel\w*|dostawc\w*|furnizor\w*|dobavljac\w*|tiekej\w*|piegadataj\w*|tarnija\w*|toimittaj\w*|"
    r"leverantor\w*|leverandor\w*|beszallito\w*|доставчи\w*|προμηθευτ\w*|tedarikci\w*|suppliers|klient\w*|zakaznic\w*|"
    r"pacient\w*|clients|customers|patients)\b[^.;!?]{0,40}\b(dozvi se|dozvedia sa|dowiedza sie|vor afla|saznat ce|"
    r"bodo izvedeli|suzinos|uzzinas|saavad teada|saavat tietaa|fa veta|fa vite|tudomast szereznek|ще (разберат|научат)|"
    r"θα μαθουν|ogrenecek\w*|will (hear|learn|know|find out))\b",
    # Exposure on social media, as a threat: "dáme na náš Instagram, akých klientov máme", "we'll post in your
    # wedding guests' Facebook group explaining exactly why". Following us on Instagram is no threat: a condition, a
    # "why" or "what kind of clients" goes with it.
    r"\b(post|posting|share|sharing|publish\w*|put|dame|zverejn\w*|opublikuj\w*|publikuj\w*|posten|veroffentlich\w*|"
    r"publier\w*|publicar\w*|pubblic\w*|publiceren|publicera\w*|publisere|offentliggor\w*|julkais\w*|kozzete\w*|"
    r"публикува\w*|objav\w*|paskelb\w*|publice\w*|avalda\w*|δημοσιευ\w*|paylas\w*|yayinla\w*)\b[^.;!?]{0,60}\b"
    r"(instagram|facebook|tiktok|linkedin|twitter|whatsapp|social media)\b[^.;!?]{0,60}\b(why|what kind|akych|jakych|"
    r"jakich|warum|pourquoi|por que|perche|waarom|varfor|hvorfor|miksi|dlaczego|proc|preco|miert|de ce|защо|zasto|"
    r"kodel|kapec|miks|γιατι|neden)\b",
    r"\b(if|unless|ak|ako|jestli|pokud|jesli|jezeli|ha|daca|wenn|falls|si|se|als|om|hvis|jos|εαν|αν|eger|ce|jei|ja|kui|"
    r"если|ако)\b[^.;!?]{0,80}\b(post|share|publish\w*|dame|zverejn\w*|opublikuj\w*|posten|veroffentlich\w*|publier\w*|"
    r"publicar\w*|pubblic\w*|publiceren|publicera\w*|publisere|julkais\w*|kozzete\w*|publica\w*|paylas\w*)\b"
    r"[^.;!?]{0,60}\b(instagram|facebook|tiktok|linkedin|twitter|social media)\b",
)
# A collection firm, an order-for-payment procedure, a pre-action letter, a file going to our lawyer, a hinted
# threat ("we would not like to be forced to pass the file to our lawyer").
_LEGAL_S20 = _rx(
    # Pre-action and formal notices elsewhere: it "diffida", ro "somație de plată", tr "ihtarname", pt "notificação
    # extrajudicial", de "vorgerichtliche", hu "perelőtti".
    r"\b(diffida|diffidarla|somati\w* de plata|ihtarname\w*|notificacao extrajudicial|vorgerichtlich\w*|perelotti|"
    r"ennen oikeudenkayntia|oikeudenkay\w*|haastehakemu\w*|maksamismaarays\w*|betalingspaalegg|betalningsforelaggande)\b",
    # en: the file goes to our lawyer: "the file goes to our lawyer the same day", "the whole lot goes to our solicitors".
    r"\b((file|matter|account|case|debt|claim|invoice|balance)s?|whole (lot|thing|amount|balance)|the lot|everything|"
    r"all of it) (goes|go|will go|is going|gets sent|will be sent|"
    r"is sent|moves|will move) (straight |directly )?(to|over to) (our|the|a|an) (lawyers?|solicitors?|attorneys?|"
    r"legal|collection|debt collect\w*)",
    # Hinted: "non vorremmo trovarci costretti a passare la pratica al nostro legale", "we would hate to be forced to".
    r"\b(costrett\w*|forced|compelled|contraints?|obliges?|gezwungen|genotigt|obligad\w*|obrigad\w*|forzad\w*|"
    r"genoodzaakt|tvungna|tvungen|nodt|pakotettu\w*|zmuszeni|nuceni|prinuden\w*|kenytelenek|nevoiti|принудени|"
    r"zorunda)\b[^.;!?]{0,80}\b(legale|avvocat\w*|decreto ingiuntivo|lawyers?|solicitors?|court|avocat\w*|tribunal|"
    r"huissier|anwalt\w*|gericht\w*|inkasso\w*|abogad\w*|juzgado|advogad\w*|advocaat|incasso\w*|deurwaarder|"
    r"advokat\w*|inkasso\w*|kronofogd\w*|perinta\w*|komornik\w*|sad\w*|soud\w*|sud\w*|ugyved\w*|birosag\w*|"
    r"avocat\w*|instanta|адвокат\w*|съд\w*|avukat\w*|icra|mahkeme\w*)\b",
)


# --- session 21: Japanese and Korean, and hinted or tabled forms elsewhere ---------------------------------------------
# Japanese and Korean write the act as a noun and a polite verb ending ("延長いたしました", "환불해 드리겠습니다"); the
# patterns take the affirmative ending, so the refusal ("延長いたしかねます", "환불해 드릴 수 없습니다") never matches.
# A negated copula after the noun ("弊社の手違いではございません", "저희 실수가 아닙니다") is checked for where a noun
# alone carries the act.


def _rx_folded(*parts: str) -> re.Pattern[str]:
    """Like _rx, for patterns written as the language is written: fold() decomposes Korean syllables into jamo and
    drops the Japanese voicing marks ("いただきます" is read "いたたきます"), so each pattern is folded the same way."""
    return _rx(*(strip_accents(p) for p in parts))


_JA_DO = r"(いたします|致します|いたしました|致しました|させていただきます|させていただきました|とさせていただきます|します|しました)"
_KO_DO = (
    r"(드리겠습니다|드리겠으며|드리겠|드립니다|드렸습니다|하겠습니다|하겠으며|했습니다|합니다|해 드리|해드리)"
)
_PAY_VERBS = (
    r"pay|paid|settle|transfer|zahlen|bezahlen|uberweisen|begleichen|payer|regler|virer|pagar|abonar|transferir|"
    r"pagare|saldare|versare|betale|betala|betalen|overmaken|voldoen|zaplacic|splacic|uregulowac|przelac"
)
_AGREED = (
    r"as agreed|agreed|vereinbart\w*|convenu\w*|acordad\w*|concordad\w*|concordat\w*|afgesproken|aftalt\w*|"
    r"overenskommet|avtalad\w*|uzgodnion\w*"
)
_LEGAL_S21 = _rx_folded(
    # ja "法的措置を含めた対応を検討させていただきます", "法的手続きに移行いたします"; ko "지급명령 신청 등 법적 조치를
    # 진행하겠으며", "소송을 제기하겠습니다". "督促" alone is an ordinary reminder.
    r"(法的措置|法的手続き?|訴訟|支払督促の申立て|少額訴訟|弁護士)[^。\n]{0,30}(検討|移行|講じ|とら|取ら|開始|依頼|進め)"
    # Not denied ("取る予定はございません", "取らない"); "検討せざるを得ません" (we have no choice) is the threat.
    r"(?![^。\n]{0,12}(?<!得)(ない|ません))",
    r"(법적 ?조치|법적 ?절차|지급명령|소송|민사 ?소송|변호사)[^.\n]{0,20}(진행하|취하|착수하|제기하|신청하|의뢰하|검토하)"
    r"(겠|게 됩니다)",
    # A threat to pass the file to our lawyer, said as a wish not to have to: it "preferiremmo non dover affidare la
    # pratica al nostro legale", en "we'd rather not have to involve our solicitor", de "wir würden ungern ... Anwalt".
    r"\b(preferiremmo|preferirei|we'd rather|we would rather|i'd rather|(we|and|i)('d| would) (very much |much |really |"
    r"far |strongly )?prefer|wir wurden (es )?"
    r"(lieber|ungern)|nous preferer(ions|ons)|preferiríamos|prefeririamos|prefeririamos|we'd hate|we would hate)\b"
    r"[^.;!?]{0,80}\b(legale|avvocat\w*|decreto ingiuntivo|lawyers?|solicitors?|attorneys?|court|avocat\w*|tribunal|huissier|"
    r"anwalt\w*|gericht\w*|inkasso\w*|abogad\w*|advogad\w*|injunction|collection agency|debt collect\w*)\b",
    # Our lawyers joked about as idle or eager: "our in-house lawyers ... are VERY flexible about taking on new cases".
    r"\bour (in-house |own )?(lawyers?|solicitors?|attorneys?|legal team)\b[^.;!?]{0,100}\b(taking on new cases|"
    r"new cases|bored|idle|itching|keep them busy|sharpening|could use the work|need(s)? the work)\b",
)
_DISCOUNT_S21 = _rx_folded(
    # ja "延滞料金（¥2,145）は免除とさせていただきます", "手数料を無料にいたします"; ko "연체료를 면제해 드리겠습니다".
    rf"(延滞料|延滞金|遅延損害金|手数料|利息|違約金|割増)[^。\n]{{0,25}}(免除|無料に|値引き|減額)(と|に)?{_JA_DO}",
    rf"(割引|値引き)(を)?{_JA_DO}",
    r"(연체료|연체 ?이자|수수료|위약금|가산금)[^.\n]{0,20}(면제|감면|할인)(해 ?드리|해드리|하겠|합니다|했습니다)",
    rf"할인(을)? ?{_KO_DO}",
)
_REFUND_S21 = _rx_folded(
    rf"(返金|返還|払い戻し|払戻し)(を)?{_JA_DO}",
    r"(환불|환급|반환)(을|를)? ?(처리)?(해 ?드리겠|해 ?드립니다|해드리겠|하겠습니다|처리하겠)",
)
_FAULT_S21 = _rx_folded(
    # ja "弊社の手違いにより", "当社のミスで"; ko "저희 측 실수로", "당사의 착오로".
    # The kind of mistake may come between: "弊社の製作ミスによるものでした", "当社の入力誤りで"; not "ミスかどうか".
    r"(弊社|当社|私ども|こちら)(側)?の(\w{0,4})?(手違い|ミス|誤り|不手際|過失|落ち度|確認不足)(?!では|じゃ|か)",
    r"(저희|당사|우리) ?(측|쪽)?(의)? ?(실수|착오|잘못|과실)(?! ?(가|이) 아니)(로|였|입니다|이었|가 있었|이 있었)",
    # en: liability accepted outright: "that's completely on us", "we accept full liability", "we'll cover the vet
    # bill too".
    r"\b(that's|that is|this is|it's|it is) (completely|entirely|totally|all|squarely|fully) on us\b",
    r"\bwe (accept|admit) (full |all |our )?liability\b",
    r"\bwe('ll| will) (also )?(cover|pay|pay for) (the|your|his|her|their) (vet|veterinary|medical|hospital|repair|"
    r"doctor'?s?|dental|physio)\w* (bills?|costs?|fees?|invoices?)\b",
)
_TERMS_S21 = _rx_folded(
    # ja "お支払期限を2026年4月30日まで延長いたしました"; ko "납부 기한을 4월 30일까지 연장해 드리겠습니다".
    rf"(期限|期日|支払日|締切)[^。\n]{{0,30}}(延長|延期|猶予)(を)?{_JA_DO}",
    r"(기한|기일|납부일|마감일)[^.\n]{0,30}(연장|연기|유예)(해 ?드리|해드리|하겠|했습니다|하였습니다|됩니다)",
    # hr/sr/bs/sl: the due date moved: "rok plaćanja ... pomaknuli na 30. travnja", "rok plačila smo podaljšali".
    r"\brok\w* (placanja|placila|dospijeca|dospelosti)\b[^.;!?]{0,60}\b(pomaknuli|pomakli|produljili|produzili|"
    r"odgodili|prestavili|podaljsali|premaknili|pomjerili)\b",
    # The rest paid later in a named month: "den Rest können Sie ganz entspannt im April zahlen". A payment verb in
    # the sentence ("the rest of the equipment you can collect in April" is no payment), and no agreement restated
    # ("the balance you can pay in April, as per the agreed schedule").
    r"\b(den rest|der rest|the rest|the remainder|the balance|le reste|le solde|el resto|il resto|o resto|resten|"
    r"restbelobet|restbeloppet|de rest|reszt\w*)\b[^.;!?]{0,30}\b(konnen sie|kannst du|you can|you may|vous pouvez|"
    r"tu peux|puede|podra|puo|pode|kan du|kan ni|kunt u|mozesz|moze pan|moze pani)\b"
    rf"(?=[^.;!?]*\b({_PAY_VERBS})\b)(?![^.;!?]*\b({_AGREED})\b)"
    r"[^.;!?]{0,30}\b(im|in|en|au|a|i|"
    rf"w)\s+{_MONTHS_WIDER}\b",
)
_HARASS_S21 = _rx_folded(
    # ko shame: "부끄러운 줄 아셔야 합니다", "이런 회사는 처음 봅니다"; ja "恥を知ってください".
    r"부끄러운 줄|창피한 줄|수치스러운 줄|처음 봅니다|한심|恥を知|恥ずかしくない|非常識にも程が",
    # ko/ja: told to their business partners: "귀사의 주요 거래처에도 이 사실을 알리겠습니다", "取引先にもお知らせします".
    r"(거래처|고객사|협력사|이웃)[^.\n]{0,20}(알리겠|알려 드리겠|공개하겠|통보하겠)|(取引先|お客様各位|近隣)[^。\n]{0,20}"
    r"(お知らせ|公表|通知)(いたします|します|させていただきます)",
    # A belittling "is it really so hard to pay": pl "czy naprawdę tak trudno zapłacić", de "ist es wirklich so
    # schwer, ... zu zahlen", fr "est-ce vraiment si difficile de payer".
    r"\b(naprawde tak trudno|really (that|so) hard to pay|wirklich so schwer|vraiment si difficile|realmente tan dificil|"
    r"davvero cosi difficile|realmente tao dificil|echt zo moeilijk|virkelig sa svaert|verkligen sa svart|"
    r"opravdu tak tezke)\b",
    # Calls announced every day and late at night: "będziemy dzwonić do Pana codziennie, także późnym wieczorem".
    r"\b(dzwonic|call|calling|ring|anrufen|appeler|llamar|chiamare|ligar|bellen|ringe|ringa)\b[^.;!?]{0,30}\b(codziennie|"
    r"every day|every night|daily|taglich|jeden tag|tous les jours|todos los dias|ogni giorno|todos os dias|elke dag|"
    r"hver dag|varje dag)\b[^.;!?]{0,40}\b(wieczor\w*|w nocy|evening|night|abends|nachts|soir|noche|sera|notte|noite|"
    r"avond|aften|kvall)\b",
)


# --- session 22: Chinese, Japanese, Hungarian and Cyrillic wordings; veiled hints, jokes and split payments ------
# Chinese has no spaces to bound a negation: a commitment counts only when no "不/无法/没有/未/并非" stands before it in
# the same clause (from the last 。，；!? or line break).
_S22_SUM = r"((€|eur|usd|\$|£|gbp|chf|mxn|cad|pln|zl)\s?\d[\d.,']*\d|\d[\d.,' ]*\d\s?(€|eur|usd|\$|£|gbp|chf|mxn|cad|pln|zl|kr|lei|ft))"
_S22_DATE = (
    r"\b(el|on|am|le|il|den|the|by|bis|avant|antes del?|до)?\s?(\d{1,2}(st|nd|rd|th|\.)?( de| of)? [a-z]{3,}|[a-z]{3,} \d{1,2}\b|"
    r"\d{1,2}[./-]\d{1,2}([./-]\d{2,4})?)"
)
_ZH_UNDENIED = (
    r"(?:^|[。！？!?\n，,；;：:])(?:(?!不|无法|没有|未|并非|别|如果|若)[^。！？!?\n，,；;：:]){0,20}?"
)
_LEGAL_S22 = _rx_folded(
    # zh: a lawyer's letter, a lawsuit, arbitration, the credit registry: "委托律师向贵司发送律师函，并依法向人民法院提起
    # 诉讼". "法院路" (a street) is no step.
    rf"{_ZH_UNDENIED}(律师函|提起诉讼|起诉|申请仲裁|强制执行|纳入征信|上报征信|移交(给)?催收|委托催收)",
    # A threat named as what we would rather avoid: "rather than having to hand the file over to our attorneys",
    # "plutôt que de devoir confier le dossier à nos avocats", "en lugar de tener que pasarlo a nuestros abogados".
    r"\b(rather than|instead of|plutot que( de)?|au lieu de|en lugar de|en vez de|anstatt|statt|invece di|em vez de|"
    r"in plaats van|zamiast|istallet for|i stedet for)\b[^.;!?]{0,60}\b(attorneys?|lawyers?|solicitors?|legal (team|"
    r"department|counsel)|collection agenc\w*|debt collect\w*|court|bailiffs?|avocats?|huissier\w*|abogad\w*|"
    r"(rechts)?anwalt\w*|inkasso\w*|avvocat\w*|advogad\w*|advocaat|incassobureau|prawnik\w*|windykac\w*|tribunal\w*|"
    r"gericht\w*|juzgado)\b",
)
_DISCOUNT_S22 = _rx_folded(
    # zh: a price cut or a charge forgiven: "本期续费我们给您打九折", "滞纳金予以减免".
    rf"{_ZH_UNDENIED}(打[一二三四五六七八九\d](\.\d)?折|(滞纳金|利息|违约金|罚息|手续费|上门费)[^。，,\n]{{0,8}}(减免|免除|全免|"
    r"免收|不收)|(减免|免除|免收)[^。，,\n]{0,12}(滞纳金|利息|违约金|罚息|手续费|上门费))"
    # The waiver named as what the customer asked for ("您关于减免滞纳金的申请") is no grant; our answer is read in its
    # own clause, and a request granted ("同意您减免滞纳金的申请") is one.
    r"(?![^。，,\n]{0,6}(的)?(申请|请求|要求|事宜|问题|咨询))",
    rf"{_ZH_UNDENIED}(同意|批准|接受|答应)[^。，,\n]{{0,6}}(减免|免除|免收)[^。，,\n]{{0,4}}(滞纳金|利息|违约金|罚息|手续费|上门费)",
    # A charge crossed out to zero in a row: "Késedelmi kamat 2 450 Ft -> 0 Ft, ha március 31-ig fizet", "| 出張費 |
    # 5,500円 → 0円（免除） |", "Late fee: GBP 40.00 → 0.00".
    rf"\b{_CHARGE_ANY}[^\n]{{0,40}}?\d[^\n]{{0,15}}?(->|→|=>|⇒)\s*[^\d\n]{{0,4}}0(?:[.,]0{{1,2}})?(?![\d.,]?\d)",
    r"(費|料|利息|延滞金|手数料|违约金|滞纳金|利息)[^\n]{0,40}?\d[^\n]{0,15}?(->|→|=>|⇒)\s*[^\d\n]{0,4}0(?![\d.,]?\d)",
)
_FAULT_S22 = _rx_folded(
    # ja: the school, shop or office speaking of itself: "当教室の手違いにより", "当店のミスで", "弊校の不手際".
    r"(当教室|当校|当店|当院|当方|当事務所|当センター|当クリニック|弊店|弊校|弊所|弊事務所|わたくしども|我々)(側)?の"
    r"(手違い|ミス|誤り|不手際|過失|落ち度|確認不足)(?!では|じゃ)",
    # zh: "这是我们的失误", "由于我方的错误"; not "这不是我们的失误", nor "如果是我们的错误".
    rf"{_ZH_UNDENIED}(我们|我方|我司|本公司|我们这边)(的|这边的)?(失误|错误|过失|疏忽|差错)",
    # hu: our fitter did it wrongly, our company answers for it: "szerelőnk hibásan szerelte be", "a szivárgásért
    # cégünk felel", "felelősséget vállalunk".
    r"\b(szerelonk|kollegank|kollegaink|munkatarsunk|munkatarsaink|technikusunk|rendszerunk|irodank|konyvelesunk|"
    r"szamlazasunk|ugyfelszolgalatunk|titkarsagunk|tanarunk|cegunk) (hibasan|tevesen|rosszul|helytelenul)\b",
    r"\b\w+ert (cegunk|tarsasagunk|iskolank|mi) (felel|felelunk|a felelos|felelos)\b|\bfelelosseget vallalunk\b|"
    r"\belismerjuk (a )?(hibankat|hibat|mulasztasunkat|felelossegunket)\b",
)
_TERMS_S22 = _rx_folded(
    # zh: instalments granted, the due date moved: "可以分三期付", "我这边会在系统里改一下到期日", "延期到4月底".
    rf"{_ZH_UNDENIED}(可以|能|同意|允许|就)[^。，,\n]{{0,6}}分[两二三四五六\d]期|{_ZH_UNDENIED}(改|修改|调整|延后|推迟)"
    r"[^。，,\n]{0,6}(到期日|付款日|截止日|还款日)|"
    rf"{_ZH_UNDENIED}(到期日|付款日|截止日|还款日)[^。，,\n]{{0,4}}(改|延|推迟)(到|至|成)|"
    rf"{_ZH_UNDENIED}(延期|推迟|宽限)(到|至)[^。，,\n]{{0,8}}\d",
    # A due date arrowed to another in a row: "| お支払期日 | 3月10日 → 4月30日 |", "Due date: 10 March -> 30 April".
    r"(due date|due|payment date|falligkeit\w*|zahlungsziel|echeance|date limite|vencimiento|scadenza|forfall\w*|"
    r"hatarido\w*|termin\w*|vade\w*|scadent\w*|期日|期限|支払日|到期日|付款日|срок\w*|падеж)[^\n]{0,30}?\d[^\n]{0,20}?"
    r"(->|→|=>|⇒)\s*(\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}[./-]\d{1,2}|\d{1,2}\.? ?[a-z]{3,}|[a-z]{3,} \d{1,2}\b|"
    r"\d{4}-\d{2}-\d{2})",
)
# Split payments offered, read with the clause's negation and what it reports of the customer (their plan recorded,
# their question passed on) like the other plan wordings.
_TERMS_SPLIT_S22 = _rx(
    # Offered in halves or a number of instalments: "the remaining USD 9,200.00 can be paid in two halves", "puede
    # pagarlo en dos plazos", "vous pouvez régler en trois fois". Not "cannot be paid in instalments".
    r"\b(can|could|may|puede|pueden|podra|podria|pourr\w*|pouvez|peut|peuvent|kann|konnen|puo|possono|pode|podem|kan|"
    r"kunnen|moze|mozna|mozesz)\b(?! (not|nicht|pas|no|niet|nie|inte|ikke|ne)\b) (\w+ ){0,3}?(be )?(paid|pay|settled|split|"
    r"pagar\w*|pagad[oa]|abonar\w*|payer|paye\w*|regler|regle\w*|zahlen|bezahlt|gezahlt|pagare|pagat[oa]|betalen|betaald|"
    r"betala|betalas|betale|betales|zaplacic|splacic|splacon\w*)\b[^.;!?]{0,20}?\b(in|en|em|w|i|na|a)\s+(two|three|four|2|"
    r"3|4|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier|due|tre|quattro|duas|twee|drie|to|fire|tva|fyra|dwoch|trzech|"
    r"dwoch|czterech)\s+(equal )?(halves|instal+ments|parts|payments|tranches|pagos|plazos|cuotas|partes|fois|versements|"
    r"mensualites|echeances|raten|teilbetragen|teilzahlungen|rate|parcelas|prestacoes|termijnen|delar|deler|"
    r"delbetalinger|ratach|ratami|czesciach)\b",
    # Two dated sums to pay, offered as the way to settle: "pagar 183,00 € el 31 de marzo y 183,00 € el 30 de abril",
    # "pay GBP 200.00 on 31 March and GBP 200.00 on 30 April". A paid history ("paid ... on 3 March") is no offer.
    rf"\b(pay|pagar|payer|regler|zahlen|bezahlen|pagare|betalen|betala|betale|zaplacic|fizetni|abonar)\b[^.;\n]{{0,12}}"
    rf"{_S22_SUM}[^.;\n]{{0,8}}{_S22_DATE}[^.;\n]{{0,6}}\b(and|y|et|und|e|en|og|och|i|ve)\b[^.;\n]{{0,6}}{_S22_SUM}"
    rf"[^.;\n]{{0,8}}{_S22_DATE}",
)
_HARASS_S22 = _rx_folded(
    # Shame in Bulgarian and Russian: "Наистина е срамно фирма като Вашата ...". "Не е срамно да ..." reassures.
    r"(?<!не е )(?<!не )(?<!нет )\b(срамно|позорно|позор|стыдно|как не стыдно)\b",
    # ja: common sense doubted, the debt explained to other parents or colleagues: "社会人として常識を疑います",
    # "他の保護者の皆様に事情をご説明したうえで".
    r"常識を疑|社会人として(の)?(常識|失格|恥)|常識(が|も)(ない|ありません|なさすぎ)",
    r"(他の保護者|ほかの保護者|保護者の皆様|他の生徒|クラスの皆|ご近所|近所の方|職場|勤務先|同僚)[^。\n]{0,20}(事情|未納|滞納|"
    r"お支払い状況)?[^。\n]{0,10}(ご説明|説明|お知らせ|お伝え|公表|通知)(いた|し|する|させ)(?![^。\n]{0,12}(ません|ない))",
    # zh: shame and exposure: "真丢人", "我们会告诉你们的客户".
    rf"{_ZH_UNDENIED}(丢人|可耻|不要脸)",
    # Calls every night, announced: "ringa er VD på mobilen varje kväll efter klockan 21", "call your CEO every night".
    r"\b(ringa|ringer|ring|call|calling|phone|anrufen|rufen|appeler|appellerons|llamar|llamaremos|chiamare|ligar|bellen|"
    r"ringe|dzwonic|zadzwonimy|aramaya|arayacagiz)\b(?! (oss|us|uns|nous|nos|ci|ons|os|nas)\b)[^.;!?]{0,40}\b(varje "
    r"(kvall|natt)|every (night|evening)|each (night|evening)|nightly|jeden abend|jede nacht|chaque soir|tous les soirs|"
    r"cada noche|todas las noches|ogni sera|ogni notte|toda noite|todas as noites|elke avond|hver kveld|hver aften|"
    r"hver nat|co wieczor|kazdego wieczoru|co noc|her aksam|her gece)\b",
    r"(每晚|每天晚上)[^。\n]{0,10}(打电话|致电)",
    # A visit with a blade or a bat, "joked": "before our head chef comes round with his cleaver (kidding... mostly)".
    r"\b(comes?|coming|came|pops?|drops?|swings?|turns? up|shows? up|drive|drives) (round|around|over|by|up)?\b[^.;!?]{0,40}"
    r"\bwith (his|her|their|a|an|the|our|my) (meat )?(cleaver|knife|knives|machete|axe|hatchet|baseball bat|bat|crowbar|"
    r"hammer|shotgun|gun|pitchfork)s?\b|\b(vorbei|vorbeikommen|vorbeischauen)\b[^.;!?]{0,30}\bmit (dem|seinem|ihrem|einem) "
    r"(hackebeil|beil|messer|baseballschlager|hammer)\b|\b(passer|passera|debarquer)\b[^.;!?]{0,30}\bavec (son|sa|un|une) "
    r"(hachoir|couteau|hache|batte|marteau)\b|\b(pase|pasara|ira|vaya)\b[^.;!?]{0,30}\bcon (su|el|un) (cuchillo|machete|"
    r"hacha|bate|martillo)\b",
)


# --- session 23: Ukrainian and Russian wordings, hypothetical exposure, sarcasm, fees skipped "this time" ---------
# Cyrillic has no entry in the negation reader, so each pattern keeps its own "не" out: "(?<!не )" before the verb.
_LEGAL_S23 = _rx_folded(
    # uk/ru: we will go to court, file a claim, hand the debt to collectors: "ми звернемося до суду", "подамо позов",
    # "обратимся в суд", "передадим дело коллекторам". A question passed to a lawyer is no step.
    # The present for what is about to happen: "мы передаём ваш долг коллекторскому агентству".
    r"(?<!не )\b(звернемося|звернемось|звернемся|подамо|передамо|передаємо|передаем|направимо|будемо змушені звернутися|"
    r"обратимся|подадим|передадим|направим|будем вынуждены обратиться)\b[^.;!?\n]{0,40}(\bдо суду\b|\bв суд\b|\bпозов|"
    r"колектор|\bиск(\b|ов\w*|а\b|ом\b)|коллектор|судебн|судов|приставам|виконавч|"
    # A court named by its kind ("в Арбитражный суд ... области", "до господарського суду") and the formal pre-trial
    # claim ("направим официальную претензию", "направимо претензію").
    r"\bв (\w+ ){1,2}суд\b|\bдо (\w+ ){1,2}суду\b|претензи)",
    # In the passive: "справу буде передано до суду", "дело будет передано в суд / коллекторам".
    r"(?<!не )\b(буде|будуть|будет|будут) (передан|направлен)\w*[^.;!?\n]{0,30}(\bдо суду\b|\bв суд\b|колектор|коллектор)",
    r"\b(позовн\w* заяв|судов\w* (порядку|позов)|досудов\w* претензі|исков\w* заявлени|судебн\w* порядке|"
    r"досудебн\w* претензи)",
)
_DISCOUNT_S23 = _rx_folded(
    # A charge named, then let go by a pronoun: "there's a USD 50.00 reactivation fee on top, but we can skip that
    # this time". Not "we can't skip it": the contraction leaves no space after "can".
    rf"\b{_CHARGE_ANY}\b[^.;!?]{{0,80}}\b(we|i)('ll|'d| will| can| could| would| are happy to|'re happy to|"
    r" are glad to|'re glad to)? (just |happily |gladly |quietly )?(skip|drop|waive|scrap|ditch|forget about|forget|"
    r"let go of|leave off) (that|it|this|them|those)\b(?! (off|round|over|by|in|at|to|with|into|back|up)\b)",
    r"\b(we|i)('ll| will| can| could| are happy to|'re happy to)? (just )?skip(ping)? (the |your |that |this |any )?"
    r"([\w-]+ ){0,2}(fees?|charges?|interest|penalt\w*|surcharges?)\b",
    # "This time" we do not charge: es "esta vez no le cobramos el recargo", it "per questa volta non le addebitiamo la
    # penale", fr "pour cette fois, nous ne facturons pas les frais", de "dieses Mal berechnen wir keine Gebühr".
    # "Apply" counts only with a charge after it: "esta vez no le aplicamos el descuento" withholds a discount.
    r"\b(esta vez|por esta vez|por esta ocasion|excepcionalmente)\b[^.;!?]{0,30}\bno (sx |se )?(le |te |les |lo |la )?"
    rf"(cobramos|cobraremos|facturamos|facturaremos|(aplicamos|aplicaremos)\b[^.;!?]{{0,20}}\b{_CHARGE_ANY})\b",
    r"\bno (sx |se )?(le |te |les )?(cobramos|cobraremos)\b[^.;!?]{0,40}\b(esta vez|por esta vez|por esta ocasion|"
    r"excepcionalmente)\b",
    r"\b(per questa volta|stavolta|questa volta|eccezionalmente)\b[^.;!?]{0,30}\b(non (le |ti |vi )?(addebitiamo|"
    rf"addebiteremo|facciamo pagare|(applichiamo|applicheremo)\b[^.;!?]{{0,20}}\b{_CHARGE_ANY})|lasciamo perdere|"
    r"soprassediamo)\b",
    r"\b(pour cette fois|cette fois-ci|exceptionnellement)\b[^.;!?]{0,30}\b(nous )?(ne (vous )?(facturons|facturerons|"
    r"comptons|compterons|demandons|demanderons) pas\b|(ne (vous )?|n')(appliquons|appliquerons) pas\b[^.;!?]{0,20}"
    rf"\b{_CHARGE_ANY}\b)",
    r"\b(dieses mal|diesmal|ausnahmsweise)\b[^.;!?]{0,40}\b(berechnen|verrechnen|erheben) (wir|ich) (ihnen |dir )?"
    r"(\w+ ){0,3}(keine|nicht)\b",
    # uk/ru: the penalty written off, a discount given: "ми спишемо пеню", "надамо вам знижку", "спишем пеню",
    # "предоставим скидку".
    r"(?<!не )\b(спишемо|анулюємо|скасуємо|пробачимо|спишем|аннулируем|отменим|простим)\b[^.;!?\n]{0,40}"
    r"(\bпен|штраф|відсот|комісі|неустойк|процент|комисси)",
    r"(\bпен[яюіи]|штраф\w*|неустойк\w*)[^.;!?\n]{0,40}(?<!не )\b(спишемо|анулюємо|скасуємо|спишем|аннулируем|"
    r"простим|снимем|уберем|отменим|обнулим|пробачимо|знiмемо|знімемо|приберемо|буде "
    r"списан\w*|будет списан\w*)\b",
    r"(?<!не )\b(надамо|даємо|зробимо|предоставим|дадим|сделаем|предоставляем)\b (вам )?(\w+ )?(знижк|скидк)",
)
_REFUND_S23 = _rx_folded(
    # uk/ru: money sent back: "другий платіж ми повернемо на вашу картку", "переплату вернем в течение пяти дней".
    # "Ми повернемося до вас" (we will get back to you) and "повернемо доступ до сайту" return no money.
    r"(?<!не )\b(повернемо|повертаємо|відшкодуємо|вернем|возвратим|возместим|возвращаем)\b(?! (вам |ваш\w* )?(доступ|"
    r"сайт|робот|послуг|акаунт|обслуговуван|работ|услуг|аккаунт))[^.;!?\n]{0,40}(кошт|грош|платіж|платеж|\bсум|"
    r"переплат|деньг|средств|\d|картк|карт[уы]|рахун|счет)",
    r"(кошт\w*|грош\w*|платіж|платеж|суму|переплат\w*|деньги|средства)[^.;!?\n]{0,40}(?<!не )\b(повернемо|"
    r"повертаємо|відшкодуємо|вернем|возвратим|возместим)\b(?! (вам |ваш\w* )?(доступ|сайт|робот|послуг|акаунт|"
    r"обслуговуван|работ|услуг|аккаунт))",
    # The passive with the money named: "зайва сума буде повернена", not "доступ буде повернено".
    r"(кошт\w*|грош\w*|\bсума|\bсуму|переплат\w*|платіж|платеж|деньги|средства|сумма)[^.;!?\n]{0,40}(?<!не )"
    r"\b(буде|будуть|будет|будут) (повернен|відшкодован|возвращен|возмещен)\w*",
)
_FAULT_S23 = _rx_folded(
    # uk/ru: "це наша помилка", "з нашої вини", "по нашей вине"; not "це не наша помилка".
    r"(?<!не )(?<!не є )\b(наша помилка|з нашої вини|наша вина|ми помилилися|ми припустилися помилки|наша ошибка|"
    r"по нашей вине|мы ошиблись|мы допустили ошибку)\b",
)
_TERMS_S23 = _rx_folded(
    # uk/ru: the due date moved, instalments granted: "продовжимо термін оплати", "продлим срок оплаты", "надамо
    # розстрочку".
    r"(?<!не )\b(продовжимо|перенесемо|подовжимо|продлим|перенесем|продлеваем|продовжуємо)\b[^.;!?\n]{0,30}"
    r"(термін|строк|дат|срок)\w*[^.;!?\n]{0,20}(оплат|платеж|платіж|сплат)",
    r"(?<!не )\b(надамо|даємо|можемо надати|предоставим|дадим|можем предоставить|предоставляем)\b (вам )?"
    r"(розстрочк|відстрочк|рассрочк|отсрочк)",
    r"(?<!не )\b(можете|зможете) (сплатити|заплатити|оплатити|оплатить|заплатить) (\w+ )?(двома|трьома|чотирма|двумя|"
    r"тремя|четырьмя|частинами|частями)",
)
# Who hears of the debt, in Ukrainian and Russian: guests, clients, partners, suppliers, neighbours, colleagues.
_CYRILLIC_AUDIENCE = (
    r"(гост|гості|клієнт|партнер|постачальник|сусід|колег|підрядник|рідн|друз|працівник|клиент|поставщик|сосед|"
    r"коллег|подрядчик|родн|сотрудник)"
)
_AUDIENCE_EN = (
    r"(your|his|her|their) (own )?(wedding |business )?(clients|customers|guests|partners|suppliers|investors|"
    r"neighbou?rs|family|friends|colleagues|staff|employees|boss|employer|members|patients|followers)"
)
_HARASS_S23 = _rx_folded(
    # Exposure put as a hypothesis: "I wonder how your clients would feel if they knew ...", "que penseraient vos
    # clients s'ils savaient ...", "was würden Ihre Kunden sagen, wenn sie wüssten ...", ja "取引先の皆様がこの状況を
    # 知ったらどう思われるでしょうか".
    rf"\b{_AUDIENCE_EN}\b[^.;!?]{{0,60}}\bif (they|he|she) (\w+ )?(knew|found out|learned|learnt|heard|saw|discovered|"
    r"realised|realized|were told|was told)\b",
    rf"\bif {_AUDIENCE_EN} (\w+ )?(knew|found out|learned|learnt|discovered)\b",
    r"\b(vos|votre|ses|leurs) (propres )?(clients|partenaires|fournisseurs|invites|voisins|salaries|employes|associes|"
    r"famille|proches)\b[^.;!?]{0,60}\bs'(ils|il|elles?) (savai(en)?t|apprenai(en)?t|decouvrai(en)?t|etai(en)?t au courant)\b",
    r"\b(ihre|deine) (kunden|gaste|partner|geschaftspartner|lieferanten|nachbarn|mitarbeiter|familie)\b[^.;!?]{0,60}"
    r"\bwenn (sie|er|es) (\w+ )?(wussten|wusste|erfahren wurden|erfuhren|horten)\b",
    r"\b(sus|tus) (propios )?(clientes|invitados|socios|proveedores|vecinos|empleados|familia)\b[^.;!?]{0,60}"
    r"\bsi (lo )?(supieran|supiesen|se enteraran|se enterasen|descubrieran)\b",
    r"\b(i suoi|i tuoi|suoi|tuoi) (clienti|ospiti|invitati|partner|fornitori|vicini|dipendenti)\b[^.;!?]{0,60}"
    r"\bse (lo )?(sapessero|scoprissero|venissero a sapere)\b",
    r"\b(uw|je|jouw) (klanten|gasten|partners|leveranciers|buren|medewerkers|familie)\b[^.;!?]{0,60}\bals (ze|zij|hij) "
    r"(\w+ )?(wisten|zouden weten|erachter kwamen|hoorden)\b",
    r"(取引先|お客様|顧客|ゲスト|招待客|ご来賓|ご家族|ご近所|従業員|社員|株主|関係者)[^。\n]{0,25}(知ったら|知られたら|"
    r"お知りになったら|耳にしたら|知れば)[^。\n]{0,15}(どう|何と|なんと|困|驚)",
    # uk/ru: "всі ваші гості дізнаються, як ви розраховуєтеся", "ваши клиенты узнают"; not "нічого не дізнаються".
    rf"\b(ваші|ваши|вашим|всі|усі|все)\b[^.;!?\n]{{0,30}}{_CYRILLIC_AUDIENCE}\w*[^.;!?\n]{{0,30}}(?<!не )"
    r"\b(дізнаються|довідаються|знатимуть|почують|узнают|будут знать|услышат)\b",
    rf"(?<!не )\b(дізнаються|довідаються|узнают)\b[^.;!?\n]{{0,20}}\b(ваші|ваши|всі|все)\b[^.;!?\n]{{0,20}}"
    rf"{_CYRILLIC_AUDIENCE}",
    # uk shame: "соромно, що людина ...", "як вам не соромно"; not "не соромно" nor "не соромтеся" (do not hesitate).
    r"(?<!не )\b(соромно|ганебно|ганьба)\b|як вам не соромно",
    # ja: a sum belittled as one they "cannot even pay": "わずか¥88,000の装花代も支払えないとは".
    r"(わずか|たった|これっぽっち)[^。\n]{0,30}(も|すら|さえ)(お)?支払(え|い)?(ない|になれない|できない)(?!場合|とき|時|方)",
    # Sarcasm about where the money went, and others held up: "Funny how there was money for a string quartet ...",
    # "Most people manage to pay for their own wedding".
    r"\b(funny|interesting|strange|amazing|odd|curious|remarkable) (how|that) (there('s| is| was| were)|you (had|have|"
    r"found|could find)) (always |still |plenty of |enough )?(money|cash)\b",
    r"\b(most|normal|decent|grown-up|responsible|ordinary) (people|adults|couples|customers|clients|owners|businesses|"
    r"families|parents) (somehow )?(manage|seem to manage|find a way) to pay\b",
    r"\b(la plupart des|les gens normaux)\b[^.;!?]{0,20}\b(arrivent|parviennent) (bien )?a (payer|regler)\b|"
    r"\bdie meisten (leute|menschen|kunden|paare)\b[^.;!?]{0,20}\b(schaffen|bekommen) es\b|"
    r"\bla mayoria de (la gente|las personas|los clientes|las parejas)\b[^.;!?]{0,20}\b(consigue\w*|logra\w*) pagar\b",
    # A wallet "if you can find it", a pet that should find an owner who pays: mockery of the person.
    r"\bif (you|u) (can|could|ever) (find|locate|dig out|track down) (your|ur) (wallet|purse|chequebook|checkbook|"
    r"cheque book)\b|\bsi (vous )?(retrouvez|trouvez) (votre|ton) (portefeuille|porte-monnaie|chequier)\b|"
    r"\b(falls|wenn) (sie|du) (ihre|ihr|deine|dein) (geldborse|portemonnaie|brieftasche)\b[^.;!?]{0,10}\bfinden\b|"
    r"\bsi (encuentra|encuentras) (su|tu) (cartera|billetera|monedero)\b",
    r"\b(find|get|deserves?) (himself|herself|itself|themselves|yourself|a new|another)\b[^.;!?]{0,25}\b(owner|family|"
    r"home|master|parents?|customer|client) who (actually |really |bothers to )?pays?\b",
    # "builds websites for a living and can't pay a USD 49.00 hosting bill?"
    r"\bfor a living\b[^.?!]{0,40}\b(can't|cannot|can not|couldn't|won't)\b (\w+ ){0,2}pay\b",
)


# --- session 24: copied solicitors, a file "ending up" with them, bailiffs and payment orders in more languages; fees
# renounced, payment allowed later or with the next invoice; sweepstakes, burglar jokes, a whole floor told, a business
# told to find another trade -------------------------------------------------------------------------------------------
_LEGAL_WORD_S24 = (
    r"(solicitors?|lawyers?|attorneys?|legal counsel|debt collectors?|collection agenc\w*|bailiffs?|court|small claims|"
    r"(rechts)?anwalt\w*|inkasso\w*|gericht\w*|betreibung\w*|avocats?|huissier\w*|tribunal\w*|abogad\w*|juzgado|"
    r"avvocat\w*|legal[ei]|tribunale|advogad\w*|advocaat|advocaten|deurwaarder|gerechtsdeurwaarder|incassobureau|"
    r"prawnik\w*|komornik\w*|windykac\w*|sad\w*)"
)
_LEGAL_S24 = _rx_folded(
    # Our lawyers copied on the letter: "I have copied our solicitors, Hale & Barrow LLP, on this email", "nos avocats
    # sont en copie", "con copia a nuestros abogados", "in copia il nostro legale". Our collections team copied is not.
    r"\b(i|we)('ve| have|'m| am| are|'re)? (also )?(copied|copying|cc'?e?d|cc'?ing|included|including|looped in|"
    r"looping in)( in)? (our|the company's|our external) (\w+ )?(solicitors?|lawyers?|attorneys?|legal counsel|law firm)\b",
    r"\b(our|unser\w*|nos|notre|nuestros?|il nostro|i nostri|onze) (\w+ )?(solicitors?|lawyers?|attorneys?|"
    r"(rechts)?anwalt\w*|avocats?|abogad\w*|legal[ei]|avvocat\w*|advocaat|advocaten)\b[^.;!?]{0,40}\b((is|are|have been|"
    r"has been) (copied|cc'?e?d|in copy)|in (kopie|cc|copia)|en copie|en copia|(est|sont) (mis )?en copie)\b",
    r"\b(in kopie|in cc|en copie|con copia|in copia|cc) (an |a |al |aux |ai )?(unser\w*|nos|notre|nuestros?|il nostro|"
    r"i nostri|al nostro|ai nostri|onze) (\w+ )?((rechts)?anwalt\w*|avocats?|abogad\w*|legal[ei]|avvocat\w*|advocaat|"
    r"advocaten)\b",
    # A file said to "end up" with them, as a wish not to: "Would hate for this one to end up on our solicitor's desk",
    # "bevor das auf dem Tisch unseres Anwalts landet", "finire sul tavolo del nostro legale".
    # Not an address: "your parcel may end up at the Court Street depot".
    rf"\b(end(s|ing)? up|wind(s|ing)? up|land(s|ing)?) (on|with|in|at) (our|the) (\w+ )?{_LEGAL_WORD_S24}('s|s')?\b"
    r"(?! (street|road|lane|square|house|building|depot|office|st|rd)\b)",
    r"\b(end(s|ing)? up|land(s|ing)?) in (court|small claims)\b(?! (street|road|lane|square|house)\b)",
    rf"\b(auf dem tisch|bei) (unseres?|unserer|unseren) (\w+ )?{_LEGAL_WORD_S24} (landen|landet|landen wurde)\b",
    rf"\b(atterri\w*|finir\w*|se retrouve\w*) (sur le bureau (de|d')|chez) (notre|nos) (\w+ )?{_LEGAL_WORD_S24}",
    rf"\b(acab\w*|termin\w*) (en (manos|la mesa) de) (nuestro|nuestros) (\w+ )?{_LEGAL_WORD_S24}",
    rf"\b(finir\w*|finisca|finiscano) (sul tavolo|sulla scrivania|in mano|nelle mani) (del|dei|al|ai) (nostro|nostri) "
    rf"(\w+ )?{_LEGAL_WORD_S24}",
    rf"\b(belanden|belandt|terechtkomen|terechtkomt) (op het bureau van|bij) onze (\w+ )?{_LEGAL_WORD_S24}",
    # "Pay by Friday or it goes to the lawyers": the step named as where the account goes next. Our legal team reading a
    # question is not such a step.
    r"\b(it|this|the (account|file|matter|debt|invoice|balance|case)|your (account|file|debt|balance))('s| is)? (goes|go|"
    r"will go|is going|gets (passed|sent|handed|referred)|will get (passed|sent|handed|referred)) (straight |right |"
    r"over |off )?to (the|our) (lawyers|solicitors|attorneys|debt collectors|collection agency|collectors|bailiffs|"
    r"court|small claims( court)?)\b",
    # ko: the step with a connective or a "may" ending, not only the future: "지급명령 신청 등 법적 절차를 진행하고",
    # "채권추심 전문회사에 추심을 위임할 수 있음을"; not "진행할 계획이 없습니다".
    r"(법적 ?조치|법적 ?절차|지급명령|소송|변호사|채권추심|추심)[^.\n]{0,25}(진행하고|진행할|착수할|제기할|신청할|"
    r"의뢰할|위임할|위임하겠|넘기겠|넘길|위임하게 되|의뢰하게 되|넘기게 되|진행하게 되|착수하게 되)(?![^.\n]{0,30}(않|없|아닙|아니))",
    # el: a payment order, a lawsuit, a bailiff, a collection agency are read with the Greek negation in _LEGAL_S26B.
    # zh: the overdue record reported to the credit system, legal means reserved: "报送至企业征信系统",
    # "保留通过法律途径追讨的权利".
    rf"{_ZH_UNDENIED}(报送|上报|提交|纳入|录入|报告)[^。，,\n]{{0,12}}征信",
    rf"{_ZH_UNDENIED}(通过|采取|诉诸)(法律途径|法律手段|司法途径)",
)
_DISCOUNT_S24 = _rx_folded(
    # A charge renounced: it "rinunciamo (volentieri) agli interessi di mora", es "renunciamos a los recargos", pt
    # "prescindimos dos juros". "Non rinunciamo" keeps them.
    r"(?<!non )(?<!no )(?<!nao )(?<!nu )\b(rinunciamo|rinunceremo|renunciamos|renunciaremos|prescindimos|prescindiremos)"
    r" (volentieri |con piacere |gustosamente |de buen grado )?(a|ai|agli|alla|alle|al|a los|a las|aos|as|dos|das|do|da)"
    r" (\w+ )?(interessi|penal[ei]|spese|commission[ei]|mora|intereses|recargos?|gastos|comision\w*|juros|encargos|"
    r"multas?|penalidades?)\b",
    # el: a smaller sum taken as full and final settlement: "να δεχτούμε 1.500,00 € ως πλήρη και οριστική εξόφληση".
    r"(?<!δεν )(πληρη|ολοσχερη|τελικη) και (οριστικη|τελικη|ολοσχερη) εξοφληση",
)
_TERMS_S24 = _rx_folded(
    # Payment allowed at a later month "instead", or waved through: sv "det går bra att betala ... i slutet av april i
    # stället", en "it's fine to pay it at the end of April instead".
    rf"\b({_PAY_VERBS}|betala|betalning)\b[^.;!?]{{0,60}}\b{_MONTHS_WIDER}\b[^.;!?]{{0,20}}\b(instead|i stallet|istallet|"
    r"stattdessen|a la place|en su lugar|invece|em vez disso|in plaats daarvan|zamiast tego|i stedet)\b",
    rf"\b(it's fine|that's fine|it is fine|det gar bra|det gar fint|gar bra att|kein problem|pas de souci|sin problema|"
    rf"nessun problema|tudo bem|geen probleem|nie ma problemu)\b[^.;!?]{{0,20}}\b({_PAY_VERBS}|betala)\b[^.;!?]{{0,40}}"
    rf"\b(in|at the end of|i slutet av|i|ende|fin|a finales de|a fine|no fim de|eind|pod koniec)\s+{_MONTHS_WIDER}\b",
    # ko/ja/zh: permission to pay by a later date: "4월 30일까지 납부하셔도 괜찮으며", "4月30日までにお支払いいただいても
    # 構いません", "月底前付款也可以".
    r"(까지|말까지) ?(납부|입금|결제|지불|송금)(하셔도|해 ?주셔도|해도) ?(괜찮|됩니다|무방)",
    r"まで(に)?(お)?(支払|振込|振り込)\w{0,6}(いただいても|ても)(構いません|大丈夫|結構)",
    rf"{_ZH_UNDENIED}(前|之前|以前)(付款|支付|付清|缴纳|还款)[^。，,\n]{{0,2}}(也可以|也没问题|也没关系)",
    # zh: the payment term lengthened: "并将付款期限延长至六月底".
    rf"{_ZH_UNDENIED}(付款期限|期限|账期|到期日|付款日|截止日|还款日)((?!不|无法|未|没)[^。，,\n]){{0,4}}(延长|延后|顺延|推迟)"
    r"(到|至)",
    # Paid together with a later month's invoice: "just pay it together with April's when that one comes round",
    # "zahlen Sie ihn einfach mit der April-Rechnung", "payez-la avec la facture de mai".
    # Not another bill already due: "Why not pay it together with the March quarter rent".
    rf"\b({_PAY_VERBS})\b (it|this|that|them|both|the (invoice|balance|amount))?[^.;!?]{{0,20}}\b(together|along) with "
    rf"(the |your )?(next (month's|invoice|bill|one)\b|{_MONTHS_WIDER}'s)",
    rf"\b(mit|zusammen mit) der (nachsten|{_MONTHS_WIDER})[- ]?rechnung\b[^.;!?]{{0,30}}\b(zahlen|bezahlen|begleichen)\b",
    rf"\b({_PAY_VERBS})\b[^.;!?]{{0,30}}\b(avec|insieme (a|alla)|junto con|samen met) (la )?(prochaine )?(facture|fattura|"
    rf"factura|factuur) (d'|de |di |del |van )?(\w+ )?({_MONTHS_WIDER}|prochaine|prossima|proxima|volgende)\b",
)
_FAULT_S24 = _rx_folded(
    # fr: a wrong rate or figure "de notre part": "établie sur la base d'un mauvais tarif de notre part". The formula
    # "sauf erreur de notre part" is set aside before the patterns read.
    r"(?<!pas )(?<!pas de )(?<!pas d'un )(?<!aucune )(?<!aucun )\b(mauvais|mauvaise|errone\w*|incorrect\w*|faux|fausse)\b[^.;!?]{0,30}"
    r"\bde notre part\b",
    # cs: "chyba byla na naší straně", "je to naše chyba"; not "chyba nebyla na naší straně", "není to naše chyba".
    r"\b(chyba|pochybeni|omyl) (byla?|bylo|je|vznikla?|vzniklo) na nasi strane\b|(?<!neni )(?<!neni to )"
    r"(?<!nebyla )\bnase (chyba|pochybeni)\b|\bnasi chybou\b",
)
_HARASS_S24 = _rx_folded(
    # Sarcasm about what they want from us and will not pay: "Funny how you want us watching your shop 24/7 but can't
    # find GBP 186 for the privilege".
    r"\b(funny|interesting|strange|amazing|odd|curious|remarkable) (how|that) you\b[^.;!?]{0,80}\bbut (you )?(can't|"
    r"cannot|can not|couldn't|won't|never|somehow can't)\b[^.;!?]{0,20}\b(find|pay|manage|afford|spare|settle)\b",
    # A burglar or thief "joked" to pay the bill.
    r"\b(burglars?|thief|thieves|robbers?|intruders?|einbrecher|diebe?|cambrioleurs?|voleurs?|ladron(es)?|ladr[io]|"
    r"ladrao|inbrekers?|wlamywacz\w*|zlodziej\w*|tjuv(ar)?|inbrottstjuv(ar)?)\b[^.;!?]{0,40}\b(pay|pays|settle|cover|"
    r"zahlt|bezahlt|paiera|paie|pague|paghi|paga|betaalt|zaplaci|betalar)\b (\w+ )?((the|your|this|our|die|ihre|la|"
    r"votre|tu|su|il|de|je|uw) (invoice|bill|fee|rechnung|facture|factura|fattura|factuur|fatura)|fakture|rakningen|"
    r"fakturan|for you|voor je|pour vous|fur sie)\b",
    # A sweepstake or bets on whether they pay: "The front desk has started a sweepstake on whether Brightlane pays".
    r"\b(sweepstakes?|betting pool|office pool|wagers?|taking bets|bets on|betting on|tippspiel|wetten (darauf|ob)|"
    r"wette (darauf|ob)|des paris sur|parient (sur|que)|apuestas? (sobre|a que|si)|apostando (a|si)|scommess\w* (su|se)|"
    r"scommettendo|weddenschap\w*|wedden (of|dat)|zaklad\w* (o to|czy)|vad (om|pa))\b[^.;!?]{0,60}\b(pay|pays|paid|"
    r"settle|settles|zahl\w*|paie\w*|payer|pag\w*|betaal\w*|betal\w*|zaplac\w*)",
    # The whole floor or building told, or already knowing: "everyone on the second floor knows exactly why your desk
    # is empty", "Iedereen op de tweede verdieping weet ondertussen wel wie hier niet betaalt", "damit alle im Haus
    # Bescheid wissen".
    r"\b(everyone|everybody|all the (members|tenants)) (on|in|at) (the|this|your) (\w+ )?(floor|building|office|street|"
    r"block|hub|corridor)\b[^.;!?]{0,20}\b(knows?|will know|finds? out|hears?|sees?|will see)\b",
    r"\biedereen (op|in) (de|het|deze|dit) (\w+ )?(verdieping|gebouw|straat|kantoor|gang)\b[^.;!?]{0,20}\b(weet|weten|"
    r"ziet|zien|hoort)\b",
    r"\balle (im|in der|auf der|auf dem) (haus|gebaude|stock|stockwerk|etage|strasse|buro|flur)\b[^.;!?]{0,20}"
    r"\b(bescheid wissen|wissen|weiss|sehen|erfahren)\b",
    r"\btout (le monde|l'etage|l'immeuble|le batiment) (a |de |dans )?(l'etage|l'immeuble|le batiment|l'espace)?[^.;!?]{0,20}"
    r"\b(sait|saura|sache|sachent|voit|verra)\b",
    r"\b(todo el (edificio|piso|mundo en el (edificio|piso))|tutto il (piano|palazzo|condominio|edificio)|tutti (al|nel|"
    r"sul) (piano|palazzo|condominio|edificio))\b[^.;!?]{0,20}\b(sabe|sepa|sabra|sa|sanno|sappia|sapra|sapranno)\b",
    # A business told it has no future or should find another trade: pl "Może czas pomyśleć o innym zajęciu?", de
    # "sollte sich vielleicht fragen, ob es überhaupt eine Zukunft hat", en "maybe it's time to find another line of
    # work".
    r"\b(maybe|perhaps) (it's |it is )?(time )?(to |you should )?(think about|consider|look for|find|get) (another|a "
    r"different|a new|a real) (job|career|line of work|occupation|trade)\b",
    r"\b(moze|chyba) (czas|pora|warto) (\w+ )?(pomyslec|zastanowic sie) (o|nad) (innym|inna|innej|zmian\w*) (zajeciu|pracy|"
    r"zawodzie|branzy|zawodu|branzy)",
    r"\bob (es|sie|er|ihr|ihre firma|ihr geschaft) (uberhaupt )?(eine )?zukunft (hat|haben)\b|\b(einen anderen beruf|"
    r"eine andere branche)\b[^.;!?]{0,20}\b(suchen|wahlen|uberlegen)\b",
    r"\b(changer de metier|cambiar de oficio|dedicarse a otra cosa|cambiare mestiere|mudar de profissao|"
    r"een ander beroep|ander vak)\b",
    # A business belittled as unable to pay even a small sum: "Ein Start-up, das nicht mal CHF 650.00 ... zahlen
    # kann", "ktoś prowadzi sklep i nie potrafi zapłacić faktury", "a company that can't even pay".
    r"\b(start-?up|firma|unternehmen|laden|geschaft|betrieb|company|business|shop|start-up)\b,? (das|die|der|that|which)"
    r" (nicht (mal|einmal)|can't even|cannot even|couldn't even)\b",
    r"\bktos prowadzi (sklep|firme|dzialalnosc|biznes|restauracje|kawiarnie) i nie (potrafi|umie|jest w stanie)",
    # zh: "deadbeat" and "why run a company at all".
    rf"{_ZH_UNDENIED}(老赖|还开什么公司|开什么公司)",
)

# A balance set out as one sum on a list of dates, agreed inline: "we're happy to confirm the arrangement ...: GBP
# 1,400.00 on 1 April, 1 May and 1 June 2026", "1.400,00 € am 1. April, 1. Mai und 1. Juni".
_SCHEDULE_DATE = (
    rf"(\d{{1,2}}(st|nd|rd|th|er|\.)?( de| of)? {_MONTHS_WIDER}( \d{{4}})?|{_MONTHS_WIDER} \d{{1,2}}(st|nd|rd|th)?"
    r"(,? \d{4})?|\d{1,2}[./-]\d{1,2}([./-]\d{2,4})?)"
)
# --- session 25: Vietnamese, a pay date given "instead of" the old one, debits the bank sent back ------------------

# Payment allowed on one date in place of another: "pode pagar a fatura até 30 de abril, em vez de 15 de março",
# "you can pay by 30 April instead of 15 March". A pay verb in the present or with a modal, not a payment made.
_PAY_NOW = r"\b(pay|pagar|pague|payer|regler|zahlen|bezahlen|betalen|pagare|saldare|liquidar|saldar|zaplacic|betale)\b"
_DATE_FOR_DATE = (
    rf"\b{_SCHEDULE_DATE}\W{{1,3}}{_INSTEAD} (the |on |le |au |du |del |de |el |dem |am |vom |van |il |al |do |da |a )?"
    rf"{_SCHEDULE_DATE}"
)
_DATE_INSTEAD = re.compile(
    rf"{_PAY_NOW}[^.;!?]{{0,80}}{_DATE_FOR_DATE}|{_DATE_FOR_DATE}[^.;!?]{{0,40}}{_PAY_NOW}"
)
# A direct debit the customer's bank sent back ("Automatische incasso teruggeboekt", "die Lastschrift wurde von Ihrer
# Bank zurückgebucht", "prélèvement rejeté"): a failed collection, not a reversal we promise. Said as a fact, with no
# one of ours or a future between the debit and the word.
# The customer's payment, once found, applied to the invoice: "As soon as we can see it, we'll credit it against the
# invoice", "once we receive it we will credit it to your account". Allocation, not a credit.
_PAYMENT_APPLIED = re.compile(
    r"\b(as soon as|once|when) we (can )?(see|receive|have received|find|match|identify|locate|trace|spot) (it|them|the "
    r"payment|your payment|the transfer|the remittance),? we('ll| will| can| shall) (credit|apply|allocate|match) (it|them)"
)
_DEBIT_BOUNCED = re.compile(
    r"\b(automatische incasso|incasso|lastschrift\w*|sepa-lastschrift|direct debit|prelevement( sepa)?|"
    r"domiciliacion|adeudo( sepa)?|addebito( sdd| diretto| rid)?|debito direto|autogiro|betalingsservice)"
    r"( (?!(we|wij|wir|nous|noi|nosotros|will|zullen|zal|wordt|wird|sera|verra|worden|werden|shall)\b)[\w.,€$£]+){0,4}? "
    r"(teruggeboekt|gestorneerd|geweigerd|storniert|zuruckgebucht|zuruckgegeben|zuruckgegangen|rejete|retourne|impaye|"
    r"devuelt[oa]|rechazad[oa]|returned|reversed|bounced|charged back|failed|stornat[oa]|respint[oa]|insolut[oa]|"
    r"devolvid[oa]|recusad[oa])\b"
)

# Vietnamese is read only in a draft written in it: the tone marks of its own alphabet (ơ, ư and the letters with a
# dot below or a hook above, U+1EA0..U+1EF9), never found in the other languages, tell it. Folded, its words are
# short and common elsewhere ("no", "se", "han", "toa"), so these patterns run on nothing else.
_VIETNAMESE_LETTER = re.compile("[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
# "không", "chưa", "chẳng" before the verb deny it: "chúng tôi không thể gia hạn", "chưa có kế hoạch khởi kiện".
# "chẳng hạn" is "for example", no negation.
_VI_NOT = re.compile(r"\b(khong|chua|chang(?! han\b))\b")
# "Nếu ... không thanh toán ... thì chúng tôi sẽ ...": the negation sits in the condition; the main clause starts at
# "thì" or at our subject.
_VI_IF = re.compile(r"\b(neu|trong truong hop|truong hop|mien la|tru khi|mot khi)\b")
_VI_MAIN = re.compile(r"\bthi\b(?! hanh)|\b(chung toi|chung em|cong ty|ben em|toi)\b")
_VI_CLAUSE = re.compile(r"[;:!?()\n\u2014]|[.,](?!\d)| - | \u2013 | nhung ")
# Their request named, or passed on ("yêu cầu gia hạn của anh đã được chuyển cho ..."): not something we grant.
_VI_THEIR_ASK = re.compile(r"\b(yeu cau|de nghi|de xuat|mong muon|nguyen vong|cau hoi|xin)( \w+){0,2} $")
# Terms and charges that were agreed before ("theo hợp đồng", "kế hoạch trả góp đã thỏa thuận"): restated, not given.
_VI_AGREED_BEFORE = re.compile(
    r"\b(da|duoc) (thoa thuan|ky ket|ky|thong nhat)\b|\btheo (hop dong|dieu khoan)\b"
)
# A credit note that exists, or money the bank sent back: "giấy báo có số ... đã được phát hành", "ngân hàng đã hoàn".
_VI_EXISTING = re.compile(r"\b(da|duoc) (duoc )?(phat hanh|xuat|lap|gui|ghi co|can tru)\b|\bngan hang\b")
# Nợ folds to "no", which Portuguese text becomes "nu"; sẽ to "se", which Spanish text becomes "sx".
_VI_NO = r"(no|nu)"
_VI: dict[Violation, re.Pattern[str]] = {
    Violation.LEGAL_THREAT: _rx(
        # sue, take to court, court proceedings, enforcement, arbitration
        r"\bkhoi kien\b|\b(kien|dua|dem|dua vu viec|dua ho so)\b[^.;,]{0,30}\bra (toa|trong tai)\b",
        r"\b(tai|truoc|len) toa( an)?\b|\b(thu tuc|vu kien|phien) toa\b|\bthi hanh an\b|\bto tung\b",
        r"\b(bien phap|hanh dong|thu tuc|quy trinh|con duong) (phap ly|phap luat|to tung)\b",
        # a debt collection agency (not our own "bộ phận thu hồi công nợ")
        rf"\b(cong ty|dich vu|don vi|to chuc|ben thu ba|doi) (thu hoi|doi|thu) (cong )?{_VI_NO}\b",
        # lawyers: the file passed to them, ours in touch, one hired
        r"\b(chuyen|giao|uy quyen)( \w+){0,4} (cho|sang|toi|den) (\w+ )?(luat su|van phong luat|bo phan phap che|"
        r"phap che)\b|\bluat su (cua |ben )?(chung toi|cong ty)\b|\b(thue|nho|moi) luat su\b",
        # credit reporting
        rf"\b(bao cao|thong bao|chuyen|cap nhat)\b[^.;]{{0,40}}\b(cic|trung tam thong tin tin dung|{_VI_NO} xau)\b",
    ),
    Violation.DISCOUNT_OFFER: _rx(
        r"\b(giam gia|chiet khau|mien giam)\b",
        r"\b(mien|xoa|bo qua|huy bo|huy)( bo)? (\w+ ){0,2}(phi|lai|tien phat|khoan phat|tien lai)\b",
        r"\bgiam (\w+ ){0,2}(\d+ ?%|phi|lai|tien phat|so tien)",
        # settle for less: "chỉ cần thanh toán 80.000.000 ₫ thay vì 100.000.000 ₫", "tất toán với ..."
        r"\bchi can (thanh toan|tra)\b([^.;]|\.\d){0,60}\bthay vi\b|\bchap nhan\b([^.;]|\.\d){0,40}\b(tat toan|thanh ly)\b",
    ),
    Violation.REFUND_OR_CREDIT_PROMISE: _rx(
        # Not the matter or request named ("việc hoàn tiền (nếu có) do bộ phận tài chính quyết định"), not one "if any".
        r"(?<!viec )(?<!yeu cau )(?<!de nghi )\bhoan (tien|lai (tien|so tien|khoan)|tra (\w+ )?(tien|so tien|khoan))\b"
        r"(?! ?\(?neu co\b)",
        # "chúng tôi sẽ hoàn lại 3.500.000 ₫": the sum itself after the verb
        r"\bhoan (lai|tra)( cho (\w+ ){1,2})? (\d|usd|vnd|d )",
        r"\btra lai (\w+ )?(tien|so tien|khoan tien)\b",
        # "sẽ được hoàn lại vào tài khoản của chị": the charge itself, returned to their account or card.
        r"\b(se|sx) (duoc )?(hoan lai|hoan tra|tra lai)\b(?= (vao|ve|cho|qua|toan bo|day du|trong))",
        r"\b(phat hanh|xuat|lap) (\w+ ){0,2}(hoa don dieu chinh giam|giay bao co|credit note)\b|\bghi co\b|\bcan tru\b",
    ),
    Violation.FAULT_ADMISSION: _rx(
        # "lỗi" folds as "lời" (word) does: not "trả lời của chúng tôi" (our reply) or "xin lỗi" (sorry).
        r"(?<!xin )(?<!tra )(?<!cau )(?<!nhan )\bloi (la )?(cua|do|tu|thuoc ve) (phia |ben )?(\w+ )?(chung toi|chung em|"
        r"minh)\b",
        r"\bsai sot (\w+ ){0,4}(la )?(cua|do|tu|thuoc ve) (phia |ben )?(\w+ )?(chung toi|chung em|minh)\b",
        r"\b(chung toi|chung em|ben em)( da)? (nham lan|nham|lam sai|tinh sai|xuat sai|gui sai|ghi sai)\b",
        r"\b(chung toi|cong ty|chung em|ben em)( \w+){0,3} (xin )?chiu (hoan toan |moi |toan bo )?trach nhiem\b",
    ),
    Violation.TERMS_CHANGE: _rx(
        # "hóa đơn gia hạn", "gia hạn hợp đồng": a renewal of the service, not more time to pay
        r"(?<!hoa don )(?<!phi )(?<!goi )\bgia han\b(?! (hop dong|dich vu|ten mien|goi|ban quyen|thue bao|giay phep|"
        r"license|subscription|hosting))",
        r"\b(lui|doi|keo dai|dieu chinh) (lai )?(thoi han|han chot|han thanh toan|ngay thanh toan|ngay den han)\b",
        r"\bhan (thanh toan )?moi\b|\btra gop\b|\bgian (no|nu)\b|\bkhoanh (no|nu)\b",
        r"\b(chia|thanh toan|tra)( \w+){0,4} (thanh|lam) (\d+|hai|ba|bon|nam|sau) (dot|ky|lan)\b",
        r"\bdong y (\w+ ){0,3}(lo trinh|ke hoach|phuong an) (thanh toan|tra (no|nu))\b",
        # "Chúng tôi đồng ý để Quý Công ty thanh toán hóa đơn ... (412.000.000 VND) thành 3 đợt": the amount in brackets
        # does not end the agreement.
        r"\b(dong y|chap thuan|chap nhan|cho phep)\b(?:[^;!?\n.]|\.(?=\d)){0,100}\b(thanh|lam) (\d+|hai|ba|bon|nam|sau) "
        r"(dot|ky)\b",
    ),
    # Another customer named with what it still owes us: "Bệnh viện Quốc tế Hải Vân hiện cũng đang còn nợ chúng tôi
    # 215.000.000 VND"; "cũng" (also) says it is not this customer.
    Violation.SENSITIVE_DATA: _rx(
        r"\bcung (dang |van )?(con )?no (chung toi|ben em|chung em|cong ty chung toi) (\d|khoang|hon|gan|toi|den)"
    ),
    Violation.HARASSMENT: _rx(
        r"\b(do|ke|bon|lu|phuong) (lua dao|an quyt|vo dung|vo lai|ngu)\b|\b(la|nhu) (mot )?(ke |bon |do )?(lua dao|an quyt)\b",
        r"\b(quyt (no|nu)|vo liem si|mat day|dang xau ho|ngu ngoc|chay i)\b",
        # "quán của anh quỵt tiền thợ", "làm ăn kiểu gì mà ...", people sent to stand at their door.
        r"\bquyt tien\b|\blam an kieu gi\b|\bcho nguoi (den |toi )?(dung|ngoi|chan) (truoc|o) (cua|nha|quan)\b",
        r"\b(danh sach den|beu ten)\b|\b(cong khai|dang)( \w+){0,3} (ten|thong tin)( \w+){0,4} (len|tren) (mang|facebook|"
        r"mang xa hoi)\b|\bden tan (nha|van phong)\b",
    ),
}
# "không tính lãi", "không thu phí phạt": a charge dropped is said with a negation, so it is not read as one.
_VI_NOT_CHARGED = re.compile(r"\b(se|sx) khong (tinh|thu|ap dung) (\w+ ){0,2}(phi|lai|tien phat|tien lai)\b")
_VI_SHAMELESS = re.compile(r"\bkhong biet xau ho\b")


def _vi_clause_before(text: str, start: int) -> str | None:
    """Our words before a Vietnamese match, in its clause; None when the match sits inside a condition."""
    clause = text[_last_break(_VI_CLAUSE, text, start) : start]
    conditions = list(_VI_IF.finditer(clause))
    if not conditions:
        return clause
    mains = list(_VI_MAIN.finditer(clause, conditions[-1].end()))
    return clause[mains[-1].start() :] if mains else None


def _vietnamese(raw: str, text: str) -> dict[Violation, str]:
    """What a Vietnamese draft does, read with its own negations, conditions and requests."""
    if len(_VIETNAMESE_LETTER.findall(raw)) < 2:
        return {}
    found: dict[Violation, str] = {}
    for violation, pattern in _VI.items():
        for m in pattern.finditer(text):
            before = _vi_clause_before(text, m.start())
            if before is None or _VI_NOT.search(before + m.group(0)) or _VI_THEIR_ASK.search(before):
                continue
            sentence = _sentence_at(text, m.start())
            if violation in (Violation.DISCOUNT_OFFER, Violation.TERMS_CHANGE) and _VI_AGREED_BEFORE.search(
                sentence
            ):
                continue
            if violation is Violation.REFUND_OR_CREDIT_PROMISE and _VI_EXISTING.search(sentence):
                continue
            found[violation] = m.group(0)
            break
    if Violation.DISCOUNT_OFFER not in found and (dropped := _VI_NOT_CHARGED.search(text)):
        found[Violation.DISCOUNT_OFFER] = dropped.group(0)
    if Violation.HARASSMENT not in found and (shameless := _VI_SHAMELESS.search(text)):
        found[Violation.HARASSMENT] = shameless.group(0)
    return found


# --- session 25: Korean, Japanese and Czech general wording; Argentine Spanish; fees "need not be paid" ----------
# Korean and Japanese state the act with an affirmative ending, so the refusal ("분할 납부는 어렵습니다",
# "値引きはいたしかねます") is kept out by a look at what follows; Czech negates the verb itself ("neprodloužíme"), so
# a pattern that starts at the verb never reads the negated form, and a noun needs a granting verb.
# Nor their wish reported ("3회로 나누어 납부하고 싶다는 요청"): what they want to do is not what we grant.
_KO_NOT_AFTER = (
    r"(?![^.\n]{0,40}(어렵|불가|않|없|안 됩|못)|[^.\n]{0,20}(싶다는|싶으시다는|싶다고|싶으시다고))"
)
_JA_NOT_AFTER = r"(?![^。\n]{0,10}(かね|ません|ない|できず|致しかね))"
_LEGAL_S25 = _rx_folded(
    # es-AR: an executive lawsuit, our law firm, the credit bureaus: "iniciar el juicio ejecutivo", "lo informamos a
    # las centrales de riesgo", "pasamos la deuda a nuestro estudio jurídico".
    r"\b(iniciar|iniciaremos|iniciamos|promover|promoveremos)\b[^.;!?]{0,20}\bjuicio\b|\bjuicio ejecutivo\b",
    r"\b(pasamos|pasaremos|derivamos|derivaremos|enviamos|enviaremos|giramos|giraremos)\b[^.;!?]{0,40}\b(nuestro|al) "
    r"estudio juridico\b",
    r"\b(informamos|informaremos|informar|reportamos|reportaremos|reportar)\b[^.;!?]{0,40}\b(centrales de riesgo|veraz|"
    r"nosis|central de deudores)\b",
    # cs: a lawsuit, a court, an enforcement officer, a collection agency: "podáme žalobu", "předáme vymáhání
    # inkasní agentuře", "návrh na exekuci".
    r"\b(podame|podavame|podali jsme|zahajime|zahajujeme|predame|predavame|predali jsme|postoupime|postupujeme)\b"
    r"[^.;!?]{0,40}\b(zalob\w*|soud\w*|exeku\w*|inkasn\w*|vymahan\w*|advokat\w*|pravnik\w*|pravni\w* oddeleni)",
    r"\b(soudni|pravni) (cest\w*|krok\w*|vymahani|rizeni)\b(?![^.;!?]{0,30}\bne)",
    # ko: a collection agency or the credit bureau: "채권추심업체에 넘기겠습니다", "신용정보회사에 등록하겠습니다".
    r"(추심 ?업체|추심 ?회사|신용정보 ?(회사|기관)|신용평가 ?(회사|기관))[^.\n]{0,20}(넘기|의뢰|위임|등록|통보)"
    r"(하겠|겠습니다|할 예정|하게 됩니다)",
    # ja: a collection agency or lawyer handed the claim: "債権回収会社に委託いたします", "弁護士に依頼します".
    r"(債権回収会社|サービサー|弁護士|法律事務所)(に|へ)[^。\n]{0,15}(委託|依頼|移管|引き継)(いたし|し|させていただ|"
    r"することにな)" + _JA_NOT_AFTER,
)
_DISCOUNT_S25 = _rx_folded(
    # nl/de: a fee they "need not pay (any more)": "hoeft u de verplaatsingskosten van € 120,00 niet meer te betalen",
    # "brauchen Sie die Anfahrtskosten nicht mehr zu zahlen".
    r"\b(hoeft|hoef|hoeven) (u|je|jij|jullie)\b[^.;!?]{0,60}\b(\w*kosten|\w*toeslag|rente|boete|vergoeding)\b[^.;!?]{0,40}"
    r"\bniet (meer )?te (betalen|voldoen)\b",
    r"\b(brauchen|mussen) (sie|du|ihr)\b[^.;!?]{0,60}\b(\w*kosten|\w*gebuhr\w*|zinsen|mahngebuhr\w*|zuschlag)\b"
    r"[^.;!?]{0,40}\bnicht (mehr )?(zu )?(zahlen|bezahlen|begleichen)\b",
    # cs: a discount given, a charge forgiven: "poskytneme Vám slevu 10 %", "poplatek Vám odpustíme", "nebudeme Vám
    # účtovat úroky z prodlení".
    r"\b(poskytneme|poskytujeme|dame|davame|nabizime|nabidneme|odecteme|odecitame)\b[^.;!?]{0,25}\bslev\w*",
    r"\bslev\w* (ve vysi |\w+ )?\d+ ?%[^.;!?]{0,40}\b(pri|za|pokud|kdyz)\b",
    r"\b(odpustime|odpoustime|promineme|prominame|stornujeme)\b[^.;!?]{0,40}\b(poplat\w*|uro\w*|penal\w*|sankc\w*|"
    r"prirazk\w*|cestovn\w*|dopravn\w*)",
    r"\b(poplat\w*|uro\w*|penal\w*|sankc\w*|prirazk\w*)\b[^.;!?]{0,30}\b(odpustime|odpoustime|promineme|prominame)\b",
    r"\bnebudeme\b[^.;!?]{0,15}\b(uctovat|pozadovat|vymahat)\b[^.;!?]{0,20}\b(poplat\w*|uro\w*|penal\w*|sankc\w*|"
    r"prirazk\w*)",
    # ja: a tenth off, a percentage off, a price cut given: "特別に1割お値引きし", "5%引きにて".
    r"(\d+|一|二|三|半)割(お)?(値引き|引き|引)(し|いたし|させていただ|と|に|にて)" + _JA_NOT_AFTER,
    r"(お)?値引き(し|いたし|させていただ)" + _JA_NOT_AFTER,
    r"\d+ ?[%％] ?(引き|オフ)(に|にて|と|で)" + _JA_NOT_AFTER,
    r"(延滞料|延滞金|遅延損害金|手数料|利息|出張料|往診料|送料|違約金)[^。\n]{0,10}(は)?(いただきません|頂きません|"
    r"請求いたしません|不要と|無料と)",
    # ko: a percentage off, a fee not charged: "10% 할인된 금액", "출장비는 받지 않겠습니다".
    r"\d+ ?% ?(할인|감면)(해|하여|된|을 적용)" + _KO_NOT_AFTER,
    r"(연체료|연체 ?이자|수수료|출장비|왕진비|위약금|가산금|이자)[^.\n]{0,12}(받지 않겠|청구하지 않겠|청구하지 않을|면제)",
)
_FAULT_S25 = _rx_folded(
    # ja: our practice, shop or co-op as the one who erred: "当院の入力ミスにより", "当組合の計算誤りで".
    r"(当院|弊院|当方|当店|弊店|当組合|弊組合|当事務所|弊所|私共|わたくしども|当クリニック)(側)?の(\w{0,4})?(手違い|ミス|"
    r"誤り|不手際|過失|落ち度|確認不足)(?!では|じゃ)",
    r"(全面的に|すべて|全て)?(弊社|当社|当院|当方|当組合|私ども)(側)?(に|の)(責任|非)(が(ございます|あります)|です|でございます)",
    # ko: our fault confirmed, our responsibility: "저희 수의사의 시술 과정에서 생긴 잘못이 맞습니다", "전적으로 저희
    # 병원 책임입니다".
    r"(저희|당사|우리)[^.\n]{0,70}(잘못|실수|착오|과실)(이|가) (맞습니다|맞고|맞으며)",
    r"(저희|당사|우리)( \w+){0,2} ?(의 )?(책임|잘못|실수|과실)입니다",
    r"(저희|당사|우리)[^.\n]{0,20}(책임지겠|책임을 지겠|책임지고 (보상|배상))",
    # cs: our error, our responsibility: "chyba je na naší straně", "omlouváme se, spletli jsme se", "plnou
    # odpovědnost neseme my".
    r"\b(chyba|pochybeni|omyl) (je |byl\w* )?(na nasi strane|nase|nasi|u nas)\b|\b(nase|nasi) (chyba|pochybeni|omyl)\b",
    r"\b(spletli jsme|pochybili jsme|udelali jsme chybu|chybne jsme|omylem jsme)\b",
    r"\b(neseme|prebirame|prevezmeme)\b[^.;!?]{0,20}\b(plnou |veskerou )?(odpovednost|zodpovednost)\b",
    # es-AR/it: a fault taken on outright: "el error fue nuestro", "l'errore è stato nostro".
    r"\b(el error|la equivocacion|la culpa) (fue|es) (nuestr[oa]|de nosotros)\b|\bl'errore (e|e stato) (nostro|da parte nostra)\b",
)
_TERMS_S25 = _rx_folded(
    # cs: the due date moved, instalments agreed: "splatnost faktury prodlužujeme do 30. 6.", "rozložíme částku do
    # tří splátek", "nové datum splatnosti".
    r"\b(prodluzujeme|prodlouzime|prodlouzili jsme|posouvame|posuneme|posunuli jsme|odkladame|odlozime|odlozili jsme)\b"
    r"[^.;!?]{0,60}\b(splatnost\w*|termin\w*|lhut\w*)",
    r"\b(splatnost\w*|termin\w* (platby|splatnosti)|lhut\w* splatnosti)\b[^.;!?]{0,60}\b(prodluzujeme|prodlouzime|"
    r"prodlouzili jsme|posouvame|posuneme|posunuli jsme|odkladame|odlozime|odlozili jsme)\b",
    r"\bnov\w* (datum |termin )?splatnost\w*",
    r"\b(rozlozime|rozkladame|rozdelime|rozlozit|rozdelit)\b[^.;!?]{0,50}\b(splat\w*|\w+ casti)\b",
    r"\b(souhlasime|schvalujeme|schvalili jsme|nabizime|pripravime|pripravili jsme)\b[^.;!?]{0,30}\bsplatkov\w* kalendar\w*",
    # sv: a split agreed: "Vi går med på att du delar upp fakturan i två delar".
    r"\b(vi gar med pa|vi godkanner|vi accepterar|vi erbjuder|vi kan erbjuda)\b[^.;!?]{0,40}\b(dela\w* upp|delbetal\w*|"
    r"avbetal\w*|uppskov|anstand|forlang\w*)",
    # it: an invoice split into instalments: "possiamo suddividere la fattura in tre rate mensili".
    r"\b(possiamo|potremmo|potete|puo|puoi|vi proponiamo|le proponiamo)\b[^.;!?]{0,20}\b(suddivider\w*|divider\w*|"
    r"ripartir\w*|frazionar\w*|rateizzar\w*)\b([^.;!?]|\bn\.){0,50}\bin (due|tre|quattro|cinque|sei|\d+) (rate|tranche)\b",
    # ko: split into several payments, a later due date: "4회로 나누어 납부하시는 것으로 처리했습니다", "분할 납부를
    # 승인해 드리겠습니다".
    r"(\d+|두|세|네|다섯|여섯) ?(회|번|차례|개월)(로|에 걸쳐) ?(나누어|나눠|분할)" + _KO_NOT_AFTER,
    r"분할 ?(납부|상환|결제|지급)(를|을|로|가|도)? ?(승인|허용|진행|처리|가능하|해 ?드리|하셔도|하실 수 있)"
    + _KO_NOT_AFTER,
    r"(납부 ?기한|납기|지급 ?기일|결제일|납부일)[^.\n]{0,25}(변경해|늦춰|미뤄|조정해|바꿔)" + _KO_NOT_AFTER,
    # ja: payment in instalments agreed, the due date moved: "3回の分割払いで承ります", "お支払期限を5月末に変更いたします".
    # "3回に分けてお支払いになりたいとのご相談、承知いたしました": their wish, acknowledged, not granted.
    r"(\d+|二|三|四|五|六)回(に分けて|の分割|払い)(?:(?!たい|希望|相談|要望|依頼|とのこと)[^。\n]){0,25}"
    r"(承|対応|お受け|可能|結構|差し支え|お支払いいただ)" + _JA_NOT_AFTER,
    # Their request acknowledged is not granted: "分割払いのご相談、承知いたしました" (we have your request).
    # The text is folded ("ご相談" is read "こ相談"), and the request may be "about" the plan: "分割払いについてのご相談".
    r"分割(払い|でのお支払い|払(?!い))(?!(について|に関して|に関する)?の?(ご|お|こ)?(相談|要望|依頼|希望|申し出|申出|件|"
    r"問い合わせ|問合せ|お問い合わせ))"
    r"[^。\n]{0,15}(承|対応いたし|お受けいたし|可能です|応じ)" + _JA_NOT_AFTER,
    r"(お支払期限|支払期限|お支払い期限|期日|支払日)[^。\n]{0,25}(変更|延ば|繰り延べ|先延ばし)(いたし|し|させていただ)"
    + _JA_NOT_AFTER,
)
_HARASS_S25 = _rx_folded(
    # es-AR: a customer called a chronic debtor, a chancer, a crook: "usted es un moroso crónico y un vivo".
    r"\b(es|sos|eres|son|ustedes son) (un|una|unos) (moroso cronico|vivo|chanta|caradura|sinverguenza|estafador|ladron|"
    r"aprovechador|garronero|vago|inutil|mentiroso)\b",
    r"\bmoros[oa]s? (cronic|empedernid|serial|profesional)\w*",
    # cs: insults and shame: "chováte se jako příživník", "neschopné hospodaření", "všem řekneme, kdo okrádá".
    r"\b(prizivni\w*|vyzir\w*|zlodej\w*|podvodni\w*|vydriduch\w*|neplatic\w* jeden)\b",
    r"\bneschopn\w* (hospodar\w*|clov\w*|firm\w*|lid\w*|vedeni)\b|\b(jste|jsi) (uplne )?neschopn\w*",
    r"\b(okrada|okradate|okradaji|okrada)\b|\bvsem (rekneme|oznamime|povime)\b|\b(zverejnime|oznamime|rekneme)\b"
    r"[^.;!?]{0,40}\b(schuz\w*|clen\w*|soused\w*|obchodni\w* partner\w*)\b",
    r"\bostud\w* (pro vas|pro vasi|pro celou)|\bmeli byste se stydet\b",
    # ko: insults: "사기꾼", "양심도 없", "뻔뻔", "파렴치"; shaming before members: "조합원들에게 알리겠습니다".
    r"사기꾼|양심(도|이) 없|뻔뻔|파렴치|염치(도|가) 없|도둑|무능(한|하)",
    r"(조합원|회원|이웃|마을|총회)[^.\n]{0,20}(알리겠|공개하겠|공표하겠|밝히겠)",
    # ja: insults: "泥棒", "詐欺師", "恥知らず", "払う気がない"; shown to members: "組合員の皆様に公表".
    r"泥棒|詐欺師|恥知らず|払う気が(ない|ありません)|だらしな|無責任にも程",
    r"(組合員|総会|会員|ご近所|近所の)[^。\n]{0,20}(公表|公開|お知らせ|知らせ)(いたします|します|させていただきます)",
)


# --- session 26: Indonesian for every type; harassment in nl/fr/fi; instalments in zh/ko; cancel-and-reissue ------
# Indonesian negates before the verb ("kami tidak dapat memberikan diskon", "bukan kesalahan dari pihak kami"), so
# each pattern starts at a clause start and refuses a negation between it and the verb; a fault is also hedged away
# by a condition ("jika ada kesalahan dari pihak kami"), a plan or a refund by a request reported ("Bapak
# menanyakan apakah bisa dicicil"). A dot between digits ("Rp 2.500.000") ends no clause.
_ID_NOT = r"tidak|tak|bukan|belum|jangan|tanpa|enggan|takkan|nggak|gak"
_ID_CLAUSE = r"(?<![^!?;:\n.,])(?:(?!\b(?:{})\b|[.,](?!\d))[^!?;:\n]){{0,80}}?"
_ID = _ID_CLAUSE.format(_ID_NOT)
_ID_HEDGED = _ID_CLAUSE.format(
    _ID_NOT + r"|jika|jikalau|kalau|apabila|bila|bilamana|seandainya|andaikan|mungkin|apakah|barangkali"
)
_ID_ASKED = _ID_CLAUSE.format(
    _ID_NOT + r"|apakah|bertanya|menanyakan|meminta|minta|permintaan|pengajuan|usulan|pertanyaan|mengajukan"
)
_ID_TOLD = _ID_CLAUSE.format(_ID_NOT + r"|mohon|silakan|silahkan|tolong|jika|kalau|apabila")
_ID_NO_VERB = r"(?<!tidak )(?<!tak )(?<!belum )(?<!bukan )(?<!tidak dapat )(?<!tidak bisa )(?<!tidak akan )"
_LEGAL_S26 = _rx_folded(
    # id: the police, the credit bureau, a lawsuit, a lawyer or a collector: "kami laporkan ke polisi dan ke SLIK OJK",
    # "kami akan menempuh jalur hukum", "kasus ini kami serahkan ke kuasa hukum kami". Not "tim penagihan kami".
    _ID
    + r"\b(laporkan|melaporkan|dilaporkan|lapor|adukan|mengadukan|diadukan|polisikan|mempolisikan|dipolisikan)\b"
    r"[^.!?\n]{0,60}\b(polisi|kepolisian|polsek|polres|polda|pihak berwajib|aparat|slik|ojk|bi checking|biro kredit|"
    r"pefindo|pengadilan|kejaksaan)\b",
    _ID
    + r"\b(gugat|menggugat|digugat|gugatan|somasi|mensomasi|disomasi|memperkarakan|diperkarakan|pidanakan|"
    r"mempidanakan|dipidanakan|memidanakan)\b",
    _ID
    + r"\b(menempuh|tempuh|ditempuh|mengambil|ambil|diambil|melakukan|lakukan|dilakukan|membawa|bawa|dibawa|"
    r"memproses|diproses)\b[^.!?\n]{0,25}\b(jalur|ranah|proses|tindakan|langkah|upaya|tuntutan) (hukum|pidana|perdata|"
    r"litigasi)\b",
    _ID
    + r"\b(serahkan|menyerahkan|diserahkan|limpahkan|melimpahkan|dilimpahkan|alihkan|mengalihkan|dialihkan|"
    r"teruskan|meneruskan|diteruskan)\b[^.!?\n]{0,50}\b(pengacara|kuasa hukum|advokat|konsultan hukum|debt collector|"
    r"penagih (utang|hutang)|agen(si)? penagihan|jasa penagihan|perusahaan penagihan|pengadilan|juru sita)\b",
    _ID + r"\b(daftar hitam|blacklist)\b",
    _ID
    + r"\b(bawa|membawa|dibawa|ajukan|mengajukan|diajukan|perkarakan)\b[^.!?\n]{0,30}\bke (pengadilan|meja hijau|"
    r"ranah hukum|jalur hukum)\b",
)
_DISCOUNT_S26 = _rx_folded(
    # id: a discount given, a fee struck off, part of the debt accepted as all of it: "kami berikan diskon 10%",
    # "denda keterlambatan kami hapuskan", "cukup bayar setengahnya".
    _ID_ASKED + r"\b(beri|berikan|memberi|memberikan|kasih|tawarkan|menawarkan|mendapat|mendapatkan|dapatkan|"
    r"terapkan|menerapkan|potong|memotong)\b[^.!?\n]{0,30}\b(diskon|potongan( harga)?|rabat|korting|keringanan "
    r"(biaya|denda|bunga))\b",
    _ID_ASKED
    + r"\bdiskon (sebesar |khusus )?\d+(?:[.,]\d+)? ?%(?![^.!?\n]{0,40}\b(sudah|telah|tidak) (tidak )?"
    r"(berlaku|berakhir|kedaluwarsa|kadaluarsa|hangus|lewat))",
    _ID + r"\b(hapus|hapuskan|menghapus|menghapuskan|dihapus|dihapuskan|bebaskan|membebaskan|dibebaskan|"
    r"hilangkan|menghilangkan|dihilangkan|tiadakan|meniadakan|ditiadakan|gratiskan|digratiskan|abaikan|"
    r"mengabaikan)\b[^.!?\n]{0,30}\b(denda|bunga|biaya keterlambatan|biaya administrasi|biaya penagihan|"
    r"biaya tambahan|penalti)\b",
    r"\b(denda|bunga|biaya keterlambatan|biaya administrasi|biaya tambahan|penalti)\b[^.!?\n]{0,40}"
    + _ID_NO_VERB
    + r"\b(kami hapus|kami hapuskan|dihapus|dihapuskan|kami bebaskan|dibebaskan|ditiadakan|kami tiadakan|digratiskan|"
    r"kami gratiskan)\b",
    r"\b(kami|untuk kali ini|kali ini|sebagai pengecualian)\b[^.!?\n]{0,20}\btidak (akan )?(mengenakan|menagih|"
    r"menagihkan|membebankan|memungut|memperhitungkan)\b[^.!?\n]{0,20}\b(denda|bunga|biaya)",
    _ID
    + r"\bcukup (bayar|membayar|dibayar|melunasi|transfer|mentransfer)\b[^.!?\n]{0,25}\b(setengah\w*|separuh\w*|"
    r"sebagian|\d+ ?%)",
    # ja: a cost we will not bill: "再測量の費用（176,000円）はご請求いたしません".
    r"(費用|料金|代金|手数料|作業費|測量費|調査費|出張費)[^。\n]{0,20}(は|も)(ご|お)?(請求(いたし|し|致し)ません|いただきません|"
    r"頂きません)",
)
_REFUND_S26 = _rx_folded(
    # id: money returned, a refund or a credit note processed: "Kami akan mengembalikan dana Rp 2.500.000", "nota
    # kredit akan kami terbitkan". Not "permintaan pengembalian dana Anda kami teruskan", nor a debit the bank returned.
    _ID_ASKED + r"\b(kembalikan|mengembalikan|dikembalikan|transfer balik|transfer kembali|kirim kembali|"
    r"kirimkan kembali|refund|me-refund|direfund|kreditkan|mengkreditkan|dikreditkan)\b(?! oleh (pihak )?bank)"
    r"[^.!?\n]{0,30}\b(dana|uang|kelebihan|selisih|pembayaran|biaya|rp|idr|sebesar|saldo|ke rekening)\b",
    _ID_ASKED
    + r"\b(proses|memproses|diproses|lakukan|melakukan|dilakukan|terbitkan|menerbitkan|diterbitkan|buat|"
    r"membuat|dibuat|kirim|mengirim|mengirimkan|dikirim|berikan|memberikan|setujui|menyetujui|disetujui)\b"
    r"[^.!?\n]{0,25}\b(pengembalian (dana|uang|pembayaran|biaya)|refund|nota kredit|credit note|faktur koreksi)\b",
    _ID_ASKED
    + r"\b(pengembalian (dana|uang)|refund|nota kredit|credit note)\b[^.!?\n]{0,40}\b(akan|segera) (kami )?"
    r"(proses|diproses|kirim|dikirim|terbitkan|diterbitkan|transfer|ditransfer|lakukan|dilakukan|cairkan|dicairkan)\b",
    # An invoice we cancel (and reissue): "Vamos anular a fatura e emitir uma nova", "kami batalkan faktur ini",
    # "nous annulerons la facture". A reissue that changes nothing ("sans autre modification") reverses nothing.
    r"\b(vamos anular|anularemos|anulamos|vamos cancelar|cancelaremos|vamos a anular|nous annulerons|nous annulons|"
    r"allons annuler|we will cancel|we'll cancel|we will void|we'll void|annulleremo|annulliamo|kami (akan )?"
    r"(batalkan|membatalkan))( a| la| le| the| el| il| l'| this| that| your)? ?(\w+ )?(fatura|factura|facture|invoice|"
    r"fattura|faktur|tagihan)\b(?![^.;!?]{0,120}\b(sem|sans|without|sin|senza|ohne|zonder|tanpa) (qualquer |outra |"
    r"autre |other |any |otra |altra |weitere |andere |perubahan)?(alteracao|alteracoes|modification|change|changes|"
    r"modificacion|modifica|anderung|wijziging|lain))",
)
_FAULT_S26 = _rx_folded(
    # id: our error owned: "Kami akui ada kesalahan perhitungan dari pihak kami", "ini kesalahan kami", "kami lalai".
    _ID_HEDGED
    + r"\b(kami|saya) (\w+ ){0,2}?(akui|mengakui)\b[^.!?\n]{0,50}\b(kesalahan|kekeliruan|kelalaian|"
    r"kekhilafan|keteledoran|salah|keliru|lalai)\b",
    _ID_HEDGED
    + r"\b(kesalahan|kekeliruan|kelalaian|kekhilafan|keteledoran)\b[^.!?\n]{0,50}\b(dari|di|pada|oleh) "
    r"(pihak|sisi) (kami|perusahaan kami|kantor kami)\b",
    _ID_HEDGED
    + r"\b(kesalahan|kekeliruan|kelalaian|kekhilafan|keteledoran) (\w+ )?kami\b|\b(ini|itu) (memang )?"
    r"(salah|kesalahan) kami\b",
    _ID_HEDGED + r"\bkami (memang |yang )?(salah|keliru|lalai|khilaf)\b(?! satu)",
    _ID_HEDGED + r"\bkami bertanggung jawab (penuh )?(atas|terhadap) (\w+ )?(kesalahan|kekeliruan|kerusakan|"
    r"keterlambatan|kerugian|kelalaian)",
)
_TERMS_S26 = _rx_folded(
    # id: instalments allowed, the due date moved: "tagihan ini boleh dicicil tiga kali", "jatuh tempo kami
    # perpanjang sampai 30 Januari", "kami berikan waktu tambahan".
    _ID_ASKED + r"\b(bisa|dapat|boleh|silakan|silahkan|setuju|menyetujui|kami setujui|disetujui|izinkan|"
    r"mengizinkan|diizinkan|kami terima|menerima|bersedia|kami beri|memberikan)\b[^.!?\n]{0,60}\b(dicicil|mencicil|"
    r"cicil|cicilan|angsuran|diangsur|mengangsur|bertahap|(\d+|dua|tiga|empat|lima|enam) (kali|tahap|termin))\b",
    r"\b(cicilan|angsuran|pembayaran bertahap)\b[^.!?\n]{0,40}" + _ID_NO_VERB + r"\b(kami setujui|disetujui|"
    r"kami terima|kami izinkan|diizinkan)\b",
    _ID_ASKED
    + r"\b(bayar|membayar|dibayar|dilunasi|melunasi)\b[^.!?\n]{0,30}\b(dalam|sebanyak|menjadi) (\d+|dua|"
    r"tiga|empat|lima|enam) (kali|tahap|termin|cicilan|angsuran|bagian)\b",
    _ID
    + r"\bkami (akan |bisa |dapat |sudah |telah )?(perpanjang|memperpanjang|undur|mundurkan|memundurkan|tunda|"
    r"menunda|geser|menggeser|ubah|mengubah|tangguhkan|menangguhkan)\b[^.!?\n]{0,40}\b(jatuh tempo|tenggat|"
    r"batas waktu|tanggal (pembayaran|jatuh tempo)|pembayaran)",
    _ID + r"\b(jatuh tempo|tenggat|batas waktu)\b[^.!?\n]{0,40}" + _ID_NO_VERB + r"\b(kami )?(diperpanjang|"
    r"perpanjang|diundur|dimundurkan|ditunda|digeser|diubah|kami ubah|kami undur)\b[^.!?\n]{0,20}\b(menjadi|sampai|"
    r"hingga|ke|dengan)\b",
    _ID_ASKED + r"\b(jatuh tempo|tenggat|batas waktu) (pembayaran )?(yang )?baru\b",
    _ID_ASKED + r"\b(beri|berikan|memberi|memberikan|kasih)\b[^.!?\n]{0,20}\b(waktu tambahan|tambahan waktu|"
    r"kelonggaran (waktu|pembayaran)|perpanjangan)",
    # zh: instalments agreed across the amount: "我们同意贵司将发票 ...（¥60,000.00）分三期支付".
    rf"{_ZH_UNDENIED}(同意|允许|接受|批准|准予|可以)[^。\n]{{0,40}}分[两二三四五六七八九十\d]+(期|次)",
    rf"{_ZH_UNDENIED}(同意|允许|接受|批准|准予)[^。\n]{{0,20}}(分期(付款|支付|还款|缴纳)|延期(付款|支付)|延长(付款|账)期)",
    # ko: a split payment granted by changing the invoice: "3개월 분할 납부로 변경해 드리겠습니다".
    r"분할 ?(납부|상환|결제|지급)(를|을|로|으로|가|도)? ?(변경|조정|전환)(해|하여|하겠|하였|했)"
    + _KO_NOT_AFTER,
    r"(\d+|두|세|네|다섯|여섯) ?(회|번|차례|개월) ?분할 ?(납부|상환|결제|지급)?(로|으로|을|를)? ?(승인|허용|진행|처리|"
    r"변경|해 ?드리|가능)" + _KO_NOT_AFTER,
    r"(\d+|두|세|네|다섯|여섯) ?(회|번|차례|개월)(로|에|에 걸쳐)? ?(나누어|나눠|분할해)[^.\n]{0,15}(납부|결제|지급|상환)(하셔도|"
    r"하실 수 있|해 ?드리|가능|하시면 됩)" + _KO_NOT_AFTER,
    # A cancelled invoice reissued with another due date: "emitir uma nova, com vencimento a 15 de janeiro".
    r"\b(emitir|emitiremos|emitimos|reemitir|reemitiremos|reissue|re-issue|reissuing|reeditar|reediterons|reemettre|"
    r"reemettrons|riemettere|riemetteremo|neu ausstellen|menerbitkan ulang|terbitkan ulang)\b[^.;!?]{0,60}\b(com|with|"
    r"avec|con|mit|met|dengan) (um |a |un |une |una |uno |einem |einer |een )?(novo |nova |new |nouvelle |nouveau |"
    r"nueva |nuevo |nuova |nuovo |neue\w* |nieuwe |baru )?(vencimento|due date|echeance|date d'echeance|vencimiento|"
    r"scadenza|falligkeit|zahlungsziel|vervaldatum|prazo|jatuh tempo)\b(?! (\w+ )?(mesmo|same|meme|mismo|stessa|"
    r"gleiche\w*|zelfde|original\w*|inalterad\w*|unchanged|sama))",
)
_HARASS_S26 = _rx_folded(
    # id: shameless, a liar, shameful, insults; exposure to banks, neighbours or clients: "Anda ini memang tidak
    # tahu malu", "semuanya bohong", "Memalukan", "supaya semua bank tahu siapa Anda".
    r"\b(tidak|tak|nggak|gak) tahu malu\b|(?<!tidak )(?<!bukan )\bmemalukan\b|\bmalu-maluin\b|"
    r"\b(brengsek|bangsat|bajingan|goblok|tolol|dungu|sialan|kurang ajar|tidak becus|tak becus|sampah masyarakat|"
    r"tukang ngutang|pengemplang)\b",
    r"\b(anda|bapak|ibu|kamu|kalian|saudara) (itu |ini |memang |adalah |seperti |benar-benar |sungguh )*(pembohong|"
    r"pendusta|penipu|maling|pencuri|bodoh|idiot|parasit|benalu)\b|\b(semua(nya)?|selalu|cuma|hanya|itu) bohong\b|"
    r"\bbohong (semua|belaka|terus|lagi|melulu)\b|\bdasar (pembohong|penipu|maling|pencuri|pemalas|tukang ngutang)\b|"
    r"\btidak tahu diri\b",
    r"\b(supaya|agar|biar) (semua|seluruh) (bank|orang|tetangga|rekan|kolega|klien|pelanggan|mitra|karyawan)\w* "
    r"(tahu|mengetahui)\b",
    _ID_TOLD + r"\b(sebarkan|menyebarkan|umumkan|mengumumkan|viralkan|memviralkan|posting|memposting|unggah|"
    r"mengunggah|beritahu|memberitahu|beri tahu|kabari|mengabari)\b[^.!?\n]{0,50}\b(media sosial|medsos|facebook|"
    r"instagram|tetangga|rekan bisnis|mitra|klien|pelanggan|karyawan|keluarga|publik)",
    # nl: contempt for the reader's competence: "Hoe moeilijk kan het zijn?", "iemand aannemen die wél kan lezen".
    r"\bhoe moeilijk (kan|is) (het|dat)\b",
    r"\b(iemand|mensen|een boekhouder|personeel) (aan ?nemen|in ?huren|aannemen|inhuren) die (wel |wél )?(kan|kunnen) "
    r"(lezen|rekenen|tellen|betalen)\b",
    r"\b(kunt|kan) u (eigenlijk |wel |uberhaupt |niet |nog )*(lezen|rekenen|tellen)\s?\?",
    r"\b(onbekwaam\w*|prutser\w*|klungel\w*|amateuristisch\w*|sukkel\w*|idioten|stommeling\w*|profiteur\w*|"
    r"klaploper\w*)\b",
    # fr: contempt for excuses, "a minimum of seriousness": "Vos excuses répétées ne nous intéressent plus".
    r"\bvos (excuses|promesses|pretextes|histoires|justifications)\b[^.!?]{0,30}\b(ne nous interessent (plus|pas)|"
    r"on s'en moque|nous n'en avons que faire|ne valent rien|ne trompent personne|bidons?|a dormir debout)",
    r"\bun (minimum|minimum minimorum) de (serieux|respect|professionnalisme|decence|politesse|bonne foi)\b",
    r"\bpas trop demander\b|\bvous vous moquez (de nous|du monde)\b|\bvous nous prenez pour des\b",
    # fi: the reader called unreliable, a cheat, a liar; their clients to be told: "Olet täysin epäluotettava",
    # "aiomme kertoa jokaiselle tilaajallesi, ettet maksa laskujasi".
    r"\b(olet|olette|ootte|oot)( \w+){0,2} (epaluotettava\w*|huijari\w*|valehtelija\w*|petturi\w*|rosvo\w*|varas|"
    r"varkaita|kyvyton|kyvyttomia|saamaton|saamattomia|tyhma\w*|idiootti\w*|ala-arvoi\w*|surkea\w*|hapeamat\w*|"
    r"vastuuton|vastuuttomia)\b",
    r"\b(huijari\w*|valehtelija\w*|hapeamat\w*|hapea teille|hapeallista|idiootti\w*|havetkaa|havetkaa|"
    r"hapeaisitte|hapeaisit|teidan pitaisi hapea|sinun pitaisi hapea)\b",
    r"(?<!emme aio )(?<!en aio )(?<!emme )(?<!en )\b(kerromme|kerron|kertoa|ilmoitamme|ilmoittaa|tiedotamme|"
    r"tiedottaa|julkaisemme|julkaista|levitamme|levittaa|varoitamme|varoittaa)\b[^.!?]{0,50}\b(jokaiselle|kaikille|"
    r"asiakkaillesi|asiakkaillenne|tilaajallesi|tilaajillesi|tilaajillenne|tilaajallenne|kumppaneillesi|"
    r"kumppaneillenne|naapureillesi|somessa|sosiaalisessa mediassa|facebookissa|julkisesti)\b"
    r"(?=[^.!?]{0,80}\b(maks\w*|lasku\w*|velka\w*|velo\w*|raho\w*)\b)",
)


# --- session 26b: Arabic, Greek, Hungarian, Turkish and Romanian for every type; es-AR demand letters and plans ---
# Each language reads its own negation in the clause before the act ("لن نتخذ أي إجراءات قانونية", "δεν θα
# χρεώσουμε", "nem tudjuk elengedni", "nu vom anula"), except the "if not" of a condition ("إذا لم يصلنا المبلغ ...
# فسنتخذ", "αν δεν εξοφλήσετε", "ha nem fizet", "dacă nu plătiți"), which is the threat's trigger, not its denial.
# Turkish negates inside the verb ("iptal etmeyeceğiz"), so its patterns name the affirmative ending; a noun phrase
# refused by "değil" after it is read so. Arabic fixes "and", "so" and the future to the verb ("فسنتخذ", "ونعيد"),
# so its verbs take those prefixes; fold() has dropped the hamza seats ("التأخير" is read "التاخير").
def _clause_without(words: str, *, unless_after: str = "") -> str:
    """A clause start, then up to 100 characters holding none of ``words``, but a word of it right after one of
    ``unless_after`` (an "if": "إذا لم", "αν δεν") does not deny."""
    guard = "".join(rf"(?<!\b{w} )" for w in unless_after.split("|") if w)
    return rf"(?<![^!?;:\n.,\u060c\u061f])(?:(?!{guard}\b(?:{words})\b|[.,\u060c](?!\d))[^!?;:\n\u061f]){{0,100}}?"


_AR_NOT = r"لا|لن|لم|ليس|ليست|لسنا|غير|عدم|دون|بدون|ولا|ولن|ولم|فلا|فلن|فلم"
_AR_IF = r"اذا|ان|حال|لو|ما|فاذا|واذا"
_AR = _clause_without(_AR_NOT, unless_after=_AR_IF)
# What the customer asked, passed on or asked back is no grant: "طلبكم تقسيط المبلغ", "هل يمكن تمديد".
_AR_ASKED = _clause_without(
    _AR_NOT + r"|طلب\w*|بطلب\w*|لطلب\w*|هل|استفسار\w*|سوال\w*|تسال\w*", unless_after=_AR_IF
)
# An act already done is no promise: "تم إصدار إشعار دائن", "أصدرنا".
_AR_NEW = _clause_without(_AR_NOT + r"|طلب\w*|بطلب\w*|لطلب\w*|هل|تم|اصدرنا|ارسلنا|سبق", unless_after=_AR_IF)
_AR_HEDGED = _clause_without(_AR_NOT + r"|اذا|ان|لو|ربما|قد|حال|يحتمل|احتمال", unless_after=_AR_IF)
_AR_WE = (
    r"\b(و|ف)?(سوف |س)?ن"  # "we" (future or present) with "and"/"so" before: "ونعيد", "فسنتخذ", "سوف نلغي"
)
_EL_NOT = r"δεν|δε|μην|ουτε|χωρισ|καμια|κανενα|κανεναν"
_EL_IF = r"αν|εαν|εφοσον|οσο|οταν"
_EL = _clause_without(_EL_NOT, unless_after=_EL_IF)
_EL_ASKED = _clause_without(_EL_NOT + r"|αιτημα\w*|ζητησατε|ρωτησατε|μηπωσ", unless_after=_EL_IF)
_EL_HEDGED = _clause_without(_EL_NOT + r"|αν|εαν|ισωσ|πιθανον|πιθανωσ|περιπτωση", unless_after=_EL_IF)
_HU_NOT = r"nem|sem|ne|nincs|nincsen|semmilyen|semmi|egyik"
_HU = _clause_without(_HU_NOT, unless_after="ha|amennyiben|hogyha")
_HU_ASKED = _clause_without(
    _HU_NOT + r"|kerdez\w*|kerdes\w*|tovabbit\w*|jelezte|kerte", unless_after="ha|amennyiben"
)
_HU_HEDGED = _clause_without(
    _HU_NOT + r"|ha|amennyiben|esetleg|talan|lehet|hogyha", unless_after="ha|amennyiben"
)
_HU_GAP = r"(?:(?!\b(?:nem|sem|ne)\b)[^.;!?\n]){0,40}"
_RO_NOT = r"nu|niciun|nicio|fara|nici"
_RO = _clause_without(_RO_NOT, unless_after="daca|care|pana|ca")
_RO_ASKED = _clause_without(
    _RO_NOT + r"|solicitarea|cererea|intrebarea|ati (cerut|solicitat|intrebat)", unless_after="daca|care"
)
_RO_HEDGED = _clause_without(_RO_NOT + r"|daca|eventual|poate|posibil", unless_after="daca|care")
# Turkish: the act refused or put as what it is not, right after it.
_TR_DENIED = r"(?![^.;!?\n]{0,25}\b(degil\w*|yok|olmadi\w*|olmayacak\w*|mumkun degil|mumkun olmadi\w*)\b)"
_TR_IFFY = r"(?<!\beger )(?<!\bsayet )"

_LEGAL_S26B = _rx_folded(
    # ar: legal steps, the court, a lawsuit, a lawyer, a collection company: "فسنتخذ الإجراءات القانونية اللازمة
    # ونرفع الأمر إلى المحكمة ونحيل المديونية إلى شركة تحصيل". Not "فريق التحصيل لدينا" (our collections team).
    _AR + r"(الاجراء|الاجراءات|اجراء|اجراءات|التدابير|تدابير|الطرق|طرق|السبل|المسار|الملاحقة|ملاحقة|متابعة)"
    r" (القانونية|قانونية|القضايية|قضايية|القانوني|القضايي)",
    _AR
    + r"(المحكمة|المحاكم|محكمة|(الى|امام|اللجوء الى|اللجوء لل) ?القضاء|دعوى|الدعوى|دعوي|رفع قضية|مقاضاة|مقاضاتكم|محامي|محامينا|المحامي|محام|"
    r"مكتب المحاماة|التنفيذ الجبري|امر اداء|الاتحاد للمعلومات الايتمانية|المعلومات الايتمانية|السجل الايتماني)",
    _AR
    + r"(شركة|شركات|وكالة|وكالات|جهة|جهات|مكتب|مكاتب) (\w+ )?(تحصيل|التحصيل|لتحصيل)(?! (لدينا|التابع|الداخلي))",
    _AR + r"(الشوون|الادارة|الداىرة|القسم|الدايرة) القانوني",
    # el: a lawyer, the courts, an action, an extrajudicial notice, a collection firm, the Tiresias register: "θα
    # κινηθούμε νομικά", "θα προσφύγουμε στα δικαστήρια", "εξώδικο", "εισπρακτική εταιρεία".
    # Not the customer's own lawyer ("ο δικηγόρος της εταιρείας σας ζήτησε"), nor "οδός Δικαστηρίων" (a street).
    _EL
    + r"\b(νομικ\w* (μετρα|ενεργει\w*|οδο|οδουσ|διαδικασι\w*|τμημα|συμβουλ\w*|βημα\w*)|νομικα|(στα|στο|ενωπιον "
    r"(των|του)) δικαστηρι\w*|δικαστικ\w* (μετρα|ενεργει\w*|οδο|επιμελητ\w*|διεκδικησ\w*|δρομο)|δικηγορ\w* μασ|"
    r"(στον|στουσ) δικηγορ\w*(?! σασ| τησ εταιρειασ σασ)|αγωγ(η|ησ|εσ)\b|εξωδικ\w*|διαταγ\w* πληρωμ\w*|εισπρακτικ\w* (εταιρ|γραφει)\w*|τειρεσια\w*|κατασχεσ\w*|πλειστηριασμ\w*)",
    # hu: a lawsuit, a complaint, the notary's payment order: "pert indítunk", "beperelünk", "feljelentést teszünk".
    # Our own "követeléskezelési csoport" (collections team) and a notarised document are no step.
    # Hungarian puts the denial after the subject: "A jogi osztályunk nem foglalkozik az ügyével" names it only to say
    # it is not involved; "ha nem fizet" after it is a condition and the threat stands.
    _HU + r"\b(pert (indit|kezdemenyez)\w*|perel\w*|bepere\w*|feljelent\w*|birosag\w*|jogi (uton|lepes\w*|"
    r"eljaras\w*|kepviselo\w*|osztaly\w*))\b(?![^.,;!?\n]{0,40}(?<!\bha )(?<!\bamennyiben )\b(nem|sem)\b)",
    # tr: legal proceedings, enforcement, a lawsuit, our lawyer, a collection firm: "yasal takip başlatacağız",
    # "icra takibine geçeceğiz", "dava açacağız". Not "başlatmayacağız", "gerek yok".
    # A court named as where a translated report goes ("Asliye Ticaret Mahkemesi'ne sunulmak üzere") is no step.
    _TR_IFFY
    + r"\b(yasal (takip|islem|yol|surec)\w*|hukuki (takip|islem|yol|surec)\w*|icra (takib|dairesi|yolu)\w*|"
    r"dava (ac|yolu|edecegiz)\w*|davay[ai]|mahkemeye (basvur|tasi|git|gid|ver|intikal)\w*|mahkeme yolu\w*|"
    r"avukat(imiz|larimiz)\w*|avukata (devred|ilet|ver|teslim)\w*|tahsilat (sirket|firma|ajans)\w*|hukuk (burosu|departmani|birimi)\w*|ihtarname\w*|noter (kanaliyla|araciligiyla)|kkb|findeks|"
    # The credit bureau by its name and the bad record it keeps: "Kredi Kayıt Bürosu'na olumsuz kayıt olarak bildirmek".
    r"kredi kayit burosu|olumsuz (kayit|sicil) olarak)\b"
    r"(?![^.;!?\n]{0,60}(mayacag|meyecag|miyoruz|muyoruz|mayiz|meyiz|mak istemiyoruz|mek istemiyoruz|gerek yok|"
    # The formal negation "-mamaktadır" ("eklemek istediği bir husus bulunmamaktadır": nothing to add).
    r"degil|yoktur|yok\b|mamakta|memekte|bulunmuyor))",
    # ro: court, a lawyer, enforcement, the credit bureau, a formal notice: "vă vom acționa în judecată", "dosarul va
    # fi predat avocatului nostru", "notificare de punere în întârziere".
    _RO
    + r"\b(in judecata|instant(a|ei|e|ele)|tribunal(ul|ului)|proces\w* (in instanta|civil)|avocat(ul|ului|ilor|ii) (nostru|nostri)|executor(ul)? judecatoresc|executare(a)? silita|"
    r"biroul de credit|punere in intarziere|firm\w* de (colectare|recuperare)|"
    r"agenti\w* de (colectare|recuperare)|masuri legale|actiuni legale|cale legala|calea legala|pe cale judiciara|"
    r"somati\w*)\b",
    # es-AR: a formal demand letter and a lawsuit: "te mando carta documento", "te llevamos a juicio".
    r"(?<!no )(?<!sin )\b(carta documento|intimacion (formal|fehaciente)|(llevar|llevamos|llevaremos|vamos a llevar)"
    r"(te|le|los|lo|la)? (\w+ )?a (juicio|tribunales|la justicia)|(iniciar|iniciamos|iniciaremos|vamos a iniciar)"
    r" (\w+ )?(acciones legales|demanda|juicio))\b",
)
_DISCOUNT_S26B = _rx_folded(
    # ar: fees or interest cancelled or waived, a discount given: "سنلغي رسوم التأخير", "نعفيكم من الغرامات",
    # "نمنحكم خصمًا بنسبة 5%". "خصم المبلغ من بطاقتكم" is a debit, no discount: a grant verb or a rate goes with it.
    _AR_ASKED + _AR_WE + r"(لغي|عفي|عفيكم|تنازل|سقط|شطب|حذف|ستثني|تغاضى|تجاوز عن|عفو)\w*[^.!?\n\u061f]{0,40}"
    r"(رسوم|الرسوم|غرام|الغرام|فوايد|الفوايد|فايدة|الفايدة|عمولة|العمولة|مصاريف|المصاريف|جزاء|الجزاء)",
    _AR_ASKED
    + r"(الغاء|اعفاء|اعفاءكم|التنازل عن|اسقاط|شطب|اعفايكم)[^.!?\n\u061f]{0,20}(رسوم|الرسوم|غرام|الغرام|فوايد|"
    r"الفوايد|فايدة|الفايدة|عمولة|العمولة|مصاريف|المصاريف)",
    _AR_ASKED + _AR_WE + r"(منح|قدم|عطي|طبق)\w*[^.!?\n\u061f]{0,20}(خصم|تخفيض|حسم)",
    _AR_ASKED + r"(خصم|تخفيض|حسم)\w* (خاص |اضافي )?(بنسبة|قدره|مقداره|\d+ ?%)",
    # el: interest or charges struck off, a discount made: "διαγράφουμε τους τόκους υπερημερίας", "σας κάνουμε
    # έκπτωση 5%", "δεν θα σας χρεώσουμε τόκους" (a waiver said with "δεν").
    _EL_ASKED + r"\b(θα )?(σασ )?(διαγραφ|χαριζ|χαρισ|ακυρων|ακυρωσ|απαλλασσ|απαλλαξ)\w*[^.;!?\n]{0,40}"
    r"\b(τοκ\w*|προστιμ\w*|επιβαρυνσ\w*|τελη|χρεωσ\w*|προσαυξησ\w*|ποιν\w*)",
    _EL_ASKED + r"\b(θα )?(σασ )?(κανουμε|δινουμε|προσφερουμε|παρεχουμε|κανω|δινω|εφαρμοζουμε|κανουμε)\b"
    r"[^.;!?\n]{0,30}\bεκπτωσ\w*",
    _EL_ASKED + r"(\bεκπτωσ\w* (\w+ ){0,2}\d+ ?%|\b\d+ ?% εκπτωσ\w*)",
    r"\bδεν θα (σασ )?(χρεωσουμε|υπολογισουμε|επιβαλουμε|εισπραξουμε)\b[^.;!?\n]{0,20}\b(τοκ\w*|προστιμ\w*|"
    r"επιβαρυνσ\w*|προσαυξησ\w*)",
    # hu: a discount or concession given, a charge let go: "5% kedvezményt adunk", "a késedelmi kamatot töröljük".
    _HU_ASKED
    + r"\b\d+ ?%-(os|os|es|os) (kedvezmeny|engedmeny|arengedmeny)\w*|"
    + _HU_ASKED
    + r"\b(kedvezmeny|engedmeny|arengedmeny)\w* (\w+ )?(adunk|adhatunk|biztositunk|biztosithatunk|nyujtunk|adok|"
    r"jovairunk|adjuk|biztositjuk)\b",
    _HU_ASKED
    + r"\b(kesedelmi kamat|kamat|kotber|dij|koltseg|potdij|buntet)\w*"
    + _HU_GAP
    + r"\b(elengedjuk|elengedem|"
    r"toroljuk|eltoroljuk|jovairjuk|nem szamitjuk fel|nem szamoljuk fel|eltekintunk|elengedheto|sztornozzuk)\b",
    # tr: interest or fees cancelled, a discount made: "gecikme faizini iptal ediyoruz", "%5 indirim yapıyoruz".
    r"\b(gecikme (faiz|bedel|ucret|ceza)\w*|faiz\w*|ceza\w*|masraf\w*|ucret\w*|komisyon\w*)[^.;!?\n]{0,40}\b(siliyoruz|"
    r"silecegiz|sildik|iptal (ediyoruz|edecegiz|ettik|edilecek|edilmistir)|affediyoruz|affettik|almayacagiz|"
    r"yansitmayacagiz|tahsil etmeyecegiz|talep etmeyecegiz|muaf tut\w*|vazgec(iyoruz|ecegiz|tik)|"
    r"sifirliyoruz|sifirladik)\b",
    _TR_IFFY + r"(%\s?\d+|\b\d+ ?%) (oraninda |lik |luk )?(indirim|iskonto)\w*" + _TR_DENIED,
    # A share of the debt struck off: "borcunuzun %20'sini siliyoruz", "tutarın %10'unu düşüyoruz".
    _TR_IFFY
    + r"(%\s?\d+|\b\d+ ?%)'?\w* (\w+ )?(siliyoruz|silecegiz|sildik|affediyoruz|affedecegiz|dusuyoruz|dusecegiz|"
    r"indiriyoruz|indirecegiz)\b",
    r"\b(indirim|iskonto)\w* (\w+ )?(yapiyoruz|yapacagiz|yaptik|taniyoruz|taniyacagiz|sagliyoruz|saglayacagiz|"
    r"uyguluyoruz|uygulayacagiz|uyguladik|sunuyoruz|veriyoruz|verecegiz)\b",
    # ro: penalties or interest cancelled, a discount given: "anulăm penalitățile", "vă oferim o reducere de 5%".
    _RO_ASKED + r"\b(anulam|vom anula|am anulat|stergem|vom sterge|am sters|renuntam|vom renunta|am renuntat|"
    r"va scutim|vom scuti|iertam|vom ierta|eliminam|vom elimina|am eliminat)\b[^.;!?\n]{0,40}\b(penalit\w*|dobanzi\w*|"
    r"dobanda\w*|majorar\w*|comision\w*|tax\w*|costuri\w*|penalizar\w*)",
    _RO_ASKED
    + r"\b(penalit\w*|dobanzi\w*|dobanda\w*|majorar\w*)[^.;!?\n]{0,40}\b(vor fi|au fost|sunt|va fi|a fost) "
    r"(anulat|sters|eliminat|iertat)\w*",
    _RO_ASKED + r"\b(oferim|acordam|vom oferi|"
    r"vom acorda|facem|vom face|aplicam|vom aplica)\b (\w+ )?(o |un )?(reducere|discount|rabat)\b",
)
_REFUND_S26B = _rx_folded(
    # ar: a credit note issued, the sum returned or reversed: "سنصدر لكم إشعارًا دائنًا", "ونعيد المبلغ إلى
    # حسابكم", "سيتم عكس العملية". "سنعيد الاتصال بكم" returns a call, no money.
    _AR_NEW + r"(اشعار\w*|مذكرة|قيد\w*) (داين|دايني|الداين|تخفيض|مرتجع)\w*(?![^.!?\n\u061f]{0,30}"
    r"(\bتم\b|اصدرنا|صدر|ارسلنا|المرفق|مرفق))",
    _AR_NEW
    + _AR_WE
    + r"(عيد|رجع|رد|سترد|عوض)\w* (لكم |اليكم |لك |اليك )?(هذا |هذه |ذلك |تلك |كامل |كل )?(المبلغ|مبلغ|المبالغ|الفرق|الزيادة|"
    r"اموالكم|قيمة|الدفعة|المدفوع|المبلغ المدفوع)",
    _AR_NEW
    + r"((سيتم|سوف يتم|سنقوم ب|نقوم ب)\w* |(سنقوم|نقوم|سوف نقوم) ب)(اعادة|رد|ارجاع|استرداد|عكس|تحويل|صرف) (\w+ )?(المبلغ|مبلغ|المبالغ|"
    r"الفرق|الزيادة|العملية|القيد|الرسوم|الدفعة|قيمة)",
    _AR_NEW + _AR_WE + r"(عكس|لغي)\w* (العملية|القيد|الدفعة|الخصم|المعاملة)",
    # el: a credit note to be issued, money returned: "θα εκδώσουμε πιστωτικό τιμολόγιο", "επιστρέφουμε τα χρήματα".
    _EL_ASKED
    + r"\b(θα )?(σασ )?(εκδωσουμε|εκδιδουμε|στειλουμε|στελνουμε|εκδοθει|εκδιδεται|κανουμε)\b[^.;!?\n]{0,20}"
    r"\bπιστωτικ\w*",
    _EL_ASKED
    + r"\b(θα )?(σασ )?(επιστρεψ|επιστρεφ|πιστωσ|πιστων|αντιλογισ|ακυρωσουμε τη χρεωση)\w*[^.;!?\n]{0,30}"
    r"(χρηματ\w*|ποσ(ο|ου|α)\w*|διαφορ\w*|λογαριασμ\w*|καρτα\w*|\d|€)",
    # hu: a reversal ("sztornózzuk a számlát"), a correcting invoice issued, the sum wired back.
    _HU_ASKED
    + r"\b(sztornoz|helyesbit|visszautal|visszafizet|visszater|jovair)\w*(juk|zuk|unk|ni fogjuk|nank)\b",
    _HU_ASKED + r"\b(helyesbito|jovairo|sztorno) szamla\w* (\w+ )?(allit|kuld|keszit|bocsat)\w*(unk|juk)\b",
    # tr: a credit or return invoice, money sent back: "iade faturası keseceğiz", "tutarı hesabınıza aktaracağız".
    r"\b(iade|alacak) (faturasi|dekontu|belgesi)\w* (\w+ )?(kesecegiz|kesiyoruz|duzenleyecegiz|duzenliyoruz|"
    r"gonderecegiz|gonderiyoruz|olusturacagiz)\b",
    r"\b(tutar\w*|ucret\w*|para\w*|odeme\w*|fark\w*|fazla\w*)[^.;!?\n]{0,30}\b(hesabiniza|kartiniza|size)\b"
    r"[^.;!?\n]{0,20}\b(aktaracagiz|aktariyoruz|yatiracagiz|yatiriyoruz|geri gonderecegiz|geri odeyecegiz|iade)\b",
    r"\bgeri (odeyecegiz|oduyoruz|odeme yapacagiz|gonderecegiz)\b|\biptal (ediyoruz|edecegiz) ve (tutari|ucreti|"
    r"parayi)\b",
    # ro: a reversal or credit invoice, the money returned: "vom emite o factură de stornare", "vă returnăm suma".
    _RO_ASKED
    + r"\b(vom emite|emitem|vom intocmi|intocmim|vom trimite|trimitem)\b[^.;!?\n]{0,20}\b(factur\w* (de )?"
    r"(storno|stornare|credit)|nota de credit|storno)\b",
    _RO_ASKED
    + r"\b(va )?(returnam|rambursam|restituim|vom returna|vom rambursa|vom restitui|vom stona|stornam|"
    r"vom storna|vom vira inapoi|viram inapoi)\b",
    _RO_ASKED
    + r"\b(suma|banii|diferenta|plata|avansul)\b[^.;!?\n]{0,30}\b(va|vor) fi (returnat|rambursat|restituit|"
    r"virat\w* inapoi)\w*",
)
_FAULT_S26B = _rx_folded(
    # ar: the error ours, liability borne: "الخطأ كان من جانبنا", "نتحمل كامل المسؤولية", "أخطأنا". Not "لم يكن الخطأ
    # من جانبنا", nor "إذا كان هناك خطأ من جانبنا".
    _AR_HEDGED
    + r"(خطا|الخطا|خطي|خطيا|سهو|تقصير|اهمال|غلط)\w* (\w+ ){0,2}(منا|من جانبنا|من طرفنا|من قبلنا|من جهتنا|"
    r"لدينا|في نظامنا|موظفينا|فريقنا)",
    _AR_HEDGED + r"(خطونا|خطانا|خطينا|خطاونا|غلطتنا|تقصيرنا|اخطانا|اخطا فريقنا|اخطا موظفنا)\b",
    _AR_HEDGED
    + r"(نتحمل|سنتحمل|نقر ب|نعترف ب|نعتذر عن)\w* (\w+ ){0,2}(المسوولية|مسوولية|الخطا|خطينا|خطانا|خطونا|"
    r"التقصير)",
    # el: "Το λάθος ήταν δικό μας", "κάναμε λάθος", "η ευθύνη είναι δική μας", "αναλαμβάνουμε την ευθύνη".
    _EL_HEDGED
    + r"\b(λαθοσ|σφαλμα|παραλειψη|ευθυνη|λαθοσ μασ)\b ((?!δεν |δε |οχι )\w+ ){0,3}(δικο μασ|δικη μασ|απο μασ|απο εμασ|"
    r"(απο )?(την )?πλευρα(σ)? μασ|δικο μου|του συνεργειου μασ)",
    _EL_HEDGED
    + r"(\b(δικο μασ|δικο μου) (λαθοσ|σφαλμα)|\b(καναμε|εκανε το συνεργειο μασ|εκανε η εταιρεια μασ) "
    r"(\w+ )?(λαθοσ|σφαλμα)|\b(φταιμε|φταιξαμε)\b|\bαναλαμβανουμε (\w+ ){0,2}ευθυνη)",
    # hu: "a hiba a mi oldalunkon volt", "hibáztunk", "a mi hibánkból", "elnézést kérünk a hibánkért".
    _HU_HEDGED
    + r"\b(a hiba|a mulasztas|a tevedes) (\w+ ){0,2}(a mi oldalunkon|nalunk|a mienk|minket terhel|rajtunk)\b",
    _HU_HEDGED
    + r"\b(hibaztunk|tevedtunk|elrontottuk|a mi hibankbol|sajat hibankbol|hibankert|hibankat|tevedesunket|"
    r"mulasztasunkert|felelossegunket elismerjuk|a felelosseg a mienk)\b",
    # tr: "Hata tamamen bizde", "bizim hatamız", "sorumluluğunu kabul ediyoruz", "yanlışlık yaptık".
    _TR_IFFY
    + r"\b(hata|kusur|yanlislik|sorumluluk|ihmal)\w* (tamamen |bizim |bize |da |de )*(bizde|bizim|bize ait|"
    r"bizden kaynaklan\w*)\b" + _TR_DENIED,
    _TR_IFFY + r"\b(bizim|bizden kaynaklanan|kendi) (hata|yanlislik|kusur|ihmal)\w*" + _TR_DENIED,
    r"\b(hata\w*|yanlislik\w*|kusur\w*|sorumlulu\w*) (\w+ ){0,2}(kabul ediyoruz|kabul ederiz|ustleniyoruz|ustleniriz|"
    r"ustlendik)\b|\b(hata|yanlislik) (yaptik|ettik|yapmisiz)\b",
    # ro: "a fost greșeala noastră", "eroarea ne aparține", "ne asumăm responsabilitatea", "am greșit".
    _RO_HEDGED
    + r"\b(greseal|eroare|eroarea|vina)\w* (\w+ ){0,2}(noastra|noastre|ne apartine|din partea noastra|"
    r"de partea noastra)\b",
    _RO_HEDGED
    + r"(\b(ne asumam|ne asumam intreaga|ne asumam toata|recunoastem) (\w+ )?(responsabilitat|vina|greseal|"
    r"eroare)\w*|\b(am gresit|am facut o greseala|din eroarea noastra|din greseala noastra)\b)",
)
_TERMS_S26B = _rx_folded(
    # ar: the due date extended or moved, instalments allowed: "ونمدد تاريخ الاستحقاق إلى 30 أبريل", "يمكنكم سداد
    # المبلغ على ثلاث دفعات", "تاريخ استحقاق جديد".
    # "سنؤجل موعد الزيارة": a visit, a meeting or a delivery moved is no payment date.
    _AR_ASKED + _AR_WE + r"(مدد|وجل|اجل|رحل|غير|عدل)\w*[^.!?\n\u061f]{0,30}(تاريخ|موعد|مهلة|المهلة|الاستحقاق|"
    r"استحقاق)(?!\s(ال)?(زيارة|زياره|اجتماع|لقاء|تسليم|توصيل|حفل|فعالية|مناسبة|جلسة|مكالمة|تركيب|صيانة|فحص|حجز|"
    r"عرض|تذوق|مقابلة|وصول|شحن|حدث|عشاء|غداء))",
    _AR_ASKED + _AR_WE + r"(منح|عطي)\w* (\w+ ){0,2}(مهلة|فترة سماح|مهلة اضافية)",
    _AR_ASKED + r"(تمديد|تاجيل|ترحيل|تعديل) (\w+ )?(تاريخ|موعد|مهلة|فترة) (\w+ )?(ال)?(استحقاق|سداد|دفع)",
    _AR_ASKED + r"(تاريخ|موعد) (\w+ )?(استحقاق|الاستحقاق|السداد|الدفع) (ال)?جديد",
    _AR_ASKED
    + r"(نوافق|وافقنا|نقبل|قبلنا|يمكنكم|بامكانكم|نسمح|سنسمح|يسعدنا|نتيح|يمكنك)\w*[^.!?\n\u061f]{0,50}(تقسيط|التقسيط|اقساط|"
    r"الاقساط|دفعات|خطة سداد|جدولة)",
    _AR_ASKED + r"(تقسيط|جدولة) (\w+ ){0,3}(على|الى) (\w+ )?(دفعات|اقساط|دفعتين|قسطين|\d)",
    # el: the deadline extended or moved, instalments accepted: "παρατείνουμε την προθεσμία", "μπορείτε να
    # εξοφλήσετε σε τρεις δόσεις", "νέα ημερομηνία λήξης".
    _EL_ASKED + r"\b(θα )?(σασ )?(παρατειν|παραταθ|μεταθετ|μεταθεσ|μετατιθ|μεταφερ|αναβαλ|αναβαλλ|παρατασ)\w*"
    r"[^.;!?\n]{0,30}\b(προθεσμι\w*|ληξ\w*|ημερομηνια\w*|πληρωμ\w*|εξοφλησ\w*)",
    _EL_ASKED + r"\b(μπορειτε|μπορεισ|δεχομαστε|συμφωνουμε|εγκρινουμε|θα σασ επιτρεψουμε|σασ επιτρεπουμε|"
    r"αποδεχομαστε)\b[^.;!?\n]{0,60}\b(δοσεισ|δοσεων|διακανονισμ\w*|τμηματικ\w*)",
    _EL_ASKED + r"\bνεα (ημερομηνια (ληξησ|πληρωμησ|εξοφλησησ)|λήξη|ληξη)\b",
    # hu: instalments granted ("három egyenlő részletben fizetheti meg"), the deadline moved.
    _HU_ASKED
    + r"\b(reszlet(ben|ekben|re)|reszletfizetes\w*)\b (is )?(?!nem |sem )(\w+ )?(ki|meg|be)?(fizetheti|rendezheti|torlesztheti|"
    r"egyenlitheti|fizethetik|rendezhetik|fizetheted|engedelyez\w*|jovahagy\w*|biztosit\w*|megad\w*|elfogad\w*|"
    r"megfizetheti)\b",
    _HU_ASKED
    + r"\b(reszletfizetes\w*|reszletekben torteno)\b"
    + _HU_GAP
    + r"\b(jovahagy|engedelyez|biztosit|"
    r"elfogad)\w*(juk|tuk|unk|va|ott)\b",
    _HU_ASKED
    + r"\b(hatarid\w*|esedekesseg\w*|fizetesi (hatarid|nap)\w*)\b"
    + _HU_GAP
    + r"\b(meghosszabbit|kitol|"
    r"elhalaszt|modosit|attesz)\w*(juk|tuk|ottuk|ettuk|unk)\b",
    _HU_ASKED + r"\b(meghosszabbitjuk|meghosszabbitottuk|kitoljuk|kitoltuk|elhalasztjuk|elhalasztottuk)\b"
    r"[^.;!?\n]{0,40}\b(hatarid|esedekesseg|fizet)\w*",
    # tr: instalments allowed, the due date extended: "üç taksitte ödeyebilirsiniz", "vadeyi 30 Nisan'a uzattık".
    r"\b(\d+|iki|uc|dort|bes|alti) (esit )?(taksit|odeme)(te|le|e|ler|lerle|lere)? (\w+ )?(odeyebilirsiniz|"
    r"odenebilir|bolduk|boluyoruz|bolebiliriz|yapilandirdik|kabul ediyoruz|onayliyoruz)\b",
    r"\btaksit\w* (\w+ ){0,3}(yapabiliriz|yapiyoruz|yaptik|kabul ediyoruz|onayliyoruz|onayladik|onaylandi|"
    r"taniyoruz|sagliyoruz|imkani taniyoruz)\b",
    r"\b(vade\w*|son odeme tarih\w*|odeme tarih\w*|odeme sure\w*)\b[^.;!?\n]{0,40}\b(uzatiyoruz|uzattik|uzatacagiz|"
    r"erteliyoruz|erteledik|erteleyecegiz|kaydiriyoruz|kaydirdik|kaydiracagiz|guncelledik|degistirdik)\b",
    # ro: instalments, a rescheduling, the due date moved: "puteți achita în trei rate", "prelungim termenul".
    _RO_ASKED
    + r"\b(puteti|poti|puteti sa|acceptam|suntem de acord|aprobam|am aprobat|va permitem|va oferim)\b"
    r"[^.;!?\n]{0,60}\b(in (doua|trei|patru|cinci|sase|\d+) (\w+ )?rate|in rate|esalonat\w*|esalonare\w*|plan de plata)\b",
    _RO_ASKED
    + r"\b(prelungim|vom prelungi|am prelungit|amanam|vom amana|am amanat|decalam|am decalat|vom decala|"
    r"mutam|am mutat|vom muta|reprogramam|am reprogramat)\b[^.;!?\n]{0,40}\b(termen\w*|scadent\w*|data|plat\w*)\b",
    _RO_ASKED
    + r"\b(termenul|scadenta)\b( de plata)?[^.;!?\n]{0,30}\b(a fost|va fi|este) (prelungit|amanat|decalat|"
    r"mutat|reprogramat)\w*",
    # es-AR: a plan of instalments set up for them: "te armamos un plan de 4 cuotas mensuales".
    r"(?<!no )\b(te|le|les) (armamos|armo|armaremos|hicimos|hacemos|damos|dimos|aprobamos|ofrecemos)\b (\w+ )?plan "
    r"de (pagos? )?(en )?(\d+|dos|tres|cuatro|cinco|seis|doce) cuotas\b",
    # nl: the due date pushed back: "de vervaldatum ... schuiven we op naar 15 mei".
    r"\b(vervaldatum|betaaldatum|betalingstermijn)\b[^.;!?\n]{0,60}\b(schuiven|zetten) (we|wij|ik) (\w+ )?(op|door|"
    r"vooruit)\b(?! (niet|geen))",
)
_HARASS_S26B = _rx_folded(
    # ar: shame, fraud and lies thrown at them, the market told: "عار عليكم", "أنتم نصابون", "سنفضحكم أمام السوق".
    r"(?<!ليس )(?<!لا )\b(عار عليكم|عار عليك|عيب عليكم|عيب عليك|يا للعار|هذا عار|امر مخجل|مخجل|فضيحة|الا تخجلون|"
    r"اخجلوا|سنفضحكم|سنفضح|نشهر بكم|التشهير بكم|سنشهر)",
    r"\b(انتم|انت|انكم|شركتكم)\b (\w+ )?(نصاب|نصابون|نصابين|محتال|محتالون|محتالين|كذاب|كذابون|كذابين|لصوص|حرامية|"
    r"مماطل|مماطلون|مماطلين)",
    r"(سيعرف|سيعلم|سنخبر|سنبلغ|سنعلم|سيسمع)\w* (\w+ ){0,2}(الجميع|كل السوق|السوق|جميع|كل)\b[^.!?\n]{0,40}(السوق|"
    r"القطاع|المجال|عملايكم|الموردين|زبايكم|زباينكم|الوسط|الجميع)",
    # el: a cheat or a liar, the whole market told: "Είστε απατεώνες", "θα το μάθει όλη η αγορά".
    r"(?<!δεν )\b(ειστε|εισαι)\b (\w+ )?(απατεων\w*|ψευτ\w*|κλεφτ\w*|ανευθυν\w*|αναξιοπιστ\w*|τσαμπατζ\w*|"
    r"αδιαντροπ\w*|ανικαν\w*)",
    r"\b(απατεωνεσ|ψευτεσ|κλεφτεσ|τσαμπατζηδεσ|αδιαντροποι)\b|\b(θα (το )?μαθει|θα (το )?μαθουν|θα ενημερωσουμε)\b"
    r"[^.;!?\n]{0,30}\b(ολη η (αγορα|πιατσα|αγορα)|ολοι|ολη την αγορα|ολουσ|πελατεσ σασ|προμηθευτεσ)",
    # hu: a cheat, a liar, the whole trade told: "Önök csalók", "az egész szakma megtudja".
    r"(?<!nem )\b(csalo|csalok|hazug|hazugok|szelhamos\w*|megbizhatatlan\w*|felelotlen\w*|gazember\w*|"
    r"tolvaj\w*)\b",
    r"\b(az )?(egesz|teljes) (szakma|piac|iparag|branch|szektor|varos)\w* (\w+ )?(megtudja|megtudja majd|tudni fog|"
    r"ertesul|tudomast szerez)\w*|\bmindenki (\w+ )?(megtudja|tudni fogja|ertesul)\b",
    # tr: a cheat or a liar, shameless, all the trade told: "dolandırıcısınız", "bütün sektör öğrenecek".
    r"\b(dolandirici|sahtekar|yalanci|hirsizsiniz|hirsizlar|utanmaz|arsiz|rezil|rezalet|beceriksiz|sorumsuz|namussuz|sarlatan)\w*"
    + _TR_DENIED,
    r"\b((tum|butun) (sektor|piyasa|camia|musteri|tedarikci)\w*|herkes)\b[^.;!?\n]{0,20}\b(ogrenecek|duyacak|bilecek|"
    r"haberdar olacak)(tir)?\b|\b(herkese|sektore|piyasaya|musterilerinize) "
    r"(anlatacagiz|duyuracagiz|soyleyecegiz|ifsa edecegiz)\b|\bifsa (edecegiz|ederiz)\b",
    # ro: swindlers and frauds, the whole trade told: "Sunteți niște țepari", "toată lumea din branșă o să afle".
    r"(?<!nu )\b(sunteti|esti|sunt) (niste |un |o |cei mai |doar )?(neseriosi|neserios|tepari|tepar|escroci|escroc|"
    r"hoti|hot|mincinosi|mincinos|tepuitori|ratati|incompetenti|bataie de joc|infractori|smecheri)\b",
    r"\b(tepari|escrocilor|escrocii|mincinosilor|tepuitori)\b|\bva (bateti|bati) joc\b",
    r"\b(toata lumea|toti|toata piata|intreaga piata|toata bransa|intreaga bransa|tot orasul)\b[^.;!?\n]{0,30}\b(o sa "
    r"afle|va afla|vor afla|o sa stie|va sti|vor sti|o sa auda|vor auzi)\b",
    # cs: shame said with "je", the trade told: "to, jak se chováte, je ostuda", "ať se celá branže dozví".
    r"(?<!neni )(?<!nebyla )(?<!nebude )\bje (to )?(ostuda|hanba|ostudne|hanebne)\b",
    r"\b(at|ať) se (to )?(cela|cely|cele|vsichni|vsechny|celej) (\w+ )?(dozvi|dozvedi)\b|\b(cela|cely|cele) (branze|"
    r"obor|trh|mesto|republika|odvetvi) se (to )?dozvi\b",
    # es-AR: insults and the trade told: "Son unos chantas", "que se entere todo el gremio".
    r"\b(son|sos|es) (unos |un |una |re )?(chantas?|caraduras?|garcas?|estafadores?|chorros?|sinverguenzas?)\b|"
    r"\bbicicleteando(nos|me)?\b",
    r"\bque (s[ex] )?(entere|enteren|sepa|sepan) (todo el|toda la|todos los) (gremio|rubro|barrio|mercado|sector|"
    r"ambiente)\b",
)


# --- session 27: Thai, Hebrew and Hindi for the commitments and abuse they were first seen with; fi, cs, nl-BE ------
# Thai runs words together without spaces and puts "ไม่" (not) before the verb ("จะไม่ดำเนินคดี"), so a Thai pattern
# keeps "ไม่" out of the run between "จะ" (will), or the start of the space-delimited run, and the act. Hebrew puts "לא" and Hindi "नहीं"/"न" before the verb
# too. fold() has dropped the Thai tone marks and the Devanagari vowel signs; the patterns are folded the same way.
_TH_RUN = r"(?:(?!ไม่|ไม)\S){0,40}"
_LEGAL_S27 = _rx_folded(
    # th: the matter sent to a law office, proceedings, a suit: "จะส่งเรื่องให้สำนักงานทนายความดำเนินคดี", "ฟ้องร้อง".
    r"จะ" + _TH_RUN + r"(ทนาย|ดำเนินคดี|ฟ้อง|ดำเนินการทางกฎหมาย|ดำเนินการตามกฎหมาย)",
    # he: a lawyer, a suit, enforcement: "נעביר את התיק לעורך דין", "נגיש תביעה", "ההוצאה לפועל".
    # The matter as the subject of the passive: "העניין יועבר לטיפול עורך דין ולהוצאה לפועל", "תוגש נגדכם תביעה".
    r"(?<!לא )(?<!\w)(נעביר|נפנה|נגיש|ונגיש|ונעביר|ניאלץ לפנות|נפתח|יועבר|ויועבר|יועברו|תועבר|יוגש|תוגש|ותוגש|"
    r"ייפתח|יפתח)(?!\w)[^.\n]{0,40}(עורך דין|עורכי דין|עורך הדין|עורכי הדין|עו\"ד|תביעה|"
    r"בית משפט|בית המשפט|הוצאה לפועל|ההוצאה לפועל|גבייה משפטית|הליכים משפטיים|הליך משפטי|צעדים משפטיים)",
    # Legal steps taken: "ננקוט בהליכים משפטיים", "ניאלץ לנקוט צעדים משפטיים"; not "לא ננקוט".
    r"(?<!לא )(?<!\w)(ננקוט|וננקוט|ניאלץ לנקוט|נאלץ לנקוט|נהיה חייבים לנקוט|לא נהסס לנקוט)(?!\w)[^.\n]{0,10}"
    r"(הליכים|הליך|צעדים|אמצעים) (משפטיים|משפטי|מש\"פ)",
    # hi: legal action, a lawyer, the court: "कानूनी कार्रवाई करेंगे", "मामला वकील को सौंप देंगे", "अदालत में".
    r"(कानूनी कार्रवाई|कानूनी कार्यवाही|वकील|अदालत|कोर्ट|लीगल नोटिस|कानूनी नोटिस)[^.।\n]{0,30}"
    r"(?<!नहीं )(करेंगे|करनी पड़ेगी|करना पड़ेगा|भेजेंगे|सौंप देंगे|जाएंगे|ले जाएंगे|शुरू करेंगे)",
)
_DISCOUNT_S27 = _rx_folded(
    # hi: interest or a fee forgiven: "ब्याज और विलंब शुल्क पूरी तरह माफ कर देंगे"; "माफ नहीं कर सकते" keeps "नहीं"
    # between and does not match.
    r"(ब्याज|शुल्क|जुर्माना|पेनल्टी|फीस|लेट फी)[^.।\n]{0,40}माफ (कर देंगे|कर दिया है|करेंगे|कर रहे हैं|कर देते हैं|कर दी)",
    r"(\d+ ?%|प्रतिशत) (की )?छूट (देंगे|दे रहे हैं|दे देंगे)",
    # nl-BE: the verb first after a condition ("Als jullie ... betalen, schrappen we de nalatigheidsintresten").
    r"\b(schrappen|laten|scheld\w*|annuleren|vergeven) (we|wij|ik)\b(?![^.;!?\n]{0,40}\b(niet|geen)\b)"
    r"[^.;!?\n]{0,30}\b\w*(intrest|interest|rente|kosten|boete|schadevergoeding|vergoeding)\w*",
    # th: a charge waived: "ยกเว้นค่าปรับ", "งดเก็บดอกเบี้ย"; not "ไม่ยกเว้น".
    r"(?<!\S)" + _TH_RUN + r"(ยกเว้น|งดเก็บ|ลด)(ค่าปรับ|ดอกเบี้ย|ค่าธรรมเนียม)",
    # pt-BR: a fine or interest already charged, reversed: "vamos estornar a multa de 2% e os juros".
    r"(?<!nao )\b(vamos|iremos|vou|podemos) (estornar|cancelar|retirar|abater) (a |o |as |os )?(multa|juros|encargos)",
    # he: a charge given up, less accepted: "נוותר על ריבית הפיגורים", "ונסתפק ב-20,000 במקום"; not "לא נוותר".
    r"(?<!לא )(?<!\w)(נוותר|ונוותר)(?!\w) על (ה)?(ריבית|קנס|עמלה|עמלות|דמי|הפרש|חלק|יתרה|יתרת)",
    r"(?<!לא )(?<!\w)(נסתפק|ונסתפק)(?!\w) ב",
)
_REFUND_S27 = _rx_folded(
    # th: money returned: "เราจะคืนเงินจำนวน 6,420.00 บาท", "จะโอนเงินคืน".
    r"จะ" + _TH_RUN + r"(คืนเงิน|โอนเงินคืน|ออกใบลดหนี้|คืนให้)",
    # he: we will credit you, send a credit invoice, return the money: "נזכה אתכם", "ונשלח חשבונית זיכוי".
    r"(?<!לא )(?<!\w)(נזכה|ונזכה|נחזיר|ונחזיר)(?!\w)",
    r"(?<!לא )(?<!\w)(נשלח|ונשלח|נוציא|ונוציא|נפיק|ונפיק)(?!\w)[^.\n]{0,20}(חשבונית זיכוי|זיכוי|החזר)",
    # ja: a credit note issued, the sum taken off the next bill: "クレジットノートを発行いたします", "次回のご請求から差し引き
    # ます"; not "発行いたしかねます".
    rf"(クレジットノート|クレジット|赤伝票?|返金伝票|値引伝票)(を)?(発行|送付|お送り)(を)?{_JA_DO}{_JA_NOT_AFTER}",
    r"次回(の)?(ご)?請求(書|分)?(から|より)[^。\n]{0,8}(差し引|差引|相殺|控除)" + _JA_NOT_AFTER,
    # hu: a credit issued as a noun: "jóváírást állítunk ki", "jóváírást adunk"; not "jóváírást nem adunk".
    _HU_ASKED
    + r"\bjovairas\w* (?:(?!(nem|sem|ne)\b)\w+ ){0,3}(allit|ad|nyujt|kuld|biztosit|keszit)\w*(unk|juk)\b",
    # zh: we send the money back: "我们将在五个工作日内把贵司多付的金额退回原账户", "我們會退還"; not "无法退还", not
    # what the customer sent back ("您退回的货物").
    r"(我们|我們|我方|我司|本公司)(?:(?!不|无法|無法|没|沒|未|已|如果|若|请|請)[^。！？!?\n；;]){0,30}?(?<!您)(?<!你)"
    r"(退回|退还|退還|返还|返還|退给|退給|办理退款|辦理退款)(?!的)",
)
_FAULT_S27 = _rx_folded(
    # th: the error came from our side: "ความผิดพลาดเกิดจากทางเราเอง", "เป็นความผิดของเรา".
    r"(ความผิดพลาด|ข้อผิดพลาด|ความผิด)(ครั้งนี้)?(เกิด)?(จาก|ของ)(ทาง)?(เรา|บริษัท|ฝั่งเรา)",
    # cs: the error plainly ours, an adverb between: "chyba byla jednoznačně na naší straně".
    r"\b(chyba|pochybeni|omyl) (je|byla?|bylo) (jednoznacne|opravdu|skutecne|bohuzel|zcela|jasne|urcite|cela) "
    r"(na nasi strane|nase|nasi|u nas)\b",
    # nl: the cause an error of ours: "door een fout in ons facturatiesysteem", "door een vergissing van onze kant".
    r"(?<!niet )(?<!geen )\bdoor een (fout|vergissing|storing|misverstand) (in|van|bij|aan) (ons|onze)\b",
    # zh (either script): "it was our department's input error", the blame all ours: "確實是我們業務部門輸入錯誤",
    # "责任完全在我方"; not "不是我们的错误", not asked ("是否是我们的错误").
    rf"{_ZH_UNDENIED}(?<!否)(?<!沒有)(?<!並非)是(我们|我們|我方|我司|本公司)(的)?(?:(?!不|没|沒|未|非|無|无)\w){{0,8}}"
    r"(失误|失誤|错误|錯誤|过失|過失|疏忽|差错|差錯|疏失)(?![^。！？\n]{0,6}(吗|嗎|\?))",
    rf"{_ZH_UNDENIED}(?<!並非)(?<!沒有)(责任|責任)(完全|全部|都)?在(我们|我們|我方|我司|本公司)",
    # he: the error was ours, the responsibility lies with us: "הטעות הייתה שלנו", "האחריות על כך מוטלת עלינו".
    # "אין זו טעות שלנו", "זו לא טעות שלנו": denied before the noun.
    r"(?<!אין זו )(?<!אין זאת )(?<!זו לא )(?<!זאת לא )(?<!אין )(?<!לא )"
    # Also "with us" and "on our side": "כך שהטעות כולה אצלנו", "הטעות היא מצדנו".
    r"(?<!\w)[וש]?ה?(טעות|שגיאה)(?!\w)(?:(?!לא |אינה |אינו )[^.\n?]){0,20}(?<!\w)(שלנו|אצלנו|מצדנו|מצידנו)(?!\w)"
    r"(?![^.\n]{0,20}\?)",
    r"(?<!\w)[וש]?האחריות(?!\w)(?:(?!לא |אינה |אינו )[^.\n?]){0,20}(?<!\w)(מוטלת )?עלינו(?!\w)(?![^.\n]{0,20}\?)",
    # de: the idiom "that goes on our cap", something gone wrong at ours with the place between: "Das geht klar auf
    # unsere Kappe", "da ist bei uns im Lager etwas schiefgelaufen"; not "geht nicht auf unsere Kappe".
    r"\b(geht|ging|gehen) (?:(?!nicht\b|kaum\b)\w+ ){0,2}auf unsere kappe\b",
    r"\bbei uns (?:(?!nicht\b|nichts\b)\w+ ){0,3}(etwas|was|einiges|vieles) schief\s?(gelaufen|gegangen)\b",
)
_TERMS_S27 = _rx_folded(
    # th: the due date extended or moved: "เรายินดีขยายกำหนดชำระ", "เลื่อนวันครบกำหนด".
    r"(?<!\S)" + _TH_RUN + r"(ขยาย|เลื่อน)(กำหนด|ระยะเวลา|วัน)(การ)?(ชำระ|ครบกำหนด)",
    # cs: paying in instalments allowed: "fakturu můžete uhradit ve třech měsíčních splátkách".
    r"\b(muzete|muzes|lze)\b[^.;!?\n]{0,40}\b(uhradit|zaplatit|splatit|doplatit)\b[^.;!?\n]{0,25}\bsplatk\w*",
    # ru: paying in parts allowed: "счёт можно оплатить тремя платежами", "можете оплатить в рассрочку".
    r"(?<!не )\b(можно|можете|сможете)\b(?! ли)[^.;!?\n]{0,40}\b(оплатить|погасить|внести)\b[^.;!?\n]{0,25}"
    r"\b(\w+ (платежами|частями|траншами)|в рассрочку)",
    # en: the date left open, to be paid when their money comes: "just pay when the funding comes in", "pay us
    # whenever suits you".
    r"(?<!not )(?<!n't )(?<!never )(?<!not just )(?<!n't just )(?<!not simply )\bpay (us |it |the balance |the invoice )?(whenever (you can|it suits|suits|you're ready|"
    r"you are ready|you like|you want)|when (the |your )?(funding|funds|grant|loan|cash|money|insurance) (comes?|arrives?|"
    r"lands?|clears?|is released|gets? released|is paid out)\b)",
)
_HARASS_S27 = _rx_folded(
    # fi: the shame of the whole trade, others told what payer they are.
    r"\b(koko )?(alan|toimialan|kaupungin) hapea\b|\b(olette|ovat) (\w+ )?hapea\b",
    r"\bkerromme (kylla |myos |varmasti )?(muille\w*|kaikille)\b",
    # hi: "you should be ashamed", "we will tell every vendor what kind of customer you are".
    r"शर्म आनी चाहिए|शर्म करो|शर्म कीजिए|शर्मनाक",
    r"(वेंडर|विक्रेता|सप्लायर|सबको|सभी को|हर किसी को)[^.।\n]{0,20}(बताएंगे|बता देंगे|बताएँगे)",
    # he: crooks, shameful, the whole trade will know.
    r"(?<!\w)(אתם|אתה|את) (\w+ )?(נוכלים|נוכל|רמאים|רמאי|גנבים|חצופים)(?!\w)",
    # A bunch of amateurs who can't run a business: "אתם פשוט חבורה של חובבנים שלא יודעים לנהל עסק".
    r"(?<!\w)(אתם|אתה|את)( \w+){0,3} (חובבנים|חובבן|חובבנית|חובבניים|עלובים|אפסים|כלומניקים)(?!\w)",
    r"(?<!\w)(חבורה|חבר|כנופיה) של (חובבנים|נוכלים|רמאים|גנבים|ליצנים|אפסים|כלומניקים)(?!\w)",
    r"(?<!\w)ש?(לא יודעים|לא יודע|לא יודעת|לא מסוגלים|לא מסוגל) (איך )?לנהל (עסק|חברה|יקב|מסעדה|חנות)(?!\w)",
    r"(?<!לא )(?<!\w)(מביש|תתביישו|בושה לכם)(?!\w)",
    r"(?<!\w)כולם (ב\w+ )?(ידעו|ישמעו|יידעו)(?!\w)",
    # en: told they are unfit for their own trade, shamed against the others: "maybe you shouldn't be running a
    # shop", "every other venue on the street manages it".
    r"\byou (shouldn't|should not|have no business|had no business) (be )?(running|in business|trading|owning|in charge of)\b",
    r"\bevery(one else|body else| other (\w+ ){0,2}(on|in) (the|your|this) (street|road|town|area|block|trade|"
    r"industry)) manages? (it|that|to pay)\b",
    # hu: a dishonest character: "egy ilyen tisztességtelen alak, mint Ön"; not "tisztességtelen kereskedelmi gyakorlat".
    r"\b(tisztessegtelen|becstelen|szelhamos|csalo|hazug|gatlastalan|megbizhatatlan) (alak\w*|ember\w*|banda\w*|"
    r"fickó|fickot|figura\w*)\b",
    # th: shameful, you lot have no sense of responsibility: "น่าอับอายมาก", "พวกคุณมันไม่มีความรับผิดชอบ"; not "ไม่น่าอับอาย".
    r"(?<!\S)" + _TH_RUN + r"(น่าอับอาย|น่าละอาย|น่าขายหน้า)",
    r"(พวกคุณ|พวกแก|คุณ)มัน\S{0,12}(ไม่มีความรับผิดชอบ|ไร้ความรับผิดชอบ|ไม่มียางอาย|หน้าด้าน)",
)


# --- session 28: separable and bundled deferrals, the worker's mistake, Chinese red-letter invoices, shame in ru/ar/zh -
_REFUND_S28 = _rx_folded(
    # de: a separable verb whose "zurück" comes after a long middle field: "Wir überweisen Ihnen die zu viel bezahlten
    # EUR 240,00 noch diese Woche zurück"; not "wir überweisen Ihnen nichts zurück".
    r"\b(wir|ich) (uberweisen|uberweise|zahlen|zahle|erstatten|erstatte|buchen|buche|uberfuhren)\b"
    r"(?:(?!\b(nicht|nichts|kein\w*|falls|wenn|sofern|ob)\b)(?:[^.;!?\n]|(?<=\d)[.,](?=\d))){0,90}\bzuruck\b",
    # zh: a red-letter invoice (the VAT credit note) or a red reversal we will issue: "我们将为贵司开具红字发票",
    # "我司会红冲该发票"; not "无法开具红字发票", not one already issued ("已开具"), not their request ("请").
    r"(我们|我們|我方|我司|本公司|我公司)(?:(?!不|无法|無法|没|沒|未|已|如果|若|请|請|是否)[^。！？!?\n；;]){0,24}?"
    r"((开具|開具|出具|开出|開出)[^。！？!?\n；;]{0,6}(红字|紅字)|红冲|紅沖|冲红|沖紅|冲减|沖減)",
)
_FAULT_S28 = _rx_folded(
    # ja: the mistake of our worker, engineer or staff, the kind of mistake between: "弊社作業員のセンサー設定ミスが原因",
    # "当社担当者の入力誤りにより"; not "弊社作業員のミスではございません", not asked ("ミスかどうか").
    r"(弊社|当社|私ども)(の)?(作業員|作業者|担当者|担当|技術者|技術員|社員|従業員|係員|スタッフ|工事担当|施工担当)の"
    r"[^。\n、]{0,10}?(手違い|ミス|誤り|不手際|過失|落ち度|確認不足)(?!では|じゃ|か)",
    # ja: the responsibility ours, in a clause that goes on: "弊社の責任であり、誠に申し訳ございません"; not "弊社の責任では".
    r"(弊社|当社|当院|当方|私ども)(側)?(に|の)(責任|非)(であり|であります|でございまして|がございまして)",
)
_TERMS_S28 = _rx_folded(
    # en: the invoice re-dated by how we will treat it: "we'll treat it as due on January 15 instead", "we can treat
    # this invoice as payable at the end of February"; not "we cannot treat it as due later".
    r"\b(we'll|we will|we can|we could|we're happy to|we are happy to|i'll|i will|i can|let's)( just| simply)? treat "
    r"(it|this|that|the (invoice|bill|balance|amount)|this (invoice|bill))( \w+)? as (due|payable)\b(?! (now|today|"
    r"immediately|on receipt|in full))",
    # en: paying later than now offered as the alternative: "rather than paying it this month, just pay it with your
    # January invoice", "the other half can then wait until 31 January instead of being due now".
    r"\b(rather than|instead of) (paying|settling|clearing)( it| this| the (invoice|balance|bill)| [a-z]{1,3}-[\w-]+)?"
    r"( now| today| this (month|week))\b[^.;!?\n]{0,30}\bpay (it|this|them|the balance)? ?(together |along )?with "
    r"(your|the) (next|\w+) (invoice|bill|statement|payment)\b",
    r"(?<!n't )(?<!not )(?<!never )\b(other|second|remaining|last|final) (half|part|portion|instal+ment|payment)\b"
    r"(?! (is|was|must|has|had)\b)[^.;!?\n]{0,20}\b(can|could|may) (then |just |easily )?wait\b",
    r"\binstead of (being|falling) due (now|today|this month|immediately)\b",
    # pt-BR: splitting permitted, "3x" the number of parts: "você pode parcelar em 3x sem juros", "pode dividir em 4
    # vezes"; not "não pode parcelar".
    r"(?<!nao )(?<!nem )\b(pode|podem|podera|poderao|consegue|conseguem)\b( \w+)? (parcelar|dividir|fracionar)\b"
    r"(?: \w+){0,4} em (\d+ ?x|\d+ vezes|duas|tres|quatro|cinco|seis|\d+ (parcelas|prestacoes|pagamentos))\b",
)
_HARASS_S28 = _rx_folded(
    # ru: they disgrace their trade or building, an insult in "such an X as you": "такой безответственный арендатор,
    # как вы, позорит весь бизнес-центр", "ваши отговорки просто смешны"; not "не позорит".
    r"(?<!не )\b(позорит|позорите|позорят|позоришь|опозорили|позорище)\b",
    r"\b(таких|такой|такая|такие|такое) (безответственн|бессовестн|непорядочн|недобросовестн|наглы|нагла|жалк|"
    r"никчемн|бестолков|ненадежн)\w* (\w+ )?\w+,? (как вы|как ваша|как ваш|как вас)\b",
    r"\bваш\w* (\w+ ){0,2}(отговорки|оправдания|обещания|объяснения|отмазки) (\w+ )?(смешны|смехотворны|жалки|нелепы|"
    r"никчемны)\b",
    # ar: told they will make sure everyone in the building or street knows they do not pay: "وسنتأكد من أن يعرف
    # جميع المستأجرين في المبنى أنكم لا تدفعون فواتيركم"; not the tenants told the maintenance schedule.
    r"(سنتاكد|سنحرص|سنضمن|سنعمل|وسنتاكد|وسنحرص|وسنضمن|وسنعمل) (من |على )?(ان )?(يعرف|يعلم|يسمع|يدرك|يطلع)\w*"
    r"[^.!?\n]{0,50}(لا تدفعون|لا تسددون|لم تدفعوا|لم تسددوا|ديون|مديون|متاخر|المتاخر|مماطل|فواتيركم|مستحقات)",
    r"(سيعرف|سيعلم)\w* (جميع|كل) (المستاجرين|الجيران|السكان|الشركاء|زملايكم|المستاجر)",
    # zh: contempt named: "实在令人不齿", "厚颜无耻", "真不知道你们是怎么经营的"; not "并非...".
    rf"{_ZH_UNDENIED}(令人不齿|令人不恥|不知羞耻|不知羞恥|厚颜无耻|厚顏無恥|无耻|無恥|令人鄙视|令人鄙視|令人唾弃|令人唾棄)",
    r"(真|真是|实在|實在)不知道(你们|你們|贵司|貴司|贵机构|貴機構)(是)?(怎么|怎麼)(经营|經營|做生意|管理|当|當)",
)
# An Australian account given with its BSB (bank, state, branch: "BSB 082-555 / Account 501774392"): the BSB makes
# the number beside it a bank account, whatever line it is on. A BSB alone names only a branch.
_AU_ACCOUNT = re.compile(
    r"\bbsb\b\W{0,4}\d{3}[- ]?\d{3}(?!\d)[^\d]{0,40}?\b(account|acct|acc|a/c)\b( (number|no\.?|num|#))?\W{0,4}"
    r"(\d[\d -]{4,12}\d)(?![\d-])|"
    r"\b(account|acct|acc|a/c)\b( (number|no\.?|num|#))?\W{0,4}(\d[\d -]{4,12}\d)(?![\d-])[^\d]{0,40}?\bbsb\b\W{0,4}"
    r"\d{3}[- ]?\d{3}(?!\d)"
)


# --- session 28b: Hindi refunds and fault, a Japanese due date moved "from X to Y", a Czech "až do", Flemish
# "schijven"; shame in ar/he/vi, a veiled threat to the customer's equipment; Hebrew and other scripts' passwords ---
_REFUND_S28B = _rx_folded(
    # hi: we will put the sum back in their account: "हम ... ₹ 12,500 की राशि आपके खाते में वापस कर देंगे", "रिफंड कर
    # देंगे", the passive "वापस कर दी जाएगी"; not "वापस नहीं करेंगे", not their goods ("कृपया ... वापस करें").
    r"(?<!\S)(हम|हमने|मैं)\s(?:(?!नहीं|यदि|अगर|कृपया)[^।.?\n]){0,70}?(वापस|लौटा|रिफंड|क्रेडिट)\s?"
    r"(कर|भेज|लौटा|जमा कर)?\s?(देंगे|देंगी|दूंगा|दूँगा|देंगे।|दिए जाएंगे)",
    r"(राशि|रकम|पैसे|भुगतान|रुपये)(?:(?!नहीं)[^।.?\n]){0,40}(वापस|रिफंड)\s(कर|भेज)\s(दी|दिया|दिए)\sजाए(गी|गा|ंगे)",
)
_FAULT_S28B = _rx_folded(
    # hi: the mistake was ours: "यह गलती हमारी ओर से हुई है", "हमारी तरफ से गलती हुई", "हमसे भूल हुई"; not
    # "यह गलती हमारी ओर से नहीं हुई", not "हमारी गलती नहीं है".
    r"(गलती|त्रुटि|भूल|चूक)\s(हमारी|हमारे)\s(ओर|तरफ)\sसे\s(हुई|हो\sगई|थी)",
    r"(हमारी|हमारे)\s(ओर|तरफ)\sसे\s(गलती|त्रुटि|भूल|चूक)(?![^।.\n]{0,15}नहीं)",
    r"(यह|ये)\s(हमारी|हमारे\s\S+\s?की)\s(गलती|त्रुटि|भूल)\s(है|थी)",
    r"हमसे\s(गलती|भूल|चूक)\s(हुई|हो\sगई)",
    # hi: our driver or staff recorded it wrong: "हमारे ड्राइवर ने ... गलत वजन दर्ज किया था"; not "दर्ज नहीं".
    r"हमारे\s(ड्राइवर|कर्मचारी|कर्मचारियों|स्टाफ|तकनीशियन|इंजीनियर)\s(ने|से)(?:(?!नहीं)[^।.\n]){0,50}(गलत|गलती)",
)
_TERMS_S28B = _rx_folded(
    # ja: the due date changed from one date to another: "お支払期日を、2026年11月30日から2027年1月29日に変更いたします";
    # not "変更いたしかねます", not their wish ("変更をご希望").
    r"(期日|期限|支払日)[^。\n]{0,20}から[^。\n]{0,20}(に|へ|まで)(変更|延長|延期|繰り延べ)(いたし|致し|し|させていただ)"
    + _JA_NOT_AFTER,
    # cs/sk: payable "as late as" a date: "Fakturu proto můžete uhradit až do 31. 1. 2027"; not "nemůžete", not "do"
    # alone (the ordinary due date).
    r"\b(muzete|muzes|mozete|mozes|staci|lze)( ji| ho| je| to| castku| fakturu| sumu)? (uhradit|zaplatit|doplatit|"
    r"splatit|uhradiť)( \w+){0,2} az (do|k|po)\b",
    # nl-BE: paid in N (monthly) "schijven" or instalments: "U betaalt het bedrag in zes maandelijkse schijven van 700,00
    # EUR"; not refused, not their request passed on ("uw vraag om in drie schijven te betalen").
    _clause_without(
        r"niet|geen|nooit|verzoek|vraag|vraagt|vroeg|gevraagd|voorstel|doorgegeven|doorgestuurd|of|wil|wilt|wenst|als|indien"
    )
    + r"\bin (twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d+) (maandelijkse |gelijke |wekelijkse |"
    r"opeenvolgende )?(schijven|afbetalingen|maandelijkse betalingen|termijnen)\b",
)
_HARASS_S28B = _rx_folded(
    # ar: "it is shameful that a company your size cannot pay", "we will tell every supplier in the zone how you deal";
    # not "ليس من المخجل" (it is no shame to ask), not telling our own accounts team.
    r"(?<!ليس )(?<!\S)(من المخجل|من المعيب|من العار|عار عليكم|امر مخجل|شيء مخجل)",
    r"(سنخبر|وسنخبر|سنبلغ|وسنبلغ|سنعلم|وسنعلم|سنطلع|وسنطلع|سنفضح|وسنفضح)\w* (كل|جميع) [^.!?\n]{0,20}(موردي|الموردين|"
    r"عملاء|عملايكم|جيران|الجيران|التجار|الشركات|السوق|المنطقة|المستاجرين)",
    # he: "you're simply impudent", dodging "like a child", shown up "in front of all your customers"; not "לא".
    r"(?<!\w)(אתה|אתם|את) (\w+ )?(חצוף|חצופה|שקרן|שקרנית|שקרנים|נוכלת|רמאית|גנב|גנבת|ילד קטן)(?!\w)",
    r"(?<!\w)(מתחמק|מתחמקת|מתחמקים|מתנהג|מתנהגת|מתנהגים)( \w+){0,2} כמו (ילד|ילדה|ילדים|תינוק)(?!\w)",
    r"(?<!\w)(מול|בפני|לכל) (כל )?(הלקוחות|הסועדים|האורחים|השכנים|העובדים|הספקים)(?!\w)",
    # en, nb/da/sv, de, fr, es, it, pt, nl: the veiled threat to their equipment or premises, "it would be a shame if
    # your cold room suddenly stopped working"; not a service visit offered to prevent a breakdown.
    r"(?![^.;!?\n]*\b(book|schedule|maintenance|service visit|servicebesok|vedlikehold|wartung|entretien|mantenimiento|"
    r"manutenzione|manutencao|onderhoud|underhall|eftersyn)\b)"
    r"\b((it )?(would|'d) be (a )?(shame|pity)|(det )?(hadde|ville|skulle|skulde) (v(ae|æ)rt|v(ae|æ)re|vara|have v(ae|æ)ret) "
    r"(synd|leit|trist)|det vore synd|(es )?ware (doch )?(schade|jammerschade)|ce serait dommage|seria una (pena|lastima)|"
    r"sarebbe un peccato|seria uma pena|het zou (zonde|jammer) zijn)\b,? (if|om|hvis|dersom|ifall|wenn|que|si|se|als)\b"
    r"[^.;!?\n]{0,80}\b(stopped working|stop working|broke down|break down|failed|went wrong|happened to|caught fire|"
    r"sluttet a (virke|fungere)|slutter a (virke|fungere)|gikk i stykker|slutade (att )?fungera|gick sonder|holdt op med at "
    r"virke|gik i stykker|nicht mehr (funktioniert\w*|lief|laufen)|kaputt|ausfallen|ausfiele|ausfiel|passiert\w*|"
    r"tombait en panne|cessait de fonctionner|arrivait quelque chose|dejara de funcionar|se averiara|pasara algo|"
    r"smettesse di funzionare|si guastasse|succedesse qualcosa|parasse de funcionar|quebrasse|kapot ging|stuk ging|"
    r"niet meer werkte)\b",
)
_HARASS_S29 = _rx_folded(
    # cs/sk: their conduct called shameful or pitiful, their "inability" thrown at them: "vaše neschopnost zaplatit
    # je ostudná", "vaša neschopnosť", "hanebné chování"; not "není ostudné požádat o splátky", not "pracovní
    # neschopnost" (sick leave).
    r"(?<!neni )(?<!nebylo )(?<!nebude )(?<!nie je )\b(je|jsou|bylo|byla|je to|to je) (naprosto |uplne |proste |"
    r"ciste |skutecne )?(ostudn|hanebn|zalostn|uboh)\w*",
    r"\b(vase|vasi|vasa|vasu|vasim) (\w+ )?(ostudn|hanebn|zalostn)\w*|\b(ostudn|hanebn|zalostn)\w* (chovani|jednani|"
    r"pristup|spravani|platebni moral\w*)\b",
    r"\b(vase|vasi|vasa|vasu) (naprosta |uplna |chronicka |neustala )?(neschopnost|neschopnosti|neschopnostou)\b"
    r"(?! (prace|pracovat))",
    # cs/sk/pl: wheeler-dealers, chancers: "šmelináři", "kšeftaři", "neseriózní lidé", "krętacze", "kombinatorzy".
    r"\b(smelinar\w*|kseftar\w*|vyzirk\w*|darmozrout\w*|kretacz\w*|kombinatorz\w*|naciagacz\w*|cwaniak\w*)\b",
    r"\bneseriozn\w* (lid\w*|platc\w*|platic\w*|zakaznik\w*|partner\w*|clov\w*)\b",
    # cs/sk/pl: calls or visits until they pay or "get it": "budeme vám volat, dokud to nepochopíte", "budeme vám
    # volať, kým nezaplatíte", "będziemy dzwonić, dopóki nie zapłacicie"; not reminders sent until payment.
    r"\b(dokud|kym|kim) (to )?(nepochopite|nepochopis|nepochopia|nepochopi)\b",
    r"\b(budeme|budu|bedziemy|bede)\b (\w+ )?(volat|obtezovat|navstevovat|chodit|dzwonic|wydzwaniac|nachodzic)\b"
    r"[^.;!?\n]{0,40}\b(dokud|kym|dopoki|az) (to )?(ne|nie )?(zaplat\w*|zaplac\w*|uhrad\w*|pochop\w*|splac\w*)",
    # ar: a shameful or disgraceful matter, fit only for fraudsters, "like" thieves: "أمر مخزٍ", "تصرف مشين",
    # "لا يليق إلا بالمحتالين", "كالمحتالين"; not a warning about fraudsters who send fake bank details.
    r"(?<!ليس )(?<!غير )(?<!\w)(امر|شيء|تصرف|تصرفكم|سلوك|سلوككم|موقف|موقفكم|هذا|وهذا|انه|فهذا)( \w+)? (مخز|مخزي|"
    r"مخزية|مشين|مشينة|مهين|مقرف)(?!\w)",
    r"(?<!\w)(الا|سوى|مثل|تماما مثل|شان|كما يفعل)\s((عن|من) )?(ب|ل)?(ال)?"
    r"(محتال|نصاب|لصوص|لص|كذاب|مماطل|حرامي|متهرب)\w*",
    r"(?<!\w)كال(محتال|نصاب|لصوص|كذاب|مماطل|حرامي|متهرب)\w*",
    # ar: we will keep hounding them until they pay: "سنستمر في ملاحقتكم حتى تدفعوا", "سنظل نطاردكم"; not "سنستمر في
    # متابعة الفاتورة حتى السداد" (following up the invoice).
    r"(سنستمر|وسنستمر|سنظل|وسنظل|سنبقى|سنواصل|وسنواصل) (في )?(ملاحقتكم|مطاردتكم|مضايقتكم|ازعاجكم|نلاحقكم|نطاردكم|"
    r"الاتصال بكم)[^.!?\n]{0,30}(حتى|الى ان|لحين)",
    r"(?<!\w)(سنطاردكم|سنلاحقكم) (\w+ )?(حتى|الى ان|في كل مكان|اينما)",
    # he: shameful, disgraceful: "זה מביש", "התנהגות מחפירה"; not "לא מביש".
    r"(?<!לא )(?<!\w)(מביש|מבישה|מחפיר|מחפירה|מבזה)(?!\w)",
    # fr/es/it/pt/en: compared to a bad payer or a crook, a low-class one: "comme un mauvais payeur de bas étage",
    # "como un moroso de poca monta", "come un cattivo pagatore", "como um caloteiro"; not "pas comme un mauvais payeur".
    r"(?<!pas )(?<!non )(?<!no )(?<!nao )(?<!not )\b(comme|como|come|like|wie)\b (un |une |des |de |uno |una |um |uma |"
    r"a |an |ein |einen )?(vulgaire |simple |petit |cualquier |qualsiasi |qualquer |common |gewohnlich\w* )?"
    r"(mauvais payeurs?|escroc\w*|voyous?|filous?|truands?|arnaqueur\w*|moros[oa]s?|estafador\w*|sinverguenza\w*|"
    r"cattiv[oi] pagator[ei]|truffator\w*|imbroglion\w*|caloteir[oa]s?|mau pagador|maus pagadores|vigarist\w*|"
    r"deadbeats?|crooks?|swindlers?|zechpreller\w*|betruger\w*)\b",
    r"\b(de bas etage|de poca monta|de tres al cuarto|da quattro soldi|de quinta categoria|de meia tigela)\b",
    r"\b(votre|sua|su|la sua|vostra) (\w+ ){0,2}(mauvaise foi|mala fe|malafede|ma-fe|ma fe)\b[^.;!?\n]{0,30}"
    r"\b(est|es|e)\b (\w+ )?(insupportable|intolerable|inadmissible|evidente|flagrante|manifeste|insopportabile|intollerabile|"
    r"insoportable|intolerable|inaceptable|inaccettabile|inaceitavel|insuportavel)",
)
# --- session 29b: Austrian dunning fees, pt-BR instalments and a neighbour's debt, nb shame, zh fault and refunds in
# a long clause, Thai fees of any kind, pt-PT and sk admissions and deadlines -------------------------------------
_ZH_UNDENIED_LONG = r"(?:^|[。！？!?\n，,；;：:])(?:(?!不|无法|無法|没有|沒有|未|并非|並非|别|別|如果|若|是否)[^。！？!?\n，,；;：:]){0,40}?"
_DISCOUNT_S29B = _rx_folded(
    # th: any charge ("ค่า..." is "the fee for ...") waived or not collected: "เราจะยกเว้นค่าเก็บรักษาบูธ", "งดเก็บค่าขนส่ง";
    # not "ไม่ยกเว้นค่า...", and "ยกเว้น" alone is "except" ("ยกเว้นวันหยุด").
    r"(?<!\S)" + _TH_RUN + r"(ยกเว้น|งดเก็บ|ไม่เรียกเก็บ|ลด)(ค่า\S*|เบี้ยปรับ)",
)
_REFUND_S29B = _rx_folded(
    # zh: we refund, the refund given to them, an invoice number and a sum between: "我們會在本週將訂金全額退款給您", "我们会把余款退款给贵司"; not "无法退款",
    # not their refund application ("退款申請"), not one already made ("已").
    r"(我们|我們|我方|我司|本公司)(?:(?!不|无法|無法|没|沒|未|已|如果|若|请|請|是否)[^。！？!?\n；;]){0,50}?"
    r"(全額|全额|全數|全数|予以|辦理|办理)?退款(?!申請|申请|要求|請求|请求|政策|規定|规定|條件|条件)",
)
_FAULT_S29B = _rx_folded(
    # zh: "it is our error" after a long subject ("發票 BD-1 這批輸出色差確實是我們的錯誤"); not "不是", not asked.
    rf"{_ZH_UNDENIED_LONG}(?<!否)(?<!沒有)(?<!没有)(?<!並非)(?<!并非)是(我们|我們|我方|我司|本公司)(的)?"
    r"(?:(?!不|没|沒|未|非|無|无)\w){0,8}(失误|失誤|错误|錯誤|过失|過失|疏忽|差错|差錯|疏失)(?![^。！？\n]{0,6}(吗|嗎|\?))",
    # sk/cs/pl: we damaged it: "stánok sme pri preprave poškodili my", "poškodili jsme vaši zásilku", "uszkodziliśmy";
    # not "nepoškodili", not asked or supposed ("či", "ak", "pokud", "tvrdíte").
    _clause_without(r"ne|nie|ci|ak|pokud|jestli|zda|zdali|keby|kdyby|tvrdite|tvrdia|tvrdi|jesli|czy")
    + r"\b(sme|jsme|jsem|som)\b( \w+){0,4} (poskodil|rozbil|znicil|pokazil|zlomil|poskrabal|poskriabal|znecistil)\w*\b",
    _clause_without(r"ne|nie|ci|ak|pokud|jestli|zda|zdali|keby|kdyby|tvrdite|tvrdia|tvrdi|jesli|czy")
    + r"\b(poskodil|rozbil|znicil|pokazil|zlomil)\w* (sme|jsme|jsem|som)\b|\b(uszkodzil|zniszczyl|zepsul)\w*smy\b",
)
_TERMS_S29B = _rx_folded(
    # pt: the invoice "stays split" into N parts: "A fatura fica dividida em 3 parcelas", "fica parcelado em 4x", "será
    # dividida em três prestações"; not "não fica dividida", not one already split ("ficou").
    r"(?<!nao )(?<!nem )\b(fica|ficam|ficara|ficarao|sera|serao|vai ficar|vai ser)( entao| assim)? (dividid|parcelad|"
    r"fracionad|repartid)[oa]s? em (\d+ ?x|\d+ vezes|\d+|duas|dois|tres|quatro|cinco|seis|doze)\b",
    # pt-PT: we can extend or push out the deadline: "Podemos alargar o prazo da fatura ... para 90 dias"; not "não
    # podemos", not their request ("pediu para alargar o prazo").
    r"(?<!nao )\b(podemos|vamos|iremos|conseguimos|aceitamos|decidimos|acordamos)( \w+)? (alargar|prorrogar|estender|"
    r"prolongar|adiar|dilatar) (o|os) (prazo|prazos|vencimento|vencimentos)\b",
    r"(?<!nao )\b(alargamos|prorrogamos|estendemos|prolongamos|adiamos|dilatamos) (o|os) (prazo|prazos|vencimento)\b",
)
_HARASS_S29B = _rx_folded(
    # nb/nn/da/sv: "you are a disgrace to the trade": "Du er en skam for bransjen", "Dere er en skamplett", "Ni är en
    # skam för"; not "det er ingen skam å spørre", not "Du er ikke en skam".
    r"\b(du|dere|de|dykk|i|ni) (er|ar|e)( (?!ikke|ikkje|inte|ei)\w+)? (en |ei |et )?(skam|skamplett|skandale|vanaere)\b",
    # nb/da/sv: everyone in their circle knows they do not pay: "Alle i stallen vet at du ikke betaler regningene dine",
    # "Alla i branschen vet att ni inte betalar"; not "alle vet at betalingen er på vei".
    r"\b(alle|alla|hele \w+|hela \w+)( \w+){0,3} (vet|veit|ved|vet om|vet godt|vet nok) (at|att) (du|dere|de|i|ni) "
    r"(ikke|ikkje|inte|aldri|aldrig) (betaler|betalar|betalte|gjor opp|gor rent)\b",
)
# --- session 30: he money back in the present tense or with the money as subject, calls at every hour in the
# scripts, another company that "also" owes us in Cyrillic --------------------------------------------------------
_HE_MONEY = r"(ה)?(חיוב|סכום|כסף|תשלום|הפרש|עסקה|עסקת|זיכוי)"
_REFUND_S30 = _rx_folded(
    # he: the act in the first-person present, which is how Hebrew promises what is being done: "אני מבטלת את החיוב
    # השני", "אנחנו מחזירים לכם את הסכום", "מזכים אתכם"; not "לא מבטלים", not a call returned ("מחזירה שיחה").
    r"(?<!לא )(?<!\w)(ו)?(מבטל|מבטלת|מבטלים|מבטלות|מחזיר|מחזירה|מחזירים|מחזירות|מזכה|מזכים|מזכות)(?!\w)"
    r"(?! שיחה| תשובה| לך תשובה)[^.\n]{0,25}?" + _HE_MONEY + r"(?!\w)",
    r"(?<!לא )(?<!\w)(ו)?(נבטל|נזכה|נשיב|נחזיר)(?!\w) (לכם |לך )?(את )?" + _HE_MONEY + r"(?!\w)",
    # he: the money as the subject of its own return: "הסכום יחזור אליכם תוך 7 ימי עסקים", "הכסף יוחזר לכרטיס";
    # not "לא יוחזר".
    r"(?<!\w)"
    + _HE_MONEY
    # A person who will get back to them is no money: "השיבו למייל זה ונציג יחזור אליכם".
    + r"(?!\w)[^.\n]{0,40}?(?<!לא )(?<!נציג )(?<!נציגה )(?<!נציגנו )(?<!מישהו )(?<!מישהי )(?<!הצוות )(?<!צוות )"
    r"(?<!\w)(יחזור|יוחזר|יוחזרו|יזוכה|יזוכו|יבוטל|יבוטלו)"
    r"(?!\w)",
    # ar: the same with the sum as subject: "وسيعود المبلغ إليكم", "سيُرد المبلغ إلى بطاقتكم"; not "لن يعود".
    r"(?<!لن )(?<!لا )(?<!\w)(و)?(سيعود|ستعود|سيرد|سترد|سيعاد|ستعاد|سيرجع|سترجع)(?!\w) (اليكم |لكم |اليك |لك )?"
    r"(المبلغ|المبالغ|الفرق|الزيادة|قيمة|الدفعة|المدفوع)",
    # ru/uk/bg: the money as subject, in the future: "деньги вернутся на вашу карту", "сумма будет возвращена",
    # "сумата ще бъде възстановена"; not "не будет возвращена".
    r"(?<!не )\b(деньги|сумма|средства|платеж|платёж|гроші|сума|кошти|парите|сумата)\b[^.\n]{0,40}?(?<!не )"
    r"(?<!няма да )\b(вернутся|будут возвращены|будет возвращена|будет возвращен|поступят обратно|повернуться|"
    r"будуть повернені|буде повернена|ще бъде възстановена|ще бъдат възстановени|ще бъде върната|ще се върнат)\b",
)
# An unreasonable rhythm of contact ("every hour", "day and night") next to a contact verb, in the scripts the
# rules read: "سنتصل بكم كل ساعة، ليلًا ونهارًا", "נתקשר אליכם כל שעה, יום ולילה", "будем звонить каждый час, днём и
# ночью", "हम हर घंटे, दिन-रात फ़ोन करेंगे", "her saat, gece gündüz arayacağız". Our opening hours ("available day
# and night") name no call to them.
_EVERY_HOUR = (
    r"(كل ساعة|كل ساعتين|ليلا ونهارا|ليلا و نهارا|ليل نهار|ليلا نهارا|في منتصف الليل|כל שעה|כל שעתיים|יום ולילה|"
    r"יומם ולילה|באמצע הלילה|каждый час|каждые два часа|днем и ночью|день и ночь|круглые сутки|посреди ночи|"
    r"всеки час|денем и нощем|ден и нощ|щогодини|вдень і вночі|день і ніч|हर घंटे|हर घंटा|दिन-रात|दिन रात|रात-दिन|"
    r"आधी रात|her saat|gece gunduz|gece yarisi|καθε ωρα|μερα νυχτα|νυχτα μερα)"
)
_CONTACT_VERB = (
    r"(سنتصل|وسنتصل|نتصل|سنراسل|سنزور|سنطرق|سنرسل|נתקשר|ונתקשר|נצלצל|נשלח|נבוא|позвоним|будем звонить|"
    r"будем писать|будем приезжать|ще звъним|ще ви звъним|будемо дзвонити|дзвонитимемо|फ़ोन करेंगे|फोन करेंगे|"
    r"कॉल करेंगे|संपर्क करेंगे|आएंगे|arayacagiz|arariz|arayacak|θα (σας )?(παιρνουμε|καλουμε|τηλεφωνουμε))"
)
_DISCOUNT_S30 = _rx_folded(
    # it/fr/es/pt: "we will not charge you" the interest, with the pronoun between the negation and the verb: "non Le
    # addebiteremo gli interessi di mora", "nous ne vous facturerons pas les frais", "no le facturaremos los recargos",
    # "não lhe cobraremos os juros". The negation is the offer; a charge word must follow.
    r"\b(non (le |vi |gli |ti |la )?(addebiteremo|applicheremo|conteggeremo|richiederemo|faremo pagare)|ne (vous |lui |"
    r"leur |te )?(facturerons|appliquerons|compterons|reclamerons|prendrons) (pas|aucun\w*|plus)|no (le |les |te |os )?"
    r"(facturaremos|exigiremos|cargaremos|reclamaremos)|nao (lhe |lhes |te |vos )(cobraremos|aplicaremos|faturaremos|"
    r"vamos cobrar|vamos aplicar))\b[^.;!?\n]{0,40}" + _FEE_WORD,
)
_FAULT_S30 = _rx_folded(
    # cs/sk/pl: "we failed" in the first person plural: "selhali jsme při plánování", "zlyhali sme", "zawiedliśmy";
    # not "neselhali jsme", not asked ("zda jsme selhali").
    _clause_without(r"ne|nie|ci|ak|pokud|jestli|zda|zdali|keby|kdyby|tvrdite|tvrdia|tvrdi|jesli|czy")
    + r"\b((selhali|zklamali|zanedbali|zaspali) jsme|(jsme|jsem) (\w+ ){0,2}(selhali|selhal|zklamali|zanedbali)|"
    r"(zlyhali|sklamali|zanedbali) sme|sme (\w+ ){0,2}(zlyhali|sklamali|zanedbali)|zawiedlismy|zawalilismy|nawalilismy|"
    r"zaniedbalismy)\b",
)
_HARASS_S30 = _rx_folded(
    _CONTACT_VERB + r"[^.!?\n]{0,40}" + _EVERY_HOUR,
    _EVERY_HOUR + r"[^.!?\n]{0,40}" + _CONTACT_VERB,
    # Honesty denied them as a trait: "يبدو أن الأمانة ليست من صفاتكم", "יושר זה לא הצד החזק שלכם", "честность — не
    # ваша сильная сторона", "ईमानदारी आपकी खूबी नहीं", "honesty is not your strong suit".
    r"(الامانة|الصدق|النزاهة) (ليست|ليس|لا تبدو|لم تكن) (من )?(صفاتكم|صفتكم|شيمكم|طبعكم)",
    r"(יושר|יושרה|הגינות)( זה| היא| הוא)? (לא|אינו|אינה) (הצד החזק|התכונה החזקה|מהתכונות)",
    r"\b(честность|порядочность|честността)\b[^.\n]{0,5}(не|явно не) (ваша|ваш|твоя) (сильная сторона|черта|"
    r"силна страна)",
    r"(ईमानदारी) (आपकी|आपका|तुम्हारी) (खूबी|आदत|फितरत) नहीं",
    r"\b(honesty|integrity) (isn't|is not|is clearly not|is obviously not|is not exactly) (your|one of your) "
    r"(strong (suit|point)|strengths?|virtues?)\b",
)
# --- session 30b: readiness to waive in the infinitive, "the error was ours" and sole responsibility, shame felt on
# the customer's behalf and a rhetorical "is it not shameful", exposure in a trade group, more time granted in the
# past tense, "you can pay in N parts" -----------------------------------------------------------------------------
# A first-person readiness or ability ("we are ready to", "we can") with the forgiving verb in the infinitive:
# "gecikme faizini silmeye hazırız", "готовы списать пени", "spremni smo otpisati kamatu", "jsme připraveni odpustit
# úroky", "készek vagyunk elengedni a kamatot", "מוכנים לוותר על הריבית", "villige til å frafalle renten". A charge
# word goes with it; a denial before it ("не готовы", "nejsme", "nem") or after it (Turkish "değiliz") clears it.
_READY_TO_WAIVE = (
    # ru/uk/bg
    r"(?<!не )(?<!\w)(мы |ми )?(готовы|можем|могли бы|согласны|готові|можемо|могли б|готови сме|можем да|бихме могли да)"
    r"( бы| б)?( да)? (\w+ ){0,2}(списать|простить|отменить|снять|аннулировать|не начислять|списати|пробачити|скасувати|"
    r"зняти|опростим|анулираме|отпишем|премахнем|не начисляваме)(?!\w)",
    # sr/hr/bs/sl
    r"(?<!ne )\b(spremni smo|voljni smo|mozemo|pripravljeni smo|lahko)( \w+){0,2} (da )?(otpisati|oprostiti|ukinuti|"
    r"ponistiti|stornirati|otpisemo|oprostimo|ukinemo|odpisati|odpustiti|odpisemo|odpustimo)\b",
    # cs/sk
    r"(?<!ne)\b(jsme pripraveni|jsme ochotni|muzeme|sme pripraveni|sme ochotni|mozeme)( \w+){0,2} (odpustit|prominout|"
    r"zrusit|stornovat|odpustit|zrusit|nepozadovat)\w*\b",
    # hu
    r"(?<!nem )\b(keszek vagyunk|hajlandoak vagyunk|hajlandok vagyunk|tudjuk|el tudjuk|kepesek vagyunk)( \w+){0,2} "
    r"(elengedni|torolni|eltekinteni|jovairni|sztornozni)\b",
    # el
    r"(?<!δεν )\b(ειμαστε (διατεθειμενοι|ετοιμοι|προθυμοι)|μπορουμε) να (σασ )?(διαγραψουμε|χαρισουμε|ακυρωσουμε|"
    r"απαλλαξουμε)\b",
    # he
    r"(?<!לא )(?<!\w)(אנחנו |אנו )?(מוכנים|נוכל|יכולים|נשמח) (ל)?(וותר|ויתור|בטל|מחוק|לוותר|לבטל|למחוק)(?!\w)",
    # nb/nn/da/sv
    r"(?<!ikke )(?<!inte )\b(villige|villiga|beredt|beredte|beredd|beredda|klar|klare|redo)( \w+)? (til a |til at |"
    r"att |at )?(frafalle|ettergi|slette|stryke|frafalde|eftergive|stryge|efterskanka|stryka|avskriva|avskrive)\b",
    # fi/lt/lv/et
    r"\b(olemme valmiita|voimme)( \w+)? (poistamaan|poistaa|antamaan anteeksi|jattamaan perimatta)\b",
    r"(?<!ne)\b(esame pasireng\w*|galime|sutinkame)( \w+)? (panaikinti|nurasyti|atleisti|netaikyti)\b",
    r"(?<!ne)\b(esam gatavi|varam|piekritam)( \w+)? (atcelt|norakstit|dzest|nepiemerot)\b",
    r"(?<!ei )\b(oleme valmis|saame|nous?tume)( \w+)? (kustutama|kustutada|tuhistama|tuhistada|loobuma|loobuda)\b",
    # hi: "विलंब शुल्क माफ़ करने के लिए तैयार हैं", "ब्याज माफ कर सकते हैं"
    r"(माफ़|माफ|रद्द|खत्म|ख़त्म|हटा)( करने| कर)( के लिए| को)? (तैयार|सकते)",
)
# Charge words _CHARGE_ANY lacks in Russian and Ukrainian.
_CHARGE_CYRILLIC = r"(пен[иьяю]\w*|штраф\w*|процент\w*|комисси\w*|відсотк\w*|комісі\w*)"
_DISCOUNT_S30B = _rx_folded(
    rf"(?:{'|'.join(_READY_TO_WAIVE)})[^.;!?\n]{{0,50}}(?:{_CHARGE_ANY}|{_CHARGE_CYRILLIC})|"
    rf"(?:{_CHARGE_ANY}|{_CHARGE_CYRILLIC})[^.;!?\n]{{0,40}}(?:{'|'.join(_READY_TO_WAIVE)})",
    r"(?<!\w)(ריבית|קנס|קנסות|עמל\w*|דמי פיגור|הפרשי הצמדה)[^.\n]{0,30}(?<!לא )(מוכנים|נוכל|יכולים) (ל)?(וותר|בטל|מחוק)",
    r"(?<!לא )(?<!\w)(מוכנים|נוכל|יכולים|נשמח) (לוותר|לבטל|למחוק)( על| את)? (ה)?(ריבית|קנס|עמל|דמי)",
    r"(ब्याज|शुल्क|जुर्माना|पेनल्टी|लेट फीस)[^।.\n]{0,30}(माफ़|माफ|रद्द|खत्म|हटा)( करने| कर)( के लिए| को)? (तैयार|सकते)",
    # tr: "faizini silmeye hazırız", "cezayı iptal etmeye razıyız", "masrafları kaldırabiliriz"; not "hazır değiliz",
    # "silemeyiz".
    _TR_IFFY
    + r"\b(gecikme (faiz|bedel|ucret|ceza)\w*|faiz\w*|ceza\w*|masraf\w*|ucret\w*|komisyon\w*)[^.;!?\n]{0,40}\b"
    r"((sil|iptal et|affet|kaldir|vazgec|dus|muaf tut)(meye|maya|mege|mek|mak) (hazir|razi|istekli)\w*|"
    r"(silebiliriz|iptal edebiliriz|affedebiliriz|kaldirabiliriz|vazgecebiliriz|dusebiliriz|muaf tutabiliriz))"
    + _TR_DENIED,
    # th: a percentage discount given: "เรายินดีให้ส่วนลดพิเศษ 5%", "ลดให้ 5%"; not "ไม่มีส่วนลด", nor the early-payment
    # discount of the invoice's terms named as lapsed ("ส่วนลดชำระเร็ว 2% ... สิ้นสุดไปแล้ว").
    r"(?<!\S)" + _TH_RUN + r"(ให้ส่วนลด|มอบส่วนลด|เสนอส่วนลด|ลดให้)\S{0,12}\s?\d+(\.\d+)?\s?(%|เปอร์เซ็นต์)",
)
_REFUND_S30B = _rx_folded(
    # hi: a credit note we will issue: "हम अगले सप्ताह ₹21,600.00 का क्रेडिट नोट जारी कर देंगे", "क्रेडिट नोट भेज दिया
    # जाएगा"; not "जारी नहीं करेंगे".
    r"(क्रेडिट नोट|क्रेडिट नोट्स|रिफंड)(?:(?!नहीं)[^।.?\n]){0,20}?(जारी|भेज|बना)\s?(कर\s)?(देंगे|देंगी|दूंगा|करेंगे|"
    r"करेंगी|दिया जाएगा|दी जाएगी|किया जाएगा|की जाएगी)",
)
_FAULT_S30B = _rx_folded(
    # "the error was ours" where the rules lacked it: "klaida buvo mūsų", "kļūda bija mūsu", "greška je bila naša",
    # "błąd był nasz", "ошибка была наша", "грешката беше наша", "गलती हमारी थी", "hata bizimdi", "greșeala a fost a
    # noastră", "kesalahan ada pada kami"; not "klaida nebuvo mūsų", "не наша".
    r"(?<!jei )(?<!jeigu )(?<!ja )(?<!jesli )(?<!jezeli )(?<!czy )(?<!ako )(?<!ce )(?<!pokud )(?<!jestli )(?<!ak )(?<!kui )"
    r"\b(klaida|kluda|kļūda|viga|greska|pogreska|napaka|chyba|blad|błąd|omyl|pomylka)\b (\w+ )?(buvo|yra|bija|ir|oli|on|"
    r"je|je bila|je bio|bila je|bio je|byla|bola|byl|bol|byl|jest|była) (\w+ )?(musu|mūsų|musu puseje|musu puse|meie|"
    r"meie poolt|nasa|naša|nas|nasz|nasza|nase|naše|nasza wina)\b",
    r"(?<!не )(?<!если )(?<!ако )(?<!якщо )(?<!\w)(ошибка|ошибку|грешката|грешка|помилка|вина|провина)( \w+)? (была|была именно|беше|буде|була|е|є) "
    r"(\w+ )?(наша|наш|наше|нашата|наї|наша вина)(?!\w)",
    r"(?<!अगर )(?<!यदि )(?<!\w)(गलती|ग़लती|भूल|त्रुटि)( पूरी तरह)? (हमारी|हमारा|हमारे) (ही )?(थी|है|हुई)",
    r"\b(hata|kusur|yanlislik)( tamamen| bizim)? (bizdeydi|bizimdi|bizde|bizim|bize ait)\b" + _TR_DENIED,
    r"(?<!daca )\b(greseala|vina|eroarea)( a fost| este| ne apartine| e)( in intregime| integral)? (a noastra|ale noastre|"
    r"a noastră|apartine noua)\b",
    _ID_HEDGED
    + r"\b(kesalahan|kekeliruan|kesilapan)( ini| tersebut| itu)? (ada (pada|di pihak) kami|adalah kesalahan kami|milik kami|"
    r"dari pihak kami|di pihak kami)\b",
    # Sole or full responsibility taken for it: "za to smo isključivo mi odgovorni", "ponosimy za to pełną
    # odpowiedzialność", "мы несём полную ответственность за это", "we are solely responsible for this"; not
    # "odgovorni ste vi", "nismo odgovorni".
    r"(?<!ni)(?<!nie )\bza (to|ovo|ovu|tu|tuto|ten|tego|taj|tuto|te)( \w+)? (smo|jsme|sme|jestesmy|odgovaramo|odpovidame|"
    r"odpovedame)( \w+){0,2} "
    r"(mi |my )?(odgovorn\w*|odpovedn\w*|zodpovedn\w*|odpowiedzialn\w*|sami krivi|mi krivi|nasa krivica)\b",
    r"(?<!nie )\b(ponosimy|bierzemy)( \w+){0,2} (pelna |cala )?odpowiedzialnosc\b",
    r"(?<!не )(?<!\w)(мы |ние |ми )?(несем|несём|носим|несемо|берем|берём)( \w+)? (полную |пълна |изцяло |повну |всю )?"
    r"(ответственность|отговорност|відповідальність)( \w+)? (за это|за това|за це|за ошибку|за грешката|за помилку)",
    r"\bwe (are|were|take|accept|bear)( \w+)? (solely|fully|entirely|wholly) (responsible|liable|to blame)\b",
    r"\b(wir tragen|wir ubernehmen) (dafur|hierfur) (die )?(volle|alleinige|ganze) (verantwortung|schuld)\b",
    r"\b(somos|fuimos) (los )?(unicos|plenamente|totalmente) (responsables|culpables)\b",
    r"\b(noi )?(suntem|am fost) (singurii|pe deplin|in intregime|total) (responsabili|vinovati)\b",
    r"(?<!\w)(इसकी|इसके लिए|इस गलती की)( \w+)? (पूरी )?(ज़िम्मेदारी|जिम्मेदारी|जिम्मेवारी) (हमारी|हम) ",
    r"\b(bunun|bundan)( \w+)? sorumlulu\w* (tamamen |tumuyle )?(bize ait|bizde|bizim)\b",
)
_HARASS_S30B = _rx_folded(
    # Shame felt on the customer's behalf: "ne e rușine în locul dumneavoastră", "nous avons honte pour vous",
    # "nos da vergüenza ajena", "wir schämen uns für Sie", "ci vergogniamo per voi", "wstyd nam za Państwa",
    # "нам стыдно за вас", "we are embarrassed for you"; not "ne e rușine de greșeala noastră" (our own error).
    # ro "ne" is read "us" once the draft is Romanian.
    r"\b(ne|us|mi|ni) (e|este) rusine (in locul|pentru|de) (dumneavoastra|dvs|voi|tine|d-voastra|dumneata)\b",
    r"\b(nous avons|on a|j'ai) honte pour (vous|toi)\b|\bverguenza ajena\b|\b(nos|me) da verguenza por (usted|ustedes|ti)\b|"
    r"\b(wir schamen uns|ich schame mich) (fur sie|fur euch|fur dich)\b|\bfremdscham\w*\b|"
    r"\b(ci vergogniamo|mi vergogno) per (voi|lei|te)\b|\b(temos|tenho|sentimos) vergonha (por|de) (voces|voce|vos|ti)\b|"
    r"\b(wij schamen ons|ik schaam me) (voor u|voor jullie|voor je)\b|\bwe('re| are) (embarrassed|ashamed) (for|on behalf "
    r"of) you\b|\bwstyd (nam|mi) za (panstwa|pana|pania|was|ciebie)\b|\b(stydime|stydim) se za vas\b|"
    r"\b(hanbimme|haviame) (teie|jusu) (parast|vietoje)\b|\b(stidimo se|sram nas je) (zbog vas|za vas|umjesto vas|"
    r"umesto vas)\b",
    r"(?<!\w)(нам|мне) (стыдно|соромно|срамно) за (вас|тебя|вашу|вас)(?!\w)|(?<!\w)срам ни е (заради вас|за вас|"
    r"вместо вас)(?!\w)",
    # A hint that others will hear of it: "it would be a real shame for the other venues to hear that ...", "es wäre
    # schade, wenn Ihre Nachbarn davon erführen", "ce serait dommage que vos clients l'apprennent"; with "people talk".
    r"\b(it )?would be a (real |terrible |great |such a )?(shame|pity) (for|if) (\w+ ){1,4}(to hear|to find out|to learn|"
    r"to know|heard|found out|learned|learnt|knew)\b",
    r"\b(es )?(ware|waere) (doch )?(schade|peinlich),? wenn (\w+ ){1,10}(davon )?(erfahren|erfuhren|erfuhre|horen|wussten)\b",
    # it "Sarebbe però un peccato se i Suoi ospiti venissero a sapere delle blatte", pt "seria uma pena se os seus
    # hóspedes soubessem", nl "het zou jammer zijn als uw gasten te weten kwamen".
    r"\bsarebbe (pero |davvero |proprio )?un (vero )?(peccato|dispiacere) (se|che) (\w+ ){1,5}(venissero|venisse) a sapere\b|"
    r"\bsarebbe (pero |davvero |proprio )?un (vero )?(peccato|dispiacere) (se|che) (\w+ ){1,5}(sapessero|scoprissero|"
    r"scoprisse|sapesse)\b",
    r"\bseria (uma )?(pena|lastima|pecado) (se|que) (\w+ ){1,5}(soubessem|descobrissem|ficassem a saber|soubesse)\b",
    r"\b(het )?zou (\w+ )?(jammer|zonde|vervelend|pijnlijk) zijn als (\w+ ){1,6}(te weten kwamen|te weten komen|hoorden|"
    r"ontdekten|ontdekken)\b",
    r"\b(ce )?serait (dommage|regrettable|genant) que (\w+ ){1,4}(l'apprennent|apprennent|sachent|l'apprenne)\b",
    r"\bseria una (pena|lastima|verguenza) que (\w+ ){1,4}(se enteraran|se enteren|supieran|sepan)\b",
    # ja: the rhetorical "is it not shameful": "恥ずかしいことではございませんでしょうか", "恥ずかしいと思いませんか";
    # not our own "お恥ずかしい話ですが" (embarrassingly, the mistake is ours).
    r"(?<!お)恥ずかしい(こと|行為|事態|振る舞い|話)?(では|じゃ)(ない|ありません|ございません)(の)?(でしょうか|ですか|か)",
    r"(?<!お)恥ずかしいと(は)?(思いません|思われません|お思いになりません|感じません|思わないの)",
    # ko: "부끄럽지 않으십니까", "창피하지 않습니까".
    r"(부끄럽|창피하|수치스럽)지 (않으십니까|않습니까|않나요|않으세요|않으신가요)",
    # zh: the name and debt published in a trade group or to peers: "在本地餐饮供应商的微信群里把贵店的名字和欠款
    # 情况公布出来", "在行业群里曝光贵司"; not "不会公布".
    rf"{_ZH_UNDENIED}(群|行业|同行|朋友圈|圈子|网上|网络|微博|公众号|業界|同業)[^。！？\n]{{0,40}}(公布|曝光|公开|公開|"
    r"挂出|晒出|通报|通報|公佈)",
    rf"{_ZH_UNDENIED}(公布|曝光|公开|公開|通报|通報|公佈)[^。！？\n]{{0,20}}(群|同行|行业|朋友圈|大家|所有供应商)",
    r"(让|讓)(大家|同行|所有人)(都)?(提防|小心|知道|看看)",
)
# Time granted in the past tense: "مددنا تاريخ استحقاق الفاتورة", "הארכנו את מועד התשלום", "мы продлили срок
# оплаты", "süreyi uzattık", "продължихме срока"; not "لم نمدد", "не продлили".
_TERMS_S30B = _rx_folded(
    r"(?<!لم )(?<!لا )(?<!\w)(و)?(مددنا|ومددنا|قمنا بتمديد|تم تمديد|اجلنا|قمنا بتاجيل|تم تاجيل)(?!\w) (\w+ )?(تاريخ|موعد|مهلة|"
    r"اجل|فترة)",
    r"(?<!לא )(?<!\w)(הארכנו|דחינו|האריכו|נדחה|הוארך)(?!\w) (את )?(ה)?(מועד|תאריך|המועד|התאריך|תקופת|זמן)",
    r"(?<!не )(?<!\w)(мы )?(продлили|перенесли|отсрочили|продовжили|перенесли|продължихме|отложихме|удължихме)"
    r"(?!\w) (\w+ )?(срок|дату|дата|срока|датата|термін|строк)",
    r"\b(sureyi|vadeyi|odeme tarihini|son odeme tarihini|vade tarihini)( \w+){0,4} (uzattik|erteledik|oteledik)\b",
    # "you can pay the invoice in three parts": lv "varat samaksāt trīs daļās", lt "galite apmokėti trimis dalimis",
    # et "võite tasuda kolmes osas", sr/hr "možete platiti u tri dijela", sl "lahko plačate v treh obrokih", ru
    # "можно оплатить в три этапа"; not "nevarat", "не можете".
    r"(?<!ne)\b(varat|variet|galite|galesite|voite|saate|mozete|mozes|lahko|mozno)( \w+){0,4} (samaksat|apmaksat|nomaksat|atmaksat|"
    r"apmoketi|sumoketi|tasuda|maksta|platiti|otplatiti|placate|placati|uhradit)( \w+){0,3} "
    r"(divas|tris|cetras|dviem|trimis|keturiais|kahes|kolmes|neljas|u dva|u dvije|u tri|u cetiri|v dveh|v treh|v stirih)"
    r" ?(dalas|dalimis|osas|osa|dela|dijela|obrok\w*|rat\w*|maksajum\w*|mokejim\w*|makse\w*)\b",
    # A new date "instead of the original due date": "până la 30 aprilie, în loc de scadența inițială", "en lugar del
    # vencimiento original", "anziché alla scadenza originaria", "em vez do vencimento original", "zamiast w
    # pierwotnym terminie".
    r"\b(in loc de|in locul|en lugar del?|en vez del?|anziche|invece della?|em vez d[oa]|em lugar d[oa]|zamiast)"
    r"( la| al| a| w| alla| della| do| da| el| o)? (\w+ )?(scadent\w*|vencimiento|scadenza|vencimento|termin\w*|"
    r"fecha de vencimiento|data de vencimento|data scadentei)( \w+)? (initial\w*|original\w*|originar\w*|pierwotn\w*|"
    r"prevazut\w*|inicial\w*|previst\w*|pactad\w*|stabilit\w*|convenut\w*)\b",
    r"\b(in loc de|en lugar del?|en vez del?|anziche|invece della?|em vez d[oa]|zamiast)( la| al| a| w| alla| della| do| da)? "
    r"(initial\w*|original\w*|originar\w*|pierwotn\w*|inicial\w*) (\w+ )?(scadent\w*|vencimiento|scadenza|vencimento|"
    r"termin\w*)\b",
    # en: a sum agreed in two halves with their dates: "provided the first half is received by 15th April and the
    # balance by 30th April".
    r"\b(the )?(first|1st) (half|instalment|installment|part|tranche|payment)\b(?! (was|were|fell|had|has been))"
    r"[^.;!?\n]{0,40}\bby\b[^.;!?\n]{0,50}"
    r"\b(and|with) (the )?(balance|rest|remainder|second (half|instalment|installment|part|payment))\b[^.;!?\n]{0,20}\bby\b",
    # he: the balance spread over N payments: "את היתרה אפשר לפרוס לארבעה תשלומים", "ניתן לחלק את הסכום לשלושה
    # תשלומים"; not "לא ניתן לפרוס".
    r"(?<!לא )(?<!\w)(אפשר|ניתן|נוכל|אנחנו מאפשרים|נאפשר|מוכנים)( \S+){0,3} (לפרוס|לחלק|לשלם)( \S+){0,4} "
    r"(ל|ב)(שני|שתי|שלושה|שלוש|ארבעה|ארבע|חמישה|שישה|עשרה|\d+) תשלומים",
    r"(?<!\w)(נפרוס|נחלק)( \S+){0,4} (ל|ב)(שני|שתי|שלושה|שלוש|ארבעה|ארבע|חמישה|שישה|\d+) תשלומים",
    r"(?<!не )(?<!\w)(можете|можно|сможете|можеш)( \w+){0,3} (оплатить|погасить|заплатить|сплатити|оплатити|платите|"
    r"изплатите) (\w+ )?(в|на|у) (два|две|три|четыре|дві|чотири|2|3|4) (этапа|части|платежа|частини|платежі|вноски|"
    r"части|транша)",
)
# --- session 31: coworking and serviced offices ---------------------------------------------------------------------
# The fault placed with us past an intensifier ("feilen ligger helt hos oss", "felet ligger helt och hållet hos oss",
# "fejlen ligger udelukkende hos os"), and the cleft "it was we who forgot" ("det var vi som glemte å registrere
# oppsigelsen", "c'est nous qui avons oublié", "fuimos nosotros quienes nos equivocamos"); not "feilen ligger ikke hos
# oss", nor "it was us who sent the reminder" (nothing done wrong).
_NORDIC_NOT = r"(?!(?:ikke|ikkje|inte|ej|aldri|aldrig)\b)"
# A Nordic clause up to its subject that neither denies nor doubts: "Hvis vi har brugt ...", "Vi undersøker om vi ...",
# "Det er mulig at vi ...", "Skulle vi have lavet en fejl" stop the run; a dash begins a clause ("– det var vi som").
_NORDIC_SURE_RUN = (
    r"(?<![^!?;:\n.,\u2013\u2014])(?:(?!\b(?:ikke|ikkje|inte|ej|aldri|aldrig|hvis|dersom|om|if|ifall|hvorvidt|huruvida|"
    r"safremt|skulle|skall|skulde|mulig\w*|mojlig\w*|kanskje|kanske|maske|muligvis|muligens|eventuel\w*|tror|trodde|"
    r"mener|undersok\w*|undersog\w*|sjekk\w*|kontroller\w*|kolla\w*)\b|[.,](?!\d))[^!?;:\n\u2013\u2014]){0,60}?"
)
# A word between our subject and the act: not a denial, nor the customer or a "that" opening someone else's clause
# ("vi ser at dere brukte feil KID" is their slip).
_NORDIC_OUR_WORD = (
    r"(?:(?!(?:ikke|ikkje|inte|ej|aldri|aldrig|at|att|som|der|dere|du|i|ni|jer|dig|deg|de|dem|er|hvis|om|dersom|ifall|"
    r"tror|mener)\b)\w+ )"
)
# What we did to their invoice or order: keyed in, used, sent, billed, registered, calculated, delivered.
_NORDIC_OUR_ACT = (
    r"(la|lagt|lagde|lade|brukte|brukt|brugte|brugt|benyttet|benyttede|anvendte|anvendt|anvande|anvant|sendte|sendt|"
    r"skickade|skickat|fakturerte|fakturert|fakturerede|faktureret|fakturerade|fakturerat|registrerte|registrert|"
    r"registrerede|registreret|registrerade|registrerat|beregnet|beregnede|beraknade|beraknat|regnet|regnede|raknade|"
    r"raknat|tastet|tastede|oppga|oppgitt|opgav|opgivet|angav|angett|satte|satt|sat|belastet|belastede|debiterade|"
    r"debiterat|trakk|trak|trukket|drog|dragit|bokforte|bokfort|bogforte|bogfort|leverte|levert|leverede|leveret|"
    r"levererade|levererat|priset|prissatte)"
)
_FAULT_S31 = _rx_folded(
    rf"\b(feilen|felet|fejlen|skylden|skulden|tabben|misset)\b (ligger|lag|la|er|var|ar) ({_NORDIC_NOT}\w+ ){{1,3}}?"
    r"(hos oss|hos os|pa oss|pa os|pa var side|pa vores side|pa var sida)\b",
    r"\bdet (var|er|ar) (vi|oss|os) (selv |sjolv |sjalva |sjalv )?(som|der) (\w+ )?(glemte|glemt|glomde|glomt|glemde|"
    r"overs[ao]|overs[ao]g|missade|missa|misset|rotet|rotade|rodede|slurvet|slarvade|sjuskede|tabbet|tabbade|bommet|"
    r"(gjorde|gjorde en|gjorde ett|lavede|lavede en|begikk|begick|begik) (feil|feilen|fel|felet|fejl|fejlen|misstag\w*|"
    r"tabbe\w*|bommert\w*))\b",
    # da/nb/sv: we keyed, used, sent or billed the wrong thing: "det var vi som la inn feil prisliste", "vi har desværre
    # brugt den forkerte prisliste", "vi skickade fel faktura", "vi har fakturert for mye"; and a mistake made ("vi har
    # gjort en feil", "vi har lavet en fejl"). Not "hvis vi har brukt feil ...", "vi ser at dere brukte feil KID", "har
    # vi sendt feil faktura?", nor errors found in their payment ("registrert feil i innbetalingen deres").
    rf"{_NORDIC_SURE_RUN}\b(vi|jeg|jag|(?<=var )(os|oss))( selv| sjolv| sjalv| sjalva)?( som| der)? {_NORDIC_OUR_WORD}{{0,3}}?"
    rf"{_NORDIC_OUR_ACT}( inn| ind| in| ut| ud)? ({_NORDIC_NOT}\w+ ){{0,2}}?(feil|fel|fejl|forkert\w*|gal|gale|galt|galet|"
    r"felaktig\w*|feilaktig\w*|urigtig\w*|for (mye|meget|mycket))\b"
    r"(?! (i|hos|pa|ved|med) ([\w-]+ ){0,2}(deres|din|dine|ditt|jeres|dit|er|era|ert|dere|jer)\b)(?![^.!\n]{0,80}\?)",
    rf"{_NORDIC_SURE_RUN}\b(vi|jeg|jag) {_NORDIC_OUR_WORD}{{0,3}}?(gjort|gjorde|begatt|begikk|begaet|begik|begick|lavet|"
    r"lavede) (en |ett |et |nogle |noen |nagra )?(\w+ )?(feil|fejl|fel|misstag|tabbe|bommert|forglemmelse)\b"
    r"(?![^.!\n]{0,80}\?)",
    r"\bit (was|is) (us|we|our (team|side|office|staff|reception|front desk)) (who|that) (forgot|failed|missed|overlooked|"
    r"messed|slipped|got (it|this|that|the \w+) wrong|made (the|a|an|this|that) (mistake|error|slip)|mixed)\b",
    r"\bc'est (bien )?nous qui (avons|avions) (\w+ )?(oublie|omis|neglige|commis|fait (une|l'|cette) erreur|mal (saisi|"
    r"enregistre|facture|note))\b",
    r"\b(fuimos|somos|fue|ha sido) (nosotros|nosotras) (los que|las que|quienes) (nos equivocamos|olvidamos|no "
    r"(registramos|anotamos|tramitamos)|cometimos|hicimos mal)\b",
    r"\b(siamo stati|fummo|sono stato|sono stata) (proprio )?noi a (dimenticar\w*|sbagliar\w*|commettere|non "
    r"(registrare|segnare))\b",
    r"\b(fomos|somos) nos (mesmos )?(que|quem) (esquecemos|erramos|nos enganamos|cometemos|nao (registamos|registramos))\b",
)
# Told about to the rest of the community, or so "they know who they are dealing with": "se lo vamos a contar al resto
# de la comunidad del espacio para que sepan con quién trabajan", "we'll let the rest of the members know", "nous
# allons prévenir les autres membres"; and singled out as the only defaulters ("sois los únicos morosos de toda la
# planta", "siete gli unici morosi del piano"). Not "you're not the only one", nor a community event announced.
_COMMUNITY = (
    r"(resto de la comunidad|resto del (espacio|edificio|coworking|centro)|(los|las) demas (miembros|socios|coworkers|"
    r"inquilinos|vecinos|empresas)|toda la (comunidad|planta|oficina)|todo el (edificio|espacio|coworking)|"
    r"(the )?rest of the (community|members|building|floor|space|tenants|coworkers|hub)|all (the )?other (members|tenants|"
    r"coworkers|companies)|everyone (else )?(in|on|at) the (building|floor|space|community|hub|centre|center)|the whole "
    r"(community|building|floor|space)|reste de la communaute|toute la communaute|tout l'(etage|immeuble|espace)|autres "
    r"(membres|locataires|coworkers|residents)|(restlichen|anderen|ubrigen) (mitglied\w*|mieter\w*|coworker\w*|"
    r"community)|ganzen (community|haus|etage)|resto della (comunita|community)|tutta la (comunita|community)|tutto il "
    r"(piano|palazzo|coworking)|altri (membri|soci|coworker|inquilini)|resto da comunidade|toda a comunidade|todo o "
    r"(andar|predio|espaco)|(outros|demais) (membros|socios|inquilinos|coworkers)|rest van de (community|leden|huurders)|"
    r"hele (community|verdieping|gebouw)|andere (leden|huurders|members))"
)
# Told to the community only about the debt: "we'll let the other members know about the new kitchen" is news.
_TOLD_TO_COMMUNITY = _rx_folded(
    r"\b(vamos a|voy a|vamos|iremos|pienso|tendremos que|habra que|we'll|we will|we're going to|we are going to|i'll|"
    r"i will|nous allons|on va|nous devrons|wir werden|werden wir|andiamo a|dovremo|vou|vamos|we gaan|gaan we|we zullen)"
    r"\b[^.;!?\n]{0,25}\b(contar\w*|decir\w*|avisar\w*|informar\w*|explicar\w*|comunicar\w*|publicar\w*|tell|let|inform|"
    r"warn|email|announce|post|dire|prevenir|informer|signaler|raconter|erzahlen|sagen|mitteilen|informieren|warnen|"
    r"raccontar\w*|dirlo|dirgli|dirglielo|far sapere|avvisar\w*|dizer|vertellen|laten weten|informeren|waarschuwen)\b[^.;!?\n]{0,30}"
    + _COMMUNITY,
    r"\b(contaremos|diremos|avisaremos|informaremos|comunicaremos|publicaremos|preveniendrons|previendrons|informerons|"
    r"dirons|raconterons|diremo|racconteremo|informeremo|avviseremo|diremos|contaremos|avisaremos)\b[^.;!?\n]{0,30}"
    + _COMMUNITY,
    # de: the verb last, "wir werden allen anderen Mitgliedern von der offenen Rechnung erzählen".
    r"\b(wir werden|werden wir|wir wollen)\b[^.;!?\n]{0,15}"
    + _COMMUNITY
    + r"[^.;!?\n]{0,50}\b(erzahlen|sagen|mitteilen|berichten|melden)\b",
)
_DEBT_TOPIC = re.compile(
    r"\b(moros\w*|arrears|invoices?|bills?|factur\w*|rechnung\w*|fattur\w*|fatur\w*|behind|late|achterstand\w*|retard\w*|ruckstand\w*|ritard\w*|atras\w*)\b"
)
_HARASS_S31 = _rx_folded(
    r"\bpara que (todos |todo el mundo )?sepan con quien (trabajan|tratan|estan tratando|comparten)\b|"
    r"\bso (that )?(they|everyone|everybody|people|the others) (all )?(know|knows|can see) (exactly )?(who|what sort of "
    r"\w+|what kind of \w+) (they're|they are|they'll be|we're|we are) (dealing|working|sharing)\b|"
    r"\bpour qu'(ils|elles|on) sachent? a qui (ils|elles|on) (ont|a) affaire\b|"
    r"\bdamit (sie|alle|jeder) wissen?,? mit wem (sie|man) es zu tun (haben|hat)\b|"
    r"\b(cosi|perche|affinche) (tutti )?(sappiano|sanno|sapranno) con chi hanno a che fare\b|"
    r"\bpara que (todos )?saibam com quem (estao|lidam|trabalham)\b|"
    r"\bzodat (ze|iedereen) weten met wie ze te maken (hebben|heeft)\b",
    r"\b(sois|eres|son ustedes|es usted|son|siete|sei|sao|voces sao|voce e) (los|las|el|la|gli|le|il|l'|os|as|o|a) "
    r"unic[oaie]s? (moros\w*|deudor\w*|debitor\w*|inadimplent\w*|caloteir\w*|devedor\w*|que (todavia |ainda |ancora )?"
    r"(no|nao|non) (pag\w*|ha\w* pagado|ha\w* pago))\b",
    r"\b(vous etes|tu es) (les|le|la) seul(e)?s? (a ne (pas|toujours pas) (payer|avoir paye|regler)|retardataires?|"
    r"debiteurs?|en retard)\b",
    r"\b(you're|you are) the only (one|ones|member|members|tenant|tenants|company|business|team|client|customer)s?\b"
    r"[^.;!?\n]{0,40}\b(who|that) (still )?(hasn't|haven't|has not|have not|doesn't|don't|does not|do not|never) (yet )?"
    r"(paid|pay|bother)\b",
    r"\b(sie sind|ihr seid|du bist) (die einzigen|der einzige|die einzige)\b[^.;!?\n]{0,40}\b(nicht|nie|saumig\w*)\b",
    r"\b(jullie zijn|u bent|je bent) de enige(n)? (wanbetalers?|die (nog )?(niet|nooit) (betaal\w*|betaalt|betalen))\b",
    r"\b(jestescie|jestes|sa panstwo) (jedynymi|jedynym|jedyni|jedyny) (dluznik\w*|ktorzy nie zaplacili|ktory nie "
    r"zaplacil)\b",
    r"\b(sois|eres) (unos |un |una |unas )?(moros[oa]s?|sinverguenzas)\b",
)
# "Pay half now and the rest in May" in the Slavic languages: "половину оплачиваешь сейчас, остальное – в мае",
# "połowę teraz, a resztę w maju", "polovinu teď a zbytek v květnu"; the later part has its month or date. Not a
# history ("половину вы уже оплатили").
_SLAVIC_MONTH = (
    r"(январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр|сiч|сич|лют|берез|квiт|квит|травн|"
    r"черв|лип|серп|верес|жовт|листопад|груд|styczn|lut|marc|kwietn|maj|czerw|lipc|sierp|wrzesn|pazdziern|listopad|"
    r"grudn|ledn|unor|brezn|dubn|kvet|cerv|srpn|zari|rijn|prosin|следующ|наступн|конц|кiнц|кинц|przyszl|koniec|konc|"
    r"pristi|\d)"
)
_TERMS_S31 = _rx_folded(
    r"(?<!\w)(половин\w*|частину|часть|третью часть|polow\w*|czesc|polovin\w*|cast|половината|част)(?!\w)"
    r"(?:(?!уже|вже|juz|jiz|already)(?:[^.;!?\n]|\.(?=\s*\)))){0,60}(?<!\w)(сейчас|сегодня|сразу|зараз|сьогоднi|сьогодни|teraz|od razu|"
    r"dzis|dzisiaj|ted|hned|dnes|сега|днес)(?!\w)[^.;!?\n]{0,25}(?<!\w)(остальн\w*|оставш\w*|остаток|вторую половину|"
    r"решт\w*|другу половину|останал\w*|остатък\w*|reszt\w*|druga polow\w*|drug\w* polow\w*|zbytek|zbyvajici\w*|"
    r"zvysok|druhou polovinu)(?!\w)[^.;!?\n]{0,20}" + _SLAVIC_MONTH,
    # "The March one can wait till end of May": the bill itself allowed to wait until a later date; "die Rechnung kann
    # bis Ende Mai warten", "la factura puede esperar hasta finales de mayo". Not "it cannot wait", nor "we can't wait".
    r"\b(it|one|invoice|bill|rest|balance|remainder|payment|fee|amount|rent|that|this) (can|could|may|will) (easily |"
    r"happily |just )?wait (un)?till? (the )?(end of |next |after |mid-?)?"
    + _MONTHS_WIDER[:-1]
    + r"|week|month|payday|"
    r"friday|monday|\d)",
    r"\b(rechnung|betrag|rest|miete) (kann|darf) (ruhig |gern |gerne )?bis (ende |mitte |anfang )?\S+ (warten)\b",
    r"\b(factura|cuota|resto|importe) (puede|podra) esperar (hasta|a) (finales|final|mediados|el \d|"
    + _MONTHS[1:-1]
    + r")",
    r"\b(factuur|rest|bedrag|huur) (kan|mag) (gerust |best |rustig )?wachten tot\b",
    r"\b(facture|reste|loyer) (peut|pourra) attendre (jusqu'|fin |la fin|mi-|" + _MONTHS[1:-1] + r")",
    r"\b(fattura|resto|importo) (puo|potra) aspettare (fino|a fine|la fine)\b",
    # nl: the due date pushed along with a separable verb, "we schuiven de vervaldatum ... op naar 15 mei",
    # "verschuiven we de betaaldatum naar juni"; not "kunnen de vervaldatum niet opschuiven".
    r"\b(we|wij|ik) (schuiven|schuif|zetten|verzetten|verschuiven|verleggen)\b(?:(?!\b(niet|geen)\b)[^.;!?\n]){0,60}"
    r"\b(vervaldatum|betaaldatum|betaaltermijn|uiterste betaaldatum|deadline)\b(?:(?!\b(niet|geen)\b)[^.;!?\n]){0,60}"
    r"\b(op naar|door naar|naar|tot)\b",
    r"\b(schuiven|verschuiven|verzetten|verleggen|zetten) (we|wij|ik)\b(?:(?!\b(niet|geen)\b)[^.;!?\n]){0,40}"
    r"\b(vervaldatum|betaaldatum|betaaltermijn|deadline)\b[^.;!?\n]{0,40}\b(op naar|door naar|naar|tot)\b",
)
# Session 31b (fresh sets 311 language and driving schools, 312 car and van rental).
# A plan or a longer term granted with the verb that grants it: es/pt/it "te dejo pagar ... en tres cuotas", "deixamos
# pagar em prestações", "le permettiamo di pagare in rate"; uk/ru/bg "розбиваємо суму на три платежі", "разобьём на
# части", "погоджуємо розстрочку", the customer told to pay it off in parts ("гасите долг частями до конца июня");
# sl/hr/sr/bs the due date deferred ("lahko odložite do konca junija", "rok plaćanja produžimo na 60 dana"); he/en/de
# net terms replaced ("שוטף + 90 במקום שוטף + 30", "net 60 instead of net 30"). Not "не можемо розбити", "ne moremo
# odložiti", nor a plan's terms restated.
_TERMS_S31B = _rx_folded(
    r"(\b(te|le|les|os|vos|lhe|lhes|ti|vi|gli) (dejo|dejamos|permito|permitimos|deixo|deixamos|permitimos|lascio|"
    r"lasciamo|permetto|permettiamo|consento|consentiamo)|\b(deixo|deixamos|permito|permitimos)-(lhe|lhes|te|vos))"
    r"( di)? (pagar|abonar|saldar|liquidar|pagare|saldare|versare)\b"
    r"[^.;!?\n]{0,60}\b(en|em|in|a) (\w+ )?(cuotas|plazos|pagos|partes|mensualidades|prestacoes|parcelas|vezes|rate|"
    r"tranche|pagamenti)\b",
    r"(?<!не )(?<!не можемо )(?<!не можем )(?<!не можемо вам )(?<!\w)(розбиваємо|розіб'ємо|розібємо|розбиватимемо|"
    r"разбиваем|разобьем|разделим|розділимо|розділяємо|разделяме|разделяем|разбиваме|ще разделим|ще разбием)(?!\w)"
    r"[^.!?\n]{0,60}(?<!\w)на (два|дві|две|три|чотири|четыре|четири|пять|п'ять|пет|шість|шесть|шест|\d+) "
    r"(платеж|платіж|частин|част|внес|вноск|транш|місяц|месец|месяц)\w*",
    r"(?<!не )(?<!\w)(погоджуємо|погоджуємося на|погодили|погодилися на|схвалюємо|схвалили|согласовываем|согласовали|"
    r"одобряем|одобрили|соглашаемся на|одобряваме|одобрихме|приемаме)(?!\w)[^.!?\n]{0,50}(?<!\w)(розстрочк|"
    r"відстрочк|рассрочк|отсрочк|разсрочк|графiк|график|графік)\w*",
    r"(?<!\w)(гасите|погашайте|погашайте|оплачивайте|выплачивайте|платите|сплачуйте|погашайте|виплачуйте|"
    r"плащайте|изплащайте)(?!\w)[^.!?\n]{0,30}(?<!\w)(частями|частинами|по частям|траншами|на части|на вноски|"
    r"помесячно|щомісяця|ежемесячно|частично)(?!\w)",
    r"(?<!ne )(?<!ne morete )(?<!ne mozete )\b(lahko|mozete|mozes|smete|mozete)\b( \w+){0,4} (odlozite|odlozis|odgodite|"
    r"odgodis|prestavite|prolongirate|odlozite placilo|podaljsate)\b",
    r"(?<!ne )\b(produzimo|produzujemo|produzili smo|produzicemo|produzit cemo|produljujemo|produljimo|produljili smo|"
    r"odgadjamo|odgodimo|odgodili smo|odlazemo|odlozimo|odlozili smo|pomeramo|pomerili smo|pomjeramo|pomjerili smo|"
    r"podaljsamo|podaljsujemo|podaljsali smo|prestavimo|prestavili smo|premaknemo|premaknili smo)\b[^.;!?\n]{0,60}"
    r"\b(rok|roka|dospijec\w*|dospec\w*|zapadlost\w*|placil\w*|placanj\w*|dana|dni|meseca|mjeseca)\b",
    r"(?<!ne )\b(rok|roka) (placila|placanja|zapadlosti|dospijeca|dospeca)\b[^.;!?\n]{0,50}\b(produzimo|produzujemo|"
    r"produzicemo|produljimo|produljujemo|odgodimo|pomerimo|pomjerimo|podaljsamo|prestavimo)\b",
    r"\b(rok|roka) (placila|placanja|zapadlosti|dospijeca|dospeca)\b[^.;!?\n]{0,40}\b(smo (ze |vec |vec )?(podaljsali|"
    r"prestavili|popravili|premaknili|produzili|produljili|pomerili|pomjerili|odgodili)|(je|bo) (podaljsan|prestavljen|"
    r"produzen|produljen|pomeren|pomjeren|odgoden))\b",
    r"(שוטף|net|netto|нетто)\s?\+?\s?\d{2,3}( days| יום| ימים| tage| dagen| jours| dias| días)?\s?(במקום|instead of|"
    r"statt|anstatt|anstelle von|au lieu de|en lugar de|en vez de|invece di|anziche|em vez de|in plaats van|zamiast|"
    r"вместо|замість)\s?(ה)?(שוטף|net|netto|нетто)?\s?\+?\s?\d{2,3}",
)
# Shaming in the languages written outside Latin script, and the neighbours: zh "我们不是慈善机构", "丢脸"; bn "লজ্জা
# থাকা উচিত", "সবার সামনে"; hi "शर्म आनी चाहिए"; ur "شرم آنی چاہیے", "آپ جیسے لوگ", "عملے کے سامنے"; fa "خجالت
# نمی‌کشید؟", "شرم نمی‌کنید"; ar "ألا تخجلون", "عار عليكم"; bg/ru/uk the debt told to the customer's suppliers and
# clients ("ще разкажем на всички ваши доставчици"). Not "丢脸不是问题"-style reassurance ("并不丢脸", "কোনো লজ্জা নেই").
_HARASS_S31B = _rx_folded(
    r"(不是慈善机构|不是慈善機構|不是做慈善|(?<!不)(?<!并不)(?<!並不)(?<!没什么)(?<!沒什麼)(丢脸|丟臉|丢人|丟人|可耻|可恥|不要脸|"
    r"不要臉|没脸|沒臉)|连这点钱都|連這點錢都|在(同学|同學|全班|同事|大家|其他家长|其他家長|员工|員工)面前)",
    r"(লজ্জা (থাকা উচিত|করে না|হয় না|লাগে না|করা উচিত)|লজ্জাজনক|(ক্লাসের |সকলের |সবার )(সবার )?সামনে)",
    r"(शर्म (आनी चाहिए|नहीं आती|करो|कीजिए)|शर्मनाक|(सबके|पूरी क्लास के|स्टाफ के|कर्मचारियों के) सामने)",
    r"(شرم (آنی چاہیے|آنی چاہئے|نہیں آتی|کرو|کیجیے)|آپ جیسے لوگوں|(عملے|ملازمین|سب|گاہکوں|ساتھیوں|اسٹاف) کے سامنے)",
    r"(خجالت (نمی\W?کشید|بکشید|نمی\W?کشی)|شرم (نمی\W?کنید|کنید|نمی\W?کنی)|(جلوی|جلو|مقابل) (کارمندان|همکاران|همه|مشتریان))",
    r"(ألا تخجل|الا تخجل|عار عليك|يا للعار|أمام (موظفيك|موظفيكم|زملائك|الجميع|عملائك)|امام (موظفيك|الجميع))",
    r"(?<!\w)(ще разкажем|ще кажем|ще съобщим|ще уведомим|ще информираме|расскажем|сообщим|уведомим|розповімо|"
    r"повідомимо|скажемо)(?!\w)[^.!?\n]{0,20}(?<!\w)(на )?(всички|всем|всім|всичките)?\s?(ваши|вашите|вашим|вашим|"
    r"вашим|вашим)\s(\w+ )?(доставчици|клиенти|партньори|контрагенти|поставщикам|клиентам|партнерам|постачальникам|"
    r"клієнтам|партнерам|контрагентам)",
)
# The fault placed with our system or staff with a noun between: lt "tai buvo mūsų sistemos klaida", lv "mūsu
# sistēmas kļūda", "pripažįstame, kad ... klaida"; not "tai nebuvo mūsų klaida".
_FAULT_S31B = _rx_folded(
    r"(?<!nebuvo )(?<!ne )(?<!nav )(?<!nebija )\b(musu|mūsų) (\w+ ){1,2}(klaida|klaidos|kluda|kludas)\b",
    r"\b(pripazistame|pripazinome|atzistam|atzinam)\b[^.;!?\n]{0,40}\b(klaida|kluda|kaltė|kalte|vaina)\b",
    # el: "η ευθύνη είναι δική μας" as its own clause, whatever was denied before the dash; "δεν είναι δική μας" breaks it.
    r"\b(η ευθύνη|το λάθος|το σφάλμα) (είναι|ήταν) (αποκλειστικά |εξ ολοκλήρου |ολόκληρη |όλη )?(δικη μασ|δικο μασ)\b",
)
# A discount and a penalty lifted in Georgian ("10%-იან ფასდაკლებას გაგიკეთებთ", "ჯარიმას მოგიხსნით"); less taken as
# full and final in Malay and Indonesian ("kami sanggup terima RM ... sebagai bayaran penuh dan muktamad"); ru/uk a
# penalty written off in the present ("пени мы полностью списываем"). Not "tidak dapat menerima ... sebagai".
_DISCOUNT_S31B = _rx_folded(
    r"ფასდაკლებ\w*[^.!?\n]{0,20}(გაგიკეთებთ|მოგცემთ|შემოგთავაზებთ|დაგიწესებთ)|(ჯარიმ|საურავ|პირგასამტეხლო)\w*"
    r"[^.!?\n]{0,20}(მოგიხსნით|გაგიუქმებთ|ჩამოგაწერთ|გაპატიებთ)",
    r"(?<!\btidak )(?<!\btak )(?<!\bbukan )(?<!\btidak dapat )(?<!\btidak boleh )(?<!\btidak akan )\b(terima|menerima)\b"
    r"(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,50}\bsebagai (bayaran|pembayaran|penyelesaian|pelunasan|penjelasan) (penuh|akhir|muktamad|lunas)\b",
    r"(?<!\w)(пени|пеню|пеня|штраф\w*|неустойк\w*|штрафні санкції)(?!\w)[^.!?\n]{0,40}(?<!не )(?<!\w)(списываем|"
    r"списуємо|аннулируем|анулюємо|прощаем|прощаємо|снимаем|знімаємо|отменяем|скасовуємо)(?!\w)",
    # en: the balance reduced by a percentage, offered: "we'd be glad to reduce your outstanding balance ... by 15%";
    # not "we can't reduce", nor "we cannot reduce your balance by 10%".
    r"\b(we'd be|we are|we're|we would be|we'll be|i'd be|i am|i'm) (\w+ )?(glad|happy|pleased|willing|able) to "
    r"(reduce|lower|cut|bring down|knock down) (your|the) (\w+ )?(balance|invoice|amount|bill|total)\b"
    r"(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,60}\bby \d+([.,]\d+)? ?(%|percent|per cent)",
)
# Session 32a (fresh sets 319 security companies, 307 medical-equipment leasing, 316 waste management).
# Responsibility owned with the verb that carries it: fr "nous en portons la responsabilité", uk/ru "ми несемо за це
# відповідальність", pl "odpowiedzialność leży po naszej stronie", cs "neseme odpovědnost", el "αναγνωρίζουμε την
# ευθύνη μας", "από δική μας παράλειψη"; the fault placed "on our part" (pt "instalação deficiente da nossa parte", es
# "por nuestra parte", it "da parte nostra", fr "de notre part"); he "טעינו"; fi "meidän (logistiikkamme) moka".
# Not the denials ("nous n'en portons pas", "ми не несемо", "não houve erro da nossa parte", "לא טעינו").
_FAULT_S32A = _rx_folded(
    r"\b(nous|j')\s?(en )?(portons|porte|assumons|assume) (l'entiere |toute la |pleinement la |entierement la |la |"
    r"une part de )?(responsabilite|faute)\b",
    r"(?<!\w)(мы|ми|ние) (полностью |повністю |целиком |цілком )?(несем|несемо|носим) (за (это|це|нея|него) )?"
    r"(всю |повну |полную |пълна |цялата )?(ответственность|відповідальність|отговорност)",
    r"(?<!\w)(ответственность|відповідальність|отговорността)(?!\w)[^.;!?\n]{0,40}(?<!не )(лежит на нас|лежить на нас|"
    r"на нашей стороне|на нашій стороні|на нашому боці|е наша|е изцяло наша)(?!\w)",
    r"\b(odpowiedzialnosc|wina)\b[^.;!?\n]{0,40}\b(lezy|jest) (calkowicie |w ca[lł]osci |wy[lł]acznie )?po naszej stronie\b",
    r"(?<!nie )\b(ponosimy|bierzemy|przyjmujemy)( na siebie)? (pe[lł]na |ca[lł]a )?(odpowiedzialnosc|wine)\b",
    r"(?<!ne)\b(neseme|nesieme|prebirame|preberame) (za to )?(plnou |celou |uplnou )?(odpovednost|zodpovednost)\b",
    r"(?<!δεν )\b(αναγνωριζουμε|παραδεχομαστε) (πληρωσ |ολοκληρωτικα |ακεραια )?(την ευθυνη|το λαθοσ|το σφαλμα)\b",
    r"\bαπο (δικη μασ|δικο μασ) (παραλειψη|αμελεια|λαθοσ|σφαλμα|υπαιτιοτητα|αβλεψια)\b",
    r"(?<!\bnao )(?<!\bnenhum )(?<!\bnenhuma )(?<!\bqualquer )(?<!\bsem )(?<!\bhouve )(?<!\bha )(?<!\bexistiu )"
    r"\b(deficiente|defeituos[oa]|falha|erro|lapso|"
    r"descuido|omissao|negligencia|deficiencia|engano)\b[^.;!?\n]{0,30}\b(da|de) nossa parte\b",
    r"(?<!\bno )(?<!\bningun )(?<!\bninguna )(?<!\bsin )(?<!\bhubo )(?<!\bhay )(?<!\bexistio )\b(error|fallo|descuido|omision|negligencia|defectuos[oa]|"
    r"deficiente)\b[^.;!?\n]{0,30}\bpor nuestra parte\b",
    r"(?<!\bnessun )(?<!\bnessuna )(?<!\bsenza )(?<!\bnon c'e stato )(?<!\bnon c'e stata )\b(errore|svista|difett\w*|"
    r"negligenza|mancanza|disattenzione|dimenticanza)\b[^.;!?\n]{0,30}\bda parte nostra\b",
    r"(?<!\baucune )(?<!\bpas d')(?<!\bpas de )(?<!\bsans )(?<!\bpas une )(?<!\bpas d'une )(?<!\bpas un )(?<!\bpas d'un )"
    r"\b(erreur|faute|defaut|negligence|omission|oubli)\b"
    r"[^.;!?\n]{0,20}\bde notre part\b(?! (eventuelle|possible))",
    r"(?<!לא )(?<!אם )(?<!אולי )(?<!אין זו )(?<!אין זאת )(?<!זו לא )(?<!זאת לא )(?<!אין )(?<!\w)(אנחנו טעינו|טעינו|הטעות שלנו|טעות שלנו|באשמתנו|האשמה שלנו|האשמה היא שלנו)(?!\w)",
    r"(?<!\bei )(?<!\bole )(?<!\bollut )\b(meidan|minun) (\w+ ){0,2}(moka|mokamme|virhe|virheemme|vika|vikamme|"
    r"laiminlyonti|laiminlyontimme)\b",
)
# A fee, interest or the rest of a debt let go, in the languages the earlier rounds missed: ja "遅延損害金は頂戴しない",
# da/nb/sv "vi vil gerne frafalde rykkergebyrerne og renterne", ur "جرمانہ معاف کر دیں گے", fa "بقیه را می‌بخشیم", ar
# "نتنازل عن الغرامة"; the rest of a debt counted as settled for less (sl "preostali dolg bomo šteli za poravnan", hr/sr
# "ostatak smatramo podmirenim", cs "zbytek považujeme za uhrazený"). Not "免除できません", "vi kan ikke frafalde".
_DISCOUNT_S32A = _rx_folded(
    r"(遅延損害金|延滞金|遅延金|延滞料|遅延利息|督促手数料|違約金|延滞利息)(は|を|も)?[^。\n]{0,15}"
    r"(頂戴しない|頂戴いたしません|いただかない|いただきません|頂きません|請求しない|請求いたしません|ご請求いたしません|"
    r"免除いたします|免除します|免除させていただきます|免除とさせていただきます|不要といたします|不要です|頂戴しないこと)",
    r"\b(vil|kan|skal|gerne|gjerne|garna|vi)\b(?:(?!\b(ikke|inte|ikkje|ej|aldrig|aldri)\b)[^.;!?\n]){0,20}"
    r"\b(frafalde|frafalle|eftergive|ettergi|annullere|slette|stryke|stryka|avskriva|avskrive|efterskanka)\b"
    r"[^.;!?\n]{0,25}\b(rykkergebyr\w*|purregebyr\w*|gebyr\w*|renter\w*|renten|morarente\w*|paminnelseavgift\w*|"
    r"forsinkelsesrente\w*|drojsmalsrant\w*|rantan|rantor|avgiften|avgifterna)",
    r"(جرمانہ|جرمانے|لیٹ فیس|سود|باقی رقم|بقیہ رقم)[^.!?\n۔]{0,40}معاف (کر دیں گے|کردیں گے|کر دیں|کریں گے|"
    r"کر دیا جائے گا|کر دیتے ہیں)",
    r"(بقیه|باقی|باقیمانده|جریمه|دیرکرد|خسارت تاخیر)[^.!?\n]{0,40}(می\W?بخشیم|بخشیده می\W?شود|معاف می\W?کنیم|"
    r"صرف\W?نظر می\W?کنیم)",
    r"(?<!لا )(?<!لن )(نعفيكم|سنعفيكم|نعفيك|سنعفيك) من (الغرامة|غرامة|الغرامات|غرامات|الفوائد|فوائد|رسوم)",
    r"(?<!لا )(?<!لن )(نتنازل|سنتنازل) عن (الغرامة|غرامة|الغرامات|غرامات|الفوائد|فوائد|رسوم|باقي|الباقي|المبلغ المتبقي)",
    r"\b(preostal\w*|ostal\w*|ostatak|ostatek|zbyt\w*|zvysok|preostanek)\b[^.;!?\n]{0,60}"
    r"\bza (poravnan\w*|podmiren\w*|izmiren\w*|vyrovnan\w*|uhrazen\w*|splacen\w*|zaplacen\w*|odpisan\w*|zaprt\w*)",
)
# A due date moved or a deferral lengthened in Russian and Ukrainian ("срок оплаты переносим с 28 февраля на 30
# апреля", "оплату можно перенести на 30 июня", "отсрочку увеличиваем до 60 дней") and Arabic ("يمكنكم تأجيل سداد
# المبلغ إلى نهاية مايو"). Not "не можем перенести срок", "لا يمكن تأجيل".
_TERMS_S32A = _rx_folded(
    # The payment's date, not a delivery's: "срок оплаты", "оплату", "платёж", "строк сплати".
    r"(?<!\w)((срок\w*|дат\w*|термін\w*|строк\w*) (оплат\w*|платеж\w*|платёж\w*|сплат\w*|погашен\w*)|оплат\w*|"
    r"плат[её]ж\w*)(?!\w)[^.;!?\n]{0,50}(?<!не )(?<!\w)(переносим|перенесем|перенесём|можно перенести|можем перенести|"
    r"готовы перенести|продлеваем|продлим|сдвигаем|сдвинем|переносимо|перенесемо|можна перенести|можемо перенести|"
    r"подовжуємо|продовжуємо)(?!\w)",
    r"(?<!не )(?<!\w)(переносим|перенесем|перенесём|продлеваем|продлим|сдвигаем|сдвинем|переносимо|перенесемо|"
    r"подовжуємо|продовжуємо)(?!\w) (вам )?((срок|дату|термін|строк) (оплат\w*|платеж\w*|платёж\w*|сплат\w*|"
    r"погашен\w*)|оплату|платеж|платёж)",
    r"(?<!\w)(отсрочк\w*|відстрочк\w*)(?!\w) ([\w-]+ ){0,3}?(?<!не )(увеличиваем|увеличим|продлеваем|продлим|"
    r"предоставляем|даем|даём|збільшуємо|подовжуємо|надаємо) (до|на) \d+",
    r"(?<!لا )(?<!لن )(يمكنكم|يمكنك|نوافق على|وافقنا على|لا مانع من|لا بأس ب|نقبل)\s?(تأجيل|تمديد)\s(سداد|الدفع|"
    r"موعد (السداد|الدفع|الاستحقاق)|استحقاق|الاستحقاق|الفاتورة)",
    r"(?<!لا )(?<!لن )(نؤجل|سنؤجل|أجلنا|مددنا|نمدد|سنمدد)\s(لكم |لك )?(موعد (السداد|الدفع|الاستحقاق)|تاريخ "
    r"(السداد|الدفع|الاستحقاق)|سداد|الاستحقاق|مهلة السداد|الدفع)",
)
# A German hand-over to a collection provider and its effect on the customer's credit ("geben wir den Vorgang an
# unseren externen Dienstleister für den Forderungseinzug weiter", "wirkt sich auf Ihre Bonität aus"); Russian and
# Ukrainian "the lawyers will take it from here" ("этим вопросом будут заниматься наши юристы", "передадим юристам").
_LEGAL_S32A = _rx_folded(
    r"\b(forderungseinzug|forderungsbeitreibung|beitreibung|einzugsdienstleister|inkassodienstleister)\b"
    r"[^.;!?\n]{0,30}\b(weiter|ubergeben|abgeben|ubertragen|beauftragen)\w*",
    r"\b(geben|ubergeben|leiten|reichen|ubertragen)\b[^.;!?\n]{0,60}\b(forderungseinzug|forderungsbeitreibung|"
    r"einzugsdienstleister|inkassodienstleister)\b",
    r"\b(wirkt sich|auswirkung\w*|negativ\w*)\b[^.;!?\n]{0,40}\b(ihre|eure|deine) bonitat\b",
    r"(?<!\w)(займутся|будут заниматься|будет заниматься|передадим|передаем|передаём|подключим|підключимо|"
    r"передамо|займуться|будуть займатися)(?!\w)[^.;!?\n]{0,60}(?<!\w)(юристы|юристам|юристу|юристи|юридическ\w* "
    r"(отдел\w*|служб\w*)|юридичн\w* (відділ\w*|служб\w*))(?!\w)",
    r"(?<!\w)(наши|наш|наші) (юристы|юристи|юрист)(?!\w)[^.;!?\n]{0,20}(?<!не )(?<!\w)(займутся|займуться|подключатся|"
    r"підключаться|возьмутся|візьмуться)(?!\w)",
)
# Contempt for the person and the sigh of being ignored: pt/es/it/fr/en "someone so disorganised", fa "آدم
# بی‌مسئولیتی مثل شما", "خجالت‌آور است"; th "น่าอาย"; ko "몇 번을 말씀드려야", ja "何度申し上げれば", zh "说了多少遍";
# the customer's own residents or members told they would not understand ("your homeowners would find it hard to
# understand too"). Not "ไม่น่าอาย", "خجالت‌آور نیست", nor a neutral "someone so busy".
_HARASS_S32A = _rx_folded(
    r"\b(alguem|alguien|qualcuno|someone|somebody|une personne|quelqu'un d'aussi|pessoa|persona) (tao|tan|cosi|so|aussi|"
    r"this) (desorganizad\w*|incompetente|irresponsavel|irresponsable|irresponsabile|disorganizzat\w*|disorgani[sz]ed|"
    r"incompetent|irresponsible|careless|desorganise\w*|negligente|negligent)\b",
    r"\bquelqu'un d'aussi (desorganise|incompetent|irresponsable|negligent)\w*",
    r"(بی\W?مسئولیت|بی\W?عرضه|بی\W?کفایت|نالایق)\w*[^.!?\n]{0,10}مثل (شما|تو)",
    r"(خجالت\W?آور|شرم\W?آور)(?!\s?نیست)",
    r"(?<!ไม่)(น่าอาย|น่าขายหน้า)|ไม่อาย(บ้าง)?(หรือ|เหรอ)|ไม่รู้จักอาย",
    r"몇 ?번(을|이나)? (더 )?(말씀드려야|말해야|얘기해야|설명해 드려야|설명드려야|설명해야)",
    r"何度(言えば|言ったら|申し上げれば|申し上げたら|お伝えすれば|お伝えしたら)",
    r"(说了多少遍|說了多少遍|要说几遍|要說幾遍|说了多少次|說了多少次|要我说几次|要我說幾次)",
    r"\byour (homeowners|residents|members|owners|tenants|shareholders|clients|customers|investors|employees|staff|"
    r"parents|patients|donors|trustees)\b[^.;!?\n]{0,30}\b(would|might|will|could) (\w+ )?(find it hard to understand|"
    r"not be (impressed|pleased|happy|amused)|be (shocked|appalled|disappointed|embarrassed) to (hear|learn|know|see))",
)
# Session 32b (fresh set 323, event catering). Shame put to the customer and a threat to name them where their trade
# reads it: ko "창피한 일 아닌가요?", "업계 단톡방에 귀사 이름을 공유하겠습니다"; zh "在行业群里公布贵司的名字"; ja
# "業界のグループで御社の名前を共有します". Not "창피한 일이 아닙니다", "공유하지 않겠습니다".
_HARASS_S32B = _rx_folded(
    r"(창피한|부끄러운|수치스러운|한심한) (일|노릇|짓)(이)? ?(아닌가요|아닙니까|아니에요\?|아니야|아닌지)",
    r"(창피|부끄럽|부끄러|수치스럽)(하지|지) (않으세요|않나요|않습니까|않으신가요|않으십니까|않아요\?)",
    r"(업계|동종 ?업계|업체들|거래처|협회|단톡방|단체 ?채팅방|채팅방|커뮤니티|sns|온라인|인터넷|게시판|블랙리스트)"
    r"[^.!?\n]{0,30}(이름|상호|회사명|실명|명단)(을|를)? ?(공유|공개|게시|올리|퍼뜨리)(하겠|겠|할 것|할 예정|하도록)",
    rf"{_ZH_UNDENIED}(行业群|业内群|群里|朋友圈|微博|网上|业内|行业内|同行)[^。\n]{{0,20}}(曝光|点名|(公布|公开|分享|晒出|发布)"
    r"[^。\n]{0,8}(贵司|贵公司|你们|你司|名字|名称|公司名))",
    r"(業界|同業|グループ|チャット|sns|ネット)[^。\n]{0,20}(御社|貴社|お名前|社名)[^。\n]{0,10}(共有|公開|晒)(いたします|します|させていただきます)",
)
# Money of theirs said to come back to them: pt "o sinal ... vai voltar integralmente para a conta de origem", es
# "volverá a su cuenta", it "tornerà sul vostro conto", fr "reviendra sur votre compte", en "will come back to your
# account". Not "não vai voltar", "no volverá".
_REFUND_S32B = _rx_folded(
    r"(?<!\bnao )\b(vai|vao|ira|irao|deve|devem) (voltar|retornar|regressar) (\w+ ){0,2}(para|pra|a|na|ao) (a |sua |tua |"
    r"vossa )?(conta|cartao|carteira)",
    r"(?<!\bnao )\b(voltara|retornara|voltarao|retornarao) (\w+ ){0,2}(para|pra|a|na|ao) (a |sua |tua |vossa )?(conta|cartao)",
    r"(?<!\bno )\b(volvera|volveran|regresara|regresaran|retornara|retornaran|va a volver|van a volver) (\w+ ){0,2}"
    r"(a|en) (su|tu|la|vuestra) (cuenta|tarjeta)",
    r"(?<!\bnon )\b(tornera|torneranno|rientrera|rientreranno) (\w+ ){0,2}(sul|sulla|nel|nella) (vostro |suo |tuo |"
    r"vostra |sua |tua )?(conto|carta)",
    r"(?<!\bne )\b(reviendra|reviendront|retournera|retourneront) (\w+ ){0,2}(sur|vers|a) (votre|ton|le) (compte|carte)",
    r"(?<!\bnot )\b(will|'ll) (come|go|flow|be sent) back (\w+ ){0,2}(to|into|onto) (your|the original|the same) "
    r"(account|card|bank)",
    # A sum to go as a credit on the next invoice: es "irán como abono en la próxima factura", pt "vão como crédito na
    # próxima fatura", it "andranno come accredito sulla prossima fattura", fr "figureront en avoir sur la prochaine
    # facture", en "will go as a credit on your next invoice".
    r"(?<!\bno )(?<!\bnao )(?<!\bnon )\b(iran|ira|van|va|quedara|quedaran|figurara|figuraran|aparecera|apareceran|vao|vai|"
    r"ficara|ficarao|entrara|entrarao|andra|andranno|verra|verranno|figurera|figureront|apparaitra|apparaitront|"
    r"will go|will appear|will show|'ll go|'ll appear|'ll show) (\w+ ){0,2}(como|come|en|as|comme) (un |uma |um |an? |"
    r"une )?(abono|credito|accredito|nota (?:de )?credito|nota di credito|avoir|credit|credit note|desconto|descuento)"
    r"[^.;!?\n]{0,15}\b(en|na|sulla|nella|sur|on|in) (la |a |sua |su |tu |votre |la vostra |your |the )?"
    r"(proxima|siguiente|prossima|successiva|prochaine|next) (factura|fatura|fattura|facture|invoice|bill)",
)
# A debt-collection firm or the credit agencies said in other words: "the file moves to an outside firm that recovers
# unpaid debts for us", "the late payment will be noted with the business credit agencies". Not "we will not report
# you", nor "no firm will be involved".
_LEGAL_S32B = _rx_folded(
    r"\b(firm|company|agency|partner|specialists?|business|service|organisation|organization)s? (that|which|who) "
    r"(recovers?|collects?|chases?|pursues?|specialises in recovering|specializes in recovering) ((unpaid|outstanding|"
    r"overdue|late|bad) (debts?|money|invoices|bills|payments|accounts|sums)|debts?)\b",
    r"(?<!\bnot )(?<!\bnever )(?<!n't )(?<!\bnot be )(?<!\bnever be )(?<!n't be )(?<!\bnot been )\b(noted|reported|recorded|registered|flagged|logged|listed|filed|notified|passed on)"
    r" (with|to) (the |all |our |a )?(\w+ )?(credit (reference )?(agenc(y|ies)|bureaus?)|credit bureaus?|credit reference)",
)
# A due date moved, said with a bare "延": zh "同意把付款期限延到4月30日"; and a later date granted "instead of the
# original due date": nl "is het ook prima als u pas uiterlijk 15 april betaalt in plaats van op de oorspronkelijke
# vervaldatum", en "you can pay by 30 April instead of the original due date". A late payment reported as a fact
# ("your payment came on 15 April instead of the original due date") gives no leave.
_INSTEAD_OF_DUE = (
    r"\b(in plaats van|instead of|statt|anstatt|anstelle|au lieu de|en lugar de|en vez de|em vez de|ao inves de|"
    r"invece (che|della|di)|anziche|zamiast|istallet for|i stedet for|i stedet for)( op| on| am| zum| a| a la| na| alla| "
    r"della| del| de)? (de |het |the |der |dem |des |la |le |el |a |o |il |l')?(oorspronkelijke|originele|original\w*|"
    r"urspr\w*|initial\w*|originari\w*|iniziale|pierwotn\w*|eerdere|previous|earlier|prevista|previsto|prevue|"
    r"ursprungliga|opprinnelige|oprindelige)( \w+)? (vervaldatum|vervaldag|betaaltermijn|due date|deadline|payment date|"
    r"falligkeit\w*|zahlungsziel|zahlungstermin|echeance|date d'echeance|date limite|vencimiento|fecha de vencimiento|"
    r"data de vencimento|vencimento|scadenza|data di scadenza|termin\w*|forfallodag\w*|forfaldsdag\w*)\b"
)
_PERMIT_LATER = (
    r"\b(prima|goed|geen probleem|akkoord|fine|ok|okay|no problem|happy|welcome|you (can|may)|u kunt|je kunt|mag|"
    r"kein problem|gerne|konnen sie|durfen sie|sans probleme|volontiers|vous pouvez|sin problema|puede|puedes|pode|"
    r"podem|sem problema|puo|potete|nessun problema|va bene|mozna|moze|gar bra|gaar fint|det er fint)\b"
)
_TERMS_S32B = _rx_folded(
    rf"{_ZH_UNDENIED}(付款期限|付款日期|付款日|期限|账期|到期日|截止日|还款日|缴费期限|付款时间)((?!不|无法|未|没)[^。，,\n]){{0,4}}"
    r"(延|推|挪|放宽|宽限)(到|至)",
    _PERMIT_LATER + r"[^.;!?\n]{0,120}" + _INSTEAD_OF_DUE,
    _INSTEAD_OF_DUE + r"[^.;!?\n]{0,60}" + _PERMIT_LATER,
)
# A fee let go: "we're happy to let the £95.00 late-payment charge go", "let the interest slide". Not "we cannot let
# the fee go".
_DISCOUNT_S32B = _rx_folded(
    r"(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bcannot )\blet(ting)? (the |that |this |your |those |these |any )?"
    r"([^\s;!?]+ ){0,3}(charges?|fees?|interest|penalt(y|ies)|surcharges?|fines?|late fees?)( of [^\s;!?]+)? "
    r"(go|slide|drop|lapse)\b(?! up| unpaid| higher| further| on)",
)
# he: the fault owned with a prefix on the noun ("ואכן מדובר בטעות שלנו") and responsibility taken ("אנחנו לוקחים על זה
# אחריות מלאה"). Not "אין זו טעות שלנו", "לא לוקחים אחריות".
_FAULT_S32B = _rx_folded(
    r"(?<!לא )(?<!אין )(?<!אין זו )(?<!אין זאת )(?<!לא הייתה )(?<!לא היתה )(?<!\w)(ו|ב|וב|ש|זו |זוהי |זאת )(ה)?"
    r"(טעות|אשמה) (שלנו|שלי)(?!\w)",
    r"(?<!לא )(?<!\w)(לוקחים|נוטלים|לקחנו|נושאים|לוקח|נוטל|לוקחת|נוטלת)(?!\w) (על עצמנו |על זה |על כך |את )?(ה)?"
    r"(אחריות|האחריות)( המלאה| מלאה)?",
)
# Session 33a (fresh set 329, dental laboratories and orthodontic suppliers).
# The fault owned in a noun or an idiom: ru/uk/bg "тут целиком наша недоработка", "наша оплошность", "наш недогляд",
# "на нашей совести"; cs/sk "jde na vrub naší laboratoře", "na náš vrub"; "chyba je na naší straně"; de "geht auf
# unsere Kappe", "dass sich der Abdruck bei uns beim Ausgießen verzogen hat"; en "the short margin came from our
# side", "the problem was at our end". Not "это не наша недоработка", "nejde na vrub naší laboratoře", "whether the
# problem was on our side", "bei uns ist nichts verzogen".
_FAULT_S33A = _rx_folded(
    r"(?<!не )(?<!не є )(?<!нет )(?<!\w)(наша|наш|нашата|нашия|нашият) (недоработка|оплошность|промашка|упущение|"
    r"недосмотр|недогляд|недоробка|провина|прорахунок|пропуск|грешка|оплошност|недоглеждане)(?!\w)",
    r"(?<!\w)(недоработка|оплошность|упущение|недосмотр|недогляд|недоробка|грешка|пропуск)(?!\w) "
    r"(с нашей стороны|з нашого боку|з нашої сторони|от наша страна)(?!\w)",
    r"(?<!не )(?<!\w)на (нашей|нашій) (совести|совісті)(?!\w)",
    r"(?<!\bne)(?<!\bnie )\b(jde|jdou|slo|sla|ide|idu|islo|isla|pujde|pojde|je|bylo|byla|bol|bola|bolo)\b"
    r"(?:(?!\b(ne\w*|nie)\b)[^.;!?\n]){0,30}\bna (nas|nasi|nase|naseho|nasho) vrub\b",
    r"(?<!\bne)(?<!\bnie )\b(jde|jdou|slo|sla|ide|idu|islo|isla|pujde|pojde)\b(?:(?!\b(ne\w*|nie)\b)[^.;!?\n]){0,30}"
    r"\bna vrub (nas|nasi|nase|naseho|nasho|nasemu|nasej|nasich|nasim)\w*",
    r"\b(chyba|vina|pochybeni|chybicka|nedostatek)\b[^.;!?\n]{0,30}\b(je|byla|byl|bylo|lezi|lezela|bola) (\w+ )?"
    r"na (nasi|nasej) strane\b",
    r"(?<!\bnicht )\b(geht|ging|gehen)\b(?:(?!\b(nicht|kein\w*)\b)[^.;!?\n]){0,20}\bauf unsere kappe\b",
    r"(?:^|(?<=[.;:!?\n,]))(?:(?!\b(ob|falls|wenn|nicht|nichts|kein\w*|nie|sofern)\b)[^.;:!?\n,]){0,60}\bbei uns\b"
    r"(?:(?!\b(ob|nicht|nichts|kein\w*|nie)\b)[^.;:!?\n,]){0,40}\b(verzogen|beschadigt|vertauscht|verwechselt|verloren|"
    r"verrutscht|zerkratzt|zerbrochen|verformt|falsch (\w+ )?(gemessen|gefertigt|erfasst|eingegeben|berechnet|gebucht|"
    r"gelesen|ubertragen)) (hat|haben|ist|sind|wurde|wurden|worden)\b",
    r"(?:^|(?<=[.;:!?\n]))(?:(?!\b(if|whether|not|never|no|unless)\b|n't)[^.;:!?\n]){0,80}\b(came|stemmed|originated|arose|"
    r"resulted)\b (\w+ ){0,2}(from|on|at) our (side|end)\b",
    r"(?:^|(?<=[.;:!?\n]))(?:(?!\b(if|whether|not|never|no|unless)\b|n't)[^.;:!?\n]){0,60}\b(the |this |that )?(problem|"
    r"issue|error|fault|defect|mistake|misfit|discrepancy)\b[^.;:!?\n]{0,40}\b(was|lay|lies|is) (entirely |clearly |"
    r"squarely |firmly )?(on|at) our (side|end)\b",
)
# Money of theirs taken off the next invoice, said actively or in the passive: de "ziehen wir Ihnen selbstverständlich
# von der nächsten Sammelrechnung ab", "wird von der nächsten Rechnung abgezogen"; en "we'll take it off your next
# invoice"; fr "nous le déduirons de votre prochaine facture"; es/pt/it "lo descontaremos de la próxima factura",
# "abateremos na próxima fatura", "lo scaleremo dalla prossima fattura"; nl "trekken we af van de volgende factuur". And
# a Nordic reversal to their account: da "Beløbet bliver tilbageført til jeres konto", nb "blir tilbakeført", sv
# "återförs". Not "ziehen wir nicht ab", "bliver ikke tilbageført", "er blevet tilbageført" (done).
_REFUND_S33A = _rx_folded(
    r"\b(ziehen|ziehe|bringen) (wir|ich)\b(?:(?!\b(nicht|kein\w*)\b)[^.;!?\n]){0,60}\bvon (der|ihrer|unserer|eurer) "
    r"(nachsten|kommenden|folgenden|neuen) \w*rechnung ab\b",
    r"(?<!\bnicht )\b(wird|werden)\b(?:(?!\b(nicht|kein\w*)\b)[^.;!?\n]){0,40}\bvon (der|ihrer) (nachsten|kommenden|"
    r"folgenden) \w*rechnung abgezogen\b",
    r"\b(we'll|we will|we're going to|we are going to|we shall|i'll|i will)\b(?:(?!\b(not|never)\b)[^.;!?\n]){0,50}"
    r"\b(deduct|take|knock|net)\w*\b[^.;!?\n]{0,40}\b(off|from) (your|the|our) (next|following|upcoming) (\w+ )?"
    r"(invoice|bill|statement)\b",
    r"(?<!\bne )\b(nous )?(l'|le |la |les )?(deduirons|retrancherons|defalquerons|deduisons)\b[^.;!?\n]{0,40}\bde "
    r"(votre|la|vos) (prochaine|future|suivante) facture\b",
    r"(?<!\bno )(?<!\bnao )(?<!\bnon )\b(lo |la |los |las |o |a |os |as |lo |la |li |le )?(descontaremos|restaremos|"
    r"deduciremos|abateremos|deduziremos|scaleremo|detrarremo|sottrarremo|dedurremo)\b[^.;!?\n]{0,40}\b(de|en|na|da|"
    r"dalla|sulla|nella) (la |su |sua |a |vostra )?(proxima|siguiente|prossima|successiva) (factura|fatura|fattura)\b",
    r"\b(trekken|brengen) (we|wij)\b(?:(?!\b(niet|geen)\b)[^.;!?\n]){0,50}\b(af van|in mindering op) (de|uw|je) "
    r"(volgende|eerstvolgende|komende) factuur\b",
    rf"\b(bliver|bli|blir|vil blive|vil bli|skal|vil|kommer att|kommer til at|vi)\b (({_NORDIC_NOT}\w+) ){{0,3}}"
    r"(tilbagef[øo]rt|tilbakef[øo]rt|aterf[oø]rt|aterf[oø]rs|tilbagef[øo]re|tilbakef[øo]re|aterfora|"
    r"tilbagef[øo]rer|tilbakef[øo]rer|aterfor)\b",
    # The verb first, its object put before it: "de kr. 100,00, som I allerede har betalt, tilbagefører vi til jeres
    # konto", "det beløpet betaler vi tilbake", "avgiften återbetalar vi"; not "tilbagefører vi ikke".
    r"\b(tilbagef[øo]rer|tilbakef[øo]rer|aterfor|aterbetalar|tilbagebetaler|tilbakebetaler|refunderer|refunderar|"
    r"krediterer|krediterar) (vi|jeg|jag)\b(?! (ikke|ikkje|inte|ej|aldri|aldrig)\b)",
)
# Interest or a penalty let go, in other words: ja "遅れた期間の利息分は頂戴しないことといたします"; pt "deixamos de lado
# a multa e os juros de mora", es "dejamos de lado los recargos", it "lasciamo da parte gli interessi", fr "nous
# laissons de côté les pénalités"; uk/ru a charge we say we will not make ("пеню ... ми вам не нараховуватимемо", "не
# будем начислять пени"). Not "利息は頂戴いたします", "não deixamos de lado a multa", "пеня нараховується згідно з
# договором".
_DISCOUNT_S33A = _rx_folded(
    r"(利息|利息分|利子|金利|損害金|遅延損害金分|延滞料金|遅延料金)(は|を|も|分は|については)?[^。\n]{0,15}"
    r"(頂戴しない|頂戴いたしません|頂戴致しません|いただかない|いただきません|頂きません|請求しない|請求いたしません|"
    r"ご請求いたしません|免除いたします|免除します|免除させていただきます|免除とさせていただきます|不要といたします)",
    r"(?<!\bnao )\b(deixamos|deixaremos|vamos deixar|podemos deixar|deixaremos) de lado (a |o |os |as )?(\w+ ){0,2}"
    r"(multa|juros|encargos|taxas?|mora|penalidade\w*)\b",
    r"(?<!\bno )\b(dejamos|dejaremos|vamos a dejar|podemos dejar) (de lado|a un lado) (el |la |los |las )?(\w+ ){0,2}"
    r"(recargos?|intereses|interes|penalizacion\w*|mora|comision\w*|gastos)\b",
    r"(?<!\bnon )\b(lasciamo|lasceremo|possiamo lasciare) (da parte|perdere|stare|cadere) (la |le |gli |il |i |l')?"
    r"(\w+ ){0,2}(penale|penali|interessi|mora|spese|maggiorazion\w*)\b",
    r"(?<!\bne )\b(nous )?(laissons|laisserons|allons laisser|pouvons laisser) de cote (les |la |le |l')?(\w+ ){0,2}"
    r"(penalites|interets|frais|majorations?|indemnite)\b",
    r"(?<!\w)(пен[иьяюі]\w*|штраф\w*|неустойк\w*|відсотк\w*|проценты|процентов|комісі\w*|комисси\w*)(?!\w)"
    r"[^.;!?\n]{0,40}(?<!\w)не (нараховуватимемо|будемо нараховувати|нарахуємо|стягуватимемо|будемо стягувати|стягнемо|"
    r"будемо застосовувати|застосовуватимемо|будем начислять|начислим|станем начислять|будем взыскивать|взыщем|"
    r"станем взыскивать|будем применять)(?!\w)",
    r"(?<!\w)не (нараховуватимемо|будемо нараховувати|нарахуємо|стягуватимемо|будемо стягувати|стягнемо|будем "
    r"начислять|начислим|станем начислять|будем взыскивать|взыщем)(?!\w) (вам |вас |с вас |з вас )?"
    # The statutory "3% річних" and inflation losses (uk art. 625, ru art. 395) are interest too.
    r"(\d+ ?% )?(пен[иьяюі]\w*|штраф\w*|неустойк\w*|відсотк\w*|проценты|комісі\w*|комисси\w*|річних|годовых|"
    r"інфляційн\w*|инфляционн\w*)(?!\w)",
)
# A collection firm or the credit agencies named in other words: bg "да предоставим вземането на специализирана фирма
# за събиране на просрочени задължения"; en "the account will go to the firm that recovers our overdue balances", "they
# may record the default with the commercial credit agencies"; ko/ja the step said as having no other choice ("추심
# 전문 업체에 넘길 수밖에 없다", "債権回収会社に委託せざるを得ません"), which the earlier Korean and Japanese patterns read as
# a negation. Not "нямаме намерение да предаваме ... на фирма за събиране", "we will not report you to the credit
# agencies", "our collections team".
_LEGAL_S33A = _rx_folded(
    r"(?:^|(?<=[.;:!?\n,]))(?:(?!(?<!\w)(не|ням\w*|нито|без)(?!\w))[^.;:!?\n,]){0,100}(?<!\w)(фирма|фирми|агенция|агенции|"
    r"компания|компании|дружество|колектор\w*)(?!\w) (\w+ ){0,2}за (събиране|събирането) на (\w+ ){0,2}(задължения|"
    r"вземания|вземането|дългове|дълга|просрочия)(?!\w)",
    r"(?:^|(?<=[.;:!?\n,]))(?:(?!(?<!\w)(не|ням\w*|нито|без)(?!\w))[^.;:!?\n,]){0,100}(?<!\w)колекторск(а|о|и|ата|ото) "
    r"(фирма|агенция|компания|дружество)(?!\w)",
    r"\b(firm|company|agency|partner|specialists?|business|service|organisation|organization)s? (that|which|who) "
    r"(recovers?|collects?|chases?|pursues?) (our |your |the |any |all )?(unpaid|outstanding|overdue|late|bad) "
    r"(debts?|balances?|amounts?|money|invoices|bills|payments|accounts|sums|arrears)\b",
    r"\b(will|may|would|could|might|shall|'ll|can)( then| also| have to| need to| be obliged to)? (record|report|register|"
    r"note|flag|file|log|list|notify)( the| your| this| that| a| any| our)? (\w+ ){0,2}(with|to) (the |all |our |a )?"
    r"(\w+ )?(credit (reference )?(agenc(y|ies)|bureaus?)|credit bureaus?)",
    r"(법적 ?조치|법적 ?절차|지급명령|소송|변호사|채권 ?추심|추심 ?(전문 ?)?(업체|회사|기관)|신용정보 ?(회사|기관))"
    r"[^.\n]{0,30}(할|길|릴|될|칠) 수밖에 없",
    r"(債権回収会社|サービサー|回収業者|弁護士|法律事務所|法的措置|法的手続|訴訟|支払督促)[^。\n]{0,25}(ざるを得ません|"
    r"ざるを得ない|ざるをえません|ざるをえない|ほかありません|しかありません|ほかございません)",
)
# A later payment said to suit us: fr "un règlement dans le courant du mois de mai nous conviendra tout à fait"; en
# "anything that reaches us by the end of April is absolutely fine"; de "eine Zahlung bis Ende April ist völlig in
# Ordnung"; es "un pago a finales de mayo nos viene perfectamente"; it "un pagamento entro maggio ci va benissimo".
# Plans granted: sv/da/nb the due date moved in the active past ("Vi har därför flyttat förfallodagen"), ro "poate fi
# achitată în trei rate lunare", he "אנחנו מסכימים לפרוס את יתרת החוב". Not "un règlement d'ici le 15 mars nous
# conviendrait" (asked), "vi har inte flyttat förfallodagen", "nu poate fi achitată în rate", "לא נוכל לפרוס".
_TERMS_S33A = _rx_folded(
    r"\b(reglement|paiement|virement|versement|payment|zahlung|uberweisung|pago|pagamento|betaling)\b[^.;!?\n]{0,50}"
    + _MONTHS
    + r"\b[^.;!?\n]{0,30}\b(nous (conviendra|convient|ira|va) (tout a fait|parfaitement|tres bien|sans probleme|"
    r"tres bien)|ne (nous )?pose(ra)? aucun probleme|(ist|ware|sein) (fur uns )?(vollig|vollkommen|absolut|ganz|"
    r"durchaus) (in ordnung|ok|okay)|nos (viene|vendra|va|ira) (perfectamente|muy bien|estupendamente)|ci (va|andra) "
    r"(benissimo|perfettamente|bene)|(is|will be|'s) (absolutely|perfectly|totally|completely) fine)\b",
    r"\b(anything|any ?time|any payment|whatever)( that| which)?( \w+){0,3}? (before|by|until|up to|in) (the (end|middle|"
    r"start|beginning) of )?(\d{1,2}(st|nd|rd|th)? )?(of )?"
    + _MONTHS
    + r"\b[^.;!?\n]{0,30}\b(is|will be|would be|'s)( \w+)? (fine|ok|okay|good|no problem)\b",
    r"(?<!\binte )(?<!\bej )(?<!\baldrig )(?<!\bikke )(?<!\bikkje )\b(flyttat|skjutit upp|forlangt|andrat|flyttet|"
    r"utsatt|udskudt|forlenget|forlænget|rykket|endret|ændret)\b[^.;!?\n]{0,15}\b(forfallodag\w*|forfallodatum\w*|"
    r"betalningsdag\w*|betalningstid\w*|forfaldsdag\w*|forfaldsdato\w*|forfallsdato\w*|forfallsdag\w*|betalingsfrist\w*)\b",
    r"(?<!\bnu )\b(poate|pot|puteti|poti|se poate|vor putea|va putea) fi (achitat\w*|platit\w*|rambursat\w*|"
    r"stins\w*|onorat\w*) (\w+ ){0,3}in (doua|trei|patru|cinci|sase|\d+) rate\b",
    r"(?<!לא )(?<!\w)(מסכימים|מסכים|מסכימה|הסכמנו|נסכים|מאשרים|אישרנו|נאפשר|מאפשרים|אפשר|ניתן)(?!\w) "
    r"(\S+ ){0,2}(לפרוס|לפרוש|פריסת|לפריסת|פריסה|בפריסה|לחלק את (ה)?(יתרה|יתרת|חוב|סכום|תשלום))",
)
# A sarcastic doubt that money could be their problem: th "ไม่น่าจะมีปัญหาเรื่องเงินแค่หลักหมื่นนะคะ"; en "surely a
# practice like yours can afford a mere £2,000". Not "หากมีปัญหาเรื่องการชำระเงิน กรุณาติดต่อเรา", "I'm sure a practice
# like yours values prompt service".
_HARASS_S33A = _rx_folded(
    r"(ไม่น่าจะ|คงไม่น่าจะ|คงไม่)มีปัญหา[^\n.]{0,12}เงิน ?(แค่|เพียงแค่|แค่เพียง)",
    r"\b(surely|i'm sure|i am sure|no doubt)( that)? (a|an|your) (\w+ ){0,2}(practice|clinic|surgery|business|company|"
    r"firm|office|lab|laboratory)( like yours| of your size| as (\w+ ){1,2}as yours)[^.;!?\n]{0,40}\b(afford|stretch to|"
    r"find the money)\b",
    # The customer's own waiting room told how they treat their suppliers: nl "als de mensen in uw wachtkamer te horen
    # kregen hoe uw praktijk met haar leveranciers omgaat", en "if your waiting room heard how you treat suppliers".
    r"\b(wachtkamer|waiting ?room|wartezimmer|salle d'attente|sala de espera|sala d'attesa|sala de espera|poczekalni\w*)\b"
    r"[^.;!?\n]{0,60}\b(hoe|how|wie|comment|como|come|jak) (uw|u|je|your|you|ihre|sie|votre|vous|su|la vostra|pan|pani)\b"
    r"[^.;!?\n]{0,40}\b(leveranciers|suppliers|lieferanten|fournisseurs|proveedores|fornitori|fornecedores|dostawc\w*|"
    r"bills|rekeningen|rechnungen|factures|facturas|fatture|faturas)\b",
    # Belittling the whole office: "nobody there can read an email", "no one in your practice can count".
    r"\b(nobody|no one|no-one|not one person) (there|at your (end|office|practice|clinic|surgery)|in your (office|"
    r"practice|team|clinic|surgery)) (can|could|seems able to|is able to) (read|count|understand)\b",
)
# Session 33b (fresh set 333, IT managed services and software resellers).
# A debt reported to a credit information bureau or a debtors' register: pl "przekazać informację o zaległości do biura
# informacji gospodarczej", "wpis do rejestru dłużników"; de a claim handed or assigned to an outside firm for its
# recovery, without the word "Inkasso" ("die Forderung an einen externen Dienstleister für den Forderungseinzug
# abzutreten"); en the same ("assign the debt to an external provider for debt recovery"). Not "nie przekażemy
# informacji do biura informacji gospodarczej", "wir werden die Forderung nicht abtreten", our own
# "Forderungsmanagement".
_LEGAL_S33B = _rx_folded(
    r"(?:^|(?<=[.;:!?\n,]))(?:(?!\bnie\b)[^.;:!?\n,]){0,100}\b(biur\w* informacji gospodarcz\w*|"
    r"rejestr\w* (dluznikow|dlugow)|krajow\w* rejestr\w* dlug\w*)",
    r"(?:^|(?<=[.;:!?\n,]))(?:(?!\b(nicht|kein\w*|nie)\b)[^.;:!?\n,]){0,80}\bforderung\w* ((?!(nicht|kein\w*|nie)\b)"
    r"\w+ ){0,3}an (einen|ein|eine|den|das|die) (\w+ ){0,2}(dienstleister|unternehmen|partner|firma|buro|gesellschaft|"
    r"anbieter|dritten)\b(?:(?!\b(nicht|kein\w*|nie)\b)[^.;:!?\n,]){0,60}\b(abzutreten|abtreten|zu ubergeben|ubergeben|zu verkaufen|verkaufen|weiterzugeben|"
    r"weitergeben|zu ubertragen|ubertragen)\b",
    r"\b(extern\w*|spezialisiert\w*) (\w+ ){0,2}(dienstleister|unternehmen|partner|firma|buro|gesellschaft|anbieter)\w* "
    r"(fur|zum|zur) (den |die |das )?(forderungseinzug|einzug (offener|der) forderung\w*|beitreibung|eintreibung|"
    r"forderungsbeitreibung)\b(?![^.;:!?\n]{0,60}\b(nicht|kein\w*)\b)",
    r"(?:^|(?<=[.;:!?\n,]))(?:(?!\b(not|never|no)\b|n't)[^.;:!?\n,]){0,80}\b(assign|transfer|pass|hand|sell)\w* "
    r"(the|your|this) ((outstanding|unpaid|overdue|open) )?(debt|claim|account|balance|arrears|matter)s? to (an?|the) "
    r"(external|third[- ]party|outside|"
    r"specialist) (\w+ )?(provider|partner|firm|company|agency|service)s?\b",
)
# Settling for part, the rest taken on by us: ko "24,000,000원만 입금해 주셔도 나머지 금액은 저희 쪽에서 정리하는 것으로
# 처리해 드리겠습니다"; ja "〇〇円だけお振込みいただければ、残りは弊社で処理いたします"; en "if you pay just £X, we'll take
# care of the rest". Not "일부만 입금하시면 나머지 금액은 계속 청구됩니다", "the rest remains due".
_DISCOUNT_S33B = _rx_folded(
    r"만 (입금|송금|결제|지급|납부)(해|하여) ?주(셔도|시면|신다면)[^.\n]{0,60}(나머지|잔액|잔여 ?금액|차액)[^.\n]{0,30}"
    r"(저희|당사|회사)[^.\n]{0,20}(정리|처리|부담|면제|탕감|감면)(?![^.\n]{0,30}(않|없|불가|어렵))",
    r"だけ(お振込み|お振り込み|お支払い|ご入金|ご送金)(いただければ|いただけましたら|くだされば)[^。\n]{0,40}"
    r"(残り|残額|差額)[^。\n]{0,20}(当社|弊社|こちら)(で|にて|側で)[^。\n]{0,10}(処理|負担|調整|免除)",
    r"\b(if|once|as long as|provided) you (pay|settle|transfer|send)( us)? (just|only|simply) [^.;!?\n]{0,40}"
    r"\b(we'll|we will|we can|we'd|we would|i'll|i will) (take care of|handle|write off|cover|absorb|forget|waive|"
    r"deal with|sort out) (the rest|the remainder|the balance|the difference|what's left)\b",
)
# A line reversed (storno) as a promise: ru "эту позицию мы сторнируем и выставим скорректированный счёт", uk
# "сторнуємо", bg "ще сторнираме", cs/sk "stornujeme", pl "stornujemy". Not "не будем сторнировать", "был сторнирован"
# (done).
_REFUND_S33B = _rx_folded(
    r"(?<!не )(?<!\w)(мы |ми |ние )?(сторнируем|отсторнируем|сторнуємо|ще сторнираме|сторнираме|произведем сторно|"
    r"сделаем сторно|проведем сторно|зробимо сторно|будет сторнирован\w*|будут сторнирован\w*|буде сторнован\w*|"
    r"ще бъде сторниран\w*)(?!\w)",
    r"(?<!\bne)(?<!\bnie )\b(stornujeme|vystornujeme|stornujemy|zostanie wystornowan\w*|bude stornovan\w*|bude "
    r"stornovan\w*|stornirali bomo|storniramo)\b",
)
# Our billing owned as a fact: bg "наистина сме фактурирали 120 лиценза вместо договорените 100", ru "действительно
# выставили ... вместо согласованных", en "we did invoice 120 licences instead of the agreed 100"; a colleague who
# entered it wrongly (bg "колегата ни ... е въвел грешно количество", ru "наш менеджер ввёл неверное количество"); en the
# hours "booked by one of our engineers against your contract when the work was actually for another client", "you're
# right that they shouldn't be on your invoice". Not "не сме фактурирали повече от договореното", "if you think an item
# shouldn't be on your invoice".
_FAULT_S33B = _rx_folded(
    r"(?<!не )(?<!\w)(наистина |действително |действительно |дійсно |ошибочно |погрешно |помилково )?"
    r"(сме фактурирали|фактурирахме|сме начислили|начислихме|выставили|начислили|виставили|нарахували)(?!\w)"
    r"[^.\n]{0,60}(?<!\w)(вместо|замість) (договорените|уговорените|поръчаните|заявените|договорените|оговоренных|"
    r"согласованных|заказанных|договорных|узгоджених|замовлених)(?!\w)",
    r"(?<!\w)(колегата ни|колежката ни|наш(ият|ия)? (служител|колега|търговец)|нашата (служителка|колежка)|наш "
    r"(сотрудник|менеджер|коллега|инженер|бухгалтер)|наша (сотрудница|коллега)|наш (співробітник|менеджер|інженер))"
    r"(?!\w)[^.\n]{0,40}(?<!не )(?<!\w)(е въвел|е въвела|въведе|е посочил|е посочила|ввел|ввела|указал|указала|внес|"
    r"внесла|вніс|внесла|вказав|вказала)(?!\w) (\w+ )?(грешн\w*|неправилн\w*|неверн\w*|ошибочн\w*|неправильн\w*|"
    r"помилков\w*|хибн\w*)",
    r"\bwe (did |have |had )?(indeed |actually |mistakenly |wrongly |accidentally )?(invoiced?|billed|bill|charged?)( you)?"
    r"( for)? [^.;!?\n]{0,40}\binstead of (the )?(agreed|contracted|ordered|quoted)\b",
    r"\b(booked|charged|billed|logged|posted|allocated|entered|put)\b[^.;!?\n]{0,60}\b(when|but|while|whereas) (the \w+|"
    r"it|they|this|these|that) (was|were) (actually|really|in fact) (for|done for|carried out for) "
    r"(another|a different|someone else's|other) (client|customer|contract|account|site)\b",
    r"\byou'?re (quite |absolutely |entirely |completely )?right( that|,|:)[^.;!?\n]{0,40}\b(shouldn't|should not|should "
    r"never|ought not to)( have)? (be|been|appear\w*|show\w*|go\w*|gone)( up)? (on|in|onto) (your|the) (invoice|bill|"
    r"statement|account)\b",
)
# Instalments granted in other words: sl "lahko poravnate v štirih mesečnih obrokih", hr/bs/sr "možete platiti u tri
# mjesečne rate"; nl "u kunt het bedrag in drie gelijke delen voldoen", en "you can pay it in three equal parts", de
# "Sie können den Betrag in drei Teilen zahlen". Not "ne morete plačati v obrokih", "u kunt niet in delen betalen".
_TERMS_S33B = _rx_folded(
    r"(?<!\bne )\b(lahko|boste lahko|smete)\b(?:(?!\bne\b)[^.;!?\n]){0,60}\b(poravna|placa|odplaca|poplaca|plac)\w*"
    r"[^.;!?\n]{0,60}\bv (dveh|treh|stirih|petih|sestih|\d+) (\w+ )?obrok\w*",
    r"(?<!\bne )\b(mozete|moci cete|mozes|mozete ga|mozete je)\b(?:(?!\bne\b)[^.;!?\n]){0,60}\bu (dvije|dve|tri|cetiri|"
    r"pet|sest|\d+) (\w+ )?(rate|rata|obroka|obroke)\b",
    r"\b(u kunt|je kunt|jullie kunnen|mag u|kunt u|mogen jullie)\b(?:(?!\b(niet|geen)\b)[^.;!?\n]){0,50}\bin (twee|drie|"
    r"vier|vijf|zes|\d+) (gelijke |maandelijkse |aparte )?(delen|termijnen|stukken|porties|betalingen|keer)\b",
    r"\b(you can|you may|feel free to)\b(?:(?!\b(not|never)\b|n't)[^.;!?\n]){0,40}\b(pay|settle|split)\b[^.;!?\n]{0,30}"
    r"\bin (two|three|four|five|six|\d+) (equal |monthly |separate )?(parts|portions|chunks|payments|goes|lots)\b",
    r"\b(sie konnen|ihr konnt|du kannst|konnen sie)\b(?:(?!\b(nicht|kein\w*)\b)[^.;!?\n]){0,50}\bin (zwei|drei|vier|"
    r"funf|sechs|\d+) (gleichen |monatlichen |einzelnen )?(teilen|teilbetragen|tranchen|etappen)\b",
)
# Sarcasm that their "in progress" is a permanent state: he "נראה שאצלכם "בטיפול" הוא מצב קבוע", "אם כי כנראה שגם היא
# לא תעזור"; en "'in progress' seems to be a permanent state with you", de "scheint bei Ihnen ein Dauerzustand zu sein",
# fr "semble être un état permanent chez vous", nl "lijkt bij u een permanente toestand". Shame over professionalism:
# ro "ne-am fi așteptat la mai mult profesionalism", "spune destul despre felul în care vă tratați obligațiile"; en
# "says a lot about how you treat your obligations", de "sagt einiges darüber, wie Sie ...", fr "en dit long sur la
# façon dont vous ...". Not "the fault seems to be a permanent condition of the disk", "ne-am aștepta la plată".
_HARASS_S33B = _rx_folded(
    r"(?<!\w)אצלכם(?!\w)[^.\n]{0,40}(מצב|סטטוס) (קבוע|נצחי)(?!\w)",
    r"(?<!\w)(מצב|סטטוס) (קבוע|נצחי) אצלכם(?!\w)",
    r"(?<!\w)כנראה (ש)?גם (זה|זו|היא|הוא|זאת) לא (תעזור|יעזור|תועיל|יועיל)(?!\w)",
    r"\b(seems|appears|looks|must be|is clearly|is obviously|has become)\b[^.;!?\n]{0,30}\b(a )?(permanent|perpetual|"
    r"eternal|constant|chronic) (state|condition|status|fixture)\b[^.;!?\n]{0,20}\b(with you|at your end|for you|"
    r"over there|in your (office|company|team|house|accounts))\b",
    r"\bbei (ihnen|euch)\b[^.;!?\n]{0,40}\b(ein )?(dauerzustand|permanenter zustand)\b",
    r"\b(etat|statut) (permanent|eternel)\b[^.;!?\n]{0,10}\bchez vous\b|\bchez vous\b[^.;!?\n]{0,40}\b(etat|statut) "
    r"(permanent|eternel)\b",
    r"\bbij (u|jullie)\b[^.;!?\n]{0,40}\b(een )?(permanente|blijvende|eeuwige) (toestand|status)\b",
    r"\b(ne-am fi asteptat|ne asteptam|ne-am asteptat|ne-am fi dorit) (\w+ )?la mai mult(a)? (profesionalism|seriozitate|"
    r"responsabilitate|respect|corectitudine)\b",
    r"\bspune (destul|multe|totul|suficient|mult|tot) despre (felul|modul) (in care|cum) (va|isi|o) (tratati|ocupati|"
    r"respectati|onorati|gestionati|achitati|platiti|trateaza|respecta|onoreaza|ocupa)\b",
    r"\b(says|tells (us|me)|speaks) (a lot|enough|plenty|volumes|everything) about (how|the way) you (treat|honour|"
    r"honor|(deal with|handle) your (obligations|suppliers|bills|invoices|partners|commitments|debts))\b",
    r"\bsagt (einiges|viel|alles|genug) (daruber|uber),? wie (sie|ihr) [^.;!?\n]{0,40}\b(umgehen|umgeht|behandeln|"
    r"behandelt)\b",
    r"\ben dit (long|beaucoup|assez) sur (la facon|la maniere|votre facon|votre maniere) (dont|de)\b",
    r"\bwe would have expected (a lot |much |rather )?more (professionalism|seriousness|respect) from (a|an|your)\b",
    # en: their own boast turned on them: "for a company that tells its clients it runs a tight ship, losing track of
    # an invoice is hard to take seriously".
    r"\bfor (a|an|such a) (company|firm|business|provider|organisation|organization|team|practice)( that| which| who)? "
    r"(tells|prides itself|claims|boasts|advertises|markets itself|sells itself|preaches|lectures|promises)\b"
    r"[^.;!?\n]{0,120}\b(hard to take seriously|embarrassing|ironic|laughable|a bit rich|rather rich|not a good look)\b",
)
# lv/lt/et: the due date moved in the active past: lv "rēķina apmaksas termiņu mēs esam pārcēluši uz 30. aprīli", lt
# "mokėjimo terminą perkėlėme į balandžio 30 d.", et "maksetähtaja oleme pikendanud 30. aprillini". The negation is a
# prefix ("neesam pārcēluši", "neperkėlėme") or "ei ole", so the bare forms are ours.
_TERMS_S33B_BALTIC = _rx_folded(
    r"\btermin\w*[^.;!?\n]{0,40}(?<!\w)(esam|esmu|ir|tika|tiek) (\w+ )?(parcelusi|parcelts|parcelta|pagarinajusi|"
    r"pagarinats|pagarinata|atlikusi|atlikts|atlikta)\b",
    r"\btermin\w*[^.;!?\n]{0,40}\b(perkeleme|pratesem|atidejome|perkelsime|pratesime|atidesime|perkeltas|pratestas)\b",
    r"(?<!\bei )\b(oleme|olen|on) (\w+ )?(pikendanud|edasi lukanud|muutnud|pikendatud|edasi lukatud)\b[^.;!?\n]{0,40}"
    r"\b(\w*tahta(eg|ja|ega)\w*|\w*tahtpaev\w*|maksepaev\w*)",
    r"\b(\w*tahta(eg|ja|ega)\w*|\w*tahtpaev\w*|maksepaev\w*)\b[^.;!?\n]{0,40}(?<!\bei )\b(oleme|olen) (\w+ )?"
    r"(pikendanud|edasi lukanud|muutnud)\b",
    r"(?<!\bei )\b(oleme|olen) (\w+ )?(\w*tahta(eg|ja|ega)\w*|\w*tahtpaev\w*|maksepaev\w*) (\w+ )?(pikendanud|"
    r"edasi lukanud|muutnud)\b",
)
# Our own side named as the cause of the delay, in the words people use for it: fr "le retard de votre validation
# vient de notre côté", "le retard nous est imputable"; en "the delay was on our side", "the hold-up is down to us"; de
# "die Verzögerung lag bei uns"; es "el retraso fue por nuestra parte"; pt "o atraso foi do nosso lado"; it "il ritardo
# è dipeso da noi"; nl "de vertraging lag bij ons". Our own staff member blamed: ru "по вине нашего декларанта", uk "з
# вини нашого менеджера", pl "z winy naszego pracownika", bg "по вина на наш служител"; cs "vinou našeho"; and the
# same the other way round ("по нашей вине" is found elsewhere). The delay merely reported ("the delay on our side has
# been resolved" is still ours), but not asked about or denied ("if the delay is on our side", "ne vient pas de
# notre côté").
_NOT_HERE = r"(?:(?!\b(?:not|never|pas|nicht|kein\w*|no|nao|non|niet|geen|nie|ne)\b|n't)[^.;!?\n])"
_FAULT_S34 = _rx_folded(
    r"(?<!\bsi le )(?<!\bsi ce )(?<!\bsi un )\b(retard|probleme|blocage|erreur|oubli|decalage|malentendu)\b"
    rf"{_NOT_HERE}{{0,80}}\b(vient|provient|venait|provenait|est venu|est venue|est|etait|a ete) (bien |entierement |"
    r"uniquement |totalement )?(de notre cote|de notre fait|de notre faute|de notre ressort|imputable a (nos services|"
    r"notre (equipe|service|societe|cabinet|erreur)|nous))\b",
    r"\b(retard|probleme|erreur|oubli)\b[^.;!?\n]{0,60}(?<!\bne )\bnous (est|etait) (entierement |totalement )?imputable\b",
    r"(?<!\bif the )(?<!\bif this )(?<!\bwhether the )\b(delay|hold-?up|late (approval|payment|invoice|filing|"
    r"submission)|problem|confusion|mix-?up)\b"
    rf"{_NOT_HERE}{{0,60}}\b(is|was|lies|lay|came|comes|sits|sat) (entirely |completely |squarely |firmly |all )?"
    r"(on our (side|end)|from our (side|end)|down to us|our doing|on us)\b(?! to\b)",
    r"(?<!\bwenn die )(?<!\bfalls die )(?<!\bob die )\b(verzogerung|verspatung|versaumnis|problem)\b"
    rf"{_NOT_HERE}{{0,60}}\b(liegt|lag|ging|geht) ((?!nicht\b|kein\w*)\w+ )?(bei uns|auf unserer seite|auf unsere kappe|auf unser konto)\b",
    r"(?<!\bsi el )\b(retraso|demora|problema|atraso)\b"
    rf"{_NOT_HERE}{{0,60}}\b(fue|es|ha sido|se debio|se debe|vino|foi|deveu-se|veio) (?:(?!(?:not|nicht|niet|pas|no|non|nao|nie)\b)\w+ )?(por nuestra parte|de "
    r"nuestra parte|de nuestro lado|a nosotros|da nossa parte|do nosso lado|por nossa culpa)\b",
    r"(?<!\bse il )\b(ritardo|problema|disguido)\b"
    rf"{_NOT_HERE}{{0,60}}\b(e|e stato|e dipeso|dipende|deriva|e derivato) (?:(?!(?:not|nicht|niet|pas|no|non|nao|nie)\b)\w+ )?(da noi|dalla nostra parte|da parte "
    r"nostra|per colpa nostra)\b",
    r"(?<!\bals de )\b(vertraging|probleem)\b"
    rf"{_NOT_HERE}{{0,60}}\b(ligt|lag|kwam) (?:(?!(?:not|nicht|niet|pas|no|non|nao|nie)\b)\w+ )?(bij ons|aan onze kant|door ons)\b",
    r"(?<!не )(?<!\w)(по вине|з вини|через провину|по вина на) (нашего|нашей|наших|нашого|нашоі|нашої|наших|наш|"
    r"нашия|нашата)(?!\w)",
    r"(?:^|[.;:!?,\n])(?:(?!\bnie\b)[^.;:!?,\n]){0,80}\b(z (winy|powodu bledu) (naszego|naszej|naszych)|z naszej winy)\b",
    r"(?<!\bne)\b(nasi|nasou) vinou\b|\bvinou (naseho|nasi|nasich|nasho)\b",
    # Our system named as the one that billed twice, in the other languages: de "unser System hat Ihnen ... doppelt
    # berechnet", fr "notre système vous a facturé deux fois", es "nuestro sistema le facturó dos veces", pt "o nosso
    # sistema cobrou em duplicado", it "il nostro sistema ha fatturato due volte", nl "ons systeem heeft dubbel
    # gefactureerd".
    r"\b(unser|notre|nuestro|nosso|o nosso|il nostro|ons) (?:(?!(?:not|nicht|niet|pas|no|non|nao|nie)\b)\w+ )?(system|systeme|sistema|systeem|software|logiciel|"
    r"plattform|plateforme|plataforma|piattaforma|platform)\b"
    rf"{_NOT_HERE}{{0,50}}\b(doppelt|zweimal|deux fois|en double|dos veces|por duplicado|duas vezes|em duplicado|em "
    r"duplicidade|due volte|doppia|dubbel|twee keer)\b",
)
# A plan we agreed, said as agreed: "We've agreed that you'll pay the R12 000,00 in three monthly instalments of
# R4 000,00"; "you'll" is otherwise the customer's promise recorded. Not "we have not agreed", nor a plan agreed
# before (cleared as an existing plan).
_TERMS_S35B = _rx_folded(
    r"\b(we('ve| have)|i('ve| have)) (now |just |also )?(agreed|arranged|approved|accepted)( with you)?( that)? "
    r"(you('ll| will| can| may)|the (balance|amount|invoice|rest|remainder)|it)\b[^.;!?\n]{0,80}\b(instal+ments|"
    r"(weekly |monthly )payments|(two|three|four|five|six|\d+) (equal )?(payments|parts|tranches))\b",
    # A longer payment term granted: ro "vă acordăm termen de plată de 60 de zile", es "le concedemos un plazo de pago
    # de 60 días", pt "concedemos-lhe um prazo de pagamento de 60 dias", de "gewähren wir Ihnen ein Zahlungsziel von
    # 60 Tagen", pl "przyznajemy Państwu 60-dniowy termin płatności", hu "60 napos fizetési határidőt biztosítunk",
    # cs "poskytujeme splatnost 60 dní".
    r"(?<!\bnu )(?<!\bno )(?<!\bnicht )(?<!\bnie )\b(va acordam|acordam|vom acorda|va oferim|le concedemos|"
    r"concedemos(-lhe)?|otorgamos|gewahren wir( ihnen)?|wir gewahren( ihnen)?|przyznajemy|udzielamy|poskytujeme|"
    r"poskytneme)\b[^.;!?\n]{0,40}\b(termen\w* de plata|plazo de pago|prazo de pagamento|zahlungsziel|termin\w* platnosci|"
    r"splatnost\w*)\b[^.;!?\n]{0,25}\d",
    r"\b\d{2,3}[ -]?(napos|nap) fizetesi hatarid\w* (biztositunk|adunk|engedelyezunk)\b",
    r"\b\d{2,3}[ -](dniow\w*|dni) termin\w* platnosci\b[^.;!?\n]{0,20}\b(przyznajemy|dajemy)\b",
    r"\b\d{2,3} gun(luk)? vade (taniyoruz|veriyoruz|tanidik|verdik|uyguluyoruz)\b",
)
# Exposure threatened in Greek: "θα ενημερώσουμε τους γιατρούς που σας παραπέμπουν ασθενείς ότι δεν πληρώνετε τους
# προμηθευτές σας" (we will tell the doctors who refer patients to you that you do not pay your suppliers).
_HARASS_S35B = _rx_folded(
    r"\bθα (ενημερωσουμε|πουμε|γνωστοποιησουμε|αναφερουμε)\b[^.;!?\n]{0,80}\bοτι (δεν|δε) (πληρων|εξοφλ|τηρ)\w*",
)
# A credit note promised in Japanese under its other names, and the sum set off against the next bill: "貸方票
# （クレジットノート）を発行いたします", "次回ご請求分と相殺いただけます", "次回のご請求額と相殺させていただきます"; ko
# "크레딧 노트를 발행해 드리겠습니다"; zh "我们将开具贷项通知单"; ru/uk "мы выставим кредит-ноту". Not "発行いたしかねます",
# "相殺はできかねます", "не выставим".
_REFUND_S35C = _rx_folded(
    r"(貸方票|貸方伝票|クレジットノート|クレジットメモ|返金伝票|赤伝票?)([（(][^）)\n]{0,20}[）)])?(を)?(発行|送付|お送り|ご送付)"
    rf"(を)?{_JA_DO}{_JA_NOT_AFTER}",
    r"次回(の)?(ご)?請求(書|分|額|金額)?(と|から|より|にて)(の)?(相殺|差し引|差引|控除)" + _JA_NOT_AFTER,
    r"(크레딧 ?노트|크레딧 ?메모|대변표|환불)(를|을|로)? ?(발행|발급|처리|진행)(해|하여)? ?(드리겠|드립니다|하겠습니다|해 드리)",
    r"(我们|我們|我方|我司|本公司)(将|將|会|會)?(为您|為您|给您|給您)?(开具|開具|出具|发出|發出)(一张|一張)?(贷项通知单|貸項通知單|红字发票|紅字發票|贷记单)",
    # ru/uk: "мы выставим кредит-ноту", "ми виставимо кредит-ноту"; not "не выставим".
    r"(?<!не )(?<!\w)(выставим|оформим|вышлем|направим|выпишем|виставимо|оформимо|надішлемо|випишемо)(?!\w)"
    r"[^.;!?\n]{0,30}(кредит-ноту|кредит ноту|кредитовое авизо|кредитне авізо|корректировочный счет)",
)
# Our error owned in Russian and Ukrainian, said with "our own mistake" or "the blame on our side": ru "мы по своей
# ошибке указали 15 слушателей", "вина целиком на нашей стороне", "ошибка полностью на нашей стороне", "мы признаём
# свою ошибку"; uk "ми через нашу помилку вказали", "вина повністю на нашому боці", "помилка сталася з нашого боку",
# "ми визнаємо свою помилку"; pl "błąd leży całkowicie po naszej stronie". Not the denial ("ошибка не на нашей
# стороне", "мы не по своей ошибке"), not "вы по своей ошибке", not the open question ("если ошибка на нашей стороне",
# "на чьей стороне ошибка").
_FAULT_S35C = _rx_folded(
    r"(?<!\w)(мы|ми)(?!\w)( (?!не(?!\w))\w+){0,2} (по|через) (своей|нашей|свою|нашу|своїй|нашій|власну) "
    r"(ошибке|ошибку|помилці|помилку|оплошности|недосмотру|недогляду|неуважності|невнимательности)(?!\w)",
    r"(?<!\w)(?<!не )(по|через) (нашей|нашу|нашій|нашому) (ошибке|ошибку|помилці|помилку|недосмотру|недогляду)(?!\w)",
    r"(?<!если )(?<!якщо )(?<!\w)(вина|ошибка|помилка|провина)(?!\w)( (была|лежит|лежить|була|сталась|сталася|"
    r"произошла|целиком|полностью|повністю|цілком|исключительно|виключно))* (на нашей стороне|на нашій стороні|"
    r"на нашому боці|з нашого боку|с нашей стороны|на нас)(?!\w)",
    r"(?<!\w)(?<!не )(мы|ми) (полностью |повністю |честно |чесно )?(признаем|признаём|визнаємо|признаваме) "
    r"(свою|нашу|свою власну) (ошибку|вину|помилку|провину|грешка)(?!\w)",
    r"\b(błąd|pomyłka|omyłka)\b[^.;!?\n]{0,40}(?<!nie )\b(leży|jest) (całkowicie |w całości |wyłącznie |niestety )?po "
    r"naszej stronie\b",
)
# Naming the customer publicly as a defaulter: de "werden wir Ihr Unternehmen auf der Sponsorenseite ... als säumigen
# Sponsor benennen", "Sie öffentlich als säumigen Zahler nennen"; en "name your company on the sponsors page as a
# defaulting sponsor"; pl "wskażemy Państwa firmę ... jako nierzetelnego sponsora"; ru "назовём вашу компанию ...
# недобросовестным спонсором"; uk "публічно назвемо вашу компанію як боржника"; nl "publiekelijk noemen als nalatige
# sponsor"; fr "comme sponsor défaillant"; id "sebagai sponsor yang menunggak"; vi "công khai tên ... là nhà tài trợ
# chậm thanh toán"; ko "체납 스폰서로 공개하겠습니다"; ja "未払いのスポンサーとして公表いたします". Not the sponsor
# named as a sponsor ("als Silber-Sponsor nennen", "als Gold-sponsor vermelden"), nor an account marked in our own
# system ("als säumig gekennzeichnet").
_DEFAULTER_DE = (
    r"(saumig\w*|zahlungsunwillig\w*|zahlungsunfahig\w*|nicht zahlend\w*|unzuverlassig\w*) (sponsor|zahler|kunde|"
    r"partner|teilnehmer|aussteller|schuldner|unternehmen|firma|betrieb)\w*"
)
_DEFAULTER_EN = (
    r"(a |an |the )?((late[- ]paying|defaulting|delinquent|non[- ]?paying|deadbeat) (sponsor|payer|customer|client|"
    r"partner|exhibitor|debtor|company|attendee)s?|(late|bad|slow) payers?|non-?payers?|defaulters?)"
)
_HARASS_S35C = _rx_folded(
    r"\bals "
    + _DEFAULTER_DE
    + r"\b[^.;!?\n]{0,40}\b(benenn|nenn|auffuhr|aufzufuhr|veroffentlich|erwahn|anprangern|"
    r"prasentier|bekanntgeb|bekannt ?(zu )?(geb|mach)|auflist|listen)\w*",
    r"\b(benenn|nenn|fuhr|veroffentlich|erwahn|prasentier|list)\w*\b[^.;!?\n]{0,80}\bals "
    + _DEFAULTER_DE
    + r"\b",
    r"\b(name|list|announce|display|feature|publish|mention|shame|show)\w*\b (you|your (\w+ )?(company|firm|"
    r"organi[sz]ation|business|team|school|agency|brand))\b[^.;!?\n]{0,60}\bas " + _DEFAULTER_EN + r"\b",
    r"\b(wskazemy|wymienimy|opublikujemy|oznaczymy|przedstawimy|podamy)\b[^.;!?\n]{0,80}\bjako (nierzeteln\w*|"
    r"dluznik\w*|nieplac\w*|niewyplacaln\w*)",
    r"(?<!\w)(назовем|назвемо|упомянем|згадаємо|укажем|вкажемо|опубликуем|опублікуємо|представим|представимо)(?!\w)"
    r"[^.;!?\n]{0,80}(?<!\w)(как |як )?(недобросовестн\w*|недобросовісн\w*|неплательщик\w*|неплатник\w*|должник\w*|"
    r"боржник\w*)",
    r"\b(noemen|vermelden|publiceren|bekendmaken|tonen)\b[^.;!?\n]{0,60}\bals (nalatige|wanbetalende|niet-betalende|"
    r"slecht betalende) (sponsor|klant|partner|betaler|exposant|deelnemer)",
    r"\bals (nalatige|wanbetalende|niet-betalende|slecht betalende) (sponsor|klant|partner|betaler|exposant|deelnemer)"
    r"\w*\b[^.;!?\n]{0,40}\b(noemen|vermelden|publiceren|bekendmaken|bekend maken|tonen)\b",
    r"\b(citer|citerons|nommer|nommerons|mentionner|mentionnerons|afficher|afficherons|publier|publierons|designer|"
    r"designerons)\b[^.;!?\n]{0,80}\bcomme (un |une |le |la )?(mauvais payeur|mauvaise payeuse|(sponsor|partenaire|"
    r"client|exposant|debiteur)s? (defaillant|mauvais payeur|en defaut de paiement))",
    r"\b(mengumumkan|menyebut|menyebutkan|mencantumkan|menampilkan|mempublikasikan|memasang)\b[^.;!?\n]{0,80}\bsebagai "
    r"(sponsor|pelanggan|klien|mitra|peserta|perusahaan|debitur)( yang)? (menunggak|tidak membayar|belum membayar|gagal "
    r"bayar|lalai)\b",
    r"\b(cong khai|neu ten|dang ten)\b[^.;!?\n]{0,80}\b(la|nhu la) (nha tai tro|khach hang|doi tac|don vi|cong ty)"
    r"( \w+)? (cham thanh toan|no dong|khong thanh toan|chay no|vo no)\b",
    r"(체납|미납|연체|미지급)( ?(스폰서|후원사|업체|고객|기업|회사))(로|으로)[^.。\n]{0,40}(공개|공표|게시|발표)"
    r"(하겠|할 것|합니다|됩니다)",
    r"(未払い|未納|滞納|支払遅延|不払い)(の)?(スポンサー|企業|会社|協賛企業|協賛社|顧客|取引先)として[^。\n]{0,30}"
    rf"(公表|公開|掲載|発表|告知){_JA_DO}{_JA_NOT_AFTER}",
)
# --- session 36: wordings from the bakery and stage-rental sets -----------------------------------------------------
# A lawsuit and enforcement in Serbian, Croatian and Bosnian, in either script: sr "тужимо вас пред Привредним судом",
# "подносимо предлог за извршење", a subject's "опомена пред утужење"; hr/bs "tužit ćemo vas", "pred Trgovačkim
# sudom". Not "нећемо вас тужити", not "извршење плаћања" (a payment carried out): enforcement only as the creditor's
# motion, the forced collection or the bailiff. The clause may not hold a denial; a condition's "не" sits before its
# comma ("Ако новац не легне на рачун до петка, подносимо ...").
_SR_CLAUSE = (
    r"(?:^|(?<=[.;:!?\n,]))(?:(?!(?<!\w)(не|нећемо|нисмо|без|ne|necemo|nismo|bez)(?!\w))[^.;:!?\n,]){0,100}?"
)
_LEGAL_S36 = _rx_folded(
    _SR_CLAUSE + r"(?<!\w)(тужимо|тужићемо|тужит ћемо|утужићемо|утужит ћемо|утужујемо|утужењ\w*|тужб\w*|"
    r"предлог за (извршење|принудн\w*)|принудн\w* наплат\w*|(јавн\w* )?извршител\w*|извршн\w* поступ\w*|"
    r"пред (\w+ ){0,2}суд(ом)?|судск\w* (пут\w*|поступ\w*|спор\w*))(?!\w)",
    _SR_CLAUSE
    + r"\b(tuzimo|tuzicemo|tuzit cemo|utuzicemo|utuzit cemo|utuzujemo|utuzenj\w*|predlog za izvrsenje|"
    r"prijedlog za izvrsenje|prinudn\w* naplat\w*|javn\w* izvrsitelj\w*|izvrsn\w* postup\w*|pred (\w+ ){0,2}sudom|"
    r"sudsk\w* (put\w*|postup\w*|spor\w*))\b",
)
# A smaller sum taken as the final payment, in the languages _SETTLEMENT_FIGURE lacked, is read there; the rest of
# the debt written off outright: bg "ще отпишем остатъка", ru "спишем остаток", uk "спишемо залишок", sr/hr
# "otpisat ćemo ostatak"; not "не спишем".
_DISCOUNT_S36 = _rx_folded(
    r"(?<!не )(?<!\w)(спишем|спишемо|отпишем|ще отпишем|отписаћемо|отписујемо|otpisat cemo|otpisacemo|otpisujemo)"
    r"(?!\w) (\w+ ){0,2}(остаток|остатка|залишок|залишку|остатъка|остатък|остатак|разницу|різницю|разликата|разлику|"
    r"razliku|ostatak|preostal\w*|преостал\w*)(?!\w)",
)
# A credit document drawn up and sent in Turkish, the verbs chained ("alacak dekontu düzenleyip bu hafta içinde size
# ileteceğiz", "iade faturasını hazırlayıp göndereceğiz") or passive ("fiyat farkı faturası kesilecektir"); money
# refunded without naming where to ("fazla ödenen 2.350 TL'yi iade edeceğiz"). Negation sits in the verb
# ("düzenlemeyeceğiz"), which the lists leave out; a comma ends the run.
_TR_RUN = r"(?: [^\s.,;!?]+){0,8}? "
_REFUND_S36 = _rx_folded(
    r"\b(iade|alacak|fiyat farki) (faturasi|dekontu|belgesi|notu)\w*"
    + _TR_RUN
    + r"(kesecegiz|kesiyoruz|keseriz|"
    r"duzenleyecegiz|duzenliyoruz|duzenleriz|gonderecegiz|gonderiyoruz|gondeririz|iletecegiz|iletiyoruz|iletiriz|"
    r"hazirlayacagiz|hazirliyoruz|olusturacagiz|olusturuyoruz|yansitacagiz|yansitiyoruz|tanzim edecegiz|"
    r"tanzim ediyoruz|duzenlenecek\w*|kesilecek\w*|gonderilecek\w*|iletilecek\w*|olusturulacak\w*)\b",
    r"\b(tutar\w*|ucret\w*|para\w*|odeme\w*|fark\w*|fazla\w*|bedel\w*)(?: [^\s.,;!?]+){0,5}? (iade|mahsup) "
    r"(edecegiz|ediyoruz|edilecek\w*)\b",
)
# Our error owned without the word "error": ro the liability ours ("răspunderea pentru marfa deteriorată ne aparține
# în întregime", "responsabilitatea ne revine"); he a figure keyed or charged wrongly on our side ("המחיר הוקלד אצלנו
# בטעות", "הקלדנו בטעות", "חויבתם בטעות", "טעינו"). Not "nu ne aparține", "לא טעינו", the condition ("dacă", "אם
# חויבתם בטעות") or the question.
_FAULT_S36 = _rx_folded(
    # A Romanian draft has its "ne" (us) and "nu" (not) spelled in English by then (_NATIVE_NEGATION).
    _RO_HEDGED
    + r"\b(raspunderea|responsabilitatea|vina|culpa)\b(?: (?!(nu|not)\b)\w+){0,5} ((ne|us) apartine|"
    r"(ne|us) revine|este a noastra|este in totalitate a noastra|ii apartine (societatii|firmei|companiei) noastre)\b",
    r"(?<!לא )(?<!אם )(?<!\w)(הקלדנו|רשמנו|הזנו|חייבנו|חישבנו|הוצאנו|הפקנו)(?!\w)[^.\n?]{0,30}(?<!\w)בטעות(?!\w)"
    r"|(?<!לא )(?<!אם )(?<!\w)(טעינו|שגינו)(?!\w)(?![^.\n]{0,30}\?)",
    r"(?<!לא )(?<!אם )(?<!\w)(הוקלד|הוקלדה|הוקלדו|נרשם|נרשמה|נרשמו|הוזן|הוזנה|הוזנו|חויב|חויבה|חויבו|חושב|חושבה|"
    r"חושבו|הונפק|הונפקה|הופק|הופקה)(?!\w) (אצלנו|מצדנו|מצידנו|על ידינו|במערכת שלנו) בטעות(?!\w)",
    r"(?<!אם )(?<!\w)(חויבתם|חויבת|חויבתן) בטעות(?!\w)(?![^.\n]{0,30}\?)",
)
# A new due date named as such in Serbian and Croatian: "uzet ćemo to kao novi rok", "novi rok je 30. travnja", "као
# нови рок". Not their request ("vaš zahtjev za novi rok"), nor a new deadline refused ("ne možemo dati novi rok").
_TERMS_S36 = _rx_folded(
    r"(?<!ne )\b(kao novi rok|novi rok (je|ce biti|bit ce))\b|(?<!не )(?<!\w)(као нови рок|нови рок (је|ће бити))(?!\w)",
    # A pay date given instead of the old one: "možete platiti do 15. aprila 2026, umesto do 10. marta"; not "ne možete".
    r"(?<!ne )(?<!ne mozete )(?<!ne mozes )\b(platiti|platite|uplatiti|uplatite|podmiriti|podmirite|placati|placate)\b"
    r"[^.;!?\n]{0,40}\bdo \d{1,2}\. ?[a-z]+( \d{4})?,? (umesto|umjesto|namesto) (do |od )?\d{1,2}\. ?[a-z]+",
    r"(?<!не )(?<!не можете )(?<!\w)(платити|платите|уплатити|уплатите|измирити|измирите)(?!\w)[^.;!?\n]{0,40}"
    r"(?<!\w)до \d{1,2}\. ?\w+( \d{4})?,? уместо (до |од )?\d{1,2}\. ?\w+",
)
# The customer shamed in front of its trade: "niech inni wiedzą, z kim mają do czynienia", "so that others know who
# they are dealing with", "damit andere wissen, mit wem sie es zu tun haben", fr/es/it/pt/nl alike; pl "opiszemy waszą
# agencję na branżowej grupie ... jako firmę, która nie płaci podwykonawcom". And sneering at the customer's ability
# to count or read a calendar: "compter jusqu'à trente jours reste un exercice difficile dans votre service comptable",
# "counting to thirty seems to be a challenge for your AP team". Not "so you know who you are dealing with", not
# "30 jours à compter de la date de facture".
_HARASS_S36 = _rx_folded(
    # sr/hr/bs: "jedna obična neozbiljna ekipa nesposobnjakovića", "banda lopova".
    r"(?<!\w)(nesposobnjak\w*|неспособњак\w*|neozbiljn\w* ekip\w*|неозбиљн\w* екип\w*|banda "
    r"(lopova|prevaranata)|банда (лопова|преварана?та))(?!\w)",
    # A humiliation staged before the customer's own audience: es "retiraremos nuestro equipo delante de todo su
    # público", en "in front of all your guests", fr "devant tout votre public", it/pt/de alike.
    r"\b(delante|enfrente|en frente) de (todo |toda |todos )?(su|sus|vuestro|vuestros) (publico|invitados|asistentes|"
    r"huespedes)\b|\bin front of (all )?your (audience|guests|attendees|spectators)\b|\bdevant (tout )?(votre|vos) "
    r"(public|invites|spectateurs)\b|\bdavanti (a )?(tutto )?(il )?(vostro|suo) pubblico\b|\b(na frente|diante) "
    r"(de todo |do )?(o )?seu publico\b|\bvor (ihrem|eurem|ihren|euren) (ganzen )?(publikum|gasten|zuschauern)\b",
    r"\b(others|other \w+|everyone|everybody|the (whole )?(industry|trade|sector))\b[^.;!?\n]{0,30}\bknow (exactly )?"
    r"(who|what) (they are|they're|they'll be|they will be) dealing with\b",
    r"\b(inni|wszyscy|kazdy|branza|pozostali|inne firmy)\b[^.;!?\n]{0,30}\bz kim (maja|ma|beda mieli|bedzie mial) "
    r"do czynienia\b",
    r"\b(andere|alle|jeder|die branche)\b[^.;!?\n]{0,30}\bwissen,? mit wem (sie|er|man) es zu tun (haben|hat)\b",
    r"\b(autres|tout le monde|chacun|la profession)\b[^.;!?\n]{0,30}\b(sachent|sache|sauront|saura|savoir)\b"
    r"[^.;!?\n]{0,10}\b(a qui|avec qui) (ils ont|on a|il a) affaire\b",
    r"\b(los demas|otros|todos|todo el mundo|el sector)\b[^.;!?\n]{0,30}\b(sepan|sabran|sepa|saber) con quien "
    r"(tratan|estan tratando|se las ven)\b",
    r"\b(gli altri|altri|tutti)\b[^.;!?\n]{0,30}\b(sappiano|sapranno|sapere) con chi (hanno|avranno) a che fare\b",
    r"\b(os outros|outros|todos|o mercado)\b[^.;!?\n]{0,30}\b(saibam|saberao|saber) com quem (estao lidando|lidam|"
    r"estao a lidar)\b",
    r"\b(anderen|iedereen|de branche)\b[^.;!?\n]{0,30}\bweten met wie (ze|zij) te maken (hebben|krijgen)\b",
    r"\b(opiszemy|opublikujemy|napiszemy|przedstawimy|pokazemy|ostrzezemy|wrzucimy|umiescimy)\b[^.;!?\n]{0,80}"
    r"\bjako (firm\w*|agencj\w*|klient\w*|kontrahent\w*|zleceniodawc\w*)\b[^.;!?\n]{0,10}\b(ktor\w*|co) "
    r"(nie plac\w*|nie reguluje|nie oddaje|zalega)",
    r"\b(compter jusqu'a|count(ing)? to|bis|contar hasta|contare fino a|contar ate|tot|liczyc do|liczenie do) "
    r"(trente|thirty|dreissig|treinta|trenta|trinta|dertig|trzydziestu|30|soixante|sixty|sechzig|sesenta|sessanta|"
    r"sessenta|zestig|60)( \w+)?( (zu )?zahlen| tellen)?\b[^.;!?\n]{0,40}\b(difficile|complique\w*|insurmontable|un defi|"
    r"hard|difficult|a challenge|challenging|a struggle|tricky|beyond|too much|schwer|schwierig|uberforder\w*|"
    r"herausforderung|dificil|complicad\w*|un reto|un desafio|una sfida|um desafio|moeilijk|lastig|uitdaging|"
    r"trudn\w*|wyzwani\w*|przerasta)",
    r"\b(read(ing)? a calendar|lire un calendrier|einen kalender (zu )?lesen|leer un calendario|leggere un calendario|"
    r"ler um calendario|een kalender lezen)\b[^.;!?\n]{0,40}\b(difficile|un defi|hard|difficult|a challenge|beyond|"
    r"too much|schwer|schwierig|uberforder\w*|dificil|un reto|una sfida|um desafio|moeilijk|lastig)",
)
# --- session 36b: the Asian scripts and Hebrew for the threat, the plan and the admission they are sent in ------------
# Thai: the debt reported to the credit bureau or handed to a collector or a law office, said as a necessity without
# "จะ" (will): "บริษัทฯ มีความจำเป็นต้องส่งข้อมูลการค้างชำระของท่านไปยังเครดิตบูโร", "ขอสงวนสิทธิ์ดำเนินคดีตามกฎหมาย". The
# run up to the verb holds no "ไม่" (not) and no "กรุณา"/"โปรด" (please: their own department asked to look); the
# condition sits in its own space-delimited run ("หากไม่ได้รับชำระภายในวันที่ 30 เมษายน"). Hindi: the matter handed to
# an outside collection agency, the credit bureau or a lawyer, the verb last in the future or "have to": "यह मामला
# बाहरी वसूली एजेंसी को सौंपना पड़ेगा", "क्रेडिट ब्यूरो को रिपोर्ट कर देंगे"; not "नहीं", nor a question. "हमारी वसूली टीम"
# (our collections team) names no agency.
_TH_WE_RUN = r"(?<!\S)(?:(?!ไม่|ไม|กรุณา|โปรด)\S){0,40}"
_TH_COLLECTOR = (
    r"(เครดิตบูโร|บริษัทข้อมูลเครดิต|ข้อมูลเครดิตแห่งชาติ|บริษัท(รับจ้าง)?(ติดตาม|ทวงถาม|เร่งรัด)(ทวงถาม)?หนี้|"
    r"(ผู้ให้บริการ|ตัวแทน|สำนักงาน|หน่วยงาน)(ติดตาม|ทวงถาม|เร่งรัด)(ทวงถาม)?หนี้|สำนักงานกฎหมาย|สำนักงานทนายความ|ทนายความ)"
)
_HI_COLLECTOR = (
    r"(वसूली एजेंसी|रिकवरी एजेंसी|कलेक्शन एजेंसी|संग्रह एजेंसी|ऋण वसूली एजेंसी|वसूली एजेंट|रिकवरी एजेंट|"
    r"क्रेडिट ब्यूरो|क्रेडिट ब्यूरों|सिबिल|cibil|क्रेडिट इंफॉर्मेशन|क्रेडिट सूचना|वकील|अदालत|न्यायालय|कोर्ट)"
)
_HI_SHALL = (
    r"(सौंपेंगे|सौंप देंगे|सौंपना पड़ेगा|सौंपना पड़ेगी|सौंपना होगा|सौंप दिया जाएगा|सौंपा जाएगा|भेजेंगे|भेज देंगे|"
    r"भेजना पड़ेगा|भेजना होगा|भेज दिया जाएगा|भेजा जाएगा|रिपोर्ट करेंगे|रिपोर्ट कर देंगे|रिपोर्ट करना पड़ेगा|"
    r"रिपोर्ट करनी पड़ेगी|रिपोर्ट किया जाएगा|रिपोर्ट कर दिया जाएगा|सूचित करेंगे|सूचित कर देंगे|सूचित करना पड़ेगा|"
    r"सूचना दी जाएगी|दे दी जाएगी|दी जाएगी|दर्ज करेंगे|दर्ज कर देंगे|दर्ज करना पड़ेगा|जाना पड़ेगा|जाएंगे|जाएँगे)"
)
_LEGAL_S36B = _rx_folded(
    _TH_WE_RUN
    + r"(ส่ง|แจ้ง|รายงาน|โอน|มอบ|เปิดเผย)(?:(?!ไม่|ไม)[^\n.?]){0,60}?"
    + _TH_COLLECTOR
    + r"(?!ของท่าน|ของคุณ)",
    _TH_WE_RUN + r"(จำเป็นต้อง|ต้อง|ขอสงวนสิทธิ์|สงวนสิทธิ์|ถูกบังคับให้)(ใน|ที่จะ)?(การ)?"
    r"(ดำเนินคดี|ฟ้องร้อง|ฟ้อง|ดำเนินการทางกฎหมาย|ดำเนินการตามกฎหมาย|ใช้มาตรการทางกฎหมาย)",
    _HI_COLLECTOR + r"(?:(?!नहीं|क्या|कृपया)[^।.?\n]){0,40}?" + _HI_SHALL + r"(?![^।.\n]{0,20}\?)",
    # ja: the claim handed over in the plain form: "本件を提携の債権回収会社に引き継ぐことになります", "弁護士に委任する予定
    # です", "信用情報機関に登録することとなります"; not "引き継ぐことはございません".
    r"(債権回収会社|債権回収業者|サービサー|回収代行会社|回収業者|弁護士|法律事務所|信用情報機関)(に|へ)[^。\n]{0,15}"
    r"(引き継|引継|委託|依頼|移管|委任|登録|報告)(ぐ|ぎ|する|いたす)?(ことにな|こととな|予定|ます)"
    + _JA_NOT_AFTER,
)
# An instalment plan set up or agreed in Thai and Hindi: th "แบ่งชำระยอด 186,000.00 บาท ... เป็น 3 งวด", "อนุมัติให้
# ผ่อนชำระ"; hi "बकाया राशि को चार मासिक किस्तों में बाँट दिया है", "आप किस्तों में भुगतान कर सकते हैं". Not the refusal
# ("ไม่สามารถแบ่งชำระได้", "किस्तों में भुगतान संभव नहीं"), their wish ("ท่านขอผ่อนชำระ", "ต้องการผ่อนชำระ"), a condition
# ("หาก"/"ถ้า"/"กรณี", "यदि"/"अगर"), a plan already agreed ("ตามที่ได้ตกลง", "ตามแผน", "के अनुसार") or a question.
_TH_PLAN_RUN = r"(?<!\S)(?:(?!ไม่|ไม|ตามที่|ที่ได้|ตามแผน|หาก|ถ้า|กรณี)\S){0,40}"
_TH_NUMBER = r"(\d+|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|สิบสอง)"
# A day and a month ("30.06", "1/7"), never a price ("12.50").
_HE_DATE = r"(0?[1-9]|[12]\d|3[01])[./](0?[1-9]|1[0-2])(?!\d)"
_TERMS_S36B = _rx_folded(
    _TH_PLAN_RUN
    + r"(?<!ขอ)(?<!ขอให้)(?<!ต้องการ)(?<!ประสงค์)(?<!ประสงค์จะ)(?<!อยาก)(แบ่งชำระ|ผ่อนชำระ|แบ่งจ่าย|ผ่อนจ่าย|แบ่ง)"
    r"(?:(?!ไม่|ไม)[^\n?]){0,60}?เป็น ?" + _TH_NUMBER + r" ?งวด",
    _TH_PLAN_RUN + r"(อนุมัติ|ยินดี|ตกลง|อนุญาต)(ให้)?(ท่าน|คุณ)?(ผ่อนชำระ|แบ่งชำระ|แบ่งจ่าย|ผ่อนจ่าย)",
    r"(?<!यदि )(?<!अगर )(किस्तों|किश्तों|ईएमआई|emi) में(?:(?!नहीं|यदि|अगर|क्या|अनुसार|अनुरोध)[^।.?\n]){0,40}?"
    r"(बाँट दिया|बांट दिया|बाँट दी|बांट दी|बाँट देंगे|बांट देंगे|विभाजित कर दिया|विभाजित कर देंगे|विभाजित किया गया|"
    r"कर सकते हैं|कर सकती हैं|कर सकेंगे|अनुमति देंगे|अनुमति दे दी|अनुमति दे रहे|मंजूरी दे दी|मंजूर कर लिया|"
    r"स्वीकार कर लिया|स्वीकार कर ली|तय कर दिया|तय कर दी|बना दिया|बना दी|बना देंगे)(?![^।.\n]{0,20}\?)",
    # he: the due date updated or moved to a new date: "עדכנו את מועד התשלום של חשבונית LF-41760 ל-30.06.2026",
    # "מועד הפירעון שונה ל-15.5"; a date "instead of" the old one: "ל-30.06.2026 במקום 31.03.2026". Not "לא נוכל לשנות",
    # not the invoice's own date ("תאריך החשבונית").
    r"(?<!לא )(?<!\w)(עדכנו|שינינו|הזזנו|העברנו|דחינו|נעדכן|נשנה|נזיז|נדחה|ונעדכן|ונשנה|ונדחה)(?!\w) (את )?"
    r"(מועד|המועד|מועדי|(ה)?תאריך (ה)?(תשלום|פירעון|יעד))( (ה)?(תשלום|פירעון))?(?!\w)[^.\n?]{0,60}?(?<!\w)(ל|עד)[-־]?\s?"
    + _HE_DATE,
    r"(?<!\w)(מועד|תאריך) (ה)?(תשלום|פירעון)(?!\w)[^.\n?]{0,40}?(?<!לא )(?<!\w)(עודכן|שונה|הוזז|נדחה|הוארך|יעודכן|ישונה|"
    r"יידחה|יוארך)(?!\w)[^.\n?]{0,10}?(?<!\w)(ל|עד)[-־]?\s?" + _HE_DATE,
    r"(?<!\w)(ל|עד)[-־]?\s?" + _HE_DATE + r"([./]\d{2,4})?\s+במקום\s+(ה|ל|עד)?[-־]?\s?" + _HE_DATE,
    # it/es/pt: an extension granted with its adjective: "le concediamo un'ultima proroga", "le concedemos una última
    # prórroga", "concedemos-lhe uma última prorrogação".
    r"\b(le|vi|ti) (concediamo|accordiamo|diamo|concederemo|accorderemo|daremo) (una |un'|un )?(ultima|ulteriore|breve|"
    r"nuova|altra|piccola) (proroga|dilazione)\b",
    r"\b(le|les|te|os) (concedemos|damos|concederemos|daremos|otorgamos) (una |un )?(ultima|nueva|breve|pequena|"
    r"segunda) (prorroga|extension|ampliacion)\b",
    r"\b(concedemos|damos|concederemos|daremos)(-lhe|-vos|-te)? (uma |um )?(ultima|nova|breve|pequena|segunda) "
    r"(prorrogacao|extensao)\b",
)
# tr: a smaller sum taken in place of the balance: "toplam 248.000,00 TL yerine 200.000,00 TL ödemeniz yeterli olacak",
# "7.950 USD yerine 6.000 USD'ye kapatabiliriz"; not "yeterli değil".
_TR_CUR = r"(tl|try|₺|eur|euro|usd|\$|€|gbp|£)"
_DISCOUNT_S36B = _rx_folded(
    r"\d[\d.,' ]*\s?"
    + _TR_CUR
    + r"\s?(\w+ )?yerine\s(\w+ ){0,2}\d[\d.,' ]*\s?"
    + _TR_CUR
    + r"('?\w+)?\s(\w+ ){0,2}"
    r"(odemeniz|odenmesi|yatirmaniz|gondermeniz|odemenizle|odemeniz halinde)?\s?(yeterli|yeterlidir|kafi|kafidir|"
    r"kapatabiliriz|kapatiriz|kapatacagiz|kabul ederiz|kabul edecegiz|kabul ediyoruz)\b" + _TR_DENIED,
)
# Money returned in Arabic with the reversal's noun and an indefinite charge: "سنقوم بعكس رسوم المخالفة البالغة 750
# ريالاً", "سيتم إرجاع رسوم التأمين". A done reversal ("تم عكس") and a refusal ("لن نقوم") are not promises.
# en: a reversal or refund we arrange to be made: "I'll arrange for the £240.00 waiver charge to be reversed off your
# account", "we'll have the fee refunded", "let me get that charge credited back"; not "I'll have to check whether it
# can be refunded". hr/bs/sr: what we write off returned as a credit note, the infinitive chained after the future
# ("otpisat ćemo i vratiti Vam ih kao knjižno odobrenje"); not "nećemo".
_REFUND_S36B = _rx_folded(
    # The future verb itself says it is ahead; only "لن"/"لا" before it denies (a clause scan costs half a millisecond).
    r"(?<!لن )(?<!لا )(?<!\w)((سيتم|سوف يتم)\w* |(سنقوم|سوف نقوم|وسنقوم) ب)(عكس|اعادة|رد|ارجاع) (ال)?(رسوم|رسم|غرامة|"
    r"غرامات|مخالفة|مخالفات|مبلغ|مبالغ|قيمة|فرق|زيادة|دفعة|خصم|تكلفة|تكاليف|مصاريف|مصروفات|قسط)",
    r"\b(i'll|i will|we'll|we will|let me|i'm going to|we're going to|i am going to|we are going to|i can|we can|i shall|"
    r"we shall) (arrange for|have|get|ask (\w+ ){1,3}to (have|get)) "
    r"(?:(?!\b(if|whether|unless|should|not|never|no)\b|n't)(?:[^.;!?\n]|(?<=\d)\.(?=\d))){0,60}?\b(to be )?(reversed|"
    r"refunded|"
    r"credited( back)?|reimbursed)\b",
    r"\b(cemo|cu)\b(?:(?!\b(ne|nije|nismo|ako|li)\b)[^.;!?\n]){0,50}\b(vratiti|izdati|refundirati|odobriti) (vam|ti)\b"
    r"([^.;!?\n]{0,20}\bkao (knjizn\w* )?odobrenj\w*| (\w+ )?(novac|iznos\w*|razlik\w*|uplat\w*|preplat\w*|sredstva|"
    r"kamat\w*|naknad\w*)\b)",
    r"(?<!\w)(ћемо|ћу)(?!\w)(?:(?!(?<!\w)(не|није|нисмо|ако)(?!\w))[^.;!?\n]){0,50}(?<!\w)(вратити|издати|одобрити) "
    r"(вам|ти)(?!\w)[^.;!?\n]{0,20}(?<!\w)као (књижн\w* )?одобрењ\w*",
    # sr (Cyrillic), the one-word future with the money: "Вратићемо вам 18.400,00 динара на рачун"; not "Нећемо".
    r"(?<!\w)(?<!не )(?<!ако )(вратићемо|вратићу|уплатићемо|рефундираћемо|одобрићемо) (вам|ти)(?!\w)[^.;!?\n]{0,30}"
    r"(?<!\w)(динар\w*|дин|евра|евро|eur|rsd|новац|износ\w*|разлик\w*|уплат\w*|\d)",
)
# zh: the error owned as "our side's problem" or as our system's double charge: "这是我们这边的问题", "问题出在我们这边",
# "确实是我们的计费系统把同一笔过路费重复计入了两张发票". Not denied ("不是我们的问题", "系统没有重复扣款"), not asked
# ("是否是我们的问题", "...吗？"), not a condition ("如果"), not what the system shows of their payment ("系统显示您重复付款").
_FAULT_S36B = _rx_folded(
    # A fault of our system or our handling named as the cause: ja "弊社の請求システムの不具合により", ko "저희 시스템
    # 오류로 인해", zh "由于我们系统的故障"; not "弊社システムの不具合ではございません", "시스템 오류가 아닌", "并非我们系统的问题".
    r"(弊社|当社|私ども)(側)?の[^。\n、]{0,12}?(システム|処理|担当者|作業|設定)(の|で|上の)?(不具合|不備|誤り|エラー|障害|"
    r"誤作動|設定誤り|ミス)(により|によって|が原因|のため|でした|がございました|がありました)",
    r"(저희|당사|우리 ?회사)( ?측)?(의)? ?[^.\n]{0,10}?(시스템|전산|처리|담당자)(의|상)? ?(오류|착오|장애|실수|결함)(로|때문|가 있었|이 있었)",
    rf"{_ZH_UNDENIED}(由于|由於|因为|因為|因)(我们|我們|我方|我司|本公司)(的)?[^。，,\n]{{0,8}}?(系统|系統)(的)?(故障|错误|錯誤|"
    r"问题|問題|失误|失誤|漏洞|bug)",
    rf"{_ZH_UNDENIED}(?<!否)(这|這|此|这个|這個|这件事|這件事)?(确实|確實|的确|的確|完全|也)?(?<!否)是(我们|我們|我方|我司|本公司)"
    r"(这边|這邊|这一方|這一方|方面|自己|内部|內部)?的(问题|問題)(?=[。！!，,；;\n]|$)",
    rf"{_ZH_UNDENIED}(问题|問題|错误|錯誤|差错|差錯)(确实|確實|的确|的確|完全)?出在(我们|我們|我方|我司|本公司)",
    rf"{_ZH_UNDENIED}(我们|我們|我方|我司|本公司)(这边|這邊)?的?[^。！？!?\n，,；;]{{0,8}}?(系统|系統|同事|员工|員工|财务|財務|"
    r"部门|部門)(?:(?!不|没|沒|未|无|無|如果|若|是否|显示|顯示)[^。！？!?\n，,；;]){0,24}?(重复|重複|多|错误地|錯誤地|误|誤)"
    r"(计入|計入|计费|計費|收取|收费|收費|扣款|扣费|扣費|开具|開具|开票|開票|入账|入賬|计算|計算|录入|錄入|开了|開了|计了|計了)"
    r"(?![^。！？\n]{0,8}(吗|嗎|\?))",
)
# Belittled against a child in the scripts the Latin pattern lacks: he "אפילו ילד היה מצליח לשלם חשבונית אחת בזמן",
# ar "حتى طفل صغير يستطيع", ru/uk "даже ребёнок справился бы", "навіть дитина зрозуміє", tr "bir çocuk bile öderdi",
# hi "एक बच्चा भी समझ सकता है", zh "连小孩都会算", ja "子供でも分かる", ko "초등학생도 이해할 수 있는", th
# "แม้แต่เด็กก็เข้าใจ", vi "ngay cả một đứa trẻ cũng làm được", id "anak kecil pun bisa", el "ακόμα και ένα παιδί θα
# μπορούσε", pl "nawet dziecko by to zrozumiało". Each with the understanding or paying it mocks, so "even a child seat"
# or "children can ride too" is no insult.
_HARASS_S36B = _rx_folded(
    # ja: the customer called a sloppy company, told not to rent if they cannot pay, told "enough is enough":
    # "御社のような杜撰な会社", "払えないのなら最初から車を借りないでください", "いい加減にしてください".
    r"(御社|貴社|あなた|お宅|そちら)(のような|みたいな)(杜撰|いい加減|無責任|だらしない|非常識|ルーズ)な",
    r"(払えない|支払えない|支払いできない)(のなら|なら|のであれば)(最初から|初めから|はじめから)",
    r"いい加減にして(ください|下さい|くれ|ほしい)",
    r"(?<!\w)אפילו (ה)?(ילד|ילדה|תינוק|תלמיד)( \S+){0,2} (היה|הייתה|היו|יכול|יכולה|יודע|יודעת|מבין|מבינה|מצליח|מצליחה|"
    r"יצליח|תצליח)(?!\w)",
    r"(?<!\w)حتى (ال)?(طفل|طالب)( صغير| في \S+)? (ي|س)?(ستطيع|مكنه|عرف|فهم|قدر|نجح|دفع|سدد)",
    r"(?<!\w)(даже|навіть|дори) (\w+ )?(ребёнок|ребенок|школьник|первоклассник|дитина|школяр|першокласник|дете)(?!\w)"
    r"[^.;!?\n]{0,20}(?<!\w)(бы|справил\w*|понял|поймёт|понимает|разобрал\w*|сообразил|посчита\w*|зміг би|впорал\w*|"
    r"зрозумів|зрозуміє|розуміє|порахува\w*|би се справило|разбира)(?!\w)",
    r"\b(bir )?(cocuk|ilkokul ogrencisi|ogrenci) bile (\w+ ){0,4}(yapar|yapardi|yapabilir|oder|oderdi|odeyebilir|anlar|"
    r"anlardi|bilir|bilirdi|basarir|basarirdi)\b",
    r"(एक )?(छोटा |स्कूली )?बच्चा भी[^।.?\n]{0,30}(समझ|चुका|भर|जमा कर|भुगतान कर|गिन)\S* ?(सकता|लेता|जाता|देता)",
    r"(连|連)(小孩|孩子|小学生|小學生|三岁小孩|三歲小孩)(子)?(都|也)(会算|會算|算得|知道|懂|明白|看得懂|付得起|做得到)",
    r"(子供|小学生|子ども)(でも|ですら)(わかる|分かる|計算でき|理解でき|払える)",
    r"(초등학생|어린애|애들)(도|조차) [^.\n]{0,10}(이해|알|계산|할 수 있|하겠)",
    r"(แม้แต่|แม้กระทั่ง)เด็ก[^\n.]{0,15}(ก็|ยัง)(เข้าใจ|รู้|จ่าย|ชำระ|คำนวณ|ทำได้)",
    r"\b(ngay ca|ke ca|den ca) (mot )?(dua tre|tre con|dua be|hoc sinh)\b[^.;!?\n]{0,20}\b(cung|con)\b[^.;!?\n]{0,10}"
    r"\b(lam duoc|biet|hieu|tra duoc|co the)\b",
    r"\b(bahkan )?(anak kecil|anak sd)\b (pun|saja) (bisa|tahu|mampu|paham|mengerti)\b",
    r"(?<!\w)(ακομα και|ακομη και) (ενα )?(παιδι|μαθητης)(?!\w)[^.;!?\n]{0,20}(?<!\w)(θα μπορουσε|μπορει|ξερει|καταλαβαινει)",
    r"\bnawet (male |kilkuletnie )?dziecko\b[^.;!?\n]{0,20}\b(by|potrafi|umie|zrozumie|zrobiloby|dalo(by)? rade)\b",
)
# A temporary or new password given after its Vietnamese, Indonesian, Thai, Hebrew, Arabic, Hindi or Chinese name with
# its qualifier: "mật khẩu tạm thời Lumen@2026!", "kata sandi sementara Abc#2026", "รหัสผ่านชั่วคราว Tmp#4471",
# "סיסמה זמנית Kx7!pQ2r", "كلمة المرور المؤقتة: ...", "अस्थायी पासवर्ड Lx9@...", "临时密码 Kx7!pQ2r". The value has
# Latin letters and a digit or a sign and is no link; "mật khẩu tạm thời sẽ được gửi qua SMS" gives none.
_PASSWORD_S36B = re.compile(
    strip_accents(
        r"(mat khau|kata sandi|kata laluan|รหัสผ่าน|סיסמה|סיסמא|הסיסמה|הסיסמא|كلمة المرور|كلمة السر|पासवर्ड|密码|密碼)"
        r"\s*(tam thoi|moi|mot lan|ban dau|sementara|baru|awal|ชั่วคราว|ใหม่|זמנית|חדשה|הזמנית|החדשה|المؤقتة|المؤقته|"
        r"الجديدة|المؤقت|अस्थायी|नया|नई|临时|臨時|新|初始)?"
        r"\s*(la|adalah|ialah|yaitu|คือ|היא|هي|है|[:：=—-])?\s*[:：]?\s*"
    )
    + r"['\"]?(?!https?:|www\.)(?=[!-~]*[a-z])(?=[!-~]*[\d#@$%&*!?_+=])[!-~]{6,}"
)
# A credit note promised by its trade shorthand: en "I'll raise a CN for the handling line", "we will issue a C/N",
# "a CN will be raised tomorrow". "CN" alone is also China, so only with our verb of issuing or its passive.
_REFUND_S34 = _rx_folded(
    r"\b(i'll|i will|we'll|we will|we shall|i shall|let me|i'm going to|we're going to|i am going to|we are going to)"
    r"( \w+)? (raise|issue|send|process|put through|prepare|create|pass|do|get) (you |over |across )?(a|an|the) "
    r"(cn|c/n|credit memo)\b",
    r"\b(a|the|your) (cn|c/n)\b[^.;!?\n]{0,40}\b(will be|is being|shall be|to be|gets|'ll be) (raised|issued|sent|"
    r"processed|put through|done)\b",
)
# Contempt for the customer's own staff, one clause in a polite mail: en "I'm starting to wonder whether anyone in your
# AP department can read an attachment", "a business which runs its payroll through our software and still can't pay
# for it might want to have a long look at itself"; de "ob in Ihrer Buchhaltung überhaupt jemand lesen kann", fr "si
# quelqu'un dans votre service comptable sait lire", es "si alguien en su departamento de contabilidad sabe leer";
# uk "порядку у вашій бухгалтерії просто немає", "складно повірити, що така солідна компанія не здатна вчасно
# заплатити", ru "в вашей бухгалтерии нет порядка", pl "w waszej księgowości panuje bałagan".
_READ_OR_COUNT = (
    r"(read (an |a |the |our |this |these |my |simple |basic |plain )?(attachment|e-?mail|invoice|due date|statement|pdf|"
    r"date|reminder|calendar|instruction|number)s?|count|add up|open (an |a |the )?(attachment|email|e-mail|pdf|file)s?|use (a |the )?(calendar|calculator|"
    r"pay link)|understand (a |an |the )?(invoice|due date|statement)s?)"
)
_HARASS_S34 = _rx_folded(
    r"(?<!\bif )\b(anyone|anybody|someone|somebody|a single person|one person)\b (in|on|at|from) your (\w+ ){0,2}(department|"
    r"dept|team|office|function|payables|accounts|finance)\b[^.;!?\n]{0,20}\b(can|could|is able to|knows how to|"
    rf"bothers to|is capable of) (actually |even |still )?{_READ_OR_COUNT}\b",
    r"\b(can|does|is) (anyone|anybody|someone|somebody) (in|on|at) your (\w+ ){0,2}(department|dept|team|office|"
    rf"payables|accounts|finance)\b[^.;!?\n]{{0,20}}\b(actually |even )?(able to |know how to )?{_READ_OR_COUNT}\b",
    r"\bob (in|bei) (ihrer|eurer|deiner) (\w+ )?(buchhaltung|kreditorenbuchhaltung|finanzabteilung|abteilung)\b"
    r"[^.;!?\n]{0,20}\b(uberhaupt |tatsachlich )?jemand (\w+ )?(lesen|rechnen|zahlen|anhange offnen)\b",
    r"\bsi (quelqu'un|qui que ce soit|une seule personne) (dans|de|au sein de) (votre|vos) (service|equipe|"
    r"comptabilite|departement)\b[^.;!?\n]{0,30}\b(sait|est capable de|arrive a|peut) (\w+ )?(lire|compter|ouvrir)\b",
    r"\bsi (alguien|alguna persona) (en|de) (su|tu|vuestro|vuestra) (departamento|area|equipo|contabilidad)\b"
    r"[^.;!?\n]{0,30}\b(sabe|puede|es capaz de) (\w+ )?(leer|contar|abrir)\b",
    r"\bse (alguem|alguma pessoa) (no|na|do|da) (seu|sua|vosso|vossa) (departamento|equipa|equipe|contabilidade|"
    r"setor)\b[^.;!?\n]{0,30}\b(sabe|consegue|e capaz de) (\w+ )?(ler|contar|abrir)\b",
    r"(?<!\w)(чи|ли)(?!\w)[^.;!?\n]{0,30}(кто-(нибудь|то)|хтось|хоч хтось|кто-либо)(?!\w)[^.;!?\n]{0,30}"
    r"(бухгалтер\w*)[^.;!?\n]{0,20}(умеет|вміє|может|може) (читать|читати|считать|рахувати)",
    r"\bczy (ktokolwiek|ktos)\b[^.;!?\n]{0,30}\bksiegowos\w*[^.;!?\n]{0,20}\b(umie|potrafi) (czytac|liczyc)\b",
    # The whole company told to look at itself: "might want to have a long look at itself", "should take a good hard
    # look in the mirror"; de "sollte sich mal an die eigene Nase fassen"; fr "devrait se regarder dans un miroir";
    # es "debería mirarse al espejo"; nl "zou eens in de spiegel moeten kijken".
    r"\b(might|may|should|could|ought to|needs? to|would do well to)\b[^.;!?\n]{0,20}\b(have|take) (a )?(long|hard|good|"
    r"long hard|good hard|long, hard|serious) (look|think) (at|about) (itself|yourselves|yourself|themselves)\b",
    r"\b(have|take) (a )?(long|hard|good|long hard|good hard) look (at (itself|yourselves|yourself|themselves) )?in the "
    r"mirror\b",
    r"\b(sollte|sollten|solltet|musste|mussten)\b[^.;!?\n]{0,30}\bsich (mal |einmal |erst mal |lieber )?(an die eigene "
    r"nase fassen|an der eigenen nase packen|in den spiegel (schauen|sehen|blicken))\b",
    r"\b(devrait|devriez|devraient|feriez bien de|ferait bien de)\b[^.;!?\n]{0,20}\b(se|vous) regarder dans (un|le|une) "
    r"(miroir|glace)\b",
    r"\b(deberia|deberian|deberias|haria bien en)\b[^.;!?\n]{0,20}\b(mirarse|miraros|mirarte) (al|en el) espejo\b",
    r"\b(zou|zouden|moet|moeten)\b[^.;!?\n]{0,20}\b(eens )?(goed )?in de spiegel (moeten )?kijken\b",
    # Their accounts department called a mess: uk, ru, pl, en, de, fr, es.
    r"(?<!\w)(порядку|ладу|порядка)(?!\w)[^.;!?\n]{0,10}(?<!\w)(у|в) (вашій|вашої|вашей|вашем|вашому) (бухгалтері\w*|"
    r"бухгалтери\w*|фінансовому відділі|финансовом отделе)(?!\w)[^.;!?\n]{0,15}(?<!\w)(немає|нема|нет)(?!\w)",
    r"(?<!\w)(у|в) (вашій|вашої|вашей|вашем|вашому) (бухгалтері\w*|бухгалтери\w*|фінансовому відділі|финансовом "
    r"отделе)(?!\w)[^.;!?\n]{0,20}((немає|нема|нет) (\w+ )?(порядку|ладу|порядка)|(панує|царит|цари|творится|"
    r"коїться) (\w+ )?(безлад|хаос|бардак|бедлам))(?!\w)",
    r"\bw (waszej|pana|pani|panstwa|twojej) ksiegowosci\b[^.;!?\n]{0,20}\b((panuje|jest|mamy) (chyba |wyraznie |po prostu |naprawde )?(totalny |kompletny )?"
    r"(balagan|chaos|burdel)|nie ma (zadnego )?porzadku)\b",
    r"\byour (ap|accounts( payable)?|payables|finance|accounting|bookkeeping) (department|dept|team|office|function)? ?"
    r"(is|seems|appears to be|looks) (\w+ )?(a (complete |total |shambles|mess|joke|circus|farce)|in (complete |total |"
    r"utter )?(chaos|disarray))\w*",
    r"\bin (ihrer|eurer|deiner) (buchhaltung|finanzabteilung|kreditorenbuchhaltung)\b[^.;!?\n]{0,20}\bherrscht "
    r"(\w+ ){0,3}(chaos|durcheinander|heilloses durcheinander|unordnung)\b",
    r"\b(c'est|regne|il regne) (\w+ )?(le|un) (chaos|desordre|bazar|foutoir)\b[^.;!?\n]{0,20}\b(dans|au sein de|chez) "
    r"(votre|vos) (service|comptabilite|equipe)\b",
    r"\ben (su|vuestro|vuestra|tu) (departamento de |area de )?(contabilidad|cuentas por pagar|finanzas)\b"
    r"[^.;!?\n]{0,20}\b(reina|hay|impera) (un |el )?(caos|desorden|descontrol)\b",
    # A firm of their standing unable to pay even for its own goods: uk "складно повірити, що така солідна компанія не
    # здатна вчасно заплатити", ru "трудно поверить, что такая солидная компания не может заплатить", en "hard to
    # believe that a company of your size can't pay", pl "trudno uwierzyć, że tak poważna firma nie potrafi zapłacić".
    r"(?<!\w)(складно|важко|трудно|сложно|тяжело) (повірити|поверить)(?!\w)[^.;!?\n]{0,20}(така|такая|настільки|"
    r"столь|такий|такой) [^.;!?\n]{0,30}(компанія|компания|фірма|фирма|підприємство|предприятие)(?!\w)[^.;!?\n]{0,20}"
    r"(?<!\w)не (здатна|здатне|способна|способно|може|может|в змозі|в состоянии|спроможна)(?!\w)",
    r"\b(hard|difficult) to believe (that )?(a|such a|an) [^.;!?\n]{0,40}\b(company|business|firm|organisation|"
    r"organization)\b[^.;!?\n]{0,40}\b(can't|cannot|can not|is unable to|isn't able to|is not able to) (even )?(pay|"
    r"manage to pay|settle|find)\b",
    r"\btrudno (uwierzyc|pojac)\b[^.;!?\n]{0,20}\b(tak|taka|tak powazna|tak duza) [^.;!?\n]{0,30}\b(firma|spolka|"
    r"przedsiebiorstwo)\b[^.;!?\n]{0,20}\bnie (potrafi|jest w stanie|umie)\b",
    # Exposure to their own staff: "I assume you wouldn't want your staff to find out that ...", de "Sie möchten
    # sicher nicht, dass Ihre Mitarbeiter erfahren, ...", fr "vous ne voudriez pas que vos salariés apprennent que ...",
    # es "no querría que sus empleados se enteraran de que ...", ru "вы бы не хотели, чтобы ваши сотрудники узнали".
    r"\b(wouldn't|would not|don't|do not|won't|will not) (\w+ )?(want|like) (your|all your) (own )?(staff|employees|"
    r"workforce|team|people|workers|colleagues)\b[^.;!?\n]{0,20}\b(to )?(find out|learn|hear|know|discover|realise|"
    r"realize|see)\b",
    r"\b(mochten|wollen|wurden) (sie|ihr)\b[^.;!?\n]{0,20}\bnicht,? dass (ihre|eure) (mitarbeiter\w*|angestellten|"
    r"belegschaft|beschaftigten)\b[^.;!?\n]{0,40}\b(erfahren|wissen|mitbekommen|horen)\b",
    r"\bne (voudriez|voudrez|souhaiteriez|souhaitez|voulez) (\w+ )?pas que vos (salaries|employes|collaborateurs|"
    r"equipes|personnel)\b[^.;!?\n]{0,20}\b(apprennent|sachent|decouvrent|entendent)\b",
    r"\bno (querria|quisiera|quiere|querra|le gustaria)\b[^.;!?\n]{0,20}\bque sus (empleados|trabajadores|"
    r"colaboradores|equipos)\b[^.;!?\n]{0,20}\b(se enteraran|se enteren|supieran|sepan|descubrieran)\b",
    r"\bnao (gostaria|quereria|quer|iria querer)\b[^.;!?\n]{0,20}\bque os (seus|vossos) (funcionarios|colaboradores|"
    r"trabalhadores)\b[^.;!?\n]{0,20}\b(soubessem|descobrissem|saibam)\b",
    r"(?<!\w)не (хотели|хотіли|хотелось|хотілося)(?!\w)[^.;!?\n]{0,30}(ваши|ваші) (сотрудники|работники|"
    r"співробітники|працівники)(?!\w)[^.;!?\n]{0,20}(узнали|дізналися)",
    r"\b(a|any) (business|company|firm) (which|that) [^.;!?\n]{0,80}\band still (can't|cannot|won't|doesn't) (even )?"
    r"pay (for )?(it|them|us|its (own )?\w+)\b",
)
# Another customer named with its overdue amount, as an example: ar "فعلى سبيل المثال، تأخر سداد مجموعة الواحة الطبية
# لمبلغ 212,000 ريال مستحق لنا". The customer's own company ("شركتكم") is not someone else.
_NAMED_LATE_AR = re.compile(
    r"(?<!\w)(تأخر|تأخرت|تأخير) (سداد|دفع|تسديد) (شركة|مجموعة|مؤسسة|مستشفى|عيادة|مكتب|مصنع|مركز|مجمع|جمعية) "
    r"(?!\w*كم(?!\w))(\S+(?: \S+){0,3}?) (لمبلغ|مبلغ|بمبلغ|لمستحقات|لفاتورة) [\d٠-٩][\d٠-٩,.]*"
)
# Another customer named in Turkish with the genitive suffix, then "even" or a payment fact and a sum in lira: "Dr.
# Selin Aydın'ın kliniği bile 18.750,00 TL'lik borcunu geçen hafta kapattı", "Demir Eczanesi'nin 4.200 TL borcu hâlâ
# ödedi". The customer's own name from the greeting is not someone else, nor their own clinic's debt stated.
_NAMED_DEBT_TR = re.compile(
    r"(?<![\w'])(?:Dr\. ?)?([A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?: [A-ZÇĞİÖŞÜ][a-zçğıöşü]+){0,3})'(?:n)?(?:ın|in|un|ün)"
    r"(?: (?:kliniği|şirketi|firması|muayenehanesi|eczanesi|ofisi|laboratuvarı|işletmesi|hastanesi|merkezi))?"
    r"(?: bile| dahi)?(?:(?! (?:size|sizin|sizi|sizden)\b)[^.!?\n]){0,40}?\d[\d.,]*\s?(?:TL|₺)(?:'lik|'lık)?"
    r" (?:borcu|borcunu|bakiyesi|bakiyesini|faturası|faturasını|alacağı|ödemesi)\b"
)
_PAID_TR = re.compile(
    r"[^.!?\n]{0,30}\b(kapattı|ödedi|kapatmış|ödemiş|kapattılar|ödediler|kapatmıştı|ödemişti)"
)
# A password named, then qualified after the noun, then given: "hasło tymczasowe Biurko#2026!", "mot de passe
# provisoire Lune#27", "contraseña temporal Casa!26", "password temporanea ...". The value has letters and a digit or
# a sign; "hasło tymczasowe wyślemy SMS-em" gives none.
_PASSWORD_QUALIFIED = re.compile(
    r"\b(haslo|hasla|mot de passe|contrasena|clave|senha|password|parola|heslo|jelszo|geslo|lozinka|wachtwoord|"
    r"passwort|kennwort|passord|adgangskode|losenord)\s+(tymczasowe|tymczasowego|nowe|nowego|jednorazowe|startowe|"
    r"poczatkowe|provisoire|temporaire|initial|nouveau|temporal|provisional|nueva|inicial|provisoria|temporaria|nova|"
    r"temporanea|provvisoria|nuova|iniziale|temporara|noua|initiala|docasne|nove|jednorazove|prechodne|ideiglenes|uj|"
    r"privremena|nova|tijdelijk|nieuw|vorlaufiges|neues|midlertidig|midlertidige|nytt|nye|tillfalligt|nya)\s*[:=]?\s+"
    r"['\"]?(?!https?:|www\.)(?=[^\s'\"]*[a-z])(?=[^\s'\"]*[\d#@$%&*!?_+=])[^\s'\"/,;]{6,}"
)
# Another member named with its legal form, then "also still in arrears" in Indonesian and Malay: "PT Sinar Data di
# lantai 2 juga masih menunggak Rp 45.000.000", "Syarikat Maju Sdn Bhd di tingkat 3 juga berhutang RM 4,500". The
# sum in rupiah or ringgit; "Bapak juga masih menunggak" names no one else.
_NAMED_IN_ARREARS_ID = re.compile(
    r"(?<![\w'])((?:PT|CV|UD|Yayasan|Koperasi|Syarikat|Perusahaan|Toko|Kedai)(?: [A-Z][\w&.'-]*){1,4}|"
    r"[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3} (?:Sdn Bhd|Bhd|Tbk|Enterprise|Trading))"
    r"(?: (?:di|dari|dekat|sebelah) (?:lantai |tingkat |unit |blok |gedung |ruang )?[\w.-]+)?,?"
    r"(?: (?:juga|masih|pun|turut|jua|sampai sekarang|hingga kini|belum juga))* "
    r"(?i:(menunggak|nunggak|berhutang|berutang|tertunggak|belum (membayar|bayar|melunasi|lunas|menjelaskan)|"
    r"(punya|memiliki|mempunyai|ada|masih ada) (tunggakan|hutang|utang))\b[^.!?\n]{0,40}?"
    r"\b(rp|idr|rm|myr)\.? ?\d)"
)
# tl: another member named after "ang" with the debt it owes us: "ang Pacific Star Trading ay may utang sa amin na PHP
# 1,240,000.00". A name is capitalised words without digits (not "ang INV-2403 ay may balanse").
_NAMED_OWES_TL = re.compile(
    r"\b[Aa]ng ((?:[A-Z][A-Za-z&'.-]*)(?: (?:[A-Z][A-Za-z&'.-]*|of|and|&)){0,4}) ay "
    r"(?i:(may|mayroong|meron|merong) (utang|pagkakautang|balanse|overdue|hindi pa nababayarang?)\b[^.!?\n]{0,40}?"
    r"(php|₱)\.? ?\d)"
)
_CJK_REPLY = re.compile(r"^\s*(回复|回覆|答复|答覆|转发|轉發|返信|返|회신|답장|전달)\s*[:：]\s*")


# Another company that "also" owes us, named in quotes (or by its legal form) in Cyrillic: "ООО «УК Северная
# Звезда», тоже задолжал нам 310 000 ₽", "„Техно“ АД също ни дължи". The "also" sets it beside this customer's own
# debt, so it is someone else's; "Ваша компания ООО «X» задолжала нам" has no "also".
_CYRILLIC_ALSO_OWES = re.compile(
    strip_accents(
        r"[„\"«“][^“”\"»\n]{2,40}[“”\"»]( (ооо|ао|пао|зао|ип|оод|еоод|ад|ead))?,? (\w+ ){0,2}?(тоже|также|също|и те|і "
        r"собі|теж|також) (нам |ни )?(задолжал\w*|должн\w*|должен|дължат|дължи|дължаха|винен|винна|заборгував\w*|"
        r"не (за)?плати\w*|не плат\w*)"
    )
)


# A password given after the word without a colon: "логин zoopark, пароль Kx7#vesna2026", "с паролем Lis!2026"; the
# value in Latin letters with a digit or a sign and no link. "пароль от личного кабинета" and "пароль по ссылке" give
# none (the value is Cyrillic or a link).
_PASSWORD_SCRIPT_GIVEN = re.compile(
    r"(?<!\w)(пароль|пароля|паролем|паролю|парола|паролата)\s+['\"«]?(?!https?:|www\.)"
    r"(?=[!-~]*[a-z])(?=[!-~]*[\d#@$%&*!?_+=])[!-~]{6,}"
)


# A password in a script with no case and no space before the value: "סיסמה: Kor!Yam2026", "كلمة المرور: ...",
# "пароль: ...", "密码：...", "पासवर्ड: ...". The value is in Latin letters with a digit or a sign, and is no link.
_PASSWORD_SCRIPT = re.compile(
    strip_accents(
        r"(סיסמה|סיסמא|הסיסמה|הסיסמא|סיסמת \S+|كلمة المرور|كلمة السر|пароль|密码|密碼|पासवर्ड|รหัสผ่าน|mat khau)"
        r"\s*(היא|هي|है|คือ|la|là|[:：=—-])\s*[:：]?\s*"
    )
    + r"['\"]?(?!https?:|www\.)(?=[!-~]*[a-z])(?=[!-~]*[\d#@$%&*!?_+=])[!-~]{6,}"
)
# Another business named as owing us a sum: "Pho Garden on 5th owes almost $2,000", "Bayside Taqueria is sitting at
# $3,210 past due", "Delikatesy Zielony Koszyk z ul. Lipowej zalegają nam 48 000,00 zł". Two capitalised words at
# least, where it is (a street, a number) allowed between, and not the reader ("Your Company"), nor us.
_NAMED_OWES = re.compile(
    r"(?<![\w'])(?!(?:Su|Tu|Your|Votre|Ihre?|Usted|Vous|Sie|Uw|You|We|Our|I|The|This|That)\b)"
    # A name may join its words with a lower-case "de"/"del" and hold a title: "Real Club de Remo Ría Verde", "Clínica
    # Dental Mediterránea del Dr. Ruiz".
    r"([A-ZÀ-ÖØ-Þ][^\W\d_]+(?: (?:(?:de|del|da|do|di|della|van|von|der) )?(?:[A-ZÀ-ÖØ-Þ][^\W\d_]+|(?:Dr|Dra|Sr|Sra)\. "
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]+|&)){1,4})"
    r"(?: (?:on|at|in|z|ze|from|na|op|an der|auf der|på|i) (?:ul\. |the )?[\w.]+)?"
    # A short aside between: "A Clínica Pata Amiga, aqui do lado, também está devendo R$ 6.200,00".
    r"(?:, [^\W\d][^,.;:!?\n\d]{0,40},)?,? (?:(?i:still|also|too|now|"
    r"fortfarande|också|noch|auch|encore|aussi|todavia|todavía|ainda|ancora|nadal|wciaz|też|tez|também|tambem|"
    r"también|tambien|anche|já|ja) )?"
    r"(?i:(owes?|owed|is (?:sitting|running|carrying|stuck) at|has (?:been )?(?:sitting|running) at|zalegaj\w*|zalega\w*|"
    r"schuldet|schulden|nous doit|nous doivent|skuldar|skylder|"
    # pt/es/it: "está devendo", "nos deve", "nos debe", "ci deve ancora", "está em atraso com".
    r"est[aá] devendo|est[aã]o devendo|nos deve|nos devem|(?:nos )?deve ainda|nos debe|nos deben|"
    r"(?:ci )?deve ancora|ci devono|est[aá] em atraso com|est[aá] en mora con|"
    # es/pt/it: "tiene también 5.380,00 € pendientes con nosotros", "tem ainda R$ 4.000,00 em aberto".
    r"tienen? (?:también |tambien |todavía |todavia |aún |aun )?(?=(?:[^.;!?\n]|(?<=\d)[.,](?=\d)){0,30}\b(?:pendientes?|vencid[oa]s?|en mora)\b)|"
    r"t[eê]m (?:também |tambem |ainda )?(?=(?:[^.;!?\n]|(?<=\d)[.,](?=\d)){0,30}\b(?:pendentes?|em aberto|em atraso|vencid[oa]s?)\b)|"
    r"ha(?:nno)? (?:anche |ancora )?(?=(?:[^.;!?\n]|(?<=\d)[.,](?=\d)){0,30}\b(?:in sospeso|da saldare|scadut[oiae]|insolut[oiae])\b)))"
    r"(?:\b|(?<= ))"
)


_YOUR_WORD = re.compile(r"\b(vossa|vosso|sua|seu|vostra|vostro|suo|su|vuestra|vuestro|ihre?|votre|your|uw)\b")


def _named_owes(text: str, known: str) -> str | None:
    for m in _NAMED_OWES.finditer(text):
        # The reader's own name, or most of it ("Clínica Dental Sonrisa" to Clínica Dental Sonrisa); another business
        # that shares a word or two of it ("Clínica Dental Mediterránea del Dr. Ruiz") is still another business.
        words = [w for w in m.group(1).split() if w[0].isupper() and w not in ("Dr.", "Dra.", "Sr.", "Sra.")]
        if not words or words[-1] in known or 2 * sum(word in known for word in words) > len(words):
            continue
        if _YOUR_WORD.search(fold(m.group(1))):
            continue  # "La Vostra Azienda ci deve ancora ...", "A Vossa Empresa": the reader, politely
        tail = fold(re.split(r"(?<=[^\d\s][.!?])\s|\n", text[m.end() : m.end() + 80], maxsplit=1)[0])
        if _MONEYISH.search(tail):
            return m.group(1)
    return None


# The customer's question reported, then answered no in the next sentence: "Du frågade om ärendet kommer att skickas
# till inkasso. Svaret är nej, vi har inga sådana planer." The question names the step only to refuse it.
_ASKED_US = (
    r"\b(you|du|ni|sie|vous|u|je|usted|voce|lei|dere|de)( \w+)? (asked|wondered|wanted to know|fragade|fragte|fragten|"
    r"gefragt|demandiez|avez demande|m'avez demande|vroeg|vroegen|heeft gevraagd|pregunto|pregunta|perguntou|ha chiesto|"
    r"chiedeva|spurte|spurgte|kysyi|kysyitte)\b[^.!?\n]*[.?]"
)
_NO_ANSWER = (
    r"\s+((the|my|our) (short |simple )?answer is no|no\b|svaret (ar|er) (nej|nei)|nej\b|nei\b|die antwort (ist|lautet) "
    r"nein|nein\b|la reponse est non|la respuesta es no|a resposta e nao|het antwoord is nee|nee\b|la risposta e no|"
    r"(we|i) have no (such )?plans?|there are no (such )?plans|vi har (inga|ingen) (sadana )?planer|"
    r"wir haben keine (solchen )?(plane|absicht))"
)
_REFUSED_ASK = re.compile(rf"{_ASKED_US}(?={_NO_ANSWER})")
# "Wir haben keine Pläne, die Sache an ein Inkassobüro zu geben": the infinitive after the comma is what is not
# planned; the comma does not end the negation's reach.
_NO_PLANS_COMMA = re.compile(
    r"\b(keine (plane|absicht)|aucune intention|no (plans?|intention)|ningun plan|ninguna intencion|nessuna intenzione|"
    r"geen (plannen|plan|intentie|voornemen)|inga planer|ingen (plan|planer|avsikt)|nenhuma intencao|"
    r"nao (temos|ha) (planos|intencao)),"
)


# Reminders held off until the date the customer promised, in the sentence that records the promise: "I've recorded
# your promise to pay ... by Friday 5 December, and we'll hold off further reminders until then". Held off until a
# date we name ("just pay it in July and we'll hold off on reminders until then") is still more time.
_HELD_FOR_THEIR_PROMISE = re.compile(
    r"(\b(noted|recorded|logged|made a note of|taken note of) your (promise|commitment)\b(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,160}?)\bhold off\b"
    r"(?= (on )?(any |further |more |our |the |sending )?(reminders?|chasers?|chasing|follow-?ups?)\b)"
)


def _refused_asks(text: str) -> str:
    text = _HELD_FOR_THEIR_PROMISE.sub(r"\1pause", text)
    return _NO_PLANS_COMMA.sub(r"\1", _REFUSED_ASK.sub(" you asked a question.", text))


_INLINE_SCHEDULE = re.compile(
    rf"{_S22_SUM}( each| chacun\w*| cada un[oa]| jeweils| ciascun[oa])?,? ((on|by|am|le|el|il|op|den|em|a) )?"
    rf"(the |le |el |il |o )?{_SCHEDULE_DATE}((,|;| and| y| et| und| e| en| og| och| i)+ "
    rf"(on |by |the |le |el |am |il |op |em |o )?{_SCHEDULE_DATE})+"
)
# A history of payments or invoices on those dates is no schedule offered.
_SCHEDULE_PAST = re.compile(
    r"\b(due|contract|paid|received|arrived|came in|were|was|had|missed|bounced|issued|invoiced|billed|sent|"
    r"charged|recu\w*|"
    r"recibid\w*|pagad[oa]s?|pago|bezahlt|eingegangen|betaald|ontvangen|pagat[ie]|ricevut\w*|pagou|recebid\w*)\b"
)

# What the dates are for: a payment ("3 sessions at GBP 100.00 on 1, 8 and 15 April" books classes).
_SCHEDULE_PAYMENT = re.compile(
    r"\b(pay\w*|settle\w*|clear\w*|balance|arrangement|plan|instal+ments?|remainder|rest|zahl\w*|raten?|restbetrag|"
    r"pag\w*|pai\w*|regl\w*|solde|reste|echeances?|saldo|cuotas?|plazos?|rate|resto|betal\w*|termijn\w*)\b"
)


def _inline_schedule(text: str) -> str | None:
    for sentence in _SENTENCE.split(text):
        m = _INLINE_SCHEDULE.search(sentence)
        if (
            m
            and _AGREE.search(sentence)
            and _SCHEDULE_PAYMENT.search(sentence)
            and not _SCHEDULE_PAST.search(sentence)
            and not _NOT_AGREED.search(sentence)
            and not _THEIR_PROPOSAL.search(sentence)
            and not _negated(sentence[_clause_start(sentence, m.start()) : m.start()])
        ):
            return m.group(0)
    return None


# A discount tabled rather than said: a column headed by an early-payment condition ("Se pagata entro il 20/03",
# "If paid by 20 March", "Bei Zahlung bis 20.03.") whose amounts are lower than the amounts owed in the same rows.
_PAID_BY_HEADER = re.compile(
    r"\b(if|when|se|si|wenn|falls|bei|hvis|om|jesli|als|ak|ha)\b[^|]{0,12}\b(paid|pagata|pagato|pagada|pagado|paga|"
    r"payee|paye|reglee|regle|bezahlt|gezahlt|zahlung|betalt|betales|betald|zaplacon\w*|platnosc\w*|betaald|betaling|"
    r"pagamento|paiement|pago)\b[^|]{0,12}\b(by|before|within|entro|avant|antes|bis|vor|inden|innan|do|voor|uiterlijk|"
    r"senest|le|el|il|am|til|op)\b"
)
_CELL_AMOUNT = re.compile(r"(?<![\w/.-])(\d{1,3}(?:[.,' ]\d{3})*|\d+)([.,]\d{2})(?![\d/])")


def _cell_amount(cell: str) -> Decimal | None:
    m = _CELL_AMOUNT.search(cell)
    if not m or re.search(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", cell):
        return None  # no sum, or a date ("28/02/2026")
    return Decimal(re.sub(r"\D", "", m.group(1)) + "." + m.group(2)[1:])


def _early_payment_column(text: str) -> str | None:
    rows = [
        [c.strip() for c in line.strip().strip("|").split("|")]
        for line in text.splitlines()
        if line.count("|") >= 2
    ]
    for k, header in enumerate(rows):
        for col, cell in enumerate(header):
            if not _PAID_BY_HEADER.search(cell):
                continue
            for row in rows[k + 1 :]:
                if len(row) != len(header):
                    continue
                offered = _cell_amount(row[col])
                owed = [a for j, c in enumerate(row) if j != col and (a := _cell_amount(c)) is not None]
                if offered is not None and owed and offered < max(owed):
                    return cell
    return None


_GREEK_ABUSE = _rx(
    # el: shame said outright, daily calls as a threat.
    r"(ειναι (\w+ )?ντροπη|τηλεφων\w*[^.;]{0,20}καθε (πρωι|βραδυ|μερα|νυχτα))",
)

_CREDIT_TO_FOLLOW = re.compile(
    r"\b(credit (note|memo)|creditnota|creditfactuur|gutschrift|avoir|nota (?:de )?credito|nota di credito|nota de abono|"
    r"kreditfaktura|faktura korygujaca|factura rectificativa)\b[^.;|\n]{0,40}"
    r"(?<!\bals )(?<!\bwie )(?<!\bcomme )(?<!\bcomo )(?<!\bcome )\b(to follow|follows|will follow|volgt|folgt|suivra|"
    r"a suivre|a emettre|to be issued|seguira|a emitir|por emitir|da emettere|foljer|do wystawienia|zu erstellen|nog te)\b"
    r"(?! (niet|nicht|pas|no|not|nao|non|inte|nie)\b)"
)


_NEGATED_HOWEVER = re.compile(r"\b(non|no|nao|niet|nicht|ne) (\w+) (pero|tuttavia|toutefois|jedoch|echter)\b")


# "(184,61 €)", "(EUR 2,240.00)": a figure in brackets, which would otherwise cut the clause around it.
_BRACKETED_AMOUNT = re.compile(
    # The Nordic, Polish and Czech currencies too: "faktura FS-20388 (kr 164 000,00) i tre avdrag".
    r"\((?:[\d.,'\s%€$£]|eur\b|usd\b|gbp\b|chf\b|r\$|kr\b|sek\b|nok\b|dkk\b|pln\b|zl\b|czk\b|kc\b)+\)"
    # "(1 932,00 €, location et vidage de benne 30 m³)": what the invoice is for, a fact whose commas split nothing.
    r"|\(\s*(?:[€$£]|eur|usd|gbp|chf)?\s?\d[\d.,' ]*\s?(?:€|eur|usd|gbp|chf|\$|£)?,[^()]{0,80}\)"
)


# A law firm bills for the client's own case: "your proceedings before the Landgericht München I", "la causa
# pendente presso il Tribunale di Milano", the court costs it advanced for it. Naming that court threatens no one.
_CASE = (
    r"(case|matter|proceedings?|procedure|lawsuit|litigation|hearing|appeal|verfahren\w*|rechtsstreit\w*|prozess\w*|"
    r"mandat\w*|zaak|procedure|affaire|dossier|instance|causa|procedimiento|proceso|processo|litigio|pleito|acao|"
    r"sprawy|sprawa|sprawie|postepowani\w*)"
)
_OWN_CASE = re.compile(
    rf"\b((your|votre|vos|ihr\w*|uw|su|sus|sua|suo|vostr\w*|seu|pendente|pending|en cours|anhangig\w*|lopende|"
    rf"en curso|em curso)( \w+){{0,2}} {_CASE}|{_CASE} (panskiej|panskiego|pani|panstwa|klienta|pendente|pending|"
    rf"en cours|anhangig\w*|en curso|em curso)( \w+)?)"
    r"[^.;\n]{0,60}?\b(before|at|in|devant|vor|bij|presso|dinanzi|przed|ante|perante|en|au|no|na|nel|al|am|beim)"
    r"( the| le| la| dem| der| de| het| il| el| o| a)?( \w+)?? "
    r"(\w*court\w*|tribunal\w*|\w*gericht\w*|rechtbank|juzgado|tribunale|corte|sad\w*|gerechtshof)"
    r"|\b(verauslagt\w*|disbursed|advanced|anticipe\w*|voorgeschoten|anticipat\w*|anticipad\w*|adiantad\w*) "
    r"(gerichtskosten|gerichtsgebuhren|court (fees|costs)|frais de (justice|greffe)|costas( judiciales| procesales)?|"
    r"custas( judiciais| processuais)?|griffierecht\w*|spese (legali|processuali|di giustizia)|contributo unificato|"
    r"oplat\w* sadow\w*)"
    # A lawyer of the firm offered as the person to talk to: "Frau Rechtsanwältin Sommer steht Ihnen zur Verfügung".
    r"|\b(frau|herr|fr|hr)\.? (rechts)?anwalt\w*"
    # "payer ses avocats": the client's own lawyers are the firm writing.
    r"|\b(ses|leurs|his|her|their|seine[nm]?|ihre[nm]?|sus|seus|suoi|zijn|haar) (avocats?|lawyers?|solicitors?|"
    r"anwalt\w*|anwalte\w*|abogados?|advogados?|avvocati|advocaten)\b"
)


# The customer has a lawyer of their own ("la lettera dell'avv. Marini, che ci comunica di assistervi", "your
# solicitor wrote to us"), or another party's ("the insurer's lawyer"): their lawyer named again is no threat of ours;
# "our lawyers" still is.
_THEIR_COUNSEL = re.compile(
    r"\b(lettera|letter|lettre|schreiben|carta|brief)( \w+)? (dell'|del |of |from |de |von |van |do |da )(your |votre |"
    r"ihre\w* |su |seu |uw |vostro |suo )?(avv\.?|avvocato|lawyer|solicitor|attorney|avocat|anwalt|rechtsanwalt|abogado|"
    r"advogado|advocaat)|\b(vostro|vostra|suo|sua|your|votre|ihr|ihre\w*|su|seu|sua|vosso|vossa|uw|jullie|je|vuestro|"
    r"vuestra|tu|dein\w*) (\w+(?<!debt)(?<!collection)('s)? )?(legale|avvocat[oa]|lawyer|solicitor|attorney|avocat|"
    r"avocate|anwalt|anwaltin|rechtsanwalt\w*|abogad[oa]|advogad[oa]|advocaat|jurist\w*|giurista|juriste)\b"
    # Their lawyer's letter as one word or one phrase: "Ihr Anwaltsschreiben vom 12.11.", "your solicitor's letter".
    r"|\b(ihr\w*|your|uw) (rechts)?(anwaltsschreiben|anwaltsbrief|anwaltliches schreiben|advocatenbrief|"
    r"(lawyer|solicitor|attorney)'s letter)\b"
    # The lawyer of the customer's own body: "o advogado do condomínio", "the lawyer of the residents' association",
    # "l'avvocato del condominio", "der Anwalt der Eigentümergemeinschaft".
    r"|\b(lawyers?|solicitors?|attorneys?|avocats?|anwalt|anwaltin|rechtsanwalt\w*|abogad[oa]s?|advogad[oa]s?|"
    r"avvocat[oi]|advocaat|advocaten) (of|for|de|del|de la|du|de l'|des|van|von|der|do|da|della|dell'|dell|dello)"
    r"( the| la| el| die| de| o| a| l'|')? ?(condominio|condominium|condo board|building|residents'? association|"
    r"homeowners'? association|association|associacao|asociacion|comunidad( de propietarios)?|copropriete|syndic|"
    r"syndicat|eigentumergemeinschaft|weg|hausverwaltung|vereniging van eigenaars|vve|wspolnoty|wspolnota|"
    r"customer|client|cliente|klant|kunden|mandant\w*|tenant|inquilino|locataire|mieter|huurder|school|escola|"
    r"escuela|ecole|schule|hospital|hopital|ospedale|prefeitura|municipality|comune|municipio|gemeente|gemeinde)\b"
    # Another party's lawyer, the insurer's or the other side's: "abogado de la aseguradora", "the insurer's lawyer".
    r"|\b(lawyers?|solicitors?|attorneys?|avocats?|anwalt|anwaltin|rechtsanwalt\w*|abogad[oa]s?|advogad[oa]s?|"
    r"avvocat[oi]|advocaat|advocaten) (of|for|de|del|de la|du|de l'|des|van|von|der|do|da|della|dell'|dell)( the| la| el| "
    r"die| de| o| a| l'|')? ?(insurer|insurance company|aseguradora|compania de seguros|compania aseguradora|"
    r"seguradora|assicurazione|compagnia assicurativa|versicherung|verzekeraar|verzekeringsmaatschappij|assureur|"
    r"compagnie d'assurance|other (party|side)|opposing party|contraparte|parte contraria|gegenpartei|gegenseite|"
    r"tegenpartij|partie adverse)\b"
    r"|\b(the )?(insurer|insurance company|other party|other side)'s (lawyers?|solicitors?|attorneys?)\b"
)
# The customer's own legal department ("il vostro ufficio legale ci ha chiesto una copia del contratto", "your legal
# team asked for the signed copy"): theirs, asking; ours is the one that threatens.
_THEIR_LEGAL_DEPT = re.compile(
    r"\b(il vostro|vostro|il suo|your|votre|vos|ihre\w*|su|sus|uw|jullie|je|o seu|o vosso|a vossa)( own| propre| eigene\w*)? "
    r"(ufficio legale|uffici legali|legal (department|team)|service juridique|direction juridique|rechtsabteilung|"
    r"departamento (legal|juridico)|juridische afdeling|servizio legale|area legale)\b"
)
# The same, across the languages the legal patterns read: the customer's own legal department or lawyer named with
# "your" or "at your end" ("falls die Rechnung bei Ihnen in der Rechtsabteilung liegt", "az önök jogi osztályán",
# "вашият адвокат води кореспонденцията", "Państwa dział prawny", "avukatınız"). The phrase is set aside whole, so
# "our lawyer" in the same draft is still read.
_THEIR_COUNSEL_MORE = re.compile(
    strip_accents(
        r"\b(bei ihnen|bei euch|chez vous|with you|at your end|on your side|bij u|bij jullie)( \w+){0,2} "
        r"(rechtsabteilung|legal (department|team)|service juridique|juridische afdeling|juristen|rechtsanwalt\w*|"
        r"anwalt\w*|avocats?|lawyers?|solicitors?|advocaat|advocaten)\b"
        r"|\b(az )?(onok|on|onoknel|onnel|maguk)( \w+)? (jogi osztaly\w*|jogasz\w*|ugyved\w*)"
        r"|\b(jogi osztaly\w*|jogasz\w*|ugyved\w*) (onoknel|onnel)\b"
        # "ha a jogi osztályuknak szüksége van ...": the possessive ending "-uk/-ük" makes it theirs ("-unk" is ours).
        r"|\b(jogi osztaly(uk|ukon|uknak|ukhoz|uktol|ukkal|ukat|uk altal)|jogasz(uk|aik|uknak|aiknak|ukkal)|"
        r"ugyvedj?(uk|eik|uknek|eiknek|ukkel))\b"
        r"|(?<!\w)(вашият|вашия|вашата|вашето|ваш|вашего|вашему|вашим|вашей|ваша|вашу|вашим|твоят|твоя|твой|ваш\w*) "
        r"(\w+ )?(адвокат\w*|юрист\w*|юридическ\w* (отдел\w*|служб\w*|департамент\w*)|правн\w* (отдел\w*|служб\w*)|"
        r"юридичн\w* (відділ\w*|служб\w*))"
        r"|\b(vas|vasa|vase|vaseg|vasem|vasi|tvoj|tvoja|vaš|váš|vaše|vasho|vasi)\b (\w+ )?(advokat\w*|odvjetni\w*|"
        r"pravni\w*|pravnik\w*|pravn\w* (sluzb\w*|odjel\w*|odeljen\w*|oddeleni\w*|oddelen\w*|sektor\w*))\b"
        r"|\b(panstwa|pana|pani)( \w+)? (prawni\w*|adwokat\w*|radc\w* prawn\w*|dzial\w* prawn\w*)"
        r"|\b(avocatul|avocata|juristul|departamentul juridic|serviciul juridic)\b( \w+)? (dumneavoastra|dvs|dv|vostru|"
        r"societatii dumneavoastra)\b"
        r"|\b(avukatiniz|avukatinizin|hukuk (departmaniniz|biriminiz|musavir\w*))\b"
        r"|(ο|τον|του|το|τη|την) (δικηγορο|δικηγοροσ|δικηγορου|νομικο|νομικοσ|νομικη) (τμημα )?σασ\b"
        r"|\b(er|ert|era|deres|jeres|din|ditt|dykkar)( \w+)? (advokat\w*|jurist\w*|juridisk\w* (avdeling|avdelning|"
        r"afdeling)\w*)\b"
        r"|\b(teidan |sinun )?(lakimiehenne|lakimiehesi|lakiosastonne|juristinne)\b"
        r"|\b(jusu|jūsų|jusų|teie)( \w+)? (advokat\w*|teisinink\w*|jurist\w*|teises skyri\w*|juridisk\w* nodal\w*|"
        r"oigusosakon\w*)\b"
    )
)
# A lawyer who asked for papers ("o nosso advogado pediu-nos o certificado", "your solicitor requested a copy of the
# contract", "Ihr Anwalt bat um die Unterlagen"): a request for documents, no step against anyone. A lawyer asked to
# start something ("asked us to issue proceedings") is left to the other patterns.
_COUNSEL_ASKED_FOR = re.compile(
    r"\b(lawyers?|solicitors?|attorneys?|avocats?|anwalt|anwaltin|rechtsanwalt\w*|abogad[oa]s?|advogad[oa]s?|"
    r"avvocat[oi]|advocaat|advocaten|jurist|juristen|juriste|kuasa hukum|pengacara)\b (has |have |a |ha |hat |heeft )?"
    r"(asked|requested|pediu|pediram|solicitou|solicitaram|pidio|pidieron|solicito|a demande|ont demande|ha chiesto|"
    r"hanno chiesto|bat|baten|hat gebeten|vroeg|vroegen|heeft gevraagd|meminta|minta)\b(-nos| us| nous| uns| ons| ci| nos)?"
    r"(?! (to|de|a|om|um|di|untuk) (start|begin|file|issue|take|proceed|commence|initiate|engager|entamer|iniciar|"
    r"intentar|instaurer|einleiten|avviare|iniciar|mengajukan|menempuh))"
)
# A debt-collection statute cited as the basis of a charge ("Purregebyr er lagt til i henhold til inkassoloven § 10",
# "enligt inkassolagen", "gemäß § 288 BGB"): the law the fee rests on, not a collection step.
_STATUTE_CITED = re.compile(
    r"\b(i henhold til|ihht\.?|iht\.?|etter|jf\.?|jfr\.?|ifolge|enligt|i enlighet med|i medhold af|i medhold av|efter|"
    r"gemass|nach|laut|under|pursuant to|according to|in accordance with)( den| dem| der| the)? "
    r"(inkassolov\w*|inkassolag\w*|inkassoforskrift\w*|inkassogesetz\w*|debt collection act\w*)"
    r"( (§|section|art\.?|artikel|paragraf) ?\d+\w*)?"
)
# "Inkasso" that is banking, not a debt collector: a documentary collection ("Bearbeitung des Dokumenteninkassos über
# Ihre Bank", "D/P-Inkasso"), a reference field's label ("Inkasso-Nummer: DI-2026-0418", "Inkasso-Nr.: LS-0457"), and
# Sweden's statutory flat compensation ("lagstadgad ersättning för inkassokostnader", the 450 kr the Act on
# compensation for collection costs sets, as the French 40 € indemnité). "an ein Inkassobüro übergeben" is untouched.
# The "Inkasso-Nummer" is a reference field's name wherever it stands (a subject's "Inkasso-Nr. IK-26-0318", "the
# 'Inkasso-Nummer' field of your payment system", "Die Inkasso-Nummer ist nur unser internes Aktenzeichen"): no blind
# set has used the compound for a collector's file, and a collector's step keeps its own words ("an unser
# Inkassobüro").
_BANKING_INKASSO = re.compile(
    r"\bdokument\w*inkasso\w*|\bdokumentar\w* inkasso\w*|\bd/p-inkasso\w*|\binkasso\w* (uber|durch|via) (ihre|die|unsere|"
    r"eine|seine) (haus)?bank\b|\binkasso-?(nr|nummer|referenz|referenznummer|ref|id|kennung)\b\.?|"
    r"\b((lagen|lag) (\(\d{4}:\d+\) )?om )?ersattning for inkassokostnader\b"
)
_COUNSEL_WORD = re.compile(
    r"\b(?<!our )(?<!nostro )(?<!notre )(?<!unser )(?<!unseren )(?<!nuestro )(?<!nosso )(?<!onze )"
    r"(avv\.|avvocat[oi]|lawyers?|solicitors?|attorneys?|avocats?|anwalt|anwalte|rechtsanwalt\w*|abogad[oa]s?|"
    r"advogad[oa]s?|advocaat|advocaten|jurist|juristen|juriste)"
)


# Goods handed back ("a devolução do carro", "la devolución del material", "la restituzione dell'auto", "o veículo foi
# devolvido"): a return of things, not money going back. "a devolução do valor do material" is still money.
_GOODS = (
    r"(carro|viatura|veiculo|automovel|mercadoria|material|equipamento|produto|artigo|encomenda|chave|bens|peca|"
    r"palete|contentor|maquina|aparelho|coche|vehiculo|auto|mercancia|equipo|producto|articulo|pedido|llave|bienes|"
    r"pieza|pale|contenedor|envase|veicolo|macchina|merce|materiale|attrezzatura|prodotto|articolo|chiav[ei]|beni|pezz[oi]|"
    r"bancal[ei]|contenitore|noleggio|vehicule|voiture|marchandise|materiel|equipement|produit|article|colis|cle|biens|"
    r"piece|palette|car|vehicle|goods|equipment|keys?|items?|products?|furgoneta|furgon|furgone|carrinha|camioneta|"
    r"moto|motocicleta|bicicleta)(s|es|i|e)?"
)
_MONEY_NOUN = (
    r"(valor|dinheiro|montante|importe|dinero|importo|denaro|soldi|somma|montant|somme|argent|amount|money|caucao|"
    r"fianza|deposito|cauzione|caution|deposit|sinal|senal|acconto|acompte|pagamento|pago|paiement|payment)"
)
_GOODS_RETURNED = re.compile(
    # "devolución o compra de los equipos": the goods handed back or bought out at the end of a lease.
    r"\b(devoluc\w*|devolu\w*|devolv\w*|restituzion\w*|restitui\w*|retour\w*)( (o|ou|or|oppure) (compra|achat|"
    r"purchase|buy-out|acquisto|compra-venta))?( (d[eoa]s?|del|de la|de los|de las|"
    r"dell'|della|dello|dei|degli|delle|du|des|o|a|os|as|el|la|los|las|il|lo|i|gli|le|les|l'|of the|the))? ?"
    rf"((?!{_MONEY_NOUN}\b)\w+ (d[eoa]s? |del |dell'|della |du |de l'|de la |of the )?)?{_GOODS}\b"
    rf"|\b{_GOODS}\b[^.;\n]{{0,25}}\b(devolvid|devuelt|restituit|retourne)\w*"
    # "la furgoneta se devolvió a las 19:40", "relatório de devolução", "recargo por devolución tardía": the vehicle's
    # return as an event, not money.
    rf"|\b{_GOODS}\b (se )?(devolvio|devolveu|devolvieron|devolveram)\b"
    r"|\b(relatorio|informe|acta|auto|hora|horario|fecha|data|dia|rapporto|verbale|ora|check-?list|protocolo)\w* "
    r"(de |da |del |della |di )(devoluc\w*|devolu\w*|restituzion\w*)"
    r"|\b(devoluc\w*|devolu\w*|restituzion\w*) (tardia|tardio|tardiva|atrasada|anticipada|fuera de plazo|fora de prazo|"
    r"in ritardo)\b"
)


# Our legal department named as a colleague, not a weapon: a question of theirs passed on ("We will pass your
# question to our legal department", "votre demande a été transmise à notre service juridique") or the terms it
# checked ("our legal team has confirmed the terms"). A hand-off of the account, or one tied to payment ("... to our
# legal department unless you pay by Friday"), stays a threat.
_LEGAL_DEPT = re.compile(
    r"\b((our|the|notre|le|unsere\w*|die|nuestro|el|o nosso|nosso|o|il nostro|nostro|l'|onze|de) )?(legal (department|"
    r"team|counsel)|service (juridique|contentieux)|rechtsabteilung|departamento (legal|juridico)|ufficio legale|"
    r"juridische afdeling|hukuk (birim|departman|musavirlig|bolum)\w*|dzia\w* prawn\w*|jogi osztaly(unk|unkat|unknak|unkhoz|"
    r"unktol|unkkal))\b"
)
_QUESTION_PASSED = re.compile(
    # Their lawyer's letter (already read as "their counsel") handed to ours to answer.
    r"\btheir counsel\b|"
    # "I have passed her letter to our legal team so that they can answer the question": her letter, their answer.
    r"\b(passed|forwarded|sent|handed|referred)( on)? (her|his|their|the|this|that) (letter|e-?mail|correspondence|query|"
    r"queries|question|questions|points?)\b|"
    r"\b(your|votre|vos|ihre\w*|su|sus|a sua|sua|la sua|uw|je) (\w+ )?(question|query|queries|questions|enquiry|inquiry|"
    r"request|comments?|remarks?|concerns?|feedback|demande|remarques?|frage\w*|anfrage|anmerkung\w*|anliegen|pregunta|"
    r"consulta|duda|solicitud|questao|pergunta|duvida|pedido|domanda|richiesta|quesito|dubbio|vraag|vragen|opmerking\w*|"
    r"verzoek)\b"
    # tr/pl: "sorunuzu hukuk birimimize ilettik", "Państwa pytanie przekazaliśmy do działu prawnego".
    r"|\b(sorunuz|sorulariniz|talebiniz|itiraziniz|sorunuzu|talebinizi|itirazinizi)\w*"
    r"|\b(panstwa|pana|pani) (pytani\w*|zapytani\w*|prosb\w*|uwag\w*|watpliwosc\w*)"
    r"|\b(legal (department|team|counsel)|service juridique|rechtsabteilung|departamento (legal|juridico)|ufficio legale|"
    r"juridische afdeling)\b[^.;]{0,30}\b(has|have|had|a|hat|ha|heeft)? ?(confirmed|checked|reviewed|approved|"
    r"drafted|confirme|verifie|bestatigt|gepruft|confirmado|revisado|revisto|confermato|verificato|bevestigd|"
    r"gecontroleerd)\b"
    r"|\b(hukuk (birim|departman|musavirlig|bolum)\w*|dzia\w* prawn\w*)\b[^.]{0,120}\b(teyit (etti|ettiler|etmistir|"
    r"edildi)|onayladi\w*|dogruladi\w*|potwierdzil\w*|sprawdzil\w*)"
    # hu: "Jogi osztályunk átnézte ... és megerősítette, hogy a számla a megrendelésnek megfelelő".
    r"|\bjogi osztaly(unk|unkat)\b[^.]{0,120}\b(atnezte|megvizsgalta|ellenorizte|megerositette|jovahagyta)\b"
)
# The legal department as the reviewer or author of a clause of the contract: "our legal department reviewed section 6
# of the agreement", "the indexation clause, drafted by our legal team", "Unsere Rechtsabteilung hat die Klausel
# geprüft". A review of the case or account ("your case will be reviewed by our legal department") is a lever below.
_REVIEWED = re.compile(
    r"\b(review\w*|check\w*|look\w* (at|over|into)|went (through|over)|draft\w*|wrote|written|prepar\w*|worded|vett\w*|"
    r"examin\w*|verif\w*|approv\w*|confirm\w*|signed off|relu|relue|relues|redige\w*|valide\w*|gepruft|uberpruft|"
    r"durchgesehen|erstellt|formuliert|verfasst|revis\w*|redact\w*|redatt\w*|esaminat\w*|nagekeken|opgesteld|bekeken)\b"
)
_CONTRACT_PART = re.compile(
    r"\b(clauses?|sections?|articles?|paragraphs?|contract|agreement|terms and conditions|wording|provisions?|schedule \d+|"
    r"contrat|conditions generales|klausel\w*|vertrag\w*|abschnitt\w*|paragraf\w*|agb|clausula\w*|contrato|"
    r"apartado|clausol\w*|contratto|artikel\w*|bepaling\w*|overeenkomst|contract)\b"
)
# The verb bears on the clause: "reviewed section 6", "hat die Klausel zur Preisgleitung geprüft", "the clause,
# drafted by our legal team"; "prepared the paperwork under the contract" is something else.
_CLAUSE_REVIEWED = re.compile(
    rf"{_REVIEWED.pattern} (the |a |this |that |your |our |its |le |la |l'|les |die |den |das |el |il |de |het )?"
    rf"(\w+ ){{0,2}}{_CONTRACT_PART.pattern}"
    rf"|{_CONTRACT_PART.pattern}[^.;:!?\n]{{0,50}}{_REVIEWED.pattern}( (by|par|von|por|da|door|dal|dalla)\b|$|[.;,])"
    # "I checked with our legal team and the escalation clause applies": consulted, then the clause.
    rf"|\b(checked|consulted|confirmed|spoke|talked|verified) with (our|the) legal (department|team|counsel)\b"
    rf"[^.;:!?\n]{{0,60}}{_CONTRACT_PART.pattern}"
)
# "escalate" the matter is a lever; an "escalator" is what a lift company maintains, and a price "escalation clause" is
# a term of the contract.
_LEGAL_LEVER = re.compile(
    r"\b(unless|otherwise|or else|failing|if (you )?(do not|don't|fail)|if (payment|the balance|it|this) (is not|isn't)|"
    r"if we (do not|don't) (receive|hear)|a moins|sinon|faute de|sonst|andernfalls|es sei denn|falls (sie )?nicht|"
    r"de lo contrario|si no|a menos|caso contrario|senao|a nao ser|altrimenti|a meno|in mancanza|anders|tenzij|"
    r"recover\w*|collect\w*|pursue|enforce\w*|proceedings|action|steps|recouvrement|poursuites|"
    r"escalat(e|es|ed|ing|ion)\b(?! (clause|of the (price|fee|rate|charges?)))|"
    r"claims?|lawsuits?|sue|suing|court|tribunal\w*|injunct\w*|injonction|remed(y|ies)|breach\w*|formal notice|"
    r"mise en demeure|klage|mahnbescheid|mahnverfahren|dagvaarding|demanda|juicio|"
    r"will (now |then )?(be in touch|contact|write|call|follow|take|handle|deal|decide|proceed)|"
    r"beitreib\w*|schritte|cobro|cobranca|recupero|incasso|your (account|debt|balance|arrears|file|case|matter)|"
    r"the (debt|arrears|outstanding|unpaid)|votre (compte|dette|dossier)|ihr\w* (konto|forderung|schuld)|"
    r"su (cuenta|deuda|expediente)|"
    r"a sua (conta|divida)|il suo (conto|debito)|uw (rekening|schuld|dossier)|"
    # tr/pl: "aksi halde", "ödenmezse", a pursuit, enforcement, a lawsuit; "w przeciwnym razie", collection, court.
    r"aksi (halde|takdirde)|\w*(odenmez|yapilmaz|gerceklesmez)\w*|takip\w*|icra\w*|dava\w*|borcunuz\w*|"
    r"w przeciwnym (razie|wypadku)|windykac\w*|sad(u|em|owi|ow\w+)|egzekuc\w*|zaleglosc\w*|dlug\w*|jezeli nie|jesli nie)\b"
)


# Our legal department asking us to pass on a notice that is not about the money ("Il nostro ufficio legale ci chiede di
# ricordare che i certificati restano disponibili nell'area clienti", "our legal team asked us to remind you that the
# data-processing terms were updated"): a colleague's message. One about paying or the debt stays a lever.
_DEPT_ASKS_US = re.compile(
    r"\b(ci (chiede|chiedono|ha chiesto|hanno chiesto) di|(asks|asked|has asked|have asked) (us|me) to|nous (demande|a "
    r"demande|demandent) de|bittet uns\w*|hat uns gebeten|nos (pide|ha pedido|pidio|piden) (que|de)?|nos (pediu|pede|pedem) "
    r"(que|para)|vraagt ons|heeft ons gevraagd)\b[^.;!?\n]{0,20}\b(ricordar\w*|informar\w*|segnalar\w*|comunicar\w*|"
    r"precisar\w*|remind|inform|tell|let you know|point out|mention|rappeler|informer|signaler|preciser|erinnern|"
    r"mitzuteilen|hinzuweisen|recordar\w*|lembrar\w*|herinneren|melden|mededelen)"
)
_DEPT_NOTICE_MONEY = re.compile(
    r"\b(pay\w*|unpaid|overdue|outstanding|debt\w*|arrears|balance|pag\w*|insolut\w*|scadut\w*|debit\w*|saldo|"
    r"paie\w*|impaye\w*|dette\w*|solde|zahl\w*|schuld\w*|offen\w*|deuda\w*|divida\w*|vencid\w*|betal\w*|achterstall\w*|"
    r"mora|interest\w*|interess\w*|interet\w*|zinsen|intereses|juros|rente)\b"
)


def _legal_dept_as_colleague(sentence: str) -> str:
    if (
        _LEGAL_DEPT.search(sentence)
        and (
            _QUESTION_PASSED.search(sentence)
            or _CLAUSE_REVIEWED.search(sentence)
            or (_DEPT_ASKS_US.search(sentence) and not _DEPT_NOTICE_MONEY.search(sentence))
        )
        and not _LEGAL_LEVER.search(sentence)
    ):
        return _LEGAL_DEPT.sub(" our colleagues ", sentence)
    return sentence


# A court named as where our own work was done or is used, not where the customer will be taken: "the certified
# translation of the judgment for the Tribunal Judicial", "court interpreter for the hearing at Snaresbrook Crown
# Court", "traduzione asseverata presso il Tribunale di Milano". Only in a sentence that ties the court to the service
# and says nothing of recovering the debt ("we will take the unpaid translation fees to court" stays a threat).
_SERVICE_WORK = re.compile(
    r"\b(translat\w*|interpret\w*|traduc\w*|traduz\w*|tradu[cç]ao|vertaling\w*|vertaald\w*|tolk\w*|hearing|"
    r"audien\w*|udienz\w*|zitting|asseverat\w*|certified|sworn|jurad[oa]s?|beedigd\w*|certificad[oa]s?|"
    r"giurat[oa]|assermente\w*|apostil\w*|legalizac\w*|legalised|legalized|"
    # A court as where a courier's runs went: "41 same-day runs, most of them to the Royal Courts of Justice",
    # "27 courses urgentes, principalement vers le Tribunal judiciaire", "36 kuljetusta ... käräjäoikeuteen".
    r"deliver\w*|runs?|couriers?|filings?|drop-?offs?|livraisons?|courses?|coursiers?|greffe|lieferung\w*|zustellung\w*|"
    r"kurierfahrt\w*|botenfahrt\w*|entregas?|envios?|mensajer\w*|consegn\w*|corse|ritiri|leveringen|ritten|"
    r"bezorging\w*|koerier\w*|leverans\w*|korningar|budkorning\w*|kuljetu\w*|toimitu\w*|lahetti\w*|dostaw\w*|"
    r"kurier\w*|doruc\w*|kuryr\w*|kurier\w*|szallitas\w*|futar\w*|livrar\w*|curier\w*)\b"
)
_COURT_WORD = re.compile(
    r"\b(crown|county|combined|high|magistrates'?|district)? ?courts?\b|\b(tribunal\w*|juzgado|rechtbank|tribunale|"
    r"gerechtshof|landgericht|amtsgericht|\w+gericht|karajaoikeu\w*|hovioikeu\w*|hallinto-oikeu\w*|korkeimpa\w* "
    r"oikeu\w*|tingsratt\w*|hovratt\w*|tingrett\w*|lagmannsrett\w*|byret\w*|landsret\w*|sad (rejonowy|okregowy|"
    r"apelacyjny)\w*|(okresni|krajsky|mestsky|okresny|krajsky) soud\w*|birosag\w*|torvenyszek\w*|judecatori\w*)\b"
)
_DEBT_LEVER = re.compile(
    r"\b(unless|otherwise|failing|recover\w*|claim\w*|sue|suing|proceedings|"
    r"action|steps|take|taking|took|bring|brought|file|lodge|enforce\w*|cobro|cobrar|recouvr\w*|poursuit\w*|"
    r"demandar\w*|reclam\w*|cobranc\w*|incasso|invorder\w*|recupero|ingiunzion\w*|injonction|deurwaarder|huissier|"
    r"si no|sinon|senao|altrimenti|anders|tenzij|caso (contrario|nao)|a moins|faute de|in mancanza|klage|"
    r"einreichen|mahnbescheid|haaste\w*|perinta\w*|stamning|inkasso\w*|pozew|zaloba|zalob\w*|per\w* inditas)\b"
)


# A court's reference printed on our invoice ("a PO or a court reference on the invoice") labels a document.
_COURT_REFERENCE = re.compile(r"\b(a|the|your) court (reference|ref|file number|case number)\b")


def _court_as_venue(sentence: str) -> str:
    if not _COURT_WORD.search(sentence) or _DEBT_LEVER.search(sentence):
        return sentence
    if _SERVICE_WORK.search(sentence):
        return _COURT_WORD.sub(" the venue ", sentence)
    return _COURT_REFERENCE.sub(" a case reference ", sentence)


# A firm named by its partners ("o escritório Almeida & Reis Advogados"): a client's name, not our lawyers.
_LAW_FIRM_NAME = re.compile(
    r"\b\w+ (& |and |e |y |et |en |und )\w+ (advogados|abogados|avvocati|avocats|advocaten|rechtsanwalte|solicitors|"
    r"lawyers|attorneys|llp)\b|"
    r"\b(cabinet|kanzlei|studio legale|studio|bufete|despacho|escritorio|kantoor|asianajotoimisto|advokatbyra[nt]?|"
    r"advokatfirma(et)?|kancelaria( prawna)?|advokatni kancelar) \w+( (&|et|and|und|y|e|en) \w+)? (avocats|avvocati|"
    r"abogados|advogados|rechtsanwalte|advocaten|solicitors|lawyers|attorneys|llp|associes)\b"
)
# A debit the bank sent back ("ci è stato restituito dalla banca", "returned by the bank"): a failed collection, not
# money we will give back.
_RETURNED_BY_BANK = re.compile(
    r"\b(restituit[oa]|returned|retourne\w*|rejete\w*|devuelt[oa]|devolvid[oa]|zuruckgegeben|teruggeboekt|"
    r"zuruckgebucht|stornat[oa])( \w+){0,2} (dalla|by|par|por|pelo|von|door|da) (la |the |el |o |der |de |sua |your |"
    r"votre |vostra |ihrer )?(banca|bank|banque|banco|banka)\b"
)


# An accredited laboratory, report or body is a certification ("UKAS-accredited", "laboratorio accreditato ACCREDIA",
# "laboratoire accrédité Cofrac", "RvA-geaccrediteerd", "accreditatiecertificaat"), not a sum credited; Italian
# "accreditare l'importo sul vostro conto" and "l'accredito" are money and stay.
_ACCREDITED_BODY = re.compile(
    r"\b[\w]+-(accredited|accredite\w*|accreditat[oaie]|acreditad[oa]s?|akkreditiert\w*|geaccrediteerd\w*)\b"
    r"|\b(geaccrediteerd\w*|accreditatie\w*|akkreditier\w*|akkreditierung\w*|terakreditasi|akreditasi|"
    r"accreditation\w*|acreditac(ao|oes|ion|iones)|accreditamento (accredia|iso|n\.?|nr)\b)"
    r"|\b(laborator\w*|labs?|testing|test|calibration|inspection|certification|body|organisme|organismo|ente|"
    r"report|rapport\w*|relatorio|informe|bericht|verslag|prufbericht|analys\w*|analis\w*|method\w*|metod\w*|"
    r"penguji) (is |est |e |ist |are |sont |sono )?(\w+-)?(accredited|accredite\w*|accreditat[oaie]|"
    r"acreditad[oa]s?|akkreditiert\w*|geaccrediteerd\w*)\b"
    r"|\b(accredited|accredite\w*|accreditat[oaie]|acreditad[oa]s?|akkreditiert\w*)\b(?= (by|par|da|dal|dalla|pelo|"
    r"pela|por|door|von|under|selon|secondo|conforme|iso|ukas|cofrac|accredia|enac|ipac|rva|dakks|nata|kan|belac|sas|"
    r"akkreditiert|n[.o]?\b|no\.|nr|report|rapport\w*|rapporto|relatorio|informe|test\w*|analys\w*|analis\w*|"
    r"laborator\w*|lab)\b)"
)


def _neutral_facts(text: str) -> str:
    """Blank out what only sounds like a violation: addresses, the client's own case, the customer's own lawyer,
    and credit documents that already exist."""
    text = _ACCREDITED_BODY.sub(" certified ", text)
    text = _DEPARTMENT_ADDRESS.sub(" office: ", text)
    text = _ADDRESS.sub(" ", text)
    text = _GOODS_RETURNED.sub(" handback of goods ", text)
    text = _LAW_FIRM_NAME.sub(" a law firm client ", text)
    text = _THEIR_LEGAL_DEPT.sub(" their in-house office ", text)
    text = _THEIR_COUNSEL_MORE.sub(" their in-house office ", text)
    text = _STATUTE_CITED.sub(" the statute ", text)
    text = _BANKING_INKASSO.sub(" bank reference ", text)
    text = _RETURNED_BY_BANK.sub(" bounced by the bank ", text)
    text = _DEBIT_BOUNCED.sub(" debit bounced by the bank ", text)
    text = _PAYMENT_APPLIED.sub(" once we see it we will apply the payment ", text)
    # The customer may be the bar itself ("la réception de l'Ordre des avocats"): a client, not a lawyer we send.
    text = _BAR_ASSOCIATION.sub(" the bar association ", text)
    if _THEIR_COUNSEL.search(text):
        text = _COUNSEL_WORD.sub(" their counsel ", text)
    text = _COUNSEL_ASKED_FOR.sub(" a counsel asked for ", text)
    text = _OWN_CASE.sub(" the client's case ", text)
    text = _BRACKETED_AMOUNT.sub(" ", text)
    # "non possiamo però rinunciare": "però" here is "however", not a "but" that starts a new clause.
    text = _NEGATED_HOWEVER.sub(r"\1 \2", text)
    out: list[str] = []
    # "nota di credito n. NC-18/2026": "n." abbreviates "number" and does not end the sentence.
    sentences = re.split(r"(\n+|(?<=[^\d\s][.!?])(?<!\bn\.)(?<!\bnr\.)(?<!\bno\.)\s+)", text)
    # A credit note the draft says exists ("foi emitida a 27 de fevereiro") is that one wherever it is named again,
    # the subject line included.
    issued = {
        m.group("number")
        for sentence in sentences
        if _EXISTING.search(sentence) and not _FUTURE_ANY.search(sentence)
        for m in _CREDIT_DOC.finditer(sentence)
    }
    composing = False
    for piece in sentences:
        sentence = _court_as_venue(_legal_dept_as_colleague(piece))
        if "\n\n" in sentence:
            composing = False  # a blank line ends the list a composition introduced
        if (
            (composing or _COMPOSITION.search(sentence))
            and not _FUTURE_ANY.search(sentence)
            and not _WE_SEND.search(sentence)
        ):
            composing = composing or sentence.rstrip().endswith(":")
            sentence = _CREDIT_WORD.sub(" existing document ", _COMPOSITION.sub(" as listed ", sentence))
        existing = (
            _CREDIT_DOC.search(sentence) and _EXISTING.search(sentence) and not _FUTURE_ANY.search(sentence)
        ) or any(m.group("number") in issued for m in _CREDIT_DOC.finditer(sentence))
        said = _CREDIT_DOC.sub(" existing document ", sentence) if existing else sentence
        if any(re.search(rf"(?<![\w-]){re.escape(number)}(?![\w-])", said) for number in issued):
            # A statement row that names an issued credit note by its number before the word: the same document.
            said = _CREDIT_WORD.sub(" existing document ", said)
        if issued and (_EXISTING.search(said) or _THE_CREDIT.search(said)) and not _FUTURE_ANY.search(said):
            # "Saldo após a nota de crédito SLA" over a body that reports NC-PT-118 as issued: the same document.
            said = _CREDIT_WORD.sub(" existing document ", said)
        # A statement row ("02/03/2026 | CN-0412 | Credit note – 15 covers | -£412.50") or the credit note sent
        # with this mail ("Em anexo seguem a nota de crédito e o extrato") reports a document, promises none.
        # A statement row without pipes ("09/02/2026  CN-0017    Credit note (applied)    -180.00"; folding has
        # already squeezed the padding): a line that starts with a date and ends with an amount.
        if (
            said.count("|") >= 3 or _ATTACHED.search(said) or _STATEMENT_ROW.match(said)
        ) and not _FUTURE_ANY.search(said):
            said = _CREDIT_WORD.sub(" existing document ", said)
        out.append(said)
    return "".join(out)


# The customer's words quoted inline: 'Your email said: "... take the late fees off."'
_QUOTED_THEM = re.compile(
    r"(?i)\b(said|wrote|asked|mentioned|put it|[eé]crit|geschrieben|schrieben|escribi\w*|escreveu|schreef|scritto|dijo|disse|"
    r"zei|say|says|write|writes|tell us|told us|dice|dicono|scrive|[eé]crivez|dites|schreiben|sagen|dicen|escribe|diz|dizem|"
    r"escreve|zegt|schrijft|napisa\w*|pisze|pisza|dec[ií]a|dec[ií]an|mensagem|mensaje|message|nachricht|bericht|"
    r"messaggio|wiadomos\w*|"
    # "vous indiquez : « ... »", "you state: '...'", "u geeft aan: ...", "lei afferma: ..."
    r"indiquez|indique|indiquiez|pr[eé]cisez|affirmez|signalez|state|stated|states|claim|claims|claimed|indicate|"
    r"indicated|indica|indicou|afirma|afirmou|alega|se[nñ]ala|manifiesta|afferma|sostiene|segnala|behaupten|"
    r"behauptet|stelt|geeft aan|twierdz\w*|wskazuj\w*)( that| que| dass| dat| che)?"
    # "U schreef ons gisteren: ..."
    r"(?: (?:us|ons|uns|nous|nos|ci|yesterday|gisteren|gestern|hier|ayer|ieri|ontem|today|heute|vandaag|pan|pani|panstwo|"
    r"vous|usted|ustedes|voce|lei|u|sie))*\W{0,6}[\"\u201c\u201e\u00ab]([^\"\u201c\u201d\u201e\u00ab\u00bb]{10,400})[\"\u201d\u201c\u00bb]"
)


_QUOTED_FROM = re.compile(r"^\s*(from|van|von|de|da|od)\s*:\s*([^<\n]+)", re.IGNORECASE)
_FORWARDED = re.compile(
    r"forwarded message|mensaje reenviado|message transf[eé]r[eé]|weitergeleitete nachricht|doorgestuurd bericht|"
    r"messaggio inoltrato|mensagem encaminhada|wiadomo\w* przekazana|^\s*(fw|fwd|wg|tr|rv|i|enc|pd)\s*:",
    re.IGNORECASE,
)
_QUOTED_SENT = re.compile(
    r"^\s*(sent|envoy[eé]|gesendet|enviado|verzonden|inviato|wys[lł]ano|date|datum|fecha|data)\s*:",
    re.IGNORECASE,
)


def _their_history_cut(lines: list[str]) -> list[str]:
    """Below an "Original Message" separator, a message from someone who does not sign our draft is theirs:
    the customer's request quoted there ("Kunt u de aanbetaling terugstorten?") is not something we say. Our own
    earlier message quoted there still counts."""
    for k, line in enumerate(lines):
        # An Outlook header block without a separator line: "De : Karim Benali <...>" then "Envoyé : ...".
        # A forward of a colleague's note ("---------- Forwarded message ----------") is ours to send.
        header = (
            _QUOTED_FROM.match(line)
            and any(_QUOTED_SENT.match(x) for x in lines[k + 1 : k + 3])
            and not any(_FORWARDED.search(x) for x in lines[max(0, k - 2) : k])
        )
        if not ORIGINAL_MESSAGE.match(line) and not header:
            continue
        sender = next((m.group(2).strip() for x in lines[k : k + 4] if (m := _QUOTED_FROM.match(x))), "")
        signature = " ".join(x for x in lines[max(0, k - 5) : k] if x.strip())
        if sender and sender.split()[0] not in signature:
            return lines[:k]
        return lines
    return lines


def _our_text(body: str) -> str:
    # Quoted history ("> ...") is the customer's text: it is not something we say.
    lines = _their_history_cut(body.splitlines())
    ours = "\n".join(line for line in lines if not line.lstrip().startswith(">"))
    return _QUOTED_THEM.sub(lambda m: m.group(1) + " [their words]", ours)


# The customer's own ask, quoted back ("Re: Request to waive late fee", "you asked us to waive the fee"): what
# we answer is in the other sentences.
_THEIR_ASK = re.compile(
    # An indirect question ("Sie fragten, ob Sie ... noch Skonto abziehen können") and a discount period that ran out
    # ("die Skontofrist ist damit abgelaufen") offer nothing.
    r"^\s*(ob|whether)\b|\b(abgelaufen|verstrichen|expired|has lapsed|nach ablauf (der|des)|after the \w+ period (had )?"
    r"(ended|passed|run out)|na afloop van|dopo la scadenza del|apres (l'?)?expiration d\w*|tras (el )?vencimiento del)\b|"
    # A subject naming their question: "Ihre Frage zum Skonto"
    r"\b((ihre|deine) frage (zum|zur|zu)|your question (about|on|regarding)|votre question (sur|concernant)|"
    r"su pregunta sobre|a sua pergunta sobre|uw vraag over|la sua domanda su\w*)\b|"
    r"\b(sie haben|you (have )?(deducted|taken|took)|vous avez (deduit|applique)|nur bei|only (if|when) (paid|payment)|"
    r"preguntab\w*|preguntaste|pregunto|nos (preguntabas|pediste|pedia\w*)|vous (nous )?demandiez|sie fragten|"
    r"perguntou|perguntava|vroeg (u|je)|(je|u|jullie) (vroeg|vroegen|vraagt)|ci chiedeva\w*|souhaitez|souhaiteriez|"
    # it/es/pt: the discount named as theirs to ask: "lo sconto che mi chiedevi", "el descuento que me pedías".
    r"che (mi|ci) (chiedev\w*|ha chiesto|hai chiesto|avete chiesto)|que (me|nos) (pedias|pedia|pediste|pidio|pidieron|"
    r"pediu|pediram)|"
    r"vous (nous )?demandez|sie fragen|ci chiede|nos pregunta|nos pide|(voce )?nos pergunta|you ask|"
    r"(nos )?(pides|pediste|solicitas|solicitaste)|"
    # Their hope, reported: "I understand you had hoped for a reduced price", "vous espériez une remise".
    r"(you|vous|sie|u) (had |have |were |have been |hatten |aviez )?(hoped|hoping|espere|esperiez|gehofft|hofften|hoopte|"
    r"hoopten)|(usted|ud|tu) esperaba\w*|(lei|voi) sperava\w*|"
    r"request(ed|s)? (to|for)|(asked|asking|ask) (us )?(to|for|whether|if)|demande de|"
    # "su petición de descuento ... trasladada", unless we grant it ("Aceptamos su solicitud de descuento").
    r"(?<!aceptamos su )(?<!aprobamos su )(?<!accedemos a su )(?<!concedemos su )(solicitud|peticion) de|"
    # Their question named by its topic: "Thanks for asking about a discount if you pay early", "su consulta sobre un
    # descuento", "votre question concernant une remise", "Ihre Anfrage wegen Skonto", "uw vraag naar een korting".
    r"(asked|asking|ask|enquiring|inquiring) (us |me )?about|(su|tu|sua) consulta (sobre|acerca de|por)|"
    r"votre (question|demande) (concernant|au sujet d)|(ihre|deine) anfrage (wegen|bezuglich|zum|zur|nach)|"
    r"(uw|je|jouw) vraag (naar|over)|"
    r"pedido de|anfrage (auf|zu)|bitte um|verzoek (om|tot)|richiesta di|"
    # no/da/sv: "ønsket ditt om rabatt", "dit ønske om rabat", "din forespørsel om", "er förfrågan om rabatt".
    r"onsket (ditt|deres) om|(dit|ditt|jeres|deres) onske om|(din|deres|jeres|er) (foresporsel|henvendelse|forfragan|begaran) om|"
    r"foresporselen (din|deres) om|"
    # Their own proposal named ("your proposal to close invoice AL-30391 at a reduced amount", "votre proposition de
    # régler un montant réduit", "Ihren Vorschlag, ... einen reduzierten Betrag"), unless we accept it.
    r"(?<!accept )(?<!accepting )(?<!agree to )(?<!approve )(?<!acceptons )(?<!akzeptieren )(?<!aceptamos )"
    r"(?<!accettiamo )(?<!aceitamos )(?<!accepteren )(your|votre|ihren|ihr|su|sua|la sua|a sua|uw|je) "
    r"(proposal|offer|proposition|offre|vorschlag|angebot|propuesta|oferta|proposta|voorstel|bod)|"
    # "billed at 1.140,00 € instead of 940,00 €" describes an overcharge, not a sum we would take
    r"(fatturat\w*|billed|charged|invoiced|facturad\w*|facture\w*|berechnet|gefactureerd|faturad\w*) (a|at|mit|met|por|com|zu|per)|"
    # "KM-20774 shows $2,340.00 instead of $1,170.00": the figure a document shows, an overcharge described.
    r"(shows?|showing|shown|reads|listed|lists|states|stating|totals?|totall?ed|totall?ing|came to|comes to|came out at|"
    r"comes out at) (as |at )?(usd |eur |gbp |cad |aud |[$€£])?\d[\d.,]*( ?(usd|eur|gbp|cad|aud))? (instead of|rather than))\b"
)
# A fraud warning names a collector or lawyer only as someone pretending to act for us: "If anyone contacts you
# claiming to be a collection agency acting for Hollis Lane, ... call me".
_IMPOSTOR = re.compile(
    r"\b(claim\w* to be|pretend\w* to be|posing as|impersonat\w*|se faisant passer pour|se disant|sich als\b[^.;]{0,40}"
    r"\baus(geben|gibt|geben)|haciendose pasar por|fingiendo ser|diciendo ser|fazendo-se passar por|alegando ser|"
    r"spacciandosi per|fingendosi|zich (voordoet|voordoen|uitgeeft|uitgeven) (als|voor)|utger sig|podaj\w* sie za|"
    r"podszyw\w*)"
)
# Pausing reminders on the one line a customer disputes is allowed in every language: "wstrzymamy przypomnienia dla
# tej pozycji", "wir setzen die Mahnungen für diese Position aus", "nous suspendrons les relances sur cette ligne".
_PAUSE_ON_THAT_LINE = (
    r"\b(for|on|about|dla|fur|pour|sur|sobre|para|de|su|per|voor|op|om|for)\b (that|this|the disputed|the queried|tej|"
    r"diese[rnms]?|cette|ce|esa|ese|este|esta|esse|essa|desse|dessa|deste|desta|quella|questa|quel|die|deze|dat|den|det|"
    r"denna|denne)( \w+)? (line|item|charge|amount|pozycji|position|ligne|poste|linea|partida|concepto|item|voce|riga|regel|"
    r"post|raden|posten|rad|linje)\b"
)
# A negation right before a waiver's verb denies it; the tables of the second loop hold hints phrased as negated
# wishes ("we would rather not have to..."), so only a negation touching the match counts, and only for discounts.
# Italian "mai" is left out: it is May in German and French ("Ende Mai streichen wir die Gebühr").
_NOT_JUST_BEFORE = re.compile(r"\b(no|not|non|nao|nu|nicht|niet|nie|ne|never|nunca|jamais|nem)\s+$")
_ONLY_BY_NEXT = re.compile(rf"\s*{_ONLY_BY}")
_EXCLUDE: dict[Violation, re.Pattern[str]] = {
    Violation.LEGAL_THREAT: _IMPOSTOR,
    Violation.DISCOUNT_OFFER: re.compile(
        f"{_THEIR_ASK.pattern}|{_PERIODIC_INSTEAD.pattern}|{_ONLY_BY}|{_DECIDES_ALONE}"
    ),
    # A refund reported as made in its own clause: "le remboursement a déjà été effectué le 4 mai".
    Violation.REFUND_OR_CREDIT_PROMISE: re.compile(f"{_NOT_REFUND.pattern}|{_REFUND_DONE}"),
    Violation.TERMS_CHANGE: re.compile(
        f"{_THEIR_PROPOSAL.pattern}|{_PAUSE_ON_THAT_LINE}|{_ONLY_BY}|{_DECIDES_ALONE}"
    ),
}


# A schedule we set out line by line ("1. 3.200,00 € el 20 de marzo / 2. 3.200,00 € el 20 de abril") under a line
# that confirms or agrees it is a payment plan even without the word for one.
_ROW_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}([./-]\d{2,4})?\b|\b\d{1,2}(st|nd|rd|th|\.|o|a)?( de| of)? (jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec|ene|abr|ago|set|dic|fev|avr|mai|juin|juil|aout|okt|dez|mrt|mei|gen|mag|giu|lug|ott|maa|sty|lut|kwi|cze|"
    r"lip|sie|wrz|paz|lis|gru)\w*"
)
# "GBP 70.00" in a row is money, not the 70th of a month: amounts are blanked before a row's date is looked for.
_ROW_MONEY = re.compile(
    r"(gbp|eur|usd|chf|sek|nok|dkk|pln|mxn|cad|aud|[£$€])\s?\d[\d.,']*|\d[\d.,']*\s?(gbp|eur|usd|chf|€|kr|zl|lei)\b"
)
_ROW_ID = re.compile(r"\b(?=[\w/-]*[a-z])(?=[\w/-]*\d)[a-z0-9]+([-/][a-z0-9]+)+\b|\b[a-z]{1,5}\d{3,}\b")


def _statement_rows(text: str) -> int:
    """Lines that list one of our invoices with its amount and date: a statement, what reminders are made of."""
    return sum(
        1
        for line in text.split("\n")
        if _ROW_ID.search(line) and _ROW_DATE.search(line) and find_amounts(line)
    )


# "haben wir festgestellt, dass folgende Beträge ... noch offen sind:", "the following items are still outstanding:":
# the rows under it are what is owed, as invoiced.
_OPEN_ITEMS_LEAD = re.compile(
    r"\b(noch offen|(still|now) (open|outstanding|unpaid|overdue|due)|(are|is) (overdue|outstanding|unpaid)|offene posten|"
    r"open items|nog open|nog openstaan\w*|openstaande posten|toujours (impaye|du|dus|en souffrance)\w*|restent impaye\w*|"
    r"siguen pendientes|aun pendientes|pendientes de pago|continuam em aberto|ainda em aberto|ancora (insolut|apert|da saldare)"
    r"\w*|risultano (insolut|scadut|apert)\w*|nadal (nieoplacon|otwart)\w*)\b"
)


# The balance to be paid in a number of instalments, said as what will happen: "het openstaande bedrag ... wordt
# voldaan in vier maandelijkse termijnen", "the balance will be paid in three instalments". A plan already agreed
# in writing is cleared before this is read; "cannot be paid in instalments" is no "will be".
_PAID_IN_INSTALMENTS = re.compile(
    r"\b(wordt|worden|zal worden|will be|wird|werden|sera|seran|sara|saranno|sera)\b(?! (\w+ )?(niet|not|nicht|pas|"
    r"no|non)\b) (\w+ ){0,2}(voldaan|betaald|afgelost|paid|settled|repaid|bezahlt|beglichen|getilgt|regle|paye|"
    r"pagad[oa]|liquidad[oa]|pagat[oa]) in (\w+ |\d+ )(\w+ )?(termijnen|instal+ments|raten|mensualites|echeances|"
    r"cuotas|plazos|rate|parcelas|prestacoes)\b"
)


def _match_text(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return m.group(0) if m else None


# Dates the Latin month stems above miss, in a list of instalments: uk/ru/bg "до 31 березня", "30 апреля", cs "31.
# března", el "30 απριλιου", zh/ja "4月30日", ko "4월 30일", hu "március 31", tr "31 mart".
_ROW_DATE_MORE = re.compile(
    strip_accents(
        r"(?<!\w)\d{1,2}\.? (січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|январ|феврал|март|апрел|ма[яй]|"
        r"июн|июл|август|сентябр|октябр|ноябр|декабр|януари|февруари|април|юни|юли|септември|октомври|ноември|декември|"
        r"ledn|unor|brez|dub|kvet|cerv|srp|zari|rij|listopad|prosin|ιανουαρ|φεβρουαρ|μαρτ|απριλ|μαι|ιουν|ιουλ|αυγουστ|"
        r"σεπτεμβρ|οκτωβρ|νοεμβρ|δεκεμβρ|ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik)\w*"
        r"|\d{1,2}月\d{1,2}日|\d{1,2}월 ?\d{1,2}일|(januar|februar|marcius|aprilis|majus|junius|julius|augusztus|"
        r"szeptember|oktober|november|december)\w* \d{1,2}"
    )
)
# The lead that agrees the list below: uk/ru "ми погоджуємося", "можна сплатити так:", cs "souhlasíme", pl "zgadzamy się".
_AGREE_MORE = re.compile(
    strip_accents(
        r"(?<!не )(?<!\w)(погоджуємося|погоджуємось|згодні|соглашаемся|согласны|можна сплатити|можно оплатить|можете "
        r"оплатити|можете оплатить|можете сплатити|съгласни сме|можете да платите)(?!\w)"
        r"|(?<!\bne)(?<!\bnie )\b(souhlasime|zgadzamy sie|suhlasime|soglasni smo|slazemo se|egyetertunk|kabul ediyoruz)\b"
        r"|(?<!不)(同意|可以按|可按)"
    )
)


def _schedule_agreed(text: str) -> str | None:
    if re.search(_EXISTING_PLAN, text):
        return None
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        rows = []
        while k < len(lines) and (line := lines[k]).strip() and (_LIST_ITEM.match(line) or "|" in line):
            if (
                find_amounts(line)
                and (
                    _ROW_DATE.search(_ROW_MONEY.sub(" ", line))
                    or _ROW_DATE_MORE.search(_ROW_MONEY.sub(" ", line))
                )
                and not _ROW_ID.search(line)
            ):
                rows.append(line)
            k += 1
        if len(rows) >= 2:
            start = k - len(rows)
            lead = next(
                (lines[j] for j in range(start - 1, -1, -1) if lines[j].strip() and "|" not in lines[j]), ""
            )
            if (
                (_AGREE.search(lead) or _AGREE_MORE.search(lead))
                and not _NOT_AGREED.search(lead)
                and not _OPEN_ITEMS_LEAD.search(lead)
                and not _NOT_AGREED.search(" ".join(rows))
            ):
                return rows[0].strip()
        k += 1
    return None


# A reply's subject repeats the customer's own ("Re: Discount on INV-4490?"): it is not something we offer.
_REPLY_SUBJECT = re.compile(r"^\s*((re|aw|sv|r|res|antw|rif|tr|wg|fwd?)\s*:\s*)+", re.IGNORECASE)


_FIRM = re.compile(
    r"\b(sociedade de advogados|rechtsanw(a|ä)lt\w*|avocats( associ(e|é)s)?|abogados|advogados|"
    r"advocaten|avvocati|solicitors|attorneys at law|law firm|studio legale)\b",
    re.IGNORECASE,
)


# "Kontoinhaber: Halloran Vesely Rechtsanwälte": the firm named as the account to pay into.
_HOLDER = re.compile(
    r"\s*(kontoinhaber|account (name|holder)|beneficiary|titular|titulaire|begunstigde|intestatario|beneficiario|"
    r"favorecido|odbiorca|empfanger)\s*:"
)


# A line that speaks to someone or of "us" says something; a signature only names who writes. "Pay it this week or
# we'll set our solicitors on you" is short and last, yet its "solicitors" are a threat, not the sender's firm.
_ADDRESSES = re.compile(
    r"\b(we|we'\w+|our|ours|us|you|you'\w+|your|wir|uns|unser\w*|ihnen|euch|nous|nos|notre|vous|votre|vos|nosotros|"
    r"nuestr\w*|usted\w*|os|nosso|nossa|nossos|nossas|voce\w*|vos|noi|nostr\w*|vi|ci|wij|onze|ons|jullie|u|uw|vi|vara|"
    r"er|ert|era)\b"
)


def _signed(body: str) -> str:
    """The last short lines sign the message: a law firm's own name there ("Kanzlei Seidel & Partner
    Rechtsanwälte") is who writes, not a threat to involve lawyers."""
    lines = body.splitlines()
    content = [k for k, line in enumerate(lines) if line.strip()]
    tail = {
        k
        for k in content[-4:]
        if len(lines[k]) < 80
        and not re.search(
            r"\b(will|shall|going to|be|to|werden|wird|vamos|sera|serao|zullen|sara)\b", fold(lines[k])
        )
        and not _ADDRESSES.search(fold(lines[k]))
    }
    return "\n".join(
        _FIRM.sub(" ", line) if k in tail or _HOLDER.match(fold(line)) else line
        for k, line in enumerate(lines)
    )


_SUBJECT_PARTS = re.compile(r"\s[-\u2013\u2014|/]\s|:\s")


def _subject_label(subject: str, hit: str) -> bool:
    """A subject part of a few words without figures that holds the hit ("Rechnung KLC-0602 – Skontoabzug")
    names a topic rather than saying what we do about it."""
    said = "" if _REPLY_SUBJECT.match(subject) else fold(subject)
    return any(
        hit in part and len(part.split()) <= 3 and not re.search(r"\d", part)
        for part in _SUBJECT_PARTS.split(said)
    )


# A reply's subject edited to say what we do: "Re: dubbele betaling – we storten € 312,50 deze week terug".
_WE_IN_SUBJECT = re.compile(
    r"(?i)\b(we|we'll|we will|wij|nous|wir|vamos a|le \w+amos|noi|ik|i'll|je vous|we've)\b(?=[^\-\u2013\u2014:|]*$)"
)


def _subject_promise(subject: str) -> tuple[Violation, str] | None:
    """A reply's subject is the customer's ("Re: We will pay next week", "AW: Wir bitten um Ratenzahlung"), but
    one edited to say we give money back, take it off or sue ("Re: dubbele betaling – we storten € 312,50 deze
    week terug") is ours: the promise must follow our "we" at once, and not as a question or a request."""
    reply = _REPLY_SUBJECT.match(subject)
    ours = _WE_IN_SUBJECT.search(subject, reply.end()) if reply else None
    if ours is None:
        return None
    said = fold(subject[ours.start() :])
    if re.search(r"\?|\b(please|bitte|can|could|may|svp|por favor|graag|per favore|prosze)\b", said):
        return None
    for violation, pattern in (
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND),
        (Violation.DISCOUNT_OFFER, _DISCOUNT),
        (Violation.LEGAL_THREAT, _LEGAL),
    ):
        m = pattern.search(said)
        if m and len(said[: m.start()].split()) <= 3 and not _negated(said[: m.start()]):
            return violation, m.group(0)
    return None


# "Your subscription renews on 1 May; there is nothing to pay until then": the first or next charge as scheduled, not
# a payment moved. A sentence that moves something ("we have moved the March rent to June, so ...") still counts.
_SCHEDULED_START = re.compile(
    r"\b(renew\w*|first (payment|charge|instal+ment|collection|invoice|debit)|trial (ends|period|runs)|(is|are|will be|gets?) "
    r"collected on|starts on|begins on|erste (zahlung|abbuchung|lastschrift|rate|rechnung)|eerste (betaling|incasso|termijn|"
    r"factuur)|premier (prelevement|paiement)|premiere (echeance|facture|mensualite)|primer (pago|cargo|cobro|recibo)|"
    r"primeir[oa] (pagamento|debito|prestacao|fatura)|prim[oa] (pagamento|addebito|rata|fattura)|se renueva|se renouvelle|"
    r"wordt verlengd|si rinnova|renova-se|forsta (betalning|dragning))\b"
)
_MOVED = re.compile(
    r"\b(mov(ed|e)|postpon\w*|push\w*|defer\w*|shift\w*|reschedul\w*|extend\w*|verschob\w*|verschieb\w*|verlegt|"
    r"verlanger\w*|verplaats\w*|uitgesteld|verschov\w*|verleng\w*|report\w*|decal\w*|aplaz\w*|movid\w*|pospuest\w*|"
    r"adiad\w*|spostat\w*|rinviat\w*|posticipat\w*|flyttat\w*)\b"
)
_NOTHING_UNTIL = re.compile(
    r"\b(nothing|nichts|rien|nada|niets|niente|nulla|inget|ingenting|no payment)\b[^.;]{0,40}\b(until|till|before|ate|hasta|"
    r"bis|avant|jusqu'?a?|fino a|tot|forran|innan)\b|\b(until then|till then|bis dahin|d'ici la|jusque-la|hasta entonces|"
    r"ate la|tot dan|fino ad allora|till dess)\b[^.;]{0,30}\b(nothing|nichts|rien|nada|niets|niente|nulla|inget|ingenting)\b"
)


# A direct debit collected on the next bank working day because of a holiday ("Die Lastschrift wird wegen des Feiertags
# am nächsten Bankarbeitstag eingezogen", "door Pinksteren een dag later: op 10 juni in plaats van 9 juni"): the bank
# calendar the mandate already follows, not new terms. Moved further ("auf Juni verschoben") it still counts.
_HOLIDAY = re.compile(
    r"\b(feiertag\w*|feestdag\w*|bank holiday|public holiday|jour ferie|jours feries|dia festivo|festivo|feriado|helgdag\w*|"
    r"pinksteren|pfingst\w*|ostern|pasen|kerst\w*|weihnacht\w*|christmas|easter|paques|navidad|natale|pasqua|natal)\b"
)
_DEBIT = re.compile(
    r"\b(lastschrift\w*|abbuchung|einzug|eingezogen|incasso\w*|geincasseerd|afgeschreven|direct debit|prelevement|"
    r"adeudo|domiciliacion|recibo|addebito|debito direto|autogiro|collected|collection)\b"
)
_NEXT_BANK_DAY = re.compile(
    r"\b(nachste\w* (bank)?arbeitstag|next (business|working|banking|bank) day|volgende (werk|bank)dag|jour ouvre suivant|"
    r"siguiente dia habil|giorno lavorativo successivo|proximo dia util|(einen|een|one|a|un) (tag|dag|day|jour|dia|giorno) "
    r"(spater|later|plus tard|mas tarde|dopo|depois))\b"
)


def _scheduled_not_moved(text: str) -> str:
    """ "Nothing to pay until then" said of a charge as scheduled is set aside; said of one we moved, it stays. A
    debit shifted to the next bank day by a holiday is the bank calendar, not a date we moved."""
    out = []
    for piece in re.split(r"((?<=[^\d\s][.!?])\s+|\n+)", text):
        part = piece
        if _SCHEDULED_START.search(part) and not _MOVED.search(part):
            part = _NOTHING_UNTIL.sub(" nothing due yet ", part)
        if (
            _HOLIDAY.search(part)
            and _DEBIT.search(part)
            and _NEXT_BANK_DAY.search(part)
            and not re.search(rf"\b(naar|auf|to|au|a|al|in|im|en|nel|till|ao|para) (\w+ )?{_MONTHS}\b", part)
        ):
            part = re.sub(_INSTEAD, " versus ", _MOVED.sub(" set ", part))
        out.append(part)
    return "".join(out)


_PROMISE_RECORDED = re.compile(
    r"\b((we|i)( have|'ve)? (noted|recorded|logged|made a note of) your (promise|commitment|confirmation)|kami (telah |sudah )?"
    r"(mencatat|catat) (janji|komitmen|konfirmasi) (bapak|ibu|anda|saudara)|(nous )?(prenons (bonne )?note|avons (bien )?"
    r"note) (de )?votre (engagement|promesse)|(wir )?haben ihre zusage (notiert|vermerkt)|(tomamos|hemos tomado) "
    r"(buena )?nota de su compromiso|(registamos|registramos|anotamos) o (seu|vosso) compromisso|abbiamo preso nota "
    r"del (suo|vostro) impegno|(wij )?hebben uw toezegging genoteerd)\b"
    # pt/es: what they told us they will pay, reported: "Conforme nos indicou hoje por telefone, a vossa empresa vai
    # liquidar a fatura ... até 30 de abril", "Según nos indicó, abonarán la factura el día 15".
    r"|\b(conforme|como|segun) (nos |me )?(indicou|indicaram|disse|disseram|informou|informaram|confirmou|confirmaram|"
    r"comunicou|indico|indicaron|dijo|dijeron|informo|confirmo|comunico)\b[^.;]{0,120}\b(vai|vao|ira|irao|va a|van a|"
    r"liquidara|liquidarao|pagara|pagarao|abonara|abonaran|pagaran) ?(liquidar|pagar|saldar|regularizar|abonar)?\b"
)
# Reminders paused on the one line a customer disputes, while the rest stays due ("A 2. tételre vonatkozó
# emlékeztetőket felfüggesztettük", "we have paused reminders for that line", "suspendăm reamintirile pentru această
# poziție"): the contract allows it; the reader, which learnt waivers from sentences about one line, must not call it one.
_PAUSED_ON_A_LINE = re.compile(
    r"\b(\w+re vonatkozo|a vitatott) (\w+ )?emlekeztet\w* (\w+ )?(felfuggeszt|szuneteltet|leallit)\w*|"
    r"\bemlekeztet\w* (\w+ )?(felfuggeszt|szuneteltet)\w*[^.;\n]{0,40}\btetel\w*|"
    r"\b(pause|paused|pausing|suspend\w*|hold|halt\w*|stop\w*) (\w+ )?reminders? (for|on) (that|this|the disputed) "
    r"(line|item|charge)\b|"
    r"\b(eilut\w*|pozicij\w*|rind\w*)\b[^.;\n]{0,30}\b(priminim\w*|atgadinajum\w*) (nesiusime|nesiunciame|"
    r"sustabdome|stabdome|nesutisim|apturam|neuztursim)\b|"
    r"\b(priminim\w*|atgadinajum\w*) (\w+ )?(nesiusime|sustabdome|nesutisim|apturam)\b[^.;\n]{0,40}\b(eilut\w*|rind\w*|"
    r"pozicij\w*)\b|"
    r"\b(suspendam|am suspendat|oprim|am oprit|nu (va )?vom mai trimite) (\w+ )?(reamintiri\w*|notificari\w*)[^.;\n]{0,30}"
    r"\b(pozitie|pozitia|linie|linia|articol\w*)\b"
)
# Reminders stopped because the debt is now claimed in the customer's insolvency ("We have submitted our statement
# of claim to the administrators ... and we will not send further payment reminders to you directly"): the claim
# goes to the officeholder, no time is given; the contract lists no such silence as a terms change.
_REMINDER_WORD = re.compile(
    r"\b(reminders?|chasers?|relances?|mahnung\w*|zahlungserinnerung\w*|recordatorios?|herinnering\w*|aanmaning\w*|"
    r"sollecit\w*|lembretes?|przypomnie\w*|paminnels\w*)\b"
)
_INSOLVENCY_ROUTE = re.compile(
    r"\b(administrators?|(in|into) administration|liquidators?|liquidation|insolvency practitioner|official receiver|"
    r"trustee in bankruptcy|proof of debt|statement of claim|insolvenzverwalter\w*|insolvenzverfahren\w*|"
    r"forderungsanmeldung|mandataire judiciaire|liquidateur|administrateur judiciaire|declaration de creances?|"
    r"administrador(a)? concursal|concurso de acreedores|curatore fallimentare|procedura concorsuale|"
    r"administrador judicial|recuperacao judicial|curator|faillissement|syndyk\w*|konkursforvaltar\w*)\b"
)
# A draft that says the amount and the due date stay as they are ("يبقى المبلغ وتاريخ الاستحقاق دون تغيير", "the
# amount and due date remain unchanged", "Betrag und Fälligkeit bleiben unverändert"), or that restates the contract's
# own terms ("हमारे अनुबंध की धारा 6 के अनुसार ... जैसा पहले से तय है", "согласно договору", "בהתאם לחוזה"), changes
# and gives nothing by its own words. The reader learnt sums, dates and rates from plans and discounts; what the
# rules find in such a draft they report themselves.
# --- session 37: Malay and Tagalog for the threat, the waiver, the refund, the admission and the moved date; the
# Asian scripts' moved due date, settlement, credit note, admission and shaming ----------------------------------------
# Malay negates before the verb as Indonesian does ("kami tidak akan mengambil tindakan undang-undang"); the condition
# sits in its own clause ("Jika bayaran tidak diterima sebelum 20 Mac, peguam kami akan ..."), so a clause holding
# none of the negations is read. Tagalog the same with "hindi"/"huwag"/"wala" ("hindi namin kayo idedemanda").
_MS = _ID_CLAUSE.format(_ID_NOT + r"|tiada|tidaklah")
_MS_ASKED = _ID_CLAUSE.format(
    _ID_NOT + r"|tiada|permintaan|pertanyaan|meminta|minta|memohon|permohonan|adakah"
)
_MS_HEDGED = _ID_CLAUSE.format(
    _ID_NOT + r"|tiada|jika|jikalau|sekiranya|kalau|apabila|bila|andainya|mungkin|adakah|apakah|barangkali"
)
_TL = _ID_CLAUSE.format(r"hindi|huwag|wala|di|ayaw|kung|kapag|pag|sakaling")
_TL_ASKED = _ID_CLAUSE.format(r"hindi|huwag|wala|di|ayaw|hiling|hiniling|kahilingan|tanong|tinanong|humiling")
_LEGAL_S37 = _rx_folded(
    # ms: "peguam kami akan menghantar notis tuntutan dan memfailkan saman di mahkamah", "kami terpaksa mengambil
    # tindakan undang-undang", "akaun ini akan diserahkan kepada agensi kutipan hutang"; not "pasukan kutipan kami".
    _MS + r"\b(akan|terpaksa|perlu|mesti|bercadang untuk)\b[^.!?\n]{0,40}\b(mengambil tindakan undang-undang|"
    r"tindakan (undang-undang|mahkamah|guaman)|memfailkan saman|failkan saman|menyaman|disaman|saman sivil|notis "
    r"tuntutan|writ saman|mahkamah|ctos|ccris|senarai hitam|agensi kutipan( hutang)?|syarikat kutipan( hutang)?|"
    r"pemungut hutang)\b",
    _MS + r"\b(peguam|agensi kutipan|syarikat kutipan|pemungut hutang)( \w+)?( kami)? akan\b",
    _MS
    + r"\b(serahkan|menyerahkan|diserahkan|rujuk|merujuk|dirujuk|hantar|menghantar|dihantar|laporkan|melaporkan|"
    r"dilaporkan)\b[^.!?\n]{0,40}\b(kepada|ke) (peguam|agensi kutipan|syarikat kutipan|pemungut hutang|mahkamah|ctos|"
    r"ccris)\b",
    # tl: "kayo rin ay idedemanda namin sa korte", "sasampahan namin kayo ng kaso", "dadalhin namin ito sa korte",
    # "ipapasa namin ang account sa aming abogado / sa collection agency".
    _TL + r"\b(idedemanda|ididemanda|kakasuhan|kakasuhan|sasampahan|magsasampa|magdedemanda|idudulog)\b",
    _TL
    + r"\b(dadalhin|ipapasa|ipasa|ibibigay|iuulat|irereport|ire-report|isusumbong|ililipat)\b[^.!?\n]{0,40}\bsa "
    r"(korte|hukuman|abogado|aming abogado|collection agency|credit bureau|cic|barangay)\b",
    r"\b(legal action|aksyong legal|hakbang legal|kasong sibil)\b[^.!?\n]{0,20}\b(gagawin|isasagawa|gagawa|"
    r"ihahain|isasampa)\b",
)
_DISCOUNT_S37 = _rx_folded(
    # tl: the late fee no longer charged, waived or cut: "hindi na po namin sisingilin ang late payment fee",
    # "aalisin na namin ang multa", "bibigyan namin kayo ng 10% diskwento".
    r"\bhindi na (po )?(namin|natin|kami) (\w+ )?(sisingilin|sisingil|ichacharge|icha-charge|ichacharge|kokolektahin|"
    r"papatawan|ipapataw)\b",
    _TL
    + r"\b(aalisin|tatanggalin|iwe-waive|iwewaive|ia-waive|iwaive|wawaive|babawasan|bawasan)\b[^.!?\n]{0,30}\b("
    r"late (payment )?fee|multa|interes|penalty|penalidad|singil)\b",
    _TL_ASKED + r"\b(bibigyan|bigyan|mabibigyan)\b[^.!?\n]{0,25}\b(diskwento|discount|bawas)\b",
    # ms: a fee waived, not charged, a discount given: "caj lewat akan kami kecualikan", "kami tidak akan mengenakan
    # faedah", "kami berikan diskaun 10%".
    _MS + r"\b(kecualikan|mengecualikan|dikecualikan|gugurkan|menggugurkan|digugurkan|ketepikan|mengetepikan|"
    r"diketepikan|hapuskan|menghapuskan|dihapuskan|mansuhkan|dimansuhkan)\b[^.!?\n]{0,30}\b(caj|faedah|denda|yuran|"
    r"penalti|bunga)\b",
    r"\b(caj lewat|caj bayaran lewat|faedah|denda|penalti|yuran lewat)\b(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,40}"
    + _ID_NO_VERB
    + r"\b(akan )?("
    r"kami kecualikan|dikecualikan|kami gugurkan|digugurkan|kami ketepikan|diketepikan|kami hapuskan|dihapuskan)\b",
    r"\bkami (\w+ )?tidak akan (mengenakan|mengecaj|menuntut|mengutip)\b[^.!?\n]{0,20}\b(caj|faedah|denda|penalti|"
    r"yuran)\b",
    _MS_ASKED
    + r"\b(beri|berikan|memberi|memberikan|tawarkan|menawarkan)\b[^.!?\n]{0,30}\b(diskaun|potongan|rebat)\b",
)
_DISCOUNT_S37_ZH = _rx_folded(
    # zh: a price in tenths ("按九折结算", "以八五折收取", "给您九五折优惠"); "打九折" is read since session 22.
    _ZH_UNDENIED_LONG + r"(按|以|给您|給您|给予|給予|享受|可享)[一二三四五六七八九\d](\.?\d|五)?折",
)
_REFUND_S37 = _rx_folded(
    # ms: money returned to the card or account: "akan kami batalkan dan pulangkan semula ke kad puan", "kami akan
    # memulangkan wang tuan", "bayaran balik akan diproses"; not a request passed on ("permintaan bayaran balik").
    _MS
    + r"\b(akan|akan kami|kami akan|segera)\b[^.!?\n]{0,40}\b(pulangkan|memulangkan|dipulangkan|kreditkan|"
    r"mengkreditkan|dikreditkan|bayar balik|membayar balik|dibayar balik|refund|kembalikan|mengembalikan|"
    r"dikembalikan)\b(?! oleh bank)[^.!?\n]{0,30}\b(semula|balik|wang|dana|uang|bayaran|caj|jumlah|kad|akaun|"
    r"rekening|myr|rm|idr|rp|sebanyak|sebesar|lebihan|kelebihan)\b",
    _MS_ASKED
    + r"\b(bayaran balik|pemulangan wang|nota kredit)\b[^.!?\n]{0,30}\b(akan|segera) (kami )?(proses|diproses|"
    r"keluarkan|dikeluarkan|terbitkan|diterbitkan|buat|dibuat|hantar|dihantar)\b",
    _MS_ASKED
    + r"\b(akan|kami akan|akan kami)\b[^.!?\n]{0,20}\b(keluarkan|mengeluarkan|terbitkan|menerbitkan|proses|"
    r"memproses) (\w+ )?(nota kredit|bayaran balik)\b",
    # tl: "ibabalik namin ang PHP 1,200 sa inyong card", "mag-iisyu kami ng credit memo".
    _TL_ASKED
    + r"\b(ibabalik|isasauli|irerefund|ire-refund|ike-credit|ikre-credit|ika-credit)\b(?! (sa inyo )?ang "
    r"(dokumento|invoice|papeles))",
    _TL_ASKED
    + r"\b(mag-iisyu|maglalabas|gagawa|magpapadala|magre-refund|magrerefund)\b[^.!?\n]{0,20}\b(ng )?(credit "
    r"(memo|note)|refund)\b",
)
_REFUND_S37_KO_JA = _rx_folded(
    # ko: a credit note issued and taken off the next invoice: "크레딧 노트를 발행해 다음 인보이스에서 차감해
    # 드리겠습니다"; ja "クレジットノートを発行いたします". Not "발행해 드리기 어렵습니다".
    r"(크레딧 ?노트|크레딧 ?메모|대변 ?전표|credit note|credit memo)(를|을)? ?(발행|발급|처리)(해|하여|하겠|해 ?드리|"
    r"할 예정)(?! ?(드렸|드린|했습|하였|되었|됐))" + _KO_NOT_AFTER,
    r"(다음|차기|이후) ?(인보이스|청구서|송장|invoice|청구)(에서|분에서) ?(차감|공제)(해 ?드리|하겠|해드리|할 예정|"
    r"될 예정|됩니다)" + _KO_NOT_AFTER,
    rf"(クレジットノート|クレジットメモ|赤伝)(を)?(発行|送付|ご用意){_JA_DO}" + _JA_NOT_AFTER,
)
_FAULT_S37_HI_JA = _rx_folded(
    # hi: our team or system did it by mistake: "हमारी टीम ने गलती से ... लगा दिया था", "हमारे सिस्टम ने भूलवश",
    # "हमसे गलती हुई"; not "हमारी टीम ने गलती से नहीं".
    r"(हमारी|हमारे|हमने|हम)[^।.?\n]{0,25}?(ने|से) (गलती से|ग़लती से|गलतीवश|भूल से|भूलवश|चूकवश|गलत तरीके से)"
    r"(?![^।.\n]{0,40}(नहीं|\?))",
    r"(हमसे|हमारी ओर से|हमारी तरफ से|हमारी तरफ़ से) (\S+ )?(गलती|ग़लती|भूल|चूक) (हुई|हो गई|हो गयी)(?! (है )?(क्या|\?))",
    # ja: the cause named as our setting or input error: "原因は弊社の請求システムの設定ミスで", "当社の入力ミスにより";
    # not "弊社の設定ミスではございません".
    r"原因は(弊社|当社|私ども)(側)?の[^。\n]{0,20}?(不具合|不備|誤り|エラー|障害|誤作動|ミス|手違い|不手際)(?!では|じゃ|か)",
    r"(弊社|当社|私ども)(側)?の[^。\n、]{0,12}?(設定|入力|計算|請求|処理|確認|登録)(ミス|誤り|漏れ)"
    r"(で(?!は|も|す|し)|により|によって|が原因|のため|でした|がございました|がありました)",
)
_FAULT_S37 = _rx_folded(
    # ms: "kesilapan pihak kami", "kami tersilap mengenakan caj"; tl "pagkakamali po namin", "nagkamali ang aming
    # billing team". Not denied ("bukan kesilapan kami", "hindi po namin pagkakamali").
    _MS_HEDGED + r"\b(kesilapan|kesalahan|kecuaian|kekhilafan|silap) (\w+ )?(pihak kami|kami)\b",
    _MS_HEDGED
    + r"\b(kami|sistem kami|pasukan kami|kakitangan kami) (telah |memang )?(tersilap|tersalah|terlepas pandang|"
    r"cuai)\b",
    _TL + r"\b(pagkakamali|pagkukulang|kasalanan|mali) (po )?(namin|natin|ng aming \w+)\b",
    _TL + r"\b(nagkamali|nagkulang) (po )?(kami|ang aming|ang team namin|ang sistema namin)\b",
)
# ko: the mistake of our team or our system, or ours as the reason: "저희 통관팀 실수로 청구서가 늦게 발송되었습니다",
# "저희 잘못이니"; not "저희 실수가 아닙니다".
_FAULT_S37_KO = _rx_folded(
    r"(저희|당사|우리) ?(측|쪽)?(의)? ?(\S{0,6}(팀|부서|직원|담당자|시스템|전산)) ?(의)? ?(실수|착오|잘못|과실|오류)"
    r"(?! ?(가|이) 아니)(로|였|입니다|이었|가 있었|이 있었|이니|이므로|이기)",
    r"(저희|당사|우리) ?(측|쪽)?(의)? ?(실수|착오|잘못|과실)(?! ?(가|이) 아니)(이니|이므로|이기 때문)",
)
_TERMS_S37 = _rx_folded(
    # id/ms: the due date "we have shifted" to a new date: "jatuh temponya sudah kami geser ke 30 April 2026", "tarikh
    # akhir bayaran kami lanjutkan ke 30 April"; not "tidak dapat kami geser".
    _MS
    + r"\b(jatuh tempo|tenggat|batas waktu|tarikh akhir|tarikh matang|tarikh tamat|tarikh bayaran)(nya)?\b"
    r"(?:(?!\b(?:tidak|tak|belum|bukan)\b)[^.!?\n]){0,40}\b(sudah |telah |akan )?kami (geser|undur|mundurkan|perpanjang|ubah|pindahkan|tunda|lanjutkan|"
    r"anjakkan|tangguhkan|panjangkan|tukar)\b[^.!?\n]{0,20}\b(menjadi|sampai|hingga|sehingga|ke|kepada)\b",
    _MS + r"\b(tarikh akhir|tarikh matang|tarikh tamat|tarikh bayaran|tempoh bayaran)(nya)?\b"
    r"(?:(?!\b(?:tidak|tak|belum|bukan)\b)[^.!?\n]){0,40}\b"
    r"(dilanjutkan|dianjakkan|ditangguhkan|dipanjangkan|diubah|ditukar|dilanjutkan)\b[^.!?\n]{0,20}\b(ke|kepada|"
    r"sehingga|hingga|menjadi)\b",
    # tl: "inusog na namin ang due date sa Abril 30", "pwede ninyong hulugan ito nang tatlong beses".
    _TL_ASKED
    + r"\b(inusog|iniurong|iuusog|iuurong|in-extend|inextend|ie-extend|pinalawig|palalawigin|inilipat|"
    r"ililipat|binago|babaguhin)\b[^.!?\n]{0,30}\b(due date|takdang petsa|deadline|petsa ng (bayad|pagbabayad))\b",
    # ms: instalments agreed: "kami bersetuju supaya baki invois ... (RM 9,600.00) dijelaskan dalam empat ansuran
    # bulanan"; not their request ("permintaan tuan untuk membayar secara ansuran").
    _MS_ASKED + r"\b(bersetuju|setuju|benarkan|membenarkan|dibenarkan|luluskan|meluluskan|diluluskan)\b"
    r"(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,80}\b(ansuran|secara berperingkat|(dua|tiga|empat|lima|enam|\d+) (kali )?"
    r"(bayaran|kali))\b",
    _TL_ASKED + r"\b(pwede|puwede|maaari|papayagan|pumapayag)\b[^.!?\n]{0,30}\b(hulugan|hulog|installment|"
    r"instalment)\b",
)
_TERMS_S37_MORE = _rx_folded(
    # zh (both scripts): the payment term or due date moved to a date: "把 INV-8071 的付款期限改到5月31日", "到期日
    # 順延至4月30日". Not their wish ("您希望...改到"), not a refusal ("无法延到").
    r"(?:^|[。！？!?\n，,；;：:])(?:(?!不|无法|無法|没有|沒有|未|并非|並非|别|別|如果|若|是否|能否|可否|希望|想|申请|申請|"
    r"请求|請求|要求)[^。！？!?\n，,；;：:]){0,40}?(付款期限|缴款期限|繳款期限|付款期|到期日|付款日|截止日|还款日|還款日|"
    r"付款日期|到期日期|账期|帳期)(?:(?!不|无法|無法|没|沒|未|难以|難以)[^。！？!?\n，,；;：:]){0,4}(改|延|推迟|推遲|顺延|順延|延后|延後|调整|調整)(到|至|为|為|成)"
    r"[^。！？!?\n，,；;：:]{0,4}(\d|[一二三四五六七八九十]+月|下个月|下個月|月底|同一天)",
    # ko: the due date put back to a date: "기한을 4월 30일로 늦춰 두었습니다", "만기일을 5월 말로 미뤄 드렸습니다".
    r"(기한|기일|납부일|마감일|결제일|만기일|지급일)(을|를|은|는|이)? ?[^.\n]{0,40}?(\d{1,2}월 ?\d{1,2}일|\d{1,2}월 ?말)"
    r"(로|까지) ?(늦춰|늦추어|미뤄|미루어|변경해|조정해|옮겨|연장해)" + _KO_NOT_AFTER,
    # ja: instalments set as what we do: "4月から6月までの3回払い（各 JPY 300,000）とさせていただきます"; not their wish
    # ("3回払いをご希望とのこと").
    r"(\d+|二|三|四|五|六)回(払い|の分割払い|に分けて(の)?(お)?支払い)(?:(?!たい|希望|相談|要望|依頼|とのこと)[^。\n]){0,25}"
    r"(とさせていただ|といたしま|にいたしま|とします|で結構|で問題ございません)" + _JA_NOT_AFTER,
    # pt/es: the rest falls due on a later date: "o restante da fatura passa a vencer a 30 de abril em vez de 20 de
    # março", "el resto pasa a vencer el 30 de abril"; not "não passa a vencer".
    r"\bpas(?<!nao pas)(?<!nu pas)(?<!no pas)(?<!nx pas)(sa|sam|sara|sarao|a|an|ara|aran) a vencer (a |em |no dia |"
    r"no |el |el dia |a dia )?\d{1,2}\b",
)
_HARASS_S37 = _rx_folded(
    # hi: told they should not be in business, cannot pay even so small a sum: "आपको व्यापार करना ही नहीं चाहिए",
    # "इतनी छोटी रकम भी नहीं चुका सकते".
    r"(आपको|आप लोगों को|आपकी कंपनी को) (व्यापार|व्यवसाय|बिज़नेस|बिजनेस|धंधा|कारोबार)( \S+)? (करना|चलाना) (ही )?नहीं"
    r" (करना )?चाहिए",
    r"(इतनी छोटी|इतनी सी|इतनी मामूली) (रकम|राशि)( \S+)? भी (नहीं|न) (चुका|दे|भर) (सकते|पाते|सकती)",
    # zh: even a small seller pays more punctually than you: "連網拍小賣家付款都比貴公司準時", "连小摊贩都比你们守信用";
    # "你们连...都不如".
    r"(连|連)[^。，,！!？?\n]{1,15}(都|也)比(贵公司|貴公司|贵司|貴司|你们|你們|您|你|贵方|貴方)[^。，,！!？?\n]{0,4}"
    r"(准时|準時|守时|守時|靠谱|靠譜|有信用|讲信用|講信用|守信|负责|負責|专业|專業|可靠)",
    r"(贵公司|貴公司|贵司|貴司|你们|你們)(连|連)[^。，,！!？?\n]{1,15}(都|也)不如",
)
# Disbelief that they cannot pay, as a put-down: es "cuesta creer que un colegio que les enseña responsabilidad a los
# niños no sea capaz de pagar una cuenta a tiempo", pt "custa acreditar que uma empresa não consiga pagar", fr
# "difficile de croire qu'une entreprise comme la vôtre ne soit pas capable de payer", it "è difficile credere che
# ... non riesca a pagare", ca "costa de creure que ... no sigui capaç de pagar", de "kaum zu glauben, dass ... nicht in
# der Lage ist, ... zu bezahlen", en "hard to believe that a school ... can't pay". Not "cuesta creer que ya sea marzo".
_HARD_TO_BELIEVE = (
    r"\b(hard to believe|difficult to believe|hard to imagine|cuesta (creer|entender)|es (dificil|increible) (de )?creer|"
    r"parece mentira|custa (a )?acreditar|e dificil (de )?acreditar|difficile (de |a )croire|on a du mal a croire|"
    r"(e )?difficile (da )?credere|stento a credere|costa (de )?creure|es fa dificil (de )?creure|kaum zu glauben|"
    r"schwer zu glauben|kaum vorstellbar|moeilijk te geloven|nauwelijks te geloven)\b"
)
_HARASS_S37B = _rx_folded(
    _HARD_TO_BELIEVE
    + r"[^.;!?\n]{0,120}?\b(no (sea|sean|es|son|fuera|fueran) capa(z|ces) de|(sea|sean) incapa(z|ces) de|"
    r"no (pueda|puedan|consiga|consigan|logre|logren) (pagar|abonar|saldar|cumplir)|nao (seja|sejam|e|sao) capaz(es)? de|"
    r"nao (consiga|consigam|possa|possam) (pagar|liquidar|saldar)|ne (soit|soient|sont|est|soyez) pas (capable|en mesure)s? "
    r"de|n'arrive(nt)? pas a (payer|regler)|non (sia|siano|e|sono) (in grado|capace|capaci) di|non (riesca|riescano|"
    r"possa|possano) (a )?(pagare|saldare)|no (sigui|siguin|es|son) capa(c|ssos) de|no (pugui|puguin) pagar|nicht in der "
    r"lage (ist|sind|sein soll)|nicht (bezahlen|zahlen) (kann|konnen)|niet in staat (is|zijn)|niet (kan|kunnen) betalen|"
    r"(can't|cannot|can not|couldn't|is unable to|are unable to|isn't able to|aren't able to) (even )?(pay|settle|"
    r"manage to pay|get [^.;!?\n]{0,30} paid))",
    # A veiled threat to let their board, trustees or management find out: en "I'd hate for your board to find out
    # their facilities director can't get a bill paid", "we wouldn't want your trustees to hear that ...", es "no nos
    # gustaría que su directorio se enterara de que ...", pt "não gostaríamos que a sua administração soubesse",
    # fr "nous ne voudrions pas que votre conseil d'administration l'apprenne", it "non vorremmo che il vostro consiglio
    # venisse a sapere", de "wir möchten ungern, dass Ihr Vorstand davon erfährt".
    r"\b((i|we)('d| would) hate for|(i|we) (wouldn't|would not|don't|do not) want|you (wouldn't|would not|don't|do not) "
    r"want|(it )?would be (a )?(shame|pity) (for|if)) (your|the|all your) (own )?(board|board of directors|directors|"
    r"trustees|governors|management|head office|shareholders|owners|investors|parent company|superiors|regional "
    r"manager|ceo|chairman|chair|principal|parents|council|members|headquarters)\b[^.;!?\n]{0,20}\b(to )?(find out|"
    r"finds out|found out|hear|heard|learn|learned|learnt|know|knew|discover|discovered|get wind)\b",
    r"\bno (nos|me|le) (gustaria|gustara|agradaria)\b[^.;!?\n]{0,20}\bque (su|el|la|sus|los) (directorio|consejo|junta|"
    r"direccion|gerencia|gerente|jefe|jefa|superiores|dueno|duenos|socios|accionistas|sostenedor|apoderados|patronato|"
    r"consejo de administracion|casa matriz)\b[^.;!?\n]{0,40}\b(se enterara|se entere|se enterase|supiera|sepa|"
    r"descubriera|viera)\b",
    r"\b(seria|es) una (pena|lastima) que (su|el|la|sus|los) (directorio|consejo|junta|direccion|gerencia|jefe|jefa|"
    r"superiores|dueno|duenos|socios|accionistas|sostenedor|apoderados|casa matriz)\b[^.;!?\n]{0,40}\b(se enterara|"
    r"se entere|se enterase|supiera|sepa|descubriera)\b",
    r"\bnao (gostariamos|gostaria|queriamos|queremos)\b[^.;!?\n]{0,20}\bque (a sua |o seu |a vossa |o vosso |os seus |a |o )"
    r"(administracao|direcao|direccao|conselho|chefia|gerencia|superiores|socios|acionistas|accionistas|sede)\b"
    r"[^.;!?\n]{0,40}\b(soubesse|soubessem|ficasse a saber|descobrisse|tomasse conhecimento)\b",
    r"\bne (voudrions|voudrais|souhaiterions|souhaiterais) pas que (votre|vos) (conseil|direction|hierarchie|superieurs|"
    r"actionnaires|associes|siege|directeur)\b[^.;!?\n]{0,40}\b(l'apprenne|l'apprennent|apprenne|apprennent|sache|"
    r"sachent|decouvre|decouvrent)\b",
    r"\bnon (vorremmo|vorrei)\b[^.;!?\n]{0,10}\bche (il vostro|il suo|la vostra|la sua|i vostri|i suoi) (consiglio|cda|"
    r"direzione|dirigenti|superiori|soci|azionisti|sede)\b[^.;!?\n]{0,40}\b(venisse a sapere|venissero a sapere|"
    r"sapesse|sapessero|scoprisse|scoprissero)\b",
    r"\b((mochten|wurden) (wir|ich)|(wir|ich) (mochten|wurden)) (es )?(ungern|nicht gern)\b[^.;!?\n]{0,10}\bdass (ihr|ihre|euer|eure) (vorstand|"
    r"aufsichtsrat|geschaftsfuhrung|geschaftsleitung|vorgesetzte\w*|gesellschafter|zentrale|chef|chefin)\b"
    r"[^.;!?\n]{0,40}\b(erfahrt|erfahren|erfuhre|mitbekommt|wusste)\b",
)


# --- session 38: Persian, Urdu and Azerbaijani, which the rules had not read; Traditional Chinese collectors and
# credit notes; Levantine, Gulf, Greek, Vietnamese, Tagalog and Korean wordings of the same acts --------------------
# Persian and Urdu deny with a prefixed verb ("نمی‌کنیم", "نخواهیم", "نہیں کریں گے") or a word in the clause; a
# condition ("اگر") or their request ("درخواست") named in the clause is no commitment of ours either.
# en: a sum put on their account as a credit: "We'll put a USD 240.00 credit on your account"; "we can't put a credit on
# your account" is read with its negation.
_CREDIT_ON_ACCOUNT = re.compile(
    r"\b(put|puts|putting|place|placing|apply|applying|add|adding|post|posting)\b (you )?(a |an )?((usd|gbp|eur|cad|aud|"
    r"nzd|sgd|\$|£|€) ?\d[\d,.]*\d |\d[\d,.]*\d ?(usd|gbp|eur|cad|aud) )?credit (of [^ ]+ )?(on|to|against|onto) "
    r"(your|the) account\b"
)
_FA_UR = _clause_without(
    r"نه|نمی\S*|نخواه\S*|نکرد\S*|نکن\S*|نبود\S*|نیست\S*|نیست|نہیں|نہ|مت|اگر|چنانچه|درصورتی|درخواست\S*|خواهش\S*",
)
_FA_UR_IF = _clause_without(
    r"نه|نمی\S*|نخواه\S*|نکرد\S*|نکن\S*|نبود\S*|نیست\S*|نہیں|نہ|مت|درخواست\S*|خواهش\S*"
)
# Azerbaijani negates in the verb ("qaytarmayacağıq", "deyil"), so its patterns end on the affirmative form.
# Chinese in both scripts: no denial, condition, wish or "already" (a credit note issued is a fact) before the act.
_ZH_UNDENIED_BOTH = (
    r"(?:^|[。！？!?\n，,；;：:])(?:(?!不|无法|無法|没有|沒有|未|并非|並非|别|別|如果|若|是否|希望|要求|申请|申請|已)"
    r"[^。！？!?\n，,；;：:]){0,40}?"
)
_LEGAL_S38 = _rx_folded(
    # zh (both scripts): the case handed to an outside collector, reported to a credit bureau: "移交外部催收公司處理",
    # "通報商業徵信機構"; not "不會移交催收".
    _ZH_UNDENIED_BOTH + r"(移交|轉交|转交|委託|委托|交由|交給|交给)[^。，,\n；;]{0,8}(催收|討債|讨债)",
    _ZH_UNDENIED_BOTH + r"(通報|通报|上報|上报|報送|报送|通知)[^。，,\n；;]{0,12}(徵信|征信)",
    # ur: "ہم یہ کیس ایک بیرونی ریکوری ایجنسی کے حوالے کر دیں گے", "قانونی کارروائی کی جائے گی"; fa "پرونده را به
    # شرکت وصول مطالبات می‌سپاریم", "اقدام قانونی خواهیم کرد".
    # A condition ("اگر ... ادائیگی نہ ہوئی تو") holds its own "not"; the step is denied after it ("نہیں کریں گے").
    r"(?<!\S)((ریکوری|کلیکشن|وصولی) (ایجنسی|ایجنسى|کمپنی|فرم)|قانونی (کارروائی|کاروائی|چارہ جوئی)|(عدالت|کورٹ) (میں|سے) "
    r"(رجوع|مقدمہ|کیس)|(شرکت|موسسه|مؤسسه|آژانس) وصول|(اقدام|پیگرد|پیگیری) (قانونی|حقوقی|قضایی)|(طرح دعوا|طرح دعوی))"
    r"(?![^.۔؟\n]{0,40}(نہیں|نمی|نخواه|نکرد|نیست))",
)
_DISCOUNT_S38 = _rx_folded(
    # ko: the rest treated as settled for a smaller payment: "₩25,000,000만 입금해 주시면 나머지 잔액은 정리한 것으로
    # 처리하겠습니다", "잔액은 면제해 드리겠습니다".
    r"(나머지|남은|잔여) ?(잔액|금액|차액|미수금|미수 ?잔액)(은|는|을|를)? ?(정리한 것으로|정리된 것으로|정산한 것으로|"
    r"청산한 것으로|없던 것으로|완납으로|완납 ?처리|면제|탕감)" + _KO_NOT_AFTER,
)
_REFUND_S38 = _rx_folded(
    # zh (both scripts): a sales allowance or a credit note issued: "開立折讓單退還給貴院", "为您开具红字发票".
    _ZH_UNDENIED_BOTH
    + r"(開立|开立|開具|开具|出具|寄發|寄发|提供)[^。，,\n；;]{0,6}(折讓單|折让单|銷貨折讓|销货折让|"
    r"紅字發票|红字发票|貸項通知單|贷项通知单|折讓證明|折让证明)",
    # az: the money sent back to their account or card: "1.150,00 AZN-i hesabınıza geri qaytaracağıq"; not
    # "qaytarmayacağıq".
    r"\b(hesabiniza|kartiniza|kartiniz[ai]|hesabiniz[ai]|pulu|məbləgi|vəsaiti|azn-i|manati)\b[^.!?\n]{0,40}\b(geri )?"
    r"(qaytaracagiq|qaytarariq|qaytarilacaq|kocurəcəyik|odəyəcəyik)\b",
    # ar (Gulf, Levant): the colloquial future, "we'll put it back on your card": "بنرجعها لبطاقتكم", "رح نرجعلك
    # المبلغ", "بنحولها لحسابكم"; not "ما بنرجعها".
    r"(?<!ما )(?<!مش )(?<!ما رح )(?<!مارح )(?<!\S)(بنرجع|بنرد|بنعيد|بنحول|رح نرجع|رح نرد|رح نعيد|رح نحول|حنرجع|حنرد|"
    r"راح نرجع|راح نرد|راح نعيد)\S*\s(ال)?(لبطاق|لحساب|على بطاق|على حساب|الى حساب|الى بطاق|المبلغ|مبلغ|رسوم|الرسوم|"
    r"فلوس)",
    # Our own team told to do it: "I've asked the team to reverse the GBP 95.00 call-out charge and credit it to your
    # account", "I've asked for the USD 385.00 line to be reversed", "ich habe die Buchhaltung gebeten, die Gebühr zu
    # stornieren", "j'ai demandé à notre comptabilité de vous rembourser", "he pedido a contabilidad que le abone",
    # "ho chiesto all'amministrazione di stornare". Not "you asked us to refund", nor "I haven't asked".
    r"\b(i|we)('ve| have| had)? (asked|instructed|told|requested) (our |the |my )?(\w+ ){0,2}?(team|department|colleagues?|"
    r"accounts|finance|billing|office|workshop|manager|controller|bookkeep\w*)s? to (reverse|refund|credit|reimburse|"
    r"write off)\b",
    r"\b(i|we)('ve| have)? (asked|arranged) for (the|this|that|your) (?:[^.;!?\n]|\.(?=\d)){0,60}? to be (reversed|refunded|"
    r"credited|reimbursed|written off)\b",
    r"\b(ich habe|wir haben) (unser\w* |die |den )?(?!sie\b|dich\b|euch\b)(\w+ ){0,2}gebeten,? (?:[^.;!?\n]|\.(?=\d)){0,60}?(zu stornieren|"
    r"gutzuschreiben|zu erstatten|zuruckzuerstatten|zuruckzuzahlen)\b",
    r"\b(j'ai|nous avons) demande a (notre |nos |l'|la |le )?(\w+ ){0,2}?(d'annuler|de (vous )?rembourser|de (vous )?crediter|"
    r"d'emettre un avoir|de (vous )?faire un avoir)\b",
    r"\b(he|hemos) pedido a (\w+ ){0,3}?que (le |les |te |os )?(anule|anulen|abone|abonen|reembolse|reembolsen|devuelva|"
    r"devuelvan|emita una nota)\b",
    r"\b(ho|abbiamo) chiesto (al|all'|alla|ai|agli) ?(\w+ ){0,2}?di (stornare|rimborsar\w*|accreditar\w*|emettere una nota di "
    r"credito)\b",
)
_FAULT_S38 = _rx_folded(
    # az: "problem bizim tərəfimizdəndir", "səhv bizdədir", "texnikimiz su filtrini səhv quraşdırıb".
    r"\b(problem|səhv|xəta|gunah|nasazliq|gecikmə|yanlisliq|qusur)( \w+)? (bizim tərəfimiz(dən|dəndir|dədir)|bizdən(dir)?|bizdədir|bizimdir)\b",
    r"\b(texnikimiz|ustamiz|muhasibimiz|sistemimiz|əməkdasimiz|isciimiz|operatorumuz|mutəxəssisimiz)\b[^.!?\n]{0,40}"
    r"\bsəhv\b(?! (deyil|olmayib|etməyib))",
    # uk/ru: a discrepancy or error that arose on our side, our accountant charged it by mistake: "розбіжність виникла
    # з нашого боку", "наш бухгалтер помилково виставив"; not "не з нашого боку".
    r"(?<!\w)(помилка|розбіжність|неточність|похибка|ошибка|расхождение|неточность)( \w+)? (виникла|сталася|сталась|"
    r"возникла|произошла|допущена|допустили) (саме )?(з нашого боку|з нашої вини|с нашей стороны|по нашей вине)",
    r"(?<!\w)(наш|наша|наші|наше|наши) (\w+ )?(бухгалтер|бухгалтерія|технік|техник|працівник|співробітник|сотрудник|"
    r"менеджер|оператор|систем\w*|програм\w*|инженер|інженер)\w* (помилково|ошибочно|по помилці|по ошибке)(?!\w)",
    # hi: "यह पूरी तरह हमारी गलती है"; not "यह हमारी गलती नहीं है".
    r"(यह|ये) (पूरी तरह|पूरी तरह से|सरासर|बिल्कुल|पूरी) (हमारी|हमारा) (गलती|ग़लती|भूल|त्रुटि|चूक) (है|थी)",
)
_TERMS_S38 = _rx_folded(
    # ar (Levant, Gulf): "we postponed the due date for you": "أجّلنالك الاستحقاق لآخر نيسان", "مدّدنالكم المهلة".
    r"(?<!ما )(?<!لم )(?<!لن )(?<!\S)(اجلنا|مددنا|اخرنا|بنأجل|بنمدد|بناجل|رح نأجل|رح ناجل|رح نمدد)(لك|لكم|لكن)?\s"
    r"(ال)?(استحقاق|موعد|مهلة|مهله|تاريخ|دفع)",
    # el: the terms themselves changed to more days: "θα είναι πληρωτέα σε 90 ημέρες αντί για 30".
    r"\b(πληρωτε\w*|εξοφλητε\w*|πληρωνονται|εξοφλουνται) (σε|εντοσ) \d+ (ημερεσ|ημερων|μερεσ) αντι (για |των )?\d+",
    # it: their proposal of instalments accepted: "va benissimo la sua proposta: tre rate mensili", "accettiamo la
    # vostra proposta di pagamento rateale"; not "non va bene".
    r"(?<!non )(?<!non ci )\b(va (bene|benissimo|benone)|accettiamo|approviamo|siamo d'accordo (con|su)|ok per) (la |il )?"
    r"(sua|vostra|tua) (proposta|piano|richiesta)\b(?:[^.!?\n]|(?<=\d)[.,](?=\d)){0,40}\b(rat[ae]|rateal\w*|"
    r"rateizza\w*|tranche|pagamenti mensili)\b",
)
# The Persian and Urdu patterns read every clause start; they run only on a draft in the Arabic script.
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_DISCOUNT_S38_FA_UR = _rx_folded(
    # fa: a share of the bill taken off, a discount given: "ده درصد از مبلغ صورتحساب را کم می‌کنیم", "تخفیف می‌دهیم";
    # not "کم نمی‌کنیم".
    _FA_UR_IF
    + r"درصد (از )?[^.،\n]{0,30}(کم|کسر) (?<!ن)(می\u200c?کنیم|میکنیم|می کنیم|خواهیم کرد|شود|می\u200c?شود)",
    _FA_UR_IF
    + r"تخفیف[^.،\n]{0,30}(?<!ن)(می\u200c?دهیم|میدهیم|می دهیم|خواهیم داد|در نظر (می\u200c?گیریم|گرفته))",
)
_REFUND_S38_FA_UR = _rx_folded(
    # fa: the double payment paid back to their account: "ظرف پنج روز کاری به حساب شما برگشت داده می‌شود", "مبلغ را
    # عودت می‌دهیم"; ur "آپ کے اکاؤنٹ میں واپس کر دی جائے گی".
    _FA_UR + r"(به|بہ) (حساب|کارت)( \S+)?( شما)? (برگشت|بازگشت|عودت|مسترد|بازپرداخت|واریز مجدد) (داده )?"
    r"(می\u200c?شود|میشود|می شود|خواهد شد|می\u200c?کنیم|میکنیم|می\u200c?گردد|می\u200c?دهیم|خواهیم)",
    _FA_UR
    + r"(برمی\u200c?گردانیم|برمیگردانیم|پس می\u200c?دهیم|عودت (می\u200c?دهیم|خواهیم داد)|مسترد (می\u200c?کنیم|"
    r"خواهیم کرد)|بازپرداخت (می\u200c?کنیم|خواهیم کرد))",
    _FA_UR + r"(واپس|ریفنڈ|ری فنڈ) (کر|کی|کیے) (دیں گے|دی جائے گی|دیا جائے گا|دیے جائیں گے|دیتے ہیں)",
)
_FAULT_S38_FA_UR = _rx_folded(
    # fa: "اشتباه از طرف ما بوده", "خطا از سوی ما بود", "تقصیر ما بود"; not "اشتباه از طرف ما نبوده".
    _FA_UR + r"(اشتباه|خطا|تقصیر|قصور|ایراد)( \S+)? (از طرف|از سوی|از جانب|از) (ما|شرکت ما|همکاران ما|ماست)\b"
    r"(?! ?(نبود|نیست|نه|نمی))",
    _FA_UR + r"(اشتباه|خطا|تقصیر|قصور) (ما|ماست|خود ما)\b(?! ?(نبود|نیست|نه|نمی))",
    # ur: "غلطی ہماری ہے", "ہماری غلطی تھی", "ہمارے بلنگ سسٹم نے ... دو بار بنا دیا"; not "غلطی ہماری نہیں ہے".
    _FA_UR + r"(غلطی|قصور|خطا|کوتاہی) (ہماری|ہمارا|ہمارے|ہم سے)( ہی)? (ہے|تھی|تھا|ہوئی|ہو گئی)",
    _FA_UR + r"(ہماری|ہمارا|ہمارے)( اپنی| اپنا)? (غلطی|قصور|خطا|کوتاہی) (ہے|تھی|تھا|سے)",
)
_TERMS_S38_FA_UR = _rx_folded(
    # fa: instalments agreed, the due date extended: "موافقت کردیم مبلغ را در سه قسط ماهانه ... پرداخت کنید",
    # "سررسید را تا پایان اردیبهشت تمدید کردیم".
    _FA_UR + r"(موافقت (کردیم|می\u200c?کنیم|میکنیم|شد)|قبول (کردیم|می\u200c?کنیم)|می\u200c?توانید|میتوانید)"
    r"[^.\n]{0,80}(قسط|اقساط)",
    _FA_UR
    + r"(سررسید|مهلت پرداخت|موعد پرداخت|تاریخ پرداخت)[^.\n]{0,40}(تمدید|به تعویق|عقب) (کردیم|می\u200c?کنیم|"
    r"میکنیم|انداختیم|می\u200c?اندازیم)",
)
_FA_UR_S38 = (_DISCOUNT_S38_FA_UR, _REFUND_S38_FA_UR, _FAULT_S38_FA_UR, _TERMS_S38_FA_UR)
_TERMS_S38_TL = _rx_folded(
    # tl: "puwede na ninyo itong bayaran hanggang katapusan ng Mayo": a later date allowed.
    _TL_ASKED
    + r"\b(pwede|puwede|maaari|papayagan)( na)?( po)? (ninyo|ninyong|nyo|nyong|mo|mong|kayong|kayo)( na)?( po)?( \w+)? (bayaran|"
    r"magbayad|bayadan|ibayad)\b[^.!?\n]{0,20}\bhanggang\b",
)
_HARASS_S38 = _rx_folded(
    # zh: their finance team cannot handle even a small invoice, one wonders how they keep books: "贵司财务部门连一张三万块
    # 的发票都处理不了", "真让人怀疑你们是怎么管账的".
    r"(贵司|貴司|你们|你們|贵公司|貴公司|贵方|貴方)[^。！？!?\n]{0,12}(连|連)[^。，,！!？?\n]{1,15}(都|也)[^。，,！!？?\n]{0,6}"
    r"(处理不了|處理不了|搞不定|付不起|办不好|辦不好|做不好|管不好|处理不好|處理不好|付不出)",
    r"(真|实在|實在)?(让人|讓人|令人)(怀疑|懷疑)(你们|你們|贵司|貴司)",
    # tl: "Wala ba kayong hiya?", "walang hiya", "puro kayo pangako, puro kayo palusot".
    r"\bwala (ba )?(po )?(kayong|kang|kayo ng|ka ng) (hiya|kahihiyan)\b|\bmga walang (hiya|kwenta|silbi)\b|"
    r"\bpuro (kayo |lang kayo )?(pangako|palusot|dahilan)\b[^.!?\n]{0,20}\bpuro\b",
    r"\btatawagan (po )?(namin|ka namin|kayo namin) (kayo |ka )?araw-araw\b",
    # az: calling them liars, threatening to take their kitchen apart: "Bir daha bizə yalan danışsanız",
    # "restoranınızı işləməz vəziyyətə salacağıq".
    r"\b(bizə|mənə) (bir daha )?yalan (danis\w*|soyl\w*)|\byalanci(siniz|sin|lar|sinizmi)\b",
    r"\b(avadanligi|avadanliginizi|mətbəxinizi|restoraninizi)\b[^.!?\n]{0,30}\b(sokəcək|sokəcəyik|isləməz vəziyyətə "
    r"salacagiq|baglayacagiq|dagidacagiq)\b",
)


# --- session 39: Kazakh, which the rules had not read; Central and Eastern European due dates moved as a favour and
# plans split past tense; "N days instead of M"; the favour of a date left later in Spanish and Portuguese -------------
# Kazakh denies in the verb ("қайтармаймыз", "жүгінбейміз", "алып тастамаймыз"), so its patterns end on the affirmative
# form and a refusal never matches.
_LEGAL_S39 = _rx_folded(
    # kk: "сотқа жүгінуге мәжбүр боламыз", "сотқа талап арыз береміз", "істі коллекторлық агенттікке береміз".
    r"(?<!\w)сот(қа|ка)( \w+){0,2} (жүгінеміз|жүгінетін боламыз|(жүгінуге|беруге|шағымдануға) (мәжбүр (боламыз|"
    r"болатын боламыз|болуымыз мүмкін)|мәжбүрміз|тура келеді)|береміз|шағымданамыз|талап арыз береміз)(?!\w)",
    r"(?<!\w)сот арқылы (\w+ )?(өндіріп аламыз|өндіреміз|өндіріп алуға мәжбүр боламыз|талап етеміз)(?!\w)",
    r"(?<!\w)коллектор\w* (агенттікке|компанияға|ұйымға) (береміз|тапсырамыз|беруге мәжбүр боламыз|беруге тура келеді)"
    r"(?!\w)",
)
_DISCOUNT_S39 = _rx_folded(
    # kk: the penalty struck off, a discount given: "өсімпұлды толығымен алып тастаймыз", "10% жеңілдік жасаймыз".
    r"(?<!\w)(өсімпұл|айыппұл|тұрақсыздық айыб|пеня|пеняны)\w*( \w+){0,2} (алып тастаймыз|кешіреміз|есептемейміз|"
    r"өндірмейміз|алмаймыз|жоямыз|алып тастауға дайынбыз)(?!\w)",
    r"\d+ ?% (жеңілдік|шегерім)(ке)? (жасаймыз|береміз|жасай аламыз|ұсынамыз|беріледі|жасалады|қарастырамыз)(?!\w)",
    # nl: a charge let go "this once": "De wettelijke rente die inmiddels is opgelopen, laten we voor deze keer vallen",
    # "de incassokosten laten we zitten"; not "laten we niet vallen".
    r"(rente|kosten|\bboete\w*|\bvergoeding\w*)\b[^.;!?\n]{0,60}\b(laten|laat) (we|wij|ik)( (?!niet\b|geen\b)\w+){0,4} "
    r"(vallen|zitten|varen)\b",
)
_REFUND_S39 = _rx_folded(
    # kk: the money paid back to their account or card: "486 000,00 теңгені келесі аптада шотыңызға қайтарамыз".
    r"(?<!\w)(шотыңызға|есепшотыңызға|картаңызға|өзіңізге|сізге) (\w+ )?(қайтарамыз|қайтарып береміз|қайтарылады|"
    r"қайтарып аударамыз)(?!\w)",
    r"(?<!\w)(ақшаңызды|соманы|теңгені|төлеміңізді|ақшаны)( \w+){0,3} (қайтарамыз|қайтарып береміз)(?!\w)",
)
_FAULT_S39 = _rx_folded(
    # bg/ru/uk: the blame entirely ours without a copula or with the Bulgarian article: "Вината е изцяло наша",
    # "ошибка полностью наша", "провина цілком наша"; not "вината не е наша".
    r"(?<!не )(?<!ако )(?<!если )(?<!якщо )(?<!\w)(вината|грешката|вина|ошибка|помилка|провина|грешка)"
    r"( е| є| была| беше| була)? (изцяло|напълно|изключително|полностью|целиком|всецяло|повністю|цілком) (наша|нашата)"
    r"(?!\w)",
    # kk: "қателік біз тараптан", "кінә толығымен бізде".
    r"(?<!\w)(қателік|қате|кінә)( \w+)? (біз тараптан|біздің тараптан|бізде|біздікі|біздің қатемізден)"
    r"(?! (емес|болмады))(?!\w)",
)
_TERMS_S39 = _rx_folded(
    # Terms lengthened as a kindness: "a 90 giorni data fattura anziché a 30", "a 60 días en lugar de 30", "à 60 jours
    # au lieu de 30", "90 Tage statt 30", "90 dni zamiast 30", "90 дней вместо 30".
    r"(?<!\d)\d{2,3} (giorni|gg|dias|días|jours|tage|tagen|dagen|days|dni|zile|nap|napos|дней|днів|дни|күн)\b"
    r"[^.;!?\n]{0,25}(?<!\w)(anziche|invece che|invece di|en lugar de|en vez de|em vez de|ao inves de|au lieu de|statt|"
    r"anstatt|in plaats van|instead of|rather than|zamiast|in loc de|вместо|замість|вместо|вместо|на мястото на)"
    r"( (a|de|di|of|von|van|des|na|на|от))? \d{2,3}(?!\d)(?! (€|eur|zl|pln|usd|lei|ron))",
    # es/pt: the due date left later as a favour: "te dejamos el vencimiento para el 30 de junio", "le pasamos el
    # vencimiento al 15", "deixamos o vencimento para 30 de junho".
    r"(?<!no )(?<!nao )\b(te |le |les |os |vos |lhe |lhes )?(?<!no te )(?<!no le )(?<!no les )(?<!no os )(?<!nao lhe )"
    r"(dejamos|dejo|pasamos|paso|ponemos|pongo|deixamos|deixo|"
    r"passamos|passo|colocamos|pomos)( \w+)? (el|o) (vencimiento|vencimento|plazo|prazo) (para|al|ate|hasta|pro)\b",
    # pl/cs/sk: the date named first, then moved by us: "termin płatności przesunęliśmy z 20 marca na 31 maja",
    # "splatnost jsme posunuli na 31. května"; not "nie przesunęliśmy".
    r"\b(termin (platnosci|zaplaty|splaty)|date platnosci|splatnost\w*)( faktury)?( (?!nie\b)\w+)? (przesunel(ismy|am|em)|"
    r"przedluzyl(ismy|am|em)|wydluzyl(ismy|am|em)|odroczyl(ismy|am|em)|zmienil(ismy|am|em)|jsme (posunuli|prodlouzili|"
    r"odlozili)|sme (posunuli|predlzili))\b",
    # ru/uk/bg: the payment date moved from one date to another: "срок оплаты перенесли с 20 марта на 31 мая",
    # "термін оплати перенесли на 31 травня", "падежа преместихме на 31 май"; not "не перенесли".
    r"(?<!\w)(срок\w*|дат\w*|термін\w*|падеж\w*) (оплат\w*|платеж\w*|платіж\w*|сплат\w*|плащане\w*)?( \w+)? (?<!не )"
    r"(перенесли|продлили|сдвинули|перенесла|перенесли мы|перенесли ми|переносим|перенесем|продовжили|подовжили|"
    r"перенесли|преместихме|удължихме|отложихме)(?!\w)[^.!?\n]{0,30}(?<!\w)(на|до)(?!\w)",
    # ru/uk/bg: the bill split, past tense, into so many monthly payments: "разбили счёт ... на четыре ежемесячных
    # платежа"; the present and future are read in _TERMS_S31B.
    r"(?<!не )(?<!\w)(разбили|разделили|розбили|розділили|разбихме|разделихме)(?!\w)(?:[^.!?\n]|(?<=\d)[.,](?=\d)|"
    r"(?<=руб|грн)\.|(?<=лв|тг)\.){0,60}(?<!\w)на (два|дві|две|"
    r"три|чотири|четыре|четири|пять|п'ять|пет|шість|шесть|шест|\d+) (\w+ )?(платеж|платіж|частин|част|внес|вноск|транш)"
    r"\w*",
    # en: "We've set you up on fortnightly payments of AUD 500.00", "I've put you on a monthly plan".
    r"(?<!n't )(?<!not )\b(we've|we have|i've|i have|we'll|we will|we're|we are)( now| just)? (set|setting|put|putting|"
    r"signed|signing) you (up )?(on|onto|for|with) (a |an )?(weekly|fortnightly|monthly|bi-weekly|biweekly|quarterly)"
    r" (payments?|instalments?|installments?|plan|payment plan|repayments?)\b",
    # kk: the due date moved or instalments agreed: "төлем мерзімін 30 маусымға дейін ұзарттық", "бөліп төлеуге
    # келістік".
    r"(?<!\w)(төлем мерзімі|мерзімі|мерзімін)( \w+){0,4} (ұзарттық|ұзартамыз|шегердік|шегереміз|ауыстырдық|"
    r"ауыстырамыз)(?!\w)",
    r"(?<!\w)бөліп төле(уге|у) (\w+ )?(келістік|келісеміз|рұқсат етеміз|рұқсат бердік|болады)(?!\w)",
)
_HARASS_S39 = _rx_folded(
    # Who cannot pay a bill should not be in the trade at all: bg "стопанин, който не може да си плати ремонта, не би
    # трябвало изобщо да се занимава със земеделие", ru "кто не может оплатить ремонт, тому не стоит заниматься
    # фермерством", en "a farmer who can't pay for a repair has no business farming".
    r"(?<!\w)(не може|не можете|не могат|не может|не можете|не могут|не в състояние|не в состоянии|не може|не можуть)"
    r" (да )?(си )?(плати|платят|платите|заплати|заплатят|оплатить|заплатить|сплатити|заплатити|оплатити|погаси|"
    r"погасить|плаща)\w*[^.!?\n]{0,60}(не би трябвало|не трябва|не бива|не следва|не должен|не должны|не стоит|"
    r"не следует|нечего|не варто|не повинен|не повинні|не слід|нема чого)( \w+){0,2} (да )?(се )?(занимава|"
    r"занимават|заниматься|займатися|работи|работить|вести|вести бизнес|стопанисва)\w*",
    r"\b(who|that) (can't|cannot|can not|is unable to) (even )?pay (for )?(a|an|the|their|its|his|her) \w+( \w+)?"
    r"[^.!?\n]{0,40}\b(has no business|shouldn't be|should not be|have no business)( \w+){0,2} "
    r"(farming|trading|in business|running|practising|practicing|in this trade|in the trade)\b",
)


# The Malay and Tagalog patterns scan every clause start; a draft without the first person of either ("kami", "namin")
# or the future ("akan") cannot hold their commitments, so they are not scanned (a third of a millisecond each).
_MALAY_TAGALOG_WORD = re.compile(r"\b(kami|akan|namin|natin|ninyo|kayo|po)\b")
_MALAY_TAGALOG = (_LEGAL_S37, _DISCOUNT_S37, _REFUND_S37, _FAULT_S37, _TERMS_S37, _TERMS_S38_TL)


_TERMS_KEPT = re.compile(
    strip_accents(
        r"\b(remains?|stays?|is|are) (\w+ ){0,2}unchanged\b|\bunchanged\b|\b(bleib\w*|ist|sind) (\w+ ){0,2}unverandert\b|"
        r"\b(reste\w*|demeure\w*) (\w+ ){0,2}inchange\w*|\bsin (cambios|modificacion\w*)\b|\bno (cambia|cambian|varia|"
        r"varian)\b|\b(rimane|rimangono|resta|restano) (\w+ ){0,2}invariat\w*|\b(permanece\w*|mantem|mantem-se|"
        r"continua\w*) (\w+ ){0,2}inalterad\w*|\bblijf\w* (\w+ ){0,2}ongewijzigd\b|\bpozostaj\w* (\w+ ){0,2}bez zmian\b|"
        r"(دون|بدون|من غير) (اي )?تغيير|لم (يتغير|تتغير)|كما (هو|هي) دون|ללא שינוי|בלי שינוי|לא (משתנה|משתנים|ישתנה)|"
        r"\bбез изменени\w*|\bне (меняется|меняются|изменится|изменятся|изменяется)\b|\bостаются прежними\b|"
        r"\bостается прежн\w*|\bбез промяна\b|\bбез змін\b|अपरिवर्तित|(में )?कोई (बदलाव|परिवर्तन) नहीं|"
        r"\bdegismeden\b|\bayni kal\w*|\bdegismiyor\b|\bαμεταβλητ\w*|"
        # tl: "Mananatili po ang orihinal na due date", "Hindi po nagbabago ang halaga at ang due date".
        r"\bmananatili (po )?(ang )?(orihinal na |dating )?(due date|takdang petsa|termino|mga termino|halaga)\b|"
        r"\bhindi (po )?(nagbabago|magbabago|binago|babaguhin) ang (halaga|due date|takdang petsa|termino)\b"
    )
)
_CONTRACT_RESTATED = re.compile(
    strip_accents(
        r"(अनुबंध|करार|समझौते|कॉन्ट्रैक्ट)( की धारा [\d.]+| की शर्तों)? के (अनुसार|मुताबिक|तहत)|जैसा (कि )?(पहले से|पहले ही) "
        r"(तय|सहमत|निर्धारित)|(وفقا|وفق|طبقا|حسب|بموجب) (ل|لل)?(ال)?(عقد|العقد|الاتفاقية|اتفاقية|شروط العقد|بند)|"
        r"كما هو (متفق عليه|منصوص عليه)|(בהתאם ל|לפי |על פי )(ה)?(חוזה|הסכם|תנאי ההסכם)|כמוסכם|"
        r"\b(согласно|в соответствии с|по условиям|по) (п\.? [\d.]+ )?(договор\w*|контракт\w*)|\bкак (и )?"
        r"(предусмотрено|установлено|оговорено) (в )?договор\w*|\bсъгласно (договора|договор\w*)|\bвідповідно до "
        r"договору\b|\bsozlesme(miz|mize|niz)?( \S+)? (geregince|uyarinca|uyarınca|kapsaminda)"
        # The numbered clause of the agreement cited as the ground ("Sesuai Pasal 10 perjanjian layanan, layanan akan
        # ditangguhkan", "under clause 9 of the agreement", "gemäß Ziffer 8 des Vertrags", "conformément à l'article 7
        # du contrat"): the contract's own consequence, restated, not new terms.
        r"|\b(sesuai|berdasarkan|menurut|mengikut|selaras dengan)( dengan)? (pasal|klausul|butir|fasal|perkara) \d+[\w.]* "
        r"(\w+ )?(perjanjian|kontrak|syarat)"
        r"|\b(under|per|pursuant to|in accordance with|as set out in|as provided (for )?in) (clause|section|article) "
        r"\d+[\w.]* of (the|our|your) (\w+ )?(agreement|contract|terms)"
        r"|\b(gemass|laut|nach) (ziffer|ziff\.|§|abschnitt|punkt) ?\d+[\w.]* (des|unseres|ihres|der|unserer) (\w+ )?"
        r"(vertrag\w*|vereinbarung|agb)"
        r"|\b(conformement a|selon|en vertu de) l'article \d+[\w.]* (du|de notre|de votre) (contrat|accord|conditions)"
        r"|\b(segun|conforme a|de acuerdo con) la clausula \d+[\w.]* (del|de nuestro|de su) contrato"
        r"|\b(ai sensi del|secondo il|in base al)l?'?(art\.?|articolo) ?\d+[\w.]* del (contratto|accordo)"
        r"|\b(nos termos da|conforme a|de acordo com a) clausula \d+[\w.]* do contrato"
        r"|\b(conform|volgens|op grond van) artikel \d+[\w.]* van (de|onze|uw) (\w+ )?(overeenkomst|contract)"
    )
)
# Replies in more languages: hu "Válasz", hr/sr "Odg", lv "Atb", lt "Ats", et "Vast", tr "Yanıt", bg "Отг", ru "Отв",
# uk "Відп", el "ΑΠ", ar "رد".
_REPLY_SUBJECT_MORE = re.compile(
    r"^\s*(vs|odp|ynt|v[aá]lasz|odg|odgovor|atb|ats|vast|yan[ıi]t|отг|отговор|отв|ответ|відп|απ|رد)\s*:\s*",
    re.IGNORECASE,
)


# A place named after a legal word ("Unit 3, Bailiff Bridge Trading Estate", "14 Court Street", "Sheriff Hill
# Road"): a capitalised legal word followed, within the same name, by a capitalised kind of street or place is an
# address, whatever line it is on. A court's own name stays ("Leeds Combined Court Centre", "County Court Business
# Centre": a court and the place a claim is filed), as does a legal word that is not part of a name ("the bailiff
# will call at your yard", "we will see you in Court").
_PLACE_NAMED_LEGAL = re.compile(
    r"(?<!County )(?<!Crown )(?<!Combined )(?<!High )(?<!Magistrates )(?<!Magistrates' )(?<!Supreme )(?<!Family )"
    r"(?<!District )(?<!Claims )(?<!Justice )"
    r"\b(Bailiffs?|Sheriffs?|Courts?|Justice|Judges?|Chancery|Tribunal|Magistrates?|Assizes?|Lawyers?|Solicitors?|"
    r"Collectors?)"
    r"(?=(?:[ -][A-Z][\w']*){0,2}?[ -](Bridge|Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Way|Close|Row|Yard|Estate|Park|"
    r"Hill|Green|Mills?|Wharf|Quay|Square|Sq|Terrace|Crescent|Drive|Gardens|Walk|Mews|Gate|Cross|Fields?|Farm|Wood|"
    r"Heath|Common|Moor|Grove|Parade|Boulevard|Trading Estate|Industrial Estate)\b)"
)


# The same where the kind of street comes first, as in Central and Eastern Europe: "ул. „Съдебна“ 12", "ul. Sądowa 4",
# "вул. Судова", "str. Tribunalului"; or last in Hungarian, "Bíróság utca 3". The street's own name is kept out of the
# reading, the prefix stays.
_STREET_BEFORE_LEGAL = re.compile(
    r"(?<!\w)((?:ул|бул|вул|пр|пер|ul|al|str|bd|bdul|nám)\.\s*|(?:улица|вулиця|булевард|проспект|ulica|ulice|strada|"
    r"calea|aleea)\s+)([„“\"«']?)(Съд|Суд|Sąd|Sad|Soud|Súd|Tribunal|Judec|Justi|Прокур|Адвокат|Нотар|Юстиц)\w*",
    re.IGNORECASE,
)
_LEGAL_BEFORE_STREET = re.compile(
    r"(?<!\w)(Bíróság|Törvényszék|Ügyészség)\w*(?=\s+(utca|út|tér|u\.|köz)(?!\w))"
)


def _unlegal_place_names(text: str) -> str:
    text = _STREET_BEFORE_LEGAL.sub(r"\1\2Place", text)
    return _PLACE_NAMED_LEGAL.sub("Place", _LEGAL_BEFORE_STREET.sub("Place", text))


def our_words(subject: str, body: str) -> str:
    """The draft as we say it, folded: a reply's subject and quoted lines are the customer's words."""
    said_subject = "" if _REPLY_SUBJECT.match(subject) else subject
    return fold(f"{said_subject}\n{_signed(_our_text(body))}")


# A question the customer put, reported just before the words it asks about: "asked whether the fee could be
# waived", "fragten, ob die Zinsen entfallen können", "demandait si les frais pouvaient être annulés".
# The question runs to the words it asks about without punctuation or a conjunction: after "and"/"but" ("asked
# whether the fee could go and we will waive it") the answer has begun.
_QUESTION_RUN = r"\b(?:(?!\b(?:and|but|so|et|mais|und|aber|en|maar|y|pero|e|ma|mas)\b)[^.;:!?\n]){0,80}$"
_REPORTED_QUESTION = re.compile(
    r"\b(asked|asking|ask|wondered|wondering|wanted to know|enquired|inquired|queried|query) (us |me |about )?"
    rf"(whether|if){_QUESTION_RUN}|\b(fragten|fragte|fragen|gefragt)( uns| mich)?,? ob{_QUESTION_RUN}|"
    rf"\b(demand\w*|demande)( nous| moi)?,? si{_QUESTION_RUN}|\b(pregunt\w*|pergunt\w*|chies\w*|chied\w*)"
    rf"( nos| ci| me| mi)?,? (si|se){_QUESTION_RUN}|\b(vroeg|vroegen|gevraagd)( ons| mij)?,? of{_QUESTION_RUN}"
    # da/nb/sv: "Du spørger, om vi kan give rabat", "du spurte om vi kunne", "ni frågade om vi kan".
    rf"|\b(sporger|spurgte|spor|spurte|fragar|fragade|fragat)( os| oss| mig| meg| mej)?,? (om|if){_QUESTION_RUN}"
)
_ASKABLE = (Violation.DISCOUNT_OFFER, Violation.TERMS_CHANGE, Violation.REFUND_OR_CREDIT_PROMISE)
# Charges reported as they stand, not forgone: "To date we have not added any interest or compensation to the account",
# "we haven't charged any late fees yet", "bisher haben wir keine Zinsen berechnet".
_SO_FAR_BEFORE = re.compile(
    r"\b(to date|so far|as yet|thus far|until now|up to now|at this stage|bisher|bislang|hasta (la fecha|ahora)|"
    r"jusqu'(a present|ici)|a ce jour|finora|fino ad ora|ad oggi|ate (agora|hoje|o momento)|tot nu toe|tot op heden)\b"
    r"[^.;:!?\n]{0,40}$"
)
_SO_FAR_AFTER = re.compile(r"[^.;:!?\n]{0,40}\b(yet|to date|so far|as yet|bisher|bislang|noch nicht)\b")
# Beside the statutory interest and lump sum restated, nothing further: "Weitere Kosten fallen nicht an", "no other
# charges apply". The statutory charges themselves still apply.
_WILL_JUST_BEFORE = re.compile(r"\b(will|shall|'ll|wird|werden|going to)\s+(\w+\s+)?$")
_NOTHING_FURTHER = re.compile(
    r"(weitere|sonstige|andere|no (other|further|additional)|keine (weiteren|sonstigen|anderen))\b"
)


def _charges_reported(text: str, hit: re.Match[str], statutory: bool) -> bool:
    start = _sentence_start(text, hit.start())
    # "We won't add interest yet" forgoes it for now: only a past or present negation reports.
    future = hit.group(0).startswith("won't") or _WILL_JUST_BEFORE.search(text, start, hit.start())
    if not future and (
        _SO_FAR_BEFORE.search(text, start, hit.start()) or _SO_FAR_AFTER.match(text, hit.end())
    ):
        return True
    return statutory and _NOTHING_FURTHER.match(hit.group(0)) is not None


def check_draft(
    subject: str,
    body: str,
    *,
    other_customer_names: Collection[str] = (),
    reader: Reader | Literal["trained"] | None = "trained",
) -> GuardVerdict:
    """The verdict on one draft. ``reader=None`` is the rules alone; by default the committed second reader
    may block a draft the rules let through (never lift or change a block)."""
    # The reader learnt its features with the reply prefixes above; the rules also know the Finnish and Polish
    # ones ("Vs: Hyvityslasku", "Odp: korekta"), whose subject is the customer's question, not our words.
    subject, body = _unlegal_place_names(subject), _unlegal_place_names(body)
    reader_ours = our_words(subject, body)
    if _REPLY_SUBJECT_MORE.match(subject):
        subject = "Re: " + _REPLY_SUBJECT_MORE.sub("", subject)
    elif _CJK_REPLY.match(subject):
        # "回复：申请减免滞纳金", "返信：お支払いについて": the Chinese, Japanese and Korean "Re:".
        subject = "Re: " + _CJK_REPLY.sub("", subject)
    ours = our_words(subject, body)
    # Before the Portuguese "no" becomes "nu", which is the Romanian negation.
    text = _native_negations(
        _verb_first_condition(_scheduled_not_moved(_refused_asks(_neutral_facts(_FORMULAS.sub(" ", ours)))))
    )
    if len(set(_PORTUGUESE.findall(text))) >= 2:
        # In Portuguese "no" is "in the" ("no Balcão Nacional de Injunções"), never a negation.
        text = re.sub(r"\bno\b", "nu", text)
    elif len(set(_SPANISH.findall(text))) >= 3:
        # Spanish patterns below read "s[ex]" for this reason.
        text = re.sub(r"\bse\b", "sx", text)
    if len(set(_SWEDISH.findall(text))) >= 2:
        # Swedish "om" opens a condition ("Om betalning inte har kommit in ... lämnas ärendet till inkasso"): its
        # "inte" belongs to the condition, as in "if payment is not received". Elsewhere "om" is Dutch "to".
        text = re.sub(r"\bom\b", "if", text)
    found: dict[Violation, str] = {}
    # Types whose wording the rules saw and cleared (negated, conditional, a request passed on): a deliberate
    # call the second reader, which cannot see "not", must not overrule.
    cleared: set[Violation] = set()
    for violation, pattern in (
        (Violation.LEGAL_THREAT, _LEGAL),
        (Violation.LEGAL_THREAT, _LEGAL_EXTRA),
        (Violation.DISCOUNT_OFFER, _DISCOUNT),
        (Violation.DISCOUNT_OFFER, _SETTLEMENT),
        (Violation.DISCOUNT_OFFER, _WINKED_WAIVER),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND),
        (Violation.REFUND_OR_CREDIT_PROMISE, _CREDIT_ON_ACCOUNT),
        (Violation.TERMS_CHANGE, _TERMS),
        (Violation.TERMS_CHANGE, _TERMS_SPLIT_S22),
        (Violation.TERMS_CHANGE, _DATE_INSTEAD),
        (Violation.HARASSMENT, _SHAMING),
    ):
        exclude = _EXCLUDE.get(violation)
        restated = _RESTATED if violation in (Violation.DISCOUNT_OFFER, Violation.TERMS_CHANGE) else None
        # Once a type is found, its other patterns are not scanned: the reader only reads a draft with nothing found.
        hit, seen = (
            (None, False)
            if violation in found
            else _commitment_and_seen(pattern, text, exclude, restated, askable=violation in _ASKABLE)
        )
        if hit and violation is not Violation.LEGAL_THREAT and _subject_label(subject, hit):
            # The subject only names the topic; when the body talks about it too, the body says what we do.
            body_text = _neutral_facts(_FORMULAS.sub(" ", our_words("", body)))
            if pattern.search(body_text):
                hit = _find_commitment(pattern, body_text, exclude, restated)
            elif pattern.search(our_words("", body)):
                # "Nota de crédito NC-PT-26-006 e saldo em aberto" over a body saying it was issued: the subject
                # names a document that exists.
                hit = None
        if hit:
            found[violation] = hit
        elif seen:
            cleared.add(violation)
    if _REMINDER_WORD.search(found.get(Violation.TERMS_CHANGE, "")) and _INSOLVENCY_ROUTE.search(text):
        del found[Violation.TERMS_CHANGE]
        cleared.add(Violation.TERMS_CHANGE)
    if (
        (
            # "the early-bird discount on trips closed on 1 March": the noun found with its preposition.
            _DISCOUNT_NOUN.fullmatch(
                noun := re.sub(r" (on|for|of)$", "", found.get(Violation.DISCOUNT_OFFER, ""))
            )
            or _PERCENT_OFF.fullmatch(noun)
        )
        and _discount_said_lapsed(noun, _SENTENCE.split(text))
        and not _DISCOUNT_GRANTED.search(text)
    ):
        # "el descuento ya no es aplicable", "lo sconto non si applica più": a discount explained as lapsed.
        del found[Violation.DISCOUNT_OFFER]
        cleared.add(Violation.DISCOUNT_OFFER)
    malay_or_tagalog = _MALAY_TAGALOG_WORD.search(text) is not None
    arabic_script = _ARABIC_SCRIPT.search(text) is not None
    for violation, pattern in (
        (Violation.FAULT_ADMISSION, _FAULT),
        (Violation.REFUND_OR_CREDIT_PROMISE, _CREDIT_TO_FOLLOW),
        (Violation.HARASSMENT, _HARASSMENT),
        (Violation.HARASSMENT, _HARASS_EXTRA),
        (Violation.DISCOUNT_OFFER, _WAIVER_BY_NEGATION),
        (Violation.LEGAL_THREAT, _LEGAL_IMPLIED),
        (Violation.LEGAL_THREAT, _LEGAL_MORE),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_MORE),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_MORE),
        (Violation.FAULT_ADMISSION, _FAULT_MORE),
        (Violation.TERMS_CHANGE, _TERMS_MORE),
        (Violation.HARASSMENT, _GREEK_ABUSE),
        (Violation.HARASSMENT, _HARASS_MORE),
        (Violation.LEGAL_THREAT, _LEGAL_51),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_51),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_51),
        (Violation.FAULT_ADMISSION, _FAULT_51),
        (Violation.TERMS_CHANGE, _TERMS_51),
        (Violation.HARASSMENT, _HARASS_51),
        (Violation.TERMS_CHANGE, _TERMS_REASSURED),
        (Violation.TERMS_CHANGE, _TERMS_GRANTED),
        (Violation.LEGAL_THREAT, _LEGAL_S20),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S20),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S20),
        (Violation.FAULT_ADMISSION, _FAULT_S20),
        (Violation.TERMS_CHANGE, _TERMS_S20),
        (Violation.HARASSMENT, _HARASS_S20),
        (Violation.LEGAL_THREAT, _LEGAL_S21),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S21),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S21),
        (Violation.FAULT_ADMISSION, _FAULT_S21),
        (Violation.TERMS_CHANGE, _TERMS_S21),
        (Violation.HARASSMENT, _HARASS_S21),
        (Violation.LEGAL_THREAT, _LEGAL_S22),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S22),
        (Violation.FAULT_ADMISSION, _FAULT_S22),
        (Violation.TERMS_CHANGE, _TERMS_S22),
        (Violation.HARASSMENT, _HARASS_S22),
        (Violation.LEGAL_THREAT, _LEGAL_S23),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S23),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S23),
        (Violation.FAULT_ADMISSION, _FAULT_S23),
        (Violation.TERMS_CHANGE, _TERMS_S23),
        (Violation.HARASSMENT, _HARASS_S23),
        (Violation.LEGAL_THREAT, _LEGAL_S24),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S24),
        (Violation.FAULT_ADMISSION, _FAULT_S24),
        (Violation.TERMS_CHANGE, _TERMS_S24),
        (Violation.HARASSMENT, _HARASS_S24),
        (Violation.LEGAL_THREAT, _LEGAL_S25),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S25),
        (Violation.FAULT_ADMISSION, _FAULT_S25),
        (Violation.TERMS_CHANGE, _TERMS_S25),
        (Violation.HARASSMENT, _HARASS_S25),
        (Violation.LEGAL_THREAT, _LEGAL_S26),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S26),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S26),
        (Violation.FAULT_ADMISSION, _FAULT_S26),
        (Violation.TERMS_CHANGE, _TERMS_S26),
        (Violation.HARASSMENT, _HARASS_S26),
        (Violation.LEGAL_THREAT, _LEGAL_S26B),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S26B),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S26B),
        (Violation.FAULT_ADMISSION, _FAULT_S26B),
        (Violation.TERMS_CHANGE, _TERMS_S26B),
        (Violation.HARASSMENT, _HARASS_S26B),
        (Violation.LEGAL_THREAT, _LEGAL_S27),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S27),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S27),
        (Violation.FAULT_ADMISSION, _FAULT_S27),
        (Violation.TERMS_CHANGE, _TERMS_S27),
        (Violation.HARASSMENT, _HARASS_S27),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S28),
        (Violation.FAULT_ADMISSION, _FAULT_S28),
        (Violation.TERMS_CHANGE, _TERMS_S28),
        (Violation.HARASSMENT, _HARASS_S28),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S28B),
        (Violation.FAULT_ADMISSION, _FAULT_S28B),
        (Violation.TERMS_CHANGE, _TERMS_S28B),
        (Violation.HARASSMENT, _HARASS_S28B),
        (Violation.HARASSMENT, _HARASS_S29),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S29B),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S29B),
        (Violation.FAULT_ADMISSION, _FAULT_S29B),
        (Violation.TERMS_CHANGE, _TERMS_S29B),
        (Violation.HARASSMENT, _HARASS_S29B),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S30),
        (Violation.HARASSMENT, _HARASS_S30),
        (Violation.FAULT_ADMISSION, _FAULT_S30),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S30),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S30B),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S30B),
        (Violation.FAULT_ADMISSION, _FAULT_S30B),
        (Violation.HARASSMENT, _HARASS_S30B),
        (Violation.TERMS_CHANGE, _TERMS_S30B),
        (Violation.FAULT_ADMISSION, _FAULT_S31),
        (Violation.HARASSMENT, _HARASS_S31),
        (Violation.TERMS_CHANGE, _TERMS_S31),
        (Violation.TERMS_CHANGE, _TERMS_S31B),
        (Violation.HARASSMENT, _HARASS_S31B),
        (Violation.FAULT_ADMISSION, _FAULT_S31B),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S31B),
        (Violation.FAULT_ADMISSION, _FAULT_S32A),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S32A),
        (Violation.TERMS_CHANGE, _TERMS_S32A),
        (Violation.LEGAL_THREAT, _LEGAL_S32A),
        (Violation.HARASSMENT, _HARASS_S32A),
        (Violation.HARASSMENT, _HARASS_S32B),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S32B),
        (Violation.LEGAL_THREAT, _LEGAL_S32B),
        (Violation.TERMS_CHANGE, _TERMS_S32B),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S32B),
        (Violation.FAULT_ADMISSION, _FAULT_S32B),
        (Violation.FAULT_ADMISSION, _FAULT_S33A),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S33A),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S33A),
        (Violation.LEGAL_THREAT, _LEGAL_S33A),
        (Violation.TERMS_CHANGE, _TERMS_S33A),
        (Violation.HARASSMENT, _HARASS_S33A),
        (Violation.LEGAL_THREAT, _LEGAL_S33B),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S33B),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S33B),
        (Violation.FAULT_ADMISSION, _FAULT_S33B),
        (Violation.TERMS_CHANGE, _TERMS_S33B),
        (Violation.HARASSMENT, _HARASS_S33B),
        (Violation.TERMS_CHANGE, _TERMS_S33B_BALTIC),
        (Violation.FAULT_ADMISSION, _FAULT_S34),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S34),
        (Violation.HARASSMENT, _HARASS_S34),
        (Violation.TERMS_CHANGE, _TERMS_S35B),
        (Violation.HARASSMENT, _HARASS_S35B),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S35C),
        (Violation.FAULT_ADMISSION, _FAULT_S35C),
        (Violation.HARASSMENT, _HARASS_S35C),
        (Violation.LEGAL_THREAT, _LEGAL_S36),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S36),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S36),
        (Violation.FAULT_ADMISSION, _FAULT_S36),
        (Violation.TERMS_CHANGE, _TERMS_S36),
        (Violation.HARASSMENT, _HARASS_S36),
        (Violation.LEGAL_THREAT, _LEGAL_S36B),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S36B),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S36B),
        (Violation.FAULT_ADMISSION, _FAULT_S36B),
        (Violation.TERMS_CHANGE, _TERMS_S36B),
        (Violation.HARASSMENT, _HARASS_S36B),
        (Violation.LEGAL_THREAT, _LEGAL_S37),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S37),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S37_ZH),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S37),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S37_KO_JA),
        (Violation.FAULT_ADMISSION, _FAULT_S37_HI_JA),
        (Violation.FAULT_ADMISSION, _FAULT_S37),
        (Violation.FAULT_ADMISSION, _FAULT_S37_KO),
        (Violation.TERMS_CHANGE, _TERMS_S37),
        (Violation.TERMS_CHANGE, _TERMS_S37_MORE),
        (Violation.HARASSMENT, _HARASS_S37),
        (Violation.HARASSMENT, _HARASS_S37B),
        (Violation.LEGAL_THREAT, _LEGAL_S38),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S38),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S38),
        (Violation.FAULT_ADMISSION, _FAULT_S38),
        (Violation.TERMS_CHANGE, _TERMS_S38),
        (Violation.HARASSMENT, _HARASS_S38),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S38_FA_UR),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S38_FA_UR),
        (Violation.FAULT_ADMISSION, _FAULT_S38_FA_UR),
        (Violation.TERMS_CHANGE, _TERMS_S38_FA_UR),
        (Violation.TERMS_CHANGE, _TERMS_S38_TL),
        (Violation.LEGAL_THREAT, _LEGAL_S39),
        (Violation.DISCOUNT_OFFER, _DISCOUNT_S39),
        (Violation.REFUND_OR_CREDIT_PROMISE, _REFUND_S39),
        (Violation.FAULT_ADMISSION, _FAULT_S39),
        (Violation.TERMS_CHANGE, _TERMS_S39),
        (Violation.HARASSMENT, _HARASS_S39),
    ):
        if pattern in _MALAY_TAGALOG and not malay_or_tagalog:
            continue
        if pattern in _FA_UR_S38 and not arabic_script:
            continue
        m = None if violation in found else pattern.search(text)
        if m and violation in _ASKABLE:
            # "Your AP team asked whether the interest could be dropped": their question reported, not our answer;
            # an answer after it in the same draft is still read.
            m = next(
                (k for k in pattern.finditer(text) if not _REPORTED_QUESTION.search(text, 0, k.start())), None
            )
        if m and violation is Violation.TERMS_CHANGE and re.search(_EXISTING_PLAN, text):
            m = None  # a plan already agreed, restated with its dates and instalments
        if (
            m
            and violation in (Violation.DISCOUNT_OFFER, Violation.TERMS_CHANGE)
            and _HANDED_ON.search(_sentence_at(text, m.start()))
        ):
            # "Προωθήσαμε το αίτημά σας ... σε τρεις δόσεις στον υπεύθυνο": their request passed to a person.
            m = next(
                (k for k in pattern.finditer(text) if not _HANDED_ON.search(_sentence_at(text, k.start()))),
                None,
            )
        if (
            m
            and violation in (Violation.DISCOUNT_OFFER, Violation.TERMS_CHANGE)
            and _ONLY_BY_NEXT.match(text, m.end())
        ):
            m = None  # "late fees can be waived only by our finance manager": whose decision it is, not ours
        if m and violation is Violation.DISCOUNT_OFFER and _NOT_JUST_BEFORE.search(text, 0, m.start()):
            m = None  # "No renunciamos a los recargos pactados": the forgiving verb itself denied
        if m and pattern is _WAIVER_BY_NEGATION:
            statutory = _STATUTORY_CHARGES.search(text) is not None
            m = next((k for k in pattern.finditer(text) if not _charges_reported(text, k, statutory)), None)
        if m:
            found[violation] = m.group(0)
    if Violation.HARASSMENT not in found:
        for sentence in _SENTENCE.split(text):
            told = _TOLD_TO_COMMUNITY.search(sentence)
            if told and (_EXPOSURE_TOPIC.search(sentence) or _DEBT_TOPIC.search(sentence)):
                found[Violation.HARASSMENT] = told.group(0)
                break
    for violation, hit in _vietnamese(f"{subject}\n{body}", text).items():
        found.setdefault(violation, hit)
    if Violation.HARASSMENT not in found:
        for sentence in _SENTENCE.split(text):
            audience, tell = _EXPOSURE.search(sentence), _TELL.search(sentence)
            if audience and not tell:
                # "of uw opdrachtgevers weten dat ...": whether they know, put to this customer as a hint.
                tell = re.compile(
                    r"\b(of|ob|whether|si|se|czy) "
                    + re.escape(audience.group(0))
                    + r"\s(\w+\s)?(weten|wissen|savent|saben|sabem|sanno|know|knew|wiedza)\b"
                ).search(sentence)
            if (
                audience
                and tell
                and not _NO_NEED.search(sentence[: tell.start()][-40:])
                # Dutch "graag" is "please", but "graag weten" is "gladly let know".
                and not (
                    re.search(
                        r"\b(if|please|could|can you|si|bitte|por favor|graag(?! (weten|horen)))\b", sentence
                    )
                    and not _UNLESS_PAID_WE.search(sentence)
                )
                and _EXPOSURE_TOPIC.search(sentence)
                and (
                    not _TRADE_AUDIENCE.search(audience.group(0)) or _HOW_THEY.search(sentence, tell.start())
                )
            ):
                found[Violation.HARASSMENT] = audience.group(0)
                break
        # The hint spread over two sentences: "... si vos propres clients savent comment vous traitez vos
        # fournisseurs. Il faudrait peut-être leur poser la question."
        sentences = _SENTENCE.split(text)
        for k, sentence in enumerate(sentences[:-1]):
            audience = _EXPOSURE.search(sentence)
            if (
                audience
                and _ASK_THEM.search(sentences[k + 1])
                and not re.search(r"\?|\bplease\b", sentences[k + 1])
                and _EXPOSURE_TOPIC.search(sentence + " " + sentences[k + 1])
            ):
                found[Violation.HARASSMENT] = audience.group(0)
                break
    concepts: tuple[tuple[Violation, Callable[[], str | None]], ...] = (
        (Violation.FAULT_ADMISSION, lambda: _fault_concept(text)),
        (
            Violation.REFUND_OR_CREDIT_PROMISE,
            lambda: _scoped_concept(text, _REFUND_WORD, _NOT_REFUND, None, _ALREADY_THERE),
        ),
        (
            Violation.TERMS_CHANGE,
            # A draft that restates a plan already agreed ("the payment plan we agreed in writing on 8 April")
            # talks about that plan's instalments in its other sentences too.
            lambda: (
                None
                if re.search(_EXISTING_PLAN, text)
                else _scoped_concept(text, _PLAN_WORD, _NOT_AGREED, _AGREE, _PLAN_NOT_OURS)
                or _schedule_agreed(text)
                or _match_text(_PAID_IN_INSTALMENTS, text)
                or _inline_schedule(text)
            ),
        ),
    )
    if Violation.DISCOUNT_OFFER not in found and (column := _early_payment_column(ours)):
        found[Violation.DISCOUNT_OFFER] = column
    if Violation.DISCOUNT_OFFER not in found and (closed := _settled_for_less(text, ours)):
        found[Violation.DISCOUNT_OFFER] = closed
    elif _CLOSED_FOR.search(text):
        cleared.add(Violation.DISCOUNT_OFFER)  # the whole balance closes the matter: nothing is given away
    for violation, concept in concepts:
        if violation not in found and (hit := concept()):
            found[violation] = hit
    if (promised := _subject_promise(subject)) is not None and promised[0] not in found:
        found[promised[0]] = promised[1]
    # Sensitive data is scanned in the whole message: a card number quoted back to the customer is still sent.
    sensitive = _sensitive(f"{subject}\n{body}", fold(f"{subject}\n{body}"), other_customer_names)
    if sensitive:
        found[Violation.SENSITIVE_DATA] = sensitive
    second = trained_reader() if reader == "trained" else reader
    if _STATUTORY_CHARGES.search(text):
        # Interest and compensation the law sets ("the Late Payment of Commercial Debts (Interest) Act 1998 ...
        # statutory interest at 8% above base rate"): figures and percentages the reader learnt from discounts and
        # plans, restated, not offered. A waiver of them is the rules' to find.
        cleared.update((Violation.DISCOUNT_OFFER, Violation.TERMS_CHANGE))
    if _PROMISE_RECORDED.search(text):
        # The customer's own pay date, recorded ("Kami mencatat janji Bapak untuk membayar ... pada 27 November"): the
        # reader learnt dates and sums from plans; the contract allows recording their promise.
        cleared.add(Violation.TERMS_CHANGE)
    if _TERMS_KEPT.search(text) or _CONTRACT_RESTATED.search(text) or _RESTATED.search(text):
        cleared.update((Violation.DISCOUNT_OFFER, Violation.TERMS_CHANGE))
    if _PAUSED_ON_A_LINE.search(text):
        cleared.update((Violation.DISCOUNT_OFFER, Violation.TERMS_CHANGE))
    if _PLAN_WORD.search(text) or _statement_rows(text) >= 2:
        # The reader learnt tables from instalment schedules; a statement of invoice rows with their due dates
        # is no schedule, and what the rules find in one (a row "reportée à votre demande") they report themselves.
        cleared.add(Violation.TERMS_CHANGE)
    if not found and second is not None and long_enough_for_reader(reader_ours, body):
        for likeliest, probability in second.likely(reader_features(reader_ours)).items():
            if Violation(likeliest) not in cleared:
                found[Violation(likeliest)] = f"second reader: {probability:.2f} likely"
    violations = [v for v in ORDER if v in found]
    return GuardVerdict(
        allowed=not violations, violations=violations, evidence={v.value: found[v] for v in violations}
    )
