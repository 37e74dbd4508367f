package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.Api;
import cn.kejiju.workbench.Api.Reply;
import cn.kejiju.workbench.TestData;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fresh commissioners, assignments and logs for the commissioner API tests, made through the API with
 * random data ({@link TestData#residentId()}), so that no test depends on
 * another or on demo data.
 */
final class ApiFixtures {

    static final long LINJIANG = 2;
    static final long YUNLING = 3;
    /** Villages of 临江县 and of 云岭县 (demo jurisdictions). */
    static final long[] LINJIANG_VILLAGES = {11, 12, 13, 15, 16, 18, 19};
    static final long[] YUNLING_VILLAGES = {21, 22, 24, 25, 26, 28, 29};
    /** Enterprises of 临江县 (demo master data). */
    static final long[] LINJIANG_ENTERPRISES = {100, 102, 104, 106};

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiFixtures() {
    }

    static LocalDate today() {
        return BureauClock.today();
    }

    /** An individual agricultural commissioner of a county, employed by a university. */
    static JsonObject commissioner(long countyId) {
        return Json.createObjectBuilder()
                .add("countyId", countyId)
                .add("name", TestData.uniqueName("特派员"))
                .add("gender", "MALE")
                .add("residentId", TestData.residentId())
                .add("phone", "13912345678")
                .add("employerName", "江州农业大学")
                .add("employerCategory", "UNIVERSITY")
                .add("title", "SENIOR")
                .add("specialties", Json.createArrayBuilder().add("茶叶").add("果树"))
                .add("kind", "INDIVIDUAL")
                .add("field", "AGRICULTURE")
                .add("dispatchLevel", "COUNTY")
                .add("postedOn", today().minusDays(60).toString())
                .build();
    }

    /** The object with one member replaced (a String, Number, Boolean or JsonValue; null removes it). */
    static JsonObject with(JsonObject object, String key, Object value) {
        JsonObjectBuilder builder = Json.createObjectBuilder(object);
        if (value == null) {
            builder.remove(key);
        } else if (value instanceof String text) {
            builder.add(key, text);
        } else if (value instanceof Long number) {
            builder.add(key, number);
        } else if (value instanceof Integer number) {
            builder.add(key, number);
        } else if (value instanceof BigDecimal number) {
            builder.add(key, number);
        } else if (value instanceof Boolean flag) {
            builder.add(key, flag);
        } else if (value instanceof JsonArrayBuilder array) {
            builder.add(key, array);
        } else {
            builder.add(key, (JsonValue) value);
        }
        return builder.build();
    }

    static Reply post(String path, Object json, String token) {
        return Api.send(Api.request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toString())).build());
    }

    static Reply put(String path, Object json, String token) {
        return Api.send(Api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString())).build());
    }

    static Reply get(String path, String token) {
        return Api.get(path, null, token);
    }

    static JsonObject created(Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    static long version(JsonObject object) {
        return object.getJsonNumber("version").longValue();
    }

    static String errorField(Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    /** Registers a commissioner with the city read-write token. */
    static JsonObject register(long countyId) {
        return created(post("/api/v1/commissioners", commissioner(countyId), Api.CITY_RW));
    }

    static JsonObject assignment(long commissionerId, String targetKind, long targetId) {
        return Json.createObjectBuilder()
                .add("commissionerId", commissionerId)
                .add("targetKind", targetKind)
                .add("targetId", targetId)
                .add("startDate", today().minusDays(30).toString())
                .add("endDate", today().plusDays(300).toString())
                .add("goals", "指导茶园管理，培训农户")
                .build();
    }

    static Reply openAssignment(long commissionerId, String targetKind, long targetId, String token) {
        return post("/api/v1/assignments", assignment(commissionerId, targetKind, targetId), token);
    }

    /** A log of today under an assignment: on-site guidance of one day unless changed. */
    static JsonObject log(long assignmentId) {
        return Json.createObjectBuilder()
                .add("assignmentId", assignmentId)
                .add("serviceDate", today().toString())
                .add("kind", "ON_SITE_GUIDANCE")
                .add("days", new BigDecimal("1"))
                .add("peopleTrained", 0)
                .add("demonstrationBases", 0)
                .add("income", new BigDecimal("2.5"))
                .add("summary", "现场指导茶园病虫害防治")
                .build();
    }

    /**
     * Submits a log as the evidence rule asks (the rule is on): saved as a draft, a photo attached, then
     * submitted; answers the submitted log.
     */
    static JsonObject submitLog(JsonObject body, String token) {
        JsonObject draft = created(post("/api/v1/service-logs?draft=true", body, token));
        Reply photo = upload(id(draft), "PHOTO", "现场照片.jpg", "image/jpeg", jpeg(2048), token);
        assertEquals(201, photo.status(), photo.body());
        Reply submitted = post("/api/v1/service-logs/" + id(draft) + "/submission",
                Json.createObjectBuilder().add("version", version(draft)).build(), token);
        assertEquals(200, submitted.status(), submitted.body());
        return submitted.json();
    }

    /** A multipart/form-data body with the parts kind and file. */
    static HttpRequest.BodyPublisher multipart(String boundary, String kind, String fileName, String contentType,
                                               byte[] bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray());
    }

    static Reply upload(long logId, String kind, String fileName, String contentType, byte[] bytes, String token) {
        String boundary = "----wb" + Long.toHexString(RANDOM.nextLong());
        return Api.send(Api.request("/api/v1/service-logs/" + logId + "/evidence", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(multipart(boundary, kind, fileName, contentType, bytes)).build());
    }

    /** Uploads a file of the signed agreement of an assignment (multipart/form-data with the part file). */
    static Reply uploadAgreement(long assignmentId, String fileName, String contentType, byte[] bytes, String token) {
        String boundary = "----wb" + Long.toHexString(RANDOM.nextLong());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.send(Api.request("/api/v1/assignments/" + assignmentId + "/agreement-files", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** The first bytes of a PNG file followed by filler. */
    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    /** The first bytes of a JPEG file followed by filler. */
    static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }
}
