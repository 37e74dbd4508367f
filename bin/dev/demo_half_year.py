#!/usr/bin/env python3
"""Writes ejb/src/main/resources/db/demo/V4__demo_first_half_year.sql: the first half of 2026 in 临江县
(county 2) as the seed paragraph of the half-year summary reads it, on top of V3 (bin/dev/demo_commissioners.py):

  "农业科技特派员由14名增加到了23名(市派4名)；新增工业企业科技特派员5名，联系企业5个" and 54 commissioners
  serving in the county on 30 June 2026,

plus the service of the same half of 2025 (earlier assignments, approved logs) so that 同比 has something to
compare with. Deterministic (fixed seed); run it again after changing it and commit the SQL; it checks the
figures against V3's commissioners and stops when they do not come out. Ids stay below 1000, under the
sequences' first values (V3 uses commissioners 1–34, assignments, logs and introductions below 400)."""
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

rnd = random.Random(20260630)
ROOT = Path(__file__).resolve().parents[2]
V3 = ROOT / "ejb/src/main/resources/db/demo/V3__demo_commissioners.sql"
OUT = ROOT / "ejb/src/main/resources/db/demo/V4__demo_first_half_year.sql"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
COUNTY = 2
H1_FROM, H1_TO = date(2026, 1, 1), date(2026, 6, 30)


def resident_id(born, male, seq):
    s = ("350121" if seq % 2 else "350181") + born.strftime("%Y%m%d") + "%03d" % (500 + seq % 400)
    s = s[:14] + "%02d" % (seq % 100) + str((1 if male else 2) + 2 * rnd.randint(0, 3))
    s = s[:17]
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, W)) % 11]


def q(v):
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, date):
        return "date '%s'" % v.isoformat()
    return "'" + str(v).replace("'", "''") + "'"


def ts(d, hour=9):
    return "timestamp '%s %02d:00:00'" % (d.isoformat(), hour)


SURNAMES = "林陈黄王李张刘吴郑周徐何罗叶郭蔡许杨江苏潘邱"
GIVEN = ["宏伟", "雅琴", "俊杰", "秋菊", "宇航", "凤英", "振宇", "晓燕", "金山", "丽娟", "博文", "春花", "国栋",
         "婷婷", "海燕", "伟民", "秀兰", "建平", "梦瑶", "锦程", "文华", "玉梅", "志强", "晨曦", "嘉豪", "红梅",
         "立群", "雨萱", "成林", "素芳"]
VILLAGES = [11, 12, 13, 15, 16, 18, 19]

# (field, level, posted_on, ended_on, employer, category, title, enterprise for the assignment)
plan = [("AGRICULTURE", "COUNTY", date(2025, 8, 18), None, "临江县农业技术推广站", "AGRICULTURAL_SERVICE", "INTERMEDIATE", None)]
plan += [("AGRICULTURE", level, day, None, employer, category, title, None) for level, day, employer, category, title in [
    ("COUNTY", date(2026, 2, 9), "福建农林大学", "UNIVERSITY", "ASSOCIATE_SENIOR"),
    ("COUNTY", date(2026, 3, 2), "省果树研究所", "INSTITUTE", "INTERMEDIATE"),
    ("CITY", date(2026, 3, 16), "江州市农业科学研究所", "INSTITUTE", "SENIOR"),
    ("PROVINCE", date(2026, 4, 7), "省茶叶研究所", "INSTITUTE", "SENIOR"),
    ("COUNTY", date(2026, 5, 11), "临江县林业技术推广中心", "AGRICULTURAL_SERVICE", "JUNIOR"),
    ("COUNTY", date(2026, 6, 8), "江州职业技术学院", "UNIVERSITY", "INTERMEDIATE")]]
