package cn.kejiju.workbench.project.pages;

import cn.kejiju.workbench.platform.PageMessages;
import cn.kejiju.workbench.shared.DomainException;
import jakarta.ejb.EJBException;
import org.primefaces.model.file.UploadedFile;

import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What the pages of both kinds of application (to higher levels, to the county plan) do with their documents form
 * ({@code WEB-INF/project/documents-panel.xhtml}): attach the chosen file or remove one through the page's service;
 * a missing file or a refusal is shown on the form, next to its field.
 */
final class DocumentsForm {

    static final String ID = "documentsForm";

    private DocumentsForm() {
    }

    /** Attaches the chosen file through {@code attach} (name, bytes): whether it was attached. */
    static boolean upload(UploadedFile file, PageMessages messages, Set<String> fields,
                          BiConsumer<String, byte[]> attach) {
        if (file == null || file.getSize() == 0) {
            messages.errorOn(ID + ":file", "project.document.noFile");
            return false;
        }
        return done(messages, fields, () -> attach.accept(file.getFileName(), file.getContent()));
    }

    /** Removes a document through {@code remove}: whether it was removed. */
    static boolean remove(PageMessages messages, Set<String> fields, Runnable remove) {
        return done(messages, fields, remove);
    }

    private static boolean done(PageMessages messages, Set<String> fields, Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException | EJBException e) {
            messages.showRefusal(e, ID, fields);
            return false;
        }
    }
}
