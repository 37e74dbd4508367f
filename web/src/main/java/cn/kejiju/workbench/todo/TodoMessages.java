package cn.kejiju.workbench.todo;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text of a to-do item in the reader's language: its message key looked up in the web bundle
 * {@value #ITEM_TEXTS_BUNDLE} (where the modules put their item texts, a section each) and then in the page
 * bundle {@value #PAGE_BUNDLE}, its arguments filled in by {@link MessageFormat}. A key neither bundle
 * has is shown as the key itself, so that a missing text is visible but breaks nothing. An argument made by
 * {@link TodoDraft#text(String)} is itself looked up, in these bundles and then in the modules' bundles
 * {@link #ARGUMENT_BUNDLES} (the summary's figure labels), in the same language. Free of Faces,
 * so that the pages and the API say the same.
 */
@ApplicationScoped
public class TodoMessages {

    public static final String ITEM_TEXTS_BUNDLE = "cn.kejiju.workbench.web.todo";
    public static final String PAGE_BUNDLE = "cn.kejiju.workbench.web.messages";

    /** The bundles besides the item texts' and the page's where an argument's text is looked up. */
    public static final List<String> ARGUMENT_BUNDLES = List.of("cn.kejiju.workbench.web.summary");

    /** Only the requested language and the default (Chinese) bundle, never the server's locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundles;

    public TodoMessages() {
        this(List.of(ITEM_TEXTS_BUNDLE, PAGE_BUNDLE));
    }

    /** With other bundles, searched in this order (for tests). */
    TodoMessages(List<String> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    /** The text of an item. */
    public String render(TodoItem item, Locale locale) {
        return render(item.getMessageKey(), item.arguments(), locale);
    }

    public String render(String key, List<String> arguments, Locale locale) {
        Locale target = locale == null ? Locale.ROOT : locale;
        String pattern = lookUp(key, bundles, target);
        if (pattern == null) {
            return key;
        }
        Object[] shown = arguments.stream().map(argument -> argument != null
                && argument.startsWith(TodoDraft.TEXT_ARGUMENT) ? argumentText(argument, target) : argument).toArray();
        return new MessageFormat(pattern, target).format(shown);
    }

    private String argumentText(String argument, Locale locale) {
        String key = argument.substring(TodoDraft.TEXT_ARGUMENT.length());
        String text = lookUp(key, bundles, locale);
        if (text == null) {
            text = lookUp(key, ARGUMENT_BUNDLES, locale);
        }
        return text == null ? key : text;
    }

    private static String lookUp(String key, List<String> names, Locale locale) {
        for (String name : names) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, locale, TodoMessages.class.getClassLoader(), NO_FALLBACK);
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }
}
