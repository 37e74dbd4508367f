package cn.kejiju.workbench.commissioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link Evidence} file, under the same id, read only when the file is downloaded. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

    @Id
    private Long id;

    @Column(nullable = false)
    private byte[] bytes;

    protected EvidenceContent() {
        // for JPA
    }

    public EvidenceContent(Evidence evidence, byte[] bytes) {
        this.id = evidence.getId();
        this.bytes = bytes.clone();
    }

    public Long getId() {
        return id;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
