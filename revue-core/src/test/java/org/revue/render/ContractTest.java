package org.revue.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.revue.Shared;
import org.revue.model.Digest;
import org.revue.pipeline.Pipeline;
import org.revue.pipeline.Progress;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** digest's JSON against the one schema of the output contract, and read back unchanged. */
class ContractTest {
    static JsonSchema schema() throws Exception {
        try (InputStream in = JsonRenderer.class.getResourceAsStream("output.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static Digest samples() {
        return new Pipeline(Pipeline.Options.defaults(), (o, m) -> {
        }, Progress.NONE).run(List.of(Shared.samples()));
    }

    @Test
    void digestJsonFollowsTheSchema() throws Exception {
        JsonNode json = JsonRenderer.tree(samples());
        Set<ValidationMessage> errors = schema().validate(json);
        assertThat(errors).isEmpty();
        assertThat(json.get("stories").size()).isGreaterThan(0);
    }

    @Test
    void theSchemaRefusesWhatBreaksTheContract() throws Exception {
        JsonNode json = JsonRenderer.tree(samples());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("stories").get(0)).remove("events");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("articles").get(0)).put("published", "5 mai");
        assertThat(schema().validate(json)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theContractReadsBackIntoTheSameDigest() throws Exception {
        Digest d = samples();
        JsonNode json = JsonRenderer.tree(d);
        JsonNode again = JsonRenderer.tree(JsonReader.digest(new ObjectMapper().readTree(json.toString())));
        assertThat(again).isEqualTo(json);
    }
}
