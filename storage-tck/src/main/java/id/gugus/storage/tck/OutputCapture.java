package id.gugus.storage.tck;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures what is written while some work runs: everything printed to {@link System#out} and
 * {@link System#err} (where console loggers such as slf4j-simple write), and every record
 * published to {@code java.util.logging}'s root logger at its configured levels, formatted with
 * its parameters and stack trace. Nothing of it reaches the real console; the streams and
 * handlers are restored however the work ends.
 * A logger that caches the console stream when it starts, or writes to a file, is not seen:
 * {@link NoPersonalDataInLogsContract} checks that the capture sees the test's logging.
 */
public final class OutputCapture {
    private OutputCapture() {}

    /** Runs {@code work} and returns what it wrote; nothing of it reaches the real console. */
    public static String during(Runnable work) {
        Objects.requireNonNull(work, "work");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Handler jul = new CapturingHandler(captured);
        Logger root = Logger.getLogger("");
        // A console handler holds the stream it was made with: set it aside, or it would print
        // past the capture to the real console.
        List<Handler> consoles = Arrays.stream(root.getHandlers()).filter(h -> h instanceof ConsoleHandler).toList();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(captured);
        System.setErr(captured);
        consoles.forEach(root::removeHandler);
        root.addHandler(jul);
        try {
            work.run();
        } finally {
            root.removeHandler(jul);
            consoles.forEach(root::addHandler);
            System.setOut(out);
            System.setErr(err);
            captured.flush();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final class CapturingHandler extends Handler {
        private final PrintStream to;

        CapturingHandler(PrintStream to) {
            this.to = to;
            setLevel(Level.ALL);
            setFormatter(new SimpleFormatter());
        }

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                to.print(getFormatter().format(record));
            }
        }

        @Override
        public void flush() {
            to.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
