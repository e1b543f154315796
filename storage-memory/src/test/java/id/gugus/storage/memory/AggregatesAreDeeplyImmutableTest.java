package id.gugus.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.Agency;
import id.gugus.cases.TraffickingCase;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.plan.ActionPlan;
import id.gugus.taskforce.TaskForce;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store keeps and hands out the records it is given instead of copying them
 * (see {@link MemoryVersionedStorage}). That is a copy only while every aggregate is immutable all the
 * way down; this test walks their record components and fails as soon as a mutable type (a
 * {@code java.util.List}, an array, a {@code Date}) appears, so the store cannot silently start
 * sharing state with its callers.
 */
class AggregatesAreDeeplyImmutableTest {
    private static final Set<Class<?>> VALUES = Set.of(String.class, LocalDate.class, BigDecimal.class, UUID.class,
            Boolean.class, Integer.class, Long.class, boolean.class, int.class, long.class);

    @Test
    void everyStoredAggregateIsImmutableAllTheWayDown() {
        List<String> mutable = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> aggregate : List.of(Jurisdiction.class, Agency.class, TaskForce.class, TraffickingCase.class,
                ActionPlan.class, CoordinationMeeting.class)) {
            walk(aggregate, aggregate.getSimpleName(), seen, mutable);
        }
        assertThat(mutable).isEmpty();
        assertThat(seen).as("the walk reached the nested records").contains(id.gugus.cases.Victim.class,
                id.gugus.meeting.FollowUp.class, id.gugus.plan.Activity.class, id.gugus.taskforce.Member.class);
    }

    private static void walk(Type type, String path, Set<Class<?>> seen, List<String> mutable) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (raw != ImmutableList.class && raw != ImmutableSet.class) {
                mutable.add(path + ": " + type);
                return;
            }
            walk(p.getActualTypeArguments()[0], path + "[]", seen, mutable);
            return;
        }
        Class<?> c = (Class<?>) type;
        if (VALUES.contains(c) || c.isEnum()) {
            return;
        }
        if (!c.isRecord()) {
            mutable.add(path + ": " + c.getName());
            return;
        }
        if (!seen.add(c)) {
            return;
        }
        for (RecordComponent component : c.getRecordComponents()) {
            walk(component.getGenericType(), path + "." + component.getName(), seen, mutable);
        }
    }
}
