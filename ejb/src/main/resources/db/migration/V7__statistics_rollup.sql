-- The statistics' monthly rollup: what the approved service logs of a commissioner add up to in a
-- calendar month (period_month = year * 100 + month), in a county. Each approval and each adoption
-- recorded adds to its rows in the same transaction (the commissioner's row locked first, so that two
-- approvals of the same commissioner add up rather than overwrite), so that the figures of whole months
-- are read from here, a row per commissioner and month, whatever the number of logs; the days of a
-- period that do not fill a month are read from the logs. The rows are filled from the approved logs
-- by the script db/rollup/afterMigrateApplied__statistics_rollup.sql, after every migration run that
-- applied something.

create table log_month (
    commissioner_id     bigint         not null references commissioner (id),
    period_month        integer        not null,
    county_id           bigint         not null references jurisdiction (id),
    logs                bigint         not null,
    days                numeric(12, 1) not null,
    people_trained      bigint         not null,
    demonstration_bases bigint         not null,
    income              numeric(20, 4) not null,
    trainings           bigint         not null,
    cooperations        bigint         not null,
    patents             bigint         not null,
    ventures            bigint         not null,
    primary key (commissioner_id, period_month, county_id)
);
create index log_month_period_ix on log_month (period_month, county_id);

-- the targets served: distinct targets of a period are the distinct (kind, key) of its months' rows
create table log_target_month (
    commissioner_id bigint      not null references commissioner (id),
    period_month    integer     not null,
    county_id       bigint      not null references jurisdiction (id),
    target_kind     varchar(20) not null,
    target_key      varchar(24) not null,
    logs            bigint      not null,
    primary key (commissioner_id, period_month, county_id, target_kind, target_key)
);
create index log_target_month_period_ix on log_target_month (period_month, county_id);

-- the named varieties and technologies introduced, with the income of their adoption (null while none
-- of them has an adoption recorded, as the sum over the introductions is)
create table log_innovation_month (
    commissioner_id bigint         not null references commissioner (id),
    period_month    integer        not null,
    county_id       bigint         not null references jurisdiction (id),
    innovation_id   bigint         not null references innovation (id),
    introductions   bigint         not null,
    adoption_income numeric(20, 4),
    primary key (commissioner_id, period_month, county_id, innovation_id)
);
create index log_innovation_month_period_ix on log_innovation_month (period_month, county_id);
