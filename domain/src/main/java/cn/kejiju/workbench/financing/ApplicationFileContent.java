package cn.kejiju.workbench.financing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one {@link ApplicationFile}, under the same id, read only when the file is downloaded. */
@Entity
@Table(name = "fin_application_file_content")
public class ApplicationFileContent {

    @Id
    private Long id;

    @Column(nullable = false)
    private byte[] bytes;

    protected ApplicationFileContent() {
        // for JPA
    }

    public ApplicationFileContent(ApplicationFile file, byte[] bytes) {
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
