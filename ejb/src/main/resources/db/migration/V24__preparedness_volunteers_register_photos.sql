-- Earthquake-preparedness volunteers (地震灾害志愿者队伍), the 三网一员 register and publicity event photos.
-- Valid on H2 2.x and PostgreSQL 13+.

-- A volunteer team of a township, its members (phone: personal information, shown masked) and what each
-- member attended: a training, or a drill (then the module's drill event when it was one), with the hours.
create sequence prep_vol_team_seq start with 1050 increment by 50;

create table prep_vol_team (
    id          bigint       not null primary key,
    version     bigint       not null,
    county_id   bigint       not null references jurisdiction (id),
    township_id bigint       not null references jurisdiction (id),
    name        varchar(100) not null,
    leader      varchar(50),
    updated_at  timestamp    not null,
    constraint prep_vol_team_name_uk unique (township_id, name)
);
create index prep_vol_team_county_ix on prep_vol_team (county_id, id);

create sequence prep_vol_member_seq start with 1050 increment by 50;

create table prep_vol_member (
    id         bigint       not null primary key,
    version    bigint       not null,
    team_id    bigint       not null references prep_vol_team (id),
    name       varchar(50)  not null,
    phone      varchar(13)  not null,
    skills     varchar(200),
    joined_on  date         not null,
    left_on    date,
    updated_at timestamp    not null
);
create index prep_vol_member_team_ix on prep_vol_member (team_id, id);

create sequence prep_vol_activity_seq start with 1050 increment by 50;

create table prep_vol_activity (
    id          bigint       not null primary key,
    member_id   bigint       not null references prep_vol_member (id),
    team_id     bigint       not null references prep_vol_team (id),
    kind        varchar(10)  not null,
    event_id    bigint       references prep_event (id),
    title       varchar(100) not null,
    held_on     date         not null,
    hours       decimal(5,1) not null,
    recorded_by varchar(60)  not null,
    recorded_at timestamp    not null,
    constraint prep_vol_activity_hours_ck check (hours > 0 and hours <= 24),
    constraint prep_vol_activity_event_ck check (event_id is null or kind = 'DRILL')
);
create index prep_vol_activity_member_ix on prep_vol_activity (member_id, held_on);
create index prep_vol_activity_team_ix on prep_vol_activity (team_id, held_on);
create index prep_vol_activity_held_ix on prep_vol_activity (held_on, team_id);

-- The 三网一员 register: one assistant (防震减灾助理员) per township, one macro-observation reporter
-- (宏观测报员) and one disaster rapid reporter (灾情速报员) per village or community (villages are
-- jurisdictions of the VILLAGE level). A holder is current until ended; current_place_id is the place while
-- the holder is current and null after, so the unique key allows one current holder per post and place.
create sequence prep_reg_holder_seq start with 1050 increment by 50;

create table prep_reg_holder (
    id               bigint      not null primary key,
    version          bigint      not null,
    county_id        bigint      not null references jurisdiction (id),
    township_id      bigint      not null references jurisdiction (id),
    place_id         bigint      not null references jurisdiction (id),
    post             varchar(20) not null,
    name             varchar(50) not null,
    phone            varchar(13) not null,
    since            date        not null,
    ended_on         date,
    current_place_id bigint,
    updated_at       timestamp   not null,
    constraint prep_reg_holder_current_uk unique (post, current_place_id),
    constraint prep_reg_holder_current_ck check ((ended_on is null and current_place_id = place_id)
        or (ended_on is not null and current_place_id is null)),
    constraint prep_reg_holder_ended_ck check (ended_on is null or ended_on >= since)
);
create index prep_reg_holder_county_ix on prep_reg_holder (county_id, township_id, place_id);
create index prep_reg_holder_place_ix on prep_reg_holder (place_id, post, since);

-- Photos of a publicity event (JPEG or PNG by their first bytes); the bytes apart, read only when served.
create sequence prep_photo_seq start with 1050 increment by 50;

create table prep_photo (
    id           bigint       not null primary key,
    event_id     bigint       not null references prep_event (id),
    file_name    varchar(200) not null,
    content_type varchar(40)  not null,
    size_bytes   bigint       not null,
    uploaded_by  varchar(50)  not null,
    uploaded_at  timestamp    not null
);
create index prep_photo_event_ix on prep_photo (event_id, id);

create table prep_photo_content (
    id    bigint not null primary key references prep_photo (id),
    bytes bytea  not null
);
