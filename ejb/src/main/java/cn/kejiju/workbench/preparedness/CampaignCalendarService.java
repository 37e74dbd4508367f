package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A campaign's events on a calendar (活动日历): the events held in the days a calendar shows, as lightweight rows
 * in one statement (index {@code prep_event_campaign_ix}), after the campaign's county is checked.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.LEADER, Roles.COMMISSIONER_CLERK, Roles.INCUBATOR_CLERK,
        Roles.FINANCING_CLERK, Roles.PREPAREDNESS_CLERK, Roles.PROJECT_CLERK, Roles.VIEWER, Roles.API_READ})
public class CampaignCalendarService {

    /** The longest span a calendar asks for at once (a month view shows six weeks). */
    static final int DAYS_MAX = 62;

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Inject
    CampaignService campaigns;

    /** One event as the calendar shows it. */
    public record Entry(long id, LocalDateTime heldAt, String venueName, VenueKind venueKind, String township,
                        EventStatus status) {
    }

    /** The campaign's events held from {@code from} to {@code to} (both included, at most 62 days), by time. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Entry> entries(long campaignId, LocalDate from, LocalDate to) {
        campaigns.get(campaignId);
        LocalDate last = to.isAfter(from.plusDays(DAYS_MAX)) ? from.plusDays(DAYS_MAX) : to;
        return em.createQuery("select new cn.kejiju.workbench.preparedness.CampaignCalendarService.Entry("
                        + "e.id, e.heldAt, e.venueName, e.venueKind, t.name, e.status) from PublicityEvent e"
                        + " join e.township t where e.campaign.id = :campaign and e.heldAt >= :from and e.heldAt < :to"
                        + " order by e.heldAt, e.id", Entry.class)
                .setParameter("campaign", campaignId).setParameter("from", from.atStartOfDay())
                .setParameter("to", last.plusDays(1).atStartOfDay()).getResultList();
    }
}
