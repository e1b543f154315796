package id.gugus.taskforce;

/** A decree (SK) is drafted, then signed; a signed one may later be revoked or replaced. */
public enum DecreeStatus {
    DRAFTED,
    SIGNED,
    REVOKED
}
