-- Targets (指标任务) of the work summary: the city sets a county a yearly value for one figure of one section
-- (专利申请 205件, 新增融资 1亿元); the summary, the home page and the to-do list compare the figure's year to date
-- with it. One target per year, county, section and figure. Valid on H2 2.x and PostgreSQL 13+.

create sequence sum_target_seq start with 1050 increment by 50;

create table sum_target (
    id           bigint         not null primary key,
    version      bigint         not null,
    target_year  integer        not null,
    county_id    bigint         not null references jurisdiction (id),
    section      varchar(40)    not null,
    figure       varchar(40)    not null,
    target_value numeric(18, 2) not null,
    set_by       varchar(60)    not null,
    set_at       timestamp      not null,
    constraint sum_target_uk unique (target_year, county_id, section, figure),
    constraint sum_target_value_ck check (target_value >= 0)
);
