#!/usr/bin/env bash
# The benchmark of issue 8: the application against a raw-JDBC twin on the same server and pool, on
# PostgreSQL with 1,000,000 approved service logs. Not part of `mvn verify`. See docs/performance.md.
#
#   bin/dev/benchmark.sh [--rows N] [--regenerate] [--duration S] [--warmup S] [--only LIST] [--no-docs]
#
#   --rows N        service logs to generate (default 1000000; use e.g. 50000 while working on the script)
#   --regenerate    drop the schema and generate again even if it already holds N rows
#   --duration S    seconds of each measured wrk run (default 10), after a warm-up of --warmup S (default 3)
#   --only LIST     run only these rows of the table, comma separated: get,list,deep,filtered,stats,page,ajax
#   --no-docs       print the table, do not write docs/performance.md
#
# What it does, in one run:
#  1. installs wrk (Debian package) when missing; builds the EAR when ear/target/workbench.ear is missing
#     (mvn -B -q -o package -DskipTests) and the baseline WAR (bench/baseline, a Maven project of its own);
#     unpacks Payara Server into .run/bench/payara6 on first use (as bin/workbench does into .run/payara6).
#  2. on PostgreSQL (127.0.0.1:5432, user postgres, database test, schema workbench_bench): when the
#     schema does not hold the data yet (table bench_marker), recreates it, starts the server so that the
#     application's Flyway migrations and demo data run, then adds N logs with bench/generate.sql
#     (set-based, deterministic) and ANALYZE.
#  3. starts its own Payara domain "workbench-bench" (ports 30000+: HTTP 30080, admin 30048) with
#     bin/server.sh, deploys the EAR and, beside it, the baseline WAR at /baseline.
#  4. measures with wrk (2 threads; 64 connections for get-by-id, 16 for lists and pages, 1 for the
#     statistics) each endpoint of the application and of its twin, and a JSF page and its paging request
#     with 16 signed-in users (leader), and prints a Markdown table (and writes docs/performance.md).
#  5. stops its server at the end, whatever happens (trap); the developer's and the test servers
#     (domains workbench and workbench-it, ports 8080 and 28080) are not touched.
#
# Environment: BENCH_SCHEMA (default workbench_bench), BENCH_PGHOST/BENCH_PGPORT/BENCH_PGUSER/BENCH_PGDATABASE.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
rows=1000000
regenerate=false
duration=10
warmup=3
only=get,list,deep,filtered,stats,page,ajax
write_docs=true
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) rows=${2:?}; shift 2 ;;
        --regenerate) regenerate=true; shift ;;
        --duration) duration=${2:?}; shift 2 ;;
        --warmup) warmup=${2:?}; shift 2 ;;
        --only) only=${2:?}; shift 2 ;;
        --no-docs) write_docs=false; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$rows" in ''|*[!0-9]*) echo "--rows takes a number" >&2; exit 2 ;; esac

generator=1                      # bump when bench/generate.sql changes: the marker then no longer matches
run_dir="$root/.run/bench"
payara_home="$run_dir/payara6"
domain=workbench-bench
portbase=30000
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
asadmin() { java -jar "$payara_home/glassfish/lib/client/appserver-cli.jar" --port "$admin_port" "$@"; }
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
    export WORKBENCH_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$pg_db?currentSchema=$schema"
    export WORKBENCH_DB_USER=$pg_user
    export WORKBENCH_DB_PASSWORD=${WORKBENCH_DB_PASSWORD:-}
    export WORKBENCH_DEMO_DATA=true
    export WORKBENCH_DATA_DIR="$run_dir/data"
    log "Starting Payara Server (domain $domain, $base) ..."
    server_up=true
    "$root/bin/server.sh" undeploy "$payara_home" "$domain" "$portbase"
    asadmin undeploy baseline >/dev/null 2>&1 || true
    "$root/bin/server.sh" start "$payara_home" "$domain" "$portbase"
    log "Deploying the EAR (migrations and demo data run on an empty schema) ..."
    "$root/bin/server.sh" deploy "$payara_home" "$domain" "$portbase" "$ear"
    log "Deploying the baseline WAR at /baseline ..."
    asadmin deploy --name baseline --contextroot baseline "$baseline_war" >/dev/null
}

# ----------------------------------------------------------------------------------------------- data
marker() { psql_run -At -c "select rows || ':' || generator from $schema.bench_marker" 2>/dev/null || true; }

prepare_schema() {
    local found
    found=$(marker)
    if ! $regenerate && [ "$found" = "$rows:$generator" ]; then
        log "Schema $schema already holds $rows generated logs (bench_marker): not generating (--regenerate to force)."
        generate=false
    else
        log "Recreating schema $schema${found:+ (held: $found)} ..."
        psql_run -c "drop schema if exists $schema cascade" -c "create schema $schema"
        generate=true
    fi
}

generate_data() {
    log "Generating $rows approved service logs (bench/generate.sql) ..."
    local t0=$(date +%s)
    PGOPTIONS="-c search_path=$schema" psql_run -v rows="$rows" -v gen="$generator" -f "$root/bench/generate.sql"
    log "Data generated in $(($(date +%s) - t0)) s."
}

# ---------------------------------------------------------------------------------------------- main
ensure_tools
build
prepare_schema
start_server
if $generate; then
    generate_data
fi
