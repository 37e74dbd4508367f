-- Benchmark data of the preparedness module, added by bin/dev/benchmark.sh to a schema the application has
-- migrated and filled with its demo data (on its own marker, bench_preparedness_marker, as the incubator's).
-- Deterministic: every value is arithmetic on a generate_series number, no random().
-- psql variable: gen (this file's version, kept in the marker).
--
-- What it adds: a campaign per county (临江县 2, 云岭县 3) and month of 2025 and 2026 (ids 9000001–9000048);
-- 50,000 publicity events held in 2026 (Jan 1 – Nov 30) and 10,000 in 2025 (the statistics' same period last
-- year), half in each county, over its three demo townships, every venue kind, one in ten with a drill, one in
-- twenty still awaiting approval (ids from 9000001); each event issued knowledge readers, every fifth lent two
-- display boards (movement ids from 9000001). The 三网一员 register of a city-sized jurisdiction: 1,200 villages
-- (200 below each of the six demo townships, ids from 9000001, codes ending 800–999), each with a macro-observation
-- and a disaster rapid reporter but one in ten without the rapid one and one in twenty-five without the macro
-- one (gaps), and one former holder per tenth village whose post ended in 2025 (holder ids from 9000001).
\set ON_ERROR_STOP on
\timing on

begin;

drop table if exists bench_preparedness_marker;
delete from prep_reg_holder where id >= 9000001;
delete from jurisdiction where id >= 9000001;
delete from prep_material_movement where id >= 9000001;
delete from prep_event where id >= 9000001;
delete from prep_campaign where id >= 9000001;

insert into prep_campaign (id, version, county_id, name, theme, starts_on, ends_on, lead_office, member_units,
                           goal_events, goal_people, goal_schools, goal_reader, updated_at)
select 9000001 + (y - 2025) * 24 + c * 12 + m, 1, 2 + c, y || '年' || (m + 1) || '月防震减灾宣传', '基准数据',
       make_date(y, m + 1, 1), (make_date(y, m + 1, 1) + interval '1 month' - interval '1 day')::date, '县地震局',
       '县科技局', 2000, 500000, 40, 50000, timestamp '2025-01-01 09:00:00'
from generate_series(2025, 2026) y, generate_series(0, 1) c, generate_series(0, 11) m;

-- n: the event's number; y: its year; k: its number within the year (2026: 0 .. 49,999; 2025: 0 .. 9,999)
insert into prep_event (id, version, campaign_id, county_id, township_id, held_at, venue_kind, venue_name,
                        consultation_desk, display_boards, banners, lecture_topic, film_titles, drill_plan,
                        drill_participants, drill_minutes, staff, volunteers, people_reached, consultations,
                        leaders_present, status, approved_by, approved_at, updated_at)
select 9000001 + n, 2,
       9000001 + (y - 2025) * 24 + (k % 2) * 12 + (extract(month from d)::int - 1),
       2 + k % 2,
       (array[10, 14, 17, 20, 23, 27])[1 + (k % 2) * 3 + (k / 2) % 3],
       d + ((8 + k % 10) || ' hours')::interval,
       (array['SQUARE','COMMUNITY','SCHOOL','VILLAGE','ENTERPRISE','GOVERNMENT_OFFICE','MEDIA'])[1 + k % 7],
       case when k % 7 = 2 then '基准小学' || (k % 40) else '基准场所' || (k % 100) end,
       k % 3 = 0, k % 5, k % 3,
       case when k % 7 = 2 then '地震来了怎么办' end, null,
       case when k % 10 = 0 then '基准疏散演练预案' end,
       case when k % 10 = 0 then 100 + k % 200 end,
       case when k % 10 = 0 then 30 end,
       3, 5, 100 + k % 400, case when k % 3 = 0 then 20 + k % 30 else 0 end, null,
       case when k % 20 = 19 then 'RECORDED' else 'APPROVED' end,
       case when k % 20 = 19 then null else 'leader' end,
       case when k % 20 = 19 then null else d + interval '1 day' end,
       d + interval '1 day'
from (select n, case when n < 50000 then 2026 else 2025 end as y, case when n < 50000 then n else n - 50000 end as k
      from generate_series(0, 59999) n) s,
     lateral (select make_date(s.y, 1, 1) + (s.k % 334) as d) day;

insert into prep_material_movement (id, county_id, kind, type, quantity, event_id, moved_on, note, recorded_by,
                                    recorded_at)
select 9000001 + e.id - 9000001, e.county_id, 'READER', 'ISSUE', 10 + e.id % 50, e.id, e.held_at::date, null,
       'lj.clerk', e.held_at
from prep_event e where e.id >= 9000001;

insert into prep_material_movement (id, county_id, kind, type, quantity, event_id, moved_on, note, recorded_by,
                                    recorded_at)
select 9100001 + e.id - 9000001, e.county_id, 'DISPLAY_BOARD', 'LOAN', 2, e.id, e.held_at::date, null, 'lj.clerk',
       e.held_at
from prep_event e where e.id >= 9000001 and e.id % 5 = 0;

-- v: the village's number (0 .. 1,199); its township the v % 6-th of the demo's six
insert into jurisdiction (id, version, code, name, level, parent_id)
select 9000001 + v, 0, substr(t.code, 1, 9) || lpad((800 + v / 6)::text, 3, '0'), '基准' || (v + 1) || '村', 'VILLAGE', t.id
from generate_series(0, 1199) v
join (select id, code, row_number() over (order by code) - 1 as i from jurisdiction where level = 'TOWNSHIP'
      and id < 9000001) t on t.i = v % 6;

-- the current reporters (r: 0 macro-observation, 1 rapid), then the former macro-observation reporters
insert into prep_reg_holder (id, version, county_id, township_id, place_id, post, name, phone, since, ended_on,
                             current_place_id, updated_at)
select 9000001 + 2 * (j.id - 9000001) + r, 0, t.parent_id, t.id, j.id,
       case r when 0 then 'MACRO_REPORTER' else 'RAPID_REPORTER' end, '测报员' || j.id || '-' || r,
       '139' || lpad(((j.id * 7 + r) % 100000000)::text, 8, '0'), date '2026-01-01' + ((j.id % 300)::integer), null,
       j.id, timestamp '2026-01-01 09:00:00'
from jurisdiction j join jurisdiction t on t.id = j.parent_id, generate_series(0, 1) r
where j.id >= 9000001 and not (r = 1 and (j.id - 9000001) % 10 = 9) and not (r = 0 and (j.id - 9000001) % 25 = 24);

insert into prep_reg_holder (id, version, county_id, township_id, place_id, post, name, phone, since, ended_on,
                             current_place_id, updated_at)
select 9500001 + (j.id - 9000001), 0, t.parent_id, t.id, j.id, 'MACRO_REPORTER', '原测报员' || j.id,
       '138' || lpad((j.id % 100000000)::text, 8, '0'), date '2024-03-01', date '2025-06-30', null,
       timestamp '2025-06-30 09:00:00'
from jurisdiction j join jurisdiction t on t.id = j.parent_id
where j.id >= 9000001 and (j.id - 9000001) % 10 = 0;

create table bench_preparedness_marker (generator integer not null);
insert into bench_preparedness_marker values (:gen);

commit;

analyze prep_campaign;
analyze prep_event;
analyze prep_material_movement;
analyze jurisdiction;
analyze prep_reg_holder;
