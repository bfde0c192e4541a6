package dev.habits.bootstrap;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The server's logging, set up in code: lines to standard output through one writer thread.
 * A {@code logback.xml} did the same through Logback's configuration language, which loaded some
 * 450 classes and took a tenth of the server's time to ready. A file named with
 * {@code -Dlogback.configurationFile} still takes over. Found by Logback through
 * {@code META-INF/services}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    // Request threads hand lines to one writer thread instead of each taking the console's lock and
    // making a write call per line (a third of the cost of a cheap request). Nothing is dropped:
    // a full queue makes request threads wait rather than lose lines.
    private static final int QUEUE_SIZE = 8192;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LogLine encoder = new LogLine();
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("ASYNC");
        async.setQueueSize(QUEUE_SIZE);
        async.setDiscardingThreshold(0);
        async.addAppender(console);
        async.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(async);
        for (String chatty : new String[] {"org.eclipse.jetty", "com.zaxxer.hikari", "org.flywaydb"}) {
            context.getLogger(chatty).setLevel(Level.WARN);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
