-- The project statistics (科技项目统计) read ranges of days: the applications won in a period, the acceptances due
-- up to a day, and the events of a period (results not won and tranches received). Valid on H2 2.x and PostgreSQL.
create index proj_application_won_ix on proj_application (won_on, county_id);
create index proj_application_acceptance_ix on proj_application (acceptance_due, county_id);
create index proj_event_day_ix on proj_event (happened_on, event_kind, status);
