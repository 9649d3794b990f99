package com.gozon.dev;

/** Lets a test reach the development broker of this JVM, for example through a {@link com.gozon.support.TcpProxy}. */
public final class EmbeddedBroker {

    private EmbeddedBroker() {
    }

    /** The development broker's port once it runs, otherwise the given port. */
    public static int portOr(int externalPort) {
        var servers = EmbeddedServers.current();
        return servers != null ? servers.brokerPort() : externalPort;
    }
}
