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
#
# The server's own doors (see README, Production installation):
#   WORKBENCH_ADMIN_PASSWORD_FILE  the admin password in asadmin's format (AS_ADMIN_PASSWORD=...), readable
#                          by the owner only; generated and printed once when missing;
#                          default: PAYARA_HOME/../admin-password
#   WORKBENCH_ADMIN_ADDRESS  the address the admin listener binds to; default 127.0.0.1 (this machine only)
#   WORKBENCH_TRUST_FORWARDED_PROTO  true when the HTTP port is reachable only through a TLS proxy that sets
#                          X-Forwarded-Proto: the server then takes the scheme from that header (session
#                          cookie Secure, redirects to https); default false
set -euo pipefail

command=${1:?command}
payara_home=$(cd "${2:?payara home}" && pwd)
domain=${3:?domain name}
portbase=${4:?port base}
admin_port=$((portbase + 48))
http_port=$((portbase + 80))
app=workbench
cli="$payara_home/glassfish/lib/client/appserver-cli.jar"
password_file=${WORKBENCH_ADMIN_PASSWORD_FILE:-$payara_home/../admin-password}

asadmin() {
    if [ -f "$password_file" ]; then
        java -jar "$cli" --port "$admin_port" --user admin --passwordfile "$password_file" "$@"
    else
        java -jar "$cli" --port "$admin_port" "$@"
    fi
}

domain_dir="$payara_home/glassfish/domains/$domain"
# Bumped when the server settings below change: an existing domain is brought up to date at its next start.
hardening_level=1
hardening_marker="$domain_dir/config/workbench-hardening"

# The admin password: generated once (owner-only file), printed once. A domain created before passwords
# were set gets it at its next start (see harden).
ensure_password_file() {
    [ -f "$password_file" ] && return 0
    local password
    password=$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 || true)
    (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$password" >"$password_file")
    echo "Admin console: user admin, password $password (shown once; stored in $(cd "$(dirname "$password_file")" && pwd)/$(basename "$password_file"), readable by you only)"
}

is_running() {
    asadmin list-domains 2>/dev/null | grep -q "^$domain running"
}

create_domain() {
    [ -d "$domain_dir" ] && return 0
    echo "Creating Payara domain $domain (HTTP port $http_port, admin port $admin_port)"
    java -jar "$cli" --user admin --passwordfile "$password_file" create-domain \
        --portbase "$portbase" --checkports=false "$domain" >/dev/null
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
set-hazelcast-configuration --enabled=false --dynamic=true
set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
CMDS
    asadmin multimode --file "$commands" >/dev/null
    rm -f "$commands"
    harden
    # Reconfiguring the listener and Hazelcast on the running server can leave http-listener-1 unbound
    # (seen on a first start: the admin port answered, 8080 did not); a restart applies them cleanly.
    asadmin restart-domain "$domain" >/dev/null
}

# The server's own doors, on the running server (a restart applies the admin address):
# - the admin listener needs the password and listens on WORKBENCH_ADMIN_ADDRESS (loopback) only;
# - the MicroProfile Metrics endpoint is off (nothing reads it; /health stays public);
# - answers name no server: no Server and X-Powered-By headers, and the pages of errors outside the
#   application (an unknown address, a bad request) are one neutral page instead of Payara's error report;
# - the session cookie is SameSite=Strict (Payara does not apply the <cookie-config> attribute of web.xml);
#   Secure comes from the request (session-cookie-secure=dynamic): https, or X-Forwarded-Proto when trusted;
# - no X-Frame-Options: SAMEORIGIN of the server's own: the application sends DENY on every answer.
harden() {
    local commands listener code
    commands=$(mktemp)
    {
        echo "set configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address=${WORKBENCH_ADMIN_ADDRESS:-127.0.0.1}"
        echo "set-metrics-configuration --enabled=false --dynamic=true"
        for listener in http-listener-1 http-listener-2; do
            local http="configs.config.server-config.network-config.protocols.protocol.$listener.http"
            echo "set $http.xpowered-by=false $http.server-header=false $http.xframe-options=false"
            echo "set $http.cookie-same-site-enabled=true $http.cookie-same-site-value=Strict"
        done
        for code in 400 401 403 404 405 408 413 414 415 500 501 502 503; do
            echo "set \"configs.config.server-config.http-service.virtual-server.server.property.send-error_$code=code=$code path=\${com.sun.aas.instanceRoot}/config/error.html reason=Error\""
        done
    } >"$commands"
    printf '<!DOCTYPE html>\n<html><head><meta charset="UTF-8"><title>Error</title></head><body><p>The request could not be served.</p></body></html>\n' \
        >"$domain_dir/config/error.html"
    asadmin multimode --file "$commands" >/dev/null
    rm -f "$commands"
    echo "$hardening_level" >"$hardening_marker"
}

