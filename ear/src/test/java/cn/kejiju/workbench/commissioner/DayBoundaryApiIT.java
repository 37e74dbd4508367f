package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static cn.kejiju.workbench.commissioner.ApiFixtures.LINJIANG;
import static cn.kejiju.workbench.commissioner.ApiFixtures.YUNLING;
import static cn.kejiju.workbench.commissioner.ApiFixtures.commissioner;
import static cn.kejiju.workbench.commissioner.ApiFixtures.created;
import static cn.kejiju.workbench.commissioner.ApiFixtures.errorField;
import static cn.kejiju.workbench.commissioner.ApiFixtures.id;
import static cn.kejiju.workbench.commissioner.ApiFixtures.log;
import static cn.kejiju.workbench.commissioner.ApiFixtures.post;
import static cn.kejiju.workbench.commissioner.ApiFixtures.register;
import static cn.kejiju.workbench.commissioner.ApiFixtures.version;
import static cn.kejiju.workbench.commissioner.ApiFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The API's "not after today" rules on a server whose bureau clock stands still a moment before or
 * after midnight (workbench.clock.fixed in the test deployment), whatever the zone of the machine the
 * tests run on: the day the server calls today is the bureau's, and the next day is refused.
 */
abstract class DayBoundaryApiIT {

    /** The bureau's day the server's clock stands in. */
    abstract LocalDate serversToday();

    /** The application with its clock fixed at a bureau local time. */
    static EnterpriseArchive clockFixedAt(EnterpriseArchive ear, LocalDateTime bureauTime) {
        return Deployments.withConfig(ear, "workbench.clock.fixed=" + bureauTime + "\n");
    }

    static LocalDateTime lastMinuteOfYesterday() {
        return BureauClock.today().minusDays(1).atTime(23, 59, 30);
    }

    static LocalDateTime firstMinuteOfToday() {
        return BureauClock.today().atTime(0, 0, 30);
    }

    @Test
    void aServiceLogOfTheServersTodayIsTakenAndOneOfTheNextDayIsRefused() {
        long commissioner = id(register(YUNLING));
        long assignment = id(created(post("/api/v1/assignments", Json.createObjectBuilder()
                .add("commissionerId", commissioner).add("targetKind", "VILLAGE").add("targetId", 22)
                .add("startDate", serversToday().minusDays(20).toString())
                .add("endDate", serversToday().plusDays(200).toString())
                .add("goals", "指导茶园管理").build(), Api.YUNLING_RW)));

        Reply tomorrow = post("/api/v1/service-logs",
                with(log(assignment), "serviceDate", serversToday().plusDays(1).toString()), Api.YUNLING_RW);
        assertEquals(422, tomorrow.status(), tomorrow.body());
        assertEquals("serviceDate", errorField(tomorrow));

        JsonObject today = ApiFixtures.submitLog(with(log(assignment), "serviceDate", serversToday().toString()),
                Api.YUNLING_RW);
        assertEquals(serversToday().toString(), today.getString("serviceDate"));
    }

    @Test
    void anAgreementIsConfirmedOnTheServersTodayButNotOnTheNextDay() {
        long commissioner = id(register(LINJIANG));
        JsonObject opened = created(post("/api/v1/assignments", Json.createObjectBuilder()
                .add("commissionerId", commissioner).add("targetKind", "VILLAGE").add("targetId", 13)
                .add("startDate", serversToday().minusDays(20).toString())
                .add("endDate", serversToday().plusDays(200).toString())
                .add("goals", "推广绿色防控").build(), Api.CITY_RW));
        String confirmations = "/api/v1/assignments/" + id(opened) + "/confirmations";

        Reply nextDay = post(confirmations, Json.createObjectBuilder().add("side", "COMMISSIONER")
                .add("on", serversToday().plusDays(1).toString()).add("version", version(opened)).build(), Api.CITY_RW);
        assertEquals(422, nextDay.status(), nextDay.body());

        Reply today = post(confirmations, Json.createObjectBuilder().add("side", "COMMISSIONER")
                .add("version", version(opened)).build(), Api.CITY_RW);
        assertEquals(200, today.status(), today.body());
        assertEquals(serversToday().toString(), today.json().getString("commissionerConfirmedOn"), today.body());
    }

    @Test
    void aCommissionerPostedOnTheServersTodayIsRegisteredAndOnePostedTheNextDayIsRefused() {
        Reply nextDay = post("/api/v1/commissioners",
                with(commissioner(LINJIANG), "postedOn", serversToday().plusDays(1).toString()), Api.CITY_RW);
        assertEquals(422, nextDay.status(), nextDay.body());
        assertEquals("postedOn", errorField(nextDay));

        JsonObject today = created(post("/api/v1/commissioners",
                with(commissioner(LINJIANG), "postedOn", serversToday().toString()), Api.CITY_RW));
        assertEquals(serversToday().toString(), today.getString("postedOn"));
    }
}
