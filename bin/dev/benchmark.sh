#!/usr/bin/env bash
# The benchmark of issue 8: the application against a raw-JDBC twin on the same server and pool, on
# PostgreSQL with 1,000,000 approved service logs. Not part of `mvn verify`. See docs/performance.md.
#
#   bin/dev/benchmark.sh [--rows N] [--regenerate] [--duration S] [--warmup S] [--only LIST] [--no-docs] [--keep]
#
#   --rows N        service logs to generate (default 1000000; use e.g. 50000 while working on the script)
#   --regenerate    drop the schema and generate again even if it already holds N rows
#   --duration S    seconds of each measured wrk run (default 10), after a warm-up of --warmup S (default 3)
#   --only LIST     run only these rows of the table, comma separated: floor,get,list,deep,offset,filtered,stats,
#                   page,ajax, the incubator rows occupancy,occupancy-building,carriers,agreements,incubator-stats and
#                   the preparedness rows prep-campaigns,prep-campaign,prep-events,prep-event,prep-assessments,prep-stats,
#                   prep-register,prep-register-gaps
#                   and the financing row financing-stats, the projects row project-stats and the work summary's row
#                   summary-city-year
#   --no-docs       print the table, do not write docs/performance.md
#   --keep          leave the benchmark server running afterwards (to profile it; the line printed says how to stop it)
#
# What it does, in one run:
#  1. installs wrk (Debian package) when missing; builds the EAR when ear/target/workbench.ear is missing
#     (mvn -B -q -o package -DskipTests) and the baseline WAR (bench/baseline, a Maven project of its own);
#     unpacks Payara Server into .run/bench/payara6 on first use (as bin/workbench does into .run/payara6).
#  2. on PostgreSQL (127.0.0.1:5432, user postgres, database test, schema workbench_bench): when the
#     schema does not hold the data yet (table bench_marker), recreates it, starts the server so that the
#     application's Flyway migrations and demo data run, then adds N logs with bench/generate.sql
#     (set-based, deterministic) and ANALYZE; then the incubator module's data with bench/generate_incubator.sql
#     (a carrier of 2,000 units with 20 years of agreements, 1,000 more carriers; its own marker table
#     bench_incubator_marker, so that it is added to a schema that already holds the logs without generating
#     them again); then the preparedness module's with bench/generate_preparedness.sql (50,000 events in 2026,
#     10,000 in 2025, their materials; marker bench_preparedness_marker); then the financing module's with
#     bench/generate_financing.sql (200,000 loans of 2017–2026 with their guarantees, 2,400,000 instalments and
#     about 2,200,000 repayments; marker bench_financing_marker); then the projects module's with
#     bench/generate_projects.sql (100,000 applications to programmes of higher levels over 2017–2026, 1,000,000
#     patents, 2,000 enterprises; marker bench_projects_marker).
#  3. starts its own Payara domain "workbench-bench" (ports 30000+: HTTP 30080, admin 30048) with
#     bin/server.sh, deploys the EAR and, beside it, the baseline WAR at /baseline.
#  4. measures with wrk (2 threads; 64 connections for get-by-id, 16 for lists and pages, 1 for the
#     statistics) each endpoint of the application and of its twin (the deep page read on with the cursor
#     of the page before it, obtained once; the same page by number as the "offset" row), and a JSF page
#     and its paging request with 16 signed-in users (leader), and prints a Markdown table (and writes
#     docs/performance.md); the incubator rows (no twin: their targets are absolute) go into a table and a
#     results section of their own.
#  5. stops its server at the end, whatever happens (trap); the developer's and the test servers
#     (domains workbench and workbench-it, ports 8080 and 28080) are not touched.
#
# Environment: BENCH_SCHEMA (default workbench_bench), BENCH_PGHOST/BENCH_PGPORT/BENCH_PGUSER/BENCH_PGDATABASE,
# BENCH_PORTBASE (default 30000: HTTP +80, admin +48), for a second benchmark server on a shared machine.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
command_args="$*"
rows=1000000
regenerate=false
duration=10
warmup=3
only=floor,get,list,deep,offset,filtered,stats,page,ajax,occupancy,occupancy-building,carriers,agreements,incubator-stats,prep-campaigns,prep-campaign,prep-events,prep-event,prep-assessments,prep-stats,prep-register,prep-register-gaps,financing-stats,project-stats,summary-city-year
write_docs=true
keep=false
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) rows=${2:?}; shift 2 ;;
        --regenerate) regenerate=true; shift ;;
        --duration) duration=${2:?}; shift 2 ;;
        --warmup) warmup=${2:?}; shift 2 ;;
        --only) only=${2:?}; shift 2 ;;
        --no-docs) write_docs=false; shift ;;
        --keep) keep=true; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$rows" in ''|*[!0-9]*) echo "--rows takes a number" >&2; exit 2 ;; esac

generator=1                      # bump when bench/generate.sql changes: the marker then no longer matches
incubator_generator=1            # bump when bench/generate_incubator.sql changes (its data alone is made again)
preparedness_generator=2         # bump when bench/generate_preparedness.sql changes (its data alone is made again)
financing_generator=3            # bump when bench/generate_financing.sql changes (its data alone is made again)
projects_generator=3             # bump when bench/generate_projects.sql changes (its data alone is made again)
# The incubator rows' requests (bench/generate_incubator.sql: carrier 9000001 has the 2,000 units). The day of
# the occupancy view is fixed so that every run reads the same lettings.
incubator_carrier=9000001
occupancy_day=2026-11-30
# The statistics of a year of the incubator module (row incubator-stats): measured when this path answers 200,
# left out with a note otherwise. When the endpoint is built, set the path it really has here; the row's
# description, target (≤ 100 ms p50, one client) and check are already in describe, target_of and target_met.
incubator_stats_path="incubator-statistics?year=2026"
run_dir="$root/.run/bench"
payara_home="$run_dir/payara6"
domain=workbench-bench
portbase=${BENCH_PORTBASE:-30000}
admin_port=$((portbase + 48))
base="http://127.0.0.1:$((portbase + 80))"
schema=${BENCH_SCHEMA:-workbench_bench}
pg_host=${BENCH_PGHOST:-127.0.0.1}
pg_port=${BENCH_PGPORT:-5432}
pg_user=${BENCH_PGUSER:-postgres}
pg_db=${BENCH_PGDATABASE:-test}
ear="$root/ear/target/workbench.ear"
baseline_war="$root/bench/baseline/target/baseline.war"
token="wbt_demoROcity$(printf 'x%.0s' {1..30})"
work=$(mktemp -d)
started=$(date +%s)

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
psql_run() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "$pg_db" -v ON_ERROR_STOP=1 -X -q "$@"; }
# as bin/server.sh calls it: the domain it creates has an admin password, kept in a file beside Payara
asadmin() {
    local password_file=${WORKBENCH_ADMIN_PASSWORD_FILE:-$run_dir/admin-password}
    if [ -f "$password_file" ]; then
        java -jar "$payara_home/glassfish/lib/client/appserver-cli.jar" --port "$admin_port" --user admin \
            --passwordfile "$password_file" "$@"
    else
        java -jar "$payara_home/glassfish/lib/client/appserver-cli.jar" --port "$admin_port" "$@"
    fi
}
wants() { [[ ",$only," == *",$1,"* ]]; }

