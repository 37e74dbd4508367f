package cn.kejiju.workbench.commissioner;

/**
 * How the assessment treats a commissioner whose targets gave no satisfaction rating in the year:
 * {@link #LEFT_OUT} leaves satisfaction out of the weighting and scales the service and results weights
 * up to 100; {@link #ZERO} counts the missing rating as 0.
 */
public enum MissingRating {
    LEFT_OUT,
    ZERO
}
