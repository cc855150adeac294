"""The guardrails' statistical second reader: one small ``WordModel`` per violation type it is trusted with,
each reading a draft's own words (the customer's quoted lines removed), trained on every labelled draft the
project has (``python -m chalicelib.cli train guard``).

Why: on blind sets the rules' first pass missed a fifth of the drafts that had to be blocked, nearly all new
wordings of a known commitment or insult ("we'll let the admin charge go", "frankly, your accounts team is a
joke"). The reader can only add a block to a draft the rules let through, never lift or change one.

Why these five types, each its own yes/no model: a single model over all seven types, tried first, blocked
refusals ("we will not take legal action") and our own templates. Separate models for legal threats,
discounts, terms changes and harassment raised block recall from 0.816 to 0.873 for 3 more false blocks in
322 clean drafts over eight blind sets scored leave-one-set-out (``make eval``). Fault admissions joined them in
session 31, with every blind holdout learnt and the bar raised from 0.7 to 0.8, after a grouped 8-fold replay
over the 105 holdouts whose rules' first verdicts are recorded (each fold's readers trained without its sets;
``tests/data/guard_first_pass_rules.json``): block recall 3,839 -> 3,874 of 4,361 drafts to block, false
blocks 258 -> 252 of 4,169 clean ones, against the reader trained without holdouts 64 onwards as before. Refunds would add
recall only with more false blocks; sensitive data is found by structure anyway (Luhn, mod-97).

Why it also reads other scripts (``script_features``, as the triage reader does) since session 33: a grouped
8-fold replay over 86 holdouts (gated as in the product) had it catch 3,203 instead of 3,153 of 3,585 drafts to
block for 191 instead of 197 false blocks in 3,405; counting unspaced scripts' words fairly for the length gate
(``wordmodel.count_words``), so that it reads long Japanese, Chinese and Thai drafts at all, took that to 3,219.
(Session 31 had tried it on three fresh sets only: 3 fewer caught on one, 2 fewer false blocks.)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Protocol

from chalicelib.domain.wordmodel import WordModel, script_features, word_features

WEIGHTS = Path(__file__).with_name("guard_weights.json")
TRUSTED = ("legal_threat", "discount_offer", "fault_admission", "terms_change", "harassment")
CLEAN = "no"
# 0.5 scored as well on the first blind sets, but after training on the sixth one it read a short refusal ("We will
# not take legal action at this stage.") as a discount at 0.58: one-line fragments are not what it learnt from. In
# the session-31 replay 0.8 caught 17 more drafts than 0.9 for 4 more false blocks; 0.7 caught 5 more than 0.8 for 4
# more false blocks.
BLOCK_ABOVE = 0.8


# A compliment to the customer ("Vous êtes un client précieux", "we value your business"): the reader learnt the
# second person with "are" ("vous êtes", "you are") from insults and, in a short draft, read the compliment as
# one at 0.97. It says nothing the reader is trusted to judge, so it is not read; an insult keeps its words.
_PRAISE = (
    r"(valued|valuable|important|loyal|long-?standing|great|excellent|appreciated|precieux|precieuse|importante?s?|"
    r"fidele|wertvoll\w*|geschatzt\w*|treu\w*|langjahrig\w*|valios[oa]|apreciad[oa]|estimad[oa]|fiel|leal|prezios[oa]|"
    r"fedele|stimat[oa]|gewaardeerde?|waardevolle?|belangrijke?|trouwe?|vardefull|uppskattad)"
)
_PARTNER = (
    r"(customer|client|kunde|kundin|cliente|klant|partner|partenaire|socio|parceiro|geschaftspartner\w*|kund)"
)
_COMPLIMENT = re.compile(
    r"\b(you are|you're|vous etes|sie sind|usted es|es usted|eres|voce e|o senhor e|a senhora e|lei e|u bent|jij bent|"
    r"je bent|ni ar|du ar)( truly| really| always| still| vraiment| toujours| wirklich| immer| muy| siempre| sempre| "
    r"davvero| echt| altijd)?( a| an| un| une| ein| eine| einen| uno| una| um| uma| een| en| ett)?( very| highly| such a| "
    r"tres| sehr| muy| muito| molto| zeer| erg| particulierement| besonders| mycket)?"
    rf"( {_PRAISE} {_PARTNER}| {_PARTNER}( tres| sehr| muy| muito| molto| zeer)? {_PRAISE})"
    r"( (for|to) us| pour nous| fur uns| para nosotros| para nos| per noi| voor ons| for oss)?\b"
    r"|\b(we (truly |really |greatly |very much )?(value|appreciate)|nous (apprecions|tenons a)|wir schatzen|"
    r"(valoramos|apreciamos|agradecemos)|(valorizamos|apreciamos|agradecemos)|(apprezziamo|teniamo a)|"
    r"(we|wij) waarderen|vi uppskattar)( (your|votre|ihre|su|tu|a sua|sua|la sua|la vostra|uw|er) (business|custom|"
    r"loyalty|partnership|trust|relationship|fidelite|confiance|collaboration|partenariat|treue|zusammenarbeit|"
    r"geschaftsbeziehung|vertrauen|confianza|fidelidad|colaboracion|relacion comercial|confianca|fidelidade|"
    r"preferencia|parceria|fiducia|fedelta|collaborazione|vertrouwen|klandizie|samenwerking|fortroende|samarbete)|"
    r" (you|sie|u) (as|als) (a |an |unseren |unsere |onze )?(valued |loyal )?" + _PARTNER + r")\b"
)


def reader_text(our_folded_text: str) -> str:
    """What the reader reads of a draft: its own words without the compliments."""
    return _COMPLIMENT.sub(" ", our_folded_text)


def reader_features(our_folded_text: str) -> list[str]:
    text = reader_text(our_folded_text)
    # Sorted, so that sums (and so training) do not depend on the interpreter's string hashing.
    return sorted(word_features([text]) | script_features(text))


class Reader(Protocol):
    """What ``check_draft`` asks of a second reader: the violations it reads in a draft's features, with their
    probability, above its own threshold."""

    def likely(self, features: Iterable[str]) -> dict[str, float]: ...


class GuardReader:
    """One yes/no model per trusted violation type."""

    def __init__(self, models: dict[str, WordModel]) -> None:
        self.models = models

    @classmethod
    def from_json(cls, document: dict[str, object]) -> GuardReader:
        types = document["types"]
        if not isinstance(types, dict):
            raise ValueError("a guard reader needs 'types': {violation: word model}")
        return cls({str(name): WordModel.from_json(model) for name, model in types.items()})

    def likely(self, features: Iterable[str]) -> dict[str, float]:
        """The violations it reads in the draft, with their probability, above ``BLOCK_ABOVE``."""
        feats = list(features)
        out: dict[str, float] = {}
        for name, model in self.models.items():
            p = model.probabilities(feats)[name]
            if p > BLOCK_ABOVE:
                out[name] = p
        return out


@cache
def trained_reader() -> GuardReader | None:
    """The committed reader, or None when its file is absent (the rules then work alone)."""
    if not WEIGHTS.exists():
        return None
    return GuardReader.from_json(json.loads(WEIGHTS.read_text()))
