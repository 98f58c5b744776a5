package dk.ringtjek.abuse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpServerRequest;

import dk.ringtjek.config.RingtjekConfig;

/**
 * Who is asking, without knowing who they are: a keyed hash (HMAC-SHA256) of the client address.
 * The raw address is never stored or logged. Behind a trusted proxy the client is the rightmost
 * X-Forwarded-For entry that is not itself a trusted proxy.
 */
@ApplicationScoped
public class ClientKey {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;
    private final Set<InetAddress> trustedProxies;

    public ClientKey(RingtjekConfig config) {
        this.secret = new SecretKeySpec(config.authorKeySecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.trustedProxies = config.trustedProxies().stream()
                .map(ClientKey::parse)
                .filter(address -> address != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The key of the client that sent the request: 64 hex characters. */
    public String of(HttpServerRequest request) {
        return hash(clientAddress(request));
    }

    /** The key of a client address given as text (for tests and jobs). */
    public String hash(String clientAddress) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(clientAddress.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    String clientAddress(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (!isTrusted(peer)) {
            return canonical(peer);
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return canonical(peer);
        }
        List<String> hops = List.of(forwarded.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return canonical(hop);
            }
        }
        return canonical(peer);
    }

    private boolean isTrusted(String address) {
        InetAddress parsed = parse(address);
        return parsed != null && trustedProxies.contains(parsed);
    }

    /** One spelling per address, so that "::1" and "0:0:0:0:0:0:0:1" are the same client. */
    private static String canonical(String address) {
        InetAddress parsed = parse(address);
        return parsed == null ? address : parsed.getHostAddress();
    }

    /** An IP address literal, never a name lookup; null for anything else. */
    private static InetAddress parse(String text) {
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        boolean ipv4 = literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = literal.length() <= 45 && literal.contains(":") && literal.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
