package dev.minicloud.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin endpoint on the wire, without an SDK: the protocol's shapes, and the service's error answers to what no
 * SDK would send. Every answer is HTTP 200 with JSON, never a stack trace.
 */
class AdminEndpointTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private CloudEnvironment env;

    @BeforeEach
    void open() {
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addCollection("todos").build());
    }

    @AfterEach
    void close() {
        env.close();
    }

    private HttpResponse<String> send(URI uri, String method, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("content-type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Object> post(String body) throws IOException, InterruptedException {
        HttpResponse<String> r = send(URI.create(env.adminEndpoint() + "?env=" + env.envId() + "&seqId=1"), "POST",
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("at dev.minicloud", "Exception");
        return Json.parseObject(r.body());
    }

    private Map<String, Object> post(Map<String, ?> body) throws IOException, InterruptedException {
        return post(Json.stringify(body));
    }

    @Test
    void the_endpoint_listens_on_loopback_only() {
        assertThat(env.adminEndpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(env.adminEndpoint().getPath()).endsWith("/admin");
    }

    @Test
    void documents_travel_as_extended_json_strings() throws Exception {
        Map<String, Object> added = post(Map.of("action", "database.insertDocument", "collectionName", "todos",
                "data", List.of("{\"_id\":\"t1\",\"n\":{\"$numberInt\":\"7\"},\"at\":{\"$date\":{\"$numberLong\":"
                        + "\"86400000\"}},\"r\":{\"$regularExpression\":{\"pattern\":\"^a\",\"options\":\"i\"}}}")));
        assertThat(added.get("data")).isEqualTo(Map.of("insertedIds", List.of("t1")));
        assertThat(added.get("requestId")).isInstanceOf(String.class);

        Map<String, Object> got = post(Map.of("action", "database.getDocument", "collectionName", "todos",
                "queryType", "WHERE", "query", "{\"n\":{\"$gt\":{\"$numberInt\":\"5\"}}}", "limit", 100));
        assertThat(got.get("data")).isEqualTo(Map.of("list", List.of("{\"_id\":\"t1\",\"n\":7,\"at\":{\"$date\":"
                + "86400000},\"r\":{\"$regularExpression\":{\"pattern\":\"^a\",\"options\":\"i\"}}}")));
        assertThat(env.database().collection("todos").doc("t1").get().data()).containsEntry("n", 7);
    }

    @Test
    void a_transaction_is_opened_and_committed_by_id() throws Exception {
        Object id = post(Map.of("action", "database.startTransaction")).get("transactionId");
        assertThat(id).isInstanceOf(String.class);
        post(Map.of("action", "database.insertDocument", "collectionName", "todos", "transactionId", id,
                "data", List.of("{\"_id\":\"t1\",\"n\":1}")));
        assertThat(env.database().collection("todos").count().total()).isZero();
        assertThat(post(Map.of("action", "database.commitTransaction", "transactionId", id))).doesNotContainKey(
                "code");
        assertThat(env.database().collection("todos").count().total()).isEqualTo(1);
        assertThat(post(Map.of("action", "database.commitTransaction", "transactionId", id)))
                .containsEntry("code", "DATABASE_REQUEST_FAILED");
    }

    @Test
    void malformed_json_gets_an_invalid_param_answer() throws Exception {
        assertThat(post("{\"action\": \"database.getDocument\",")).containsEntry("code", "INVALID_PARAM");
        assertThat(post("[1, 2]")).containsEntry("code", "INVALID_PARAM");
        assertThat(post(Map.of("action", 42))).containsEntry("code", "INVALID_PARAM");
    }

    @Test
    void a_malformed_extended_json_query_gets_an_invalid_param_answer() throws Exception {
        Map<String, Object> answer = post(Map.of("action", "database.getDocument", "collectionName", "todos",
                "queryType", "WHERE", "query", "{\"n\": {\"$date\": \"yesterday\"}}"));
        assertThat(answer).containsEntry("code", "INVALID_PARAM");
        assertThat((String) answer.get("message")).contains("query");
    }

    /** A {@code wx.openApi} form as the SDK's form-data writes it, cut after {@code cut} bytes if non-negative. */
    private Map<String, Object> postOpenApi(byte[] requestData, int cut) throws IOException, InterruptedException {
        String boundary = "--------------------------0123456789";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\nwx.openApi\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"apiName\"\r\n\r\nsecurity.msgSecCheck\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"requestData\"\r\nContent-Type:"
                + " application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(requestData);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = cut < 0 ? body.toByteArray() : java.util.Arrays.copyOf(body.toByteArray(), cut);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(env.adminEndpoint())
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("content-type", "multipart/form-data; boundary=" + boundary).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).contains("application/json; charset=utf-8");
        return Json.parseObject(r.body());
    }

    @Test
    void a_malformed_openapi_form_gets_an_invalid_param_answer_and_records_nothing() throws Exception {
        assertThat(postOpenApi(new byte[] {(byte) 0xff, (byte) 0xff}, -1)).containsEntry("code", "INVALID_PARAM")
                .containsEntry("message", "wx.openApi requestData is not a protobuf CommApiData");
        assertThat(postOpenApi(new byte[] {8, 0}, 60)).containsEntry("code", "INVALID_PARAM")
                .containsEntry("message", "multipart body is cut short");
        assertThat(env.functions().openapi().calls()).isEmpty();
    }

    @Test
    void an_unknown_action_is_refused_by_name() throws Exception {
        Map<String, Object> answer = post(Map.of("action", "database.dropEverything"));
        assertThat(answer).containsEntry("code", "INVALID_PARAM");
        assertThat((String) answer.get("message")).contains("database.dropEverything");
    }

    @Test
    void a_missing_collection_answers_with_the_services_code_and_message() throws Exception {
        Map<String, Object> answer = post(Map.of("action", "database.calculateDocument", "collectionName", "nope",
                "queryType", "WHERE"));
        assertThat(answer).containsEntry("code", "DATABASE_COLLECTION_NOT_EXIST");
        assertThat((String) answer.get("message")).startsWith("[ResourceNotFound] Db or Table not exist: nope.");
    }

    @Test
    void a_body_over_the_limit_is_refused_without_being_kept() throws Exception {
        byte[] huge = new byte[25 << 20];
        java.util.Arrays.fill(huge, (byte) ' ');
        HttpResponse<String> r = send(env.adminEndpoint(), "POST", huge);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Json.parseObject(r.body())).containsEntry("code", "INVALID_PARAM");
    }

    @Test
    void other_methods_and_paths_are_refused() throws Exception {
        HttpResponse<String> get = send(env.adminEndpoint(), "GET", new byte[0]);
        assertThat(Json.parseObject(get.body())).containsEntry("code", "INVALID_PARAM");
        HttpResponse<String> guessed = send(env.adminEndpoint().resolve("/0123456789abcdef/admin"), "POST",
                "{\"action\":\"database.startTransaction\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(Json.parseObject(guessed.body())).containsEntry("code", "INVALID_ENV");
    }

    @Test
    void a_closed_environments_endpoint_answers_as_an_unknown_one() throws Exception {
        URI url = env.adminEndpoint();
        env.close();
        HttpResponse<String> r = send(url, "POST", "{\"action\":\"database.startTransaction\"}".getBytes(
                StandardCharsets.UTF_8));
        assertThat(Json.parseObject(r.body())).containsEntry("code", "INVALID_ENV");
    }

    @Test
    void two_environments_have_separate_endpoints_even_with_one_env_id() throws Exception {
        try (CloudEnvironment other = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addCollection("todos").build())) {
            assertThat(other.adminEndpoint()).isNotEqualTo(env.adminEndpoint());
            post(Map.of("action", "database.insertDocument", "collectionName", "todos",
                    "data", List.of("{\"_id\":\"t1\"}")));
            assertThat(other.database().collection("todos").count().total()).isZero();
        }
    }

    @Test
    void an_upload_needs_the_authorization_its_metadata_gave() throws Exception {
        Map<?, ?> meta = (Map<?, ?>) post(Map.of("action", "storage.getUploadMetadata", "path", "a/b.txt",
                "method", "put")).get("data");
        URI target = URI.create((String) meta.get("url"));
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(target).header("authorization", "forged")
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("<Code>SignatureDoesNotMatch</Code>");
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(target)
                .header("authorization", (String) meta.get("authorization"))
                .PUT(HttpRequest.BodyPublishers.ofString("content")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(env.storage().downloadFile((String) meta.get("fileId")).fileContent())
                .isEqualTo("content".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(target)
                .header("authorization", (String) meta.get("authorization"))
                .PUT(HttpRequest.BodyPublishers.ofString("replaced")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(403);
    }

    @Test
    void an_upload_to_an_invalid_path_is_refused_at_its_metadata() throws Exception {
        Map<String, Object> answer = post(Map.of("action", "storage.getUploadMetadata", "path", "/a//b",
                "method", "put"));
        assertThat(answer).containsEntry("code", "STORAGE_REQUEST_FAIL");
    }
}
