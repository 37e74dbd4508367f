-- Science-technology commissioners (科技特派员): registry, demands, assignments, service logs with
-- named varieties and technologies, evidence, satisfaction ratings, assessments and the programme's
-- settings. Valid on H2 2.x and PostgreSQL 13+. Logs copy commissioner, county and target from their
-- assignment so that statistics aggregate over one table.

create table commissioner_settings (
    id                         bigint      not null primary key,
    version                    bigint      not null,
    bar_party_government_staff boolean     not null,
    max_active_assignments     integer     not null,
    quota_visits               integer     not null,
    quota_days                 integer     not null,
    results_target             integer     not null,
    service_weight             integer     not null,
    results_weight             integer     not null,
    satisfaction_weight        integer     not null,
    excellent_from             integer     not null,
    good_from                  integer     not null,
    pass_from                  integer     not null,
    evidence_max_mb            integer     not null,
    updated_at                 timestamp   not null,
    updated_by                 varchar(50) not null
);
insert into commissioner_settings values (1, 1, true, 3, 12, 30, 6, 60, 20, 20, 90, 75, 60, 10,
                                          timestamp '2026-01-01 00:00:00', 'system');

create sequence commissioner_seq start with 1050 increment by 50;

create table commissioner (
    id                bigint       not null primary key,
    version           bigint       not null,
    county_id         bigint       not null references jurisdiction (id),
    name              varchar(100) not null,
    gender            varchar(10),
    resident_id       varchar(18),
    phone             varchar(13),
    employer_id       bigint       references enterprise (id),
    employer_name     varchar(200) not null,
    employer_category varchar(30)  not null,
    title             varchar(20)  not null,
    kind              varchar(20)  not null,
    service_field     varchar(20)  not null,
    dispatch_level    varchar(20)  not null,
    posted_on         date         not null,
    status            varchar(10)  not null,
    ended_on          date,
    created_at        timestamp    not null,
    updated_at        timestamp    not null,
    constraint commissioner_resident_id_uk unique (resident_id)
);
create index commissioner_county_ix on commissioner (county_id, status, name);
create index commissioner_employer_ix on commissioner (employer_id);

-- Ordered lists: no key on (commissioner_id, position), EclipseLink renumbers in an order a key would refuse.
create table commissioner_specialty (
    commissioner_id bigint      not null references commissioner (id),
    position        integer     not null,
    specialty       varchar(30) not null
);
create index commissioner_specialty_ix on commissioner_specialty (commissioner_id, position);

create table commissioner_member (
    commissioner_id bigint      not null references commissioner (id),
    position        integer     not null,
    name            varchar(50) not null,
    title           varchar(20) not null,
    specialty       varchar(60)
);
create index commissioner_member_ix on commissioner_member (commissioner_id, position);

create sequence assignment_seq start with 1050 increment by 50;

create table assignment (
    id                        bigint        not null primary key,
    version                   bigint        not null,
    commissioner_id           bigint        not null references commissioner (id),
    county_id                 bigint        not null references jurisdiction (id),
    target_kind               varchar(20)   not null,
    village_id                bigint        references jurisdiction (id),
    organisation_id           bigint        references enterprise (id),
    target_key                varchar(24)   not null,
    start_date                date          not null,
    end_date                  date          not null,
    goals                     varchar(2000) not null,
    commissioner_confirmed_on date,
    target_confirmed_on       date,
    status                    varchar(10)   not null,
    ended_on                  date,
    end_reason                varchar(500),
    created_at                timestamp     not null,
    updated_at                timestamp     not null,
    constraint assignment_period_ck check (end_date > start_date)
);
create index assignment_commissioner_ix on assignment (commissioner_id, status);
create index assignment_county_ix on assignment (county_id, status, end_date);
create index assignment_village_ix on assignment (village_id);
create index assignment_organisation_ix on assignment (organisation_id);

create sequence demand_seq start with 1050 increment by 50;

