package cn.kejiju.workbench.review;

import java.math.BigDecimal;

/**
 * A review with its result: the average of the scored totals (null before the first score), its place in
 * its batch (null while unranked) and how many subjects of the batch are ranked.
 */
public record ReviewStanding(Review review, BigDecimal average, Integer rank, int ranked) {
}
