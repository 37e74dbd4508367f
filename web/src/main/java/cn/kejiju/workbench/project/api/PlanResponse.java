package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.project.PlanEvent;
import cn.kejiju.workbench.project.PlanMilestone;
import cn.kejiju.workbench.project.PlanObjection;
import cn.kejiju.workbench.project.PlanProject;
import cn.kejiju.workbench.project.PlanService;
import cn.kejiju.workbench.project.PlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A county plan project with its whole story: application, review standing, decision, public notice and
 * objections, contract and milestones, tranches, mid-term check and acceptance. Money as decimal strings (yuan).
 */
@Schema(name = "CountyPlanProject")
public record PlanResponse(
        long id, long version, String title, String field, CallResponse call, ProjectRef lead, ProjectRef county,
        String total, String selfRaised, String requested, PlanStatus status, String createdBy, String submittedBy,
        LocalDate submittedOn,
        @Schema(description = "The expert review, once reviewers are assigned (GET …/review)") Long reviewId,
        String granted, String decidedBy, LocalDate decidedOn, String decisionReason,
        LocalDate noticeStarts, LocalDate noticeEnds, LocalDate establishedOn, LocalDate midTermDue,
        LocalDate acceptanceDue, LocalDate nextDue, boolean overdue, String acceptanceExperts, String paid,
        List<Event> events, List<Milestone> milestones, List<Objection> objections) {

    /** One entry of the story: a status reached or a tranche paid (amount set). */
    @Schema(name = "CountyPlanEvent")
    public record Event(PlanStatus status, LocalDate on, @Schema(description = "Yuan; tranches only") String amount,
                        String note, String recordedBy, LocalDateTime recordedAt) {
        static Event of(PlanEvent e) {
            return new Event(e.getStatus(), e.getHappenedOn(), e.getAmount() == null ? null : Yuan.plain(e.getAmount()),
                    e.getNote(), e.getRecordedBy(), e.getRecordedAt());
        }
    }

    /** A milestone of the contract. */
    @Schema(name = "CountyPlanMilestone")
    public record Milestone(String description, LocalDate dueOn, LocalDate doneOn) {
        static Milestone of(PlanMilestone m) {
            return new Milestone(m.getDescription(), m.getDueOn(), m.doneOn().orElse(null));
        }
    }

    /** An objection received during the public notice. */
    @Schema(name = "CountyPlanObjection")
    public record Objection(LocalDate receivedOn, String objector, String content, PlanObjection.Outcome outcome,
                            String answer, String settledBy) {
        static Objection of(PlanObjection o) {
            return new Objection(o.getReceivedOn(), o.getObjector(), o.getContent(), o.getOutcome(), o.getAnswer(),
                    o.getSettledBy());
        }
    }

    static PlanResponse of(PlanService.PlanDetail detail) {
        PlanProject p = detail.project();
        return new PlanResponse(p.getId(), p.getVersion(), p.getTitle(), p.getField(), CallResponse.of(p.getCall()),
                ProjectRef.of(p.getLead()), ProjectRef.of(p.getCounty()), Yuan.plain(p.getBudget().getTotal()),
                Yuan.plain(p.getBudget().getSelfRaised()), Yuan.plain(p.getBudget().getRequested()), p.getStatus(),
                p.getCreatedBy(), p.submittedBy().orElse(null), p.submittedOn().orElse(null),
                p.reviewId().orElse(null),
                p.grant().map(Yuan::plain).orElse(null), p.decidedBy().orElse(null), p.decidedOn().orElse(null),
                p.getDecisionReason(), p.noticeStarts().orElse(null), p.noticeEnds().orElse(null),
                p.establishedOn().orElse(null), p.midTermDue().orElse(null), p.acceptanceDue().orElse(null),
                p.nextDue().orElse(null), detail.overdue(), p.getAcceptanceExperts(), Yuan.plain(p.getPaid()),
                detail.events().stream().map(Event::of).toList(),
                detail.milestones().stream().map(Milestone::of).toList(),
                detail.objections().stream().map(Objection::of).toList());
    }
}
