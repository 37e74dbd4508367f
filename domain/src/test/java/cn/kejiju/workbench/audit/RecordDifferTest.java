package cn.kejiju.workbench.audit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordDifferTest {

    enum Colour { RED, GREEN }

    public record Sample(String name, Colour colour, @Personal(PersonalData.Kind.PHONE) String phone,
                         @Personal(PersonalData.Kind.RESIDENT_ID) String idNumber, LocalDate until,
                         BigDecimal amount, Integer year) {
    }

    public record Other(String name) {
    }

    private static Sample sample() {
        return new Sample("蓝光", Colour.RED, "13812345678", "110101199003071234", LocalDate.of(2027, 12, 31),
                new BigDecimal("1E+3"), null);
    }

    @Test
    void aCreationListsEveryFieldWithAValueAsAfter() {
        List<FieldChange> changes = RecordDiffer.diff(null, sample());

        assertEquals(List.of(
                new FieldChange("name", null, "蓝光"),
                new FieldChange("colour", null, "RED"),
                new FieldChange("phone", null, "138****5678"),
                new FieldChange("idNumber", null, "110***********1234"),
                new FieldChange("until", null, "2027-12-31"),
                new FieldChange("amount", null, "1000")), changes);
    }

    @Test
    void aDeletionListsEveryFieldWithAValueAsBefore() {
        List<FieldChange> changes = RecordDiffer.diff(sample(), null);

        assertEquals(6, changes.size());
        assertTrue(changes.stream().allMatch(change -> change.before() != null && change.after() == null));
        assertEquals(new FieldChange("phone", "138****5678", null), changes.get(2));
    }

    @Test
    void anUpdateListsOnlyTheChangedFields() {
        Sample before = sample();
        Sample after = new Sample("蓝光电子", Colour.RED, "13812345678", "110101199003071234", null,
                new BigDecimal("1E+3"), 2024);

        assertEquals(List.of(
                new FieldChange("name", "蓝光", "蓝光电子"),
                new FieldChange("until", "2027-12-31", null),
                new FieldChange("year", null, "2024")), RecordDiffer.diff(before, after));
    }

    @Test
    void aPersonalValueThatChangesBehindItsMaskIsStillAChange() {
        Sample before = sample();
        Sample after = new Sample("蓝光", Colour.RED, "13899995678", "110101199003071234", LocalDate.of(2027, 12, 31),
                new BigDecimal("1E+3"), null);

        assertEquals(List.of(new FieldChange("phone", "138****5678", "138****5678")), RecordDiffer.diff(before, after));
    }

    @Test
    void identicalStatesHaveNoChanges() {
        assertEquals(List.of(), RecordDiffer.diff(sample(), sample()));
        assertEquals(List.of(), RecordDiffer.diff(null, null));
    }

    @Test
    void statesOfDifferentRecordsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RecordDiffer.diff((Record) sample(), (Record) new Other("x")));
    }
}
