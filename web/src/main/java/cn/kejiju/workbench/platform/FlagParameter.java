package cn.kejiju.workbench.platform;

/**
 * A yes-or-no query parameter of the API: {@code true} or {@code false} (any case), or left out. JAX-RS converts a
 * {@code boolean} parameter with {@link Boolean#valueOf(String)}, which reads any other text as false, so that
 * {@code dryRun=yes} would import for real and {@code overdue=1} list everything: the resources take the text and
 * read it here, and anything else is a bad parameter (400) like a malformed number or day.
 */
public final class FlagParameter {

    private FlagParameter() {
    }

    /** The flag, or {@code absent} when left out or empty; anything but true or false is a bad parameter. */
    public static boolean parse(String text, boolean absent, String name) {
        Boolean flag = parse(text, name);
        return flag == null ? absent : flag;
    }

    /** The flag, or null when left out or empty (no filter); anything but true or false is a bad parameter. */
    public static Boolean parse(String text, String name) {
        try {
            return read(text);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name, e);
        }
    }

    /** True or false in any case, null when blank; anything else is refused with IllegalArgumentException. */
    static Boolean read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String given = text.strip();
        if ("true".equalsIgnoreCase(given)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(given)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("neither true nor false");
    }
}
