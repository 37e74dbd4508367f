package cn.kejiju.workbench.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds to one row of a rollup table (a day's or a month's counts and sums under their key) in the caller's
 * transaction: the row's figures grow by the amounts given, and a key not seen yet gets its row. The caller locks
 * what keeps two transactions from both inserting the same key (the county's or the campaign's row) first. A
 * column left out of the amounts keeps what it holds (on insert, its default); a null figure (a sum of none yet)
 * grows from zero once something is added to it. Table and column names are the caller's constants, never input;
 * the values are bound.
 */
@ApplicationScoped
public class RollupRows {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /** Adds {@code amounts} (column → amount) to the row of {@code table} with {@code key} (column → value). */
    public void add(String table, Map<String, ?> key, Map<String, ?> amounts) {
        List<String> sets = new ArrayList<>();
        amounts.keySet().forEach(column -> sets.add(column + " = coalesce(" + column + ", 0) + ?"));
        List<String> where = new ArrayList<>();
        key.keySet().forEach(column -> where.add(column + " = ?"));
        List<Object> values = new ArrayList<>(amounts.values());
        values.addAll(key.values());
        int updated = bind(em.createNativeQuery("update " + table + " set " + String.join(", ", sets)
                + " where " + String.join(" and ", where)), values).executeUpdate();
        if (updated == 0) {
            List<String> columns = new ArrayList<>(key.keySet());
            columns.addAll(amounts.keySet());
            List<Object> row = new ArrayList<>(key.values());
            row.addAll(amounts.values());
            bind(em.createNativeQuery("insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")"), row).executeUpdate();
        }
    }

    private static Query bind(Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
