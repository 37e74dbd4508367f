package cn.kejiju.workbench.commissioner;

import cn.kejiju.workbench.shared.StoredFileContent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of one {@link AgreementFile}, under the same id, read only when the file is downloaded. */
@Entity
@Table(name = "agreement_file_content")
public class AgreementFileContent extends StoredFileContent {

    protected AgreementFileContent() {
        // for JPA
    }

    public AgreementFileContent(AgreementFile file, byte[] bytes) {
        super(file.getId(), bytes);
    }
}
