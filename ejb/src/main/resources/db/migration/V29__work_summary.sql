-- The work summary (工作总结): the sentence templates of each programme's section (defaults below, rewritten on
-- the administration page), and the summaries of a period for a county or the city with their numbered
-- versions (the clerk's narrative and the sections as generated when saved). Valid on H2 2.x and PostgreSQL 13+.

create table sum_template (
    id           bigint        not null primary key,
    version      bigint        not null,
    section      varchar(40)   not null,
    template_key varchar(40)   not null,
    position     integer       not null,
    text         varchar(1000) not null,
    updated_by   varchar(60),
    updated_at   timestamp,
    constraint sum_template_uk unique (section, template_key)
);

insert into sum_template (id, version, section, template_key, position, text) values
    (1, 0, 'commissioner', 'title', 0, '科技特派员工作'),
    (2, 0, 'commissioner', 'headcount', 1,
     '{period}{jurisdiction}选派科技特派员{total}，其中农业科技特派员{agriculture.change}(市派{agricultureCity.number}名)；新增工业企业科技特派员{industryNew}，联系企业{enterprisesLinkedByNew}。'),
    (3, 0, 'commissioner', 'services', 2,
     '科技特派员深入基层服务{visits}，举办培训{trainings}，培训{peopleTrained}，{peopleTrained.yoy}。'),
    (4, 0, 'commissioner', 'introductions', 3, '引进新品种{varieties}，推广新技术{technologies}。'),
    (11, 0, 'incubator', 'title', 0, '科技企业孵化'),
    (12, 0, 'incubator', 'carriers', 1,
     '{jurisdiction}共有科技企业孵化载体{carriers}，孵化场地{totalArea}，在孵企业{tenants.change}，其中新入孵企业{tenantsNew}。'),
    (13, 0, 'incubator', 'graduates', 2, '{period}毕业企业{graduates}，累计毕业企业{graduatesTotal}。'),
    (21, 0, 'financing', 'title', 0, '科技金融'),
    (22, 0, 'financing', 'financing', 1,
     '{period}新增融资{newAmount}（{newCount}），{newAmount.yoy}；截止目前，已经累计融资总额{cumulative}，在保余额{outstanding}。'),
    (31, 0, 'preparedness', 'title', 0, '防震减灾宣传'),
    (32, 0, 'preparedness', 'publicity', 1,
     '{period}{jurisdiction}开展防震减灾宣传活动{events}，受众{peopleReached}，现场咨询{consultations}，发放宣传资料{materialsIssued}。');

create sequence sum_summary_seq start with 1050 increment by 50;

create table sum_summary (
    id               bigint      not null primary key,
    version          bigint      not null,
    county_id        bigint      references jurisdiction (id),
    jurisdiction_key varchar(20) not null,
    period_from      date        not null,
    period_to        date        not null,
    period_kind      varchar(12) not null,
    latest_number    integer     not null,
    approved_number  integer,
    approved_by      varchar(60),
    approved_at      timestamp,
    constraint sum_summary_uk unique (period_from, period_to, jurisdiction_key),
    constraint sum_summary_period_ck check (period_to >= period_from)
);

create sequence sum_version_seq start with 1050 increment by 50;

create table sum_version (
    id          bigint         not null primary key,
    summary_id  bigint         not null references sum_summary (id),
    version_number integer     not null,
    highlights  varchar(8000),
    problems    varchar(8000),
    next_steps  varchar(8000),
    sections    varchar(60000) not null,
    prepared_by varchar(60)    not null,
    prepared_at timestamp      not null,
    constraint sum_version_uk unique (summary_id, version_number)
);
