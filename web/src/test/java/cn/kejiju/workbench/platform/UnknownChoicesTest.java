package cn.kejiju.workbench.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UnknownChoicesTest {

    enum Colour { RED, GREEN }

    public static class Member {
        public String name;
        public Colour colour;
    }

    public static class Body {
        public static Colour DEFAULT = Colour.RED;
        public Colour first;
        public Colour second;
        public List<Member> members;
        public Colour[] extra;
        public String note;
    }

    record Pair(Colour left, Colour right) {
    }

    private static UnknownChoiceException find(Class<?> type, String json) {
        return UnknownChoices.find(type, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFieldWithTheUnknownValueIsNamedEvenWhenAnotherFieldHasTheSameEnum() {
        UnknownChoiceException second = find(Body.class, "{\"first\": \"RED\", \"second\": \"NOPE\"}");
        assertEquals("second", second.field());
        assertEquals(List.of("RED", "GREEN"), second.allowed());
        assertEquals("members[1].colour", find(Body.class,
                "{\"members\": [{\"colour\": \"GREEN\"}, {\"name\": \"x\", \"colour\": 5}]}").field());
        assertEquals("extra[0]", find(Body.class, "{\"extra\": [\"red\"]}").field());
        assertEquals("right", find(Pair.class, "{\"left\": \"RED\", \"right\": {\"a\": 1}}").field());
    }

    @Test
    void knownValuesNullsOtherFieldsAndNonJsonFindNothing() {
        assertNull(find(Body.class, "{\"first\": \"RED\", \"second\": null, \"note\": \"NOPE\", \"members\": [{\"colour\": \"GREEN\"}]}"));
        assertNull(find(Body.class, "{\"first\": "));
        assertNull(find(Body.class, "\"text\""));
        assertNull(find(Body.class, "{\"unknown\": \"NOPE\"}"));
    }
}
