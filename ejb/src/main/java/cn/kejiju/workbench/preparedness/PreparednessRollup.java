package cn.kejiju.workbench.preparedness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Keeps the preparedness statistics' monthly rollup (V38: {@code prep_event_month}, {@code prep_issue_month}) in
 * step with the approved events, in the transaction that approves an event or issues or lends to an approved one.
 * Every row belongs to one campaign and the campaign's row is locked first ({@code select … for update}), so that
 * two changes of one campaign add up one after the other and never both insert the same row; changes of
 * different campaigns touch different rows. An issue first locks its stock, then the campaign; an approval only
 * the campaign: no two transactions wait for each other in opposite orders.
 *
 * <p>Each change is an {@code UPDATE} adding to the row, or an {@code INSERT} when the month has none yet: plain
 * SQL that H2 and PostgreSQL run alike. Approved events are frozen, so nothing is ever taken out.
 */
@ApplicationScoped
public class PreparednessRollup {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /** The month's key in the rollup: year * 100 + month. */
    static int periodMonth(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** The event has just been approved: it counts in its campaign's month, with what was issued or lent to it. */
    public void approved(PublicityEvent event) {
        long campaign = lockCampaign(event);
        int month = periodMonth(event.getHeldAt().toLocalDate());
        long township = event.getTownship().getId();
        Object[] figures = {(long) event.getPeopleReached(), (long) event.getConsultations(),
                event.getDrillPlan() == null ? 0L : 1L,
                event.getDrillParticipants() == null ? 0L : (long) event.getDrillParticipants(),
                (long) event.getDisplayBoards(), (long) event.getBanners()};
        Object[] key = {campaign, month, township, event.getVenueKind().name()};
        Query add = bind(em.createNativeQuery("update prep_event_month set events = events + 1, people = people + ?,"
                + " consultations = consultations + ?, drills = drills + ?, participants = participants + ?,"
                + " boards = boards + ?, banners = banners + ?"
                + " where campaign_id = ? and period_month = ? and township_id = ? and venue_kind = ?"), figures, key);
        if (add.executeUpdate() == 0) {
            bind(em.createNativeQuery("insert into prep_event_month (people, consultations, drills, participants,"
                    + " boards, banners, campaign_id, period_month, township_id, venue_kind, county_id, events)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"), figures, key, event.getCounty().getId())
                    .executeUpdate();
        }
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
        Object[] figures = {quantity};
        Object[] key = {campaign, periodMonth(movedOn), event.getTownship().getId(), kind};
        Query add = bind(em.createNativeQuery("update prep_issue_month set quantity = quantity + ?"
                + " where campaign_id = ? and period_month = ? and township_id = ? and kind = ?"), figures, key);
        if (add.executeUpdate() == 0) {
            bind(em.createNativeQuery("insert into prep_issue_month (quantity, campaign_id, period_month, township_id,"
                    + " kind, county_id) values (?, ?, ?, ?, ?, ?)"), figures, key, event.getCounty().getId())
                    .executeUpdate();
        }
    }

    private long lockCampaign(PublicityEvent event) {
        long campaign = event.getCampaign().getId();
        em.createNativeQuery("select id from prep_campaign where id = ? for update").setParameter(1, campaign)
                .getResultList();
        return campaign;
    }

    private static Query bind(Query query, Object[] figures, Object[] key, Object... more) {
        int position = 1;
        for (Object value : figures) {
            query.setParameter(position++, value);
        }
        for (Object value : key) {
            query.setParameter(position++, value);
        }
        for (Object value : more) {
            query.setParameter(position++, value);
        }
        return query;
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
