#!/usr/bin/env bash
# Manages one Payara Server domain for the workbench: create it on first use, (re)start it with the
# workbench data source, deploy or undeploy the EAR, stop it. Used by bin/workbench (the developer's
# server) and by the ear module's integration tests (a separate install and domain, other ports).
#
#   server.sh start    PAYARA_HOME DOMAIN PORTBASE
#   server.sh deploy   PAYARA_HOME DOMAIN PORTBASE EAR_FILE
#   server.sh undeploy PAYARA_HOME DOMAIN PORTBASE
#   server.sh stop     PAYARA_HOME DOMAIN PORTBASE
#
# The database comes from the environment (see README):
#   WORKBENCH_DB_URL       JDBC URL; default: H2 file at $WORKBENCH_DATA_DIR/workbench
#   WORKBENCH_DB_USER      default: sa for H2, none otherwise
#   WORKBENCH_DB_PASSWORD  default: empty
#   WORKBENCH_DATA_DIR     where the H2 file lives; default: PAYARA_HOME/../data
#   WORKBENCH_DEMO_DATA    true to load the demo city, counties and enterprises into an empty database
#   WORKBENCH_TIME_ZONE    the bureau's time zone (dates and "today"); default Asia/Shanghai
set -euo pipefail

command=${1:?command}
payara_home=$(cd "${2:?payara home}" && pwd)
domain=${3:?domain name}
portbase=${4:?port base}
admin_port=$((portbase + 48))
http_port=$((portbase + 80))
app=workbench

asadmin() {
    java -jar "$payara_home/glassfish/lib/client/appserver-cli.jar" --port "$admin_port" "$@"
}

domain_dir="$payara_home/glassfish/domains/$domain"

is_running() {
    asadmin list-domains 2>/dev/null | grep -q "^$domain running"
}

create_domain() {
    [ -d "$domain_dir" ] && return 0
    echo "Creating Payara domain $domain (HTTP port $http_port, admin port $admin_port)"
    java -jar "$payara_home/glassfish/lib/client/appserver-cli.jar" create-domain \
        --nopassword=true --portbase "$portbase" --checkports=false "$domain" >/dev/null
    # JVM options of the server's own configuration (the first java-config), before its first start.
    # Heap and HTTP workers sized for 2 cores (see README, Performance).
    local jvm='<jvm-options>-Xmx1g</jvm-options><jvm-options>-Xms256m</jvm-options>'
    jvm+='<jvm-options>-Dfile.encoding=UTF-8</jvm-options>'
    jvm+='<jvm-options>-Duser.language=zh</jvm-options><jvm-options>-Duser.country=CN</jvm-options>'
    sed -i "0,/<jvm-options>-Xmx512m<\/jvm-options>/s//${jvm//\//\\/}/" "$domain_dir/config/domain.xml"
    asadmin start-domain "$domain" >/dev/null
    local commands
    commands=$(mktemp)
    cat >"$commands" <<CMDS
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=32
set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false
set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.server-header=false
set-hazelcast-configuration --enabled=false --dynamic=true
set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
CMDS
    asadmin multimode --file "$commands" >/dev/null
    rm -f "$commands"
    # Reconfiguring the listener and Hazelcast on the running server can leave http-listener-1 unbound
    # (seen on a first start: the admin port answered, 8080 did not); a restart applies them cleanly.
    asadmin restart-domain "$domain" >/dev/null
}

# The data source is rebuilt at every start, so a changed WORKBENCH_DB_* takes effect on restart.
configure_datasource() {
    local data_dir=${WORKBENCH_DATA_DIR:-$payara_home/../data}
    mkdir -p "$data_dir"
    data_dir=$(cd "$data_dir" && pwd)
    local url=${WORKBENCH_DB_URL:-"jdbc:h2:file:$data_dir/workbench;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000"}
    local user password class
    password=${WORKBENCH_DB_PASSWORD:-}
    case "$url" in
        jdbc:h2:*) class=org.h2.jdbcx.JdbcDataSource; user=${WORKBENCH_DB_USER:-sa} ;;
        jdbc:postgresql:*) class=org.postgresql.ds.PGSimpleDataSource; user=${WORKBENCH_DB_USER:-} ;;
        *) echo "Unsupported WORKBENCH_DB_URL: only jdbc:h2: and jdbc:postgresql: are supported" >&2; exit 2 ;;
    esac
    local resources
    resources=$(mktemp --suffix=.xml)
    {
        echo '<?xml version="1.0" encoding="UTF-8"?>'
        echo '<!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN" "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">'
        echo '<resources>'
        echo "  <jdbc-connection-pool name=\"workbench-pool\" res-type=\"javax.sql.DataSource\" datasource-classname=\"$class\""
        echo '      steady-pool-size="4" max-pool-size="32" statement-cache-size="64"'
        echo '      is-connection-validation-required="true" connection-validation-method="meta-data"'
        echo '      fail-all-connections="true" non-transactional-connections="false">'
        echo "    <property name=\"URL\" value=\"$(xml_escape "$url")\"/>"
        [ -n "$user" ] && echo "    <property name=\"User\" value=\"$(xml_escape "$user")\"/>"
        echo "    <property name=\"Password\" value=\"$(xml_escape "$password")\"/>"
        echo '  </jdbc-connection-pool>'
        echo '  <jdbc-resource pool-name="workbench-pool" jndi-name="jdbc/workbench"/>'
        echo '</resources>'
    } >"$resources"
    asadmin delete-jdbc-resource jdbc/workbench >/dev/null 2>&1 || true
    asadmin delete-jdbc-connection-pool workbench-pool >/dev/null 2>&1 || true
    asadmin add-resources "$resources" >/dev/null
    rm -f "$resources"
    asadmin create-system-properties "workbench.demo-data=${WORKBENCH_DEMO_DATA:-false}" >/dev/null
    asadmin create-system-properties "workbench.time-zone=${WORKBENCH_TIME_ZONE:-Asia/Shanghai}" >/dev/null
    echo "Database: ${url%%;*}"
}

xml_escape() {
    local s=$1
    s=${s//&/&amp;}; s=${s//</&lt;}; s=${s//>/&gt;}; s=${s//\"/&quot;}
    printf '%s' "$s"
}

case "$command" in
    start)
        if [ ! -d "$domain_dir" ]; then
            create_domain
        elif ! is_running; then
            asadmin start-domain "$domain" >/dev/null
        fi
        configure_datasource
        ;;
    deploy)
        ear=${5:?ear file}
        asadmin undeploy "$app" >/dev/null 2>&1 || true
        asadmin deploy --name "$app" "$ear" >/dev/null
        ;;
    undeploy)
        if is_running; then
            asadmin undeploy "$app" >/dev/null 2>&1 || true
        fi
        ;;
    stop)
        if is_running; then
            asadmin undeploy "$app" >/dev/null 2>&1 || true
            asadmin stop-domain "$domain" >/dev/null
        fi
        ;;
    *)
        echo "unknown command: $command" >&2
        exit 2
        ;;
esac
