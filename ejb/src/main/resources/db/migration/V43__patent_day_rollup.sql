-- The patents' daily rollup: per day, county and type, how many patents were filed and how many granted that day.
-- The statistics (项目与指标统计, the work summary) sum it over any period instead of counting a year's patents one
-- by one (a county files thousands a year; the city a hundred thousand over ten years is the benchmark). The
-- application keeps it up to date when a patent is recorded or revised (PatentRollup); the script
-- db/rollup/afterMigrateApplied__patent_rollup.sql builds it again from the patents after every migration run that
-- applied something. Valid on H2 2.x and PostgreSQL.
create table ind_patent_day (
    count_day   date        not null,
    county_id   bigint      not null references jurisdiction (id),
    patent_type varchar(16) not null,
    applied     integer     not null,
    granted     integer     not null,
    constraint ind_patent_day_pk primary key (count_day, county_id, patent_type)
);
