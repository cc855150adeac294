"""Sanity check: every message parses with message_from_bytes; print a digest per item."""
import json, email, email.policy, sys
from email.utils import parsedate_to_datetime
labs = {json.loads(l)["id"]: json.loads(l) for l in open("labels.jsonl", encoding="utf-8")}
def body_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain",) and not part.is_multipart():
            try:
                out.append(part.get_content())
            except Exception as e:
                out.append(f"<<{e}>>")
    if not out:
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                out.append(part.get_content())
    return "\n".join(out)
show = sys.argv[1:] 
for line in open("emails.jsonl", encoding="utf-8"):
    d = json.loads(line)
    msg = email.message_from_bytes(d["eml"].encode("utf-8"), policy=email.policy.default)
    dt = parsedate_to_datetime(str(msg["Date"]))
    lab = labs[d["id"]]
    assert "\ufffd" not in body_text(msg), d["id"]
    if show and (lab["note"].split(",")[0][1:] in show or "all" in show):
        print("=" * 100)
        print(d["id"], dt.strftime("%a %Y-%m-%d %H:%M %z"), "|", msg["Subject"], "|", msg["From"])
        print(json.dumps({k: v for k, v in lab.items() if v not in (None, []) and k not in ("id",)}, ensure_ascii=False))
        print("-" * 40)
        print(body_text(msg)[:1800])
print("ok")
