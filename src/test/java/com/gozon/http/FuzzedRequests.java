package com.gozon.http;

import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Requests for the operations of the shop's OpenAPI documents, mostly a little wrong: path and query values of the
 * wrong kind, JSON bodies with fields removed or replaced (wrong types, huge numbers and exponents, NUL and lone
 * surrogates, deep nesting, long strings), bodies that are not JSON or not UTF-8, wrong content types, odd headers and
 * the wrong method. Everything comes from one {@link Random}, so a seed repeats a run, but for the user ids.
 */
final class FuzzedRequests {

    private static final String[] CONTENT_TYPES = {"text/plain", "*/*", "application/*", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json;charset=nope",
            "application/json; charset=UTF-16", "application/problem+json", "application/vnd.gozon+json", "json",
            "application/json;;", "application/json; q=0"};
    private static final String[] ACCEPTS = {"*/*", "application/xml", "text/html", "application/json;q=x", "x/y/z",
            "application/problem+json", "application/*", "*/*;q=0", "text/*, application/json;q=0.1", ",,,"};
    private static final String[] ODD_HEADERS = {"Accept-Language", "Accept-Charset", "Accept-Encoding", "Origin",
            "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "Forwarded", "If-None-Match",
            "If-Modified-Since", "Range", "Cookie", "Authorization-Extra", "X-Request-Id"};
    private static final String[] ODD_VALUES = {"", "??", "null", "for=\"[::1", "gzip;q=x", "bytes=0-1,-", "=;=;=",
            "x".repeat(3000), "\u00e9t\u00e9", "0", "-1", "%00", "() { :; }", "../../etc/passwd", "' OR 1=1 --"};
    private static final String[] WRONG_METHODS = {"PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE"};
    private static final String[] PATH_VALUES = {"42", "-1", "null", "%00", "%FF", "%C3%A9", "..", "%2e%2e", "%0d%0a",
            "x".repeat(300), "00000000-0000-0000-0000-00000000000g", "00000000-0000-0000-0000-000000000000",
            "{userId}", "%7B%7D", "\u00e9", ";jsessionid=1", "a;b=c", "%2F", "~", "3fa85f64-5717-4562-b3fc-2c963f66afa6x"};
    private static final String[] NUMBER_VALUES = {"0", "1", "-1", "100", "101", "0x10", "#10", "1e3", "1.5", " 5",
            "+5", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "", "NaN", "%FF", "%00", "[]",
            "1,2", "21474837", "\u0661"};
    private static final String[] JSON_VALUES = {"null", "true", "0", "-0", "1e400", "-1e-400", "1E+2147483647",
            "123456789012345678901234567890.123", "0.000000000000000000001", "1.005", "\"\"", "\"ten\"", "\"1e3\"",
            "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud83d\\ude00\"", "[]", "{}", "[1,2]",
            "{\"a\":1}", "NaN", "Infinity", "01", ".5", "1.", "-", "\"\\x41\"", "'single'", "\"tab\tinside\""};

    private final Random random;
    private final String base;
    // user ids differ from run to run (the database outlives a run); everything else follows the seed
    private final UUID salt = UUID.randomUUID();

    FuzzedRequests(Random random, int port) {
        this.random = random;
        this.base = "http://localhost:" + port;
    }

