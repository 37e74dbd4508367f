-- Demo data: 临江县's own plan of 2026 (区/县级科技计划) — one call with a budget of 200万元 and a cap of 30万元 per
-- project, still open, and seven applications in different stages: one submitted, one under review (陈志 has
-- still to score: on his 待办), one reviewed awaiting the leader, one in its public notice, one not funded, one
-- contracted (its mid-term check overdue) with a first tranche, one accepted and closed with its grant paid.
-- The experts are the demo reviewers of 临江县 and of the city; the ranking is one batch of the call in 临江县.

insert into proj_programme (id, version, name, level, kind_code, authority, active, updated_at) values
    (1800000, 1, '临江县科技计划项目', 'COUNTY', 'SUPPORT', '临江县科学技术局', true, timestamp '2026-02-20 09:00:00');

insert into proj_call (id, version, programme_id, call_year, title, opens_on, closes_on, budget, cap_per_project,
    eligibility, updated_at) values
    (1800001, 1, 1800000, 2026, '临江县 2026 年度县级科技计划项目申报指南', date '2026-03-01', date '2026-12-31',
     2000000.00, 300000.00, '在临江县注册的企业、科研院所和农民专业合作社；分批次受理、评审、立项',
     timestamp '2026-02-20 09:00:00');

insert into review (id, version, subject_kind, subject_id, batch, title, summary, county_id, criteria_set_id, closed,
    created_at) values
    (1800002, 1, 'COUNTY_PLAN', 1800102, 'county-plan:call-1800001:county-2', '临江智能装备有限公司 · 小型农机智能控制系统研制',
     '临江县 2026 年度县级科技计划项目申报指南 · 智能装备 · 总投资 80.00 万元，申请资助 30.00 万元', 2, 2, false,
     timestamp '2026-11-18 09:00:00'),
    (1800003, 1, 'COUNTY_PLAN', 1800103, 'county-plan:call-1800001:county-2', '江州蓝光电子有限公司 · LED 驱动芯片封装工艺改进',
     '临江县 2026 年度县级科技计划项目申报指南 · 电子信息 · 总投资 90.00 万元，申请资助 30.00 万元', 2, 2, true,
     timestamp '2026-05-12 09:00:00'),
    (1800004, 1, 'COUNTY_PLAN', 1800104, 'county-plan:call-1800001:county-2', '江州绿源茶业有限公司 · 高山绿茶生态种植与加工示范',
     '临江县 2026 年度县级科技计划项目申报指南 · 现代农业 · 总投资 50.00 万元，申请资助 20.00 万元', 2, 2, true,
     timestamp '2026-11-04 09:00:00'),
    (1800005, 1, 'COUNTY_PLAN', 1800105, 'county-plan:call-1800001:county-2', '临江县农业科学研究所 · 优质稻新品种选育与示范推广',
     '临江县 2026 年度县级科技计划项目申报指南 · 现代农业 · 总投资 40.00 万元，申请资助 25.00 万元', 2, 2, false,
     timestamp '2026-11-06 09:00:00'),
    (1800006, 1, 'COUNTY_PLAN', 1800106, 'county-plan:call-1800001:county-2', '江州白沙水产有限公司 · 池塘循环水养殖尾水处理',
     '临江县 2026 年度县级科技计划项目申报指南 · 生态环保 · 总投资 30.00 万元，申请资助 20.00 万元', 2, 2, true,
     timestamp '2026-05-12 09:00:00'),
    (1800007, 1, 'COUNTY_PLAN', 1800107, 'county-plan:call-1800001:county-2', '临江县竹林中药材专业合作社 · 林下中药材（黄精）标准化种植',
     '临江县 2026 年度县级科技计划项目申报指南 · 现代农业 · 总投资 40.00 万元，申请资助 25.00 万元', 2, 2, true,
     timestamp '2026-03-23 09:00:00');

