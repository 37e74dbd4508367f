-- Earthquake-preparedness campaigns (防震减灾宣传): campaigns and their goals, publicity events, and each
-- county's stock of publicity materials with every movement in and out. Valid on H2 2.x and PostgreSQL 13+.
-- A campaign's goals are columns, one per material kind (null: no goal); its progress is not stored: it is
-- counted from its approved events and their movements.

create sequence prep_campaign_seq start with 1050 increment by 50;

create table prep_campaign (
    id           bigint       not null primary key,
    version      bigint       not null,
    county_id    bigint       not null references jurisdiction (id),
    name         varchar(100) not null,
    theme        varchar(200),
    starts_on    date         not null,
    ends_on      date         not null,
    lead_office  varchar(100) not null,
    member_units varchar(500),
    goal_events  integer,
    goal_people  integer,
    goal_schools integer,
    goal_reader        integer,
    goal_handbook      integer,
    goal_comic         integer,
    goal_folder        integer,
    goal_leaflet       integer,
    goal_disc          integer,
    goal_souvenir      integer,
    goal_display_board integer,
    goal_banner        integer,
    updated_at   timestamp    not null,
    constraint prep_campaign_period_ck check (ends_on >= starts_on),
    constraint prep_campaign_goals_ck check (goal_events > 0 and goal_people > 0 and goal_schools > 0
        and goal_reader > 0 and goal_handbook > 0 and goal_comic > 0 and goal_folder > 0 and goal_leaflet > 0
        and goal_disc > 0 and goal_souvenir > 0 and goal_display_board > 0 and goal_banner > 0)
);
create index prep_campaign_county_ix on prep_campaign (county_id, starts_on, id);
create index prep_campaign_starts_ix on prep_campaign (starts_on, id);

create sequence prep_event_seq start with 1050 increment by 50;

create table prep_event (
    id                 bigint       not null primary key,
    version            bigint       not null,
    campaign_id        bigint       not null references prep_campaign (id),
    county_id          bigint       not null references jurisdiction (id),
    township_id        bigint       not null references jurisdiction (id),
    held_at            timestamp    not null,
    venue_kind         varchar(20)  not null,
    venue_name         varchar(100) not null,
    consultation_desk  boolean      not null,
    display_boards     integer      not null,
    banners            integer      not null,
    lecture_topic      varchar(200),
    film_titles        varchar(300),
    drill_plan         varchar(300),
    drill_participants integer,
    drill_minutes      integer,
    staff              integer      not null,
    volunteers         integer      not null,
    people_reached     integer      not null,
    consultations      integer      not null,
    leaders_present    varchar(200),
    status             varchar(12)  not null,
    approved_by        varchar(60),
    approved_at        timestamp,
    updated_at         timestamp    not null,
    constraint prep_event_counts_ck check (display_boards >= 0 and banners >= 0 and staff >= 0
        and volunteers >= 0 and people_reached >= 0 and consultations >= 0)
);
create index prep_event_campaign_ix on prep_event (campaign_id, held_at, id);
create index prep_event_county_ix on prep_event (county_id, held_at, id);

create sequence prep_material_stock_seq start with 1050 increment by 50;

create table prep_material_stock (
    id        bigint      not null primary key,
    version   bigint      not null,
    county_id bigint      not null references jurisdiction (id),
    kind      varchar(20) not null,
    on_hand   bigint      not null,
    lent      bigint      not null,
    constraint prep_material_stock_uk unique (county_id, kind),
    constraint prep_material_stock_on_hand_ck check (on_hand >= 0),
    constraint prep_material_stock_lent_ck check (lent >= 0)
);

create sequence prep_material_movement_seq start with 1050 increment by 50;

create table prep_material_movement (
    id          bigint       not null primary key,
    county_id   bigint       not null references jurisdiction (id),
    kind        varchar(20)  not null,
    type        varchar(10)  not null,
    quantity    integer      not null,
    event_id    bigint       references prep_event (id),
    moved_on    date         not null,
    note        varchar(200),
    recorded_by varchar(60)  not null,
    recorded_at timestamp    not null,
    constraint prep_material_movement_quantity_ck check (quantity > 0),
    constraint prep_material_movement_event_ck check ((type = 'RECEIPT') = (event_id is null))
);
create index prep_material_movement_event_ix on prep_material_movement (event_id, kind);
create index prep_material_movement_county_ix on prep_material_movement (county_id, kind);
