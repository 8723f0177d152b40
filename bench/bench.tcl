# bench.tcl — time whole sqlite3 processes: each case against its baseline,
# in turn (A B A B ...), several runs after a warm-up; print the median of
# each and the median of the per-pair ratios, and peak RSS (GNU time).
#
#   tclsh bench/bench.tcl [-runs N] [-only NAME] [-sqlite3 PATH]
#
# A case is a pair of SQL scripts under bench/: NAME.syda.sql and, when it
# has a baseline, NAME.base.sql.  "@EXT@" in a script is replaced by the path
# of the extension, "@N@" by the row count of the case, "@LLM@" by the base
# URL of the mock LLM provider (tcl-tests/mock_llm.py on 127.0.0.1, started
# for the cases that use it and answering each request after 1 second).
set runs 5
set only ""
set sqlite3 sqlite3
foreach {k v} $argv {
  switch -- $k {
    -runs { set runs $v }
    -only { set only $v }
    -sqlite3 { set sqlite3 $v }
  }
}
set dir [file dirname [file normalize [info script]]]
set ext [file join [file dirname $dir] syda]
set tmp [file join /tmp syda-bench-[pid]]
file mkdir $tmp

# name  rows  description  what the second script is
set cases {
  gen     1000000  "generation alone: read every column of g(1000000), a 6-column table, vs the same query over a table that makes nothing (bench/floor.c)" floor
  insert  1000000  "INSERT INTO t SELECT * FROM g(1000000) vs generate_series + random()" baseline
  insert_seq 1000000 "the same, against a baseline whose unique e-mails come in insertion order" baseline
  stream 10000000  "stream 10,000,000 rows (peak memory)" ""
  crm     1260000  "syda_fill of the CRM, 1,260,000 rows, vs a pure-SQL script" baseline
  realism 1260000  "the same CRM fill with realistic kinds vs every column forced to its plain type kind" plain
  llm_conc 1000    "LLM mode, 1,000 rows at 50 a request, 1 s a request: concurrency 8 vs 1" "concurrency 1"
  llm_vocab 1260000 "LLM mode, the CRM fill with strategy vocab (1 s a request) vs the offline fill" offline
}

# The mock provider, for the cases whose scripts name @LLM@.
set llm ""
proc mock_for {script} {
  global llm dir
  set f [open $script]
  set uses [string match *@LLM@* [read $f]]
  close $f
  if {$uses && $llm eq ""} {
    source [file join [file dirname $dir] tcl-tests mock_llm.tcl]
    set llm [mock_start]
    mock_control {{"latency": 1.0}}
  }
}

proc run_once {sqlite3 script n ext tmp} {
  set f [open $script]
  set sql [string map [list @EXT@ $ext @N@ $n @TMP@ $tmp @ROOT@ [file dirname $ext] @LLM@ $::llm] [read $f]]
  close $f
  set db [file join $tmp bench.db]
  foreach x [glob -nocomplain $db*] { file delete $x }
  set in [file join $tmp in.sql]
  set f [open $in w]
  puts $f $sql
  close $f
  set t0 [clock microseconds]
  set rc [catch {exec /usr/bin/time -f %M $sqlite3 $db < $in 2> [file join $tmp time.txt] > [file join $tmp out.txt]} msg]
  set t1 [clock microseconds]
  set f [open [file join $tmp time.txt]]
  set err [string trim [read $f]]
  close $f
  if {$rc} { error "$script failed: $msg $err" }
  set kb [lindex [split $err \n] end]
  return [list [expr {($t1 - $t0) / 1e6}] $kb]
}

proc median {l} {
  set l [lsort -real $l]
  set n [llength $l]
  if {$n % 2} { return [lindex $l [expr {$n / 2}]] }
  return [expr {([lindex $l [expr {$n / 2 - 1}]] + [lindex $l [expr {$n / 2}]]) / 2.0}]
}

puts "syda benchmarks: sqlite3 [lindex [exec $sqlite3 --version] 0], $runs runs each after one warm-up, medians"
foreach {name n desc blabel} $cases {
  if {$only ne "" && $only ne $name} continue
  set a [file join $dir $name.syda.sql]
  set b [file join $dir $name.base.sql]
  set hasBase [file exists $b]
  mock_for $a
  if {$hasBase} { mock_for $b }
  run_once $sqlite3 $a $n $ext $tmp
  if {$hasBase} { run_once $sqlite3 $b $n $ext $tmp }
  set ta {}; set tb {}; set ra {}; set ma {}; set mb {}
  for {set i 0} {$i < $runs} {incr i} {
    lassign [run_once $sqlite3 $a $n $ext $tmp] t m
    lappend ta $t
    lappend ma $m
    if {$hasBase} {
      lassign [run_once $sqlite3 $b $n $ext $tmp] t2 m2
      lappend tb $t2
      lappend mb $m2
      lappend ra [expr {$t / $t2}]
    }
  }
  puts ""
  puts "$name: $desc"
  puts [format "  syda          %8.3f s   %10.0f rows/s   peak RSS %6.1f MiB" [median $ta] [expr {$n / [median $ta]}] [expr {[median $ma] / 1024.0}]]
  if {$hasBase} {
    puts [format "  %-13s %8.3f s   %10.0f rows/s   peak RSS %6.1f MiB" $blabel [median $tb] [expr {$n / [median $tb]}] [expr {[median $mb] / 1024.0}]]
    puts [format "  ratio syda/%s (median of pairs) %.3f  (min %.3f, max %.3f)" $blabel [median $ra] \
      [lindex [lsort -real $ra] 0] [lindex [lsort -real $ra] end]]
  }
}
if {$llm ne ""} { mock_stop }
file delete -force $tmp
