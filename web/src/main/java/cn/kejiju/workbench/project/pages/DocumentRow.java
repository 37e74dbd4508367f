package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.project.ProjectDocument;

import java.io.Serializable;
import java.util.List;

/** A document of an application as its pages list it, without its bytes. */
public record DocumentRow(long id, String fileName, String uploadedBy) implements Serializable {

    static List<DocumentRow> of(List<ProjectDocument> documents) {
        return documents.stream().map(d -> new DocumentRow(d.getId(), d.getFileName(), d.getUploadedBy())).toList();
    }
}
