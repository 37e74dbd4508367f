package cn.kejiju.workbench.review;

import cn.kejiju.workbench.Fixtures;
import cn.kejiju.workbench.Stubs;
import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.todo.TodoDraft;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static cn.kejiju.workbench.Fixtures.CLOCK;
import static cn.kejiju.workbench.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reviewer's to-do: one per pending assignment of an open review, addressed to that reviewer alone. */
class ReviewTodoFeedTest {

    private final Fixtures f = new Fixtures();

    @Test
    void oneItemPerPendingAssignmentForItsReviewerOnlyInTheReviewsCounty() {
        CriteriaSet set = new CriteriaSet("incubator-entry", "入孵评审", List.of(new Criterion(1, "技术先进性",
                new BigDecimal("30"))));
        Review review = new Review(new ReviewSubject("INCUBATOR_ENTRY", 5, "batch", "蓝光电子 · 同心科技园", "摘要"),
                f.county, set, CLOCK);
        ReviewAssignment zhang = withId(review.assign(new Reviewer(50, "reviewer.zhang", "张专家")));
        ReviewAssignment li = withId(review.assign(new Reviewer(51, "reviewer.li", "李专家")));
        List<String> calls = new ArrayList<>();
        ReviewTodoFeed feed = new ReviewTodoFeed();
        feed.reviews = Stubs.of(ReviewRepository.class, calls,
                Map.<String, Function<Object[], Object>>of("pendingAssignments", args -> List.of(zhang, li)));

        List<TodoDraft> due = feed.due(Fixtures.TODAY);

        assertEquals(List.of("pendingAssignments"), calls, "one query, whatever the number of reviews");
        assertEquals(2, due.size());
        TodoDraft item = due.get(0);
        assertTrue(item.kind().startsWith(feed.kindPrefix()));
        assertEquals(ReviewTodoFeed.PENDING, item.kind());
        assertEquals("ReviewAssignment", item.recordType());
        assertEquals(String.valueOf(zhang.getId()), item.recordId());
        assertEquals(Roles.REVIEWER, item.role());
        assertEquals("reviewer.zhang", item.addressee(), "no other reviewer of the county sees it");
        assertEquals(f.county.getId(), item.countyId());
        assertEquals(List.of("蓝光电子 · 同心科技园"), item.arguments());
        assertEquals("/review/assignment.xhtml?id=" + zhang.getId(), item.link());
        assertEquals("reviewer.li", due.get(1).addressee());
    }
}
