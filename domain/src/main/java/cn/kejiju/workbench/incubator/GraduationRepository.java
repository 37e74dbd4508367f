package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where incubatees' yearly figures, the graduation criteria and the recognition thresholds are kept. */
public interface GraduationRepository {

    /** The incubatee with its enterprise and carrier. */
    Optional<Incubatee> findIncubatee(long id);

    default Incubatee getIncubatee(long id) {
        return findIncubatee(id).orElseThrow(() -> new NotFoundException("Incubatee", id));
    }

    /** Incubations that have not exited, by the enterprise's name, with enterprise and carrier loaded. */
    Page<Incubatee> tenants(TenantFilter filter, Long countyScope, PageRequest request);

    /** Every incubation of the enterprise (any carrier, within the scope), newest entry first. */
    List<Incubatee> ofEnterprise(long enterpriseId, Long countyScope);

    /** The yearly figures of the incubatees by incubatee id, each list by year: one query. */
    Map<Long, List<YearFigures>> figures(Collection<Long> incubateeIds);

    Optional<YearFigures> figures(long incubateeId, int year);

    YearFigures add(YearFigures figures);

    /** The incubatee's running (active) agreement, if any. */
    Optional<Agreement> runningAgreement(long incubateeId);

    GraduationSettings settings();

    /** The recognition thresholds by level. */
    Map<RecognitionLevel, RecognitionThreshold> thresholds();
}
