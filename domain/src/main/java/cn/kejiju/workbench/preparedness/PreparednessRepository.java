package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where campaigns, their events and the counties' material stocks are kept. */
public interface PreparednessRepository {

    Optional<Campaign> findCampaign(long id);

    default Campaign getCampaign(long id) {
        return findCampaign(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    /**
     * Campaigns, latest first (by first day, then id), of one county or all; with {@code from} / {@code to}, those
     * running on a day between them (begun by {@code to}, not over before {@code from}), as the statistics list them.
     */
    Page<Campaign> campaigns(Long countyId, Long countyScope, String text, LocalDate from, LocalDate to,
                             PageRequest request);

    Campaign add(Campaign campaign);

    /** What the campaign's approved events add up to: three aggregate queries. */
    CampaignTally tally(long campaignId);

    Optional<PublicityEvent> findEvent(long id);

    default PublicityEvent getEvent(long id) {
        return findEvent(id).orElseThrow(() -> new NotFoundException("PublicityEvent", id));
    }

    /** Events of a campaign (or of every campaign of a county, or all), by time held. */
    Page<PublicityEvent> events(Long campaignId, Long countyId, Long countyScope, PageRequest request);

    PublicityEvent add(PublicityEvent event);

    /** The county's stock of every kind it has held, in the order of the kinds. */
    List<MaterialStock> stocks(Long countyId, Long countyScope);

    /** The stock row of the kind in the county, locked until the transaction ends; empty when never received. */
    Optional<MaterialStock> lockStock(long countyId, MaterialKind kind);

    MaterialStock add(MaterialStock stock);

    MaterialMovement add(MaterialMovement movement);

    List<MaterialMovement> movements(long eventId);

    /** Reusable items of the kind lent to the event and not yet returned. */
    long outstanding(long eventId, MaterialKind kind);

    /**
     * The copies issued or lent to each of the events, per kind (returns not deducted: what the event had),
     * in one grouped statement; events of another county than {@code countyScope} (when given) have none.
     */
    Map<Long, Map<MaterialKind, Long>> issuedTo(Collection<Long> eventIds, Long countyScope);
}
