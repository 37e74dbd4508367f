-- Demo data of the preparedness module's volunteers and 三网一员 register in 临江县: an assistant in 城关镇 and
-- 青石镇 while 白沙乡's left in September and nobody holds the post since; the villages' reporters with a few
-- gaps (河口村 has no rapid reporter, 石门村 no macro-observation reporter, 沙坪村 neither); 城关镇's volunteer
-- team with four members, the 城关中学 evacuation drill (the seed's event 630002) and two trainings attended.
-- 云岭县 keeps no register yet: all its posts are gaps. Phones are made up. Ids 660000–669999.

insert into prep_reg_holder (id, version, county_id, township_id, place_id, post, name, phone, since, ended_on,
    current_place_id, updated_at) values
    (660000, 1, 2, 10, 10, 'ASSISTANT', '郑海燕', '13805910001', date '2024-03-01', null, 10, timestamp '2024-03-01 09:00:00'),
    (660001, 1, 2, 14, 14, 'ASSISTANT', '陈立新', '13805910002', date '2023-07-15', null, 14, timestamp '2023-07-15 09:00:00'),
    (660002, 2, 2, 17, 17, 'ASSISTANT', '黄德明', '13805910003', date '2022-01-10', date '2026-09-30', null, timestamp '2026-09-30 17:00:00'),
    (660003, 1, 2, 10, 11, 'MACRO_REPORTER', '林春生', '13905910011', date '2023-04-01', null, 11, timestamp '2023-04-01 09:00:00'),
    (660004, 1, 2, 10, 11, 'RAPID_REPORTER', '林秀英', '13905910012', date '2023-04-01', null, 11, timestamp '2023-04-01 09:00:00'),
    (660005, 1, 2, 10, 12, 'MACRO_REPORTER', '王建华', '13905910013', date '2024-06-01', null, 12, timestamp '2024-06-01 09:00:00'),
    (660006, 1, 2, 10, 12, 'RAPID_REPORTER', '刘美玲', '13905910014', date '2024-06-01', null, 12, timestamp '2024-06-01 09:00:00'),
    (660007, 1, 2, 10, 13, 'MACRO_REPORTER', '吴永福', '13905910015', date '2022-09-01', null, 13, timestamp '2022-09-01 09:00:00'),
    (660008, 1, 2, 14, 15, 'MACRO_REPORTER', '张金水', '13905910016', date '2023-02-20', null, 15, timestamp '2023-02-20 09:00:00'),
    (660009, 1, 2, 14, 15, 'RAPID_REPORTER', '张丽娟', '13905910017', date '2023-02-20', null, 15, timestamp '2023-02-20 09:00:00'),
    (660010, 1, 2, 14, 16, 'RAPID_REPORTER', '李国强', '13905910018', date '2025-05-05', null, 16, timestamp '2025-05-05 09:00:00'),
    (660011, 1, 2, 17, 18, 'MACRO_REPORTER', '何长青', '13905910019', date '2021-11-11', null, 18, timestamp '2021-11-11 09:00:00'),
    (660012, 1, 2, 17, 18, 'RAPID_REPORTER', '何玉兰', '13905910020', date '2021-11-11', null, 18, timestamp '2021-11-11 09:00:00');

insert into prep_vol_team (id, version, county_id, township_id, name, leader, updated_at) values
    (660000, 1, 2, 10, '城关镇地震灾害志愿者队', '陈刚', timestamp '2025-03-01 09:00:00'),
    (660001, 1, 2, 14, '青石镇应急志愿服务队', '周文', timestamp '2025-04-01 09:00:00');

insert into prep_vol_member (id, version, team_id, name, phone, skills, joined_on, left_on, updated_at) values
    (660000, 1, 660000, '陈刚', '13705910001', '组织协调、应急救护', date '2025-03-01', null, timestamp '2025-03-01 09:00:00'),
    (660001, 1, 660000, '林晓燕', '13705910002', '应急救护', date '2025-03-01', null, timestamp '2025-03-01 09:00:00'),
    (660002, 1, 660000, '王磊', '13705910003', '搜救、通信', date '2025-06-10', null, timestamp '2025-06-10 09:00:00'),
    (660003, 1, 660000, '赵志远', '13705910004', '心理疏导', date '2025-03-01', null, timestamp '2025-03-01 09:00:00'),
    (660004, 1, 660001, '周文', '13705910005', '组织协调', date '2025-04-01', null, timestamp '2025-04-01 09:00:00');

insert into prep_vol_activity (id, member_id, team_id, kind, event_id, title, held_on, hours, recorded_by,
    recorded_at) values
    (660000, 660000, 660000, 'DRILL', 630002, '城关中学地震应急疏散演练预案', date '2026-05-14', 3.0, 'lj.prep', timestamp '2026-05-15 10:00:00'),
    (660001, 660001, 660000, 'DRILL', 630002, '城关中学地震应急疏散演练预案', date '2026-05-14', 3.0, 'lj.prep', timestamp '2026-05-15 10:00:00'),
    (660002, 660002, 660000, 'DRILL', 630002, '城关中学地震应急疏散演练预案', date '2026-05-14', 2.5, 'lj.prep', timestamp '2026-05-15 10:00:00'),
    (660003, 660000, 660000, 'TRAINING', null, '县地震局应急救护培训', date '2026-04-18', 6.0, 'lj.prep', timestamp '2026-04-20 10:00:00'),
    (660004, 660001, 660000, 'TRAINING', null, '县地震局应急救护培训', date '2026-04-18', 6.0, 'lj.prep', timestamp '2026-04-20 10:00:00'),
    (660005, 660003, 660000, 'TRAINING', null, '灾后心理援助培训', date '2026-08-22', 4.5, 'lj.prep', timestamp '2026-08-23 10:00:00'),
    (660006, 660004, 660001, 'TRAINING', null, '县地震局应急救护培训', date '2026-04-18', 6.0, 'lj.prep', timestamp '2026-04-20 10:00:00');
