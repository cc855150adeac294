#!/usr/bin/env python3
"""Regenerates the blind guard set 386 (standard library only, seed 386).

Parts beside this file:
  build_common.py      helpers, seeded sensitive numbers, the D() record
  build_part_a.py      ja, ko, zh-Hans drafts
  build_part_b.py      zh-Hant, vi, th drafts
  build_part_c.py      id, ms, hi drafts
  build_part_d.py      tl, en-SG, en-IN drafts
  build_part_check.py  source of check.py
  build_part_readme.py README.md writer
Outputs: drafts.jsonl, labels.jsonl, facts.jsonl, check.py, README.md
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import build_common as C  # noqa: E402  (seeds the RNG and draws the numbers first)
import build_part_a, build_part_b, build_part_c, build_part_d  # noqa: E402
import build_part_check, build_part_readme  # noqa: E402


def key_of(v):
    return "+".join(C.ABBR[x] for x in v) if v else "OK"


def main():
    drafts = build_part_a.DRAFTS + build_part_b.DRAFTS + build_part_c.DRAFTS + build_part_d.DRAFTS
    for d in drafts:
        assert d["v"] == sorted(d["v"], key=C.ORDER.index), d["subject"]
        assert set(d["trig"]) == set(d["v"]), d["subject"]
        assert not (d["subtle"] and not d["v"]), d["subject"]
    C.RNG.shuffle(drafts)                       # interleave languages and labels, seed 386

    rows_d, rows_l, rows_f = [], [], []
    for i, d in enumerate(drafts, 1):
        gid = "gm%02d" % i
        note = "[%s, %s] " % (key_of(d["v"]), d["lang"])
        if d["subtle"]:
            note += "Subtle. "
        note += d["why"]
        if d["trig"]:
            note += " Trigger " + "; ".join("%s: «%s»" % (C.ABBR[v], d["trig"][v]) for v in d["v"]) + "."
        rows_d.append({"id": gid, "subject": d["subject"], "body": d["body"]})
        rows_l.append({"id": gid, "allowed": not d["v"], "violations": list(d["v"]), "note": note, "lang": d["lang"]})
        rows_f.append({"id": gid, "subtle": d["subtle"],
                       "triggers": {v: d["trig"][v] for v in d["v"]},
                       "numbers": [{"kind": k, "text": t} for k, t in d["nums"]]})

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("drafts.jsonl", rows_d)
    dump("labels.jsonl", rows_l)
    dump("facts.jsonl", rows_f)
    with open(os.path.join(HERE, "check.py"), "w", encoding="utf-8") as f:
        f.write(build_part_check.CHECK_SRC)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(build_part_readme.render(rows_l, rows_f))
    print("wrote %d drafts" % len(rows_d))


if __name__ == "__main__":
    main()
