package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sending back the masked ID number or phone keeps the stored value; lists left out are empty. */
class CommissionerDraftTest {

    private final Fixtures f = new Fixtures();
    private final Commissioner stored = f.commissioner("张伟");

    private CommissionerDraft with(String residentId, String phone) {
        CommissionerDraft read = CommissionerDraft.of(stored);
        return new CommissionerDraft(read.countyId(), read.name(), read.gender(), residentId, phone, read.employerId(),
                read.employerName(), read.employerCategory(), read.title(), read.specialties(), read.kind(),
                read.members(), read.field(), read.dispatchLevel(), read.postedOn());
    }

    @Test
    void theMasksOfTheStoredValuesKeepTheStoredValues() {
        String residentId = stored.residentId().orElseThrow().value();
        CommissionerDraft sentBack = with(stored.residentId().orElseThrow().masked(), stored.phone().orElseThrow().masked());

        CommissionerDraft unmasked = sentBack.unmasking(stored);

        assertEquals(residentId, unmasked.residentId());
        assertEquals("13912345678", unmasked.phone());
    }

    @Test
    void newValuesAreTakenAsEnteredAndEachFieldIsUnmaskedOnItsOwn() {
        String newId = Fixtures.residentId(java.time.LocalDate.of(1985, 1, 2), 21);

        CommissionerDraft unmasked = with(newId, stored.phone().orElseThrow().masked()).unmasking(stored);

        assertEquals(newId, unmasked.residentId());
        assertEquals("13912345678", unmasked.phone());
    }

    @Test
    void aMaskThatIsNotOfTheStoredValueStaysAsEnteredForTheRulesToRefuse() {
        CommissionerDraft unmasked = with("350121********0000", "138****0000").unmasking(stored);

        assertEquals("350121********0000", unmasked.residentId());
        assertEquals("138****0000", unmasked.phone());
    }

    @Test
    void specialtiesAndMembersLeftOutAreEmpty() {
        CommissionerDraft draft = new CommissionerDraft(null, "张伟", null, null, null, null, null, null, null, null,
                CommissionerKind.INDIVIDUAL, null, null, null, null);

        assertEquals(List.of(), draft.specialties());
        assertEquals(List.of(), draft.members());
    }
}
