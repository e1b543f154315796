package id.gugus.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The caller's stream, seen by a writer that closes what it writes to (a zip, Apache POI): closing
 * it only flushes, so the caller's stream stays open. Writes go straight through in blocks
 * ({@link FilterOutputStream} would write byte by byte).
 */
final class NotClosingStream extends FilterOutputStream {
    NotClosingStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
