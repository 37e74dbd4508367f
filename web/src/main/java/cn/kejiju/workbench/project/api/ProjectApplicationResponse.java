package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.project.EventKind;
import cn.kejiju.workbench.project.HelpKind;
import cn.kejiju.workbench.project.ProjectApplication;
import cn.kejiju.workbench.project.ProjectEvent;
import cn.kejiju.workbench.project.ProjectService;
import cn.kejiju.workbench.project.ProjectStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An application to a higher level with its applicants, budget and whole story (steps, the bureau's help, tranches
 * received, in the order recorded). Money as decimal strings (yuan).
 */
@Schema(name = "ProjectApplication")
public record ProjectApplicationResponse(
        long id,
        long version,
        String title,
        String field,
        CallResponse call,
        ProjectRef lead,
        List<ProjectRef> partners,
        ProjectRef county,
        String total,
        String selfRaised,
        String requested,
        ProjectStatus status,
        LocalDate preparedOn,
        String preparedBy,
        String recommendedBy,
        @Schema(description = "Yuan; once won (立项)") String granted,
        LocalDate wonOn,
        String received,
        LocalDate midTermDue,
        LocalDate acceptanceDue,
        List<Event> events) {

    /** One entry of the story. */
    @Schema(name = "ProjectEvent")
    public record Event(EventKind kind, ProjectStatus status, HelpKind helpKind, LocalDate on,
                        @Schema(description = "Yuan; tranches only") String amount, String note, String recordedBy,
                        LocalDateTime recordedAt) {

        static Event of(ProjectEvent e) {
            return new Event(e.getKind(), e.getStatus(), e.getHelpKind(), e.getHappenedOn(),
                    e.getAmount() == null ? null : Yuan.plain(e.getAmount()), e.getNote(), e.getRecordedBy(),
                    e.getRecordedAt());
        }
    }

    static ProjectApplicationResponse of(ProjectService.ProjectDetail detail) {
        ProjectApplication a = detail.application();
        return new ProjectApplicationResponse(a.getId(), a.getVersion(), a.getTitle(), a.getField(),
                CallResponse.of(a.getCall()), ProjectRef.of(a.getLead()),
                detail.partners().stream().map(ProjectRef::of).toList(), ProjectRef.of(a.getCounty()),
                Yuan.plain(a.getBudget().getTotal()), Yuan.plain(a.getBudget().getSelfRaised()),
                Yuan.plain(a.getBudget().getRequested()), a.getStatus(), a.getPreparedOn(), a.getPreparedBy(),
                a.recommendedBy().orElse(null), a.grant().map(Yuan::plain).orElse(null), a.wonOn().orElse(null),
                Yuan.plain(a.getReceived()), a.midTermDue().orElse(null), a.acceptanceDue().orElse(null),
                detail.events().stream().map(Event::of).toList());
    }
}
