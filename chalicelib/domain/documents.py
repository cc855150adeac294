"""The tenant's own standing documents a customer's AP team asks for before it will pay: a W-9, a W-8, a
certificate of insurance.

AP teams often will not release a payment to a vendor without a tax form on file, so answering "please send
your W-9" quickly is collections work. The agent can only answer with a document the tenant uploaded
itself; when none is on file, the request goes to a person. Pure: no storage here.

Bank-detail letters are deliberately not a kind: changed bank details arriving by email are the classic
invoice-fraud vector, so payment details reach a customer only through the invoice or its pay link.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024  # a scanned form is well under this; SES caps a whole message at 40 MB
ALLOWED_CONTENT_TYPES = frozenset({"application/pdf", "image/png", "image/jpeg"})


class DocumentKind(StrEnum):
    W9 = "w9"
    W8 = "w8"  # W-8BEN-E and siblings, for a vendor outside the US
    INSURANCE_CERTIFICATE = "insurance_certificate"


LABELS = {
    DocumentKind.W9: "Form W-9",
    DocumentKind.W8: "Form W-8",
    DocumentKind.INSURANCE_CERTIFICATE: "Certificate of insurance",
}

# Form names are the same in every language (they are US forms); the insurance certificate is asked for in
# the customer's own words. A "tax form" without a name is not guessed at: a person picks the form.
_PATTERNS = {
    DocumentKind.W9: re.compile(r"\bw[- ]?9\b", re.I),
    DocumentKind.W8: re.compile(r"\bw[- ]?8(?:[- ]?ben(?:[- ]?e)?|[- ]?eci|[- ]?imy|[- ]?exp)?\b", re.I),
    DocumentKind.INSURANCE_CERTIFICATE: re.compile(
        r"\b(?:certificate of (?:liability )?insurance|insurance certificate|\bcoi\b|"
        r"certificado de seguro|attestation d'assurance|versicherungs(?:nachweis|bestätigung|zertifikat)|"
        r"verzekeringscertificaat|verzekeringsbewijs|certificato (?:di )?assicurativo)",
        re.I,
    ),
}
_UNNAMED_TAX_FORM = re.compile(
    r"\b(?:tax (?:form|certificate|id form)|vendor (?:tax |registration |setup |onboarding )?form|"
    r"supplier (?:registration |setup )?form|formulario fiscal|"
    r"formulaire fiscal|steuerformular)\b",
    re.I,
)


class DocumentRequest(BaseModel):
    """What a message asks for: the named documents, and whether it also asks for a form it does not name."""

    model_config = ConfigDict(frozen=True)

    kinds: tuple[DocumentKind, ...] = ()
    unnamed_form: bool = False

    @property
    def any(self) -> bool:
        return bool(self.kinds) or self.unnamed_form


def requested_documents(text: str) -> DocumentRequest:
    """The standing documents a customer's text asks for, in a stable order."""
    kinds = tuple(kind for kind, pattern in _PATTERNS.items() if pattern.search(text))
    return DocumentRequest(kinds=kinds, unnamed_form=not kinds and bool(_UNNAMED_TAX_FORM.search(text)))


class TenantDocument(BaseModel):
    """One uploaded document. ``key`` is where the bytes are (tenant-scoped); the newest upload of a kind wins."""

    model_config = ConfigDict(frozen=True)

    tenant_id: str
    kind: DocumentKind
    filename: str = Field(min_length=1, max_length=200)
    content_type: str
    size: int = Field(gt=0, le=MAX_DOCUMENT_BYTES)
    sha256: str = Field(min_length=64, max_length=64)
    key: str
    uploaded_at: datetime
    uploaded_by: str

    @property
    def label(self) -> str:
        return LABELS[self.kind]


class DocumentError(ValueError):
    """An upload that cannot be stored as it is (wrong type, too large, empty); nothing was stored."""


def check_upload(filename: str, content_type: str, data: bytes) -> str:
    """Validate an upload; returns a safe file name (no path, no header-breaking characters)."""
    if content_type not in ALLOWED_CONTENT_TYPES:
        raise DocumentError(f"{content_type or 'unknown type'} is not accepted: upload a PDF, PNG or JPEG")
    if not data:
        raise DocumentError("the file is empty")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"the file is {len(data)} bytes; the limit is {MAX_DOCUMENT_BYTES}")
    if content_type == "application/pdf" and not data.startswith(b"%PDF-"):
        raise DocumentError("the file says it is a PDF but does not start like one")
    base = re.split(r"[\\/]", filename)[-1]
    safe = re.sub(r"[^\w.\- ]+", "_", base).strip(" .")
    if not safe:
        raise DocumentError("the file needs a name")
    return safe[:200]
