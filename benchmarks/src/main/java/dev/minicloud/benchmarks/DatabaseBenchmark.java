package dev.minicloud.benchmarks;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.MongoClientSettings;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.command.Command;
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
 * The database operations of the foundation issue, run on MiniCloud and on mongo-java-server's in-memory backend
 * (through the MongoDB Java driver, as its users reach it), over the same 10,000-document data set in one run.
 * Each query returns its matches as Java objects on both sides; queries select hits spread through the whole
 * collection, so both stores scan all of it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class DatabaseBenchmark {
    /** Which store runs the operation; {@code minicloud-scan} is MiniCloud with its path indexes turned off. */
    @Param({"minicloud", "minicloud-scan", "mongo-java-server"})
    public String store;

    private CloudEnvironment env;
    private CollectionReference people;
    private CollectionReference inserts;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> mongoPeople;
    private MongoCollection<Document> mongoInserts;

    private final Random random = new Random(7);
    private int counter;

    @Setup(Level.Trial)
    public void load() {
        List<Map<String, Object>> docs = Dataset.documents();
        if (store.startsWith("minicloud")) {
            env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addCollections("people", "inserts")
                    .setPathIndexes(!store.equals("minicloud-scan")).build());
            people = env.database().collection("people");
            people.add(docs);
            inserts = env.database().collection("inserts");
        } else {
            server = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
            InetSocketAddress address = server.bind();
            client = MongoClients.create(MongoClientSettings.builder()
                    .applyToClusterSettings(c -> c.hosts(List.of(new ServerAddress(address))))
                    .build());
            mongoPeople = client.getDatabase("bench").getCollection("people");
            List<Document> mongoDocs = new ArrayList<>();
            for (Map<String, Object> d : docs) {
                mongoDocs.add(toDocument(d));
            }
            mongoPeople.insertMany(mongoDocs);
            mongoInserts = client.getDatabase("bench").getCollection("inserts");
        }
    }

    @SuppressWarnings("unchecked")
    static Document toDocument(Map<String, Object> map) {
        Document d = new Document();
        map.forEach((k, v) -> d.append(k, v instanceof Map ? toDocument((Map<String, Object>) v) : v));
        return d;
    }

    @Setup(Level.Iteration)
    public void emptyInserts() {
        if (people != null) {
            inserts.remove();
        } else {
            mongoInserts.deleteMany(new Document());
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        if (env != null) {
            env.close();
        }
        if (client != null) {
            client.close();
            server.shutdownNow();
        }
    }

    private String randomId() {
        return "doc-" + random.nextInt(Dataset.SIZE);
    }

    @Benchmark
    public Object insertOne() {
        Map<String, Object> doc = Dataset.fresh(counter++, random);
        if (people != null) {
            return inserts.add(doc);
        }
        return mongoInserts.insertOne(toDocument(doc));
    }

    @Benchmark
    public Object insertMany100() {
        List<Map<String, Object>> docs = new ArrayList<>(100);
        for (int i = 0; i < 100; i++) {
            docs.add(Dataset.fresh(counter++, random));
        }
        if (people != null) {
            return inserts.add(docs);
        }
        List<Document> mongoDocs = new ArrayList<>(100);
        for (Map<String, Object> d : docs) {
            mongoDocs.add(toDocument(d));
        }
        return mongoInserts.insertMany(mongoDocs);
    }

    @Benchmark
    public Object getById() {
        String id = randomId();
        if (people != null) {
            return people.doc(id).get().data();
        }
        return mongoPeople.find(eq("_id", id)).first();
    }

    @Benchmark
    public Object updateByIdWithInc() {
        String id = randomId();
        if (people != null) {
            return people.doc(id).update(Map.of("age", Command.inc(1)));
        }
        return mongoPeople.updateOne(eq("_id", id), Updates.inc("age", 1));
    }

    @Benchmark
    public Object equalityUnindexed() {
        String city = "city-" + random.nextInt(100);
        if (people != null) {
            return people.where(Map.of("city", city)).limit(1000).get().data();
        }
        return mongoPeople.find(eq("city", city)).into(new ArrayList<>());
    }

    @Benchmark
    public Object range() {
        double from = random.nextInt(99);
        if (people != null) {
            return people.where(Map.of("score", Command.gte(from).and(Command.lt(from + 1)))).limit(1000).get()
                    .data();
        }
        return mongoPeople.find(and(gte("score", from), lt("score", from + 1))).into(new ArrayList<>());
    }

    @Benchmark
    public Object nestedPathEquality() {
        String color = "color-" + random.nextInt(100);
        if (people != null) {
            return people.where(Map.of("style", Map.of("color", color))).limit(1000).get().data();
        }
        return mongoPeople.find(eq("style.color", color)).into(new ArrayList<>());
    }

    @Benchmark
    public long countWithFilter() {
        int age = 18 + random.nextInt(60);
        if (people != null) {
            return people.where(Map.of("age", Command.gte(age))).count().total();
        }
        return mongoPeople.countDocuments(gte("age", age));
    }

    /**
     * {@code match + group + sort} over all 10,000 documents: people of at least a random age, grouped by city with
     * a count and an average score, most populous city first (about 100 groups). MiniCloud's pipeline carries a
     * {@code limit} of 1,000, since the platform returns 20 results without one.
     */
    @Benchmark
    public Object aggregateMatchGroupSort() {
        int age = 18 + random.nextInt(60);
        if (people != null) {
            return Dataset.matchGroupSort(people, age);
        }
        return mongoPeople.aggregate(List.of(
                Aggregates.match(gte("age", age)),
                Aggregates.group("$city", Accumulators.sum("people", 1), Accumulators.avg("score", "$score")),
                Aggregates.sort(Sorts.orderBy(Sorts.descending("people"), Sorts.ascending("_id"))),
                Aggregates.limit(1000))).into(new ArrayList<>());
    }
}
