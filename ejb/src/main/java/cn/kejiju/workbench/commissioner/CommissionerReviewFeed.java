package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.security.Roles;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;
import cn.kejiju.workbench.todo.TodoDraft;
import cn.kejiju.workbench.todo.TodoFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The leaders' review to-dos: one item per service log awaiting review (日志审核), read with the very
 * query of the approval queue ({@link LogFilter#awaitingReview()}), addressed to the leaders of the
 * log's county and linking to the log's page. {@link CommissionerTodos} raises and resolves an item in
 * the transaction that submits or reviews a log; this feed reconciles them at start-up and every hour,
 * so that logs that reached the queue by any other way (loaded data, an import) are announced too and
 * the leaders' count always equals the queue's length.
 */
@ApplicationScoped
public class CommissionerReviewFeed implements TodoFeed {

    static final String PREFIX = "commissioner.review.";
    static final String LOG_AWAITING_APPROVAL = PREFIX + "logAwaitingApproval";

    @Inject
    ServiceLogRepository logs;

    @Override
    public String kindPrefix() {
        return PREFIX;
    }

    @Override
    public List<TodoDraft> due(LocalDate today) {
        List<TodoDraft> due = new ArrayList<>();
        Page<ServiceLog> page;
        int number = 0;
        do {
            page = logs.page(LogFilter.awaitingReview(), null, PageRequest.of(number++, PageRequest.MAX_SIZE));
            page.items().stream().map(CommissionerReviewFeed::awaitingApproval).forEach(due::add);
        } while (page.items().size() == PageRequest.MAX_SIZE);
        return due;
    }

    /** The to-do of a submitted log: for its county's leaders, opening the log itself. */
    static TodoDraft awaitingApproval(ServiceLog log) {
        return TodoDraft.of(LOG_AWAITING_APPROVAL, ServiceLogService.RECORD, log.getId())
                .county(log.getCounty())
                .role(Roles.LEADER)
                .message(log.getCommissioner().getKind().worded("todo.commissioner.logAwaitingApproval"),
                        log.getCommissioner().getName(),
                        log.getAssignment().getTarget().getName(), log.getServiceDate())
                .link("/commissioner/log.xhtml?id=" + log.getId())
                .build();
    }
}
