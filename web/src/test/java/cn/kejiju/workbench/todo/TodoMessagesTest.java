package cn.kejiju.workbench.todo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TodoMessagesTest {

    private final TodoMessages messages = new TodoMessages(
            List.of("cn.kejiju.workbench.todo.TestTodo", "cn.kejiju.workbench.todo.TestPage"));

    @Test
    void fillsTheArgumentsInTheReadersLanguage() {
        List<String> arguments = List.of("张三", "2026-06-28");
        assertEquals("特派员张三的服务日志（2026-06-28）待审核",
                messages.render("todo.test.logAwaitingApproval", arguments, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Service log of 张三 (2026-06-28) awaits approval",
                messages.render("todo.test.logAwaitingApproval", arguments, Locale.ENGLISH));
    }

    @Test
    void aLanguageWithoutItsOwnTextGetsChineseNotTheServersLocale() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("特派员A的服务日志（B）待审核",
                    messages.render("todo.test.logAwaitingApproval", List.of("A", "B"), Locale.FRENCH));
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void theToDoBundleComesFirstThenThePageBundle() {
        assertEquals("页面包中的X", messages.render("todo.test.onlyInPageBundle", List.of("X"), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anArgumentMadeOfATextKeyIsShownAsThatTextInTheReadersLanguage() {
        TodoMessages web = new TodoMessages();
        List<String> arguments = List.of("临江县", TodoDraft.text("summary.figure.indicator.patentsApplied"), "100",
                "60", "60", "75");
        assertEquals("临江县的指标任务“专利申请”进度滞后：目标 100，已完成 60（60%），按时间进度应完成 75",
                web.render("todo.summary.target.behind", arguments, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Target \"Patent applications\" of 临江县 is behind: target 100, done 60 (60%), expected by now 75",
                web.render("todo.summary.target.behind", arguments, Locale.ENGLISH));
        assertEquals("临江县的指标任务“summary.figure.nowhere.x”进度滞后：目标 1，已完成 0（0%），按时间进度应完成 1",
                web.render("todo.summary.target.behind", List.of("临江县", TodoDraft.text("summary.figure.nowhere.x"),
                        "1", "0", "0", "1"), Locale.SIMPLIFIED_CHINESE), "an unknown text: its key");
    }

    @Test
    void aMissingKeyIsShownAsTheKey() {
        assertEquals("todo.test.nowhere", messages.render("todo.test.nowhere", List.of("x"), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void argumentsAreTakenLiterally() {
        assertEquals("'{1}' 未确认", messages.render("todo.test.quoted", List.of("{1}"), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theProductionBundlesExistInBothLanguagesWithTheSameKeys() {
        ResourceBundle zh = ResourceBundle.getBundle(TodoMessages.ITEM_TEXTS_BUNDLE, Locale.ROOT);
        ResourceBundle en = ResourceBundle.getBundle(TodoMessages.ITEM_TEXTS_BUNDLE, Locale.ENGLISH);
        assertEquals(zh.keySet(), en.keySet());
        assertFalse(zh.keySet().stream().anyMatch(key -> key.startsWith("todo.test.")), "no test texts in production");
        assertEquals("我的待办", new TodoMessages().render("todo.list.title", List.of(), Locale.SIMPLIFIED_CHINESE));
    }
}
