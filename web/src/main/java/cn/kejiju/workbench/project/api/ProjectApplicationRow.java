package cn.kejiju.workbench.project.api;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.project.ProgrammeLevel;
import cn.kejiju.workbench.project.ProjectApplication;
import cn.kejiju.workbench.project.ProjectStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An application as a list shows it. Money as decimal strings (yuan). */
@Schema(name = "ProjectApplicationRow")
public record ProjectApplicationRow(long id, long version, String title, ProjectRef lead, ProjectRef county,
                                    ProjectRef programme, ProgrammeLevel level, int year, String requested,
                                    @Schema(description = "Yuan; once won") String granted,
                                    @Schema(description = "Yuan received so far") String received,
                                    ProjectStatus status, LocalDate preparedOn) {

    static ProjectApplicationRow of(ProjectApplication a) {
        return new ProjectApplicationRow(a.getId(), a.getVersion(), a.getTitle(), ProjectRef.of(a.getLead()),
                ProjectRef.of(a.getCounty()), new ProjectRef(a.getCall().getProgramme().getId(),
                a.getCall().getProgramme().getName()), a.getCall().getProgramme().getLevel(), a.getYear(),
                Yuan.plain(a.getBudget().getRequested()), a.grant().map(Yuan::plain).orElse(null),
                Yuan.plain(a.getReceived()), a.getStatus(), a.getPreparedOn());
    }
}
