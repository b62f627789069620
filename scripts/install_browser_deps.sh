#!/bin/sh
# What the browser tests (tests/explore/test_browser.py) need from the system: Debian's
# chromium, which Playwright drives, and fonts-noto-cjk, so that Chinese renders in the
# pages and their screenshots. Installed with apt-get when missing (as root, as CI runs);
# when both are there this is one dpkg-query and nothing else. Where they cannot be
# installed (not Debian, not root) it says so and the browser tests skip with a reason.
set -u
PACKAGES="chromium fonts-noto-cjk"

missing=""
for pkg in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "browser tests: no apt-get to install$missing; they will be skipped" >&2
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "browser tests: run as root (or: sudo apt-get install$missing); they will be skipped" >&2
    exit 0
fi
echo "installing$missing for the browser tests (apt-get)" >&2
apt-get update -q >/dev/null \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null \
    || echo "browser tests: apt-get could not install$missing; they will be skipped" >&2
exit 0
