-- The preparedness statistics' monthly rollup: what the approved publicity events of a campaign add up to in a
-- calendar month (period_month = year * 100 + month), per township and venue kind, and what was issued or lent
-- to them per township and material kind in the month moved. The approval of an event adds the event and the
-- movements it already has, and an issue or loan to an approved event adds the movement, in the same transaction
-- (the campaign's row locked first, so that two changes of one campaign add up rather than overwrite; every row
-- belongs to one campaign). The statistics of whole months read these rows, a few hundred a year whatever the
-- number of events, and the campaigns' progress sums a campaign's rows; distinct school venues are not additive
-- and are counted from the events (the index below). A period that does not fill its months reads the events.
-- The rows are filled from the records by db/rollup/afterMigrateApplied__preparedness_rollup.sql after every
-- migration run that applied something.

create table prep_event_month (
    campaign_id    bigint      not null references prep_campaign (id),
    period_month   integer     not null,
    county_id      bigint      not null references jurisdiction (id),
    township_id    bigint      not null references jurisdiction (id),
    venue_kind     varchar(20) not null,
    events         bigint      not null,
    people         bigint      not null,
    consultations  bigint      not null,
    drills         bigint      not null,
    participants   bigint      not null,
    boards         bigint      not null,
    banners        bigint      not null,
    primary key (campaign_id, period_month, township_id, venue_kind)
);
create index prep_event_month_period_ix on prep_event_month (period_month, county_id);

create table prep_issue_month (
    campaign_id  bigint      not null references prep_campaign (id),
    period_month integer     not null,
    county_id    bigint      not null references jurisdiction (id),
    township_id  bigint      not null references jurisdiction (id),
    kind         varchar(20) not null,
    quantity     bigint      not null,
    primary key (campaign_id, period_month, township_id, kind)
);
create index prep_issue_month_period_ix on prep_issue_month (period_month, county_id);

-- the distinct school venues of a period (by township) and of a campaign, read from the events themselves
create index prep_event_school_ix on prep_event (venue_kind, status, held_at, county_id, township_id, venue_name);
create index prep_event_school_campaign_ix on prep_event (venue_kind, status, campaign_id, venue_name);
