package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.commissioner.FigureTally;
import cn.kejiju.workbench.commissioner.StatisticsPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of {@link PreparednessSummary}, each an aggregate in the database: the approved events of a period
 * grouped by county, township and venue kind in one statement, the copies issued or lent to them per county and
 * kind in another, the volunteers' hours and the 三网一员 register's posts held and required in a third (three
 * per period, whatever the number of events), the campaigns overlapping the period with
 * their goals, and their events' and materials' tallies grouped by campaign (three). A period of whole calendar
 * months (a year, a half-year, a quarter, a month) reads the monthly rollup of V38 ({@link PreparednessRollup}):
 * a few hundred rows a year, plus the school events for the distinct school venues; any other period reads a
 * range of an index of V25 (events by the time held, movements by the day moved). The campaigns' tallies always
 * read the rollup. Plain SQL that H2 and PostgreSQL run alike.
 */
@ApplicationScoped
public class PreparednessStatisticsQueries {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    /** The tallies of a period by county, and the townships' rows. */
    public record Tallies(Map<Long, FigureTally> byCounty, List<PreparednessSummary.TownshipRow> townships) {
    }

    public Tallies tallies(StatisticsPeriod period, Long countyScope) {
        Map<Long, FigureTally> byCounty = new HashMap<>();
        Map<Long, PreparednessSummary.TownshipRow> townships = new LinkedHashMap<>();
        boolean months = wholeMonths(period);
        List<Object> p = new ArrayList<>();
        String grouped;
        if (months) {
            // whole months: the rollup's rows, and the distinct school venues from the school events themselves
            p.addAll(List.of(PreparednessRollup.periodMonth(period.from()), PreparednessRollup.periodMonth(period.to())));
            String rolled = scope("r.county_id", countyScope, p);
            p.addAll(List.of(start(period), end(period)));
            String schools = scope("e.county_id", countyScope, p);
            grouped = "select x.county_id, x.township_id, x.venue_kind, sum(x.events) as events, sum(x.people) as people,"
                    + " sum(x.consultations) as consultations, sum(x.drills) as drills,"
                    + " sum(x.participants) as participants, sum(x.boards) as boards, sum(x.banners) as banners,"
                    + " sum(x.schools) as schools from ("
                    + "select r.county_id, r.township_id, r.venue_kind, r.events, r.people, r.consultations, r.drills,"
                    + " r.participants, r.boards, r.banners, 0 as schools from prep_event_month r"
                    + " where r.period_month >= ? and r.period_month <= ?" + rolled
                    + " union all select e.county_id, e.township_id, e.venue_kind, 0, 0, 0, 0, 0, 0, 0,"
                    + " count(distinct e.venue_name) from prep_event e where e.venue_kind = 'SCHOOL'"
                    + " and e.status = 'APPROVED' and e.held_at >= ? and e.held_at < ?" + schools
                    + " group by e.county_id, e.township_id, e.venue_kind) x"
                    + " group by x.county_id, x.township_id, x.venue_kind";
        } else {
            p.addAll(List.of(start(period), end(period)));
            String scope = scope("e.county_id", countyScope, p);
            grouped = "select e.county_id, e.township_id, e.venue_kind, count(*) as events,"
                    + " sum(e.people_reached) as people, sum(e.consultations) as consultations,"
                    + " sum(case when e.drill_plan is not null then 1 else 0 end) as drills,"
                    + " coalesce(sum(e.drill_participants), 0) as participants, sum(e.display_boards) as boards,"
                    + " sum(e.banners) as banners,"
                    + " count(distinct case when e.venue_kind = 'SCHOOL' then e.venue_name end) as schools"
                    + " from prep_event e where e.held_at >= ? and e.held_at < ? and e.status = 'APPROVED'" + scope
                    + " group by e.county_id, e.township_id, e.venue_kind";
        }
        for (Object row : query("select g.county_id, c.name, g.township_id, t.name, g.venue_kind, g.events, g.people,"
                + " g.consultations, g.drills, g.participants, g.boards, g.banners, g.schools from (" + grouped + ") g"
                + " join jurisdiction c on c.id = g.county_id join jurisdiction t on t.id = g.township_id"
                + " order by c.code, t.code", p).getResultList()) {
            Object[] r = (Object[]) row;
            long county = number(r[0]);
            long township = number(r[2]);
            FigureTally t = byCounty.computeIfAbsent(county, c -> new FigureTally());
            long events = number(r[5]);
            t.add("events", events);
            t.add("venue." + r[4], events);
            t.add("people", number(r[6]));
            t.add("consultations", number(r[7]));
            t.add("drills", number(r[8]));
            t.add("drillParticipants", number(r[9]));
            t.add("boardsDisplayed", number(r[10]));
            t.add("bannersHung", number(r[11]));
            t.add("schools", number(r[12]));
            PreparednessSummary.TownshipRow before = townships.get(township);
            if (before == null) {
                t.add("townships", 1);
                before = new PreparednessSummary.TownshipRow(county, (String) r[1], township, (String) r[3], 0, 0, 0, 0, 0);
            }
            townships.put(township, new PreparednessSummary.TownshipRow(county, before.county(), township,
                    before.township(), before.events() + events, before.people() + number(r[6]),
                    before.consultations() + number(r[7]), before.drills() + number(r[8]),
                    before.drillParticipants() + number(r[9])));
        }
        String issued;
        if (months) {
            p = new ArrayList<>(List.of(PreparednessRollup.periodMonth(period.from()),
                    PreparednessRollup.periodMonth(period.to())));
            issued = "select r.county_id, r.kind, sum(r.quantity) from prep_issue_month r"
                    + " where r.period_month >= ? and r.period_month <= ?" + scope("r.county_id", countyScope, p)
                    + " group by r.county_id, r.kind";
        } else {
            p = new ArrayList<>(List.of(Date.valueOf(period.from()), Date.valueOf(period.to())));
            issued = "select m.county_id, m.kind, sum(m.quantity) from prep_material_movement m"
                    + " join prep_event e on e.id = m.event_id"
                    + " where m.moved_on >= ? and m.moved_on <= ? and m.type in ('ISSUE', 'LOAN')"
                    + " and e.status = 'APPROVED'" + scope("m.county_id", countyScope, p)
                    + " group by m.county_id, m.kind";
        }
        for (Object row : query(issued, p).getResultList()) {
            Object[] r = (Object[]) row;
            byCounty.computeIfAbsent(number(r[0]), c -> new FigureTally()).add("materials." + r[1], number(r[2]));
        }
        // the volunteers' hours of the period, and the 三网一员 register on its last day: the posts held (taken up
        // by then, not ended by then) and those required (each township's assistant, two reporters per village)
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        p = new ArrayList<>(List.of(from, to));
        String teams = scope("t.county_id", countyScope, p);
        p.addAll(List.of(to, to));
        String holders = scope("h.county_id", countyScope, p);
        String places = scope("t.parent_id", countyScope, p);
        for (Object row : query("select 'volunteerHours', t.county_id, sum(a.hours) from prep_vol_activity a"
                + " join prep_vol_team t on t.id = a.team_id where a.held_on >= ? and a.held_on <= ?" + teams
                + " group by t.county_id"
                + " union all select 'registerFilled', h.county_id, count(*) from prep_reg_holder h"
                + " where h.since <= ? and (h.ended_on is null or h.ended_on > ?)" + holders + " group by h.county_id"
                + " union all select 'registerRequired', t.parent_id, count(distinct t.id) + 2 * count(v.id)"
                + " from jurisdiction t left join jurisdiction v on v.parent_id = t.id and v.level = 'VILLAGE'"
                + " where t.level = 'TOWNSHIP'" + places + " group by t.parent_id", p).getResultList()) {
            Object[] r = (Object[]) row;
            BigDecimal value = r[2] instanceof BigDecimal d ? d : new BigDecimal(r[2].toString());
            byCounty.computeIfAbsent(number(r[1]), c -> new FigureTally()).add((String) r[0], value);
        }
        return new Tallies(byCounty, List.copyOf(townships.values()));
    }

