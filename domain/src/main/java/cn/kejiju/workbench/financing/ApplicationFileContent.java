package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.StoredFileContent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of one {@link ApplicationFile}, under the same id, read only when the file is downloaded. */
@Entity
@Table(name = "fin_application_file_content")
public class ApplicationFileContent extends StoredFileContent {

    protected ApplicationFileContent() {
        // for JPA
    }

    public ApplicationFileContent(ApplicationFile file, byte[] bytes) {
        super(file.getId(), bytes);
    }
}
