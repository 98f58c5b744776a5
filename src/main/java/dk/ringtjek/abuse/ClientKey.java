package dk.ringtjek.abuse;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;

import io.quarkus.logging.Log;

/**
 * Who a client is, without keeping their IP address: HMAC-SHA256 of the address (see
 * {@link ClientAddress}) with the secret ringtjek.author-key-secret, as 64 hex characters. The same
 * address always gives the same key, so it can be counted and rate limited; without the secret the key
 * cannot be turned back into the address. IPv6 addresses count per /64 network, since one household
 * usually has a whole /64 to pick addresses from.
 * <p>
 * Use {@link #of(HttpServerRequest)} in a resource ({@code @Context HttpServerRequest request}).
 */
@ApplicationScoped
public class ClientKey {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec secret;
    private final ClientAddress addresses;

    @Inject
    public ClientKey(ClientKeyConfig config, ClientAddress addresses) {
        this(config.authorKeySecret(), addresses);
    }

    ClientKey(String secret, ClientAddress addresses) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            Log.warnf("ringtjek.author-key-secret is shorter than %d characters; use a long random value",
                    MIN_SECRET_LENGTH);
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.addresses = addresses;
    }

    /** The key of the client that sent this request. */
    public String of(HttpServerRequest request) {
        return ofAddress(addresses.of(request));
    }

    /** The key of an address as {@link ClientAddress} gives it. */
    public String ofAddress(String address) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(network(address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String network(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null || bytes.length != 16) {
            return address;
        }
        try {
            if (!(InetAddress.getByAddress(bytes) instanceof Inet6Address)) {
                return address; // an IPv4-mapped address is IPv4
            }
            byte[] prefix = Arrays.copyOf(bytes, 16);
            Arrays.fill(prefix, 8, 16, (byte) 0);
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
