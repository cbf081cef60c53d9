package uk.reviewhub.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for the per-address throttles. Micronaut's default believes
 * {@code Forwarded} and {@code X-Forwarded-For} from anyone, so a caller could get round every
 * per-address limit by writing a new address into the header. Here the headers count only when
 * the connection comes from a proxy the deployment names ({@code REVIEWHUB_TRUSTED_PROXIES},
 * comma-separated addresses, or {@code loopback} for any loopback address, as {@code infra/run.sh}
 * sets for development where the UI runs on the same machine; none by default): then the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy is the client's. Otherwise the
 * connection's own address is.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class TrustedProxyAddressResolver implements HttpClientAddressResolver {

    /** In the trusted list: every loopback address (the UI on the same machine in development). */
    static final String LOOPBACK = "loopback";

    private final Set<String> trusted;

    public TrustedProxyAddressResolver(@Value("${reviewhub.security.trusted-proxies:}") String trustedProxies) {
        this.trusted = Arrays.stream(trustedProxies.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String resolve(HttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
        return client(peer, request.getHeaders().getAll("X-Forwarded-For"));
    }

    private boolean trusted(String address) {
        return trusted.contains(address) || trusted.contains(LOOPBACK) && loopback(address);
    }

    /** Whether a literal address is a loopback one (127.0.0.0/8, ::1); a name is not looked up and is not. */
    private static boolean loopback(String address) {
        if (address.startsWith("127.")) {
            return address.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        }
        String v6 = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        return v6.equals("::1") || v6.equals("0:0:0:0:0:0:0:1");
    }

    /** The client's address from the connection's peer and the {@code X-Forwarded-For} values, nearest hop last. */
    String client(String peer, List<String> forwardedFor) {
        if (!trusted(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }
}
