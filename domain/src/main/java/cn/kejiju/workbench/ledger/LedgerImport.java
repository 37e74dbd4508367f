package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One import of a ledger file: which file (name, size, SHA-256), who imported it when and into which county,
 * how many rows it had, how many became records and how many were left out, and the ids of the records it
 * created. The audit trail names it; it is never changed afterwards.
 */
@Entity
@Table(name = "ledger_import")
public class LedgerImport {

    public static final int ACTOR_MAX = 100;

    @Id
    @SequenceGenerator(name = "ledger_import_seq", sequenceName = "ledger_import_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_import_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LedgerKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "county_id")
    private Jurisdiction county;

    @Column(name = "file_name", nullable = false, length = LedgerFile.NAME_MAX)
    private String fileName;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "rows_skipped", nullable = false)
    private int rowsSkipped;

    @Column(name = "imported_by", nullable = false, length = ACTOR_MAX)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    @ElementCollection
    @CollectionTable(name = "ledger_import_record", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "position")
    @Column(name = "record_id", nullable = false)
    private List<Long> recordIds = new ArrayList<>();

    protected LedgerImport() {
        // for JPA
    }

    /**
     * Records an import. {@code county} is the county every row went to, or {@code null} when a city user
     * imported rows of several counties; {@code rowsTotal} counts every data row of the file.
     */
    public LedgerImport(LedgerKind kind, Jurisdiction county, LedgerFile file, int rowsTotal, List<Long> recordIds,
                        String importedBy, Clock clock) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.county = county;
        this.fileName = file.name();
        this.fileSize = file.size();
        this.fileSha256 = file.sha256();
        if (recordIds.size() > rowsTotal) {
            throw new IllegalArgumentException("more records than rows");
        }
        this.rowsTotal = rowsTotal;
        this.rowsSkipped = rowsTotal - recordIds.size();
        this.recordIds.addAll(recordIds);
        this.importedBy = importedBy.length() > ACTOR_MAX ? importedBy.substring(0, ACTOR_MAX) : importedBy;
        this.importedAt = LocalDateTime.now(clock);
    }

    public Long getId() {
        return id;
    }

    public LedgerKind getKind() {
        return kind;
    }

    public Jurisdiction getCounty() {
        return county;
    }

    public LedgerFile file() {
        return new LedgerFile(fileName, fileSize, fileSha256);
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsImported() {
        return rowsTotal - rowsSkipped;
    }

    public int getRowsSkipped() {
        return rowsSkipped;
    }

    public List<Long> getRecordIds() {
        return List.copyOf(recordIds);
    }

    public String getImportedBy() {
        return importedBy;
    }

    public LocalDateTime getImportedAt() {
        return importedAt;
    }

    /** What the audit entry says about the import: the ledger, the file and the counts. */
    public String describe() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " ledger \"" + fileName + "\" (" + fileSize
                + " bytes, SHA-256 " + fileSha256 + "): " + rowsTotal + " rows, " + getRowsImported() + " imported, "
                + rowsSkipped + " skipped";
    }
}