# ---------------------------------------------------------------------------------------------- tools
ensure_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v psql >/dev/null || missing+=(postgresql-client)
    command -v curl >/dev/null || missing+=(curl)
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${missing[*]} (Debian packages) ..."
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
        || { "${sudo[@]}" apt-get update -q >/dev/null && "${sudo[@]}" apt-get install -y -q "${missing[@]}" >/dev/null; }
}

# Maven offline first (the usual case: the cache is warm), online when something is missing.
mvn_quiet() { mvn -B -q -o "$@" >"$work/mvn.log" 2>&1 || mvn -B -q "$@" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; return 1; }; }

build() {
    if [ ! -f "$ear" ]; then
        log "Building the EAR (mvn package -DskipTests) ..."
        (cd "$root" && mvn_quiet package -DskipTests)
    fi
    log "Building the raw-JDBC baseline (bench/baseline) ..."
    (cd "$root/bench/baseline" && mvn_quiet package)
    if [ ! -d "$payara_home" ]; then
        log "Unpacking Payara Server into $run_dir ..."
        (cd "$root" && mvn_quiet -pl ear dependency:unpack@payara dependency:copy@jdbc-drivers \
            -DskipITs=false -Dpayara.unpack.dir="$run_dir")
    fi
}

# --------------------------------------------------------------------------------------------- server
server_up=false
stop_server() {
    if $server_up; then
        log "Stopping the benchmark server (domain $domain) ..."
        asadmin undeploy baseline >/dev/null 2>&1 || true
        "$root/bin/server.sh" stop "$payara_home" "$domain" "$portbase" || true
        server_up=false
    fi
}
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server() {
    # ApplicationName: drain() finds the server's database sessions by it
    export WORKBENCH_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$pg_db?currentSchema=$schema&ApplicationName=$domain"
    export WORKBENCH_DB_USER=$pg_user
    export WORKBENCH_DB_PASSWORD=${WORKBENCH_DB_PASSWORD:-}
    export WORKBENCH_DEMO_DATA=true
    export WORKBENCH_DATA_DIR="$run_dir/data"
    log "Starting Payara Server (domain $domain, $base) ..."
    server_up=true
    "$root/bin/server.sh" undeploy "$payara_home" "$domain" "$portbase"
    asadmin undeploy baseline >/dev/null 2>&1 || true
    "$root/bin/server.sh" start "$payara_home" "$domain" "$portbase"
    log "Deploying the EAR$($generate && echo ' (on the empty schema its migrations and demo data run)') ..."
    "$root/bin/server.sh" deploy "$payara_home" "$domain" "$portbase" "$ear"
    vacuum_rebuilt
    log "Deploying the baseline WAR at /baseline ..."
    asadmin deploy --force=true --name baseline --contextroot baseline "$baseline_war" >/dev/null
}

# A deployment that applied a migration ran the rollup scripts (db/rollup), which rewrite the derived tables and
# the loans' positions: vacuum and analyze what they left behind, as autovacuum would some minutes later, so that
# the measurement does not read dead rows nor plan on stale statistics.
vacuum_rebuilt() {
    local table
    for table in $(psql_run -At -c "select relname from pg_stat_user_tables where schemaname = '$schema' and n_dead_tup > 1000"); do
        psql_run -c "vacuum analyze $schema.$table" >/dev/null
    done
}

# ----------------------------------------------------------------------------------------------- data
marker() {
    if [ "$(psql_run -At -c "select to_regclass('$schema.bench_marker') is not null")" = t ]; then
        psql_run -At -c "select rows || ':' || generator from $schema.bench_marker"
    fi
}

prepare_schema() {
    local found
    found=$(marker)
    if ! $regenerate && [ "$found" = "$rows:$generator" ]; then
        log "Schema $schema already holds $rows generated logs (bench_marker): not generating (--regenerate to force)."
        generate=false
    else
        log "Recreating schema $schema${found:+ (held: $found)} ..."
        psql_run -c "set client_min_messages = warning" -c "drop schema if exists $schema cascade" -c "create schema $schema"
        generate=true
    fi
}

generate_data() {
    log "Generating $rows approved service logs (bench/generate.sql) ..."
    local t0=$(date +%s)
    PGOPTIONS="-c search_path=$schema" psql_run -v rows="$rows" -v gen="$generator" -f "$root/bench/generate.sql" \
        | grep -v '^Time: [0-9.]* ms$' >&2
    # the logs were written past the application: rebuild the statistics' monthly rollup from them, as the
    # application's migrations do after applying something
    PGOPTIONS="-c search_path=$schema" psql_run -f "$root/ejb/src/main/resources/db/rollup/afterMigrateApplied__statistics_rollup.sql" >/dev/null
    log "Data generated in $(($(date +%s) - t0)) s."
}

incubator_marker() {
    if [ "$(psql_run -At -c "select to_regclass('$schema.bench_incubator_marker') is not null")" = t ]; then
        psql_run -At -c "select generator from $schema.bench_incubator_marker"
    fi
}

