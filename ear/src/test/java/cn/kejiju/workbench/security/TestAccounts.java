package cn.kejiju.workbench.security;

import cn.kejiju.workbench.BureauClock;
import cn.kejiju.workbench.jurisdiction.Jurisdiction;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Set;

/** For in-container tests: accounts of their own (unique names), straight through JPA. */
@Stateless
public class TestAccounts {

    @PersistenceContext(unitName = "workbench")
    EntityManager em;

    @Resource(name = "jdbc/workbench")
    DataSource dataSource;

    /** A user with the password set (no forced change unless asked), in the given jurisdiction. */
    public String create(String stem, Set<Role> roles, long jurisdictionId, String password, boolean mustChange) {
        String username = stem + "." + Long.toString(System.nanoTime(), 36);
        Jurisdiction where = em.find(Jurisdiction.class, jurisdictionId);
        LocalDateTime now = BureauClock.now();
        UserAccount user = new UserAccount(username, "测试用户", roles, where, PasswordHash.hash("Initial#2026x".toCharArray()), now);
        if (!mustChange) {
            user.changePassword(password, PasswordPolicy.defaults(), now);
        } else {
            user.resetPassword(PasswordHash.hash(password.toCharArray()), now);
        }
        em.persist(user);
        return username;
    }

    /** Enrols an authenticator with the given secret for a user. */
    public void enrol(String username, String secretBase32) {
        UserAccount user = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getSingleResult();
        user.enrolSecondFactor(secretBase32, 0, RecoveryCodes.generate().hashes());
    }

    /** Moves the password change into the past, as if the policy's expiry had passed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void agePassword(String username, int days) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update user_account set password_changed_at = ? where username = ?")) {
            update.setObject(1, BureauClock.now().minusDays(days));
            update.setString(2, username);
            update.executeUpdate();
        }
    }
}
