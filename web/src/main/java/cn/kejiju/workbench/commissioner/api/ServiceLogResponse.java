package cn.kejiju.workbench.commissioner.api;

import cn.kejiju.workbench.commissioner.Evidence;
import cn.kejiju.workbench.commissioner.LogStatus;
import cn.kejiju.workbench.commissioner.ServiceKind;
import cn.kejiju.workbench.commissioner.ServiceLog;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A service log as the API shows it. Lists leave out {@code introductions} and {@code evidence};
 * reading one log includes both.
 */
@Schema(name = "ServiceLog")
public record ServiceLogResponse(
        long id,
        long version,
        ApiRef county,
        ApiRef commissioner,
        long assignmentId,
        AssignmentResponse.Target target,
        LocalDate serviceDate,
        ServiceKind kind,
        BigDecimal days,
        int peopleTrained,
        int demonstrationBases,
        @Schema(description = "万元") BigDecimal income,
        String summary,
        LogStatus status,
        String submittedBy,
        LocalDateTime submittedAt,
        String reviewedBy,
        LocalDateTime reviewedAt,
        String rejectionReason,
        List<IntroductionResponse> introductions,
        List<EvidenceResponse> evidence) {

    static ServiceLogResponse summary(ServiceLog log) {
        return of(log, null, null);
    }

    static ServiceLogResponse detail(ServiceLog log, List<Evidence> evidence) {
        return of(log, log.getIntroductions().stream().map(i -> IntroductionResponse.of(i, log.getId())).toList(),
                evidence.stream().map(EvidenceResponse::of).toList());
    }

    private static ServiceLogResponse of(ServiceLog log, List<IntroductionResponse> introductions,
                                         List<EvidenceResponse> evidence) {
        return new ServiceLogResponse(
                log.getId(),
                log.getVersion(),
                ApiRef.of(log.getCounty()),
                ApiRef.of(log.getCommissioner()),
                log.getAssignment().getId(),
                AssignmentResponse.Target.of(log.getAssignment().getTarget()),
                log.getServiceDate(),
                log.getKind(),
                log.getDays(),
                log.getPeopleTrained(),
                log.getDemonstrationBases(),
                log.getIncome(),
                log.getSummary(),
                log.getStatus(),
                log.getSubmittedBy(),
                log.getSubmittedAt(),
                log.reviewedBy().orElse(null),
                log.reviewedAt().orElse(null),
                log.rejectionReason().orElse(null),
                introductions,
                evidence);
    }
}