generate_incubator_data() {
    log "Generating the incubator module's data (bench/generate_incubator.sql) ..."
    local t0=$(date +%s)
    PGOPTIONS="-c search_path=$schema" psql_run -v gen="$incubator_generator" -f "$root/bench/generate_incubator.sql" \
        | grep -v '^Time: [0-9.]* ms$' >&2
    log "Incubator data generated in $(($(date +%s) - t0)) s."
}

preparedness_marker() {
    if [ "$(psql_run -At -c "select to_regclass('$schema.bench_preparedness_marker') is not null")" = t ]; then
        psql_run -At -c "select generator from $schema.bench_preparedness_marker"
    fi
}

generate_preparedness_data() {
    log "Generating the preparedness module's data (bench/generate_preparedness.sql) ..."
    local t0=$(date +%s)
    PGOPTIONS="-c search_path=$schema" psql_run -v gen="$preparedness_generator" -f "$root/bench/generate_preparedness.sql" \
        | grep -v '^Time: [0-9.]* ms$' >&2
    # the events were written past the application: rebuild the preparedness statistics' monthly rollup (V38)
    # from them, as the application's migrations do after applying something; VACUUM sets the visibility map
    # (as autovacuum does on a live database) so that the school venues are read from the index alone
    PGOPTIONS="-c search_path=$schema" psql_run -f "$root/ejb/src/main/resources/db/rollup/afterMigrateApplied__preparedness_rollup.sql" >/dev/null
    psql_run -c "vacuum analyze $schema.prep_event" -c "vacuum analyze $schema.prep_event_month" \
        -c "vacuum analyze $schema.prep_issue_month" >/dev/null
    log "Preparedness data generated in $(($(date +%s) - t0)) s."
}

projects_marker() {
    if [ "$(psql_run -At -c "select to_regclass('$schema.bench_projects_marker') is not null")" = t ]; then
        psql_run -At -c "select generator from $schema.bench_projects_marker"
    fi
}

generate_projects_data() {
    log "Generating the projects module's data (bench/generate_projects.sql) ..."
    local t0=$(date +%s)
    PGOPTIONS="-c search_path=$schema" psql_run -v gen="$projects_generator" -f "$root/bench/generate_projects.sql" \
        | grep -v '^Time: [0-9.]* ms$' >&2
    # the patents and the applications' events were written past the application: rebuild their daily rollups,
    # as the migrations do
    PGOPTIONS="-c search_path=$schema" psql_run -f "$root/ejb/src/main/resources/db/rollup/afterMigrateApplied__patent_rollup.sql" >/dev/null
    PGOPTIONS="-c search_path=$schema" psql_run -f "$root/ejb/src/main/resources/db/rollup/afterMigrateApplied__project_rollup.sql" >/dev/null
    psql_run -c "vacuum analyze $schema.ind_patent_day" -c "vacuum analyze $schema.proj_event_day" >/dev/null
    log "Projects data generated in $(($(date +%s) - t0)) s."
}

financing_marker() {
    if [ "$(psql_run -At -c "select to_regclass('$schema.bench_financing_marker') is not null")" = t ]; then
        psql_run -At -c "select generator from $schema.bench_financing_marker"
    fi
}

generate_financing_data() {
    log "Generating the financing module's data (bench/generate_financing.sql) ..."
    local t0=$(date +%s)
    PGOPTIONS="-c search_path=$schema" psql_run -v gen="$financing_generator" -f "$root/bench/generate_financing.sql" \
        | grep -v '^Time: [0-9.]* ms$' >&2
    # the guarantees and loans were written past the application: rebuild the guarantees' daily rollup and the
    # loans' positions (V46), as the migrations do
    PGOPTIONS="-c search_path=$schema" psql_run -f "$root/ejb/src/main/resources/db/rollup/afterMigrateApplied__financing_rollup.sql" >/dev/null
    psql_run -c "vacuum analyze $schema.fin_guarantee_day" -c "vacuum analyze $schema.fin_loan" >/dev/null
    log "Financing data generated in $(($(date +%s) - t0)) s."
}

# The API token's rate limit (50 requests a second by default) would answer most benchmark requests
# with 429: the benchmark's own schema lifts it. Before the application starts, so that no cache holds the old value.
lift_rate_limit() {
    psql_run -c "update $schema.security_policy set token_rate_per_second = 1000000" >/dev/null
}

# ------------------------------------------------------------------------------------------ measuring
declare -A result      # result[<row>.<app|twin>.<field>]
rows_order=()
left_out=()            # rows without a twin whose endpoint did not answer

# drain: the server goes on with the requests wrk leaves behind when a run ends (a slow list keeps the
# database busy for seconds): wait, at most 2 minutes, until the server's database sessions are idle
# and its JVM is quiet, so that no run pays for the one before.
drain() {
    local pid_file="$payara_home/glassfish/domains/$domain/config/pid" pid i active before after
    pid=$(cat "$pid_file" 2>/dev/null || true)
    for i in $(seq 120); do
        active=$(psql_run -At -c "select count(*) from pg_stat_activity where application_name = '$domain' and state <> 'idle'")
        before=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
        sleep 1
        after=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
        # less than a fifth of a core (clock ticks of 1/100 s) and no statement running
        [ "$active" = 0 ] && [ $((after - before)) -lt 20 ] && return 0
    done
    log "the server was still busy after 2 minutes; measuring anyway"
}

# server_ticks: user + system CPU clock ticks of the server's JVM so far
server_ticks() {
    local pid
    pid=$(cat "$payara_home/glassfish/domains/$domain/config/pid" 2>/dev/null || true)
    awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0
}

