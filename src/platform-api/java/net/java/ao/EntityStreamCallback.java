package net.java.ao;

/** Receives the read-only entities of {@code ActiveObjects.stream}, one row at a time. */
public interface EntityStreamCallback<T extends RawEntity<K>, K> {
    void onRowRead(T t);
}
