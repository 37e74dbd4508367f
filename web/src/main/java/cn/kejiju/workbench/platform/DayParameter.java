package cn.kejiju.workbench.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day in a query parameter of the API, as yyyy-mm-dd. */
public final class DayParameter {

    private DayParameter() {
    }

    /** The day, or null when left out; anything else is a bad parameter (400) naming {@code name}. */
    public static LocalDate parse(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, e);
        }
    }
}
