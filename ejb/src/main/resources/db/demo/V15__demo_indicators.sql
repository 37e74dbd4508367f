-- Demo data of the innovation indicators: patents and R&D figures of a few enterprises over 2025 and 2026, the
-- high-tech pipeline (江州蓝光电子 and 江州洪湖光电 recognised — 蓝光's certificate runs out on 2026-12-31, within
-- six months, so its renewal reminder shows on the projects clerk's to-do list — 江州天沅化工 in the cultivation
-- pool, 江州华鑫新材料 applied for 2026, 江州蓝天安环 not recognised), and the projects clerk hitech.clerk at the
-- city bureau like fin.clerk (password Demo@2026). Ids 700000–709999. Loaded only when workbench.demo-data=true.

insert into user_account (id, version, username, display_name, password_hash, jurisdiction_id, enabled,
    failed_attempts, locked_until, password_changed_at, must_change_password, totp_secret, totp_last_step) values
    (70, 1, 'hitech.clerk', '市局科技项目专员', 'pbkdf2-sha256$210000$O9ooybxKlPbNGrFQE6QCqQ==$Io/xCOxUobQkZ6KsTXKF6XDhuag5q4KUmb4hOa/ylzo=', 1, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0);

insert into user_role (user_id, role) values
    (70, 'PROJECT_CLERK');

insert into ind_patent (id, version, enterprise_id, county_id, number, title, patent_type, applied_on, granted_on,
    status, updated_at) values
    (700000, 1, 100, 2, 'CN202510012345.6', '一种高亮度LED驱动电路', 'INVENTION', date '2025-01-15', null, 'PENDING', timestamp '2025-01-16 09:00:00'),
    (700001, 1, 100, 2, 'CN202520034567.8', '一种LED灯具散热结构', 'UTILITY_MODEL', date '2025-03-02', date '2025-09-10', 'GRANTED', timestamp '2025-09-11 09:00:00'),
    (700002, 1, 100, 2, 'CN202530045678.9', '智能照明控制面板', 'DESIGN', date '2025-05-20', date '2025-10-08', 'GRANTED', timestamp '2025-10-09 09:00:00'),
    (700003, 1, 100, 2, 'CN202610023456.1', '一种光电转换效率检测方法', 'INVENTION', date '2026-02-11', null, 'PENDING', timestamp '2026-02-12 09:00:00'),
    (700004, 1, 100, 2, 'CN202620056789.2', '一种可调光LED模组', 'UTILITY_MODEL', date '2026-04-07', date '2026-10-20', 'GRANTED', timestamp '2026-10-21 09:00:00'),
    (700005, 1, 103, 3, 'CN202510067890.3', '一种光电传感器封装方法', 'INVENTION', date '2025-02-18', date '2026-08-30', 'GRANTED', timestamp '2026-08-31 09:00:00'),
    (700006, 1, 103, 3, 'CN202520078901.4', '一种光纤连接器', 'UTILITY_MODEL', date '2025-06-09', date '2025-12-15', 'GRANTED', timestamp '2025-12-16 09:00:00'),
    (700007, 1, 103, 3, 'CN202620089012.5', '一种光模块固定支架', 'UTILITY_MODEL', date '2026-03-23', null, 'PENDING', timestamp '2026-03-24 09:00:00'),
    (700008, 1, 104, 2, 'CN202520090123.6', '一种反应釜温控装置', 'UTILITY_MODEL', date '2025-07-14', date '2026-01-19', 'GRANTED', timestamp '2026-01-20 09:00:00'),
    (700009, 1, 104, 2, 'CN202510101234.7', '一种环保型涂料助剂的制备方法', 'INVENTION', date '2025-09-01', null, 'REJECTED', timestamp '2026-06-01 09:00:00'),
    (700010, 1, 110, 2, 'CN202610112345.8', '一种碳纤维复合板材及其制备方法', 'INVENTION', date '2026-01-08', null, 'PENDING', timestamp '2026-01-09 09:00:00'),
    (700011, 1, 110, 2, 'CN202620123456.9', '一种复合板材压制模具', 'UTILITY_MODEL', date '2026-05-12', date '2026-11-03', 'GRANTED', timestamp '2026-11-04 09:00:00');

insert into ind_yearly (id, version, enterprise_id, county_id, figure_year, rd_spending, high_tech_products,
    product_names, updated_at) values
    (700000, 1, 100, 2, 2025, 3860000.00, 3, '高亮度LED灯珠、智能照明控制器、LED驱动电源', timestamp '2026-03-10 09:00:00'),
    (700001, 1, 100, 2, 2026, 4215000.50, 4, '高亮度LED灯珠、智能照明控制器、LED驱动电源、可调光LED模组', timestamp '2026-11-20 09:00:00'),
    (700002, 1, 103, 3, 2025, 2570000.00, 2, '光电传感器、光纤连接器', timestamp '2026-03-12 09:00:00'),
    (700003, 1, 103, 3, 2026, 2980000.00, 2, '光电传感器、光纤连接器', timestamp '2026-11-21 09:00:00'),
    (700004, 1, 104, 2, 2025, 860000.00, 0, null, timestamp '2026-03-15 09:00:00'),
    (700005, 1, 104, 2, 2026, 1320000.00, 1, '环保型涂料助剂', timestamp '2026-11-22 09:00:00'),
    (700006, 1, 110, 2, 2025, 1750000.00, 1, '碳纤维复合板材', timestamp '2026-03-16 09:00:00'),
    (700007, 1, 110, 2, 2026, 2100000.00, 1, '碳纤维复合板材', timestamp '2026-11-23 09:00:00');

insert into ind_high_tech (id, version, enterprise_id, county_id, stage, entered_on, note, application_year,
    submitted_on, certificate_no, issued_on, failure_reason, updated_at) values
    (700000, 3, 100, 2, 'RECOGNISED', date '2023-03-01', '研发投入占比 8%，发明专利在审', 2023, date '2023-06-20', 'GR202335900100', date '2024-01-01', null, timestamp '2024-01-05 09:00:00'),
    (700001, 3, 103, 3, 'RECOGNISED', date '2024-02-15', '光电细分领域骨干企业', 2024, date '2024-06-28', 'GR202435900103', date '2025-01-01', null, timestamp '2025-01-06 09:00:00'),
    (700002, 1, 104, 2, 'CULTIVATING', date '2026-03-18', '研发投入达标，缺Ⅰ类知识产权，辅导申请发明专利', null, null, null, null, null, timestamp '2026-03-18 09:00:00'),
    (700003, 2, 110, 2, 'APPLIED', date '2025-11-05', '新材料重点培育', 2026, date '2026-06-15', null, null, null, timestamp '2026-06-15 09:00:00'),
    (700004, 3, 102, 2, 'FAILED', date '2025-02-10', '节能环保', 2025, date '2025-06-25', null, null, '近三年研发费用占销售收入比例不足 5%', timestamp '2025-12-10 09:00:00');
