package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.AssignmentStatus;
import cn.kejiju.workbench.commissioner.TargetKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An assignment says whether both sides confirmed its agreement and whether it is active on the day asked. */
class AssignmentResponseTest {

    private final Fixtures f = new Fixtures();

    private Assignment assignment() {
        return f.assignment(f.commissioner("张伟"), f.village, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31));
    }

    @Test
    void theAgreementIsConfirmedOnlyOnceBothSidesHaveConfirmed() {
        Assignment assignment = assignment();
        assertFalse(AssignmentResponse.of(assignment, Fixtures.TODAY).agreementConfirmed());

        assignment.confirmByCommissioner(LocalDate.of(2026, 6, 2), Fixtures.CLOCK);
        AssignmentResponse half = AssignmentResponse.of(assignment, Fixtures.TODAY);
        assertEquals(LocalDate.of(2026, 6, 2), half.commissionerConfirmedOn());
        assertNull(half.targetConfirmedOn());
        assertFalse(half.agreementConfirmed());

        assignment.confirmByTarget(LocalDate.of(2026, 6, 3), Fixtures.CLOCK);
        assertTrue(AssignmentResponse.of(assignment, Fixtures.TODAY).agreementConfirmed());
    }

    @Test
    void itIsActiveUntilItsEndDateAndNotAfter() {
        Assignment assignment = assignment();

        assertTrue(AssignmentResponse.of(assignment, LocalDate.of(2026, 12, 31)).activeToday());
        assertFalse(AssignmentResponse.of(assignment, LocalDate.of(2027, 1, 1)).activeToday());
    }

    @Test
    void anAssignmentEndedEarlyShowsTheDayAndReasonAndIsNoLongerActive() {
        Assignment assignment = assignment();
        assignment.endEarly(Fixtures.TODAY, "特派员调离", Fixtures.CLOCK);

        AssignmentResponse response = AssignmentResponse.of(assignment, Fixtures.TODAY);

        assertEquals(AssignmentStatus.ENDED, response.status());
        assertEquals(Fixtures.TODAY, response.endedOn());
        assertEquals("特派员调离", response.endReason());
        assertFalse(response.activeToday());
    }

    @Test
    void theTargetIsNamedWithItsKindAndTheCommissionerAndCountyByIdAndName() {
        Assignment assignment = assignment();

        AssignmentResponse response = AssignmentResponse.of(assignment, Fixtures.TODAY);

        assertEquals(TargetKind.VILLAGE, response.target().kind());
        assertEquals(f.village.getId(), response.target().id());
        assertEquals("东坑村", response.target().name());
        assertEquals(new ApiRef(assignment.getCommissioner().getId(), "张伟"), response.commissioner());
        assertEquals(new ApiRef(f.county.getId(), "临江县"), response.county());
    }
}
