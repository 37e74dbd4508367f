package cn.kejiju.workbench.preparedness;

/**
 * One goal of a campaign against what was done: {@code target} null when the campaign set no goal (then
 * there is no percentage). The percentage is rounded down and may pass 100; {@link #bar()} stops at 100.
 *
 * @param goal "events", "people", "schools" or "materials.KIND"
 */
public record GoalProgress(String goal, Integer target, long actual) {

    public Integer percent() {
        if (target == null) {
            return null;
        }
        return (int) Math.min(Integer.MAX_VALUE, actual * 100 / target);
    }

    /** The width of a progress bar: the percentage, at most 100. */
    public int bar() {
        Integer percent = percent();
        return percent == null ? 0 : Math.min(100, percent);
    }

    public boolean met() {
        return target != null && actual >= target;
    }
}
