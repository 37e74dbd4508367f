package cn.kejiju.workbench.project;

import cn.kejiju.workbench.enterprise.Enterprise;

import java.util.List;

/** What an application is about, as the service resolved it: call, lead applicant, partners, title, field, budget. */
public record ProjectContent(ProgrammeCall call, Enterprise lead, List<Enterprise> partners, String title,
                             String field, ProjectBudget budget) {
}