create table demand (
    id              bigint        not null primary key,
    version         bigint        not null,
    county_id       bigint        not null references jurisdiction (id),
    target_kind     varchar(20)   not null,
    village_id      bigint        references jurisdiction (id),
    organisation_id bigint        references enterprise (id),
    target_key      varchar(24)   not null,
    service_field   varchar(20)   not null,
    problem         varchar(2000) not null,
    posted_on       date          not null,
    status          varchar(12)   not null,
    assignment_id   bigint        references assignment (id),
    updated_at      timestamp     not null
);
create index demand_county_ix on demand (county_id, status);
create index demand_organisation_ix on demand (organisation_id);

create sequence innovation_seq start with 1050 increment by 50;

create table innovation (
    id        bigint      not null primary key,
    county_id bigint      not null references jurisdiction (id),
    kind      varchar(20) not null,
    name      varchar(60) not null,
    constraint innovation_name_uk unique (county_id, kind, name)
);

create sequence service_log_seq start with 1050 increment by 50;

create table service_log (
    id                  bigint        not null primary key,
    version             bigint        not null,
    assignment_id       bigint        not null references assignment (id),
    commissioner_id     bigint        not null references commissioner (id),
    county_id           bigint        not null references jurisdiction (id),
    target_kind         varchar(20)   not null,
    target_key          varchar(24)   not null,
    service_date        date          not null,
    kind                varchar(30)   not null,
    days                numeric(5, 1) not null,
    people_trained      integer       not null,
    demonstration_bases integer       not null,
    income              numeric(16, 4) not null,
    summary             varchar(2000) not null,
    status              varchar(10)   not null,
    submitted_by        varchar(50)   not null,
    submitted_at        timestamp     not null,
    reviewed_by         varchar(50),
    reviewed_at         timestamp,
    rejection_reason    varchar(500)
);
-- Statistics read approved logs of a period in a county; the assessment per commissioner and year.
create index service_log_stats_ix on service_log (status, service_date, county_id);
create index service_log_commissioner_ix on service_log (commissioner_id, service_date);
create index service_log_assignment_ix on service_log (assignment_id);
create index service_log_county_ix on service_log (county_id, service_date);

create sequence introduction_seq start with 1050 increment by 50;

create table introduction (
    id                   bigint         not null primary key,
    log_id               bigint         not null references service_log (id),
    innovation_id        bigint         not null references innovation (id),
    adopted_area         numeric(14, 2),
    adopted_households   integer,
    adoption_income      numeric(16, 4),
    adoption_recorded_on date,
    constraint introduction_uk unique (log_id, innovation_id)
);
create index introduction_innovation_ix on introduction (innovation_id);

create sequence evidence_seq start with 1050 increment by 50;

create table evidence (
    id           bigint       not null primary key,
    log_id       bigint       not null references service_log (id),
    kind         varchar(20)  not null,
    file_name    varchar(200) not null,
    content_type varchar(40)  not null,
    size_bytes   bigint       not null,
    uploaded_by  varchar(50)  not null,
    uploaded_at  timestamp    not null
);
create index evidence_log_ix on evidence (log_id);

create table evidence_content (
    id    bigint not null primary key references evidence (id),
    bytes bytea  not null
);

create sequence satisfaction_rating_seq start with 1050 increment by 50;

create table satisfaction_rating (
    id            bigint      not null primary key,
    version       bigint      not null,
    assignment_id bigint      not null references assignment (id),
    rating_year   integer     not null,
    score         integer     not null,
    rated_by      varchar(50) not null,
    rated_at      timestamp   not null,
    constraint satisfaction_rating_uk unique (assignment_id, rating_year)
);

create sequence assessment_seq start with 1050 increment by 50;

create table assessment (
    id                 bigint        not null primary key,
    commissioner_id    bigint        not null references commissioner (id),
    assessment_year    integer       not null,
    visits             bigint        not null,
    days               numeric(7, 1) not null,
    results            bigint        not null,
    satisfaction       numeric(5, 1),
    service_score      numeric(4, 1) not null,
    results_score      numeric(4, 1) not null,
    satisfaction_score numeric(4, 1) not null,
    total              numeric(4, 1) not null,
    quota_met          boolean       not null,
    grade              varchar(10)   not null,
    confirmed_by       varchar(50)   not null,
    confirmed_at       timestamp     not null,
    constraint assessment_uk unique (commissioner_id, assessment_year)
);
