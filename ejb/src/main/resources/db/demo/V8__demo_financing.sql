-- Demo data of the financing module: the bureau's 科技型中小企业融资服务平台 with a guarantee company like
-- 长春担保 (mainly serving small and micro firms: 15× its net assets) and a bank like 国开行, their cooperation
-- agreements, and applications of demo enterprises in every state of the workflow: two approved (guarantees
-- in force), one awaiting the leader's decision (prepared by lj.clerk: the leader's to-do), one before the
-- committee, one in due diligence, one just submitted, one rejected. A city-level financing clerk
-- (fin.clerk, password Demo@2026). Loaded only when workbench.demo-data=true (see README).

insert into user_account (id, version, username, display_name, password_hash, jurisdiction_id, enabled,
    failed_attempts, locked_until, password_changed_at, must_change_password, totp_secret, totp_last_step) values
    (55, 1, 'fin.clerk', '市局融资专员', 'pbkdf2-sha256$210000$O9ooybxKlPbNGrFQE6QCqQ==$Io/xCOxUobQkZ6KsTXKF6XDhuag5q4KUmb4hOa/ylzo=', 1, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0);

insert into user_role (user_id, role) values
    (55, 'FINANCING_CLERK');

insert into fin_partner (id, version, kind, name, category, net_assets, net_assets_on, contact, updated_at) values
    (620001, 1, 'PLATFORM', '江州市科技型中小企业融资服务平台', null, null, null, '市科技局', timestamp '2026-11-01 09:00:00'),
    (620002, 1, 'GUARANTOR', '长春市中小企业融资担保有限公司', 'SMALL_MICRO', 1200000000.00, date '2025-12-31', '业务部 王经理', timestamp '2026-11-01 09:00:00'),
    (620003, 1, 'BANK', '国家开发银行江州分行', null, null, null, '普惠金融处', timestamp '2026-11-01 09:00:00'),
    (620004, 1, 'BANK', '临江农村商业银行', null, null, null, '公司业务部', timestamp '2026-11-01 09:00:00'),
    (620005, 1, 'GUARANTOR', '江州科技融资担保有限公司', 'STANDARD', 300000000.00, date '2025-12-31', null, timestamp '2026-11-01 09:00:00');

insert into fin_cooperation (id, version, guarantor_id, counterparty_id, quota, valid_from, valid_to, updated_at) values
    (620011, 1, 620002, 620003, 300000000.00, date '2026-01-01', date '2028-12-31', timestamp '2026-11-01 09:00:00'),
    (620012, 1, 620002, 620001, 500000000.00, date '2026-01-01', date '2028-12-31', timestamp '2026-11-01 09:00:00'),
    (620013, 1, 620005, 620004, 50000000.00, date '2026-01-01', date '2027-12-31', timestamp '2026-11-01 09:00:00');

-- 长春同心智能传感 (300) and 同心云图数据服务 (302) share their actual controller: related parties.
insert into fin_enterprise_link (id, enterprise_a, enterprise_b, relation, created_by, created_at) values
    (620021, 300, 302, '同一实际控制人', 'fin.clerk', timestamp '2026-11-01 09:00:00');

