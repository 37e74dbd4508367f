package cn.kejiju.workbench.platform;

import java.util.Optional;

/**
 * Where a search field's {@link Choice}s come from: a bean of the page's context that asks the context's service
 * (so the caller's county rules hold) for a few records matching what was typed, and for one record by id.
 * The field names its source for {@link ChoiceConverter} with {@code <f:attribute name="choices" value="#{…}"/>}.
 */
public interface ChoiceSource {

    /** The most suggestions a field offers: the first ones by name, the rest found by typing more. */
    int SUGGESTIONS = 20;

    /** The record of an id as a choice, if the caller may see it. */
    Optional<Choice> choice(long id);

    /** The key (page bundle {@code msg}) of the refusal shown on the field for an id the caller may not see. */
    String unknownKey();
}
