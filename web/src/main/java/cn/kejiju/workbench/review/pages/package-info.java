/** The review context's pages: a reviewer's own assignments and the page that scores or declines one. */
package cn.kejiju.workbench.review.pages;
