package cn.kejiju.workbench.security.pages;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionPagesTest {

    @Test
    void aLocalPageIsWhereTheSignInReturns() {
        assertEquals("/enterprise/list.xhtml?q=%E8%93%9D", SessionPages.safeNext("/enterprise/list.xhtml?q=%E8%93%9D"));
        assertEquals("/a%20b.xhtml", SessionPages.safeNext("/a b.xhtml"));
    }

    @Test
    void anotherSiteIsNever() {
        for (String next : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "evil", "", null}) {
            assertEquals("/index.xhtml", SessionPages.safeNext(next), String.valueOf(next));
        }
    }

    @Test
    void whatIsNoValidAddressGoesHome() {
        for (String next : new String[] {"/a|b", "/%", "/a%zz", "/a\tb", "/a\r\nSet-Cookie: x=1", "/a\u0000b", "/a\"b", "/<x>"}) {
            assertEquals("/index.xhtml", SessionPages.safeNext(next), next);
        }
    }
}