plan += [("INDUSTRY", "COUNTY", day, None, employer, "INSTITUTE" if "研究" in employer else "UNIVERSITY", title, firm)
         for day, employer, title, firm in [
    (date(2026, 1, 19), "江州机电工程研究院", "SENIOR", 124),
    (date(2026, 2, 23), "江州职业技术学院", "INTERMEDIATE", 128),
    (date(2026, 3, 23), "江州机电工程研究院", "ASSOCIATE_SENIOR", 130),
    (date(2026, 4, 20), "福建农林大学", "INTERMEDIATE", 126),
    (date(2026, 5, 25), "江州机电工程研究院", "SENIOR", 114)]]
plan += [("INDUSTRY", "CITY" if i % 4 == 0 else "COUNTY", date(2023, 3, 6) + timedelta(days=97 * i), None,
          "江州机电工程研究院" if i % 2 else "江州职业技术学院", "INSTITUTE" if i % 2 else "UNIVERSITY",
          ["JUNIOR", "INTERMEDIATE", "ASSOCIATE_SENIOR", "SENIOR"][i % 4], [100, 102, 104, 110, 112][i % 5])
         for i in range(10)]
plan += [("OTHER", "COUNTY" if i % 3 else "CITY", date(2023, 5, 15) + timedelta(days=113 * i),
          date(2026, 4, 30) if i == 0 else None, ["江州职业技术学院", "福建农林大学"][i % 2], "UNIVERSITY",
          ["INTERMEDIATE", "JUNIOR", "SENIOR"][i % 3], None) for i in range(9)]

# V3's commissioners of the county: (id, field, level, posted, ended)
v3 = []
for m in re.finditer(r"\((\d+), 1, (\d+), '[^']*', [^)]*?'(AGRICULTURE|INDUSTRY|OTHER)', '(COUNTY|CITY|PROVINCE)', "
                     r"date '([\d-]+)', '(\w+)', (null|date '[\d-]+')", V3.read_text()):
    if int(m.group(2)) == COUNTY:
        ended = None if m.group(7) == "null" else date.fromisoformat(m.group(7)[6:16])
        v3.append((int(m.group(1)), m.group(3), m.group(4), date.fromisoformat(m.group(5)), ended))

out = ["-- Demo data: the first half of 2026 in 临江县, written by bin/dev/demo_half_year.py on top of V3. The",
       "-- statistics of 2026-01-01 – 2026-06-30 for 临江县 read: agricultural commissioners 14 → 23 (4 of them",
       "-- posted by the city, 市派), 5 new industrial commissioners linked to 5 enterprises, 54 commissioners",
       "-- serving on 30 June; the first half of 2025 has service to compare with (同比).", ""]

rows, people = [], []
cid = 100
for n, (field, level, posted, ended, employer, category, title, firm) in enumerate(plan):
    cid += 1
    male = rnd.random() < 0.6
    born = date(1968 + n % 24, 1 + n % 12, 1 + n % 27)
    name = SURNAMES[n % len(SURNAMES)] + GIVEN[n % len(GIVEN)]
    rows.append("(%d, 1, %d, %s, %s, %s, %s, null, %s, %s, %s, 'INDIVIDUAL', %s, %s, %s, %s, %s, %s, %s)" % (
        cid, COUNTY, q(name), q("MALE" if male else "FEMALE"), q(resident_id(born, male, cid)),
        q("139%08d" % (20260000 + cid * 37)), q(employer), q(category), q(title), q(field), q(level), q(posted),
        q("ENDED" if ended else "ACTIVE"), q(ended), ts(posted), ts(ended or posted)))
    people.append((cid, field, level, posted, ended, firm))
out.append("insert into commissioner (id, version, county_id, name, gender, resident_id, phone, employer_id, "
           "employer_name, employer_category, title, kind, service_field, dispatch_level, posted_on, status, "
           "ended_on, created_at, updated_at) values")
out.append(",\n".join("    " + r for r in rows) + ";")
out.append("")
specialty = {"AGRICULTURE": ["果树栽培", "茶叶栽培", "病虫害防治", "食用菌"], "INDUSTRY": ["机械设计", "自动化控制",
             "新材料", "质量管理"], "OTHER": ["电子商务", "乡村旅游", "农村金融"]}
