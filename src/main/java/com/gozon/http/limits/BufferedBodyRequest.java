package com.gozon.http.limits;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose body has been read already: whoever reads it next reads it from memory. A form's fields
 * ({@code application/x-www-form-urlencoded}) are parameters as they would have been, next to the query's.
 */
public final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private @Nullable Map<String, String[]> parameters;

    public BufferedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
        var in = new ByteArrayInputStream(body);
        return new ServletInputStream() {

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("The body has been read already");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset(StandardCharsets.ISO_8859_1)));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public @Nullable String getParameter(String name) {
        var values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            parameters = Collections.unmodifiableMap(parameters());
        }
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
        return getParameterMap().get(name);
    }

    /** The query's parameters (the container parses them; the body it can no longer read), then the form's. */
    private Map<String, String[]> parameters() {
        var merged = new LinkedHashMap<String, List<String>>();
        super.getParameterMap().forEach((name, values) -> merged.computeIfAbsent(name, n -> new ArrayList<>())
                .addAll(List.of(values)));
        if (isForm()) {
            var charset = charset(StandardCharsets.UTF_8);
            for (var pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                var equals = pair.indexOf('=');
                var name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                var value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
                merged.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        var result = new LinkedHashMap<String, String[]>();
        merged.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
        return result;
    }

    private boolean isForm() {
        var contentType = getContentType();
        try {
            return contentType != null
                    && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Charset charset(Charset fallback) {
        var encoding = getCharacterEncoding();
        try {
            return encoding != null ? Charset.forName(encoding) : fallback;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
