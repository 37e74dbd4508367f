#!/usr/bin/env python3
"""The client side of bin/dev/crash-test.sh (standard library only).

  crash_load.py load  BASE JOURNAL SECONDS WORKERS   write load until SECONDS pass; every answered write
                                                     is appended to JOURNAL (one JSON line) the moment its
                                                     answer arrives
  crash_load.py check BASE JOURNAL                   every acknowledged write is there (by id, with its
                                                     state); the audit chain verifies (auditor session)
  crash_load.py bench BASE N                         N commissioner registrations, one client after the
                                                     other (the cost of a durable commit): time per write

The load, through the API with the demo tokens of 云岭县 (read-write) and of the city (approvals):
register commissioners, open assignments for them (racing each other towards the maximum of active
assignments), submit service logs under the assignments (a draft, a photo as evidence, the submission: the
evidence rule is on by default), approve submitted logs. BASE is the application's
URL, e.g. http://localhost:32080/workbench.
"""
import base64
import hashlib
import hmac
import http.cookiejar
import json
import random
import re
import struct
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

COUNTY_RW = "wbt_demoRWyunl" + "x" * 30
CITY_RW = "wbt_demoRWcity" + "x" * 30
YUNLING = 3
VILLAGES = [21, 22, 24, 25, 26, 28, 29]
AUDITOR, PASSWORD, TOTP_SECRET = "auditor", "Demo@2026", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
BUREAU = ZoneInfo("Asia/Shanghai")
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def today():
    return datetime.now(BUREAU).date()


def resident_id(rnd, male=True):
    """A valid 18-digit resident ID; its 17th digit is odd for a man, even for a woman."""
    born = datetime(1970, 1, 1) + timedelta(days=rnd.randint(0, 12000))
    s = "350121" + born.strftime("%Y%m%d") + "%02d" % rnd.randint(0, 99) + str(rnd.randrange(1 if male else 0, 10, 2))
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, W)) % 11]


# a photo as the server tells it, by its first bytes (PNG signature and header)
PHOTO = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")


def multipart(fields):
    """(content type, body) of a multipart/form-data request; fields: name -> (file name or None, bytes)."""
    boundary = "crash%016x" % random.getrandbits(64)
    body = b""
    for name, (file_name, data) in fields.items():
        disposition = 'form-data; name="%s"' % name + ('; filename="%s"' % file_name if file_name else "")
        kind = "application/octet-stream" if file_name else "text/plain"
        body += ("--%s\r\nContent-Disposition: %s\r\nContent-Type: %s\r\n\r\n" % (boundary, disposition, kind)).encode()
        body += data + b"\r\n"
    return "multipart/form-data; boundary=" + boundary, body + ("--%s--\r\n" % boundary).encode()


def call(base, method, path, token=None, body=None, opener=None, timeout=30, form=None):
    """(status, parsed JSON or text); status 0 when the server did not answer. form: multipart fields."""
    data = json.dumps(body).encode() if body is not None else None
    content_type = "application/json"
    if form is not None:
        content_type, data = multipart(form)
    request = urllib.request.Request(base + path, data=data, method=method)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", content_type)
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=timeout) as response:
            text = response.read().decode()
            status = response.status
    except urllib.error.HTTPError as e:
        text, status = e.read().decode(errors="replace"), e.code
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return 0, None
    try:
        return status, json.loads(text)
    except ValueError:
        return status, text


class Journal:
    def __init__(self, path):
        self.file = open(path, "a", buffering=1)
        self.lock = threading.Lock()

    def ack(self, **entry):
        with self.lock:
            self.file.write(json.dumps(entry) + "\n")
            self.file.flush()


