package com.gozon.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Ports on the loopback interface for the development servers and the servers a test starts. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /** The given port, or any free one for 0. */
    static int givenOrFree(int port) {
        return port != 0 ? port : free();
    }

    /** A port nothing listens on now. */
    public static int free() {
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
