package dk.ringtjek.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientKeyTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-1234";
    private static final ClientAddress ADDRESSES = new ClientAddress(List.of("127.0.0.1", "::1", "10.0.0.0/8"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "203.0.113.7|NULL|203.0.113.7",
            "203.0.113.7|198.51.100.1|203.0.113.7",
            "127.0.0.1|198.51.100.1|198.51.100.1",
            "0:0:0:0:0:0:0:1|198.51.100.1|198.51.100.1",
            "10.1.2.3|198.51.100.1, 10.9.9.9|198.51.100.1",
            "127.0.0.1|6.6.6.6, 198.51.100.1|198.51.100.1",
            "127.0.0.1|not an address|127.0.0.1",
            "127.0.0.1|2001:db8::1|2001:db8:0:0:0:0:0:1"})
    void shouldBelieveForwardedForOnlyFromTrustedProxies(String peer, String forwardedFor, String client) {
        assertEquals(client, ADDRESSES.of(peer, forwardedFor));
    }

    @Test
    void shouldGiveOneAddressOneKeyThatDoesNotShowTheAddress() {
        ClientKey keys = new ClientKey(SECRET, ADDRESSES);
        String key = keys.ofAddress("203.0.113.7");
        assertEquals(key, keys.ofAddress("203.0.113.7"));
        assertNotEquals(key, keys.ofAddress("203.0.113.8"));
        assertTrue(key.matches("[0-9a-f]{64}"));
        assertFalse(key.contains("203"));
        assertNotEquals(key, new ClientKey(SECRET + "x", ADDRESSES).ofAddress("203.0.113.7"), "the secret matters");
    }

    @Test
    void shouldCountIpv6AddressesPerSlash64() {
        ClientKey keys = new ClientKey(SECRET, ADDRESSES);
        assertEquals(keys.ofAddress("2001:db8:1:2:0:0:0:1"), keys.ofAddress("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertNotEquals(keys.ofAddress("2001:db8:1:2:0:0:0:1"), keys.ofAddress("2001:db8:1:3:0:0:0:1"));
    }

    @Test
    void shouldRefuseATrustedProxyThatIsNotAnAddress() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("proxy.example.org")));
    }
}
