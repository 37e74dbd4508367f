package cn.kejiju.workbench.project;

/** The result of the acceptance (验收): 通过, 不通过 or 延期. */
public enum AcceptanceResult {
    PASSED,
    FAILED,
    DEFERRED;

    ProjectStatus status() {
        return switch (this) {
            case PASSED -> ProjectStatus.ACCEPTANCE_PASSED;
            case FAILED -> ProjectStatus.ACCEPTANCE_FAILED;
            case DEFERRED -> ProjectStatus.ACCEPTANCE_DEFERRED;
        };
    }
}
