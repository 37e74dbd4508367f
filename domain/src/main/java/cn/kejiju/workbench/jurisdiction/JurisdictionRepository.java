package cn.kejiju.workbench.jurisdiction;

import cn.kejiju.workbench.shared.NotFoundException;

import java.util.List;
import java.util.Optional;

/** Where jurisdictions are kept. */
public interface JurisdictionRepository {

    Optional<Jurisdiction> find(long id);

    default Jurisdiction get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Jurisdiction", id));
    }

    Optional<Jurisdiction> findByCode(String code);

    /** Children of a division, or all of one level, or all, ordered by code. */
    List<Jurisdiction> list(Long parentId, JurisdictionLevel level);

    Jurisdiction add(Jurisdiction jurisdiction);

    void remove(Jurisdiction jurisdiction);

    /** Whether anything (a child division, an enterprise, …) still refers to the division. */
    boolean isReferenced(long id);
}
