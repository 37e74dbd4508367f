package cn.kejiju.workbench.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The {@link SecurityHeaders} on every page and API answer, and again on the error pages (the container
 * may have reset the response before it forwards to one; an error page is never cached). A page's
 * Content-Security-Policy, which PrimeFaces adds with its nonce, replaces the one set here: two policies
 * would both apply, and the one without the nonce would block the page's scripts.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean error = request.getDispatcherType() == DispatcherType.ERROR;
        SecurityHeaders.apply(getServletContext(), response, !error && SecurityHeaders.isStaticResource(request));
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a later Content-Security-Policy replace the earlier one instead of adding a second. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
