-- SME financing guarantees (科技型中小企业融资服务平台): partners (guarantee companies, banks, the bureau's
-- platform), their cooperation agreements with a quota (合作额度), the limits' settings, links between
-- related enterprises, financing applications with their due-diligence files and the review committee's
-- (审保会) opinions, and the guarantees. Valid on H2 2.x and PostgreSQL 13+. Money is numeric(19,2) yuan.
--
-- The limits hold under concurrency by row locks: an approval locks its guarantee company's row, then its
-- agreement's row (always in that order), before it sums the guarantees in force and writes its own; two
-- approvals against one company are served one after the other and the second sees the first's guarantee.

create sequence fin_partner_seq start with 1050 increment by 50;

create table fin_partner (
    id                  bigint        not null primary key,
    version             bigint        not null,
    kind                varchar(12)   not null,
    name                varchar(100)  not null,
    category            varchar(12),
    net_assets          numeric(19,2),
    net_assets_on       date,
    contact             varchar(100),
    updated_at          timestamp     not null,
    constraint fin_partner_name_uk unique (name),
    constraint fin_partner_guarantor_ck check ((kind = 'GUARANTOR' and category is not null and net_assets is not null
                                                and net_assets_on is not null and net_assets > 0)
                                               or (kind <> 'GUARANTOR' and category is null and net_assets is null
                                                and net_assets_on is null))
);
create index fin_partner_kind_name_ix on fin_partner (kind, name, id);

create sequence fin_cooperation_seq start with 1050 increment by 50;

create table fin_cooperation (
    id              bigint        not null primary key,
    version         bigint        not null,
    guarantor_id    bigint        not null references fin_partner (id),
    counterparty_id bigint        not null references fin_partner (id),
    quota           numeric(19,2) not null,
    valid_from      date          not null,
    valid_to        date          not null,
    updated_at      timestamp     not null,
    constraint fin_cooperation_period_ck check (valid_to >= valid_from),
    constraint fin_cooperation_quota_ck check (quota > 0),
    constraint fin_cooperation_parties_ck check (guarantor_id <> counterparty_id)
);
create index fin_cooperation_guarantor_ix on fin_cooperation (guarantor_id, valid_from);

-- One row: the capacity multiple and the one-enterprise share of net assets for each category of company.
create table fin_settings (
    id                      bigint       not null primary key,
    version                 bigint       not null,
    standard_multiple       integer      not null,
    small_micro_multiple    integer      not null,
    standard_single_pct     numeric(5,2) not null,
    small_micro_single_pct  numeric(5,2) not null,
    updated_at              timestamp    not null,
    constraint fin_settings_one_ck check (id = 1),
    constraint fin_settings_ck check (standard_multiple > 0 and small_micro_multiple > 0
        and standard_single_pct > 0 and standard_single_pct <= 100
        and small_micro_single_pct > 0 and small_micro_single_pct <= 100)
);
insert into fin_settings values (1, 1, 10, 15, 10.00, 15.00, timestamp '2026-11-01 09:00:00');

-- Products (担保贷款, 科技贷, 知识产权质押 and whatever the bureau adds): a reference table.
create table fin_product (
    code       varchar(20)  not null primary key,
    name       varchar(40)  not null,
    sort_order integer      not null,
    active     boolean      not null
);
insert into fin_product values ('GUARANTEED', '担保贷款', 1, true), ('TECH', '科技贷', 2, true),
    ('IP_PLEDGE', '知识产权质押', 3, true);

-- Related parties (关联方): an undirected link between two enterprises, stored once with the lower id first.
create sequence fin_enterprise_link_seq start with 1050 increment by 50;

create table fin_enterprise_link (
    id           bigint       not null primary key,
    enterprise_a bigint       not null references enterprise (id),
    enterprise_b bigint       not null references enterprise (id),
    relation     varchar(100) not null,
    created_by   varchar(50)  not null,
    created_at   timestamp    not null,
    constraint fin_enterprise_link_uk unique (enterprise_a, enterprise_b),
    constraint fin_enterprise_link_order_ck check (enterprise_a < enterprise_b)
);
create index fin_enterprise_link_b_ix on fin_enterprise_link (enterprise_b);