insert into review_assignment (id, version, review_id, reviewer_id, reviewer_username, reviewer_name, status,
    decline_reason, total, settled_at) values
    (1800020, 1, 1800002, 53, 'lj.reviewer', '陈志（临江县评审专家）', 'PENDING', null, null, null),
    (1800021, 2, 1800002, 50, 'reviewer.zhang', '张明远（评审专家）', 'SCORED', null, 82.0, timestamp '2026-11-25 10:00:00'),
    (1800030, 2, 1800003, 53, 'lj.reviewer', '陈志（临江县评审专家）', 'SCORED', null, 86.0, timestamp '2026-05-20 10:00:00'),
    (1800031, 2, 1800003, 50, 'reviewer.zhang', '张明远（评审专家）', 'SCORED', null, 88.0, timestamp '2026-05-26 10:00:00'),
    (1800032, 2, 1800003, 51, 'reviewer.li', '李晓岚（评审专家）', 'DECLINED', '本人系该企业技术顾问', null,
     timestamp '2026-05-28 16:00:00'),
    (1800040, 2, 1800004, 53, 'lj.reviewer', '陈志（临江县评审专家）', 'SCORED', null, 80.0, timestamp '2026-11-20 10:00:00'),
    (1800041, 2, 1800004, 52, 'reviewer.wang', '王建国（评审专家）', 'SCORED', null, 78.0, timestamp '2026-11-24 16:00:00'),
    (1800050, 2, 1800005, 53, 'lj.reviewer', '陈志（临江县评审专家）', 'SCORED', null, 84.5, timestamp '2026-11-15 10:00:00'),
    (1800051, 2, 1800005, 51, 'reviewer.li', '李晓岚（评审专家）', 'SCORED', null, 79.0, timestamp '2026-11-20 15:00:00'),
    (1800060, 2, 1800006, 53, 'lj.reviewer', '陈志（临江县评审专家）', 'SCORED', null, 60.0, timestamp '2026-05-25 10:00:00'),
    (1800061, 2, 1800006, 52, 'reviewer.wang', '王建国（评审专家）', 'SCORED', null, 62.0, timestamp '2026-05-28 16:00:00'),
    (1800070, 2, 1800007, 53, 'lj.reviewer', '陈志（临江县评审专家）', 'SCORED', null, 90.0, timestamp '2026-03-30 10:00:00'),
    (1800071, 2, 1800007, 50, 'reviewer.zhang', '张明远（评审专家）', 'SCORED', null, 91.0, timestamp '2026-04-03 16:00:00');

insert into review_score (assignment_id, position, score) values
    (1800021, 0, 25.0), (1800021, 1, 21.0), (1800021, 2, 20.0), (1800021, 3, 16.0),
    (1800030, 0, 26.0), (1800030, 1, 22.0), (1800030, 2, 21.0), (1800030, 3, 17.0),
    (1800031, 0, 27.0), (1800031, 1, 22.0), (1800031, 2, 21.0), (1800031, 3, 18.0),
    (1800040, 0, 24.0), (1800040, 1, 20.0), (1800040, 2, 20.0), (1800040, 3, 16.0),
    (1800041, 0, 23.0), (1800041, 1, 20.0), (1800041, 2, 19.0), (1800041, 3, 16.0),
    (1800050, 0, 25.5), (1800050, 1, 21.0), (1800050, 2, 21.0), (1800050, 3, 17.0),
    (1800051, 0, 23.0), (1800051, 1, 20.0), (1800051, 2, 20.0), (1800051, 3, 16.0),
    (1800060, 0, 18.0), (1800060, 1, 15.0), (1800060, 2, 15.0), (1800060, 3, 12.0),
    (1800061, 0, 18.0), (1800061, 1, 16.0), (1800061, 2, 15.0), (1800061, 3, 13.0),
    (1800070, 0, 27.0), (1800070, 1, 23.0), (1800070, 2, 22.0), (1800070, 3, 18.0),
    (1800071, 0, 28.0), (1800071, 1, 23.0), (1800071, 2, 22.0), (1800071, 3, 18.0);

