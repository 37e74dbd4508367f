package cn.kejiju.workbench.security;

/** What an integrator token may do: read, or read and write. */
public enum TokenScope {
    READ,
    READ_WRITE
}