# run_wrk ROW SIDE CONNECTIONS SCRIPT URL: warm-up, then the measured run; keeps the RESULT fields.
# A run that completes fewer requests than twice its connections is repeated once, three times as long.
run_wrk() {
    local row=$1 side=$2 connections=$3 script=$4 url=$5 threads=2 line field seconds=$duration
    [ "$connections" -lt 2 ] && threads=1
    drain
    wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 60s -s "$script" "$url" >/dev/null 2>&1 || true
    drain
    local ticks_before ticks_after
    ticks_before=$(server_ticks)
    line=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 60s -s "$script" "$url" 2>&1 | grep '^RESULT ' || true)
    ticks_after=$(server_ticks)
    local completed
    completed=$(grep -o 'requests=[0-9]*' <<<"$line" | cut -d= -f2)
    if [ "${completed:-0}" -lt $((2 * connections)) ]; then
        seconds=$((duration * 3))
        log "$row ($side): ${completed:-0} requests in ${duration} s; measuring again for $seconds s"
        drain
        ticks_before=$(server_ticks)
        line=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 60s -s "$script" "$url" 2>&1 | grep '^RESULT ' || true)
        ticks_after=$(server_ticks)
    fi
    result[$row.$side.runlength]=$seconds
    if [ -z "$line" ]; then
        log "wrk gave no result for $row ($side): $url"
        return 0
    fi
    for field in ${line#RESULT }; do
        result[$row.$side.${field%%=*}]=${field#*=}
    done
    # the server JVM's CPU time per request (clock ticks of 10 ms): what a request costs whatever else runs
    result[$row.$side.cpu]=$(awk -v t=$((ticks_after - ticks_before)) -v n="${result[$row.$side.requests]:-0}" \
        'BEGIN { if (n > 0) printf "%.2f", t * 10 / n }')
    log "$(printf '%-9s %-4s c=%-3s %8s req/s  p50 %8s ms  p99 %8s ms  errors %s' "$row" "$side" "$connections" \
        "${result[$row.$side.rps]}" "${result[$row.$side.p50]}" "${result[$row.$side.p99]}" \
        "$((result[$row.$side.status_errors] + result[$row.$side.timeouts] + result[$row.$side.socket_errors]))")"
}

# api_row ROW CONNECTIONS PATH [IDS]: the application's endpoint and its twin, the same path under both roots.
api_row() {
    local row=$1 connections=$2 path=$3 ids=${4:-} app twin
    wants "$row" || return 0
    rows_order+=("$row")
    result[$row.connections]=$connections
    result[$row.path]=$path
    app="$base/workbench/api/v1/$path"
    twin="$base/baseline/$path"
    # the twin must answer what the application answers (the first id when ids rotate)
    local probe=${ids:+${ids%%:*}}
    if cmp -s <(curl -sf -H "Authorization: Bearer $token" "$app$probe") \
              <(curl -sf -H "Authorization: Bearer $token" "$twin$probe"); then
        result[$row.same]=yes
    else
        result[$row.same]=no
        log "NOTE: for $row the twin's answer differs from the application's ($path$probe)"
    fi
    BENCH_AUTH="Bearer $token" BENCH_IDS=$ids run_wrk "$row" app "$connections" "$root/bench/wrk/api.lua" "$app"
    BENCH_AUTH="Bearer $token" BENCH_IDS=$ids run_wrk "$row" twin "$connections" "$root/bench/wrk/api.lua" "$twin"
}

# app_row ROW CONNECTIONS PATH: an application endpoint without a twin (the incubator rows: their targets are
# absolute). Left out with a note when the path does not answer 200.
app_row() {
    local row=$1 connections=$2 path=$3 app status
    wants "$row" || return 0
    app="$base/workbench/api/v1/$path"
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$app" || true)
    if [ "$status" != 200 ]; then
        log "NOTE: $row left out: $path answered $status"
        left_out+=("$row (\`$path\` answered $status)")
        return 0
    fi
    rows_order+=("$row")
    result[$row.connections]=$connections
    result[$row.path]=$path
    result[$row.bytes]=$(curl -sf -H "Authorization: Bearer $token" "$app" | wc -c)
    BENCH_AUTH="Bearer $token" run_wrk "$row" app "$connections" "$root/bench/wrk/api.lua" "$app"
}

# sign_in N FILE: N sessions of the leader (no second factor), one line each: JSESSIONID, ViewState and
# CSP nonce of a fresh commissioner/logs.xhtml view.
sign_in() {
    local n=$1 file=$2 i jar page state nonce
    : >"$file"
    for i in $(seq "$n"); do
        jar="$work/cookies.$i"
        page=$(curl -sf -c "$jar" -b "$jar" "$base/workbench/login.xhtml")
        state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
        nonce=$(grep -o 'nonce="[^"]*"' <<<"$page" | head -1 | sed 's/^nonce="//; s/"$//')
        curl -sf -c "$jar" -b "$jar" -o /dev/null \
            --data-urlencode loginForm=loginForm --data-urlencode loginForm:username=leader \
            --data-urlencode loginForm:password=Demo@2026 --data-urlencode loginForm:login=loginForm:login \
            --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" \
            "$base/workbench/login.xhtml"
    done
    view_states "$n" "$file"
}

# view_states N FILE: a fresh logs.xhtml view per signed-in session (the page run evicts older views).
view_states() {
    local n=$1 file=$2 i jar page state nonce id
    : >"$file"
    for i in $(seq "$n"); do
        jar="$work/cookies.$i"
        page=$(curl -sf -b "$jar" -H 'Accept-Language: zh-CN' "$base/workbench/commissioner/logs.xhtml")
        state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
        nonce=$(grep -o 'nonce="[^"]*"' <<<"$page" | head -1 | sed 's/^nonce="//; s/"$//')
        id=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)
        if [ -z "$state" ] || [ -z "$id" ]; then
            log "sign-in of session $i failed (no view state on commissioner/logs.xhtml)"
            return 1
        fi
        printf '%s\t%s\t%s\n' "$id" "$state" "$nonce" >>"$file"
    done
}

page_rows() {
    local users=16 sessions="$work/sessions.tsv"
    wants page || wants ajax || return 0
    log "Signing in $users sessions of the leader ..."
    sign_in "$users" "$sessions"
    if wants page; then
        rows_order+=(page)
        result[page.connections]=$users
        result[page.path]=commissioner/logs.xhtml
        BENCH_SESSIONS=$sessions BENCH_MODE=page \
            run_wrk page app "$users" "$root/bench/wrk/pages.lua" "$base/workbench/commissioner/logs.xhtml"
        view_states "$users" "$sessions"
    fi
    if wants ajax; then
        rows_order+=(ajax)
        result[ajax.connections]=$users
        result[ajax.path]=commissioner/logs.xhtml
        BENCH_SESSIONS=$sessions BENCH_MODE=ajax \
            run_wrk ajax app "$users" "$root/bench/wrk/pages.lua" "$base/workbench/commissioner/logs.xhtml"
    fi
}