out.append("insert into commissioner_specialty (commissioner_id, position, specialty) values")
out.append(",\n".join("    (%d, 0, %s)" % (c, q(specialty[f][c % len(specialty[f])])) for c, f, *_ in people) + ";")
out.append("")

# assignments: a village for the agricultural and other ones, the enterprise for the industrial ones; for
# V3's commissioners posted before 2025 an earlier assignment over 2024-12 – 2025-11 (ended) with logs in H1 2025
assignments, logs, introductions = [], [], []
aid, lid, iid = 400, 400, 400


def assignment(commissioner, kind, target, start, end, status, ended_on=None):
    global aid
    aid += 1
    village = target if kind == "VILLAGE" else None
    organisation = None if kind == "VILLAGE" else target
    key = ("V:%d" if kind == "VILLAGE" else "O:%d") % target
    goals = ("帮助企业解决生产技术难题，开展技术攻关和人才培训" if kind == "ENTERPRISE"
             else "围绕村主导产业开展技术指导和培训，引进推广新品种新技术，带动农户增收")
    assignments.append("(%d, 1, %d, %d, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, null, %s, %s)" % (
        aid, commissioner, COUNTY, q(kind), q(village), q(organisation), q(key), q(start), q(end), q(goals),
        q(start + timedelta(days=3)), q(start + timedelta(days=5)), q(status), q(ended_on), ts(start), ts(start)))
    return aid, kind, key


def log(a, commissioner, day, kind, days, trained, income, summary, items=()):
    global lid, iid
    lid += 1
    assignment_id, target_kind, key = a
    logs.append("(%d, 1, %d, %d, %d, %s, %s, %s, %s, %s, %d, 0, %s, %s, 'APPROVED', 'lj.clerk', %s, 'leader', %s, null)" % (
        lid, assignment_id, commissioner, COUNTY, q(target_kind), q(key), q(day), q(kind), days, trained, income,
        q(summary), ts(day + timedelta(days=1), 10), ts(day + timedelta(days=3), 15)))
    for item in items:
        iid += 1
        introductions.append("(%d, %d, %d, null, null, null, null)" % (iid, lid, item))


end_of_h1_days = []
for n, (c, field, level, posted, ended, firm) in enumerate(people):
    start = posted + timedelta(days=7)
    if field == "INDUSTRY":
        a = assignment(c, "ENTERPRISE", firm, start, date(start.year + 2, start.month, 1) - timedelta(days=1), "ACTIVE")
    else:
        a = assignment(c, "VILLAGE", VILLAGES[n % len(VILLAGES)], start,
                       date(start.year + 2, start.month, 1) - timedelta(days=1), "ENDED" if ended else "ACTIVE",
                       ended)
    if H1_FROM <= posted <= H1_TO:
        first = start + timedelta(days=5)
        if field == "AGRICULTURE":
            log(a, c, first, "ON_SITE_GUIDANCE", 1, 0, 0, "到村查看产业基地，了解种植户技术需求，制定服务计划")
            log(a, c, first + timedelta(days=9), "TRAINING", 0.5, 30 + (c * 7) % 35, 0,
                "举办种植技术培训班，讲解标准化栽培和病虫害绿色防控要点")
            if n % 2:
                log(a, c, min(first + timedelta(days=16), H1_TO), "VARIETY_INTRODUCTION", 1, 0, "1.2000",
                    "引进优质新品种开展示范种植", items=(1 + n % 12,))
        else:
            log(a, c, first, "ON_SITE_GUIDANCE", 1, 0, 0, "深入企业车间调研生产工艺，梳理技术难题清单")
            log(a, c, first + timedelta(days=10), "TRAINING", 1, 12 + c % 10, 0, "为企业技术骨干开展数控加工与质量管理培训")
            log(a, c, min(first + timedelta(days=20), H1_TO), "TECHNOLOGY_PROMOTION", 1, 0, "3.5000",
                "推广加工工艺改进方案，降低废品率", items=(21 if n % 2 else 22,))

