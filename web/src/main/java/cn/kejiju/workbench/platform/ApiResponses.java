package cn.kejiju.workbench.platform;

/** Names of the problem responses the OpenAPI document defines once (see {@link RestApplication}). */
public final class ApiResponses {

    public static final String TOKEN = "token";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String UNPROCESSABLE = "Unprocessable";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";

    private ApiResponses() {
    }
}
