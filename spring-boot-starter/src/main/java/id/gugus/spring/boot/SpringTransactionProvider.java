package id.gugus.spring.boot;

import java.util.Objects;
import org.jooq.Transaction;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * jOOQ transactions as Spring transactions, so that the JDBC store's units of work join the
 * application's: each jOOQ transaction is a Spring one with {@code PROPAGATION_NESTED}, a new
 * transaction outside any, a savepoint inside the application's {@code @Transactional} one. A
 * unit of work then commits with the application's transaction, and rolls back with it.
 */
final class SpringTransactionProvider implements TransactionProvider {
    private static final TransactionDefinition NESTED =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final PlatformTransactionManager transactions;

    SpringTransactionProvider(PlatformTransactionManager transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void begin(TransactionContext context) {
        context.transaction(new SpringTransaction(transactions.getTransaction(NESTED)));
    }

    @Override
    public void commit(TransactionContext context) {
        transactions.commit(status(context));
    }

    @Override
    public void rollback(TransactionContext context) {
        transactions.rollback(status(context));
    }

    private static TransactionStatus status(TransactionContext context) {
        return ((SpringTransaction) context.transaction()).status;
    }

    private record SpringTransaction(TransactionStatus status) implements Transaction {}
}
