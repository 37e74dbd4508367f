package cn.kejiju.workbench.security.api;

import cn.kejiju.workbench.platform.Problem;
import cn.kejiju.workbench.platform.ProblemFactory;
import cn.kejiju.workbench.security.AuthenticationService;
import cn.kejiju.workbench.security.Roles;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Writes through the API need a read-write integrator token: anything else is refused with 403 before
 * the request body is even read (services check their roles again).
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiWriteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    ProblemFactory problems;

    @Inject
    AuthenticationService authentication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || request.isUserInRole(Roles.API_WRITE)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        authentication.accessDenied(request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(),
                request.getMethod() + " " + path + " without a read-write token");
        String language = request.getHeader("Accept-Language");
        Locale locale = language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Problem problem = problems.forbidden(locale).at(path);
        response.setStatus(403);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSONB.toJson(problem));
    }
}