insert into plan_project (id, version, call_id, lead_id, county_id, title, tech_field, budget_total, self_raised,
    requested, status, call_year, created_by, revised_by, submitted_by, submitted_on, review_id, granted, decided_by,
    decided_on, decision_reason, notice_starts, notice_ends, established_on, mid_term_due, acceptance_due, next_due,
    acceptance_experts, paid, updated_at) values
    (1800101, 2, 1800001, 104, 2, '水性工业涂料低 VOC 配方研发', '新材料', 450000.00, 300000.00, 150000.00,
     'SUBMITTED', 2026, 'proj.clerk', 'proj.clerk', 'proj.clerk', date '2026-11-27', null, null, null, null, null,
     null, null, null, null, null, null, null, 0.00, timestamp '2026-11-27 10:00:00'),
    (1800102, 3, 1800001, 109, 2, '小型农机智能控制系统研制', '智能装备', 800000.00, 500000.00, 300000.00,
     'UNDER_REVIEW', 2026, 'proj.clerk', 'proj.clerk', 'proj.clerk', date '2026-11-16', 1800002, null, null, null,
     null, null, null, null, null, null, null, null, 0.00, timestamp '2026-11-18 09:00:00'),
    (1800103, 8, 1800001, 100, 2, 'LED 驱动芯片封装工艺改进', '电子信息', 900000.00, 600000.00, 300000.00,
     'CONTRACTED', 2026, 'proj.clerk', 'proj.clerk', 'proj.clerk', date '2026-05-08', 1800003, 300000.00, 'leader',
     date '2026-06-10', '评审排名第一，同意立项', date '2026-06-10', date '2026-06-16', date '2026-06-17',
     date '2026-11-30', date '2027-06-30', date '2026-11-30', null, 150000.00, timestamp '2026-09-25 16:00:00'),
    (1800104, 5, 1800001, 106, 2, '高山绿茶生态种植与加工示范', '现代农业', 500000.00, 300000.00, 200000.00,
     'IN_NOTICE', 2026, 'proj.clerk', 'proj.clerk', 'proj.clerk', date '2026-11-02', 1800004, 200000.00, 'leader',
     date '2026-12-03', '同意立项，资助 20 万元', date '2026-12-03', date '2026-12-09', null, null, null, null, null,
     0.00, timestamp '2026-12-03 11:00:00'),
    (1800105, 4, 1800001, 121, 2, '优质稻新品种选育与示范推广', '现代农业', 400000.00, 150000.00, 250000.00,
     'REVIEWED', 2026, 'proj.clerk', 'proj.clerk', 'proj.clerk', date '2026-11-05', 1800005, null, null, null, null,
     null, null, null, null, null, null, null, 0.00, timestamp '2026-11-20 15:00:00'),
    (1800106, 4, 1800001, 116, 2, '池塘循环水养殖尾水处理', '生态环保', 300000.00, 100000.00, 200000.00,
     'REJECTED', 2026, 'proj.clerk', 'proj.clerk', 'proj.clerk', date '2026-05-06', 1800006, null, 'leader',
     date '2026-06-10', '评审得分低于立项线，技术路线不够成熟', null, null, null, null, null, null, null, 0.00,
     timestamp '2026-06-10 10:00:00'),
    (1800107, 12, 1800001, 118, 2, '林下中药材（黄精）标准化种植', '现代农业', 400000.00, 150000.00, 250000.00,
     'CLOSED', 2026, 'proj.clerk', 'proj.clerk', 'proj.clerk', date '2026-03-20', 1800007, 250000.00, 'leader',
     date '2026-04-10', '同意立项', date '2026-04-10', date '2026-04-16', date '2026-04-17', date '2026-08-31',
     date '2026-11-30', null, '张明远、李晓岚、陈志', 250000.00, timestamp '2026-11-28 10:00:00');

