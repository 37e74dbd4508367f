package cn.kejiju.workbench.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything uses the persistence unit: the versioned migrations
 * under {@code db/migration} (valid on H2 and PostgreSQL), then, when {@code workbench.demo-data} is
 * true, the demo records under {@code db/demo}, tracked in a history table of their own so that a
 * production database never sees them. After a run that applied something, the script under
 * {@code db/rollup} rebuilds the tables derived from the records (the statistics' monthly rollup).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(name = "jdbc/workbench")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "workbench.demo-data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void migrate() {
        MigrateResult schema = flyway("db/migration", "flyway_schema_history").migrate();
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migrations applied now)");
        if (demoData) {
            MigrateResult demo = flyway("db/demo", "flyway_demo_history").migrate();
            LOG.info(() -> "Demo data: " + demo.migrationsExecuted + " scripts applied now");
        }
    }

    private Flyway flyway(String location, String historyTable) {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                // db/rollup holds no migration, only the script that rebuilds derived tables after a run
                // that applied something (Flyway's afterMigrateApplied callback)
                .locations("classpath:" + location, "classpath:db/rollup")
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .load();
    }
}
