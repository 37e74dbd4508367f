package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.financing.Yuan;
import cn.kejiju.workbench.project.ProgrammeLevel;
import cn.kejiju.workbench.project.ProjectApplication;
import cn.kejiju.workbench.project.ProjectStatus;

import java.io.Serializable;
import java.math.BigDecimal;

/** An application as the list page shows it: amounts in 万元. */
public record ProjectListRow(long id, String title, String lead, String county, String programme,
                             ProgrammeLevel level, int year, BigDecimal requestedWan, BigDecimal grantedWan,
                             BigDecimal receivedWan, ProjectStatus status) implements Serializable {

    ProjectListRow(ProjectApplication a) {
        this(a.getId(), a.getTitle(), a.getLead().getName(), a.getCounty().getName(),
                a.getCall().getProgramme().getName(), a.getCall().getProgramme().getLevel(), a.getYear(),
                Yuan.wan(a.getBudget().getRequested()), a.grant().map(Yuan::wan).orElse(null),
                Yuan.wan(a.getReceived()), a.getStatus());
    }

    public long getId() {
        return id;
    }
}
