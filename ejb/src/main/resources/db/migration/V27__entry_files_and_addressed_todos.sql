-- Issue 11: the documents of an entry application (入孵申请材料), attached before submission and read by its
-- reviewers and the leader who decides; and to-do items addressed to one user of a role (a reviewer's own
-- assignment), which no other holder of the role sees.

create sequence inc_entry_file_seq start with 1050 increment by 50;

create table inc_entry_file (
    id             bigint       not null primary key,
    application_id bigint       not null references entry_application (id),
    kind           varchar(20)  not null,
    file_name      varchar(200) not null,
    content_type   varchar(40)  not null,
    size_bytes     bigint       not null,
    uploaded_by    varchar(50)  not null,
    uploaded_at    timestamp    not null,
    constraint inc_entry_file_kind_ck check (kind in ('BUSINESS_PLAN', 'BUSINESS_LICENCE', 'OTHER'))
);
-- an application's documents (the list, the count, the kinds its submission checks)
create index inc_entry_file_app_ix on inc_entry_file (application_id, kind);

create table inc_entry_file_content (
    id    bigint not null primary key references inc_entry_file (id),
    bytes bytea  not null
);

-- the one user who sees an item (a user name), or null: every holder of its role in its county
alter table todo_item add column addressee varchar(50);
-- "my open items" of a user to whom items are addressed
create index todo_user_open_ix on todo_item (addressee, resolved_at);

-- carrier search fields find a carrier by the pinyin initials of its name too ("txcy" finds 同心创业科技园); the
-- initials are computed in Java when a name is set, rows stored before get theirs at startup
alter table carrier add column initials varchar(100);
