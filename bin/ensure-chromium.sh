#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through its ChromeDriver. Install both when they are
# missing and this user may (root with apt-get); otherwise say so, and the browser tests are skipped
# with that reason.
set -u
# A font with Chinese glyphs, so that the screenshots the browser tests take can be read (optional).
fonts_missing() { ! fc-list :lang=zh 2>/dev/null | grep -q .; }
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    if fonts_missing && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei >/dev/null 2>&1 || true
    fi
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing chromium and chromium-driver (Debian packages) for the browser tests ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    if apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1; then
        apt-get install -y -qq fonts-wqy-zenhei >/dev/null 2>&1 || true
        exit 0
    fi
fi
echo "WARNING: Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver);" \
     "the browser tests will be skipped." >&2
exit 0