def load(base, journal_path, seconds, workers):
    journal = Journal(journal_path)
    end = time.time() + seconds
    commissioners, assignments, submitted = [], [], []
    shared = threading.Lock()
    counts = {"acknowledged": 0, "refused": 0, "unanswered": 0}
    refusals = {}

    def count(key, status=None, what=None):
        with shared:
            counts[key] += 1
            if status:
                refusals[(status, what)] = refusals.get((status, what), 0) + 1

    def worker(n):
        rnd = random.Random(time.time_ns() + n)
        while time.time() < end:
            step = rnd.random()
            if step < 0.2 or not commissioners:
                what = "registration"
                status, body = call(base, "POST", "/api/v1/commissioners", COUNTY_RW, {
                    "countyId": YUNLING, "name": "崩溃测试%06d" % rnd.randint(0, 999999), "gender": "MALE",
                    "residentId": resident_id(rnd), "phone": "13912345678", "employerName": "江州农业大学",
                    "employerCategory": "UNIVERSITY", "title": "SENIOR", "specialties": ["茶叶"],
                    "kind": "INDIVIDUAL", "field": "AGRICULTURE", "dispatchLevel": "COUNTY",
                    "postedOn": (today() - timedelta(days=60)).isoformat()})
                if status == 201:
                    journal.ack(kind="commissioner", id=body["id"])
                    with shared:
                        commissioners.append(body["id"])
            elif step < 0.5:
                with shared:
                    commissioner = rnd.choice(commissioners[-8:])
                what = "assignment"
                status, body = call(base, "POST", "/api/v1/assignments", COUNTY_RW, {
                    "commissionerId": commissioner, "targetKind": "VILLAGE", "targetId": rnd.choice(VILLAGES),
                    "startDate": (today() - timedelta(days=30)).isoformat(),
                    "endDate": (today() + timedelta(days=300)).isoformat(), "goals": "崩溃测试：指导茶园管理"})
                if status == 201:
                    journal.ack(kind="assignment", id=body["id"], commissioner=commissioner)
                    with shared:
                        assignments.append(body["id"])
            elif step < 0.8 and assignments:
                with shared:
                    assignment = rnd.choice(assignments)
                what = "log"
                # the evidence rule (on by default): a draft, a photo, then the submission
                status, body = call(base, "POST", "/api/v1/service-logs?draft=true", COUNTY_RW, {
                    "assignmentId": assignment, "serviceDate": today().isoformat(), "kind": "ON_SITE_GUIDANCE",
                    "days": 1, "peopleTrained": 0, "demonstrationBases": 0, "income": 2.5,
                    "summary": "崩溃测试：现场指导"})
                if status == 201:
                    log = body["id"]
                    status, body = call(base, "POST", "/api/v1/service-logs/%d/evidence" % log, COUNTY_RW,
                                        form={"kind": (None, b"PHOTO"), "file": ("photo.png", PHOTO)})
                    if status == 201:
                        status, body = call(base, "GET", "/api/v1/service-logs/%d" % log, COUNTY_RW)
                    if status == 200:
                        status, body = call(base, "POST", "/api/v1/service-logs/%d/submission" % log, COUNTY_RW,
                                            {"version": body["version"]})
                    if status == 200:
                        journal.ack(kind="log", id=log, assignment=assignment)
                        with shared:
                            submitted.append((log, body["version"]))
            elif submitted:
                with shared:
                    log, version = submitted.pop(rnd.randrange(len(submitted)))
                what = "approval"
                status, body = call(base, "POST", "/api/v1/service-logs/%d/approval" % log, CITY_RW,
                                    {"version": version})
                if status == 200:
                    journal.ack(kind="approval", id=log)
            else:
                continue
            if status == 0:
                count("unanswered")
                time.sleep(0.2)
            elif 200 <= status < 300:
                count("acknowledged")
            else:
                count("refused", status, what)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("load: %(acknowledged)d acknowledged, %(refused)d refused" % counts
          + " (%s)" % ", ".join("%d × %d %s" % (n, s, w) for (s, w), n in sorted(refusals.items()))
          + ", %(unanswered)d unanswered (server down)" % counts)


