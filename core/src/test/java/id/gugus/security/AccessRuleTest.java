package id.gugus.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.audit.AuditAction;
import id.gugus.error.AccessDeniedException;
import id.gugus.rules.RuleCatalogue;
import id.gugus.validation.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The two access rules and the refusal they produce, in English and Indonesian. */
class AccessRuleTest {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void rulesAreErrorsInTheCatalogue() {
        assertThat(AccessRule.PERMISSION.id()).isEqualTo("ACCESS-PERMISSION");
        assertThat(AccessRule.SCOPE.id()).isEqualTo("ACCESS-SCOPE");
        for (AccessRule rule : AccessRule.values()) {
            assertThat(rule.severity()).isEqualTo(Severity.ERROR);
            assertThat(RuleCatalogue.find(rule.id())).contains(rule);
        }
    }

    @Test
    void aMissingPermissionIsNamedInBothLanguages() {
        AccessDeniedException e = new AccessDeniedException(AccessRule.PERMISSION, "viewer@61",
                AuditAction.READ.ordinal(), "Case 42", "READ_CASES");
        assertThat(e.rule()).isEqualTo(AccessRule.PERMISSION);
        assertThat(e.getMessage())
                .isEqualTo("[ACCESS-PERMISSION] Actor viewer@61 may not read Case 42: none of its roles grants READ_CASES.");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(e.getMessage(INDONESIAN)).isEqualTo(
                "[ACCESS-PERMISSION] Aktor viewer@61 tidak boleh membaca Case 42: tidak ada perannya yang memberi izin READ_CASES.");
    }

    @Test
    void aTargetOutsideTheScopeIsNamedInBothLanguages() {
        AccessDeniedException e = new AccessDeniedException(AccessRule.SCOPE, "case-worker@61.71",
                AuditAction.UPDATE.ordinal(), "Case 7", "61.71");
        assertThat(e.getMessage()).isEqualTo(
                "[ACCESS-SCOPE] Actor case-worker@61.71 may not update Case 7: it lies outside the actor's scope 61.71.");
        assertThat(e.getMessage(INDONESIAN)).isEqualTo(
                "[ACCESS-SCOPE] Aktor case-worker@61.71 tidak boleh mengubah Case 7: berada di luar cakupan wilayah aktor 61.71.");
    }

    @Test
    void theArgumentsAreCopied() {
        Object[] args = {"viewer@61", AuditAction.READ.ordinal(), "Case 42", "READ_CASES"};
        AccessDeniedException e = new AccessDeniedException(AccessRule.PERMISSION, args);
        args[2] = "something else";
        assertThat(e.getMessage(INDONESIAN)).contains("Case 42").doesNotContain("something else");
    }
}
