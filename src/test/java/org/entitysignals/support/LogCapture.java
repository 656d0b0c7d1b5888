package org.entitysignals.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects the library's log messages of one level while open. */
public final class LogCapture extends Handler implements AutoCloseable {

    // held strongly: java.util.logging keeps loggers weakly, and a collected logger loses its handlers
    private final Logger logger = Logger.getLogger("org.entitysignals");
    private final Level level;
    private final List<String> messages = new ArrayList<>();

    private LogCapture(Level level) {
        this.level = level;
        logger.addHandler(this);
    }

    public static LogCapture of(Level level) {
        return new LogCapture(level);
    }

    public synchronized List<String> messages(String idPrefix) {
        return messages.stream().filter(message -> message.startsWith(idPrefix)).toList();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getLevel() == level) {
            messages.add(record.getMessage());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
