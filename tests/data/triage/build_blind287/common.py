import calendar, re
from datetime import date, timedelta, datetime
def rule_apply(today, rule):
    k, _, a = rule.partition(':')
    if k == 'abs': return date.fromisoformat(a)
    if k == 'plus': return today + timedelta(int(a))
    if k == 'tom': return today + timedelta(1)
    if k == 'yest': return today - timedelta(1)
    if k == 'today': return today
    if k == 'wd': return today + timedelta((int(a) - today.weekday()) % 7)
    if k == 'nwd': return today + timedelta(7 - today.weekday() + int(a))
    if k == 'eom': return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if k == 'eonm':
        m = int(a); y = today.year + (1 if m < today.month else 0)
        return date(y, m, calendar.monthrange(y, m)[1])
    if k == 'week': return today + timedelta(4 - today.weekday())
    if k == 'kw': return date.fromisocalendar(today.year, int(a), 5)
    if k == 'by':
        d = int(a)
        if today.day <= d: return today.replace(day=d)
        y, m = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, m, d)
    raise ValueError(rule)
