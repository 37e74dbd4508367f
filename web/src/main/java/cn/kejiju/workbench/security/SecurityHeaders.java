package cn.kejiju.workbench.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The response headers every answer of the application carries, whatever its status: no framing by any
 * site (clickjacking), no content sniffing, no referrer outside, no plug-ins, a Content-Security-Policy,
 * and no caching except of the static resources. They are set twice on the way in: before the
 * authentication mechanism runs (its 302 and 401 answers, and the 403 of a role constraint, never reach a
 * filter) and again by {@link SecurityHeadersFilter} for the pages and the error pages.
 *
 * <p>The policy is the one PrimeFaces sends on pages ({@value #POLICY_PARAMETER} in web.xml), which adds
 * the nonce of the page's own scripts to its last directive, {@code script-src}; answers that are not
 * pages carry it without a nonce.
 */
public final class SecurityHeaders {

    /** The web.xml context parameter that holds the policy (PrimeFaces' own). */
    public static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    private SecurityHeaders() {
    }

    /** Sets the headers; {@code cacheable} leaves out {@code no-store} (the static resources of pages). */
    public static void apply(ServletContext context, HttpServletResponse response, boolean cacheable) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader(CONTENT_SECURITY_POLICY, policy(context));
        if (!cacheable) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** The static resources of the pages (style sheets, scripts, icons) may be cached; nothing else may. */
    public static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + RESOURCES);
    }

    static String policy(ServletContext context) {
        String policy = context.getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank()) {
            throw new IllegalStateException(POLICY_PARAMETER + " is missing from web.xml");
        }
        return policy.trim() + ";";
    }
}
