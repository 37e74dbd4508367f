-- Demo accounts (password Demo@2026; the three administrators use the authenticator secret
-- JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP) and demo integrator tokens. Demo mode only: see README, Demo accounts.

insert into user_account (id, version, username, display_name, password_hash, jurisdiction_id, enabled,
    failed_attempts, locked_until, password_changed_at, must_change_password, totp_secret, totp_last_step) values
    (1, 1, 'admin', '系统管理员', 'pbkdf2-sha256$210000$DS7x6zkggpogv4AwvEBaTg==$EEUUFw++VhtguO93MO8mA7P5kQ5RJnzX8F3TmOhad1w=', 1, true, 0, null, timestamp '2026-11-01 09:00:00', false, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 0),
    (2, 1, 'secadmin', '安全管理员', 'pbkdf2-sha256$210000$PW3u5cvKDPjXlXeUDRLX3w==$MQf9JPQiObgc/D88n90CDnBllAZCo+O8U271pil7IUQ=', 1, true, 0, null, timestamp '2026-11-01 09:00:00', false, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 0),
    (3, 1, 'auditor', '审计员', 'pbkdf2-sha256$210000$QelMF8oiN95G2ze3ycjc9g==$VyyC+rwxREQgdpNyApPP6XlS50xthuw8Y+Qa8L4teHQ=', 1, true, 0, null, timestamp '2026-11-01 09:00:00', false, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 0),
    (4, 1, 'leader', '局领导', 'pbkdf2-sha256$210000$7vORiTCTsMV2wPa229dfPg==$DlIjRIitwDVn99W/QSaqx4iTzV+edoH4S5R9iGOV4uc=', 1, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0),
    (5, 1, 'lj.clerk', '临江县科员', 'pbkdf2-sha256$210000$O9ooybxKlPbNGrFQE6QCqQ==$Io/xCOxUobQkZ6KsTXKF6XDhuag5q4KUmb4hOa/ylzo=', 2, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0),
    (6, 1, 'yl.clerk', '云岭县科员', 'pbkdf2-sha256$210000$S+uQKKJenGeU6IpLT/F1yQ==$MQcvGvypFyaotQ6vamBifo3VvDi74RasQXqHZk+u2yk=', 3, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0),
    (7, 1, 'viewer', '查询用户', 'pbkdf2-sha256$210000$YqcMp3us4Bn16BXWQNqSsQ==$fc03ClOjmsZAW8aPgT0o9rgBTeJfCPLprR31LFIIhmo=', 1, true, 0, null, timestamp '2026-11-01 09:00:00', false, null, 0);

insert into user_role (user_id, role) values
    (1, 'SYSTEM_ADMIN'),
    (2, 'SECURITY_ADMIN'),
    (3, 'AUDITOR'),
    (4, 'LEADER'),
    (5, 'COMMISSIONER_CLERK'),
    (5, 'INCUBATOR_CLERK'),
    (5, 'FINANCING_CLERK'),
    (5, 'PREPAREDNESS_CLERK'),
    (6, 'COMMISSIONER_CLERK'),
    (6, 'INCUBATOR_CLERK'),
    (6, 'FINANCING_CLERK'),
    (6, 'PREPAREDNESS_CLERK'),
    (7, 'VIEWER');

-- Demo tokens: 演示-市级读写 = wbt_demoRWcityxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; 演示-市级只读 = wbt_demoROcityxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; 演示-云岭县读写 = wbt_demoRWyunlxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
insert into api_token (id, version, name, prefix, token_hash, jurisdiction_id, scope, expires_at, revoked_at,
    created_by, created_at) values
    (1, 1, '演示-市级读写', 'wbt_demoRWci', '1fd2173e559fbb05b2158d23e3bc38f46ce80706e87e71a6ff7c72640e221f66', 1, 'READ_WRITE', timestamp '2030-12-31 23:59:59', null, 'secadmin', timestamp '2026-11-01 09:00:00'),
    (2, 1, '演示-市级只读', 'wbt_demoROci', '8aa4168a626c6304a6bedf08fb2d8d2237282a6ce127c5a50c4a2696955ccd71', 1, 'READ', timestamp '2030-12-31 23:59:59', null, 'secadmin', timestamp '2026-11-01 09:00:00'),
    (3, 1, '演示-云岭县读写', 'wbt_demoRWyu', '1546a010e7991aee967e300344ee23570c89d5290630adb2a6df0a80fcb4bbb5', 3, 'READ_WRITE', timestamp '2030-12-31 23:59:59', null, 'secadmin', timestamp '2026-11-01 09:00:00');
