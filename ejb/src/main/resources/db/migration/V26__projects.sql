-- S&T plan projects (科技计划项目): the programme catalogue (kinds, programmes by level) and each year's calls
-- (指南), and the applications the bureau helps prepare for programmes of higher levels (向上申报): lead applicant
-- and consortium partners, budget, the story (steps of the path, the bureau's help, tranches received), the
-- documents. Valid on H2 2.x and PostgreSQL 13+. Money is numeric(19,2) yuan.

-- Kinds of programme (创新基金, 重点研发, 星火, 火炬 …): a reference table the bureau extends.
create table proj_programme_kind (
    code       varchar(20) not null primary key,
    name       varchar(40) not null,
    sort_order integer     not null,
    active     boolean     not null
);
insert into proj_programme_kind values
    ('INNOVATION_FUND', '科技型中小企业创新基金', 1, true),
    ('KEY_RD', '重点研发', 2, true),
    ('SPARK', '星火计划', 3, true),
    ('TORCH', '火炬计划', 4, true),
    ('SUPPORT', '科技支撑', 5, true),
    ('AGRI_DEMO', '农业科技示范', 6, true),
    ('POPULAR_BASE', '科普基地', 7, true);

create sequence proj_programme_seq start with 1050 increment by 50;

create table proj_programme (
    id         bigint       not null primary key,
    version    bigint       not null,
    name       varchar(100) not null,
    level      varchar(12)  not null,
    kind_code  varchar(20)  not null references proj_programme_kind (code),
    authority  varchar(100),
    active     boolean      not null,
    updated_at timestamp    not null,
    constraint proj_programme_name_uk unique (name)
);
create index proj_programme_level_ix on proj_programme (level, name, id);

create sequence proj_call_seq start with 1050 increment by 50;

create table proj_call (
    id              bigint        not null primary key,
    version         bigint        not null,
    programme_id    bigint        not null references proj_programme (id),
    call_year       integer       not null,
    title           varchar(200)  not null,
    opens_on        date          not null,
    closes_on       date          not null,
    budget          numeric(19,2),
    cap_per_project numeric(19,2) not null,
    eligibility     varchar(2000),
    updated_at      timestamp     not null,
    constraint proj_call_period_ck check (closes_on >= opens_on),
    constraint proj_call_cap_ck check (cap_per_project > 0 and (budget is null or cap_per_project <= budget))
);
create index proj_call_year_ix on proj_call (call_year, programme_id);
create index proj_call_closes_ix on proj_call (closes_on);

create sequence proj_application_seq start with 1050 increment by 50;

create table proj_application (
    id              bigint        not null primary key,
    version         bigint        not null,
    call_id         bigint        not null references proj_call (id),
    lead_id         bigint        not null references enterprise (id),
    county_id       bigint        not null references jurisdiction (id),
    title           varchar(200)  not null,
    tech_field      varchar(40)   not null,
    budget_total    numeric(19,2) not null,
    self_raised     numeric(19,2) not null,
    requested       numeric(19,2) not null,
    status          varchar(20)   not null,
    call_year       integer       not null,
    prepared_on     date          not null,
    prepared_by     varchar(50)   not null,
    recommended_by  varchar(50),
    granted         numeric(19,2),
    won_on          date,
    mid_term_due    date,
    acceptance_due  date,
    received        numeric(19,2) not null,
    created_by      varchar(50)   not null,
    updated_at      timestamp     not null,
    constraint proj_application_budget_ck check (requested > 0 and self_raised >= 0
        and self_raised + requested = budget_total),
    constraint proj_application_grant_ck check (granted is null or (granted > 0 and granted <= requested)),
    constraint proj_application_received_ck check (received >= 0 and received <= coalesce(granted, 0))
);
create index proj_application_prepared_ix on proj_application (prepared_on, id);
create index proj_application_county_ix on proj_application (county_id, prepared_on, id);
create index proj_application_status_ix on proj_application (status, prepared_on, id);
create index proj_application_year_ix on proj_application (call_year, prepared_on, id);
create index proj_application_call_ix on proj_application (call_id, status);
create index proj_application_lead_ix on proj_application (lead_id);

-- The consortium's partners besides the lead applicant, in the order entered.
create table proj_application_partner (
    application_id bigint  not null references proj_application (id),
    position       integer not null,
    enterprise_id  bigint  not null references enterprise (id),
    constraint proj_application_partner_uk unique (application_id, position)
);
create index proj_application_partner_ent_ix on proj_application_partner (enterprise_id);

-- The story: steps of the path (STEP with the status reached), the bureau's help (HELP with its kind), tranches
-- received (TRANCHE with the amount).
create table proj_event (
    application_id bigint        not null references proj_application (id),
    position       integer       not null,
    event_kind     varchar(8)    not null,
    status         varchar(20),
    help_kind      varchar(24),
    happened_on    date          not null,
    amount         numeric(19,2),
    note           varchar(1000),
    recorded_by    varchar(50)   not null,
    recorded_at    timestamp     not null,
    constraint proj_event_uk unique (application_id, position),
    constraint proj_event_kind_ck check ((event_kind = 'STEP' and status is not null)
        or (event_kind = 'HELP' and help_kind is not null)
        or (event_kind = 'TRANCHE' and amount is not null and amount > 0))
);

create sequence proj_document_seq start with 1050 increment by 50;

create table proj_document (
    id             bigint       not null primary key,
    application_id bigint       not null references proj_application (id),
    file_name      varchar(200) not null,
    content_type   varchar(40)  not null,
    size_bytes     bigint       not null,
    uploaded_by    varchar(50)  not null,
    uploaded_at    timestamp    not null
);
create index proj_document_app_ix on proj_document (application_id);

create table proj_document_content (
    id    bigint not null primary key references proj_document (id),
    bytes bytea  not null
);
