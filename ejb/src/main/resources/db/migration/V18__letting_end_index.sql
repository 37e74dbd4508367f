-- The occupancy view of a carrier reads the lettings that end on or after its day (the ones that hold a
-- unit then or will). Without an index on the last day that is a scan of every letting ever made, in every
-- carrier, so the view grew slower with each year of history (20 years of a 2,000-unit carrier: 20,000
-- lettings read for 1,400). With it, the lettings still running or to come. Valid on H2 2.x and PostgreSQL.

create index unit_letting_end_ix on unit_letting (end_date, unit_id);
