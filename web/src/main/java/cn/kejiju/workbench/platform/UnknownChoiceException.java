package cn.kejiju.workbench.platform;

import java.util.List;

/**
 * A request body names a value its field does not list (an unknown enum constant): the field, by its
 * path in the body ({@code kind}, {@code members[1].title}), and the values it takes. JSON-B does not
 * say which property failed; {@link UnknownChoices} finds it.
 */
public class UnknownChoiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final List<String> allowed;

    public UnknownChoiceException(String field, List<String> allowed) {
        super(null, null, false, false);
        this.field = field;
        this.allowed = List.copyOf(allowed);
    }

    public String field() {
        return field;
    }

    public List<String> allowed() {
        return allowed;
    }
}
