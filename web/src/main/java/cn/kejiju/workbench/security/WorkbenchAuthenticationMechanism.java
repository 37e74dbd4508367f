package cn.kejiju.workbench.security;

import cn.kejiju.workbench.platform.Problem;
import cn.kejiju.workbench.platform.ProblemFactory;
import cn.kejiju.workbench.security.api.FailedAuthentications;
import cn.kejiju.workbench.security.api.TokenRateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * How callers prove who they are. The API takes an integrator token ({@code Authorization: Bearer}),
 * rate-limited per token; a signed-in page session may also read the API (GET/HEAD) but never write
 * through it, so there is no cross-site request forgery surface. Pages take the session a login
 * started; a protected page without one redirects to the login page, a protected API call without a
 * token answers 401 as a problem detail.
 * <p>
 * What counts as an API request is what the container routes to the JAX-RS application (see
 * {@link ApiPath}): a token never opens a page, however the address is spelled, and an address under
 * {@code /api} that is not plain (encoded slashes or dots, dot segments, backslashes, NUL) is refused
 * with 400. Refused tokens are limited per client address ({@link FailedAuthentications}).
 */
@ApplicationScoped
public class WorkbenchAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    AuthenticationService authentication;

    @Inject
    TokenRateLimiter rateLimiter;

    @Inject
    FailedAuthentications failures;

    @Inject
    ProblemFactory problems;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String raw = rawPath(request);
        String routed = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (ApiPath.claimsApi(raw, routed)) {
            if (raw == null || !ApiPath.isPlain(raw)) {
                return problem(response, request, 400, problems.badPath(locale(request)));
            }
            if (!ApiPath.routedToApi(request.getServletPath())) {
                return problem(response, request, 404, problems.http(404, null, locale(request)));
            }
        }
        boolean api = ApiPath.routedToApi(request.getServletPath());
        String path = routed;
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return token(authorization.substring(7).strip(), request, response, context);
        }
        SignedIn signedIn = SignedIn.of(request);
        boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (signedIn != null && (!api || readOnly)) {
            return context.notifyContainerAboutLogin(signedIn.principal(), signedIn.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return problem(response, request, 401, problems.unauthenticated(locale(request)));
        }
        return toLogin(request, response, path, context);
    }

    private AuthenticationStatus token(String presented, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        Optional<AuthenticationService.TokenIdentity> identity = authentication.checkToken(presented);
        if (identity.isEmpty() || !identity.get().usable()) {
            String address = request.getRemoteAddr();
            FailedAuthentications.Outcome outcome = failures.failed(address);
            if (outcome.record()) {
                authentication.tokenRejected(presented, identity.isEmpty() ? "unknown token" : "expired or revoked token",
                        address, outcome.earlierUncounted());
            }
            if (outcome.limited()) {
                response.setHeader("Retry-After", String.valueOf(outcome.retryAfterSeconds()));
                return problem(response, request, 429, problems.tooManyFailures(locale(request)));
            }
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return problem(response, request, 401, problems.invalidToken(locale(request)));
        }
        AuthenticationService.TokenIdentity token = identity.get();
        if (!rateLimiter.tryAcquire(token.tokenId(), authentication.policy().getTokenRatePerSecond())) {
            response.setHeader("Retry-After", String.valueOf(rateLimiter.retryAfterSeconds()));
            return problem(response, request, 429, problems.tooManyRequests(locale(request)));
        }
        return context.notifyContainerAboutLogin(token.principal(), token.groups());
    }

    private static AuthenticationStatus toLogin(HttpServletRequest request, HttpServletResponse response, String path,
                                                HttpMessageContext context) {
        String next = "GET".equals(request.getMethod())
                ? path + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : "/index.xhtml";
        String target = request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + target.replace("&", "&amp;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.redirect(target);
    }

    private static AuthenticationStatus problem(HttpServletResponse response, HttpServletRequest request, int status,
                                                Problem problem) {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        String path = rawPath(request);
        try {
            response.getWriter().write(JSONB.toJson(problem.at(path == null || !ApiPath.isPlain(path) ? null : path)));
            // sent now, so that no container replaces the body with an error page of its own (WildFly does
            // for a refused authentication whose answer is still in the buffer)
            response.flushBuffer();
        } catch (IOException e) {
            response.setStatus(status);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The request URI after the context path, as sent (still encoded); null when it does not start so. */
    private static String rawPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri != null && uri.startsWith(context) ? uri.substring(context.length()) : null;
    }

    private Locale locale(HttpServletRequest request) {
        String language = request.getHeader("Accept-Language");
        return language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
