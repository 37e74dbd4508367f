-- Benchmark data, added by bin/dev/benchmark.sh to a schema the application has just migrated and
-- filled with its demo data. Deterministic: every value is arithmetic on a generate_series number,
-- no random(). psql variables: rows (number of service logs), gen (generator version, kept in the marker).
--
-- What it adds, in the demo counties 临江县 (id 2, three commissioners in four) and 云岭县 (id 3):
--   2,000 commissioners (ids 100001–102000), posted in 2016, one specialty each;
--   five two-year assignments per commissioner (ids 200001–210000), 2017–18, 2019–20, 2021–22,
--     2023–24 and 2025–27, at the villages, cooperatives and enterprises of the demo data, confirmed;
--   60 named varieties per county (ids 100001–100120);
--   :rows APPROVED service logs (ids from 10,000,001), evenly spread over 2017-01-01 – 2026-11-30
--     (about a tenth of them per year), each on the assignment of its commissioner that covers its day;
--   one introduction of a named variety for every fifth log (kind VARIETY_INTRODUCTION), a quarter of
--     them with an adoption recorded;
-- then ANALYZE, and the marker table bench_marker that bin/dev/benchmark.sh checks before generating again.
\set ON_ERROR_STOP on
\timing on

begin;

create temporary table bench_targets (county_id bigint, n int, kind varchar(20), village_id bigint,
                                      organisation_id bigint) on commit drop;
-- The demo data's targets (bin/dev/demo_commissioners.py: VILLAGES, COOPERATIVES, ENTERPRISES).
insert into bench_targets
select 2, row_number() over (order by k, x) - 1, k, case when k = 'VILLAGE' then x end,
       case when k <> 'VILLAGE' then x end
from (values ('VILLAGE', 11), ('VILLAGE', 12), ('VILLAGE', 13), ('VILLAGE', 15), ('VILLAGE', 16), ('VILLAGE', 18),
             ('VILLAGE', 19), ('COOPERATIVE', 118), ('ENTERPRISE', 100), ('ENTERPRISE', 102), ('ENTERPRISE', 104),
             ('ENTERPRISE', 106), ('ENTERPRISE', 108), ('ENTERPRISE', 110), ('ENTERPRISE', 112)) t (k, x);
insert into bench_targets
select 3, row_number() over (order by k, x) - 1, k, case when k = 'VILLAGE' then x end,
       case when k <> 'VILLAGE' then x end
from (values ('VILLAGE', 21), ('VILLAGE', 22), ('VILLAGE', 24), ('VILLAGE', 25), ('VILLAGE', 26), ('VILLAGE', 28),
             ('VILLAGE', 29), ('COOPERATIVE', 117), ('COOPERATIVE', 119), ('COOPERATIVE', 135), ('ENTERPRISE', 101),
             ('ENTERPRISE', 103), ('ENTERPRISE', 105), ('ENTERPRISE', 107), ('ENTERPRISE', 109), ('ENTERPRISE', 111),
             ('ENTERPRISE', 113)) t (k, x);

-- Commissioners: c = 0 .. 1999, id 100001 + c; county 3 when c % 4 = 3.
insert into commissioner (id, version, county_id, name, gender, resident_id, phone, employer_id, employer_name,
                          employer_category, title, kind, service_field, dispatch_level, posted_on, status, ended_on,
                          created_at, updated_at)
