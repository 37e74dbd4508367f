#!/usr/bin/env bash
# Crash test (docs/reliability.md): runs a write load through the API, kills the server with SIGKILL in the
# middle of it, restarts it and checks that every write the client saw acknowledged is there and nothing is
# half-written; several rounds on one database. Not part of `mvn verify`.
#
#   bin/dev/crash-test.sh h2|postgresql [ROUNDS]     default: h2, 3 rounds
#
# It uses a Payara of its own (ear/target/crash-test, domain workbench-crash, ports CRASH_PORTBASE+, default
# 34000: HTTP 34080, admin 34048; the domain keeps the ports it was created with) and fresh data each run:
# on H2 a file in ear/target/crash-test/data, on PostgreSQL the schema workbench_crash of the database test on 127.0.0.1:5432 (user postgres), dropped and
# created. Needs the EAR (mvn -B package -DskipTests), python3, and psql for PostgreSQL.
#
# Each round: 4 clients write for CRASH_LOAD_SECONDS (20) — register commissioners, open assignments (racing
# for the maximum of active assignments), submit service logs, approve them — and the server is killed
# (kill -9) after a random 4 to 12 s. CRASH_H2_WRITE_DELAY=500 runs H2 with its own default instead of the
# server's WRITE_DELAY=0, to see the test find the lost commits. Then, before the restart, the database is checked directly: no log
# without its assignment or of another commissioner than its assignment's, no commissioner above the maximum
# of active assignments, no record of the load without its audit entry, the audit chain head on the last
# entry. After the restart, through the API: every acknowledged write is present (and every acknowledged
# approval approved), and the audit chain verifies (signed in as the demo auditor).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
db=${1:-h2}
rounds=${2:-3}
portbase=${CRASH_PORTBASE:-34000}
load_seconds=${CRASH_LOAD_SECONDS:-20}
work="$root/ear/target/crash-test"
payara_home="$work/payara6"
domain=workbench-crash
domain_dir="$payara_home/glassfish/domains/$domain"
base="http://localhost:$((portbase + 80))/workbench"
ear="$root/ear/target/workbench.ear"
city_token="wbt_demoRWcity$(printf 'x%.0s' {1..30})"

[ -f "$ear" ] || { echo "No $ear: build it first (mvn -B package -DskipTests)" >&2; exit 2; }
if [ ! -d "$payara_home" ]; then
    (cd "$root" && mvn -B -q -pl ear dependency:unpack@payara dependency:copy@jdbc-drivers -DskipITs=false \
        -Dpayara.unpack.dir="$work")
fi
mkdir -p "$work"
export WORKBENCH_ADMIN_PASSWORD_FILE="$work/admin-password"
export WORKBENCH_DEMO_DATA=true
server() { "$root/bin/server.sh" "$1" "$payara_home" "$domain" "$portbase" "${@:2}"; }
asadmin() {
    java -jar "$payara_home/glassfish/lib/client/appserver-cli.jar" --port $((portbase + 48)) --user admin \
        --passwordfile "$WORKBENCH_ADMIN_PASSWORD_FILE" "$@"
}

checks="
select 'logs_without_their_assignment', count(*) from service_log l left join assignment a on a.id = l.assignment_id
    where a.id is null or a.commissioner_id <> l.commissioner_id
union all
select 'commissioners_above_the_maximum', count(*) from (select commissioner_id from assignment where status = 'ACTIVE'
    group by commissioner_id having count(*) > (select max_active_assignments from commissioner_settings)) t
union all
select 'records_without_audit_entry', count(*) from (
    select 'Commissioner' as t, id from commissioner where name like '崩溃测试%'
    union all select 'Assignment', id from assignment where goals like '崩溃测试%'
    union all select 'ServiceLog', id from service_log where summary like '崩溃测试%') r
    where not exists (select 1 from audit_entry e where e.record_type = r.t and e.record_id = cast(r.id as varchar(64)))
union all
select 'audit_head_not_on_last_entry', count(*) from audit_chain_head h
    where h.seq <> (select coalesce(max(seq), 0) from audit_entry)
