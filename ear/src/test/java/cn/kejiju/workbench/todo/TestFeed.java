package cn.kejiju.workbench.todo;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/**
 * A feed for the tests, deployed in the EJB module beside the real ones: it reports what the test
 * told it to. Its kinds start with {@value #PREFIX}, which no module uses.
 */
@ApplicationScoped
public class TestFeed implements TodoFeed {

    public static final String PREFIX = "test.feed.";

    private volatile List<TodoDraft> reported = List.of();
    private volatile LocalDate askedFor;

    /** What the feed reports from now on. */
    public void report(List<TodoDraft> drafts) {
        reported = List.copyOf(drafts);
    }

    public LocalDate askedFor() {
        return askedFor;
    }

    @Override
    public String kindPrefix() {
        return PREFIX;
    }

    @Override
    public List<TodoDraft> due(LocalDate today) {
        askedFor = today;
        return reported;
    }
}
