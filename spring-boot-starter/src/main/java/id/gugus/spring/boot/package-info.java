/**
 * The Spring Boot starter of Gugus: {@link id.gugus.spring.boot.GugusAutoConfiguration} makes the
 * store from the application's {@code DataSource} (or in memory), joins Spring-managed
 * transactions, resolves the calling {@link id.gugus.security.Actor} from Spring Security, and
 * reports metrics and health. Its properties are {@link id.gugus.spring.boot.GugusProperties}
 * ({@code gugus.*}).
 */
package id.gugus.spring.boot;
