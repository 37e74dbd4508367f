package cn.kejiju.workbench.indicator;

import cn.kejiju.workbench.enterprise.Enterprise;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Patents, yearly figures and high-tech cases, and the aggregates the statistics read. */
public interface IndicatorRepository {

    Optional<Patent> findPatent(long id);

    default Patent getPatent(long id) {
        return findPatent(id).orElseThrow(() -> new NotFoundException("Patent", id));
    }

    /** A page by day applied (newest first by default), with enterprise and county joined; keyset after a cursor. */
    Page<Patent> patents(PatentFilter filter, Long countyScope, PageRequest request);

    Patent addPatent(Patent patent);

    /** Whether another patent (not {@code exceptId}) has this number. */
    boolean patentNumberTaken(String number, Long exceptId);

    Optional<YearlyFigures> findFigures(long id);

    default YearlyFigures getFigures(long id) {
        return findFigures(id).orElseThrow(() -> new NotFoundException("YearlyFigures", id));
    }

    /** The enterprise's figures, latest year first. */
    List<YearlyFigures> figuresOf(long enterpriseId);

    Optional<YearlyFigures> figuresOf(long enterpriseId, int year);

    YearlyFigures addFigures(YearlyFigures figures);

    /** The enterprise's patents applied and granted per year and type (one aggregate query per count). */
    List<PatentYearCount> patentCountsOf(long enterpriseId);

    Optional<HighTechCase> findCase(long id);

    default HighTechCase getCase(long id) {
        return findCase(id).orElseThrow(() -> new NotFoundException("HighTechCase", id));
    }

    Optional<HighTechCase> caseOf(long enterpriseId);

    HighTechCase addCase(HighTechCase highTechCase);

    /** A page of cases, newest first, with enterprise and county joined; keyset after a cursor. */
    Page<HighTechCase> cases(HighTechFilter filter, Long countyScope, PageRequest request);

    /** Enterprises whose certificate (master data) runs out between the two days, with their county joined. */
    List<Enterprise> certificatesEnding(LocalDate from, LocalDate to);

    /** Patents applied and granted by type in a period, in one county or all ({@code countyId} null). */
    List<PatentTally> patentTally(LocalDate from, LocalDate to, Long countyId);

    /**
     * High-tech enterprises recognised in a period, holding a certificate valid on {@code validOn}, and of those
     * expiring within {@code months} after it, in one county or all.
     */
    HighTechTally highTechTally(LocalDate from, LocalDate to, LocalDate validOn, int months, Long countyId);
}
