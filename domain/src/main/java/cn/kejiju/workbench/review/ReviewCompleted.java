package cn.kejiju.workbench.review;

/**
 * Every reviewer of a subject has scored or declined, at least one scored: fired (synchronously, in the
 * transaction of the last score or decline) so that the subject's module moves the subject on together
 * with the score.
 */
public record ReviewCompleted(String subjectKind, long subjectId, long reviewId) {
}
