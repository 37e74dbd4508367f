package cn.kejiju.workbench.incubator;

/** A capital-market event that makes an incubatee eligible to graduate: merged or acquired (被兼并收购), or listed (挂牌上市). */
public enum ListingKind {
    MERGED,
    LISTED
}
