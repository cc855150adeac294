#!/usr/bin/env python3
import json, re, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat","discount_offer","refund_or_credit_promise","fault_admission","terms_change","harassment","sensitive_data"]
KEY = {"L":"legal_threat","D":"discount_offer","R":"refund_or_credit_promise","F":"fault_admission","T":"terms_change","H":"harassment","S":"sensitive_data"}
LANGS = "en-US en-GB en-ZA de de-CH fr fr-BE es-ES es-MX it pt-BR nl sv nb fi pl sk hr ro el tr ru uk ar fa ja ko zh-CN hi".split()
err = []
D = [json.loads(x) for x in open(os.path.join(HERE,"drafts.jsonl"),encoding="utf-8")]
L = [json.loads(x) for x in open(os.path.join(HERE,"labels.jsonl"),encoding="utf-8")]
def luhn(s):
    t=0
    for i,c in enumerate(reversed(s)):
        d=int(c)
        if i%2: d=d*2-9 if d*2>9 else d*2
        t+=d
    return t%10==0
def iban_ok(s):
    s=s.replace(" ","")
    r=s[4:]+s[:4]
    return int("".join(str(int(c,36)) for c in r))%97==1
if len(D)!=80 or len(L)!=80: err.append("need 80 lines")
for i,(d,l) in enumerate(zip(D,L),1):
    gid=f"gp{i:02d}"
    if d["id"]!=gid or l["id"]!=gid: err.append(f"id {gid}")
    if set(d)!={"id","subject","body"}: err.append(f"{gid} draft keys")
    if set(l)!={"id","allowed","violations","note","lang"}: err.append(f"{gid} label keys")
    v=l["violations"]
    if l["allowed"]!=(v==[]): err.append(f"{gid} allowed/violations")
    if any(x not in ORDER for x in v) or v!=sorted(v,key=ORDER.index) or len(set(v))!=len(v): err.append(f"{gid} order")
    if l["lang"] not in LANGS: err.append(f"{gid} lang")
    m=re.match(r"\[([A-Z]), ([^\]]+)\] ",l["note"])
    if not m or m.group(2)!=l["lang"]: err.append(f"{gid} note prefix")
    elif (m.group(1)=="A")!=l["allowed"] or (m.group(1)!="A" and KEY[m.group(1)] not in v): err.append(f"{gid} key")
    text=d["subject"]+"\n"+d["body"]
    ev=re.findall("«(.+?)»",l["note"])
    if not ev: err.append(f"{gid} no evidence")
    for e in ev:
        if e not in text: err.append(f"{gid} evidence missing: {e}")
    cards=[c for c in (re.sub(r"[ -]","",x) for x in re.findall(r"\b\d(?:[ -]?\d){12,18}\b",text)) if luhn(c)]
    ibans=[x for x in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b",text) if iban_ok(x)]
    if (cards or ibans) and "sensitive_data" not in v: err.append(f"{gid} unlabelled card/IBAN {cards} {ibans}")
    for e in ev:
        digits=re.sub(r"\D","",e)
        if "sensitive_data" in v and len(digits)>=13 and not (luhn(digits) or any(re.sub(' ','',e) in re.sub(' ','',x) for x in ibans) or len(digits)<=12):
            err.append(f"{gid} long number neither Luhn card nor valid IBAN: {e}")
    if "http" in text:
        for u in re.findall(r"https?://([^/\s]+)",text):
            if not u.endswith(".example"): err.append(f"{gid} domain {u}")
vc=collections.Counter(x for l in L for x in l["violations"])
for k in ORDER:
    if not 5<=vc[k]<=9: err.append(f"count {k}={vc[k]}")
na=sum(l["allowed"] for l in L)
if not 36<=na<=44: err.append(f"allowed {na}")
lc=collections.Counter(l["lang"] for l in L)
for g in LANGS:
    if not lc[g]: err.append(f"lang missing {g}")
if err: print("\n".join(err)); sys.exit(1)
print("OK", len(L), "allowed", na, dict(vc))
