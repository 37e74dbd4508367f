-- Evidence before submission: a service log may be saved as a draft (status DRAFT), evidence attached to
-- it, and then submitted; while this rule is on (the default) a log needs at least one evidence item
-- (photo or stamped confirmation) to be submitted.
alter table commissioner_settings add column evidence_required boolean default true not null;
