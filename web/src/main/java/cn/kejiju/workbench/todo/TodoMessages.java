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
 * has is shown as the key itself, so that a missing text is visible but breaks nothing. Free of Faces,
 * so that the pages and the API say the same.
 */
@ApplicationScoped
public class TodoMessages {

    public static final String ITEM_TEXTS_BUNDLE = "cn.kejiju.workbench.web.todo";
    public static final String PAGE_BUNDLE = "cn.kejiju.workbench.web.messages";

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
        for (String name : bundles) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, target, TodoMessages.class.getClassLoader(), NO_FALLBACK);
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), target).format(arguments.toArray());
            }
        }
        return key;
    }
}