# A domain created before the admin password and the settings above: set the password (the domain had
# none) and apply them, then restart.
bring_up_to_date() {
    [ "$(cat "$hardening_marker" 2>/dev/null)" = "$hardening_level" ] && return 0
    echo "Securing the admin listener and the server's answers of domain $domain ..."
    if ! asadmin list-applications >/dev/null 2>&1; then
        local change
        change=$(mktemp)
        (umask 077 && { echo "AS_ADMIN_PASSWORD="; echo "AS_ADMIN_NEWPASSWORD=$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$password_file")"; } >"$change")
        java -jar "$cli" --port "$admin_port" --user admin --passwordfile "$change" change-admin-password >/dev/null
        rm -f "$change"
    fi
    harden
    asadmin restart-domain "$domain" >/dev/null
}

# Whether the HTTP listener takes the scheme from X-Forwarded-Proto (only behind a TLS proxy).
configure_proxy_trust() {
    local http=configs.config.server-config.network-config.protocols.protocol.http-listener-1.http
    if [ "${WORKBENCH_TRUST_FORWARDED_PROTO:-false}" = true ]; then
        asadmin set "$http.scheme-mapping=X-Forwarded-Proto" >/dev/null
    elif asadmin get "$http.scheme-mapping" 2>/dev/null | grep -q '=.'; then
        # removing the mapping takes effect only when the listener starts again
        echo "X-Forwarded-Proto no longer trusted: restarting domain $domain"
        asadmin set "$http.scheme-mapping=" >/dev/null
        asadmin restart-domain "$domain" >/dev/null
    fi
}

# The data source is rebuilt at every start, so a changed WORKBENCH_DB_* takes effect on restart.
configure_datasource() {
    local data_dir=${WORKBENCH_DATA_DIR:-$payara_home/../data}
    mkdir -p "$data_dir"
    data_dir=$(cd "$data_dir" && pwd)
    # WRITE_DELAY=0: H2 writes every commit to its file before the commit returns (by default it waits
    # up to 500 ms, and a process crash loses what was acknowledged in that time).
    local url=${WORKBENCH_DB_URL:-"jdbc:h2:file:$data_dir/workbench;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0"}
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
    asadmin create-system-properties "workbench.strict-fetch=${WORKBENCH_STRICT_FETCH:-warn}" >/dev/null
    echo "Database: ${url%%;*}"
}

xml_escape() {
    local s=$1
    s=${s//&/&amp;}; s=${s//</&lt;}; s=${s//>/&gt;}; s=${s//\"/&quot;}
    printf '%s' "$s"
}

# Whether the HTTP port accepts a connection within 30 seconds.
http_listening() {
    local attempt
    for attempt in $(seq 1 30); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null; then
            return 0
        fi
        sleep 1
    done
    return 1
}

# The HTTP listener answers once the server is up: a reconfigured listener has been seen left unbound (the admin
# port answered, the HTTP port refused every connection); one restart binds it again.
ensure_http_listening() {
    http_listening && return 0
    echo "HTTP port $http_port of domain $domain does not answer: restarting the domain" >&2
    asadmin restart-domain "$domain" >/dev/null
    if ! http_listening; then
        echo "HTTP port $http_port of domain $domain still does not answer; see its server.log" >&2
        exit 1
    fi
}

case "$command" in
    start)
        ensure_password_file
        if [ ! -d "$domain_dir" ]; then
            create_domain
        else
            if ! is_running; then
                asadmin start-domain "$domain" >/dev/null
            fi
            bring_up_to_date
        fi
        configure_proxy_trust
        configure_datasource
        ensure_http_listening
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
