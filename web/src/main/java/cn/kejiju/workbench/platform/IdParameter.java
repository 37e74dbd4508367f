package cn.kejiju.workbench.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Record ids in the address ({@code ?id=}, {@code ?commissionerId=}, …): a whole number of up to 18
 * digits, blanks around it ignored. Anything else names no record; a page then says so, or answers
 * 404 as for a record that does not exist or lies in another county (the two are never told apart).
 */
public final class IdParameter {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private IdParameter() {
    }

    /** The id the parameter names, or {@code null} when it is missing, blank or not a whole number. */
    public static Long parse(String text) {
        String digits = text == null ? "" : text.strip();
        return DIGITS.matcher(digits).matches() ? Long.valueOf(digits) : null;
    }

    /** The parameter is given but names no record (not a whole number). */
    public static boolean namesNothing(String text) {
        return text != null && !text.isBlank() && parse(text) == null;
    }

    /** Answers the Faces request with the 404 error page and renders nothing else. */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
