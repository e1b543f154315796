package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The application's keys: checked when made, copied in and out, never shown. */
class PersonalDataKeysTest {
    @Test
    void keysAreCheckedWhenMade() {
        byte[] aes = new byte[32];
        byte[] hmac = new byte[32];
        Arrays.fill(hmac, (byte) 1);
        assertThat(PersonalDataKeys.of("2026-03", aes, hmac).keyId()).isEqualTo("2026-03");
        assertThatThrownBy(() -> PersonalDataKeys.of("", aes, hmac)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key id");
        assertThatThrownBy(() -> PersonalDataKeys.of("with space", aes, hmac)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalDataKeys.of("k".repeat(41), aes, hmac)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonalDataKeys.of("k1", new byte[20], hmac)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16, 24 or 32 bytes, was 20");
        assertThatThrownBy(() -> PersonalDataKeys.of("k1", aes, new byte[16])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> PersonalDataKeys.of("k1", hmac, hmac)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one key for AES and HMAC");
    }

    @Test
    void keyMaterialIsCopiedInAndOut() {
        byte[] aes = new byte[16];
        byte[] hmac = new byte[32];
        Arrays.fill(hmac, (byte) 7);
        PersonalDataKeys keys = PersonalDataKeys.of("k1", aes, hmac);
        aes[0] = 42;
        keys.hmacKey()[0] = 42;
        assertThat(keys.aesKey()).isEqualTo(new byte[16]);
        assertThat(keys.hmacKey()[0]).isEqualTo((byte) 7);
        assertThat(keys).isEqualTo(PersonalDataKeys.of("k1", new byte[16], keys.hmacKey()))
                .isNotEqualTo(PersonalDataKeys.of("k2", new byte[16], keys.hmacKey()))
                .isNotEqualTo(PersonalDataKeys.of("k1", new byte[24], keys.hmacKey()));
    }

    @Test
    void generatedKeysAreFreshAndTheirTextShowsNoKeyMaterial() {
        PersonalDataKeys one = PersonalDataKeys.generate("k1");
        PersonalDataKeys two = PersonalDataKeys.generate("k1");
        assertThat(one.aesKey()).hasSize(32).isNotEqualTo(two.aesKey()).isNotEqualTo(one.hmacKey());
        assertThat(one).isNotEqualTo(two);
        String shown = one + " " + JdbcStoreConfig.of(org.jooq.SQLDialect.H2).withPersonalDataKeys(one);
        assertThat(shown).contains("k1").contains("redacted");
        for (byte[] key : new byte[][] {one.aesKey(), one.hmacKey()}) {
            assertThat(shown).doesNotContain(Base64.getEncoder().encodeToString(key), HexFormat.of().formatHex(key),
                    HexFormat.of().formatHex(key, 0, 4), Arrays.toString(key));
        }
    }
}
