package cn.kejiju.workbench.ledger;

import cn.kejiju.workbench.enterprise.Enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where imports are kept, and the look-ups a preview needs, each answered for a whole file in a bounded number
 * of statements (the values are asked for in chunks, never row by row).
 */
public interface LedgerImportRepository {

    /** How many values one statement asks for. */
    int CHUNK = 1000;

    LedgerImport add(LedgerImport ledgerImport);

    Optional<LedgerImport> find(long id);

    /** Which of the credit codes are registered already. */
    Set<String> registeredCreditCodes(Collection<String> codes);

    /** The enterprises holding the credit codes, with their county. */
    List<Enterprise> enterprisesByCreditCode(Collection<String> codes);

    /** Which of the resident ID numbers a commissioner holds already. */
    Set<String> registeredResidentIds(Collection<String> residentIds);
}
