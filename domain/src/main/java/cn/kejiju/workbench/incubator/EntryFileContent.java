package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.StoredFileContent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of one {@link EntryFile}, under the same id, read only when the file is downloaded. */
@Entity
@Table(name = "inc_entry_file_content")
public class EntryFileContent extends StoredFileContent {

    protected EntryFileContent() {
        // for JPA
    }

    public EntryFileContent(EntryFile file, byte[] bytes) {
        super(file.getId(), bytes);
    }
}
