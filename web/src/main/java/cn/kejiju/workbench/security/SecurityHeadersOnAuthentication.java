package cn.kejiju.workbench.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The {@link SecurityHeaders} before authentication: the container asks the authentication mechanism
 * before any filter runs, so its answers (the 302 to the sign-in page, the 401 of the API) and the 403 of
 * a role constraint would otherwise go out without them.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SecurityHeadersOnAuthentication implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        SecurityHeaders.apply(request.getServletContext(), response, SecurityHeaders.isStaticResource(request));
        return mechanism.validateRequest(request, response, context);
    }
}
