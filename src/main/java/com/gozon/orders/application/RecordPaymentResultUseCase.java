package com.gozon.orders.application;

/** Applies the outcome of an order's payment, once per message, whatever how often it arrives. */
public interface RecordPaymentResultUseCase {

    PaymentResultRecorded recordPaymentResult(PaymentResult result);
}