# deep_cursor PAGE: the application's cursor after page PAGE - 1 (size 20, newest first), that is the
# "next" a client reading on would pass as "after" to read page PAGE.
deep_cursor() {
    curl -sf -H "Authorization: Bearer $token" \
        "$base/workbench/api/v1/service-logs?page=$(($1 - 1))&size=20&sort=serviceDate&dir=desc" \
        | grep -o '"next":"[^"]*"' | sed 's/^"next":"//; s/"$//'
}

measure() {
    local deep_page=5000 cursor=
    # a page at offset 100,000 (page 5000 of 20); with fewer rows, the middle of the list
    [ "$rows" -lt 200000 ] && deep_page=$((rows / 40))
    result[deep.offset]=$((deep_page * 20))
    if wants deep; then
        # the deep page as the API offers it: after the cursor of the row before it, obtained once (its
        # page read by number) before measuring; the same cursor for the application and the twin
        cursor=$(deep_cursor "$deep_page" || true)
        [ -z "$cursor" ] && { log "no cursor for page $deep_page: the deep row is left out"; only=${only//deep/}; }
    fi
    log "Measuring: wrk ${warmup} s warm-up + ${duration} s per run, application then twin ..."
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    api_row floor 64 "jurisdictions/2"
    api_row get 64 "service-logs/" "10000001:$rows"
    api_row list 16 "service-logs?page=0&size=20&sort=serviceDate&dir=desc"
    api_row deep 16 "service-logs?size=20&sort=serviceDate&dir=desc&after=$cursor"
    api_row offset 16 "service-logs?page=$deep_page&size=20&sort=serviceDate&dir=desc"
    api_row filtered 16 "service-logs?page=0&size=20&kind=TRAINING&from=2026-01-01&to=2026-06-30"
    api_row stats 1 "commissioner-statistics?year=2026"
    page_rows
    # the incubator module (bench/generate_incubator.sql)
    app_row occupancy 1 "carriers/$incubator_carrier/occupancy?on=$occupancy_day"
    # one building of it (A座, 500 units): what the occupancy page shows of a carrier that large
    app_row occupancy-building 1 "carriers/$incubator_carrier/occupancy?on=$occupancy_day&building=A%E5%BA%A7"
    app_row carriers 16 "carriers?page=0&size=20"
    app_row agreements 16 "agreements?page=0&size=20"
    # incubator-stats: the statistics of a year, one client, as the commissioner's stats row; the path is set
    # at the top (incubator_stats_path) and the row left out while the endpoint does not exist
    app_row incubator-stats 1 "$incubator_stats_path"
    # the preparedness module (bench/generate_preparedness.sql): lists and records, the township assessment of a
    # year (its pre-fill facts: an aggregate over the year's events) and the statistics of 2026 (50,000 events)
    app_row prep-campaigns 16 "preparedness/campaigns?page=0&size=20"
    app_row prep-campaign 16 "preparedness/campaigns/9000037"
    app_row prep-events 16 "preparedness/events?page=0&size=20"
    app_row prep-event 16 "preparedness/events/9000001"
    app_row prep-assessments 1 "preparedness/assessments?year=2026"
    app_row prep-stats 1 "preparedness/statistics?year=2026"
    # the 三网一员 register of 1,200 generated villages: the list's first page and the gaps with completeness
    app_row prep-register 16 "preparedness/register?page=0&size=20"
    app_row prep-register-gaps 1 "preparedness/register/gaps"
    # the financing module (bench/generate_financing.sql): the statistics of a year, city-wide, over 200,000 loans
    # with their schedules and repayments
    app_row financing-stats 1 "financing-statistics?year=2026"
    # the projects module (bench/generate_projects.sql): the statistics of 2026, city-wide, over 100,000
    # applications and 1,000,000 patents
    app_row project-stats 1 "project-statistics?year=2026"
    # the work summary (issue 15): the city's summary of a year, every section for every county, with the
    # comparisons (the previous year, the same period last year); no twin: its target is absolute (≤ 2 s)
    app_row summary-city-year 1 "summaries?year=2026"
    load_after=$(cut -d' ' -f1-3 /proc/loadavg)
}

# ------------------------------------------------------------------------------------------ reporting
# Other work on the machine: other Payara domains, Maven builds, busy processes (top, 2 s sample).
other_work() {
    {
        pgrep -af 'ASMain' | grep -o -- '-domainname [^ ]*' | awk '{ print "Payara domain " $2 }' | grep -v " $domain\$" || true
        pgrep -af 'plexus-classworlds' | grep -o -- '-Dmaven.multiModuleProjectDirectory=[^ ]*' \
            | sed 's/.*=/Maven build in /' || true
        pgrep -af 'surefirebooter|failsafe' | grep -o -- '-jar [^ ]*surefirebooter[^ ]*' | sed 's|.*-jar \(.*\)/target/.*|test JVM of \1|' || true
        # other busy processes, a 2 s sample (Java ones are named above)
        top -b -n 2 -d 2 -w 200 2>/dev/null | awk '/^top -/ { frame++ } frame == 2 && $1 ~ /^[0-9]+$/ && $9 + 0 >= 20 && $12 != "java" {
            print $12 " (" int($9) "% CPU)" }' | grep -v -e '^wrk ' -e '^top ' || true
    } | sort -u | paste -sd ';' | sed 's/;/; /g'
}

# count ROW SIDE: requests completed, with the run's length when it was not the usual one
count() {
    local n=${result[$1.$2.requests]:-} seconds=${result[$1.$2.runlength]:-$duration}
    [ -z "$n" ] && { echo "–"; return; }
    if [ "$seconds" != "$duration" ]; then echo "$n in $seconds s"; else echo "$n"; fi
}

num() { awk -v v="$1" 'BEGIN { if (v == "") print "–"; else if (v >= 100) printf "%.0f", v; else if (v >= 10) printf "%.1f", v; else printf "%.2f", v }'; }

# target_met ROW: "yes", "no" (with the reason) or "–"
target_met() {
    local row=$1 ratio p50 p95 p99 first_p50
    ratio=${result[$row.ratio]:-}
    p50=${result[$row.app.p50]:-}
    p95=${result[$row.app.p95]:-}
    p99=${result[$row.app.p99]:-}
    if [ -z "$p50" ] || [ "${result[$row.app.requests]:-0}" -eq 0 ]; then echo "–"; return; fi
    case $row in
        get) awk -v r="$ratio" -v p="$p99" 'BEGIN { m = ""; if (r < 0.75) m = m "ratio"; if (p > 50) m = m (m ? ", " : "") "p99";
                                                    print m ? "no (" m ")" : "yes" }' ;;
        list|filtered) awk -v r="$ratio" -v p="$p99" 'BEGIN { m = ""; if (r < 0.70) m = m "ratio"; if (p > 50) m = m (m ? ", " : "") "p99";
                                                    print m ? "no (" m ")" : "yes" }' ;;
        deep|offset) first_p50=${result[list.app.p50]:-}
              awk -v r="$ratio" -v p="$p50" -v f="$first_p50" 'BEGIN { m = ""; if (r < 0.70) m = m "ratio";
                  if (f != "" && p > 2 * f) m = m (m ? ", " : "") sprintf("p50 %.1f× page 1", p / f);
                  print m ? "no (" m ")" : "yes" }' ;;
        stats) awk -v p="$p50" 'BEGIN { print p <= 100 ? "yes" : "no" }' ;;
        occupancy|occupancy-building|incubator-stats|prep-stats|prep-assessments|prep-register-gaps|financing-stats|project-stats) awk -v p="$p50" -v q="$p99" 'BEGIN { m = ""; if (p > 100) m = "p50"; if (q > 100) m = m (m ? ", " : "") "p99";
                                                    print m ? "no (" m ")" : "yes" }' ;;
        carriers|agreements|prep-campaigns|prep-campaign|prep-events|prep-event|prep-register) awk -v p="$p99" 'BEGIN { print p <= 50 ? "yes" : "no (p99)" }' ;;
        summary-city-year) awk -v p="$p50" -v q="$p99" 'BEGIN { m = ""; if (p > 2000) m = "p50"; if (q > 2000) m = m (m ? ", " : "") "p99";
                                                    print m ? "no (" m ")" : "yes" }' ;;
        page|ajax) awk -v p="$p95" 'BEGIN { print p < 300 ? "yes" : "no" }' ;;
    esac
}

