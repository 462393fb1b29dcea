package org.chm.searchnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;
import org.opensearch.transport.TransportService;

/**
 * One real OpenSearch node in this JVM, for chm's tests: the server's own {@link Node} with the
 * Netty4 transport (HTTP and node-to-node) and the common analysis module (stemmers, elision,
 * ASCII folding) loaded from the classpath, as the server's test framework does with MockNode.
 *
 * <pre>
 * java -Xmx512m -cp 'target/classes:target/lib/*' org.chm.searchnode.TestNode \
 *     --home DIR [--name NAME] [--cluster NAME] [--http-port P] [--transport-port P] \
 *     [--seed-hosts 127.0.0.1:9301,...] [--cluster-managers n1,n2,n3] [-Ekey=value ...]
 * </pre>
 *
 * Without --seed-hosts the node is a single-node cluster; {@code -Ekey=value} adds any other
 * node setting, as the server's own command line does. Everything binds to 127.0.0.1 only.
 * When the node is started it prints one line {@code CHM_NODE_READY http=PORT transport=PORT}
 * on standard output; it stops cleanly on SIGTERM (or when standard input closes, so a test
 * runner that dies never leaves a node behind).
 */
public final class TestNode {

    /** {@link Node} has a protected constructor that takes classpath plugins. */
    static final class ClasspathPluginNode extends Node {
        ClasspathPluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    private TestNode() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = parse(argv);
        Path home = Path.of(required(args, "home")).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        String name = args.getOrDefault("name", "chm-test-node");
        Settings.Builder settings = Settings.builder()
            .put("cluster.name", args.getOrDefault("cluster", "chm-test"))
            .put("node.name", name)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", args.getOrDefault("http-port", "0"))
            .put("transport.port", args.getOrDefault("transport-port", "0"))
            // a shared build machine's disk may be fuller than the watermarks allow
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // the real-memory breaker trips at random under a small heap; keep tests deterministic
            .put("indices.breaker.total.use_real_memory", false);
        for (Map.Entry<String, String> e : args.entrySet()) {
            if (e.getKey().startsWith("E:")) {
                settings.put(e.getKey().substring(2), e.getValue());
            }
        }
        if (args.containsKey("seed-hosts")) {
            settings.putList("discovery.seed_hosts", List.of(args.get("seed-hosts").split(",")));
            settings.putList("cluster.initial_cluster_manager_nodes",
                List.of(required(args, "cluster-managers").split(",")));
        } else {
            settings.put("discovery.type", "single-node");
        }
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings.build(), Collections.emptyMap(), home.resolve("config"), () -> name);
        Node node = new ClasspathPluginNode(environment,
            List.of(Netty4Plugin.class, CommonAnalysisPlugin.class));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }));
        // standard input closing means the parent is gone: stop (also while
        // starting: a cluster node waiting for its peers must not outlive its test)
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // ignore input
                }
            } catch (Exception e) {
                // treat as closed
            }
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException e) {
                    // exiting anyway
                }
                Runtime.getRuntime().halt(1); // a clean close that hangs must not keep the JVM
            });
            halt.setDaemon(true);
            halt.start();
            System.exit(0);
        });
        watcher.setDaemon(true);
        watcher.start();
        node.start();
        int http = node.injector().getInstance(HttpServerTransport.class)
            .boundAddress().publishAddress().getPort();
        int transport = node.injector().getInstance(TransportService.class)
            .boundAddress().publishAddress().getPort();
        System.out.println("CHM_NODE_READY http=" + http + " transport=" + transport);
        System.out.flush();
        stopped.await();
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String key = argv[i];
            if (key.startsWith("-E") && key.contains("=")) {
                int eq = key.indexOf('=');
                out.put("E:" + key.substring(2, eq), key.substring(eq + 1));
                continue;
            }
            if (!key.startsWith("--") || i + 1 >= argv.length) {
                throw new IllegalArgumentException("expected --option value pairs, got " + key);
            }
            out.put(key.substring(2), argv[++i]);
        }
        return out;
    }

    private static String required(Map<String, String> args, String key) {
        String value = args.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return value;
    }
}
