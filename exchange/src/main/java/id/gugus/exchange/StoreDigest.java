package id.gugus.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.BaseEncoding;
import id.gugus.audit.AuditEntry;
import id.gugus.json.GugusJson;
import id.gugus.spi.StorageBackend;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a store holds, in a few numbers: per aggregate type, the count and a content digest, so
 * that two stores (of any kinds) can be compared without comparing them record by record. The
 * digest of a type is the sum, modulo 2<sup>256</sup>, of the SHA-256 of each record's JSON
 * ({@link GugusJson}, personal data included): it does not depend on the order a back-end lists
 * records in, and takes constant memory. Audit entries are the exception: their order is part of
 * what is kept, so each is hashed with its position (1, 2, ...) in place of its sequence number,
 * which a back-end gives itself.
 *
 * @param types per {@code jurisdictions}, {@code agencies}, {@code task-forces},
 *     {@code action-plans}, {@code cases}, {@code meetings}, {@code audit}: count and digest
 */
public record StoreDigest(ImmutableMap<String, TypeDigest> types) {
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    public StoreDigest {
        types = ImmutableMap.copyOf(types);
    }

    /** Reads every record of {@code backend} through its SPI, a page at a time. */
    public static StoreDigest of(StorageBackend backend, Progress progress) {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(progress, "progress");
        StoreWalk walk = new StoreWalk(backend);
        ObjectWriter json = GugusJson.mapperWithPersonalData().writer();
        Map<String, TypeDigest> types = new LinkedHashMap<>();
        for (Part part : Part.values()) {
            Sum sum = new Sum(json, part == Part.AUDIT);
            long total = walk.expected(part);
            walk.walk(part, batch -> {
                batch.forEach(sum::add);
                progress.update(part.label(), sum.count, total);
            });
            types.put(part.label(), sum.result());
        }
        return new StoreDigest(ImmutableMap.copyOf(types));
    }

    /** The count of records of a type; 0 for a type it does not list. */
    public long count(String type) {
        TypeDigest d = types.get(type);
        return d == null ? 0 : d.count();
    }

    /**
     * One aggregate type.
     *
     * @param count how many records
     * @param sha256Sum the sum of their SHA-256s modulo 2^256, 64 hex digits
     */
    public record TypeDigest(long count, String sha256Sum) {}

    private static final class Sum {
        private final ObjectWriter json;
        private final boolean positional;
        private final MessageDigest sha256 = BackupWriter.sha256();
        private BigInteger sum = BigInteger.ZERO;
        private long count;

        Sum(ObjectWriter json, boolean positional) {
            this.json = json;
            this.positional = positional;
        }

        void add(Object record) {
            count++;
            try {
                Object hashed = positional ? ((AuditEntry) record).withSequence(0) : record;
                if (positional) {
                    sha256.update((count + ":").getBytes(StandardCharsets.UTF_8));
                }
                sha256.update(json.writeValueAsString(hashed).getBytes(StandardCharsets.UTF_8));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a record as JSON", e);
            }
            sum = sum.add(new BigInteger(1, sha256.digest())).mod(MODULUS);
        }

        TypeDigest result() {
            byte[] bytes = sum.toByteArray();
            byte[] fixed = new byte[32];
            int n = Math.min(bytes.length, 32);
            System.arraycopy(bytes, bytes.length - n, fixed, 32 - n, n);
            return new TypeDigest(count, BaseEncoding.base16().lowerCase().encode(fixed));
        }
    }
}
