package com.gozon.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Ports on the loopback interface for the development servers. */
final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /** The given port, or any free one for 0. */
    static int givenOrFree(int port) {
        if (port != 0) {
            return port;
        }
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port on the loopback interface", e);
        }
    }

    /** Fails when something listens on the port already: a server there would be taken for ours. */
    static void requireFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is already in use by another process", e);
        }
    }
}
