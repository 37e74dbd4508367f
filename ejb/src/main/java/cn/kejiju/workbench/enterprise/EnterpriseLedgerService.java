package cn.kejiju.workbench.enterprise;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.ledger.CheckedRow;
import cn.kejiju.workbench.ledger.Divisions;
import cn.kejiju.workbench.ledger.LedgerColumn;
import cn.kejiju.workbench.ledger.LedgerFile;
import cn.kejiju.workbench.ledger.LedgerImport;
import cn.kejiju.workbench.ledger.LedgerImportRepository;
import cn.kejiju.workbench.ledger.LedgerImports;
import cn.kejiju.workbench.ledger.LedgerKind;
import cn.kejiju.workbench.ledger.LedgerPreview;
import cn.kejiju.workbench.ledger.LedgerRow;
import cn.kejiju.workbench.ledger.LedgerSheet;
import cn.kejiju.workbench.ledger.LedgerText;
import cn.kejiju.workbench.ledger.RowCheck;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.PhoneNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enterprise list imported from Excel: every row checked with the rules of the enterprise form (credit code,
 * township, certificate, SME year…), credit codes also against the rest of the file and the registry, divisions
 * against the caller's county; then the valid rows (or all, when none has an error) stored as one audited import.
 * A preview reads the divisions once and the registered codes in chunks, whatever the number of rows.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK, Roles.FINANCING_CLERK,
        Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.API_WRITE})
public class EnterpriseLedgerService {

    private static final Map<String, String> FIELD_TO_COLUMN = Map.of("townshipId", "township");

    @Inject
    LedgerImportRepository imports;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    Divisions divisions;

    @Inject
    LedgerImports ledgerImports;

    @Inject
    Clock clock;

    /** Checks every row; stores nothing. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LedgerPreview preview(@NotNull LedgerSheet sheet) {
        return check(sheet).preview();
    }

    /**
     * Imports the file's rows: all of them ({@code validOnly} false, refused while any row has an error) or the
     * valid ones, in this one transaction.
     */
    public LedgerImport importSheet(@NotNull LedgerSheet sheet, @NotNull LedgerFile file, boolean validOnly) {
        Checked checked = check(sheet);
        return ledgerImports.store(LedgerKind.ENTERPRISE, file, checked.preview(), checked.records(), validOnly,
                enterprises::add, Enterprise::getId, checked.county());
    }

    private record Checked(LedgerPreview preview, Map<Integer, Enterprise> records, Jurisdiction county) {
    }

    private Checked check(LedgerSheet sheet) {
        requireKind(sheet);
        List<String> codes = sheet.rows().stream().map(row -> LedgerText.code(row.value("creditCode")))
                .filter(CreditCode::isValid).toList();
        Set<String> registered = imports.registeredCreditCodes(codes);
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<CheckedRow> rows = new ArrayList<>(sheet.rows().size());
        Map<Integer, Enterprise> records = new LinkedHashMap<>();
        Divisions.Index index = divisions.index();
        for (LedgerRow row : sheet.rows()) {
            RowCheck check = new RowCheck(row, FIELD_TO_COLUMN);
            for (LedgerColumn column : LedgerKind.ENTERPRISE.columns()) {
                if (column.required()) {
                    check.required(column.key());
                }
            }
            CreditCode code = check.has("creditCode")
                    ? check.attempt(() -> CreditCode.of(LedgerText.code(check.value("creditCode")))) : null;
            if (code != null) {
                Integer first = firstRowOfCode.putIfAbsent(code.value(), row.number());
                if (first != null) {
                    check.error("creditCode", "ledger.duplicateInFile", code.value(), first);
                } else if (registered.contains(code.value())) {
                    check.error("creditCode", "ledger.creditCodeRegistered", code.value());
                }
            }
            EnterpriseKind kind = check.choice("kind", EnterpriseKind.class);
            Jurisdiction county = index.county(check, "county");
            Jurisdiction township = index.township(check, county, "township");
            PhoneNumber phone = check.has("contactPhone")
                    ? check.attempt(() -> PhoneNumber.of(LedgerText.code(check.value("contactPhone")), "contactPhone"))
                    : null;
            LocalDate validUntil = check.date("highTechValidUntil");
            HighTechCertificate highTech = (check.has("highTechCertificateNo") || check.has("highTechValidUntil"))
                    && !check.failed("highTechValidUntil")
                    ? check.attempt(() -> new HighTechCertificate(check.value("highTechCertificateNo"), validUntil))
                    : null;
            Integer smeYear = check.wholeNumber("smeRegisteredYear");
            if (!check.failed()) {
                EnterpriseProfile profile = new EnterpriseProfile(check.value("name"), kind,
                        blankToNull(check.value("industry")), township, blankToNull(check.value("address")),
                        blankToNull(check.value("contactName")), phone, highTech, smeYear);
                Enterprise enterprise = check.attempt(() -> new Enterprise(code, profile, clock));
                if (enterprise != null) {
                    records.put(row.number(), enterprise);
                }
            }
            rows.add(check.result());
        }
        return new Checked(new LedgerPreview(LedgerKind.ENTERPRISE, sheet.presentColumns(), rows), records,
                index.callerCounty());
    }

    private static void requireKind(LedgerSheet sheet) {
        if (sheet.kind() != LedgerKind.ENTERPRISE) {
            throw new IllegalArgumentException("not an enterprise ledger: " + sheet.kind());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
