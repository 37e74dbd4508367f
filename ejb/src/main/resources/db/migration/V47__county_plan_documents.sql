-- Documents of the county plan's applications live beside those of the applications to higher levels: a document
-- refers to exactly one owner, an application to a higher level or a project of the county plan.
alter table proj_document alter column application_id drop not null;
alter table proj_document add column plan_project_id bigint references plan_project (id);
alter table proj_document add constraint proj_document_one_owner check (
    (application_id is not null and plan_project_id is null)
    or (application_id is null and plan_project_id is not null));
create index proj_document_plan_ix on proj_document (plan_project_id);
