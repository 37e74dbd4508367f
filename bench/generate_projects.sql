-- Benchmark data of the S&T projects module and the enterprise innovation indicators, added by bin/dev/benchmark.sh
-- (after the other generators, or on its own to a schema that already holds their data) to a schema the
-- application has migrated and filled with its demo data. Deterministic: every value is arithmetic on a
-- generate_series number, no random().
-- psql variable: gen (this file's version, kept in the marker bench_projects_marker).
--
-- What it adds in the demo counties 临江县 (id 2, township 城关镇 10) and 云岭县 (id 3, township 云城街道 20):
--   2,000 enterprises (ids 9600001–9602000), half in each county; every other one was recognised as a 高新技术企业
--     (the pipeline's row and master data's certificate, issued on a day of 2017–2026, valid three years);
--   a call a year (2017–2026) of each of the demo's six programmes of higher levels (ids 9600001–9600060);
--   100,000 applications to them (ids 9600001–9700000), 10,000 a year, prepared on a day of the year spread over
--     its first 330 days, each led by one of the enterprises; by the application's number n: n % 10 in 0–2 not
--     won (the result 100 days after preparing), 3 still under review, 4 won, 5–8 contracted (mid-term report due
--     a year after winning, acceptance two years after) and, once 700 days after winning have passed, accepted
--     (5–7 passed, 8 closed too), 9 failed at the acceptance; one in a hundred contracted ones never concluded
--     (overdue); the won ones granted 50–95 % of the request 100 days after preparing, with the tranches received
--     (60 % a month after winning, the rest a year after for the contracted ones); nothing is dated after
--     2026-11-30: an application whose next step would be is left before it;
--   about 150,000 events of their story (results not won, acceptances passed or failed, tranches received);
--   1,000,000 patents (ids 9600001–10600000) filed 2017-01-01 – 2026-11-30 (about 100,000 a year) by the same
--     enterprises: three in ten inventions, half utility models, the rest designs; granted (six months after filing,
--     inventions eighteen) when that day has come, one in ten of those lapsed, one in ten of the rest rejected.
\set ON_ERROR_STOP on
\timing on

begin;

-- An earlier version of this data goes first (ids from 9,600,001 are the generator's).
drop table if exists bench_projects_marker;
delete from ind_patent where id >= 9600001;
delete from ind_high_tech where id >= 9600001;
delete from proj_event where application_id >= 9600001;
delete from proj_application where id >= 9600001;
delete from proj_call where id >= 9600001;
delete from enterprise where id between 9600001 and 9602000;

insert into enterprise (id, version, credit_code, name, kind, industry, county_id, township_id, address,
                        contact_name, contact_phone, high_tech_cert_no, high_tech_valid_until, sme_year,
                        created_at, updated_at)
select 9600001 + e, 1, '91359921PJ' || lpad(e::text, 8, '0'),
       (array['江州','临江','云岭','同心','青创','星火','启明','禾润','芯源','绿能','匠心','云图'])[1 + e % 12]
           || (array['智能','软件','生物','微电子','储能','精工','光学','数据','医疗','物联'])[1 + (e / 12) % 10]
           || '创新科技有限公司' || lpad(e::text, 4, '0'),
       'ENTERPRISE', (array['电子信息','软件和信息服务','生物医药','新能源','装备制造','新材料'])[1 + e % 6],
       2 + e % 2, case when e % 2 = 0 then 10 else 20 end, '基准创新路' || (e + 1) || '号', null, null,
       case when e % 2 = 0 then 'GR' || (2017 + (e / 2) % 10) || lpad(e::text, 8, '0') end,
       case when e % 2 = 0 then (make_date(2017 + (e / 2) % 10, 1, 1) + (e * 7) % 330 + interval '3 years')::date - 1 end,
       null, timestamp '2016-06-01 09:00:00', timestamp '2016-06-01 09:00:00'
from generate_series(0, 1999) e;

insert into ind_high_tech (id, version, enterprise_id, county_id, stage, entered_on, note, application_year,
                           submitted_on, certificate_no, issued_on, failure_reason, updated_at)
select 9600001 + e, 1, 9600001 + e, 2 + e % 2, 'RECOGNISED',
       make_date(2016 + (e / 2) % 10, 3, 1), null, 2017 + (e / 2) % 10, make_date(2017 + (e / 2) % 10, 1, 1) + (e * 7) % 330 - 90,
       'GR' || (2017 + (e / 2) % 10) || lpad(e::text, 8, '0'), make_date(2017 + (e / 2) % 10, 1, 1) + (e * 7) % 330,
       null, timestamp '2026-11-30 09:00:00'
from generate_series(0, 1999, 2) e;

-- The calls: programme p (0–5: the demo's 1400001–1400006), year y (0–9: 2017–2026); id 9600001 + y * 6 + p.
insert into proj_call (id, version, programme_id, call_year, title, opens_on, closes_on, budget, cap_per_project,
                       eligibility, updated_at)
select 9600001 + y * 6 + p, 1, 1400001 + p, 2017 + y, (2017 + y) || ' 年度基准申报指南 ' || (p + 1),
       make_date(2017 + y, 1, 1), make_date(2017 + y, 12, 31), null, 2000000.00, null, timestamp '2016-12-01 09:00:00'
from generate_series(0, 9) y cross join generate_series(0, 5) p;

-- The applications' days: n = 0 .. 99,999; year n / 10,000; the result (won or not) 100 days after preparing.
create temporary table bench_apps on commit drop as
select n, 2017 + n / 10000 as year, n % 10 as k, n % 6 as p, 9600001 + (n * 7) % 2000 as lead,
       make_date(2017 + n / 10000, 1, 1) + (n * 13) % 330 as prepared_on,
       make_date(2017 + n / 10000, 1, 1) + (n * 13) % 330 + 100 as result_on,
       (100000 + (n % 19) * 50000)::numeric(19,2) as requested
from generate_series(0, 99999) n;

-- Where each one stands: its planned status, moved back to where the story really is on 2026-11-30.
create temporary table bench_app_status on commit drop as
select a.*, e.county_id,
       case when a.k = 3 or a.result_on > date '2026-11-30' then 'UNDER_REVIEW'
            when a.k <= 2 then 'NOT_WON'
            when a.k = 4 then 'WON'
            when a.result_on + 700 > date '2026-11-30' or a.n % 100 = 55 then 'CONTRACTED'
            when a.k in (5, 6, 7) then 'ACCEPTANCE_PASSED'
            when a.k = 8 then 'CLOSED'
            else 'ACCEPTANCE_FAILED' end as status,
       round(a.requested * (50 + (a.n % 10) * 5) / 100, 2) as grant_amount
from bench_apps a join enterprise e on e.id = a.lead;

insert into proj_application (id, version, call_id, lead_id, county_id, title, tech_field, budget_total, self_raised,
                              requested, status, call_year, prepared_on, prepared_by, recommended_by, granted, won_on,
                              mid_term_due, acceptance_due, accepted_on, received, created_by, updated_at)
select 9600001 + s.n, 1, 9600001 + (s.year - 2017) * 6 + s.p, s.lead, s.county_id,
       '基准科技项目' || lpad(s.n::text, 6, '0'),
       (array['电子信息','生物医药','新材料','先进制造','现代农业','节能环保'])[1 + s.n % 6],
       s.requested * 2, s.requested, s.requested, s.status, s.year, s.prepared_on, 'bench',
       'leader',
       case when s.status not in ('UNDER_REVIEW', 'NOT_WON') then s.grant_amount end,
       case when s.status not in ('UNDER_REVIEW', 'NOT_WON') then s.result_on end,
       case when s.status not in ('UNDER_REVIEW', 'NOT_WON', 'WON') then s.result_on + 365 end,
       case when s.status not in ('UNDER_REVIEW', 'NOT_WON', 'WON') then s.result_on + 730 end,
       case when s.status in ('ACCEPTANCE_PASSED', 'CLOSED', 'ACCEPTANCE_FAILED') then s.result_on + 700 end,
       case when s.status in ('UNDER_REVIEW', 'NOT_WON') then 0
            when s.status = 'WON' then round(s.grant_amount * 0.6, 2)
            when s.result_on + 395 <= date '2026-11-30' then s.grant_amount
            else round(s.grant_amount * 0.6, 2) end,
       'bench', timestamp '2026-11-30 09:00:00'
from bench_app_status s;

-- Their story as far as the statistics read it: the result not won, the tranches received, the acceptance result.
insert into proj_event (application_id, position, event_kind, status, help_kind, happened_on, amount, note,
                        recorded_by, recorded_at)
select 9600001 + s.n, 0, 'STEP', 'NOT_WON', null, s.result_on, null, '未获立项', 'bench', timestamp '2026-11-30 09:00:00'
from bench_app_status s where s.status = 'NOT_WON'
union all
select 9600001 + s.n, 0, 'TRANCHE', null, null, s.result_on + 30, round(s.grant_amount * 0.6, 2), null, 'bench',
       timestamp '2026-11-30 09:00:00'
from bench_app_status s where s.status not in ('UNDER_REVIEW', 'NOT_WON') and s.result_on + 30 <= date '2026-11-30'
union all
select 9600001 + s.n, 1, 'TRANCHE', null, null, s.result_on + 395, s.grant_amount - round(s.grant_amount * 0.6, 2),
       null, 'bench', timestamp '2026-11-30 09:00:00'
from bench_app_status s where s.status not in ('UNDER_REVIEW', 'NOT_WON', 'WON') and s.result_on + 395 <= date '2026-11-30'
union all
select 9600001 + s.n, 2, 'STEP', case when s.status = 'ACCEPTANCE_FAILED' then 'ACCEPTANCE_FAILED' else 'ACCEPTANCE_PASSED' end,
       null, s.result_on + 700, null, null, 'bench', timestamp '2026-11-30 09:00:00'
from bench_app_status s where s.status in ('ACCEPTANCE_PASSED', 'CLOSED', 'ACCEPTANCE_FAILED');

-- The received column holds what the tranches add up to (the applications above were given the same arithmetic).
update proj_application a set received = coalesce((select sum(e.amount) from proj_event e
                                                   where e.application_id = a.id and e.event_kind = 'TRANCHE'), 0)
where a.id >= 9600001;

-- The patents: n = 0 .. 999,999, filed on day n * 3,620 / 1,000,000 after 2017-01-01 (to 2026-11-30).
insert into ind_patent (id, version, enterprise_id, county_id, number, title, patent_type, applied_on, granted_on,
                        status, updated_at)
select 9600001 + t.n, 1, t.owner, 2 + (t.owner - 9600001) % 2, 'ZLB' || lpad(t.n::text, 10, '0'),
       '一种基准装置' || t.n, t.kind, t.applied_on,
       case when t.grant_on <= date '2026-11-30' and t.n % 10 <> 7 then t.grant_on end,
       case when t.grant_on > date '2026-11-30' then 'PENDING'
            when t.n % 10 = 7 then 'REJECTED'
            when t.n % 10 = 3 then 'LAPSED'
            else 'GRANTED' end,
       timestamp '2026-11-30 09:00:00'
from (select n, 9600001 + (n * 11) % 2000 as owner,
             case when n % 10 < 3 then 'INVENTION' when n % 10 < 8 then 'UTILITY_MODEL' else 'DESIGN' end as kind,
             date '2017-01-01' + (n::bigint * 3620 / 1000000)::int as applied_on,
             date '2017-01-01' + (n::bigint * 3620 / 1000000)::int + case when n % 10 < 3 then 548 else 182 end as grant_on
      from generate_series(0, 999999) n) t;

create table bench_projects_marker (generator integer not null, generated_at timestamp not null);
insert into bench_projects_marker values (:gen, localtimestamp);

commit;

-- vacuum too, as autovacuum would after such a load: the visibility map lets the statistics read their indexes only
vacuum analyze enterprise;
vacuum analyze proj_call;
vacuum analyze proj_application;
vacuum analyze proj_event;
vacuum analyze ind_patent;
vacuum analyze ind_high_tech;

select (select count(*) from proj_application) as applications, (select count(*) from proj_event) as events,
       (select count(*) from ind_patent) as patents, (select count(*) from ind_high_tech) as high_tech;
