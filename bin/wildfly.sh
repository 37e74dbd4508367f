#!/usr/bin/env bash
# Manages one WildFly server for the workbench, the twin of bin/server.sh (Payara): configure it on first
# use, (re)start it with the workbench data source, deploy or undeploy the EAR, stop it. Used by
# bin/workbench --server wildfly (the developer's server) and by the ear module's WildFly integration
# tests (mvn verify -Pwildfly: a separate install, other ports).
#
#   wildfly.sh start    WILDFLY_HOME HTTP_PORT MANAGEMENT_PORT
#   wildfly.sh deploy   WILDFLY_HOME HTTP_PORT MANAGEMENT_PORT EAR_FILE
#   wildfly.sh undeploy WILDFLY_HOME HTTP_PORT MANAGEMENT_PORT
#   wildfly.sh stop     WILDFLY_HOME HTTP_PORT MANAGEMENT_PORT
#
# The management interface (CLI, health) listens on the loopback address only; the server's other ports
# are its defaults shifted by HTTP_PORT - 8080. The server runs the configuration standalone-workbench.xml, made once from
# standalone-full.xml (EJB, Faces, JMS...) plus MicroProfile Health and OpenAPI (bin/wildfly/profile.cli),
# with EclipseLink as a module of the server (the persistence unit names it as its provider) and the
# PostgreSQL driver as a module. The jars of both are taken from WORKBENCH_WILDFLY_JARS (default
# WILDFLY_HOME/../jars: eclipselink.jar, postgresql.jar, copied there from Maven by the ear module).
#
# The database comes from the environment, as for Payara (see README):
#   WORKBENCH_DB_URL, WORKBENCH_DB_USER, WORKBENCH_DB_PASSWORD, WORKBENCH_DATA_DIR (default
#   WILDFLY_HOME/../data), WORKBENCH_DEMO_DATA, WORKBENCH_TIME_ZONE.
set -euo pipefail

command=${1:?command}
wildfly_home=$(cd "${2:?wildfly home}" && pwd)
http_port=${3:?http port}
management_port=${4:?management port}
offset=$((http_port - 8080))
config=standalone-workbench.xml
deployment=workbench.ear
here=$(cd "$(dirname "$0")" && pwd)
jars=${WORKBENCH_WILDFLY_JARS:-$wildfly_home/../jars}
log="$wildfly_home/standalone/log/server.log"

cli() {
    "$wildfly_home/bin/jboss-cli.sh" --connect --controller="localhost:$management_port" "$@"
}

# Offline configuration (the server stopped): the commands of a CLI file run in an embedded server.
cli_offline() {
    local file=$1
    "$wildfly_home/bin/jboss-cli.sh" --file="$file" >/dev/null
}

is_running() {
    cli --command=':read-attribute(name=server-state)' 2>/dev/null | grep -q '"result" => "running"'
}

# EclipseLink as the server's module org.eclipse.persistence (which WildFly loads for a persistence unit
# whose provider is EclipseLink's): WildFly's own module of that name holds only the integration jar;
# the one under modules/ (searched before the system layers) adds EclipseLink itself and the JDK modules
# it needs. The PostgreSQL driver is the module org.postgresql.
install_modules() {
    local base="$wildfly_home/modules/system/layers/base/org/eclipse/persistence/main"
    local eclipselink="$wildfly_home/modules/org/eclipse/persistence/main"
    local integration
    integration=$(cd "$base" && ls jipijapa-eclipselink-*.jar)
    mkdir -p "$eclipselink"
    cp "$base/$integration" "$jars/eclipselink.jar" "$eclipselink/"
    sed -e "s|<resource-root path=\"$integration\"/>|&\n        <resource-root path=\"eclipselink.jar\"/>|" \
        -e 's|<module name="java.logging"/>|<module name="java.desktop"/>\n        &\n        <module name="java.rmi"/>\n        <module name="java.sql"/>\n        <module name="java.xml"/>|' \
        "$base/module.xml" >"$eclipselink/module.xml"
    local postgresql="$wildfly_home/modules/org/postgresql/main"
    mkdir -p "$postgresql"
    cp "$jars/postgresql.jar" "$postgresql/"
    cat >"$postgresql/module.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<module name="org.postgresql" xmlns="urn:jboss:module:1.9">
    <resources>
        <resource-root path="postgresql.jar"/>
    </resources>
    <dependencies>
        <module name="java.logging"/>
        <module name="java.management"/>
        <module name="java.naming"/>
        <module name="java.security.jgss"/>
        <module name="java.sql"/>
        <module name="jakarta.transaction.api"/>
    </dependencies>
</module>
XML
}

