-- Demo data of issue 11: the documents of the two submitted entry applications to 长春同心创业科技园 (V6), so that
-- their reviewers (reviewer.zhang has one still to score) and the leader open the business plan and the licence.
insert into inc_entry_file (id, application_id, kind, file_name, content_type, size_bytes, uploaded_by, uploaded_at) values
    (600000, 600001, 'BUSINESS_PLAN', '华鑫新材料商业计划书.pdf', 'application/pdf', 36, 'lj.incubator',
        timestamp '2026-11-19 10:00:00'),
    (600001, 600001, 'BUSINESS_LICENCE', '华鑫新材料营业执照.pdf', 'application/pdf', 36, 'lj.incubator',
        timestamp '2026-11-19 10:05:00'),
    (600002, 600002, 'BUSINESS_PLAN', '天沅化工商业计划书.pdf', 'application/pdf', 36, 'lj.incubator',
        timestamp '2026-11-24 14:00:00'),
    (600003, 600002, 'BUSINESS_LICENCE', '天沅化工营业执照.pdf', 'application/pdf', 36, 'lj.incubator',
        timestamp '2026-11-24 14:05:00');

insert into inc_entry_file_content (id, bytes) values
    (600000, ${binary_open}255044462D312E340A25E2E3CFD30A3120302F4C656E67746820303E3E0A2525454F460A${binary_close}),
    (600001, ${binary_open}255044462D312E340A25E2E3CFD30A3120302F4C656E67746820303E3E0A2525454F460A${binary_close}),
    (600002, ${binary_open}255044462D312E340A25E2E3CFD30A3120302F4C656E67746820303E3E0A2525454F460A${binary_close}),
    (600003, ${binary_open}255044462D312E340A25E2E3CFD30A3120302F4C656E67746820303E3E0A2525454F460A${binary_close});
