package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the 三网一员 register is kept; its gaps and completeness are counted in the database. */
public interface RegisterRepository {

    Optional<RegisterHolder> findHolder(long id);

    default RegisterHolder getHolder(long id) {
        return findHolder(id).orElseThrow(() -> new NotFoundException("RegisterHolder", id));
    }

    /** The current holder of the post at the place, locked until the transaction ends; empty when open. */
    Optional<RegisterHolder> current(RegisterPost post, long placeId);

    /**
     * Holders by place code and post (current only, or with the ended ones), of one county or all, with
     * their county, township and place.
     */
    Page<RegisterHolder> holders(Long countyId, Long countyScope, boolean withEnded, PageRequest request);

    RegisterHolder add(RegisterHolder holder);

    /** The townships and villages of one county, or of all counties, each with its parent, by code. */
    List<Jurisdiction> places(Long countyId, Long countyScope);

    /** The posts held now in one county or all. */
    Set<RegisterSlot> filled(Long countyId, Long countyScope);

    /**
     * Posts held now of the posts required (a township's assistant, a village's two reporters) within the
     * jurisdiction (a city, county, township or village, by its division code): two aggregate queries.
     */
    RegisterCompleteness completeness(Jurisdiction within);

    /** Every open post of the whole register, for the to-do list: one query for places and one for holders. */
    default List<RegisterGap> gaps(Long countyId, Long countyScope) {
        List<Jurisdiction> places = places(countyId, countyScope);
        return RegisterGaps.of(places.stream().filter(p -> p.getLevel() == RegisterPost.ASSISTANT.level()).toList(),
                places.stream().filter(p -> p.getLevel() == RegisterPost.MACRO_REPORTER.level()).toList(),
                filled(countyId, countyScope));
    }
}
