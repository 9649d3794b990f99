package com.gozon.http.input;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON strings in request bodies must be storable as sent ({@link StorableTextDeserializer}). Only the web's JSON is
 * affected; messages and events keep the shared mapper.
 */
@Configuration(proxyBeanMethods = false)
class WebInputConfiguration implements WebMvcConfigurer {

    private final JsonMapper json;

    WebInputConfiguration(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        var storableText = new SimpleModule("storable-text").addDeserializer(String.class,
                new StorableTextDeserializer());
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(json.rebuild().addModule(storableText).build()));
    }
}
