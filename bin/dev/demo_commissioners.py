#!/usr/bin/env python3
"""Writes ejb/src/main/resources/db/demo/V3__demo_commissioners.sql: commissioners of 临江县 (county 2) and
云岭县 (county 3) with assignments, a year of service logs (Dec 2025 – Nov 2026), named varieties and
technologies, satisfaction ratings and open demands. Deterministic (fixed seed); run it again after
changing it, and commit the SQL. Ids stay below 1000, under the sequences' first values."""
import random
from datetime import date, timedelta

rnd = random.Random(20261128)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def resident_id(born, male, seq):
    s = ("350121" if seq % 2 else "350181") + born.strftime("%Y%m%d") + "%02d" % (seq % 100) + str(
        (1 if male else 2) + 2 * rnd.randint(0, 3))
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, W)) % 11]


def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, date):
        return "date '%s'" % v.isoformat()
    return "'" + str(v).replace("'", "''") + "'"


def ts(d, hour=9):
    return "timestamp '%s %02d:00:00'" % (d.isoformat(), hour)


SURNAMES = "林陈黄王李张刘吴郑周徐何罗叶郭蔡许杨"
GIVEN = ["志远", "晓峰", "丽华", "建国", "春燕", "海涛", "玉兰", "文斌", "秀英", "国平", "美玲", "德胜", "小军",
         "慧敏", "永强", "佳怡", "明辉", "淑贞", "振华", "雪梅", "立新", "桂芳", "子健", "红霞", "家乐", "思远"]
EMPLOYERS = [("福建农林大学", "UNIVERSITY"), ("江州市农业科学研究所", "INSTITUTE"), ("江州职业技术学院", "UNIVERSITY"),
             ("省茶叶研究所", "INSTITUTE"), ("临江县农业技术推广站", "AGRICULTURAL_SERVICE"),
             ("临江县林业技术推广中心", "AGRICULTURAL_SERVICE"), ("江州机电工程研究院", "INSTITUTE"),
             ("省果树研究所", "INSTITUTE")]
AGRI_SPECIALTIES = ["茶叶栽培", "果树栽培", "病虫害防治", "土壤肥料", "畜牧养殖", "食用菌", "中药材", "水产养殖", "农产品加工"]
IND_SPECIALTIES = ["机械设计", "自动化控制", "新材料", "电子信息", "质量管理", "知识产权"]
OTHER_SPECIALTIES = ["电子商务", "乡村旅游", "农村金融"]
VARIETIES = ["金观音", "黄金芽", "福云6号", "紫娟", "红阳猕猴桃", "沃柑", "象草", "多花黄精", "金线莲", "赤松茸",
             "中华鲟", "闽优3号"]
TECHNOLOGIES = ["茶园绿色防控", "水肥一体化", "测土配方施肥", "稻鸭共生", "林下套种", "智能温室控制", "病虫害统防统治",
                "设施果蔬栽培", "数控加工工艺改进", "工业废水回用"]
CLERK = {2: "lj.clerk", 3: "yl.clerk"}
VILLAGES = {2: [11, 12, 13, 15, 16, 18, 19], 3: [21, 22, 24, 25, 26, 28, 29]}
ENTERPRISES = {2: [100, 102, 104, 106, 108, 110, 112], 3: [101, 103, 105, 107, 109, 111, 113]}
COOPERATIVES = {2: [118], 3: [117, 119, 135]}

out = ["-- Demo data of the commissioner programme (科技特派员), written by bin/dev/demo_commissioners.py:",
       "-- commissioners of 临江县 and 云岭县, their assignments, a year of service logs (Dec 2025 – Nov 2026)",
       "-- with named varieties and technologies, satisfaction ratings and open demands.", ""]

