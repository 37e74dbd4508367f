-- Demo data of the incubator module: the seed's park, 长春同心创业科技园 in 临江县, 11,423 m² of offices
-- (A座, floors 1–4) and factory halls (B区), and a maker space in 云岭县 with workstations; two county
-- incubator clerks (password Demo@2026). Loaded only when workbench.demo-data=true (see README).

insert into user_account (id, version, username, display_name, password_hash, jurisdiction_id, enabled,
    failed_attempts, locked_until, password_changed_at, must_change_password, totp_secret, totp_last_step) values
    (40, 1, 'lj.incubator', '临江县孵化器专员', 'pbkdf2-sha256$210000$O9ooybxKlPbNGrFQE6QCqQ==$Io/xCOxUobQkZ6KsTXKF6XDhuag5q4KUmb4hOa/ylzo=', 2, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0),
    (41, 1, 'yl.incubator', '云岭县孵化器专员', 'pbkdf2-sha256$210000$S+uQKKJenGeU6IpLT/F1yQ==$MQcvGvypFyaotQ6vamBifo3VvDi74RasQXqHZk+u2yk=', 3, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0);

insert into user_role (user_id, role) values
    (40, 'INCUBATOR_CLERK'),
    (41, 'INCUBATOR_CLERK');

insert into carrier (id, version, county_id, name, kind, recognition_level, recognized_on, operator, opened_on,
    address, created_at, updated_at) values
    (1, 1, 2, '长春同心创业科技园', 'SCIENCE_PARK', 'MUNICIPAL', date '2025-12-18', '临江同心创业园运营管理有限公司',
        date '2025-06-28', '临江县城关镇工业园区同心路8号', timestamp '2026-11-01 09:00:00', timestamp '2026-11-01 09:00:00'),
    (2, 1, 3, '云岭青创众创空间', 'MAKERSPACE', 'NONE', null, '云岭县青年创业服务中心',
        date '2026-03-01', '云岭县云城街道南门路16号', timestamp '2026-11-01 09:00:00', timestamp '2026-11-01 09:00:00');

insert into carrier_unit (id, version, carrier_id, county_id, building, floor_no, room_code, kind, area_m2, list_rent,
    status, updated_at) values
    (1, 1, 1, 2, 'A座', 1, '101', 'OFFICE', 180.00, 32.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (2, 1, 1, 2, 'A座', 1, '102', 'OFFICE', 210.50, 32.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (3, 1, 1, 2, 'A座', 1, '103', 'OFFICE', 240.00, 32.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (4, 1, 1, 2, 'A座', 1, '104', 'OFFICE', 195.50, 32.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (5, 1, 1, 2, 'A座', 1, '105', 'OFFICE', 230.00, 32.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (6, 1, 1, 2, 'A座', 2, '201', 'OFFICE', 180.00, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (7, 1, 1, 2, 'A座', 2, '202', 'OFFICE', 210.50, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (8, 1, 1, 2, 'A座', 2, '203', 'OFFICE', 240.00, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (9, 1, 1, 2, 'A座', 2, '204', 'OFFICE', 195.50, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (10, 1, 1, 2, 'A座', 2, '205', 'OFFICE', 230.00, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (11, 1, 1, 2, 'A座', 3, '301', 'OFFICE', 180.00, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (12, 1, 1, 2, 'A座', 3, '302', 'OFFICE', 210.50, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (13, 1, 1, 2, 'A座', 3, '303', 'OFFICE', 240.00, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (14, 1, 1, 2, 'A座', 3, '304', 'OFFICE', 195.50, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (15, 1, 1, 2, 'A座', 3, '305', 'OFFICE', 230.00, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (16, 1, 1, 2, 'A座', 4, '401', 'OFFICE', 180.00, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (17, 1, 1, 2, 'A座', 4, '402', 'OFFICE', 210.50, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (18, 1, 1, 2, 'A座', 4, '403', 'OFFICE', 240.00, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (19, 1, 1, 2, 'A座', 4, '404', 'OFFICE', 195.50, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (20, 1, 1, 2, 'A座', 4, '405', 'OFFICE', 230.00, 28.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (21, 1, 1, 2, 'B区', 1, 'C01', 'FACTORY', 1200.00, 15.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (22, 1, 1, 2, 'B区', 1, 'C02', 'FACTORY', 1200.00, 15.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (23, 1, 1, 2, 'B区', 1, 'C03', 'FACTORY', 1200.00, 15.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (24, 1, 1, 2, 'B区', 1, 'C04', 'FACTORY', 1200.00, 15.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (25, 1, 1, 2, 'B区', 1, 'C05', 'FACTORY', 1200.00, 15.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (26, 1, 1, 2, 'B区', 1, 'C06', 'FACTORY', 1199.00, 15.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (27, 1, 2, 3, '主楼', 2, 'G01', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (28, 1, 2, 3, '主楼', 2, 'G02', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (29, 1, 2, 3, '主楼', 2, 'G03', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (30, 1, 2, 3, '主楼', 2, 'G04', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (31, 1, 2, 3, '主楼', 2, 'G05', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (32, 1, 2, 3, '主楼', 2, 'G06', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (33, 1, 2, 3, '主楼', 2, 'G07', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (34, 1, 2, 3, '主楼', 2, 'G08', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (35, 1, 2, 3, '主楼', 2, 'G09', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (36, 1, 2, 3, '主楼', 2, 'G10', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (37, 1, 2, 3, '主楼', 2, 'G11', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (38, 1, 2, 3, '主楼', 2, 'G12', 'WORKSTATION', 6.00, 50.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (39, 1, 2, 3, '主楼', 3, '301', 'OFFICE', 85.00, 22.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (40, 1, 2, 3, '主楼', 3, '302', 'OFFICE', 85.00, 22.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (41, 1, 2, 3, '主楼', 3, '303', 'OFFICE', 85.00, 22.00, 'IN_SERVICE', timestamp '2026-11-01 09:00:00'),
    (42, 1, 2, 3, '主楼', 3, '304', 'OFFICE', 85.00, 22.00, 'OUT_OF_SERVICE', timestamp '2026-11-01 09:00:00');
