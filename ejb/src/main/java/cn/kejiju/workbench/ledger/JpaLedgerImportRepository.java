package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.enterprise.Enterprise;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Import records in JPA; the look-ups ask for {@value LedgerImportRepository#CHUNK} values per statement. */
@ApplicationScoped
public class JpaLedgerImportRepository implements LedgerImportRepository {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Override
    public LedgerImport add(LedgerImport ledgerImport) {
        em.persist(ledgerImport);
        return ledgerImport;
    }

    @Override
    public Optional<LedgerImport> find(long id) {
        return Optional.ofNullable(em.find(LedgerImport.class, id));
    }

    @Override
    public Set<String> registeredCreditCodes(Collection<String> codes) {
        return new HashSet<>(inChunks(codes, chunk -> em.createQuery(
                        "select e.creditCode.value from Enterprise e where e.creditCode.value in :codes", String.class)
                .setParameter("codes", chunk).getResultList()));
    }

    @Override
    public List<Enterprise> enterprisesByCreditCode(Collection<String> codes) {
        return inChunks(codes, chunk -> em.createQuery(
                        "select e from Enterprise e join fetch e.county where e.creditCode.value in :codes", Enterprise.class)
                .setParameter("codes", chunk).getResultList());
    }

    @Override
    public Set<String> registeredResidentIds(Collection<String> residentIds) {
        return new HashSet<>(inChunks(residentIds, chunk -> em.createQuery(
                        "select c.residentId.value from Commissioner c where c.residentId.value in :ids", String.class)
                .setParameter("ids", chunk).getResultList()));
    }

    private static <T> List<T> inChunks(Collection<String> values, Function<List<String>, List<T>> query) {
        List<String> distinct = new ArrayList<>(new HashSet<>(values));
        List<T> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            found.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + CHUNK))));
        }
        return found;
    }
}
