package dev.habits.http.ops;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The JVM's memory, thread, class, processor and uptime meters, bound at the first scrape rather
 * than at the start: binding them sets up the platform's management beans, some 200 classes of
 * {@code java.management} that nothing else needs before the server can answer. Every scrape
 * shows them, the first one included.
 */
final class JvmMeters {
    private final PrometheusMeterRegistry registry;
    private volatile boolean bound;

    JvmMeters(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /** The registry, with the JVM's meters in it. */
    PrometheusMeterRegistry registry() {
        if (!bound) {
            bind();
        }
        return registry;
    }

    private synchronized void bind() {
        if (bound) {
            return;
        }
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        bound = true;
    }
}