describe() {
    case $1 in
        floor) echo "an authenticated call without SQL: a county by id, from memory on both sides (the floor of every API row)" ;;
        get) echo "service log by id, with county, commissioner, assignment, target, introductions, evidence (ids rotating over all generated logs)" ;;
        list) echo "service-log list, first page of 20 with its total, newest first" ;;
        deep) echo "the same list read on at row ${result[deep.offset]}: after the cursor (\`next\`) of page $((result[deep.offset] / 20 - 1)), keyset" ;;
        offset) echo "the same list at offset ${result[deep.offset]} by number (page $((result[deep.offset] / 20)))" ;;
        filtered) echo "the same list filtered: kind TRAINING, 2026-01-01 to 2026-06-30, first page" ;;
        stats) echo "commissioner statistics of 2026, city-wide (one client)" ;;
        page) echo "Faces page commissioner/logs.xhtml, GET, 16 signed-in leaders" ;;
        ajax) echo "its data table's paging request (AJAX POST, pages 2–11), 16 signed-in leaders" ;;
        occupancy) echo "occupancy view of carrier $incubator_carrier on $occupancy_day: 2,000 units, 20 years of agreements (one client; answer ${result[occupancy.bytes]:-?} bytes)" ;;
        occupancy-building) echo "the same, one building (A座, 500 units), as the occupancy page shows a carrier that large (one client; answer ${result[occupancy-building.bytes]:-?} bytes)" ;;
        carriers) echo "carrier list, first page of 20 with unit totals and its total (1,002 carriers)" ;;
        agreements) echo "agreement list, first page of 20, newest first, with lettings, units, relief steps (19,816 agreements)" ;;
        incubator-stats) echo "incubator statistics of 2026, city-wide (one client)" ;;
        prep-campaigns) echo "campaign list, first page of 20 with its total (48 generated campaigns)" ;;
        prep-campaign) echo "campaign 9000037 (临江县, January 2026) with its goals against its ~2,000 approved events and their materials" ;;
        prep-events) echo "event list, first page of 20, latest first, with county, township and campaign (60,000 events)" ;;
        prep-event) echo "event by id with county, township and campaign" ;;
        prep-assessments) echo "township assessment of 2026, city-wide: every township with its score and the pre-fill facts over 50,000 events (one client)" ;;
        financing-stats) echo "financing statistics of 2026, city-wide, over 200,000 loans: guarantees, compensations, recoveries, the loans by class at both ends, and 2025's for 同比 (one client; answer ${result[financing-stats.bytes]:-?} bytes)" ;;
        project-stats) echo "project statistics of 2026, city-wide: applications, approvals, funds won and received by county and programme, acceptances due and overdue, patents filed and granted by type, high-tech enterprises, and 2025's for 同比 (one client; answer ${result[project-stats.bytes]:-?} bytes)" ;;
        prep-register) echo "三网一员 register, first page of 20 current holders with county, township and place (2,232 current and 120 former holders, 1,200 villages)" ;;
        prep-register-gaps) echo "三网一员 gaps city-wide: the villages and townships without a holder and each county's completeness (1,200 villages; one client)" ;;
        summary-city-year) echo "the city's work summary of 2026: the six sections for every county, with the previous year and the same period last year (one client; answer ${result[summary-city-year.bytes]:-?} bytes)" ;;
        prep-stats) echo "preparedness statistics of 2026, city-wide: 50,000 events, 60,000 movements, and 2025's for 同比 (one client; answer ${result[prep-stats.bytes]:-?} bytes)" ;;
    esac
}

