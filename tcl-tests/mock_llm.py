#!/usr/bin/python3
"""mock_llm.py -- a fake LLM provider for syda's Tcl tests (and benchmarks).

It speaks just enough of the Anthropic Messages API and of the OpenAI chat
completions API for syda's LLM mode, on 127.0.0.1 only, and can be told to
misbehave in many ways (the "faults" below).  Python 3 standard library only.

    /usr/bin/python3 tcl-tests/mock_llm.py --port-file PATH

binds a port the kernel picks, writes its number to PATH (atomically, via
PATH.tmp and a rename) and serves until it is killed (SIGTERM: clean exit),
its parent exits, or --lifetime seconds (default 1800) have passed.
tcl-tests/mock_llm.tcl starts, steers and stops it.

Endpoints
  POST .../v1/messages        Anthropic shape
  POST .../chat/completions   OpenAI shape
  POST /_control              {"reset": true, "faults": [...], "default": F,
                               "latency": SECONDS}  -> {"ok": true}
  GET  /_requests             every provider request so far, in order:
                              {"path", "headers" (lower-cased), "body", "fault"}
  GET  /_stats                {"max_inflight": N}: the most provider requests
                              being answered at one time since the reset

What the "model" answers, from the text of the last user message:
  "Write N rows" ... "these keys: [JSON array]"
        -> a JSON array of N objects, each key set to "<key> <k>"
  "Write N distinct values" ... 'for column "C"'
        -> a JSON array of N strings "C <k>"
  anything else -> []
k is one counter shared by all requests and threads, so no value repeats.
Under the "typed" fault each row's values are shaped like what their keys
name instead (an e-mail for "email", a URL for "website", a name without
digits for "first_name" or "full_name", "F" or "M" for "gender", "Dr" for
"title", "tea" for "category"), one k per row.

Each provider request takes the next fault from the queue (or the default
fault when the queue is empty); see FAULTS.  A latency, if set, is slept
before the fault is applied.
"""

import argparse
import email.utils
import json
import os
import re
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Faults that answer with an HTTP error:
#   name -> (status, Anthropic error type, OpenAI error type, message)
HTTP_ERRORS = {
    "429":         (429, "rate_limit_error", "rate_limit_exceeded", "mock rate limit"),
    "429_noretry": (429, "rate_limit_error", "rate_limit_exceeded", "mock rate limit"),
    "429_date":    (429, "rate_limit_error", "rate_limit_exceeded", "mock rate limit"),
    "500":         (500, "api_error", "server_error", "mock internal error"),
    "503":         (503, "api_error", "server_error", "mock overloaded"),
    "401":         (401, "authentication_error", "invalid_request_error", "mock invalid api key"),
    "400":         (400, "invalid_request_error", "invalid_request_error", "mock bad request"),
}

# Faults that answer 200 with a (possibly bad) model answer.
ANSWER_FAULTS = {
    "ok", "fenced", "prose", "rows_object", "malformed", "wrong_keys",
    "wrong_types", "too_few", "duplicates", "overlong", "nulls", "empty",
    "timeout", "typed",
}

ALL_FAULTS = ANSWER_FAULTS | set(HTTP_ERRORS)

TIMEOUT_SLEEP = 5.0     # seconds the "timeout" fault waits before answering
OVERLONG_LEN = 500      # length of every string under the "overlong" fault


# ---- shared state -------------------------------------------------------------