    /**
     * The campaigns overlapping the period (within the scope), earliest first, each with its goals against all
     * its approved events: three statements.
     */
    public List<PreparednessSummary.CampaignRow> campaigns(StatisticsPeriod period, Long countyScope) {
        List<Object> p = new ArrayList<>(List.of(Date.valueOf(period.to()), Date.valueOf(period.from())));
        String overlapping = " where c.starts_on <= ? and c.ends_on >= ?" + scope("c.county_id", countyScope, p);
        record Head(long id, String name, long countyId, String county, java.time.LocalDate starts,
                    java.time.LocalDate ends, CampaignGoals goals) {
        }
        Map<Long, Head> heads = new LinkedHashMap<>();
        for (Object row : query("select c.id, c.name, c.county_id, j.name, c.starts_on, c.ends_on, c.goal_events,"
                + " c.goal_people, c.goal_schools, c.goal_reader, c.goal_handbook, c.goal_comic, c.goal_folder,"
                + " c.goal_leaflet, c.goal_disc, c.goal_souvenir, c.goal_display_board, c.goal_banner"
                + " from prep_campaign c join jurisdiction j on j.id = c.county_id" + overlapping
                + " order by c.starts_on, c.id", p).getResultList()) {
            Object[] r = (Object[]) row;
            Map<MaterialKind, Integer> materials = new EnumMap<>(MaterialKind.class);
            MaterialKind[] kinds = MaterialKind.values();
            for (int k = 0; k < kinds.length; k++) {
                if (r[9 + k] != null) {
                    materials.put(kinds[k], (int) number(r[9 + k]));
                }
            }
            heads.put(number(r[0]), new Head(number(r[0]), (String) r[1], number(r[2]), (String) r[3], day(r[4]),
                    day(r[5]), new CampaignGoals(integer(r[6]), integer(r[7]), integer(r[8]), materials)));
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        // each campaign's tally over all its approved events: the rollup's rows of the campaign, and its distinct
        // school venues from its school events
        Map<Long, long[]> events = new HashMap<>();
        p = new ArrayList<>(List.of(Date.valueOf(period.to()), Date.valueOf(period.from())));
        String campaigns = " in (select c.id from prep_campaign c" + overlapping + ")";
        scope("c.county_id", countyScope, p);
        List<Object> twice = new ArrayList<>(p);
        twice.addAll(p);
        for (Object row : query("select x.campaign_id, sum(x.events), sum(x.people), sum(x.consultations),"
                + " sum(x.schools) from (select r.campaign_id, r.events, r.people, r.consultations, 0 as schools"
                + " from prep_event_month r where r.campaign_id" + campaigns
                + " union all select e.campaign_id, 0, 0, 0, count(distinct e.venue_name) from prep_event e"
                + " where e.venue_kind = 'SCHOOL' and e.status = 'APPROVED' and e.campaign_id" + campaigns
                + " group by e.campaign_id) x group by x.campaign_id", twice)
                .getResultList()) {
            Object[] r = (Object[]) row;
            events.put(number(r[0]), new long[] {number(r[1]), number(r[2]), number(r[3]), number(r[4])});
        }
        Map<Long, Map<MaterialKind, Long>> materials = new HashMap<>();
        for (Object row : query("select r.campaign_id, r.kind, sum(r.quantity) from prep_issue_month r"
                + " where r.campaign_id" + campaigns + " group by r.campaign_id, r.kind", p)
                .getResultList()) {
            Object[] r = (Object[]) row;
            materials.computeIfAbsent(number(r[0]), c -> new EnumMap<>(MaterialKind.class))
                    .put(MaterialKind.valueOf((String) r[1]), number(r[2]));
        }
        List<PreparednessSummary.CampaignRow> rows = new ArrayList<>();
        for (Head h : heads.values()) {
            long[] e = events.getOrDefault(h.id(), new long[4]);
            CampaignTally tally = new CampaignTally(e[0], e[1], e[2], e[3], materials.getOrDefault(h.id(), Map.of()));
            rows.add(new PreparednessSummary.CampaignRow(h.id(), h.name(), h.countyId(), h.county(), h.starts(),
                    h.ends(), CampaignProgress.of(h.goals(), tally).goals()));
        }
        return rows;
    }

    /** Whether the period is made of whole calendar months, which the monthly rollup answers. */
    static boolean wholeMonths(StatisticsPeriod period) {
        return period.from().getDayOfMonth() == 1
                && period.to().getDayOfMonth() == period.to().lengthOfMonth();
    }

    private static Timestamp start(StatisticsPeriod period) {
        return Timestamp.valueOf(period.from().atStartOfDay());
    }

    private static Timestamp end(StatisticsPeriod period) {
        return Timestamp.valueOf(period.to().plusDays(1).atStartOfDay());
    }

    private static String scope(String column, Long countyScope, List<Object> parameters) {
        if (countyScope == null) {
            return "";
        }
        parameters.add(countyScope);
        return " and " + column + " = ?";
    }

    private Query query(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static java.time.LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }
}
