package org.revue.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The server against its OpenAPI document: every /api route documented, every answer as documented. */
class OpenApiTest {
    @TempDir
    Path tmp;

    @Test
    void theServerDoesWhatItsOpenApiDocumentSays() throws Exception {
        try (RevueServer s = RevueServer.start(ServerConfig.defaults(tmp).withPort(0))) {
            Client c = new Client(s.port());
            c.postJson("/api/articles", Fixtures.json(Fixtures.read(Fixtures.samples())));
            c.settled(Duration.ofSeconds(60));
            JsonNode api = c.get("/api/openapi.json").json();
            assertThat(api.get("openapi").asText()).startsWith("3.");

            Set<String> documented = new HashSet<>();
            api.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                    .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
            Set<String> routed = new HashSet<>();
            for (String r : s.routes()) {
                if (r.split(" ")[1].startsWith("/api/")) {
                    routed.add(r);
                }
            }
            assertThat(documented).isEqualTo(routed);

            String story = c.get("/api/stories").json().get("stories").get(0).get("id").asText();
            String article = c.get("/api/stories/" + story).json().get("articles").get(0).asText();
            String entity = c.get("/api/stories/" + story).json().get("entities").get(0).get("name").asText();
            Map<String, String> examples = Map.of("{id}", story, "{name}", entity);
            // GETs: the documented status, and a body that follows the documented schema
            for (Iterator<Map.Entry<String, JsonNode>> it = api.get("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                JsonNode get = p.getValue().get("get");
                if (get == null || p.getKey().equals("/api/events")) {
                    continue;
                }
                String path = p.getKey().replace("{name}", enc(examples.get("{name}")))
                        .replace("{id}", p.getKey().startsWith("/api/articles") ? article : story);
                if (path.equals("/api/search")) {
                    path += "?q=tempête";
                }
                Client.Answer a = c.get(path);
                assertThat(get.get("responses").has(Integer.toString(a.status()))).as("%s answered %d", path, a.status()).isTrue();
                JsonNode schema = get.at("/responses/" + a.status() + "/content/application~1json/schema");
                if (!schema.isMissingNode()) {
                    assertThat(validate(api, schema, a.json())).as(path).isEmpty();
                }
            }
            // documented errors
            Client.Answer bad = c.post("/api/articles", "text/plain", "x".getBytes());
            assertThat(api.at("/paths/~1api~1articles/post/responses").has(Integer.toString(bad.status()))).isTrue();
            assertThat(validate(api, api.at("/components/schemas/Error"), bad.json())).isEmpty();
            Client.Answer ok = c.postJson("/api/articles", Fixtures.json(Fixtures.read(Fixtures.samples()).get(0)));
            assertThat(validate(api, api.at("/paths/~1api~1articles/post/responses/202/content/application~1json/schema"), ok.json())).isEmpty();
            Client.Answer moved = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/nowhere")).GET());
            assertThat(moved.status()).isEqualTo(404);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Validates against an OpenAPI 3.0 schema: its refs resolved in the document, nullable as a null type. */
    static Set<com.networknt.schema.ValidationMessage> validate(JsonNode api, JsonNode schema, JsonNode value) {
        ObjectNode root = Client.JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.setAll((ObjectNode) nullable(schema.deepCopy()));
        ObjectNode components = Client.JSON.createObjectNode();
        components.set("schemas", nullable(api.at("/components/schemas").deepCopy()));
        root.set("components", components);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(root).validate(value);
    }

    private static JsonNode nullable(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            if (o.path("nullable").asBoolean(false) && o.has("type")) {
                ArrayNode t = Client.JSON.createArrayNode().add(o.get("type").asText()).add("null");
                o.set("type", t);
                o.remove("nullable");
            }
            o.fields().forEachRemaining(e -> nullable(e.getValue()));
        } else if (n.isArray()) {
            n.forEach(OpenApiTest::nullable);
        }
        return n;
    }
}
