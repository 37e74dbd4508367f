package cn.kejiju.workbench.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN per kind of problem; {@code errors} names
 * each offending field with a message the caller can show next to it.
 */
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final int INSTANCE_MAX = 200;
    private static final String TYPE_PREFIX = "urn:workbench:problem:";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String kind, String title, String detail, List<FieldError> errors) {
        return new Problem(URI.create(TYPE_PREFIX + kind), title, status, detail, null,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    /** The problem at the request path; a path longer than {@value #INSTANCE_MAX} characters is not echoed. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, path == null || path.length() > INSTANCE_MAX ? null : path, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