target_of() {
    case $1 in
        floor) echo "none (reference)" ;;
        get) echo "≥ 0.75×, p99 ≤ 50 ms" ;;
        list|filtered) echo "≥ 0.70×, p99 ≤ 50 ms" ;;
        deep|offset) echo "≥ 0.70×, ≤ 2× page 1" ;;
        stats) echo "≤ 100 ms" ;;
        page|ajax) echo "p95 < 300 ms" ;;
        occupancy|occupancy-building|incubator-stats|prep-stats|prep-assessments|prep-register-gaps|financing-stats|project-stats) echo "p50 and p99 ≤ 100 ms" ;;
        carriers|agreements|prep-campaigns|prep-campaign|prep-events|prep-event|prep-register) echo "p99 ≤ 50 ms" ;;
        summary-city-year) echo "p50 and p99 ≤ 2 s" ;;
    esac
}

is_incubator() { case $1 in occupancy|occupancy-building|carriers|agreements|incubator-stats) return 0 ;; esac; return 1; }
is_preparedness() { case $1 in prep-*) return 0 ;; esac; return 1; }
is_financing() { case $1 in financing-*) return 0 ;; esac; return 1; }
is_projects() { case $1 in project-*) return 0 ;; esac; return 1; }
is_summary() { case $1 in summary-*) return 0 ;; esac; return 1; }
# section_of ROW: the results section the row is reported in
section_of() { if is_incubator "$1"; then echo incubator; elif is_preparedness "$1"; then echo preparedness;
               elif is_financing "$1"; then echo financing; elif is_projects "$1"; then echo projects;
               elif is_summary "$1"; then echo summary; else echo main; fi; }

# table ROW...: the rows measured against their twins
table() {
    local row errors
    echo "| row | what it measures | conn. | app requests | app req/s | app p50 ms | app p95 ms | app p99 ms | twin requests | twin req/s | twin p50 ms | twin p99 ms | app/twin | target | met |"
    echo "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|"
    for row in "$@"; do
        if [ -n "${result[$row.twin.rps]:-}" ] && [ -n "${result[$row.app.rps]:-}" ] && [ "${result[$row.twin.requests]:-0}" -gt 0 ]; then
            result[$row.ratio]=$(awk -v a="${result[$row.app.rps]}" -v t="${result[$row.twin.rps]}" 'BEGIN { printf "%.2f", (t > 0 ? a / t : 0) }')
        fi
        printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$row" "$(describe "$row")" \
            "${result[$row.connections]}" "$(count "$row" app)" "$(num "${result[$row.app.rps]:-}")" "$(num "${result[$row.app.p50]:-}")" \
            "$(num "${result[$row.app.p95]:-}")" "$(num "${result[$row.app.p99]:-}")" "$(count "$row" twin)" "$(num "${result[$row.twin.rps]:-}")" \
            "$(num "${result[$row.twin.p50]:-}")" "$(num "${result[$row.twin.p99]:-}")" \
            "${result[$row.ratio]:+${result[$row.ratio]}×}" "$(target_of "$row")" "$(target_met "$row")"
    done
    echo
    failures "$@"
}

# app_table ROW...: the rows without a twin (the incubator module)
app_table() {
    local row
    echo "| row | what it measures | conn. | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/request | target | met |"
    echo "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|---|"
    for row in "$@"; do
        printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$row" "$(describe "$row")" \
            "${result[$row.connections]}" "$(count "$row" app)" "$(num "${result[$row.app.rps]:-}")" "$(num "${result[$row.app.p50]:-}")" \
            "$(num "${result[$row.app.p95]:-}")" "$(num "${result[$row.app.p99]:-}")" "$(num "${result[$row.app.max]:-}")" \
            "$(num "${result[$row.app.cpu]:-}")" "$(target_of "$row")" "$(target_met "$row")"
    done
    echo
    failures "$@"
}

failures() {
    local row side errors
    for row in "$@"; do
        for side in app twin; do
            errors=$(( ${result[$row.$side.status_errors]:-0} + ${result[$row.$side.timeouts]:-0} + ${result[$row.$side.socket_errors]:-0} ))
            [ "$errors" -gt 0 ] && echo "- $row ($side): $errors failed requests of ${result[$row.$side.requests]} (status ${result[$row.$side.status_errors]:-0}, timeouts ${result[$row.$side.timeouts]:-0}, socket ${result[$row.$side.socket_errors]:-0})"
        done
        [ "${result[$row.same]:-}" = no ] && echo "- $row: the twin's JSON differed from the application's in this run"
    done
    return 0
}

