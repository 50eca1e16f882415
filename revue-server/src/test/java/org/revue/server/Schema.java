package org.revue.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The output contract's one JSON Schema (revue-core's output.schema.json), or one of its definitions. */
final class Schema {
    private Schema() {
    }

    static Set<ValidationMessage> check(String definition, JsonNode json) {
        try (InputStream in = org.revue.render.JsonRenderer.class.getResourceAsStream("output.schema.json")) {
            JsonNode root = Client.JSON.readTree(in);
            JsonSchemaFactory f = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
            if (definition != null) {
                com.fasterxml.jackson.databind.node.ObjectNode one = Client.JSON.createObjectNode();
                one.put("$schema", "http://json-schema.org/draft-07/schema#");
                one.put("$ref", "#/definitions/" + definition);
                one.set("definitions", root.get("definitions"));
                root = one;
            }
            JsonSchema s = f.getSchema(root);
            return s.validate(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
