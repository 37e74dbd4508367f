-- Benchmark data of the incubator module, added by bin/dev/benchmark.sh (after bench/generate.sql, or on its
-- own to a schema that already holds the logs) to a schema the application has migrated and filled with its
-- demo data. Deterministic: every value is arithmetic on a generate_series number, no random().
-- psql variable: gen (this file's version, kept in the marker bench_incubator_marker).
--
-- What it adds in the demo county 临江县 (id 2; township 城关镇, id 10) and 云岭县 (id 3):
--   the carrier 9000001 基准创业孵化园 (临江县) with 2,000 units (ids 9000001–9002000): buildings A座–D座,
--     25 floors of 20 rooms each (room code floor × 100 + room, e.g. 2507), D座 factory halls, the rest offices;
--     every 50th unit out of service;
--   20 years of agreements on it (2007–2026): ten successive two-year agreements per unit (k = 0 .. 9, ids
--     9000001 + unit × 10 + k for the agreement, its incubatee, its letting and its enterprise), each a new
--     incubatee of a new enterprise that exits when the agreement ends; every fifth one ends three months
--     early; the tenth is missing for every tenth unit (free today) and starts in 2027 for units ending in 5
--     (reserved); two relief steps each (months 1–12 at 100 %, 13–24 at 50 %) — 19,800 agreements (18,000 of
--     them ended), 19,800 lettings and enterprises, 39,600 relief steps;
--   1,000 more carriers (ids 9000002–9001001), half in each county, four units each (ids 9100001–9104000),
--     for the carrier list.
\set ON_ERROR_STOP on
\timing on

begin;

-- An earlier version of this data goes first (ids from 9,000,001 are the generator's).
drop table if exists bench_incubator_marker;
delete from unit_letting where id >= 9000001;
delete from agreement_relief where agreement_id >= 9000001;
delete from agreement where id >= 9000001;
delete from incubatee where id >= 9000001;
delete from enterprise where id >= 9000001;
delete from carrier_unit where id >= 9000001;
delete from carrier where id >= 9000001;

insert into carrier (id, version, county_id, name, kind, recognition_level, recognized_on, operator, opened_on,
                     address, created_at, updated_at)
values (9000001, 1, 2, '基准创业孵化园', 'INCUBATOR', 'PROVINCIAL', date '2010-06-01', '临江基准孵化园运营有限公司',
        date '2006-09-01', '临江县城关镇基准路1号', timestamp '2006-09-01 09:00:00', timestamp '2006-09-01 09:00:00');

insert into carrier (id, version, county_id, name, kind, recognition_level, recognized_on, operator, opened_on,
                     address, created_at, updated_at)
select 9000002 + n, 1, 2 + n % 2,
       (array['江州','临江','云岭','同心','青创','星火','启明','禾润','芯源','绿能'])[1 + n % 10]
           || (array['创业','科创','众创','智造','数字','青年','生物','新材料'])[1 + (n / 10) % 8]
           || (array['孵化器','众创空间','加速器','科技园'])[1 + n % 4] || lpad((n + 1)::text, 4, '0'),
       (array['INCUBATOR','MAKERSPACE','ACCELERATOR','SCIENCE_PARK'])[1 + n % 4],
       (array['NATIONAL','PROVINCIAL','MUNICIPAL','NONE','NONE'])[1 + n % 5],
       case when n % 5 < 3 then date '2012-01-01' + n % 3000 end,
       '基准运营管理有限公司' || lpad((n + 1)::text, 4, '0'), date '2008-01-01' + n * 5,
       case when n % 2 = 0 then '临江县城关镇' else '云岭县云城街道' end || '基准路' || (n + 2) || '号',
       timestamp '2008-01-01 09:00:00', timestamp '2008-01-01 09:00:00'
from generate_series(0, 999) n;

-- The large carrier's units: u = 0 .. 1999, building u / 500, floor 1 + (u % 500) / 20, room 1 + u % 20.
insert into carrier_unit (id, version, carrier_id, county_id, building, floor_no, room_code, kind, area_m2, list_rent,
                          status, updated_at)
select 9000001 + u, 1, 9000001, 2, (array['A座','B座','C座','D座'])[1 + u / 500], 1 + (u % 500) / 20,
       ((1 + (u % 500) / 20) * 100 + 1 + u % 20)::text,
       case when u / 500 = 3 then 'FACTORY' else 'OFFICE' end,
       case when u / 500 = 3 then 600 + (u % 7) * 50.5 else 60 + (u % 13) * 10.5 end,
       case when u / 500 = 3 then 15 else 20 + (u / 500) * 4 end,
       case when u % 50 = 49 then 'OUT_OF_SERVICE' else 'IN_SERVICE' end,
       timestamp '2006-09-01 09:00:00'
from generate_series(0, 1999) u;

-- The other carriers' units: four each.
insert into carrier_unit (id, version, carrier_id, county_id, building, floor_no, room_code, kind, area_m2, list_rent,
                          status, updated_at)
select 9100001 + n * 4 + r, 1, 9000002 + n, 2 + n % 2, '主楼', 1 + r / 2, (101 + r)::text,
       case when r = 3 then 'WORKSTATION' else 'OFFICE' end, case when r = 3 then 6 else 80 + r * 20.5 end,
       case when r = 3 then 50 else 25 end, 'IN_SERVICE', timestamp '2008-01-01 09:00:00'
from generate_series(0, 999) n cross join generate_series(0, 3) r;

-- The agreements' days: a = u * 10 + k; k-th two-year term from 2007 (a day in the first two months of the
-- term, by unit), every fifth ending three months early; the tenth term starts two years later (2027) for
-- units ending in 5 and is left out for units ending in 0.
create temporary table bench_terms on commit drop as
select u, k, u * 10 + k as a, s as start_date,
       case when (u + k) % 5 = 0 then (s + interval '21 months')::date - 1 else (s + interval '2 years')::date - 1 end
           as end_date
from (select u, k, (make_date(2007 + 2 * k + case when k = 9 and u % 10 = 5 then 2 else 0 end, 1, 1) + u % 60) as s
      from generate_series(0, 1999) u cross join generate_series(0, 9) k
      where not (k = 9 and u % 10 = 0)) t;

insert into enterprise (id, version, credit_code, name, kind, industry, county_id, township_id, address,
                        contact_name, contact_phone, high_tech_cert_no, high_tech_valid_until, sme_year,
                        created_at, updated_at)
select 9000001 + t.a, 1, '91359921BM' || lpad(t.a::text, 8, '0'),
       (array['江州','临江','云岭','同心','青创','星火','启明','禾润','芯源','绿能','匠心','云图'])[1 + t.a % 12]
           || (array['智能','软件','生物','微电子','储能','精工','光学','数据','医疗','物联'])[1 + (t.a / 12) % 10]
           || '科技有限公司' || lpad(t.a::text, 5, '0'),
       'ENTERPRISE', (array['电子信息','软件和信息服务','生物医药','新能源','装备制造','新材料'])[1 + t.a % 6],
       2, 10, '城关镇基准路1号', null, null, null, null, null,
       t.start_date::timestamp + interval '9 hours', t.start_date::timestamp + interval '9 hours'
from bench_terms t;

insert into incubatee (id, version, carrier_id, county_id, enterprise_id, entered_on, exited_on, exit_reason,
                       exit_note, updated_at)
select 9000001 + t.a, 1, 9000001, 2, 9000001 + t.a, t.start_date,
       case when t.k < 9 then t.end_date end,
       case when t.k < 9 then (array['GRADUATED','MOVED_OUT','FAILED','GRADUATED'])[1 + t.a % 4] end,
       case when t.k < 9 then '基准测试数据' end,
       t.start_date::timestamp + interval '9 hours'
from bench_terms t;

insert into agreement (id, version, incubatee_id, county_id, predecessor_id, start_date, end_date, deposit,
                       monthly_rent, status, created_at, updated_at)
select 9000001 + t.a, 1, 9000001 + t.a, 2, null, t.start_date, t.end_date,
       round(2 * cu.area_m2 * cu.list_rent, 2), round(cu.area_m2 * cu.list_rent, 2),
       case when t.k < 9 then 'ENDED' else 'ACTIVE' end,
       t.start_date::timestamp + interval '9 hours', t.start_date::timestamp + interval '9 hours'
from bench_terms t join carrier_unit cu on cu.id = 9000001 + t.u;

insert into agreement_relief (agreement_id, from_month, to_month, percent)
select 9000001 + t.a, s.from_month, s.to_month, s.percent
from bench_terms t cross join (values (1, 12, 100.00), (13, 24, 50.00)) s (from_month, to_month, percent);

insert into unit_letting (id, agreement_id, unit_id, start_date, end_date, area_m2, rent_rate)
select 9000001 + t.a, 9000001 + t.a, 9000001 + t.u, t.start_date, t.end_date, cu.area_m2, cu.list_rent
from bench_terms t join carrier_unit cu on cu.id = 9000001 + t.u;

create table bench_incubator_marker (generator integer not null, generated_at timestamp not null);
insert into bench_incubator_marker values (:gen, localtimestamp);

commit;

analyze carrier;
analyze carrier_unit;
analyze enterprise;
analyze incubatee;
analyze agreement;
analyze agreement_relief;
analyze unit_letting;

select (select count(*) from carrier) as carriers, (select count(*) from carrier_unit) as units,
       (select count(*) from agreement) as agreements, (select count(*) from unit_letting) as lettings;