# report main|incubator: the results of that section's rows
report() {
    local section=$1 when cpu java_version pg_version same=() rows_here=() row
    for row in "${rows_order[@]}"; do
        [ "$(section_of "$row")" = "$section" ] && rows_here+=("$row")
    done
    when=$(date '+%Y-%m-%d %H:%M %Z')
    cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
    java_version=$(java -version 2>&1 | head -1 | sed 's/"//g')
    pg_version=$(psql_run -At -c "show server_version" | cut -d' ' -f1)
    for row in "${rows_here[@]}"; do [ "${result[$row.same]:-}" = yes ] && same+=("$row"); done
    echo "Measured $when with \`bin/dev/benchmark.sh${command_args:+ $command_args}\` ($(date -u -d @"$started" '+%H:%M') UTC start, $(( ($(date +%s) - started) / 60 )) min in all)."
    echo
    if [ "$section" = projects ]; then
        cat <<DATA
- Data: \`bench/generate_projects.sql\` (generator $projects_generator): 100,000 applications to programmes of higher levels
  prepared 2017–2026 (10,000 a year; 2026's 10,000 and 2025's for 同比) with their results, grants, tranches and
  acceptances (about 150,000 events), 1,000,000 patents filed 2017-01-01 – 2026-11-30 (about 100,000 a year) and
  2,000 enterprises, half of them recognised 高新技术企业, besides the demo data, the other modules' generated data
  and $rows generated service logs, on PostgreSQL $pg_version, schema \`$schema\`.
DATA
    elif [ "$section" = summary ]; then
        cat <<DATA
- Data: every module's benchmark data (incubator, preparedness, financing: 200,000 loans, projects: 100,000
  applications and 1,000,000 patents) and $rows generated service logs, on PostgreSQL $pg_version, schema \`$schema\`.
DATA
    elif [ "$section" = financing ]; then
        cat <<DATA
- Data: \`bench/generate_financing.sql\` (generator $financing_generator): 200,000 approved applications with their
  guarantees and 12-month loans disbursed over 2017–2026 (about 18,000 in 2026), 2,400,000 instalments and a
  repayment for every instalment due by 2026-11-30 (one loan in fifty stops paying at its sixth), besides the demo
  data, the other modules' generated data and $rows generated service logs, on PostgreSQL $pg_version, schema
  \`$schema\`.
DATA
    elif [ "$section" = preparedness ]; then
        cat <<DATA
- Data: \`bench/generate_preparedness.sql\` (generator $preparedness_generator): 48 campaigns, 50,000 publicity events held in
  2026 and 10,000 in 2025 over six townships of two counties (one in twenty awaiting approval, one in ten a drill),
  60,000 issues of readers and 12,000 loans of display boards, the 三网一员 register of 1,200 generated villages
  (2,232 current and 120 former holders, 168 gaps), besides the demo data, the incubator's and
  $rows generated service logs, on PostgreSQL $pg_version, schema \`$schema\`.
DATA
    elif [ "$section" = incubator ]; then
        cat <<DATA
- Data: \`bench/generate_incubator.sql\` (generator $incubator_generator): carrier $incubator_carrier with 2,000 units and 19,800
  agreements over 2007–2029 (one letting each), 1,000 more carriers of four units, besides the demo data and
  $rows generated service logs, on PostgreSQL $pg_version, schema \`$schema\`.
DATA
    else
        cat <<DATA
- Data: $rows generated approved service logs (2017-01-01 – 2026-11-30, about a tenth a year; a fifth introduce a named variety)
  besides the demo data, on PostgreSQL $pg_version, schema \`$schema\`.
DATA
    fi
    cat <<REPORT
- Machine: $(nproc) cores ($cpu), $(free -g | awk '/^Mem:/ { print $2 }') GB memory; $java_version; Payara Server 6.2025.10,
  domain \`$domain\` (-Xmx1g, 32 HTTP workers, pool of 4–32 connections, statement cache 64).
- wrk: 2 threads (1 for one connection), ${warmup} s warm-up then ${duration} s measured$([ "$section" != main ] && echo ' (no twin)' || echo ', application then twin');
  before each run the server finished what the previous one left behind; a run that completed fewer requests
  than twice its connections was measured again for $((duration * 3)) s. Load average before ${load_before:-?}, after ${load_after:-?}.
- Other work on the machine during the run: ${other:-none seen}.
REPORT
    if [ "$section" != main ]; then
        [ ${#left_out[@]} -gt 0 ] && echo "- Left out: ${left_out[*]}."
        echo
        app_table "${rows_here[@]}"
    else
        echo "- The twin answered byte for byte the same JSON as the application for: ${same[*]:-none}."
        echo
        table "${rows_here[@]}"
    fi
}

# has_rows main|incubator: whether this run measured a row of that section
has_rows() {
    local row
    for row in "${rows_order[@]}"; do
        [ "$(section_of "$row")" = "$1" ] && return 0
    done
    return 1
}

# write_docs main|incubator REPORT: replaces that section's results in docs/performance.md (the other stays)
write_docs() {
    local doc="$root/docs/performance.md" begin='<!-- results: written by bin/dev/benchmark.sh -->' end='<!-- end of results -->'
    if [ "$1" != main ]; then
        begin="<!-- $1 results: written by bin/dev/benchmark.sh -->"
        end="<!-- end of $1 results -->"
    fi
    if ! grep -qF "$begin" "$doc" 2>/dev/null; then
        log "docs/performance.md has no results section (the line $begin): not written"
        return 0
    fi
    awk -v begin="$begin" -v end="$end" -v report="$2" '
        $0 == begin { print; while ((getline line < report) > 0) print line; skip = 1; next }
        $0 == end { skip = 0 }
        !skip { print }' "$doc" >"$work/performance.md"
    cp "$work/performance.md" "$doc"
    log "Results written to docs/performance.md ($1 rows)"
}

# ---------------------------------------------------------------------------------------------- main
ensure_tools
build
prepare_schema
$generate || lift_rate_limit
start_server
if $generate || [ "$(incubator_marker)" != "$incubator_generator" ] \
        || [ "$(preparedness_marker)" != "$preparedness_generator" ] \
        || [ "$(financing_marker)" != "$financing_generator" ] || [ "$(projects_marker)" != "$projects_generator" ]; then
    $generate && generate_data
    { $generate || [ "$(incubator_marker)" != "$incubator_generator" ]; } && generate_incubator_data
    { $generate || [ "$(preparedness_marker)" != "$preparedness_generator" ]; } && generate_preparedness_data
    { $generate || [ "$(financing_marker)" != "$financing_generator" ]; } && generate_financing_data
    { $generate || [ "$(projects_marker)" != "$projects_generator" ]; } && generate_projects_data
    lift_rate_limit
    log "Redeploying, so that the application starts on the generated data ..."
    "$root/bin/server.sh" deploy "$payara_home" "$domain" "$portbase" "$ear"
fi
other=$(other_work)
measure
other_late=$(other_work)
[ -n "$other_late" ] && other=$(printf '%s; %s' "$other" "$other_late" | tr ';' '\n' | sed 's/^ *//' | grep -v '^$' | sort -u | paste -sd ';' | sed 's/;/; /g')
if $keep; then
    server_up=false
    log "The server stays up (--keep): $base (stop it with bin/server.sh stop $payara_home $domain $portbase)"
else
    stop_server
fi
for section in main incubator preparedness financing projects summary; do
    has_rows "$section" || continue
    report "$section" >"$work/report-$section.md"
    echo
    cat "$work/report-$section.md"
    $write_docs && write_docs "$section" "$work/report-$section.md"
done
log "Done in $(( ($(date +%s) - started) / 60 )) min."
