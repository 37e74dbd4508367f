package cn.kejiju.workbench.incubator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link EntryFile}, under the same id, read only when the file is downloaded. */
@Entity
@Table(name = "inc_entry_file_content")
public class EntryFileContent {

    @Id
    private Long id;

    @Column(nullable = false)
    private byte[] bytes;

    protected EntryFileContent() {
        // for JPA
    }

    public EntryFileContent(EntryFile file, byte[] bytes) {
        this.id = file.getId();
        this.bytes = bytes.clone();
    }

    public Long getId() {
        return id;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
