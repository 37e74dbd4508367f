package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.enterprise.EnterpriseKind;
import cn.kejiju.workbench.shared.ResidentId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class RowCheckTest {

    @Test
    void everyRefusalOfARowIsCollectedUnderItsColumn() {
        LedgerRow row = new LedgerRow(7, Map.of("residentId", "110101199003071235", "kind", "公司",
                "postedOn", "2024年13月1日", "name", ""));
        RowCheck check = new RowCheck(row, Map.of("townshipId", "township"));
        check.required("name");
        assertNull(check.attempt(() -> ResidentId.of(check.value("residentId"), "residentId")));
        assertNull(check.choice("kind", EnterpriseKind.class));
        assertNull(check.date("postedOn"));
        CheckedRow result = check.result();
        assertFalse(result.isValid());
        assertEquals(7, result.number());
        assertEquals(List.of("name", "residentId", "kind", "postedOn"),
                result.errors().stream().map(RowError::column).toList());
        assertEquals(List.of("field.required", "residentId.checkDigit", "ledger.notInList", "ledger.date"),
                result.errors().stream().map(RowError::messageKey).toList());
        assertEquals(List.of("3"), result.errors().get(1).arguments(), "the check digit GB 11643 expects");
    }

    @Test
    void aValidRowHasNoErrors() {
        LedgerRow row = new LedgerRow(3, Map.of("kind", "ENTERPRISE", "postedOn", "2024/3/1"));
        RowCheck check = new RowCheck(row, Map.of());
        assertEquals(EnterpriseKind.ENTERPRISE, check.choice("kind", EnterpriseKind.class));
        assertEquals(LocalDate.of(2024, 3, 1), check.date("postedOn"));
        assertEquals(true, check.result().isValid());
    }
}
