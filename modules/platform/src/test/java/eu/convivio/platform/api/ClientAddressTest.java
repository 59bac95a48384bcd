package eu.convivio.platform.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress none = new ClientAddress("");
        assertThat(none.trustsProxies()).isFalse();
        assertThat(none.of("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aRequestFromAnUntrustedAddressKeepsItsOwnAddressWhateverItClaims() {
        ClientAddress proxy = new ClientAddress("10.0.0.5");
        assertThat(proxy.of("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheNearestUntrustedHop() {
        ClientAddress proxies = new ClientAddress("10.0.0.0/8, 192.168.1.1");
        assertThat(proxies.of("10.0.0.5", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        // a client may write anything on the left; the proxy appends what it saw on the right
        assertThat(proxies.of("10.0.0.5", List.of("1.2.3.4, 198.51.100.1"))).isEqualTo("198.51.100.1");
        // two trusted proxies in a row, the header on two lines
        assertThat(proxies.of("192.168.1.1", List.of("198.51.100.1, 10.1.2.3", "10.9.9.9"))).isEqualTo("198.51.100.1");
        // all hops trusted: the leftmost
        assertThat(proxies.of("10.0.0.5", List.of("10.0.0.9"))).isEqualTo("10.0.0.9");
        // no header at all: the proxy itself
        assertThat(proxies.of("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
    }

    @Test
    void aGarbledEntryOrANameIsNeverBelievedNorLookedUp() {
        ClientAddress proxies = new ClientAddress("10.0.0.5");
        assertThat(proxies.of("10.0.0.5", List.of("198.51.100.1, unknown"))).isEqualTo("10.0.0.5");
        assertThat(proxies.of("10.0.0.5", List.of("example.org"))).isEqualTo("10.0.0.5");
        assertThat(proxies.of("10.0.0.5", List.of("evil, 198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void ipv6AndPortsAndMappedAddressesAreUnderstood() {
        ClientAddress proxies = new ClientAddress("::1, 127.0.0.1, 2001:db8::/32");
        assertThat(proxies.of("0:0:0:0:0:0:0:1", List.of("[2001:db9::7]:4711"))).isEqualTo("2001:db9:0:0:0:0:0:7");
        assertThat(proxies.of("127.0.0.1", List.of("198.51.100.1:5555"))).isEqualTo("198.51.100.1");
        assertThat(proxies.of("2001:db8::2", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(new ClientAddress("127.0.0.0/8").of("::ffff:127.0.0.3", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aMistypedListIsRefused() {
        assertThatThrownBy(() -> new ClientAddress("proxy.example.org")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ClientAddress.TRUSTED_PROXIES);
        assertThatThrownBy(() -> new ClientAddress("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress("10.0.0.0/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
