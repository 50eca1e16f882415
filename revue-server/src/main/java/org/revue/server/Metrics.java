package org.revue.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.function.Supplier;

/** The server's metrics (Micrometer), served at /api/metrics in the Prometheus text format. */
public final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter accepted = Counter.builder("revue_articles_accepted").description("articles accepted").register(registry);
    private final Counter refused = Counter.builder("revue_articles_refused").description("items refused").register(registry);
    private final Counter failedCycles = Counter.builder("revue_cycles_failed").description("processing runs that failed").register(registry);
    private final Counter cycled = Counter.builder("revue_jobs_processed").description("articles and takedowns processed").register(registry);
    private final Timer cycle = Timer.builder("revue_cycle").description("one processing run").register(registry);

    void accepted(int n) {
        accepted.increment(n);
    }

    void refused(int n) {
        refused.increment(n);
    }

    void failedCycle() {
        failedCycles.increment();
    }

    void cycle(long nanos, int jobs) {
        cycle.record(Duration.ofNanos(nanos));
        cycled.increment(jobs);
    }

    /** A request's time, by route and status. */
    public void request(String route, int status, long nanos) {
        Timer.builder("revue_http_requests").tag("route", route).tag("status", Integer.toString(status))
                .register(registry).record(Duration.ofNanos(nanos));
    }

    void gauge(String name, Supplier<Number> value) {
        io.micrometer.core.instrument.Gauge.builder(name, value).register(registry);
    }

    public String scrape() {
        return registry.scrape();
    }
}
