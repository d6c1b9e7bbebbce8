package dev.minicloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, read from the compiled classes: users see only the public packages, and
 * {@code internal} sees the public API only as leaf types (results, values, exceptions), never the façades that call
 * back into it.
 */
class ArchitectureTest {
    private static final String ROOT = "dev/minicloud/emulator/";
    private static final String INTERNAL = ROOT + "internal/";
    /**
     * The public packages internal code may use: values, results and errors, which use no façade and no internal
     * code, so that {@code internal} never reaches back to the façades that call it.
     */
    private static final Set<String> LEAVES = Set.of(ROOT + "base/", ROOT + "database/command/",
            ROOT + "database/result/", ROOT + "database/value/", ROOT + "functions/call/", ROOT + "storage/result/");
    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L(dev/minicloud/emulator/[\\w/$]+)[;<]");

    /** Each top-level class of the main code (nested classes folded in) and the project classes it refers to. */
    private static Map<String, Set<String>> references;

    @BeforeAll
    static void readClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(CloudEmulator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        references = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve(ROOT))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = topLevel(classes.relativize(file).toString().replace('\\', '/').replace(".class", ""));
                Set<String> refs = references.computeIfAbsent(name, n -> new TreeSet<>());
                try (InputStream in = Files.newInputStream(file)) {
                    referencedClasses(in).stream().map(ArchitectureTest::topLevel)
                            .filter(r -> !r.equals(name)).forEach(refs::add);
                }
            }
        }
    }

    @Test
    void the_classes_were_read() {
        assertThat(references).containsKeys(ROOT + "CloudEnvironment", ROOT + "database/Query",
                INTERNAL + "sdk/DatabaseOperations");
        assertThat(references.get(ROOT + "database/Query")).contains(INTERNAL + "sdk/DatabaseOperations");
    }

    @Test
    void no_cycle_runs_between_the_public_api_and_internal() {
        List<String> cycles = new ArrayList<>();
        references.forEach((user, used) -> {
            if (!user.startsWith(INTERNAL)) {
                return;
            }
            for (String api : used) {
                if (api.startsWith(INTERNAL)) {
                    continue;
                }
                references.getOrDefault(api, Set.of()).stream().filter(r -> r.startsWith(INTERNAL)).findFirst()
                        .ifPresent(back -> cycles.add(user + " uses " + api + ", which uses " + back));
            }
        });
        assertThat(cycles).as("public classes used by internal code must not use internal code").isEmpty();
    }

    @Test
    void internal_code_uses_only_the_leaf_packages_of_the_public_api() {
        Set<String> used = new TreeSet<>();
        references.forEach((user, refs) -> {
            if (user.startsWith(INTERNAL)) {
                refs.stream().filter(r -> !r.startsWith(INTERNAL) && !LEAVES.contains(packageOf(r))).forEach(used::add);
            }
        });
        assertThat(used).as("public types outside the leaf packages that internal code uses; move such a type to a "
                + "leaf package or stop using it").isEmpty();
    }

    @Test
    void the_leaf_packages_use_nothing_but_other_leaf_packages() {
        Map<String, Set<String>> graph = packageGraph();
        List<String> wrong = new ArrayList<>();
        for (String leaf : LEAVES) {
            assertThat(graph).as("leaf package " + leaf).containsKey(leaf);
            graph.get(leaf).stream().filter(p -> !LEAVES.contains(p)).forEach(p -> wrong.add(leaf + " -> " + p));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_package_graph_has_no_cycle() {
        assertThat(PackageCycles.of(packageGraph())).as("package cycles, internal counted as one package").isEmpty();
    }

    /** Packages to packages, every {@code internal} package folded into one node. */
    private static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        references.forEach((user, refs) -> {
            String from = node(user);
            Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
            refs.stream().map(ArchitectureTest::node).filter(p -> !p.equals(from)).forEach(to::add);
        });
        return graph;
    }

    private static String node(String className) {
        return className.startsWith(INTERNAL) ? INTERNAL : packageOf(className);
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('/') + 1);
    }

    @Test
    void no_user_facing_signature_exposes_an_internal_type() throws ClassNotFoundException {
        List<String> exposed = new ArrayList<>();
        for (String name : references.keySet()) {
            if (name.startsWith(INTERNAL)) {
                continue;
            }
            Class<?> type = Class.forName(name.replace('/', '.'), false, getClass().getClassLoader());
            for (Class<?> c : withNested(type)) {
                if (visible(c)) {
                    exposed.addAll(internalTypesIn(c));
                }
            }
        }
        assertThat(exposed).as("public signatures of user-facing classes").isEmpty();
    }

    @Test
    void code_outside_the_core_module_does_not_use_internal() throws IOException {
        List<String> users = new ArrayList<>();
        for (String module : List.of("emulator-junit5", "samples", "benchmarks")) {
            Path sources = Path.of("..", module, "src");
            assertThat(sources).as("the sources of " + module).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (Files.readString(f).contains("dev.minicloud.emulator.internal")) {
                        users.add(f.toString());
                    }
                }
            }
        }
        assertThat(users).as("internal is not API: its classes change without notice").isEmpty();
    }

    private static String topLevel(String name) {
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private static List<Class<?>> withNested(Class<?> type) {
        List<Class<?>> all = new ArrayList<>(List.of(type));
        for (Class<?> nested : type.getDeclaredClasses()) {
            all.addAll(withNested(nested));
        }
        return all;
    }

    private static boolean visible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean userVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<String> internalTypesIn(Class<?> c) {
        List<String> found = new ArrayList<>();
        List<Type> supers = new ArrayList<>(List.of(c.getGenericInterfaces()));
        if (c.getGenericSuperclass() != null) {
            supers.add(c.getGenericSuperclass());
        }
        supers.forEach(t -> check(c.getName() + " extends", t, found));
        for (Field f : c.getDeclaredFields()) {
            if (userVisible(f.getModifiers())) {
                check(c.getName() + "." + f.getName(), f.getGenericType(), found);
            }
        }
        List<Executable> members = new ArrayList<>(List.of(c.getDeclaredConstructors()));
        members.addAll(List.of(c.getDeclaredMethods()));
        for (Executable m : members) {
            if (!userVisible(m.getModifiers()) || m.isSynthetic()) {
                continue;
            }
            String where = c.getName() + "." + (m instanceof Constructor<?> ? "<init>" : m.getName());
            for (Type p : m.getGenericParameterTypes()) {
                check(where, p, found);
            }
            for (Type e : m.getGenericExceptionTypes()) {
                check(where, e, found);
            }
            if (m instanceof Method method) {
                check(where, method.getGenericReturnType(), found);
            }
        }
        return found;
    }

    private static void check(String where, Type t, List<String> found) {
        check(where, t, found, new HashSet<>());
    }

    private static void check(String where, Type t, List<String> found, Set<Type> seen) {
        if (!seen.add(t)) {
            return;
        }
        if (t instanceof Class<?> k) {
            Class<?> element = k;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (element.getName().replace('.', '/').startsWith(INTERNAL)) {
                found.add(where + " exposes " + element.getName());
            }
        } else if (t instanceof ParameterizedType p) {
            check(where, p.getRawType(), found, seen);
            for (Type a : p.getActualTypeArguments()) {
                check(where, a, found, seen);
            }
        } else if (t instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
                    .forEach(b -> check(where, b, found, seen));
        } else if (t instanceof GenericArrayType a) {
            check(where, a.getGenericComponentType(), found, seen);
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                check(where, b, found, seen);
            }
        }
    }

    /** The project classes a class file names: its class constants and the types in its descriptors and signatures. */
    private static Set<String> referencedClasses(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        Set<Integer> classNames = new HashSet<>();
        Set<Integer> strings = new HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames.add(in.readUnsignedShort());
                case 8 -> strings.add(in.readUnsignedShort());
                case 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> refs = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            if (utf8[i] == null || strings.contains(i) && !classNames.contains(i)) {
                continue;
            }
            if (classNames.contains(i) && utf8[i].startsWith(ROOT)) {
                refs.add(utf8[i]);
            }
            Matcher m = DESCRIPTOR_CLASS.matcher(utf8[i]);
            while (m.find()) {
                refs.add(m.group(1));
            }
        }
        return refs;
    }
}
