package dk.ringtjek.abuse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request comes from: the connection's peer, or, when the peer is one of our trusted
 * proxies (ringtjek.trusted-proxies: addresses or CIDR ranges), the address that proxy saw in
 * X-Forwarded-For. Only ever used to compute a {@link ClientKey}; never store or log it.
 * <p>
 * X-Forwarded-For is read from the right: each trusted proxy appends the address it saw, so the
 * rightmost entry that is not a trusted proxy is the client. With one proxy that sets the header
 * this is its single (first) entry; a client cannot pick its own key by sending the header itself.
 * <p>
 * This class alone decides who the client is. The peer is read from the connection, never from
 * {@code request.remoteAddress()}: behind the proxy, Quarkus' proxy-address-forwarding (kept for the
 * scheme, so that the session cookie is marked Secure) replaces that with the <em>leftmost</em>
 * X-Forwarded-For entry, which the client writes itself.
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String UNKNOWN = "unknown";

    private final List<Range> trustedProxies;

    @Inject
    public ClientAddress(ClientKeyConfig config) {
        this(config.trustedProxies());
    }

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(Range::parse).toList();
    }

    /** The client's address in canonical form, e.g. "203.0.113.7" or "2001:db8:0:0:0:0:0:1". */
    public String of(HttpServerRequest request) {
        SocketAddress peer = request.connection().remoteAddress();
        String peerAddress = canonical(peer == null ? null : peer.hostAddress());
        return of(peerAddress, request.getHeader(FORWARDED_FOR));
    }

    String of(String peerAddress, String forwardedFor) {
        String client = canonical(peerAddress);
        if (forwardedFor == null || !isTrusted(client)) {
            return client;
        }
        List<String> hops = new ArrayList<>(List.of(forwardedFor.split(",")));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = canonical(hops.get(i).strip());
            if (UNKNOWN.equals(hop)) {
                return client; // garbage in the header: better the proxy than a made-up client
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    boolean isTrusted(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        return bytes != null && trustedProxies.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The one spelling of an IP address ("::1" and "0:0:0:0:0:0:0:1" are the same); "unknown" for anything else. */
    static String canonical(String address) {
        if (address == null) {
            return UNKNOWN;
        }
        String text = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(text);
        if (bytes == null) {
            return UNKNOWN;
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return UNKNOWN;
        }
    }

    /** An address or a CIDR range such as 10.0.0.0/8. */
    record Range(byte[] network, int prefixBits) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
            if (bytes == null) {
                throw new IllegalArgumentException("ringtjek.trusted-proxies: not an IP address or range: " + text);
            }
            int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("ringtjek.trusted-proxies: bad prefix length in " + text);
            }
            return new Range(bytes, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
