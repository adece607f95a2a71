package io.mapchunk.daemon.client;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The warm runner's wire format over its UNIX domain socket: frames of a type byte, a length and
 * that many bytes. The client sends one {@link #REQUEST} (then perhaps a {@link #CANCEL}); the
 * runner answers {@link #REFUSED} (the client then runs cold) or {@link #ACCEPTED}, then
 * {@link #OUT} and {@link #ERR} bytes as the command writes them, and its {@link #EXIT} code.
 * Reading and writing work on the channel directly ({@code Channels.newInputStream} would hold
 * the channel's lock while blocked in a read, stalling a {@link #CANCEL} from another thread).
 */
public final class Frames {

    /** Bumped whenever the request or a frame changes meaning. */
    public static final int VERSION = 1;

    public static final byte REQUEST = 'Q';
    public static final byte CANCEL = 'C';
    public static final byte REFUSED = 'R';
    public static final byte ACCEPTED = 'A';
    public static final byte OUT = 'O';
    public static final byte ERR = 'E';
    public static final byte EXIT = 'X';

    private static final int MAX_FRAME = 1 << 24;

    private final SocketChannel channel;
    private final ByteBuffer header = ByteBuffer.allocate(5);

    public Frames(SocketChannel channel) {
        this.channel = channel;
    }

    /** Writes one frame; safe from any thread. */
    public synchronized void write(byte type, byte[] data, int offset, int length) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(5).put(type).putInt(length).flip();
        ByteBuffer body = ByteBuffer.wrap(data, offset, length);
        ByteBuffer[] both = {head, body};
        while (head.hasRemaining() || body.hasRemaining()) {
            channel.write(both);
        }
    }

    public void write(byte type, byte[] data) throws IOException {
        write(type, data, 0, data.length);
    }

    /** Writes a frame holding one int (an exit code). */
    public void writeInt(byte type, int value) throws IOException {
        write(type, ByteBuffer.allocate(4).putInt(value).array());
    }

    /** The next frame's type, its body in {@link #body()}; -1 at the end of the stream. */
    public int read() throws IOException {
        header.clear();
        if (!fill(header, true)) {
            return -1;
        }
        header.flip();
        byte type = header.get();
        int length = header.getInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("bad frame length " + length);
        }
        body = ByteBuffer.allocate(length);
        fill(body, false);
        return type;
    }

    private ByteBuffer body = ByteBuffer.allocate(0);

    /** The body of the frame last {@link #read}. */
    public byte[] body() {
        return body.array();
    }

    /** The int in the body of the frame last read. */
    public int bodyInt() {
        return ByteBuffer.wrap(body.array()).getInt();
    }

    private boolean fill(ByteBuffer buffer, boolean endAllowed) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                if (endAllowed && buffer.position() == 0) {
                    return false;
                }
                throw new EOFException("connection closed inside a frame");
            }
        }
        return true;
    }
}
