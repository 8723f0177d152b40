# mock_llm.tcl — start, steer and stop the mock LLM provider (mock_llm.py)
# from a syda test.  Source it after tester.tcl:
#
#   source [file join [file dirname [info script]] mock_llm.tcl]
#   set base [mock_start]                 ;# http://127.0.0.1:PORT
#   mock_control {{"faults": ["429", "ok"], "latency": 0.5}}
#   mock_requests                         ;# JSON array of what it received
#   mock_max_inflight                     ;# most requests answered at once
#   mock_reset                            ;# empty log and queue, default "ok"
#   mock_stop                             ;# also run on exit, if still needed
#
# Anthropic clients use $base as the base URL ($base/v1/messages), OpenAI
# clients $base/v1 ($base/v1/chat/completions).  Only package http is used.
package require http

# Where mock_llm.py is: worked out now, while [info script] is this file.
set ::mock_script [file join [file dirname [file normalize [info script]]] mock_llm.py]
if {![info exists ::mock_pid]} { set ::mock_pid "" }
if {![info exists ::mock_port]} { set ::mock_port "" }
if {![info exists ::mock_portfile]} { set ::mock_portfile "" }

# Start the mock; return its base URL.
proc mock_start {} {
  if {$::mock_pid ne ""} { error "mock_start: the mock is already running (pid $::mock_pid)" }
  set dir /tmp
  if {[info exists ::env(TMPDIR)] && [file isdirectory $::env(TMPDIR)]} { set dir $::env(TMPDIR) }
  set ::mock_portfile [file join $dir "syda_mock_llm_[pid]_[clock microseconds].port"]
  file delete -- $::mock_portfile ${::mock_portfile}.tmp
  set ::mock_pid [exec /usr/bin/python3 $::mock_script --port-file $::mock_portfile &]
  # wait up to 10 s for the port file (written with a rename: never partial)
  for {set i 0} {$i < 500 && ![file exists $::mock_portfile]} {incr i} { after 20 }
  if {![file exists $::mock_portfile]} {
    set pid $::mock_pid
    mock_stop
    error "mock_start: mock_llm.py (pid $pid) wrote no port file to $::mock_portfile within 10 s"
  }
  set fd [open $::mock_portfile]
  set ::mock_port [string trim [read $fd]]
  close $fd
  if {![string is integer -strict $::mock_port]} {
    set port $::mock_port
    mock_stop
    error "mock_start: bad port file content \"$port\""
  }
  return "http://127.0.0.1:$::mock_port"
}

# Stop the mock, if it runs, and wait until it is gone.  Safe to call twice.
proc mock_stop {} {
  if {$::mock_pid ne ""} {
    set pid $::mock_pid
    set ::mock_pid ""
    catch {exec kill $pid}
    # each exec also reaps finished background children, so kill -0 fails
    # once the process has really gone (up to 5 s, then SIGKILL)
    for {set i 0} {$i < 250 && ![catch {exec kill -0 $pid}]} {incr i} { after 20 }
    if {![catch {exec kill -0 $pid}]} { catch {exec kill -9 $pid} }
  }
  if {$::mock_portfile ne ""} {
    file delete -- $::mock_portfile ${::mock_portfile}.tmp
    set ::mock_portfile ""
  }
  set ::mock_port ""
}

# Make sure the mock is stopped when the test script exits.
if {[info commands ::mock_llm_real_exit] eq ""} {
  rename ::exit ::mock_llm_real_exit
  proc ::exit {{code 0}} {
    catch mock_stop
    ::mock_llm_real_exit $code
  }
}

# One request to the mock's own endpoints; the answer body, or an error
# unless the status is 200.  QUERY non-empty means POST it as JSON.
proc mock_http {path {query ""}} {
  if {$::mock_port eq ""} { error "mock_http: the mock is not running (call mock_start)" }
  set url "http://127.0.0.1:$::mock_port$path"
  if {$query eq ""} {
    set tok [http::geturl $url -timeout 10000]
  } else {
    set tok [http::geturl $url -query $query -type application/json -timeout 10000]
  }
  set state [http::status $tok]
  set code [http::ncode $tok]
  set body [http::data $tok]
  http::cleanup $tok
  if {$state ne "ok"} { error "mock $path: $state" }
  if {$code != 200} { error "mock $path: HTTP $code: $body" }
  return $body
}

# POST JSON to /_control, e.g. {{"faults": ["500"], "default": "ok"}}.
proc mock_control {json} { mock_http /_control $json }

# The JSON array of the provider requests received so far.
proc mock_requests {} { mock_http /_requests }

# The most provider requests the mock answered at one time since the reset.
proc mock_max_inflight {} {
  regexp {"max_inflight": *(\d+)} [mock_http /_stats] -> n
  return $n
}

# Back to the start: no requests logged, no faults queued, default "ok".
proc mock_reset {} { mock_control {{"reset": true}} }
