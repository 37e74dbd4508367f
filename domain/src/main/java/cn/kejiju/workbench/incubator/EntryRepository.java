package cn.kejiju.workbench.incubator;

import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Entry applications and their settings. */
public interface EntryRepository {

    Optional<EntryApplication> find(long id);

    EntryApplication get(long id);

    EntryApplication add(EntryApplication application);

    /** Newest first (by id), in the caller's county scope. */
    Page<EntryApplication> page(EntryFilter filter, Long countyScope, PageRequest request);

    EntrySettings settings();

    /** The agreement that lets units for an approved application, if one was signed. */
    Optional<Long> agreementOf(long applicationId);

    /** The application's documents (without their bytes), by kind then in the order attached. */
    List<EntryFile> filesOf(long applicationId);

    /** The kinds of the application's documents: what its submission checks. */
    List<EntryFileKind> fileKindsOf(long applicationId);

    long fileCount(long applicationId);

    /** A document with its application (and the application's county). */
    Optional<EntryFile> findFile(long fileId);

    EntryFile addFile(EntryFile file, byte[] bytes);

    byte[] content(EntryFile file);

    void removeFile(EntryFile file);
}
