#!/usr/bin/env bash
# What the embedded H2 database's durable commit costs (docs/reliability.md): the same API writes (commissioner
# registrations, one client after the other) on a fresh H2 database with H2's own default WRITE_DELAY of
# 500 ms and with the server's WRITE_DELAY=0. Uses the crash test's Payara (ear/target/crash-test, domain
# workbench-crash, ports CRASH_PORTBASE+, default 34000).
#
#   bin/dev/h2-durability-bench.sh [N]     default 500 writes per setting, after 50 to warm up
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-500}
portbase=${CRASH_PORTBASE:-34000}
work="$root/ear/target/crash-test"
payara_home="$work/payara6"
domain=workbench-crash
base="http://localhost:$((portbase + 80))/workbench"
city_token="wbt_demoRWcity$(printf 'x%.0s' {1..30})"

[ -f "$root/ear/target/workbench.ear" ] || { echo "build the EAR first (mvn -B package -DskipTests)" >&2; exit 2; }
if [ ! -d "$payara_home" ]; then
    (cd "$root" && mvn -B -q -pl ear dependency:unpack@payara -DskipITs=false -Dpayara.unpack.dir="$work")
fi
export WORKBENCH_ADMIN_PASSWORD_FILE="$work/admin-password" WORKBENCH_DEMO_DATA=true
export WORKBENCH_DATA_DIR="$work/bench-data"
unset WORKBENCH_DB_USER WORKBENCH_DB_PASSWORD
server() { "$root/bin/server.sh" "$1" "$payara_home" "$domain" "$portbase" "${@:2}"; }
trap 'server stop >/dev/null 2>&1 || true' EXIT

for delay in 500 0; do
    server stop >/dev/null 2>&1 || true
    rm -rf "$WORKBENCH_DATA_DIR"
    export WORKBENCH_DB_URL="jdbc:h2:file:$WORKBENCH_DATA_DIR/workbench;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=$delay"
    server start >/dev/null
    server deploy "$root/ear/target/workbench.ear"
    until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $city_token" "$base/api/v1/jurisdictions?size=1")" = 200 ]; do
        sleep 2
    done
    python3 "$root/bin/dev/crash_load.py" bench "$base" 50 >/dev/null
    echo "WRITE_DELAY=$delay: $(python3 "$root/bin/dev/crash_load.py" bench "$base" "$n")"
done
