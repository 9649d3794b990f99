package com.gozon.orders.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void isKeptWithTwoFractionalDigits() {
        assertThat(Money.of("5").amount()).isEqualTo(new BigDecimal("5.00"));
        assertThat(Money.of("5.10")).isEqualTo(Money.of("5.1"));
        assertThat(Money.of("5.100").amount().scale()).isEqualTo(2);
    }

    @Test
    void refusesNegativeAmountsAndFractionsOfACent() {
        assertThatThrownBy(() -> Money.of("-0.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("0.001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestedAmountIsPositiveAndAtMostOneBillion() {
        assertThat(Money.requested(new BigDecimal("1000000000.00"))).isEqualTo(Money.of("1000000000"));
        assertThatThrownBy(() -> Money.requested(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.requested(new BigDecimal("1000000000.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
