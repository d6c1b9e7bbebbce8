package dev.minicloud.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.internal.files.StorageService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One bounded HTTP server per JVM serves the temporary URLs of every environment, and forgets an environment when it
 * closes or is collected.
 */
class TempUrlServerTest extends StorageTest {
    private static final int ENVIRONMENTS = 12;

    @Test
    void many_environments_serve_their_urls_from_one_port() throws Exception {
        List<CloudEnvironment> environments = new ArrayList<>();
        try {
            Set<Integer> ports = new HashSet<>();
            for (int i = 0; i < ENVIRONMENTS; i++) {
                CloudEnvironment e = CloudEmulator.newEnvironment(configuration().setEnvId("env-" + i).build());
                environments.add(e);
                String fileID = e.storage().uploadFile("a.txt", utf8("env " + i)).fileID();
                String url = e.storage().getTempFileURL(fileID).fileList().get(0).tempFileURL();
                ports.add(URI.create(url).getPort());
                assertThat(get(url).body()).isEqualTo(utf8("env " + i));
            }
            assertThat(ports).hasSize(1);
            assertThat(ports).containsExactly(URI.create(tempUrl(upload("b.txt", "b"))).getPort());
        } finally {
            environments.forEach(CloudEnvironment::close);
        }
    }

    @Test
    void slow_clients_do_not_grow_the_servers_threads_without_bound() throws Exception {
        String url = tempUrl(upload("a.txt", "served"));
        URI uri = URI.create(url);
        int clients = StorageService.URL_SERVER_THREADS + StorageService.URL_SERVER_QUEUE + 16;
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Socket socket = new Socket(uri.getHost(), uri.getPort());
                OutputStream out = socket.getOutputStream();
                // Half a request line: each holds a handler thread, or a place in the queue, until it hangs up.
                out.write("GET /".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            assertThat(oneIsClosedByTheServer(slow))
                    .as("with every thread busy and the queue full, the server closes further connections").isTrue();
            assertThat(serverThreads()).isBetween(1L, (long) StorageService.URL_SERVER_THREADS);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
        assertThat(get(url).body()).isEqualTo(utf8("served"));
        assertThat(serverThreads()).isLessThanOrEqualTo(StorageService.URL_SERVER_THREADS);
    }

    @Test
    void the_urls_of_an_environment_never_closed_stop_working_once_it_is_collected() throws Exception {
        String[] url = new String[1];
        WeakReference<CloudEnvironment> forgotten = forgottenEnvironment(url);
        int status = get(url[0]).statusCode();
        // A young collection may take the environment while its storage, already old, waits for a full one.
        for (int i = 0; i < 100 && (forgotten.get() != null || status == 200); i++) {
            System.gc();
            Thread.sleep(10);
            status = get(url[0]).statusCode();
        }
        assertThat(forgotten.get()).as("nothing but the test held the environment").isNull();
        assertThat(status).isEqualTo(403);
    }

    /** An environment that made a URL and was then dropped without being closed. */
    private WeakReference<CloudEnvironment> forgottenEnvironment(String[] url) throws Exception {
        CloudEnvironment e = CloudEmulator.newEnvironment(configuration().setEnvId("forgotten").build());
        String fileID = e.storage().uploadFile("a.txt", utf8("forgotten")).fileID();
        url[0] = e.storage().getTempFileURL(fileID).fileList().get(0).tempFileURL();
        assertThat(get(url[0]).body()).isEqualTo(utf8("forgotten"));
        return new WeakReference<>(e);
    }

    /** Waits (generously) until the server closes one of {@code sockets}; false if none closes in a minute. */
    private static boolean oneIsClosedByTheServer(List<Socket> sockets) throws IOException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Socket socket : sockets) {
                socket.setSoTimeout(5);
                try {
                    InputStream in = socket.getInputStream();
                    if (in.read() < 0) {
                        return true;
                    }
                } catch (SocketTimeoutException e) {
                    // Still open: the server is waiting for the rest of its request.
                } catch (SocketException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long serverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("minicloud-temp-urls")).count();
    }
}
