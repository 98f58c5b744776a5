package dk.ringtjek.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import dk.ringtjek.support.StaffLogin;

@QuarkusTest
class PasswordStorageTest {

    private static final String USER = "hash-check";
    private static final String PASSWORD = "a-very-plain-password";

    @Inject
    EntityManager em;

    @Test
    @SuppressWarnings("unchecked")
    void shouldStorePasswordsOnlyAsBcryptHashes() {
        StaffLogin.ensureAccount(USER, PASSWORD, StaffRole.EDITOR);
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select username, password_hash, s::text from staff_account s").getResultList());
        assertTrue(rows.size() >= 2, "the admin and the test account are there");
        for (Object[] row : rows) {
            String hash = (String) row[1];
            assertTrue(hash.startsWith("$2"), row[0] + " has a bcrypt hash");
            assertEquals(60, hash.length(), "a bcrypt hash is 60 characters");
            String wholeRow = (String) row[2];
            assertFalse(wholeRow.contains(PASSWORD), "the plain password is nowhere in the row");
            assertFalse(wholeRow.contains(StaffLogin.ADMIN_PASSWORD), "the admin's plain password is nowhere");
        }
    }
}
