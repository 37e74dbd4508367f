package cn.kejiju.workbench.commissioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link AgreementFile}, under the same id, read only when the file is downloaded. */
@Entity
@Table(name = "agreement_file_content")
public class AgreementFileContent {

    @Id
    private Long id;

    @Column(nullable = false)
    private byte[] bytes;

    protected AgreementFileContent() {
        // for JPA
    }

    public AgreementFileContent(AgreementFile file, byte[] bytes) {
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
