/**
 * Expert review (专家评审), shared by the modules that select among applicants: the incubator's entry
 * applications now, the county's own S&amp;T plan later. A review is of one subject (a kind and an id) in a
 * batch (the applicants ranked against each other); the clerk assigns reviewers (users with the role
 * REVIEWER), each reviewer scores every criterion of the review's criteria set within its maximum or
 * declines for a conflict of interest with a reason. The subject's result is the average of the scored
 * totals; subjects of one batch are ranked by it.
 */
package cn.kejiju.workbench.review;
