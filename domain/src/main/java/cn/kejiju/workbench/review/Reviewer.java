package cn.kejiju.workbench.review;

/** A user who may review: the account's id, user name and display name. */
public record Reviewer(long id, String username, String name) {
}
