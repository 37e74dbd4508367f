-- The signed tripartite agreement (三方协议) of an assignment: PDFs or scanned pages, checked like a
-- log's evidence; the bytes apart, so that listing the files never reads them.
create sequence agreement_file_seq start with 1050 increment by 50;

create table agreement_file (
    id            bigint       not null primary key,
    assignment_id bigint       not null references assignment (id),
    file_name     varchar(200) not null,
    content_type  varchar(40)  not null,
    size_bytes    bigint       not null,
    uploaded_by   varchar(50)  not null,
    uploaded_at   timestamp    not null
);
create index agreement_file_assignment_ix on agreement_file (assignment_id);

create table agreement_file_content (
    id    bigint not null primary key references agreement_file (id),
    bytes bytea  not null
);
