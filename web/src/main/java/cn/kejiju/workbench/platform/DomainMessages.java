package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.PlainText;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turns a refused business rule into the sentence a clerk reads, in her language: the exception's
 * message key looked up in {@code DomainMessages} (Chinese by default, English), its arguments filled
 * in with {@link MessageFormat}. Record-type arguments such as {@code "Enterprise"} are translated
 * through their {@code recordType.<name>} key; whole numbers (ids, years) are shown as they are,
 * without digit grouping. Free of Faces so that pages and the REST API say the same thing.
 */
@ApplicationScoped
public class DomainMessages {

    public static final String BUNDLE = "cn.kejiju.workbench.shared.DomainMessages";
    private static final String RECORD_TYPE_PREFIX = "recordType.";
    /** The most of a caller's input a message quotes back. */
    public static final int EXCERPT_MAX = 40;

    /**
     * Looks only at the requested language and the default (Chinese) bundle, never at the server's
     * default locale, so an English server still answers Chinese to a Chinese clerk.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The message for {@code failure} in {@code locale}; the bare key when the bundle lacks it. */
    public String resolve(DomainException failure, Locale locale) {
        return text(failure.messageKey(), failure.arguments(), locale);
    }

    /** A message of the domain bundle (e.g. a reason for an assessment grade) in {@code locale}; the bare key when it lacks it. */
    public String text(String key, Object[] argumentsGiven, Locale locale) {
        Locale target = locale == null ? Locale.ROOT : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, target, DomainException.class.getClassLoader(), NO_FALLBACK);
        if (!bundle.containsKey(key)) {
            return key;
        }
        Object[] arguments = Arrays.stream(argumentsGiven)
                .map(argument -> displayed(argument, bundle))
                .toArray();
        return new MessageFormat(bundle.getString(key), target).format(arguments);
    }

    /**
     * Input as a message may quote it: at most {@value #EXCERPT_MAX} characters (then "…"), control and
     * bidirectional-override characters left out.
     */
    public static String excerpt(String input) {
        return PlainText.excerpt(input, EXCERPT_MAX);
    }

    private static Object displayed(Object argument, ResourceBundle bundle) {
        if (argument instanceof String text && bundle.containsKey(RECORD_TYPE_PREFIX + text)) {
            return bundle.getString(RECORD_TYPE_PREFIX + text);
        }
        if (argument instanceof CharSequence text) {
            return excerpt(text.toString());
        }
        if (argument instanceof Integer || argument instanceof Long
                || argument instanceof Short || argument instanceof Byte) {
            return argument.toString();
        }
        return argument;
    }
}
