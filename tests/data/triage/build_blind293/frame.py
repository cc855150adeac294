# shared framework for build.py (stdlib only)
import base64, calendar, quopri, random, json
from datetime import date, datetime, timedelta
from email.header import Header
from email.utils import format_datetime

WD = {"mon":0,"tue":1,"wed":2,"thu":3,"fri":4,"sat":5,"sun":6}
VENDORS = [
    ("Brightwave AV Rentals", "brightwave-av.example"),
    ("Lumenrig Stage Lighting", "lumenrig.example"),
    ("Halcyon Event Technik", "halcyon-events.example"),
    ("Polestar Audio & Light", "polestar-al.example"),
]

def resolve(today, rule):
    k = rule[0]
    if k == "tomorrow": return today + timedelta(1)
    if k == "yesterday": return today - timedelta(1)
    if k == "dayafter": return today + timedelta(2)
    if k == "this": return today + timedelta((WD[rule[1]] - today.weekday()) % 7)
    if k == "last":  # most recent past weekday (strictly before today)
        d = (today.weekday() - WD[rule[1]]) % 7 or 7
        return today - timedelta(d)
    if k == "next": return today + timedelta(7 - today.weekday() + WD[rule[1]])
    if k == "eom": return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == "minus": return today - timedelta(rule[1])
    if k == "plus": return today + timedelta(rule[1])
    if k == "by":
        day = rule[1]
        if today.day <= day: return today.replace(day=day)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, day)
    if k == "week": return today + timedelta(4 - today.weekday())
    if k == "kw": return date.fromisocalendar(today.year, rule[1], 5)
    if k == "firstweek": return date(today.year, rule[1], 7)
    if k == "eonm": return date(today.year, rule[1], calendar.monthrange(today.year, rule[1])[1])
    if k == "abs": return date.fromisoformat(rule[1])
    raise ValueError(rule)

def rule_str(rule):
    return ":".join(str(x) for x in rule)

def parse_rule(s):
    p = s.split(":")
    return tuple([p[0]] + [int(x) if x.isdigit() else x for x in p[1:]])
