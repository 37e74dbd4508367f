-- Demo data of the earthquake-preparedness module: the seed's 5·12 防灾减灾日宣传周 in 临江县 — the consultation
-- desk on 月兔广场 with two banners and ten display boards, knowledge readers and handbooks issued; a community
-- visit, a school lecture with an evacuation drill (approved), and a film screening in a village still awaiting
-- the leader's approval. The county's stock of materials (and 云岭县's, to show county isolation), and a
-- preparedness clerk of 临江县 (password Demo@2026). Ids 630000–639999. Loaded only when workbench.demo-data=true.

insert into user_account (id, version, username, display_name, password_hash, jurisdiction_id, enabled,
    failed_attempts, locked_until, password_changed_at, must_change_password, totp_secret, totp_last_step) values
    (60, 1, 'lj.prep', '临江县防震减灾宣传专员', 'pbkdf2-sha256$210000$O9ooybxKlPbNGrFQE6QCqQ==$Io/xCOxUobQkZ6KsTXKF6XDhuag5q4KUmb4hOa/ylzo=', 2, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0);

insert into user_role (user_id, role) values
    (60, 'PREPAREDNESS_CLERK');

insert into prep_campaign (id, version, county_id, name, theme, starts_on, ends_on, lead_office, member_units,
    goal_events, goal_people, goal_schools, goal_reader, goal_handbook, goal_display_board, goal_banner,
    updated_at) values
    (630000, 1, 2, '5·12 防灾减灾日宣传周', '提升基层防灾减灾救灾能力', date '2026-05-10', date '2026-05-16', '县地震局',
        '县科技局、县教育局、县应急管理局、城关镇人民政府', 6, 5000, 3, 1000, 1000, 10, 2, timestamp '2026-05-08 10:00:00'),
    (630001, 1, 3, '5·12 防灾减灾日宣传周', '防震减灾 科普先行', date '2026-05-10', date '2026-05-16', '县地震局',
        '县科技局', 4, 2000, 2, null, null, null, null, timestamp '2026-05-08 10:00:00');

insert into prep_event (id, version, campaign_id, county_id, township_id, held_at, venue_kind, venue_name,
    consultation_desk, display_boards, banners, lecture_topic, film_titles, drill_plan, drill_participants,
    drill_minutes, staff, volunteers, people_reached, consultations, leaders_present, status, approved_by,
    approved_at, updated_at) values
    (630000, 2, 630000, 2, 10, timestamp '2026-05-12 09:00:00', 'SQUARE', '月兔广场', true, 10, 2, null, null,
        null, null, null, 8, 12, 1500, 320, '副县长 李明', 'APPROVED', 'leader', timestamp '2026-05-13 16:00:00',
        timestamp '2026-05-13 16:00:00'),
    (630001, 2, 630000, 2, 14, timestamp '2026-05-13 15:00:00', 'COMMUNITY', '青石镇中心社区', true, 0, 0, null,
        null, null, null, null, 4, 6, 400, 60, null, 'APPROVED', 'leader', timestamp '2026-05-14 16:00:00',
        timestamp '2026-05-14 16:00:00'),
    (630002, 2, 630000, 2, 10, timestamp '2026-05-14 10:00:00', 'SCHOOL', '临江县城关中学', false, 0, 0,
        '地震来了怎么办', null, '城关中学地震应急疏散演练预案', 1200, 15, 5, 0, 1200, 0, null, 'APPROVED',
        'leader', timestamp '2026-05-15 09:00:00', timestamp '2026-05-15 09:00:00'),
    (630003, 1, 630000, 2, 17, timestamp '2026-05-15 19:30:00', 'VILLAGE', '白沙乡文化广场', false, 0, 0, null,
        '《唐山大地震》、防震减灾科普片', null, null, null, 3, 2, 350, 0, null, 'RECORDED', null, null,
        timestamp '2026-05-16 09:00:00');

insert into prep_material_stock (id, version, county_id, kind, on_hand, lent) values
    (630000, 2, 2, 'READER', 1400, 0),
    (630001, 2, 2, 'HANDBOOK', 1500, 0),
    (630002, 3, 2, 'DISPLAY_BOARD', 20, 0),
    (630003, 3, 2, 'BANNER', 6, 0),
    (630004, 1, 3, 'READER', 500, 0);

insert into prep_material_movement (id, county_id, kind, type, quantity, event_id, moved_on, note, recorded_by,
    recorded_at) values
    (630000, 2, 'READER', 'RECEIPT', 2000, null, date '2026-04-20', '市地震局下发', 'lj.clerk', timestamp '2026-04-20 10:00:00'),
    (630001, 2, 'HANDBOOK', 'RECEIPT', 2000, null, date '2026-04-20', '市地震局下发', 'lj.clerk', timestamp '2026-04-20 10:00:00'),
    (630002, 2, 'DISPLAY_BOARD', 'RECEIPT', 20, null, date '2026-04-22', '县科技局制作', 'lj.clerk', timestamp '2026-04-22 10:00:00'),
    (630003, 2, 'BANNER', 'RECEIPT', 6, null, date '2026-04-22', '县科技局制作', 'lj.clerk', timestamp '2026-04-22 10:00:00'),
    (630004, 2, 'READER', 'ISSUE', 600, 630000, date '2026-05-12', null, 'lj.clerk', timestamp '2026-05-12 17:00:00'),
    (630005, 2, 'HANDBOOK', 'ISSUE', 500, 630000, date '2026-05-12', null, 'lj.clerk', timestamp '2026-05-12 17:00:00'),
    (630006, 2, 'DISPLAY_BOARD', 'LOAN', 10, 630000, date '2026-05-12', null, 'lj.clerk', timestamp '2026-05-12 17:00:00'),
    (630007, 2, 'BANNER', 'LOAN', 2, 630000, date '2026-05-12', null, 'lj.clerk', timestamp '2026-05-12 17:00:00'),
    (630008, 2, 'DISPLAY_BOARD', 'RETURN', 10, 630000, date '2026-05-13', null, 'lj.clerk', timestamp '2026-05-13 09:00:00'),
    (630009, 2, 'BANNER', 'RETURN', 2, 630000, date '2026-05-13', null, 'lj.clerk', timestamp '2026-05-13 09:00:00'),
    (630010, 3, 'READER', 'RECEIPT', 500, null, date '2026-04-25', '市地震局下发', 'yl.clerk', timestamp '2026-04-25 10:00:00');

-- the demo's ids lie above where the sequences start: move them past, so new records never meet one
alter sequence prep_campaign_seq restart with 640000;
alter sequence prep_event_seq restart with 640000;
alter sequence prep_material_stock_seq restart with 640000;
alter sequence prep_material_movement_seq restart with 640000;
