package cn.kejiju.workbench.incubator.pages;

import cn.kejiju.workbench.incubator.EntryFile;

import java.io.Serializable;
import java.util.List;

/** A document of an entry application as its pages list it; the bytes are downloaded from {@code EntryFileServlet}. */
public record EntryFileRow(long id, long applicationId, String kind, String fileName, String uploadedBy, long size)
        implements Serializable {

    static EntryFileRow of(EntryFile file, long applicationId) {
        return new EntryFileRow(file.getId(), applicationId, file.getKind().name(), file.getFileName(),
                file.getUploadedBy(), file.getSize());
    }

    static List<EntryFileRow> of(List<EntryFile> files, long applicationId) {
        return files.stream().map(f -> of(f, applicationId)).toList();
    }

    /** The size in KB, at least 1 (what a list shows). */
    public long getKilobytes() {
        return Math.max(1, (size + 1023) / 1024);
    }
}
