package cn.kejiju.workbench.project;

/** A document of an application and its bytes, as a download serves them. */
public record DownloadedDocument(ProjectDocument document, byte[] bytes) {
}
