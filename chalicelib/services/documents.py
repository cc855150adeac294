"""The tenant's standing documents (W-9, W-8, certificate of insurance): upload, what is on file, and the
bytes for an attachment.

The bytes go to the blob store under ``documents/<tenant>/<kind>/<sha256>/<file name>`` and the metadata to
the repository (kind ``document``, key = the document kind), so a later upload replaces the one the agent
sends while the older file stays readable for a message already approved with it. Reading an attachment
checks that its key is under the tenant's own prefix: a message can never carry another tenant's file.
"""

from __future__ import annotations

import hashlib

from chalicelib.domain.documents import DocumentError, DocumentKind, TenantDocument, check_upload
from chalicelib.domain.outbound import Attachment
from chalicelib.services.approvals_query import roster
from chalicelib.services.ports import BlobStore, Clock, Repository

KIND = "document"
PREFIX = "documents/"


def _tenant_prefix(tenant_id: str) -> str:
    return f"{PREFIX}{tenant_id}/"


def upload(
    repo: Repository,
    blobs: BlobStore,
    clock: Clock,
    tenant_id: str,
    kind: DocumentKind,
    *,
    filename: str,
    content_type: str,
    data: bytes,
    uploaded_by: str,
) -> TenantDocument:
    """Store a document and make it the one the agent sends for its kind. Raises ``DocumentError``.

    Only someone on the tenant's approver roster may upload: the file goes to customers without a further
    look, so it is the same trust as approving a message.
    """
    refusal = roster(repo, tenant_id).refusal(uploaded_by, {})
    if refusal is not None:
        raise DocumentError(refusal)
    safe_name = check_upload(filename, content_type, data)
    digest = hashlib.sha256(data).hexdigest()
    key = f"{_tenant_prefix(tenant_id)}{kind.value}/{digest}/{safe_name}"
    # Bytes first: a record never points at a file that is not there.
    blobs.put_blob(key, data, content_type=content_type)
    document = TenantDocument(
        tenant_id=tenant_id,
        kind=kind,
        filename=safe_name,
        content_type=content_type,
        size=len(data),
        sha256=digest,
        key=key,
        uploaded_at=clock.now(),
        uploaded_by=uploaded_by,
    )
    repo.put_record(tenant_id, KIND, kind.value, document)
    return document


def on_file(repo: Repository, tenant_id: str) -> dict[DocumentKind, TenantDocument]:
    return {doc.kind: doc for doc in repo.list_records(tenant_id, KIND, TenantDocument)}


def attachment_for(document: TenantDocument) -> Attachment:
    return Attachment(filename=document.filename, content_type=document.content_type, key=document.key)


class AttachmentReader:
    """Gives a sender the bytes of an attachment, only from the tenant's own documents."""

    def __init__(self, blobs: BlobStore) -> None:
        self._blobs = blobs

    def __call__(self, tenant_id: str, attachment: Attachment) -> bytes:
        if not attachment.key.startswith(_tenant_prefix(tenant_id)) or ".." in attachment.key:
            raise PermissionError(f"attachment {attachment.key} is not one of {tenant_id}'s documents")
        return self._blobs.get_blob(attachment.key)