def totp(secret, at):
    key = base64.b32decode(secret)
    digest = hmac.new(key, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


def submit(opener, base, page, form_id, fields, button):
    view_state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', page).group(1)
    form = {form_id: form_id, form_id + ":" + button: form_id + ":" + button, "jakarta.faces.ViewState": view_state}
    form.update({form_id + ":" + k: v for k, v in fields.items()})
    nonce = re.search(r'nonce="([^"]+)"', page)
    if nonce:
        form["primefaces.nonce"] = nonce.group(1)
    action = re.search(r'<form id="%s"[^>]*action="([^"]+)"' % form_id, page).group(1).replace("&amp;", "&")
    origin = re.match(r"https?://[^/]+", base).group(0)
    with opener.open(urllib.request.Request(origin + action, data=urllib.parse.urlencode(form).encode()), timeout=30) as r:
        return r.read().decode(), r.geturl()


def auditor_session(base):
    """An opener signed in as the demo auditor (password, then the authenticator code)."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    with opener.open(base + "/login.xhtml", timeout=30) as r:
        page = r.read().decode()
    page, url = submit(opener, base, page, "loginForm", {"username": AUDITOR, "password": PASSWORD}, "login")
    if "login-otp" in url:
        # a code is accepted once: wait for a fresh one if the previous check used this one
        page, url = submit(opener, base, page, "otpForm", {"code": totp(TOTP_SECRET, time.time())}, "verify")
    if "login" in url:
        raise SystemExit("could not sign in as the auditor (now at %s)" % url)
    return opener


def check(base, journal_path):
    entries = []
    with open(journal_path) as f:
        for line in f:
            try:
                entries.append(json.loads(line))
            except ValueError:
                pass  # a line cut by the kill of the client: not an acknowledgment
    paths = {"commissioner": "/api/v1/commissioners/%d", "assignment": "/api/v1/assignments/%d",
             "log": "/api/v1/service-logs/%d", "approval": "/api/v1/service-logs/%d"}
    missing, seen = [], {}
    for e in entries:
        status, body = call(base, "GET", paths[e["kind"]] % e["id"], CITY_RW)
        while status == 429:  # the token's rate limit: read on after a pause
            time.sleep(0.2)
            status, body = call(base, "GET", paths[e["kind"]] % e["id"], CITY_RW)
        ok = status == 200 and (e["kind"] != "approval" or body.get("status") == "APPROVED")
        if e["kind"] == "log" and ok:
            ok = body.get("assignmentId", e["assignment"]) == e["assignment"]
        seen[e["kind"]] = seen.get(e["kind"], 0) + 1
        if not ok:
            missing.append((e, status))
    status, verification = call(base, "GET", "/api/v1/audit-entries/verification", opener=auditor_session(base),
                                timeout=300)
    chain_ok = status == 200 and verification.get("valid") is True
    print("acknowledged: " + ", ".join("%d %s" % (n, k) for k, n in sorted(seen.items()))
          + "; missing or not in the acknowledged state: %d" % len(missing))
    for e, s in missing[:20]:
        print("  MISSING %s -> %s" % (e, s))
    print("audit chain: %s" % (json.dumps(verification, ensure_ascii=False) if status == 200 else status))
    if missing or not chain_ok:
        sys.exit(1)


def bench(base, n):
    rnd = random.Random(20261204)
    times = []
    started = time.perf_counter()
    while len(times) < n:
        t = time.perf_counter()
        status, body = call(base, "POST", "/api/v1/commissioners", COUNTY_RW if len(times) % 2 else CITY_RW, {
            "countyId": YUNLING, "name": "基准测试%06d" % rnd.randint(0, 999999), "gender": "FEMALE",
            "residentId": resident_id(rnd, male=False), "phone": "13912345678", "employerName": "江州农业大学",
            "employerCategory": "UNIVERSITY", "title": "SENIOR", "specialties": ["果树"], "kind": "INDIVIDUAL",
            "field": "AGRICULTURE", "dispatchLevel": "COUNTY", "postedOn": (today() - timedelta(days=60)).isoformat()})
        if status == 201:
            times.append(time.perf_counter() - t)
        elif status == 429:
            time.sleep(0.05)
        elif status != 409:
            raise SystemExit("unexpected %s: %s" % (status, body))
    elapsed = time.perf_counter() - started
    times.sort()
    print("bench: %d creates in %.1f s = %.1f/s; per create median %.1f ms, p95 %.1f ms" % (
        n, elapsed, n / elapsed, 1000 * times[n // 2], 1000 * times[int(n * 0.95)]))


if __name__ == "__main__":
    if sys.argv[1] == "load":
        load(sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5]))
    elif sys.argv[1] == "check":
        check(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "bench":
        bench(sys.argv[2], int(sys.argv[3]))
    else:
        raise SystemExit(__doc__)
