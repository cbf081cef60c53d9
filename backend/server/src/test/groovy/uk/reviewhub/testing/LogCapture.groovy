package uk.reviewhub.testing

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import org.slf4j.LoggerFactory

/** What one logger writes while a feature runs (logback's list appender); {@link #close} stops it. */
class LogCapture implements AutoCloseable {

    private final Logger logger
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>()

    LogCapture(Class<?> of) {
        logger = LoggerFactory.getLogger(of) as Logger
        appender.start()
        logger.addAppender(appender)
    }

    /** The lines written so far (clear it to start again). */
    List<ILoggingEvent> getLines() {
        appender.list
    }

    @Override
    void close() {
        logger.detachAppender(appender)
    }
}
