-- Township assessment (乡镇防震减灾工作考核) and the preparedness statistics. Valid on H2 2.x and PostgreSQL 13+.
-- A year's criteria set (scheme) lists its criteria with their maximum scores (summing to 100) and where a
-- criterion's score is pre-filled from (source: MANUAL, EVENTS_HELD, DRILLS_HELD; full marks at full_at of
-- them); the grade bands are the scheme's. A township's assessment of a year keeps one score per criterion
-- with its evidence, the pre-filled score it was offered and the reason when it differs; a leader confirms it,
-- then it is frozen.

create sequence prep_assess_scheme_seq start with 1050 increment by 50;

create table prep_assess_scheme (
    id             bigint    not null primary key,
    version        bigint    not null,
    assess_year    integer   not null,
    excellent_from integer   not null,
    pass_from      integer   not null,
    updated_by     varchar(60) not null,
    updated_at     timestamp not null,
    constraint prep_assess_scheme_year_uk unique (assess_year),
    constraint prep_assess_scheme_bands_ck check (pass_from > 0 and excellent_from > pass_from and excellent_from <= 100)
);

create table prep_assess_criterion (
    scheme_id bigint       not null references prep_assess_scheme (id),
    position  integer      not null,
    code      varchar(30)  not null,
    name      varchar(100) not null,
    max_score integer      not null,
    source    varchar(30)  not null,
    full_at   integer,
    constraint prep_assess_criterion_pk primary key (scheme_id, position),
    constraint prep_assess_criterion_code_uk unique (scheme_id, code),
    constraint prep_assess_criterion_max_ck check (max_score > 0 and max_score <= 100)
);

create sequence prep_assess_seq start with 1050 increment by 50;

create table prep_assess (
    id           bigint       not null primary key,
    version      bigint       not null,
    assess_year  integer      not null,
    county_id    bigint       not null references jurisdiction (id),
    township_id  bigint       not null references jurisdiction (id),
    status       varchar(12)  not null,
    total        numeric(5,1) not null,
    grade        varchar(12),
    scored_by    varchar(60)  not null,
    updated_at   timestamp    not null,
    confirmed_by varchar(60),
    confirmed_at timestamp,
    constraint prep_assess_township_uk unique (township_id, assess_year)
);
create index prep_assess_county_ix on prep_assess (county_id, assess_year);

create table prep_assess_score (
    assessment_id bigint       not null references prep_assess (id),
    position      integer      not null,
    code          varchar(30)  not null,
    score         numeric(4,1) not null,
    suggested     numeric(4,1),
    evidence      varchar(500),
    reason        varchar(200),
    constraint prep_assess_score_pk primary key (assessment_id, position)
);

-- The statistics read the approved events of a period and what was issued or lent to them on its days.
create index prep_stat_event_held_ix on prep_event (held_at, status);
create index prep_stat_movement_moved_ix on prep_material_movement (moved_on, type);