insert into fin_application (id, version, enterprise_id, county_id, product_code, amount, term_months, purpose, bank_id,
    guarantor_id, status, submitted_on, diligence_notes, outcome, reasons, prepared_by, prepared_at, decided_by,
    decided_at, created_by, updated_at) values
    (620101, 1, 300, 2, 'GUARANTEED', 5000000.00, 12, '购置传感器生产线设备', 620003, 620002, 'APPROVED', date '2026-03-02',
     '近三年营收稳定增长，现金流良好；厂房可抵押。', 'APPROVE', null, 'lj.clerk', timestamp '2026-03-20 10:00:00',
     'leader', timestamp '2026-03-21 09:30:00', 'lj.clerk', timestamp '2026-03-21 09:30:00'),
    (620102, 1, 303, 2, 'IP_PLEDGE', 3000000.00, 24, '新药临床前研究', 620003, 620002, 'APPROVED', date '2026-04-08',
     '持有发明专利 6 项，评估价值 800 万元。', 'APPROVE', null, 'lj.clerk', timestamp '2026-04-25 15:00:00',
     'leader', timestamp '2026-04-27 11:00:00', 'lj.clerk', timestamp '2026-04-27 11:00:00'),
    (620103, 1, 302, 2, 'TECH', 2000000.00, 12, '数据中心扩容', 620003, 620002, 'AWAITING_DECISION', date '2026-11-03',
     '与长春同心智能传感同一实际控制人，合并计算集中度。', 'APPROVE', null, 'lj.clerk', timestamp '2026-11-20 16:00:00',
     null, null, 'lj.clerk', timestamp '2026-11-20 16:00:00'),
    (620104, 1, 305, 2, 'GUARANTEED', 4000000.00, 12, '储能电池研发', 620004, 620005, 'COMMITTEE', date '2026-11-10',
     '订单充足，资产负债率 48%。', null, null, null, null, null, null, 'lj.clerk', timestamp '2026-11-24 09:00:00'),
    (620105, 1, 101, 3, 'GUARANTEED', 1500000.00, 12, '光伏组件采购', 620004, 620005, 'DUE_DILIGENCE', date '2026-11-18',
     null, null, null, null, null, null, null, 'yl.clerk', timestamp '2026-11-19 09:00:00'),
    (620106, 1, 105, 3, 'TECH', 800000.00, 6, '智慧农业设备', 620003, 620002, 'SUBMITTED', date '2026-11-28',
     null, null, null, null, null, null, null, 'yl.clerk', timestamp '2026-11-28 09:00:00'),
    (620107, 1, 306, 2, 'GUARANTEED', 6000000.00, 12, '模具车间改造', 620004, 620005, 'REJECTED', date '2026-05-06',
     '连续两年亏损，反担保不足。', 'REJECT', '经营亏损，反担保措施不足', 'lj.clerk', timestamp '2026-05-20 10:00:00',
     'leader', timestamp '2026-05-21 10:00:00', 'lj.clerk', timestamp '2026-05-21 10:00:00');

insert into fin_committee_opinion (application_id, position, member, vote, remark, recorded_on) values
    (620101, 0, '张立新', 'FOR', null, date '2026-03-18'),
    (620101, 1, '李红', 'FOR', '厂房抵押足值', date '2026-03-18'),
    (620101, 2, '王建国', 'FOR', null, date '2026-03-18'),
    (620102, 0, '张立新', 'FOR', null, date '2026-04-23'),
    (620102, 1, '李红', 'ABSTAIN', '专利评估偏高', date '2026-04-23'),
    (620103, 0, '张立新', 'FOR', null, date '2026-11-19'),
    (620103, 1, '王建国', 'FOR', null, date '2026-11-19'),
    (620107, 0, '张立新', 'AGAINST', '亏损', date '2026-05-19'),
    (620107, 1, '李红', 'AGAINST', null, date '2026-05-19');

insert into fin_application_file (id, application_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at) values
    (620201, 620103, '2025年度财务报表.pdf', 'application/pdf', 36, 'lj.clerk', timestamp '2026-11-12 10:00:00'),
    (620202, 620104, '实地走访记录.pdf', 'application/pdf', 36, 'lj.clerk', timestamp '2026-11-20 10:00:00'),
    (620203, 620101, '尽调报告.pdf', 'application/pdf', 36, 'lj.clerk', timestamp '2026-03-10 10:00:00');

insert into fin_application_file_content (id, bytes) values
    (620201, ${binary_open}255044462D312E340A25E2E3CFD30A3120302F4C656E67746820303E3E0A2525454F460A${binary_close}),
    (620202, ${binary_open}255044462D312E340A25E2E3CFD30A3120302F4C656E67746820303E3E0A2525454F460A${binary_close}),
    (620203, ${binary_open}255044462D312E340A25E2E3CFD30A3120302F4C656E67746820303E3E0A2525454F460A${binary_close});

insert into fin_guarantee (id, version, application_id, guarantor_id, cooperation_id, enterprise_id, amount, fee_rate,
    start_date, end_date, status) values
    (620301, 1, 620101, 620002, 620011, 300, 5000000.00, 1.5000, date '2026-03-25', date '2027-03-24', 'ACTIVE'),
    (620302, 1, 620102, 620002, 620012, 303, 3000000.00, 1.2000, date '2026-05-01', date '2028-04-30', 'ACTIVE'),
    (620303, 1, 620103, 620002, 620011, 302, 2000000.00, 1.5000, date '2026-12-10', date '2027-12-09', 'PROPOSED');

insert into fin_counter_guarantee (guarantee_id, position, kind, description, value_yuan) values
    (620301, 0, 'PROPERTY', '城关镇工业园区厂房抵押', 6200000.00),
    (620301, 1, 'PERSONAL', '法定代表人连带责任保证', 0.00),
    (620302, 0, 'IP_PLEDGE', '发明专利质押（6 项）', 8000000.00),
    (620303, 0, 'EQUITY', '实际控制人持有的 30% 股权质押', 3000000.00),
    (620303, 1, 'PERSONAL', '实际控制人连带责任保证', 0.00);