insert into plan_event (project_id, position, status, happened_on, amount, note, recorded_by, recorded_at) values
    (1800101, 0, 'SUBMITTED', date '2026-11-27', null, null, 'proj.clerk', timestamp '2026-11-27 10:00:00'),
    (1800102, 0, 'SUBMITTED', date '2026-11-16', null, null, 'proj.clerk', timestamp '2026-11-16 10:00:00'),
    (1800102, 1, 'UNDER_REVIEW', date '2026-11-18', null, null, 'proj.clerk', timestamp '2026-11-18 09:00:00'),
    (1800103, 0, 'SUBMITTED', date '2026-05-08', null, null, 'proj.clerk', timestamp '2026-05-08 10:00:00'),
    (1800103, 1, 'UNDER_REVIEW', date '2026-05-12', null, null, 'proj.clerk', timestamp '2026-05-12 09:00:00'),
    (1800103, 2, 'REVIEWED', date '2026-05-28', null, null, 'system', timestamp '2026-05-28 16:00:00'),
    (1800103, 3, 'IN_NOTICE', date '2026-06-10', null, 'grant 300000.00, notice until 2026-06-16', 'leader',
     timestamp '2026-06-10 10:00:00'),
    (1800103, 4, 'ESTABLISHED', date '2026-06-17', null, null, 'proj.clerk', timestamp '2026-06-17 09:00:00'),
    (1800103, 5, 'CONTRACTED', date '2026-06-25', null, null, 'proj.clerk', timestamp '2026-06-25 15:00:00'),
    (1800103, 6, 'CONTRACTED', date '2026-07-01', 150000.00, '首期拨付', 'proj.clerk', timestamp '2026-07-01 10:00:00'),
    (1800103, 7, 'CONTRACTED', date '2026-09-25', null, '完成封装样品设计', 'proj.clerk', timestamp '2026-09-25 16:00:00'),
    (1800104, 0, 'SUBMITTED', date '2026-11-02', null, null, 'proj.clerk', timestamp '2026-11-02 10:00:00'),
    (1800104, 1, 'UNDER_REVIEW', date '2026-11-04', null, null, 'proj.clerk', timestamp '2026-11-04 09:00:00'),
    (1800104, 2, 'REVIEWED', date '2026-11-24', null, null, 'system', timestamp '2026-11-24 16:00:00'),
    (1800104, 3, 'IN_NOTICE', date '2026-12-03', null, 'grant 200000.00, notice until 2026-12-09', 'leader',
     timestamp '2026-12-03 11:00:00'),
    (1800105, 0, 'SUBMITTED', date '2026-11-05', null, null, 'proj.clerk', timestamp '2026-11-05 10:00:00'),
    (1800105, 1, 'UNDER_REVIEW', date '2026-11-06', null, null, 'proj.clerk', timestamp '2026-11-06 09:00:00'),
    (1800105, 2, 'REVIEWED', date '2026-11-20', null, null, 'system', timestamp '2026-11-20 15:00:00'),
    (1800106, 0, 'SUBMITTED', date '2026-05-06', null, null, 'proj.clerk', timestamp '2026-05-06 10:00:00'),
    (1800106, 1, 'UNDER_REVIEW', date '2026-05-12', null, null, 'proj.clerk', timestamp '2026-05-12 09:00:00'),
    (1800106, 2, 'REVIEWED', date '2026-05-28', null, null, 'system', timestamp '2026-05-28 16:00:00'),
    (1800106, 3, 'REJECTED', date '2026-06-10', null, '评审得分低于立项线，技术路线不够成熟', 'leader',
     timestamp '2026-06-10 10:00:00'),
    (1800107, 0, 'SUBMITTED', date '2026-03-20', null, null, 'proj.clerk', timestamp '2026-03-20 10:00:00'),
    (1800107, 1, 'UNDER_REVIEW', date '2026-03-23', null, null, 'proj.clerk', timestamp '2026-03-23 09:00:00'),
    (1800107, 2, 'REVIEWED', date '2026-04-03', null, null, 'system', timestamp '2026-04-03 16:00:00'),
    (1800107, 3, 'IN_NOTICE', date '2026-04-10', null, 'grant 250000.00, notice until 2026-04-16', 'leader',
     timestamp '2026-04-10 10:00:00'),
    (1800107, 4, 'ESTABLISHED', date '2026-04-17', null, null, 'proj.clerk', timestamp '2026-04-17 09:00:00'),
    (1800107, 5, 'CONTRACTED', date '2026-04-20', null, null, 'proj.clerk', timestamp '2026-04-20 15:00:00'),
    (1800107, 6, 'CONTRACTED', date '2026-04-28', 150000.00, '首期拨付', 'proj.clerk', timestamp '2026-04-28 10:00:00'),
    (1800107, 7, 'CONTRACTED', date '2026-07-20', null, '种植基地建成', 'proj.clerk', timestamp '2026-07-20 16:00:00'),
    (1800107, 8, 'MID_TERM_CHECKED', date '2026-08-25', null, '进度符合合同', 'proj.clerk', timestamp '2026-08-25 16:00:00'),
    (1800107, 9, 'ACCEPTANCE_PASSED', date '2026-11-20', null, '张明远、李晓岚、陈志 · 通过', 'proj.clerk',
     timestamp '2026-11-20 16:00:00'),
    (1800107, 10, 'ACCEPTANCE_PASSED', date '2026-11-25', 100000.00, '验收后拨付余款', 'proj.clerk',
     timestamp '2026-11-25 10:00:00'),
    (1800107, 11, 'CLOSED', date '2026-11-28', null, null, 'proj.clerk', timestamp '2026-11-28 10:00:00');

insert into plan_milestone (project_id, position, description, due_on, done_on) values
    (1800103, 0, '完成封装样品设计', date '2026-09-30', date '2026-09-25'),
    (1800103, 1, '小批量试产并完成可靠性测试', date '2027-03-31', null),
    (1800107, 0, '种植基地建设', date '2026-07-31', date '2026-07-20'),
    (1800107, 1, '形成标准化种植规程', date '2026-10-31', date '2026-10-20');
