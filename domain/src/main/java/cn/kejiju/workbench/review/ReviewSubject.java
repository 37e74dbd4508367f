package cn.kejiju.workbench.review;

import cn.kejiju.workbench.shared.RuleViolationException;

/**
 * What is reviewed: its kind (e.g. {@code INCUBATOR_ENTRY}) and id, the batch it is ranked in (e.g. one
 * carrier's applications of a year), a title reviewers recognise it by and the summary they read before
 * they score (what the subject module lets a reviewer see of it: reviewers read nothing else).
 */
public record ReviewSubject(String kind, long id, String batch, String title, String summary) {

    public ReviewSubject {
        if (kind == null || kind.isBlank() || kind.length() > Review.KIND_MAX) {
            throw new RuleViolationException("field.required", "subjectKind");
        }
        if (batch == null || batch.isBlank() || batch.length() > Review.BATCH_MAX) {
            throw new RuleViolationException("field.required", "batch");
        }
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("field.required", "title");
        }
        title = title.length() > Review.TITLE_MAX ? title.substring(0, Review.TITLE_MAX) : title;
        summary = summary == null ? "" : summary;
        summary = summary.length() > Review.SUMMARY_MAX ? summary.substring(0, Review.SUMMARY_MAX) : summary;
    }
}
