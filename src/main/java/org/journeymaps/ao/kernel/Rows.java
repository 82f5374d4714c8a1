package org.journeymaps.ao.kernel;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import net.java.ao.Entity;
import net.java.ao.Query;

/** Row operations every kind of element needs, over AO; ids arrive as the domain's longs. */
public final class Rows {
    /** ORDER BY of positioned rows; quoted, as AO asks for ORDER BY on PostgreSQL. */
    public static final String BY_POSITION = "\"SORT_INDEX\", \"ID\"";
    /** Oracle refuses IN lists of more than 1,000 values, so longer lists go in chunks of this size. */
    public static final int IN_LIST_SIZE = 500;

    private final ActiveObjects ao;

    public Rows(ActiveObjects ao) {
        this.ao = ao;
    }

    public ActiveObjects ao() {
        return ao;
    }

    public <E extends Entity> Optional<E> find(Class<E> type, long id) {
        return AoValues.isKey(id) ? Optional.ofNullable(ao.get(type, AoValues.key(id))) : Optional.empty();
    }

    /** A row the use cases have checked exists; a missing one is a programming error. */
    public <E extends Entity> E existing(Class<E> type, long id) {
        return find(type, id).orElseThrow(() -> new IllegalStateException("No " + type.getSimpleName() + " " + id));
    }

    public <E extends Entity> List<E> list(Class<E> type, Query query) {
        return List.of(ao.find(type, query));
    }

    /** Mapped rows of {@code type} whose {@code column} is {@code id}, in {@code order}. */
    public <E extends Entity, T> List<T> where(Class<E> type, String column, long id, String order, Function<E, T> mapper) {
        return list(type, Query.select().where(column + " = ?", AoValues.key(id)).order(order)).stream()
                .map(mapper).toList();
    }

    /**
     * One column of the rows matching {@code criteria}, in id order, read through {@code stream}: a projection
     * needs no editable entities.
     */
    public <E extends Entity, T> List<T> column(Class<E> type, String column, Function<E, T> getter, String criteria,
                                         Object... params) {
        List<T> values = new ArrayList<>();
        String fields = column.equals("ID") ? "ID" : "ID, " + column;
        ao.stream(type, Query.select(fields).where(criteria, params).order("\"ID\""),
                row -> values.add(getter.apply(row)));
        return values;
    }

    /** Sets the position of each row named (read in one query per chunk); nothing else is written. */
    public <E extends Entity> void updatePositions(Class<E> type, Map<Long, Integer> positions, ObjIntConsumer<E> setter) {
        for (List<Long> ids : chunks(positions.keySet())) {
            E[] found = ao.find(type, idIn("ID", ids.size()), keys(ids));
            if (found.length != ids.size()) {
                throw new IllegalStateException("Not every " + type.getSimpleName() + " of " + ids + " exists");
            }
            for (E row : found) {
                setter.accept(row, positions.get((long) row.getID()));
                row.save();
            }
        }
    }

    /** Deletes the rows of {@code type} whose {@code column} is one of {@code ids}. */
    public void deleteWhereIn(Class<? extends Entity> type, String column, Collection<Long> ids) {
        for (List<Long> chunk : chunks(ids)) {
            ao.deleteWithSQL(type, idIn(column, chunk.size()), keys(chunk));
        }
    }

    public static String idIn(String column, int count) {
        return column + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    public static Object[] keys(Collection<Long> ids) {
        return ids.stream().map(AoValues::key).toArray();
    }

    public static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int start = 0; start < all.size(); start += IN_LIST_SIZE) {
            chunks.add(all.subList(start, Math.min(all.size(), start + IN_LIST_SIZE)));
        }
        return chunks;
    }
}
