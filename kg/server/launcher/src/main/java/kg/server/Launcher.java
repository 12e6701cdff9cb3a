package kg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only a Bolt connector on 127.0.0.1, so the project needs no
 * separate Neo4j install. Usage: {@code Launcher --data DIR --port N}, with the password of the
 * {@code neo4j} user in the environment variable NEO4J_PASSWORD (kept off the command line, which
 * other users can read). Prints {@link #READY} once Bolt accepts that password; stops cleanly on SIGTERM.
 */
public final class Launcher {
    /** The line `kg neo4j start` waits for in the log. */
    static final String READY = "kg-neo4j ready";

    /** Neo4j refuses to "change" a password to itself; on a restart that means it is already set. */
    private static final String SAME_PASSWORD = "Old password and new password cannot be the same";

    private Launcher() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // runs the shutdown hook if the DBMS had started; its threads would keep the JVM alive
        }
    }

    private static void run(String[] args) throws InterruptedException {
        Map<String, String> options = parseOptions(args);
        Path data = Path.of(options.get("--data")).toAbsolutePath();
        int port = Integer.parseInt(options.get("--port"));
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("NEO4J_PASSWORD is not set");
        }

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(data)
                .setConfig(GraphDatabaseSettings.data_directory, data)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(512))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                // Bolt waits 5 s twice for idle network threads after the databases have closed; 1 s keeps `kg neo4j stop` quick.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "kg-neo4j-shutdown"));

        setPassword(service, password);
        System.out.println(READY + " on bolt://127.0.0.1:" + port + " data " + data);
        Thread.currentThread().join(); // until SIGTERM runs the shutdown hook
    }

    /** Sets the password on every start, so a changed NEO4J_PASSWORD takes effect. */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!e.getMessage().contains(SAME_PASSWORD)) {
                throw e;
            }
        }
    }

    private static Map<String, String> parseOptions(String[] args) {
        if (args.length != 4 || !"--data".equals(args[0]) || !"--port".equals(args[2])) {
            throw new IllegalArgumentException("usage: Launcher --data DIR --port N");
        }
        return Map.of(args[0], args[1], args[2], args[3]);
    }
}
