package io.centralbridge.stream;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.RoutePolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable state of the flows (cursors, delivered ids) and the leader election that keeps one poller
 * per flow across instances: Camel's file-lock cluster service on a shared folder; the YAML routes carry
 * {@code routePolicy: flowLeader}. A Kubernetes lease replaces the service bean (see README).
 */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

    /** auto: a compacted Kafka topic when Kafka is a sink, else files under the state directory. */
    @Bean
    CursorStore cursorStore(StreamProperties p, io.centralbridge.sink.SinkProperties sinks) {
        boolean kafka = sinks.kafka().enabled() && !"file".equals(p.cursorStore());
        if ("kafka".equals(p.cursorStore()) && !sinks.kafka().enabled()) {
            throw new IllegalStateException("sophos.stream.cursor-store=kafka needs KAFKA_BOOTSTRAP_SERVERS");
        }
        return kafka ? new KafkaCursorStore(sinks.kafka().bootstrapServers(), sinks.kafka().cursorTopic())
                : new FileCursorStore(p.stateDir());
    }

    @Bean(destroyMethod = "stop")
    DeliveredIds deliveredIds(StreamProperties p) {
        return new DeliveredIds(p.stateDir(), p.dedupeWindow());
    }

    @Bean
    @ConditionalOnProperty(name = "sophos.stream.cluster.enabled", havingValue = "true", matchIfMissing = true)
    CamelClusterService flowClusterService(StreamProperties p) throws java.io.IOException {
        Path root = p.cluster().root();
        Files.createDirectories(root);
        FileLockClusterService s = new FileLockClusterService();
        s.setId("sophos-flows");
        s.setRoot(root.toAbsolutePath().toString());
        s.setAcquireLockInterval(p.cluster().acquireLockInterval().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        s.setAcquireLockDelay(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        return s;
    }

    /** The YAML flows' route policy: the route's consumer runs only on the instance holding the flows' lock. */
    @Bean("flowLeader")
    RoutePolicy flowLeader(org.springframework.beans.factory.ObjectProvider<CamelClusterService> cluster) throws Exception {
        CamelClusterService s = cluster.getIfAvailable();
        if (s == null) {
            return new org.apache.camel.support.RoutePolicySupport() {
            };
        }
        return ClusteredRoutePolicy.forNamespace(s, "sophos-flows");
    }
}
