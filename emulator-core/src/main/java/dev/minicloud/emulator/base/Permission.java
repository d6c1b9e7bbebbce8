package dev.minicloud.emulator.base;

/**
 * The four basic permission modes of a collection or of the storage, as the console offers them and the service's
 * API names them ({@code acl_tag}). They apply only to the mini-program client: cloud functions, the console and the
 * Java API are admins and never restricted.
 */
public enum Permission {
    /** All users read; only the creator writes (others' writes change nothing). */
    READONLY,
    /** Only the creator reads and writes; other users' documents are invisible. The console's default. */
    PRIVATE,
    /** All users read; only admins write (client writes fail with -502003). */
    ADMINWRITE,
    /** Only admins read and write (every client request fails with -502003). */
    ADMINONLY
}
