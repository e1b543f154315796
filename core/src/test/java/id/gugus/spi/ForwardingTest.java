package id.gugus.spi;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Nik;
import id.gugus.common.Aggregate;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method of every SPI interface, called on its forwarding class, reaches the delegate once,
 * as the same method with the same arguments, and hands back the delegate's own result. Found by
 * reflection, so a method added to an interface and forgotten in its forwarding class (which,
 * being abstract, still compiles) fails here.
 */
class ForwardingTest {
    /** Arguments the forwarding must pass on as they are; anything not listed is a fresh sentinel or null. */
    private static final Map<Class<?>, Object> SAMPLES = Map.of(
            JurisdictionCode.class, JurisdictionCode.of("61.71"),
            CaseNumber.class, CaseNumber.of("LP/B/1/I/2026/SPKT"),
            CaseQuery.class, CaseQuery.all().within(JurisdictionCode.of("61")),
            PageRequest.class, PageRequest.first(7),
            Nik.class, Nik.of("6171054107900001"),
            Period.class, Period.years(2020, 2024),
            AuditQuery.class, AuditQuery.all().byActor("someone"));

    static Stream<Arguments> forwardingClasses() {
        return Stream.of(
                forwarding(StorageBackend.class, d -> new ForwardingStorageBackend() {
                    @Override
                    protected StorageBackend delegate() {
                        return d;
                    }
                }),
                forwarding(JurisdictionStorage.class, d -> new ForwardingJurisdictionStorage() {
                    @Override
                    protected JurisdictionStorage delegate() {
                        return d;
                    }
                }),
                forwarding(AgencyStorage.class, d -> new ForwardingAgencyStorage() {
                    @Override
                    protected AgencyStorage delegate() {
                        return d;
                    }
                }),
                forwarding(TaskForceStorage.class, d -> new ForwardingTaskForceStorage() {
                    @Override
                    protected TaskForceStorage delegate() {
                        return d;
                    }
                }),
                forwarding(CaseStorage.class, d -> new ForwardingCaseStorage() {
                    @Override
                    protected CaseStorage delegate() {
                        return d;
                    }
                }),
                forwarding(ActionPlanStorage.class, d -> new ForwardingActionPlanStorage() {
                    @Override
                    protected ActionPlanStorage delegate() {
                        return d;
                    }
                }),
                forwarding(MeetingStorage.class, d -> new ForwardingMeetingStorage() {
                    @Override
                    protected MeetingStorage delegate() {
                        return d;
                    }
                }),
                forwarding(AuditStorage.class, d -> new ForwardingAuditStorage() {
                    @Override
                    protected AuditStorage delegate() {
                        return d;
                    }
                }));
    }

