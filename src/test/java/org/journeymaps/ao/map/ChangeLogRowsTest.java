package org.journeymaps.ao.map;

import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeymaps.domain.map.ChangeKind;
import org.journeymaps.domain.kernel.ElementType;
import org.journeymaps.domain.map.JourneyMap;
import org.journeymaps.domain.map.MapChange;
import org.junit.jupiter.api.Test;

class ChangeLogRowsTest extends AoRepositoryTest {

    @Test
    void changesSince_returnsTheChangesAfterARevisionOldestFirstUpToTheLimit() {
        JourneyMap map = newMap(100, "Achat");
        JourneyMap other = newMap(101, "Retour");
        MapChange third = change(map, 3, null, ChangeKind.DELETED, ElementType.CARD);
        MapChange first = change(map, 1, "alice", ChangeKind.CREATED, ElementType.MAP);
        MapChange second = change(map, 2, "bob", ChangeKind.REORDERED, ElementType.STAGE);
        MapChange ofOtherMap = change(other, 2, "bob", ChangeKind.UPDATED, ElementType.MAP);
        inTransaction(() -> List.of(third, first, ofOtherMap, second).forEach(repository::appendChange));

        assertThat(repository.changesSince(map.id(), 0, 10)).containsExactly(first, second, third);
        assertThat(repository.changesSince(map.id(), 1, 10)).containsExactly(second, third);
        assertThat(repository.changesSince(map.id(), 0, 2)).containsExactly(first, second);
        assertThat(repository.changesSince(map.id(), 3, 10)).isEmpty();
    }

    @Test
    void oldestKeptRevision_isTheLowestRevisionLoggedOrEmpty() {
        JourneyMap map = newMap(100, "Achat");
        assertThat(repository.oldestKeptRevision(map.id())).isEmpty();

        inTransaction(() -> {
            repository.appendChange(change(map, 7, "alice", ChangeKind.UPDATED, ElementType.MAP));
            repository.appendChange(change(map, 5, "alice", ChangeKind.UPDATED, ElementType.MAP));
        });

        assertThat(repository.oldestKeptRevision(map.id())).hasValue(5);
    }

    private static MapChange change(JourneyMap map, long revision, String author, ChangeKind kind, ElementType type) {
        return new MapChange(map.id(), revision, author, CREATED.plusSeconds(revision), kind, type, map.id() + revision);
    }
}
