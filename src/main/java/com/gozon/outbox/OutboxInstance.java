package com.gozon.outbox;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * This process as a holder of outbox publications: every database connection names it in the session setting
 * {@code gozon.instance}, so that a publication it writes or claims records it ({@code claimed_by}, filled in by the
 * database) and the other instances can take its publications over once its lease expired ({@link InstanceLeases}).
 */
final class OutboxInstance implements BeanPostProcessor {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String id;

    private OutboxInstance(String id) {
        this.id = id;
    }

    /** The configured id ({@code gozon.outbox.instance-id}), or a new one for each start. */
    static OutboxInstance named(@Nullable String configured) {
        var id = configured == null || configured.isBlank() ? UUID.randomUUID().toString() : configured;
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("gozon.outbox.instance-id is 1 to 64 of A-Z a-z 0-9 . _ -: " + id);
        }
        return new OutboxInstance(id);
    }

    String id() {
        return id;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql("select set_config('gozon.instance', '" + id + "', false)");
        }
        return bean;
    }
}
