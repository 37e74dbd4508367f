package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.audit.AuditAction;
import cn.kejiju.workbench.audit.AuditEvent;
import cn.kejiju.workbench.audit.AuditTrail;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.platform.Persistence;
import cn.kejiju.workbench.security.Caller;
import cn.kejiju.workbench.shared.ConflictException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every ledger import does once its rows are checked, in the caller's transaction: refuses an import of
 * all rows while any has an error, stores the valid rows' records in chunks (flushed as JDBC batches), keeps
 * the import record with the ids created, and writes one audit entry naming the import and its file.
 */
@Dependent
public class LedgerImports {

    /** Records stored between two flushes. */
    static final int CHUNK = 500;

    @Inject
    LedgerImportRepository imports;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Persistence persistence;

    /**
     * Stores the records of the valid rows ({@code records}: row number to record, in file order) and the import.
     * {@code validOnly} false refuses the whole file when any row has an error.
     */
    public <T> LedgerImport store(LedgerKind kind, LedgerFile file, LedgerPreview preview, Map<Integer, T> records,
                                  boolean validOnly, Consumer<T> add, Function<T, Long> idOf, Jurisdiction county) {
        if (!validOnly && preview.invalid() > 0) {
            throw new RuleViolationException("ledger.rowsHaveErrors", "file", preview.invalid());
        }
        if (records.isEmpty()) {
            throw new RuleViolationException("ledger.nothingToImport", "file");
        }
        List<T> stored = new ArrayList<>(records.size());
        for (T record : records.values()) {
            add.accept(record);
            stored.add(record);
            if (stored.size() % CHUNK == 0) {
                flush(kind);
            }
        }
        flush(kind);
        List<Long> ids = stored.stream().map(idOf).toList();
        LedgerImport ledgerImport = imports.add(new LedgerImport(kind, county, file, preview.total(), ids,
                caller.name(), clock));
        flush(kind);
        auditTrail.record(AuditEvent.of(AuditAction.CREATE).record("LedgerImport", ledgerImport.getId())
                .jurisdiction(county).detail(ledgerImport.describe()).build());
        return ledgerImport;
    }

    /** A unique key refused (a code or ID number registered since the preview): the whole import is refused. */
    private void flush(LedgerKind kind) {
        persistence.flush(kind.recordType(), null,
                () -> new ConflictException("ledger.registeredMeanwhile", "file"));
    }
}
