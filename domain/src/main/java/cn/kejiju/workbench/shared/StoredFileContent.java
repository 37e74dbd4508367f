package cn.kejiju.workbench.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The bytes of one {@link StoredFile}, under the same id, in a table of their own, so that listing files never
 * loads them: read only when the file is downloaded. Each kind of file has its content entity (its table).
 */
@MappedSuperclass
public abstract class StoredFileContent {

    @Id
    private Long id;

    @Column(nullable = false)
    private byte[] bytes;

    protected StoredFileContent() {
        // for JPA
    }

    protected StoredFileContent(Long fileId, byte[] bytes) {
        this.id = fileId;
        this.bytes = bytes.clone();
    }

    public Long getId() {
        return id;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
