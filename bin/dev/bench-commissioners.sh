#!/usr/bin/env bash
# Benchmark of the commissioner statistics and lists at 100,000 service logs, on PostgreSQL.
#
#   bin/dev/bench-commissioners.sh
#
# Starts the developer's server (bin/workbench run) on a fresh schema "workbench_bench" of the database
# "test" at 127.0.0.1:5432 (trust auth, user postgres) with the demo data, adds 100,000 approved service
# logs of 2026 (one in five introducing a named variety) spread over the demo assignments, then times
# the statistics endpoint for the year (city-wide and one county), the service-log list (first page,
# a deep page, a filtered page) and the JSF list page, each 10 times after 3 warm-up calls, and prints
# the median and the slowest. Stop the server afterwards with bin/workbench stop.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
logs=${BENCH_LOGS:-100000}
schema=workbench_bench
psql_run() { psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q "$@"; }

psql_run -c "drop schema if exists $schema cascade; create schema $schema;"
export WORKBENCH_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema"
export WORKBENCH_DB_USER=postgres
export WORKBENCH_DEMO_DATA=true
"$root/bin/workbench" run

echo "Adding $logs approved service logs of 2026 ..."
psql_run <<SQL
set search_path to $schema;
insert into service_log (id, version, assignment_id, commissioner_id, county_id, target_kind, target_key,
    service_date, kind, days, people_trained, demonstration_bases, income, summary, status, submitted_by,
    submitted_at, reviewed_by, reviewed_at, rejection_reason)
select 5000000 + g, 1, a.id, a.commissioner_id, a.county_id, a.target_kind, a.target_key,
       date '2026-01-01' + (g % 330),
       (array['ON_SITE_GUIDANCE','TRAINING','VARIETY_INTRODUCTION','TECHNOLOGY_PROMOTION',
              'COOPERATION_AGREEMENT','PATENT_SUPPORT','VENTURE_CREATION'])[1 + g % 7],
       1 + (g % 3) * 0.5, case when g % 7 = 1 then 20 + g % 80 else 0 end, g % 2, (g % 500) / 100.0,
       '批量生成的服务日志（基准测试）', 'APPROVED', 'lj.clerk', timestamp '2026-11-01 09:00:00', 'leader',
       timestamp '2026-11-02 09:00:00', null
from generate_series(1, $logs) g
join (select id, commissioner_id, county_id, target_kind, target_key,
             row_number() over (order by id) - 1 as n, count(*) over () as total from assignment) a
  on a.n = g % a.total;
insert into introduction (id, log_id, innovation_id)
select 5000000 + l.id, l.id, i.id
from service_log l
join innovation i on i.county_id = l.county_id and i.kind = 'VARIETY'
     and i.id = (select min(id) from innovation where county_id = l.county_id and kind = 'VARIETY') + l.id % 12
where l.id > 5000000 and l.id % 5 = 0;
analyze;
select count(*) as service_logs from service_log;
select count(*) as introductions from introduction;
SQL

base=http://localhost:8080/workbench/api/v1
city="Authorization: Bearer wbt_demoROcity$(printf 'x%.0s' {1..30})"
county="Authorization: Bearer wbt_demoRWyunl$(printf 'x%.0s' {1..30})"

time_it() { # label, header, url
    local label=$1 header=$2 url=$3 times=()
    for _ in 1 2 3; do curl -sf -o /dev/null -H "$header" "$url"; done
    for _ in $(seq 10); do
        times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "$header" "$url")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '{ t[NR] = $1 } END {
        printf "%-48s median %6.0f ms   slowest %6.0f ms\n", label, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000 }'
}

echo
echo "Timings over HTTP on this machine (curl total time, 10 calls after 3 warm-ups):"
time_it "statistics 2026, city-wide" "$city" "$base/commissioner-statistics?year=2026"
time_it "statistics 2026, one county (云岭县)" "$county" "$base/commissioner-statistics?year=2026"
time_it "statistics H1 2026, city-wide" "$city" "$base/commissioner-statistics?year=2026&half=1"
time_it "service-log list, first page of 20" "$city" "$base/service-logs?page=0&size=20&sort=serviceDate&dir=desc"
time_it "service-log list, page 2500 of 20" "$city" "$base/service-logs?page=2500&size=20&sort=serviceDate&dir=desc"
time_it "service-log list, filtered (training, H1)" "$city" "$base/service-logs?page=0&size=20&kind=TRAINING&from=2026-01-01&to=2026-06-30"
time_it "commissioner list, first page" "$city" "$base/commissioners?page=0&size=20"
java "$root/bin/dev/PageTimer.java" http://localhost:8080/workbench leader Demo@2026 \
    /commissioner/logs.xhtml /commissioner/statistics.xhtml /commissioner/assessment.xhtml /commissioner/list.xhtml
