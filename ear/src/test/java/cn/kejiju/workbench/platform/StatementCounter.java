package cn.kejiju.workbench.platform;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For the statement-count test: counts every SQL statement the persistence unit sends to the database
 * (EclipseLink calls a session listener before each call it executes, whatever the thread), and keeps
 * their text to show where a request sends too many.
 */
public class StatementCounter extends SessionEventAdapter {

    private final List<String> statements = new ArrayList<>();

    @Override
    public void preExecuteCall(SessionEvent event) {
        String sql = event.getCall() instanceof DatabaseCall call ? call.getSQLString() : String.valueOf(event.getCall());
        synchronized (statements) {
            statements.add(sql);
        }
    }

    public int count() {
        synchronized (statements) {
            return statements.size();
        }
    }

    /** The statements from the given position on, each distinct text once with how often it ran. */
    public String since(int position) {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        synchronized (statements) {
            statements.subList(position, statements.size()).forEach(sql -> distinct.merge(sql, 1, Integer::sum));
        }
        StringBuilder text = new StringBuilder();
        distinct.forEach((sql, times) -> text.append("\n    ").append(times).append(" × ").append(sql));
        return text.toString();
    }
}
