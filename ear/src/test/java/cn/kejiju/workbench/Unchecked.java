package cn.kejiju.workbench;

import java.util.concurrent.Callable;

/**
 * For tests that call {@link AsSystemAdmin#call} or {@link AsSecurityAdmin#call}, which declare
 * {@code Exception} because the work may: runtime exceptions (the refusals a test expects) pass
 * unchanged, a checked one fails the test wrapped in an IllegalStateException. Deploy it with the test
 * class ({@code Deployments.earWith}) when the test runs inside the server.
 */
public final class Unchecked {

    private Unchecked() {
    }

    public static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
