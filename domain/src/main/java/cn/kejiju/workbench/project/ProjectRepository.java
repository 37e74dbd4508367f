package cn.kejiju.workbench.project;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where applications to higher levels are kept (their documents: {@link ProjectDocumentRepository}). */
public interface ProjectRepository {

    Optional<ProjectApplication> find(long id);

    default ProjectApplication get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("ProjectApplication", id));
    }

    /** The consortium's partners of an application, in the order entered: one statement. */
    List<cn.kejiju.workbench.enterprise.Enterprise> partnersOf(long applicationId);

    /** The story of an application (steps, help, tranches) in the order recorded: one statement. */
    List<ProjectEvent> eventsOf(long applicationId);

    /** A page of applications, newest preparation first (sort {@code preparedOn}, the only one). */
    Page<ProjectApplication> page(ProjectFilter filter, Long countyScope, PageRequest request);

    /**
     * How many enterprises and units the applications the filter matches name, lead or consortium partner, each once
     * per county (as the statistics count those helped: {@code enterprisesHelped}).
     */
    long organisations(ProjectFilter filter, Long countyScope);

    /** Applications being prepared whose call closes from {@code from} to {@code to}, with lead, county and call. */
    List<ProjectApplication> preparingInCallsClosing(LocalDate from, LocalDate to);

    /**
     * Contracted applications whose acceptance is still ahead and whose mid-term report (not yet checked) or
     * acceptance is due on or before {@code by}, with lead and county.
     */
    List<ProjectApplication> dueBy(LocalDate by);

    ProjectApplication add(ProjectApplication application);
}
