package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.OpenApiCall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** logger(), openapi and storage called from inside a function, recorded and answered by the environment. */
class ServicesFromFunctionsTest extends FunctionsTest {

    @Test
    void logger_openapi_and_storage_work_from_a_function() throws Exception {
        env.functions().openapi().fail("security.msgSecCheck", 87014, "openapi.security.msgSecCheck:fail risky content");
        FunctionResult r = callAs("o_alice", "services", Map.of("user", "o_alice", "text", "bad words"));
        assertThat(r.errMsg()).isEqualTo("cloud.callFunction:ok");
        Map<String, Object> result = map(r.result());

        assertThat(result.get("sent")).isEqualTo(Map.of("errCode", 0, "errMsg", "openapi.subscribeMessage.send:ok"));
        assertThat(result.get("openapiError")).isEqualTo(Map.of("errCode", 87014,
                "errMsg", "openapi.security.msgSecCheck:fail risky content"));
        List<OpenApiCall> sends = env.functions().openapi().calls("subscribeMessage.send");
        assertThat(sends).hasSize(1);
        assertThat(sends.get(0).params()).containsEntry("touser", "o_alice").containsEntry("templateId", "tpl-1");
        assertThat(sends.get(0).function()).isEqualTo("services");

        assertThat(result.get("badLog")).isEqualTo("log msg must be an object");
        assertThat(r.logs()).anySatisfy(l -> {
            assertThat(l.level()).isEqualTo("info");
            assertThat(l.message()).isEqualTo("{\"action\":\"notify\",\"user\":\"o_alice\"}");
        });

        String fileId = env.storage().fileIdOf("avatars/o_alice.txt");
        assertThat(result.get("upload")).isEqualTo(Map.of("fileID", fileId, "statusCode", -1, "errMsg",
                "uploadFile:ok"));
        assertThat(result.get("download")).isEqualTo(Map.of("text", "avatar of o_alice", "isBuffer", true,
                "errMsg", "downloadFile:ok"));
        Map<String, Object> urls = map(result.get("urls"));
        assertThat(urls.get("errMsg")).isEqualTo("getTempFileURL:ok");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) urls.get("fileList");
        assertThat(items.get(0)).containsEntry("status", 0).containsEntry("errMsg", "ok");
        assertThat(items.get(1)).containsEntry("status", -503003).containsEntry("tempFileURL", "");
        HttpResponse<String> fetched = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create((String) items.get(0).get("tempFileURL"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo("avatar of o_alice");

        assertThat(map(result.get("removed")).get("errMsg")).isEqualTo("deleteFile:ok");
        assertThat(env.storage().downloadFile(fileId).fileContent()).isEqualTo("avatar of o_alice".getBytes());
    }
}
