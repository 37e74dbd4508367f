package cn.kejiju.workbench.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** For {@link ResponseHeadersIT} only: an address that fails, so that the 500 page can be looked at. */
@WebServlet("/test/failure")
public class FailingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        throw new IllegalStateException("a failure on purpose");
    }
}
