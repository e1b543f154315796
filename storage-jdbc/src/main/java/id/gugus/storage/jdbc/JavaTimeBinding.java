package id.gugus.storage.jdbc;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Binds {@link LocalDateTime} and {@link LocalDate} with JDBC 4.2's {@code setObject} and
 * {@code getObject(i, type)}. jOOQ's default binding goes through {@link java.sql.Timestamp} and
 * {@link java.sql.Date}, which read the value in the JVM's time zone: a UTC time stamp written
 * from a JVM in Asia/Pontianak and read from one in UTC would move by seven hours. The drivers of
 * H2, PostgreSQL and MariaDB take java.time values as they are.
 */
final class JavaTimeBinding<T> implements Binding<T, T> {
    private static final long serialVersionUID = 1L;

    static final JavaTimeBinding<LocalDateTime> TIMESTAMP = new JavaTimeBinding<>(LocalDateTime.class, Types.TIMESTAMP);
    static final JavaTimeBinding<LocalDate> DATE = new JavaTimeBinding<>(LocalDate.class, Types.DATE);

    private final Class<T> type;
    private final int sqlType;
    private final transient Converter<T, T> identity;

    private JavaTimeBinding(Class<T> type, int sqlType) {
        this.type = type;
        this.sqlType = sqlType;
        this.identity = Converter.of(type, type, v -> v, v -> v);
    }

    /** The data type with this binding, e.g. {@code JavaTimeBinding.TIMESTAMP.on(LOCALDATETIME(6))}. */
    DataType<T> on(DataType<T> dataType) {
        return dataType.asConvertedDataType(this);
    }

    @Override
    public Converter<T, T> converter() {
        return identity;
    }

    @Override
    public void sql(BindingSQLContext<T> ctx) {
        if (ctx.render().paramType() == ParamType.INLINED) {
            ctx.render().visit(DSL.inline(ctx.value()));
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void register(BindingRegisterContext<T> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), sqlType);
    }

    @Override
    public void set(BindingSetStatementContext<T> ctx) throws SQLException {
        if (ctx.value() == null) {
            ctx.statement().setNull(ctx.index(), sqlType);
        } else {
            ctx.statement().setObject(ctx.index(), ctx.value());
        }
    }

    @Override
    public void get(BindingGetResultSetContext<T> ctx) throws SQLException {
        ctx.value(ctx.resultSet().getObject(ctx.index(), type));
    }

    @Override
    public void get(BindingGetStatementContext<T> ctx) throws SQLException {
        ctx.value(ctx.statement().getObject(ctx.index(), type));
    }

    @Override
    public void set(BindingSetSQLOutputContext<T> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("no UDT support");
    }

    @Override
    public void get(BindingGetSQLInputContext<T> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("no UDT support");
    }
}
