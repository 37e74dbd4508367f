-- Audit trail: append-only entries chained by SHA-256, and the chain head. Valid on H2 2.x and
-- PostgreSQL 13+. The sequence number is assigned by the application from the head row (locked while
-- appending), not by a database sequence, so that numbers have no gaps a rollback could leave.
-- V2 is reserved for the security context (users, roles, tokens).

create table audit_entry (
    seq               bigint        not null,
    occurred_at       timestamp     not null,
    actor             varchar(100)  not null,
    jurisdiction_code varchar(12),
    action            varchar(32)   not null,
    record_type       varchar(60),
    record_id         varchar(64),
    changes           varchar(8000),
    detail            varchar(500),
    previous_hash     varchar(64)   not null,
    hash              varchar(64)   not null,
    constraint audit_entry_pk primary key (seq)
);
create index audit_entry_actor_ix on audit_entry (actor, occurred_at);
create index audit_entry_record_ix on audit_entry (record_type, record_id);
create index audit_entry_action_ix on audit_entry (action, occurred_at);

-- One row: the sequence number and hash of the last entry; at first the genesis (64 zeros).
create table audit_chain_head (
    id   integer     not null primary key,
    seq  bigint      not null,
    hash varchar(64) not null
);
insert into audit_chain_head (id, seq, hash)
    values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
