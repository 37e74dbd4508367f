package cn.kejiju.workbench.todo;

import cn.kejiju.workbench.commissioner.CommissionerKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commissioner programme's to-do texts are worded by the commissioner's kind, in both languages. */
class CommissionerTodoTextsTest {

    private static final List<String> KEYS = List.of("todo.commissioner.logAwaitingApproval",
            "todo.commissioner.logRejected", "todo.commissioner.due.agreementUnconfirmed",
            "todo.commissioner.due.assignmentEnding", "todo.commissioner.due.belowQuota");

    private final TodoMessages messages = new TodoMessages();

    @Test
    void everyKindHasItsOwnTextInBothLanguages() {
        for (String key : KEYS) {
            for (CommissionerKind kind : CommissionerKind.values()) {
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    String text = messages.render(kind.worded(key), List.of("甲", "乙", "丙", "丁", "戊"), locale);
                    assertFalse(text.startsWith("todo."), kind + " " + key + " " + locale + ": " + text);
                }
            }
        }
    }

    @Test
    void aTeamIsNotCalledACommissionerBeforeItsName() {
        String team = messages.render(CommissionerKind.TEAM.worded("todo.commissioner.logAwaitingApproval"),
                List.of("省茶产业科技特派团", "茶园村", "2026-06-28"), Locale.SIMPLIFIED_CHINESE);
        assertEquals("团队科技特派员“省茶产业科技特派团”在茶园村的服务日志（2026-06-28）待审核", team);
        assertFalse(team.contains("科技特派员省"), team);

        String legal = messages.render(CommissionerKind.LEGAL_PERSON.worded("todo.commissioner.due.assignmentEnding"),
                List.of("绿源农业公司", "茶园村", "2026-12-31"), Locale.SIMPLIFIED_CHINESE);
        assertTrue(legal.startsWith("法人科技特派员“绿源农业公司”"), legal);

        String person = messages.render(CommissionerKind.INDIVIDUAL.worded("todo.commissioner.logAwaitingApproval"),
                List.of("张三", "茶园村", "2026-06-28"), Locale.SIMPLIFIED_CHINESE);
        assertEquals("科技特派员张三在茶园村的服务日志（2026-06-28）待审核", person);
    }
}
