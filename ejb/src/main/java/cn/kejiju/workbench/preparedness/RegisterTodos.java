package cn.kejiju.workbench.preparedness;

import cn.kejiju.workbench.todo.TodoService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/** Brings the register's gaps on the to-do list up to date once a change of the register is committed. */
@ApplicationScoped
public class RegisterTodos {

    @EJB
    TodoService todo;

    @Inject
    RegisterGapFeed feed;

    @Inject
    Clock clock;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegisterService.RegisterChanged change) {
        todo.reconcileAfterCommit(feed, LocalDate.now(clock));
    }
}
