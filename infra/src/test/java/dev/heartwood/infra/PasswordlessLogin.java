package dev.heartwood.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What any user of the machine can try: open a connection to PostgreSQL, say "I am the superuser" and offer no
 * password, then see whether the server lets them in. Spoken in PostgreSQL's own protocol (a start-up message, and
 * the server's first answer) so that it reaches the Unix socket as well as the loopback, which the JDBC driver
 * cannot.
 */
public final class PasswordlessLogin {

    /** The server's first answer. */
    public enum Answer { LET_IN, ASKED_FOR_A_PASSWORD, REFUSED }

    private static final int PROTOCOL_3_0 = 196608;
    private static final int AUTHENTICATION_OK = 0;

    private PasswordlessLogin() {
    }

    public static Answer overTheLoopback(int port) {
        return attempt(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), StandardProtocolFamily.INET);
    }

    public static Answer overTheUnixSocket(Path socketDirectory, int port) {
        return attempt(UnixDomainSocketAddress.of(socketDirectory.resolve(".s.PGSQL." + port)),
                StandardProtocolFamily.UNIX);
    }

    private static Answer attempt(SocketAddress server, StandardProtocolFamily family) {
        try (SocketChannel channel = SocketChannel.open(family)) {
            channel.connect(server);
            channel.write(startUp("postgres", "postgres"));
            // an authentication request: its type, its length, and what it asks for
            ByteBuffer answer = read(channel, 9);
            if (answer.remaining() < 9 || answer.get() != 'R') {
                return Answer.REFUSED;
            }
            answer.getInt();
            return answer.getInt() == AUTHENTICATION_OK ? Answer.LET_IN : Answer.ASKED_FOR_A_PASSWORD;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ByteBuffer read(SocketChannel channel, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        int read;
        do {
            read = channel.read(buffer);
        } while (read >= 0 && buffer.hasRemaining());
        return buffer.flip();
    }

    private static ByteBuffer startUp(String user, String database) {
        byte[] parameters = ("user\0" + user + "\0database\0" + database + "\0\0").getBytes(StandardCharsets.UTF_8);
        ByteBuffer message = ByteBuffer.allocate(8 + parameters.length);
        message.putInt(8 + parameters.length).putInt(PROTOCOL_3_0).put(parameters).flip();
        return message;
    }
}
