/** The review context's REST part: reviews with their results, reviewers' own assignments, criteria sets. */
package cn.kejiju.workbench.review.api;
