package dev.heartwood.infra.browser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where the application under test answers. A page may load nothing from anywhere else: Heartwood serves its own
 * stylesheet, scripts and fonts, and a school's staff are not to be tracked by a third party's server.
 */
record Origin(String scheme, String host, int port) {

    static Origin of(String address) {
        URI uri = URI.create(address);
        return new Origin(uri.getScheme(), uri.getHost(), uri.getPort());
    }

    boolean owns(String address) {
        try {
            URI uri = new URI(address);
            return Objects.equals(scheme, uri.getScheme()) && Objects.equals(host, uri.getHost())
                    && port == uri.getPort();
        } catch (URISyntaxException unreadable) {
            return false;
        }
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
