package cn.kejiju.workbench.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.Locale;

/**
 * A binary answer (an evidence photo or PDF, an Excel export) carries no {@code charset}: the web
 * application's response encoding (UTF-8, for pages and JSON) would otherwise be appended to every
 * {@code Content-Type}, and {@code image/jpeg;charset=UTF-8} is no media type a client should have to
 * understand. Whoever sets a binary type, through {@code setContentType} or the header, gets it bare.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BinaryResponses extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setContentType(String type) {
                super.setContentType(type);
                if (isBinary(type)) {
                    super.setCharacterEncoding(null);
                }
            }

            @Override
            public void setHeader(String name, String value) {
                if ("Content-Type".equalsIgnoreCase(name)) {
                    setContentType(value);
                } else {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if ("Content-Type".equalsIgnoreCase(name)) {
                    setContentType(value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /** Whether a media type is binary: not text, not JSON, XML or script, and naming no charset itself. */
    static boolean isBinary(String type) {
        if (type == null || type.isBlank()) {
            return false;
        }
        String media = type.toLowerCase(Locale.ROOT).strip();
        if (media.contains("charset=")) {
            return false;
        }
        int parameters = media.indexOf(';');
        String essence = (parameters < 0 ? media : media.substring(0, parameters)).strip();
        return !(essence.startsWith("text/") || essence.endsWith("/json") || essence.endsWith("+json")
                || essence.endsWith("/xml") || essence.endsWith("+xml") || essence.contains("javascript")
                || essence.equals("application/x-www-form-urlencoded"));
    }
}
