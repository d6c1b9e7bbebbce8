package dev.minicloud.benchmarks;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoClientSettings;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.EnvironmentSnapshot;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a test pays for a clean database, as the JUnit extension gives it: a fresh environment per test (create, seed
 * from the class's fixture template, use once, close) and a shared per-class environment put back to its baseline
 * before each test. The peer is mongo-java-server's in-memory backend reached through the MongoDB driver: a fresh
 * server and client per test, or one shared server whose database is dropped and reseeded before each test. "Use
 * once" is one insert and one read by {@code _id} on both sides.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class EnvironmentBenchmark {
    @Param({"minicloud", "mongo-java-server"})
    public String store;

    /**
     * {@code empty}: one empty collection; {@code <n>-docs}: an n-document fixture template (10,000 and 100,000 are
     * meant for MiniCloud alone: {@code -p store=minicloud}).
     */
    @Param({"empty", "1000-docs"})
    public String fixture;

    private EmulatorConfiguration template;
    private List<Document> mongoFixture;
    private final Random random = new Random(7);
    private int counter;

    private CloudEnvironment shared;
    private EnvironmentSnapshot baseline;
    private MongoServer sharedServer;
    private MongoClient sharedClient;

    @Setup(Level.Trial)
    public void prepare() {
        Random data = new Random(42);
        List<Map<String, Object>> docs = new ArrayList<>();
        int fixtureSize = fixture.equals("empty") ? 0 : Integer.parseInt(fixture.substring(0, fixture.indexOf('-')));
        for (int i = 0; i < fixtureSize; i++) {
            docs.add(Dataset.document(i, data));
        }
        if (store.equals("minicloud")) {
            // What the extension does once per test class: parse the fixtures into a template.
            template = EmulatorConfiguration.builder()
                    .addDatabaseSeed(DatabaseSnapshot.builder().addDocuments("people", docs).build()).build();
            shared = CloudEmulator.newEnvironment(template);
            baseline = shared.snapshot();
        } else {
            mongoFixture = new ArrayList<>();
            for (Map<String, Object> d : docs) {
                mongoFixture.add(DatabaseBenchmark.toDocument(d));
            }
            sharedServer = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
            sharedClient = connect(sharedServer);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        if (shared != null) {
            shared.close();
        }
        if (sharedClient != null) {
            sharedClient.close();
            sharedServer.shutdownNow();
        }
    }

    private static MongoClient connect(MongoServer server) {
        InetSocketAddress address = server.bind();
        return MongoClients.create(MongoClientSettings.builder()
                .applyToClusterSettings(c -> c.hosts(List.of(new ServerAddress(address)))).build());
    }

    @Benchmark
    public Object freshEnvironmentPerTest() {
        if (store.equals("minicloud")) {
            try (CloudEnvironment env = CloudEmulator.newEnvironment(template)) {
                return useOnce(env);
            }
        }
        MongoServer server = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
        try (MongoClient client = connect(server)) {
            return useOnce(seed(client.getDatabase("test")));
        } finally {
            server.shutdownNow();
        }
    }

    @Benchmark
    public Object sharedEnvironmentResetPerTest() {
        if (store.equals("minicloud")) {
            shared.restore(baseline);
            return useOnce(shared);
        }
        MongoDatabase db = sharedClient.getDatabase("test");
        db.drop();
        return useOnce(seed(db));
    }

    private Object useOnce(CloudEnvironment env) {
        CollectionReference people = env.database().collection("people");
        Object id = people.add(Dataset.fresh(counter++, random)).id();
        return people.doc(id).get();
    }

    private MongoCollection<Document> seed(MongoDatabase db) {
        MongoCollection<Document> people = db.getCollection("people");
        if (!mongoFixture.isEmpty()) {
            List<Document> copies = new ArrayList<>(mongoFixture.size());
            for (Document d : mongoFixture) {
                copies.add(new Document(d));
            }
            people.insertMany(copies);
        }
        return people;
    }

    private Object useOnce(MongoCollection<Document> people) {
        Document doc = DatabaseBenchmark.toDocument(Dataset.fresh(counter++, random));
        people.insertOne(doc);
        return people.find(eq("_id", doc.get("_id"))).first();
    }
}
