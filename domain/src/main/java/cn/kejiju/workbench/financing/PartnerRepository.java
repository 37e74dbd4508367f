package cn.kejiju.workbench.financing;

import cn.kejiju.workbench.shared.NotFoundException;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where partners, cooperation agreements, the limits' settings, products and related-party links are kept. */
public interface PartnerRepository {

    Optional<Partner> find(long id);

    default Partner get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Partner", id));
    }

    /** Partners of a kind (every kind when null) by pinyin of their names. */
    List<Partner> partners(PartnerKind kind);

    boolean nameTaken(String name, Long exceptId);

    Partner add(Partner partner);

    /** The partner's row, locked until the transaction ends (select … for update). */
    Partner lock(long id);

    Optional<Cooperation> findCooperation(long id);

    default Cooperation getCooperation(long id) {
        return findCooperation(id).orElseThrow(() -> new NotFoundException("Cooperation", id));
    }

    /** Every agreement with its parties, by guarantee company name and start. */
    List<Cooperation> cooperations(Long guarantorId);

    Cooperation addCooperation(Cooperation cooperation);

    Cooperation lockCooperation(long id);

    FinancingSettings settings();

    List<Product> products();

    Optional<Product> product(String code);

    Product addProduct(Product product);

    /** The enterprises linked to any of the given ones. */
    List<Long> linked(Collection<Long> enterpriseIds);

    List<EnterpriseLink> links(long enterpriseId);

    boolean linkExists(long one, long other);

    EnterpriseLink addLink(EnterpriseLink link);

    /** Guarantees in force (ACTIVE) per cooperation agreement, for the given agreements; one query. */
    Map<Long, BigDecimal> inForceByCooperation(Collection<Long> cooperationIds);

    /** Guarantees in force per guarantee company, for the given companies; one query. */
    Map<Long, BigDecimal> inForceByGuarantor(Collection<Long> guarantorIds);

    /** Guarantees in force of a company for any of the enterprises. */
    BigDecimal inForceFor(long guarantorId, Collection<Long> enterpriseIds);
}
