package cn.kejiju.workbench.security;

import java.util.Locale;

/**
 * Which requests are API requests, decided on the path the container routes (servlet path and path
 * info, decoded and normalised), never on the raw address alone: {@code /api/v1/..%2F..%2Findex.xhtml}
 * reaches a page, so a token must not open it. An address that claims the API in either form must be
 * plain: no encoded slash, backslash, dot or percent sign, no dot segment or empty segment, no path
 * parameter ({@code ;}), no backslash, control character or NUL. Such an address is refused as a whole.
 */
public final class ApiPath {

    /** The servlet path of the JAX-RS application ({@code @ApplicationPath("api/v1")}). */
    public static final String SERVLET_PATH = "/api/v1";
    private static final String PREFIX = "/api";
    private static final String[] ENCODED_REFUSED = {"%2f", "%5c", "%2e", "%00", "%25", "%3b"};

    private ApiPath() {
    }

    /**
     * Whether the request addresses the API, raw or as routed: {@code raw} is the request URI after the
     * context path, {@code routed} the servlet path plus path info.
     */
    public static boolean claimsApi(String raw, String routed) {
        return underApi(raw == null ? "" : raw.toLowerCase(Locale.ROOT)) || underApi(routed == null ? "" : routed);
    }

    private static boolean underApi(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/") || path.startsWith(PREFIX + "%2f")
                || path.startsWith(PREFIX + ";") || path.startsWith(PREFIX + "\\") || path.startsWith(PREFIX + "%5c");
    }

    /** Whether the container routes the request to the JAX-RS application. */
    public static boolean routedToApi(String servletPath) {
        return SERVLET_PATH.equals(servletPath);
    }

    /** Whether a raw request path (as sent, still encoded) is plain enough to be taken at its word. */
    public static boolean isPlain(String raw) {
        if (raw == null || !raw.startsWith("/")) {
            return false;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        for (String encoded : ENCODED_REFUSED) {
            if (lower.contains(encoded)) {
                return false;
            }
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ';') {
                return false;
            }
        }
        if (lower.matches(".*%[01][0-9a-f].*|.*%7f.*")) {
            return false;
        }
        String[] segments = raw.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || segment.isEmpty() && !last) {
                return false;
            }
        }
        return true;
    }
}