configure_profile() {
    local configuration="$wildfly_home/standalone/configuration"
    [ -f "$configuration/$config" ] && return 0
    echo "Configuring WildFly ($config: HTTP port $http_port, management port $management_port)"
    install_modules
    cp "$configuration/standalone-full.xml" "$configuration/new-$config"
    local commands
    commands=$(mktemp --suffix=.cli)
    { echo "embed-server --server-config=new-$config --std-out=discard"; cat "$here/wildfly/profile.cli"; echo "stop-embedded-server"; } >"$commands"
    cli_offline "$commands"
    rm -f "$commands"
    mv "$configuration/new-$config" "$configuration/$config"
}

cli_string() {
    local s=$1
    s=${s//\\/\\\\}; s=${s//\"/\\\"}
    printf '"%s"' "$s"
}

# The data source is rebuilt at every start, so a changed WORKBENCH_DB_* takes effect on restart.
configure_datasource() {
    local data_dir=${WORKBENCH_DATA_DIR:-$wildfly_home/../data}
    mkdir -p "$data_dir"
    data_dir=$(cd "$data_dir" && pwd)
    local url=${WORKBENCH_DB_URL:-"jdbc:h2:file:$data_dir/workbench;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0"}
    local user driver password=${WORKBENCH_DB_PASSWORD:-}
    case "$url" in
        jdbc:h2:*) driver=h2; user=${WORKBENCH_DB_USER:-sa} ;;
        jdbc:postgresql:*) driver=postgresql; user=${WORKBENCH_DB_USER:-} ;;
        *) echo "Unsupported WORKBENCH_DB_URL: only jdbc:h2: and jdbc:postgresql: are supported" >&2; exit 2 ;;
    esac
    local attributes="jndi-name=java:/jdbc/workbench, driver-name=$driver, connection-url=$(cli_string "$url")"
    attributes+=", min-pool-size=4, max-pool-size=32, prepared-statements-cache-size=64, validate-on-match=true"
    [ -n "$user" ] && attributes+=", user-name=$(cli_string "$user")"
    [ -n "$password" ] && attributes+=", password=$(cli_string "$password")"
    local commands
    commands=$(mktemp --suffix=.cli)
    cat >"$commands" <<CLI
embed-server --server-config=$config --std-out=discard
if (outcome == success) of /subsystem=datasources/data-source=workbench:read-resource
    /subsystem=datasources/data-source=workbench:remove
end-if
/subsystem=datasources/data-source=workbench:add($attributes)
if (outcome == success) of /system-property=workbench.demo-data:read-resource
    /system-property=workbench.demo-data:remove
end-if
/system-property=workbench.demo-data:add(value=${WORKBENCH_DEMO_DATA:-false})
if (outcome == success) of /system-property=workbench.time-zone:read-resource
    /system-property=workbench.time-zone:remove
end-if
/system-property=workbench.time-zone:add(value=$(cli_string "${WORKBENCH_TIME_ZONE:-Asia/Shanghai}"))
if (outcome == success) of /system-property=workbench.strict-fetch:read-resource
    /system-property=workbench.strict-fetch:remove
end-if
/system-property=workbench.strict-fetch:add(value=$(cli_string "${WORKBENCH_STRICT_FETCH:-warn}"))
stop-embedded-server
CLI
    cli_offline "$commands"
    rm -f "$commands"
    echo "Database: ${url%%;*}"
}

start_server() {
    # Heap sized for 2 cores as on Payara (README, Performance); Chinese locale as the bureau's.
    JAVA_OPTS="-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true"
    JAVA_OPTS+=" -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Duser.language=zh -Duser.country=CN"
    export JAVA_OPTS
    mkdir -p "$(dirname "$log")"
    nohup "$wildfly_home/bin/standalone.sh" -c "$config" -Djboss.socket.binding.port-offset="$offset" \
        -Djboss.management.http.port=$((management_port - offset)) \
        >"$wildfly_home/standalone/log/console.log" 2>&1 &
    local deadline=$((SECONDS + 180))
    until is_running; do
        if [ $SECONDS -gt $deadline ]; then
            echo "WildFly did not start within 180 s; see $log" >&2
            exit 1
        fi
        sleep 2
    done
}

case "$command" in
    start)
        if is_running; then
            cli --command=':shutdown' >/dev/null
            while is_running; do sleep 1; done
        fi
        configure_profile
        configure_datasource
        start_server
        ;;
    deploy)
        ear=${5:?ear file}
        cli --command="deploy --force --name=$deployment $(cd "$(dirname "$ear")" && pwd)/$(basename "$ear")" >/dev/null
        ;;
    undeploy)
        if is_running; then
            cli --command="undeploy $deployment" >/dev/null 2>&1 || true
        fi
        ;;
    stop)
        if is_running; then
            cli --command="undeploy $deployment" >/dev/null 2>&1 || true
            cli --command=':shutdown' >/dev/null
        fi
        ;;
    *)
        echo "unknown command: $command" >&2
        exit 2
        ;;
esac
