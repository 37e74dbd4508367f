-- Entry applications (入孵申请) and the expert review they share with later modules (the county plan).
-- Valid on H2 2.x and PostgreSQL 13+.
--
-- A criteria set is never changed once it exists (scores keep their meaning); a review is of one subject
-- (kind + id) in a batch its subjects are ranked in; every assigned reviewer scores each criterion of the
-- review's set (review_score, by the criterion's position) or declines with a reason. The REVIEWER role
-- needs no schema change (user_role.role is a string).

create sequence review_criteria_set_seq start with 1050 increment by 50;

create table review_criteria_set (
    id      bigint       not null primary key,
    version bigint       not null,
    code    varchar(40)  not null,
    name    varchar(100) not null,
    constraint review_criteria_set_code_uk unique (code)
);

create table review_criterion (
    set_id    bigint       not null references review_criteria_set (id),
    position  integer      not null,
    name      varchar(50)  not null,
    max_score numeric(5,1) not null,
    constraint review_criterion_uk unique (set_id, position),
    constraint review_criterion_max_ck check (max_score > 0)
);

create sequence review_seq start with 1050 increment by 50;

create table review (
    id              bigint       not null primary key,
    version         bigint       not null,
    subject_kind    varchar(30)  not null,
    subject_id      bigint       not null,
    batch           varchar(80)  not null,
    title           varchar(200) not null,
    summary         varchar(3000) not null,
    county_id       bigint       not null references jurisdiction (id),
    criteria_set_id bigint       not null references review_criteria_set (id),
    closed          boolean      not null,
    created_at      timestamp    not null,
    constraint review_subject_uk unique (subject_kind, subject_id)
);
create index review_batch_ix on review (batch);

create sequence review_assignment_seq start with 1050 increment by 50;

create table review_assignment (
    id                bigint       not null primary key,
    version           bigint       not null,
    review_id         bigint       not null references review (id),
    reviewer_id       bigint       not null references user_account (id),
    reviewer_username varchar(50)  not null,
    reviewer_name     varchar(50)  not null,
    status            varchar(10)  not null,
    decline_reason    varchar(500),
    total             numeric(7,1),
    settled_at        timestamp,
    constraint review_assignment_uk unique (review_id, reviewer_id),
    constraint review_assignment_ck check ((status = 'PENDING' and total is null and decline_reason is null)
                                        or (status = 'SCORED' and total is not null)
                                        or (status = 'DECLINED' and decline_reason is not null and total is null))
);
create index review_assignment_reviewer_ix on review_assignment (reviewer_username, id);

create table review_score (
    assignment_id bigint       not null references review_assignment (id),
    position      integer      not null,
    score         numeric(5,1) not null,
    constraint review_score_uk unique (assignment_id, position),
    constraint review_score_ck check (score >= 0)
);

create table incubator_entry_settings (
    id                bigint      not null primary key,
    version           bigint      not null,
    max_age_months    integer     not null,
    criteria_set_code varchar(40) not null,
    updated_at        timestamp   not null,
    constraint incubator_entry_settings_ck check (max_age_months between 1 and 240)
);

insert into review_criteria_set (id, version, code, name) values (1, 0, 'incubator-entry', '入孵评审标准');
insert into review_criterion (set_id, position, name, max_score) values
    (1, 1, '技术先进性', 30),
    (1, 2, '团队能力', 25),
    (1, 3, '市场前景', 25),
    (1, 4, '与载体定位契合度', 20);
insert into incubator_entry_settings values (1, 0, 24, 'incubator-entry', timestamp '2026-12-01 00:00:00');

create sequence entry_application_seq start with 1050 increment by 50;

create table entry_application (
    id               bigint        not null primary key,
    version          bigint        not null,
    county_id        bigint        not null references jurisdiction (id),
    carrier_id       bigint        not null references carrier (id),
    enterprise_id    bigint        not null references enterprise (id),
    unit_kind        varchar(12)   not null,
    area_m2          numeric(12,2) not null,
    business_summary varchar(2000) not null,
    technology_field varchar(40)   not null,
    founded_on       date          not null,
    applied_on       date,
    status           varchar(12)   not null,
    review_id        bigint        references review (id),
    decision_reason  varchar(500),
    decided_by       varchar(50),
    decided_on       date,
    created_at       timestamp     not null,
    updated_at       timestamp     not null,
    constraint entry_application_area_ck check (area_m2 > 0)
);
create index entry_application_county_ix on entry_application (county_id, id);
create index entry_application_status_ix on entry_application (status, id);
create index entry_application_carrier_ix on entry_application (carrier_id, id);
create index entry_application_enterprise_ix on entry_application (enterprise_id);

alter table agreement add column application_id bigint references entry_application (id);
alter table agreement add constraint agreement_application_uk unique (application_id);

-- Search fields find an enterprise by the pinyin initials of its name too ("jzlg" finds 江州蓝光电子). The
-- initials are computed in Java when a name is set; rows stored before (and demo rows) get theirs from
-- EnterpriseInitialsBackfill at startup.
alter table enterprise add column initials varchar(200);
