-- The projects' daily events rollup: per day, county and programme, the applications that learnt they were not
-- won (未立项) that day and the tranches received (拨付) that day. The statistics (项目与指标统计, the work summary)
-- sum it over a period instead of joining a year's events to their applications (the benchmark's 100,000
-- applications made that join the slowest part of the statistics). An application's county and call are fixed
-- once it leaves preparation, and its events are never changed nor removed, so the application keeps the rows up
-- to date by adding to them when it records such an event (ProjectEventRollup); the script
-- db/rollup/afterMigrateApplied__project_rollup.sql builds them again from the events after every migration run
-- that applied something. Valid on H2 2.x and PostgreSQL.
create table proj_event_day (
    count_day    date          not null,
    county_id    bigint        not null references jurisdiction (id),
    programme_id bigint        not null references proj_programme (id),
    not_won      integer       not null,
    received     numeric(19,2) not null,
    constraint proj_event_day_pk primary key (count_day, county_id, programme_id)
);