commissioners, members, specialties = [], [], []
cid = 0
plan = [(2, 26), (3, 8)]
for county, count in plan:
    for n in range(count):
        cid += 1
        male = rnd.random() < 0.7
        name = SURNAMES[cid % len(SURNAMES)] + GIVEN[(cid * 7) % len(GIVEN)]
        field = "AGRICULTURE" if n < count * 0.65 else ("INDUSTRY" if n < count * 0.88 else "OTHER")
        kind = "INDIVIDUAL"
        employer_id = None
        employer, category = EMPLOYERS[cid % len(EMPLOYERS)]
        if field == "INDUSTRY":
            employer, category = ("江州机电工程研究院", "INSTITUTE") if cid % 2 else ("江州职业技术学院", "UNIVERSITY")
        if county == 2 and n == 3:
            kind, name = "TEAM", "省茶产业科技特派团"
        if county == 2 and n == 9:
            kind, name = "TEAM", "市果蔬产业科技特派团"
        if county == 2 and n == 5:
            kind, name, employer_id, employer, category = "LEGAL_PERSON", "江州绿源茶业有限公司", 106, "江州绿源茶业有限公司", "ENTERPRISE"
        level = "CITY" if n % 6 == 1 else ("PROVINCE" if n % 11 == 2 else "COUNTY")
        posted = date(2023 + (n % 4 if n % 4 < 3 else 3), 1 + (n * 5) % 11, 1 + n % 27)
        if posted > date(2026, 11, 1):
            posted = date(2026, 3, 1)
        title = ["SENIOR", "ASSOCIATE_SENIOR", "INTERMEDIATE", "JUNIOR"][(cid * 3) % 4]
        born = date(1965 + cid % 25, 1 + cid % 12, 1 + (cid * 3) % 28)
        person = kind != "LEGAL_PERSON"
        rid = resident_id(born, male, cid) if person else None
        gender = ("MALE" if int(rid[16]) % 2 else "FEMALE") if person else None
        phone = "13%d%08d" % (5 + cid % 5, 10000000 + cid * 7919 % 89999999) if person else "0591-8%07d" % cid
        pool = AGRI_SPECIALTIES if field == "AGRICULTURE" else IND_SPECIALTIES if field == "INDUSTRY" else OTHER_SPECIALTIES
        picks = rnd.sample(pool, 2)
        for pos, s in enumerate(picks):
            specialties.append((cid, pos, s))
        if kind == "TEAM":
            for pos in range(3):
                members.append((cid, pos, SURNAMES[(cid + pos + 3) % len(SURNAMES)] + GIVEN[(cid + pos * 5) % len(GIVEN)],
                                ["SENIOR", "ASSOCIATE_SENIOR", "INTERMEDIATE"][pos], rnd.choice(pool)))
        commissioners.append(dict(id=cid, county=county, name=name, gender=gender, rid=rid, phone=phone,
                                  employer_id=employer_id, employer=employer, category=category, title=title,
                                  kind=kind, field=field, level=level, posted=posted, n=n))

out.append("insert into commissioner (id, version, county_id, name, gender, resident_id, phone, employer_id, employer_name,"
           " employer_category, title, kind, service_field, dispatch_level, posted_on, status, ended_on, created_at,"
           " updated_at) values")
rows = []
for c in commissioners:
    rows.append("    (%d, 1, %d, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, 'ACTIVE', null, %s, %s)" % (
        c["id"], c["county"], q(c["name"]), q(c["gender"]), q(c["rid"]), q(c["phone"]), q(c["employer_id"]),
        q(c["employer"]), q(c["category"]), q(c["title"]), q(c["kind"]), q(c["field"]), q(c["level"]),
        q(c["posted"]), ts(c["posted"]), ts(c["posted"])))
out.append(",\n".join(rows) + ";\n")
out.append("insert into commissioner_specialty (commissioner_id, position, specialty) values")
out.append(",\n".join("    (%d, %d, %s)" % (a, b, q(s)) for a, b, s in specialties) + ";\n")
out.append("insert into commissioner_member (commissioner_id, position, name, title, specialty) values")
out.append(",\n".join("    (%d, %d, %s, %s, %s)" % (a, b, q(n), q(t), q(s)) for a, b, n, t, s in members) + ";\n")

# assignments: each commissioner one or two targets of its county
assignments = []
aid = 0
for c in commissioners:
    county = c["county"]
    targets = []
    if c["field"] == "INDUSTRY":
        targets.append(("ENTERPRISE", ENTERPRISES[county][c["n"] % 7]))
    elif c["field"] == "OTHER":
        targets.append(("VILLAGE", VILLAGES[county][c["n"] % 7]))
    else:
        targets.append(("VILLAGE", VILLAGES[county][c["n"] % 7]))
        if c["n"] % 3 == 0:
            coop = COOPERATIVES[county][c["n"] % len(COOPERATIVES[county])]
            targets.append(("COOPERATIVE", coop))
    for i, (kind, target) in enumerate(targets):
        aid += 1
        start = date(2025, 12, 1) if c["posted"] < date(2025, 12, 1) else c["posted"]
        end = date(2026, 12, 15) if (aid % 5 == 0) else date(2027, 11, 30)
        confirmed = aid % 7 != 3
        assignments.append(dict(id=aid, c=c, kind=kind, target=target, start=start, end=end,
                                cc=start + timedelta(days=3) if confirmed or aid % 2 else None,
                                tc=start + timedelta(days=5) if confirmed else None))

