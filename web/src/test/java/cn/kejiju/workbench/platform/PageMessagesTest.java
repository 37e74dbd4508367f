package cn.kejiju.workbench.platform;

import cn.kejiju.workbench.shared.DomainException;
import cn.kejiju.workbench.shared.RuleViolationException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A refused rule is shown next to the input it names, or for the whole page; a failure that is no rule is not the clerk's. */
class PageMessagesTest {

    private final List<String> shownOn = new ArrayList<>();
    private final PageMessages messages = new PageMessages() {
        @Override
        public void show(DomainException failure, String clientId) {
            shownOn.add(failure.messageKey() + "@" + clientId);
        }
    };

    @Test
    void theRuleBehindTheContainersWrappingIsFound() {
        RuleViolationException rule = new RuleViolationException("field.required", "name");
        EJBException wrapped = new EJBException(new RuntimeException("rolled back", rule));

        assertEquals(Optional.of(rule), PageMessages.domainCause(wrapped));
        assertEquals(Optional.empty(), PageMessages.domainCause(new IllegalStateException("bug")));
        assertEquals(Optional.empty(), PageMessages.domainCause(null));
    }

    @Test
    void aRefusalIsShownNextToTheInputNamedLikeItsField() {
        messages.showRefusal(new RuleViolationException("field.required", "name"), "form", Set.of("name", "phone"));

        assertEquals(List.of("field.required@form:name"), shownOn);
    }

    @Test
    void aRefusalOfAFieldTheFormHasNotOrOfNoFieldIsShownForThePage() {
        messages.showRefusal(new RuleViolationException("record.x", "version"), "form", Set.of("name"));
        messages.showRefusal(new RuleViolationException("record.y", null), "form", Set.of("name"));

        assertEquals(Arrays.asList("record.x@null", "record.y@null"), shownOn);
    }

    @Test
    void aFailureThatIsNoRefusedRuleIsRethrownUnshown() {
        IllegalStateException bug = new IllegalStateException("bug");

        assertSame(bug, assertThrows(IllegalStateException.class, () -> messages.showRefusal(bug, "form", Set.of())));
        assertEquals(List.of(), shownOn);
    }
}
