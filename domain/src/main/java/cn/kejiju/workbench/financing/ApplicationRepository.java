package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.NotFoundException;
import cn.kejiju.workbench.shared.Page;
import cn.kejiju.workbench.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Where financing applications, their files and their guarantees are kept. */
public interface ApplicationRepository {

    Optional<FinancingApplication> find(long id);

    default FinancingApplication get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("FinancingApplication", id));
    }

    /** A page of applications, newest submission first (sort {@code submittedOn}, the only one). */
    Page<FinancingApplication> page(ApplicationFilter filter, Long countyScope, PageRequest request);

    FinancingApplication add(FinancingApplication application);

    /** The enterprise's applications, newest first, with their product and partners (the enterprise page). */
    List<FinancingApplication> ofEnterprise(long enterpriseId);

    /** The guarantees of the enterprise's applications, with their agreement's counterparty. */
    List<Guarantee> guaranteesOf(long enterpriseId);

    Optional<Guarantee> guaranteeOf(long applicationId);

    Guarantee addGuarantee(Guarantee guarantee);

    List<ApplicationFile> filesOf(long applicationId);

    long fileCount(long applicationId);

    Optional<ApplicationFile> findFile(long fileId);

    ApplicationFile addFile(ApplicationFile file, byte[] bytes);

    byte[] content(ApplicationFile file);

    void removeFile(ApplicationFile file);
}
