package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.enterprise.CreditCode;
import cn.kejiju.workbench.enterprise.Enterprise;
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
import cn.kejiju.workbench.security.Caller;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.PhoneNumber;
import cn.kejiju.workbench.shared.ResidentId;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The commissioner ledger (台账) imported from Excel: every row checked with the rules of the registration form
 * (resident ID, gender from the ID, eligibility, legal persons and their organisation…), ID numbers also against
 * the rest of the file and the registry, employers by credit code against the enterprises the caller sees,
 * divisions against the caller's county; then stored as one audited import. Individuals and legal persons are
 * imported; a team's members are entered on its page.
 */
@Stateless
@RolesAllowed({Roles.COMMISSIONER_CLERK, Roles.API_WRITE})
public class CommissionerLedgerService {

    private static final Map<String, String> FIELD_TO_COLUMN = Map.of(
            "countyId", "county", "employerId", "employerCreditCode", "creditCode", "employerCreditCode");

    @Inject
    LedgerImportRepository imports;

    @Inject
    CommissionerRepository commissioners;

    @Inject
    Divisions divisions;

    @Inject
    LedgerImports ledgerImports;

    @Inject
    Caller caller;

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
        return ledgerImports.store(LedgerKind.COMMISSIONER, file, checked.preview(), checked.records(), validOnly,
                commissioners::add, Commissioner::getId, checked.county());
    }

    private record Checked(LedgerPreview preview, Map<Integer, Commissioner> records, Jurisdiction county) {
    }

    private Checked check(LedgerSheet sheet) {
        if (sheet.kind() != LedgerKind.COMMISSIONER) {
            throw new IllegalArgumentException("not a commissioner ledger: " + sheet.kind());
        }
        Set<String> registeredIds = imports.registeredResidentIds(sheet.rows().stream()
                .map(row -> LedgerText.code(row.value("residentId"))).filter(id -> id.length() == ResidentId.LENGTH)
                .toList());
        Map<String, Enterprise> employers = imports.enterprisesByCreditCode(sheet.rows().stream()
                        .map(row -> LedgerText.code(row.value("employerCreditCode"))).filter(CreditCode::isValid).toList())
                .stream().filter(enterprise -> caller.sees(enterprise.getCounty()))
                .collect(Collectors.toMap(enterprise -> enterprise.getCreditCode().value(), Function.identity()));
        CommissionerSettings settings = commissioners.settings();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        List<CheckedRow> rows = new ArrayList<>(sheet.rows().size());
        Map<Integer, Commissioner> records = new LinkedHashMap<>();
        Divisions.Index index = divisions.index();
        for (LedgerRow row : sheet.rows()) {
            RowCheck check = new RowCheck(row, FIELD_TO_COLUMN);
            for (LedgerColumn column : LedgerKind.COMMISSIONER.columns()) {
                if (column.required()) {
                    check.required(column.key());
                }
            }
            CommissionerKind kind = row.has("kind") ? check.choice("kind", CommissionerKind.class)
                    : CommissionerKind.INDIVIDUAL;
            ResidentId residentId = check.has("residentId")
                    ? check.attempt(() -> ResidentId.of(LedgerText.code(check.value("residentId")), "residentId"))
                    : null;
            if (residentId != null) {
                Integer first = firstRowOfId.putIfAbsent(residentId.value(), row.number());
                if (first != null) {
                    check.error("residentId", "ledger.duplicateInFile", residentId.masked(), first);
                } else if (registeredIds.contains(residentId.value())) {
                    check.error("residentId", "ledger.residentIdRegistered", residentId.masked());
                }
            }
            Gender gender = check.choice("gender", Gender.class);
            PhoneNumber phone = check.has("phone")
                    ? check.attempt(() -> PhoneNumber.of(LedgerText.code(check.value("phone")), "phone")) : null;
            Jurisdiction county = index.county(check, "county");
            Enterprise employer = employer(check, employers);
            EmployerCategory category = check.choice("employerCategory", EmployerCategory.class);
            ProfessionalTitle title = check.choice("title", ProfessionalTitle.class);
            ServiceField field = check.choice("field", ServiceField.class);
            DispatchLevel level = check.choice("dispatchLevel", DispatchLevel.class);
            LocalDate postedOn = check.date("postedOn");
            if (!check.failed()) {
                CommissionerProfile profile = new CommissionerProfile(county, check.value("name"), gender, residentId,
                        phone, employer, check.value("employerName"), category, title,
                        LedgerText.items(check.value("specialties")), kind, List.of(), field, level, postedOn);
                Commissioner commissioner = check.attempt(() -> new Commissioner(profile, settings, clock));
                if (commissioner != null) {
                    records.put(row.number(), commissioner);
                }
            }
            rows.add(check.result());
        }
        return new Checked(new LedgerPreview(LedgerKind.COMMISSIONER, sheet.presentColumns(), rows), records,
                index.callerCounty());
    }

    /** The registered employer the credit code names, if the caller sees it; none when the column is empty. */
    private static Enterprise employer(RowCheck check, Map<String, Enterprise> employers) {
        if (!check.has("employerCreditCode")) {
            return null;
        }
        CreditCode code = check.attempt(() -> CreditCode.of(LedgerText.code(check.value("employerCreditCode"))));
        if (code == null) {
            return null;
        }
        Enterprise employer = employers.get(code.value());
        if (employer == null) {
            check.error("employerCreditCode", "ledger.unknownEmployer", code.value());
        }
        return employer;
    }
}
