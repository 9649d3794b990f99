package com.gozon.payments.domain;

/** Why a balance changed: the account was opened, topped up, or debited for an order. */
public enum EntryKind {
    OPENED, TOP_UP, DEBIT
}