select 100001 + c, 1, case when c % 4 = 3 then 3 else 2 end,
       substr('林陈黄王李张刘吴郑周徐何罗叶郭蔡许杨', 1 + c % 18, 1)
           || (array['志远','晓峰','丽华','建国','春燕','海涛','玉兰','文斌','秀英','国平','美玲','德胜','小军',
                     '慧敏','永强','佳怡','明辉','淑贞','振华','雪梅','立新','桂芳','子健','红霞','家乐','思远'])[1 + (c / 18) % 26],
       case when c % 10 < 7 then 'MALE' else 'FEMALE' end, null, '139' || lpad(c::text, 8, '0'), null,
       (array['福建农林大学','江州市农业科学研究所','江州职业技术学院','省茶叶研究所','临江县农业技术推广站',
              '临江县林业技术推广中心','江州机电工程研究院','省果树研究所'])[1 + c % 8],
       (array['UNIVERSITY','INSTITUTE','UNIVERSITY','INSTITUTE','AGRICULTURAL_SERVICE','AGRICULTURAL_SERVICE',
              'INSTITUTE','INSTITUTE'])[1 + c % 8],
       (array['SENIOR','ASSOCIATE_SENIOR','INTERMEDIATE','JUNIOR','INTERMEDIATE'])[1 + c % 5],
       'INDIVIDUAL',
       case when c % 20 < 13 then 'AGRICULTURE' when c % 20 < 18 then 'INDUSTRY' else 'OTHER' end,
       case when c % 6 = 1 then 'CITY' when c % 11 = 2 then 'PROVINCE' else 'COUNTY' end,
       date '2016-01-01' + c % 365, 'ACTIVE', null,
       timestamp '2016-01-01 09:00:00' + (c % 365) * interval '1 day',
       timestamp '2016-01-01 09:00:00' + (c % 365) * interval '1 day'
from generate_series(0, 1999) c;

insert into commissioner_specialty (commissioner_id, position, specialty)
select 100001 + c, 0,
       case when c % 20 < 13 then (array['茶叶栽培','果树栽培','病虫害防治','土壤肥料','畜牧养殖','食用菌','中药材','水产养殖','农产品加工'])[1 + c % 9]
            when c % 20 < 18 then (array['机械设计','自动化控制','新材料','电子信息','质量管理','知识产权'])[1 + c % 6]
            else (array['电子商务','乡村旅游','农村金融'])[1 + c % 3] end
from generate_series(0, 1999) c;

-- Assignments: five per commissioner, p = 0 .. 4, id 200001 + c * 5 + p; the last one runs to 2027-12-31.
insert into assignment (id, version, commissioner_id, county_id, target_kind, village_id, organisation_id,
                        target_key, start_date, end_date, goals, commissioner_confirmed_on, target_confirmed_on,
                        status, ended_on, end_reason, created_at, updated_at)
select 200001 + c * 5 + p, 1, 100001 + c, t.county_id, t.kind, t.village_id, t.organisation_id,
       case when t.kind = 'VILLAGE' then 'V:' || t.village_id else 'O:' || t.organisation_id end,
       make_date(2017 + 2 * p, 1, 1), case when p = 4 then date '2027-12-31' else make_date(2018 + 2 * p, 12, 31) end,
       '围绕服务对象主导产业开展技术指导和培训，引进推广新品种新技术，带动增收（基准测试数据）',
       make_date(2017 + 2 * p, 1, 5), make_date(2017 + 2 * p, 1, 8), 'ACTIVE', null, null,
       make_date(2017 + 2 * p, 1, 1)::timestamp + interval '9 hours',
       make_date(2017 + 2 * p, 1, 1)::timestamp + interval '9 hours'
from generate_series(0, 1999) c
cross join generate_series(0, 4) p
join bench_targets t on t.county_id = case when c % 4 = 3 then 3 else 2 end
     and t.n = (c / 4 + p * 3) % case when c % 4 = 3 then 17 else 15 end;

-- Named varieties: 60 per county.
insert into innovation (id, county_id, kind, name)
select 100001 + (county - 2) * 60 + v, county, 'VARIETY', '基准品种' || lpad((v + 1)::text, 3, '0')
from generate_series(2, 3) county cross join generate_series(0, 59) v;