union all
select 'load_commissioners', count(*) from commissioner where name like '崩溃测试%'
union all
select 'load_assignments', count(*) from assignment where goals like '崩溃测试%'
union all
select 'load_logs', count(*) from service_log where summary like '崩溃测试%'
union all
select 'load_logs_approved', count(*) from service_log where summary like '崩溃测试%' and status = 'APPROVED'"

case "$db" in
    h2)
        unset WORKBENCH_DB_URL WORKBENCH_DB_USER WORKBENCH_DB_PASSWORD
        export WORKBENCH_DATA_DIR="$work/data"
        if [ -n "${CRASH_H2_WRITE_DELAY:-}" ]; then
            # to show what the test finds with another setting, e.g. H2's own default of 500 ms
            export WORKBENCH_DB_URL="jdbc:h2:file:$WORKBENCH_DATA_DIR/workbench;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=$CRASH_H2_WRITE_DELAY"
        fi
        fresh_data() { rm -rf "$WORKBENCH_DATA_DIR"; }
        # on a copy of the file as the kill left it: the server recovers the file itself at its restart
        sql() {
            rm -rf "$work/check" && mkdir -p "$work/check" && cp "$WORKBENCH_DATA_DIR/workbench.mv.db" "$work/check/"
            java -cp "$payara_home/h2db/bin/h2.jar" org.h2.tools.Shell -url "jdbc:h2:file:$work/check/workbench" \
                -user sa -password "" -sql "$1" | tr -d ' ' | grep -E '^[a-z_]+\|[0-9]+$'
        }
        ;;
    postgresql)
        export WORKBENCH_DB_URL='jdbc:postgresql://127.0.0.1:5432/test?currentSchema=workbench_crash'
        export WORKBENCH_DB_USER=postgres
        psql_() { PGOPTIONS='--client-min-messages=warning' psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -qAt "$@"; }
        fresh_data() { psql_ -c 'drop schema if exists workbench_crash cascade' -c 'create schema workbench_crash'; }
        sql() { psql_ -F '|' -c "set search_path = workbench_crash" -c "$1"; }
        ;;
    *)
        echo "usage: bin/dev/crash-test.sh h2|postgresql [ROUNDS]" >&2
        exit 2
        ;;
esac

wait_ready() {
    local deadline=$(($(date +%s) + 300))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $city_token" "$base/api/v1/jurisdictions?size=1")" = 200 ]; do
        if [ "$(date +%s)" -ge "$deadline" ]; then
            echo "the application did not come up; the server log says:" >&2
            grep -E 'File corrupted|MVStoreException' "$domain_dir/logs/server.log" | sort -u | head -3 >&2
            exit 1
        fi
        sleep 2
    done
}

server stop >/dev/null 2>&1 || true
trap 'server stop >/dev/null 2>&1 || true' EXIT
fresh_data
journal="$work/acknowledged-$db.jsonl"
rm -f "$journal"
echo "Crash test on $db: $rounds rounds, server $base"
server start
server deploy "$ear"
wait_ready

failed=0
for round in $(seq 1 "$rounds"); do
    python3 "$root/bin/dev/crash_load.py" load "$base" "$journal" "$load_seconds" 4 &
    load=$!
    after=$((4 + RANDOM % 9))
    sleep "$after"
    kill -9 "$(cat "$domain_dir/config/pid")"
    echo "round $round: server killed (SIGKILL) ${after} s into the load"
    wait "$load"
    result=$(sql "$checks")
    echo "$result" | sed 's/^/    /'
    if echo "$result" | grep -v '^load_' | grep -qv '|0$'; then
        echo "round $round: HALF-WRITTEN DATA" >&2
        failed=1
    fi
    started=$(date +%s)
    asadmin start-domain "$domain" >/dev/null
    wait_ready
    echo "round $round: up again in $(($(date +%s) - started)) s"
    if ! python3 "$root/bin/dev/crash_load.py" check "$base" "$journal" | sed 's/^/    /'; then
        failed=1
    fi
done
[ "$failed" = 0 ] && echo "Crash test on $db: every acknowledged write survived $rounds kills; nothing half-written." \
    || { echo "Crash test on $db: FAILED" >&2; exit 1; }
