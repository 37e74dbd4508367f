package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where assignments are kept. */
public interface AssignmentRepository {

    /** Sort keys of the list. */
    Set<String> SORT_KEYS = Set.of("startDate", "endDate", "commissioner", "target", "status");

    /** The assignment with its county, commissioner and target, in one statement. */
    Optional<Assignment> find(long id);

    default Assignment get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Assignment", id));
    }

    /** The commissioner's assignments with status active, whatever their dates. */
    List<Assignment> activeOf(long commissionerId);

    Page<Assignment> page(AssignmentFilter filter, Long countyScope, PageRequest request);

    long count(AssignmentFilter filter, Long countyScope);

    /** How many distinct organisations the assignments the filter matches serve (an enterprise served twice: once). */
    long organisations(AssignmentFilter filter, Long countyScope);

    /** Active assignments whose end date lies in the given days (for the to-do list). */
    List<Assignment> ending(LocalDate from, LocalDate to);

    /** Active assignments whose agreement is not yet confirmed by both sides. */
    List<Assignment> unconfirmed();

    Assignment add(Assignment assignment);

    /** The files of the signed tripartite agreement of an assignment, oldest first, without their bytes. */
    List<AgreementFile> agreementFilesOf(long assignmentId);

    Optional<AgreementFile> findAgreementFile(long fileId);

    AgreementFile addAgreementFile(AgreementFile file, byte[] bytes);

    byte[] content(AgreementFile file);

    void removeAgreementFile(AgreementFile file);
}
