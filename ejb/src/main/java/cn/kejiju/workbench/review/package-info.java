/**
 * Expert review (专家评审): the services and repositories of the review context. Subject modules (the
 * incubator's entry applications, later the county plan) open a review and assign reviewers through
 * {@link cn.kejiju.workbench.review.ReviewService}; reviewers score or decline their own assignments.
 */
package cn.kejiju.workbench.review;
