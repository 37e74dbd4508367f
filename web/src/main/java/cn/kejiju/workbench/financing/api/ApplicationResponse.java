package cn.kejiju.workbench.financing.api;

import cn.kejiju.workbench.financing.ApplicationService;
import cn.kejiju.workbench.financing.ApplicationStatus;
import cn.kejiju.workbench.financing.FinancingApplication;
import cn.kejiju.workbench.financing.Outcome;
import cn.kejiju.workbench.financing.Vote;
import cn.kejiju.workbench.financing.Yuan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A financing application with the committee's opinions and its guarantee. Money as decimal strings (yuan). */
@Schema(name = "FinancingApplication")
public record ApplicationResponse(
        long id,
        long version,
        FinancingRef enterprise,
        FinancingRef county,
        Product product,
        String amount,
        int termMonths,
        String purpose,
        FinancingRef bank,
        FinancingRef guarantor,
        ApplicationStatus status,
        LocalDate submittedOn,
        String diligenceNotes,
        Outcome outcome,
        String reasons,
        String preparedBy,
        LocalDateTime preparedAt,
        String decidedBy,
        LocalDateTime decidedAt,
        List<Opinion> opinions,
        GuaranteeResponse guarantee) {

    /** A product by code and name. */
    @Schema(name = "FinancingProduct")
    public record Product(String code, String name) {
    }

    /** A committee member's opinion. */
    @Schema(name = "CommitteeOpinion")
    public record Opinion(String member, Vote vote, String remark, LocalDate recordedOn) {
    }

    static ApplicationResponse of(ApplicationService.ApplicationDetail detail) {
        FinancingApplication a = detail.application();
        return new ApplicationResponse(a.getId(), a.getVersion(), FinancingRef.of(a.getEnterprise()),
                FinancingRef.of(a.getCounty()), new Product(a.getProduct().getCode(), a.getProduct().getName()),
                Yuan.plain(a.getAmount()), a.getTermMonths(), a.getPurpose(), FinancingRef.of(a.getBank()),
                FinancingRef.of(a.getGuarantor()), a.getStatus(), a.getSubmittedOn(), a.diligenceNotes().orElse(null),
                a.outcome().orElse(null), a.reasons().orElse(null), a.preparedBy().orElse(null),
                a.preparedAt().orElse(null), a.decidedBy().orElse(null), a.decidedAt().orElse(null),
                a.getOpinions().stream().map(o -> new Opinion(o.getMember(), o.getVote(), o.getRemark(),
                        o.getRecordedOn())).toList(),
                detail.guaranteeFound().map(GuaranteeResponse::of).orElse(null));
    }
}