class MockState:
    """Everything the handlers share, behind one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.generation = 0     # how many resets so far
        self.clear()

    def clear(self):
        # callers that are not __init__ hold self.lock
        self.log = []           # provider requests received, in order
        self.faults = []        # FIFO queue of fault names
        self.default = "ok"     # fault used when the queue is empty
        self.latency = 0.0      # seconds slept before every provider answer
        self.value_no = 0       # the k in "<key> <k>"
        self.answer_no = 0      # the N in msg_mock_N / chatcmpl-mock-N
        # provider requests being answered now, and the most at one time,
        # counting only requests that came after the reset (one still
        # sleeping from an earlier test is not counted)
        self.generation += 1
        self.inflight = 0
        self.max_inflight = 0

    def take_fault(self):
        with self.lock:
            if self.faults:
                return self.faults.pop(0)
            return self.default

    def next_value_no(self):
        with self.lock:
            self.value_no += 1
            return self.value_no

    def next_answer_no(self):
        with self.lock:
            self.answer_no += 1
            return self.answer_no


STATE = MockState()


# ---- the "model" ------------------------------------------------------------

def last_user_text(body):
    """The text of the last user message of a request body ("" if none)."""
    if not isinstance(body, dict):
        return ""
    messages = body.get("messages")
    if not isinstance(messages, list):
        return ""
    text = ""
    for m in messages:
        if not isinstance(m, dict) or m.get("role") != "user":
            continue
        content = m.get("content")
        if isinstance(content, str):
            text = content
        elif isinstance(content, list):
            parts = []
            for block in content:
                if isinstance(block, dict) and isinstance(block.get("text"), str):
                    parts.append(block["text"])
            text = "\n".join(parts)
        else:
            text = ""
    return text


def parse_keys(text):
    """The JSON array of key names after "these keys: ", or None."""
    at = text.find("these keys: ")
    if at < 0:
        return None
    start = text.find("[", at)
    if start < 0:
        return None
    try:
        keys, _ = json.JSONDecoder().raw_decode(text, start)
    except ValueError:
        return None
    if not isinstance(keys, list):
        return None
    return [str(k) for k in keys]


def letters(k):
    """K written in letters, capitalised: 1 -> "B", 27 -> "Bb" (names have no digits)."""
    out = ""
    while True:
        out = "abcdefghijklmnopqrstuvwxyz"[k % 26] + out
        k //= 26
        if k == 0:
            return out.capitalize()


def typed_value(key, k):
    """A value shaped like what KEY names, as a real model would write it."""
    name = key.lower()
    if "email" in name:
        return f"person{k}@example.com"
    if "website" in name or "url" in name:
        return f"https://www.company{k}.example.com"
    if "first" in name:
        return "Ann" + letters(k).lower()
    if "last" in name:
        return "Lee" + letters(k).lower()
    if "full" in name or name == "name":
        return f"Ann {letters(k)}"
    # listed values, the way a model may write them
    if name == "gender":
        return "F" if k % 2 else "M"
    if name == "title":
        return "Dr"
    if name == "category":
        return "tea"
    return f"{key} {k}"


def make_rows(n, keys, fault):
    """N row objects for KEYS, shaped by FAULT."""
    rows = []
    for _ in range(n):
        if fault == "typed":
            k = STATE.next_value_no()
            rows.append({key: typed_value(key, k) for key in keys})
        else:
            rows.append({key: f"{key} {STATE.next_value_no()}" for key in keys})

    if fault == "too_few":
        rows = rows[:max(1, n // 2)] if n >= 1 else rows
    elif fault == "duplicates":
        rows = [dict(rows[0]) for _ in rows] if rows else rows
    elif fault == "wrong_keys":
        rows = [{key + "_x": value for key, value in row.items()} for row in rows]
    elif fault == "wrong_types":
        # by key position: the 1st, 3rd, ... key a number, the others an object
        rows = [{key: (12345 if i % 2 == 0 else {"v": 1})
                 for i, key in enumerate(row)} for row in rows]
    elif fault == "overlong":
        rows = [{key: overlong(value) for key, value in row.items()} for row in rows]
    elif fault == "nulls":
        rows = [{key: None for key in row} for row in rows]
    return rows


def make_vocab(n, column, fault):
    """N distinct strings for COLUMN, shaped by FAULT."""
    values = [f"{column} {STATE.next_value_no()}" for _ in range(n)]

    if fault == "too_few":
        values = values[:max(1, n // 2)] if n >= 1 else values
    elif fault == "duplicates":
        values = [values[0] for _ in values] if values else values
    elif fault == "wrong_types":
        values = [12345 if i % 2 == 0 else {"v": 1} for i in range(len(values))]
    elif fault == "overlong":
        values = [overlong(v) for v in values]
    elif fault == "nulls":
        values = [None for _ in values]
    return values


def overlong(value):
    """VALUE (which starts with its key) padded with "x" to OVERLONG_LEN."""
    return (value + " " + "x" * OVERLONG_LEN)[:OVERLONG_LEN]


def make_answer_value(text, fault):
    """The JSON value (a list) the model answers TEXT with."""
    rows_match = re.search(r"Write (\d+) rows?\b", text)
    keys = parse_keys(text)
    if rows_match and keys is not None:
        return make_rows(int(rows_match.group(1)), keys, fault)

    vocab_match = re.search(r"Write (\d+) distinct values", text)
    if vocab_match:
        col_match = re.search(r'for column "([^"]*)"', text)
        column = col_match.group(1) if col_match else "value"
        return make_vocab(int(vocab_match.group(1)), column, fault)

    return []


def make_answer_text(body, fault):
    """The text of the model's answer to BODY under FAULT."""
    if fault == "malformed":
        return '[{"name": "broken'
    if fault == "empty":
        return ""
    value = make_answer_value(last_user_text(body), fault)
    if fault == "rows_object":
        return json.dumps({"rows": value})
    text = json.dumps(value)
    if fault == "fenced":
        return "Here are the rows:\n```json\n" + text + "\n```\nLet me know if you need more."
    if fault == "prose":
        return "Sure! " + text + " Hope this helps."
    return text


# ---- HTTP -----------------------------------------------------------------------

class MockHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "syda-mock-llm/1"

    def log_message(self, format, *args):
        pass    # no per-request lines

    # -- helpers --

    def read_body(self):
        """The request body: parsed JSON, or the raw text if it does not parse."""
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length > 0 else b""
        text = raw.decode("utf-8", errors="replace")
        try:
            return json.loads(text)
        except ValueError:
            return text

    def reply(self, status, obj, extra_headers=None):
        """Send OBJ as a JSON answer; a client that went away is ignored."""
        data = json.dumps(obj).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (extra_headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def not_found(self):
        self.reply(404, {"error": {"type": "not_found",
                                   "message": f"mock: no such endpoint: {self.command} {self.path}"}})

    # -- verbs --

    def do_GET(self):
        if self.path == "/_requests":
            with STATE.lock:
                log = list(STATE.log)
            self.reply(200, log)
        elif self.path == "/_stats":
            with STATE.lock:
                stats = {"max_inflight": STATE.max_inflight}
            self.reply(200, stats)
        else:
            self.not_found()

    def do_POST(self):
        body = self.read_body()
        path = self.path.split("?", 1)[0]
        if path == "/_control":
            self.control(body)
        elif path.endswith("/v1/messages"):
            self.provider(body, "anthropic")
        elif path.endswith("/chat/completions"):
            self.provider(body, "openai")
        else:
            self.not_found()

    # -- /_control --

    def control(self, body):
        if not isinstance(body, dict):
            self.reply(400, {"error": {"message": "mock: /_control wants a JSON object"}})
            return
        with STATE.lock:
            if body.get("reset"):
                STATE.clear()
            faults = body.get("faults")
            if isinstance(faults, list):
                STATE.faults.extend(str(f) for f in faults)
            if "default" in body:
                STATE.default = str(body["default"])
            if "latency" in body:
                STATE.latency = float(body["latency"] or 0)
        self.reply(200, {"ok": True})

    # -- the provider endpoints --

    def provider(self, body, shape):
        with STATE.lock:
            generation = STATE.generation
            STATE.inflight += 1
            STATE.max_inflight = max(STATE.max_inflight, STATE.inflight)
        try:
            self.answer(body, shape)
        finally:
            with STATE.lock:
                if STATE.generation == generation:
                    STATE.inflight -= 1

    def answer(self, body, shape):
        fault = STATE.take_fault()
        with STATE.lock:
            STATE.log.append({
                "path": self.path,
                "headers": {name.lower(): value for name, value in self.headers.items()},
                "body": body,
                "fault": fault,
            })
            latency = STATE.latency
        if latency > 0:
            time.sleep(latency)

        if fault not in ALL_FAULTS:
            self.send_error_body(shape, 400, "invalid_request_error", "invalid_request_error",
                                 f"mock: unknown fault {fault!r}")
            return

        if fault in HTTP_ERRORS:
            status, a_type, o_type, message = HTTP_ERRORS[fault]
            headers = None
            if fault == "429":
                headers = {"Retry-After": "1"}
            elif fault == "429_date":
                # the HTTP-date form, two seconds from now (RFC 9110 10.2.3)
                headers = {"Retry-After": email.utils.formatdate(time.time() + 2, usegmt=True)}
            self.send_error_body(shape, status, a_type, o_type, message, headers)
            return

        if fault == "timeout":
            time.sleep(TIMEOUT_SLEEP)
            fault = "ok"

        text = make_answer_text(body, fault)
        model = body.get("model") if isinstance(body, dict) else None
        n = STATE.next_answer_no()
        if shape == "anthropic":
            self.reply(200, {
                "id": f"msg_mock_{n}",
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": [{"type": "text", "text": text}] if text != "" else [],
                "stop_reason": "end_turn",
                "usage": {"input_tokens": 10, "output_tokens": 20},
            })
        else:
            self.reply(200, {
                "id": f"chatcmpl-mock-{n}",
                "object": "chat.completion",
                "model": model,
                "choices": [{
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": "stop",
                }],
                "usage": {"prompt_tokens": 10, "completion_tokens": 20, "total_tokens": 30},
            })

    def send_error_body(self, shape, status, a_type, o_type, message, headers=None):
        if shape == "anthropic":
            obj = {"type": "error", "error": {"type": a_type, "message": message}}
        else:
            obj = {"error": {"message": message, "type": o_type, "code": None}}
        self.reply(status, obj, headers)


class MockServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128    # many concurrent clients (the default is 5)

    def handle_error(self, request, client_address):
        # a client that hangs up (e.g. after its own timeout) is no error
        exc = sys.exc_info()[1]
        if isinstance(exc, (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


# ---- main -----------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description="mock LLM provider for syda's tests")
    parser.add_argument("--lifetime", type=float, default=1800.0,
                        help="exit after this many seconds in any case")
    parser.add_argument("--port-file", required=True,
                        help="where to write the port number once listening")
    args = parser.parse_args()

    server = MockServer(("127.0.0.1", 0), MockHandler)

    def on_sigterm(signum, frame):
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, on_sigterm)

    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"{server.server_address[1]}\n")
    os.rename(tmp, args.port_file)

    # a test script that dies without stopping the mock would leave it
    # behind: when the parent goes away (we are re-parented), go too
    # and whatever happens, never serve longer than --lifetime seconds
    parent = os.getppid()
    deadline = time.monotonic() + args.lifetime

    def watch_parent():
        while os.getppid() == parent and time.monotonic() < deadline:
            time.sleep(0.5)
        os._exit(0)
    threading.Thread(target=watch_parent, daemon=True).start()

    try:
        server.serve_forever()
    except (SystemExit, KeyboardInterrupt):
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
