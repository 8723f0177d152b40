# tester.tcl — the harness of syda's SQL tests, in the style of SQLite's own
# test suite: one fact per do_execsql_test, errors checked word for word by
# do_catchsql_test.  Each file ends with finish_test, which prints
#   NAME: N passed, N failed
#
#   source [file join [file dirname [info script]] tester.tcl]
#   open_db
#   do_execsql_test t-1 {SELECT syda_version()} {v0.1.0}
#   do_catchsql_test t-2 {SELECT * FROM syda_rows('nope', 1)} {1 {syda_rows: no such table: nope}}
#   finish_test

package require sqlite3

set ::nPass 0
set ::nFail 0
set ::ext [expr {[info exists ::env(SYDA_EXT)] ? $::env(SYDA_EXT) : "./syda"}]
set ::testname [file rootname [file tail [info script]]]
if {[info exists ::argv0]} { set ::testname [file rootname [file tail $::argv0]] }
if {[info exists ::env(SYDA_TESTNAME)]} { set ::testname $::env(SYDA_TESTNAME) }

proc load_syda {db} {
  $db enable_load_extension 1
  $db eval {SELECT load_extension($::ext)}
}

# Open connection NAME (default db) on FILE (default in-memory), syda loaded.
proc open_db {{name db} {file :memory:}} {
  catch {$name close}
  sqlite3 $name $file
  load_syda $name
  $name eval {PRAGMA foreign_keys = ON}
}

proc execsql {sql {db db}} { uplevel 1 [list $db eval $sql] }
proc catchsql {sql {db db}} {
  set rc [catch {uplevel 1 [list $db eval $sql]} msg]
  list $rc $msg
}

proc test_result {name ok expected got} {
  if {$ok} {
    incr ::nPass
  } else {
    incr ::nFail
    puts "! $::testname $name"
    puts "    expected: $expected"
    puts "    got:      $got"
  }
}

# Run SCRIPT; its result must equal EXPECTED (compared as Tcl lists).
proc do_test {name script expected} {
  if {[catch {uplevel 1 $script} got]} { set got "ERROR: $got" }
  set ok [expr {[catch {llength $got}] == 0 && [catch {llength $expected}] == 0
                && [list {*}$got] eq [list {*}$expected]}]
  if {!$ok} { set ok [expr {$got eq $expected}] }
  test_result $name $ok $expected $got
}

proc do_execsql_test {name sql expected} {
  uplevel 1 [list do_test $name [list execsql $sql] $expected]
}

proc do_catchsql_test {name sql expected} {
  uplevel 1 [list do_test $name [list catchsql $sql] $expected]
}

# SCRIPT's result must match the glob PATTERN.
proc do_glob_test {name script pattern} {
  if {[catch {uplevel 1 $script} got]} { set got "ERROR: $got" }
  test_result $name [string match $pattern $got] "match $pattern" $got
}

# Everything in a database: schema and every row of every table, in order,
# in main and in each attached database.
proc db_state {{db db}} {
  set out {}
  foreach schema [$db eval {SELECT name FROM pragma_database_list WHERE name <> 'temp' ORDER BY seq}] {
    set qs "\"[string map {\" \"\"} $schema]\""
    foreach {type name sql} [$db eval "SELECT type, name, sql FROM $qs.sqlite_schema ORDER BY type, name"] {
      lappend out $schema $type $name $sql
      if {$type eq "table" && ![string match sqlite_* $name]
          && ![string match -nocase "CREATE VIRTUAL*" $sql]} {
        set qn "$qs.\"[string map {\" \"\"} $name]\""
        set n [llength [$db eval "SELECT name FROM pragma_table_info('[string map {' ''} $name]', '[string map {' ''} $schema]')"]]
        set by {}
        for {set i 1} {$i <= $n} {incr i} { lappend by $i }
        lappend out [$db eval "SELECT * FROM $qn ORDER BY [join $by ,]"]
      }
    }
  }
  return $out
}

# The integrity checks every fill must pass.
proc db_clean {{db db}} {
  list [$db eval {PRAGMA foreign_key_check}] [$db eval {PRAGMA integrity_check}]
}

proc finish_test {} {
  puts "$::testname: $::nPass passed, $::nFail failed"
  catch {db close}
  exit [expr {$::nFail > 0}]
}