# the same half of 2025: V3's commissioners posted before 2025 and ours posted before 2025
earlier = [(c, f) for c, f, lv, posted, ended in v3 if posted < date(2025, 1, 1) and ended is None]
earlier += [(c, f) for c, f, lv, posted, ended, firm in people if posted < date(2025, 1, 1)]
for n, (c, field) in enumerate(earlier):
    if field == "INDUSTRY":
        a = assignment(c, "ENTERPRISE", [100, 102, 104, 110, 112][n % 5], date(2024, 12, 1), date(2025, 11, 30),
                       "ENDED", date(2025, 11, 30))
    else:
        a = assignment(c, "VILLAGE", VILLAGES[n % len(VILLAGES)], date(2024, 12, 1), date(2025, 11, 30), "ENDED",
                       date(2025, 11, 30))
    day = date(2025, 1, 8) + timedelta(days=(n * 5) % 40)
    log(a, c, day, "ON_SITE_GUIDANCE", 1, 0, 0, "开展春季生产技术指导")
    if n % 3 != 2:
        log(a, c, day + timedelta(days=60), "TRAINING", 0.5, (25 if field == "AGRICULTURE" else 10) + n % 20, 0,
            "举办实用技术培训")
    if n % 4 == 0:
        log(a, c, day + timedelta(days=100), "VARIETY_INTRODUCTION" if field == "AGRICULTURE" else "TECHNOLOGY_PROMOTION",
            1, 0, "0.8000", "引进推广新品种新技术", items=((1 + n % 12) if field == "AGRICULTURE" else 21,))

out.append("insert into assignment (id, version, commissioner_id, county_id, target_kind, village_id, organisation_id, "
           "target_key, start_date, end_date, goals, commissioner_confirmed_on, target_confirmed_on, status, ended_on, "
           "end_reason, created_at, updated_at) values")
out.append(",\n".join("    " + r for r in assignments) + ";")
out.append("")
out.append("insert into service_log (id, version, assignment_id, commissioner_id, county_id, target_kind, target_key, "
           "service_date, kind, days, people_trained, demonstration_bases, income, summary, status, submitted_by, "
           "submitted_at, reviewed_by, reviewed_at, rejection_reason) values")
out.append(",\n".join("    " + r for r in logs) + ";")
out.append("")
out.append("insert into introduction (id, log_id, innovation_id, adopted_area, adopted_households, adoption_income, "
           "adoption_recorded_on) values")
out.append(",\n".join("    " + r for r in introductions) + ";")
out.append("")


# check the seed paragraph's figures
def serving(day, rows, field=None, level=None):
    return sum(1 for _, f, lv, posted, ended in rows if posted <= day and (ended is None or ended >= day)
               and (field is None or f == field) and (level is None or lv == level))


everyone = v3 + [(c, f, lv, posted, ended) for c, f, lv, posted, ended, _ in people]
figures = {
    "agricultural at start": serving(H1_FROM, everyone, "AGRICULTURE"),
    "agricultural at end": serving(H1_TO, everyone, "AGRICULTURE"),
    "city-posted agricultural at end": serving(H1_TO, everyone, "AGRICULTURE", "CITY"),
    "new industrial": sum(1 for _, f, _, posted, _ in everyone if f == "INDUSTRY" and H1_FROM <= posted <= H1_TO),
    "serving at end": serving(H1_TO, everyone),
}
expected = {"agricultural at start": 14, "agricultural at end": 23, "city-posted agricultural at end": 4,
            "new industrial": 5, "serving at end": 54}
print(figures)
if figures != expected or len(v3) != 26:
    sys.exit("the figures do not come out: %s (V3 commissioners of the county: %d)" % (figures, len(v3)))
OUT.write_text("\n".join(out))
print("wrote", OUT)