-- Service logs: g = 1 .. :rows; day (g - 1) * days / rows after 2017-01-01; commissioner g % 2000.
create temporary table bench_logs on commit drop as
select g, date '2017-01-01' + ((g - 1) * (date '2026-11-30' - date '2017-01-01' + 1)::bigint / :rows)::int as day,
       (g % 2000)::int as c,
       case when g % 5 = 0 then 'VARIETY_INTRODUCTION'
            else (array['ON_SITE_GUIDANCE','ON_SITE_GUIDANCE','ON_SITE_GUIDANCE','ON_SITE_GUIDANCE',
                        'ON_SITE_GUIDANCE','ON_SITE_GUIDANCE','ON_SITE_GUIDANCE','ON_SITE_GUIDANCE',
                        'TRAINING','TRAINING','TRAINING','TRAINING',
                        'TECHNOLOGY_PROMOTION','TECHNOLOGY_PROMOTION','TECHNOLOGY_PROMOTION','TECHNOLOGY_PROMOTION',
                        'COOPERATION_AGREEMENT','COOPERATION_AGREEMENT','PATENT_SUPPORT','VENTURE_CREATION'])[1 + (g / 5) % 20]
       end as kind
from generate_series(1, :rows::bigint) g;

insert into service_log (id, version, assignment_id, commissioner_id, county_id, target_kind, target_key,
                         service_date, kind, days, people_trained, demonstration_bases, income, summary, status,
                         submitted_by, submitted_at, reviewed_by, reviewed_at, rejection_reason)
select 10000000 + l.g, 1, a.id, a.commissioner_id, a.county_id, a.target_kind, a.target_key, l.day, l.kind,
       0.5 + ((l.g / 3) % 4) * 0.5,
       case when l.kind = 'TRAINING' then 20 + (l.g % 80) else 0 end,
       case when l.kind in ('VARIETY_INTRODUCTION', 'TECHNOLOGY_PROMOTION') then (l.g / 7) % 2 else 0 end,
       case when l.kind in ('VARIETY_INTRODUCTION', 'TECHNOLOGY_PROMOTION', 'VENTURE_CREATION')
            then (l.g % 500) / 100.0 else 0 end,
       case l.kind
           when 'ON_SITE_GUIDANCE' then '深入田间地头开展现场技术指导，解决生产中遇到的技术问题'
           when 'TRAINING' then '组织开展实用技术培训，现场讲解并示范操作要点'
           when 'VARIETY_INTRODUCTION' then '引进新品种开展试种示范，指导育苗和栽培管理'
           when 'TECHNOLOGY_PROMOTION' then '推广新技术，建立示范点，指导农户和企业应用'
           when 'COOPERATION_AGREEMENT' then '促成服务对象与科研院所签订技术合作协议'
           when 'PATENT_SUPPORT' then '指导服务对象申请专利，完善技术资料'
           else '帮助创办经营实体，指导制定经营计划' end,
       'APPROVED', case when a.county_id = 3 then 'yl.clerk' else 'lj.clerk' end,
       l.day + interval '1 day 17 hours', 'leader', l.day + interval '3 days 10 hours', null
from bench_logs l
join assignment a on a.id = 200001 + l.c * 5 + least(4, (extract(year from l.day)::int - 2017) / 2);

insert into introduction (id, log_id, innovation_id, adopted_area, adopted_households, adoption_income,
                          adoption_recorded_on)
select 10000000 + l.g, 10000000 + l.g,
       100001 + (case when l.c % 4 = 3 then 60 else 0 end) + (l.g / 5) % 60,
       case when (l.g / 5) % 4 = 0 and l.day < date '2026-09-01' then 10 + (l.g % 200) end,
       case when (l.g / 5) % 4 = 0 and l.day < date '2026-09-01' then 5 + (l.g % 40) end,
       case when (l.g / 5) % 4 = 0 and l.day < date '2026-09-01' then (l.g % 300) / 10.0 end,
       case when (l.g / 5) % 4 = 0 and l.day < date '2026-09-01' then l.day + 60 end
from bench_logs l
where l.kind = 'VARIETY_INTRODUCTION';

create table bench_marker (rows bigint not null, generator integer not null, generated_at timestamp not null);
insert into bench_marker values (:rows, :gen, localtimestamp);

commit;

analyze;

select (select count(*) from service_log) as service_logs, (select count(*) from introduction) as introductions,
       (select count(*) from assignment) as assignments, (select count(*) from commissioner) as commissioners;