out.append("insert into assignment (id, version, commissioner_id, county_id, target_kind, village_id, organisation_id,"
           " target_key, start_date, end_date, goals, commissioner_confirmed_on, target_confirmed_on, status, ended_on,"
           " end_reason, created_at, updated_at) values")
GOALS = {"VILLAGE": "围绕村主导产业开展技术指导和培训，引进推广新品种新技术，带动农户增收",
         "COOPERATIVE": "帮助合作社建设标准化生产基地，推广绿色生产技术，提升产品品质和品牌",
         "ENTERPRISE": "协助企业解决生产工艺和技术改造难题，开展产学研合作和专利申请"}
rows = []
for a in assignments:
    village = a["target"] if a["kind"] == "VILLAGE" else None
    org = a["target"] if a["kind"] != "VILLAGE" else None
    key = ("V:%d" if village else "O:%d") % a["target"]
    rows.append("    (%d, 1, %d, %d, %s, %s, %s, %s, %s, %s, %s, %s, %s, 'ACTIVE', null, null, %s, %s)" % (
        a["id"], a["c"]["id"], a["c"]["county"], q(a["kind"]), q(village), q(org), q(key), q(a["start"]), q(a["end"]),
        q(GOALS[a["kind"]]), q(a["cc"]), q(a["tc"]), ts(a["start"]), ts(a["start"])))
out.append(",\n".join(rows) + ";\n")

# logs: a year of service; a few commissioners fall short of the quota, recent logs await review
innovations = {}
inn_rows = []
iid = 0
for county in (2, 3):
    for kind, names in (("VARIETY", VARIETIES), ("TECHNOLOGY", TECHNOLOGIES)):
        for name in names:
            iid += 1
            innovations[(county, kind, name)] = iid
            inn_rows.append("    (%d, %d, %s, %s)" % (iid, county, q(kind), q(name)))

logs, intros = [], []
lid = 0
intro_id = 0
SUMMARY = {"ON_SITE_GUIDANCE": "深入田间地头开展现场技术指导，解决生产中遇到的技术问题",
           "TRAINING": "组织开展实用技术培训，现场讲解并示范操作要点",
           "VARIETY_INTRODUCTION": "引进新品种开展试种示范，指导育苗和栽培管理",
           "TECHNOLOGY_PROMOTION": "推广新技术，建立示范点，指导农户和企业应用",
           "COOPERATION_AGREEMENT": "促成服务对象与科研院所签订技术合作协议",
           "PATENT_SUPPORT": "指导服务对象申请专利，完善技术资料",
           "VENTURE_CREATION": "帮助创办经营实体，指导制定经营计划"}
