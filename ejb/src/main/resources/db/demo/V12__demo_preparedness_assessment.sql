-- Demo data of the township assessment (乡镇防震减灾工作考核) of 2026 in 临江县: the year's criteria set (the
-- standard one: organisation 20, publicity 25 pre-filled from the approved events (full at 4), drills 20
-- pre-filled from the drills (full at 2), 三网一员 20 and model schools 15 by hand; bands 90 / 60), 城关镇 scored
-- in full (93, 优秀, awaiting the leader's confirmation), 青石镇 confirmed (66, 达标) and 白沙乡 partly scored. The
-- pre-filled scores are those V9's approved events earn: 城关镇 2 events, 1 drill; 青石镇 1 event; 白沙乡 none.
-- Ids 680000–689999. Loaded only when workbench.demo-data=true.

insert into prep_assess_scheme (id, version, assess_year, excellent_from, pass_from, updated_by, updated_at) values
    (680000, 1, 2026, 90, 60, 'admin', timestamp '2026-03-01 10:00:00');

insert into prep_assess_criterion (scheme_id, position, code, name, max_score, source, full_at) values
    (680000, 0, 'organisation', '组织领导', 20, 'MANUAL', null),
    (680000, 1, 'publicity', '宣传活动', 25, 'EVENTS_HELD', 4),
    (680000, 2, 'drills', '应急演练', 20, 'DRILLS_HELD', 2),
    (680000, 3, 'network', '三网一员建设', 20, 'MANUAL', null),
    (680000, 4, 'modelSchools', '示范学校创建', 15, 'MANUAL', null);

insert into prep_assess (id, version, assess_year, county_id, township_id, status, total, grade, scored_by, updated_at,
    confirmed_by, confirmed_at) values
    (680000, 2, 2026, 2, 10, 'SCORING', 93.0, 'EXCELLENT', 'lj.prep', timestamp '2026-11-20 10:00:00', null, null),
    (680001, 3, 2026, 2, 14, 'CONFIRMED', 66.0, 'PASS', 'lj.prep', timestamp '2026-11-25 15:00:00', 'leader',
        timestamp '2026-11-25 15:00:00'),
    (680002, 1, 2026, 2, 17, 'SCORING', 15.0, null, 'lj.prep', timestamp '2026-11-21 11:00:00', null, null);

insert into prep_assess_score (assessment_id, position, code, score, suggested, evidence, reason) values
    (680000, 0, 'organisation', 20.0, null, '成立镇防震减灾工作领导小组，年初专题部署，纳入镇村年度考核', null),
    (680000, 1, 'publicity', 22.0, 12.5, '5·12 月兔广场宣传咨询、城关中学讲座', '县电视台《防震减灾》专题两期，未录入活动'),
    (680000, 2, 'drills', 18.0, 10.0, '城关中学地震应急疏散演练 1200 人', '参加市级地震应急综合演练一次'),
    (680000, 3, 'network', 19.0, null, '12 个村（社区）宏观测报员、灾情速报员配齐，助理员在岗', null),
    (680000, 4, 'modelSchools', 14.0, null, '城关中学创建市级防震减灾科普示范学校', null),
    (680001, 0, 'organisation', 17.0, null, '镇防震减灾工作领导小组调整到位', null),
    (680001, 1, 'publicity', 15.0, 6.3, '青石镇中心社区宣传活动', '镇政府网站防震减灾专栏全年更新 24 期'),
    (680001, 2, 'drills', 8.0, 0.0, '社区疏散演练一次', '青石社区疏散演练 300 人，未录入活动'),
    (680001, 3, 'network', 16.0, null, '2 个村缺灾情速报员', null),
    (680001, 4, 'modelSchools', 10.0, null, '青石小学申报县级示范学校', null),
    (680002, 0, 'organisation', 15.0, null, '领导小组已成立，年度计划未见部署会议记录', null),
    (680002, 1, 'publicity', 0.0, 0.0, null, null),
    (680002, 2, 'drills', 0.0, 0.0, null, null);

alter sequence prep_assess_scheme_seq restart with 690000;
alter sequence prep_assess_seq restart with 690000;
