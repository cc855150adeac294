"""``JinjaDrafts``: the TemplateRenderer port on jinja2 templates shipped in ``chalicelib/templates/email``.

One file per language, purpose and tone (``email/<lang>/<purpose>_<tone>.txt.j2``), each extending the
language's layout. The first line of a rendered template is ``Subject: ...``; the rest is the body.
Templates are loaded with ``PackageLoader`` because Chalice packages only ``chalicelib/``. Undefined
variables are errors (``StrictUndefined``): a template that silently drops the amount must fail in tests,
not reach a customer. Plain text is not HTML-escaped; no customer-written text is ever put in a template.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, TemplateNotFound

from chalicelib.domain.decision import Purpose, Tone

SUBJECT_PREFIX = "Subject: "


class TemplateMissingError(LookupError):
    """No template for this language, purpose and tone."""


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("chalicelib", "templates"),
        autoescape=False,  # noqa: S701  (plain-text email, not HTML; see module docstring)
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def template_name(language: str, purpose: Purpose, tone: Tone) -> str:
    return f"email/{language}/{purpose.value}_{tone.value}.txt.j2"


class JinjaDrafts:
    def render(self, language: str, purpose: Purpose, tone: Tone, context: dict[str, Any]) -> tuple[str, str]:
        name = template_name(language, purpose, tone)
        try:
            template = _environment().get_template(name)
        except TemplateNotFound as exc:
            raise TemplateMissingError(name) from exc
        text = template.render(**context)
        first, _, rest = text.partition("\n")
        if not first.startswith(SUBJECT_PREFIX):
            raise TemplateMissingError(f"{name} does not start with a Subject line")
        body = "\n".join(line.rstrip() for line in rest.strip("\n").splitlines())
        # Collapse the blank lines an empty optional block leaves behind.
        while "\n\n\n" in body:
            body = body.replace("\n\n\n", "\n\n")
        return first[len(SUBJECT_PREFIX) :].strip(), body + "\n"
