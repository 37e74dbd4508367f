-- Demo data of the incubator's graduation and statistics (ids 610000–619999): yearly figures of the seed park's
-- first tenants (长春同心创业科技园, 临江县), money in 万元. 1 has received 520万元 of investment (eligible: over
-- 500万元 in all); 2 brought its 2024 revenue along and reached 480 + 560 = 1040万元 over 2024–2025 (eligible:
-- two consecutive years over 1000万元); the others are not eligible yet. Loaded only with demo data.

insert into incubatee_year (id, version, incubatee_id, carrier_id, county_id, fig_year, revenue, investment, employees,
    patents_applied, patents_granted, updated_at, updated_by) values
    (610001, 1, 1, 1, 2, 2025, 186.40, 520.00, 23, 3, 1, timestamp '2026-03-15 10:00:00', 'lj.incubator'),
    (610002, 1, 2, 1, 2, 2024, 480.00, 0.00, 31, 1, 0, timestamp '2026-03-15 10:00:00', 'lj.incubator'),
    (610003, 1, 2, 1, 2, 2025, 560.00, 0.00, 35, 2, 2, timestamp '2026-03-15 10:00:00', 'lj.incubator'),
    (610004, 1, 3, 1, 2, 2025, 95.20, 150.00, 12, 1, 0, timestamp '2026-03-15 10:00:00', 'lj.incubator'),
    (610005, 1, 4, 1, 2, 2025, 42.75, 0.00, 8, 0, 0, timestamp '2026-03-15 10:00:00', 'lj.incubator'),
    (610006, 1, 5, 1, 2, 2025, 18.00, 60.00, 6, 2, 0, timestamp '2026-03-15 10:00:00', 'lj.incubator'),
    (610007, 1, 6, 1, 2, 2025, 7.50, 0.00, 5, 0, 0, timestamp '2026-03-15 10:00:00', 'lj.incubator');
