package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.platform.RollupRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the preparedness statistics' monthly rollup (V38: {@code prep_event_month}, {@code prep_issue_month}) in
 * step with the approved events, in the transaction that approves an event or issues or lends to an approved one.
 * Every row belongs to one campaign and the campaign's row is locked first ({@code select … for update}), so that
 * two changes of one campaign add up one after the other and never both insert the same row; changes of
 * different campaigns touch different rows. An issue first locks its stock, then the campaign; an approval only
 * the campaign: no two transactions wait for each other in opposite orders.
 *
 * <p>Each change adds to the month's row, or inserts it when the month has none yet ({@link RollupRows}). Approved
 * events are frozen, so nothing is ever taken out.
 */
@ApplicationScoped
public class PreparednessRollup {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    RollupRows rows;

    /** The month's key in the rollup: year * 100 + month. */
    static int periodMonth(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** The event has just been approved: it counts in its campaign's month, with what was issued or lent to it. */
    public void approved(PublicityEvent event) {
        long campaign = lockCampaign(event);
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("campaign_id", campaign);
        key.put("period_month", periodMonth(event.getHeldAt().toLocalDate()));
        key.put("township_id", event.getTownship().getId());
        key.put("venue_kind", event.getVenueKind().name());
        key.put("county_id", event.getCounty().getId());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("events", 1L);
        figures.put("people", (long) event.getPeopleReached());
        figures.put("consultations", (long) event.getConsultations());
        figures.put("drills", event.getDrillPlan() == null ? 0L : 1L);
        figures.put("participants", event.getDrillParticipants() == null ? 0L : (long) event.getDrillParticipants());
        figures.put("boards", (long) event.getDisplayBoards());
        figures.put("banners", (long) event.getBanners());
        rows.add("prep_event_month", key, figures);
        @SuppressWarnings("unchecked")
        List<Object[]> moved = em.createNativeQuery("select kind, moved_on, sum(quantity) from prep_material_movement"
                        + " where event_id = ? and type in ('ISSUE', 'LOAN') group by kind, moved_on")
                .setParameter(1, event.getId()).getResultList();
        for (Object[] row : moved) {
            addIssued(event, campaign, (String) row[0], day(row[1]), ((Number) row[2]).longValue());
        }
    }

    /** Copies were issued or lent to the event: they count when the event is approved (now, or at approval). */
    public void issued(PublicityEvent event, MaterialMovement movement) {
        if (!event.isApproved()
                || (movement.getType() != MovementType.ISSUE && movement.getType() != MovementType.LOAN)) {
            return;
        }
        addIssued(event, lockCampaign(event), movement.getKind().name(), movement.getMovedOn(), movement.getQuantity());
    }

    private void addIssued(PublicityEvent event, long campaign, String kind, LocalDate movedOn, long quantity) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("campaign_id", campaign);
        key.put("period_month", periodMonth(movedOn));
        key.put("township_id", event.getTownship().getId());
        key.put("kind", kind);
        key.put("county_id", event.getCounty().getId());
        rows.add("prep_issue_month", key, Map.of("quantity", quantity));
    }

    private long lockCampaign(PublicityEvent event) {
        long campaign = event.getCampaign().getId();
        em.createNativeQuery("select id from prep_campaign where id = ? for update").setParameter(1, campaign)
                .getResultList();
        return campaign;
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