for a in assignments:
    c = a["c"]
    short = c["id"] % 6 == 4  # these fall short of the quota
    visits = rnd.randint(4, 8) if short else rnd.randint(9, 17)
    if c["county"] == 3:
        visits = max(3, visits // 2)
    days = sorted(rnd.sample(range(0, 360), visits))
    for d in days:
        day = date(2025, 12, 1) + timedelta(days=d)
        if day < a["start"] or day > date(2026, 11, 27):
            continue
        lid += 1
        if a["kind"] == "ENTERPRISE":
            kind = rnd.choice(["ON_SITE_GUIDANCE", "ON_SITE_GUIDANCE", "TECHNOLOGY_PROMOTION", "COOPERATION_AGREEMENT",
                               "PATENT_SUPPORT", "TRAINING"])
        else:
            kind = rnd.choice(["ON_SITE_GUIDANCE", "ON_SITE_GUIDANCE", "TRAINING", "TRAINING", "VARIETY_INTRODUCTION",
                               "TECHNOLOGY_PROMOTION", "VENTURE_CREATION"])
        people = rnd.randint(20, 120) if kind == "TRAINING" else 0
        spent = rnd.choice(["1.0", "1.0", "1.5", "2.0", "0.5", "3.0"])
        bases = 1 if kind in ("VARIETY_INTRODUCTION", "TECHNOLOGY_PROMOTION") and rnd.random() < 0.4 else 0
        income = "%.2f" % (rnd.randint(0, 3000) / 100) if kind != "TRAINING" else "0"
        recent = day > date(2026, 11, 10)
        status = "SUBMITTED" if recent else ("REJECTED" if lid % 37 == 0 else "APPROVED")
        reviewed = None if status == "SUBMITTED" else day + timedelta(days=3)
        logs.append("    (%d, 1, %d, %d, %d, %s, %s, %s, %s, %s, %d, %d, %s, %s, %s, %s, %s, %s, %s, %s)" % (
            lid, a["id"], c["id"], c["county"], q(a["kind"]), q(("V:%d" if a["kind"] == "VILLAGE" else "O:%d") % a["target"]),
            q(day), q(kind), spent, people, bases, income, q(SUMMARY[kind]), q(status),
            q(CLERK[c["county"]]), ts(day + timedelta(days=1), 17), q(None if reviewed is None else "leader"),
            "null" if reviewed is None else ts(reviewed, 10),
            q("缺少服务对象盖章确认，请补充后重新提交" if status == "REJECTED" else None)))
        items = []
        if kind == "VARIETY_INTRODUCTION":
            items.append(("VARIETY", rnd.choice(VARIETIES[:6] if c["n"] % 2 else VARIETIES[5:])))
        if kind == "TECHNOLOGY_PROMOTION":
            pool = TECHNOLOGIES[8:] if a["kind"] == "ENTERPRISE" else TECHNOLOGIES[:8]
            items.append(("TECHNOLOGY", rnd.choice(pool)))
        for ikind, name in items:
            intro_id += 1
            adopted = status == "APPROVED" and rnd.random() < 0.5
            intros.append("    (%d, %d, %d, %s, %s, %s, %s)" % (
                intro_id, lid, innovations[(c["county"], ikind, name)],
                "%.2f" % rnd.randint(20, 300) if adopted else "null", rnd.randint(5, 60) if adopted else "null",
                "%.2f" % (rnd.randint(100, 5000) / 100) if adopted else "null",
                q(day + timedelta(days=60)) if adopted else "null"))

assert lid < 1000 and intro_id < 1000, (lid, intro_id)
out.append("insert into innovation (id, county_id, kind, name) values")
out.append(",\n".join(inn_rows) + ";\n")
out.append("insert into service_log (id, version, assignment_id, commissioner_id, county_id, target_kind, target_key,"
           " service_date, kind, days, people_trained, demonstration_bases, income, summary, status, submitted_by,"
           " submitted_at, reviewed_by, reviewed_at, rejection_reason) values")
out.append(",\n".join(logs) + ";\n")
out.append("insert into introduction (id, log_id, innovation_id, adopted_area, adopted_households, adoption_income,"
           " adoption_recorded_on) values")
out.append(",\n".join(intros) + ";\n")

ratings = []
for a in assignments:
    if a["id"] % 3 != 0:
        ratings.append("    (%d, 1, %d, 2026, %d, %s, %s)" % (a["id"], a["id"], rnd.randint(78, 100), q(CLERK[a["c"]["county"]]),
                                                                    ts(date(2026, 11, 20))))
out.append("insert into satisfaction_rating (id, version, assignment_id, rating_year, score, rated_by, rated_at) values")
out.append(",\n".join(ratings) + ";\n")

out.append("insert into demand (id, version, county_id, target_kind, village_id, organisation_id, target_key,"
           " service_field, problem, posted_on, status, assignment_id, updated_at) values")
out.append(",\n".join([
    "    (1, 1, 2, 'VILLAGE', 13, null, 'V:13', 'AGRICULTURE', '村里新发展猕猴桃种植 200 亩，急需果树栽培和病虫害防治技术指导', date '2026-11-02', 'OPEN', null, timestamp '2026-11-02 10:00:00')",
    "    (2, 1, 2, 'ENTERPRISE', null, 110, 'O:110', 'INDUSTRY', '新材料生产线良品率偏低，希望有自动化控制方面的专家帮助改进工艺', date '2026-11-12', 'OPEN', null, timestamp '2026-11-12 10:00:00')",
    "    (3, 1, 2, 'COOPERATIVE', null, 118, 'O:118', 'AGRICULTURE', '合作社计划扩种多花黄精，需要中药材林下套种技术', date '2026-10-20', 'OPEN', null, timestamp '2026-10-20 10:00:00')",
    "    (4, 1, 3, 'VILLAGE', 25, null, 'V:25', 'AGRICULTURE', '竹林村茶园老化，希望引进新品种进行改植换种', date '2026-11-05', 'OPEN', null, timestamp '2026-11-05 10:00:00')",
]) + ";\n")

import pathlib
target = pathlib.Path(__file__).resolve().parents[2] / "ejb/src/main/resources/db/demo/V3__demo_commissioners.sql"
target.write_text("\n".join(out), encoding="utf-8")
print(target, "commissioners", len(commissioners), "assignments", len(assignments), "logs", lid, "introductions", intro_id)
