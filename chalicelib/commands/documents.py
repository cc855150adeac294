"""``documents upload|list``: the tenant's standing documents the agent may send when a customer asks.

A customer's AP team often holds a payment until it has the vendor's W-9 (or W-8, or certificate of
insurance). With the form uploaded here, a reply asking for it is answered with the file attached, on the
playbook's autonomy; without it, the request goes to a person.
"""

from __future__ import annotations

import argparse
import getpass
import mimetypes
from pathlib import Path

from chalicelib.commands._runtime import add_tenant_arg, services
from chalicelib.domain.documents import DocumentError, DocumentKind
from chalicelib.services import documents


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("documents", help="documents the agent may send on request (W-9, W-8, COI)")
    actions = parser.add_subparsers(dest="action", required=True)
    up = actions.add_parser("upload", help="upload a document; it replaces the one of the same kind")
    up.add_argument("kind", choices=[k.value for k in DocumentKind])
    up.add_argument("file", help="a PDF, PNG or JPEG")
    add_tenant_arg(up)
    up.add_argument("--as", dest="person", default=getpass.getuser(), help="who (default: $USER)")
    up.set_defaults(handler=_upload)
    listing = actions.add_parser("list", help="what is on file")
    add_tenant_arg(listing)
    listing.set_defaults(handler=_list)


def _upload(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        print(f"error: {path} is not a file")
        return 2
    content_type = mimetypes.guess_type(path.name)[0] or ""
    with services() as c:
        try:
            doc = documents.upload(
                c.repo,
                c.document_blobs(),
                c.clock,
                args.tenant,
                DocumentKind(args.kind),
                filename=path.name,
                content_type=content_type,
                data=path.read_bytes(),
                uploaded_by=args.person,
            )
        except DocumentError as exc:
            print(f"refused: {exc}")
            return 1
    print(f"{doc.label} on file: {doc.filename} ({doc.size} bytes, sha256 {doc.sha256[:12]}…)")
    return 0


def _list(args: argparse.Namespace) -> int:
    with services() as c:
        filed = documents.on_file(c.repo, args.tenant)
    print(f"{len(filed)} document(s) on file")
    for doc in sorted(filed.values(), key=lambda d: d.kind.value):
        print(
            f"{doc.kind.value:<22} {doc.filename}  {doc.size} bytes  by {doc.uploaded_by} at {doc.uploaded_at}"
        )
    return 0