create sequence fin_application_seq start with 1050 increment by 50;

create table fin_application (
    id               bigint        not null primary key,
    version          bigint        not null,
    enterprise_id    bigint        not null references enterprise (id),
    county_id        bigint        not null references jurisdiction (id),
    product_code     varchar(20)   not null references fin_product (code),
    amount           numeric(19,2) not null,
    term_months      integer       not null,
    purpose          varchar(500)  not null,
    bank_id          bigint        not null references fin_partner (id),
    guarantor_id     bigint        not null references fin_partner (id),
    status           varchar(20)   not null,
    submitted_on     date          not null,
    diligence_notes  varchar(2000),
    outcome          varchar(10),
    reasons          varchar(1000),
    prepared_by      varchar(50),
    prepared_at      timestamp,
    decided_by       varchar(50),
    decided_at       timestamp,
    created_by       varchar(50)   not null,
    updated_at       timestamp     not null,
    constraint fin_application_amount_ck check (amount > 0),
    constraint fin_application_term_ck check (term_months between 1 and 360)
);
create index fin_application_submitted_ix on fin_application (submitted_on, id);
create index fin_application_county_ix on fin_application (county_id, submitted_on, id);
create index fin_application_status_ix on fin_application (status, submitted_on, id);
create index fin_application_enterprise_ix on fin_application (enterprise_id);

create table fin_committee_opinion (
    application_id bigint       not null references fin_application (id),
    position       integer      not null,
    member         varchar(50)  not null,
    vote           varchar(10)  not null,
    remark         varchar(500),
    recorded_on    date         not null,
    constraint fin_committee_opinion_uk unique (application_id, position)
);

create sequence fin_application_file_seq start with 1050 increment by 50;

create table fin_application_file (
    id             bigint       not null primary key,
    application_id bigint       not null references fin_application (id),
    file_name      varchar(200) not null,
    content_type   varchar(40)  not null,
    size_bytes     bigint       not null,
    uploaded_by    varchar(50)  not null,
    uploaded_at    timestamp    not null
);
create index fin_application_file_app_ix on fin_application_file (application_id);

create table fin_application_file_content (
    id    bigint not null primary key references fin_application_file (id),
    bytes bytea  not null
);

-- A guarantee: proposed with the decision, in force (ACTIVE) once approved, DROPPED when the application is
-- rejected. The limits sum the ACTIVE ones.
create sequence fin_guarantee_seq start with 1050 increment by 50;

create table fin_guarantee (
    id              bigint        not null primary key,
    version         bigint        not null,
    application_id  bigint        not null references fin_application (id),
    guarantor_id    bigint        not null references fin_partner (id),
    cooperation_id  bigint        not null references fin_cooperation (id),
    enterprise_id   bigint        not null references enterprise (id),
    amount          numeric(19,2) not null,
    fee_rate        numeric(7,4)  not null,
    start_date      date          not null,
    end_date        date          not null,
    status          varchar(10)   not null,
    constraint fin_guarantee_application_uk unique (application_id),
    constraint fin_guarantee_amount_ck check (amount > 0),
    constraint fin_guarantee_rate_ck check (fee_rate >= 0 and fee_rate <= 100),
    constraint fin_guarantee_period_ck check (end_date >= start_date)
);
create index fin_guarantee_guarantor_ix on fin_guarantee (guarantor_id, status, enterprise_id);
create index fin_guarantee_cooperation_ix on fin_guarantee (cooperation_id, status);

create table fin_counter_guarantee (
    guarantee_id bigint        not null references fin_guarantee (id),
    position     integer       not null,
    kind         varchar(12)   not null,
    description  varchar(200)  not null,
    value_yuan   numeric(19,2) not null,
    constraint fin_counter_guarantee_uk unique (guarantee_id, position),
    constraint fin_counter_guarantee_ck check (value_yuan >= 0)
);
