package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.commissioner.Assignment;
import cn.kejiju.workbench.commissioner.Innovation;
import cn.kejiju.workbench.commissioner.InnovationKind;
import cn.kejiju.workbench.commissioner.LogContent;
import cn.kejiju.workbench.commissioner.LogStatus;
import cn.kejiju.workbench.commissioner.ServiceKind;
import cn.kejiju.workbench.commissioner.ServiceLog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A list shows a log without introductions and evidence; reading one log shows both; a rejection says why. */
class ServiceLogResponseTest {

    private final Fixtures f = new Fixtures();

    private ServiceLog log() {
        Assignment assignment = f.assignment(f.commissioner("张伟"), f.village, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 12, 31));
        Innovation variety = Fixtures.withId(new Innovation(f.county, InnovationKind.VARIETY, "云茶1号"));
        ServiceLog log = Fixtures.withId(new ServiceLog(assignment, new LogContent(LocalDate.of(2026, 6, 20),
                ServiceKind.VARIETY_INTRODUCTION, new BigDecimal("1.5"), 0, 0, new BigDecimal("2.5"), "引进云茶1号",
                List.of(variety)), "clerk", Fixtures.CLOCK));
        log.getIntroductions().forEach(Fixtures::withId);
        return log;
    }

    @Test
    void aListedLogLeavesOutIntroductionsAndEvidence() {
        ServiceLogResponse response = ServiceLogResponse.summary(log());

        assertNull(response.introductions());
        assertNull(response.evidence());
    }

    @Test
    void aLogReadOnItsOwnListsItsIntroductionsUnderItsIdAndItsEvidence() {
        ServiceLog log = log();

        ServiceLogResponse response = ServiceLogResponse.detail(log, List.of());

        assertEquals(1, response.introductions().size());
        IntroductionResponse introduction = response.introductions().get(0);
        assertEquals(log.getId(), introduction.logId());
        assertEquals("云茶1号", introduction.name());
        assertEquals(InnovationKind.VARIETY, introduction.kind());
        assertEquals(List.of(), response.evidence());
    }

    @Test
    void itCarriesTheFiguresAndWhoSubmittedIt() {
        ServiceLog log = log();

        ServiceLogResponse response = ServiceLogResponse.summary(log);

        assertEquals(new BigDecimal("1.5"), response.days());
        assertEquals(new BigDecimal("2.5000"), response.income());
        assertEquals(log.getAssignment().getId(), response.assignmentId());
        assertEquals("东坑村", response.target().name());
        assertEquals(LogStatus.SUBMITTED, response.status());
        assertEquals("clerk", response.submittedBy());
        assertNull(response.reviewedBy());
    }

    @Test
    void aRejectedLogSaysWhoRejectedItAndWhy() {
        ServiceLog log = log();
        log.reject("照片不清晰", "leader", Fixtures.CLOCK);

        ServiceLogResponse response = ServiceLogResponse.summary(log);

        assertEquals(LogStatus.REJECTED, response.status());
        assertEquals("leader", response.reviewedBy());
        assertEquals("照片不清晰", response.rejectionReason());
    }
}