    /** One request for the operation, with its description for a failure message and the user it names, if any. */
    Fuzzed next(Operation operation) {
        var method = chance(0.06) ? pick(WRONG_METHODS) : operation.method();
        var userId = anyUserId();
        var target = base + path(operation, userId) + query(operation, userId);
        byte[] body = operation.body() != null ? body(operation.body(), userId) : chance(0.05) ? bytes("{}") : null;
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(target));
        } catch (IllegalArgumentException e) {
            builder = HttpRequest.newBuilder(URI.create(base + operation.path().replaceAll("\\{[^}]+}", userId.toString())));
        }
        builder.method(method, body != null ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.noBody());
        if (body != null || chance(0.05)) {
            var contentType = chance(0.8) ? "application/json" : chance(0.1) ? null : pick(CONTENT_TYPES);
            if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
        }
        if (chance(0.2)) {
            builder.header("Accept", pick(ACCEPTS));
        }
        for (var i = random.nextInt(3); i > 0; i--) {
            builder.header(pick(ODD_HEADERS), pick(ODD_VALUES));
        }
        var shown = body == null ? "" : " " + new String(body, StandardCharsets.UTF_8);
        return new Fuzzed(method + " " + target + shown.substring(0, Math.min(shown.length(), 300)), builder,
                operation, method, userId);
    }

    private String path(Operation operation, UUID userId) {
        var path = operation.path();
        for (var name : operation.pathParameters()) {
            var value = chance(0.7) ? (chance(0.5) ? userId : anyUserId()).toString()
                    : pick(PATH_VALUES);
            path = path.replace("{" + name + "}", encode(value));
        }
        return path;
    }

    private UUID anyUserId() {
        return new UUID(random.nextLong() ^ salt.getMostSignificantBits(),
                random.nextLong() ^ salt.getLeastSignificantBits());
    }

    private String query(Operation operation, UUID userId) {
        var pairs = new ArrayList<String>();
        operation.queryParameters().forEach((name, type) -> {
            if (chance(0.15)) {
                return;
            }
            String value;
            if ("uuid".equals(type)) {
                value = chance(0.8) ? userId.toString() : pick(PATH_VALUES);
            } else {
                value = chance(0.5) ? Integer.toString(random.nextInt(120)) : pick(NUMBER_VALUES);
            }
            pairs.add(name + "=" + encode(value));
            if (chance(0.05)) {
                pairs.add(name + "=" + encode(pick(NUMBER_VALUES)));
            }
        });
        if (chance(0.1)) {
            pairs.add(pick(new String[] {"foo=bar", "page[]=1", "=", "&&", "a=%FF", "x=" + "y".repeat(2000)}));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private byte[] body(Map<String, Field> schema, UUID userId) {
        if (chance(0.08)) {
            return wholeBodyMutation();
        }
        var fields = new LinkedHashMap<String, String>();
        schema.forEach((name, field) -> fields.put(name, field.validJson(userId)));
        for (var mutations = random.nextInt(4); mutations > 0; mutations--) {
            var names = new ArrayList<>(fields.keySet());
            var name = names.isEmpty() ? "extra" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(6)) {
                case 0 -> fields.remove(name);
                case 1, 2 -> fields.put(name, pick(JSON_VALUES));
                case 3 -> fields.put(name, "\"" + "x".repeat(random.nextInt(10_000)) + "\"");
                case 4 -> fields.put(name, nested(1 + random.nextInt(2_000)));
                default -> fields.put("unknown" + random.nextInt(3), pick(JSON_VALUES));
            }
        }
        var json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        if (chance(0.05) && !fields.isEmpty()) {
            var first = fields.keySet().iterator().next();
            json.append(json.length() > 1 ? "," : "").append('"').append(first).append("\":").append(pick(JSON_VALUES));
        }
        return bytes(json.append('}').toString());
    }

    private byte[] wholeBodyMutation() {
        List<Supplier<byte[]>> mutations = List.of(
                () -> new byte[0],
                () -> bytes("null"),
                () -> bytes("[]"),
                () -> bytes("42"),
                () -> bytes("{\"userId\":"),
                () -> bytes("{} trailing"),
                () -> bytes("\uFEFF{}"),
                () -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                () -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0, '{'},
                () -> bytes(nested(100_000)),
                () -> bytes("{" + "\"f\":1,".repeat(1_500) + "\"g\":1}"));
        return mutations.get(random.nextInt(mutations.size())).get();
    }

    private String nested(int depth) {
        var open = random.nextBoolean() ? "[" : "{\"a\":";
        var close = open.equals("[") ? "]" : "}";
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    /** Percent-encodes what a URI cannot carry as it is; a value that is already an escape stays one. */
    private static String encode(String value) {
        var encoded = new StringBuilder();
        for (var b : value.getBytes(StandardCharsets.UTF_8)) {
            var c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~%:@!$'()*,;=".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    record Fuzzed(String description, HttpRequest.Builder request, Operation operation, String method, UUID userId) {
    }

    /** One operation of an OpenAPI document: method, path, parameters and the fields of its JSON body. */
    record Operation(String method, String path, List<String> pathParameters, Map<String, String> queryParameters,
                     Map<String, Field> body) {

        static List<Operation> of(JsonNode document) {
            var operations = new ArrayList<Operation>();
            document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
                var operation = entry.getValue();
                var pathParameters = new ArrayList<String>();
                var queryParameters = new LinkedHashMap<String, String>();
                if (operation.has("parameters")) {
                    operation.get("parameters").forEach(parameter -> {
                        var schema = parameter.get("schema");
                        var type = schema.has("format") ? schema.get("format").asString() : schema.get("type").asString();
                        if ("path".equals(parameter.get("in").asString())) {
                            pathParameters.add(parameter.get("name").asString());
                        } else if ("query".equals(parameter.get("in").asString())) {
                            queryParameters.put(parameter.get("name").asString(), type);
                        }
                    });
                }
                Map<String, Field> body = null;
                var schemaRef = operation.at("/requestBody/content/application~1json/schema/$ref");
                if (!schemaRef.isMissingNode()) {
                    var name = schemaRef.asString().substring(schemaRef.asString().lastIndexOf('/') + 1);
                    body = new LinkedHashMap<>();
                    for (var property : document.get("components").get("schemas").get(name).get("properties")
                            .properties()) {
                        body.put(property.getKey(), Field.of(property.getValue()));
                    }
                }
                operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), pathParameters,
                        queryParameters, body));
            }));
            return operations;
        }
    }

    /** A body field as its schema describes it, enough to write a valid value. */
    record Field(String type, String format, JsonNode example) {

        static Field of(JsonNode schema) {
            return new Field(schema.path("type").asString(""), schema.path("format").asString(""),
                    schema.path("example"));
        }

        String validJson(UUID userId) {
            if ("uuid".equals(format)) {
                return "\"" + userId + "\"";
            }
            return example.isMissingNode() ? "null" : example.toString();
        }
    }
}
