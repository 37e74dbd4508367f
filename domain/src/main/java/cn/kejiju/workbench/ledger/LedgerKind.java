package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.commissioner.CommissionerKind;
import cn.kejiju.workbench.commissioner.DispatchLevel;
import cn.kejiju.workbench.commissioner.EmployerCategory;
import cn.kejiju.workbench.commissioner.Gender;
import cn.kejiju.workbench.commissioner.ProfessionalTitle;
import cn.kejiju.workbench.commissioner.ServiceField;
import cn.kejiju.workbench.enterprise.EnterpriseKind;

import java.util.List;
import java.util.Optional;

/**
 * The two ledgers a county keeps in Excel and their columns, in the order of the template. Column keys are the
 * field names the entities' rules use, so a refusal lands in its column.
 */
public enum LedgerKind {

    /** The enterprise list (企业名录): one row per enterprise or organisation. */
    ENTERPRISE("Enterprise", List.of(
            LedgerColumn.required("creditCode"),
            LedgerColumn.required("name"),
            LedgerColumn.choice("kind", true, EnterpriseKind.class),
            LedgerColumn.optional("industry"),
            LedgerColumn.optional("county"),
            LedgerColumn.required("township"),
            LedgerColumn.optional("address"),
            LedgerColumn.optional("contactName"),
            LedgerColumn.optional("contactPhone"),
            LedgerColumn.optional("highTechCertificateNo"),
            LedgerColumn.optional("highTechValidUntil"),
            LedgerColumn.optional("smeRegisteredYear"))),

    /** The commissioner ledger (科技特派员台账): one row per individual or legal-person commissioner. */
    COMMISSIONER("Commissioner", List.of(
            LedgerColumn.required("name"),
            LedgerColumn.optional("residentId"),
            LedgerColumn.choice("gender", false, Gender.class),
            LedgerColumn.optional("phone"),
            LedgerColumn.optional("county"),
            LedgerColumn.choice("kind", false, CommissionerKind.class),
            LedgerColumn.required("employerName"),
            LedgerColumn.optional("employerCreditCode"),
            LedgerColumn.choice("employerCategory", true, EmployerCategory.class),
            LedgerColumn.choice("title", true, ProfessionalTitle.class),
            LedgerColumn.optional("specialties"),
            LedgerColumn.choice("field", true, ServiceField.class),
            LedgerColumn.choice("dispatchLevel", true, DispatchLevel.class),
            LedgerColumn.required("postedOn")));

    /** The most data rows one file may hold. */
    public static final int MAX_ROWS = 20_000;

    private final String recordType;
    private final List<LedgerColumn> columns;

    LedgerKind(String recordType, List<LedgerColumn> columns) {
        this.recordType = recordType;
        this.columns = columns;
    }

    /** The record type the rows become, as the audit trail names it. */
    public String recordType() {
        return recordType;
    }

    public List<LedgerColumn> columns() {
        return columns;
    }

    public Optional<LedgerColumn> column(String key) {
        return columns.stream().filter(column -> column.key().equals(key)).findFirst();
    }
}
