"""Regenerates emails.jsonl, labels.jsonl and provenance.jsonl for blind set 411 (standard library only, seed 411).
The items live in the part files p1_..p6_ beside this file; b_common/b_thread/b_item hold the helpers."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import b_common
b_common.RNG.seed(411)
import p1_promise, p2_paid, p3_dispute_doc, p4_bill_wrong_ooo, p5_plan_legal_ack_other, p6_bounce

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = []
    for mod in (p1_promise, p2_paid, p3_dispute_doc, p4_bill_wrong_ooo, p5_plan_legal_ack_other, p6_bounce):
        items += mod.items()
    assert len(items) == 80, len(items)
    random.Random(411).shuffle(items)
    with open(os.path.join(here, "emails.jsonl"), "w", encoding="utf-8") as fe, \
         open(os.path.join(here, "labels.jsonl"), "w", encoding="utf-8") as fl, \
         open(os.path.join(here, "provenance.jsonl"), "w", encoding="utf-8") as fp:
        for n, it in enumerate(items, 1):
            iid = f"hd{n:02d}"
            it["label"]["id"] = iid
            it["prov"]["id"] = iid
            it["prov"]["part_id"] = it["id"]
            fe.write(json.dumps({"id": iid, "eml": it["eml"]}, ensure_ascii=False) + "\n")
            fl.write(json.dumps(it["label"], ensure_ascii=False) + "\n")
            fp.write(json.dumps(it["prov"], ensure_ascii=False) + "\n")
    print("wrote 80 items")

if __name__ == "__main__":
    main()
