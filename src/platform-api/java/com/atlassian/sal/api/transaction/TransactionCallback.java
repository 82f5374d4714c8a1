package com.atlassian.sal.api.transaction;

/** Work run inside a transaction; a runtime exception rolls it back. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
