package cn.kejiju.workbench.financing;

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
 * The leaders' financing to-dos: one item per application whose decision is prepared and awaits a leader
 * (待审批), for the leaders of its county, opening the application. {@link ApplicationService} raises and
 * resolves the item in the transaction that prepares or takes the decision; this feed reconciles them at
 * start-up and every hour, with the very query of the list filtered by that status.
 */
@ApplicationScoped
public class FinancingReviewFeed implements TodoFeed {

    static final String PREFIX = "financing.review.";
    static final String AWAITING_DECISION = PREFIX + "awaitingDecision";

    @Inject
    ApplicationRepository applications;

    @Override
    public String kindPrefix() {
        return PREFIX;
    }

    @Override
    public List<TodoDraft> due(LocalDate today) {
        List<TodoDraft> due = new ArrayList<>();
        Page<FinancingApplication> page;
        int number = 0;
        do {
            page = applications.page(ApplicationFilter.awaitingDecision(), null,
                    PageRequest.of(number++, PageRequest.MAX_SIZE));
            page.items().stream().map(FinancingReviewFeed::awaitingDecision).forEach(due::add);
        } while (page.items().size() == PageRequest.MAX_SIZE);
        return due;
    }

    /** The to-do of a prepared decision: for its county's leaders, opening the application. */
    static TodoDraft awaitingDecision(FinancingApplication application) {
        return TodoDraft.of(AWAITING_DECISION, ApplicationService.RECORD, application.getId())
                .county(application.getCounty())
                .role(Roles.LEADER)
                .message("todo." + AWAITING_DECISION, application.getEnterprise().getName(),
                        Yuan.formatWan(application.getAmount()), application.getGuarantor().getName())
                .link("/financing/application.xhtml?id=" + application.getId())
                .build();
    }
}
