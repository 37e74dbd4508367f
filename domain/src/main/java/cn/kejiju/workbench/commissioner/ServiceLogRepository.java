package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where service logs, the named innovations they introduce and their evidence are kept. */
public interface ServiceLogRepository {

    /** Sort keys of the list. */
    Set<String> SORT_KEYS = Set.of("serviceDate", "commissioner", "kind", "status", "submittedAt");

    Optional<ServiceLog> find(long id);

    default ServiceLog get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("ServiceLog", id));
    }

    /** A page of logs with what a row shows, without their introductions. */
    default Page<ServiceLog> page(LogFilter filter, Long countyScope, PageRequest request) {
        return page(filter, countyScope, request, false);
    }

    /** A page of logs; with {@code introductions} also each row's introductions and their named items. */
    Page<ServiceLog> page(LogFilter filter, Long countyScope, PageRequest request, boolean introductions);

    long count(LogFilter filter, Long countyScope);

    ServiceLog add(ServiceLog log);

    Optional<Innovation> findInnovation(Jurisdiction county, InnovationKind kind, String normalizedName);

    Innovation addInnovation(Innovation innovation);

    /** Names of a county's innovations of a kind starting with or containing the text, for suggestions. */
    List<String> innovationNames(long countyId, InnovationKind kind, String text, int max);

    List<Evidence> evidenceOf(long logId);

    Optional<Evidence> findEvidence(long evidenceId);

    Evidence addEvidence(Evidence evidence, byte[] bytes);

    byte[] content(Evidence evidence);

    void removeEvidence(Evidence evidence);

    /**
     * What each commissioner's approved logs of the days from–to add up to (visits, days, results;
     * no satisfaction), computed in the database, within a county scope (null: every county) and
     * optionally for one commissioner; commissioners without approved logs are absent.
     */
    Map<Long, ServiceFigures> approvedFigures(Long countyScope, Long commissionerId, LocalDate from, LocalDate to);

    Optional<Introduction> findIntroduction(long introductionId);
}
