-- Users, roles, the security policy and integrator tokens. Valid on H2 2.x and PostgreSQL 13+.

create sequence user_account_seq start with 1050 increment by 50;

create table user_account (
    id                   bigint      not null primary key,
    version              bigint      not null,
    username             varchar(50) not null,
    display_name         varchar(50) not null,
    password_hash        varchar(200) not null,
    jurisdiction_id      bigint      not null references jurisdiction (id),
    enabled              boolean     not null,
    failed_attempts      integer     not null,
    locked_until         timestamp,
    password_changed_at  timestamp   not null,
    must_change_password boolean     not null,
    totp_secret          varchar(64),
    totp_last_step       bigint      not null,
    constraint user_account_username_uk unique (username)
);

create table user_role (
    user_id bigint      not null references user_account (id),
    role    varchar(30) not null,
    primary key (user_id, role)
);

-- Ordered lists of an account. No key on (user_id, position): EclipseLink renumbers positions with
-- inserts and updates in an order a unique key would refuse.
create table password_history (
    user_id       bigint       not null references user_account (id),
    position      integer      not null,
    password_hash varchar(200) not null
);
create index password_history_user_ix on password_history (user_id, position);

create table recovery_code (
    user_id   bigint      not null references user_account (id),
    position  integer     not null,
    code_hash varchar(64) not null
);
create index recovery_code_user_ix on recovery_code (user_id, position);

create table security_policy (
    id                    bigint  not null primary key,
    version               bigint  not null,
    min_length            integer not null,
    min_classes           integer not null,
    expiry_days           integer not null,
    history_size          integer not null,
    max_failures          integer not null,
    lock_minutes          integer not null,
    idle_minutes          integer not null,
    token_rate_per_second integer not null
);
insert into security_policy values (1, 1, 8, 3, 90, 5, 5, 15, 30, 50);

create sequence api_token_seq start with 1050 increment by 50;

create table api_token (
    id              bigint      not null primary key,
    version         bigint      not null,
    name            varchar(60) not null,
    prefix          varchar(12) not null,
    token_hash      varchar(64) not null,
    jurisdiction_id bigint      not null references jurisdiction (id),
    scope           varchar(20) not null,
    expires_at      timestamp   not null,
    revoked_at      timestamp,
    created_by      varchar(50) not null,
    created_at      timestamp   not null,
    constraint api_token_prefix_uk unique (prefix)
);
