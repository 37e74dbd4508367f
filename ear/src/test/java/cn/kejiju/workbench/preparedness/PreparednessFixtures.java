package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.TestData;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the preparedness API tests set up through the API: a fresh township, campaigns, approved events. */
final class PreparednessFixtures {

    static final long LINJIANG = 2;
    static final long YUNLING = 3;

    private PreparednessFixtures() {
    }

    /** A new township of 临江县 that no other test uses (its figures are the test's alone). */
    static JsonObject township() {
        for (int attempt = 0; attempt < 20; attempt++) {
            Reply reply = Api.post("/api/v1/jurisdictions", "{\"parentId\":" + LINJIANG + ",\"code\":\"359921"
                    + (300 + ThreadLocalRandom.current().nextInt(699)) + "000\",\"name\":\""
                    + TestData.uniqueName("防震镇") + "\"}");
            if (reply.status() == 201) {
                return reply.json();
            }
            assertEquals(409, reply.status(), reply.body());
        }
        throw new AssertionError("no free township code");
    }

    /** A campaign of 临江县 over the twenty days up to {@code last}. */
    static long campaign(LocalDate last) {
        Reply created = Api.post("/api/v1/preparedness/campaigns", "{\"countyId\":" + LINJIANG + ",\"name\":\""
                + TestData.uniqueName("防灾减灾宣传周") + "\",\"startsOn\":\"" + last.minusDays(20) + "\",\"endsOn\":\""
                + last + "\",\"leadOffice\":\"县地震局\",\"goalEvents\":4,\"goalPeople\":1000}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** Records an event (a drill when {@code drillParticipants} > 0) and returns it. */
    static JsonObject event(long campaign, long township, LocalDateTime at, String venueKind, String venue, int people,
                            int consultations, int drillParticipants) {
        String drill = drillParticipants > 0 ? ",\"drillPlan\":\"地震应急疏散演练方案\",\"drillParticipants\":"
                + drillParticipants + ",\"drillMinutes\":30" : "";
        Reply created = Api.post("/api/v1/preparedness/events", "{\"campaignId\":" + campaign + ",\"townshipId\":"
                + township + ",\"heldAt\":\"" + at + "\",\"venueKind\":\"" + venueKind + "\",\"venueName\":\"" + venue
                + "\",\"consultationDesk\":" + (consultations > 0) + ",\"displayBoards\":3,\"banners\":1,\"staff\":2,"
                + "\"volunteers\":4,\"peopleReached\":" + people + ",\"consultations\":" + consultations + drill + "}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    static void approve(long event) {
        long version = Api.get("/api/v1/preparedness/events/" + event).json().getJsonNumber("version").longValue();
        Reply approved = Api.post("/api/v1/preparedness/events/" + event + "/approval", "{\"version\":" + version + "}");
        assertEquals(200, approved.status(), approved.body());
    }

    static long approved(long campaign, long township, LocalDateTime at, String venueKind, String venue, int people,
                         int consultations, int drillParticipants) {
        long id = event(campaign, township, at, venueKind, venue, people, consultations, drillParticipants)
                .getJsonNumber("id").longValue();
        approve(id);
        return id;
    }
}
