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
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything uses the persistence unit: the versioned migrations
 * under {@code db/migration} (valid on H2 and PostgreSQL), then, when {@code workbench.demo-data} is
 * true, the demo records under {@code db/demo}, tracked in a history table of their own so that a
 * production database never sees them. After a run that applied something, the script under
 * {@code db/rollup} rebuilds the tables derived from the records (the statistics' monthly rollup).
 * <p>
 * What one database needs and the other cannot run lives under {@code db/vendor/<database>}
 * ({@code postgresql}, {@code h2}), versioned in the same sequence. Chinese names sort by pinyin on both:
 * PostgreSQL through an ICU collation on the name columns (a vendor migration); H2 through its database
 * collation, which H2 lets be set only while the database has no tables, so it is set here before the
 * first migration creates any. An H2 database created by an earlier version keeps code-point order.
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

    /** H2's name for the collation of {@code java.text.Collator} for Chinese (China): pinyin order. */
    static final String H2_COLLATION = "ZH_CN";

    @PostConstruct
    void migrate() {
        String vendor = vendor();
        String vendorLocation = "db/vendor/" + vendor;
        MigrateResult schema = (getClass().getClassLoader().getResource(vendorLocation) == null
                ? flyway(vendor, "db/migration", "flyway_schema_history")
                : flyway(vendor, "db/migration", "flyway_schema_history", vendorLocation)).migrate();
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migrations applied now)");
        if (demoData) {
            MigrateResult demo = flyway(vendor, "db/demo", "flyway_demo_history").migrate();
            LOG.info(() -> "Demo data: " + demo.migrationsExecuted + " scripts applied now");
        }
    }

    /**
     * The database's name as the vendor folders are named; on an H2 database without tables yet, sets
     * its collation to pinyin order first.
     */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String vendor = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (vendor.equals("h2")) {
                boolean empty;
                try (ResultSet tables = metaData.getTables(null, connection.getSchema(), "%", null)) {
                    empty = !tables.next();
                }
                if (empty) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set collation " + H2_COLLATION);
                    }
                    LOG.info("New H2 database: names sort by pinyin (collation " + H2_COLLATION + ")");
                }
            }
            return vendor;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's kind", e);
        }
    }

    /**
     * A binary literal written the same in every script, {@code ${binary_open}25504446${binary_close}}: H2 reads
     * {@code X'…'}, PostgreSQL (where {@code X'…'} is a bit string) {@code decode('…', 'hex')}.
     */
    private static Map<String, String> placeholders(String vendor) {
        return vendor.equals("h2")
                ? Map.of("binary_open", "X'", "binary_close", "'")
                : Map.of("binary_open", "decode('", "binary_close", "', 'hex')");
    }

    private Flyway flyway(String vendor, String location, String historyTable, String... moreLocations) {
        String[] locations = new String[2 + moreLocations.length];
        locations[0] = "classpath:" + location;
        // db/rollup holds no migration, only the script that rebuilds derived tables after a run that
        // applied something (Flyway's afterMigrateApplied callback)
        locations[1] = "classpath:db/rollup";
        for (int i = 0; i < moreLocations.length; i++) {
            locations[2 + i] = "classpath:" + moreLocations[i];
        }
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .table(historyTable)
                .placeholders(placeholders(vendor))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .load();
    }
}
