package cn.kejiju.workbench.commissioner;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.component.datatable.DataTable;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Small helpers the commissioner pages share: record ids from the address, the 404 answer, tables. */
final class Pages {

    private Pages() {
    }

    /** The record id an address parameter names: a whole number, or none. */
    static Long idFrom(String text) {
        String digits = text == null ? "" : text.strip();
        return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Answers the request with the 404 error page: the record does not exist or lies in another county
     * (the service cannot tell the caller which, and neither does the page).
     */
    static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Puts a lazy table back on its first page, after the criteria changed. */
    static void firstPage(String tableClientId) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }
}
