-- The county's own plan (区/县级科技计划): applications of enterprises and units to calls of county-level
-- programmes, reviewed by experts (the review context, subject kind COUNTY_PLAN), decided by a leader (拟立项 with a
-- grant, or 不予立项 with the reason), a public notice (立项公示) with the objections received, 立项, the contract
-- with its milestones, the tranches paid, the mid-term check, the acceptance by experts and 结题. Valid on H2 2.x
-- and PostgreSQL 13+. Money is numeric(19,2) yuan.

create sequence plan_project_seq start with 1050 increment by 50;

create table plan_project (
    id                 bigint        not null primary key,
    version            bigint        not null,
    call_id            bigint        not null references proj_call (id),
    lead_id            bigint        not null references enterprise (id),
    county_id          bigint        not null references jurisdiction (id),
    title              varchar(200)  not null,
    tech_field         varchar(40)   not null,
    budget_total       numeric(19,2) not null,
    self_raised        numeric(19,2) not null,
    requested          numeric(19,2) not null,
    status             varchar(20)   not null,
    call_year          integer       not null,
    created_by         varchar(50)   not null,
    revised_by         varchar(50)   not null,
    submitted_by       varchar(50),
    submitted_on       date,
    review_id          bigint        references review (id),
    granted            numeric(19,2),
    decided_by         varchar(50),
    decided_on         date,
    decision_reason    varchar(1000),
    notice_starts      date,
    notice_ends        date,
    established_on     date,
    mid_term_due       date,
    acceptance_due     date,
    next_due           date,
    acceptance_experts varchar(300),
    paid               numeric(19,2) not null,
    updated_at         timestamp     not null,
    constraint plan_project_budget_ck check (requested > 0 and self_raised >= 0
        and self_raised + requested = budget_total),
    constraint plan_project_grant_ck check (granted is null or (granted > 0 and granted <= requested)),
    constraint plan_project_paid_ck check (paid >= 0 and paid <= coalesce(granted, 0))
);
create index plan_project_county_ix on plan_project (county_id, call_year, id);
create index plan_project_year_ix on plan_project (call_year, id);
create index plan_project_call_ix on plan_project (call_id, status);
create index plan_project_due_ix on plan_project (next_due);
create index plan_project_established_ix on plan_project (established_on);
create index plan_project_lead_ix on plan_project (lead_id);

-- The story: statuses reached and tranches paid (amount set), in the order recorded.
create table plan_event (
    project_id  bigint        not null references plan_project (id),
    position    integer       not null,
    status      varchar(20)   not null,
    happened_on date          not null,
    amount      numeric(19,2),
    note        varchar(1000),
    recorded_by varchar(50)   not null,
    recorded_at timestamp     not null,
    constraint plan_event_uk unique (project_id, position),
    constraint plan_event_amount_ck check (amount is null or amount > 0)
);
create index plan_event_tranche_ix on plan_event (happened_on, project_id);

create table plan_milestone (
    project_id  bigint       not null references plan_project (id),
    position    integer      not null,
    description varchar(200) not null,
    due_on      date         not null,
    done_on     date,
    constraint plan_milestone_uk unique (project_id, position)
);

create table plan_objection (
    project_id  bigint        not null references plan_project (id),
    position    integer       not null,
    received_on date          not null,
    objector    varchar(100)  not null,
    content     varchar(1000) not null,
    outcome     varchar(10)   not null,
    answer      varchar(1000),
    recorded_by varchar(50)   not null,
    settled_by  varchar(50),
    settled_at  timestamp,
    constraint plan_objection_uk unique (project_id, position)
);

-- The criteria the county plan's experts score on (a set never changes; other criteria are a new set).
insert into review_criteria_set (id, version, code, name) values (2, 0, 'county-plan', '县级科技计划评审标准');
insert into review_criterion (set_id, position, name, max_score) values
    (2, 1, '创新性与先进性', 30),
    (2, 2, '技术可行性', 25),
    (2, 3, '经济社会效益', 25),
    (2, 4, '承担单位实施基础', 20);
