-- Password history and recovery codes are ordered element collections (@OrderColumn "position").
-- EclipseLink writes a change of such a list row by row, in no fixed order: it moves entries to their
-- new positions one UPDATE at a time and inserts new entries at positions an old entry may still hold.
-- A unique key on (user_id, position) therefore fails midway: the third password change or reset of
-- an account, the use of a recovery code, new recovery codes. The tables are rebuilt without that key;
-- an index keeps the lookup by user. Valid on H2 2.x and PostgreSQL 13+.

create table password_history_v4 (
    user_id       bigint       not null references user_account (id),
    position      integer      not null,
    password_hash varchar(200) not null
);
insert into password_history_v4 (user_id, position, password_hash)
    select user_id, position, password_hash from password_history;
drop table password_history;
alter table password_history_v4 rename to password_history;
create index password_history_user_ix on password_history (user_id);

create table recovery_code_v4 (
    user_id   bigint      not null references user_account (id),
    position  integer     not null,
    code_hash varchar(64) not null
);
insert into recovery_code_v4 (user_id, position, code_hash)
    select user_id, position, code_hash from recovery_code;
drop table recovery_code;
alter table recovery_code_v4 rename to recovery_code;
create index recovery_code_user_ix on recovery_code (user_id);