    private static <S> Arguments forwarding(Class<S> spi, Function<S, ? extends S> wrap) {
        return Arguments.of(spi.getSimpleName(), spi, wrap);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forwardingClasses")
    <S> void everyMethodReachesTheDelegateWithItsArgumentsAndReturnsItsResult(String name, Class<S> spi,
            Function<S, ? extends S> wrap) throws Exception {
        for (Method method : spi.getMethods()) {
            Recorder recorder = new Recorder();
            S delegate = recording(spi, recorder);
            S forwarding = wrap.apply(delegate);
            Method implementation = forwarding.getClass().getMethod(method.getName(), method.getParameterTypes());
            assertThat(Modifier.isAbstract(implementation.getModifiers()))
                    .as("%s.%s is implemented", name, method.getName()).isFalse();

            Object[] args = Arrays.stream(method.getParameterTypes()).map(ForwardingTest::argument).toArray();
            Object result = invoke(method, forwarding, args);

            assertThat(recorder.calls).as("calls of the delegate by %s.%s", name, method.getName())
                    .singleElement().satisfies(call -> {
                        assertThat(call.method()).isEqualTo(method);
                        assertThat(call.args()).containsExactly(args);
                    });
            if (method.getReturnType().isPrimitive()) {
                assertThat(result).as("result of %s.%s", name, method.getName()).isEqualTo(recorder.results.get(0));
            } else {
                assertThat(result).as("result of %s.%s", name, method.getName()).isSameAs(recorder.results.get(0));
            }
        }
    }

    /** The aggregate storages of a back-end, by the aggregate type each stores. */
    private static final Map<String, Class<?>> AGGREGATE_TYPES = Map.of(
            "agencies", id.gugus.agency.Agency.class,
            "taskForces", id.gugus.taskforce.TaskForce.class,
            "cases", id.gugus.cases.TraffickingCase.class,
            "actionPlans", id.gugus.plan.ActionPlan.class,
            "meetings", id.gugus.meeting.CoordinationMeeting.class);

    @Test
    void withoutAggregatePrimitivesOfItsOwnTheBackendHandsOutTheDelegatesStorages() throws Exception {
        StorageBackend delegate = recording(StorageBackend.class, new Recorder());
        StorageBackend forwarding = new ForwardingStorageBackend() {
            @Override
            protected StorageBackend delegate() {
                return delegate;
            }
        };
        for (String accessor : AGGREGATE_TYPES.keySet()) {
            Method m = StorageBackend.class.getMethod(accessor);
            assertThat(m.invoke(forwarding)).as(accessor).isSameAs(m.invoke(delegate));
        }
    }

    @Test
    void aggregatePrimitivesTakeOverFindInsertUpdateAndDeleteOfEveryAggregateTypeAndNothingElse() throws Exception {
        Map<Class<?>, Recorder> primitivesByType = new HashMap<>();
        StorageBackend delegate = recording(StorageBackend.class, new Recorder());
        StorageBackend forwarding = new ForwardingStorageBackend() {
            @Override
            protected StorageBackend delegate() {
                return delegate;
            }

            @Override
            protected <I, A extends Aggregate<I, A>> AggregateStorage<I, A> aggregatePrimitives(
                    Class<A> type, AggregateStorage<I, A> primitives) {
                assertThat(primitives).isInstanceOf(Proxy.class);
                @SuppressWarnings("unchecked")
                AggregateStorage<I, A> own = recording(AggregateStorage.class,
                        primitivesByType.computeIfAbsent(type, t -> new Recorder()));
                return own;
            }
        };
        for (Map.Entry<String, Class<?>> storage : AGGREGATE_TYPES.entrySet()) {
            Method accessor = StorageBackend.class.getMethod(storage.getKey());
            Object typed = accessor.invoke(forwarding);
            for (Method method : accessor.getReturnType().getMethods()) {
                Object[] args = Arrays.stream(method.getParameterTypes()).map(ForwardingTest::argument).toArray();
                Recorder own = primitivesByType.get(storage.getValue());
                int ownBefore = own.calls.size();
                invoke(method, typed, args);
                boolean primitive = method.getDeclaringClass() == AggregateStorage.class;
                assertThat(own.calls.size() - ownBefore).as("%s.%s through the aggregate primitives",
                        storage.getKey(), method.getName()).isEqualTo(primitive ? 1 : 0);
                if (primitive) {
                    assertThat(own.calls.get(ownBefore).method().getName()).isEqualTo(method.getName());
                    assertThat(own.calls.get(ownBefore).args()).containsExactly(args);
                }
            }
        }
        assertThat(primitivesByType).containsOnlyKeys(AGGREGATE_TYPES.values());
    }

    private static <S> S recording(Class<S> type, Recorder recorder) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, recorder));
    }

    private static Object argument(Class<?> type) {
        if (type == long.class) {
            return 17L;
        }
        if (SAMPLES.containsKey(type)) {
            return SAMPLES.get(type);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[type.getEnumConstants().length - 1];
        }
        if (type.isInterface() && type != Collection.class && type != List.class) {
            return sentinel(type);
        }
        return type.isAssignableFrom(ArrayList.class) ? new ArrayList<>() : type == Object.class ? new Object() : null;
    }

    /** An object of an interface that is only itself: equal to itself alone, doing nothing. */
    private static Object sentinel(Class<?> type) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getDeclaringClass() == Object.class ? objectMethod(proxy, method, args) : null);
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "sentinel@" + Integer.toHexString(System.identityHashCode(proxy));
        };
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Exception {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method.getName() + " threw", e.getCause());
        }
    }

    private record Call(Method method, Object[] args) {}

    /**
     * The delegate: records each call and answers with a result no forwarding class could make up;
     * a storage it hands out is a recorder too, the same one each time.
     */
    private static final class Recorder implements java.lang.reflect.InvocationHandler {
        final List<Call> calls = new ArrayList<>();
        final List<Object> results = new ArrayList<>();
        private final Map<Method, Object> storages = new HashMap<>();

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args);
            }
            calls.add(new Call(method, args == null ? new Object[0] : args));
            Object result = resultOf(method);
            results.add(result);
            return result;
        }

        private Object resultOf(Method method) {
            Class<?> type = method.getReturnType();
            if (type == long.class) {
                return 4242L;
            }
            if (type == boolean.class) {
                return true;
            }
            if (type == Optional.class) {
                return Optional.of(new Object());
            }
            if (type == List.class) {
                return new ArrayList<>(List.of(new Object()));
            }
            if (type == Page.class) {
                return new Page<>(com.google.common.collect.ImmutableList.of(), "cursor");
            }
            if (type.isInterface()) {
                return storages.computeIfAbsent(method, m -> recording(type, new Recorder()));
            }
            return type == Object.class ? new Object() : null;
        }
    }
}
