package cn.kejiju.workbench.audit;

/**
 * The outcome of checking the chain. Valid: every entry checked is intact and linked to its
 * predecessor, and the last one is the one the chain head names. Otherwise {@code firstBrokenSeq} is
 * the first sequence number where that fails and {@code problem} says how. {@code lastSeq} and
 * {@code lastHash} are the last entry found intact: an auditor who notes them can later tell that
 * the chain still extends what was verified.
 *
 * @param entriesChecked the number of entries found intact
 */
public record ChainVerification(
        boolean valid,
        long entriesChecked,
        Long firstBrokenSeq,
        Problem problem,
        long lastSeq,
        String lastHash) {

    /** How the chain is broken. */
    public enum Problem {
        /** The entry's content no longer matches its hash: it was changed after it was written. */
        ALTERED,
        /** An entry is not there: a gap in the sequence numbers, a link to a predecessor that is
         *  not the one before it, or entries the chain head names but the table lacks. */
        MISSING
    }

    static ChainVerification intact(long entriesChecked, long lastSeq, String lastHash) {
        return new ChainVerification(true, entriesChecked, null, null, lastSeq, lastHash);
    }

    static ChainVerification broken(long entriesChecked, long brokenSeq, Problem problem, long lastSeq, String lastHash) {
        return new ChainVerification(false, entriesChecked, brokenSeq, problem, lastSeq, lastHash);
    }
}
