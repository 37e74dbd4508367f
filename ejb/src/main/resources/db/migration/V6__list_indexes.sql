-- Indexes that serve each list's default and offered sorts, with the id as the tie-break, so that a
-- page (and a page continued after a cursor: sort <= v and (sort < v or id < i)) reads only its rows
-- in index order, however deep. The county-scoped variants serve county users, whose lists always
-- filter by county.

-- service logs: newest service date first by default; kind, status, submission time
drop index service_log_county_ix;
create index service_log_date_ix on service_log (service_date, id);
create index service_log_county_date_ix on service_log (county_id, service_date, id);
create index service_log_status_date_ix on service_log (status, service_date, id);
create index service_log_kind_ix on service_log (kind, id);
create index service_log_status_ix on service_log (status, id);
create index service_log_submitted_ix on service_log (submitted_at, id);

-- assignments: start date by default; end date, status, target
create index assignment_start_ix on assignment (start_date, id);
create index assignment_county_start_ix on assignment (county_id, start_date, id);
create index assignment_end_ix on assignment (end_date, id);
create index assignment_status_ix on assignment (status, id);
create index assignment_target_ix on assignment (target_key, id);

-- commissioners: by name
create index commissioner_name_ix on commissioner (name, id);
create index commissioner_county_name_ix on commissioner (county_id, name, id);

-- demands: newest first
create index demand_posted_ix on demand (posted_on, id);
create index demand_county_posted_ix on demand (county_id, posted_on, id);
