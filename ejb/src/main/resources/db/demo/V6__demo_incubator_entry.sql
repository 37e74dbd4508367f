-- Demo data of entry applications (入孵申请) and expert review: five reviewers (评审专家; three of the city's
-- expert pool, one each of 临江县 and 云岭县; password Demo@2026) and three applications to 长春同心创业科技园:
-- a draft, one under review (reviewer.zhang has still to score it) and one reviewed, awaiting the leader.
-- Loaded only when workbench.demo-data=true (see README).

insert into user_account (id, version, username, display_name, password_hash, jurisdiction_id, enabled,
    failed_attempts, locked_until, password_changed_at, must_change_password, totp_secret, totp_last_step) values
    (50, 1, 'reviewer.zhang', '张明远（评审专家）', 'pbkdf2-sha256$210000$O9ooybxKlPbNGrFQE6QCqQ==$Io/xCOxUobQkZ6KsTXKF6XDhuag5q4KUmb4hOa/ylzo=', 1, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0),
    (51, 1, 'reviewer.li', '李晓岚（评审专家）', 'pbkdf2-sha256$210000$O9ooybxKlPbNGrFQE6QCqQ==$Io/xCOxUobQkZ6KsTXKF6XDhuag5q4KUmb4hOa/ylzo=', 1, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0),
    (52, 1, 'reviewer.wang', '王建国（评审专家）', 'pbkdf2-sha256$210000$O9ooybxKlPbNGrFQE6QCqQ==$Io/xCOxUobQkZ6KsTXKF6XDhuag5q4KUmb4hOa/ylzo=', 1, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0),
    (53, 1, 'lj.reviewer', '陈志（临江县评审专家）', 'pbkdf2-sha256$210000$O9ooybxKlPbNGrFQE6QCqQ==$Io/xCOxUobQkZ6KsTXKF6XDhuag5q4KUmb4hOa/ylzo=', 2, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0),
    (54, 1, 'yl.reviewer', '周敏（云岭县评审专家）', 'pbkdf2-sha256$210000$O9ooybxKlPbNGrFQE6QCqQ==$Io/xCOxUobQkZ6KsTXKF6XDhuag5q4KUmb4hOa/ylzo=', 3, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0);

insert into user_role (user_id, role) values
    (50, 'REVIEWER'),
    (51, 'REVIEWER'),
    (52, 'REVIEWER'),
    (53, 'REVIEWER'),
    (54, 'REVIEWER');

insert into entry_application (id, version, county_id, carrier_id, enterprise_id, unit_kind, area_m2, business_summary,
    technology_field, founded_on, applied_on, status, review_id, decision_reason, decided_by, decided_on, created_at,
    updated_at) values
    (600000, 1, 2, 1, 102, 'OFFICE', 150.00, '工业余热回收装置的研发与小批量试制，已与两家本地企业签订试用协议。',
        '节能环保', date '2025-10-08', null, 'DRAFT', null, null, null, null,
        timestamp '2026-11-26 10:00:00', timestamp '2026-11-26 10:00:00');

insert into review (id, version, subject_kind, subject_id, batch, title, summary, county_id, criteria_set_id, closed,
    created_at) values
    (600000, 1, 'INCUBATOR_ENTRY', 600001, 'incubator-entry:carrier-1:2026', '江州华鑫新材料有限公司 · 长春同心创业科技园',
        '新材料 · 600.00 m² · 2025-03-15' || chr(10) || '石墨烯导热膜的中试与量产，团队 12 人，其中博士 2 人。', 2, 1, false,
        timestamp '2026-11-20 15:00:00'),
    (600001, 1, 'INCUBATOR_ENTRY', 600002, 'incubator-entry:carrier-1:2026', '江州天沅化工有限公司 · 长春同心创业科技园',
        '新材料 · 20.00 m² · 2026-01-10' || chr(10) || '水性工业涂料配方研发，申请工位开展小试。', 2, 1, false,
        timestamp '2026-11-25 15:00:00');

insert into entry_application (id, version, county_id, carrier_id, enterprise_id, unit_kind, area_m2, business_summary,
    technology_field, founded_on, applied_on, status, review_id, decision_reason, decided_by, decided_on, created_at,
    updated_at) values
    (600001, 3, 2, 1, 110, 'FACTORY', 600.00, '石墨烯导热膜的中试与量产，团队 12 人，其中博士 2 人。',
        '新材料', date '2025-03-15', date '2026-11-20', 'REVIEWED', 600000, null, null, null,
        timestamp '2026-11-18 09:30:00', timestamp '2026-11-24 16:00:00'),
    (600002, 2, 2, 1, 104, 'WORKSTATION', 20.00, '水性工业涂料配方研发，申请工位开展小试。',
        '新材料', date '2026-01-10', date '2026-11-25', 'UNDER_REVIEW', 600001, null, null, null,
        timestamp '2026-11-24 11:00:00', timestamp '2026-11-25 15:00:00');

insert into review_assignment (id, version, review_id, reviewer_id, reviewer_username, reviewer_name, status,
    decline_reason, total, settled_at) values
    (600000, 2, 600000, 50, 'reviewer.zhang', '张明远（评审专家）', 'SCORED', null, 85.0, timestamp '2026-11-22 10:00:00'),
    (600001, 2, 600000, 53, 'lj.reviewer', '陈志（临江县评审专家）', 'SCORED', null, 78.5, timestamp '2026-11-23 14:00:00'),
    (600002, 2, 600000, 51, 'reviewer.li', '李晓岚（评审专家）', 'DECLINED', '本人曾担任该企业技术顾问', null,
        timestamp '2026-11-21 09:00:00'),
    (600003, 1, 600001, 50, 'reviewer.zhang', '张明远（评审专家）', 'PENDING', null, null, null),
    (600004, 2, 600001, 52, 'reviewer.wang', '王建国（评审专家）', 'SCORED', null, 70.0, timestamp '2026-11-26 11:00:00');

insert into review_score (assignment_id, position, score) values
    (600000, 0, 26.0), (600000, 1, 21.0), (600000, 2, 22.0), (600000, 3, 16.0),
    (600001, 0, 24.0), (600001, 1, 19.5), (600001, 2, 20.0), (600001, 3, 15.0),
    (600004, 0, 20.0), (600004, 1, 18.0), (600004, 2, 17.0), (600004, 3, 15.0);
