package eu.convivio.platform.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address of the client that sent a request, for throttling and rate limits. Behind a reverse
 * proxy every request comes from the proxy, so the proxy's {@code X-Forwarded-For} header is
 * believed, but only when the request comes from a proxy listed in
 * {@code convivio.http.trusted-proxies} (addresses or CIDR ranges, comma-separated; default none):
 * from anyone else the header is whatever the client chose to write, and honouring it would let
 * them pick a fresh address for every request.
 * <p>
 * With trusted proxies, the header is read from the right (the entry the nearest proxy added) and
 * the first address that is not a trusted proxy is the client's. Entries must be IP literals: no
 * name is ever looked up.
 */
@ApplicationScoped
public class ClientAddress {

    /** The MicroProfile Config key listing the trusted proxies. */
    public static final String TRUSTED_PROXIES = "convivio.http.trusted-proxies";

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private List<Range> trusted = List.of();

    /** For CDI: the trusted proxies come from configuration. */
    public ClientAddress() {
    }

    /** With the given trusted proxies (addresses or CIDR ranges), as the configuration would list them. */
    public ClientAddress(String trustedProxies) {
        this.trusted = parse(trustedProxies);
    }

    @PostConstruct
    void configure() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(TRUSTED_PROXIES, String.class);
        try {
            trusted = parse(configured.orElse(""));
        } catch (IllegalArgumentException e) {
            // a mistyped list must not make the header trusted: the proxy's own address is used then
            java.util.logging.Logger.getLogger(ClientAddress.class.getName()).severe(e.getMessage()
                    + " No proxy is trusted: X-Forwarded-For is ignored until the setting is corrected.");
            trusted = List.of();
        }
    }

    /** The client's address for this request. */
    public String of(HttpServletRequest request) {
        List<String> forwarded = request.getHeaders("X-Forwarded-For") == null ? List.of()
                : Collections.list(request.getHeaders("X-Forwarded-For"));
        return of(request.getRemoteAddr(), forwarded);
    }

    /**
     * The client's address, given the address the connection came from and the X-Forwarded-For
     * header lines (in the order received).
     */
    public String of(String remoteAddress, List<String> forwardedFor) {
        if (trusted.isEmpty() || !isTrusted(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String entry : line.split(",")) {
                if (!entry.isBlank()) {
                    hops.add(entry.strip());
                }
            }
        }
        String client = remoteAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                // a garbled entry: what lies beyond it cannot be trusted; the last good hop is the client
                return client;
            }
            client = hop.get().getHostAddress();
            if (!isTrusted(hop.get())) {
                return client;
            }
        }
        return client;
    }

    /** Whether any proxy is trusted (otherwise the header is never read). */
    public boolean trustsProxies() {
        return !trusted.isEmpty();
    }

    private boolean isTrusted(String address) {
        return address != null && literal(address).map(this::isTrusted).orElse(false);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(r -> r.contains(address));
    }

    static List<Range> parse(String list) {
        List<Range> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (String item : list.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            String host = slash < 0 ? entry : entry.substring(0, slash);
            InetAddress address = literal(host).orElseThrow(() -> new IllegalArgumentException(
                    TRUSTED_PROXIES + ": \"" + entry + "\" is not an IP address or CIDR range."));
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException(TRUSTED_PROXIES + ": \"" + entry + "\" has an impossible prefix length.");
                }
            }
            out.add(new Range(address.getAddress(), prefix));
        }
        return List.copyOf(out);
    }

    /** An IP literal (IPv6 possibly in brackets or with a port after the brackets, IPv4 possibly with a port); never a name. */
    static Optional<InetAddress> literal(String text) {
        String s = text.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            s = s.substring(1, end);
        } else if (s.indexOf(':') == s.lastIndexOf(':') && s.indexOf(':') > 0 && s.contains(".")) {
            s = s.substring(0, s.indexOf(':'));
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        if (!IPV4.matcher(s).matches() && !IPV6.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            // a literal: InetAddress parses it without asking any name server
            return Optional.of(InetAddress.getByName(s));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address range: the first {@code prefix} bits of {@code network}. */
    record Range(byte[] network, int prefix) {
        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            byte[] net = network;
            if (candidate.length != net.length) {
                // an IPv4 address written as IPv4-mapped IPv6 is compared as IPv4
                if (candidate.length == 16 && net.length == 4 && isMapped(candidate)) {
                    candidate = java.util.Arrays.copyOfRange(candidate, 12, 16);
                } else {
                    return false;
                }
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != net[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[full] & mask) == (net[full] & mask);
        }

        private static boolean isMapped(byte[] a) {
            for (int i = 0; i < 10; i++) {
                if (a[i] != 0) {
                    return false;
                }
            }
            return a[10] == (byte) 0xFF && a[11] == (byte) 0xFF;
        }
    }
}
